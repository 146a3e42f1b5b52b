"""Sources: who the article's information comes from, each with its kind."""

from __future__ import annotations

import re

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
_CITED = [
    (name, kind, re.compile(
        rf"(?:\btold\s+(?:the\s+)?(?:{p})\b|\((?:{p})\)|\b(?:{p})\s+(?:reported|said|news agency|quoted|cited)\b|"
        rf"\baccording to (?:the\s+)?(?:{p})\b|\b(?:{p})\s+(?:correspondent|reporter|journalist)s?\b|"
        rf"\b(?:with|to|by|in|via) (?:the )?(?:{p})\b)"))
    for name, kind, p in _AGENCIES
]
_SPEAKER_KIND_TO_SOURCE = {
    "named official": "named official",
    "anonymous official": "anonymous official",
    "claimant": "claimant statement",
    "government body": "government body",
    "witness": "witness",
}


def find_sources(article: Article, quotes: list[Quote], incidents: list[IncidentMention]) -> list[Source]:
    found: list[Source] = []
    seen: set[str] = set()

    def add(name: str | None, kind: str) -> None:
        if name and name.lower() not in seen:
            seen.add(name.lower())
            found.append(Source(name, kind))

    for name, kind, pattern in _CITED:
        if pattern.search(article.body):
            add(name, kind)
    for q in quotes:
        add(q.speaker, _SPEAKER_KIND_TO_SOURCE.get(q.speaker_kind, "named official" if q.speaker_role else "media"))
        if q.via and any(q.via.removeprefix("the ") == name for name, _, _ in _AGENCIES):
            add(q.via, "news agency")
    for incident in incidents:
        add(incident.claimed_by, "claimant statement")
    if article.photo_credit:
        add(article.photo_credit, "photo agency")
    return found
