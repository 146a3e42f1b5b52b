"""The live commands as a user runs them (``python -m tui ...``): exit codes, one-line
errors and no traceback, a clean stop on Ctrl-C and SIGTERM, and no heavy import on the
plain ingest path."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.test_bad_input import article_count, run

if TYPE_CHECKING:
    from tests.fixtures_http import Site

pytest_plugins = ["tests.fixtures_http"]

FAST = {
    "BASEWATCH_CONNECT_TIMEOUT": "2",
    "BASEWATCH_READ_TIMEOUT": "0.5",
    "BASEWATCH_FETCH_DEADLINE": "2",
    "BASEWATCH_MAX_BYTES": "1000000",
    "BASEWATCH_WATCH_SETTLE": "0.2",
}
WAIT = 20.0


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr


def bodies(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT body FROM articles ORDER BY id")]
    finally:
        conn.close()


# -- poll -------------------------------------------------------------------------------


def test_poll_once_stores_each_entry_with_its_page_text(site: Site, db_path: Path) -> None:
    feed = site.url("/feed.xml")
    result = run("poll", feed, "--once", "--db", str(db_path), env=FAST)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["new", "new", "feed", "feeds:"]
    assert result.stdout.splitlines()[-1] == "feeds: 1; articles: 2 new, 0 already stored, 0 failed"
    stored = bodies(db_path)
    assert len(stored) == 2 and "Two drones struck Ain al-Asad" in stored[0]
    assert not [m for body in stored for m in site.boilerplate if m in body]
    again = run("poll", feed, "--once", "--db", str(db_path), env=FAST)
    assert again.returncode == 0 and f"{feed}: not modified" in again.stdout


def test_poll_once_failures_are_one_line_each_and_exit_1(site: Site, db_path: Path) -> None:
    urls = [
        site.url(p)
        for p in ("/error500", "/slow", "/loop-a", "/not-xml-feed.xml", "/image.png", "/big.html", "/feed.xml")
    ]
    result = run("poll", *urls, "--once", "--db", str(db_path), env=FAST)
    no_traceback(result)
    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 6 and all(line.startswith("error: http://127.0.0.1:") for line in errors)
    assert article_count(db_path) == 2  # the good feed still stored


def test_poll_bad_arguments_exit_2_with_one_line(tmp_path: Path, db_path: Path) -> None:
    result = run("poll", "ftp://example.org/feed", "--once", "--db", str(db_path))
    no_traceback(result)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: ftp://example.org/feed: only http and https feeds are polled",
        "basewatch: no feed to poll",
    ]
    missing = run("poll", str(tmp_path / "subs.opml"), "--once", "--db", str(db_path))
    assert missing.returncode == 2 and "subs.opml: cannot read" in missing.stderr
    bad_every = run("poll", "http://127.0.0.1:9/x", "--every", "0", "--db", str(db_path))
    assert bad_every.returncode == 2 and "Traceback" not in bad_every.stderr


def test_bad_limit_in_the_environment_is_one_line(db_path: Path) -> None:
    result = run("poll", "http://127.0.0.1:9/x", "--once", "--db", str(db_path), env={"BASEWATCH_READ_TIMEOUT": "soon"})
    no_traceback(result)
    assert result.returncode == 2
    assert result.stderr.strip() == "basewatch: BASEWATCH_READ_TIMEOUT='soon': not a number"


def test_poll_with_opml_file(site: Site, db_path: Path, tmp_path: Path) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(site.opml([site.url("/feed.xml"), site.url("/atom.xml")]))
    result = run("poll", str(opml), "--once", "--db", str(db_path), env=FAST)
    assert result.returncode == 0 and article_count(db_path) == 4


# -- ingest URL -------------------------------------------------------------------------


def test_ingest_url_stores_the_article_without_boilerplate(site: Site, db_path: Path) -> None:
    result = run("ingest", site.url("/articles/a3.html"), "--db", str(db_path), env=FAST)
    no_traceback(result)
    assert result.returncode == 0
    (body,) = bodies(db_path)
    assert "killing three US soldiers" in body
    assert not [m for m in site.boilerplate if m in body]


def test_ingest_bad_urls_one_line_each_good_one_stored(site: Site, db_path: Path) -> None:
    urls = [site.url(p) for p in ("/error500", "/image.png", "/bomb.html", "/to-file", "/articles/a1.html")]
    result = run("ingest", *urls, "--db", str(db_path), env=FAST)
    no_traceback(result)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4 and article_count(db_path) == 1


# -- watch ------------------------------------------------------------------------------


class Process:
    """A running ``basewatch`` command whose output lines are collected as they come."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tui", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **FAST},
        )
        self.out: list[str] = []
        self.err: list[str] = []
        self.readers = [
            threading.Thread(target=self._read, args=(s, sink), daemon=True)
            for s, sink in ((self.proc.stdout, self.out), (self.proc.stderr, self.err))
        ]
        for reader in self.readers:
            reader.start()

    @staticmethod
    def _read(stream, sink: list[str]) -> None:  # type: ignore[no-untyped-def]
        for line in stream:
            sink.append(line.rstrip("\n"))

    def wait_for(self, sink: list[str], word: str) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if any(word in line for line in sink):
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.02)
        self.proc.kill()
        raise AssertionError(f"no {word!r} within {WAIT} s: out={self.out} err={self.err}")

    def stop(self, sig: int) -> int:
        self.proc.send_signal(sig)
        code = self.proc.wait(WAIT)
        for reader in self.readers:
            reader.join(WAIT)
        return code


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_watch_stores_a_dropped_file_and_stops_cleanly(tmp_path: Path, db_path: Path, sig: int) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    watcher = Process("watch", str(inbox), "--db", str(db_path))
    try:
        watcher.wait_for(watcher.out, "watching ")
        staging = tmp_path / "drop.txt"
        staging.write_text(
            "Rockets hit Camp Taji\n\nPublished: 2020-03-11\n\n"
            "Rockets hit Camp Taji north of Baghdad on Wednesday, officials said.\n"
        )
        staging.rename(inbox / "drop.txt")
        watcher.wait_for(watcher.out, "new ")
    finally:
        code = watcher.stop(sig)
    assert code == 0
    assert watcher.out[-1] == "stopped: articles: 1 new, 0 duplicate, 0 failed"
    assert not [line for line in watcher.err if "Traceback" in line or "KeyboardInterrupt" in line]
    assert (inbox / "drop.txt").exists()


