"""The store: schema and migrations, atomic articles, idempotent re-ingest, concurrency."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from store.db import Store
from store.errors import StoreError
from store.models import Article, Extraction, IncidentMention, Quote, Source, Span, Tally
from store.schema import SCHEMA_VERSION

ARTICLE = Article(
    title="Rockets hit Harir",
    body="Two rockets hit Harir Air Base on Monday.",
    published="2023-11-13",
    outlet="Test Wire",
)


def mention(**changes) -> IncidentMention:  # type: ignore[no-untyped-def]
    fields = dict(
        base="Harir Air Base",
        place_text="Harir Air Base",
        date="2023-11-13",
        date_precision="day",
        date_basis="on Monday",
        weapons=("rocket",),
        evidence=(Span(0, 40, "Two rockets hit Harir Air Base on Monday."),),
    )
    fields.update(changes)
    return IncidentMention(**fields)  # type: ignore[arg-type]


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    tables = ("articles", "incidents", "incident_articles", "quotes", "sources", "tallies")
    result = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    conn.close()
    return result


def test_new_store_has_schema_wal_and_gazetteer(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = {r[0] for r in store.conn.execute("SELECT name FROM bases")}
    assert {"Ain al-Asad Air Base", "Tower 22", "Al-Tanf Garrison"} <= names


def test_round_trip_of_an_article_and_its_extraction(db_path: Path) -> None:
    extraction = Extraction(
        incidents=(mention(),),
        quotes=(
            Quote(
                "We were hit hard", 0, 10, speaker="a US official", speaker_kind="anonymous official", incident_index=0
            ),
        ),
        sources=(Source("Test Wire", "news agency"),),
        tallies=(Tally(46, "at least", "attacks on US forces"),),
    )
    with Store(db_path) as store:
        result = store.add(ARTICLE, extraction)
        assert (result.status, result.incidents_new) == ("new", 1)
        row = store.conn.execute("SELECT * FROM incidents").fetchone()
        assert (row["date"], row["weapons"], row["corroboration"]) == ("2023-11-13", "rocket", 1)
        quote = store.conn.execute("SELECT * FROM quotes").fetchone()
        assert quote["incident_id"] == row["id"]
        hits = store.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Harir'").fetchall()
        assert len(hits) == 1
    assert counts(db_path) == {
        "articles": 1,
        "incidents": 1,
        "incident_articles": 1,
        "quotes": 1,
        "sources": 1,
        "tallies": 1,
    }


def test_same_body_or_same_url_is_a_duplicate(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add(ARTICLE, Extraction(incidents=(mention(),)))
        # Same text with different spacing and case is the same content.
        respaced = Article(title="x", body="  two rockets HIT Harir Air Base\non Monday. ", published="2023-11-13")
        assert store.add(respaced, Extraction()).status == "duplicate"
        with_url = Article(title="y", body="Other text entirely.", url="https://example.org/a")
        store.add(with_url, Extraction())
        same_url = Article(title="z", body="Yet another text.", url="https://example.org/a")
        assert store.add(same_url, Extraction()).status == "duplicate"
    assert counts(db_path)["articles"] == 2


def test_failure_mid_article_leaves_nothing_behind(db_path: Path) -> None:
    bad = Extraction(incidents=(mention(),), quotes=(Quote("dangling", 0, 5, incident_index=7),))  # index out of range
    with Store(db_path) as store:
        store.add(ARTICLE, Extraction())  # something already stored must survive
        other = Article(title="t", body="A different report about Harir.", published="2023-11-14")
        with pytest.raises(IndexError):
            store.add(other, bad)
    assert counts(db_path) == {
        "articles": 1,
        "incidents": 0,
        "incident_articles": 0,
        "quotes": 0,
        "sources": 0,
        "tallies": 0,
    }


def test_store_from_a_newer_version_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer basewatch"):
        Store(db_path)


def test_migration_from_empty_file_and_reopen_is_a_no_op(db_path: Path) -> None:
    sqlite3.connect(db_path).close()  # an empty SQLite file: version 0
    with Store(db_path) as store:
        store.add(ARTICLE, Extraction())
    with Store(db_path) as store:
        assert store.conn.execute("SELECT count(*) FROM bases").fetchone()[0] == 30
    assert counts(db_path)["articles"] == 1


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my precious notes\n")
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)
    assert path.read_text() == "my precious notes\n"


def test_two_processes_creating_one_store_at_once(db_path: Path) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def open_and_write(n: int) -> None:
        try:
            barrier.wait()
            with Store(db_path) as store:
                store.add(Article(title=f"t{n}", body=f"Report number {n} about a base."), Extraction())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_and_write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert counts(db_path)["articles"] == 4


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_store_is_migrated_in_place(db_path: Path, version: int) -> None:
    from store.schema import MIGRATIONS

    conn = sqlite3.connect(db_path)
    for statements in MIGRATIONS[:version]:
        for statement in statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO articles (content_hash, title, body, ingested_at) VALUES ('h', 'Old', 'Drones hit Harir', 'x')"
    )
    conn.execute("INSERT INTO quotes (article_id, text, speaker) VALUES (1, 'We saw the drones', 'Finer')")
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        # What was stored before the migration is still found, as search-as-you-type asks.
        for table, query in (("articles_fts", "dro*"), ("articles_fts", "harir"), ("quotes_fts", "fin*")):
            hits = store.conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (query,)).fetchall()
            assert [h[0] for h in hits] == [1], (table, query)
        indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"articles_ingested", "incidents_first_seen"} <= indexes
