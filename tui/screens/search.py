"""Search (``/``): full-text search over reports and quotes, results as you type.

Search runs in a worker per keystroke (the newest cancels the older), unranked so it
stays in milliseconds at 300,000 reports. The last bare word matches as a prefix while you
type. A query SQLite rejects (``al-Asad``, an open quote) is searched again word for word
and the screen says so, rather than failing.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from store import queries
from tui.messages import SearchDone
from tui.screens.common import BasewatchScreen
from tui.text import DASH, as_you_type, day, fts_literal, literal, one_line, plural
from tui.widgets.paged_table import Column, PagedTable

Row = dict[str, Any]

COLUMNS = [
    Column("kind", "Kind", 6),
    Column("who", "Speaker / outlet", 22, min_table_width=90),
    Column("text", "Match", ratio=3),
    Column("title", "In report", min_table_width=100, ratio=2),
    Column("published", "Published", 10, min_table_width=70),
]


def hit_cells(row: Row, table: PagedTable) -> dict[str, Text]:
    quote = row["kind"] == "quote"
    who = row.get("speaker") if quote else row.get("outlet")
    return {
        "kind": Text("quote" if quote else "report", style=table.style("kind")),
        "who": literal(who or DASH, "" if who else table.style("dim")),
        "text": literal(f"“{one_line(row['text'])}”" if quote else row["text"], table.style("quote") if quote else ""),
        "title": literal(row.get("title") or "" if quote else ""),
        "published": Text(day(row.get("published")) or DASH, style=table.style("date")),
    }


class SearchScreen(BasewatchScreen):
    """A search box over the results; enter opens the highlighted hit."""

    crumb = "Search"
    kind = "Search"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open hit"),
        Binding("down", "results", "Results", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.last_query = ""

    def compose_body(self) -> ComposeResult:
        yield Input(placeholder='words, "a phrase", x OR y, x NOT y, prefix*  (enter opens the hit)', id="search-input")
        yield Static(Text("Type to search reports and quotes."), id="search-status")
        yield PagedTable(
            COLUMNS,
            hit_cells,
            id="search-results",
            key_of=lambda r: f"{r['kind']}:{r['id']}",
            order_of=lambda r: r["order"],
            descending=False,
        )

    def on_mount(self) -> None:
        self.focus_input()

    def focus_input(self) -> None:
        self.query_one(Input).focus()

    @property
    def results(self) -> PagedTable:
        return self.query_one(PagedTable)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.last_query = event.value
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, typed: str) -> None:
        """The words as typed first (fast), then with the last word as a prefix.

        A prefix reads every term it expands to (30 ms for a short one at 300,000
        reports), so the whole-word answer is on screen before it; the next keystroke
        cancels what is left.
        """
        worker = get_current_worker()
        with self.bw.readers.connection() as conn:
            rows, note, error = self._search(conn, typed, typed)
            if worker.is_cancelled:
                return
            expanded = as_you_type(typed)
            if rows or error is not None or expanded == typed:  # no flash of "0 results" before the prefix answer
                self.post_message(SearchDone(typed, rows, note, error))
            if expanded != typed and error is None:
                rows, note, error = self._search(conn, typed, expanded)
                if not worker.is_cancelled and error is None:
                    self.post_message(SearchDone(typed, rows, note, error))

    @staticmethod
    def _search(conn: Any, typed: str, query: str) -> tuple[list[Row], str | None, str | None]:
        if not query.strip():
            return [], None, None
        try:
            return queries.search(conn, query), None, None
        except queries.QueryError as exc:
            error = str(exc).removeprefix("search: ")
        words = fts_literal(typed)
        note = "not valid FTS5 syntax"
        if words:
            try:
                rows = queries.search(conn, words)
                return rows, note + "; showing reports and quotes with these words as typed", error
            except queries.QueryError:
                pass
        return [], note, error

    def on_search_done(self, message: SearchDone) -> None:
        if message.query != self.last_query:
            return
        current = self.results.current_key()
        for i, row in enumerate(message.rows):
            row["order"] = i
        self.results.apply_page(message.rows, "replace", False, focus_key=current)
        status = Text(no_wrap=True, overflow="ellipsis")
        if not message.query.strip():
            status.append("Type to search reports and quotes.")
        else:
            quotes = sum(1 for r in message.rows if r["kind"] == "quote")
            status.append(
                f"{plural(quotes, 'quote')}, {plural(len(message.rows) - quotes, 'report')}"
                + ("  (first 20 of each)" if len(message.rows) >= 20 else "")
            )
        if message.error:
            status.append("  ")
            status.append(f"{message.note} ({one_line(message.error)})", style=self.results.style("error"))
        self.query_one("#search-status", Static).update(status)
        self.update_context()

    def context(self) -> str:
        return self.results.position() if self.is_mounted and self.results.row_count else ""

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_open()

    def action_results(self) -> None:
        if self.results.row_count:
            self.results.focus()

    def action_open(self) -> None:
        row = self.results.current_row()
        if row is not None:
            self._open(row)

    def on_paged_table_opened(self, event: PagedTable.Opened) -> None:
        self._open(event.row)

    def _open(self, row: Row) -> None:
        from tui.screens.article import ArticleScreen

        quote_id = row["id"] if row["kind"] == "quote" else None
        self.app.push_screen(ArticleScreen(row["article_id"], title=row.get("title"), quote_id=quote_id))

    def copy_text(self) -> str | None:
        row = self.results.current_row()
        if row is None:
            return None
        if row["kind"] == "quote":
            return f"“{one_line(row['text'])}” — {one_line(row.get('speaker') or 'unattributed')}"
        return one_line(row["text"])
