"""Polling RSS and Atom feeds: each new entry's linked page fetched, its main text stored.

One round, per feed:
1. Skip a feed that is backing off after failures (its ``next_fetch`` is in the future).
2. Conditional GET with the ETag and Last-Modified stored from the last good fetch; a 304
   costs one request and nothing else.
3. feedparser reads the bytes (wrapped in a stream: given a bare string feedparser would
   treat a body such as ``/etc/passwd`` or ``http://...`` as a path or URL and open it).
4. Entries oldest first; one already stored (same URL or same text) is not fetched again.
   The linked page goes through the bounded fetcher and trafilatura; when the page fails
   the entry's own summary is stored and a warning line says so. A missing trafilatura or
   lxml_html_clean is an ImportError, turned into :class:`DependencyError` and raised,
   never mistaken for a bad page.
5. The outcome (status, error, validators, failures, next fetch, reports taken) goes to
   the ``feeds`` table through ``Store.update_source``; a failure doubles the wait before
   the next try, up to :data:`MAX_BACKOFF` (longer when the server sends Retry-After).

A feed URL that answers with OPML adds the feeds it lists. Nothing here sleeps except the
loop in :meth:`Poller.run`, which waits on the caller's stop event.
"""

from __future__ import annotations

import io
import re
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from xml.etree import ElementTree

from store.db import Store, now_iso
from store.errors import InputError
from store.ingest import events
from store.ingest.events import OnEvent
from store.ingest.web import DependencyError, Fetched, Fetcher, FetchError, Limits, check_url, page_article
from store.models import Article

DEFAULT_EVERY = 300.0
MAX_BACKOFF = 3600.0  # a feed down for a day is still tried every hour
MAX_RETRY_AFTER = 24 * 3600.0
MAX_ENTRIES = 100  # newest entries taken from one feed in one round

_OPML_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<opml[\s>]", re.S | re.I)
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$", re.I)


@dataclass
class FeedResult:
    """What one poll of one feed did."""

    url: str
    status: str  # ok | partial | not modified | error | backing off | stopped
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    fallback: int = 0
    error: str | None = None
    listed: list[str] = field(default_factory=list)  # feeds an OPML document named

    @property
    def failed_any(self) -> bool:
        return self.status == "error" or self.failed > 0


# -- OPML and arguments -----------------------------------------------------------------


def read_opml(text: str, source: str) -> list[str]:
    """Feed URLs (``xmlUrl``) of every outline, in document order, without repeats."""
    lowered = text[:4096].lower()
    if "<!doctype" in lowered or "<!entity" in lowered:
        raise InputError(source, "OPML with a DTD or entities is refused")
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise InputError(source, f"malformed OPML ({exc})") from None
    if root.tag.lower() != "opml":
        raise InputError(source, f"not an OPML file (root element <{root.tag}>)")
    urls: list[str] = []
    for outline in root.iter("outline"):
        attrs = {k.lower(): v for k, v in outline.attrib.items()}
        url = (attrs.get("xmlurl") or "").strip()
        if url and url not in urls:
            urls.append(url)
    if not urls:
        raise InputError(source, "OPML lists no feeds (no outline with an xmlUrl)")
    return urls


def is_opml(text: str) -> bool:
    return bool(_OPML_ROOT.match(text[:4096]))


def resolve_sources(args: Iterable[str]) -> tuple[list[str], list[str]]:
    """Feed URLs from the command line's URLs and OPML files; and a line for each bad one."""
    feeds: list[str] = []
    errors: list[str] = []
    for arg in args:
        if "://" in arg:
            try:
                check_url(arg)
            except FetchError:
                errors.append(f"{arg}: only http and https feeds are polled")
                continue
            found = [arg]
        else:
            path = Path(arg)
            try:
                text = path.read_text(encoding="utf-8-sig", errors="replace")
            except OSError as exc:
                errors.append(f"{arg}: cannot read: {exc.strerror or exc}")
                continue
            if not is_opml(text):
                hint = "; a feed file is read with `basewatch ingest`" if "<rss" in text or "<feed" in text else ""
                errors.append(f"{arg}: not an OPML file{hint}")
                continue
            try:
                found = read_opml(text, arg)
            except InputError as exc:
                errors.append(str(exc))
                continue
            for url in found:
                try:
                    check_url(url)
                except FetchError:
                    errors.append(f"{arg}: skipped {url}: only http and https feeds are polled")
            found = [u for u in found if u.startswith(("http://", "https://"))]
        feeds.extend(u for u in found if u not in feeds)
    return feeds, errors


