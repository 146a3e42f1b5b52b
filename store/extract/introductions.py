"""Where the article first mentions people, anonymous sources and government bodies.

Quotations often name their speaker only as "he", "the official" or a surname; the full name
and role came earlier, often in a sentence that quotes no one ("Defense Secretary Lloyd Austin
visited troops ..."). :func:`introduce` reads the whole article once, before any quotation, and
enters every such introduction with its position in the :class:`~store.extract.speaker_book.SpeakerBook`,
which resolves the later references.

The full patterns are slow to search for (sre cannot skip ahead over text when a pattern starts
with "\\b" or a long alternation), so each is tried only where a cheap scan says it could match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from store.extract.claims import ACRONYM_AFTER, find_groups
from store.extract.roles import PERSONAL_TITLES, RANK_ABBREVIATIONS, RANK_NAMES, TITLE_WORDS, describes_a_person
from store.extract.speaker_book import SpeakerBook
from store.extract.speaker_patterns import (
    ADDRESS,
    ANON,
    BACKREF_ORG,
    DETERMINERS,
    HEAD_WORD,
    HEAD_WORDS,
    INTRODUCED_NAME,
    KUNYA_WORDS,
    NAME_FIRST_WORD,
    OF_A_BODY,
    ORG,
    ORG_CORES,
    ORG_PREFIXES,
    WITNESS_HEADS,
    Speaker,
    without_the,
)
from store.extract.speakers import (
    IDENTIFIED_AS,
    SENTENCE_OPENERS,
    after_place_preposition,
    identified_name,
    read_person,
)

_ORG_PREFIXES_BY_END = {
    end: tuple(p for p in ORG_PREFIXES if p.endswith(end)) for end in {p[-2:] for p in ORG_PREFIXES}
}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (which has no "(" or "|" inside a class)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 1
        elif pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
        elif pattern[i] == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


# A group of plain branches, optional or not; any other quantifier leaves it unmatched (and refused).
_LEADING_GROUP = re.compile(r"\(\?:([^()]*)\)(\??)(?![?*+{])")
_PLAIN_FIRST = re.compile(r"[A-Za-z](?![?*{])")


def _first_chars(alternative: str) -> set[str]:
    """Every character a match of ``alternative`` can start with: the first letter of each branch
    of its leading groups, up to and including the first group that is not optional, or else the
    letter after them. Anything else (a class, an escape) is refused rather than guessed at."""
    out: set[str] = set()
    rest = alternative
    while group := _LEADING_GROUP.match(rest):
        for branch in group[1].split("|"):
            if not _PLAIN_FIRST.match(branch):
                raise ValueError(f"cannot tell how {alternative!r} starts")
            out.add(branch[0])
        if not group[2]:
            return out
        rest = rest[group.end() :]
    if not _PLAIN_FIRST.match(rest):
        raise ValueError(f"cannot tell how {alternative!r} starts")
    return out | {rest[0]}


def _org_by_first_char() -> dict[str, re.Pattern[str]]:
    """ORG with only the alternatives that can start with each character, in their order.

    At a given place, an alternative that cannot start with the character there never matches,
    so dropping it changes nothing, and re no longer tries some thirty alternatives in turn.
    """
    inner = ORG.pattern.removeprefix(r"\b(?P<org>").removesuffix(r")\b")
    if ORG.flags & re.IGNORECASE or ORG.pattern != rf"\b(?P<org>{inner})\b":
        raise ValueError("ORG is no longer a plain alternation")
    firsts = [(alternative, _first_chars(alternative)) for alternative in _alternatives(inner)]
    chars = set().union(*(f for _, f in firsts))
    return {c: re.compile(rf"\b(?P<org>{'|'.join(a for a, f in firsts if c in f)})\b") for c in chars}


_ORG_AT = _org_by_first_char()

_ROLE_LOWER = [
    "press",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "minister",
    "chief",
    "commander",
    "deputy",
    "general",
    "official",
    "national",
    "security",
    "government",
    "military",
    "foreign",
    "defence",
    "defense",
]
_ROLE_WINDOW = 80
# The role words before a name ("Defense Secretary Lloyd Austin") once were the leftmost match of
# "(?:\b{role}\s+){1,7}$" in the 80 characters before it. Read backwards from the name, that is one
# anchored match on the reversed text: greedy units (whitespace, then a role word reversed) give
# the same earliest start, and endpos stands for the window's start.
# Within one sentence: no line break, and no full stop but an abbreviation's, which the masked
# text writes as "․" ("Maj․ Gen․ Pat Ryder"; not "in October.\n\nPresident Joe Biden").
_ROLE_TAIL_REVERSED = re.compile(
    r"(?:[^\S\n]+(?:[\w'’․-]*[A-Z]|" + "|".join(w[::-1] for w in _ROLE_LOWER) + r")\b){1,7}"
)
# A name at a word start: "[A-Z]" first lets the engine scan for capitals; the look-behind is "\b".
# The first word is possessive ("*+"): only whitespace may follow it, so giving back letters never helps.
_NAME_RE = re.compile(rf"[A-Z](?<!\w[A-Z])[a-z][\w'’-]*+{INTRODUCED_NAME.removeprefix(NAME_FIRST_WORD)}\b")


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation grouped by first letter, which the regex engine rejects faster."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Organisation words and head nouns after a non-word character, the only places ORG and ANON
# matches can start from. A head noun ends in an empty group, so m.lastindex tells the two apart
# (no core word starts like a head noun). "[^A-Za-z0-9_]" is wider than "\W" but a plain bitmap.
_CUES = re.compile(rf"[^A-Za-z0-9_](?:{_by_first_letter([*ORG_CORES, *(w + '()' for w in HEAD_WORDS)])})")
# How far back from a head noun an ANON phrase can start, read on the reversed text: over the
# head's own run of non-space, then up to five runs (a determiner and four modifiers) made of the
# characters modifiers are made of; the farthest may be only partly such characters.
_ANON_REACH_REVERSED = re.compile(r"\S*(?:\s+[\w'’.․-]+){0,5}")
_ANON_BEFORE, _ANON_AFTER = 70, 90


def _not_a_person(masked_body: str, start: int, who: str) -> bool:
    """A name with no title that only a place or a thing can be: right after a preposition of place
    ("a campaign stop in South Carolina") or after "the" ("the Tel Aviv regime", "the United States").

    People are not named with "the" before them; a title before the name ("in President Joe Biden's
    ...") keeps it a person. Only the few characters before the name are read.
    """
    if who.split(None, 1)[0].lower() in TITLE_WORDS:
        return False
    before = masked_body[max(0, start - 16) : start]
    if after_place_preposition(before) and _PERSON_AFTER.match(masked_body, start + len(who)):
        return False  # "a letter from Linda Marsh, of Casper, whose son ...": a person and her town
    if before.endswith(("the ", "The ")) or after_place_preposition(before):
        return True
    if before.endswith(", ") and _DATELINE_HEAD.fullmatch(masked_body, masked_body.rfind("\n", 0, start) + 1, start):
        return True  # "UNITED NATIONS, New York, Monday": a dateline's place
    end = start + len(who)
    # "Ain al-Assad air base": a place noun follows (a prefix test first, as most names have none)
    return (
        masked_body[end : end + 1] == " " and _PLACE_NOUN_AFTER.match(masked_body[end : end + 16].lower()) is not None
    )


# "the killing of", "the assassination of Quds Force commander": the dead a report names.
_THE_DEAD_BEFORE = re.compile(
    r"\b(?:killing|death|assassination|murder|slaying|funeral|burial) of (?:(?:the |top |Iranian |Quds Force )?"
    r"(?:[a-z]+ )?(?:general|commander|leader|chief) )?$"
)
# What follows a person's name and never a place's: her town ("Linda Marsh, of Casper,"), her age.
_PERSON_AFTER = re.compile(r", (?:of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,|\d{1,2}, )")
# The capitals a dateline opens with, up to the place after them: "UNITED NATIONS, ".
_DATELINE_HEAD = re.compile(r"\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*, ")
# A name a place noun follows is a place's: "Ain al-Assad air base", "the Conoco gas field".
_PLACE_NOUN_AFTER = re.compile(
    r" (?:air ?base|airbase|base|airfield|airport|garrison|outpost|compound|(?:oil|gas) ?field)\b"
)


# Enlisted ranks the list of personal titles leaves out.
_RANKS = PERSONAL_TITLES | frozenset(("spc", "specialist", "pfc", "private", "cpl", "corporal", "pvt", "cmdr"))
_KUNYA = tuple(f"{word} " for word in KUNYA_WORDS)


def _titles(masked_body: str, start: int, who: str, name: str) -> list[str]:
    """The ranks and titles that open ``who`` (introduced at ``start`` as ``name``) or stand right
    before it, lowered and without their stops ("col", "sgt", "mayor")."""
    before = masked_body[max(0, start - 30) : start].split()[-3:] + who.split()[: -len(name.split())]
    words = [w.replace("․", ".").lower().rstrip(".") for w in before]
    return [w for w in words if w in _RANKS or w in TITLE_WORDS]


def _introductions(masked_body: str, reversed_body: str) -> list[tuple[int, str]]:
    """Names with the role words before them ("Defense Secretary Lloyd Austin")."""
    out = []
    n = len(masked_body)
    for m in _NAME_RE.finditer(masked_body):
        start = m.start()
        role = _ROLE_TAIL_REVERSED.match(reversed_body, n - start, n - max(0, start - _ROLE_WINDOW))
        if role:
            start = n - role.end()
        out.append((start, masked_body[start : m.end()]))
    return out


def _cues(masked_body: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where organisation words start, and where head nouns start and end."""
    # _CUES needs a character before the word, so the text's start is tried as well.
    orgs, heads = [0], []
    head = HEAD_WORD.match(masked_body)
    if head:
        heads.append(head.span())
    for m in _CUES.finditer(masked_body):
        if m.lastindex is None:
            orgs.append(m.start() + 1)
        else:
            heads.append((m.start() + 1, m.end()))
    return orgs, heads


def _organisations(masked_body: str, cores: list[int]) -> list[re.Match[str]]:
    """What ORG.finditer finds, trying the pattern only where a core word or its prefix begins."""
    starts = set(cores)
    for q in cores:
        for prefix in _ORG_PREFIXES_BY_END.get(masked_body[q - 2 : q], ()):
            if q >= len(prefix) and masked_body.startswith(prefix, q - len(prefix)):
                starts.add(q - len(prefix))
    out = []
    end = 0
    for start in sorted(starts):
        if start >= end:
            # A character that starts no alternative can only be the text's start (tried in full).
            m = _ORG_AT.get(masked_body[start : start + 1], ORG).match(masked_body, start)
            if m:
                out.append(m)
                end = m.end()
    return out


def _anonymous(masked_body: str, reversed_body: str, heads: list[tuple[int, int]]) -> list[re.Match[str]]:
    """ "a US military official"-style phrases, found from their head noun outwards.

    For each head noun, the match with that head among those ANON.finditer yields from 70
    characters before it to 90 after, searching only from where a phrase could start.
    """
    n = len(masked_body)
    reach = [n - _ANON_REACH_REVERSED.match(reversed_body, n - start).end() for start, _ in heads]
    out = []
    for start, end in heads:
        pos, hi = max(0, start - _ANON_BEFORE), min(n, end + _ANON_AFTER)
        k = 0
        while pos <= start:
            # A phrase starting at or after pos has its head at or after heads[k], so it starts
            # in that head's reach (reach only grows along the text).
            while heads[k][0] < pos:
                k += 1
            m = ANON.search(masked_body, max(pos, reach[k]), hi)
            if m is None or m.start("head") > start:
                break
            if m.start("head") == start:
                out.append(m)
                break
            pos = m.end()
    return out


# The last determiner among an ANON match's modifiers, where the source's description starts.
_LAST_DET = re.compile(r".*(?<!\S)(an?|one|two|three|another|several|the|some|this)\s", re.I | re.S)


def _anonymous_speaker(m: re.Match[str]) -> Speaker | None:
    """The anonymous source an ANON match introduces: "a US official", "two officials".

    Modifiers are any words, so a match with no determiner may start too early ("said a defense
    official", "drone killed three U.S. soldiers"): the description starts at its last determiner.
    """
    phrase = m["phrase"]
    det = (m["det"] or "").lower()
    head_at = m.start("head") - m.start("phrase")
    if (cut := max(phrase.rfind(". ", 0, head_at), phrase.rfind("\n", 0, head_at))) >= 0:
        # "... the west bank of the Tigris.\n\nA US official": the description starts after the stop
        phrase, det, head_at = phrase[cut + 1 :].lstrip(), "", head_at - cut - 1
        head_at -= len(m["phrase"][cut + 1 :]) - len(phrase)
    # "this week a US defense official": a determiner after the first is where the description starts
    if (last := _LAST_DET.match(phrase, len(det), head_at)) and (not det or last.start(1) > 0):
        det = last[1].lower()
        phrase = phrase[last.start(1) :]
    if det == "the" and OF_A_BODY.search(phrase, head_at) and not m["head"].endswith("s"):
        # "The spokesman of Iran's Foreign Ministry dismissed ...": "the" with the body he speaks
        # for introduces him (the "he" of the next quotation); a bare "the spokesman" refers back.
        return Speaker(phrase.replace("․", "."), None, "anonymous official")
    if det in ("the", "this") or (not det and not m["head"].endswith("s")):
        return None
    phrase = phrase.replace("․", ".")
    if det in ("a", "an", "one", "another"):
        phrase = det + phrase[len(det) :]
    kind = "witness" if m["head"].lower().startswith(WITNESS_HEADS) else "anonymous official"
    return Speaker(phrase, None, kind)


# Words ORG takes for a body after "the" ("the military said"); without it, in running text,
# they describe something else ("two US military positions") and introduce no one.
_BARE_WORDS = frozenset(["ministry", "army", "military"])


@cache  # ORG matches only a few hundred different strings
def _body(org: str) -> Speaker | None:
    """The government body an ORG match names, or None for a back-reference ("the group")."""
    if BACKREF_ORG.match(org) or org.lower().startswith(("the group", "the statement")) or org in _BARE_WORDS:
        return None
    org = org[4:] if org.lower().startswith("the ") and not org.lower().endswith("office") else org
    return Speaker(org.replace("․", "."), None, "government body")


# A sentence may open on one before the name: "And Ryder said in a press conference ..."
_CONJUNCTIONS = frozenset(SENTENCE_OPENERS)
_QUANTIFIERS = frozenset(("No", "Every", "Each", "Any", "All", "Many", "Most", "Both", "Few"))
# "Its Telegram channel said": whose channel, not a name.
_POSSESSIVES = frozenset(("Its", "Their", "His", "Her", "Our", "My", "Your"))


@lru_cache(maxsize=1024)
def _introduced(who: str) -> Speaker | None:
    """The person a name with its role words introduces; None for a group, a body or no person."""
    # Trim leading sentence words ("Speaking at a rally, ...") back to a title-or-name run.
    first = who.split(None, 1)[0]
    if first in _CONJUNCTIONS and " " in who:
        return _introduced(who.split(None, 1)[1])  # "And Ryder said": Ryder, named before
    if first in DETERMINERS or first in _QUANTIFIERS or first in _POSSESSIVES:  # "An Iraqi officer": no name
        return None
    person = read_person(who)
    if person is None or person.kind in ("claimant", "government body"):  # claimant: a group's name
        return None
    if person.role and not all(w.lower() in TITLE_WORDS or w[:1].isupper() for w in person.role.split()):
        return Speaker(person.name, None, "other")
    return person


# "the Kurdistan Region's Counter-Terrorism Directorate (CTD)": a body and the acronym it goes by later.
# Found from the bracket back: a scan for "(" is cheap, one for every capital is not.
_COMMITTEE = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:and|of|for)\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:Committee|Commission))\b"
)
# The one name a source is given: "by his nom de guerre, Zagros", "by her first name, Nadia".
_ASSUMED_NAME = re.compile(
    r"\b(?:his|her|the) (?:nom de guerre|pseudonym|alias|first name|given name|kunya)(?:,\s*|\s+)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# A first name alone opening a sentence, with an appositive after it: "Rezan, a 22-year-old trainee ...,".
_FIRST_NAME_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][a-z'’-]{2,}), (?P<appositive>an? [^,.;\n]{3,120})"
)
_PAREN_ACRONYM = re.compile(r"\((?P<acronym>[A-Z]{2,6})\)")
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){1,6})\s+$")


