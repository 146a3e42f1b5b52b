"""Reading paths: files by their kind, folders recursively, every failure named.

Nothing here writes; each input yields Articles or :class:`InputError` values, so one bad
file never stops a batch.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from store.errors import InputError
from store.extract.dates import find_absolute_date
from store.ingest.common import decode, looks_binary
from store.ingest.jsonfile import read_json, read_jsonl
from store.ingest.textfile import parse_text_article
from store.models import Article

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


def max_bytes() -> int:
    """The size cap for one input, from ``BASEWATCH_MAX_BYTES`` or 10 MB."""
    try:
        return int(os.environ.get("BASEWATCH_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class ReadItem:
    """One outcome of reading: an article (maybe with a warning) or an error."""

    source: str
    article: Article | None = None
    error: str | None = None
    warning: str | None = None


def is_candidate(path: Path) -> bool:
    """Files a folder scan takes: known article kinds, not hidden, not temporary."""
    name = path.name
    if name.startswith((".", "~")) or name.endswith(("~", ".tmp", ".part", ".crdownload", ".swp")):
        return False
    return path.suffix.lower() in KNOWN_SUFFIXES


def expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files named, and the candidate files inside folders named, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_candidate(p))
        elif path.is_file():
            yield path
        elif path.exists():
            yield InputError(str(path), "not a regular file")
        else:
            yield InputError(str(path), "no such file or directory")


def read_file(path: Path, limit: int | None = None) -> Iterator[ReadItem]:
    """Every article in one file."""
    source = str(path)
    limit = max_bytes() if limit is None else limit
    try:
        size = path.stat().st_size
        if size > limit:
            yield ReadItem(source, error=f"{source}: too large ({size:,} bytes; the cap is {limit:,})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadItem(source, error=f"{source}: cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, source, path.suffix.lower())


def read_bytes(data: bytes, source: str, suffix: str = "") -> Iterator[ReadItem]:
    """Every article in the bytes of one input of the given kind (by suffix, else sniffed)."""
    if not data.strip():
        yield ReadItem(source, error=f"{source}: empty file")
        return
    if looks_binary(data):
        yield ReadItem(source, error=f"{source}: binary file, not an article")
        return
    text, warning = decode(data)
    kind = suffix if suffix in KNOWN_SUFFIXES else _sniff(text)
    for outcome in _parse(text, source, kind, data):
        if isinstance(outcome, InputError):
            yield ReadItem(outcome.source, error=str(outcome))
        elif not outcome.body.strip():
            yield ReadItem(outcome.source_path or source, error=f"{source}: no article text")
        else:
            if outcome.published is None and (found := _date_elsewhere(outcome, source)) is not None:
                outcome = replace(outcome, published=found[0])
                warning = "; ".join(w for w in (warning, f"no publication date; took {found[0]} from {found[1]}") if w)
            yield ReadItem(
                outcome.source_path or source, article=outcome, warning=f"{source}: {warning}" if warning else None
            )
            warning = None


_ISO_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_]?([01]\d)[-_]?([0-3]\d)(?!\d)")


def _date_elsewhere(article: Article, source: str) -> tuple[str, str] | None:
    """A publication date for an article that gave none: one in its file name
    ("tower22-2024-01-29.html"), else a full date in its title or opening lines. Without it,
    "on Sunday" would be read against the day of ingest."""
    if (m := _ISO_IN_NAME.search(Path(source).name)) is not None:
        with suppress(ValueError):
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat(), "the file name"
    found = find_absolute_date(f"{article.title}\n{article.body[:300]}")
    return None if found is None else (found[0].isoformat(), "the opening lines")


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith(("{", "[")):
        return ".jsonl" if "\n{" in text.strip() and not head.startswith("[") else ".json"
    if head.startswith("<?xml") or "<rss" in head or "<feed" in head:
        return ".xml"
    if head.startswith("<"):
        return ".html"
    return ".txt"


def _parse(text: str, source: str, kind: str, data: bytes) -> Iterator[Article | InputError]:
    if kind in JSON_SUFFIXES:
        yield from read_json(text, source)
    elif kind in JSONL_SUFFIXES:
        yield from read_jsonl(text, source)
    elif kind in HTML_SUFFIXES:
        from store.ingest.htmlpage import parse_html_article

        try:
            yield parse_html_article(text, source)
        except InputError as exc:
            yield exc
    elif kind in FEED_SUFFIXES:
        from store.ingest.feedfile import read_feed_text

        yield from read_feed_text(data, source)  # the bytes: the XML declares its own encoding
    else:
        yield parse_text_article(text, source, markdown=kind in {".md", ".markdown"})


def read_paths(paths: Iterable[str | Path], limit: int | None = None) -> Iterator[ReadItem]:
    """Everything in the named paths, file by file."""
    for item in expand(paths):
        if isinstance(item, InputError):
            yield ReadItem(item.source, error=str(item))
        else:
            yield from read_file(item, limit)
