"""The one-line messages live ingestion reports, shared by the watcher, poller and replay.

The CLI prints them and the dashboard shows them in its log, so each is one line, starts
with a fixed word (``new``, ``duplicate``, ``error:``, ``warning:``, ``feed``, ``watching``)
that a caller can route on, and carries no control character or escape sequence from the
untrusted text it quotes (an article title can hold ANSI escapes).
"""

from __future__ import annotations

from collections.abc import Callable

from store.ingest.web import one_line

OnEvent = Callable[[str], None]
TITLE_WIDTH = 90


def report(status: str, source: str, title: str | None = None, incidents: int = 0) -> str:
    """``new       SOURCE — TITLE (2 incidents)``: one stored (or duplicate) report."""
    line = f"{status:9} {one_line(source, 200)}"
    if title:
        line += f" — {one_line(title, TITLE_WIDTH)}"
    if incidents:
        line += f" ({incidents} incident{'s' if incidents != 1 else ''})"
    return line


def error(message: str) -> str:
    return f"error: {one_line(message, 400)}"


def warning(message: str) -> str:
    return f"warning: {one_line(message, 400)}"


def note(word: str, message: str) -> str:
    """A status line about a source rather than a report: ``feed``, ``watching``, ``replay``."""
    return f"{word:9} {one_line(message, 400)}"


def is_error(line: str) -> bool:
    return line.startswith(("error:", "warning:"))
