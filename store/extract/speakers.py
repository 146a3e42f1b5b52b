"""Who is speaking: names, roles, anonymous officials, organisations, and coreference.

A speaker phrase is read from the words around a speech verb. The :class:`SpeakerBook`
remembers everyone introduced in the article with the position where they were introduced,
so "the official", "he" or a bare surname later resolves to the person first named in full,
even when that introduction was not itself a quotation (:mod:`store.extract.introductions`
finds those; the patterns for names, anonymous sources and bodies are shared with it and
live here, so that it depends on this module and not the other way round).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from store.extract.fields import find_group

# Words that make up titles and roles before a name ("Defense Secretary Lloyd Austin").
_TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "secretary",
        "minister",
        "prime",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "advisor",
        "adviser",
        "director",
        "commander",
        "chief",
        "general",
        "gen.",
        "lt.",
        "col.",
        "maj.",
        "brig.",
        "adm.",
        "sgt.",
        "capt.",
        "admiral",
        "colonel",
        "major",
        "lieutenant",
        "sergeant",
        "captain",
        "deputy",
        "press",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "ambassador",
        "governor",
        "mayor",
        "coordinator",
        "head",
        "leader",
        "envoy",
        "chairman",
        "speaker",
        "mr.",
        "ms.",
        "mrs.",
        "dr.",
        "sheikh",
        "ayatollah",
        "defence",
        "defense",
        "foreign",
        "national",
        "security",
        "council",
        "communications",
        "strategic",
        "pentagon",
        "white",
        "house",
        "state",
        "department",
        "central",
        "command",
        "joint",
        "chiefs",
        "staff",
        "army",
        "air",
        "force",
        "navy",
        "military",
        "operations",
        "affairs",
        "public",
        "information",
        "media",
        "office",
        "ministry",
        "interior",
        "commander-in-chief",
        "kurdistan",
        "region",
        "regional",
        "government",
        "krg",
        "iraqi",
        "us",
        "u.s.",
        "american",
        "iranian",
        "syrian",
        "kurdish",
        "jordanian",
        "british",
        "french",
        "israeli",
        "sdf",
        "pmf",
        "popular",
        "mobilization",
        "forces",
        "centcom",
        "resistance",
        "islamic",
        "spokesman's",
    ]
)
# A name: two or three capitalised words, with Arabic particles ("Mohammed Shia al-Sudani").
_NAME_FIRST_WORD = r"[A-Z][a-z][\w'’-]*"
_NAME = _NAME_FIRST_WORD + r"(?:\s+(?:(?:al|el|bin|ibn|abu|abd|de|van|von)[- ])?[A-Z][\w'’-]+){1,3}"
_CAP_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|abu|de)[- ])?[A-Z][\w'’.-]*)*")

_MODIFIER = r"(?:[a-z][\w'’-]*|[A-Z][\w'’.-]*|U\.S\.|U․S․)"
_HEAD_WORDS = [
    r"officials?",
    r"officers?",
    r"sources?",
    r"diplomats?",
    r"spokesm[ae]n",
    r"spokespersons?",
    r"spokeswom[ae]n",
    r"commanders?",
    r"witness(?:es)?",
    r"residents?",
    r"employees?",
    r"medics?",
    r"doctors?",
    r"contractors?",
    r"analysts?",
    r"soldiers?",
    r"fighters?",
    r"leaders?",
    r"members?",
    r"aides?",
    r"lawmakers?",
    r"monitors?",
]
_HEAD = "(?:" + "|".join(_HEAD_WORDS) + ")"
_TAIL_WORD = (
    r"(?:[A-Z][\w'’.-]*|U\.S\.|U․S․|province|embassy|region|faction|forces|ministry|government|"
    r"base|another|the|his|its|city|army|office|administration|group|militia|coalition)"
)
# "a US military official", "an SDF commander in Deir Ezzor province",
# "a spokesperson for the US embassy in Baghdad", "the Iraqi government's military spokesman"
_ANON = re.compile(
    rf"\b(?P<phrase>(?:(?P<det>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother|[Ss]everal|[Tt]he|[Ss]ome|[Tt]his)\s+)?"
    rf"(?:{_MODIFIER}\s+){{0,4}}?(?P<head>{_HEAD})\b"
    rf"(?:\s+(?:with|from|at|in|of|for|close to)\s+{_TAIL_WORD}(?:\s+{_TAIL_WORD}){{0,4}})?"
    rf"(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*|\s+province){{0,2}})?)"
)
_PRONOUN = re.compile(r"^(?:he|she|they)$", re.I)
_IT = re.compile(r"^(?:it|its statement)$", re.I)
_HEAD_WORD = re.compile(_HEAD)
_ORG = re.compile(
    r"\b(?P<org>(?:US |U\.S\. |U․S․ )?Central Command|CENTCOM|the Pentagon|Pentagon|the White House|"
    r"White House|(?:the )?(?:US |U\.S\. |U․S․ )?Department of Defen[cs]e|(?:the )?State Department|"
    r"(?:the )?(?:US |U\.S\. |U․S․ )?Defen[cs]e Department|"
    r"(?:the )?National Security Council|(?:the )?Iraqi (?:government|military|army|Joint Operations Command|"
    r"Security Media Cell|foreign ministry|interior ministry)|(?:the )?Syrian Observatory for Human Rights|SOHR|"
    r"(?:the )?Syrian Democratic Forces|SDF|(?:the )?Kurdistan Region(?:al)? (?:Government|Security Council)|KRG|"
    r"(?:the )?coalition|Operation Inherent Resolve|CJTF-OIR|(?:the )?Iranian (?:foreign ministry|government)|"
    r"(?:the )?Jordanian (?:government|army|military)|(?:the )?Islamic Revolutionary Guard Corps|IRGC|"
    r"(?:the )?(?:prime minister's|president's) office|(?:the )?(?:U\.S\. |US )?embassy|Jordan's government|"
    r"(?:the )?Guards?|(?:the )?(?:group|statement|militia|faction|ministry|army|military))\b"
)
_BACKREF_ORG = re.compile(r"^(?:the )?(?:group|statement|militia|faction|guards?)$", re.I)


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None = None
    kind: str = "other"


# Government bodies that reports name in several ways, each under the one short name analysts use,
# so that "U.S. Central Command" in one sentence or article and "CENTCOM" in the next are one
# speaker and one source (as sources._AGENCIES does for outlets). Aliases are compared by
# _body_key, which folds case, "U.S."/"United States" to "us", punctuation and a leading "the";
# a body not listed keeps the name the text gives it.
BODIES: dict[str, tuple[str, ...]] = {
    "CENTCOM": (
        "CENTCOM",
        "Central Command",
        "US Central Command",
        "US Central Command (CENTCOM)",
        "Central Command (CENTCOM)",
    ),
    "Pentagon": (
        "Pentagon",
        "Department of Defense",
        "Department of Defence",
        "Defense Department",
        "Defence Department",
        "US Department of Defense",
        "US Department of Defence",
        "US Defense Department",
        "US Defence Department",
        "DoD",
    ),
    "State Department": ("State Department", "Department of State", "US State Department"),
}
_NOT_KEY = re.compile(r"[^\w\s]+")


def _body_key(name: str) -> str:
    """``name`` folded so that the spellings of one alias compare equal ("the U.S. Central Command")."""
    key = name.replace("․", ".").casefold().replace("u.s.", "us").replace("united states", "us")
    words = _NOT_KEY.sub(" ", key).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


_BODY_BY_KEY = {_body_key(alias): name for name, aliases in BODIES.items() for alias in aliases}


@lru_cache(maxsize=256)
def canonical_body(name: str) -> str | None:
    """The short name of the government body ``name`` is an alias of, or None if it is none.

    Called only on a name already decided (a speaker, a source), never on running text:
    one dict look-up, cached because an article repeats the same few names.
    """
    return _BODY_BY_KEY.get(_body_key(name))


def _known_body(speaker: Speaker) -> Speaker:
    """``speaker`` under its body's short name if it is a listed body, else unchanged."""
    if speaker.kind != "government body":
        return speaker
    name = canonical_body(speaker.name)
    return speaker if name is None or name == speaker.name else replace(speaker, name=name)


