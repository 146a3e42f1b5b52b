"""Read, extract, store: the ingest path every command shares.

Each article is extracted outside the write transaction (extraction is pure and may be
slow) and stored in one transaction of its own, so a failure costs that article only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from store.db import AddResult, Store
from store.extract import extract
from store.gazetteer import default_gazetteer
from store.ingest.files import ReadItem, read_paths
from store.models import Article


@dataclass
class Summary:
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    incidents_new: int = 0
    incidents_merged: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"articles: {self.new} new, {self.duplicate} duplicate, {self.failed} failed; "
            f"incidents: {self.incidents_new} new, {self.incidents_merged} merged"
        )

    def record(self, result: AddResult) -> None:
        if result.status == "duplicate":
            self.duplicate += 1
        else:
            self.new += 1
            self.incidents_new += result.incidents_new
            self.incidents_merged += result.incidents_merged


def store_article(store: Store, article: Article) -> AddResult:
    """Extract and store one article; duplicates are recognised before extracting."""
    existing = store.find_duplicate(article)
    if existing is not None:
        return AddResult("duplicate", existing)
    return store.add(article, extract(article, default_gazetteer()))


def _sort_key(item: ReadItem) -> tuple[int, str, str]:
    published = item.article.published if item.article else None
    return (0 if published else 1, published or "", item.source)


def ingest_items(
    store: Store,
    items: Iterable[ReadItem],
    summary: Summary | None = None,
    on_item: Callable[[ReadItem, AddResult | None, str | None], None] | None = None,
) -> Summary:
    """Store what was read; errors are counted and named, never raised."""
    summary = summary or Summary()
    for item in items:
        if item.warning:
            summary.warnings.append(item.warning)
        if item.article is None:
            summary.failed += 1
            summary.errors.append(item.error or f"{item.source}: unreadable")
            if on_item:
                on_item(item, None, item.error)
            continue
        try:
            result = store_article(store, item.article)
        except Exception as exc:  # one article's failure must not stop the batch
            message = f"{item.source}: not stored: {type(exc).__name__}: {exc}"
            summary.failed += 1
            summary.errors.append(message)
            if on_item:
                on_item(item, None, message)
            continue
        summary.record(result)
        if on_item:
            on_item(item, result, None)
    return summary


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    limit: int | None = None,
    on_item: Callable[[ReadItem, AddResult | None, str | None], None] | None = None,
) -> Summary:
    """Ingest files and folders, oldest report first so the store's order follows the news."""
    items = sorted(read_paths(paths, limit), key=_sort_key)
    return ingest_items(store, items, on_item=on_item)
