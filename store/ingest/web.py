"""Everything basewatch fetches over HTTP goes through here, bounded in every direction.

A feed or page is untrusted and so is the server behind it: it may hang, drip a byte a
second, redirect forever or to ``file://``, send a gzip bomb or an endless body, or answer
with an image. Each of those ends as one :class:`FetchError` line naming the URL, and none
of them can hold a poller longer than the deadline or hold more than the size cap in memory.

Redirects are followed by hand (not by httpx) so that every hop is checked for its scheme
and counted; the body is read raw and decompressed here, chunk by chunk, with the output
capped, so a 50 KB gzip bomb stops at the cap instead of inflating to gigabytes first.
httpx is imported only when something is fetched.
"""

from __future__ import annotations

import codecs
import os
import re
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from store.errors import BasewatchError, InputError
from store.ingest.files import ReadItem, max_bytes
from store.models import Article

if TYPE_CHECKING:
    import httpx

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
DEADLINE = 30.0
MAX_REDIRECTS = 5
USER_AGENT = "basewatch/0.1 (terminal incident monitor; polls politely, honours ETag and Last-Modified)"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
XML_TYPES = frozenset({"application/xml", "text/xml"})  # XHTML or a feed: the body decides
# Content types a feed may arrive with. Misconfigured servers send feeds as text/html or
# text/plain or octet-stream, so those go on to feedparser, which decides; an image, a PDF
# or JSON is refused before its body is read.
FEED_LOOSE_TYPES = frozenset({"text/html", "text/plain", "application/octet-stream"})

# <meta charset="windows-1256"> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")  # "<rss version=", "<feed xmlns=", "<rdf:RDF "


class FetchError(InputError):
    """A URL that could not be fetched; ``retry_after`` is the server's wish, in seconds."""

    def __init__(self, url: str, reason: str, retry_after: float | None = None) -> None:
        super().__init__(url, one_line(reason))
        self.retry_after = retry_after


class DependencyError(BasewatchError):
    """A package basewatch needs is missing: the install is broken, not the input."""

    @classmethod
    def of(cls, exc: ImportError, needed_for: str) -> DependencyError:
        name = exc.name or str(exc)
        return cls(
            f"{needed_for} needs the Python package {name!r}, which cannot be imported ({exc}); reinstall basewatch"
        )


class ConfigError(BasewatchError):
    """A limit set in the environment that is not a positive number."""


def one_line(text: str, width: int = 300) -> str:
    """Server-supplied text made safe for one terminal line: no controls, no escapes, bounded."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _env_number(name: str, default: float, integer: bool = False) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw) if integer else float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r}: not a number") from None
    if value < 0 or (value == 0 and not integer):
        raise ConfigError(f"{name}={raw!r}: must be positive")
    return value


@dataclass(frozen=True)
class Limits:
    """Bounds on one fetch. Defaults suit the open web; tests shrink them.

    ``read_timeout`` bounds each wait for data; ``deadline`` bounds the whole exchange, so a
    server that sends one byte every few seconds (never tripping the read timeout) still ends.
    """

    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    deadline: float = DEADLINE
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = MAX_REDIRECTS
    user_agent: str = USER_AGENT

    @classmethod
    def from_env(cls, max_bytes_override: int | None = None) -> Limits:
        """Limits from ``BASEWATCH_CONNECT_TIMEOUT``, ``_READ_TIMEOUT``, ``_FETCH_DEADLINE``,
        ``_MAX_REDIRECTS``, ``_MAX_BYTES`` and ``_USER_AGENT``, each defaulting as above."""
        return cls(
            connect_timeout=_env_number("BASEWATCH_CONNECT_TIMEOUT", CONNECT_TIMEOUT),
            read_timeout=_env_number("BASEWATCH_READ_TIMEOUT", READ_TIMEOUT),
            deadline=_env_number("BASEWATCH_FETCH_DEADLINE", DEADLINE),
            max_bytes=max_bytes_override if max_bytes_override is not None else max_bytes(),
            max_redirects=int(_env_number("BASEWATCH_MAX_REDIRECTS", MAX_REDIRECTS, integer=True)),
            user_agent=os.environ.get("BASEWATCH_USER_AGENT") or USER_AGENT,
        )


@dataclass(frozen=True)
class Fetched:
    """A response that passed every check: status 200-299, or 304 with an empty body."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def media_type(self) -> str:
        return media_type(self.headers.get("content-type", ""))

    def text(self) -> tuple[str, str | None]:
        """The body as text: the declared charset, else a <meta> one, else UTF-8 or a fallback."""
        from store.ingest.common import decode

        charset = _charset(self.headers.get("content-type", ""))
        if charset is None and self.media_type in HTML_TYPES | {""}:
            found = _META_CHARSET.search(self.body[:4096])
            charset = found.group(1).decode("ascii", "replace") if found else None
        codec = _known_codec(charset) if charset else None
        if codec and codec != "utf-8":
            return self.body.decode(codec, errors="replace"), None
        return decode(self.body)


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "only http and https URLs are fetched")


