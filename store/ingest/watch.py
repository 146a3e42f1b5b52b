"""Watching folders: every report file that lands is ingested once, when it is complete.

How a file is judged complete: its name is not a temporary or partial one (``.part``,
``.tmp``, ``.crdownload``, ``~``, hidden...), and its size and mtime have stood still for
``settle`` seconds, or its mtime is already that old when it appears (a file written
elsewhere and renamed into place is ingested at once). It is read, then stat'ed again: if
it changed while being read it goes back to waiting. Writers should write to a temporary
name and rename into place; a writer that pauses longer than ``settle`` mid-file gets its
partial file ingested, then the complete one when it changes again.

What was ingested goes into ``seen_files`` (path, size, mtime), so a restart reads only
files that are new or changed since; on start the folders are scanned for exactly those.
The watcher only reads: it never moves, renames or deletes a user's file. A file that
cannot be read is reported on one line and skipped until it changes; the watcher goes on.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from store.db import Store, now_iso
from store.errors import InputError
from store.ingest import events
from store.ingest.events import OnEvent
from store.ingest.files import ReadItem, is_candidate, max_bytes, read_bytes
from store.ingest.web import DependencyError

SETTLE = 0.3  # seconds a file must stand still before it is read
TICK_MS = 50  # how often pending files are re-checked while nothing happens
# Names other tools give files they are still writing, beyond those files.is_candidate refuses.
PARTIAL_SUFFIXES = (".partial", ".download", ".filepart", ".temp", ".lock", ".!qb", ".aria2", ".opdownload")
IGNORED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv"})


def settle_seconds() -> float:
    """``BASEWATCH_WATCH_SETTLE`` or :data:`SETTLE`."""
    try:
        value = float(os.environ.get("BASEWATCH_WATCH_SETTLE", SETTLE))
    except ValueError:
        return SETTLE
    return value if value >= 0 else SETTLE


def wanted(path: Path) -> bool:
    """A report file the watcher takes: a known kind, not temporary, not in a hidden folder."""
    name = path.name.lower()
    if name.startswith("#") or name.endswith(PARTIAL_SUFFIXES):
        return False
    return is_candidate(path)


def hidden_dir(name: str) -> bool:
    return name.startswith(".") or name in IGNORED_DIRS


@dataclass
class _Pending:
    size: int
    mtime_ns: int
    since: float  # monotonic time this (size, mtime) was first seen


def check_dirs(dirs: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Absolute folders to watch, and one line for each argument that is not a folder."""
    good: list[Path] = []
    errors: list[str] = []
    for raw in dirs:
        path = Path(raw).expanduser()
        if not path.exists():
            errors.append(f"{raw}: no such folder")
        elif not path.is_dir():
            errors.append(f"{raw}: not a folder")
        elif not os.access(path, os.R_OK | os.X_OK):
            errors.append(f"{raw}: folder not readable")
        else:
            resolved = path.resolve()
            if resolved not in good:
                good.append(resolved)
    return good, errors


