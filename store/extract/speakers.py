"""Who is speaking: the speaker phrase read from the words around a speech verb.

A phrase names a person (with a role from the words around the name), an anonymous source,
a government body or an armed group, or refers back to someone the
:class:`~store.extract.speaker_book.SpeakerBook` holds. The shapes of names and bodies live
in :mod:`store.extract.speaker_patterns`; the words titles, roles and institutions are made
of, and the short names of government bodies, are vocabulary in :mod:`store.extract.roles`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from store.extract.claims import IRI, IRI_SHORT, find_group
from store.extract.roles import (
    GROUP_NOUNS,
    INSTITUTION_WORDS,
    OFFICE_NOUNS,
    PERSONAL_TITLES,
    RANK_ABBREVIATIONS,
    ROLE_WORDS_BEFORE_NAMES,
    TITLE_WORDS,
    appositive_role,
    body_in_run,
    canonical_body,
    describes_a_person,
    role_is_expert,
)
from store.extract.speaker_book import SpeakerBook
from store.extract.speaker_patterns import (
    ADDRESS,
    ANON,
    BACKREF_ORG,
    BODY_KINDS,
    CAP_RUN,
    DETERMINERS,
    HANDLE,
    HEAD,
    HEAD_WORD,
    MODIFIER,
    NAME,
    ORG,
    ORG_CORES,
    ORG_PREFIXES,
    PERSON_KINDS,
    WITNESS_HEADS,
    Speaker,
    without_the,
)
from store.extract.text import MEDIUM


def _known_body(speaker: Speaker) -> Speaker:
    """``speaker`` under its body's short name if it is a listed body, else unchanged."""
    if speaker.kind != "government body":
        return speaker
    name = canonical_body(speaker.name)
    return speaker if name is None or name == speaker.name else replace(speaker, name=name)


# -- reading a speaker phrase ---------------------------------------------------------------
_ORG_FIRST = frozenset(word[0] for word in (*ORG_CORES, *ORG_PREFIXES))
_NAME_FULL = re.compile(NAME)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _split_role(run: str) -> tuple[list[str], str | None]:
    """("Defense Secretary Lloyd Austin") -> (["Lloyd", "Austin"], "Defense Secretary")."""
    words = run.split()
    last_title = len(words) - 2
    while last_title >= 0 and words[last_title].lower() not in ROLE_WORDS_BEFORE_NAMES:
        last_title -= 1
    return words[last_title + 1 :], " ".join(words[: last_title + 1]) or None


def _kind_for(name: str, role: str | None) -> str:
    if find_group(name):
        return "claimant"
    # A name starting with no core word or prefix cannot be an ORG match: skip two full tries.
    if name[:1] in _ORG_FIRST and (ORG.fullmatch(name) or ORG.fullmatch("the " + name)):
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


# "In Saturday's statement it said", "In a statement posted to Telegram on Friday evening, the group said"
_IN_STATEMENT = re.compile(rf"^[Ii]n\s+(?:\S+\s+){{0,2}}(?:{MEDIUM})s?(?:,?\s+|\s+[^,]{{1,60}},\s*)(?=\S)")
_LEADING_PREPOSITIONS = frozenset(("In", "On", "At", "By", "For", "From", "After", "Before", "During", "Since"))
_CALENDAR_WORDS = frozenset(
    (
        *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
        *("October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."),
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    )
)


def read_person(phrase: str) -> Speaker | None:
    """A named person in the phrase, role from the words before the name.

    Failing a person, a government body the phrase names as a name would be named
    ("the Kurdistan Region Counter-Terrorism Directorate (CTD)"), in full.
    """
    runs = list(CAP_RUN.finditer(phrase))
    body: str | None = None
    for run in reversed(runs):
        words, role_in_run = _split_role(run.group(0))
        if len(words) > 2 and words[-1] in _HEADLINE_VERBS:
            words = words[:-1]  # "Maj. Gen. Pat Ryder Holds a Press Briefing": a headline's verb
        name = " ".join(words)
        if body is None:
            body = body_in_run(run.group(0).split())
        if (
            # NAME needs two words at least: test that before the regex.
            len(words) < 2
            or words[0].lower() in TITLE_WORDS
            or words[0] == "The"
            # "On 3 December CENTCOM said", "In Saturday's statement it said": a day, not a name
            or any(w.rstrip("’'s") in _CALENDAR_WORDS for w in words)
            or words[0] in _LEADING_PREPOSITIONS
            or not _NAME_FULL.fullmatch(name)
            or words[-1].lower() in INSTITUTION_WORDS
            or (role_in_run is None and after_place_preposition(phrase[max(0, run.start() - 20) : run.start()]))
        ):
            if len(words) == 1 and role_in_run and (ranked := _by_rank_and_first_name(role_in_run, words[0])):
                return ranked
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


