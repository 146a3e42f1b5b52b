"""Bases (key 2): every base with its incident count, last incident, casualties and trend."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from store import queries
from tui.filters import Filter
from tui.messages import Loaded
from tui.screens.common import BasewatchScreen
from tui.text import DASH, day, literal, number, one_line, spark
from tui.widgets.paged_table import Column, PagedTable

Row = dict[str, Any]
TREND_WEEKS = 12

COLUMNS = [
    Column("name", "Base"),
    Column("country", "Country", 10, min_table_width=90),
    Column("admin1", "Province", 14, min_table_width=104),
    Column("incidents", "Incidents", 9, justify="right"),
    Column("last", "Last", 10),
    Column("killed", "Killed", 6, justify="right"),
    Column("injured", "Injured", 7, justify="right"),
    Column("trend", f"{TREND_WEEKS} weeks", TREND_WEEKS, min_table_width=84),
]

# (label, sort key of a row, descending first)
SORTS: list[tuple[str, Any, bool]] = [
    ("last incident", lambda r: (r["last_incident"] or "", r["name"]), True),
    ("incidents", lambda r: (r["incidents"], r["last_incident"] or ""), True),
    ("killed", lambda r: (r["killed"] or 0, r["last_incident"] or ""), True),
    ("injured", lambda r: (r["injured"] or 0, r["last_incident"] or ""), True),
    ("name", lambda r: r["name"].casefold(), False),
    ("country", lambda r: ((r["country"] or "").casefold(), r["name"].casefold()), False),
]


def bases_rows(conn: Any, country: str | None) -> list[Row]:
    """Every base (of ``country``) with its counts and weekly trend, without the casualty sums."""
    rows = queries.bases_overview(conn, country)
    trends = queries.base_trends(conn, weeks=TREND_WEEKS)
    top = max((max(t) for t in trends.values()), default=0)  # one scale for the whole column
    for row in rows:
        row["trend"] = trends.get(row["id"], [0] * TREND_WEEKS)
        row["trend_top"] = top
    return rows


def base_cells(row: Row, table: PagedTable) -> dict[str, Text]:
    quiet = not row["incidents"]
    dim = table.style("dim")
    killed, injured = row.get("killed"), row.get("injured")
    return {
        "name": literal(row["name"], dim if quiet else ""),
        "country": literal(row.get("country") or DASH, dim),
        "admin1": literal(row.get("admin1") or DASH, dim),
        "incidents": Text(
            str(row["incidents"]) if row["incidents"] else DASH, justify="right", style=dim if quiet else ""
        ),
        "last": Text(day(row.get("last_incident")) or DASH, style=table.style("date") if not quiet else dim),
        "killed": Text(
            number(killed) if killed else DASH, justify="right", style=table.style("killed") if killed else dim
        ),
        "injured": Text(
            number(injured) if injured else DASH, justify="right", style=table.style("injured") if injured else dim
        ),
        "trend": Text(
            spark(row.get("trend") or [0] * TREND_WEEKS, row.get("trend_top")),
            style=table.style("weapon") if not quiet else dim,
        ),
    }


class BasesScreen(BasewatchScreen):
    """All bases, sorted by last incident (newest first); filterable by country."""

    crumb = "Bases"
    kind = "Bases"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open base"),
        Binding("s", "cycle_sort", "Sort"),
        Binding("S", "reverse_sort", "Reverse", show=False),
        Binding("f", "filter", "Filter"),
    ]

    def __init__(self, first: list[Row] | None = None) -> None:
        """``first``: bases_rows() for no country, when the App has it before the screen is built."""
        super().__init__()
        self.sort_index = 0
        self.descending = True
        self.filter = Filter()
        self.casualties: dict[int, tuple[int | None, int | None]] = {}
        self._first = first

    def compose_body(self) -> ComposeResult:
        yield PagedTable(COLUMNS, base_cells, id="bases-table", order_of=SORTS[0][1], empty="No bases.")

    @property
    def table(self) -> PagedTable:
        return self.query_one(PagedTable)

    def on_mount(self) -> None:
        first, self._first = self._first, None
        if first is None:
            self.reload()
            return
        self._show_rows(first)
        self.load_side("casualties", queries.bases_casualties)

    def reload(self) -> None:
        country = self.filter.country
        # Counts and dates come from the index at once; the casualty sums read every
        # incident (about 7 ms at 100,000), so they follow in a second query.
        self.load("bases", lambda conn: bases_rows(conn, country))
        self.load_side("casualties", queries.bases_casualties)

    def store_changed(self) -> None:
        self.reload()

    def on_loaded(self, message: Loaded) -> None:
        if message.what == "casualties":
            self.casualties = message.data
            self._add_casualties()
            return
        if message.what == "bases":
            self._show_rows(message.data)

    def _show_rows(self, rows: list[Row]) -> None:
        table = self.table
        current = table.current_key()
        table.order_of = SORTS[self.sort_index][1]
        table.descending = self.descending
        for row in rows:  # the sums from the last count, until the new ones arrive
            row["killed"], row["injured"] = self.casualties.get(row["id"], (None, None))
        table.apply_page(rows, "replace", False, focus_key=current)
        self.update_context()

    def _add_casualties(self) -> None:
        table = self.table
        for key, row in table.window.items():
            killed, injured = self.casualties.get(row["id"], (None, None))
            if (row.get("killed"), row.get("injured")) != (killed, injured):
                row["killed"], row["injured"] = killed, injured
                table.refresh_row_cells(key)
        if SORTS[self.sort_index][0] in ("killed", "injured"):
            self._resort()

    def context(self) -> str:
        arrow = "↓" if self.descending else "↑"
        parts = [f"sort: {SORTS[self.sort_index][0]} {arrow}"]
        if self.filter.country:
            parts.append(f"filter: {self.filter.country}")
        if self.is_mounted:
            parts.append(self.table.position())
        return "  ".join(parts)

    def _resort(self) -> None:
        table = self.table
        table.order_of = SORTS[self.sort_index][1]
        table.descending = self.descending
        rows = list(table.window.values())
        table.apply_page(rows, "replace", False)
        self.update_context()

    def action_cycle_sort(self) -> None:
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self.descending = SORTS[self.sort_index][2]
        self._resort()

    def action_reverse_sort(self) -> None:
        self.descending = not self.descending
        self._resort()

    def action_filter(self) -> None:
        from tui.screens.filter import FilterScreen

        def apply(result: Filter | None) -> None:
            if result is not None and result != self.filter:
                self.filter = result
                self.reload()

        self.app.push_screen(FilterScreen(self.filter, ("country",)), apply)

    def action_open(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self._open(row)

    def on_paged_table_opened(self, event: PagedTable.Opened) -> None:
        self._open(event.row)

    def _open(self, row: Row) -> None:
        from tui.screens.base import BaseScreen, base_first

        base_id, name = row["id"], row["name"]

        def show(first: Row | None) -> None:
            screen = self.bw.drill_screen("base", BaseScreen)
            screen.show(base_id, name, first)
            self.app.push_screen(screen)

        self.open_with(lambda conn: base_first(conn, base_id), show)

    def copy_text(self) -> str | None:
        row = self.table.current_row()
        if row is None:
            return None
        return (
            f"{one_line(row['name'])} | {row.get('country') or ''} | {row.get('admin1') or ''} | "
            f"{row['incidents']} incidents | last {day(row.get('last_incident')) or 'never'} | "
            f"killed {row.get('killed') or 0} | injured {row.get('injured') or 0}"
        )
