"""Live ingestion for a host that runs it in threads: the dashboard's workers.

Two blocking entry points with one contract: open a store of their own on ``db_path``,
work until ``stop_event`` is set, and hand every outcome to ``on_event`` as one line
(``new ...``, ``duplicate ...``, ``error: ...``, ``warning: ...``, ``feed ...``,
``watching ...``; see store/ingest/events.py). They never raise: a failure that ends them
early (no folder at all, a store that cannot be opened, a broken install) is their last
line, starting with ``error:``. Each call costs one SQLite connection and, for feeds,
one HTTP client.

    from store.live import watch_folders
    stop = threading.Event()
    worker = threading.Thread(target=watch_folders, args=(db, [inbox], stop, print))
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from store.ingest import events

OnEvent = Callable[[str], None]
STOP_GRACE = 2.0  # seconds poll_feeds waits for the request in flight once stopped


def watch_folders(
    db_path: str | Path, dirs: Sequence[str | Path], stop_event: threading.Event, on_event: OnEvent
) -> None:
    """Ingest every report file that lands in ``dirs`` until ``stop_event`` is set."""
    from store.db import Store
    from store.ingest.watch import Watcher, check_dirs

    folders, errors = check_dirs(dirs)
    for message in errors:
        on_event(events.error(message))
    if not folders:
        on_event(events.error("no folder to watch"))
        return
    try:
        with Store(db_path) as store:
            Watcher(store, folders, on_event).run(stop_event)
    except Exception as exc:  # the worker's last word: nothing above it to catch it
        on_event(_last_word("watching", exc))


def poll_feeds(
    db_path: str | Path, urls: Sequence[str], every: float, stop_event: threading.Event, on_event: OnEvent
) -> None:
    """Poll feeds (URLs, or OPML files naming them) every ``every`` seconds until stopped.

    Returns at most :data:`STOP_GRACE` seconds after ``stop_event`` is set, even when a
    server is slow to answer the request in flight: the poller then finishes that one
    request (bounded by the fetch deadline) on a daemon thread and reports nothing more,
    so quitting the dashboard never waits on a hung feed.
    """
    from store.ingest.poll import resolve_sources

    feeds, errors = resolve_sources(urls)
    for message in errors:
        on_event(events.error(message))
    if not feeds:
        on_event(events.error("no feed to poll"))
        return
    returned = threading.Event()

    def emit(line: str) -> None:
        if not returned.is_set():
            on_event(line)

    worker = threading.Thread(
        target=_poll, args=(db_path, feeds, every, stop_event, emit), name="basewatch-poller", daemon=True
    )
    worker.start()
    while worker.is_alive() and not stop_event.wait(0.2):
        pass
    worker.join(STOP_GRACE)
    returned.set()


def _poll(db_path: str | Path, feeds: list[str], every: float, stop_event: threading.Event, on_event: OnEvent) -> None:
    from store.db import Store
    from store.ingest.poll import Poller

    try:
        with Store(db_path) as store, Poller(store, on_event, every=every, verbose=False) as poller:
            poller.run(feeds, stop_event)
    except Exception as exc:
        on_event(_last_word("polling", exc))


def _last_word(what: str, exc: Exception) -> str:
    """The line that ends a worker: our own errors are already sentences for the user."""
    from store.errors import BasewatchError

    if isinstance(exc, BasewatchError):
        return events.error(str(exc))
    return events.error(f"{what} stopped: {type(exc).__name__}: {exc}")
