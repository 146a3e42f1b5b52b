"""The dashboard (first cut): the reports in the store, newest first."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header

from store import queries


class BasewatchApp(App[None]):
    TITLE = "basewatch"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, db_path: str | Path, watch_dirs: list[Path] | None = None,
                 feeds: list[str] | None = None) -> None:
        super().__init__()
        self.db_path = Path(db_path)

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="feed", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Published", "Outlet", "Title")
        conn = queries.open_reader(self.db_path)
        for row in queries.feed_page(conn):
            table.add_row(Text(row["published"] or ""), Text(row["outlet"] or ""), Text(row["title"]))
        conn.close()
