"""What every dashboard screen shares: the chrome, going back, copying, and loading data.

Screens load data with the workers defined here. A worker borrows a read connection,
runs one ``store.queries`` function, and posts the result as a message; if a newer request
of the same group has started meanwhile, the stale result is dropped instead of posted.
Worker failures go to the App's one error handler.

A drill-down (enter on a base, on an incident) loads what the next screen shows first and
pushes the screen with it (``open_with``), so that the screen's first frame is its last.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import Worker, get_current_worker

from tui.messages import Loaded, PageLoaded, Ready
from tui.widgets.breadcrumb import Breadcrumb
from tui.widgets.keybar import KeyBar
from tui.widgets.livebar import LiveBar
from tui.widgets.paged_table import PagedTable

if TYPE_CHECKING:
    from tui.app import BasewatchApp

Query = Callable[[sqlite3.Connection], Any]
NAVIGATE = Binding.Group("Navigate")
OPEN_WAIT = 0.15  # seconds a drill-down waits for its data before it shows the screen loading


class BasewatchScreen(Screen[None]):
    """A dashboard screen: live bar, breadcrumb, the body, and the key line."""

    crumb: str = ""
    kind: str = ""  # what the help calls this screen ("Feed", "Incident")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("backspace", "back", "Back", show=False),
        Binding("c", "copy", "Copy", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._opening = 0  # the token of the latest drill-down (open_with)
        self._open_show: Callable[[Any], None] | None = None

    @property
    def bw(self) -> BasewatchApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield LiveBar(id="livebar")
        yield Breadcrumb(id="breadcrumb")
        yield from self.compose_body()
        yield KeyBar()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def context(self) -> str:
        """The right-hand side of the breadcrumb: sort, filter, position."""
        return ""

    def update_context(self) -> None:
        if self.is_mounted:
            self.query_one(Breadcrumb).refresh()

    def on_screen_resume(self) -> None:
        self.update_context()

    def on_paged_table_highlighted(self, _event: PagedTable.Highlighted) -> None:
        self.update_context()

    # -- actions --------------------------------------------------------------------------

    @property
    def is_home(self) -> bool:
        stack = self.app.screen_stack
        return len(stack) > 1 and stack[1] is self

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide "Back" on the home screen, where escape has nowhere to go."""
        return not (action == "back" and self.is_home)

    def action_back(self) -> None:
        """Back one screen; on the home screen there is nowhere to go, so nothing happens."""
        if not self.is_home and self.app.screen is self:
            self.app.pop_screen()

    def copy_text(self) -> str | None:
        """What ``c`` copies on this screen (the selected row or quote), as plain text."""
        return None

    def action_copy(self) -> None:
        text = self.copy_text()
        if not text:
            self.notify("Nothing to copy here.", severity="warning")
            return
        self.app.copy_to_clipboard(text)
        preview = text if len(text) <= 60 else text[:59] + "…"
        self.notify(f"Copied: {preview}", markup=False, timeout=3)

    # -- loading --------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self, what: str, query: Query, token: int = 0) -> None:
        """Run ``query`` on a borrowed connection and post ``Loaded(what, result)``."""
        with self.bw.readers.connection() as conn:
            data = query(conn)
        if not get_current_worker().is_cancelled:
            self.post_message(Loaded(what, data, token))

    @work(thread=True, exclusive=True, group="side", exit_on_error=False)
    def load_side(self, what: str, query: Query, token: int = 0) -> None:
        """Like :meth:`load`, for a second, independent stream (previews, facts beside a list)."""
        with self.bw.readers.connection() as conn:
            data = query(conn)
        if not get_current_worker().is_cancelled:
            self.post_message(Loaded(what, data, token))

    @work(thread=True, exclusive=True, group="page", exit_on_error=False)
    def load_page(
        self,
        table_id: str,
        query: Query,
        where: str,
        limit: int,
        token: int = 0,
        focus_key: str | None = None,
        more_above: bool = False,
    ) -> None:
        """Fetch one keyset page (``limit + 1`` rows tell whether there are more)."""
        with self.bw.readers.connection() as conn:
            rows = query(conn)
        if get_current_worker().is_cancelled:
            return
        more = len(rows) > limit
        rows = rows[:limit]
        if where in ("above", "last"):
            rows.reverse()  # fetched walking away from the window; the table re-sorts anyway
        self.post_message(PageLoaded(table_id, rows, where, more, token, more_above=more_above, focus_key=focus_key))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.bw.worker_changed(event)

    # -- drilling down --------------------------------------------------------------------

    def open_with(self, query: Query, show: Callable[[Any], None]) -> None:
        """Drill down: run ``query``, then ``show(result)`` pushes the next screen with it.

        With its data in hand the next screen's first frame shows it. Pushed first and filled
        in afterwards it took two frames, and Textual draws the second 17-33 ms after the
        first. A store slower than OPEN_WAIT gets ``show(None)``: the screen at once, loading
        for itself; the late answer is then dropped, as is any answer once this screen is
        no longer the one on top.
        """
        self._opening += 1
        self._open_show = show
        self.fetch_for_open(query, self._opening)
        self.set_timer(OPEN_WAIT, partial(self._opened, self._opening, None))

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def fetch_for_open(self, query: Query, token: int) -> None:
        with self.bw.readers.connection() as conn:
            data = query(conn)
        if not get_current_worker().is_cancelled:
            self.post_message(Ready(data, token))

    def on_ready(self, message: Ready) -> None:
        message.stop()
        self._opened(message.token, message.data)

    def _opened(self, token: int, data: Any) -> None:
        show = self._open_show
        if token != self._opening or show is None:
            return
        self._open_show = None
        if self.app.screen is self:
            show(data)
