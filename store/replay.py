"""Replaying a corpus: its reports stored one by one at N a second, in publication order.

For demos and for exercising the dashboard's live feed with real articles: the store grows
the way it would on a busy news day. The pace is kept against a fixed schedule (report k
at start + k/rate), so a slow extraction does not make the whole replay drift.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from pathlib import Path

from store.db import Store
from store.ingest import events
from store.ingest.events import OnEvent
from store.ingest.files import ReadItem, read_paths
from store.pipeline import Summary, ingest_items


def publication_order(items: Iterable[ReadItem]) -> list[ReadItem]:
    """Readable reports oldest first; undated ones after the dated, by name."""

    def key(item: ReadItem) -> tuple[int, str, str]:
        published = item.article.published if item.article else None
        return (0 if published else 1, published or "", item.source)

    return sorted((i for i in items if i.article is not None), key=key)


def replay(
    store: Store,
    paths: Iterable[str | Path],
    rate: float,
    stop: threading.Event,
    on_event: OnEvent,
    summary: Summary | None = None,
) -> Summary:
    """Store the reports under ``paths`` at ``rate`` a second until done or ``stop`` is set.

    ``summary``, when given, is filled as the replay goes, so a caller interrupted half-way
    can still say what was stored.
    """
    if not rate > 0:
        raise ValueError("rate must be positive")
    items = list(read_paths(paths))
    summary = summary if summary is not None else Summary()
    for bad in (i for i in items if i.article is None):
        summary.failed += 1
        summary.errors.append(bad.error or f"{bad.source}: unreadable")
        on_event(events.error(bad.error or f"{bad.source}: unreadable"))
    ordered = publication_order(items)
    on_event(events.note("replay", f"{len(ordered)} reports at {rate:g} a second"))

    def on_item(item, result, error) -> None:  # type: ignore[no-untyped-def]
        if error:
            on_event(events.error(error))
        else:
            published = (item.article.published or "undated")[:10]
            on_event(
                events.report(
                    result.status,
                    item.source,
                    f"{published} {item.article.title}",
                    result.incidents_new + result.incidents_merged,
                )
            )

    start = time.monotonic()
    for index, item in enumerate(ordered):
        if stop.wait(max(0.0, start + index / rate - time.monotonic())):
            break
        ingest_items(store, [item], summary, on_item=on_item)
    if ordered and summary.duplicate == len(ordered):
        on_event(
            events.warning(
                "every report was already in this store, so the feed shows nothing new; "
                "replay into a fresh store with --db"
            )
        )
    return summary


def replay_corpus(
    db_path: str | Path, paths: Iterable[str | Path], rate: float, stop: threading.Event, on_event: OnEvent
) -> None:
    """:func:`replay` on a store of its own, for a dashboard worker thread."""
    try:
        with Store(db_path) as store:
            summary = replay(store, paths, rate, stop, on_event)
    except Exception as exc:
        on_event(events.error(f"replay stopped: {type(exc).__name__}: {exc}"))
        return
    on_event(events.note("replay", summary.line()))
