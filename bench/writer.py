"""The writer alone: ``Store.add`` of reports already extracted, against a plain insert.

Whole ingest runs extraction in worker processes, but one process writes, so the cost of a
write sets a ceiling on ingest however fast extraction gets. This measures it apart: the
reports are extracted first, outside the timing, then stored one transaction each into a
fresh store. The baseline, in the same run, inserts title and body into a table with an
FTS5 index, also one transaction per report (bench/ingest.py's plain insert, in-process).

    python bench/writer.py [--n 500] [--runs 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import articles
from bench.machine import describe
from store.db import Store, extraction_rows
from store.extract import extract
from store.gazetteer import default_gazetteer
from store.models import Article

PLAIN_SCHEMA = (
    "CREATE TABLE a (id INTEGER PRIMARY KEY, title TEXT, body TEXT)",
    "CREATE VIRTUAL TABLE a_fts USING fts5(title, body, content='a', content_rowid='id')",
    "CREATE TRIGGER a_ai AFTER INSERT ON a BEGIN "
    "INSERT INTO a_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
)


def plain(path: Path, items: list[Article]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    for statement in PLAIN_SCHEMA:
        conn.execute(statement)
    start = time.perf_counter()
    for a in items:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO a (title, body) VALUES (?, ?)", (a.title, a.body))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def ours(path: Path, items: list[Article], rows: list[object]) -> float:
    with Store(path) as store:
        start = time.perf_counter()
        for a, r in zip(items, rows, strict=True):
            store.add(a, r)  # type: ignore[arg-type]
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    items = [Article(title=t, body=b, published=p) for t, p, b in articles(args.n)]
    gazetteer = default_gazetteer()
    rows = [extraction_rows(extract(a, gazetteer)) for a in items]
    times, base = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            times.append(ours(Path(tmp) / f"s{run}.db", items, rows))
            base.append(plain(Path(tmp) / f"p{run}.db", items))
    med, med_base = statistics.median(times), statistics.median(base)
    n = len(items)
    print(f"machine: {describe()}")
    print(f"reports: {n} generated, extracted beforehand; {args.runs} runs, fresh store each run")
    print(f"Store.add: median {med / n * 1e6:,.0f} us per report = at most {n / med:,.0f} reports/s from one writer")
    print(f"plain insert + FTS5: median {med_base / n * 1e6:,.0f} us per report")
    print(f"ratio: the writer takes {med / med_base:.1f}x the plain insert")


if __name__ == "__main__":
    main()
