"""Base (enter on a base): its facts, a timeline, and its incidents newest first.

The App keeps one BaseScreen and points it at each base opened (``show``): the second base
costs a repaint, not a screen of widgets.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from store import queries
from tui.filters import Filter
from tui.messages import Loaded, PageLoaded
from tui.screens.listing import ListingScreen
from tui.text import DASH, day, literal, one_line, span_range, spark, weapons
from tui.widgets.paged_table import Column, PagedTable

Row = dict[str, Any]
TIMELINE_WEEKS = 52

COLUMNS = [
    Column("date", "Date", 10),
    Column("weapons", "Weapons", 22),
    Column("attacks", "Attacks", 7, justify="right"),
    Column("killed", "Killed", 6, justify="right"),
    Column("injured", "Injured", 7, justify="right"),
    Column("intercepted", "Intercepted", 11),
    Column("claimed", "Claimed by"),
    Column("sources", "Sources", 7, justify="right"),
]


def base_facts(conn: Any, base_id: int) -> Row:
    """The facts above a base's incidents: the base, its totals, a year of incidents per day."""
    return {
        "base": queries.base(conn, base_id),
        "totals": queries.base_totals(conn, base_id),
        "timeline": queries.incidents_per_day(conn, days=TIMELINE_WEEKS * 7, base_id=base_id),
    }


def base_first(conn: Any, base_id: int) -> Row:
    """What opening a base shows: its facts and the first page of its incidents, newest first."""
    page = BaseScreen.PAGE
    return {"facts": base_facts(conn, base_id), "rows": queries.base_incident_rows(conn, base_id, limit=page + 1)}


def intercepted_cell(value: int | None, table: PagedTable) -> Text:
    if value is None:
        return Text(DASH, style=table.style("dim"))
    return Text("yes", style=table.style("intercepted")) if value else Text("no")


def incident_cells(row: Row, table: PagedTable) -> dict[str, Text]:
    dim = table.style("dim")
    killed = span_range(row.get("killed"), row.get("killed_max"))
    injured = span_range(row.get("injured"), row.get("injured_max"))
    if injured == DASH and row.get("injuries_reported"):
        injured = "yes"
    precision = "" if row.get("date_precision") == "day" else f"~{row.get('date_precision')}"
    return {
        "date": Text(day(row["date"]) + precision, style=table.style("date")),
        "weapons": literal(weapons(row.get("weapons")) or "unknown", table.style("weapon")),
        "attacks": Text(
            str(row["attack_count"]) if row.get("attack_count") else DASH,
            justify="right",
            style="" if row.get("attack_count") else dim,
        ),
        "killed": Text(killed, justify="right", style=table.style("killed") if killed != DASH else dim),
        "injured": Text(injured, justify="right", style=table.style("injured") if injured != DASH else dim),
        "intercepted": intercepted_cell(row.get("intercepted"), table),
        "claimed": literal(row.get("claimed_by") or DASH, table.style("claim") if row.get("claimed_by") else dim),
        "sources": Text(str(row.get("corroboration") or 0), justify="right"),
    }


