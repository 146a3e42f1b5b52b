"""A real HTTP server on 127.0.0.1 for the live-ingestion tests, and the documents it serves.

Each test gets its own server on a random port (``site`` fixture) with RSS 2.0, Atom, OPML
and article pages wrapped in navigation, cookie banners, asides and footers, plus the
hostile answers a poller meets: 304 with an ETag, 404, 500, a server that never answers,
one that drips bytes, a redirect loop, a redirect to file://, an oversize body, a gzip bomb,
an endless body, a wrong content type and a feed that is not XML. Every request is logged
with its headers so tests can see conditional GETs and count page fetches.

Test modules load it with ``pytest_plugins = ["tests.fixtures_http"]``.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

# Words that appear only in the boilerplate around an article: none may reach the store.
BOILERPLATE = ("NAVMARKER", "COOKIEMARKER", "ASIDEMARKER", "FOOTERMARKER")

ARTICLES = {
    "a1": (
        "Drones strike Ain al-Asad air base",
        "2024-01-21T10:00:00Z",
        [
            "BAGHDAD, Jan 21 (Desert Wire) - Two drones struck Ain al-Asad air base in western Iraq on "
            "Saturday, a US official said, injuring two American service members.",
            '"The attack caused minor damage," the official told Desert Wire on condition of anonymity '
            "because he was not authorised to speak publicly.",
            "The Islamic Resistance in Iraq claimed responsibility for the attack in a statement on Telegram.",
        ],
    ),
    "a2": (
        "Rockets fired at Harir base in Erbil",
        "2024-01-22T08:30:00Z",
        [
            "ERBIL, Jan 22 (Desert Wire) - Three rockets were fired at Harir air base north of Erbil on "
            "Sunday night, Kurdish security officials said.",
            "No casualties were reported and the rockets landed outside the perimeter, officials added.",
        ],
    ),
    "a3": (
        "Drone attack on Tower 22 in Jordan",
        "2024-01-28T12:00:00Z",
        [
            "AMMAN, Jan 28 (Desert Wire) - A one-way attack drone struck Tower 22, a US outpost in "
            "northeastern Jordan, on Sunday, killing three US soldiers, the Pentagon said.",
            "More than 40 others were injured in the attack, according to US Central Command.",
        ],
    ),
    "a4": (
        "Rocket attack on al-Tanf garrison",
        "2024-01-30T09:00:00Z",
        [
            "DAMASCUS, Jan 30 (Desert Wire) - Rockets were fired at the al-Tanf garrison in southern "
            "Syria on Monday, a coalition spokesman said.",
            "The spokesman said there were no injuries and no damage to the garrison.",
        ],
    ),
}


def article_html(key: str) -> str:
    """An article page inside the boilerplate a real news site puts around it."""
    title, published, paragraphs = ARTICLES[key]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html><head><title>{title} | Desert Wire</title>
<meta charset="utf-8"><meta property="og:site_name" content="Desert Wire">
<meta property="article:published_time" content="{published}"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/subscribe">NAVMARKER Subscribe now for full access</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. COOKIEMARKER Accept all cookies</div>
<main><article><h1>{title}</h1>
{body}
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">ASIDEMARKER Ten celebrity diets you must try</a></li>
<li><a href="/y">ASIDEMARKER Markets close higher on tech rally</a></li></ul></aside>
<footer><p>FOOTERMARKER Copyright 2024 Desert Wire. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body></html>"""


def summary_of(key: str) -> str:
    """The entry summary a feed carries: shorter than the page, so tests can tell them apart."""
    return f"SUMMARYONLY {ARTICLES[key][0]}."


