"""Where counts start, and how many attacks a sentence tells of.

The number anchors here are shared by every finder that opens with a count: attack counts
below and casualties in :mod:`store.extract.casualties`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.scan import CUES, Anchored, foldable, folded
from store.extract.text import NUMBER, QUALIFIER, number_value

# Words a number phrase (text.NUMBER) or a qualifier and number (text.QUALIFIER) can start with,
# in lower case: patterns that open with a count are tried only there.
_NUMBER_KEYS = (
    *"0123456789",
    *("half", "a dozen", "a couple of", "a pair of", "twenty", "thirty", "forty", "fifty", "dozen", "single", "twin"),
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    *("thirteen", "fifteen"),
)
_QUALIFIER_KEYS = (
    *("at least", "more than", "over", "nearly", "almost", "about", "around", "roughly", "some", "up to"),
    *("as many as", "fewer than", "less than", "an estimated", "approximately", "a total of", "at most"),
)
# Every count pattern goes on with white space: a place where none follows the count is no start.
NUMBER_STARTS = CUES.anchor(_NUMBER_KEYS, check=folded(re.compile(rf"\b{NUMBER}\s", re.I)))
COUNT_STARTS = CUES.anchor(
    _QUALIFIER_KEYS + _NUMBER_KEYS, check=folded(re.compile(rf"\b(?:{QUALIFIER}\s+)?{NUMBER}\s", re.I))
)


# -- attack counts ----------------------------------------------------------------------

_ATTACK_COUNT = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:separate\s+|more\s+|further\s+|new\s+|distinct\s+|consecutive\s+)?"
    r"(?:(?:drone|rocket|missile|mortar|ballistic missile)\s+)?(?:attacks|strikes|assaults|waves)\b",
    re.I,
)
_TWICE = re.compile(r"\b(?:twice|two times|two separate (?:attacks|occasions))\b", re.I)
_ATTACK_COUNT_AT = Anchored(_ATTACK_COUNT, NUMBER_STARTS, need=("attacks", "strikes", "assaults", "waves"))
_TWICE_AT = Anchored(_TWICE, CUES.anchor(("twice", "two times", "two separate ")))


@lru_cache(maxsize=256)
def find_attack_count(sentence: str) -> int | None:
    low = sentence.lower()
    if not any(map(low.__contains__, ("attack", "strike", "assault", "wave", "twice", "two times"))):
        return None
    fast = low if foldable(sentence) else None
    m = _ATTACK_COUNT_AT.search(sentence, fast)
    if m:
        value = number_value(m["n"])
        if value and value < 10:
            return value
    if _TWICE_AT.search(sentence, fast):
        return 2
    return None