def test_watch_missing_folder_is_one_line_exit_2(tmp_path: Path, db_path: Path) -> None:
    result = run("watch", str(tmp_path / "nope"), "--db", str(db_path))
    no_traceback(result)
    assert result.returncode == 2
    assert result.stderr.strip() == f"basewatch: {tmp_path / 'nope'}: no such folder"


def test_poll_runs_until_sigterm(site: Site, db_path: Path) -> None:
    poller = Process("poll", site.url("/feed.xml"), "--every", "1", "--db", str(db_path))
    try:
        poller.wait_for(poller.out, "feed ")
    finally:
        code = poller.stop(signal.SIGTERM)
    assert code == 0 and poller.out[-1] == "stopped"
    assert not [line for line in poller.err if "Traceback" in line]


# -- replay -----------------------------------------------------------------------------


def test_replay_cli(tmp_path: Path, db_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "b.txt").write_text("B\n\nPublished: 2024-02-02\n\nRockets hit Harir air base, officials said.\n")
    (corpus / "a.txt").write_text("A\n\nPublished: 2024-02-01\n\nDrones hit Tower 22, officials said.\n")
    result = run("replay", str(corpus), "--rate", "50", "--db", str(db_path))
    no_traceback(result)
    assert result.returncode == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["replay", "new", "new", "articles:"]
    assert "a.txt" in result.stdout.splitlines()[1]
    assert run("replay", str(corpus), "--rate", "0", "--db", str(db_path)).returncode == 2
    missing = run("replay", str(tmp_path / "none"), "--db", str(db_path))
    assert missing.returncode == 2 and missing.stderr.strip().endswith("none: no such file or folder")


# -- imports ----------------------------------------------------------------------------


def test_plain_ingest_imports_no_http_html_watch_or_ui_library(seed_copy: Path, db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tui", "ingest", str(seed_copy), "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert not imported & {"httpx", "httpcore", "feedparser", "trafilatura", "lxml", "watchfiles", "textual"}


@pytest.mark.parametrize(
    ("blocked", "command"),
    [
        ("trafilatura", ["poll", "{feed}", "--once"]),
        ("feedparser", ["poll", "{feed}", "--once"]),
        ("httpx", ["poll", "{feed}", "--once"]),
        ("watchfiles", ["watch", "{dir}"]),
    ],
)
def test_a_missing_dependency_is_one_loud_line(
    site: Site, tmp_path: Path, db_path: Path, blocked: str, command: list[str]
) -> None:
    """With a package unimportable the command fails with one line naming it; nothing falls back."""
    args = [a.format(feed=site.url("/feed.xml"), dir=tmp_path) for a in command] + ["--db", str(db_path)]
    code = (
        f"import sys; sys.modules[{blocked!r}] = None; sys.argv = ['basewatch', *{args!r}]; "
        "from tui.cli import main; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={**os.environ, **FAST}
    )
    no_traceback(result)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith("basewatch: ") and repr(blocked) in result.stderr
    assert "reinstall basewatch" in result.stderr
    assert not db_path.exists() or article_count(db_path) == 0
