"""Sentences with their character offsets in the body, and number words.

Offsets are what lets the dashboard highlight the very sentence a figure came from, so
every span here points into the original body, never into a cleaned copy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
# white space and a capital, digit or opening quote: `...base." The` splits, `U.S. forces` not.
# The match starts at the stop itself, so the regex engine jumps from stop to stop.
_BOUNDARY = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])""")
# Tokens that end in a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "sgt",
        "capt",
        "cpt",
        "adm",
        "brig",
        "cmdr",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
        "inc",
        "co",
        "corp",
        "jr",
        "sr",
        "dept",
        "lt.col",
        "maj.gen",
        "brig.gen",
        "rear",
        "vice",
        "e.g",
        "i.e",
        "approx",
        "est",
    ]
)
_LAST_TOKEN = re.compile(r"([\w.]+)\.[\"'”’)\]]*$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def _ends_with_abbreviation(body: str, start: int, cut: int) -> bool:
    """Whether body[start:cut] ends in an abbreviation; only its last 40 characters are read,
    as any longer final token is no abbreviation."""
    m = _LAST_TOKEN.search(body, max(start, cut - 40), cut)
    if not m:
        return False
    token = m.group(1).lower()
    # A lone initial ("John F. Kennedy") or a known abbreviation does not end a sentence.
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of the body; paragraphs (blank-line separated) never share a sentence."""
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraph_spans(body)):
        start = p_start
        paragraph = body[p_start:p_end]
        for m in _BOUNDARY.finditer(paragraph):
            cut = p_start + m.start() + 1
            if _ends_with_abbreviation(body, start, cut):
                continue
            sentences.append(Sentence(start, cut, body[start:cut], number))
            start = p_start + m.end()
        if start < p_end:
            sentences.append(Sentence(start, p_end, body[start:p_end], number))
    return sentences


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PARAGRAPH.finditer(body):
        text = m.group(0)
        stripped_start = m.start() + (len(text) - len(text.lstrip()))
        stripped_end = m.end() - (len(text) - len(text.rstrip()))
        if stripped_end > stripped_start:
            spans.append((stripped_start, stripped_end))
    return spans


NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "twin": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "half a dozen": 6,
    "a pair of": 2,
    "a couple of": 2,
    "twice": 2,
}

# "at least 25", "more than a dozen", "34", "three", "twenty-five"
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|half a dozen|a dozen|a couple of|a pair of|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|dozen|single|twin)"
)
QUALIFIER = (
    r"(?:at least|more than|over|nearly|almost|about|around|roughly|some|up to|as many as|"
    r"fewer than|less than|an estimated|approximately|a total of|at most)"
)


def number_value(text: str) -> int | None:
    """The integer a number phrase stands for: "34", "2,500", "twenty-five", "a dozen"."""
    t = text.strip().lower()
    if t.replace(",", "").isdigit():
        return int(t.replace(",", ""))
    if t in ("a", "an"):
        return 1
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, diacritics and punctuation folded: "Aïn al-Assad" -> "ain al-assad"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class Cue:
    """A compiled pattern behind a cheap gate: it is searched only when one of its key words
    occurs in the text (a substring test costs a fraction of a regex search).

    Keys are lower-case and separated by "|"; the gate must admit every text the pattern
    can match. With ``leads``, every match also begins with a key, so the search starts at
    the first key instead of trying every position before it. The last answer is kept,
    because a sentence is asked about the same cue several times while it is read.
    """

    def __init__(self, pattern: re.Pattern[str], keys: str, *, leads: bool = False) -> None:
        self.pattern = pattern
        self.keys = tuple(keys.split("|"))
        self.leads = leads
        # One attribute, replaced whole, so a reader in another thread never sees half of it.
        self._last: tuple[str | None, re.Match[str] | None] = (None, None)

    def admits(self, text: str) -> bool:
        return any(map(text.lower().__contains__, self.keys))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if pos or endpos is not None:
            return (
                self.pattern.search(text, pos, len(text) if endpos is None else endpos) if self.admits(text) else None
            )
        last = self._last
        if last[0] is not text:
            last = self._last = (text, self._search(text))
        return last[1]

    def _search(self, text: str) -> re.Match[str] | None:
        low = text.lower()
        if not self.leads or len(low) != len(text):
            return self.pattern.search(text) if any(map(low.__contains__, self.keys)) else None
        first = min((at for at in map(low.find, self.keys) if at >= 0), default=-1)
        return self.pattern.search(text, first) if first >= 0 else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(self.pattern.finditer(text)) if self.admits(text) else []
