"""Finding bases in text: every gazetteer alias, with transliteration variants folded.

Text and aliases go through the same token folding (case, diacritics, Ayn/Ain, Assad/Asad,
Airbase/Air Base, dropped Arabic articles), then n-grams of text tokens are looked up in a
dict. That is one dict probe per token and length, far cheaper than one regex alternation
over every alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.extract.text import ARABIC_ARTICLE, fold
from store.gazetteer import Gazetteer

_TOKEN = re.compile(r"\w+")
# Arabic articles and English fillers that reports add or drop freely ("al-Tanf", "At-Tanf").
_DROP = frozenset({"al", "el", "ul", "at", "ad", "ar", "as", "an", "ash", "ath", "the", "s", "in", "of", "compound"})
_VARIANTS = {
    "ayn": "ain",
    "assad": "asad",
    "airbase": ("air", "base"),
    "ab": ("air", "base"),  # "Al Asad AB": the military shorthand
    "airfield": ("air", "base"),
    "airport": ("air", "port"),
    "arbil": "erbil",
    "irbil": "erbil",
    "hawler": "erbil",
    "u": "us",
    "usa": "us",
    "tawhid": "tawheed",
    "khrab": "kharab",
    "khirab": "kharab",
    "jeir": "jir",
    "jair": "jir",
    "jeer": "jir",
    "tel": "tal",
    "tell": "tal",
    "tall": "tal",
    "ain": "ain",
    "ein": "ain",
}
# Words that may follow a name as part of the place: "Ain al-Asad air base", "Harir airfield".
_SUFFIX = re.compile(
    r"\s*(?:(?:military |air |US |U\.S\. |coalition |patrol )?(?:air ?base|airbase|airfield|air field|"
    r"base|garrison|outpost|airport|military airport|camp|compound|installation|facility))\b",
    re.I,
)
MAX_ALIAS_TOKENS = 7


@lru_cache(maxsize=4096)
def _fold_token(word: str) -> tuple[str, ...]:
    """The folded tokens one word stands for: none for a filler, two for "airbase"."""
    token = fold(word)
    if token in _DROP:
        return ()
    if token.endswith("s") and token[:-1] in ("harir", "tanf", "asad"):
        token = token[:-1]
    variant = _VARIANTS.get(token, token)
    return variant if isinstance(variant, tuple) else (variant,)


def _fold_tokens(text: str) -> list[tuple[str, int, int]]:
    """(folded token, start, end) for each word, with variants applied and fillers dropped."""
    return [(t, m.start(), m.end()) for m in _TOKEN.finditer(text) for t in _fold_token(m.group(0))]


# Word characters outside ASCII: such text takes the general path, where words are folded one by one.
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
# Bytes of everything but ASCII word characters, as spaces: splitting then gives the words.
_NOT_WORD = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)) + b" " * 128


@dataclass(frozen=True)
class BaseMention:
    base: str  # canonical name
    start: int
    end: int
    text: str


_IN_TOWN = re.compile(r",?\s+(?:in|near|at|outside)\s+(?:the\s+(?:city|town)\s+of\s+)?(?P<town>[A-Z][\w'’-]+)\b")


def _town_key(town: str) -> str:
    """A town's name as the gazetteer's towns are looked up: lower case, without "al-"."""
    return _LEADING_ARTICLE.sub("", town).lower()


_LEADING_ARTICLE = re.compile(rf"^{ARABIC_ARTICLE}")


class BaseMatcher:
    """Alias lookup built once per gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.index: dict[tuple[str, ...], str] = {}
        self.countries = {base.name: base.country for base in gazetteer.bases}
        self.kinds = {base.name: base.kind for base in gazetteer.bases}
        # "a base in Erbil": the one base (not a mission) whose nearest town that is.
        self.by_town: dict[str, list[str]] = {}
        for base in gazetteer.bases:
            if base.nearest_town and base.kind != "diplomatic":
                self.by_town.setdefault(_town_key(base.nearest_town), []).append(base.name)
        for base in gazetteer.bases:
            for alias in (base.name, *base.aliases):
                key = tuple(t for t, _, _ in _fold_tokens(alias))
                if key:
                    self.index.setdefault(key, base.name)
        # "the Rukban base": a town with one base names that base, as the matcher's own alias.
        for town, names in self.by_town.items():
            town_key = tuple(t for t, _, _ in _fold_tokens(town))
            if len(names) == 1 and town_key and town_key not in self.index:
                self.index.setdefault((*town_key, "base"), names[0])
        self.first_tokens = {key[0] for key in self.index}
        self.max_len = min(MAX_ALIAS_TOKENS, max(len(k) for k in self.index))
        # Lower-case spellings whose folded form can open an alias: a cheap gate per word.
        self.openers = set(self.first_tokens)
        for raw, folded in _VARIANTS.items():
            first = folded[0] if isinstance(folded, tuple) else folded
            if first in self.first_tokens:
                self.openers.add(raw)
        self.openers |= {t + "s" for t in ("harir", "tanf", "asad")}
        self.openers |= {name.lower() for name in _BARE_KEYS}  # see _bare_name
        # Every proper start of an alias: reading further than one of these is pointless.
        self.prefixes = {key[:i] for key in self.index for i in range(1, len(key))}
        self.ascii_openers = frozenset(o.encode() for o in self.openers if o.isascii())

    def in_town(self, text: str, at: int) -> str | None:
        """The base a generic mention ending at ``at`` means by its town ("a base in Erbil"), if one."""
        m = _IN_TOWN.match(text, at)
        return None if m is None else self.of_town(m["town"])

    def of_town(self, town: str) -> str | None:
        """The one base (not a mission) whose nearest town is ``town``, if there is one."""
        bases = self.by_town.get(_town_key(town))
        return bases[0] if bases is not None and len(bases) == 1 else None

    def find(self, text: str, offset: int = 0) -> list[BaseMention]:
        """Every base named in the text, longest alias first, without overlaps."""
        mentions: list[BaseMention] = []
        resume = 0
        for start in self._opener_starts(text):
            if start < resume:
                continue
            found = self._match_at(text, start, min(len(text), start + 90), offset)
            if found is not None:
                mentions.append(found)
                resume = found.end - offset
        return mentions

    def _opener_starts(self, text: str) -> list[int]:
        """Where the words that can open an alias start, in order."""
        if not text.isascii() and _NON_ASCII_WORD.search(text) is not None:
            return [m.start() for m in _TOKEN.finditer(text) if fold(m.group(0)) in self.openers]
        # Every word is ASCII here: with all else turned to spaces, " word " is found as it stands.
        words = f" {text.lower()} ".encode("ascii", "replace").translate(_NOT_WORD)
        present = self.ascii_openers.intersection(words.split())
        out: list[int] = []
        for opener in present:
            needle = b" " + opener + b" "
            i = words.find(needle)
            while i != -1:
                out.append(i)
                i = words.find(needle, i + len(opener) + 1)
        if len(present) > 1:
            out.sort()
        return out

    def _match_at(self, text: str, start: int, stop: int, offset: int) -> BaseMention | None:
        """The longest alias that starts at ``start``, reading words only while they can still
        continue an alias."""
        key: tuple[str, ...] = ()
        best = first = last = None
        for m in _TOKEN.finditer(text, start, stop):
            for token in _fold_token(m[0]):
                if len(key) == self.max_len:
                    break
                key += (token,)
                first = m.start() if first is None else first
                if key in self.index:
                    best, last = key, m.end()
                if key not in self.prefixes:
                    break
            else:
                continue
            break
        if best is None:
            return self._bare_name(text, start, offset)
        end = last
        suffix = _SUFFIX.match(text, end)
        if suffix:
            end = suffix.end()
        return BaseMention(self.index[best], offset + first, offset + end, text[first:end])

    def _bare_name(self, text: str, start: int, offset: int) -> BaseMention | None:
        """ "al-Asad", "al-Omar" or "al-Hareer" alone, as a base is written, not a person's name.

        Folded, "Asad" is also "Assad", and "Omar" and "Hareer" are names of people, so the bare
        names are no aliases. After "al-", they name the base only where a place is expected:
        after a word of place or attack, or opening a clause ("100 U.S. troops at al-Asad",
        "the drone attack on the al-Omar base", "At al-Asad, ..."); not after a first name or a
        title ("Bashar al-Asad", "lawmaker al-Omar", "troops loyal to al-Asad").
        """
        m = _BARE_NAME.match(text, start)
        if m is None or not _PLACE_BEFORE.search(text, max(0, start - 30), start - 3):
            return None
        base = self.index.get(_BARE_KEYS[m["name"]])
        if base is None:
            return None
        first = start - 3
        end = suffix.end() if (suffix := _SUFFIX.match(text, m.end())) else m.end()
        return BaseMention(base, offset + first, offset + end, text[first:end])


