"""Turning untrusted store text into inert, display-ready strings and Rich Text.

Everything an article says (title, body, quotes, speaker names) arrives from the network.
It must show literally: Rich markup stays text because we only ever build
``rich.text.Text(str)`` (never ``Text.from_markup``), and control characters are replaced
one-for-one by visible stand-ins so an ESC can never start a terminal escape sequence and
character offsets into a body (evidence spans) stay valid after cleaning.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from rich.text import Text

# C0 controls except tab and newline, DEL, the C1 block (0x80-0x9F: 0x9B is a one-byte CSI),
# and the bidi embedding/override/isolate marks that can make text display in another order.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACE_RUN = re.compile(r"\s+")
SPARK_BARS = "▁▂▃▄▅▆▇█"
DASH = "—"


def _picture(match: re.Match[str]) -> str:
    """The visible stand-in for one control character: ␛ for ESC, ␍ for CR, ␇ for BEL."""
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def safe_text(value: object, *, keep_newlines: bool = True) -> str:
    """``value`` as a string that cannot style or move the terminal; same length as the input.

    Tabs become one space (not expanded) and, unless ``keep_newlines``, newlines too, so
    the result still lines up character for character with the stored text.
    """
    if value is None:
        return ""
    text = _CONTROL.sub(_picture, str(value))
    text = text.replace("\t", " ")
    if not keep_newlines:
        text = text.replace("\n", " ")
    return text


def one_line(value: object) -> str:
    """Untrusted text for a table cell or a title: safe, on one line, runs of space folded."""
    return _SPACE_RUN.sub(" ", safe_text(value, keep_newlines=False)).strip()


def literal(value: object, style: str = "", *, keep_newlines: bool = False) -> Text:
    """A Rich Text that shows ``value`` exactly as written (markup is not interpreted)."""
    text = safe_text(value, keep_newlines=keep_newlines) if keep_newlines else one_line(value)
    return Text(text, style=style, no_wrap=not keep_newlines, overflow="ellipsis")


def day(value: str | None) -> str:
    """The YYYY-MM-DD part of an ISO date or datetime."""
    return (value or "")[:10]


def number(value: int | None) -> str:
    return DASH if value is None else f"{value:,}"


def parse_time(value: str | None) -> datetime | None:
    """An ISO timestamp from the store (``...Z`` or naive UTC) as an aware datetime."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def ago(value: str | None, now: datetime) -> str:
    """How long before ``now`` a stored timestamp was, the way htop and k9s say it: 42s, 5m, 3h, 2d."""
    moment = parse_time(value)
    if moment is None:
        return "never"
    seconds = max(0, int((now - moment).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit} ago"
    return f"{seconds}s ago"


def spark(values: list[int], top: int | None = None) -> str:
    """A one-line bar chart; zero is a flat baseline so quiet periods read as quiet.

    ``top`` scales several charts alike (one column of a table) instead of each to its own peak.
    """
    if not values:
        return ""
    top = max(values) if top is None else top
    if top <= 0:
        return SPARK_BARS[0] * len(values)
    steps = len(SPARK_BARS) - 1
    return "".join(SPARK_BARS[0] if v <= 0 else SPARK_BARS[max(1, round(v / top * steps))] for v in values)


def plural(count: int, noun: str) -> str:
    """``1 report``, ``3 reports``."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def weapons(value: str | None) -> str:
    """``drone,rocket`` as ``drone, rocket``."""
    return ", ".join(w for w in (value or "").split(",") if w)


def casualties(killed: int | None, injured: int | None, injuries_reported: int | None = 0) -> str:
    """``3 killed, 40 injured``; ``injured`` alone when reports speak of injuries without a figure."""
    parts = []
    if killed:
        parts.append(f"{killed} killed")
    if injured:
        parts.append(f"{injured} injured")
    elif injuries_reported and not injured:
        parts.append("injured")
    return ", ".join(parts)


def span_range(low: int | None, high: int | None) -> str:
    """A figure that reports disagree on, as ``2-3``; a single figure as itself."""
    if low is None and high is None:
        return DASH
    if high is None or low == high:
        return str(low if low is not None else high)
    if low is None:
        return str(high)
    return f"{low}–{high}"


def fts_literal(query: str) -> str:
    """The words of ``query`` as quoted FTS5 strings, so ``al-Asad`` or ``"x`` search as typed."""
    words = [w.replace('"', "") for w in query.split()]
    words = [w for w in words if w]
    return " ".join(f'"{w}"' for w in words)


def as_you_type(query: str) -> str:
    """Let the last bare word match as a prefix while it is being typed: ``Fin`` finds Finer."""
    stripped = query.rstrip()
    if not stripped or stripped != query or stripped.count('"') % 2:
        return query
    last = stripped.split()[-1]
    # From three letters: a one- or two-letter prefix expands to thousands of terms (60 ms
    # at 300,000 reports) and matches nearly everything anyway.
    if len(last) >= 3 and last.isalnum() and last.upper() not in {"AND", "OR", "NOT", "NEAR"}:
        return stripped + "*"
    return query
