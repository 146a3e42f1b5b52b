"""Feed (home, key 1): the live stream of reports, newest first.

Rows that arrive while the app runs are inserted at the top by key (the cursor stays on
its row) and marked until the cursor has been on them; ``n`` jumps to the next one. On a
wide terminal a preview of the highlighted report sits beside the list.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll

from store import queries
from tui.filters import Filter
from tui.messages import FIRST_TOKEN, Loaded, PageLoaded
from tui.screens.listing import ListingScreen
from tui.text import DASH, day, literal, one_line
from tui.widgets.paged_table import Column, PagedTable
from tui.widgets.preview import ReportPreview

Row = dict[str, Any]
PREVIEW_MIN_WIDTH = 170

COLUMNS = [
    Column("published", "Published", 10),
    Column("outlet", "Outlet", 13, min_table_width=100),
    Column("title", "Report", ratio=3),
    Column("badges", "Incidents: casualties, where, weapons", ratio=2),
]


def feed_cells(row: Row, table: PagedTable) -> dict[str, Text]:
    """One report as table cells; colour says unread, killed, injured."""
    unread = str(row["id"]) in table.marked
    title = literal(row["title"], table.style("unread") if unread else "")
    badges = Text(no_wrap=True, overflow="ellipsis")
    if row.get("incidents"):
        # Casualties, then where: what the eye scans for first survives truncation.
        if row.get("killed"):
            badges.append(f"{row['killed']} killed ", table.style("killed"))
        if row.get("injured"):
            badges.append(f"{row['injured']} injured ", table.style("injured"))
        elif row.get("injuries_reported"):
            badges.append("injuries ", table.style("injured"))
        if row.get("bases"):
            badges.append(one_line(row["bases"]) + "  ")
        kinds = dict.fromkeys(w for w in (row.get("weapons") or "").split(",") if w)
        badges.append(", ".join(kinds) or "attack", table.style("weapon"))
    else:
        badges.append(DASH, table.style("dim"))
    return {
        "published": Text(day(row.get("published")) or DASH, style=table.style("date")),
        "outlet": literal(row.get("outlet") or DASH, "" if row.get("outlet") else table.style("dim")),
        "title": title,
        "badges": badges,
    }


class FeedScreen(ListingScreen):
    """The live stream of reports."""

    crumb = "Feed"
    kind = "Feed"
    SORTS: ClassVar[list[tuple[str, str, bool]]] = [("arrived", "arrived", True), ("published", "published", True)]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open"),
        Binding("n", "next_unread", "Next new"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.preview_for: int | None = None
        self.started = False
        self.early: PageLoaded | None = None

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="feed-body"):
            yield PagedTable(
                COLUMNS, feed_cells, id="feed-table", empty="No reports yet: ingest some, or watch a folder."
            )
            with VerticalScroll(id="feed-preview"):
                yield ReportPreview(id="preview-text")

    def on_mount(self) -> None:
        # The App fetched the first page while this screen was built (see BasewatchApp.prefetch_feed).
        self.token = FIRST_TOKEN
        self.table.loading_side = "first"
        self.started = True
        if self.early is not None:
            self.on_page_loaded(self.early)
            self.early = None

    def first_page(self, page: PageLoaded) -> None:
        """The prefetched first page: shown now, or as soon as the table exists."""
        if self.started:
            self.on_page_loaded(page)
        else:
            self.early = page

    def on_resize(self) -> None:
        wide = self.size.width >= PREVIEW_MIN_WIDTH
        if wide != self.has_class("-wide"):
            self.set_class(wide, "-wide")
            row = self.table.current_row()
            if wide and row is not None:
                self.preview_for = None
                self._preview(row)

    def fetch_rows(self, conn: Any, *, sort: str, flt: Filter, descending: bool, after: Any, limit: int) -> list[Row]:
        return queries.feed_rows(
            conn,
            sort=sort,
            descending=descending,
            after=after,
            country=flt.country,
            weapon=flt.weapon,
            since=flt.since,
            until=flt.until,
            limit=limit,
        )

    @property
    def is_live_view(self) -> bool:
        """Newest arrivals first and unfiltered: where live rows belong at the top."""
        return self.sort_name == "arrived" and self.descending and not self.filter.active

    def after_page(self, message: PageLoaded) -> None:
        table = self.table
        for key in list(table.window):
            if int(key) in self.bw.unread:
                table.set_marked(key, True)
        if message.where == "replace" and self.is_live_view:
            newest = max((r["id"] for r in message.rows), default=0)
            self.bw.feed_ready(newest)
        row = table.current_row()
        if row is not None:
            self._seen(row)
            self._preview(row)

    # -- live -----------------------------------------------------------------------------

    def live_rows(self, rows: list[Row], complete: bool) -> None:
        """New reports from the App's live refresh: insert them, marked, keeping the cursor."""
        table = self.table
        if not self.is_live_view or table.more_above or table.loading_side == "first":
            self.update_context()
            return
        if not complete:
            self.reload(focus_key=table.current_key())
            return
        for row in rows:
            row.setdefault("sort_key", (row["id"], row["id"]))
            table.marked.add(str(row["id"]))
        table.insert(rows)
        overflow = table.row_count - table.max_rows
        if overflow > 0:
            table._trim(overflow, top=False)
        self.update_context()

    def _seen(self, row: Row) -> None:
        key = str(row["id"])
        if key in self.table.marked:
            self.table.set_marked(key, False)
            self.bw.mark_seen(row["id"])

    def on_paged_table_highlighted(self, event: PagedTable.Highlighted) -> None:
        self._seen(event.row)
        self._preview(event.row)
        self.update_context()

    def action_next_unread(self) -> None:
        table = self.table
        rows = table.rows_in_order()
        if rows:
            start = table.cursor_row + 1
            for offset in range(len(rows)):
                index = (start + offset) % len(rows)
                if str(rows[index]["id"]) in table.marked:
                    table.move_cursor(row=index)
                    return
        if self.bw.unread and (not self.is_live_view or table.more_above):
            self.notify(
                f"{len(self.bw.unread)} new reports are not in this view: press g, or clear the sort and filter.",
                severity="warning",
            )
            return
        self.notify("No new reports.", timeout=2)

    # -- preview and drill-down -----------------------------------------------------------

    def _preview(self, row: Row) -> None:
        if not self.has_class("-wide") or self.preview_for == row["id"]:
            return
        self.preview_for = row["id"]
        article_id = row["id"]
        self.load_side("preview", lambda conn: queries.article(conn, article_id), article_id)

    def on_loaded(self, message: Loaded) -> None:
        if message.what == "preview" and message.data and message.token == self.preview_for:
            self.query_one(ReportPreview).show(message.data, self.bw.now())

    def action_open(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self._open(row)

    def on_paged_table_opened(self, event: PagedTable.Opened) -> None:
        self._open(event.row)

    def _open(self, row: Row) -> None:
        from tui.screens.article import ArticleScreen

        self._seen(row)
        self.app.push_screen(ArticleScreen(row["id"], title=row["title"]))

    def copy_text(self) -> str | None:
        row = self.table.current_row()
        if row is None:
            return None
        parts = [
            one_line(row["title"]),
            one_line(row.get("outlet") or ""),
            day(row.get("published")),
            one_line(row.get("url") or row.get("source_path") or ""),
        ]
        return " | ".join(p for p in parts if p)
