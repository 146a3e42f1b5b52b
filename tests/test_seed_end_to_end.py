"""The seed article through the real CLI: its incidents, quotes and sources come out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=120)


def test_seed_ingest_and_export(seed_copy: Path, db_path: Path) -> None:
    result = run("ingest", str(seed_copy), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "articles: 1 new, 0 duplicate, 0 failed; incidents: 2 new, 0 merged" in result.stdout

    doc = json.loads(run("export", "--format", "json", "--db", str(db_path)).stdout)
    incidents = {i["date"]: i for i in doc["incidents"]}
    assert set(incidents) == {"2024-01-23", "2024-01-20"}
    drone = incidents["2024-01-23"]
    assert drone["base"] == "Ain al-Asad Air Base"
    assert (drone["country"], drone["admin1"]) == ("Iraq", "Anbar")
    assert drone["weapons"] == ["drone"]
    assert drone["claimed_by"] == "Islamic Resistance in Iraq"
    assert drone["intercepted"] is True
    assert drone["attack_count"] == 2
    assert incidents["2024-01-20"]["weapons"] == ["ballistic missile"]

    (article,) = doc["articles"]
    quotes = [(q["text"], q["speaker"]) for q in article["quotes"]]
    assert quotes == [
        ("Multiple attack drones were launched", "a US military official"),
        ("Latest reports include injuries and damage to infrastructure", "a US military official"),
        ("very serious", "Jon Finer"),
        ("ballistic missiles that posed a genuine threat", "Jon Finer"),
    ]
    sources = {(s["name"], s["kind"]) for s in article["sources"]}
    assert {
        ("AFP", "news agency"),
        ("Jon Finer", "named official"),
        ("a US military official", "anonymous official"),
        ("Islamic Resistance in Iraq", "claimant statement"),
        ("Getty", "photo agency"),
    } <= sources
    assert article["quotes"][2]["speaker_role"] == "White House Deputy National Security Advisor"
    assert drone["id"] in {q["incident_id"] for q in article["quotes"][:2]}


def test_second_ingest_is_all_duplicates(seed_copy: Path, db_path: Path) -> None:
    run("ingest", str(seed_copy), "--db", str(db_path))
    before = run("stats", "--db", str(db_path)).stdout
    again = run("ingest", str(seed_copy), "--db", str(db_path))
    assert again.returncode == 0
    assert "articles: 0 new, 1 duplicate, 0 failed; incidents: 0 new, 0 merged" in again.stdout
    assert run("stats", "--db", str(db_path)).stdout == before