def rss(base: str, keys: list[str], links: dict[str, str] | None = None) -> str:
    """An RSS 2.0 document whose items link to ``/articles/KEY.html`` (or ``links[KEY]``)."""
    items = []
    for key in keys:
        title, published, _ = ARTICLES[key]
        link = (links or {}).get(key, f"{base}/articles/{key}.html")
        stamp = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.strptime(published, "%Y-%m-%dT%H:%M:%SZ"))
        items.append(f"""<item><title>{title}</title><link>{link}</link><guid>{link}</guid>
<pubDate>{stamp}</pubDate><description>{summary_of(key)}</description></item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Desert Wire: Iraq and Syria</title><link>{base}/</link>
<description>Reports</description>
{"".join(items)}
</channel></rss>"""


def atom(base: str, keys: list[str]) -> str:
    entries = []
    for key in keys:
        title, published, _ = ARTICLES[key]
        entries.append(f"""<entry><title>{title}</title><link href="{base}/articles/{key}.html"/>
<id>tag:desertwire,2024:{key}</id><updated>{published}</updated><published>{published}</published>
<summary>{summary_of(key)}</summary></entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desert Wire Atom</title>
<id>tag:desertwire,2024:feed</id><updated>2024-01-30T00:00:00Z</updated>
{"".join(entries)}
</feed>"""


def opml(urls: list[str]) -> str:
    outlines = "".join(f'<outline type="rss" text="feed {i}" xmlUrl="{u}"/>' for i, u in enumerate(urls))
    return f"""<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head>
<body><outline text="Middle East">{outlines}</outline></body></opml>"""


Handler = Callable[["_Request"], None]


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # answer 304 when the request's If-None-Match matches
    handler: Handler | None = None  # full control, for the hostile cases


class _Request(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read ``Site.requests`` instead."""

    def do_GET(self) -> None:
        site = self.server.site
        path = self.path.split("?", 1)[0]
        with site.lock:
            site.hits[path] += 1
            site.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
        route = site.routes.get(path)
        if route is None:
            self.send_answer(404, b"not found", "text/plain")
        elif route.handler is not None:
            route.handler(self)
        elif route.etag and self.headers.get("If-None-Match") == route.etag:
            self.send_response(304)
            self.send_header("ETag", route.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            extra = dict(route.headers)
            if route.etag:
                extra["ETag"] = route.etag
            self.send_answer(route.status, route.body, route.content_type, extra)

    def send_answer(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that hang up mid-body (as the size cap makes them) are expected: stay quiet."""


class Site:
    """The server, its routes and a log of what was asked of it.

    The document builders hang off it too, so test modules need no import of this module
    (which pytest loads as a plugin) at run time.
    """

    boilerplate = BOILERPLATE
    articles = ARTICLES
    summary_of = staticmethod(summary_of)
    article_html = staticmethod(article_html)

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.server = _Server(("127.0.0.1", 0), _Request)
        self.server.site = self
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def add(
        self, path: str, body: str | bytes = b"", content_type: str = "text/html; charset=utf-8", **kw: object
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, **kw)  # type: ignore[arg-type]
        return self.url(path)

    def rss(self, keys: list[str], links: dict[str, str] | None = None) -> str:
        return rss(self.base, keys, links)

    def atom(self, keys: list[str]) -> str:
        return atom(self.base, keys)

    def opml(self, urls: list[str]) -> str:
        return opml(urls)

    def headers_of(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [h for p, h in self.requests if p == path]

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()


def _slow(seconds: float) -> Handler:
    """Accept the request, then say nothing for ``seconds`` (or until the server stops)."""

    def handler(req: _Request) -> None:
        req.server.site.stopping.wait(seconds)

    return handler


def _drip(req: _Request) -> None:
    """Headers at once, then one byte every 0.1 s: never idle long enough for a read timeout."""
    req.send_response(200)
    req.send_header("Content-Type", "text/html")
    req.send_header("Content-Length", "100000")
    req.end_headers()
    try:
        for _ in range(100000):
            if req.server.site.stopping.wait(0.1):
                return
            req.wfile.write(b"x")
            req.wfile.flush()
    except OSError:
        return


def _endless(req: _Request) -> None:
    """A body with no length that never ends, until the client hangs up."""
    req.send_response(200)
    req.send_header("Content-Type", "text/html")
    req.send_header("Connection", "close")
    req.end_headers()
    chunk = b"<p>" + b"endless " * 8000 + b"</p>\n"
    try:
        while not req.server.site.stopping.is_set():
            req.wfile.write(chunk)
    except OSError:
        return
    finally:
        req.close_connection = True


def _redirect_to(target: str) -> Handler:
    def handler(req: _Request) -> None:
        req.send_response(302)
        req.send_header("Location", target)
        req.send_header("Content-Length", "0")
        req.end_headers()

    return handler


_BOMB: bytes | None = None


def gzip_bomb() -> bytes:
    """50 MB of zeros in about 50 KB of gzip."""
    global _BOMB
    if _BOMB is None:
        _BOMB = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=9)
    return _BOMB


def build_site(site: Site) -> Site:
    """Every route the live tests use."""
    base = site.base
    for key in ARTICLES:
        site.add(f"/articles/{key}.html", article_html(key))
    site.add("/feed.xml", rss(base, ["a1", "a2"]), "application/rss+xml", etag='"rss-v1"')
    site.add(
        "/atom.xml",
        atom(base, ["a3", "a4"]),
        "application/atom+xml; charset=utf-8",
        headers={"Last-Modified": "Tue, 30 Jan 2024 10:00:00 GMT"},
    )
    site.add("/subs.opml", opml([f"{base}/feed.xml", f"{base}/atom.xml"]), "text/x-opml")
    site.add("/broken-link-feed.xml", rss(base, ["a4"], {"a4": f"{base}/error500"}), "application/rss+xml")
    site.add("/error500", b"boom", "text/plain", status=500)
    site.add("/busy", b"later", "text/plain", status=503, headers={"Retry-After": "120"})
    site.add("/not-xml-feed.xml", "this is not XML at all, just words { and } brackets", "application/rss+xml")
    site.add("/html-as-feed", article_html("a1"), "text/html")
    site.add("/image.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
    site.add("/big.html", b"<p>" + b"x" * 3_000_000 + b"</p>", "text/html")
    site.add("/bomb.html", gzip_bomb(), "text/html", headers={"Content-Encoding": "gzip"})
    site.add(
        "/plain.txt",
        "Rocket attack on Camp Taji\n\nThree rockets hit Camp Taji north of Baghdad "
        "on Wednesday, Iraqi security sources said.\n",
        "text/plain; charset=utf-8",
    )
    site.routes["/slow"] = Route(handler=_slow(30))
    site.routes["/drip"] = Route(handler=_drip)
    site.routes["/endless"] = Route(handler=_endless)
    site.routes["/loop-a"] = Route(handler=_redirect_to("/loop-b"))
    site.routes["/loop-b"] = Route(handler=_redirect_to("/loop-a"))
    for i in range(12):
        site.routes[f"/hop{i}"] = Route(handler=_redirect_to(f"/hop{i + 1}"))
    site.add("/hop12", article_html("a1"))
    site.routes["/to-file"] = Route(handler=_redirect_to("file:///etc/passwd"))
    site.routes["/moved-feed"] = Route(handler=_redirect_to("/feed.xml"))
    return site


@pytest.fixture
def site() -> Iterator[Site]:
    """A fresh server with every route, stopped after the test."""
    running = build_site(Site()).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def fast_limits(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Short timeouts and a 1 MB cap, for this process and any subprocess it starts."""
    from store.ingest.web import Limits

    for key, value in {
        "BASEWATCH_CONNECT_TIMEOUT": "2",
        "BASEWATCH_READ_TIMEOUT": "0.5",
        "BASEWATCH_FETCH_DEADLINE": "2",
        "BASEWATCH_MAX_BYTES": "1000000",
    }.items():
        monkeypatch.setenv(key, value)
    return Limits.from_env()