_DET = re.compile(r"^(?:an?|the|one|this|another)\s+", re.I)


def _det_free(name: str) -> str:
    return _DET.sub("", name)


# -- resolving references to earlier speakers ---------------------------------------------

_PERSON_KINDS = ("named official", "other")
_BODY_KINDS = ("claimant", "government body")
_HEADED_KINDS = ("anonymous official", "witness")
# (index in the book, head noun without plural s or None, name lower-cased, role lower-cased or None)
_Described = tuple[int, str | None, str, str | None]


def _latest(people: list[tuple[int, Speaker]], indexes: Iterable[int], position: int | None) -> Speaker | None:
    """Of the people at ``indexes``, the last by position up to ``position``.

    References resolve to the first fit going backwards through the people stably sorted by
    position, which is the one with the largest (position, order added): no sorting needed.
    """
    best = -1
    best_position = 0
    for i in indexes:
        p = people[i][0]
        if (position is None or p <= position) and (best < 0 or p >= best_position):
            best, best_position = i, p
    return None if best < 0 else people[best][1]


@dataclass
class SpeakerBook:
    """Everyone introduced so far, with positions, for resolving later references.

    ``people`` is only ever appended to, so the private look-ups catch up by its length.
    """

    people: list[tuple[int, Speaker]] = field(default_factory=list)
    last: Speaker | None = None
    _described: list[_Described] = field(default_factory=list, init=False, repr=False, compare=False)
    _scanned: int = field(default=0, init=False, repr=False, compare=False)
    _by_name: dict[str, list[Speaker]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _named: int = field(default=0, init=False, repr=False, compare=False)
    _by_surname: dict[str, list[int]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _surnamed: int = field(default=0, init=False, repr=False, compare=False)

    def remember(self, speaker: Speaker, position: int = -1) -> Speaker:
        self.last = speaker
        for _, known in self.people[self._named :]:
            self._by_name.setdefault(known.name, []).append(known)
        self._named = len(self.people)
        # Only someone of the same name can be the same speaker.
        if speaker not in self._by_name.get(speaker.name, ()):
            self.people.append((position, speaker))
        return speaker

    def resolve(self, phrase: str, position: int | None = None) -> Speaker | None:
        """The earlier speaker a pronoun, "the official", "the group" or a surname refers to."""
        p = phrase.strip()
        low = p.lower()
        people = self.people
        every = range(len(people))
        if _PRONOUN.match(p):
            if self.last is not None and self.last.kind in ("named official", "other", "anonymous official"):
                return self.last
            named = (i for i in every if people[i][1].kind in _PERSON_KINDS and " " in people[i][1].name)
            return _latest(people, named, position)
        if low.startswith("the guard"):  # the Guard by name, whichever body spoke last
            return _latest(people, (i for i in every if "Guard" in people[i][1].name), position)
        if _IT.match(p) or _BACKREF_ORG.match(low):
            if self.last is not None and self.last.kind in _BODY_KINDS:
                return self.last
            return _latest(people, (i for i in every if people[i][1].kind in _BODY_KINDS), position)
        if low.startswith(("the ", "this ", "that ")):
            return _latest(people, _described_as(self._descriptions(), low), position)
        words = p.split()
        if not 1 <= len(words) <= 2:  # no surname: most phrases, so the index is not brought up to date
            return None
        return _latest(people, _surnamed(people, self._surnames(), p, words), position)

    def _descriptions(self) -> list[_Described]:
        """People with a head noun or a role that "the official" or "the spokesman" could mean."""
        for i in range(self._scanned, len(self.people)):
            speaker = self.people[i][1]
            found = _HEAD_WORD.search(speaker.name) if speaker.kind in _HEADED_KINDS else None
            head = found.group(0).lower().rstrip("s") if found else None
            if head is not None or speaker.role:
                role = speaker.role.lower() if speaker.role else None
                self._described.append((i, head, speaker.name.lower(), role))
        self._scanned = len(self.people)
        return self._described

    def _surnames(self) -> dict[str, list[int]]:
        """People whose name has two words or more, by its last word.

        A bare surname is looked up here instead of tested against everyone in the book.
        """
        for i in range(self._surnamed, len(self.people)):
            parts = self.people[i][1].name.rsplit(None, 1)
            if len(parts) > 1:
                self._by_surname.setdefault(parts[1], []).append(i)
        self._surnamed = len(self.people)
        return self._by_surname


def _surnamed(
    people: list[tuple[int, Speaker]], surnames: dict[str, list[int]], p: str, words: list[str]
) -> Iterator[int]:
    """People whose name (two words or more) ends in ``p``, the one or two ``words`` (stripped)."""
    if len(words) == 1:  # then p is the name's last word, as the look-up says
        yield from surnames.get(p, ())
    else:  # p holds a space: it can only be the last two words
        for i in surnames.get(words[1], ()):
            if " ".join(people[i][1].name.split()[-2:]) == p:
                yield i


def _described_as(described: list[_Described], low: str) -> Iterator[int]:
    """People "the official" can mean: the same head noun (and words), or the head noun in their role."""
    words = low.split()
    head = words[-1].rstrip("s")
    short = len(words) <= 3
    words_in_name = _det_free(low) if len(words) != 2 else ""
    for i, person_head, name, role in described:
        if (person_head == head and words_in_name in name) or (role is not None and short and head in role):
            yield i


# -- reading a speaker phrase ---------------------------------------------------------------

# Every _ORG match starts with one of these words, after a non-word character or after one of
# _ORG_PREFIXES (which all end in a space). A new _ORG alternative needs its first word here.
_ORG_CORES = [
    "Central",
    "CENTCOM",
    "Pentagon",
    "White",
    "Department",
    "State",
    "Defen",
    "National",
    "Iraqi",
    "Syrian",
    "SOHR",
    "SDF",
    "Kurdistan",
    "KRG",
    "coalition",
    "Operation",
    "CJTF",
    "Iranian",
    "Jordanian",
    "Jordan",
    "Islamic",
    "IRGC",
    "prime",
    "president",
    "embassy",
    "Guard",
    "group",
    "statement",
    "militia",
    "faction",
    "ministry",
    "army",
    "military",
]
_ORG_PREFIXES = ("the ", "US ", "U.S. ", "U․S․ ", "the US ", "the U.S. ", "the U․S․ ")
_ORG_FIRST = frozenset(word[0] for word in (*_ORG_CORES, *_ORG_PREFIXES))
_NAME_FULL = re.compile(_NAME)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _split_role(run: str) -> tuple[list[str], str | None]:
    """("Defense Secretary Lloyd Austin") -> (["Lloyd", "Austin"], "Defense Secretary")."""
    words = run.split()
    last_title = len(words) - 2
    while last_title >= 0 and words[last_title].lower() not in _TITLE_WORDS:
        last_title -= 1
    return words[last_title + 1 :], " ".join(words[: last_title + 1]) or None


def _kind_for(name: str, role: str | None) -> str:
    if find_group(name):
        return "claimant"
    # A name starting with no core word or prefix cannot be an _ORG match: skip two full tries.
    if name[:1] in _ORG_FIRST and (_ORG.fullmatch(name) or _ORG.fullmatch("the " + name)):
        return "government body"
    return "named official" if role else "other"


def _person(phrase: str) -> Speaker | None:
    """A named person in the phrase, role from the words before the name."""
    runs = list(_CAP_RUN.finditer(phrase))
    for run in reversed(runs):
        words, role_in_run = _split_role(run.group(0))
        name = " ".join(words)
        # _NAME needs two words at least: test that before the regex.
        if len(words) < 2 or words[0].lower() in _TITLE_WORDS or not _NAME_FULL.fullmatch(name):
            if len(words) == 1 and run is runs[-1] and run.start() == 0 and len(runs) == 1:
                return None
            continue
        before = phrase[: run.start()].strip(" ,")
        role = (f"{before} {role_in_run}" if before and role_in_run else before or role_in_run or "").strip() or None
        if role and role[0] in "tTaA":
            role = _ARTICLE.sub("", role) or None
        return Speaker(name, role, _kind_for(name, role))
    return None


_LEADING_WORDS = ("and", "but", "while", "as", "also", "meanwhile")
_TRAILING_WORDS = ("also", "meanwhile", "later", "then", "separately")
_LEADING = re.compile(rf"^(?:{'|'.join(_LEADING_WORDS)})\s+")
_TRAILING = re.compile(rf"\s+(?:{'|'.join(_TRAILING_WORDS)})$")
_SUBJECT = re.compile(r"(he|she|they)\b", re.I)


def parse_speaker(phrase: str, book: SpeakerBook, position: int = -1) -> Speaker | None:
    """A speaker from the words an attribution names ("a US military official", "Ryder")."""
    phrase = phrase.strip().strip(",").strip()
    # The regexes scan the whole phrase; the word they need must be at its start or end.
    if phrase.startswith(_LEADING_WORDS):
        phrase = _LEADING.sub("", phrase)
    if phrase.endswith(_TRAILING_WORDS):
        phrase = _TRAILING.sub("", phrase)
    # "he asked the crowd for a moment of silence and then said ...": the subject speaks.
    subject = _SUBJECT.match(phrase)
    if subject and len(phrase.split()) > 2:
        phrase = subject.group(1)
    if not phrase or len(phrase) < 2:
        return None
    resolved = book.resolve(phrase, position if position >= 0 else None)
    if resolved is not None:
        book.last = resolved
        # The book may hold a body as introduced ("U.S. Central Command"): quote it by its short name.
        return _known_body(resolved)
    speaker = _new_speaker(phrase)
    return None if speaker is None else book.remember(speaker, position)


@lru_cache(maxsize=1024)
def _new_speaker(phrase: str) -> Speaker | None:
    """Whom a phrase that refers back to no one names, a listed body under its short name."""
    speaker = _read_speaker(phrase)
    return None if speaker is None else _known_body(speaker)


def _read_speaker(phrase: str) -> Speaker | None:
    """Whom a phrase that refers back to no one names: a group, an official, a body or a person."""
    group = find_group(phrase)
    if group:
        return Speaker(group, None, "claimant")
    anon = _ANON.match(phrase)
    if anon and len(anon.group(0)) >= len(phrase) - 2:
        head = anon.group(0).split()[-1].lower()
        kind = "witness" if head.startswith(("witness", "resident")) else "anonymous official"
        text = anon["phrase"]
        if anon["det"] in ("A", "An", "One", "Another", "This"):
            text = anon["det"].lower() + text[len(anon["det"]) :]
        return Speaker(text, None, kind)
    org = _ORG.match(phrase)
    if phrase.startswith("The "):  # "The Syrian Observatory for Human Rights said", "The SDF said"
        org = _ORG.match("the " + phrase[4:]) or _ORG.match(phrase, 4)
    if org and org.end() >= len(phrase) - 1:
        name = org.group("org")
        name = name[4:] if name.lower().startswith("the ") and not name.lower().endswith("office") else name
        if _BACKREF_ORG.match(name):
            return None
        return Speaker(name, None, "government body")
    person = _person(phrase)
    if person is not None:
        return person
    if anon:
        return Speaker(anon["phrase"], None, "anonymous official")
    if org:
        return Speaker(org.group("org"), None, "government body")
    return None