# The ranks a soldier quoted by rank and first name alone bears ("Spc. Dante", "Sgt. Maj. Denise").
_RANKS = frozenset(rank.lower() for rank in RANK_ABBREVIATIONS)
_GIVEN_NAME = re.compile(r"[A-Z][a-z'’-]{2,}")


def _by_rank_and_first_name(rank: str, word: str) -> Speaker | None:
    """ "Staff Sgt. Brianna": a soldier an embedded reporter names by rank and first name only, as
    units' media rules ask. The rank is part of how the text names them."""
    last = rank.rsplit(None, 1)[-1]
    if not last.endswith((".", "․")):
        return None  # a rank in full may start a company's name: "General Dynamics", "Private Equity"
    last = last.rstrip(".․").lower()
    if last not in _RANKS or not _GIVEN_NAME.fullmatch(word):
        return None
    if word in _CALENDAR_WORDS or word in _LEADING_PREPOSITIONS:
        return None
    return Speaker(f"{rank} {word}".replace("․", "."), None, "other")


# Verbs a headline capitalises after a name.
_HEADLINE_VERBS = frozenset(
    ("Holds", "Says", "Visits", "Meets", "Speaks", "Announces", "Briefs", "Warns", "Calls", "Vows", "Urges", "Tells")
)


def with_appositive(speaker: Speaker, appositive: str | None) -> Speaker:
    """A named person with the role an appositive after the name gives, joined to any title before it.

    "said Army Maj. Daniel Okafor, a spokesman for U.S. Army Central" keeps "Army Maj." and adds the
    appositive; the appositive decides the kind, since it says what the person is (an analyst with a
    "Dr." is still no official). Anyone else (a body, an anonymous official) is returned unchanged.
    """
    if not appositive or speaker.kind not in PERSON_KINDS or " " not in speaker.name:
        return speaker
    found = appositive_role(appositive)
    if found is None:
        return speaker
    role, kind = found
    if speaker.role and role.lower() in speaker.role.lower():
        return speaker
    return Speaker(speaker.name, f"{speaker.role}, {role}" if speaker.role else role, kind)


