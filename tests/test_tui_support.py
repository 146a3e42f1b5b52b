"""Helpers for the dashboard tests: seed stores with frozen times, and reading the screen.

No tests here; the test_tui_* modules import these. Screen text is read from the same SVG
a screenshot would show, so assertions are about what a user sees, not widget internals.
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from store.db import Store
from store.pipeline import ingest_paths
from tui.app import BasewatchApp

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "drone-attack-ain-al-asad-2024-01-24.txt"
SEED_TITLE = "Drone attack targets US-led coalition base in Iraq"
INGESTED = "2024-01-24T12:00:00.000000Z"
NOW = datetime(2024, 1, 24, 12, 5, tzinfo=UTC)
CELL_WIDTH = 12.2  # pixels per terminal cell in Textual's SVG export

_TEXT = re.compile(r'<text[^>]*\bx="([\d.]+)"[^>]*\by="([\d.]+)"[^>]*clip-path[^>]*>(.*?)</text>', re.S)


def freeze_times(path: Path) -> None:
    """Give every stored timestamp and path a fixed value so screens are the same each run.

    Test-only: the dashboard never writes; a test may normalise the store it built.
    """
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE articles SET ingested_at = ?, source_path = 'seeds/' || "
            "replace(source_path, rtrim(source_path, replace(source_path, '/', '')), '')",
            (INGESTED,),
        )
        conn.execute("UPDATE incidents SET first_seen = ?, updated_at = ?", (INGESTED, INGESTED))
    conn.close()


def build_store(folder: Path, *files: Path) -> Path:
    """A store in ``folder`` holding ``files`` (default: the seed article), times frozen."""
    folder.mkdir(parents=True, exist_ok=True)
    inbox = folder / "in"
    inbox.mkdir(exist_ok=True)
    for file in files or (SEED,):
        (inbox / file.name).write_bytes(file.read_bytes())
    path = folder / "store.db"
    store = Store(path)
    try:
        summary = ingest_paths(store, [inbox])
    finally:
        store.close()
    assert not summary.failed, summary.errors
    freeze_times(path)
    return path


def make_app(path: Path, *, live: bool = False) -> BasewatchApp:
    """The dashboard on ``path`` with a frozen clock; live polling only when a test needs it."""
    app = BasewatchApp(path)
    app.clock = lambda: NOW
    app.live_enabled = live
    return app


def screen_lines(app: BasewatchApp) -> list[str]:
    """The terminal's lines as the user sees them (from the screenshot SVG)."""
    rows: dict[float, list[tuple[int, str]]] = defaultdict(list)
    for x, y, content in _TEXT.findall(app.export_screenshot()):
        text = html.unescape(content).replace("\xa0", " ").rstrip("\n")
        rows[float(y)].append((round(float(x) / CELL_WIDTH), text))
    lines = []
    for _, runs in sorted(rows.items()):
        line = ""
        for column, text in sorted(runs):
            line = line.ljust(column) + text
        lines.append(line.rstrip())
    return lines


def screen_text(app: BasewatchApp) -> str:
    return "\n".join(screen_lines(app))


async def settle(app: BasewatchApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Let workers finish and their messages repaint the screen."""
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()
