"""Opening the store file: the checks and pragmas every process agrees on.

Kept apart from store/db.py so that readers (the dashboard, exports) open the store
without importing the writer, sqlite-utils and the merge rules.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store.errors import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that exists and is not a SQLite database."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a SQLite store")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                raise StoreError(f"{path}: not a SQLite database; refusing to use it as a store")


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the pragmas every process on the store agrees on."""
    path = Path(path)
    check_sqlite_file(path)
    if readonly:
        conn = sqlite3.connect(
            f"file:{path}?mode=ro",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
