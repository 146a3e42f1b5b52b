"""Replay: a corpus stored report by report, in publication order, at the rate asked."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from store.db import Store
from store.replay import replay, replay_corpus
from tests.conftest import SEEDS


def corpus(folder: Path) -> Path:
    """Three dated reports written in an order unlike their publication order, and one bad file."""
    folder.mkdir()
    for name, day in (("c.txt", 3), ("a.txt", 9), ("b.txt", 1)):
        (folder / name).write_text(
            f"Report of Feb {day}\n\nPublished: 2024-02-{day:02d}\n\n"
            f"Rockets hit Harir air base on Feb {day}, officials said.\n"
        )
    (folder / "bad.json").write_text("{")
    return folder


def test_reports_arrive_in_publication_order(tmp_path: Path, db_path: Path) -> None:
    lines: list[str] = []
    with Store(db_path) as store:
        summary = replay(store, [corpus(tmp_path / "c")], 200, threading.Event(), lines.append)
    assert (summary.new, summary.failed) == (3, 1)
    conn = sqlite3.connect(db_path)
    published = [r[0] for r in conn.execute("SELECT published FROM articles ORDER BY id")]
    conn.close()
    assert published == ["2024-02-01", "2024-02-03", "2024-02-09"]
    assert lines[0].startswith("error:") and "bad.json" in lines[0]
    assert lines[1] == "replay    3 reports at 200 a second"
    assert [line.split("—")[1].split()[0] for line in lines if line.startswith("new")] == [
        "2024-02-01",
        "2024-02-03",
        "2024-02-09",
    ]


def test_the_rate_spaces_the_reports(tmp_path: Path, db_path: Path) -> None:
    """At 4 a second, three reports span at least half a second (the schedule, not a timing bound)."""
    import time

    started = time.monotonic()
    with Store(db_path) as store:
        replay(store, [corpus(tmp_path / "c")], 4, threading.Event(), lambda _line: None)
    assert time.monotonic() - started >= 0.5


def test_stop_ends_a_replay_early(tmp_path: Path, db_path: Path) -> None:
    stop = threading.Event()
    lines: list[str] = []

    def on_event(line: str) -> None:
        lines.append(line)
        if line.startswith("new"):
            stop.set()  # stop after the first report

    with Store(db_path) as store:
        summary = replay(store, [corpus(tmp_path / "c")], 0.5, stop, on_event)
    assert summary.new == 1


def test_replay_corpus_of_the_seeds_and_a_second_run_warns(db_path: Path) -> None:
    lines: list[str] = []
    replay_corpus(db_path, [SEEDS], 1000, threading.Event(), lines.append)
    assert lines[-1].startswith("replay    articles:") and "0 failed" in lines[-1]
    again: list[str] = []
    replay_corpus(db_path, [SEEDS], 1000, threading.Event(), again.append)
    assert any("already in this store" in line for line in again)


def test_rate_must_be_positive(db_path: Path, tmp_path: Path) -> None:
    with Store(db_path) as store, pytest.raises(ValueError):
        replay(store, [tmp_path], 0, threading.Event(), print)
