"""Feed polling against a real local server: pages fetched once, boilerplate left out,
conditional GET, backoff, OPML, and every failure one line recorded on its feed."""

from __future__ import annotations

import sqlite3
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from store.db import Store
from store.ingest.poll import DependencyError, Poller, backoff_seconds, read_opml, resolve_sources
from store.ingest.web import Limits
from store.queries import sources_status

if TYPE_CHECKING:
    from tests.fixtures_http import Site

pytest_plugins = ["tests.fixtures_http"]


class Lines(list[str]):
    """on_event sink that also checks the one-line contract."""

    def __call__(self, line: str) -> None:
        assert "\n" not in line and "\x1b" not in line, line
        self.append(line)

    def starting(self, prefix: str) -> list[str]:
        return [line for line in self if line.startswith(prefix)]


def poll_once(db: Path, urls: list[str], limits: Limits, every: float = 60) -> tuple[list, Lines]:
    lines = Lines()
    with Store(db) as store, Poller(store, lines, every=every, limits=limits) as poller:
        results = list(poller.round(urls))
    return results, lines


def articles(db: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM articles ORDER BY id").fetchall()
    finally:
        conn.close()


def feed_row(db: Path, url: str) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone())
    finally:
        conn.close()


def test_rss_entries_are_stored_with_the_linked_page_text(site: Site, db_path: Path, fast_limits: Limits) -> None:
    feed = site.url("/feed.xml")
    (result,), lines = poll_once(db_path, [feed], fast_limits)
    assert (result.status, result.new, result.failed) == ("ok", 2, 0)
    rows = articles(db_path)
    assert [r["url"] for r in rows] == [site.url("/articles/a1.html"), site.url("/articles/a2.html")]
    a1 = rows[0]
    assert "Two drones struck Ain al-Asad air base" in a1["body"]
    assert "SUMMARYONLY" not in a1["body"]  # the page, not the feed's summary
    assert not [m for r in rows for m in site.boilerplate if m in r["body"]]
    assert (a1["title"], a1["outlet"], a1["published"]) == (
        "Drones strike Ain al-Asad air base",
        "Desert Wire",
        "2024-01-21T10:00:00",
    )
    assert a1["source_path"] == feed and a1["fetched_at"]
    assert len(lines.starting("new")) == 2 and not lines.starting("error:")
    row = feed_row(db_path, feed)
    assert (row["status"], row["error"], row["taken"], row["etag"], row["title"]) == (
        "ok",
        None,
        2,
        '"rss-v1"',
        "Desert Wire: Iraq and Syria",
    )


def test_atom_feed_and_last_modified(site: Site, db_path: Path, fast_limits: Limits) -> None:
    feed = site.url("/atom.xml")
    (result,), _ = poll_once(db_path, [feed], fast_limits)
    assert result.new == 2
    assert "Tower 22" in articles(db_path)[0]["body"]
    assert feed_row(db_path, feed)["last_modified"] == "Tue, 30 Jan 2024 10:00:00 GMT"
    poll_once(db_path, [feed], fast_limits)
    assert site.headers_of("/atom.xml")[-1]["if-modified-since"] == "Tue, 30 Jan 2024 10:00:00 GMT"


def test_second_poll_is_a_conditional_get_answered_304(site: Site, db_path: Path, fast_limits: Limits) -> None:
    feed = site.url("/feed.xml")
    poll_once(db_path, [feed], fast_limits)
    (again,), lines = poll_once(db_path, [feed], fast_limits)
    assert again.status == "not modified"
    assert site.headers_of("/feed.xml")[-1]["if-none-match"] == '"rss-v1"'
    assert site.hits["/articles/a1.html"] == 1
    assert feed_row(db_path, feed)["status"] == "not modified"
    assert lines == [f"feed      {feed}: not modified"]


