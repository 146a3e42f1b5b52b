"""The dashboard's read queries: rows fetched in one step, and a base's incidents paged in any sort."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from store import queries
from store.db import Store


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A store with 300 incidents at one base and 20 at another, figures drawn at random.

    Test-only: the incidents are written with SQL, as the benchmark does, to get many of them.
    """
    path = tmp_path / "store.db"
    Store(path).close()
    rng = random.Random(5)
    writer = sqlite3.connect(path)
    with writer:
        rows = []
        for i in range(1, 321):
            killed = rng.choice((None, 0, 1, 2, 3))
            rows.append(
                (
                    i,
                    1 if i <= 300 else 2,
                    f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    rng.choice(("drone", "rocket", "drone,rocket", "")),
                    rng.choice((None, 1, 2)),
                    killed,
                    killed + rng.choice((0, 0, 2)) if killed is not None else None,
                    rng.choice((None, 1, 5)),
                    None,
                    rng.randint(1, 4),
                )
            )
        writer.executemany(
            """INSERT INTO incidents (id, base_id, date, weapons, attack_count, killed, killed_max, injured,
                   injured_max, corroboration, first_seen, updated_at)
               VALUES (?,?,?,?,?,?,?,?,?,?, '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z')""",
            rows,
        )
    writer.close()
    reader = queries.open_reader(path)
    yield reader
    reader.close()


def test_fetch_in_one_step_gives_what_the_cursor_gives(conn: sqlite3.Connection) -> None:
    statements = [
        ("SELECT * FROM incidents WHERE base_id = ? ORDER BY date DESC, id DESC LIMIT ?", (1, 50)),
        ("SELECT * FROM incidents ORDER BY coalesce(killed, -1), id", ()),  # ORDER BY without LIMIT
        ("SELECT * FROM bases ORDER BY name", ()),  # REAL columns (lat, lon)
        (
            "SELECT ? AS text, 1.5 AS x, NULL AS absent, 7 AS n",
            ('"quoted", \\back\\slash, [bold]markup[/bold], \x1b[31m, ünïcödé, 中文, \n',),
        ),
        ("SELECT * FROM incidents WHERE id < 0", ()),
    ]
    for sql, params in statements:
        expected = [dict(r) for r in conn.execute(sql, params).fetchall()]
        assert queries._fetch(conn, sql, params) == expected, sql


SORTS = {
    "date": lambda r: r["date"],
    "killed": lambda r: (
        r["killed_max"] if r["killed_max"] is not None else (r["killed"] if r["killed"] is not None else -1)
    ),
    "injured": lambda r: (
        r["injured_max"] if r["injured_max"] is not None else (r["injured"] if r["injured"] is not None else -1)
    ),
    "sources": lambda r: r["corroboration"],
    "attacks": lambda r: r["attack_count"] if r["attack_count"] is not None else -1,
    "weapons": lambda r: r["weapons"],
}


@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("descending", [True, False])
def test_a_bases_incidents_page_through_in_sort_order(conn: sqlite3.Connection, sort: str, descending: bool) -> None:
    everything = [dict(r) for r in conn.execute("SELECT * FROM incidents WHERE base_id = 1")]
    expected = sorted(everything, key=lambda r: (SORTS[sort](r), r["id"]), reverse=descending)
    seen: list[int] = []
    after = None
    while True:
        page = queries.base_incident_rows(conn, 1, sort=sort, descending=descending, after=after, limit=40)
        seen += [r["id"] for r in page]
        if len(page) < 40:
            break
        after = page[-1]["sort_key"]
    assert seen == [r["id"] for r in expected]
    first = queries.base_incident_rows(conn, 1, sort=sort, descending=descending, limit=1)[0]
    assert {k: v for k, v in first.items() if k != "sort_key"} == expected[0], "the whole row, not the page's ids"


def test_filters_apply_to_a_bases_page(conn: sqlite3.Connection) -> None:
    rows = queries.base_incident_rows(conn, 1, sort="killed", weapon="rocket", since="2024-06-01", limit=500)
    assert rows
    assert all("rocket" in r["weapons"].split(",") and r["date"] >= "2024-06-01" for r in rows)
    expected = conn.execute(
        "SELECT count(*) FROM incidents WHERE base_id = 1 AND instr(',' || weapons || ',', ',rocket,') > 0"
        " AND date >= '2024-06-01'"
    ).fetchone()[0]
    assert len(rows) == expected


def test_base_totals(conn: sqlite3.Connection) -> None:
    totals = queries.base_totals(conn, 2)
    expected = conn.execute(
        """SELECT count(*), min(date), max(date), sum(coalesce(killed_max, killed)),
                  sum(coalesce(injured_max, injured)) FROM incidents WHERE base_id = 2"""
    ).fetchone()
    assert tuple(totals[k] for k in ("incidents", "first_incident", "last_incident", "killed", "injured")) == tuple(
        expected
    )
    assert queries.base_totals(conn, 99) == {
        "incidents": 0,
        "first_incident": None,
        "last_incident": None,
        "killed": None,
        "injured": None,
    }
