"""Sentences with their character offsets in the body, and number words.

Offsets are what lets the dashboard highlight the very sentence a figure came from, so
every span here points into the original body, never into a cleaned copy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from store.extract.scan import CUES, Anchored, Keys, first_at

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
# white space and a capital, digit or opening quote: `...base." The` splits, `U.S. forces` not.
# A footnote marker after the stop ("injured.[8] Eight days later", "killed.² The") stays
# between the two. The match starts at the stop itself, so the regex engine jumps from stop
# to stop.
# A stop before a capital or a digit; in a paragraph with a list, also the end of a line before
# a bullet, whatever ends the line ("2020" heading "- 8 January: Iran fired missiles ...").
_STOP = r"""[.!?]["'”’)\]]*(?:\[\^?\d{1,3}\]|[¹²³⁰-⁹]+)*\s+(?=["'“‘(\[]?[A-Z0-9])"""
_BOUNDARY = re.compile(_STOP)
_BOUNDARY_IN_LIST = re.compile(rf"{_STOP}|\S\n(?=[-*•–—] )")
_BULLET_LINE = re.compile(r"\n[-*•–—] ")
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
        "spc",
        "pfc",
        "cpl",
        "pvt",
        "cdr",
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
        boundary = _BOUNDARY_IN_LIST if "\n" in paragraph and _BULLET_LINE.search(paragraph) else _BOUNDARY
        for m in boundary.finditer(paragraph):
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
# What a group or a body speaks through: "in a statement", "in a Telegram post".
MEDIUM_WORDS = ("statement", "post", "message", "video")
MEDIUM = "|".join(MEDIUM_WORDS)
# Our side, as reports name it before its strikes, drones and officials: "a US drone strike".
OUR_SIDE = r"(?:U\.S\.|US|American|coalition|Israeli)"
# The Arabic article as names in English carry it: "al-Harir", "As-Sudani", "el-Sisi".
ARABIC_ARTICLE = r"(?:[Aa][lnrst]|[Ee]l)-"
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
    """A pattern that gives the very same first match as ``pattern.search``, at a fraction of the cost.

    ``re`` tries a re.I pattern that opens with ``\\b`` and an alternation at every position.
    Here it runs folded on the lowered sentence (see :mod:`store.extract.scan`), only when the
    sentence holds one of the ``need`` words (every match contains one), and only where one of
    its ``starts`` words begins a word, found by the scan every finder shares. ``starts`` must
    name, for every alternative, the word a match can start with, or map that word to how many
    characters before it a match may start; without ``starts`` the folded pattern searches the
    whole sentence, which is cheap enough once ``need`` has let it through. A case-sensitive
    pattern is tried from each occurrence of its literal ``starts`` in the text as it is.

    Match offsets index the text, but a folded match's ``group()`` is lower-case. The last
    answer is kept, because a sentence is asked about the same cue several times while it is read.
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        starts: Mapping[str, Iterable[int]] | Iterable[str] | None = None,
        *,
        need: tuple[str, ...] = (),
    ) -> None:
        self.pattern = pattern
        folds = bool(pattern.flags & re.IGNORECASE)
        if not folds and starts is None:
            raise ValueError("a case-sensitive cue needs its starts")
        self.anchor = CUES.anchor(starts) if folds and starts is not None else None
        self.keys = None if folds or starts is None else Keys(starts)
        self.folded = Anchored(pattern, self.anchor, need) if folds else None
        self.names = self.anchor.names if self.anchor is not None else frozenset()
        # The one way this cue searches, chosen once: a reader asks ~130 cues per article.
        self._find: Callable[[str], re.Match[str] | None] = (
            self._keyed if self.keys is not None else self._anchored if self.anchor is not None else self._gated
        )
        # One attribute, replaced whole, so a reader in another thread never sees half of it.
        self._last: tuple[str | None, re.Match[str] | None] = (None, None)

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, remembered for the last text."""
        last = self._last
        if last[0] is not text:
            last = self._last = (text, self._find(text))
        return last[1]

    def _search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, not remembered."""
        return self._find(text)

    def _keyed(self, text: str) -> re.Match[str] | None:
        """Case-sensitive: tried from each literal key in the text as it is."""
        assert self.keys is not None
        return first_at(self.pattern, text, self.keys.starts(text))

    def _anchored(self, text: str) -> re.Match[str] | None:
        """Folded, from the sentence's start words; most cues find none of theirs, one set test."""
        low, found = CUES.sentence(text)
        if low is not None and found.keys().isdisjoint(self.names):
            return None
        assert self.folded is not None
        return self.folded.search(text, low)

    def _gated(self, text: str) -> re.Match[str] | None:
        """Folded (see :class:`~store.extract.scan.Anchored`), once one of the ``need`` words is in it."""
        assert self.folded is not None
        return self.folded.search(text, CUES.sentence(text)[0])
