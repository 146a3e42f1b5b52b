"""Article pages fetched over HTTP: bounded in time, size and redirects, http(s) only."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from store.errors import InputError
from store.ingest.files import ReadItem, max_bytes

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
MAX_REDIRECTS = 5
USER_AGENT = "basewatch/0.1 (+https://example.org/basewatch; incident monitor)"


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(url, "only http and https URLs are fetched")


def fetch(url: str, limit: int | None = None, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """(response, body bytes) with the body cut off at the size cap as it streams in."""
    import httpx

    check_url(url)
    limit = max_bytes() if limit is None else limit
    timeout = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout,
                          headers={"User-Agent": USER_AGENT, **(headers or {})}) as client:
            with client.stream("GET", url) as response:
                check_url(str(response.url))
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise InputError(url, f"response larger than the cap of {limit:,} bytes")
                    chunks.append(chunk)
                return response, b"".join(chunks)
    except httpx.TooManyRedirects:
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise InputError(url, "timed out") from None
    except httpx.HTTPError as exc:
        raise InputError(url, f"fetch failed: {type(exc).__name__}: {exc}") from None


def read_url(url: str, limit: int | None = None) -> ReadItem:
    """One article page."""
    from store.ingest.common import decode
    from store.ingest.htmlpage import parse_html_article

    try:
        response, body = fetch(url, limit)
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code}")
        ctype = response.headers.get("content-type", "")
        if "html" not in ctype and "xml" not in ctype:
            raise InputError(url, f"not an HTML page (content type {ctype or 'missing'})")
        text, _warning = decode(body)
        return ReadItem(url, article=parse_html_article(text, url, url=url))
    except InputError as exc:
        return ReadItem(url, error=str(exc))


def read_urls(urls: Iterable[str], limit: int | None = None) -> Iterator[ReadItem]:
    for url in urls:
        yield read_url(url, limit)
