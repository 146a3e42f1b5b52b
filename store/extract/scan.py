"""Running a costly regex only where it can match, with the very same result.

CPython's ``re`` tries a pattern at every position of the text unless the pattern opens with a
literal or a plain character class; a pattern that opens with ``\\b`` and a case-folded
alternation is the slowest case, since every branch is tried at every word start. Most of the
extractors' patterns are like that, yet can only start at a few words ("drone", a number, a
month). Those words are found first, cheaply: :class:`Cues` scans a sentence once for the key
words of every pattern (and keeps the result while the finders take turns on the sentence),
:class:`Keys` looks for a few words with ``in``/``find`` or one regex scan of a long text. Then
:func:`matches_at` tries the unchanged pattern only there.

Case-insensitive patterns run faster still on lower-cased text without ``re.I`` (every branch
of an alternation then rejects a position with one comparison): :func:`lowered` and
:func:`folded` give that text and that pattern, and :class:`Anchored` puts it all together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

# "İ" lowers to two characters; "ı" and "ſ" match "i" and "s" under re.I but lower to themselves.
_UNSAFE = re.compile("[\u0130\u0131\u017f]")
_NON_ASCII_DIGIT = re.compile(r"[^\D0-9]")
_WORD_CHAR = re.compile(r"\w")


def foldable(text: str) -> bool:
    """Whether ``text.lower()`` keeps every offset and agrees with re.I on every character.

    Exhaustively checked over Unicode: only the three characters in ``_UNSAFE`` break that.
    Text with a non-ASCII digit is refused too, so that digit keys may be the ten ASCII ones.
    """
    return text.isascii() or (_UNSAFE.search(text) is None and _NON_ASCII_DIGIT.search(text) is None)


@lru_cache(maxsize=256)
def lowered(text: str) -> str | None:
    """``text.lower()`` when :func:`foldable`, else None (callers then run the patterns as they are).

    Remembered: several finders lower the same sentence in turn.
    """
    return text.lower() if foldable(text) else None


# Escapes stay as they are (``\\S`` is not ``\\s``), and so does ``(?P`` of a named group.
_TOKEN = re.compile(r"\\.|\(\?P|.", re.S)
# A character given by its code could be a letter, which lower-casing the source would miss.
_CODED_CHAR = re.compile(r"\\(?:[xuUN0-9])")


def _lower_token(m: re.Match[str]) -> str:
    token = m.group()
    return token if len(token) > 1 else token.lower()


def folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The re.I ``pattern`` without re.I, for text from :func:`lowered`: same matches, same groups."""
    source = pattern.pattern
    if _CODED_CHAR.search(source) or not pattern.flags & re.IGNORECASE:
        raise ValueError(f"cannot fold {source!r}")
    out = re.compile(_TOKEN.sub(_lower_token, source), pattern.flags & ~re.IGNORECASE)
    if out.groupindex != pattern.groupindex:
        raise ValueError(f"group names change when folding {source!r}")
    return out


class Keys:
    """Literal keys that every match of some patterns starts at or a little after.

    ``spec`` maps each key to how far before it a match may start ("al-Nujaba" starts three
    characters before "Nujaba"); a plain iterable means zero. In a sentence the keys are
    tested for with ``in`` (a C loop, so absent keys cost little) and the few present are
    found with ``str.find``; in longer text one regex scan finds them all.
    """

    LONG = 1000  # characters from which one regex scan beats a test per key

    def __init__(self, spec: Mapping[str, Iterable[int]] | Iterable[str]) -> None:
        backs = {k: tuple(v) for k, v in spec.items()} if isinstance(spec, Mapping) else dict.fromkeys(spec, (0,))
        self.names = tuple(backs)
        self.shifts = {key: tuple(sorted({-b for b in v})) for key, v in backs.items()}
        self.plain = len(backs) == 1 and all(v == (0,) for v in self.shifts.values())
        self.regex = re.compile(alternation(self.names))
        self.hidden = {key: self._hidden(key, backs) for key in backs}

    @staticmethod
    def _hidden(key: str, backs: dict[str, tuple[int, ...]]) -> tuple[int, ...]:
        """Offsets from an occurrence of ``key`` to every start it stands for in a regex scan,
        which does not overlap matches: keys that start inside this one go unseen."""
        out = {-b for b in backs[key]}
        for i in range(len(key)):
            rest = key[i:]
            for other, other_backs in backs.items():
                if other.startswith(rest) or rest.startswith(other):
                    out.update(i - b for b in other_backs)
        return tuple(sorted(out))

    def starts(self, text: str) -> list[int]:
        """Every position, in order, where a match may start."""
        if len(text) >= self.LONG:
            found = {m.start() + s for m in self.regex.finditer(text) for s in self.hidden[m.group()]}
            return sorted(p for p in found if p >= 0)
        present = list(filter(text.__contains__, self.names))
        if not present:
            return present
        out: list[int] = []
        for key in present:
            shifts = self.shifts[key]
            i = text.find(key)
            while i != -1:
                out.extend(i + s for s in shifts)
                i = text.find(key, i + 1)
        return out if self.plain else sorted({p for p in out if p >= 0})


