"""Walking the dashboard with the keys: Feed -> Bases -> Base -> Incident -> Article and back."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_tui_support import SEED_TITLE, build_store, make_app, screen_text, settle
from tui.screens.article import ArticleScreen
from tui.screens.base import BaseScreen
from tui.screens.bases import BasesScreen
from tui.screens.feed import FeedScreen
from tui.screens.help import HelpScreen
from tui.screens.incident import IncidentScreen
from tui.widgets.paged_table import PagedTable

SIZE = (120, 40)


@pytest.fixture
def seed_db(tmp_path: Path) -> Path:
    return build_store(tmp_path)


async def test_walk_down_and_back(seed_db: Path) -> None:
    app = make_app(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, FeedScreen)
        text = screen_text(app)
        assert SEED_TITLE in text
        assert "Ain al-Asad Air Base" in text

        await pilot.press("2")
        await settle(app, pilot)
        assert isinstance(app.screen, BasesScreen)
        lines = screen_text(app).splitlines()
        header = next(i for i, line in enumerate(lines) if "Base" in line and "Incidents" in line)
        assert "Ain al-Asad Air Base" in lines[header + 1], "the base with the newest incident comes first"
        assert "2024-01-23" in lines[header + 1]
        assert "Feed › Bases" in screen_text(app)

        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BaseScreen)
        text = screen_text(app)
        assert "Feed › Bases › Ain al-Asad Air Base" in text
        assert "Country Iraq" in text and "Province Anbar" in text
        incidents = text[text.index("Weapons") :]
        assert incidents.index("2024-01-23") < incidents.index("2024-01-20"), "incidents newest first"

        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, IncidentScreen)
        text = screen_text(app)
        assert "Feed › Bases › Ain al-Asad Air Base › 2024-01-23" in text
        assert "Multiple attack drones were launched" in text
        assert "AFP" in text
        assert "Islamic Resistance in I" in text and "claimant statement" in text  # truncated at 120 columns

        await pilot.press("tab", "tab")  # fields, sources, then the quotes pane
        await settle(app, pilot)
        assert app.focused is not None and app.focused.id == "quotes"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        text = screen_text(app)
        assert "Several drones on Tuesday targeted an airbase in Iraq" in text
        assert "2024-01-23 › Drone attack targets US-led coalition" in text
        assert app.screen.query_one("ArticleView").focus_span is not None, "scrolled to the quote"

        for expected in (IncidentScreen, BaseScreen, BasesScreen, FeedScreen):
            await pilot.press("escape")
            await settle(app, pilot)
            assert isinstance(app.screen, expected)
        await pilot.press("escape")  # nowhere to go from home: nothing happens
        await pilot.press("backspace")
        await settle(app, pilot)
        assert isinstance(app.screen, FeedScreen)
        assert SEED_TITLE in screen_text(app)


async def test_moving_keys_and_views(seed_db: Path) -> None:
    app = make_app(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2")
        await settle(app, pilot)
        table = app.screen.query_one(PagedTable)
        assert table.cursor_row == 0
        await pilot.press("j", "j", "down")
        assert table.cursor_row == 3
        await pilot.press("k")
        assert table.cursor_row == 2
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("pagedown")
        assert table.cursor_row > 10
        kept = table.cursor_row

        await pilot.press("enter", "3")  # 3 from deep down: straight to Feeds, above the feed
        await settle(app, pilot)
        assert "Feed › Feeds" in screen_text(app)
        assert "No feeds or watched folders" in screen_text(app)
        await pilot.press("1")
        await settle(app, pilot)
        assert isinstance(app.screen, FeedScreen)
        assert len(app.screen_stack) == 2

        await pilot.press("2")
        await settle(app, pilot)
        assert app.screen.query_one(PagedTable).cursor_row == kept, "the bases list is the same one, kept"


async def test_sort_and_filter_base_incidents(seed_db: Path) -> None:
    app = make_app(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "enter")
        await settle(app, pilot)
        assert "sort: date ↓" in screen_text(app)
        await pilot.press("S")
        await settle(app, pilot)
        text = screen_text(app)
        assert "sort: date ↑" in text
        incidents = text[text.index("Weapons") :]
        assert incidents.index("2024-01-20") < incidents.index("2024-01-23"), "S reverses: oldest first"
        await pilot.press("s")
        await settle(app, pilot)
        assert "sort: killed ↓" in screen_text(app)

        await pilot.press("f")
        await settle(app, pilot)
        assert "Filter" in screen_text(app)
        await pilot.press("tab")  # the weapon picker is first; date fields follow
        since = app.screen.query_one("#since")
        since.value = "2024-01-22"  # type: ignore[attr-defined]
        since.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        text = screen_text(app)
        assert isinstance(app.screen, BaseScreen)
        assert "filter: 2024-01-22..…" in text
        incidents = text[text.index("Weapons") :]
        assert "2024-01-23" in incidents and "2024-01-20" not in incidents


async def test_help_lists_this_screens_keys(seed_db: Path) -> None:
    app = make_app(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for line in (
            "On this screen (Feed)",
            "Next new",
            "Sort",
            "Filter",
            "In lists",
            "Everywhere",
            "Search",
            "Quit",
            "Command palette",
        ):
            assert line in text
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, FeedScreen)


async def test_palette_offers_every_key(seed_db: Path) -> None:
    app = make_app(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("Bases (2)", "Search (/)", "Next new (n)", "Filter (f)", "Help (?)"):
            assert title in titles


async def test_copy_pause_and_quit(seed_db: Path) -> None:
    app = make_app(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "enter", "enter", "tab", "tab")
        await settle(app, pilot)
        await pilot.press("c")
        assert app.clipboard == "“Multiple attack drones were launched” — a US military official (told AFP)"

        await pilot.press("space")
        await settle(app, pilot)
        assert "paused" in screen_text(app)
        await pilot.press("space")
        await settle(app, pilot)
        assert "● live" in screen_text(app)

        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0
