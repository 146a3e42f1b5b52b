"""Live ingestion latency: a file landing in a watched folder -> its row visible in the store.

Runs the real command (``python -m tui watch DIR --db FILE``) in its own process, as a user
would, and from this process drops 2-3 KB reports into DIR one at a time, then polls the
store with a separate read connection (every 2 ms) until the report's row is visible.
Three ways of landing, measured separately:

- rename: written beside DIR on the same file system, then renamed in (the way tools
  should deliver files);
- write: written in place under its final name;
- rename-old: renamed in, its mtime already older than the settle time (a file written
  a while ago, delivered by a sync tool or ``mv`` from elsewhere).

The watcher cannot tell a fresh rename from a write in place (watchfiles reports both as
"added"), so both wait for the file to stand still for the settle time (0.3 s by default,
``BASEWATCH_WATCH_SETTLE``); a file whose mtime is already that old is read at once.

This measures file -> store only. The dashboard adds its own poll of PRAGMA data_version
and a repaint; that part (file -> line on screen) is measured on the dashboard side.

    python bench/live.py              # 50 files each way, print the table
    python bench/live.py --write      # and record it in bench/RESULTS.md under "Live ingestion"
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import describe as machine  # noqa: E402

SEED = ROOT / "seeds" / "drone-attack-ain-al-asad-2024-01-24.txt"
RESULTS = ROOT / "bench" / "RESULTS.md"
HEADING = "## Live ingestion"
TIMEOUT = 10.0


def report_text(n: int) -> str:
    """The seed article made unique (the store drops exact duplicates)."""
    text = SEED.read_text(encoding="utf-8")
    title, rest = text.split("\n", 1)
    return f"{title} (bench {n})\n{rest}\nBench report {n}.\n"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Watch:
    """``basewatch watch`` in a subprocess, ready once it says it is watching."""

    def __init__(self, inbox: Path, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tui", "watch", str(inbox), "--db", str(db)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        if not self.ready.wait(30):
            self.proc.kill()
            raise SystemExit("the watcher did not start within 30 s")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("watching"):
                self.ready.set()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def visible(conn: sqlite3.Connection, path: Path) -> bool:
    return conn.execute("SELECT 1 FROM articles WHERE source_path = ?", (str(path),)).fetchone() is not None


MODES = ("rename", "write", "rename-old")


def land(inbox: Path, staging: Path, n: int, how: str) -> tuple[Path, float]:
    target = inbox / f"report-{how}-{n:03d}.txt"
    data = report_text(MODES.index(how) * 1000 + n)
    if how == "write":
        target.write_text(data, encoding="utf-8")
    else:
        tmp = staging / target.name
        tmp.write_text(data, encoding="utf-8")
        if how == "rename-old":
            past = time.time() - 5
            os.utime(tmp, (past, past))
        os.rename(tmp, target)
    return target, time.perf_counter()


def measure(inbox: Path, staging: Path, db: Path, how: str, files: int, gap: float) -> list[float]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    latencies: list[float] = []
    try:
        for n in range(files):
            path, landed = land(inbox, staging, n, how)
            deadline = landed + TIMEOUT
            while not visible(conn, path):
                if time.perf_counter() > deadline:
                    raise SystemExit(f"{path.name}: not in the store after {TIMEOUT:g} s")
                time.sleep(0.002)
            latencies.append(time.perf_counter() - landed)
            time.sleep(gap)
    finally:
        conn.close()
    return latencies


def table(results: dict[str, list[float]], files: int) -> list[str]:
    lines = ["| landing | files | p50 | p95 | max |", "| --- | ---: | ---: | ---: | ---: |"]
    for how, values in results.items():
        lines.append(
            f"| {how} | {files} | {statistics.median(values) * 1000:.0f} ms | "
            f"{percentile(values, 0.95) * 1000:.0f} ms | {max(values) * 1000:.0f} ms |"
        )
    return lines


def section(results: dict[str, list[float]], files: int) -> str:
    return "\n".join(
        [
            HEADING,
            "",
            "`python bench/live.py --write`: time from a report file landing in a folder watched by",
            "`basewatch watch` (its own process) to its row being visible to another connection on the",
            "store. Each file is the 2.2 KB seed article made unique, dropped one at a time.",
            "`rename` = written beside the folder and renamed in; `write` = written in place;",
            "`rename-old` = renamed in with an mtime already 5 s old. A fresh file (the first two) is",
            "read once it has stood still for the settle time (0.3 s, `BASEWATCH_WATCH_SETTLE`):",
            "watchfiles reports a rename and a write alike, so stillness is the only proof a file is",
            "complete. The rest is the watch tick (50 ms), reading, extraction and the write.",
            "File -> line on the dashboard adds the dashboard's own poll and repaint, measured there.",
            "",
            f"Machine: {machine()}. Measured {time.strftime('%Y-%m-%d')}.",
            "",
            *table(results, files),
            "",
            "Target: p95 under 1 s (issue 5).",
            "",
        ]
    )


def record(text: str) -> None:
    """Replace the Live ingestion section of RESULTS.md (or add it), leaving other sections alone."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n\n"
    start = old.find(HEADING + "\n")
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = old.find("\n## ", start + len(HEADING))
        new = old[:start] + text + (old[end + 1 :] if end >= 0 else "")
    RESULTS.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", type=int, default=50, help="files per landing mode (default 50)")
    parser.add_argument("--gap", type=float, default=0.1, help="seconds between files (default 0.1)")
    parser.add_argument("--write", action="store_true", help="record the result in bench/RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="basewatch-live-") as tmp:
        inbox, staging, db = Path(tmp) / "inbox", Path(tmp) / "staging", Path(tmp) / "store.db"
        inbox.mkdir()
        staging.mkdir()
        watch = Watch(inbox, db)
        try:
            results = {how: measure(inbox, staging, db, how, args.files, args.gap) for how in MODES}
        finally:
            watch.stop()
    print(f"Machine: {machine()}")
    print("\n".join(table(results, args.files)))
    if args.write:
        record(section(results, args.files))
        print(f"recorded in {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
