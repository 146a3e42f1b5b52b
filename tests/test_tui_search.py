"""Search (/): results as you type, enter opens the hit, bad FTS syntax is a message."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_tui_support import build_store, make_app, screen_text, settle
from tui.screens.article import ArticleScreen
from tui.screens.search import SearchScreen
from tui.text import as_you_type, fts_literal
from tui.widgets.article_view import ArticleView

SIZE = (120, 40)


@pytest.fixture
def seed_db(tmp_path: Path) -> Path:
    return build_store(tmp_path)


async def test_finer_finds_his_quote_and_enter_opens_it(seed_db: Path) -> None:
    app = make_app(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "slash")  # search works from any screen
        await pilot.press(*"Finer")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        text = screen_text(app)
        assert "Feed › Bases › Search" in text
        assert "Jon Finer" in text and "“very serious”" in text
        assert "2 quotes, 1 report" in text

        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        view = app.screen.query_one(ArticleView)
        assert view.focused_sentence() == "very serious"
        assert "Jon Finer on Sunday described that attack" in screen_text(app)

        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)


async def test_results_as_you_type_match_a_prefix(seed_db: Path) -> None:
    app = make_app(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Fin")
        await settle(app, pilot)
        assert "Jon Finer" in screen_text(app)
        await pilot.press(*"ished")  # "Finished" matches nothing
        await settle(app, pilot)
        assert "0 quotes, 0 reports" in screen_text(app)
        await pilot.press(*["backspace"] * 5)  # back to "Fin"
        await settle(app, pilot)
        assert "2 quotes, 1 report" in screen_text(app)


@pytest.mark.parametrize("typed", ['"unbalanced', "drones AND", "al-Assad"])
async def test_invalid_fts_is_a_message_not_a_crash(seed_db: Path, typed: str) -> None:
    app = make_app(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *typed)
        await settle(app, pilot)
        text = screen_text(app)
        assert isinstance(app.screen, SearchScreen)
        assert "not valid FTS5 syntax" in text
        if typed == "al-Assad":  # the seed spells it so; a hyphen is FTS5 syntax
            assert "showing reports and quotes with these words as typed" in text
            assert "0 quotes, 1 report" in text
            assert "Drone attack targets US-led" in text


def test_query_helpers() -> None:
    assert as_you_type("Fin") == "Fin*"
    assert as_you_type("Jon Fin") == "Jon Fin*"
    assert as_you_type("Jo") == "Jo", "too short to expand"
    assert as_you_type("Finer ") == "Finer "  # a finished word stays whole
    assert as_you_type('"open') == '"open'
    assert as_you_type("drones OR") == "drones OR"
    assert fts_literal('al-Asad "x') == '"al-Asad" "x"'
