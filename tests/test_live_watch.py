"""Watched folders with real files: written in steps, renamed into place, temporary names,
bad files, restarts. The watcher runs in a thread with a stop event; every wait is bounded."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from store.live import watch_folders
from tests.conftest import SEED

WAIT = 15.0  # generous bound for anything the watcher should do "at once"
ARTICLE = (
    "Drone strikes Harir air base\n\n"
    "Published: 2024-02-{day:02d}\n\n"
    "ERBIL, Feb {day} (Desert Wire) - A drone struck Harir air base north of Erbil on {weekday}, "
    "Kurdish officials said, causing no casualties. Report number {n}.\n"
)


def article_text(n: int) -> str:
    return ARTICLE.format(day=1 + n % 27, weekday="Monday", n=n)


class Running:
    """A watcher thread on ``folders`` and the lines it reported."""

    def __init__(self, db: Path, folders: list[Path]) -> None:
        self.lines: list[str] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=watch_folders, args=(db, folders, self.stop, self.on_event))
        self.db = db

    def on_event(self, line: str) -> None:
        assert "\n" not in line
        with self.lock:
            self.lines.append(line)

    def wait_for(self, check: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if check():
                return
            time.sleep(0.02)
        raise AssertionError(f"not within {WAIT} s: {what}; lines: {self.lines}")

    def wait_line(self, word: str, count: int = 1) -> None:
        self.wait_for(lambda: sum(line.startswith(word) for line in self.lines) >= count, f"{count} {word!r} lines")

    def rows(self) -> list[sqlite3.Row]:
        conn = sqlite3.connect(self.db)
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute("SELECT * FROM articles ORDER BY id").fetchall()
        except sqlite3.OperationalError:
            return []  # the store is not created yet
        finally:
            conn.close()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def watcher(db_path: Path, inbox: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Running]:
    monkeypatch.setenv("BASEWATCH_WATCH_SETTLE", "0.4")
    running = Running(db_path, [inbox])
    running.thread.start()
    running.wait_line("watching")
    try:
        yield running
    finally:
        running.stop.set()
        running.thread.join(WAIT)
        assert not running.thread.is_alive(), "the watcher did not stop"


def test_a_file_renamed_into_place_is_ingested_once(watcher: Running, inbox: Path) -> None:
    partial = inbox / "report.txt.part"
    text = article_text(1)
    with partial.open("w") as handle:  # written in steps under a temporary name
        handle.write(text[:40])
        handle.flush()
        time.sleep(0.3)
        handle.write(text[40:])
    time.sleep(0.6)  # longer than the settle time: the .part name alone must keep it out
    assert watcher.rows() == []
    partial.rename(inbox / "report.txt")
    watcher.wait_for(lambda: len(watcher.rows()) == 1, "the renamed file stored")
    (row,) = watcher.rows()
    assert row["body"].endswith("Report number 1.") and row["source_path"] == str(inbox / "report.txt")
    time.sleep(0.6)
    assert len(watcher.rows()) == 1
    assert [line for line in watcher.lines if line.startswith("new")] == [
        f"new       {inbox / 'report.txt'} — Drone strikes Harir air base (1 incident)"
    ]


def test_a_file_written_slowly_in_place_is_read_when_complete(watcher: Running, inbox: Path) -> None:
    text = article_text(2)
    target = inbox / "slow.txt"
    with target.open("w") as handle:
        for start in range(0, len(text), 60):  # pauses shorter than the 0.4 s settle time
            handle.write(text[start : start + 60])
            handle.flush()
            time.sleep(0.1)
    watcher.wait_for(lambda: len(watcher.rows()) == 1, "the slow file stored")
    time.sleep(0.6)
    (row,) = watcher.rows()
    assert row["body"].endswith("Report number 2.")


def test_temporary_hidden_and_unknown_files_are_ignored(watcher: Running, inbox: Path) -> None:
    for name in (
        ".hidden.txt",
        "draft.txt~",
        "x.tmp",
        "dl.crdownload",
        "b.partial",
        "#autosave.txt#",
        "photo.jpg",
        "notes.docx",
    ):
        (inbox / name).write_text(article_text(3))
    (inbox / ".git").mkdir()
    (inbox / ".git" / "inside.txt").write_text(article_text(4))
    (inbox / "real.txt").write_text(article_text(5))
    watcher.wait_for(lambda: len(watcher.rows()) == 1, "only the real file stored")
    time.sleep(0.6)
    (row,) = watcher.rows()
    assert row["body"].endswith("Report number 5.")


def test_bad_files_are_one_line_each_and_the_watcher_goes_on(watcher: Running, inbox: Path) -> None:
    (inbox / "binary.txt").write_bytes(b"\x00\x01\x02" * 200)
    (inbox / "broken.json").write_text('{"title": "x", "text": ')
    (inbox / "empty.md").write_text("")
    watcher.wait_line("error:", 3)
    (inbox / "good.txt").write_text(article_text(6))
    watcher.wait_for(lambda: len(watcher.rows()) == 1, "the good file stored after the bad ones")
    errors = [line for line in watcher.lines if line.startswith("error:")]
    assert any("binary.txt: binary file" in e for e in errors)
    assert any("broken.json: malformed JSON" in e for e in errors)
    assert any("empty.md: empty file" in e for e in errors)


def test_an_unreadable_file_is_reported_and_skipped(watcher: Running, inbox: Path) -> None:
    locked = inbox / "locked.txt"
    if os.geteuid() == 0:  # root reads any file; this one fails for root too (EIO)
        locked.symlink_to("/proc/self/mem")
    else:
        locked.write_text(article_text(7))
        locked.chmod(0)
    watcher.wait_line("error:")
    assert "locked.txt: cannot read" in watcher.lines[-1]
    (inbox / "after.txt").write_text(article_text(7))
    watcher.wait_for(lambda: len(watcher.rows()) == 1, "the next file stored")
    assert sum(line.startswith("error:") for line in watcher.lines) == 1  # reported once, not per tick


def test_a_folder_moved_in_brings_its_files(watcher: Running, inbox: Path, tmp_path: Path) -> None:
    outside = tmp_path / "batch"
    (outside / "deep").mkdir(parents=True)
    (outside / "one.txt").write_text(article_text(8))
    (outside / "deep" / "two.txt").write_text(article_text(9))
    outside.rename(inbox / "batch")
    watcher.wait_for(lambda: len(watcher.rows()) == 2, "both files of the moved folder stored")


def test_user_files_are_never_moved_or_changed(watcher: Running, inbox: Path) -> None:
    files = {inbox / f"r{n}.txt": article_text(10 + n) for n in range(3)}
    for path, text in files.items():
        path.write_text(text)
    watcher.wait_for(lambda: len(watcher.rows()) == 3, "three files stored")
    assert sorted(inbox.iterdir()) == sorted(files)
    assert all(path.read_text() == text for path, text in files.items())


def test_a_restart_does_not_read_the_folder_again(db_path: Path, inbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BASEWATCH_WATCH_SETTLE", "0.2")
    (inbox / "before.txt").write_text(article_text(20))
    first = Running(db_path, [inbox])
    first.thread.start()
    first.wait_for(lambda: len(first.rows()) == 1, "the file present at start stored")
    first.stop.set()
    first.thread.join(WAIT)
    (inbox / "while-stopped.txt").write_text(article_text(21))
    second = Running(db_path, [inbox])
    second.thread.start()
    try:
        second.wait_for(lambda: len(second.rows()) == 2, "the file that landed while stopped stored")
        time.sleep(0.5)
    finally:
        second.stop.set()
        second.thread.join(WAIT)
    reported = [line for line in second.lines if line.startswith(("new", "duplicate"))]
    assert len(reported) == 1 and "while-stopped.txt" in reported[0]
    conn = sqlite3.connect(db_path)
    status = conn.execute("SELECT kind, status, taken FROM feeds WHERE url = ?", (str(inbox),)).fetchone()
    seen = conn.execute("SELECT count(*) FROM seen_files").fetchone()[0]
    conn.close()
    assert status == ("folder", "stopped", 2) and seen == 2


def test_watch_folders_reports_a_missing_folder_and_returns(db_path: Path, tmp_path: Path) -> None:
    lines: list[str] = []
    watch_folders(db_path, [tmp_path / "nope"], threading.Event(), lines.append)
    assert lines == [f"error: {tmp_path / 'nope'}: no such folder", "error: no folder to watch"]


def test_the_seed_article_dropped_in_gets_its_incidents(watcher: Running, inbox: Path) -> None:
    staging = inbox.parent / SEED.name
    staging.write_bytes(SEED.read_bytes())
    os.replace(staging, inbox / SEED.name)
    watcher.wait_line("new")
    assert "incidents)" in next(line for line in watcher.lines if line.startswith("new"))


def test_escape_sequences_in_a_title_never_reach_the_line(watcher: Running, inbox: Path) -> None:
    (inbox / "hostile.txt").write_text(
        "Harir \x1b[31mred\x1b[0m \x9b2J alert\r\n\r\nRockets hit Harir air base on Monday, officials said.\n"
    )
    watcher.wait_line("new")
    (line,) = [x for x in watcher.lines if x.startswith("new")]
    assert not any(ch in line for ch in "\x1b\x9b\r")
    assert "Harir [31mred [0m 2J alert" in line