def test_stored_entries_are_not_fetched_again(site: Site, db_path: Path, fast_limits: Limits) -> None:
    feed = site.url("/feed.xml")
    poll_once(db_path, [feed], fast_limits)
    # The feed changes: a new entry on top, the old ones still listed; no ETag match now.
    site.add("/feed.xml", site.rss(["a3", "a1", "a2"]), "application/rss+xml", etag='"rss-v2"')
    (result,), _ = poll_once(db_path, [feed], fast_limits)
    assert (result.new, result.duplicate) == (1, 2)
    assert (site.hits["/articles/a1.html"], site.hits["/articles/a2.html"], site.hits["/articles/a3.html"]) == (1, 1, 1)
    # The same story in another feed with a tracking parameter: recognised by its URL.
    site.add(
        "/other.xml", site.rss(["a1"], {"a1": site.url("/articles/a1.html?utm_source=rss#top")}), "application/rss+xml"
    )
    (other,), _ = poll_once(db_path, [site.url("/other.xml")], fast_limits)
    assert (other.new, other.duplicate, site.hits["/articles/a1.html"]) == (0, 1, 1)


def test_page_failure_falls_back_to_the_summary_and_says_so(site: Site, db_path: Path, fast_limits: Limits) -> None:
    feed = site.url("/broken-link-feed.xml")
    (result,), lines = poll_once(db_path, [feed], fast_limits)
    assert (result.status, result.new, result.fallback) == ("partial", 1, 1)
    (row,) = articles(db_path)
    assert row["body"].startswith("SUMMARYONLY")
    (warning,) = lines.starting("warning:")
    assert "HTTP 500" in warning and "stored the feed's summary instead" in warning
    assert "HTTP 500" in feed_row(db_path, feed)["error"]


