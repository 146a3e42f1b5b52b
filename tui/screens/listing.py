"""Shared behaviour of the screens that list rows a page at a time (feed, a base's incidents).

They keep a sort column and direction (``s`` cycles, ``S`` reverses), an optional filter
(``f``), and answer the table's requests for more rows with keyset-page workers.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.timer import Timer

from tui.filters import Filter
from tui.messages import PageLoaded
from tui.screens.common import BasewatchScreen, Query
from tui.widgets.paged_table import PagedTable


class ListingScreen(BasewatchScreen):
    """A screen around one :class:`PagedTable` fed by a keyset-paged query."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "cycle_sort", "Sort"),
        Binding("S", "reverse_sort", "Reverse", show=False),
        Binding("f", "filter", "Filter"),
    ]
    SORTS: ClassVar[list[tuple[str, str, bool]]] = []  # (sort key for the query, label, descending first)
    FILTER_FIELDS: ClassVar[tuple[str, ...]] = ("country", "weapon", "since", "until")
    PAGE = 100
    CONTEXT_WAIT = 0.1  # seconds a reload may take before the breadcrumb shows the new sort or filter

    def __init__(self) -> None:
        super().__init__()
        self.sort_index = 0
        self.descending = True
        self.filter = Filter()
        self.token = 0
        self._context_later: Timer | None = None

    @property
    def table(self) -> PagedTable:
        return self.query_one(PagedTable)

    @property
    def sort_name(self) -> str:
        return self.SORTS[self.sort_index][0]

    def fetch_rows(
        self, conn: Any, *, sort: str, flt: Filter, descending: bool, after: Any, limit: int
    ) -> list[dict[str, Any]]:
        """The page query for this list; subclasses call their ``store.queries`` function.

        Runs in a worker thread, so it gets the sort and filter as arguments rather than
        reading the screen's attributes while the UI thread may be changing them.
        """
        raise NotImplementedError

    def context(self) -> str:
        label = self.SORTS[self.sort_index][1] if self.SORTS else ""
        arrow = "↓" if self.descending else "↑"
        parts = [f"sort: {label} {arrow}"]
        if self.filter.active:
            parts.append(f"filter: {self.filter.describe()}")
        if self.is_mounted:
            parts.append(self.table.position())
        return "  ".join(parts)

    # -- paging ---------------------------------------------------------------------------

    def _query(self, *, descending: bool, after: Any, limit: int) -> Query:
        sort, flt = self.sort_name, self.filter
        return lambda conn: self.fetch_rows(conn, sort=sort, flt=flt, descending=descending, after=after, limit=limit)

    def reload(self, focus_key: str | None = None) -> None:
        """The first page again (after a sort, a filter, a reset)."""
        self.token += 1
        self.table.loading_side = "first"
        self.load_page(
            self.table.id or "",
            self._query(descending=self.descending, after=None, limit=self.PAGE + 1),
            "replace",
            self.PAGE,
            self.token,
            focus_key,
        )
        # The breadcrumb changes with the rows. Redrawn now, it would take a frame of its own,
        # and Textual draws the frame after that one 17-33 ms later, rows or no rows.
        if self._context_later is not None:
            self._context_later.stop()
        self._context_later = self.set_timer(self.CONTEXT_WAIT, self.update_context)

    def on_paged_table_need_rows(self, event: PagedTable.NeedRows) -> None:
        event.stop()
        where, edge = event.where, event.edge
        if where == "below":
            query = self._query(
                descending=self.descending, after=edge["sort_key"] if edge else None, limit=self.PAGE + 1
            )
        elif where == "above":
            query = self._query(
                descending=not self.descending, after=edge["sort_key"] if edge else None, limit=self.PAGE + 1
            )
        elif where == "last":
            query = self._query(descending=not self.descending, after=None, limit=self.PAGE + 1)
        else:
            query = self._query(descending=self.descending, after=None, limit=self.PAGE + 1)
        self.load_page(self.table.id or "", query, where, self.PAGE, self.token)

    def on_page_loaded(self, message: PageLoaded) -> None:
        if message.token != self.token:
            return
        if self._context_later is not None:
            self._context_later.stop()
            self._context_later = None
        self.table.apply_page(
            message.rows, message.where, message.more, more_above=message.more_above, focus_key=message.focus_key
        )
        self.after_page(message)
        self.update_context()

    def after_page(self, message: PageLoaded) -> None:
        """Hook for screens that mark or preview rows once a page is in."""

    # -- sort and filter ------------------------------------------------------------------

    def action_cycle_sort(self) -> None:
        """Next sort column, in its natural direction (newest, most first; names A to Z)."""
        self.sort_index = (self.sort_index + 1) % len(self.SORTS)
        self.descending = self.SORTS[self.sort_index][2]
        self.table.descending = self.descending
        self.reload()

    def action_reverse_sort(self) -> None:
        self.descending = not self.descending
        self.table.descending = self.descending
        self.reload()

    def action_filter(self) -> None:
        from tui.screens.filter import FilterScreen  # the form's widgets load on first use

        def apply(result: Filter | None) -> None:
            if result is not None and result != self.filter:
                self.filter = result
                self.reload()

        self.app.push_screen(FilterScreen(self.filter, self.FILTER_FIELDS), apply)
