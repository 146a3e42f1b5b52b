"""Bad input: one line naming the input, the rest of the batch stored, exit 1."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def article_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_folder_with_binary_broken_json_and_one_good_article(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "photo.txt").write_bytes(b"\x00\x01\x02binary\xff" * 50)
    (folder / "broken.json").write_text('{"title": "x", "text": ')
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    result = run("ingest", str(folder), "--db", str(db_path))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("photo.txt: binary file" in e for e in errors)
    assert any("broken.json: malformed JSON" in e for e in errors)
    assert "Traceback" not in result.stderr
    assert "articles: 1 new, 0 duplicate, 2 failed" in result.stdout
    assert article_count(db_path) == 1


def test_each_bad_file_gets_one_line(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "huge.txt").write_text("Title\n\n" + "word " * 4000)
    (tmp_path / "bad.jsonl").write_text('{"text": "Fine report one."}\nnot json\n')
    missing = tmp_path / "missing.txt"
    result = run(
        "ingest",
        str(tmp_path / "empty.txt"),
        str(tmp_path / "huge.txt"),
        str(tmp_path / "bad.jsonl"),
        str(missing),
        "--db",
        str(db_path),
        "--max-bytes",
        "10000",
    )
    assert result.returncode == 1
    stderr = result.stderr
    assert "empty.txt: empty file" in stderr
    assert "huge.txt: too large (20,007 bytes; the cap is 10,000)" in stderr
    assert "bad.jsonl:2: malformed JSON line" in stderr
    assert "missing.txt: no such file or directory" in stderr
    assert "Traceback" not in stderr
    assert article_count(db_path) == 1  # the good JSONL line


def test_size_cap_from_environment(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\n" + "word " * 100)
    result = run("ingest", str(tmp_path / "a.txt"), "--db", str(db_path), env={"BASEWATCH_MAX_BYTES": "50"})
    assert result.returncode == 1 and "too large" in result.stderr


def test_db_that_is_not_sqlite_is_refused_and_unchanged(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me\n")
    result = run("ingest", str(SEED), "--db", str(notes))
    assert result.returncode == 2
    assert result.stderr.strip() == f"basewatch: {notes}: not a SQLite database; refusing to use it as a store"
    assert notes.read_text() == "keep me\n"


def test_usage_errors_exit_2(db_path: Path) -> None:
    assert run("ingest", "--db", str(db_path)).returncode == 2
    assert run("export", "--format", "xml", "--db", str(db_path)).returncode == 2
    assert run("frobnicate").returncode == 2


def test_invalid_utf8_file_is_stored_with_a_warning(tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Attaque\n\nUn drone a frapp\xe9 la base.".encode("latin-1"))
    result = run("ingest", str(path), "--db", str(db_path))
    assert result.returncode == 0
    assert "latin.txt: not valid UTF-8" in result.stderr
    assert article_count(db_path) == 1