# -- entries ----------------------------------------------------------------------------


def canonical_link(link: str) -> str:
    """The entry's link without a fragment or tracking parameters, so a repost is recognised."""
    parts = urlsplit(link.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def parse_feed_bytes(fetched: Fetched) -> Any:
    """The feedparser result for a fetched body; InputError when it is not a feed."""
    try:
        import feedparser
    except ImportError as exc:
        raise DependencyError.of(exc, "reading feeds") from None

    headers = {
        "content-type": fetched.headers.get("content-type", "application/xml"),
        "content-location": fetched.final_url,
    }
    parsed = feedparser.parse(io.BytesIO(fetched.body), response_headers=headers)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        detail = f" ({type(reason).__name__}: {reason})" if reason else ""
        raise InputError(fetched.url, f"not an RSS or Atom feed{detail}")
    return parsed


def _newest_first_limit(entries: list[Any]) -> list[Any]:
    """At most MAX_ENTRIES newest entries, returned oldest first (the store follows the news)."""
    from store.ingest.feedfile import entry_published

    dated = [(entry_published(e) or "", i, e) for i, e in enumerate(entries)]
    dated.sort(key=lambda t: (t[0], -t[1]))  # undated and same-date: feed order, top = newest
    return [e for _, _, e in dated[-MAX_ENTRIES:]]


def validator(value: str | None) -> str | None:
    """An ETag or Last-Modified fit to send back: printable ASCII, bounded. A server that sent
    anything else (a newline, say) gets unconditional GETs rather than a feed stuck failing."""
    if value and len(value) <= 256 and value.isascii() and value.isprintable():
        return value
    return None


def _iso_after(seconds: float) -> str:
    return datetime.fromtimestamp(time.time() + seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def backoff_seconds(every: float, failures: int, retry_after: float | None = None) -> float:
    """Seconds before trying a feed that has failed ``failures`` times in a row."""
    delay = min(every * 2**failures, max(MAX_BACKOFF, every))
    if retry_after:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
    return delay


class Poller:
    """Polls feeds into one store; ``on_event`` gets one line per report, error and feed."""

    def __init__(
        self,
        store: Store,
        on_event: OnEvent,
        every: float = DEFAULT_EVERY,
        limits: Limits | None = None,
        verbose: bool = True,
    ) -> None:
        self.store = store
        self.on_event = on_event
        self.every = every
        self.verbose = verbose
        self.fetcher = Fetcher(limits)
        self.stop = threading.Event()

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> Poller:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one feed -------------------------------------------------------------------------

    def backing_off(self, url: str) -> str | None:
        """The time of the next try when the feed is waiting out failures, else None."""
        state = self.store.source_state(url)
        if state and state.get("failures") and state.get("next_fetch") and str(state["next_fetch"]) > now_iso():
            return str(state["next_fetch"])
        return None

    def poll_feed(self, url: str) -> FeedResult:
        """One conditional fetch of one feed and every new entry in it."""
        retry_at = self.backing_off(url)
        if retry_at:
            failures = int((self.store.source_state(url) or {}).get("failures") or 0)
            self.on_event(
                events.warning(
                    f"{url}: backing off after {failures} failure{'s' * (failures != 1)}; "
                    f"next try {retry_at[:19].replace('T', ' ')} UTC"
                )
            )
            return FeedResult(url, "backing off")
        state = self.store.source_state(url) or {}
        headers = {}
        if state.get("etag"):
            headers["If-None-Match"] = str(state["etag"])
        if state.get("last_modified"):
            headers["If-Modified-Since"] = str(state["last_modified"])
        started = now_iso()
        try:
            fetched = self.fetcher.get(url, "feed", headers)
            if fetched.status == 304:
                self.store.update_source(
                    url,
                    "feed",
                    status="not modified",
                    error=None,
                    failures=0,
                    last_fetch=started,
                    last_ok=started,
                    next_fetch=_iso_after(self.every),
                )
                if self.verbose:
                    self.on_event(events.note("feed", f"{url}: not modified"))
                return FeedResult(url, "not modified")
            text_head = fetched.body[:4096].decode("utf-8", "replace")
            if is_opml(text_head):
                return self._opml(url, fetched, started)
            parsed = parse_feed_bytes(fetched)
        except InputError as exc:
            return self._failed(url, state, str(exc), getattr(exc, "retry_after", None), started)
        result = self._entries(url, parsed)
        fields: dict[str, object] = {
            "title": (parsed.feed.get("title") or None),
            "last_fetch": started,
            "last_ok": started,
            "failures": 0,
            "next_fetch": _iso_after(self.every),
            "status": result.status,
            "error": result.error,
        }
        if result.status != "stopped" and not result.failed:
            # Validators only once every entry is stored: saved earlier, a stop half-way or an
            # entry that failed would meet a 304 next time and never be tried again.
            fields.update(
                etag=validator(fetched.headers.get("etag")),
                last_modified=validator(fetched.headers.get("last-modified")),
            )
        self.store.update_source(url, "feed", **fields)
        if self.verbose or result.new or result.failed:
            fallback = f", {result.fallback} from the feed summary" if result.fallback else ""
            self.on_event(
                events.note(
                    "feed",
                    f"{url}: {result.new} new, {result.duplicate} already stored, {result.failed} failed{fallback}",
                )
            )
        return result

    def _failed(
        self, url: str, state: dict[str, Any], message: str, retry_after: float | None, started: str
    ) -> FeedResult:
        failures = int(state.get("failures") or 0) + 1
        delay = backoff_seconds(self.every, failures, retry_after)
        self.store.update_source(
            url,
            "feed",
            status="error",
            error=message,
            failures=failures,
            last_fetch=started,
            next_fetch=_iso_after(delay),
        )
        self.on_event(events.error(f"{message} (failure {failures}; next try in {delay:.0f} s)"))
        return FeedResult(url, "error", error=message)

    def _opml(self, url: str, fetched: Fetched, started: str) -> FeedResult:
        text, _ = fetched.text()
        listed = [u for u in read_opml(text, url) if u.startswith(("http://", "https://"))]
        self.store.update_source(
            url,
            "feed",
            status=f"OPML list of {len(listed)} feeds",
            error=None,
            failures=0,
            last_fetch=started,
            last_ok=started,
            next_fetch=_iso_after(self.every),
            etag=validator(fetched.headers.get("etag")),
            last_modified=validator(fetched.headers.get("last-modified")),
        )
        self.on_event(events.note("feed", f"{url}: OPML list of {len(listed)} feeds"))
        return FeedResult(url, "ok", listed=listed)

    def _entries(self, feed_url: str, parsed: Any) -> FeedResult:
        result = FeedResult(feed_url, "ok")
        outlet = parsed.feed.get("title") or None
        for index, entry in enumerate(_newest_first_limit(list(parsed.entries)), start=1):
            if self.stop.is_set():
                result.status = "stopped"
                break
            try:
                self._entry(feed_url, index, entry, outlet, result)
            except DependencyError:
                raise
            except Exception as exc:  # one entry's failure must not stop the feed
                message = f"{feed_url}#{index}: not stored: {type(exc).__name__}: {exc}"
                result.failed += 1
                result.error = message
                self.on_event(events.error(message))
        if result.status == "ok" and (result.failed or result.fallback):
            result.status = "partial"
        return result

    def _entry(self, feed_url: str, index: int, entry: Any, outlet: str | None, result: FeedResult) -> None:
        from store.ingest.feedfile import entry_article
        from store.pipeline import store_article

        link = entry.get("link") or ""
        if link and not link.startswith(("http://", "https://")):
            link = ""  # a javascript: or mailto: link is no article to fetch
        link = canonical_link(link) if link else ""
        source = link or f"{feed_url}#{index}"
        summary_article = entry_article(entry, outlet, feed_url)
        summary_article = replace(summary_article, url=link or None, source_path=feed_url)
        # An entry with no text is looked up by its link alone (an empty body hashes like no other).
        probe = summary_article if summary_article.body else replace(summary_article, body="\0no text\0")
        if self.store.find_duplicate(probe) is not None:
            result.duplicate += 1
            return
        article, problem = self._page(link, summary_article) if link else (summary_article, None)
        if article is None:
            message = f"{source}: {problem}; the feed entry has no summary to store instead"
            result.failed += 1
            result.error = message
            self.on_event(events.error(message))
            return
        if problem:
            result.fallback += 1
            result.error = f"{source}: {problem}; stored the feed's summary instead"
            self.on_event(events.warning(result.error))
        stored = store_article(self.store, article)
        if stored.status == "duplicate":
            result.duplicate += 1
            self.on_event(events.report("duplicate", source, article.title))
            return
        result.new += 1
        self.store.update_source(feed_url, "feed", add_taken=1)
        self.on_event(events.report("new", source, article.title, stored.incidents_new + stored.incidents_merged))

    def _page(self, link: str, entry: Article) -> tuple[Article | None, str | None]:
        """The linked page's article merged with the entry's fields, or the entry and why not."""
        fallback = entry if entry.body else None
        try:
            fetched = self.fetcher.get(link, "page")
            if fetched.status == 304:
                return fallback, "page answered 304 Not Modified to a plain GET"
            item = page_article(fetched)  # raises DependencyError, never a fallback, without trafilatura
        except InputError as exc:
            return fallback, f"page not used ({exc.reason})"
        if item.article is None:
            reason = (item.error or "no article text").removeprefix(f"{link}: ")
            return fallback, f"page not used ({reason})"
        page = item.article
        return replace(
            page,
            title=entry.title or page.title,
            published=entry.published or page.published,
            outlet=page.outlet or entry.outlet,
            byline=page.byline or entry.byline,
            url=link,
            source_path=entry.source_path,
        ), None

    # -- rounds ---------------------------------------------------------------------------

    def round(self, urls: Iterable[str]) -> Iterator[FeedResult]:
        """Poll each feed once (OPML-listed feeds too), stopping early when asked."""
        queue = list(dict.fromkeys(urls))
        done: set[str] = set()
        while queue and not self.stop.is_set():
            url = queue.pop(0)
            if url in done:
                continue
            done.add(url)
            result = self.poll_feed_safely(url)
            queue.extend(u for u in result.listed if u not in done)
            yield result

    def poll_feed_safely(self, url: str) -> FeedResult:
        """poll_feed, with an unexpected failure (a bug, a locked store) reported, not raised."""
        try:
            return self.poll_feed(url)
        except DependencyError:
            raise
        except Exception as exc:
            message = f"{url}: poll failed: {type(exc).__name__}: {exc}"
            self.on_event(events.error(message))
            return FeedResult(url, "error", error=message)

    def run(self, urls: Iterable[str], stop: threading.Event) -> None:
        """Poll every ``every`` seconds until ``stop`` is set; feeds found in OPML join in."""
        self.stop = stop
        feeds = list(dict.fromkeys(urls))
        due = dict.fromkeys(feeds, 0.0)  # monotonic time each feed is next due
        while not stop.is_set():
            for url in list(due):
                if stop.is_set():
                    return
                if due[url] > time.monotonic():
                    continue
                result = self.poll_feed_safely(url)
                due[url] = time.monotonic() + self._wait_for(url, result)
                for listed in result.listed:
                    due.setdefault(listed, 0.0)
            if due:
                stop.wait(max(0.05, min(due.values()) - time.monotonic()))
            else:
                stop.wait(self.every)

    def _wait_for(self, url: str, result: FeedResult) -> float:
        """Seconds until the next poll: ``every``, or the backoff the store recorded."""
        if result.status not in ("error", "backing off"):
            return self.every
        state = self.store.source_state(url) or {}
        next_fetch = state.get("next_fetch")
        if not next_fetch:
            return self.every
        when = datetime.strptime(str(next_fetch), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        return max(1.0, when.timestamp() - time.time())
