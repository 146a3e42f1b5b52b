"""The dashboard App: screens, global keys, and the live loop.

Live updates: every half second a short thread worker asks ``PRAGMA data_version`` on a
connection of its own; when another process has committed, it posts ``StoreChanged``.
The App then fetches, in one worker, only what is newer than it has (reports after the
newest id it knows, incidents after the newest incident id) and the header's counts.
Refreshes never overlap: a change noticed during one marks the App dirty and the next
refresh starts when the running one reports back, so a burst of commits costs at most
two queries. Space pauses this (the bar says changes are waiting).

Startup is arranged for the first frame: the feed screen is pushed once its first page is
in (so its first frame has rows), and the live loop, the ingesters and the garbage
collector's freeze wait until that frame is drawn.
"""

from __future__ import annotations

import gc
import threading
from collections import deque
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.reactive import Reactive, reactive
from textual.screen import Screen
from textual.theme import Theme
from textual.worker import Worker, WorkerState, get_current_worker

from store import queries
from tui.data import Readers
from tui.messages import FIRST_TOKEN, LiveSnapshot, LiveUpdate, PageLoaded, Prefetched, SourceEvent, StoreChanged
from tui.text import one_line, weapons
from tui.themes import DARK, LIGHT, THEMES

POLL_SECONDS = 0.5
FIRST_PAGE_WAIT = 0.25  # a store slower than this to answer: show the feed first, its rows when they come
FEED_POLL_SECONDS = 300.0
SOURCE_LOG_LINES = 500
VIEWS = Binding.Group("Views")
S = TypeVar("S", bound=Screen[Any])


