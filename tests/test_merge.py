"""Merging across articles: one attack reported by several outlets is one incident."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from store import export, queries
from store.db import Store
from store.ingest.files import read_paths
from store.models import Article
from store.pipeline import ingest_items, store_article
from tests.conftest import SEEDS

REPORTS = [
    Article(
        title="Drone kills three US troops in Jordan",
        body=(
            "Three U.S. service members were killed and at least 25 others were injured in a drone attack "
            "on Tower 22 in Jordan early Sunday, U.S. officials said."
        ),
        published="2024-01-28",
        outlet="AP",
        url="https://example.org/ap",
    ),
    Article(
        title="Wounded count rises to 34",
        body=(
            "The number of troops injured in Sunday's drone attack on Tower 22 has climbed to 34, a Pentagon "
            "spokesperson told reporters on Monday. Three soldiers were killed."
        ),
        published="2024-01-29",
        outlet="Reuters",
        url="https://example.org/reuters",
    ),
    Article(
        title="More than 40 hurt in Tower 22 strike",
        body=(
            "More than 40 U.S. troops were hurt in the Jan. 28 drone strike on Tower 22, officials said on "
            "Wednesday. The Islamic Resistance in Iraq claimed the attack, which killed three soldiers."
        ),
        published="2024-01-31",
        outlet="AFP",
        url="https://example.org/afp",
    ),
]


def incidents_of(path: Path) -> list[dict]:  # type: ignore[type-arg]
    conn = queries.open_reader(path)
    try:
        return list(queries.iter_export_incidents(conn))
    finally:
        conn.close()


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_outlets_one_incident_in_every_order(tmp_path: Path, order: tuple[int, ...]) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        for i in order:
            assert store_article(store, REPORTS[i]).status == "new"
        sources = {r[0] for r in store.conn.execute("SELECT DISTINCT outlet FROM articles")}
    (incident,) = incidents_of(path)
    assert (incident["base"], incident["date"], incident["weapons"]) == ("Tower 22", "2024-01-28", ["drone"])
    assert incident["corroboration"] == 3 and incident["outlets"] == 3 and sources == {"AP", "Reuters", "AFP"}
    assert incident["killed"] == 3
    assert incident["injured_range"] == [25, 40] and incident["injured"] == 40  # never silently overwritten
    assert incident["claimed_by"] == "Islamic Resistance in Iraq"  # filled by the report that knew it
    assert len(incident["article_ids"]) == 3


def test_per_article_figures_are_kept_for_the_drill_down(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        for report in REPORTS:
            store_article(store, report)
    conn = queries.open_reader(path)
    detail = queries.incident(conn, incidents_of(path)[0]["id"])
    conn.close()
    assert sorted((r["outlet"], r["injured"]) for r in detail["reports"]) == [("AFP", 40), ("AP", 25), ("Reuters", 34)]
    assert all(r["evidence"] for r in detail["reports"])


def test_different_weapons_on_one_day_are_two_incidents(tmp_path: Path) -> None:
    drone = Article(title="a", body="A drone struck Harir air base on Monday.", published="2023-11-14")
    ied = Article(
        title="b", body="A roadside bomb hit a convoy leaving Harir air base on Monday.", published="2023-11-14"
    )
    with Store(tmp_path / "s.db") as store:
        store_article(store, drone)
        store_article(store, ied)
    assert len(incidents_of(tmp_path / "s.db")) == 2


def test_undated_report_joins_the_dated_incident(tmp_path: Path) -> None:
    dated = Article(title="a", body="Rockets hit al-Tanf on Friday.", published="2023-12-09")
    undated = Article(title="b", body="Rockets struck al-Tanf, injuring two soldiers.", published="2023-12-10")
    for pair in ((dated, undated), (undated, dated)):
        path = tmp_path / f"{pair[0].title}.db"
        with Store(path) as store:
            for article in pair:
                store_article(store, article)
        (incident,) = incidents_of(path)
        assert (incident["date"], incident["date_precision"], incident["injured"]) == ("2023-12-08", "day", 2)


def _content(path: Path) -> list[str]:
    rows = [{k: v for k, v in i.items() if k not in ("id", "article_ids")} for i in incidents_of(path)]
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


def test_corpus_in_reverse_order_gives_the_same_incidents(tmp_path: Path) -> None:
    items = [i for i in read_paths([SEEDS]) if i.article is not None]
    items.sort(key=lambda i: (i.article.published or "", i.source))
    for name, batch in (("fwd", items), ("rev", list(reversed(items)))):
        with Store(tmp_path / f"{name}.db") as store:
            ingest_items(store, batch)
    assert _content(tmp_path / "fwd.db") == _content(tmp_path / "rev.db")


def test_json_export_lists_every_article_of_a_merged_incident(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        ids = [store_article(store, r).article_id for r in REPORTS]
    conn = queries.open_reader(path)
    doc = export.document(conn)
    conn.close()
    assert doc["incidents"][0]["article_ids"] == sorted(ids)
