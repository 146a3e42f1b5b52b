"""Incident (enter on an incident): every field with its provenance, quotes, sources, reports.

Four panes (tab moves between them: fields, sources, quotes, reports); enter on any row opens the report it came from,
scrolled to the sentence: a field's evidence, a quote, or the incident's first mention.
Where reports disagree on a figure the field shows the range and who said what.

The App keeps one IncidentScreen and points it at each incident opened (``show``), and each
pane is the table itself with a border, so opening another incident is a repaint.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.widgets import Static

from store import queries
from tui.messages import Loaded
from tui.screens.common import BasewatchScreen
from tui.text import DASH, ago, day, literal, one_line, span_range, weapons
from tui.widgets.paged_table import Column, PagedTable

Row = dict[str, Any]
NARROW = 110

FIELD_COLUMNS = [Column("field", "Field", 11), Column("value", "Value", 24), Column("from", "From")]
QUOTE_COLUMNS = [Column("speaker", "Speaker", 26), Column("via", "Via", 8, min_table_width=60), Column("text", "Quote")]
SOURCE_COLUMNS = [Column("name", "Source"), Column("kind", "Kind", 18), Column("reports", "Reports", 7)]
REPORT_COLUMNS = [Column("published", "Published", 10), Column("outlet", "Outlet", 14), Column("title", "Report")]

# field, label, how a report's value reads
FIELDS: list[tuple[str, str]] = [
    ("date", "Date"),
    ("weapons", "Weapons"),
    ("attack_count", "Attacks"),
    ("killed", "Killed"),
    ("injured", "Injured"),
    ("damage", "Damage"),
    ("intercepted", "Intercepted"),
    ("claimed_by", "Claimed by"),
]


def _shown(field: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if field == "intercepted":
        return "yes" if value else "no"
    if field == "weapons":
        return weapons(value)
    if field == "date":
        return day(value)
    return one_line(value)


def _outlet(report: Row) -> str:
    return one_line(report.get("outlet")) or "the report"


def field_rows(incident: Row) -> list[Row]:
    """One row per field: the merged value, and where it came from or who disagreed."""
    reports = incident["reports"]
    rows: list[Row] = []
    for order, (field, label) in enumerate(FIELDS):
        said = [(r, _shown(field, r.get(field))) for r in reports]
        said = [(r, v) for r, v in said if v]
        distinct = sorted({v for _, v in said})
        if field in ("killed", "injured"):
            value = span_range(incident.get(field), incident.get(f"{field}_max"))
            if value == DASH and incident.get("injuries_reported") and field == "injured":
                value = "reported, no figure"
        elif field == "date":
            value = day(incident["date"]) + (
                "" if incident["date_precision"] == "day" else f" (within a {incident['date_precision']})"
            )
        else:
            value = _shown(field, incident.get(field)) or DASH
        evidence = next(((r, e) for r in reports for e in r["field_evidence"] if e[0] == field), None)
        if field == "date" and evidence is None and reports:
            basis = reports[0].get("date_basis")
            provenance = (
                f"“{one_line(basis)}” in {_outlet(reports[0])} of {day(reports[0].get('published'))}" if basis else ""
            )
        elif len(distinct) > 1:
            provenance = "disagree: " + "; ".join(f"{_outlet(r)}: {v}" for r, v in said)
        elif evidence is not None:
            provenance = one_line(evidence[1][3])
        else:
            provenance = ""
        target = (evidence[0]["article_id"], evidence[1][1], evidence[1][2]) if evidence else None
        rows.append(
            {
                "id": field,
                "sort_key": order,
                "label": label,
                "value": value,
                "from": provenance,
                "disagree": len(distinct) > 1,
                "target": target,
            }
        )
    rows.append(
        {
            "id": "sources",
            "sort_key": len(FIELDS),
            "label": "Reports",
            "value": f"{incident['corroboration']} from {incident['outlets']} outlet"
            f"{'s' if incident['outlets'] != 1 else ''}",
            "from": "",
            "disagree": False,
            "target": None,
        }
    )
    return rows


def field_cells(row: Row, table: PagedTable) -> dict[str, Text]:
    style = ""
    if row["id"] == "killed" and row["value"] != DASH:
        style = table.style("killed")
    elif row["id"] == "injured" and row["value"] != DASH:
        style = table.style("injured")
    elif row["id"] == "intercepted" and row["value"] == "yes":
        style = table.style("intercepted")
    elif row["value"] == DASH:
        style = table.style("dim")
    return {
        "field": Text(row["label"], style=table.style("kind")),
        "value": literal(row["value"], style),
        "from": literal(row["from"], table.style("error") if row["disagree"] else table.style("quote")),
    }


def quote_cells(row: Row, table: PagedTable) -> dict[str, Text]:
    speaker = Text(one_line(row.get("speaker") or "unattributed"))
    if row.get("speaker_role"):
        speaker.append("\n" + one_line(row["speaker_role"]), table.style("dim"))
    elif row.get("speaker_kind") and row["speaker_kind"] != "other":
        speaker.append("\n" + one_line(row["speaker_kind"]), table.style("dim"))
    text = one_line(row["text"])
    quote = (
        Text(f"“{text}”", style=table.style("quote"))
        if not row["indirect"]
        else Text(f"(said) {text}", style=table.style("dim"))
    )
    return {"speaker": speaker, "via": literal(row.get("via") or "", table.style("kind")), "text": quote}


def source_cells(row: Row, table: PagedTable) -> dict[str, Text]:
    return {
        "name": literal(row["name"]),
        "kind": literal(row["kind"], table.style("kind")),
        "reports": Text(str(row["reports"]), justify="right"),
    }


def report_cells(row: Row, table: PagedTable) -> dict[str, Text]:
    return {
        "published": Text(day(row.get("published")) or DASH, style=table.style("date")),
        "outlet": literal(row.get("outlet") or DASH, "" if row.get("outlet") else table.style("dim")),
        "title": literal(row["title"]),
    }


def _in_order(key: str) -> Any:
    return lambda r: r[key]


class IncidentScreen(BasewatchScreen):
    """Everything known about one incident, each part one key from its sentence."""

    kind = "Incident"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open source text"),
        Binding("tab", "app.focus_next", "Next pane"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.incident_id = 0
        self.incident: Row | None = None
        self._first: Row | None = None  # {"incident": ...} of the incident to show, until it is shown

    def show(self, incident_id: int, date: str, first: Row | None) -> None:
        """Point the screen at an incident; ``first`` is ``{"incident": queries.incident(...)}``.

        Without ``first`` (the store was slow to answer) the screen loads it itself.
        """
        self.incident_id = incident_id
        self.crumb = date
        self.incident = None
        self._first = first
        if self.is_mounted:
            self._start()

    def compose_body(self) -> ComposeResult:
        yield Static(id="incident-summary")
        with Container(id="incident-grid"):
            yield PagedTable(
                FIELD_COLUMNS,
                field_cells,
                id="fields",
                classes="pane",
                order_of=_in_order("sort_key"),
                descending=False,
            )
            yield PagedTable(
                SOURCE_COLUMNS,
                source_cells,
                id="sources",
                classes="pane",
                key_of=lambda r: r["name"].casefold(),
                order_of=_in_order("order"),
                descending=False,
                empty="No sources.",
            )
            yield PagedTable(
                QUOTE_COLUMNS,
                quote_cells,
                id="quotes",
                classes="pane",
                order_of=_in_order("order"),
                descending=False,
                row_height=None,
                empty="No quotes.",
            )
            yield PagedTable(
                REPORT_COLUMNS,
                report_cells,
                id="reports",
                classes="pane",
                key_of=lambda r: str(r["article_id"]),
                order_of=_in_order("order"),
                descending=False,
            )

    def on_mount(self) -> None:
        self._start()

    def _start(self) -> None:
        """Show the incident ``show`` named: from top, on the fields pane."""
        first, self._first = self._first, None
        self.query_one("#fields", PagedTable).focus()
        self.query_one("#incident-grid").scroll_home(animate=False)
        if first is None:
            self._clear("")
            self.reload()
            return
        self._show(first["incident"], keep_cursor=False)

    def _clear(self, summary: str) -> None:
        """Empty panes (the screen is reused: nothing of the last incident may stay)."""
        self.query_one("#incident-summary", Static).update(Text(summary))
        for table in self.query(PagedTable):
            table.apply_page([], "replace", False)
        self._titles(None)

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")

    def reload(self) -> None:
        incident_id = self.incident_id
        self.load("incident", lambda conn: queries.incident(conn, incident_id), incident_id)

    def store_changed(self) -> None:
        self.reload()

    def on_loaded(self, message: Loaded) -> None:
        if message.what == "incident" and message.token == self.incident_id:
            self._show(message.data, keep_cursor=True)

    def _titles(self, incident: Row | None) -> None:
        """Each pane's title, with how many rows it has once the incident is in."""
        for pane, title in (("fields", "Fields"), ("quotes", "Quotes"), ("sources", "Sources"), ("reports", "Reports")):
            count = f" ({len(incident[pane])})" if incident is not None and pane != "fields" else ""
            self.query_one(f"#{pane}").border_title = title + count

    def _show(self, incident: Row | None, *, keep_cursor: bool) -> None:
        if incident is None:
            self.incident = None
            self._clear("This incident is no longer in the store.")
            return
        self.incident = incident
        summary = Text(no_wrap=True, overflow="ellipsis")
        summary.append(one_line(incident.get("summary") or ""))
        summary.append(f"   first seen {ago(incident.get('first_seen'), self.bw.now())}")
        self.query_one("#incident-summary", Static).update(summary)
        for i, quote in enumerate(incident["quotes"]):
            quote["order"] = i
        for i, source in enumerate(incident["sources"]):
            source["order"] = i
        for i, report in enumerate(incident["reports"]):
            report["order"] = i
        for table_id, rows in (
            ("fields", field_rows(incident)),
            ("quotes", incident["quotes"]),
            ("sources", incident["sources"]),
            ("reports", incident["reports"]),
        ):
            table = self.query_one(f"#{table_id}", PagedTable)
            table.apply_page(rows, "replace", False, focus_key=table.current_key() if keep_cursor else None)
        self._titles(incident)

    # -- drill down -----------------------------------------------------------------------

    def _focused_table(self) -> PagedTable | None:
        focused = self.focused
        return focused if isinstance(focused, PagedTable) else None

    def action_open(self) -> None:
        table = self._focused_table()
        row = table.current_row() if table else None
        if table is not None and row is not None:
            self._open(table, row)

    def on_paged_table_opened(self, event: PagedTable.Opened) -> None:
        self._open(event.table, event.row)

    def _open(self, table: PagedTable, row: Row) -> None:
        from tui.screens.article import ArticleScreen

        if self.incident is None:
            return
        reports = self.incident["reports"]
        target: tuple[int, int | None, int | None] | None = None
        if table.id == "fields":
            target = row["target"] or (
                (reports[0]["article_id"], reports[0]["start"], reports[0]["end"]) if reports else None
            )
        elif table.id == "quotes":
            target = (row["article_id"], row["start"], row["end"])
        elif table.id == "sources":
            first = int(str(row["article_ids"]).split(",")[0])
            report = next((r for r in reports if r["article_id"] == first), None)
            target = (first, report["start"] if report else None, report["end"] if report else None)
        elif table.id == "reports":
            target = (row["article_id"], row["start"], row["end"])
        if target is None:
            return
        article_id, start, end = target
        focus = (start, end) if start is not None and end is not None else None
        self.app.push_screen(ArticleScreen(article_id, focus=focus))

    def copy_text(self) -> str | None:
        table = self._focused_table()
        row = table.current_row() if table else None
        if table is None or row is None:
            return None
        if table.id == "quotes":
            who = one_line(row.get("speaker") or "unattributed")
            role = f", {one_line(row['speaker_role'])}" if row.get("speaker_role") else ""
            via = f" (told {one_line(row['via'])})" if row.get("via") else ""
            return f"“{one_line(row['text'])}” — {who}{role}{via}"
        if table.id == "fields":
            return f"{row['label']}: {row['value']}" + (f" — {row['from']}" if row["from"] else "")
        if table.id == "sources":
            return f"{one_line(row['name'])} ({row['kind']})"
        return f"{one_line(row['title'])} | {one_line(row.get('outlet') or '')} | {day(row.get('published'))}"
