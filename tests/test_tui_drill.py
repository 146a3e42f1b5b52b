"""Drilling down again: the Base and Incident screens are reused, and show only the new one."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from store import queries
from tests.test_tui_live import erbil
from tests.test_tui_support import SEED, build_store, make_app, screen_text, settle
from tui.screens import base, common
from tui.screens.base import BaseScreen
from tui.screens.bases import BasesScreen
from tui.screens.help import HelpScreen
from tui.screens.incident import IncidentScreen
from tui.widgets.keybar import KeyBar

SIZE = (120, 40)


@pytest.fixture
def two_bases(tmp_path: Path) -> Path:
    """The seed (Ain al-Asad Air Base, January 2024) and a report of rockets at Erbil Air Base."""
    extra = tmp_path / "extra"
    extra.mkdir()
    return build_store(tmp_path / "store", SEED, erbil(extra, 3))


async def walk_two_bases(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """Open the first base and its first incident, go back, and open the second base and incident."""
    await settle(app, pilot)
    await pilot.press("2", "enter")
    await settle(app, pilot)
    first_base = app.screen
    assert isinstance(first_base, BaseScreen)
    assert "Feed › Bases › Erbil Air Base" in screen_text(app)
    await pilot.press("s")  # sort by killed: the next base opens sorted by date again
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    first_incident = app.screen
    assert isinstance(first_incident, IncidentScreen)
    assert "Erbil Air Base" in screen_text(app)
    await pilot.press("tab")  # to the sources pane: the next incident opens on its fields
    await pilot.press("escape", "escape")
    await settle(app, pilot)
    assert isinstance(app.screen, BasesScreen)

    await pilot.press("j", "enter")
    await settle(app, pilot)
    assert app.screen is first_base, "the same BaseScreen, pointed at the next base"
    text = screen_text(app)
    assert "Feed › Bases › Ain al-Asad Air Base" in text
    assert "Country Iraq" in text and "Province Anbar" in text
    assert "sort: date ↓" in text
    incidents = text[text.index("Weapons") :]
    assert "2024-01-23" in incidents and "2024-01-31" not in incidents, "no row of the other base"

    await pilot.press("enter")
    await settle(app, pilot)
    assert app.screen is first_incident
    text = screen_text(app)
    assert "Feed › Bases › Ain al-Asad Air Base › 2024-01-23" in text
    assert "Multiple attack drones were launched" in text
    assert "Erbil" not in text
    assert app.focused is not None and app.focused.id == "fields"


async def test_the_second_base_and_incident_reuse_their_screens(two_bases: Path) -> None:
    app = make_app(two_bases)
    async with app.run_test(size=SIZE) as pilot:
        await walk_two_bases(app, pilot)


async def test_a_slow_store_shows_the_screen_first_and_fills_it(
    two_bases: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Data slower than OPEN_WAIT: the screen is pushed at once, loads it, and the late answer is dropped."""
    shown: list[bool] = []
    for screen in (BaseScreen, IncidentScreen):
        original = screen.show

        def show(self, target_id, name, first, original=original) -> None:  # type: ignore[no-untyped-def]
            shown.append(first is None)
            original(self, target_id, name, first)

        monkeypatch.setattr(screen, "show", show)

    def slow(query):  # type: ignore[no-untyped-def]
        def run(*args):  # type: ignore[no-untyped-def]
            time.sleep(0.2)
            return query(*args)

        return run

    monkeypatch.setattr(common, "OPEN_WAIT", 0.01)
    monkeypatch.setattr(base, "base_first", slow(base.base_first))
    monkeypatch.setattr(queries, "incident", slow(queries.incident))
    app = make_app(two_bases)
    async with app.run_test(size=SIZE) as pilot:
        await walk_two_bases(app, pilot)
    assert shown == [True] * 4, "each screen was shown before its data came"


async def test_a_click_on_the_key_line_presses_the_key(two_bases: Path) -> None:
    app = make_app(two_bases)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        line = screen_text(app).splitlines()[-1]
        assert line.startswith("⏎ Open s Sort f Filter") and line.endswith("▏^p palette")
        await pilot.click(KeyBar, offset=(line.index("? Help") + 2, 0))
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
