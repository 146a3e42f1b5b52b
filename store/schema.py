"""The store's schema as ordered migrations, keyed by ``PRAGMA user_version``.

Migrations are lists of single statements (not scripts) so that they run inside the
caller's ``BEGIN IMMEDIATE`` transaction: ``executescript`` would commit half-way and let
two processes race to create the same tables.
"""

from __future__ import annotations

_V1 = [
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        url TEXT UNIQUE,
        title TEXT NOT NULL,
        dek TEXT,
        published TEXT,
        outlet TEXT,
        section TEXT,
        byline TEXT,
        photo_credit TEXT,
        read_minutes INTEGER,
        body TEXT NOT NULL,
        source_path TEXT,
        fetched_at TEXT,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX articles_published ON articles(published)",
    "CREATE INDEX articles_source_path ON articles(source_path)",
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, dek, body, content='articles', content_rowid='id')""",
    """CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, dek, body)
        VALUES (new.id, new.title, new.dek, new.body);
    END""",
    """CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, dek, body)
        VALUES ('delete', old.id, old.title, old.dek, old.body);
    END""",
    """CREATE TABLE bases (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        aliases TEXT NOT NULL DEFAULT '',
        kind TEXT,
        country TEXT,
        admin1 TEXT,
        nearest_town TEXT,
        lat REAL,
        lon REAL
    )""",
    """CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        base_id INTEGER REFERENCES bases(id),
        place_text TEXT,
        date TEXT NOT NULL,
        date_precision TEXT NOT NULL DEFAULT 'day',
        weapons TEXT NOT NULL DEFAULT '',
        attack_count INTEGER,
        killed INTEGER,
        killed_max INTEGER,
        injured INTEGER,
        injured_max INTEGER,
        injuries_reported INTEGER NOT NULL DEFAULT 0,
        damage TEXT,
        intercepted INTEGER,
        claimed_by TEXT,
        summary TEXT,
        first_seen TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        corroboration INTEGER NOT NULL DEFAULT 1,
        outlets INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX incidents_base_date ON incidents(base_id, date)",
    "CREATE INDEX incidents_date ON incidents(date, id)",
    """CREATE TABLE incident_articles (
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        date TEXT,
        date_precision TEXT,
        date_basis TEXT,
        weapons TEXT NOT NULL DEFAULT '',
        attack_count INTEGER,
        killed INTEGER,
        injured INTEGER,
        injuries_reported INTEGER NOT NULL DEFAULT 0,
        damage TEXT,
        intercepted INTEGER,
        claimed_by TEXT,
        place_text TEXT,
        evidence TEXT NOT NULL DEFAULT '[]',
        field_evidence TEXT NOT NULL DEFAULT '[]',
        start INTEGER,
        end INTEGER,
        PRIMARY KEY (incident_id, article_id)
    )""",
    "CREATE INDEX incident_articles_article ON incident_articles(article_id)",
    """CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        incident_id INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        speaker_role TEXT,
        speaker_kind TEXT,
        via TEXT,
        anonymity_reason TEXT,
        indirect INTEGER NOT NULL DEFAULT 0,
        sentence TEXT,
        start INTEGER,
        end INTEGER
    )""",
    "CREATE INDEX quotes_article ON quotes(article_id)",
    "CREATE INDEX quotes_incident ON quotes(incident_id)",
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker, content='quotes', content_rowid='id')""",
    """CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END""",
    """CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, old.speaker);
    END""",
    """CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL
    )""",
    "CREATE INDEX sources_article ON sources(article_id)",
    """CREATE TABLE tallies (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        count INTEGER NOT NULL,
        qualifier TEXT,
        what TEXT NOT NULL,
        as_of TEXT,
        sentence TEXT
    )""",
    "CREATE INDEX tallies_article ON tallies(article_id)",
    """CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'feed',
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        last_fetch TEXT,
        last_ok TEXT,
        status TEXT,
        error TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        next_fetch TEXT,
        taken INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE seen_files (
        path TEXT PRIMARY KEY,
        size INTEGER,
        mtime REAL,
        article_id INTEGER,
        status TEXT,
        seen_at TEXT NOT NULL
    )""",
]


def _rebuild_fts(prefix: str) -> list[str]:
    """Both FTS tables made again with these prefix indexes, refilled from their content tables;
    the triggers name the tables and keep working."""
    return [
        "DROP TABLE articles_fts",
        f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, dek, body, content='articles', content_rowid='id', prefix='{prefix}')""",
        "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
        "DROP TABLE quotes_fts",
        f"""CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker, content='quotes', content_rowid='id', prefix='{prefix}')""",
        "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
    ]


# v2: indexes for the dashboard's live counts and per-base sums at 100k incidents, and
# prefix indexes so search-as-you-type ("dro*") stays cheap.
_V2 = [
    "CREATE INDEX articles_ingested ON articles(ingested_at)",
    "CREATE INDEX incidents_first_seen ON incidents(first_seen)",
    "CREATE INDEX incidents_base_casualties ON incidents(base_id, killed, killed_max, injured, injured_max)",
    *_rebuild_fts("2 3"),
]

# v3: only three-letter prefixes. Search-as-you-type adds the ``*`` from the third letter on
# (tui.text.as_you_type), so the two-letter index served no query, yet cost every report about
# 140 us of its write (bench/RESULTS.md). Longer prefixes read the term index; three-letter
# ones keep their own.
_V3 = _rebuild_fts("3")

MIGRATIONS: list[list[str]] = [_V1, _V2, _V3]
SCHEMA_VERSION = len(MIGRATIONS)