class Watcher:
    """Ingests the report files that land in ``dirs`` into ``store``; one line per outcome."""

    def __init__(self, store: Store, dirs: list[Path], on_event: OnEvent, settle: float | None = None) -> None:
        if not dirs:
            raise InputError("watch", "no folder to watch")
        self.store = store
        self.dirs = dirs
        self.on_event = on_event
        self.settle = settle_seconds() if settle is None else settle
        self.pending: dict[Path, _Pending] = {}
        self.unreadable: dict[Path, tuple[int, int]] = {}  # skipped until size or mtime changes
        self.new = self.duplicate = self.failed = 0
        self.stop = threading.Event()

    # -- noticing ----------------------------------------------------------------------------

    def folder_of(self, path: Path) -> Path:
        """The watched folder a path lies in (the deepest, when watched folders nest)."""
        return max((d for d in self.dirs if path.is_relative_to(d)), key=lambda d: len(d.parts), default=self.dirs[0])

    def notice(self, path: Path) -> None:
        """Start (or restart) waiting for a file that appeared or changed."""
        try:
            st = path.stat()
        except OSError:
            self.pending.pop(path, None)  # gone again, or a dangling link
            return
        if not path.is_file() or not wanted(path):
            return
        try:
            inside = path.parent.relative_to(self.folder_of(path)).parts
        except ValueError:
            return  # not under a watched folder (a symlink pointing out of it)
        if any(hidden_dir(part) for part in inside):
            return
        if self.unreadable.get(path) == (st.st_size, st.st_mtime_ns):
            return
        known = self.pending.get(path)
        if known is None or (known.size, known.mtime_ns) != (st.st_size, st.st_mtime_ns):
            if known is None and self.store.file_seen(str(path), st.st_size, st.st_mtime):
                return
            self.pending[path] = _Pending(st.st_size, st.st_mtime_ns, time.monotonic())

    def scan(self, folder: Path) -> None:
        """Notice every report file under ``folder`` not ingested before (start-up, new subfolder)."""
        for root, subdirs, files in os.walk(folder, onerror=None):
            subdirs[:] = sorted(d for d in subdirs if not hidden_dir(d))
            for name in sorted(files):
                self.notice(Path(root) / name)

    def changes(self, raw: Iterable[tuple[object, str]]) -> None:
        for _change, name in raw:
            path = Path(name)
            if path.is_dir():
                if not hidden_dir(path.name):
                    self.scan(path)  # a folder moved in brings files no event names
            else:
                self.notice(path)

    # -- ingesting ---------------------------------------------------------------------------

    def ready(self) -> list[Path]:
        """Pending files that have stood still long enough, oldest first."""
        now_mono, now_wall = time.monotonic(), time.time_ns()
        out: list[tuple[int, Path]] = []
        for path, seen in list(self.pending.items()):
            try:
                st = path.stat()
            except OSError:
                del self.pending[path]
                continue
            if (st.st_size, st.st_mtime_ns) != (seen.size, seen.mtime_ns):
                self.pending[path] = _Pending(st.st_size, st.st_mtime_ns, now_mono)
                continue
            age = (now_wall - st.st_mtime_ns) / 1e9
            if now_mono - seen.since >= self.settle or 0 <= self.settle <= age:
                out.append((st.st_mtime_ns, path))
        return [p for _, p in sorted(out)]

    def ingest_ready(self) -> None:
        for path in self.ready():
            if self.stop.is_set():
                return  # the rest stays unseen and is taken on the next start
            try:
                self.ingest(path)
            except Exception as exc:  # a locked or full store: name the file, keep watching
                self.failed += 1
                self.on_event(events.error(f"{path}: not stored: {type(exc).__name__}: {exc}"))

    def ingest(self, path: Path) -> None:
        """Read one settled file, store what it holds, remember it; never raises for the file."""
        seen = self.pending.pop(path, None)
        key = str(path)
        folder = str(self.folder_of(path))
        try:
            st = path.stat()
            limit = max_bytes()
            if st.st_size > limit:
                self._file_failed(path, st, f"{key}: too large ({st.st_size:,} bytes; the cap is {limit:,})")
                return
            data = path.read_bytes()
            after = path.stat()
        except OSError as exc:
            # Permissions or a vanished file: skipped until it changes, retried after a restart.
            self.failed += 1
            if seen is not None:
                self.unreadable[path] = (seen.size, seen.mtime_ns)
            message = f"{key}: cannot read: {exc.strerror or exc}"
            self.store.update_source(folder, "folder", error=message)
            self.on_event(events.error(message))
            return
        if (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns) or len(data) != st.st_size:
            self.pending[path] = _Pending(after.st_size, after.st_mtime_ns, time.monotonic())
            return  # still being written: wait for it to settle again
        self._store(path, st, list(read_bytes(data, key, path.suffix.lower())), folder)

    def _file_failed(self, path: Path, st: os.stat_result, message: str) -> None:
        self.failed += 1
        self.store.mark_file(str(path), st.st_size, st.st_mtime, None, "error")
        self.store.update_source(str(self.folder_of(path)), "folder", error=message, last_fetch=now_iso())
        self.on_event(events.error(message))

    def _store(self, path: Path, st: os.stat_result, items: list[ReadItem], folder: str) -> None:
        from store.pipeline import ingest_items

        first_id: list[int] = []
        errors: list[str] = []

        def on_item(item, result, error) -> None:  # type: ignore[no-untyped-def]
            if error:
                errors.append(error)
                self.on_event(events.error(error))
                return
            if item.warning:
                self.on_event(events.warning(item.warning))
            first_id.append(result.article_id)
            # Counted with its line, so the summary agrees with every line printed before it.
            if result.status == "duplicate":
                self.duplicate += 1
            else:
                self.new += 1
            title = item.article.title if item.article else None
            incidents = result.incidents_new + result.incidents_merged
            self.on_event(events.report(result.status, item.source, title, incidents))

        summary = ingest_items(self.store, items, on_item=on_item)
        self.failed += summary.failed
        status = "error" if not first_id else ("partial" if errors else "ok")
        self.store.mark_file(str(path), st.st_size, st.st_mtime, first_id[0] if first_id else None, status)
        fields: dict[str, object] = {"last_fetch": now_iso()}
        if errors:
            fields["error"] = errors[-1]
        self.store.update_source(folder, "folder", add_taken=summary.new, **fields)

    # -- the loop ----------------------------------------------------------------------------

    def start(self) -> None:
        """Mark the folders as watched and take what landed while nobody watched.

        Called once the OS watch is in place (after the first yield of watchfiles), so a file
        that lands during the scan is seen by the scan, the watch, or both (never neither).
        """
        for folder in self.dirs:
            self.store.update_source(str(folder), "folder", status="watching", last_ok=now_iso(), error=None)
        for folder in self.dirs:
            if folder.is_dir():
                self.scan(folder)
        for folder in self.dirs:
            self.on_event(events.note("watching", str(folder)))
        self.ingest_ready()

    def finish(self) -> None:
        for folder in self.dirs:
            try:
                self.store.update_source(str(folder), "folder", status="stopped")
            except Exception as exc:  # best effort on the way out; the stop itself must not fail
                self.on_event(events.error(f"{folder}: could not record the stop: {exc}"))

    def run(self, stop: threading.Event) -> None:
        """Watch until ``stop`` is set; a folder that vanishes is waited for and taken back."""
        self.stop = stop
        started = False
        missing: set[Path] = set()
        try:
            while not stop.is_set():
                live = [d for d in self.dirs if d.is_dir()]
                for folder in self.dirs:
                    if folder not in live and folder not in missing:
                        missing.add(folder)
                        message = f"{folder}: folder gone; waiting for it to come back"
                        self.store.update_source(str(folder), "folder", status="missing", error=message)
                        self.on_event(events.error(message))
                if not live:
                    while not stop.wait(1.0) and not any(d.is_dir() for d in self.dirs):
                        pass
                    continue
                try:
                    armed = False
                    for raw in self._watch(live, stop):
                        if not armed:  # the OS watch is in place: scan now, so nothing slips between
                            armed = True
                            if not started:
                                started = True
                                self.start()
                            else:
                                self._rescan(live, missing)
                        self.changes(raw)
                        self.ingest_ready()
                        if stop.is_set() or any(d.is_dir() != (d in live) for d in self.dirs):
                            break  # a folder went or came back: watch the new set
                except (OSError, RuntimeError) as exc:
                    self.on_event(events.error(f"watching stopped briefly: {type(exc).__name__}: {exc}"))
                    stop.wait(1.0)
        finally:
            self.finish()

    def _rescan(self, live: list[Path], missing: set[Path]) -> None:
        """After re-arming the watch: say which folders are back, take what landed meanwhile."""
        for folder in live:
            if folder in missing:
                missing.discard(folder)
                self.store.update_source(str(folder), "folder", status="watching", error=None)
                self.on_event(events.note("watching", f"{folder} (back)"))
            self.scan(folder)

    def _watch(self, dirs: list[Path], stop: threading.Event) -> Iterator[set[tuple[object, str]]]:
        try:
            import watchfiles
        except ImportError as exc:
            raise DependencyError.of(exc, "watching folders") from None

        yield from watchfiles.watch(
            *dirs,
            watch_filter=None,
            debounce=200,
            step=20,
            stop_event=stop,
            rust_timeout=TICK_MS,
            yield_on_timeout=True,
            raise_interrupt=True,
            recursive=True,
        )
