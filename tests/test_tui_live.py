"""Live updates: another connection writes, the running dashboard shows it without a key."""

from __future__ import annotations

import json
import time
from pathlib import Path

from store.db import Store
from store.pipeline import ingest_paths
from tests.test_tui_support import SEED_TITLE, build_store, make_app, screen_text, settle
from tui.messages import LiveUpdate
from tui.widgets.paged_table import PagedTable

SIZE = (120, 40)
DEADLINE = 10.0  # seconds: the poll runs every 0.5 s; this only bounds a broken build


def report(folder: Path, name: str, title: str, body: str) -> Path:
    path = folder / f"{name}.json"
    path.write_text(
        json.dumps(
            {
                "title": title,
                "text": body,
                "published": "2024-02-01",
                "outlet": "Wire",
                "url": f"https://example.org/{name}",
            }
        ),
        encoding="utf-8",
    )
    return path


def erbil(folder: Path, n: int = 0) -> Path:
    return report(
        folder,
        f"erbil-{n}",
        f"Rockets hit Erbil Air Base, report {n}",
        f"Two rockets on Wednesday targeted Erbil Air Base in northern Iraq, wounding {n + 1} "
        "US service members, a US official told Reuters. The Islamic Resistance in Iraq claimed the "
        "attack in a statement.",
    )


async def wait_for(app, pilot, condition) -> None:  # type: ignore[no-untyped-def]
    """Pause until ``condition()`` holds: the app's own poll must bring the change in."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < DEADLINE, "the dashboard did not show the new report"
        await pilot.pause(0.05)


async def test_new_report_appears_without_a_key(tmp_path: Path) -> None:
    db = build_store(tmp_path / "store")
    app = make_app(db, live=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert SEED_TITLE in screen_text(app)
        table = app.screen.query_one(PagedTable)
        cursor_on = table.current_key()

        writer = Store(db)  # a second connection, as `basewatch ingest` or a watcher would be
        try:
            ingest_paths(writer, [erbil(tmp_path)])
        finally:
            writer.close()

        await wait_for(app, pilot, lambda: "Rockets hit Erbil Air Base, report 0" in screen_text(app))
        lines = screen_text(app).splitlines()
        new_line = next(line for line in lines if "Rockets hit Erbil Air Base" in line)
        assert "●" in new_line, "a row that arrived since you looked is marked"
        assert lines.index(new_line) < next(i for i, line in enumerate(lines) if SEED_TITLE in line), "newest on top"
        assert table.current_key() == cursor_on, "the cursor stays on the row it was on"
        assert "1 new" in screen_text(app)
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("New: drone") or m.startswith("New: rocket") for m in messages), messages

        await pilot.press("n")  # next unread: the cursor goes to it and it counts as seen
        await settle(app, pilot)
        assert table.current_row()["title"] == "Rockets hit Erbil Air Base, report 0"  # type: ignore[index]
        assert "1 new" not in screen_text(app)
        assert "●" not in next(line for line in screen_text(app).splitlines() if "Erbil Air Base, report 0" in line)


async def test_a_burst_is_one_refresh_and_pause_holds_it(tmp_path: Path) -> None:
    db = build_store(tmp_path / "store")
    updates: list[LiveUpdate] = []
    app = make_app(db, live=True)

    def hook(message: object) -> None:
        if isinstance(message, LiveUpdate):
            updates.append(message)

    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(app, pilot)
        updates.clear()
        await pilot.press("space")
        assert app.paused
        writer = Store(db)
        try:
            ingest_paths(writer, [erbil(tmp_path, n) for n in range(5)])
        finally:
            writer.close()
        await wait_for(app, pilot, lambda: app.pending)
        assert "changes waiting" in screen_text(app)
        assert "report 4" not in screen_text(app), "paused: nothing moves"

        await pilot.press("space")
        await wait_for(app, pilot, lambda: "Rockets hit Erbil Air Base, report 4" in screen_text(app))
        await settle(app, pilot)
        assert 1 <= len(updates) <= 2, "five commits coalesce into one refresh (two if a poll fell mid-burst)"
        text = screen_text(app)
        assert all(f"Erbil Air Base, report {n}" in text for n in range(5))
        assert "5 new" in text


async def test_watched_folder_file_shows_in_the_feed(tmp_path: Path) -> None:
    """basewatch --watch DIR: a file dropped into DIR reaches the feed with no key pressed."""
    from tui.app import BasewatchApp

    db = build_store(tmp_path / "store")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    app = BasewatchApp(db, watch_dirs=[inbox])
    app.clock = make_app(db).clock
    async with app.run_test(size=SIZE) as pilot:
        # Not settle(): it waits for every worker, and the watcher runs until the app stops.
        await wait_for(app, pilot, lambda: SEED_TITLE in screen_text(app))
        staging = tmp_path / "staging"
        staging.mkdir()
        written = erbil(staging, 7)
        written.rename(inbox / written.name)  # written elsewhere, renamed into the folder
        await wait_for(app, pilot, lambda: "Rockets hit Erbil Air Base, report 7" in screen_text(app))
        line = next(x for x in screen_text(app).splitlines() if "Erbil Air Base, report 7" in x)
        assert "●" in line
    assert (inbox / written.name).exists(), "the user's file is left where it was"