# Words that open a sentence before the name of who speaks: "And Ryder said", "Later Ramon said".
SENTENCE_OPENERS = (
    "And", "But", "Meanwhile", "Also", "So", "Yet", "Then", "Still", "As", "Later", "Earlier", "Separately",
)  # fmt: skip
# Not "So" nor "As" here: "As" is read where a lead-in is ("As one diplomat put it:", in quotes).
_CLAUSE_OPENERS = ("So", "As")
_LEADING_WORDS = ("and", "but", "while", "as", "also", "meanwhile")
_LEADING_WORDS += tuple(w for w in SENTENCE_OPENERS if w not in _CLAUSE_OPENERS)
_TRAILING_WORDS = ("also", "meanwhile", "later", "then", "separately")
_LEADING = re.compile(rf"^(?:(?:{'|'.join(_LEADING_WORDS)})\s+)+")  # "and as Iran's foreign minister"
# "the IRI channel", "Kataib Hezbollah's Telegram account": the group speaks through it.
_CHANNEL_WORDS = ("channel", "account", "feed")
_CHANNEL = re.compile(r"(?:['’]s)?\s+(?:official\s+)?(?:Telegram\s+|X\s+|media\s+)?(?:channel|account|feed)$")
_TRAILING = re.compile(rf"\s+(?:{'|'.join(_TRAILING_WORDS)})$")
_SUBJECT = re.compile(r"(he|she|they)\b", re.I)
# "Back in Baghdad, the committee's deputy chairman, Ahmed Jabar": where the sentence is set, ended
# by its comma or by the run of spaces a blanked aside leaves, is no part of the speaker.
_LEADING_PLACE = re.compile(
    r"^(?:Back\s+|Over\s+|Later\s+|Meanwhile\s+|Elsewhere\s+)?(?:[Ii]n|[Aa]t|[Ff]rom|[Ii]nside|[Oo]utside)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:,\s*|\s{3,})(?=\S)"
)
_PLACE_OPENERS = tuple(
    f"{w} "
    for w in (
        *("Back", "Over", "Later", "Meanwhile", "Elsewhere", "In", "in", "At", "at", "From", "from"),
        *("Inside", "inside", "Outside", "outside"),
    )
)
# "on Friday officials repeated ...": the day the phrase opens with is no part of the speaker.
_LEADING_TIME = re.compile(
    r"^(?:the next|the following|that|the same)\s+(?:morning|day|evening|night|afternoon|week)\s+(?=[A-Z])", re.I
)
_LEADING_DAY = re.compile(
    r"^(?:(?:late|early)\s+)?[Oo]n\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?,?\s+"
)
_TRAILING_DAY = re.compile(r"\s+(?:(?:late|early)\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
# "an SDF statement", "a Pentagon statement": the statement speaks for whoever it is named after.
_NAMED_STATEMENT = re.compile(r"^(?:an?|the)\s+(?P<who>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+statements?$")
# "the group's statement", "Kirby's post": the statement is its author's.
_OWN_STATEMENT = re.compile(
    r"^(?P<who>.+?)['’]s\s+(?:statement|post|message)(?:\s+(?:that|this|last)\s+(?:night|day|morning|evening|week))?$"
)
_STATEMENT_FROM = re.compile(
    rf"^(?:an?|the)\s+(?:[\w-]+\s+)?(?:{MEDIUM}|communiqu[eé]|release)s?\s+(?:from|by|of|issued by)\s+(?P<who>.+)$",
    re.I,
)
_STATEMENT_ENDS = ("statement", "statements", "post", "message", "night", "day", "morning", "evening", "week")
# "15:05 GMT – A US defence official", "BAGHDAD — The SDF": a live page's time or a dateline
# (no lower-case letter) before a spaced dash is no part of the speaker.
_DATELINE = re.compile(r"^[^a-z–—]*\s[–—]\s+(?=\S)")
# "factions close to Iran have repeatedly": auxiliaries and adverbs between subject and verb.
_ADVERB_TAIL = re.compile(r"(?:\s+(?:has|have|had|repeatedly|previously|publicly|reportedly|recently|already|again))+$")
# "a resident ... reached by phone": how the reporter reached the source is no part of them.
# "An Iraqi army officer stationed at K1": where the source serves is no part of them either.
_PARTICIPLE_TAIL = re.compile(
    r"\s+(?:(?:reached|contacted|interviewed|quoted|speaking)\s+(?:by|to|on|over|with)|"
    r"(?:stationed|posted|deployed)\s+(?:at|in|on|near|to))\b.*$"
)


def parse_speaker(phrase: str, book: SpeakerBook, position: int = -1, appositive: str | None = None) -> Speaker | None:
    """A speaker from the words an attribution names ("a US military official", "Ryder").

    ``appositive`` is the clause right after the phrase in the text (", a researcher at ...",
    without the comma), if any: a named person takes their role from it, and the book keeps the
    person with that role so that a later "Kareem said" carries it too.
    """
    if phrase.endswith(")"):
        phrase = _NAME_NOTE.sub("", phrase)  # "Hussein (not his real name), a farmer"
    if phrase.endswith(("'s", "’s")) and phrase[:1].isupper() and " " in phrase:
        phrase = phrase[:-2]  # "President Biden's written statement set the tone:": Biden's words
    if " named " in phrase and (named := _NAMED_TAIL.search(phrase)) is not None:
        phrase = named["name"]  # "A young specialist named Omar": Omar
    for told in (phrase, appositive):
        if told and "identified " in told and (identified := IDENTIFIED_AS.search(told)) is not None:
            # "one Army sergeant, identified in the record as Plaintiff R.M., stated": R.M.
            return book.remember(Speaker(identified_name(identified), None, "other"), position)
    speaker = _parse_speaker(phrase, book, position, appositive)
    if speaker is not None and " " in speaker.name and phrase.endswith(speaker.name) and speaker.kind in PERSON_KINDS:
        book.quoted_in_full.add(speaker.name)
    if speaker is None and appositive is not None and (first := _first_name(phrase, appositive)) is not None:
        return book.remember(first, position)
    if speaker is None or appositive is None:
        return speaker
    described = with_appositive(speaker, appositive)
    return speaker if described is speaker else book.remember(described, position)


# "identified in the record as Plaintiff R.M.", "identified only as Sgt. Luis": the name given.
# Passive only ("who identified the group as Kataib Hezbollah" names no source); a name's dots
# are an abbreviation's (masked) or initials', never a sentence's stop.
_NAME_WORD = (
    rf"(?:[A-Z][․.](?:[A-Z][․.])*|(?:{'|'.join((*RANK_ABBREVIATIONS, 'Brig', 'Dr', 'Mr', 'Ms', 'Mrs'))})[.․](?= [A-Z])|"
    r"[A-Z][\w'’-]*․?)"
)
IDENTIFIED_AS = re.compile(
    r"\bidentified(?: only| publicly| in (?:the|court|his|her|its|their) [a-z]+(?: [a-z]+)?|"
    r" by (?:his|her|their) (?:first name|rank and (?:first )?name|rank))? as "
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})"
)


def identified_name(m: re.Match[str]) -> str:
    """The name an IDENTIFIED_AS match gives, its dots unmasked, without a rank before a full name."""
    name = m["name"].replace("․", ".")
    person = read_person(name)
    return person.name if person is not None and " " in person.name and person.kind in PERSON_KINDS else name


