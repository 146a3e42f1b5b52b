"""Who is speaking: names, roles, anonymous officials, organisations, and coreference.

A speaker phrase is read from the words around a speech verb. The :class:`SpeakerBook`
remembers everyone introduced in the article with the position where they were introduced,
so "the official", "he" or a bare surname later resolves to the person first named in full,
even when that introduction was not itself a quotation (:mod:`store.extract.introductions`
finds those; the patterns for names, anonymous sources and bodies are shared with it and
live here, so that it depends on this module and not the other way round). The words
titles, roles and institutions are made of, and the short names of government bodies, are
vocabulary and live in :mod:`store.extract.roles`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from store.extract.fields import find_group
from store.extract.roles import (
    GROUP_NOUNS,
    INSTITUTION_WORDS,
    KIN_WORDS,
    OFFICE_NOUNS,
    TITLE_WORDS,
    appositive_role,
    body_in_run,
    canonical_body,
    role_is_expert,
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
    r"advis[eo]rs?",
    r"figure",
    r"lawmakers?",
    r"monitors?",
]
_HEAD = "(?:" + "|".join(_HEAD_WORDS) + ")"
_TAIL_WORD = (
    r"(?:[A-Z][\w'’.-]*|(?:al|el)-[A-Z][\w'’-]*|U\.S\.|U․S․|province|embassy|region|faction|forces|ministry|government|"
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
_GROUP_WORD = re.compile(r"\b(?:group|militia|faction|alliance|movement)\b")
# Who "the statement" can be when they spoke last: a body, or an official speaking for one.
_STATEMENT_KINDS = ("claimant", "government body", "anonymous official", "named official")
_BACKREF_ORG = re.compile(r"^(?:the )?(?:group|statement|post|militia|faction|guards?)$", re.I)
# "the resistance group", "the Iran-backed militia", "the alliance of Iran-aligned factions": a
# group named by what it is, with lower-case or hyphenated modifiers only (a capitalised one
# names the group: "the Islamic State group"), means the group or body that spoke last.
_DESCRIBED_GROUP = re.compile(
    r"^[Tt]he\s+(?:(?:[a-z][\w'’]*|[\w'’]+-[\w'’-]+)\s+){0,3}(?:group|militia|faction|alliance|umbrella|movement)"
    r"(?:\s+(?:of|behind|for)\s.*)?$"
)


def is_body_reference(phrase: str) -> bool:
    """Whether ``phrase`` refers back to a group or body ("the group", "the post")."""
    return bool(_BACKREF_ORG.match(phrase))


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None = None
    kind: str = "other"


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
# (index in the book, head noun or None, name lower-cased, role lower-cased or None)
_Described = tuple[int, str | None, str, str | None]


_ONE = ("a ", "an ", "one ", "another ")


def _one_person(speaker: Speaker, singular: bool) -> bool:
    """Whether "he" or "she" (``singular``), or "they", can mean ``speaker`` when no one spoke last.

    A named person, and for "he"/"she" also a single anonymous source introduced as such ("A
    spokesman for Harakat al-Nujaba said ... "...," he said"): otherwise the pronoun would skip
    the person just introduced for any earlier two-word name, however far back.
    """
    if speaker.kind in _PERSON_KINDS:
        return " " in speaker.name
    if not singular or speaker.kind != "anonymous official" or not speaker.name.startswith(_ONE):
        return False
    # "another member of the Iraqi resistance" describes someone just named (an appositive); an
    # official, a source or a spokesman is someone who speaks.
    head = _HEAD_WORD.search(speaker.name)
    return head is not None and not head.group(0).startswith("member")


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
        # Only someone of the same name can be the same speaker.
        if speaker not in self._names().get(speaker.name, ()):
            self.people.append((position, speaker))
        return speaker

    def _names(self) -> dict[str, list[Speaker]]:
        """Everyone in the book by name, in the order added (brought up to date here)."""
        for _, known in self.people[self._named :]:
            self._by_name.setdefault(known.name, []).append(known)
        self._named = len(self.people)
        return self._by_name

    def best_known(self, speaker: Speaker) -> Speaker:
        """``speaker`` as the article best describes them: the first entry of the same name with a role.

        A person may enter the book more than once: by name alone where a cheap scan met them
        ("Pat Ryder" after a masked "Brig. Gen."), and with their role where a quote named them in
        full. A later "Ryder said" must carry what is known of the person, whichever entry is
        nearest, so a roleless person is swapped for the same name with a role.
        """
        if speaker.role is not None or speaker.kind not in _PERSON_KINDS:
            return speaker
        for known in self._names().get(speaker.name, ()):
            if known.role is not None and known.kind in _PERSON_KINDS:
                return known
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
            singular = low != "they"
            named = (i for i in every if _one_person(people[i][1], singular))
            return _latest(people, named, position)
        if low.startswith("the guard"):  # the Guard by name, whichever body spoke last
            return _latest(people, (i for i in every if "Guard" in people[i][1].name), position)
        if _IT.match(p) or _BACKREF_ORG.match(low) or _DESCRIBED_GROUP.match(p):
            if self.last is not None and self.last.kind in _STATEMENT_KINDS and low.endswith("statement"):
                return self.last  # "the Iraqi military spokesman described ..., the statement said"
            if self.last is not None and self.last.kind in _BODY_KINDS:
                return self.last
            # No body spoke last: "the group" or "the faction" is an armed group named before,
            # not the government body mentioned since ("the coalition did not respond").
            kinds = ("claimant",) if _GROUP_WORD.search(low) else _BODY_KINDS
            found = _latest(people, (i for i in every if people[i][1].kind in kinds), position)
            return found or _latest(people, (i for i in every if people[i][1].kind in _BODY_KINDS), position)
        if low.startswith(("the ", "this ", "that ")):
            if _ORG.fullmatch("the " + p[4:]):  # "The Pentagon has said": the body, not its spokeswoman
                return None
            return _latest(people, _described_as(self._descriptions(), low), position)
        words = p.split()
        if not 1 <= len(words) <= 2:  # no surname: most phrases, so the index is not brought up to date
            return None
        found = _latest(people, _surnamed(people, self._surnames(), p, words), position)
        return None if found is None else self.best_known(found)

    def forget_last_if_body_since(self, start: int, end: int) -> None:
        """Forget who spoke last if a group or body was introduced between ``start`` and ``end``.

        "The group" or "the post" then resolves by position, to the body named nearest before it.
        """
        if any(start <= p < end and who.kind in _BODY_KINDS for p, who in self.people):
            self.last = None

    def named_in(self, text: str, position: int) -> Speaker | None:
        """The last person ``text`` names by a surname of someone in the book, or their relative.

        A paragraph that names someone ("At the gate, Aziz counted ...", "Aziz's nephew heard the
        blasts") and then quotes "he said" quotes that person, not whoever spoke in an earlier
        paragraph. Only the paragraph before such a quote is read, and only its capitalised runs.
        """
        found: Speaker | None = None
        surnames = self._surnames()
        for run in _CAP_RUN.finditer(text):
            word = run.group(0).rsplit(None, 1)[-1]
            owner = word.endswith(("'s", "’s"))
            hits = surnames.get(word[:-2] if owner else word)
            person = _latest(self.people, hits, position) if hits else None
            if person is None:
                continue
            found = self.best_known(person)
            kin = text[run.end() : run.end() + 16].split(None, 1)[:1] if owner else []
            if kin and kin[0].lower().strip(",.") in KIN_WORDS:
                found = Speaker(f"{person.name}'s {kin[0].strip(',.')}", None, "other")
        return None if found is None else self.remember(found, position)

    def _descriptions(self) -> list[_Described]:
        """People with a head noun or a role that "the official" or "the spokesman" could mean."""
        for i in range(self._scanned, len(self.people)):
            speaker = self.people[i][1]
            found = _HEAD_WORD.search(speaker.name) if speaker.kind in _HEADED_KINDS else None
            head = found.group(0).lower() if found else None
            if head is not None or speaker.role:
                role = speaker.role.lower() if speaker.role else None
                self._described.append((i, head, speaker.name.lower(), role))
        self._scanned = len(self.people)
        return self._described

    def _surnames(self) -> dict[str, list[int]]:
        """Named people whose name has two words or more, by its last word.

        A bare surname is looked up here instead of tested against everyone in the book.
        """
        for i in range(self._surnamed, len(self.people)):
            speaker = self.people[i][1]
            parts = speaker.name.rsplit(None, 1)
            if len(parts) > 1 and speaker.kind in _PERSON_KINDS:
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
    """People "the official" can mean: the same head noun (and words), or the head noun in their role.

    The head noun agrees in number: "the official" is not "officials", who are several.
    """
    words = low.split()
    head = words[-1].rstrip("s")
    short = len(words) <= 3
    words_in_name = _det_free(low) if len(words) != 2 else ""
    for i, person_head, name, role in described:
        if (person_head == words[-1] and (words_in_name in name or _in_order(words[1:], name))) or (
            role is not None and short and head in role
        ):
            yield i


def _in_order(words: list[str], name: str) -> bool:
    """Whether ``words`` are words of ``name`` in the same order, others between them.

    "the U.S. official" is the "U.S. military official" just introduced: a later reference drops
    modifiers but keeps the order of those it repeats.
    """
    rest = iter(name.split())
    return all(word in rest for word in words)


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
    while last_title >= 0 and words[last_title].lower() not in TITLE_WORDS:
        last_title -= 1
    return words[last_title + 1 :], " ".join(words[: last_title + 1]) or None


def _kind_for(name: str, role: str | None) -> str:
    if find_group(name):
        return "claimant"
    # A name starting with no core word or prefix cannot be an _ORG match: skip two full tries.
    if name[:1] in _ORG_FIRST and (_ORG.fullmatch(name) or _ORG.fullmatch("the " + name)):
        return "government body"
    # "Baghdad-based political analyst Karim Jassim": a title before the name, but no official's.
    return "named official" if role and not role_is_expert(role) else "other"


# -- places that look like names -----------------------------------------------------------------

# A capitalised run right after one of these words is a place ("a campaign stop in South Carolina",
# "the airbase at Khrab al-Jir", "launched from Deir Ezzor"), never the person speaking...
_PLACE_PREPOSITIONS = frozenset(
    ["in", "at", "near", "from", "to", "outside", "inside", "across", "around", "into", "toward", "towards"]
)
# ...unless "to" or "from" follows a word of telling: "spoke to John Kirby", "a letter from
# John Kirby", "according to the Observatory".
_TELLING = frozenset(
    (
        *("according", "spoke", "speaking", "talked", "talking", "wrote", "writing", "letter", "statement"),
        *("message", "call", "email", "remarks", "interview", "quoted", "answer", "reply", "replied", "response"),
    )
)


def after_place_preposition(before: str) -> bool:
    """True when ``before``, the text right before a capitalised run, ends in a preposition of place.

    Only the last word or two of ``before`` are looked at, so the caller passes a short slice.
    """
    words = before.rsplit(None, 2)[-2:]
    if not words or before[-1:] not in (" ", "\n", "\t") or words[-1].lower() not in _PLACE_PREPOSITIONS:
        return False
    told = len(words) == 2 and words[-1].lower() in ("to", "from") and words[0].lower().strip(",.") in _TELLING
    return not told


def _person(phrase: str) -> Speaker | None:
    """A named person in the phrase, role from the words before the name.

    Failing a person, a government body the phrase names as a name would be named
    ("the Kurdistan Region Counter-Terrorism Directorate (CTD)"), in full.
    """
    runs = list(_CAP_RUN.finditer(phrase))
    body: str | None = None
    for run in reversed(runs):
        words, role_in_run = _split_role(run.group(0))
        name = " ".join(words)
        if body is None:
            body = body_in_run(run.group(0).split())
        if (
            # _NAME needs two words at least: test that before the regex.
            len(words) < 2
            or words[0].lower() in TITLE_WORDS
            or words[0] == "The"
            or not _NAME_FULL.fullmatch(name)
            or words[-1].lower() in INSTITUTION_WORDS
            or (role_in_run is None and after_place_preposition(phrase[max(0, run.start() - 20) : run.start()]))
        ):
            if len(words) == 1 and run is runs[-1] and run.start() == 0 and len(runs) == 1:
                break
            continue
        before = phrase[: run.start()].strip(" ,")
        role = (f"{before} {role_in_run}" if before and role_in_run else before or role_in_run or "").strip() or None
        if role and role[0] in "tTaA":
            role = _ARTICLE.sub("", role) or None
        return Speaker(name, role, _kind_for(name, role))
    if body is not None:
        return Speaker(body, None, "claimant" if find_group(body) else "government body")
    return None


def with_appositive(speaker: Speaker, appositive: str | None) -> Speaker:
    """A named person with the role an appositive after the name gives, joined to any title before it.

    "said Army Maj. Daniel Okafor, a spokesman for U.S. Army Central" keeps "Army Maj." and adds the
    appositive; the appositive decides the kind, since it says what the person is (an analyst with a
    "Dr." is still no official). Anyone else (a body, an anonymous official) is returned unchanged.
    """
    if not appositive or speaker.kind not in _PERSON_KINDS or " " not in speaker.name:
        return speaker
    found = appositive_role(appositive)
    if found is None:
        return speaker
    role, kind = found
    if speaker.role and role.lower() in speaker.role.lower():
        return speaker
    return Speaker(speaker.name, f"{speaker.role}, {role}" if speaker.role else role, kind)


_LEADING_WORDS = ("and", "but", "while", "as", "also", "meanwhile")
_TRAILING_WORDS = ("also", "meanwhile", "later", "then", "separately")
_LEADING = re.compile(rf"^(?:{'|'.join(_LEADING_WORDS)})\s+")
_TRAILING = re.compile(rf"\s+(?:{'|'.join(_TRAILING_WORDS)})$")
_SUBJECT = re.compile(r"(he|she|they)\b", re.I)
# "on Friday officials repeated ...": the day the phrase opens with is no part of the speaker.
_LEADING_DAY = re.compile(r"^(?:(?:late|early)\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+")
# "an SDF statement", "a Pentagon statement": the statement speaks for whoever it is named after.
_NAMED_STATEMENT = re.compile(r"^(?:an?|the)\s+(?P<who>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+statements?$")
# "the group's statement", "Kirby's post": the statement is its author's.
_OWN_STATEMENT = re.compile(r"^(?P<who>.+?)['’]s\s+(?:statement|post|message)$")
_STATEMENT_ENDS = ("statement", "statements", "post", "message")
# "15:05 GMT – A US defence official", "BAGHDAD — The SDF": a live page's time or a dateline
# (no lower-case letter) before a spaced dash is no part of the speaker.
_DATELINE = re.compile(r"^[^a-z–—]*\s[–—]\s+(?=\S)")
# "factions close to Iran have repeatedly": auxiliaries and adverbs between subject and verb.
_ADVERB_TAIL = re.compile(r"(?:\s+(?:has|have|had|repeatedly|previously|publicly|reportedly|recently|already|again))+$")
# "a resident ... reached by phone": how the reporter reached the source is no part of them.
_PARTICIPLE_TAIL = re.compile(r"\s+(?:reached|contacted|interviewed|quoted|speaking)\s+(?:by|to|on|over|with)\b.*$")


def parse_speaker(phrase: str, book: SpeakerBook, position: int = -1, appositive: str | None = None) -> Speaker | None:
    """A speaker from the words an attribution names ("a US military official", "Ryder").

    ``appositive`` is the clause right after the phrase in the text (", a researcher at ...",
    without the comma), if any: a named person takes their role from it, and the book keeps the
    person with that role so that a later "Kareem said" carries it too.
    """
    speaker = _parse_speaker(phrase, book, position)
    if speaker is None or appositive is None:
        return speaker
    described = with_appositive(speaker, appositive)
    return speaker if described is speaker else book.remember(described, position)


def _parse_speaker(phrase: str, book: SpeakerBook, position: int) -> Speaker | None:
    """parse_speaker without the appositive."""
    phrase = phrase.strip().strip(",").strip()
    # The regexes scan the whole phrase; the word they need must be at its start or end.
    if phrase.startswith(_LEADING_WORDS):
        phrase = _LEADING.sub("", phrase)
    if phrase.endswith(_TRAILING_WORDS):
        phrase = _TRAILING.sub("", phrase)
    if phrase.startswith(("on ", "late ", "early ")):
        phrase = _LEADING_DAY.sub("", phrase)
    if phrase.endswith(_STATEMENT_ENDS) and (named := _NAMED_STATEMENT.match(phrase) or _OWN_STATEMENT.match(phrase)):
        phrase = named["who"]
    if "–" in phrase or "—" in phrase:
        phrase = _DATELINE.sub("", phrase)
    phrase = _PARTICIPLE_TAIL.sub("", _ADVERB_TAIL.sub("", phrase))
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


_PREPOSITION_AFTER_HEAD = re.compile(r"\s+(?:of|from|in|at|with|for|to|close to|near|inside)\s+\S")
# An anonymous source and all the rest of the phrase, once a preposition follows its head.
_ANON_WHOLE = re.compile(
    rf"(?P<phrase>(?:(?P<det>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother|[Ss]everal|[Tt]he|[Ss]ome|[Tt]his)\s+)?"
    rf"(?:{_MODIFIER}\s+){{0,4}}?(?P<head>{_HEAD})\b.*)"
)


def _anonymous(phrase: str) -> re.Match[str] | None:
    """_ANON at the start of a speaker phrase, taking all the phrase once a preposition follows the head.

    The phrase ends at its speech verb, so a prepositional phrase after the head describes the
    source whatever its words ("a resident of the nearby town of al-Baghdadi", "one senior
    figure in an Iraqi faction"); in running text _ANON stops at the words it knows.
    """
    anon = _ANON.match(phrase)
    if anon and len(anon.group(0)) < len(phrase) - 2 and _PREPOSITION_AFTER_HEAD.match(phrase, anon.end("head")):
        return _ANON_WHOLE.match(phrase)
    return anon


_OFFICE = re.compile(
    rf"^(?P<det>[Tt]he|[Aa]n?)\s+(?:[\w.․'’-]+\s+){{0,3}}(?:{'|'.join(OFFICE_NOUNS)})(?:\s+(?:of|for|to)\s+\S.*)?$"
)
# "Iraqi armed factions close to Iran": groups described, not named, speak as groups.
_GROUPS = re.compile(
    rf"^(?:(?:[\w'’-]+)\s+){{0,3}}(?:{'|'.join(GROUP_NOUNS)})"
    r"(?:\s+(?:close to|backed by|loyal to|allied with|aligned with|linked to)\s+\S.*)?$"
)


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
    anon = _anonymous(phrase)
    if anon is None and phrase[:1].isupper() and _HEAD_WORD.match(low := phrase[:1].lower() + phrase[1:]):
        # "Officials initially said": a head noun that opens the sentence is no name.
        lowered = _anonymous(low)
        if lowered is not None and len(lowered.group(0)) >= len(low) - 2:
            anon, phrase = lowered, low
    if anon and len(anon.group(0)) >= len(phrase) - 2:
        kind = "witness" if anon["head"].lower().startswith(("witness", "resident")) else "anonymous official"
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
    if office := _OFFICE.match(phrase):  # "the U.S. defense secretary": the office names its holder
        det = office["det"].lower()
        kind = "named official" if det == "the" else "anonymous official"
        return Speaker(det + phrase[len(det) :], None, kind)
    if _GROUPS.match(phrase):
        return Speaker(phrase, None, "claimant")
    if anon:
        return Speaker(anon["phrase"], None, "anonymous official")
    if org:
        return Speaker(org.group("org"), None, "government body")
    return None
