"""The read API: everything the dashboard and the exports ask of the store.

Every query is bounded (a page, keyset-paged by id or date) so that a store of 100,000
incidents answers as fast as one of ten. Functions take an open connection and return
plain dicts; they never write.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from store.db import connect
from store.errors import BasewatchError

Row = dict[str, Any]
PAGE = 100


class QueryError(BasewatchError):
    """A search the user typed that SQLite cannot run (bad FTS syntax)."""


def open_reader(path: str | Path) -> sqlite3.Connection:
    """A read connection for a store that exists (the writer creates and migrates it)."""
    return connect(path)


def _rows(cur: sqlite3.Cursor) -> list[Row]:
    return [dict(r) for r in cur.fetchall()]


def data_version(conn: sqlite3.Connection) -> int:
    """Changes whenever another connection commits: the cheap poll for live updates."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def max_article_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])


# -- feed -------------------------------------------------------------------------------

_FEED_SQL = """
SELECT a.id, a.title, a.outlet, a.published, a.ingested_at, a.url, a.source_path,
  (SELECT group_concat(name, ', ') FROM (
      SELECT DISTINCT coalesce(b.name, i.place_text) AS name
      FROM incident_articles ia JOIN incidents i ON i.id = ia.incident_id
      LEFT JOIN bases b ON b.id = i.base_id WHERE ia.article_id = a.id)) AS bases,
  (SELECT group_concat(w, ',') FROM (
      SELECT DISTINCT ia.weapons AS w FROM incident_articles ia
      WHERE ia.article_id = a.id AND ia.weapons != '')) AS weapons,
  (SELECT sum(ia.killed) FROM incident_articles ia WHERE ia.article_id = a.id) AS killed,
  (SELECT sum(ia.injured) FROM incident_articles ia WHERE ia.article_id = a.id) AS injured,
  (SELECT max(ia.injuries_reported) FROM incident_articles ia WHERE ia.article_id = a.id) AS injuries_reported,
  (SELECT count(*) FROM incident_articles ia WHERE ia.article_id = a.id) AS incidents
FROM articles a
"""


def feed_page(conn: sqlite3.Connection, before_id: int | None = None, limit: int = PAGE) -> list[Row]:
    """Reports newest first (by arrival), ``limit`` at a time, before ``before_id``."""
    where = "WHERE a.id < ?" if before_id is not None else ""
    params: tuple[Any, ...] = (before_id, limit) if before_id is not None else (limit,)
    return _rows(conn.execute(f"{_FEED_SQL} {where} ORDER BY a.id DESC LIMIT ?", params))


def feed_newer(conn: sqlite3.Connection, after_id: int, limit: int = PAGE) -> list[Row]:
    """Reports that arrived after ``after_id``, newest first."""
    return _rows(conn.execute(f"{_FEED_SQL} WHERE a.id > ? ORDER BY a.id DESC LIMIT ?", (after_id, limit)))


def live_counts(conn: sqlite3.Connection, hours: int = 24, now: datetime | None = None) -> Row:
    """Reports and incidents first seen in the last ``hours``, and the last update time."""
    now = now or datetime.now(UTC)
    since = (now - timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "reports": conn.execute("SELECT count(*) FROM articles WHERE ingested_at >= ?", (since,)).fetchone()[0],
        "incidents": conn.execute("SELECT count(*) FROM incidents WHERE first_seen >= ?", (since,)).fetchone()[0],
        "last_update": conn.execute("SELECT max(ingested_at) FROM articles").fetchone()[0],
        "articles_total": max_article_id(conn),
    }


def incidents_per_day(conn: sqlite3.Connection, days: int = 30, base_id: int | None = None,
                      end: str | None = None) -> list[int]:
    """Incident counts for each of the last ``days`` days up to the newest incident."""
    cond, params = ("WHERE base_id = ?", [base_id]) if base_id is not None else ("", [])
    last = end or conn.execute(f"SELECT max(date) FROM incidents {cond}", params).fetchone()[0]
    if not last:
        return [0] * days
    last_day = date.fromisoformat(last[:10])
    first_day = last_day - timedelta(days=days - 1)
    where = "WHERE date >= ? AND date <= ?" + (" AND base_id = ?" if base_id is not None else "")
    args: list[Any] = [first_day.isoformat(), last_day.isoformat() + "T99", *params]
    counts = dict(conn.execute(f"SELECT substr(date, 1, 10), count(*) FROM incidents {where} GROUP BY 1", args))
    return [counts.get((first_day + timedelta(days=i)).isoformat(), 0) for i in range(days)]


# -- bases ------------------------------------------------------------------------------

