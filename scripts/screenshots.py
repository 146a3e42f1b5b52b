"""Save an SVG of every dashboard screen, headless, from a store built from seeds/.

    python scripts/screenshots.py [--out screenshots] [--size 140x45]

The store is built in a temporary folder (the bundled seeds are ingested as a new user's
first run would); the clock is frozen five minutes after the last ingest so relative
times read naturally. Each screen is reached with the keys a user would press.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.db import Store  # noqa: E402
from store.pipeline import ingest_paths  # noqa: E402
from tui.app import BasewatchApp  # noqa: E402
from tui.text import parse_time  # noqa: E402
from tui.widgets.paged_table import PagedTable  # noqa: E402

BASE = "Ain al-Asad Air Base"
INCIDENT_DATE = "2024-01-23"


def build_store(folder: Path) -> Path:
    path = folder / "seeds.db"
    store = Store(path)
    try:
        ingest_paths(store, [ROOT / "seeds"])
        last = store.conn.execute("SELECT max(ingested_at) FROM articles").fetchone()[0]
    finally:
        store.close()
    (folder / "last").write_text(last)
    return path


async def settle(app: BasewatchApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause(0.05)


async def cursor_to(app: BasewatchApp, pilot, match) -> None:  # type: ignore[no-untyped-def]
    """Move the focused table's cursor to the first row ``match`` accepts (as j presses would)."""
    table = app.screen.query_one(PagedTable)
    for index, row in enumerate(table.rows_in_order()):
        if match(row):
            table.move_cursor(row=index)
            break
    await settle(app, pilot)


async def shoot(db: Path, out: Path, size: tuple[int, int], now) -> list[Path]:  # type: ignore[no-untyped-def]
    app = BasewatchApp(db)
    app.clock = lambda: now
    app.live_enabled = False
    saved: list[Path] = []

    def save(name: str) -> None:
        saved.append(Path(app.save_screenshot(filename=f"{name}.svg", path=str(out))))

    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        save("feed")
        await pilot.press("2")
        await settle(app, pilot)
        save("bases")
        await cursor_to(app, pilot, lambda r: r["name"] == BASE)
        await pilot.press("enter")
        await settle(app, pilot)
        save("base")
        await cursor_to(app, pilot, lambda r: r["date"].startswith(INCIDENT_DATE))
        await pilot.press("enter")
        await settle(app, pilot)
        save("incident")
        await pilot.press("tab", "tab")  # fields, sources, quotes
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        save("article")
        await pilot.press("escape", "escape", "escape", "slash")
        await pilot.press(*"Finer")
        await settle(app, pilot)
        save("search")
        await pilot.press("enter")
        await settle(app, pilot)
        save("search-hit")
        await pilot.press("question_mark")
        await settle(app, pilot)
        save("help")
        await pilot.press("escape", "3")
        await settle(app, pilot)
        save("feeds")
        await pilot.press("2", "f")
        await settle(app, pilot)
        save("filter")
        await pilot.press("escape", "1", "t")
        await settle(app, pilot)
        save("feed-light")
    small = BasewatchApp(db)
    small.clock = lambda: now
    small.live_enabled = False
    async with small.run_test(size=(80, 24)) as pilot:
        await settle(small, pilot)
        saved.append(Path(small.save_screenshot(filename="feed-80x24.svg", path=str(out))))
        await pilot.press("2", "enter", "enter")
        await settle(small, pilot)
        saved.append(Path(small.save_screenshot(filename="incident-80x24.svg", path=str(out))))
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--size", default="140x45")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = build_store(Path(tmp))
        now = parse_time((Path(tmp) / "last").read_text())
        assert now is not None
        for path in asyncio.run(shoot(db, args.out, (width, height), now + timedelta(minutes=5))):
            print(path)


if __name__ == "__main__":
    main()