class BaseScreen(ListingScreen):
    """One base: facts and timeline on top, its incidents below."""

    kind = "Base"

    SORTS: ClassVar[list[tuple[str, str, bool]]] = [
        ("date", "date", True),
        ("killed", "killed", True),
        ("injured", "injured", True),
        ("sources", "sources", True),
        ("attacks", "attacks", True),
        ("weapons", "weapons", False),
    ]
    FILTER_FIELDS = ("weapon", "since", "until")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open incident"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.base_id = 0
        self._first: Row | None = None  # base_first() of the base to show, until it is shown

    def show(self, base_id: int, name: str, first: Row | None) -> None:
        """Point the screen at a base, sorted by date and unfiltered; ``first`` is base_first().

        Without ``first`` (the store was slow to answer) the screen loads it itself.
        """
        self.base_id = base_id
        self.crumb = one_line(name)
        self.sort_index, self.descending, self.filter = 0, True, Filter()
        self.token += 1
        self._first = first
        if self.is_mounted:
            self._start()

    def compose_body(self) -> ComposeResult:
        yield BaseFacts(id="base-facts")
        yield PagedTable(COLUMNS, incident_cells, id="incidents-table", empty="No incidents at this base.")

    def on_mount(self) -> None:
        self._start()

    def _start(self) -> None:
        first, self._first = self._first, None
        table = self.table
        table.descending = self.descending
        if first is None:
            self.query_one(BaseFacts).update("")
            table.apply_page([], "replace", False)
            self.load_facts()
            self.reload()
            return
        self.query_one(BaseFacts).show(first["facts"])
        rows = first["rows"]  # a page as the page worker would have posted it
        self.on_page_loaded(PageLoaded(table.id or "", rows[: self.PAGE], "replace", len(rows) > self.PAGE, self.token))

    def load_facts(self) -> None:
        base_id = self.base_id
        self.load_side("facts", lambda conn: base_facts(conn, base_id), base_id)

    def fetch_rows(self, conn: Any, *, sort: str, flt: Filter, descending: bool, after: Any, limit: int) -> list[Row]:
        return queries.base_incident_rows(
            conn,
            self.base_id,
            sort=sort,
            descending=descending,
            after=after,
            weapon=flt.weapon,
            since=flt.since,
            until=flt.until,
            limit=limit,
        )

    def on_loaded(self, message: Loaded) -> None:
        if message.what == "facts" and message.token == self.base_id:
            self.query_one(BaseFacts).show(message.data)

    def store_changed(self) -> None:
        """New reports may add incidents here or change a count: refresh, keeping the cursor."""
        self.load_facts()
        if not self.table.more_above:
            self.reload(focus_key=self.table.current_key())

    def action_open(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self._open(row)

    def on_paged_table_opened(self, event: PagedTable.Opened) -> None:
        self._open(event.row)

    def _open(self, row: Row) -> None:
        from tui.screens.incident import IncidentScreen

        incident_id, date = row["id"], day(row["date"])

        def show(first: Row | None) -> None:
            screen = self.bw.drill_screen("incident", IncidentScreen)
            screen.show(incident_id, date, first)
            self.app.push_screen(screen)

        self.open_with(lambda conn: {"incident": queries.incident(conn, incident_id)}, show)

    def copy_text(self) -> str | None:
        row = self.table.current_row()
        if row is None:
            return None
        return one_line(
            f"{day(row['date'])} {row.get('summary') or ''} | killed "
            f"{span_range(row.get('killed'), row.get('killed_max'))} | injured "
            f"{span_range(row.get('injured'), row.get('injured_max'))} | claimed by "
            f"{row.get('claimed_by') or 'nobody'} | {row.get('corroboration')} sources"
        )


class BaseFacts(Static):
    """Country, province, coordinates, kind, totals, and a weekly timeline of incidents."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "facts--label",
        "facts--value",
        "facts--killed",
        "facts--injured",
        "facts--spark",
        "facts--dim",
    }

    def _style(self, name: str):  # type: ignore[no-untyped-def]
        return self.get_component_rich_style(f"facts--{name}", partial=True)

    def show(self, data: Row) -> None:
        base, totals, per_day = data["base"] or {}, data["totals"], data["timeline"]
        out = Text(no_wrap=True, overflow="ellipsis")

        def field(label: str, value: str, style: str = "value") -> None:
            out.append(f"{label} ", self._style("label"))
            out.append(value + "   ", self._style(style))

        field("Country", one_line(base.get("country")) or DASH)
        field("Province", one_line(base.get("admin1")) or DASH)
        lat, lon = base.get("lat"), base.get("lon")
        field("Coordinates", f"{lat:.4f}, {lon:.4f}" if lat is not None and lon is not None else DASH)
        field("Kind", one_line(base.get("kind")) or DASH)
        out.append("\n")
        field("Incidents", str(totals["incidents"]))
        field("First", day(totals["first_incident"]) or DASH)
        field("Last", day(totals["last_incident"]) or DASH)
        field("Killed", str(totals["killed"] or 0), "killed" if totals["killed"] else "value")
        field("Injured", str(totals["injured"] or 0), "injured" if totals["injured"] else "value")
        out.append("\n")
        weeks = [sum(per_day[i : i + 7]) for i in range(0, len(per_day), 7)]
        out.append("Weekly ", self._style("label"))
        out.append(spark(weeks), self._style("spark"))
        out.append(f"  {TIMELINE_WEEKS} weeks to {day(totals['last_incident']) or DASH}", self._style("dim"))
        self.update(out)
