"""CLI contract: --db before or after the subcommand, summaries, exports, stats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.test_bad_input import run


def test_db_option_before_and_after_subcommand(seed_copy: Path, tmp_path: Path) -> None:
    before, after = tmp_path / "before.db", tmp_path / "after.db"
    assert run("--db", str(before), "ingest", str(seed_copy)).returncode == 0
    assert run("ingest", str(seed_copy), "--db", str(after)).returncode == 0
    assert before.exists() and after.exists()


def test_basewatch_db_environment_variable(seed_copy: Path, tmp_path: Path) -> None:
    env_db = tmp_path / "env.db"
    assert run("ingest", str(seed_copy), env={"BASEWATCH_DB": str(env_db)}).returncode == 0
    assert "articles               1" in run("stats", env={"BASEWATCH_DB": str(env_db)}).stdout


def test_export_json_follows_the_contract(seed_copy: Path, db_path: Path) -> None:
    run("ingest", str(seed_copy), "--db", str(db_path))
    out = db_path.parent / "out.json"
    assert run("export", "--format", "json", "--db", str(db_path), "-o", str(out)).returncode == 0
    doc = json.loads(out.read_text())
    article = doc["articles"][0]
    assert {"id", "url", "source_path", "title", "published", "outlet", "quotes", "sources", "tallies"} <= set(article)
    assert {"text", "speaker", "speaker_role", "incident_id"} <= set(article["quotes"][0])
    assert {"name", "kind"} == set(article["sources"][0])
    incident = doc["incidents"][0]
    assert {
        "id",
        "base",
        "country",
        "admin1",
        "lat",
        "lon",
        "date",
        "date_precision",
        "weapons",
        "attack_count",
        "killed",
        "injured",
        "intercepted",
        "claimed_by",
        "article_ids",
        "corroboration",
    } <= set(incident)
    assert incident["article_ids"] == [article["id"]]
    assert {t["count"] for t in article["tallies"]} >= {140, 2500, 900}


def test_export_csv_acled_geojson_jsonl(seed_copy: Path, db_path: Path) -> None:
    run("ingest", str(seed_copy), "--db", str(db_path))
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", str(db_path)).stdout)))
    assert sorted(r["date"] for r in rows) == ["2024-01-20", "2024-01-23"]
    acled = list(csv.DictReader(io.StringIO(run("export", "--format", "acled", "--db", str(db_path)).stdout)))
    drone = next(r for r in acled if r["event_date"] == "2024-01-23")
    assert drone["event_id_cnty"].startswith("IRQ")
    assert (drone["sub_event_type"], drone["actor1"], drone["admin1"]) == (
        "Air/drone strike",
        "Islamic Resistance in Iraq",
        "Anbar",
    )
    assert (drone["event_type"], drone["time_precision"]) == ("Explosions/Remote violence", "1")
    geo = json.loads(run("export", "--format", "geojson", "--db", str(db_path)).stdout)
    assert geo["type"] == "FeatureCollection"
    assert geo["features"][0]["geometry"]["coordinates"] == [42.433333, 33.8]
    lines = [json.loads(x) for x in run("export", "--format", "jsonl", "--db", str(db_path)).stdout.splitlines()]
    assert [x["type"] for x in lines] == ["article", "incident", "incident"]


def test_export_of_missing_store_is_one_line(tmp_path: Path) -> None:
    result = run("export", "--db", str(tmp_path / "nope.db"))
    assert result.returncode == 2 and "no such store" in result.stderr and "Traceback" not in result.stderr
