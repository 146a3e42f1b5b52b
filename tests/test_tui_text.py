"""Untrusted text shows literally: markup, ANSI escapes and control characters are inert."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.text import Text

from tests.test_tui_support import build_store, make_app, screen_text, settle
from tui.screens.article import ArticleScreen
from tui.text import ago, literal, one_line, safe_text, span_range, spark
from tui.widgets.paged_table import PagedTable

HOSTILE_TITLE = "[bold red]x[/] \x1b[31mred\x1b[0m [link=https://evil.example]click[/link]\r\x07 Erbil"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred", "␛[31mred"),
        ("a\rb", "a␍b"),
        ("bell\x07", "bell␇"),
        ("nul\x00", "nul␀"),
        ("csi\x9b2J", "csi\ufffd2J"),
        ("del\x7f", "del␡"),
        ("rtl\u202eevil", "rtl\ufffdevil"),
        ("[bold]x[/bold]", "[bold]x[/bold]"),
        ("tab\there", "tab here"),
    ],
)
def test_safe_text_replaces_controls_one_for_one(raw: str, shown: str) -> None:
    assert safe_text(raw) == shown
    assert len(safe_text(raw)) == len(raw), "offsets into a body stay valid"


def test_literal_never_parses_markup() -> None:
    text = literal("[bold red]x[/] [link=https://e]y[/link]")
    assert isinstance(text, Text)
    assert text.plain == "[bold red]x[/] [link=https://e]y[/link]"
    assert not text.spans
    assert one_line("a\n\n  b") == "a b"


def test_small_formatters() -> None:
    assert spark([0, 1, 4]) == "▁▃█"
    assert spark([0, 0]) == "▁▁"
    assert span_range(2, 3) == "2–3" and span_range(2, 2) == "2" and span_range(None, None) == "—"
    from tests.test_tui_support import NOW

    assert ago("2024-01-24T12:00:00Z", NOW) == "5m ago"
    assert ago(None, NOW) == "never"


async def test_hostile_title_and_body_render_as_text(tmp_path: Path) -> None:
    hostile = tmp_path / "src" / "hostile.json"
    hostile.parent.mkdir()
    hostile.write_text(
        json.dumps(
            {
                "title": HOSTILE_TITLE,
                "text": "Drones on Tuesday targeted Erbil Air Base in Iraq, a US official told AFP. "
                '[bold]Not bold[/bold] \x1b[2J\x1b[H cleared? "[red]quoted[/red]", said the official.',
                "published": "2024-01-24",
                "outlet": "[blink]Outlet[/blink]",
                "url": "https://example.org/h",
            }
        ),
        encoding="utf-8",
    )
    db = build_store(tmp_path / "store", hostile)
    app = make_app(db)
    async with app.run_test(size=(200, 40)) as pilot:  # wide: the preview shows the whole title too
        await settle(app, pilot)
        text = screen_text(app)
        assert "[bold red]x[/] ␛[31mred␛[0m [link=https://evil" in text  # the feed row (cut to its column)
        assert "[blink]Outlet[/blink]" in text
        assert "\x1b" not in text and "\r" not in text and "\x07" not in text
        table = app.screen.query_one(PagedTable)
        assert "[bold red]x[/] ␛[31mred" in table.row_text("1")
        segments = [s for strip in table._row_lines("1") for s in strip]
        assert not any(s.style and (s.style.link or s.style.blink) for s in segments), "markup styled nothing"

        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        text = screen_text(app)
        assert HOSTILE_TITLE.replace("\x1b", "␛").replace("\r", "␍").replace("\x07", "␇") in text
        assert "[bold]Not bold[/bold]" in text
        assert "␛[2J␛[H cleared?" in text
        assert "[red]quoted[/red]" in text
        svg = app.export_screenshot()
        assert "\x1b" not in svg and 'evil.example" ' not in svg
