"""How each screen looks at 120x40 on the seed article (pytest-textual-snapshot).

Only the single seed article is used, so the pictures change when the dashboard changes,
not when the corpus grows. Times are frozen (see test_tui_support), live polling is off,
and the search box's cursor does not blink. Update after a deliberate change with
``pytest tests/test_tui_snapshots.py --snapshot-update`` and look at the report.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.test_tui_support import build_store, make_app, screen_text, settle

SIZE = (120, 40)

# screen name -> keys from the feed (each "_" is a pause for the worker to answer)
WALKS: dict[str, tuple[str, ...]] = {
    "feed": (),
    "bases": ("2",),
    "base": ("2", "enter"),
    "incident": ("2", "enter", "enter"),
    "article": ("2", "enter", "enter", "tab", "tab", "enter"),
    "search": ("slash", "F", "i", "n", "e", "r"),
    "help": ("question_mark",),
    "feeds": ("3",),
}


# Text that shows a screen's answer has arrived: a result posted after the last key can be
# still in the message queue when the workers are done (seen on a loaded machine).
READY: dict[str, str] = {"search": "2 quotes, 1 report"}


def walk(keys: tuple[str, ...], ready: str | None = None) -> Callable[[Pilot], Awaitable[None]]:
    async def run_before(pilot: Pilot) -> None:
        app = pilot.app
        await settle(app, pilot)  # type: ignore[arg-type]
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)  # type: ignore[arg-type]
        deadline = time.monotonic() + 10
        while ready and ready not in screen_text(app) and time.monotonic() < deadline:  # type: ignore[arg-type]
            await pilot.pause(0.05)
        for box in app.query(Input):
            box.cursor_blink = False
        await settle(app, pilot)  # type: ignore[arg-type]

    return run_before


@pytest.mark.parametrize("screen", list(WALKS))
def test_screen_snapshot(screen: str, tmp_path: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    app = make_app(build_store(tmp_path))
    assert snap_compare(app, terminal_size=SIZE, run_before=walk(WALKS[screen], READY.get(screen)))