# The alias each bare name stands for, as the gazetteer's own tokens.
_BARE_KEYS = {"Asad": ("ain", "asad"), "Omar": ("omar", "oil", "field"), "Hareer": ("harir",)}
_BARE_NAME = re.compile(
    r"(?<=\b[Aa]l[- ])(?P<name>Asad|Omar|Hareer)\b(?!(?:['’]s)?\s+(?:regime|government|family|forces|loyalists|rule))"
)
# What may stand right before a bare base name: a word of place or attack, "the", or the start
# of a clause ("At al-Asad, ...", "Al-Asad, which hosts ...").
_PLACE_BEFORE = re.compile(
    r"(?:^|[,;:(\n]\s*|(?<!loyal )\b(?:[Aa]t|[Ii]n|[Oo]n|[Nn]ear|[Ii]nside|[Oo]utside|[Ff]rom|to|[Tt]oward|[Tt]owards|"
    r"[Tt]he|hit|struck|targeted|targeting|attacked|attacks?|strikes?|reached|over|around)\s)$"
)


@lru_cache(maxsize=4)
def matcher_for(gazetteer: Gazetteer) -> BaseMatcher:
    return BaseMatcher(gazetteer)


# A base the gazetteer may lack, but that the text calls a base hosting US/coalition forces:
# "the Rukban outpost", "a US base in the Shaddadi area", "Mission Support Site Fuller".
GENERIC_BASE = re.compile(
    r"\b(?:the|an?|that|this|same|its)\s+(?:same\s+)?(?:(?:US|U\.S\.|American|coalition|US-led coalition|"
    r"military|Iraqi|Syrian|Jordanian|Kurdish|joint|main|nearby|remote|logistics|logistics support|"
    r"patrol|small|large|key|western|northern|eastern|southern|[\w-]+-led)\s+){0,3}"
    r"(?:air ?base|airbase|airfield|base|garrison|outpost|installation|compound|facility|airport|"
    r"military site|post|camp|embassy|embassies|consulate|airstrip|landing zone)s?\b",
    re.I,
)
