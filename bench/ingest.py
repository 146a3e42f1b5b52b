"""Whole ingest (process start, read, extract, write) against a plain SQLite insert with FTS5.

Both sides run as fresh processes on the same folder of ~3 KB .txt reports, in the same run:
``basewatch ingest DIR`` and a script that reads the files and inserts title and body into a
table with an FTS5 index, one transaction per report (the durability basewatch gives).
Also reports the CPU time basewatch spends per report, its worker processes included: with
extraction in a pool the wall time is that CPU time shared over the cores, so it shows what
a speed-up must cut. And checks that the ingest path imports neither Textual nor the HTTP
and HTML libraries.

    python bench/ingest.py [--n 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import articles, write_txt
from bench.machine import describe

PLAIN = r"""
import sqlite3, sys
from pathlib import Path
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL"); conn.execute("PRAGMA synchronous=NORMAL")
conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
conn.execute("CREATE VIRTUAL TABLE a_fts USING fts5(title, body, content='a', content_rowid='id')")
conn.execute("CREATE TRIGGER a_ai AFTER INSERT ON a BEGIN "
             "INSERT INTO a_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END")
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO a (title, body) VALUES (?, ?)", (title, body))
    conn.execute("COMMIT")
"""

IMPORTS = (
    "import sys, runpy; sys.argv = ['basewatch', 'ingest', '--help']; "
    "from tui.cli import cli; import store.pipeline, store.ingest.files; "
    "heavy = ('textual', 'httpx', 'trafilatura', 'lxml', 'feedparser', 'watchfiles'); "
    "print(sorted(m for m in heavy if m in sys.modules))"
)


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of a command and every process it started and waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        write_txt(folder, articles(args.n))
        ours, ours_cpu, plain = [], [], []
        for run in range(args.runs):
            wall, cpu = timed([sys.executable, "-m", "tui", "ingest", str(folder), "--db", f"{tmp}/b{run}.db", "-q"])
            ours.append(wall)
            ours_cpu.append(cpu)
            plain.append(timed([sys.executable, "-c", PLAIN, str(folder), f"{tmp}/p{run}.db"])[0])
        loaded = subprocess.run([sys.executable, "-c", IMPORTS], capture_output=True, text=True, check=True)
    m_ours, m_plain = statistics.median(ours), statistics.median(plain)
    print(f"machine: {describe()}")
    print(f"corpus: {args.n} generated ~3 KB .txt reports, {args.runs} runs each, fresh store each run")
    print(f"basewatch ingest: median {m_ours:.2f} s = {args.n / m_ours:,.0f} reports/s")
    cpu = statistics.median(ours_cpu)
    print(f"  CPU, worker processes included: median {cpu:.2f} s = {cpu / args.n * 1000:.2f} ms per report")
    print(f"plain SQLite insert + FTS5: median {m_plain:.2f} s = {args.n / m_plain:,.0f} reports/s")
    print(f"ratio: basewatch takes {m_ours / m_plain:.1f}x the plain insert")
    print(f"heavy modules imported on the ingest path: {loaded.stdout.strip()}")


if __name__ == "__main__":
    main()
