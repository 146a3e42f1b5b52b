"""Read, extract, store: the ingest path every command shares.

Each article is extracted outside the write transaction (extraction is pure and may be
slow) and stored in one transaction of its own, so a failure costs that article only.

A large batch from the command line is extracted by worker processes while this process
writes: extraction is pure-Python CPU work, so another process is the only way to use a
second core. The writer still takes the articles one by one in the batch's order, and an
article already stored, or repeated earlier in the batch, is recognised before anyone
extracts it, so the store ends up exactly as the one-process path leaves it. Small
batches and the live watcher and poller extract in-process: a pool would cost more to
start than it saves.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from store.db import AddResult, ExtractionRows, Store, content_hash, extraction_rows
from store.extract import extract
from store.gazetteer import default_gazetteer
from store.ingest.files import ReadItem, read_paths
from store.models import Article

if TYPE_CHECKING:  # imported when a pool is started: a small batch does not pay for multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

# A pool pays for itself from a few dozen articles on (forking and first-chunk latency are
# some tens of milliseconds); chunks amortise the inter-process round trip.
POOL_MIN_ARTICLES = 64
POOL_CHUNK = 8
POOL_CHUNKS_PER_WORKER = 4
# One process writes: past a few workers it is the bottleneck and more only cost memory.
POOL_MAX_WORKERS = 8

StoreOne = Callable[[int, Article], AddResult]
OnItem = Callable[[ReadItem, AddResult | None, str | None], None]


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


class ExtractionFailed(Exception):
    """Extraction raised in a worker process; carries the original error's type name."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def store_article(store: Store, article: Article, digest: str | None = None) -> AddResult:
    """Extract and store one article; duplicates are recognised before extracting."""
    digest = digest or content_hash(article.body)
    existing = store.find_duplicate(article, digest)
    if existing is not None:
        return AddResult("duplicate", existing)
    return store.add(article, extract(article, default_gazetteer()), digest)


def _sort_key(item: ReadItem) -> tuple[int, str, str]:
    published = item.article.published if item.article else None
    return (0 if published else 1, published or "", item.source)


def ingest_items(
    store: Store,
    items: Iterable[ReadItem],
    summary: Summary | None = None,
    on_item: OnItem | None = None,
    workers: int = 1,
) -> Summary:
    """Store what was read; errors are counted and named, never raised.

    ``workers`` above 1 extracts in that many processes (the items are read in full first).
    """
    summary = summary or Summary()
    if workers > 1:
        items = list(items)
        with extraction_pool(store, items, workers) as store_one:
            return _ingest(store_one, items, summary, on_item)
    return _ingest(lambda _index, article: store_article(store, article), items, summary, on_item)


def _ingest(store_one: StoreOne, items: Iterable[ReadItem], summary: Summary, on_item: OnItem | None) -> Summary:
    for index, item in enumerate(items):
        if item.warning:
            summary.warnings.append(item.warning)
        if item.article is None:
            summary.failed += 1
            summary.errors.append(item.error or f"{item.source}: unreadable")
            if on_item:
                on_item(item, None, item.error)
            continue
        try:
            result = store_one(index, item.article)
        except Exception as exc:  # one article's failure must not stop the batch
            kind = exc.kind if isinstance(exc, ExtractionFailed) else type(exc).__name__
            message = f"{item.source}: not stored: {kind}: {exc}"
            summary.failed += 1
            summary.errors.append(message)
            if on_item:
                on_item(item, None, message)
            continue
        summary.record(result)
        if on_item:
            on_item(item, result, None)
    return summary


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def pool_size(items: Sequence[ReadItem]) -> int:
    """Worker processes worth starting for a batch: the CPUs for a large one, else 1 (none)."""
    if sum(item.article is not None for item in items) < POOL_MIN_ARTICLES:
        return 1
    if not _can_fork():
        return 1  # a spawned worker re-imports everything: not worth it for one batch
    return min(usable_cpus(), POOL_MAX_WORKERS)


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    limit: int | None = None,
    on_item: OnItem | None = None,
    workers: int | None = None,
) -> Summary:
    """Ingest files and folders, oldest report first so the store's order follows the news.

    ``workers`` defaults to :func:`pool_size` of what was read.
    """
    items = sorted(read_paths(paths, limit), key=_sort_key)
    if workers is None:
        workers = pool_size(items)
    elif workers > 1 and not _can_fork():
        workers = 1
    return ingest_items(store, items, on_item=on_item, workers=workers)


# -- the worker pool -------------------------------------------------------------------------


