"""Helpers every reader shares: decoding untrusted bytes, naming untitled articles, and
reading the HTML that feeds and scrapers leave in a text field."""

from __future__ import annotations

import html
import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
TITLE_MAX = 120


def title_from_body(body: str) -> str:
    """A title for an article that has none: its first sentence, shortened."""
    first = _SENTENCE_END.split(body.strip(), maxsplit=1)[0].strip() if body.strip() else ""
    if len(first) > TITLE_MAX:
        first = first[: TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"
    return first or "(untitled)"


# The tags of HTML left in a text field (a feed's summary, a scraper's "text"), and character
# references. A tag must be well formed, with a name that opens with a letter and attributes written
# as attributes are, so "<10 km" or "<press@centcom.mil>" stay as they are.
_ATTRS = r"""(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*/?"""
_TAG = re.compile(rf"<(?:/[a-z][a-z0-9-]*\s*|[a-z][a-z0-9-]*{_ATTRS})>|<!--.*?-->", re.I | re.S)
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_REFERENCE = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.I)
_BLOCK = re.compile(
    rf"<(?:/\s*)?(?:p|br|div|li|ul|ol|h[1-6]|tr|table|thead|tbody|blockquote|dl|dt|dd|section|article|figure|figcaption)"
    rf"(?:{_ATTRS})?>",
    re.I,
)
_CELL_OPEN = re.compile(rf"<t[dh]{_ATTRS}>", re.I)
_CELL_CLOSE = re.compile(r"</t[dh]\s*>", re.I)


def has_markup(text: str) -> bool:
    """Whether ``text`` holds HTML tags or character references, which no reader should show."""
    return _TAG.search(text) is not None or _REFERENCE.search(text) is not None


def html_to_text(fragment: str) -> str:
    """Plain paragraphs from an HTML fragment: blocks and line breaks end paragraphs, a table's
    cells become a Markdown row ("| 20 Jan | Ain al-Asad |"), references are decoded."""
    text = _BLOCK.sub("\n\n", _SCRIPT.sub("", fragment))
    if "<t" in text or "<T" in text:
        text = _CELL_CLOSE.sub(" ", _CELL_OPEN.sub("| ", text))
    text = html.unescape(_TAG.sub("", text))
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(p + " |" if p.startswith("| ") and not p.endswith("|") else p for p in paragraphs)


_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or mostly control bytes in the first 8 KiB: not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))  # counted in C, not byte by byte
    return controls > max(8, len(head) // 20)


def decode(data: bytes) -> tuple[str, str | None]:
    """Text and a warning when the bytes were not valid UTF-8 and a fallback was used."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        position = exc.start
    try:
        return data.decode("cp1252"), f"not valid UTF-8 (byte {position}); decoded as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not valid UTF-8 (byte {position}); decoded as Latin-1"
