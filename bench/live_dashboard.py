"""File -> line on the dashboard: a report renamed into a watched folder until the feed shows it.

The dashboard runs headless in this process as ``basewatch --watch DIR`` would run it (its
own folder-watcher worker, its own 0.5 s PRAGMA data_version poll), at 140x45 on a store
built from the bundled seeds. Files are the seed article made unique, written beside the
folder and renamed in, one at a time; the clock stops when the feed table holds the row
and the screen has refreshed. The file -> store part alone is bench/live.py.

    python bench/live_dashboard.py [--files 50]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.live import percentile, report_text  # noqa: E402
from bench.machine import describe  # noqa: E402
from store.db import Store  # noqa: E402
from store.pipeline import ingest_paths  # noqa: E402
from tui.app import BasewatchApp  # noqa: E402
from tui.widgets.paged_table import PagedTable  # noqa: E402

TIMEOUT = 10.0


def feed_titles(app: BasewatchApp) -> set[str]:
    table = app.feed.query_one(PagedTable)
    return {row["title"] for row in table.rows_in_order()}


async def measure(files: int, gap: float) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db, inbox, staging = root / "store.db", root / "inbox", root / "staging"
        inbox.mkdir()
        staging.mkdir()
        with Store(db) as store:
            ingest_paths(store, [ROOT / "seeds"])
        app = BasewatchApp(db, watch_dirs=[inbox])
        times: list[float] = []
        async with app.run_test(size=(140, 45)) as pilot:
            await pilot.pause(1.0)
            for n in range(files):
                text = report_text(n)
                title = text.split("\n", 1)[0]
                path = staging / f"r{n}.txt"
                path.write_text(text, encoding="utf-8")
                start = time.perf_counter()
                path.rename(inbox / path.name)
                while title not in feed_titles(app):
                    if time.perf_counter() - start > TIMEOUT:
                        raise SystemExit(f"report {n} did not reach the feed within {TIMEOUT} s")
                    await pilot.pause(0.005)
                await pilot.pause()  # the repaint that shows it
                times.append(time.perf_counter() - start)
                await pilot.pause(gap)
        return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--gap", type=float, default=0.2, help="seconds between files")
    args = parser.parse_args()
    times = asyncio.run(measure(args.files, args.gap))
    ms = [t * 1000 for t in times]
    print(f"machine: {describe()}")
    print(f"file -> line on the dashboard, {len(ms)} files renamed into a watched folder, 140x45 headless:")
    print(
        f"  p50 {statistics.median(ms):.0f} ms   p95 {percentile(ms, 0.95):.0f} ms   max {max(ms):.0f} ms"
        "   (target p95 < 1 s)"
    )


if __name__ == "__main__":
    main()
