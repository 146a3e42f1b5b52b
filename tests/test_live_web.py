"""Bounded fetching against a real local server: every hostile answer is one line, fast."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

from store.errors import InputError
from store.ingest.web import Fetcher, Limits, fetch, read_url

if TYPE_CHECKING:
    from tests.fixtures_http import Site

pytest_plugins = ["tests.fixtures_http"]


def error_of(site: Site, path: str, limits: Limits, accept: str = "page") -> str:
    with pytest.raises(InputError) as caught:
        fetch(site.url(path), accept, limits=limits)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(site.url(path))
    return message


def test_article_page_is_fetched_and_its_boilerplate_left_out(site: Site, fast_limits: Limits) -> None:
    item = read_url(site.url("/articles/a1.html"))
    assert item.error is None and item.article is not None
    article = item.article
    assert "Two drones struck Ain al-Asad" in article.body
    assert not [m for m in site.boilerplate if m in article.body]
    assert (article.url, article.outlet, article.published) == (
        site.url("/articles/a1.html"),
        "Desert Wire",
        "2024-01-21",
    )
    assert article.fetched_at and article.source_path is None
    assert "python-httpx" not in site.headers_of("/articles/a1.html")[0]["user-agent"]
    assert site.headers_of("/articles/a1.html")[0]["user-agent"].startswith("basewatch/")


def test_plain_text_url_is_read_as_a_text_article(site: Site, fast_limits: Limits) -> None:
    item = read_url(site.url("/plain.txt"))
    assert item.article is not None and item.article.title == "Rocket attack on Camp Taji"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/missing", "HTTP 404"),
        ("/error500", "HTTP 500"),
        ("/image.png", "not an HTML page (content type image/png)"),
        ("/loop-a", "redirect loop"),
        ("/hop0", "more than 5 redirects"),
        ("/to-file", "redirected to a URL that is not http(s): file:///etc/passwd"),
        ("/big.html", "larger than the cap of 1,000,000 bytes (it declares 3,000,007)"),
        ("/bomb.html", "larger than the cap of 1,000,000 bytes"),
        ("/endless", "larger than the cap of 1,000,000 bytes"),
        ("/slow", "timed out: no data from the server for 0.5 s"),
        ("/drip", "took longer than the 2 s deadline"),
    ],
)
def test_hostile_answers_end_as_one_line(site: Site, fast_limits: Limits, path: str, expected: str) -> None:
    started = time.monotonic()
    assert expected in error_of(site, path, fast_limits)
    assert time.monotonic() - started < 15  # bounded: nothing waits for the server's 30 s


def test_gzip_bomb_is_stopped_at_the_cap_not_inflated(site: Site) -> None:
    limits = Limits(max_bytes=200_000, read_timeout=5, deadline=10)
    assert "larger than the cap of 200,000 bytes" in error_of(site, "/bomb.html", limits)


def test_a_redirect_chain_within_the_cap_is_followed(site: Site) -> None:
    fetched = fetch(site.url("/hop8"), limits=Limits(max_redirects=5))
    assert fetched.final_url == site.url("/hop12") and fetched.status == 200


def test_only_http_and_https_urls(fast_limits: Limits) -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "http://", "http://[::1"):
        item = read_url(url)
        assert item.article is None and item.error and "\n" not in item.error, url


def test_connection_refused_is_one_line(fast_limits: Limits) -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago and has no listener
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    item = read_url(f"http://127.0.0.1:{port}/x")
    assert item.error and "cannot connect" in item.error


def test_conditional_get_gets_304(site: Site, fast_limits: Limits) -> None:
    with Fetcher() as fetcher:
        first = fetcher.get(site.url("/feed.xml"), "feed")
        again = fetcher.get(site.url("/feed.xml"), "feed", {"If-None-Match": first.headers["etag"]})
    assert (first.status, again.status, again.body) == (200, 304, b"")


def test_a_feed_url_given_as_a_page_says_what_to_do(site: Site, fast_limits: Limits) -> None:
    item = read_url(site.url("/feed.xml"))
    assert item.error and "basewatch poll" in item.error


def test_bad_limit_in_the_environment_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from store.errors import BasewatchError

    monkeypatch.setenv("BASEWATCH_READ_TIMEOUT", "soon")
    with pytest.raises(BasewatchError, match="BASEWATCH_READ_TIMEOUT='soon': not a number"):
        Limits.from_env()


def test_a_page_in_a_legacy_charset_declared_only_in_meta(site: Site, fast_limits: Limits) -> None:
    text = "هجوم بطائرة مسيرة على قاعدة عين الأسد الجوية في غرب العراق، بحسب مسؤولين أمريكيين. " * 3
    page = (
        f'<html><head><meta charset="windows-1256"><title>عين الأسد</title></head><body><article>'
        f"<p>{text}</p><p>{text}</p></article></body></html>"
    )
    site.add("/arabic.html", page.encode("cp1256"), "text/html")
    item = read_url(site.url("/arabic.html"))
    assert item.article is not None and "قاعدة عين الأسد" in item.article.body