def accepts_html(kind: str) -> bool:
    return kind in HTML_TYPES or kind == ""


def accepts_page(kind: str) -> bool:
    """What ``basewatch ingest URL`` reads as an article: HTML, plain text or Markdown."""
    return accepts_html(kind) or kind in TEXT_TYPES or kind in XML_TYPES


def _feed_type(kind: str) -> bool:
    """application/rss+xml, application/atom+xml, application/rdf+xml and the like."""
    return kind.endswith("+xml") and any(word in kind for word in ("rss", "atom", "rdf"))


def accepts_feed(kind: str) -> bool:
    return kind == "" or any(word in kind for word in ("xml", "rss", "atom", "opml")) or kind in FEED_LOOSE_TYPES


class _CappedDecoder:
    """Undo Content-Encoding while counting decoded bytes, never producing past the cap."""

    def __init__(self, encoding: str, url: str, limit: int) -> None:
        encoding = encoding.strip().lower()
        self.url, self.limit, self.size = url, limit, 0
        self.raw_deflate = False
        if encoding in ("", "identity"):
            self.zlib: Any = None
        elif encoding in ("gzip", "x-gzip"):
            self.zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.zlib = zlib.decompressobj()
            self.raw_deflate = True  # may turn out to be headerless deflate; see _inflate
        else:
            raise FetchError(url, f"unsupported content encoding {encoding!r}")
        self.started = False

    def _count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.limit:
            raise FetchError(self.url, f"response larger than the cap of {self.limit:,} bytes")
        return data

    def feed(self, raw: bytes) -> Iterator[bytes]:
        if self.zlib is None:
            yield self._count(raw)
            return
        pending = raw
        while pending:
            room = self.limit - self.size + 1  # one byte past the cap is enough to know
            try:
                out = self.zlib.decompress(pending, room)
            except zlib.error as exc:
                if self.raw_deflate and not self.started:
                    # "deflate" sent without its zlib header, as some servers do.
                    self.zlib, self.raw_deflate = zlib.decompressobj(-zlib.MAX_WBITS), False
                    continue
                raise FetchError(self.url, f"corrupt compressed body ({exc})") from None
            self.started = True
            pending = self.zlib.unconsumed_tail
            if self.zlib.eof and self.zlib.unused_data:
                if not self.zlib.unused_data.startswith(b"\x1f\x8b"):
                    break  # trailing padding after the stream, as some servers send: ignored
                # A second gzip member follows (concatenated gzip); decode it too.
                pending = self.zlib.unused_data + pending
                self.zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
            if out:
                yield self._count(out)
            elif not pending:
                break


class Fetcher:
    """One HTTP client (keep-alive across a polling round) with the limits applied to every call."""

    def __init__(self, limits: Limits | None = None) -> None:
        try:
            import httpx
        except ImportError as exc:
            raise DependencyError.of(exc, "fetching over HTTP") from None

        self.limits = limits or Limits.from_env()
        lim = self.limits
        self.client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(lim.read_timeout, connect=lim.connect_timeout),
            headers={"User-Agent": lim.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, accept: str = "page", headers: dict[str, str] | None = None) -> Fetched:
        """GET ``url`` within the limits; ``accept`` is "page", "html", "feed" or "any".

        Returns a 2xx response with its body, or a 304 with none. Raises FetchError for
        everything else, including a 4xx/5xx, before reading more than its headers.
        """
        import httpx

        check = {"page": accepts_page, "html": accepts_html, "feed": accepts_feed}.get(accept)
        started = time.monotonic()
        current, seen = url, {url}
        try:
            for _hop in range(self.limits.max_redirects + 1):
                if current != url:
                    try:
                        check_url(current)
                    except FetchError:
                        raise FetchError(url, f"redirected to a URL that is not http(s): {current}") from None
                else:
                    check_url(url)
                request = self.client.build_request("GET", current, headers=headers)
                response = self.client.send(request, stream=True)
                try:
                    if response.has_redirect_location:
                        target = urljoin(current, response.headers["location"])
                        if target in seen:
                            raise FetchError(url, f"redirect loop (back to {target})")
                        seen.add(target)
                        current = target
                        continue
                    return self._finish(url, current, response, check, started)
                finally:
                    response.close()
            raise FetchError(url, f"more than {self.limits.max_redirects} redirects")
        except httpx.ConnectTimeout:
            raise FetchError(url, f"timed out connecting (after {self.limits.connect_timeout:g} s)") from None
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out: no data from the server for {self.limits.read_timeout:g} s") from None
        except httpx.ConnectError as exc:
            raise FetchError(url, f"cannot connect: {exc}") from None
        except (httpx.RemoteProtocolError, httpx.LocalProtocolError) as exc:
            raise FetchError(url, f"broken HTTP response: {exc}") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(url, f"not a valid URL ({exc})") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"fetch failed: {type(exc).__name__}: {exc}") from None

    def _finish(self, url: str, final: str, response: httpx.Response, check: Any, started: float) -> Fetched:
        status = response.status_code
        if status == 304:
            return Fetched(url, final, 304, dict(response.headers))
        if status >= 300:
            retry = _retry_after(response.headers.get("retry-after"))
            reason = one_line(response.reason_phrase or "", 60)
            raise FetchError(url, f"HTTP {status}{' ' + reason if reason else ''}", retry_after=retry)
        kind = media_type(response.headers.get("content-type", ""))
        if check in (accepts_page, accepts_html) and _feed_type(kind):
            raise FetchError(
                url, f"an RSS/Atom feed (content type {kind}), not an article page; use `basewatch poll {url} --once`"
            )
        if check is not None and not check(kind):
            what = "a feed" if check is accepts_feed else "an HTML page"
            raise FetchError(url, f"not {what} (content type {kind})")
        limit = self.limits.max_bytes
        declared = response.headers.get("content-length", "")
        encoding = response.headers.get("content-encoding", "")
        if declared.isdigit() and int(declared) > limit and encoding in ("", "identity"):
            raise FetchError(url, f"response larger than the cap of {limit:,} bytes (it declares {int(declared):,})")
        decoder = _CappedDecoder(encoding, url, limit)
        chunks: list[bytes] = []
        for raw in response.iter_raw():  # as it arrives: a chunk size would wait to fill it
            chunks.extend(decoder.feed(raw))
            if time.monotonic() - started > self.limits.deadline:
                raise FetchError(url, f"took longer than the {self.limits.deadline:g} s deadline")
        return Fetched(url, final, status, dict(response.headers), b"".join(chunks))


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def fetch(
    url: str, accept: str = "page", headers: dict[str, str] | None = None, limits: Limits | None = None
) -> Fetched:
    """One bounded GET with a client of its own (see :meth:`Fetcher.get`)."""
    with Fetcher(limits) as fetcher:
        return fetcher.get(url, accept, headers)


