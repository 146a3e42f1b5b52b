"""The only module that writes to the store.

A :class:`Store` wraps one SQLite connection in WAL mode. Every article goes in inside a
single ``BEGIN IMMEDIATE`` transaction together with its incidents, quotes, sources and
tallies, so a crash, a kill or an exception mid-article leaves none of it behind.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from store import merge
from store.connection import connect
from store.errors import StoreError
from store.gazetteer import Gazetteer, default_gazetteer
from store.models import Article, Extraction, IncidentMention
from store.schema import MIGRATIONS, SCHEMA_VERSION


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def content_hash(body: str) -> str:
    """Hash of the body with case, Unicode form and white space folded."""
    text = unicodedata.normalize("NFKC", body).casefold()
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class AddResult:
    status: str  # "new" | "duplicate"
    article_id: int
    incidents_new: int = 0
    incidents_merged: int = 0
    incident_ids: list[int] = field(default_factory=list)


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL; another process creating the store at once can hold a lock, so retry."""
    for attempt in range(50):
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() == "wal":
                return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
        time.sleep(0.02 * (attempt + 1))
    raise StoreError("could not switch the store to WAL mode: it stays locked by another process")


class Store:
    """Read-write access to one store file."""

    def __init__(self, path: str | Path, gazetteer: Gazetteer | None = None) -> None:
        self.path = Path(path)
        try:
            self.conn = connect(self.path)
            _enable_wal(self.conn)
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.db = sqlite_utils.Database(self.conn)
            self._migrate(gazetteer or default_gazetteer())
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open store: {exc}") from None
        self._base_ids = {row["name"]: row["id"] for row in self.conn.execute("SELECT id, name FROM bases")}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- schema ---------------------------------------------------------------------------

    def _migrate(self, gazetteer: Gazetteer) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store is from a newer basewatch (schema {version}, this one knows "
                f"{SCHEMA_VERSION}); upgrade basewatch"
            )
        if version == SCHEMA_VERSION:
            return
        with self.transaction() as conn:
            # Re-read under the write lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if version == 0:
                self._load_gazetteer(gazetteer)

    def _load_gazetteer(self, gazetteer: Gazetteer) -> None:
        self.db["bases"].insert_all(
            (
                {
                    "name": b.name,
                    "aliases": "|".join(b.aliases),
                    "kind": b.kind,
                    "country": b.country,
                    "admin1": b.admin1,
                    "nearest_town": b.nearest_town,
                    "lat": b.lat,
                    "lon": b.lon,
                }
                for b in gazetteer.bases
            ),
            pk="id",
        )

    # -- writing --------------------------------------------------------------------------

    def find_duplicate(self, article: Article) -> int | None:
        """The id of a stored article with the same content or URL, if any."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)",
            (content_hash(article.body), article.url),
        ).fetchone()
        return row[0] if row else None

    def add(self, article: Article, extraction: Extraction) -> AddResult:
        """Store an article and everything extracted from it, atomically."""
        with self.transaction() as conn:
            existing = self.find_duplicate(article)
            if existing is not None:
                return AddResult("duplicate", existing)
            article_id = self._insert_article(conn, article)
            result = AddResult("new", article_id)
            incident_ids: list[int | None] = []
            for mention in extraction.incidents:
                incident_id, created = self._attach(conn, article_id, mention)
                incident_ids.append(incident_id)
                result.incident_ids.append(incident_id)
                if created:
                    result.incidents_new += 1
                else:
                    result.incidents_merged += 1
            self._insert_details(conn, article_id, extraction, incident_ids)
        return result

    def _insert_article(self, conn: sqlite3.Connection, a: Article) -> int:
        cur = conn.execute(
            """INSERT INTO articles (content_hash, url, title, dek, published, outlet, section,
                   byline, photo_credit, read_minutes, body, source_path, fetched_at, ingested_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                content_hash(a.body),
                a.url,
                a.title,
                a.dek,
                a.published,
                a.outlet,
                a.section,
                a.byline,
                a.photo_credit,
                a.read_minutes,
                a.body,
                a.source_path,
                a.fetched_at,
                now_iso(),
            ),
        )
        return int(cur.lastrowid)

    def _insert_details(
        self, conn: sqlite3.Connection, article_id: int, ex: Extraction, incident_ids: list[int | None]
    ) -> None:
        conn.executemany(
            """INSERT INTO quotes (article_id, incident_id, text, speaker, speaker_role,
                   speaker_kind, via, anonymity_reason, indirect, sentence, start, end)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
            [
                (
                    article_id,
                    incident_ids[q.incident_index] if q.incident_index is not None else None,
                    q.text,
                    q.speaker,
                    q.speaker_role,
                    q.speaker_kind,
                    q.via,
                    q.anonymity_reason,
                    int(q.indirect),
                    q.sentence,
                    q.start,
                    q.end,
                )
                for q in ex.quotes
            ],
        )
        conn.executemany(
            "INSERT INTO sources (article_id, name, kind) VALUES (?,?,?)",
            [(article_id, s.name, s.kind) for s in ex.sources],
        )
        conn.executemany(
            "INSERT INTO tallies (article_id, count, qualifier, what, as_of, sentence) VALUES (?,?,?,?,?,?)",
            [(article_id, t.count, t.qualifier, t.what, t.as_of, t.sentence) for t in ex.tallies],
        )

    def _find_incident(self, conn: sqlite3.Connection, base_id: int | None, m: IncidentMention) -> int | None:
        if base_id is None:
            rows = conn.execute(
                """SELECT id, date, date_precision, weapons FROM incidents
                   WHERE base_id IS NULL AND lower(place_text) = lower(?)
                     AND date BETWEEN date(?, '-40 days') AND date(?, '+40 days')""",
                (m.place_text, m.date, m.date),
            ).fetchall()
        else:
            rows = conn.execute(
                """SELECT id, date, date_precision, weapons FROM incidents
                   WHERE base_id = ? AND date BETWEEN date(?, '-40 days') AND date(?, '+40 days')""",
                (base_id, m.date, m.date),
            ).fetchall()
        candidates = [
            r
            for r in rows
            if merge.dates_compatible(r["date"], r["date_precision"], m.date, m.date_precision)
            and merge.weapons_compatible(merge.split_weapons(r["weapons"]), m.weapons)
        ]
        if not candidates:
            return None
        best = min(candidates, key=lambda r: (merge.day_distance(r["date"], m.date), r["id"]))
        return int(best["id"])

    def _attach(self, conn: sqlite3.Connection, article_id: int, m: IncidentMention) -> tuple[int, bool]:
        """Merge a mention into a matching incident or create one; returns (id, created)."""
        base_id = self._base_ids.get(m.base) if m.base else None
        incident_id = self._find_incident(conn, base_id, m)
        created = incident_id is None
        if created:
            stamp = now_iso()
            cur = conn.execute(
                """INSERT INTO incidents (base_id, place_text, date, date_precision, first_seen,
                       updated_at) VALUES (?,?,?,?,?,?)""",
                (base_id, m.place_text, m.date, m.date_precision, stamp, stamp),
            )
            incident_id = int(cur.lastrowid)
        start = min((s.start for s in m.evidence), default=None)
        end = max((s.end for s in m.evidence), default=None)
        conn.execute(
            """INSERT OR REPLACE INTO incident_articles (incident_id, article_id, date,
                   date_precision, date_basis, weapons, attack_count, killed, injured,
                   injuries_reported, damage, intercepted, claimed_by, place_text, evidence,
                   field_evidence, start, end)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                incident_id,
                article_id,
                m.date,
                m.date_precision,
                m.date_basis,
                merge.join_weapons(m.weapons),
                m.attack_count,
                m.killed,
                m.injured,
                int(m.injuries_reported),
                m.damage,
                None if m.intercepted is None else int(m.intercepted),
                m.claimed_by,
                m.place_text,
                json.dumps([[s.start, s.end, s.text] for s in m.evidence]),
                json.dumps([[name, s.start, s.end, s.text] for name, s in m.field_evidence]),
                start,
                end,
            ),
        )
        self._recompute(conn, incident_id)
        return incident_id, created

    def _recompute(self, conn: sqlite3.Connection, incident_id: int) -> None:
        rows = conn.execute("SELECT * FROM incident_articles WHERE incident_id = ?", (incident_id,)).fetchall()
        fields = merge.combine([dict(r) for r in rows])
        base = conn.execute(
            "SELECT b.name FROM incidents i LEFT JOIN bases b ON b.id = i.base_id WHERE i.id = ?",
            (incident_id,),
        ).fetchone()
        fields["summary"] = merge.summary(fields, base[0] if base else None)
        counts = conn.execute(
            """SELECT count(*), count(DISTINCT coalesce(a.outlet, 'article ' || a.id)),
                      min(a.ingested_at)
               FROM incident_articles ia JOIN articles a ON a.id = ia.article_id
               WHERE ia.incident_id = ?""",
            (incident_id,),
        ).fetchone()
        fields.update(corroboration=counts[0], outlets=counts[1], first_seen=counts[2], updated_at=now_iso())
        assignments = ", ".join(f"{k} = ?" for k in fields)
        conn.execute(f"UPDATE incidents SET {assignments} WHERE id = ?", (*fields.values(), incident_id))

    # -- live-ingestion bookkeeping ---------------------------------------------------------

    def file_seen(self, path: str, size: int, mtime: float) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM seen_files WHERE path = ? AND size = ? AND mtime = ?", (path, size, mtime)
        ).fetchone()
        return row is not None

    def mark_file(self, path: str, size: int, mtime: float, article_id: int | None, status: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                """INSERT OR REPLACE INTO seen_files (path, size, mtime, article_id, status, seen_at)
                   VALUES (?,?,?,?,?,?)""",
                (path, size, mtime, article_id, status, now_iso()),
            )

    # Columns of ``feeds`` a poller or watcher may set; ``url`` and ``kind`` identify the row.
    SOURCE_FIELDS = frozenset(
        {"title", "etag", "last_modified", "last_fetch", "last_ok", "status", "error", "failures", "next_fetch"}
    )

    def source_state(self, url: str) -> dict[str, object] | None:
        """The ``feeds`` row of a feed or watched folder: validators, failures, next fetch."""
        row = self.conn.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        return dict(row) if row else None

    def update_source(self, url: str, kind: str, *, add_taken: int = 0, **fields: object) -> None:
        """Create the row of a feed or folder if needed and set only the fields given.

        One small transaction, so the Feeds screen of a dashboard on the same store sees each
        fetch's outcome at once; ``add_taken`` counts reports newly stored from the source.
        """
        unknown = set(fields) - self.SOURCE_FIELDS
        if unknown:
            raise ValueError(f"not a column of feeds: {', '.join(sorted(unknown))}")
        assignments = ", ".join([*(f"{name} = ?" for name in fields), "taken = taken + ?"])
        with self.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO feeds (url, kind) VALUES (?, ?)", (url, kind))
            conn.execute(f"UPDATE feeds SET {assignments} WHERE url = ?", (*fields.values(), add_taken, url))