class Runs:
    """Where a regex finds something: for runs of one character class, the only places where a
    pattern that opens with ``\\b`` and that class can start (no boundary inside a run of word
    characters)."""

    def __init__(self, chars: str = "", regex: str | None = None) -> None:
        self.regex = re.compile(regex or f"[{chars}]+")

    def starts(self, text: str) -> list[int]:
        return [m.start() for m in self.regex.finditer(text)]


class Cues:
    """The keys of many patterns, found in a lowered sentence with one scan, kept for a while.

    Every pattern opens with ``\\b`` and every key is where a word starts, so the scan stops at
    non-word characters only. Register keys with :meth:`anchor` (at import). Several finders
    read each sentence in turn, so the last sentences' keys are kept.
    """

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.regex: re.Pattern[str] | None = None
        self.find = lru_cache(maxsize=256)(self._find)
        self._last: tuple[str | None, str | None, dict[str, list[int]]] = (None, None, {})

    def anchor(self, spec: Mapping[str, Iterable[int]] | Iterable[str], check: re.Pattern[str] | None = None) -> Anchor:
        """Where matches of one pattern start: at these keys (or ``spec[key]`` characters before)."""
        out = Anchor(self, spec, check)
        if not all(_WORD_CHAR.match(k) for k in out.backs):
            raise ValueError("every key must start with a word character")
        if not self.names.issuperset(out.backs):
            self.names.update(out.backs)
            self.regex = None  # compiled again, with the new keys, at the next scan
            self.find.cache_clear()
            self._last = (None, None, {})
        return out

    def _compile(self) -> re.Pattern[str]:
        keys = sorted(self.names)
        pattern = alternation(keys)
        self.first = re.compile(pattern)
        self.prefixes = {k: tuple(o for o in keys if k.startswith(o)) for k in keys}
        # Word starts inside a key (or right after it): the scan steps over them, so look there too.
        self.inner = {k: tuple(i for i in range(1, len(k) + 1) if not _WORD_CHAR.match(k[i - 1])) for k in keys}
        self.plain = frozenset(k for k in keys if self.prefixes[k] == (k,) and not self.inner[k])
        # On ASCII text re.ASCII finds the same non-word characters, but tests them without a
        # Unicode look-up: a fifth of the scan.
        self.ascii_regex = re.compile(rf"\W({pattern})", re.ASCII)
        self.regex = re.compile(rf"\W({pattern})")
        return self.regex

    def _find(self, low: str) -> dict[str, list[int]]:
        """Each key present at a word start, with where (ascending)."""
        regex = self.regex or self._compile()
        if low.isascii():
            regex = self.ascii_regex
        found: dict[str, list[int]] = {}
        if (first := self.first.match(low)) is not None:
            self._record(found, first.group(), 0)  # the scan itself looks inside this one
        for start, key in [(m.start(1), m.group(1)) for m in regex.finditer(low)]:
            if key in self.plain:
                if key in found:
                    found[key].append(start)
                else:
                    found[key] = [start]
                continue
            self._record(found, key, start)
            for i in self.inner[key]:
                if (inner := self.first.match(low, start + i)) is not None:
                    self._record(found, inner.group(), start + i)
        return found

    def sentence(self, text: str) -> tuple[str | None, dict[str, list[int]]]:
        """:func:`lowered` ``text`` and its keys (none when it is not foldable), kept for the last text.

        The incident cues ask about one sentence a dozen times in a row: one identity test then
        stands for two cache look-ups. One attribute, replaced whole, keeps it safe across threads.
        """
        last = self._last
        if last[0] is not text:
            low = lowered(text)
            last = self._last = (text, low, {} if low is None else self.find(low))
        return last[1], last[2]

    def none_of(self, low: str, names: frozenset[str]) -> bool:
        """Whether none of these keys starts a word of the lowered sentence."""
        return self.find(low).keys().isdisjoint(names)

    def _record(self, found: dict[str, list[int]], key: str, start: int) -> None:
        for prefix in self.prefixes[key]:  # a shorter key at the same place
            found.setdefault(prefix, []).append(start)


