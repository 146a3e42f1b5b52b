"""Aggregate figures: counts of attacks since a date, troops deployed. Not incidents."""

from __future__ import annotations

import re

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


def find_tallies(sentences: list[Sentence], pub_date) -> list[Tally]:  # type: ignore[no-untyped-def]
    tallies: list[Tally] = []
    seen: set[tuple[int, str]] = set()
    for s in sentences:
        previous_what: str | None = None
        if not _TALLY_GATE.search(s.text):
            continue
        for m in _TALLY.finditer(s.text):
            count = number_value(m["n"])
            what = m["what"].strip()
            if count is None:
                continue
            if what.startswith("in ") and previous_what:
                what = previous_what.split(" in ")[0] + " " + what
            if what.split()[0] in ("times",) or (count < 10 and "attacks" not in what):
                continue
            if what.startswith(("attacks", "times")) is False and not re.search(
                r"troops|soldiers|service|personnel|forces|attacks|in ", what
            ):
                continue
            if count < 10:
                continue
            previous_what = what
            as_of = None
            since = _SINCE.search(s.text)
            if since and pub_date is not None:
                dates = find_dates(since.group(0), pub_date)
                if dates:
                    as_of = dates[0].day.isoformat()[:7] if dates[0].precision == "month" else dates[0].day.isoformat()
            key = (count, what.lower())
            if key in seen:
                continue
            seen.add(key)
            tallies.append(Tally(count, m["q"].lower() if m["q"] else None, what, as_of, s.text))
    return tallies