# A paper's or channel's own voice: "Al Mayadeen's own correspondent", "Asharq Al-Awsat's Baghdad
# correspondent", "Al-Quds Al-Arabi's editorial".
_OUTLETS_OWN = re.compile(
    r"^(?P<owner>(?:[A-Z][\w-]*\s)*[A-Z][\w-]*)['’]s\s(?:own\s|[A-Z][\w-]*\s){0,2}"
    r"(?:(?:correspondent|reporter|editor|columnist|commentator|presenter|anchor)|"
    r"(?P<medium>editorial|column|front page|leader|commentary|report))$"
)
# A body's own office that speaks for it: "the SDF general command", "the coalition's press office".
_BODYS_OFFICE = re.compile(
    r"^(?:[Tt]he )?(?P<name>(?:[A-Z][\w-]*|coalition)(?: [A-Z][\w-]*){0,3}(?:['’]s)? "
    r"(?:general command|media (?:office|centre|center)|press office))$"
)
_GOVERNMENT_OF = re.compile(r"^(?:[Tt]he )?(?P<name>Government of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})$")
# A party a legal filing defines in capitals: "the TARGET SUBJECT", "the DEFENDANT".
_DEFINED_PARTY = re.compile(r"^[Tt]he (?:[A-Z]{3,}(?: [A-Z]{2,}){1,3}|[A-Z]{6,})$")
_NAMED_TAIL = re.compile(
    r"^(?:[Aa]n?|[Oo]ne)\s[^,]{2,50}?\snamed\s(?P<name>[A-Z][a-z'’-]{2,}(?:\s[A-Z][a-z'’-]{2,})?)$"
)
# A note that the name given is not the real one: the name is still how the report names the source.
_NAME_NOTE = re.compile(
    r"\s*\((?:not (?:his|her|their) (?:real|full) names?|a pseudonym|an alias|name changed[\w ]*)\)$", re.I
)
# A first name alone, as reports name civilians who ask that only it be printed.
_FIRST_NAME = re.compile(r"[A-Z][a-z'’-]{2,}")
_NOT_FIRST_NAMES = frozenset(("He", "She", "They", "It", "This", "That", "Officials", "Residents", "Witnesses"))


def _first_name(phrase: str, appositive: str) -> Speaker | None:
    """ "said Mona, a mother of three", "Rebwar, 41, who lives near the fence": a person by first
    name, known as one by the words after it (see :func:`describes_a_person`)."""
    name = phrase.strip().strip(",").strip()
    if not _FIRST_NAME.fullmatch(name) or name in _NOT_FIRST_NAMES or name in _CALENDAR_WORDS:
        return None
    if not describes_a_person(appositive):
        return None
    found = appositive_role(appositive)
    return Speaker(name, found[0] if found else None, "witness")


# One capitalised word, hyphenated at most: "Tasnim", "Ham-Mihan", "Al-Monitor", "Baghdad".
_LONE_NAME = re.compile(r"(?:(?:Al|El)-)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_LONE_SUBJECT = re.compile(
    rf"(?P<name>{_LONE_NAME.pattern})\s+(?:[a-z]+ed|took|went|gave|made|struck|set|put|held|ran|sent|led|spoke)\b[^,;]*$"
)
_NOT_LONE_NAMES = frozenset(
    (
        *_NOT_FIRST_NAMES, *DETERMINERS, *_LEADING_PREPOSITIONS, *_CALENDAR_WORDS,
        *("We", "You", "There", "Here", "Both", "Nobody", "Everyone", "Others", "Police", "Sources"),
        *("Analysts", "Experts", "Critics", "Later", "Earlier", "Then", "Meanwhile", "Separately", "Also"),
        *("But", "And", "Yet", "So", "No", "Yes", "Asked", "Music", "Note", "Update", "Correction", "Photo"),
        # a title cut off at its stop: "said Rev. Alton Peek" read up to "Rev"
        *("Rev", "Gen", "Col", "Maj", "Sgt", "Capt", "Lt", "Adm", "Brig", "Sen", "Rep", "Gov", "Dr", "Mr", "Mrs"),
        *("Ms", "Prof", "Fr", "Spc", "Pfc", "Cpl", "Pvt", "Cmdr", "St"),
        # a fact-check's labels: "Claim: '...'", "Verdict: ..."
        *("Claim", "Verdict", "Rating", "Context", "Caption", "Headline", "Summary", "Source"),
        # the wires relay what others say: "..., Reuters reported, describing it as '...'"
        *("Reuters", "Bloomberg", "Agence"),
    )
)  # fmt: skip