def bases_summary(conn: sqlite3.Connection, country: str | None = None) -> list[Row]:
    """Each base with incidents, last incident, killed and injured, newest first."""
    where = "WHERE b.country = ?" if country else ""
    params = (country,) if country else ()
    return _rows(conn.execute(
        f"""SELECT b.id, b.name, b.country, b.admin1, b.kind, b.lat, b.lon,
                   count(i.id) AS incidents, max(i.date) AS last_incident,
                   sum(coalesce(i.killed_max, i.killed)) AS killed,
                   sum(coalesce(i.injured_max, i.injured)) AS injured
            FROM bases b LEFT JOIN incidents i ON i.base_id = b.id
            {where}
            GROUP BY b.id
            ORDER BY last_incident IS NULL, last_incident DESC, b.name""",
        params,
    ))


def countries(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT country FROM bases WHERE country != '' ORDER BY 1")]


def base(conn: sqlite3.Connection, base_id: int) -> Row | None:
    row = conn.execute("SELECT * FROM bases WHERE id = ?", (base_id,)).fetchone()
    return dict(row) if row else None


def base_incidents(conn: sqlite3.Connection, base_id: int, before: tuple[str, int] | None = None,
                   limit: int = PAGE) -> list[Row]:
    """A base's incidents newest first; keyset-paged by (date, id)."""
    cond = "AND (date, id) < (?, ?)" if before else ""
    params: list[Any] = [base_id, *(before or ()), limit]
    return _rows(conn.execute(
        f"""SELECT * FROM incidents WHERE base_id = ? {cond}
            ORDER BY date DESC, id DESC LIMIT ?""", params))


def recent_incidents(conn: sqlite3.Connection, before: tuple[str, int] | None = None,
                     limit: int = PAGE) -> list[Row]:
    cond = "WHERE (i.date, i.id) < (?, ?)" if before else ""
    return _rows(conn.execute(
        f"""SELECT i.*, b.name AS base FROM incidents i LEFT JOIN bases b ON b.id = i.base_id
            {cond} ORDER BY i.date DESC, i.id DESC LIMIT ?""", [*(before or ()), limit]))


# -- drill-down -------------------------------------------------------------------------

def incident(conn: sqlite3.Connection, incident_id: int) -> Row | None:
    """An incident with its base, per-report figures, quotes, sources and reports."""
    row = conn.execute(
        """SELECT i.*, b.name AS base, b.country, b.admin1, b.lat, b.lon
           FROM incidents i LEFT JOIN bases b ON b.id = i.base_id WHERE i.id = ?""",
        (incident_id,),
    ).fetchone()
    if row is None:
        return None
    result = dict(row)
    reports = _rows(conn.execute(
        """SELECT ia.*, a.title, a.outlet, a.published, a.url FROM incident_articles ia
           JOIN articles a ON a.id = ia.article_id WHERE ia.incident_id = ?
           ORDER BY a.published, a.id""", (incident_id,)))
    for r in reports:
        r["evidence"] = json.loads(r["evidence"])
        r["field_evidence"] = json.loads(r["field_evidence"])
    result["reports"] = reports
    result["quotes"] = _rows(conn.execute(
        """SELECT q.*, a.outlet, a.title AS article_title FROM quotes q
           JOIN articles a ON a.id = q.article_id WHERE q.incident_id = ?
           ORDER BY q.indirect, q.article_id, q.start""", (incident_id,)))
    result["sources"] = _rows(conn.execute(
        """SELECT s.name, s.kind, group_concat(DISTINCT s.article_id) AS article_ids, count(*) AS reports
           FROM sources s WHERE s.article_id IN
             (SELECT article_id FROM incident_articles WHERE incident_id = ?)
           GROUP BY lower(s.name) ORDER BY s.kind, s.name""", (incident_id,)))
    return result


def article(conn: sqlite3.Connection, article_id: int) -> Row | None:
    """An article with the spans to highlight: incident evidence and quotes."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    result = dict(row)
    spans: list[Row] = []
    for r in conn.execute(
        "SELECT incident_id, evidence FROM incident_articles WHERE article_id = ?", (article_id,)
    ):
        for start, end, _text in json.loads(r["evidence"]):
            spans.append({"start": start, "end": end, "kind": "evidence", "incident_id": r["incident_id"]})
    result["quotes"] = _rows(conn.execute(
        "SELECT * FROM quotes WHERE article_id = ? ORDER BY start", (article_id,)))
    for q in result["quotes"]:
        if q["start"] is not None:
            spans.append({"start": q["start"], "end": q["end"], "kind": "statement" if q["indirect"] else "quote",
                          "quote_id": q["id"]})
    result["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
    result["incidents"] = _rows(conn.execute(
        """SELECT i.id, i.date, i.summary, b.name AS base FROM incident_articles ia
           JOIN incidents i ON i.id = ia.incident_id LEFT JOIN bases b ON b.id = i.base_id
           WHERE ia.article_id = ? ORDER BY i.date""", (article_id,)))
    result["sources"] = _rows(conn.execute("SELECT name, kind FROM sources WHERE article_id = ?", (article_id,)))
    result["tallies"] = _rows(conn.execute("SELECT * FROM tallies WHERE article_id = ?", (article_id,)))
    return result


# -- search -----------------------------------------------------------------------------

def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[Row]:
    """Reports and quotes matching an FTS5 query, unranked (ranking costs 100+ ms at scale).

    Raises :class:`QueryError` for syntax SQLite rejects, so the caller can say so.
    """
    query = query.strip()
    if not query:
        return []
    try:
        quotes = _rows(conn.execute(
            """SELECT 'quote' AS kind, q.id, q.article_id, q.text, q.speaker, a.title, a.outlet, a.published
               FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id
               WHERE quotes_fts MATCH ? LIMIT ?""", (query, limit)))
        articles = _rows(conn.execute(
            """SELECT 'article' AS kind, a.id, a.id AS article_id, a.title AS text, NULL AS speaker,
                      a.title, a.outlet, a.published
               FROM articles_fts f JOIN articles a ON a.id = f.rowid
               WHERE articles_fts MATCH ? LIMIT ?""", (query, limit)))
    except sqlite3.OperationalError as exc:
        raise QueryError(f"search: {exc}") from None
    return (quotes + articles)[: limit * 2]


# -- stats and export -------------------------------------------------------------------

def stats(conn: sqlite3.Connection) -> Row:
    tables = ("articles", "incidents", "quotes", "sources", "tallies", "bases")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    counts["bases_with_incidents"] = conn.execute(
        "SELECT count(DISTINCT base_id) FROM incidents WHERE base_id IS NOT NULL").fetchone()[0]
    span = conn.execute("SELECT min(date), max(date) FROM incidents").fetchone()
    counts["first_incident"], counts["last_incident"] = span[0], span[1]
    return counts


def iter_export_articles(conn: sqlite3.Connection) -> Iterator[Row]:
    """Articles in the export contract's shape, with quotes, sources and tallies."""
    for a in conn.execute(
        "SELECT id, url, source_path, title, published, outlet FROM articles ORDER BY id"
    ).fetchall():
        row = dict(a)
        row["quotes"] = _rows(conn.execute(
            """SELECT text, speaker, speaker_role, speaker_kind, via, incident_id FROM quotes
               WHERE article_id = ? AND indirect = 0 ORDER BY start""", (a["id"],)))
        row["statements"] = _rows(conn.execute(
            """SELECT text, speaker, speaker_role, speaker_kind, incident_id FROM quotes
               WHERE article_id = ? AND indirect = 1 ORDER BY start""", (a["id"],)))
        row["sources"] = _rows(conn.execute(
            "SELECT name, kind FROM sources WHERE article_id = ? ORDER BY id", (a["id"],)))
        row["tallies"] = _rows(conn.execute(
            "SELECT count, qualifier, what, as_of FROM tallies WHERE article_id = ? ORDER BY id", (a["id"],)))
        yield row


def iter_export_incidents(conn: sqlite3.Connection) -> Iterator[Row]:
    """Incidents in the export contract's shape."""
    for i in conn.execute(
        """SELECT i.*, b.name AS base, b.country, b.admin1, b.lat, b.lon,
                  (SELECT group_concat(article_id) FROM
                     (SELECT article_id FROM incident_articles WHERE incident_id = i.id ORDER BY article_id))
                  AS article_ids
           FROM incidents i LEFT JOIN bases b ON b.id = i.base_id ORDER BY i.date, i.id"""
    ).fetchall():
        row = dict(i)
        yield {
            "id": row["id"],
            "base": row["base"],
            "place": row["place_text"],
            "country": row["country"],
            "admin1": row["admin1"],
            "lat": row["lat"],
            "lon": row["lon"],
            "date": row["date"],
            "date_precision": row["date_precision"],
            "weapons": [w for w in (row["weapons"] or "").split(",") if w],
            "attack_count": row["attack_count"],
            "killed": row["killed_max"] if row["killed_max"] is not None else row["killed"],
            "injured": row["injured_max"] if row["injured_max"] is not None else row["injured"],
            "killed_range": _range(row["killed"], row["killed_max"]),
            "injured_range": _range(row["injured"], row["injured_max"]),
            "intercepted": None if row["intercepted"] is None else bool(row["intercepted"]),
            "claimed_by": row["claimed_by"],
            "damage": row["damage"],
            "summary": row["summary"],
            "article_ids": [int(x) for x in (row["article_ids"] or "").split(",") if x],
            "corroboration": row["corroboration"],
            "outlets": row["outlets"],
        }


def _range(low: int | None, high: int | None) -> list[int] | None:
    if low is None or high is None:
        return None
    return [low, high]
