"""Dashboard benchmark: first paint, key-to-repaint latency and memory at scale.

    python bench/dashboard.py [--reports 300000] [--incidents 100000] [--runs 5] [--db PATH]

1. Builds (once, cached beside --db) a store of generated reports, incidents, quotes and
   sources with direct SQL inserts into the real schema. This helper is the only code that
   writes SQL outside store/: the benchmark may write, the dashboard never does.
2. First paint, each in a fresh process, alternating: a bare Textual app (one Static) and
   basewatch on the big store, both headless at 140x45; "paint" is the first refresh after
   the bare app mounts / after the feed's first page is in the table. Reports the time
   from process start and from App.run().
3. Key-to-repaint for moving (j, pagedown, G), drilling down (2, enter, enter), going back,
   sorting, filtering and searching: the time from the key press until the screen shows
   the result and a full repaint of it is rendered, in one headless session.
4. Peak RSS of that session.

Prints medians and ratios; bench/RESULTS.md records them with the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WEAPONS = ["drone", "rocket", "ballistic missile", "mortar", "ied", "missile"]
OUTLETS = [
    "AFP",
    "AP",
    "Reuters",
    "Xinhua",
    "Rudaw",
    "Kurdistan24",
    "Shafaq News",
    "Press TV",
    "CGTN",
    "Levant Daily",
    "The Defense Brief",
    "Meridian News",
]
SPEAKERS = [
    "a US military official",
    "Pentagon spokesperson",
    "Jon Finer",
    "an Iraqi security official",
    "Islamic Resistance in Iraq",
    "a witness",
]
WORDS = [
    "base",
    "attack",
    "drone",
    "rocket",
    "troops",
    "coalition",
    "official",
    "said",
    "statement",
    "injured",
    "killed",
    "damage",
    "intercepted",
    "militia",
    "claimed",
    "responsibility",
    "province",
    "airbase",
    "forces",
    "Iraq",
    "Syria",
    "Jordan",
]
SIZE = (140, 45)


# -- the generated store ----------------------------------------------------------------


def build(path: Path, reports: int, incidents: int, seed: int = 7) -> None:
    """A store with ``reports`` articles and ``incidents`` incidents, three reports each."""
    from store.db import Store

    if path.exists():
        path.unlink()
    Store(path).close()  # schema and gazetteer, exactly as the program creates them
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    bases = [(r[0], r[1]) for r in conn.execute("SELECT id, name FROM bases")]
    start = date(2019, 1, 1)
    now = datetime.now(UTC)
    span = (date(2024, 12, 31) - start).days

    def body(n: int) -> str:
        words = " ".join(rng.choice(WORDS) for _ in range(60))
        return f'Report {n}. {words}. "Multiple attack drones were launched", an official said. {words}.'

    with conn:
        incident_rows = []
        weapons_of = [""]
        for i in range(1, incidents + 1):
            base_id, _ = rng.choice(bases)
            day = (start + timedelta(days=rng.randrange(span))).isoformat()
            weapons = ",".join(sorted(set(rng.sample(WEAPONS, rng.choice((1, 1, 2))))))
            weapons_of.append(weapons)
            killed = rng.choice((None, None, None, 0, 1, 2, 3))
            injured = rng.choice((None, None, 1, 2, 5, 12))
            seen = (now - timedelta(seconds=(incidents - i) * 30)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            incident_rows.append(
                (
                    i,
                    base_id,
                    day,
                    weapons,
                    rng.choice((None, 1, 2)),
                    killed,
                    injured,
                    rng.choice((None, 0, 1)),
                    rng.choice((None, "Islamic Resistance in Iraq")),
                    f"{weapons} attack",
                    seen,
                    seen,
                    3,
                    2,
                )
            )
        conn.executemany(
            """INSERT INTO incidents (id, base_id, date, weapons, attack_count, killed, injured, intercepted,
                   claimed_by, summary, first_seen, updated_at, corroboration, outlets)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            incident_rows,
        )
        del incident_rows

        batch: list[tuple[object, ...]] = []
        links: list[tuple[object, ...]] = []
        for n in range(1, reports + 1):
            incident_id = (n - 1) % incidents + 1
            published = (start + timedelta(days=rng.randrange(span))).isoformat()
            arrived = (now - timedelta(seconds=(reports - n) * 10)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            title = f"{rng.choice(WEAPONS).capitalize()} attack on {rng.choice(bases)[1]}, report {n}"
            batch.append((n, f"h{n}", title, published, rng.choice(OUTLETS), body(n), f"gen/{n}.txt", arrived))
            links.append(
                (incident_id, n, published, weapons_of[incident_id], rng.choice((None, 1, 3)), rng.choice((None, 2)))
            )
            if len(batch) == 20_000:
                _flush(conn, batch, links)
                batch, links = [], []
        _flush(conn, batch, links)

        conn.executemany(
            """INSERT INTO quotes (article_id, incident_id, text, speaker, speaker_kind, indirect, start, end)
               VALUES (?,?,?,?,?,0,?,?)""",
            (
                (
                    n,
                    (n - 1) % incidents + 1,
                    "Multiple attack drones were launched",
                    rng.choice(SPEAKERS),
                    "named official",
                    12,
                    48,
                )
                for n in range(1, incidents + 1)
            ),
        )
        conn.executemany(
            "INSERT INTO sources (article_id, name, kind) VALUES (?,?,?)",
            ((n, rng.choice(OUTLETS), "news agency") for n in range(1, reports + 1)),
        )
    conn.execute("ANALYZE")
    conn.close()


def _flush(conn: sqlite3.Connection, batch: list[tuple[object, ...]], links: list[tuple[object, ...]]) -> None:
    conn.executemany(
        """INSERT INTO articles (id, content_hash, title, published, outlet, body, source_path, ingested_at)
           VALUES (?,?,?,?,?,?,?,?)""",
        batch,
    )
    conn.executemany(
        """INSERT OR IGNORE INTO incident_articles (incident_id, article_id, date, weapons, killed, injured)
           VALUES (?,?,?,?,?,?)""",
        links,
    )


def ensure_store(path: Path, reports: int, incidents: int) -> float:
    """Build the store unless a matching one is cached; returns seconds spent building."""
    marker = path.with_suffix(".json")
    wanted = {"reports": reports, "incidents": incidents, "version": 2}
    if path.exists() and marker.exists() and json.loads(marker.read_text()) == wanted:
        return 0.0
    began = time.perf_counter()
    build(path, reports, incidents)
    marker.write_text(json.dumps(wanted))
    return time.perf_counter() - began


# -- first paint (child processes) ------------------------------------------------------


def child(kind: str, db: str) -> None:
    """Run one app headless until its first meaningful paint; print the times as JSON."""
    began = time.perf_counter()
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    result: dict[str, float] = {}

    def done(app: App[None]) -> None:
        result["paint_from_run"] = time.perf_counter() - result["run"]
        result["paint_wall"] = time.time()
        app.exit()

    # "Painted" is the first frame the app hands to its driver (headless too) that shows
    # what the user came for: anything at all for the bare app, the feed's rows for ours.
    if kind == "bare":

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                yield Static("hello")

            def _display(self, screen, renderable) -> None:  # type: ignore[no-untyped-def]
                super()._display(screen, renderable)
                if renderable is not None and "paint_wall" not in result:
                    done(self)

        app: App[None] = Bare()
    else:
        from tui.app import BasewatchApp

        class Timed(BasewatchApp):
            def _display(self, screen, renderable) -> None:  # type: ignore[no-untyped-def]
                super()._display(screen, renderable)
                if (
                    renderable is not None
                    and "paint_wall" not in result
                    and self.feed.is_mounted
                    and self.feed.table.row_count
                ):
                    done(self)

        app = Timed(db)
        app.live_enabled = False
    result["imports"] = time.perf_counter() - began
    result["run"] = time.perf_counter()
    app.run(headless=True, size=SIZE)
    result.pop("run")
    print(json.dumps(result))


def first_paint(db: Path, runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"bare": [], "ours": [], "bare_run": [], "ours_run": []}
    for _ in range(runs):
        for kind in ("bare", "ours"):
            started = time.time()
            out = subprocess.run(
                [sys.executable, __file__, "--child", kind, str(db)],
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            ).stdout
            data = json.loads(out.strip().splitlines()[-1])
            times[kind].append(data["paint_wall"] - started)
            times[f"{kind}_run"].append(data["paint_from_run"])
    return times


# -- key to repaint (one session) -------------------------------------------------------


async def latencies(db: Path, rounds: int) -> tuple[dict[str, list[float]], int]:
    from textual.widgets import Input

    from tui.app import BasewatchApp
    from tui.screens.base import BaseScreen
    from tui.screens.bases import BasesScreen
    from tui.screens.feed import FeedScreen
    from tui.screens.filter import Filter
    from tui.screens.incident import IncidentScreen
    from tui.screens.search import SearchScreen
    from tui.widgets.paged_table import PagedTable

    app = BasewatchApp(db)
    app.live_enabled = False
    results: dict[str, list[float]] = {}

    async with app.run_test(size=SIZE) as pilot:
        # Every frame the app renders goes through App._display (headless too): note when,
        # and whether the screen showed the awaited result by then.
        frames: list[tuple[float, bool]] = []
        waiting: list[Callable[[], bool]] = [lambda: False]
        display = app._display

        def spy(screen: object, renderable: object) -> None:
            if renderable is not None:
                frames.append((time.perf_counter(), waiting[0]()))
            display(screen, renderable)  # type: ignore[arg-type]

        app._display = spy  # type: ignore[method-assign]

        async def settle() -> None:
            for _ in range(2):
                await app.workers.wait_for_complete()
                await pilot.pause()

        async def measure(name: str, act: Callable[[], object], ready: Callable[[], bool]) -> None:
            """From the key (or the filter being applied) to the first frame showing the result."""
            waiting[0] = ready
            mark = len(frames)
            began = time.perf_counter()
            act()
            deadline = began + 10
            while not any(shown for _, shown in frames[mark:]):
                assert time.perf_counter() < deadline, f"{name}: the screen never showed the result"
                await asyncio.sleep(0.0005)
            painted = next(when for when, shown in frames[mark:] if shown)
            results.setdefault(name, []).append(painted - began)
            waiting[0] = lambda: False
            await settle()

        def key(name: str) -> Callable[[], object]:
            return lambda: app.simulate_key(name)

        def table() -> PagedTable:
            return app.screen.query_one(PagedTable)

        def rows_on(kind: type) -> Callable[[], bool]:
            return lambda: isinstance(app.screen, kind) and bool(table().row_count) and table().loading_side is None

        await settle()
        for _ in range(rounds):
            row = table().cursor_row
            await measure("move (j)", key("j"), lambda r=row: table().cursor_row == r + 1)
            row = table().cursor_row
            await measure("page down", key("pagedown"), lambda r=row: table().cursor_row > r)
            await measure(
                "bottom (G: last page of 300k)", key("G"), lambda: rows_on(FeedScreen)() and not table().more_below
            )
            await measure(
                "top (g: first page)",
                key("g"),
                lambda: rows_on(FeedScreen)() and not table().more_above and table().cursor_row == 0,
            )
            await measure(
                "feed filter (weapon=mortar)",
                lambda: _apply_filter(app.screen, Filter(weapon="mortar")),
                rows_on(FeedScreen),
            )
            await measure("feed filter cleared", lambda: _apply_filter(app.screen, Filter()), rows_on(FeedScreen))
            await measure("sort (s: by published)", key("s"), rows_on(FeedScreen))
            await pilot.press("s")
            await settle()
            await measure("bases (2)", key("2"), rows_on(BasesScreen))
            await measure("drill: base (enter)", key("enter"), rows_on(BaseScreen))
            await measure("base sort (s: killed)", key("s"), rows_on(BaseScreen))
            await measure(
                "base filter (weapon=rocket, 2023)",
                lambda: _apply_filter(app.screen, Filter(weapon="rocket", since="2023-01-01", until="2023-12-31")),
                rows_on(BaseScreen),
            )
            await measure(
                "drill: incident (enter)",
                key("enter"),
                lambda: isinstance(app.screen, IncidentScreen) and app.screen.incident is not None,
            )
            await measure("back (escape)", key("escape"), rows_on(BaseScreen))
            await measure("back to bases (escape)", key("escape"), rows_on(BasesScreen))
            await measure("home (1)", key("1"), rows_on(FeedScreen))
            await measure("search: open (/)", key("slash"), lambda: isinstance(app.screen, SearchScreen))
            for letter, name in (("d", "search: type d"), ("r", "search: type r"), ("o", "search: type o")):
                query = app.screen.query_one(Input).value + letter
                await measure(name, key(letter), lambda q=query: app.screen.last_query == q and not _searching(app))
            await pilot.press("escape")
            await settle()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return results, rss_kb


def _apply_filter(screen: object, flt: object) -> None:
    """What the filter dialog does on enter (the dialog itself is a keypress away)."""
    screen.filter = flt  # type: ignore[attr-defined]
    screen.reload()  # type: ignore[attr-defined]


def _searching(app: object) -> bool:
    return any(w.group == "search" and not w.is_finished for w in app.workers)  # type: ignore[attr-defined]


# -- report -----------------------------------------------------------------------------


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    import textual

    return (
        f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"Textual {textual.__version__}, {platform.system()} {platform.release()}"
    )


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=300_000)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", type=Path, default=Path("/tmp/basewatch-bench-dashboard.db"))
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    print(f"machine: {machine()}")
    built = ensure_store(args.db, args.reports, args.incidents)
    conn = sqlite3.connect(args.db)
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "incidents", "incident_articles", "quotes", "sources")
    }
    conn.close()
    size_mb = args.db.stat().st_size / 1e6
    print(f"store: {counts} ({size_mb:.0f} MB; built in {built:.1f} s{' now' if built else ', cached'})")

    paint = first_paint(args.db, args.runs)
    bare, ours = statistics.median(paint["bare"]), statistics.median(paint["ours"])
    bare_run, ours_run = statistics.median(paint["bare_run"]), statistics.median(paint["ours_run"])
    print(f"\nfirst paint, median of {args.runs} fresh processes (140x45, headless):")
    print(
        f"  from process start:  bare Textual {bare * 1000:6.0f} ms   basewatch {ours * 1000:6.0f} ms   "
        f"ratio {ours / bare:.2f}x"
    )
    print(
        f"  from App.run():      bare Textual {bare_run * 1000:6.0f} ms   basewatch {ours_run * 1000:6.0f} ms   "
        f"ratio {ours_run / bare_run:.2f}x"
    )

    results, rss_kb = asyncio.run(latencies(args.db, args.rounds))
    print(f"\nkey to repaint, median of {args.rounds} (target < 50 ms):")
    for name, values in results.items():
        flag = "" if statistics.median(values) < 0.050 else "   <-- over 50 ms"
        print(f"  {name:36} {ms(values)}   (max {max(values) * 1000:.1f} ms){flag}")
    print(f"\npeak RSS of the interactive session: {rss_kb / 1024:.0f} MB (target < 200 MB)")


if __name__ == "__main__":
    main()
