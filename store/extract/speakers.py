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
        if _IT.match(p) or _BACKREF_ORG.match(low):
            if self.last is not None and self.last.kind in _BODY_KINDS:
                return self.last
            return _latest(people, (i for i in every if people[i][1].kind in _BODY_KINDS), position)
        if low.startswith(("the ", "this ", "that ")):
            return _latest(people, _described_as(self._descriptions(), low), position)
        words = p.split()
        if not 1 <= len(words) <= 2:  # no surname: most phrases, so the index is not brought up to date
            return None
        found = _latest(people, _surnamed(people, self._surnames(), p, words), position)
        return None if found is None else self.best_known(found)

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


# -- places and bodies that look like names ----------------------------------------------------

# A capitalised run right after one of these words is a place ("a campaign stop in South Carolina",
# "the airbase at Khrab al-Jir"), never the person speaking. "according to" names a source instead.
_PLACE_PREPOSITIONS = frozenset(
    ["in", "at", "near", "from", "to", "outside", "inside", "across", "around", "into", "toward", "towards"]
)


def after_place_preposition(before: str) -> bool:
    """True when ``before``, the text right before a capitalised run, ends in a preposition of place.

    Only the last word or two of ``before`` are looked at, so the caller passes a short slice.
    """
    words = before.rsplit(None, 2)[-2:]
    if not words or before[-1:] not in (" ", "\n", "\t") or words[-1].lower() not in _PLACE_PREPOSITIONS:
        return False
    return not (words[-1].lower() == "to" and len(words) == 2 and words[0].lower() == "according")


# The head word of a government body's name ("Kurdistan Region Counter-Terrorism Directorate",
# "Interior Ministry", "U.S. Army Central" has "Army" among title words): a name ending in one
# of these, or made only of title words with one of these among them, names no person.
_INSTITUTION_WORDS = frozenset(
    [
        "directorate",
        "directorate-general",
        "ministry",
        "command",
        "council",
        "agency",
        "forces",
        "force",
        "office",
        "department",
        "service",
        "services",
        "government",
        "cell",
        "committee",
        "commission",
        "authority",
        "army",
        "navy",
        "corps",
        "police",
        "parliament",
        "embassy",
        "consulate",
        "headquarters",
        "administration",
        "presidency",
        "secretariat",
        "mission",
        "observatory",
    ]
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]+")


def _body_in_run(words: list[str]) -> str | None:
    """The government body a capitalised run names, or None: the run's words, a leading "The" dropped.

    A body's head word is an institution ("... Directorate"); a run of title words holding one
    ("Army Central") is a body too; and a name after "The" is no person's ("The PMF"), but an
    acronym there is an organisation.
    """
    if words and words[0] == "The":
        words = words[1:]
        if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
            return words[0]
    if not words:
        return None
    lowered = [w.lower().rstrip(",") for w in words]
    if lowered[-1] in _INSTITUTION_WORDS or (
        len(words) > 1 and all(w in _TITLE_WORDS for w in lowered) and not _INSTITUTION_WORDS.isdisjoint(lowered)
    ):
        return " ".join(words)
    return None


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
            body = _body_in_run(run.group(0).split())
        if (
            # _NAME needs two words at least: test that before the regex.
            len(words) < 2
            or words[0].lower() in _TITLE_WORDS
            or words[0] == "The"
            or not _NAME_FULL.fullmatch(name)
            or words[-1].lower() in _INSTITUTION_WORDS
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


# -- roles given after a name ----------------------------------------------------------------

# An appositive role ("Rasha Kareem, a researcher at ...") names an official when it holds one of
# these words, and an outside expert when it holds one of _EXPERT_ROLE_WORDS; an expert word wins
# ("a former official who is now an analyst" speaks as the analyst). Compared on whole words.
_OFFICIAL_ROLE_WORDS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "minister",
        "commander",
        "general",
        "officer",
        "ambassador",
        "adviser",
        "advisor",
        "secretary",
        "director",
        "chief",
        "envoy",
        "governor",
        "mayor",
        "president",
        "vice-president",
        "senator",
        "lawmaker",
        "deputy",
        "diplomat",
        "colonel",
        "admiral",
        "captain",
        "lieutenant",
        "sergeant",
        "head",
        "chairman",
        "chairwoman",
        "attaché",
        "attache",
        "coordinator",
        "aide",
        "representative",
        "undersecretary",
        "under-secretary",
        "governor-general",
        "director-general",
        "secretary-general",
        "commander-in-chief",
    ]
)
_EXPERT_ROLE_WORDS = frozenset(
    [
        "analyst",
        "researcher",
        "expert",
        "professor",
        "fellow",
        "scholar",
        "academic",
        "specialist",
        "lecturer",
        "historian",
        "economist",
        "analysts",
        "experts",
    ]
)
# Other words that make an appositive a description of a person rather than of a time or an event
# (", a day after the attack" is no role).
_PERSON_ROLE_WORDS = frozenset(
    [
        "member",
        "resident",
        "witness",
        "activist",
        "journalist",
        "correspondent",
        "editor",
        "author",
        "leader",
        "founder",
        "veteran",
        "lawyer",
        "doctor",
        "medic",
        "contractor",
        "soldier",
        "worker",
        "student",
        "teacher",
        "farmer",
        "driver",
        "engineer",
        "candidate",
        "former",
        "retired",
    ]
)
_ROLE_WORD_STRIP = ".,;:'’\"“”()"
_APPOSITIVE_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)


def _role_words(role: str) -> set[str]:
    """The lower-cased words of a role, each also split at hyphens ("Baghdad-based")."""
    words = {w.strip(_ROLE_WORD_STRIP) for w in role.lower().split()}
    return words | {part for w in words if "-" in w for part in w.split("-")}


def role_is_expert(role: str | None) -> bool:
    """True for an analyst's, researcher's or academic's role: a named person who is not an official."""
    return bool(role) and not _EXPERT_ROLE_WORDS.isdisjoint(_role_words(role))


def appositive_role(appositive: str) -> tuple[str, str] | None:
    """The role an appositive gives and the kind it makes: ("researcher at ...", "other").

    ``appositive`` is the clause after the name without its comma ("a spokesman for U.S. Army
    Central"). None when it describes no person, so a stray ", a day after ..." adds no role.
    """
    role = _APPOSITIVE_ARTICLE.sub("", appositive.strip()).strip()
    words = _role_words(role)
    if not role or not words:
        return None
    if not _EXPERT_ROLE_WORDS.isdisjoint(words):
        return role, "other"
    if not _OFFICIAL_ROLE_WORDS.isdisjoint(words):
        return role, "named official"
    if not _PERSON_ROLE_WORDS.isdisjoint(words):
        return role, "other"
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