def _watch_parent(parent: int) -> None:
    """End this worker when the writer is gone (killed): an orphan would wait for work forever."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _start_worker(parent: int) -> None:
    # Ctrl-C reaches the whole process group; the writer alone decides what to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _extract_chunk(articles: list[Article]) -> list[ExtractionRows | tuple[str, str]]:
    """Rows of each article, or (error type, message) for one whose extraction raised."""
    gazetteer = default_gazetteer()  # cached: built once per worker, or inherited by the fork
    out: list[ExtractionRows | tuple[str, str]] = []
    for article in articles:
        try:
            out.append(extraction_rows(extract(article, gazetteer)))
        except Exception as exc:  # reported against this article alone, as in-process
            out.append((type(exc).__name__, str(exc)))
    return out


class _Pool:
    """Extracts a batch's articles ahead of the writer in worker processes.

    A scan in batch order, a bounded window ahead of the writer, hashes each article and
    sends to the workers only those that are neither stored already nor a repeat (same
    content or URL) of an earlier article of the batch; a repeat is settled when its turn
    comes, once its twin is stored, exactly as the in-process path would.
    """

    def __init__(self, store: Store, items: Sequence[ReadItem], executor: ProcessPoolExecutor, workers: int) -> None:
        self.store = store
        self.executor = executor
        self.window = workers * POOL_CHUNKS_PER_WORKER
        self.plan: dict[int, tuple[str, str, int | None]] = {}  # index -> (how, digest, duplicate of)
        self.results: dict[int, ExtractionRows | tuple[str, str] | None] = {}  # None: extract here
        self.chunks: deque[tuple[list[int], Future[list[ExtractionRows | tuple[str, str]]]]] = deque()
        self.scan = self._scan(items)
        self.broken = False

    def _scan(self, items: Sequence[ReadItem]) -> Iterator[tuple[list[int], list[Article]]]:
        """Chunks of (indexes, articles) to extract, planning every article on the way."""
        hashes: set[str] = set()
        urls: set[str] = set()
        indexes: list[int] = []
        articles: list[Article] = []
        for index, item in enumerate(items):
            article = item.article
            if article is None:
                continue
            digest = content_hash(article.body)
            if digest in hashes or (article.url is not None and article.url in urls):
                self.plan[index] = ("later", digest, None)
            elif (existing := self.store.find_duplicate(article, digest)) is not None:
                self.plan[index] = ("stored", digest, existing)
            else:
                self.plan[index] = ("pool", digest, None)
                indexes.append(index)
                articles.append(article)
                if len(indexes) == POOL_CHUNK:
                    yield indexes, articles
                    indexes, articles = [], []
            hashes.add(digest)
            if article.url is not None:
                urls.add(article.url)
        if indexes:
            yield indexes, articles

    def _fill(self, index: int) -> None:
        """Submit chunks until ``index`` is planned and the window is full."""
        while index not in self.plan or (not self.broken and len(self.chunks) < self.window):
            chunk = next(self.scan, None)
            if chunk is None:
                return
            if self.broken:
                continue  # planned all the same; its articles are extracted here
            try:
                self.chunks.append((chunk[0], self.executor.submit(_extract_chunk, chunk[1])))
            except RuntimeError:  # BrokenProcessPool: a worker died
                self.broken = True

    def _rows(self, index: int) -> ExtractionRows | tuple[str, str] | None:
        """The worker's outcome for ``index``; None when it must be extracted here."""
        while index not in self.results and self.chunks:
            indexes, future = self.chunks.popleft()
            try:
                outcomes: list[ExtractionRows | tuple[str, str] | None] = list(future.result())
            except Exception as exc:  # a worker died (killed, out of memory) or its answer was lost
                self.broken = self.broken or isinstance(exc, RuntimeError)  # BrokenProcessPool
                outcomes = [None] * len(indexes)
            self.results.update(zip(indexes, outcomes, strict=True))
        return self.results.pop(index, None)

    def store_one(self, index: int, article: Article) -> AddResult:
        self._fill(index)
        how, digest, existing = self.plan.pop(index)
        if existing is not None:
            return AddResult("duplicate", existing)
        rows = self._rows(index) if how == "pool" else None
        if rows is None:
            return store_article(self.store, article, digest)
        if not isinstance(rows, ExtractionRows):
            raise ExtractionFailed(*rows)
        return self.store.add(article, rows, digest)


@contextmanager
def extraction_pool(store: Store, items: Sequence[ReadItem], workers: int) -> Iterator[StoreOne]:
    """A ``store_one(index, article)`` backed by ``workers`` processes, stopped on the way out.

    On an error or Ctrl-C the workers are terminated at once rather than left to finish
    their chunks, so nothing outlives the command.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    try:
        yield _Pool(store, items, executor, workers).store_one
    except BaseException:
        _terminate(executor)
        raise
    executor.shutdown(wait=True)


def _terminate(executor: ProcessPoolExecutor) -> None:
    """Kill the workers now; the executor sees them die, fails what was pending and cleans up."""
    terminate_workers = getattr(executor, "terminate_workers", None)  # Python 3.14
    if terminate_workers is not None:
        terminate_workers()
        return
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(5)
    # A worker killed halfway through sending its results leaves the executor's reader thread
    # waiting for the rest of the message; this process holds the pipe's other end too, so no
    # end of file would ever come. Closing our copy, with every worker gone, ends that wait: the
    # executor then sees a broken pool and shuts down instead of hanging the command.
    result_queue = getattr(executor, "_result_queue", None)
    writer = getattr(result_queue, "_writer", None)
    if writer is not None:
        writer.close()
    executor.shutdown(wait=True, cancel_futures=True)