def _lone_name(phrase: str, book: SpeakerBook) -> Speaker | None:
    """ "Tasnim called the strike a '...'", "Kayhan wrote", "Baghdad condemned it as '...'": one
    name that no introduction or list knows still names who spoke: an outlet, a capital, a person
    by one name. Someone the book holds under a longer name is that one ("Sun" is Sun Dexin,
    "Hezbollah" Kataib Hezbollah), but not by the place a body's name holds ("Iraq" is not the
    Islamic Resistance in Iraq)."""
    name = phrase.strip().strip(",").strip()
    if (acted := _LONE_SUBJECT.match(name)) is not None:
        name = acted["name"]  # "Ham-Mihan took a cooler line, warning that": the clause's subject
    if not _LONE_NAME.fullmatch(name) or name in _NOT_LONE_NAMES:
        return None
    for _, known in reversed(book.people):
        words = known.name.split()
        if name not in words:
            continue
        at = words.index(name)
        if known.kind not in BODY_KINDS or at == 0 or words[at - 1] not in ("in", "of", "for"):
            return known
    return Speaker(name, None, "other")


# "@CENTCOM posted", "Analyst @carla_ortegaOSINT put it in a thread": an account speaks by its handle.
_HANDLE = re.compile(HANDLE)


def _handle(phrase: str) -> Speaker | None:
    """The account a phrase names by its handle, if it names one: a body's account is the body's."""
    if (m := _HANDLE.search(phrase)) is None:
        return None
    handle = m.group(0)
    body = canonical_body(handle[1:])
    return Speaker(handle, None, "government body" if body is not None else "other")


# An office of the UN or a mission to it, as its documents name the one who holds it: "the
# Spokesperson", "the Assistant Secretary-General for the Middle East, Asia and the Pacific", "the
# representative of Iraq" (a lower-case office only with what it represents after it).
_INSTITUTIONAL_ROLE = re.compile(
    r"[Tt]he (?:(?:(?:Deputy|Assistant|Under|Special|Permanent|High|Acting|Chief)[ -])*"
    r"(?:Spokes(?:person|man|woman)|Secretary-General|Representative|Envoy|Coordinator|Commissioner|Rapporteur)"
    r"(?: (?:of|for|to) (?:the )?[A-Z][\w'’-]*(?:,? (?:and |of |for |the )*[A-Z][\w'’-]*)*)?|"
    r"(?:representative|ambassador|envoy) (?:of|for|to) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
)


# "one of the officials", "one of those officials", "one of them": one of a group of sources met before.
_ONE_OF = re.compile(r"[Oo]ne of (?:the|those|these|them)(?: (?P<head>[a-z]+s))?")
_COUNTED = re.compile(r"(?:two|three|four|several|a few|a number of|both|\d+) (?P<rest>.*\S)s$")


def _one_of(phrase: str, book: SpeakerBook, position: int) -> Speaker | None:
    """One of the sources a report introduced together, as one: "According to two US officials,
    ... one of the officials said" is "a US official"."""
    m = _ONE_OF.fullmatch(phrase)
    if m is None:
        return None
    for at, who in reversed(book.people):
        if 0 <= position <= at or who.kind != "anonymous official":
            continue
        counted = _COUNTED.fullmatch(who.name)
        if counted is None or (m["head"] and not who.name.endswith(m["head"])):
            continue
        rest = counted["rest"]
        first = rest.split()[0]
        # "an Iraqi official", "an FBI agent", "a US official": an initialism is read letter by letter
        vowel = first[0] in ("AEFHILMNORSX" if first.isupper() else "aeiouAEIOU")
        return book.remember(Speaker(f"{'an' if vowel else 'a'} {rest}", None, "anonymous official"), position)
    return None


