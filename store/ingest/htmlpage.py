"""HTML article pages: the main text and metadata by trafilatura.

trafilatura (and lxml under it) is imported only when a page is read, so that ingesting
text and JSON never pays for it.
"""

from __future__ import annotations

from store.errors import InputError
from store.extract.dates import normalise_published
from store.ingest.common import title_from_body
from store.models import Article

MIN_TEXT = 40


def parse_html_article(html: str, source: str, url: str | None = None) -> Article:
    """The article inside an HTML page; navigation, footers and asides are left out."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if doc is None:
        raise InputError(source, "no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (data.get("text") or "").strip()
    if len(body) < MIN_TEXT:
        raise InputError(source, "no article text found in the HTML page")
    body = "\n\n".join(p.strip() for p in body.split("\n") if p.strip())
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
