"""Helpers every reader shares: decoding untrusted bytes and naming untitled articles."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
TITLE_MAX = 120


def title_from_body(body: str) -> str:
    """A title for an article that has none: its first sentence, shortened."""
    first = _SENTENCE_END.split(body.strip(), maxsplit=1)[0].strip() if body.strip() else ""
    if len(first) > TITLE_MAX:
        first = first[: TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"
    return first or "(untitled)"


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
