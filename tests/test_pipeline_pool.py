"""Extraction in worker processes: the same store as in-process, failures named per article,
repeats recognised before extracting, and nothing left running after Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import export
from store.db import Store
from store.models import Article
from store.pipeline import Summary, ingest_paths
from store.queries import open_reader
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool forks its workers")


def ingest(db: Path, paths: list[Path], workers: int) -> tuple[Summary, list[tuple[str, str]]]:
    """The summary and the (status or error, source) line of each item, in order."""
    lines: list[tuple[str, str]] = []

    def on_item(item, result, error) -> None:  # type: ignore[no-untyped-def]
        lines.append((error or result.status, item.source))

    with Store(db) as store:
        summary = ingest_paths(store, paths, on_item=on_item, workers=workers)
    return summary, lines


def document(db: Path) -> dict:  # type: ignore[type-arg]
    conn = open_reader(db)
    try:
        return export.document(conn)
    finally:
        conn.close()


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """The seeds plus two copies of one of them under other names (same content, one batch)."""
    folder = tmp_path / "batch"
    shutil.copytree(SEEDS, folder / "seeds")
    first = sorted((folder / "seeds").glob("*.txt"))[0]
    shutil.copy(first, folder / "copy-1.txt")
    shutil.copy(first, folder / "copy-2.txt")
    return folder


def test_pool_stores_exactly_what_one_process_stores(tmp_path: Path, batch: Path) -> None:
    one = ingest(tmp_path / "one.db", [batch], workers=1)
    two = ingest(tmp_path / "two.db", [batch], workers=2)
    assert one == two
    summary, lines = two
    assert summary.failed == 0 and summary.duplicate == 2  # the copies, after the original
    assert [status for status, _ in lines].count("new") == summary.new
    assert document(tmp_path / "one.db") == document(tmp_path / "two.db")


def test_a_repeat_within_the_batch_is_not_extracted(
    tmp_path: Path, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store import pipeline

    real = pipeline.extract
    original = sorted((batch / "seeds").glob("*.txt"))[0]

    def only_once(article: Article, gazetteer: object):  # type: ignore[no-untyped-def]
        if article.source_path in (str(batch / "copy-2.txt"), str(original)):
            raise AssertionError(f"extracted the repeat {article.source_path}")
        return real(article, gazetteer)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract", only_once)
    summary, lines = ingest(tmp_path / "s.db", [batch], workers=2)
    assert summary.failed == 0
    names = {"copy-1.txt", "copy-2.txt", original.name}
    assert [(status, Path(source).name) for status, source in lines if Path(source).name in names] == [
        ("new", "copy-1.txt"),
        ("duplicate", "copy-2.txt"),
        ("duplicate", original.name),
    ]


def test_reingest_through_the_pool_extracts_nothing(
    tmp_path: Path, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    first, _ = ingest(db, [batch], workers=2)

    def refuse(article: Article, gazetteer: object) -> None:
        raise AssertionError(f"extracted {article.source_path} again")

    monkeypatch.setattr("store.pipeline.extract", refuse)  # the forked workers inherit it
    again, _ = ingest(db, [batch], workers=2)
    assert (again.new, again.duplicate, again.failed) == (0, first.new + first.duplicate, 0)


def test_an_article_failing_in_a_worker_is_one_named_error(
    tmp_path: Path, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store import pipeline

    real = pipeline.extract

    def fragile(article: Article, gazetteer: object):  # type: ignore[no-untyped-def]
        if "drone-attack-ain-al-asad" in (article.source_path or ""):
            raise ValueError("cannot read this one")
        return real(article, gazetteer)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract", fragile)
    one, one_lines = ingest(tmp_path / "one.db", [batch], workers=1)
    two, two_lines = ingest(tmp_path / "two.db", [batch], workers=2)
    assert (one, one_lines) == (two, two_lines)
    (error,) = two.errors
    assert error.endswith("drone-attack-ain-al-asad-2024-01-24.txt: not stored: ValueError: cannot read this one")
    assert two.new > 30


def test_a_worker_that_dies_leaves_its_articles_to_this_process(
    tmp_path: Path, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store import pipeline

    real, writer = pipeline.extract, os.getpid()

    def crashing(article: Article, gazetteer: object):  # type: ignore[no-untyped-def]
        if os.getpid() != writer and "drone-attack-ain-al-asad" in (article.source_path or ""):
            os._exit(3)  # as if killed; in the writer's own process it extracts normally
        return real(article, gazetteer)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract", crashing)
    one = ingest(tmp_path / "one.db", [batch], workers=1)
    two = ingest(tmp_path / "two.db", [batch], workers=2)
    assert one == two and two[0].failed == 0
    assert document(tmp_path / "one.db") == document(tmp_path / "two.db")


def test_ctrl_c_stops_the_workers_and_keeps_whole_articles(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.corpus import articles, write_txt

    folder, db = tmp_path / "reports", tmp_path / "s.db"
    # Enough work that Ctrl-C lands mid-batch even when this process is starved on a busy
    # machine: 400 reports once all went in before the signal did.
    write_txt(folder, articles(2000))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C sees it
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # the first report is stored: the workers are busy
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err, err
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _group_alive(proc.pid):
        time.sleep(0.1)
    assert not _group_alive(proc.pid), "a worker outlived the command"
    conn = sqlite3.connect(db)
    try:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 0 < stored < 2000
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")  # raises if torn
    finally:
        conn.close()


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_jobs_option_on_the_command_line(tmp_path: Path, batch: Path) -> None:
    from tests.test_bad_input import run

    one = run("ingest", str(batch), "--db", str(tmp_path / "one.db"), "-q", "--jobs", "1")
    two = run("ingest", str(batch), "--db", str(tmp_path / "two.db"), "-q", "-j", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and "2 duplicate, 0 failed" in two.stdout
    assert document(tmp_path / "one.db") == document(tmp_path / "two.db")
    bad = run("ingest", str(batch), "--db", str(tmp_path / "bad.db"), "-j", "0")
    assert bad.returncode == 2 and "--jobs" in bad.stderr and "Traceback" not in bad.stderr