class BasewatchApp(App[None]):
    """basewatch: a live feed of attacks on bases, drill-down to the sentence that said it."""

    TITLE = "basewatch"
    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute: subclasses elsewhere find it too
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "go('feed')", "Feed", group=VIEWS),
        Binding("2", "go('bases')", "Bases", group=VIEWS),
        Binding("3", "go('feeds')", "Feeds", group=VIEWS),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("space", "toggle_pause", "Pause", show=False),
        Binding("t", "toggle_theme", "Light/dark", show=False),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
    ]

    # Our dark theme from the start (see available_themes): setting ``theme`` in __init__
    # instead made Textual parse the whole stylesheet a second time before the first frame.
    theme: Reactive[str] = Reactive(DARK)
    snapshot: reactive[LiveSnapshot] = reactive(LiveSnapshot, always_update=True)
    paused: reactive[bool] = reactive(False)
    pending: reactive[bool] = reactive(False)
    unread_count: reactive[int] = reactive(0)
    source_errors: reactive[int] = reactive(0)

    def __init__(
        self, db_path: str | Path, watch_dirs: list[Path] | None = None, feeds: list[str] | None = None
    ) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.watch_dirs = [Path(d) for d in (watch_dirs or [])]
        self.feed_urls = list(feeds or [])
        self.readers = Readers(self.db_path)
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.unread: set[int] = set()
        self.max_article_id: int | None = None  # set when the feed's first page is in
        self.max_incident_id: int | None = None
        self.source_log: deque[tuple[datetime, str]] = deque(maxlen=SOURCE_LOG_LINES)
        self._poll_conn: Any = None
        self._version: int | None = None
        self._poll_worker: Worker[None] | None = None
        self._live_worker: Worker[None] | None = None
        self._dirty = False
        self._stop = threading.Event()
        self._started = False  # the first frame of the feed is drawn and the live loop runs
        self._frozen = False
        self.live_enabled = True  # tests and the benchmark switch polling off to measure one thing

    @property
    def available_themes(self) -> dict[str, Theme]:
        """Textual's themes and ours: ours are known before App.__init__ builds the stylesheet."""
        return {**super().available_themes, **{theme.name: theme for theme in THEMES}}

    def now(self) -> datetime:
        """The current time; tests freeze it so relative times in snapshots do not move."""
        return self.clock()

    # -- start and stop -------------------------------------------------------------------

    def on_mount(self) -> None:
        from tui.screens.feed import FeedScreen

        self.feed = FeedScreen()
        self.prefetch_feed()
        self.set_timer(FIRST_PAGE_WAIT, self._show_feed, name="first page wait")

    def _show_feed(self) -> None:
        """Push the feed: with its first page (usually), or without it after FIRST_PAGE_WAIT."""
        if self.feed.is_attached:
            return
        self.push_screen(self.feed)
        if self.feed.early is None:
            self.call_after_refresh(self.start_live)  # the rows come later; the rest need not wait

    def start_live(self) -> None:
        """What waits for the feed's first frame: the live loop, the ingesters, the GC freeze."""
        if self._started:
            return
        self._started = True
        # Everything alive now (Textual, the stylesheet, the feed) lives as long as the app.
        # Frozen, the collector stops walking it: the longest full collection in a benchmark
        # session (one lands in a key press now and then) went from 57 ms to 13 ms.
        # on_unmount hands it back.
        gc.freeze()
        self._frozen = True
        self.refresh_live()
        if self.live_enabled:
            self._tick()
            self.set_interval(POLL_SECONDS, self._tick, name="data_version poll")
        self._start_sources()

    @work(thread=True, group="prefetch", exit_on_error=False)
    def prefetch_feed(self) -> None:
        """The feed's first page, fetched before the feed screen is built (see _show_feed)."""
        limit = self.feed.PAGE
        with self.readers.connection() as conn:
            rows = queries.feed_rows(conn, limit=limit + 1)
        self.post_message(
            Prefetched(PageLoaded("feed-table", rows[:limit], "replace", len(rows) > limit, token=FIRST_TOKEN))
        )

    def on_prefetched(self, message: Prefetched) -> None:
        self.feed.first_page(message.page)
        self._show_feed()

    def on_unmount(self) -> None:
        self._stop.set()
        if self._frozen:
            self._frozen = False
            gc.unfreeze()

    async def action_quit(self) -> None:
        self._stop.set()
        self.exit()

    # -- live -----------------------------------------------------------------------------

    def _tick(self) -> None:
        if self._poll_worker is None or self._poll_worker.is_finished:
            self._poll_worker = self.poll_version()

    @work(thread=True, group="poll", exit_on_error=False)
    def poll_version(self) -> None:
        """One ``PRAGMA data_version`` on the poll's own connection (never shared)."""
        if self._poll_conn is None:
            self._poll_conn = queries.open_reader(self.db_path)
        version = queries.data_version(self._poll_conn)
        if version != self._version:
            # The first answer is only a baseline, but a write may have landed between the
            # first page's query and it: one refresh (of rows newer than we have) covers that.
            self._version = version
            self.post_message(StoreChanged(version))

    def on_store_changed(self, _message: StoreChanged) -> None:
        self._dirty = True
        if self.paused:
            self.pending = True
        else:
            self.refresh_live()

    def refresh_live(self) -> None:
        """Start a live refresh unless one is running (its reply starts the next one)."""
        if self._live_worker is not None and not self._live_worker.is_finished:
            return
        self._dirty = False
        self._live_worker = self.fetch_live(self.max_article_id, self.max_incident_id)

    @work(thread=True, group="live", exit_on_error=False)
    def fetch_live(self, after_article: int | None, after_incident: int | None) -> None:
        with self.readers.connection() as conn:
            rows = queries.feed_newer(conn, after_article, limit=queries.PAGE + 1) if after_article is not None else []
            newest_incident = queries.max_incident_id(conn)
            incidents = (
                queries.incidents_newer(conn, after_incident)
                if after_incident is not None and newest_incident > after_incident
                else []
            )
            counts = queries.live_counts(conn, now=self.now())  # on the v2 indexes: 0.1 ms, 3 statements
            per_day = queries.incidents_per_day(conn, days=30)
            latest = queries.recent_incidents(conn, limit=1)
        if get_current_worker().is_cancelled:
            return
        snapshot = LiveSnapshot(
            last_update=counts["last_update"],
            reports_24h=counts["reports"],
            incidents_24h=counts["incidents"],
            per_day=per_day,
            per_day_end=(latest[0]["date"][:10] if latest else None),
            total_reports=counts["articles_total"],
        )
        complete = len(rows) <= queries.PAGE
        newest_article = max((r["id"] for r in rows), default=after_article or 0)
        self.post_message(
            LiveUpdate(rows[: queries.PAGE], incidents, snapshot, newest_article, newest_incident, complete)
        )

    def on_live_update(self, message: LiveUpdate) -> None:
        first = self.max_incident_id is None
        self.max_incident_id = message.max_incident_id
        if self.max_article_id is not None and message.rows:
            self.max_article_id = max(self.max_article_id, message.max_article_id)
            self.unread.update(r["id"] for r in message.rows)
            self.unread_count = len(self.unread)
            self.feed.live_rows(message.rows, message.complete)
        self.snapshot = message.snapshot
        if not first and message.incidents:
            self._announce(message.incidents)
        if not first:
            for screen in self.screen_stack:
                refresh = getattr(screen, "store_changed", None)
                if refresh is not None:
                    refresh()
        if self._dirty and not self.paused:
            self.refresh_live()

    def feed_ready(self, newest_id: int) -> None:
        """The feed has its first page: live rows are those after its newest."""
        if self.max_article_id is None or newest_id > self.max_article_id:
            self.max_article_id = newest_id
        self._dirty = True  # whatever landed while the page loaded is fetched now
        if not self._started:
            self.call_after_refresh(self.start_live)
        elif not self.paused:
            self.refresh_live()

    def _announce(self, incidents: list[dict[str, Any]]) -> None:
        """A notification for new incidents (one summary line when a burst brings many)."""

        def line(i: dict[str, Any]) -> str:
            what = weapons(i.get("weapons")).split(",")[0] or "attack"
            kind = what if what.endswith("attack") else f"{what} attack"
            where = i.get("base") or one_line(i.get("place_text")) or "an unknown place"
            return f"{kind} at {where} ({(i.get('date') or '')[:10]})"

        if len(incidents) > 3:
            self.notify(
                f"New: {len(incidents)} incidents, latest {line(incidents[0])}",
                markup=False,
                title="New incidents",
                timeout=8,
            )
            return
        for incident in incidents:
            self.notify(f"New: {line(incident)}", markup=False, title="New incident", timeout=8)

    def mark_seen(self, article_id: int) -> None:
        if article_id in self.unread:
            self.unread.discard(article_id)
            self.unread_count = len(self.unread)

    def action_toggle_pause(self) -> None:
        self.paused = not self.paused
        if not self.paused:
            self.pending = False
            if self._dirty:
                self.refresh_live()
        self.notify("Live updates paused." if self.paused else "Live updates resumed.", timeout=2)

    # -- live ingestion (folders and feeds, issue 5) ----------------------------------------

    def _start_sources(self) -> None:
        """Run the folder watcher and feed poller beside the dashboard, when asked to."""
        if not (self.watch_dirs or self.feed_urls):
            return
        try:
            from store import live
        except ImportError:
            self.notify(
                "Watching folders and polling feeds needs store/live.py, which this build lacks.",
                severity="warning",
                markup=False,
            )
            return
        if self.watch_dirs:
            self.run_worker(
                partial(live.watch_folders, self.db_path, self.watch_dirs, self._stop, self._source_event),
                thread=True,
                group="sources",
                name="folder watcher",
                exit_on_error=False,
            )
        if self.feed_urls:
            self.run_worker(
                partial(
                    live.poll_feeds, self.db_path, self.feed_urls, FEED_POLL_SECONDS, self._stop, self._source_event
                ),
                thread=True,
                group="sources",
                name="feed poller",
                exit_on_error=False,
            )

    def _source_event(self, line: str) -> None:
        """Called on the watcher's thread with one event line: hand it to the UI thread."""
        self.post_message(SourceEvent(line))

    def on_source_event(self, message: SourceEvent) -> None:
        """Keep the line for the Feeds screen's log; count errors for the live bar."""
        line = str(message.event)
        self.source_log.append((self.now(), line))
        if line.startswith("error:"):
            self.source_errors += 1
        for screen in self.screen_stack:
            refresh = getattr(screen, "source_changed", None)
            if refresh is not None:
                refresh(line)

    # -- navigation -----------------------------------------------------------------------

    async def _pop_to_feed(self) -> None:
        while len(self.screen_stack) > 2:
            await self.pop_screen()

    async def action_go(self, view: str) -> None:
        """``1``/``2``/``3``: Feed, Bases or Feeds (the ingesters), directly above the feed."""
        if view == "feed":
            await self._pop_to_feed()
            return
        if not self.is_screen_installed(view):
            # Built on first use (and kept, with its cursor and filter) so startup pays for the feed only.
            if view == "bases":
                from tui.screens.bases import BasesScreen, bases_rows
                from tui.screens.common import BasewatchScreen

                def show(first: list[dict[str, Any]] | None) -> None:
                    if not self.is_screen_installed(view):
                        self.install_screen(BasesScreen(first), view)
                    self.call_next(self.action_go, view)

                if isinstance(self.screen, BasewatchScreen):  # built with its rows (see open_with)
                    self.screen.open_with(lambda conn: bases_rows(conn, None), show)
                    return
                self.install_screen(BasesScreen(), view)
            else:
                from tui.screens.feeds import SourcesScreen

                self.install_screen(SourcesScreen(), view)
        if self.screen is self.get_screen(view):
            return
        await self._pop_to_feed()
        await self.push_screen(view)

    def drill_screen(self, name: str, make: Callable[[], S]) -> S:
        """The Base or Incident screen: built on the first drill-down, then kept and pointed at
        the next base or incident (their ``show``), so that opening another is a repaint."""
        if not self.is_screen_installed(name):
            self.install_screen(make(), name)
        screen = self.get_screen(name)
        if screen in self.screen_stack:  # no way there today; a second one rather than a jump back
            return make()
        return screen  # type: ignore[return-value]

    def action_search(self) -> None:
        from tui.screens.search import SearchScreen

        if isinstance(self.screen, SearchScreen):
            self.screen.focus_input()
            return
        self.push_screen(SearchScreen())

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def watch_theme(self, _theme: str) -> None:
        from tui.widgets.paged_table import PagedTable

        for screen in self.screen_stack:
            for table in screen.query(PagedTable):
                table.call_after_refresh(table.restyle)

    # -- errors and the palette -----------------------------------------------------------

    def worker_changed(self, event: Worker.StateChanged) -> None:
        """The one place a failed query is reported: a notification naming it, no crash."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        self.log.error(f"worker {event.worker.name!r} failed: {error!r}")
        self.notify(
            f"{event.worker.name or 'query'} failed: {type(error).__name__}: {error}",
            title="Error",
            severity="error",
            markup=False,
            timeout=10,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.worker_changed(event)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every key of the current screen as a palette command, named with its key."""
        seen: set[str] = set()
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if not binding.description or binding.action in seen or not active.enabled:
                continue
            seen.add(binding.action)
            shown = binding.key_display or self.get_key_display(binding)
            yield SystemCommand(
                f"{binding.description} ({shown})", f"key: {key}", partial(self.run_action, binding.action, active.node)
            )
        yield from super().get_system_commands(screen)
