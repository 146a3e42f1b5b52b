"""Messages that carry query results from thread workers to the screens and the App.

Workers never touch widgets: they run a query through ``store.queries`` and post one of
these. The receiving screen or App updates its widgets on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual.message import Message

Row = dict[str, Any]


class StoreChanged(Message):
    """``PRAGMA data_version`` moved: some other connection committed.

    A burst of commits posts a run of these; ``can_replace`` lets the queue keep only the
    newest, so a burst costs one refresh.
    """

    def __init__(self, version: int) -> None:
        super().__init__()
        self.version = version

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, StoreChanged)


@dataclass
class LiveSnapshot:
    """What the header shows: the store's live state as of one refresh."""

    last_update: str | None = None
    reports_24h: int = 0
    incidents_24h: int = 0
    per_day: list[int] = field(default_factory=list)
    per_day_end: str | None = None
    total_reports: int = 0


class LiveUpdate(Message):
    """Reports and incidents newer than the App had, with the refreshed live state.

    ``complete`` is False when more arrived than one page holds: the feed then reloads
    its first page instead of inserting rows with a gap under them.
    """

    def __init__(
        self,
        rows: list[Row],
        incidents: list[Row],
        snapshot: LiveSnapshot,
        max_article_id: int,
        max_incident_id: int,
        complete: bool,
    ) -> None:
        super().__init__()
        self.rows = rows
        self.incidents = incidents
        self.snapshot = snapshot
        self.max_article_id = max_article_id
        self.max_incident_id = max_incident_id
        self.complete = complete


class PageLoaded(Message):
    """A page of rows for one table, placed ``where`` (replace, below or above the window)."""

    def __init__(
        self,
        table_id: str,
        rows: list[Row],
        where: str,
        more: bool,
        token: int,
        more_above: bool = False,
        focus_key: str | None = None,
    ) -> None:
        super().__init__()
        self.table_id = table_id
        self.rows = rows
        self.where = where
        self.more = more
        self.more_above = more_above
        self.token = token
        self.focus_key = focus_key


FIRST_TOKEN = 1  # the token of a list's first page, fetched before its screen is mounted


class Prefetched(Message):
    """The feed's first page, fetched by the App while the feed screen was being built."""

    def __init__(self, page: PageLoaded) -> None:
        super().__init__()
        self.page = page


class Loaded(Message):
    """A screen's one-off data (a base, an incident, an article, the bases list...)."""

    def __init__(self, what: str, data: Any, token: int = 0) -> None:
        super().__init__()
        self.what = what
        self.data = data
        self.token = token


class Ready(Message):
    """What a drill-down waits for before it pushes the next screen (BasewatchScreen.open_with)."""

    def __init__(self, data: Any, token: int) -> None:
        super().__init__()
        self.data = data
        self.token = token


class SearchDone(Message):
    """Results for one search string; ``note`` says why they may not be what was typed."""

    def __init__(self, query: str, rows: list[Row], note: str | None, error: str | None) -> None:
        super().__init__()
        self.query = query
        self.rows = rows
        self.note = note
        self.error = error


class SourceEvent(Message):
    """Something a folder watcher or feed poller reported (started, fetched, failed)."""

    def __init__(self, event: Any) -> None:
        super().__init__()
        self.event = event
