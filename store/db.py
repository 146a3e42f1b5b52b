"""The only module that writes to the store.

A :class:`Store` wraps one SQLite connection in WAL mode. Every article goes in inside a
single ``BEGIN IMMEDIATE`` transaction together with its incidents, quotes, sources and
tallies, so a crash, a kill or an exception mid-article leaves none of it behind.

The write path is the inner loop of every ingest, so it runs fixed SQL strings through one
cursor (SQLite's statement cache keeps them prepared), batches rows with ``executemany`` and
asks the database only what it cannot know. sqlite-utils, through :attr:`Store.db`, fills
the gazetteer of a new store; an ingest into an existing store never imports it.
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
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from store import merge
from store.connection import connect
from store.errors import StoreError
from store.gazetteer import Gazetteer, default_gazetteer
from store.models import Article, Extraction, IncidentMention
from store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils


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


class MentionRows(NamedTuple):
    """One incident mention as the store uses it: what finds its incident, and its row values."""

    base: str | None
    place_text: str
    date: str
    date_precision: str
    weapons: tuple[str, ...]
    values: tuple[Any, ...]  # the incident_articles columns from ``date`` to ``end``


class ExtractionRows(NamedTuple):
    """An :class:`Extraction` as plain row tuples, ready for ``executemany``.

    Plain tuples cost a fraction of the dataclasses to pickle, so a worker process that
    extracts hands these to the writer; ``quotes`` rows start with the incident index
    that the writer turns into an incident id.
    """

    mentions: tuple[MentionRows, ...]
    quotes: tuple[tuple[Any, ...], ...]
    sources: tuple[tuple[str, str], ...]
    tallies: tuple[tuple[Any, ...], ...]


def _mention_rows(m: IncidentMention) -> MentionRows:
    values = (
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
        min((s.start for s in m.evidence), default=None),
        max((s.end for s in m.evidence), default=None),
    )
    return MentionRows(m.base, m.place_text, m.date, m.date_precision, m.weapons, values)


def extraction_rows(ex: Extraction) -> ExtractionRows:
    """The rows an extraction becomes; pure, so it can run in the process that extracted."""
    quotes = tuple(
        (
            q.incident_index,
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
    )
    return ExtractionRows(
        tuple(_mention_rows(m) for m in ex.incidents),
        quotes,
        tuple((s.name, s.kind) for s in ex.sources),
        tuple((t.count, t.qualifier, t.what, t.as_of, t.sentence) for t in ex.tallies),
    )


_FIND_DUPLICATE = "SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)"
_INSERT_ARTICLE = """INSERT INTO articles (content_hash, url, title, dek, published, outlet, section,
       byline, photo_credit, read_minutes, body, source_path, fetched_at, ingested_at)
   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"""
_INSERT_QUOTE = """INSERT INTO quotes (article_id, incident_id, text, speaker, speaker_role,
       speaker_kind, via, anonymity_reason, indirect, sentence, start, end)
   VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"""
_INSERT_SOURCE = "INSERT INTO sources (article_id, name, kind) VALUES (?,?,?)"
_INSERT_TALLY = "INSERT INTO tallies (article_id, count, qualifier, what, as_of, sentence) VALUES (?,?,?,?,?,?)"
_CANDIDATES_AT_PLACE = """SELECT id, date, date_precision, weapons FROM incidents
   WHERE base_id IS NULL AND lower(place_text) = lower(?)
     AND date BETWEEN date(?, '-40 days') AND date(?, '+40 days')"""
_CANDIDATES_AT_BASE = """SELECT id, date, date_precision, weapons FROM incidents
   WHERE base_id = ? AND date BETWEEN date(?, '-40 days') AND date(?, '+40 days')"""
_INSERT_INCIDENT = """INSERT INTO incidents (base_id, place_text, date, date_precision, first_seen,
       updated_at) VALUES (?,?,?,?,?,?)"""
_INSERT_INCIDENT_ARTICLE = """INSERT OR REPLACE INTO incident_articles (incident_id, article_id, date,
       date_precision, date_basis, weapons, attack_count, killed, injured, injuries_reported, damage,
       intercepted, claimed_by, place_text, evidence, field_evidence, start, end)
   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"""
# What merge.combine reads of each report of an incident, and what the counts need of its
# article; in primary-key order, as the rows always came.
_MERGE_COLUMNS = (
    "date",
    "date_precision",
    "weapons",
    "attack_count",
    "killed",
    "injured",
    "injuries_reported",
    "damage",
    "intercepted",
    "claimed_by",
    "place_text",
)
_INCIDENT_REPORTS = f"""SELECT {", ".join(f"ia.{c}" for c in _MERGE_COLUMNS)}, a.id, a.outlet, a.ingested_at
   FROM incident_articles ia LEFT JOIN articles a ON a.id = ia.article_id
   WHERE ia.incident_id = ? ORDER BY ia.article_id"""


@lru_cache(maxsize=8)
def _update_incident(columns: tuple[str, ...]) -> str:
    return f"UPDATE incidents SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"


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
            self._migrate(gazetteer or default_gazetteer())
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open store: {exc}") from None
        # The write path reads plain tuples through one cursor of its own.
        self._cur = self.conn.cursor()
        self._cur.row_factory = None
        rows = self._cur.execute("SELECT id, name FROM bases").fetchall()
        self._base_ids = {name: base_id for base_id, name in rows}
        self._base_names = {base_id: name for base_id, name in rows}

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The store through sqlite-utils, for ad-hoc use; imported only when asked for."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

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
        """Fill the bases table of a new store (once per store, so sqlite-utils' import is paid then only)."""
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

    def find_duplicate(self, article: Article, digest: str | None = None) -> int | None:
        """The id of a stored article with the same content or URL, if any.

        ``digest`` is the article's :func:`content_hash` when the caller has it already.
        """
        # fetchall: a statement left unfinished on the long-lived cursor would hold a read snapshot.
        rows = self._cur.execute(_FIND_DUPLICATE, (digest or content_hash(article.body), article.url)).fetchall()
        return rows[0][0] if rows else None

    def add(self, article: Article, extraction: Extraction | ExtractionRows, digest: str | None = None) -> AddResult:
        """Store an article and everything extracted from it, atomically."""
        digest = digest or content_hash(article.body)
        with self.transaction():
            # Asked again under the write lock: another process may have stored it since.
            existing = self.find_duplicate(article, digest)
            if existing is not None:
                return AddResult("duplicate", existing)
            rows = extraction if isinstance(extraction, ExtractionRows) else extraction_rows(extraction)
            article_id = self._insert_article(article, digest)
            result = AddResult("new", article_id)
            for mention in rows.mentions:
                incident_id, created = self._attach(article_id, mention)
                result.incident_ids.append(incident_id)
                if created:
                    result.incidents_new += 1
                else:
                    result.incidents_merged += 1
            self._insert_details(article_id, rows, result.incident_ids)
        return result

    def _insert_article(self, a: Article, digest: str) -> int:
        values = (
            digest,
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
        )
        return int(self._cur.execute(_INSERT_ARTICLE, values).lastrowid)

    def _insert_details(self, article_id: int, rows: ExtractionRows, incident_ids: list[int]) -> None:
        cur = self._cur
        if rows.quotes:
            cur.executemany(
                _INSERT_QUOTE,
                [(article_id, None if q[0] is None else incident_ids[q[0]], *q[1:]) for q in rows.quotes],
            )
        if rows.sources:
            cur.executemany(_INSERT_SOURCE, [(article_id, *s) for s in rows.sources])
        if rows.tallies:
            cur.executemany(_INSERT_TALLY, [(article_id, *t) for t in rows.tallies])

    def _find_incident(self, base_id: int | None, m: MentionRows) -> int | None:
        if base_id is None:
            found = self._cur.execute(_CANDIDATES_AT_PLACE, (m.place_text, m.date, m.date)).fetchall()
        else:
            found = self._cur.execute(_CANDIDATES_AT_BASE, (base_id, m.date, m.date)).fetchall()
        if not found:
            return None
        span = merge.window(m.date, m.date_precision)
        kinds = merge.families(m.weapons)
        candidates = [
            (merge.day_distance(day, m.date), incident_id)
            for incident_id, day, precision, weapons in found
            if merge.windows_overlap(merge.window(day, precision), span)
            and merge.families_compatible(merge.stored_families(weapons), kinds)
        ]
        return int(min(candidates)[1]) if candidates else None

    def _attach(self, article_id: int, m: MentionRows) -> tuple[int, bool]:
        """Merge a mention into a matching incident or create one; returns (id, created)."""
        base_id = self._base_ids.get(m.base) if m.base else None
        incident_id = self._find_incident(base_id, m)
        created = incident_id is None
        if incident_id is None:
            stamp = now_iso()
            values = (base_id, m.place_text, m.date, m.date_precision, stamp, stamp)
            incident_id = int(self._cur.execute(_INSERT_INCIDENT, values).lastrowid)
        self._cur.execute(_INSERT_INCIDENT_ARTICLE, (incident_id, article_id, *m.values))
        self._recompute(incident_id, base_id)
        return incident_id, created

    def _recompute(self, incident_id: int, base_id: int | None) -> None:
        """Set the incident's fields from all its reports: one read of them, one update."""
        reports = self._cur.execute(_INCIDENT_REPORTS, (incident_id,)).fetchall()
        n = len(_MERGE_COLUMNS)
        fields = merge.combine([dict(zip(_MERGE_COLUMNS, r, strict=False)) for r in reports])
        fields["summary"] = merge.summary(fields, self._base_names.get(base_id))
        stored = [r for r in reports if r[n] is not None]  # a report whose article exists
        fields["corroboration"] = len(stored)
        fields["outlets"] = len({r[n + 1] if r[n + 1] is not None else f"article {r[n]}" for r in stored})
        fields["first_seen"] = min((r[n + 2] for r in stored), default=None)
        fields["updated_at"] = now_iso()
        self._cur.execute(_update_incident(tuple(fields)), (*fields.values(), incident_id))

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