class Anchor:
    """Where one pattern's matches can start, from its keys among a sentence's :class:`Cues`.

    ``check``, a pattern every match starts with, weeds the places out once for all patterns
    that share this anchor.
    """

    def __init__(
        self, cues: Cues, spec: Mapping[str, Iterable[int]] | Iterable[str], check: re.Pattern[str] | None
    ) -> None:
        self.cues = cues
        self.backs = {k: tuple(v) for k, v in spec.items()} if isinstance(spec, Mapping) else dict.fromkeys(spec, (0,))
        self.names = frozenset(self.backs)
        self.plain = all(v == (0,) for v in self.backs.values())
        self.check = check

    def starts(self, low: str) -> list[int]:
        return self.starts_in(low, self.cues.find(low))

    def starts_in(self, low: str, found: dict[str, list[int]]) -> list[int]:
        """:meth:`starts`, given the sentence's keys (``Cues.find(low)``) at hand."""
        present = self.names.intersection(found)
        if not present:
            return []
        if self.plain and len(present) == 1:
            out = found[next(iter(present))]
        else:
            out = sorted({p - b for key in present for p in found[key] for b in self.backs[key] if p >= b})
        return out if self.check is None else [p for p in out if self.check.match(low, p)]


# One scan per sentence serves the finders of fields, dates and tallies alike.
CUES = Cues()


def alternation(keys: Iterable[str]) -> str:
    """The keys as one alternation, grouped by first character so that ``re`` rejects a position
    with one comparison per first character; longest first, so a position reports its longest key."""
    by_first: dict[str, list[str]] = {}
    for key in sorted(keys, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)
    parts = []
    for first, group in by_first.items():
        rests = "|".join(re.escape(k[1:]) for k in group)
        parts.append(re.escape(first) + (f"(?:{rests})" if len(group) > 1 else rests))
    return "|".join(parts)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, trying the pattern only at ``starts`` (ascending).

    ``starts`` must hold every position where the pattern can match, and the pattern must
    never match the empty string.
    """
    out: list[re.Match[str]] = []
    pos = 0
    for p in starts:
        if p >= pos and (m := pattern.match(text, p)) is not None:
            out.append(m)
            pos = m.end()
    return out


def first_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> re.Match[str] | None:
    """``pattern.search(text)`` under the same terms as :func:`matches_at`."""
    for p in starts:
        if (m := pattern.match(text, p)) is not None:
            return m
    return None


class Anchored:
    """A re.I pattern, run folded on lowered text and only from its keys, or as it is on other text.

    ``need`` lists words of which a match must contain one, a cheaper test than the keys.
    Matches found in lowered text index the original text alike but their ``group()`` is
    lower-case: callers use offsets, or compare without case.
    """

    def __init__(
        self, pattern: re.Pattern[str], keys: Keys | Runs | Anchor | None = None, need: tuple[str, ...] = ()
    ) -> None:
        self.slow = pattern
        self.fast = folded(pattern)
        self.keys = keys
        self.need = need

    def _starts(self, low: str, memo: dict[Keys | Runs | Anchor, list[int]] | None) -> list[int] | None:
        """Where to try the folded pattern (None: everywhere); ``memo`` shares keys' starts."""
        if self.need and not any(map(low.__contains__, self.need)):
            return []
        keys = self.keys
        if keys is None:
            return None
        if memo is None:
            return keys.starts(low)
        if keys not in memo:
            memo[keys] = keys.starts(low)
        return memo[keys]

    def finditer(
        self, text: str, low: str | None, memo: dict[Keys | Runs | Anchor, list[int]] | None = None
    ) -> list[re.Match[str]]:
        """Every match, in ``low`` when it is given (see :func:`lowered`), else in ``text``.

        ``memo`` shares the keys' starts between patterns that have the same keys.
        """
        if low is None:
            return list(self.slow.finditer(text))
        starts = self._starts(low, memo)
        return list(self.fast.finditer(low)) if starts is None else matches_at(self.fast, low, starts)

    def search(
        self, text: str, low: str | None, memo: dict[Keys | Runs | Anchor, list[int]] | None = None
    ) -> re.Match[str] | None:
        """The first match, like :meth:`finditer`."""
        if low is None:
            return self.slow.search(text)
        starts = self._starts(low, memo)
        return self.fast.search(low) if starts is None else first_at(self.fast, low, starts)
