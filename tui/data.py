"""Read connections for the dashboard's worker threads.

A sqlite3 connection must not be used by two threads at once. Each worker borrows a
connection for the length of its query and gives it back, so concurrent workers never
share one and a worker does not pay for opening a connection every time. The live poll has
a connection of its own, because ``PRAGMA data_version`` is only meaningful when asked of
the same connection each time.
"""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from store import queries


class Readers:
    """A small pool of read connections to one store."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._all: list[sqlite3.Connection] = []

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection that no other thread uses until this block ends."""
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = queries.open_reader(self.path)
            self._all.append(conn)
        try:
            yield conn
        finally:
            self._idle.put(conn)

    def close(self) -> None:
        for conn in self._all:
            with suppress(sqlite3.Error):
                conn.close()
        self._all.clear()
