"""RSS and Atom documents read from a file: each entry becomes an article of its own text.

Fetching the linked pages is the poller's job (``store/ingest/poll.py``); a feed file read
from disk has only what its entries carry.
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterator
from time import strftime
from typing import Any

from store.errors import InputError
from store.extract.dates import normalise_published
from store.ingest.common import title_from_body
from store.ingest.textfile import markup_to_text
from store.models import Article


def entry_published(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return strftime("%Y-%m-%dT%H:%M:%S", parsed)
    return normalise_published(entry.get("published") or entry.get("updated"))


def entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    return markup_to_text(best or entry.get("summary", "") or "")


def parse_feed(document: str | bytes, source: str) -> Any:
    """The parsed feed; an InputError when the document is not a feed at all.

    The document is always handed over as a stream: given a plain string, feedparser would
    take a URL or a file path in it for a place to fetch or open.
    """
    import feedparser

    data = document.encode("utf-8") if isinstance(document, str) else document
    parsed = feedparser.parse(io.BytesIO(data))
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError(source, f"not an RSS or Atom feed ({type(reason).__name__}: {reason})")
    if not parsed.get("version") and not parsed.entries:
        raise InputError(source, "not an RSS or Atom feed")
    return parsed


def entry_article(entry: Any, outlet: str | None, source: str, body: str | None = None) -> Article:
    body = (body if body is not None else entry_text(entry)).strip()
    title = html.unescape(entry.get("title", "")).strip()
    return Article(
        title=title or title_from_body(body),
        body=body,
        published=entry_published(entry),
        outlet=outlet,
        url=entry.get("link") or None,
        byline=entry.get("author") or None,
        source_path=source,
    )


def read_feed_text(document: str | bytes, source: str) -> Iterator[Article | InputError]:
    try:
        parsed = parse_feed(document, source)
    except InputError as exc:
        yield exc
        return
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries, start=1):
        article = entry_article(entry, outlet, f"{source}#{index}")
        if article.body:
            yield article
        else:
            yield InputError(f"{source}#{index}", "feed entry has no text")
