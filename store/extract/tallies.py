"""Aggregate figures: counts of attacks since a date, troops deployed. Not incidents."""

from __future__ import annotations

import re
from datetime import date

from store.extract.dates import find_dates
from store.extract.text import NUMBER, QUALIFIER, Sentence, number_value
from store.models import Tally

# "more than 140 attacks on US and coalition forces in Iraq and Syria",
# "roughly 2,500 American troops in Iraq", "some 900 in Syria"
_TALLY = re.compile(
    rf"(?:(?P<q>{QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{2,}}|{NUMBER}(?= (?:attacks|times)))\s+"
    r"(?P<what>(?:(?:separate|drone|rocket|missile|militia|hostile|US|U\.S\.|American|coalition)\s+)*"
    r"(?:attacks|times|troops|soldiers|service ?members|personnel|forces)\b[^.;:()]*?|in [A-Z][a-z]+)"
    r"(?=[.,;:()]|\s+(?:since|as of|deployed|stationed|who|which|that|and some|while)\b|$)"
)
# Every tally has a number of two or more digits, or counts attacks or times in words.
_TALLY_GATE = re.compile(r"\d\d| attacks| times")
_SINCE = re.compile(r"\bsince\s+(?:the start of [^,]+ in\s+)?(?P<when>[^,.;]+)", re.I)


def _as_of(sentence: str, pub: date | None) -> str | None:
    """The "since" of a tally: "since the start of the war in October" -> "2023-10"."""
    since = _SINCE.search(sentence)
    if since is None or pub is None:
        return None
    dates = find_dates(since.group(0), pub)
    if not dates:
        return None
    return dates[0].day.isoformat()[:7] if dates[0].precision == "month" else dates[0].day.isoformat()


def _what(match: re.Match[str], previous: str | None) -> str | None:
    """What is counted; "some 900 in Syria" borrows the noun of the tally before it."""
    what = match["what"].strip()
    if what.startswith("in "):
        return f"{previous.split(' in ')[0]} {what}" if previous else None
    if what.startswith("times"):
        return None
    return what


def find_tallies(sentences: list[Sentence], pub: date | None) -> list[Tally]:
    """Counts of ten or more attacks or troops, once each per article."""
    tallies: list[Tally] = []
    seen: set[tuple[int, str]] = set()
    for s in sentences:
        if not _TALLY_GATE.search(s.text):
            continue
        previous: str | None = None
        for m in _TALLY.finditer(s.text):
            count = number_value(m["n"])
            what = _what(m, previous)
            if count is None or count < 10 or what is None:
                continue
            previous = what
            if (count, what.lower()) in seen:
                continue
            seen.add((count, what.lower()))
            qualifier = m["q"].lower() if m["q"] else None
            tallies.append(Tally(count, qualifier, what, _as_of(s.text, pub), s.text))
    return tallies