def _parse_speaker(phrase: str, book: SpeakerBook, position: int, appositive: str | None = None) -> Speaker | None:
    """parse_speaker without the appositive's role (which only tells a first name from one name)."""
    phrase = phrase.strip().strip(",").strip()
    if "@" in phrase and (account := _handle(phrase)) is not None:
        return book.remember(account, position)
    # The regexes scan the whole phrase; the word they need must be at its start or end.
    if phrase.startswith(_LEADING_WORDS):
        phrase = _LEADING.sub("", phrase)
    if phrase.endswith(_TRAILING_WORDS):
        phrase = _TRAILING.sub("", phrase)
    if phrase.endswith(_CHANNEL_WORDS) and (channel := _CHANNEL.search(phrase)) is not None and channel.start() > 0:
        phrase = phrase[: channel.start()]  # "the IRI channel": the group that posts on it
        if phrase in ("Its", "its", "Their", "their"):
            phrase = "the group"  # "Its Telegram channel said": the group named before
    if phrase.startswith(("on ", "On ", "late ", "early ")):
        phrase = _LEADING_DAY.sub("", phrase)
    if phrase.startswith(("the ", "The ", "that ", "That ")) and (when := _LEADING_TIME.match(phrase)) is not None:
        phrase = phrase[when.end() :]  # "the next morning Abu Haidar posted"
    if phrase.startswith(("In ", "in ")):
        phrase = _IN_STATEMENT.sub("", phrase)  # "In Saturday's statement it said": it
    if phrase.startswith(_PLACE_OPENERS):
        phrase = _LEADING_PLACE.sub("", phrase).strip()
    if phrase.endswith("day") and (day := _TRAILING_DAY.search(phrase)) is not None:
        phrase = phrase[: day.start()]  # "The President's statement on Sunday"
    if phrase.endswith(_STATEMENT_ENDS) and (named := _NAMED_STATEMENT.match(phrase) or _OWN_STATEMENT.match(phrase)):
        phrase = named["who"]
    elif (" from " in phrase or " by " in phrase or " of " in phrase) and (named := _STATEMENT_FROM.match(phrase)):
        phrase = named["who"]  # "A statement from al-Sudani's office called the attackers ...": the office
    if "–" in phrase or "—" in phrase:
        phrase = _DATELINE.sub("", phrase)
    phrase = _PARTICIPLE_TAIL.sub("", _ADVERB_TAIL.sub("", phrase))
    # "he asked the crowd for a moment of silence and then said ...": the subject speaks.
    subject = _SUBJECT.match(phrase)
    if subject and len(phrase.split()) > 2:
        phrase = subject.group(1)
    if not phrase or len(phrase) < 2:
        return None
    if phrase[:7] in ("one of ", "One of ") and (one := _one_of(phrase, book, position)) is not None:
        return one
    if phrase[:4] in ("the ", "The ") and (office := _INSTITUTIONAL_ROLE.fullmatch(phrase)) is not None:
        # "the Special Representative of the Secretary-General for Iraq", "the Spokesperson": the
        # office as the report names it, which is how such reports name the one who holds it
        return book.remember(Speaker("the" + office.group(0)[3:], None, "anonymous official"), position)
    if "Islamic Resistance" in phrase and IRI_SHORT.search(phrase) and any(s.name == IRI for _, s in book.people):
        return book.remember(Speaker(IRI, None, "claimant"), position)  # "the Islamic Resistance's statement"
    if phrase.endswith(_LEADERS_OFFICES) and (office := _OFFICE_OF.match(phrase)) is not None:
        return _office_of(office, book, position)
    # "Sudani ordered a hunt, and his military spokesman called the attackers ...": his aide
    if (
        phrase.startswith(("his ", "her ", "His ", "Her "))
        and (aide := _AIDE_OF.match(phrase)) is not None
        and (person := book.person_before(position if position >= 0 else None)) is not None
    ):
        return book.remember(Speaker(f"{person.name}'s {aide['role']}", None, "anonymous official"), position)
    if (
        phrase.startswith(("its ", "Its "))
        and (aide := _ITS_AIDE.match(phrase)) is not None
        and (body := book.body_before(position if position >= 0 else None)) is not None
    ):
        # "The Iraqi government condemned the strikes, and its spokesman described them as ...":
        # the spokesman of the body named before
        return book.remember(
            Speaker(f"the {without_the(body.name)} {aide['role']}", None, "anonymous official"), position
        )
    if phrase.endswith(_GROUP_WORDS) and (of_group := _FOR_THE_GROUP.match(phrase)) is not None:
        group = book.resolve("the group", position if position >= 0 else None)
        if group is not None and group.kind == "claimant":
            # "a spokesman for the group": for the armed group named before, by its name
            head = of_group["head"][:1].lower() + of_group["head"][1:]
            # "a senior figure in the group", "a member of the group": in it, of it; a spokesman is for it
            joint = of_group["of"] if head.endswith(("figure", "member")) else "for"
            return book.remember(Speaker(f"{head} {joint} {group.name}", None, "claimant"), position)
    resolved = book.resolve(phrase, position if position >= 0 else None) or _titled(phrase, book, position)
    if resolved is not None:
        book.last = resolved
        # The book may hold a body as introduced ("U.S. Central Command"): quote it by its short name.
        return _known_body(resolved)
    if (office := _OFFICE_HOLDER.match(phrase)) is not None:
        # "The President's statement said", "the Secretary has said": the holder of that office
        return book.remember(Speaker(f"the {office['title']}", office["title"], "named official"), position)
    speaker = _new_speaker(phrase)
    if speaker is None and (appositive is None or _first_name(phrase, appositive) is None):
        speaker = _lone_name(phrase, book)  # "Mona, a mother of three" is left to parse_speaker
    return None if speaker is None else book.remember(speaker, position)


# "Sudani's office", "His office": a leader's office is a body of its own, named by the leader.
_OFFICE_OF = re.compile(
    r"^(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>(?:[A-Z][\w'’-]*\s+){0,5}(?:(?:al|el)-)?[A-Z][\w-]*|"
    # "The Iraqi prime minister's office": a leader by office
    r"[Tt]he\s+(?:[A-Z][\w-]*\s+)?(?:prime minister|president|foreign minister|defen[cs]e minister|speaker))['’]s)\s+"
    r"(?P<what>office|cabinet|administration|government|press office|media office)$"
)