# A soldier named by rank and first name only ("His squad leader, Staff Sgt. Ramon, ..."): the
# rank's abbreviation has its dot masked; one capitalised word follows, not a full name. Found
# from the masked dot, with the rank read back from it: a scan that tried every place is slow.
_AFTER_RANK_DOT = re.compile(r"․\s(?P<name>[A-Z][a-z'’-]{2,})\b(?!․)(?![ \t]+[A-Z])")
_AFTER_A_NAME = re.compile(r"\b([A-Z][a-z'’-]+) (?=([A-Z][a-z'’-]{2,})\b)")
_RANK_BEFORE = re.compile(
    r"(?<![\w․])(?:(?:Staff|Master|First|Command|Sgt․|Lt․|Maj․|Brig․|Lance|Chief|Petty|Warrant)\s)*"
    rf"(?:{'|'.join(RANK_ABBREVIATIONS)})$"
)


def _identified_as(book: SpeakerBook, masked_body: str, names: set[str]) -> None:
    """Enter people a record or a report names only as it identified them ("one Army sergeant,
    identified in the record as Plaintiff R.M., stated")."""
    for m in IDENTIFIED_AS.finditer(masked_body):
        name = identified_name(m)
        if name not in names:
            names.add(name)
            book.people.append((m.start("name"), Speaker(name, None, "other")))


