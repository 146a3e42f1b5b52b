"""JSON articles: one object, an array of objects, or JSON Lines (one object a line)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from store.errors import InputError
from store.extract.dates import normalise_published
from store.ingest.common import has_markup, title_from_body
from store.ingest.textfile import markup_to_text
from store.models import Article

TEXT_FIELDS = ("text", "body", "content")


def article_from_object(obj: Any, source: str) -> Article:
    """An Article from a JSON object with title, text|body|content, url, published, outlet."""
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, found {type(obj).__name__}")
    body = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if body is None:
        raise InputError(source, "no article text (fields text, body or content)")
    body = _plain(body.replace("\r\n", "\n").strip())
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    return Article(
        title=(title or "").strip() or title_from_body(body),
        body=body,
        published=normalise_published(_str(obj.get("published") or obj.get("date"))),
        outlet=_str(obj.get("outlet") or obj.get("source")),
        url=_str(obj.get("url") or obj.get("link")),
        dek=_str(obj.get("dek") or obj.get("summary")),
        byline=_str(obj.get("byline") or obj.get("author")),
        source_path=source,
    )


def _plain(body: str) -> str:
    """The text a scraper kept in its markup ("<p>...&quot;...</p>") or with its line breaks
    escaped twice (a literal backslash-n), as a reader sees it."""
    if "\n" not in body and "\\n\\n" in body:
        body = body.replace("\\r\\n", "\n").replace("\\n", "\n")
    return markup_to_text(body) if has_markup(body) else body


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_json(text: str, source: str) -> Iterator[Article | InputError]:
    """Articles of a .json document; items of an array are named ``source#N`` (1-based)."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(source, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
        return
    if isinstance(doc, list):
        for index, item in enumerate(doc, start=1):
            name = f"{source}#{index}"
            try:
                yield article_from_object(item, name)
            except InputError as exc:
                yield exc
    else:
        try:
            yield article_from_object(doc, source)
        except InputError as exc:
            yield exc


def read_jsonl(text: str, source: str) -> Iterator[Article | InputError]:
    """Articles of a .jsonl file, each named ``source#LINE``; a bad line names its number."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name = f"{source}#{number}"
        try:
            yield article_from_object(json.loads(line), name)
        except json.JSONDecodeError as exc:
            yield InputError(f"{source}:{number}", f"malformed JSON line: {exc.msg} at column {exc.colno}")
        except InputError as exc:
            yield InputError(f"{source}:{number}", exc.reason)