# "his military spokesman", "her senior adviser": someone who speaks for the person named before.
_AIDE_OF = re.compile(
    r"^[Hh](?:is|er)\s+(?P<role>(?:(?:military|press|media|chief|senior|top|national security|foreign policy)\s+)?"
    r"(?:spokesm[ae]n|spokeswom[ae]n|spokesperson|advis[eo]r|aide|deputy))$"
)
_LEADERS_OFFICES = ("office", "cabinet", "administration", "government")
_ITS_AIDE = re.compile(
    r"^[Ii]ts\s+(?P<role>(?:(?:military|press|media|official)\s+)?(?:spokesm[ae]n|spokeswom[ae]n|spokesperson))$"
)


def _office_of(m: re.Match[str], book: SpeakerBook, position: int) -> Speaker | None:
    """The body "X's office" names; "his office" is the office of the person named last."""
    if m["owner"] is not None:
        owner = m["owner"]
        if owner[:4] in ("The ", "the "):
            return book.remember(Speaker(f"the {owner[4:]}'s {m['what']}", None, "government body"), position)
        if (group := find_group(owner)) is not None:  # "Kataib Hezbollah's media office": the group
            return book.remember(Speaker(group, None, "claimant"), position)
    elif (person := book.person_before(position if position >= 0 else None)) is not None:
        owner = person.name
    else:
        return None
    return book.remember(Speaker(f"{owner}'s {m['what']}", None, "government body"), position)


_GROUP_WORDS = ("group", "militia", "faction", "movement", "alliance")
_FOR_THE_GROUP = re.compile(
    r"^(?P<head>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|commander|official|leader|"
    r"figure|member))"
    rf"\s+(?P<of>for|of|in)\s+the\s+(?:{'|'.join(_GROUP_WORDS)})$"
)
_OFFICE_HOLDER = re.compile(r"^[Tt]he (?P<title>President|Vice President|Secretary|Prime Minister|Defense Secretary)$")


def titled_in(text: str, book: SpeakerBook, position: int) -> Speaker | None:
    """The last person ``text`` names by a title and a surname ("Secretary Austin went a step
    further."), for a "he" or "she" that quotes them next."""
    found = None
    for m in _TITLED_RUN.finditer(text):
        found = _titled(m.group(0), book, position) or found
    return None if found is None else book.remember(found, position)


_TITLED_RUN = re.compile(r"\b[A-Z][a-z]+\.? (?:al-)?[A-Z][\w'’-]+\b")
# "Secretary Austin", "Gen. Ryder", "Sen. Reed": a title and a surname.
_TITLED = re.compile(r"^(?P<title>[A-Z][a-z]+\.?)\s+(?P<surname>(?:al-)?[A-Z][\w'’-]+)$")


def _titled(phrase: str, book: SpeakerBook, position: int) -> Speaker | None:
    """A title and a surname: the person of that surname the book knows, else the phrase itself,
    a named official ("Secretary Austin said on Sunday ...")."""
    m = _TITLED.match(phrase)
    if m is None or m["title"].rstrip(".").lower() not in PERSONAL_TITLES or ADDRESS.fullmatch(phrase):
        return None
    known = book.resolve(m["surname"], position if position >= 0 else None)
    title = m["title"].rstrip(".").lower()
    if known is not None or title in _NOT_ALONE:
        return known  # "General Dynamics", "Major Holdings": such a word alone is no title
    courtesy = title in ("mr", "ms", "mrs", "dr")
    return Speaker(phrase, None if courtesy else m["title"], "other" if courtesy else "named official")


# Titles that are also ordinary words before a capital ("General Dynamics"): a person only if
# the report introduced someone of that surname.
_NOT_ALONE = frozenset(("general", "major", "private", "chief", "captain", "colonel", "admiral"))


# "an official source at the Ministry of ...": a second head noun may come before the preposition.
_PREPOSITION_AFTER_HEAD = re.compile(rf"(?:\s+{HEAD}\b)?\s+(?:of|from|in|at|with|for|to|close to|near|inside)\s+\S")
# An anonymous source and all the rest of the phrase, once a preposition follows its head.
_ANON_WHOLE = re.compile(
    rf"(?P<phrase>(?:(?P<det>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother|[Ss]everal|[Tt]he|[Ss]ome|[Tt]his)\s+)?"
    rf"(?:{MODIFIER}\s+){{0,4}}?(?P<head>{HEAD})\b.*)"
)


def _anonymous(phrase: str) -> re.Match[str] | None:
    """ANON at the start of a speaker phrase, taking all the phrase once a preposition follows the head.

    The phrase ends at its speech verb, so a prepositional phrase after the head describes the
    source whatever its words ("a resident of the nearby town of al-Baghdadi", "one senior
    figure in an Iraqi faction"); in running text ANON stops at the words it knows.
    """
    anon = ANON.match(phrase)
    if anon and len(anon.group(0)) < len(phrase) - 2 and _PREPOSITION_AFTER_HEAD.match(phrase, anon.end("head")):
        return _ANON_WHOLE.match(phrase)
    return anon


