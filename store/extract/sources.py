"""Sources: who the article's information comes from, each with its kind."""

from __future__ import annotations

import re

from store.extract.roles import canonical_body, role_is_expert
from store.extract.scan import Keys, matches_at
from store.models import Article, IncidentMention, Quote, Source

# Agencies and outlets that reports cite; the first name is the canonical one.
_AGENCIES: list[tuple[str, str, str]] = [
    ("AFP", "news agency", r"AFP|Agence France-Presse|Agence France Presse"),
    ("Reuters", "news agency", r"Reuters"),
    ("AP", "news agency", r"AP|The Associated Press|Associated Press"),
    ("Xinhua", "news agency", r"Xinhua"),
    ("IRNA", "news agency", r"IRNA|Islamic Republic News Agency"),
    ("Tasnim", "news agency", r"Tasnim(?: News Agency)?"),
    ("Fars", "news agency", r"Fars(?: News Agency)?"),
    ("Mehr", "news agency", r"Mehr(?: News Agency)?"),
    ("Anadolu", "news agency", r"Anadolu(?: Agency)?"),
    ("INA", "news agency", r"INA|Iraqi News Agency"),
    ("SANA", "news agency", r"SANA"),
    ("Al Mayadeen", "media", r"Al[ -]Mayadeen"),
    ("Al Jazeera", "media", r"Al[ -]Jazeera"),
    ("Al Arabiya", "media", r"Al[ -]Arabiya"),
    ("Rudaw", "media", r"Rudaw"),
    ("Kurdistan24", "media", r"Kurdistan ?24"),
    ("Shafaq News", "media", r"Shafaq(?: News)?"),
    ("Press TV", "media", r"Press ?TV"),
    ("CNN", "media", r"CNN"),
    ("Sabereen News", "media", r"Sabereen(?: News)?"),
    ("SOHR", "media", r"SOHR|(?:the )?Syrian Observatory for Human Rights"),
    ("Stars and Stripes", "media", r"Stars and Stripes"),
]
# One pass over the body finds every agency name; the words around it say whether it is cited.
# The lookahead on first letters lets the engine skip most positions at once.
_AGENCY_NAMES = re.compile(
    "(?=[ARXITFMSKCPa])(?:" + "|".join(f"(?P<a{i}>\\b(?:{p})\\b)" for i, (_, _, p) in enumerate(_AGENCIES)) + ")"
)
# Where an agency's name can start: at these words, or "Al " / "the " before some of them.
_AGENCY_KEYS = Keys(
    {
        **dict.fromkeys(
            ("AFP", "Agence France", "Reuters", "AP", "Xinhua", "IRNA", "Islamic Republic News Agency"), (0,)
        ),
        **dict.fromkeys(("Tasnim", "Fars", "Mehr", "Anadolu", "INA", "Iraqi News Agency", "SANA", "Rudaw"), (0,)),
        **dict.fromkeys(("Kurdistan", "Shafaq", "Press", "CNN", "Sabereen", "SOHR", "Stars and Stripes"), (0,)),
        **dict.fromkeys(("Mayadeen", "Jazeera", "Arabiya"), (3,)),
        **dict.fromkeys(("Associated Press", "Syrian Observatory for Human Rights"), (0, 4)),
    }
)
_CITED_BEFORE = re.compile(r"(?:\btold|according to|\bwith|\bto|\bby|\bin|\bvia)\s+(?:the\s+)?$|\($")
_CITED_AFTER = re.compile(
    r"^(?:\)|\s+(?:reported|said|news agency|quoted|cited|correspondents?|reporters?|journalists?)\b)"
)


def cited_agencies(body: str) -> list[tuple[str, str]]:
    """Agencies the text cites ("told AFP", "(Reuters)", "according to AP"), first mention first."""
    found: list[tuple[str, str]] = []
    for m in matches_at(_AGENCY_NAMES, body, _AGENCY_KEYS.starts(body)):
        name, kind, _ = _AGENCIES[int(m.lastgroup[1:])]
        if (name, kind) in found:
            continue
        if _CITED_BEFORE.search(body[max(0, m.start() - 20) : m.start()]) or _CITED_AFTER.match(
            body[m.end() : m.end() + 30]
        ):
            found.append((name, kind))
    return found


_OUTLET_NAMES = [(name, kind, re.compile(rf"(?:the\s+)?(?:{p})", re.I)) for name, kind, p in _AGENCIES]


def _outlet(speaker: str) -> tuple[str, str] | None:
    """The agency or outlet a speaker's name is, under its one name and kind, if it is one."""
    for name, kind, pattern in _OUTLET_NAMES:
        if pattern.fullmatch(speaker):
            return name, kind
    return None


_SPEAKER_KIND_TO_SOURCE = {
    "named official": "named official",
    "anonymous official": "anonymous official",
    "claimant": "claimant statement",
    "government body": "government body",
    "witness": "witness",
}


def _source_kind(q: Quote) -> str:
    """The source kind a quote's speaker makes.

    A named person who is no official is never an outlet: an analyst, researcher or academic
    is an "expert", anyone else named (no role, or a role that is neither) a "named source".
    Outlets are found by name before this is asked, so "media" stays theirs.
    """
    kind = _SPEAKER_KIND_TO_SOURCE.get(q.speaker_kind)
    if kind is not None:
        return kind
    return "expert" if role_is_expert(q.speaker_role) else "named source"


def find_sources(article: Article, quotes: list[Quote], incidents: list[IncidentMention]) -> list[Source]:
    """Who the article credits, each once: agencies it cites, speakers it quotes, claimants, photo credit.

    An outlet or a government body named in several ways is counted under its one short name.
    """
    found: list[Source] = []
    seen: set[str] = set()

    def add(name: str | None, kind: str) -> None:
        if name and name.lower() not in seen:
            seen.add(name.lower())
            found.append(Source(name, kind))

    for name, kind in cited_agencies(article.body):
        add(name, kind)
    for q in quotes:
        if q.speaker and (outlet := _outlet(q.speaker)) is not None:
            add(*outlet)  # "the Syrian Observatory for Human Rights said": the monitor SOHR, cited
            continue
        if q.speaker and (body := canonical_body(q.speaker)) is not None:
            # "U.S. Central Command" and "CENTCOM": one body, one source, whatever named the quote.
            add(body, "government body")
            continue
        add(q.speaker, _source_kind(q))
        if q.via and any(q.via.removeprefix("the ") == name for name, _, _ in _AGENCIES):
            add(q.via, "news agency")
    for incident in incidents:
        add(incident.claimed_by, "claimant statement")
    if article.photo_credit:
        add(article.photo_credit, "photo agency")
    return found
