"""HTML article pages: the main text and metadata by trafilatura.

trafilatura (and lxml under it) is imported only when a page is read, so that ingesting
text and JSON never pays for it.
"""

from __future__ import annotations

import re

from store.errors import InputError
from store.extract.dates import normalise_published
from store.ingest.common import title_from_body
from store.ingest.textfile import named_table_rows
from store.models import Article

MIN_TEXT = 40


# Lines a page puts between the paragraphs that are no part of the report: links to other stories.
_PROMO = re.compile(
    r"^(?:read more|related|also read|see also|more on this|recommended|watch|listen|sign up|subscribe)\b\s*[:|–—-]",
    re.I,
)
# "on <time datetime="2020-01-08">8 January 2020</time>" inside a sentence: the extractor drops a
# time element's words, so the sentence keeps them as plain text (a byline's time stays a tag).
_INLINE_TIME = re.compile(r"(?<=[a-z,] )<time\b[^>]*>([^<]{1,60})</time>")
_ONLY_QUOTE = re.compile(r"^[\"“](?P<inner>[^\"“”]{20,})[\"”]\s*$")


def _article_paragraphs(paragraphs: list[str]) -> list[str]:
    """The paragraphs of the report: no "Read more:" links, and no pull quote that only repeats,
    set apart, words the report quotes in its text."""
    kept = [p for p in paragraphs if not _PROMO.match(p)]
    out = []
    for i, p in enumerate(kept):
        m = _ONLY_QUOTE.match(p)
        inner = m["inner"].strip().rstrip(".,") if m else ""
        if inner and any(inner in other for j, other in enumerate(kept) if j != i):
            continue
        out.append(p)
    return out


def parse_html_article(html: str, source: str, url: str | None = None) -> Article:
    """The article inside an HTML page; navigation, footers and asides are left out."""
    import trafilatura

    if "<time" in html:
        html = _INLINE_TIME.sub(r"\1", html)
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
    )
    if doc is None:
        raise InputError(source, "no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (data.get("text") or "").strip()
    if len(body) < MIN_TEXT:
        raise InputError(source, "no article text found in the HTML page")
    lines = [p.strip() for p in body.split("\n") if p.strip()]
    if "|" in body:
        lines = named_table_rows(lines)  # trafilatura writes a table as Markdown rows
    body = "\n\n".join(_article_paragraphs(lines))
    title = (data.get("title") or "").strip()
    return Article(
        title=title or title_from_body(body),
        body=body,
        published=normalise_published(data.get("date")),
        outlet=data.get("sitename") or None,
        url=url or data.get("url") or None,
        dek=data.get("description") or None,
        byline=data.get("author") or None,
        source_path=source if url is None else None,
    )