# "the Secretary", "the Prime Minister": an office written as a title names its holder too.
_OFFICE_WORDS = (*OFFICE_NOUNS, *(noun.capitalize() for noun in OFFICE_NOUNS))
_OFFICE = re.compile(
    rf"^(?P<det>[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s)\s+(?:[\w.․'’-]+\s+){{0,3}}(?:{'|'.join(_OFFICE_WORDS)})(?:\s+(?:of|for|to)\s+\S.*)?$"
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


# "An Israeli official who spoke ...", "An Iraqi government adviser I spoke to yesterday"
_WHO_TAIL = re.compile(r",?\s+(?:who\s|(?:I|we)\s+(?:spoke|talked|interviewed|reached|met|contacted)\b)")


def _read_speaker(phrase: str) -> Speaker | None:
    """Whom a phrase that refers back to no one names: a group, an official, a body or a person."""
    if ("'s " in phrase or "’s " in phrase) and (owned := _OUTLETS_OWN.match(phrase)) is not None:
        if owned["medium"]:  # "Al-Quds Al-Arabi's editorial called ...": the paper, a group or a body
            return _read_speaker(owned["owner"]) or Speaker(owned["owner"], None, "other")
        return Speaker(phrase, None, "other")  # "Al Mayadeen's own correspondent": as the text names them
    if (government := _GOVERNMENT_OF.match(phrase)) is not None:
        return Speaker(government["name"], None, "government body")  # "The Government of Iraq condemned it"
    if (office := _BODYS_OFFICE.match(phrase)) is not None:
        return Speaker(office["name"], None, "government body")  # "the SDF general command": that office
    group = find_group(phrase)
    anon = _anonymous(phrase)
    if group:
        # "a Nujaba spokesman", "a spokesman for Kataib Hezbollah": someone who speaks for the
        # group, quoted as the text names them.
        if anon and anon["det"] and len(anon.group(0)) >= len(phrase) - 2:
            det = anon["det"]
            return Speaker(det.lower() + anon["phrase"][len(det) :], None, "claimant")
        # "Nujaba spokesman Hussein al-Moussawi": the person who speaks for the group, by name.
        person = read_person(phrase)
        if (
            person is not None
            and person.kind in PERSON_KINDS
            and person.name.split(None, 1)[0] not in DETERMINERS
            and find_group(person.name) is None
        ):
            return Speaker(person.name, person.role, "claimant")
        return Speaker(group, None, "claimant")
    if anon is None and phrase[:1].isupper() and HEAD_WORD.match(low := phrase[:1].lower() + phrase[1:]):
        # "Officials initially said": a head noun that opens the sentence is no name.
        lowered = _anonymous(low)
        if lowered is not None and len(lowered.group(0)) >= len(low) - 2:
            anon, phrase = lowered, low
    # "An Israeli official who spoke on condition of anonymity": the official, whatever the clause says
    if anon and (len(anon.group(0)) >= len(phrase) - 2 or _WHO_TAIL.match(phrase, anon.end())):
        kind = "witness" if anon["head"].lower().startswith(WITNESS_HEADS) else "anonymous official"
        text = anon["phrase"]
        if anon["det"] in ("A", "An", "One", "Another", "This"):
            text = anon["det"].lower() + text[len(anon["det"]) :]
        return Speaker(text, None, kind)
    org = ORG.match(phrase)
    if phrase.startswith(("The ", "the ")):  # "The Syrian Observatory for Human Rights said", "The SDF said"
        org = ORG.match("the " + phrase[4:]) or ORG.match(phrase, 4)
    if org and org.end() >= len(phrase) - 1:
        name = org.group("org")
        name = name[4:] if name.lower().startswith("the ") and not name.lower().endswith("office") else name
        if BACKREF_ORG.match(name):
            return None
        return Speaker(name, None, "government body")
    person = read_person(phrase)
    if person is not None:
        return person
    if office := _OFFICE.match(phrase):  # "the U.S. defense secretary": the office names its holder
        det = office["det"]
        if det.endswith(("'s", "’s")):  # "Iran's foreign minister": one person, named by office
            return Speaker(phrase, None, "named official")
        det = det.lower()
        kind = "named official" if det == "the" else "anonymous official"
        return Speaker(det + phrase[len(det) :], None, kind)
    if _GROUPS.match(phrase):
        return Speaker(phrase, None, "claimant")
    if _DEFINED_PARTY.match(phrase):
        return Speaker(phrase, None, "other")  # a filing's defined term: "the TARGET SUBJECT replied"
    if anon:
        return Speaker(anon["phrase"], None, "anonymous official")
    if org:
        return Speaker(org.group("org"), None, "government body")
    return None