def test_a_missing_trafilatura_fails_loudly_not_as_a_fallback(
    site: Site, db_path: Path, fast_limits: Limits, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` raise ImportError
    with pytest.raises(DependencyError, match="trafilatura"):
        poll_once(db_path, [site.url("/feed.xml")], fast_limits)
    assert articles(db_path) == []


def test_page_extraction_really_ran() -> None:
    """The fallback must not hide a broken install: the extractor imports here and now."""
    import lxml_html_clean  # noqa: F401 - trafilatura needs it with lxml 6
    import trafilatura

    assert trafilatura.extract(
        "<html><body><article><p>" + "Words about a base. " * 10 + "</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/error500", "HTTP 500"),
        ("/missing.xml", "HTTP 404"),
        ("/not-xml-feed.xml", "not an RSS or Atom feed"),
        ("/html-as-feed", "not an RSS or Atom feed"),
        ("/image.png", "not a feed (content type image/png)"),
        ("/slow", "timed out"),
        ("/loop-a", "redirect loop"),
        ("/big.html", "larger than the cap"),
    ],
)
def test_feed_failures_are_one_line_recorded_on_the_feed(
    site: Site, db_path: Path, fast_limits: Limits, path: str, expected: str
) -> None:
    url = site.url(path)
    (result,), lines = poll_once(db_path, [url], fast_limits)
    assert result.status == "error"
    (line,) = lines
    assert line.startswith(f"error: {url}: ") and expected in line
    row = feed_row(db_path, url)
    assert row["status"] == "error" and expected in row["error"] and row["failures"] == 1


def test_a_failing_feed_backs_off_and_the_others_go_on(site: Site, db_path: Path, fast_limits: Limits) -> None:
    bad, good = site.url("/error500"), site.url("/feed.xml")
    results, lines = poll_once(db_path, [bad, good], fast_limits, every=60)
    assert [r.status for r in results] == ["error", "ok"]
    first = feed_row(db_path, bad)
    # Polled again at once: the failing feed waits out its backoff, without a request.
    results, lines = poll_once(db_path, [bad, good], fast_limits, every=60)
    assert results[0].status == "backing off" and site.hits["/error500"] == 1
    assert lines[0].startswith(f"warning: {bad}: backing off after 1 failure; next try ")
    assert feed_row(db_path, bad)["next_fetch"] == first["next_fetch"]
    assert backoff_seconds(60, 1) == 120 and backoff_seconds(60, 2) == 240
    assert backoff_seconds(60, 20) == 3600 and backoff_seconds(60, 1, retry_after=900) == 900


def test_retry_after_is_honoured(site: Site, db_path: Path, fast_limits: Limits) -> None:
    url = site.url("/busy")
    poll_once(db_path, [url], fast_limits, every=10)
    (line,) = poll_once(db_path, [url], fast_limits, every=10)[1]
    assert "backing off" in line and site.hits["/busy"] == 1
    row = feed_row(db_path, url)
    wait = datetime.strptime(row["next_fetch"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC) - datetime.now(UTC)
    assert row["error"].endswith("HTTP 503 Service Unavailable") and wait.total_seconds() > 100


def test_opml_file_and_opml_url(site: Site, db_path: Path, fast_limits: Limits, tmp_path: Path) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(site.opml([site.url("/feed.xml"), site.url("/atom.xml"), "ftp://nope/x"]))
    feeds, errors = resolve_sources([str(opml)])
    assert feeds == [site.url("/feed.xml"), site.url("/atom.xml")]
    assert errors == [f"{opml}: skipped ftp://nope/x: only http and https feeds are polled"]
    results, _ = poll_once(db_path, [site.url("/subs.opml")], fast_limits)
    assert [r.url for r in results] == [site.url("/subs.opml"), site.url("/feed.xml"), site.url("/atom.xml")]
    assert sum(r.new for r in results) == 4


def test_bad_opml_and_arguments_are_named(tmp_path: Path) -> None:
    rss_file = tmp_path / "feed.xml"
    rss_file.write_text("<rss version='2.0'><channel></channel></rss>")
    dtd = tmp_path / "evil.opml"
    dtd.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><opml><body/></opml>')
    feeds, errors = resolve_sources(["file:///etc/passwd", str(tmp_path / "none.opml"), str(rss_file), str(dtd)])
    assert feeds == []
    assert errors[0] == "file:///etc/passwd: only http and https feeds are polled"
    assert "cannot read" in errors[1]
    assert "not an OPML file; a feed file is read with `basewatch ingest`" in errors[2]
    assert "not an OPML file" in errors[3] or "DTD" in errors[3]
    with pytest.raises(Exception, match="lists no feeds"):
        read_opml("<opml><body><outline text='x'/></body></opml>", "s.opml")


def test_feed_body_is_never_opened_as_a_path_or_url(
    site: Site, db_path: Path, fast_limits: Limits, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text(site.rss(["a1"]))
    site.add("/path-feed.xml", str(secret), "application/rss+xml")
    (result,), _ = poll_once(db_path, [site.url("/path-feed.xml")], fast_limits)
    assert result.status == "error" and articles(db_path) == []


def test_poll_feeds_runs_until_stopped_and_reports_status(site: Site, db_path: Path, fast_limits: Limits) -> None:
    from store.live import poll_feeds

    lines = Lines()
    stop = threading.Event()
    worker = threading.Thread(
        target=poll_feeds, args=(db_path, [site.url("/feed.xml"), site.url("/error500")], 1.0, stop, lines)
    )
    worker.start()
    try:
        for _ in range(200):  # up to 10 s
            if site.hits["/feed.xml"] >= 2:
                break
            stop.wait(0.05)
    finally:
        stop.set()
        worker.join(10)
    assert not worker.is_alive()
    assert site.hits["/feed.xml"] >= 2 and len(lines.starting("new")) == 2
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = {r["url"]: r for r in sources_status(conn)}
    conn.close()
    assert rows[site.url("/feed.xml")]["kind"] == "feed"
    assert rows[site.url("/feed.xml")]["taken"] == 2
    assert rows[site.url("/error500")]["status"] == "error"
    assert "HTTP 500" in rows[site.url("/error500")]["error"]
    assert set(rows[site.url("/feed.xml")]) >= {"url", "kind", "last_fetch", "status", "error", "taken"}


def test_poll_feeds_with_nothing_to_poll_says_so_and_returns(db_path: Path) -> None:
    from store.live import poll_feeds

    lines = Lines()
    poll_feeds(db_path, ["gopher://x"], 60, threading.Event(), lines)
    assert lines == ["error: gopher://x: only http and https feeds are polled", "error: no feed to poll"]


def test_poll_feeds_returns_soon_after_stop_even_mid_request(
    site: Site, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting the dashboard must not wait for a hung server's read timeout."""
    from store.live import STOP_GRACE, poll_feeds

    monkeypatch.setenv("BASEWATCH_READ_TIMEOUT", "25")
    lines = Lines()
    stop = threading.Event()
    worker = threading.Thread(target=poll_feeds, args=(db_path, [site.url("/slow")], 60, stop, lines))
    worker.start()
    for _ in range(200):
        if site.hits["/slow"]:
            break
        stop.wait(0.05)
    assert site.hits["/slow"] == 1
    stop.set()
    worker.join(STOP_GRACE + 5)
    assert not worker.is_alive()
