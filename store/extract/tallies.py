"""Aggregate figures: counts of attacks since a date, troops deployed. Not incidents."""

from __future__ import annotations

import re
from datetime import date

from store.extract.dates import find_dates
from store.extract.scan import Anchored, Keys, lowered, matches_at
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
_TWO_DIGITS = re.compile(r"\d\d")
_SINCE = re.compile(r"\bsince\s+(?:the start of [^,]+ in\s+)?(?P<when>[^,.;]+)", re.I)
_SINCE_AT = Anchored(_SINCE, Keys(("since",)))
# Where a tally can start (it has no \b, so inside a word too): where its number starts, or at a
# qualifier that ends, but for white space, right there. A number in digits ends a run of digits
# and commas that white space follows (it must be followed by \s+, and cannot stop inside the run).
_DIGIT_RUN = re.compile(r"\d[\d,]*")
_QUALIFIERS = (
    *("at least", "more than", "over", "nearly", "almost", "about", "around", "roughly", "some", "up to"),
    *("as many as", "fewer than", "less than", "an estimated", "approximately", "a total of", "at most"),
)
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Every number in words that text.NUMBER matches: a finite list, so one that ends right before
# " attacks" or " times" is found by looking back from there.
_NUMBER_WORDS = (
    *("half a dozen", "a dozen", "a couple of", "a pair of", "dozen", "single", "twin", *_UNITS, *_TENS),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
    *(f"{tens}{sep}{unit}" for tens in _TENS for sep in "- " for unit in _UNITS),
)
_COUNTED = re.compile(r" (?:attacks|times)")


def _gate(text: str) -> bool:
    """Every tally has a number of two or more digits, or counts attacks or times in words.

    As a regex (``\\d\\d| attacks| times``) this is tried at every position; here only the
    digits are left to ``re``, which can skip to them.
    """
    return " attacks" in text or " times" in text or _TWO_DIGITS.search(text) is not None


def _qualifier_starts(text: str, number: int) -> list[int]:
    """Where a qualifier starts that white space alone separates from a number at ``number``."""
    end = number
    while end and text[end - 1].isspace():
        end -= 1
    if end == number or not text.endswith(_QUALIFIERS, 0, end):
        return []
    return [end - len(q) for q in _QUALIFIERS if text.endswith(q, 0, end)]


def _tally_matches(text: str) -> list[re.Match[str]]:
    """``_TALLY.finditer(text)``, trying the pattern only where it can start."""
    numbers = []
    for m in _DIGIT_RUN.finditer(text):
        end = m.end()
        if end < len(text) and text[end].isspace() and text[end - 1] != ",":
            numbers += [m.start() + i for i, c in enumerate(m.group()) if c != ","]
    for m in _COUNTED.finditer(text):
        end = m.start()
        if text.endswith(_NUMBER_WORDS, 0, end):
            numbers += [end - len(w) for w in _NUMBER_WORDS if text.endswith(w, 0, end)]
    starts = set(numbers)
    for number in numbers:
        starts.update(_qualifier_starts(text, number))
    return matches_at(_TALLY, text, sorted(starts))


def _as_of(sentence: str, pub: date | None) -> str | None:
    """The "since" of a tally: "since the start of the war in October" -> "2023-10"."""
    since = _SINCE_AT.search(sentence, lowered(sentence))
    if since is None or pub is None:
        return None
    dates = find_dates(sentence[since.start() : since.end()], pub)
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
        if not _gate(s.text):
            continue
        previous: str | None = None
        for m in _tally_matches(s.text):
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
