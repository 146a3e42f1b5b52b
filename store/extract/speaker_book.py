"""The book of everyone an article has introduced, for resolving later references.

"the official", "he", "the group" or a bare surname resolves to the person or body first
named in full, by position, even when that introduction was not itself a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from store.extract.roles import KIN_WORDS, RANK_NAMES
from store.extract.speaker_patterns import (
    BACKREF_ORG,
    BODY_KINDS,
    CAP_RUN,
    DESCRIBED_GROUP,
    GROUP_WORD,
    HEAD_WORD,
    IT_REFERENCE,
    KUNYA_WORDS,
    OF_A_BODY,
    ORG,
    PERSON_KINDS,
    PRONOUN,
    STATEMENT_KINDS,
    Speaker,
    without_the,
)
from store.extract.text import ARABIC_ARTICLE

_DET = re.compile(r"^(?:an?|the|one|this|another)\s+", re.I)


_ACRONYM = re.compile(r"(?:[Tt]he )?[A-Z]{2,6}")
# Lower-case heads by which a report refers back to a body it named in full.
_RANK_WORDS = frozenset(RANK_NAMES.values())
_BODY_HEADS = frozenset(
    (
        *("command", "department", "directorate", "cell", "observatory", "council", "agency", "committee"),
        *("commission", "ministry", "embassy"),
    )
)
_ARTICLE = re.compile(rf"^{ARABIC_ARTICLE}(?=[A-Z])")


def _headed_by(name: str, word: str) -> bool:
    """Whether "the" and ``word`` (" cell", " ministry", " resistance") means the body ``name``:
    the name ends in the word ("the Cell": the Security Media Cell), or the word heads a phrase of
    it ("the ministry": the Ministry of Interior; "the Resistance": the Islamic Resistance in
    Iraq); "the command" is also CENTCOM."""
    low = name.lower()
    spaced = f" {low}"
    return (
        low.endswith(word)  # not ``spaced``: a body named by the word alone is not what "the" + word means
        or f"{word} of " in spaced
        or f"{word} in " in spaced
        or (word == " command" and name == "CENTCOM")
    )


def _det_free(name: str) -> str:
    return _DET.sub("", name)


# -- resolving references to earlier speakers ---------------------------------------------
_HEADED_KINDS = ("anonymous official", "witness")
# (index in the book, head noun or None, name lower-cased, role lower-cased or None)
_Described = tuple[int, str | None, str, str | None]


_ONE = ("a ", "an ", "one ", "another ")
_KIN_OF = re.compile(rf"\b(?:{'|'.join(sorted(KIN_WORDS))})\s+of\s+$", re.I)
# What follows a surname and is no part of it: "Lloyd J. Austin III" is "Austin".
NAME_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))


def first_named(speaker: Speaker) -> bool:
    """Whether ``speaker`` is a witness a report names by first name alone ("Mona")."""
    return speaker.kind == "witness" and " " not in speaker.name and speaker.name[:1].isupper()


def _one_person(speaker: Speaker, singular: bool) -> bool:
    """Whether "he" or "she" (``singular``), or "they", can mean ``speaker`` when no one spoke last.

    A named person, and for "he"/"she" also a single anonymous source introduced as such ("A
    spokesman for Harakat al-Nujaba said ... "...," he said"): otherwise the pronoun would skip
    the person just introduced for any earlier two-word name, however far back.
    """
    if speaker.kind in PERSON_KINDS:
        return " " in speaker.name
    if first_named(speaker):
        return True
    if not singular or speaker.kind not in _HEADED_KINDS:  # an unnamed official or witness
        return False
    if not speaker.name.startswith(_ONE) and not (
        speaker.name[:4] in ("The ", "the ") and OF_A_BODY.search(speaker.name)
    ):
        return False
    # "another member of the Iraqi resistance" describes someone just named (an appositive); an
    # official, a source or a spokesman is someone who speaks.
    head = HEAD_WORD.search(speaker.name)
    return head is not None and not head.group(0).startswith("member")


def _initials(name: str) -> str:
    """The capitals a name's capitalised words begin with: "Defense Intelligence Agency" is DIA."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _plural(speaker: Speaker) -> bool:
    """Whether "they" can mean ``speaker``: a group or a body, or sources in the plural."""
    if speaker.kind in BODY_KINDS:
        return True
    head = HEAD_WORD.search(speaker.name) if speaker.kind in _HEADED_KINDS else None
    return head is not None and head.group(0).endswith("s")


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
    acronyms: dict[str, str] = field(default_factory=dict)  # "CTD": "Counter-Terrorism Directorate"
    _described: list[_Described] = field(default_factory=list, init=False, repr=False, compare=False)
    _scanned: int = field(default=0, init=False, repr=False, compare=False)
    _by_name: dict[str, list[Speaker]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _named: int = field(default=0, init=False, repr=False, compare=False)
    _by_surname: dict[str, list[int]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _surnamed: int = field(default=0, init=False, repr=False, compare=False)
    _met: dict[Speaker, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    _met_upto: int = field(default=0, init=False, repr=False, compare=False)
    quoted_in_full: set[str] = field(default_factory=set)  # people a quote named by full name
    titled: set[str] = field(default_factory=set)  # names introduced with a rank or title before them
    # Where each was introduced with a rank, the rank in full ("the colonel": "Col. Dana Whitcombe")
    ranks: list[tuple[int, str, Speaker]] = field(default_factory=list)

    def _by_surname_alone(self, indexes: Iterable[int], position: int | None) -> Speaker | None:
        """Of the people a bare surname can mean, up to ``position``: when several share it, not
        one the writer quotes by full name ("Tammy Reese said" leaves "Reese" to her son), and with
        none so quoted, the first introduced, the story's subject. Of those left, the last met of
        those introduced with a rank or title, else the last met."""
        people = self.people
        indexes = [i for i in indexes if position is None or people[i][0] <= position]
        if len({people[i][1].name for i in indexes}) > 1:
            # Several share the surname: one the writer quotes by full name is not the bare one;
            # else the first introduced, the story's subject ("Teresa Okafor ... her son, Spc.
            # Marcus Okafor ... 'They told me he was hurt,' Okafor said").
            bare = [i for i in indexes if people[i][1].name not in self.quoted_in_full]
            if bare and len(bare) < len(indexes):
                indexes = bare
            else:
                return people[min((people[i][0], i) for i in indexes)[1]][1]
        titled = [i for i in indexes if people[i][1].name in self.titled]
        return _latest(people, titled, position) or _latest(people, indexes, position)

    def remember(self, speaker: Speaker, position: int = -1) -> Speaker:
        """Note ``speaker`` as met at ``position`` and as the one who spoke last.

        An anonymous source met again is entered again where met: "a U.S. official" named in the
        lead and again after an Iraqi official spoke is the one "the official" then means.
        """
        self.last = speaker
        # Only someone of the same name can be the same speaker.
        known = speaker in self._names().get(speaker.name, ())
        if not known or (speaker.kind in _HEADED_KINDS and position > self._last_met(speaker)):
            self.people.append((position, speaker))
        return speaker

    def _last_met(self, speaker: Speaker) -> int:
        """Where ``speaker`` was last entered in the book (brought up to date here)."""
        met = self._met
        for p, who in self.people[self._met_upto :]:
            if p > met.get(who, -1):
                met[who] = p
        self._met_upto = len(self.people)
        return met.get(speaker, -1)

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
        if speaker.role is not None or speaker.kind not in PERSON_KINDS:
            return speaker
        for known in self._names().get(speaker.name, ()):
            if known.role is not None and known.kind in PERSON_KINDS:
                return known
        return speaker

    def resolve(self, phrase: str, position: int | None = None) -> Speaker | None:
        """The earlier speaker a pronoun, "the official", "the group" or a surname refers to."""
        p = phrase.strip()
        low = p.lower()
        people = self.people
        every = range(len(people))
        if low == "they" and (group := self._they(position)) is not None:
            return group
        if PRONOUN.match(p):
            if self.last is not None and (
                self.last.kind in ("named official", "other", "anonymous official") or first_named(self.last)
            ):
                return self.last
            singular = low != "they"
            named = (i for i in every if _one_person(people[i][1], singular))
            return _latest(people, named, position)
        # A listed body keeps its own short name ("the SDF"); others are the body named in full.
        bare = without_the(p)
        if _ACRONYM.fullmatch(p) and not ORG.fullmatch(bare) and (body := self.by_acronym(bare, position)) is not None:
            return body
        if low in ("the government", "government"):
            # "The government had described that attack as ...": the government named last, else
            # the government of the country the report is told from, as the text names it
            governments = (
                i for i in every if people[i][1].kind in BODY_KINDS and "government" in people[i][1].name.lower()
            )
            return _latest(people, governments, position) or Speaker("the government", None, "government body")
        if low.startswith("the guard"):  # the Guard by name, whichever body spoke last
            return _latest(people, (i for i in every if "Guard" in people[i][1].name), position)
        if IT_REFERENCE.match(p) or BACKREF_ORG.match(low) or DESCRIBED_GROUP.match(p):
            if self.last is not None and self.last.kind in STATEMENT_KINDS and low.endswith("statement"):
                return self.last  # "the Iraqi military spokesman described ..., the statement said"
            group_word = GROUP_WORD.search(low) is not None
            # "the group said" after a monitor spoke: the armed group, not the monitor
            if self.last is not None and self.last.kind in (("claimant",) if group_word else BODY_KINDS):
                return self.last
            # No body spoke last: "the group" or "the faction" is an armed group named before,
            # not the government body mentioned since ("the coalition did not respond").
            kinds = ("claimant",) if group_word else BODY_KINDS
            found = _latest(people, (i for i in every if people[i][1].kind in kinds), position)
            return found or _latest(people, (i for i in every if people[i][1].kind in BODY_KINDS), position)
        if low.startswith("the ") and (p[4:5].isupper() or low[4:] in _BODY_HEADS) and " " not in p[4:]:
            # "The Cell said", "the department said": the body introduced in full ("The Security
            # Media Cell", "the Kurdistan Region's Counter-Terrorism Department") before.
            word = " " + low[4:]
            bodies = (i for i in every if people[i][1].kind in BODY_KINDS and _headed_by(people[i][1].name, word))
            if (body := _latest(people, bodies, position)) is not None:
                return body
        if low[4:] in _RANK_WORDS and low.startswith("the ") and (ranked := self._ranked(low[4:], position)):
            return self.best_known(ranked)  # "the colonel said": the one introduced as "Col. Dana Whitcombe"
        if low.startswith(("the ", "this ", "that ")):
            if ORG.fullmatch("the " + p[4:]):  # "The Pentagon has said": the body, not its spokeswoman
                return None
            return _latest(people, _described_as(self._descriptions(), low), position)
        words = p.split()
        if not 1 <= len(words) <= 2:  # no surname: most phrases, so the index is not brought up to date
            return None
        surnamed = _surnamed(people, self._surnames(), p, words)
        found = self._by_surname_alone(surnamed, position) if len(words) == 1 else _latest(people, surnamed, position)
        if found is None and len(words) == 2 and words[0] in KUNYA_WORDS:
            found = self._by_kunya(p, position)  # "Abu Haidar posted": the man introduced as "Abu Haidar al-Sa'edi"
        if found is None and len(words) == 1 and p[:1].isupper():
            # "Nadia says" in a feature that introduced "Nadia Karim": the one person of that first name
            named = {
                who for _, who in people if who.kind in PERSON_KINDS and who.name.split()[0] == p and " " in who.name
            }
            found = named.pop() if len(named) == 1 else None
        return None if found is None else self.best_known(found)

    def _by_kunya(self, kunya: str, position: int | None) -> Speaker | None:
        """The person introduced under a longer name that opens with ``kunya`` ("Abu Haidar" is
        "Abu Haidar al-Sa'edi")."""
        people = self.people
        return _latest(people, (i for i, (_, who) in enumerate(people) if who.name.startswith(kunya + " ")), position)

    def _ranked(self, rank: str, position: int | None) -> Speaker | None:
        """The person introduced last before ``position`` with ``rank`` among their titles."""
        found = [who for at, r, who in self.ranks if r == rank and (position is None or at < position)]
        return found[-1] if found else None

    def _they(self, position: int | None) -> Speaker | None:
        """Whom "they" means: a group, a body or officials in the plural who spoke last or were
        named last, never one person ("The Islamic Resistance in Iraq claimed the attack. They
        called the field a ..." after a reporter was quoted)."""
        people = self.people
        named = _latest(people, (i for i in range(len(people)) if _plural(people[i][1])), position)
        last = self.last
        if last is not None and _plural(last) and (named is None or self._last_met(named) <= self._last_met(last)):
            return last
        return named

    def by_acronym(self, phrase: str, position: int | None) -> Speaker | None:
        """The body an acronym ("CTD") means: the one the article named in full with "(CTD)" after it,
        else a body named before whose capitalised words it abbreviates ("the DIA" after "The
        Defense Intelligence Agency")."""
        full = self.acronyms.get(phrase)
        people = self.people
        if full is None:
            initials = (
                i
                for i in range(len(people))
                if people[i][1].kind in BODY_KINDS and _initials(people[i][1].name) == phrase
            )
            return _latest(people, initials, position)
        found = (i for i in range(len(people)) if people[i][1].kind in BODY_KINDS and people[i][1].name.endswith(full))
        # A body no list knows ("the Kurdistan Region's Counter-Terrorism Directorate (CTD)") is
        # the one named in full all the same.
        return _latest(people, found, position) or Speaker(full, None, "government body")

    def person_before(self, position: int | None) -> Speaker | None:
        """The person named last before ``position``, by full name ("his office" is theirs)."""
        people = self.people
        return _latest(people, (i for i in range(len(people)) if _one_person(people[i][1], False)), position)

    def body_before(self, position: int | None) -> Speaker | None:
        """The government body named last before ``position`` ("its spokesman" speaks for it)."""
        people = self.people
        return _latest(people, (i for i in range(len(people)) if people[i][1].kind == "government body"), position)

    def forget_last_if_body_since(self, start: int, end: int) -> None:
        """Forget who spoke last if a group or body was introduced between ``start`` and ``end``.

        "The group" or "the post" then resolves by position, to the body named nearest before it.
        """
        if any(start <= p < end and who.kind in BODY_KINDS for p, who in self.people):
            self.last = None

    def named_in(self, text: str, position: int) -> Speaker | None:
        """The last person ``text`` names by a surname of someone in the book, or their relative.

        A paragraph that names someone ("At the gate, Aziz counted ...", "Aziz's nephew heard the
        blasts") and then quotes "he said" quotes that person, not whoever spoke in an earlier
        paragraph. Only the paragraph before such a quote is read, and only its capitalised runs.
        """
        found: Speaker | None = None
        surnames = self._surnames()
        for run in CAP_RUN.finditer(text):
            word = run.group(0).rsplit(None, 1)[-1]
            owner = word.endswith(("'s", "’s"))
            hits = surnames.get(word[:-2] if owner else word)
            person = self._by_surname_alone(hits, position) if hits else None
            if person is None and run.group(0).split(None, 1)[0] in KUNYA_WORDS and not owner:
                person = self._by_kunya(run.group(0), position)  # "Abu Haidar went further than silence."
            if person is not None and hits and " " in run.group(0):  # "Monica Sanders": her, not another Sanders
                full = run.group(0).removesuffix("'s").removesuffix("’s")
                person = next((self.people[i][1] for i in hits if self.people[i][1].name == full), person)
            if person is not None and _KIN_OF.search(text, max(0, run.start() - 16), run.start()):
                found = None  # "A cousin of Sanders, who asked ..., said": the cousin, named since, not Sanders
                continue
            if person is None:
                continue
            kin = text[run.end() : run.end() + 16].split(None, 1)[:1] if owner else []
            if owner and not (kin and kin[0].lower().strip(",.") in KIN_WORDS):
                continue  # "who commanded Brandt's battalion" names him, it does not make him the subject
            found = self.best_known(person)
            if kin and kin[0].lower().strip(",.") in KIN_WORDS:
                found = Speaker(f"{person.name}'s {kin[0].strip(',.')}", None, "other")
        return None if found is None else self.remember(found, position)

    def one_met_in(
        self, start: int, end: int, *, singular: bool, first: bool = False, named: bool = False
    ) -> Speaker | None:
        """The last single speaker introduced between ``start`` and ``end`` (a paragraph that
        quotes no one), whom a "he" or "she" opening the next quotation means; with ``first``,
        the first one, the subject of a lead-in ("X went further in remarks to Shafaq News:");
        with ``named``, people by name only ("One of the officers, who uses the nom de guerre
        Agid Zagros" is Agid Zagros)."""
        pick: tuple[int, Speaker] | None = None
        for p, who in self.people:
            # Of equal positions the one entered last, as _latest takes it.
            if (
                start <= p < end
                and _one_person(who, singular)
                and (not named or who.kind in ("named official", "other"))
                and (pick is None or (p <= pick[0] if first else p >= pick[0]))
            ):
                pick = (p, who)
        return None if pick is None else self.remember(pick[1], start)

    def _descriptions(self) -> list[_Described]:
        """People with a head noun or a role that "the official" or "the spokesman" could mean."""
        for i in range(self._scanned, len(self.people)):
            speaker = self.people[i][1]
            found = HEAD_WORD.search(speaker.name) if speaker.kind in _HEADED_KINDS else None
            head = found.group(0).lower() if found else None
            if head is not None or speaker.role:
                role = speaker.role.lower() if speaker.role else None
                self._described.append((i, head, speaker.name.lower(), role))
        self._scanned = len(self.people)
        return self._described

    def _surnames(self) -> dict[str, list[int]]:
        """Named people whose name has two words or more, by its last word, and witnesses
        named by a first name alone, by that name.

        A bare surname is looked up here instead of tested against everyone in the book.
        """
        for i in range(self._surnamed, len(self.people)):
            speaker = self.people[i][1]
            parts = speaker.name.rsplit(None, 1)
            if len(parts) == 1 and first_named(speaker):
                self._by_surname.setdefault(parts[0], []).append(i)  # "Mona", by the one name printed
            elif len(parts) > 1 and speaker.kind in PERSON_KINDS:
                if parts[1] in NAME_SUFFIXES and len(words := parts[0].split()) > 1:
                    parts = [" ".join(words[:-1]), words[-1]]  # "Lloyd J. Austin III" is "Austin"
                self._by_surname.setdefault(parts[1], []).append(i)
                if (bare := _ARTICLE.sub("", parts[1])) != parts[1]:  # "al-Sudani" is "Sudani" too
                    self._by_surname.setdefault(bare, []).append(i)
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


_BODY_TAIL = re.compile(r" (?:for|of|at) ")


def _described_as(described: list[_Described], low: str) -> Iterator[int]:
    """People "the official" can mean: the same head noun (and words), or the head noun in their role.

    The head noun agrees in number: "the official" is not "officials", who are several.
    """
    words = low.split()
    # "the spokesman for Operations Command": the head noun is the one before the body it speaks for
    core = _BODY_TAIL.split(low, 1)[0].split()
    head = core[-1].rstrip("s")
    short = len(words) <= 3
    words_in_name = _det_free(low) if len(words) != 2 else ""
    for i, person_head, name, role in described:
        if (person_head == core[-1] and (words_in_name in name or _in_order(words[1:], name))) or (
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
