"""Exports: the JSON contract of DESIGN.md, JSON Lines, CSV, ACLED-style CSV and GeoJSON."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from typing import Any, TextIO

from store import queries

FORMATS = ("json", "jsonl", "csv", "acled", "geojson")
_ISO3 = {"Iraq": "IRQ", "Syria": "SYR", "Jordan": "JOR"}
_ACLED_SUB_EVENT = [
    ("drone", "Air/drone strike"),
    ("ied", "Remote explosive/landmine/IED"),
]
ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
CSV_COLUMNS = [
    "id",
    "base",
    "place",
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
    "damage",
    "corroboration",
    "article_ids",
    "summary",
]


def document(conn: sqlite3.Connection) -> dict[str, Any]:
    return {
        "articles": list(queries.iter_export_articles(conn)),
        "incidents": list(queries.iter_export_incidents(conn)),
    }


def write(conn: sqlite3.Connection, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump(document(conn), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for a in queries.iter_export_articles(conn):
            out.write(json.dumps({"type": "article", **a}, ensure_ascii=False) + "\n")
        for i in queries.iter_export_incidents(conn):
            out.write(json.dumps({"type": "incident", **i}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _csv(out, CSV_COLUMNS, _csv_rows(conn))
    elif fmt == "acled":
        _csv(out, ACLED_COLUMNS, _acled_rows(conn))
    elif fmt == "geojson":
        json.dump(geojson(conn), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        raise ValueError(f"unknown export format {fmt!r}")


def _csv(out: TextIO, columns: list[str], rows: Iterator[dict[str, Any]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    out.write(buffer.getvalue())


def _csv_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for i in queries.iter_export_incidents(conn):
        yield {**i, "weapons": ";".join(i["weapons"]), "article_ids": ";".join(map(str, i["article_ids"]))}


def _outlets(conn: sqlite3.Connection, incident_id: int) -> str:
    rows = conn.execute(
        """SELECT DISTINCT coalesce(a.outlet, 'unnamed outlet') FROM incident_articles ia
           JOIN articles a ON a.id = ia.article_id WHERE ia.incident_id = ? ORDER BY 1""",
        (incident_id,),
    ).fetchall()
    return "; ".join(r[0] for r in rows)


def _acled_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for i in queries.iter_export_incidents(conn):
        sub_event = next(
            (label for w, label in _ACLED_SUB_EVENT if w in i["weapons"]), "Shelling/artillery/missile attack"
        )
        country = i["country"] or ""
        yield {
            "event_id_cnty": f"{_ISO3.get(country, 'XXX')}{i['id']}",
            "event_date": i["date"][:10],
            "year": i["date"][:4],
            "time_precision": {"day": 1, "week": 2, "month": 3}.get(i["date_precision"], 2),
            "disorder_type": "Political violence",
            "event_type": "Explosions/Remote violence",
            "sub_event_type": sub_event,
            "actor1": i["claimed_by"] or f"Unidentified Armed Group ({country or 'International'})",
            "inter1": 3,
            "actor2": "Military Forces of the United States",
            "inter2": 8,
            "interaction": 38,
            "civilian_targeting": "",
            "iso": {"IRQ": 368, "SYR": 760, "JOR": 400}.get(_ISO3.get(country, ""), ""),
            "region": "Middle East",
            "country": country,
            "admin1": i["admin1"] or "",
            "location": i["base"] or i["place"] or "",
            "latitude": i["lat"] if i["lat"] is not None else "",
            "longitude": i["lon"] if i["lon"] is not None else "",
            "geo_precision": 1 if i["lat"] is not None else 3,
            "source": _outlets(conn, i["id"]),
            "source_scale": "International",
            "notes": i["summary"] or "",
            "fatalities": i["killed"] or 0,
            "tags": "",
            "timestamp": "",
        }


def geojson(conn: sqlite3.Connection) -> dict[str, Any]:
    """Incidents at their base's coordinates; incidents at bases without coordinates are left out."""
    features = []
    for i in queries.iter_export_incidents(conn):
        if i["lat"] is None or i["lon"] is None:
            continue
        props = {k: v for k, v in i.items() if k not in ("lat", "lon")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [i["lon"], i["lat"]]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}