def page_article(fetched: Fetched) -> ReadItem:
    """The article in a fetched page; HTML goes through trafilatura, text through the text reader.

    Raises DependencyError (never an error item) when trafilatura cannot be imported.
    """
    from store.db import now_iso
    from store.ingest.common import looks_binary

    url = fetched.url
    if not fetched.body.strip():
        return ReadItem(url, error=f"{url}: empty page")
    if looks_binary(fetched.body):
        return ReadItem(url, error=f"{url}: binary content, not an article")
    text, warning = fetched.text()
    head = text.lstrip()[:500].lower()
    if fetched.media_type in TEXT_TYPES:
        from store.ingest.textfile import parse_text_article

        article = parse_text_article(text, url, markdown=fetched.media_type == "text/markdown")
    elif _FEED_ROOT.search(head):
        return ReadItem(url, error=f"{url}: an RSS/Atom feed, not an article page; use `basewatch poll {url} --once`")
    else:
        try:
            article = extract_page(text, url)
        except InputError as exc:
            return ReadItem(url, error=str(exc))
    if not article.body.strip():
        return ReadItem(url, error=f"{url}: no article text")
    article = replace(article, url=url, source_path=None, fetched_at=now_iso())
    return ReadItem(url, article=article, warning=f"{url}: {warning}" if warning else None)


def extract_page(html: str, url: str) -> Article:
    """The main text of an HTML page by trafilatura (navigation, footers and ads left out).

    Any parser failure becomes an InputError naming the page; an ImportError becomes a
    DependencyError, so a missing trafilatura or lxml_html_clean fails loudly instead of
    looking like a bad page (and being papered over by a feed summary).
    """
    from store.ingest.htmlpage import parse_html_article

    try:
        return parse_html_article(html, url, url=url)
    except InputError:
        raise
    except ImportError as exc:
        raise DependencyError.of(exc, "reading article pages") from None
    except Exception as exc:  # lxml and trafilatura raise many kinds on hostile markup
        raise InputError(url, f"cannot read the HTML page ({type(exc).__name__}: {one_line(str(exc), 120)})") from None


def read_url(url: str, limit: int | None = None, fetcher: Fetcher | None = None) -> ReadItem:
    """One article page, as ``basewatch ingest URL`` reads it; every failure is an error item."""
    if fetcher is None:
        with Fetcher(Limits.from_env(limit)) as own:
            return read_url(url, fetcher=own)
    try:
        fetched = fetcher.get(url, "page")
    except InputError as exc:
        return ReadItem(url, error=str(exc))
    if fetched.status == 304:
        return ReadItem(url, error=f"{url}: HTTP 304 Not Modified without a conditional request")
    return page_article(fetched)


def read_urls(urls: Iterable[str], limit: int | None = None) -> Iterator[ReadItem]:
    """Pages one after another over one keep-alive client."""
    urls = list(urls)
    if not urls:
        return
    with Fetcher(Limits.from_env(limit)) as fetcher:
        for url in urls:
            yield read_url(url, fetcher=fetcher)