# "A young specialist named Omar", "a captain named Hemin": a person the text gives a first name
# alone, after saying who they are. Found from "named", with the description read back from it.
# Not "called": "An aide called Austin after the strike" is a telephone call.
_NAMED = re.compile(r"\snamed\s(?P<name>[A-Z][a-z'’-]{2,}(?:\s[A-Z][a-z'’-]{2,})?)\b(?!['’])")
_DESCRIBED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s(?P<role>[a-zA-Z][\w'’ -]{2,50}?)$")


def _named_by_description(book: SpeakerBook, masked_body: str, names: set[str]) -> None:
    """Enter people named after a description of them ("a Peshmerga sergeant named Dilshad")."""
    for m in _NAMED.finditer(masked_body):
        described = _DESCRIBED_BEFORE.search(masked_body, max(0, m.start() - 64), m.start())
        if described is None:
            continue
        name, role = m["name"], described["role"]
        if name in names or not describes_a_person("a " + role):
            continue
        names.add(name)
        book.people.append((m.start("name"), Speaker(name, role, "witness" if " " not in name else "other")))


# "Another resident, Fatima, said", "A resident of Tal Tamr, Shiyar, described the quiet": who the
# person is, then the one name they gave, between commas. Found from the name between commas (a
# scan that opens on the comma), with the description read back to the sentence's start.
_NAME_BETWEEN_COMMAS = re.compile(r", (?P<name>[A-Z][a-z'’-]{2,}), (?=[a-z])")
_DESCRIPTION_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:An?|Another|One)\s(?P<role>[a-z][^,.;\"“”\n]{2,60})$")


def _described_then_first_name(book: SpeakerBook, masked_body: str, names: set[str]) -> None:
    """Enter people a sentence opens on by what they are, then names by one name."""
    for m in _NAME_BETWEEN_COMMAS.finditer(masked_body):
        described = _DESCRIPTION_OPENING.search(masked_body, max(0, m.start() - 72), m.start())
        name = m["name"]
        if described is None or name in names or name in DETERMINERS:
            continue
        role = described["role"]
        if not describes_a_person("a " + role):
            continue
        names.add(name)
        book.people.append((m.start("name"), Speaker(name, role, "witness")))


def _enter_soldiers_by_rank(book: SpeakerBook, masked_body: str, names: set[str]) -> None:
    """Enter soldiers the text names by rank and first name alone, unless the word is the
    surname of someone it names in full ("Sgt. Rivers" after "Sgt. William Jerome Rivers")."""
    full_named: set[str] | None = None  # words that follow a capitalised word: surnames of full names
    for m in _AFTER_RANK_DOT.finditer(masked_body):
        rank = _RANK_BEFORE.search(masked_body, max(0, m.start() - 40), m.start())
        if rank is None:
            continue
        person = read_person(masked_body[rank.start() : m.end()].replace("․", "."))
        if person is None or person.name in names:
            continue
        if full_named is None:
            # not after a sentence's opening word: "Later Ramon said" names no one else
            openers = _CONJUNCTIONS | _QUANTIFIERS | _POSSESSIVES | DETERMINERS
            full_named = {w.group(2) for w in _AFTER_A_NAME.finditer(masked_body) if w.group(1) not in openers}
        if m["name"] in full_named:
            continue
        names.add(person.name)
        book.people.append((rank.start(), person))


def introduce(book: SpeakerBook, masked_body: str) -> None:
    """Register people and anonymous officials wherever the article first mentions them."""
    reversed_body = masked_body[::-1]
    org_starts, heads = _cues(masked_body)
    for m in _anonymous(masked_body, reversed_body, heads):
        speaker = _anonymous_speaker(m)
        if speaker is not None and speaker.name[:4].lower() == "the " and book.resolve(speaker.name, m.start()):
            continue  # "The spokesman for Operations Command": the one introduced as "a spokesman for ..."
        if speaker is not None:
            book.remember(speaker, m.start())
    for name, m in find_groups(masked_body):
        book.people.append((m.start(), Speaker(name, None, "claimant")))
        if (acronym := ACRONYM_AFTER.match(masked_body, m.end())) is not None:
            book.acronyms.setdefault(acronym["acronym"], name)  # "the Islamic Resistance in Iraq (IRI)"
    org_spans = []
    for m in _organisations(masked_body, org_starts):
        org_spans.append(m.span())
        speaker = _body(m.group("org"))
        if speaker is not None:
            book.people.append((m.start(), speaker))
    if "Commi" in masked_body:
        for m in _COMMITTEE.finditer(masked_body):
            # "The Iraqi parliament's Security and Defence Committee on Saturday condemned ...": a body
            book.people.append((m.start(), Speaker(m["name"], None, "government body")))
    if any(word in masked_body for word in ("nom de", "name", "alias", "pseudonym", "kunya")):
        for m in _ASSUMED_NAME.finditer(masked_body):
            # "asks to be identified only by his nom de guerre, Zagros": the man by that name
            book.people.append(
                (m.start("name"), Speaker(m["name"], None, "witness" if " " not in m["name"] else "other"))
            )
    if ", a" in masked_body:
        for m in _FIRST_NAME_OPENING.finditer(masked_body):
            # "Rezan, a 22-year-old trainee who asked that only his first name be used, was in the
            # next building.": a witness by first name, the "he" of the quotation that follows
            if m["name"] not in DETERMINERS and describes_a_person(m["appositive"]):
                book.people.append((m.start("name"), Speaker(m["name"], None, "witness")))
    for paren in _PAREN_ACRONYM.finditer(masked_body):
        if (m := _NAME_BEFORE.search(masked_body, max(0, paren.start() - 90), paren.start())) is not None:
            book.acronyms.setdefault(paren["acronym"], without_the(m["name"]))
    names = {p.name for _, p in book.people}
    if "․ " in masked_body:
        _enter_soldiers_by_rank(book, masked_body, names)
    if "identified " in masked_body:
        _identified_as(book, masked_body, names)
    if " named " in masked_body:
        _named_by_description(book, masked_body, names)
    if ", " in masked_body:
        _described_then_first_name(book, masked_body, names)
    found = _introductions(masked_body, reversed_body)
    # A name once seen as a place is one everywhere in the article, before that sighting too:
    # "Missiles on Ain al-Assad." heads the item that goes on "at Ain al-Assad air base".
    places = {who for start, who in found if _not_a_person(masked_body, start, who)}
    for start, who in found:
        if who in places or any(a <= start and start + len(who) <= b for a, b in org_spans):
            continue  # "Human Rights" in "the Syrian Observatory for Human Rights" is no one
        if ADDRESS.fullmatch(who):
            continue  # "Mr. President, I want to read from a letter": the chair addressed, no one named
        if _THE_DEAD_BEFORE.search(masked_body, max(0, start - 60), start):
            continue  # "in retaliation for the killing of Qassem Soleimani": named, never the one quoted next
        person = _introduced(who.replace("․", "."))
        if (
            person is not None
            and person.name.startswith(_KUNYA)
            and any(w.startswith(person.name + " ") for _, w in found)
        ):
            continue  # "Abu Haidar", before or after "Abu Haidar al-Sa'edi": the same man by his short name
        if person is not None and person.name not in names:
            names.add(person.name)
            book.people.append((start, person))
            if titles := _titles(masked_body, start, who, person.name):
                book.titled.add(person.name)  # "Army Reserve Spc. Dalton Reese", not "Tammy Reese"
                book.ranks.extend((start, rank, person) for t in titles if (rank := RANK_NAMES.get(t)))
    book.last = None
