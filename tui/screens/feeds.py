"""Feeds (key 3): each polled feed and watched folder, its last fetch, status and error.

Rows come from the store (what the ingesters recorded, ``queries.sources_status`` when
live ingestion provides it, else the ``feeds`` table), plus the folders and feeds this
dashboard was asked to watch that have not reported yet.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import RichLog, Static

from store import queries
from tui.messages import Loaded
from tui.screens.common import BasewatchScreen
from tui.text import DASH, ago, literal, one_line, plural, safe_text
from tui.widgets.paged_table import Column, PagedTable

Row = dict[str, Any]

COLUMNS = [
    Column("kind", "Kind", 6),
    Column("url", "Feed or folder"),
    Column("last", "Last fetch", 10),
    Column("status", "Status", 10),
    Column("taken", "Taken", 6, justify="right"),
    Column("error", "Error", 36, min_table_width=100),
]


def source_cells(row: Row, table: PagedTable) -> dict[str, Text]:
    status = one_line(row.get("status") or "") or DASH
    bad = bool(row.get("error")) or status.lower() in {"error", "failed", "failing"}
    return {
        "kind": Text(row.get("kind") or DASH, style=table.style("kind")),
        "url": literal(row["url"]),
        "last": Text(
            ago(row.get("last_fetch"), row["_now"]) if row.get("last_fetch") else "never", style=table.style("dim")
        ),
        "status": literal(status, table.style("error") if bad else table.style("ok")),
        "taken": Text(str(row.get("taken") or 0), justify="right"),
        "error": literal(row.get("error") or "", table.style("error")),
    }


def read_sources(conn: Any) -> list[Row]:
    """Live ingestion's status rows when that module offers them, else the feeds table."""
    status = getattr(queries, "sources_status", None)
    return list(status(conn)) if status is not None else queries.feeds_status(conn)


class SourcesScreen(BasewatchScreen):
    """The ingesters feeding this store and how they are doing."""

    crumb = "Feeds"
    kind = "Feeds"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "reload", "Refresh"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static(id="sources-note")
        yield PagedTable(
            COLUMNS,
            source_cells,
            id="sources-table",
            key_of=lambda r: r["url"],
            order_of=lambda r: (r.get("kind") or "", r["url"]),
            descending=False,
        )
        yield SourceLog(id="sources-log", max_lines=500, wrap=False, markup=False)

    def on_mount(self) -> None:
        self.query_one("#sources-log").border_title = "Activity (this session)"
        log = self.query_one(SourceLog)
        for moment, line in self.bw.source_log:
            log.add(moment, line)
        self.action_reload()

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        self.action_reload()

    def action_reload(self) -> None:
        self.load("sources", read_sources)

    def store_changed(self) -> None:
        if self.app.screen is self:
            self.action_reload()

    def source_changed(self, line: str) -> None:
        self.query_one(SourceLog).add(self.bw.now(), line)
        self.store_changed()

    def on_loaded(self, message: Loaded) -> None:
        if message.what != "sources":
            return
        now = self.bw.now()
        rows = {r["url"]: {**r, "_now": now} for r in message.data}
        for folder in self.bw.watch_dirs:
            rows.setdefault(str(folder), {"url": str(folder), "kind": "folder", "status": "starting", "_now": now})
        for url in self.bw.feed_urls:
            rows.setdefault(url, {"url": url, "kind": "feed", "status": "starting", "_now": now})
        table = self.query_one(PagedTable)
        table.apply_page(list(rows.values()), "replace", False, focus_key=table.current_key())
        note = self.query_one("#sources-note", Static)
        if rows:
            note.update(
                Text(f"{plural(len(rows), 'source')}. Start more with `basewatch --watch DIR` or `--feed URL`.")
            )
        else:
            note.update(
                Text(
                    "No feeds or watched folders. Run `basewatch --watch DIR` or `--feed URL` to add "
                    "some, or `basewatch watch DIR` / `basewatch poll URL` beside the dashboard."
                )
            )
        self.update_context()

    def copy_text(self) -> str | None:
        row = self.query_one(PagedTable).current_row()
        if row is None:
            return None
        return f"{row['url']} | {row.get('status') or ''} | {row.get('error') or ''}"


class SourceLog(RichLog):
    """The watcher's and poller's event lines, errors in the error colour."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"sourcelog--error", "sourcelog--new", "sourcelog--time"}

    def add(self, moment: Any, line: str) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(moment.strftime("%H:%M:%S "), self.get_component_rich_style("sourcelog--time", partial=True))
        style = ""
        if line.startswith(("error:", "warning:")):
            style = "sourcelog--error"
        elif line.startswith("new"):
            style = "sourcelog--new"
        text.append(
            safe_text(line, keep_newlines=False), self.get_component_rich_style(style, partial=True) if style else ""
        )
        self.write(text)
