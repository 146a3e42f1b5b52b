"""The records that flow from readers through extraction into the store.

Readers produce an :class:`Article`; extraction turns it into an :class:`Extraction`.
They are plain frozen dataclasses so that extraction stays pure and testable without
a database, and so that nothing downstream can mutate what a reader saw.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WEAPONS = ("drone", "rocket", "ballistic missile", "cruise missile", "missile", "mortar", "ied", "other")
# The design's kinds, plus a body speaking as such ("CENTCOM said"). "other" is a named person
# with no official role: an analyst, a researcher.
SPEAKER_KINDS = ("named official", "anonymous official", "claimant", "witness", "government body", "other")
SOURCE_KINDS = (
    "news agency",
    "named official",
    "anonymous official",
    "claimant statement",
    "government body",
    "media",
    "photo agency",
    "witness",
    "expert",  # a named analyst or researcher
    "named source",  # a named person whose role the report does not give
)


@dataclass(frozen=True)
class Article:
    """One report as a reader found it, before any interpretation."""

    title: str
    body: str
    published: str | None = None  # ISO date or datetime, None when the text gives none
    outlet: str | None = None
    url: str | None = None
    dek: str | None = None
    section: str | None = None
    byline: str | None = None
    photo_credit: str | None = None
    read_minutes: int | None = None
    source_path: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True)
class Span:
    """A stretch of the article body: the sentence (or quote) a field came from."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class IncidentMention:
    """One attack as one article tells it; the store merges mentions into incidents."""

    base: str | None  # canonical gazetteer name, None when the place is not in it
    place_text: str  # the words the article used for the place
    date: str  # ISO date
    date_precision: str  # day | week | month
    date_basis: str  # why this date: the phrase it was resolved from, or "publication date"
    weapons: tuple[str, ...] = ()
    attack_count: int | None = None
    killed: int | None = None
    injured: int | None = None
    injuries_reported: bool = False  # "injuries" with no number
    damage: str | None = None
    intercepted: bool | None = None
    claimed_by: str | None = None
    summary: str = ""
    evidence: tuple[Span, ...] = ()
    field_evidence: tuple[tuple[str, Span], ...] = ()  # (field name, sentence) pairs


@dataclass(frozen=True)
class Quote:
    """A direct quotation with the speaker the attribution around it names."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_kind: str = "other"
    via: str | None = None
    anonymity_reason: str | None = None
    incident_index: int | None = None  # index into Extraction.incidents
    indirect: bool = False  # a reported statement rather than a quotation
    sentence: str = ""


@dataclass(frozen=True)
class Source:
    name: str
    kind: str


@dataclass(frozen=True)
class Tally:
    count: int
    qualifier: str | None
    what: str
    as_of: str | None = None
    sentence: str = ""


@dataclass(frozen=True)
class Extraction:
    incidents: tuple[IncidentMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    tallies: tuple[Tally, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
