"""Which bases a sentence names as targets, and which day goes with each.

A sentence may name a base only to say where another stands, or where the US struck; it may
tell several attacks, each with its own day in its own clause. These functions answer that
for one sentence at a time; :class:`~store.extract.incidents.IncidentReader` decides what the
answers mean for the report as a whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from store.extract.bases import GENERIC_BASE, BaseMention
from store.extract.dates import DateMention
from store.extract.event_dates import FEW_DAYS
from store.extract.incident_cues import (
    ATTACK,
    EDITORS_NOTE,
    EDITORS_NOTE_WORDS,
    EVENT,
    GENERIC_AT,
    PLACE_BEFORE,
    PLACE_QUALIFIER,
    US_ACTION,
)
from store.extract.scan import lowered
from store.extract.text import Sentence


def generic_base(text: str) -> re.Match[str] | None:
    """``GENERIC_BASE.search(text)``, found folded in the lowered text and then matched again
    in the text itself, as the place's wording is kept with its case."""
    m = GENERIC_AT.search(text, lowered(text))
    return m if m is None or m.string is text else GENERIC_BASE.match(text, m.start())


# "at Hemo base", "on Qasrak outpost": a place named as a base, which the gazetteer would have
# matched if it listed it. Words that describe a base rather than name it do not open one.
_UNLISTED = re.compile(
    r"\b(?:at|on|against|targeting|targeted|struck|hit|attacked|shelled|near|toward|towards)\s+(?:the\s+)?"
    r"(?P<name>(?!(?:US|U\.S\.|American|Coalition|Iraqi|Syrian|Jordanian|Kurdish|Iranian|Israeli|Turkish|Russian|"
    r"Army|Air|Military|Joint|Main|Forward|Patrol|Occupation|Enemy|Their|Its|The|This|That|An?)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:base|air base|airbase|outpost|garrison|airfield))\b"
)


# "the Kalsu base": a base by a name, whatever is told of it
_THE_NAMED_BASE = re.compile(
    r"\bthe\s+(?!(?:US|U\.S\.|American|Coalition|Iraqi|Syrian|Jordanian|Kurdish|Main|Forward|Same|Military|Air)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:base|air base|airbase)\b"
)


def names_a_base(text: str) -> bool:
    """Whether the text names a base ("the Kalsu base"), listed or not."""
    return "base" in text and _THE_NAMED_BASE.search(text) is not None


def unlisted_base(text: str) -> re.Match[str] | None:
    """A base named in the text by a name the gazetteer lacks ("at Hemo base"); its group "name"."""
    if "base" not in text and "outpost" not in text and "garrison" not in text and "airfield" not in text:
        return None
    for capital in _CAPITAL_BEFORE_BASE.finditer(text):  # "Hemo base": a capitalised word right before
        if (m := _UNLISTED.search(text, max(0, capital.start() - 40), capital.end())) is not None:
            return _NAME_ONLY.match(text, m.start("name"), m.end("name"))
    return None


# "The Erbil attack, on Feb. 15, 2021, killed a contractor": an attack named by its town.
_TOWN_ATTACK = re.compile(
    r"\b[Tt]he (?P<town>[A-Z][\w'’-]+) (?:(?:rocket|drone|missile|mortar) )?(?:attack|strike|barrage|bombardment)\b"
)


def town_attack(text: str) -> re.Match[str] | None:
    """ "the Erbil attack": an attack named by a town, whose group "town" names it."""
    return _TOWN_ATTACK.search(text) if "he " in text else None


_NAME_ONLY = re.compile(r".+", re.S)
_CAPITAL_BEFORE_BASE = re.compile(r"[A-Z][\w'’-]+\s+(?:base|air base|airbase|outpost|garrison|airfield)\b")


def before_us_action(mentions: list[BaseMention], sentence: Sentence, us_action: re.Match[str]) -> list[BaseMention]:
    """Bases named before a US action the sentence goes on to tell, and after it only in a clause
    of their own or in the attack the action answered ("in response to the January 28 drone
    strike ... at Tower 22"): "in retaliation for the U.S. drone strike near Baghdad airport"
    names where the US struck."""
    at = sentence.start + us_action.start()
    return [
        m
        for m in mentions
        if m.start < at
        or _CLAUSE_BREAK.search(sentence.text, at - sentence.start, m.start - sentence.start)
        # "US bombers hit 85 targets in response to the January 28 drone strike ... at Tower 22"
        or RESPONDING_TO.search(sentence.text, at - sentence.start, m.start - sentence.start)
    ]


# "in response to the January 28 drone strike", "in retaliation for Sunday's attack": an attack
# named by its day, which the US action answered
RESPONDING_TO = re.compile(
    r"\b(?:in (?:response|retaliation|reprisal) (?:to|for)|to avenge) (?:the )?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s) (?:[\w-]+ ){0,2}(?:attack|strike)s?\b"
)


# "five days after a US drone strike near Baghdad airport killed Soleimani, Iran fired ...": a US
# action told as the time of the attack, not as what the sentence is about.
# "the first deadly attack since Washington launched retaliatory strikes": its subject may stand between.
_TIME_OF = re.compile(
    r"\b(?:after|following|since|before|days after|weeks after)\s+(?:an?\s+|the\s+)?(?:[A-Z][\w.-]*\s+){0,2}$", re.I
)


def dates_by(sentence: Sentence, us_action: re.Match[str]) -> bool:
    """Whether the sentence names the US action only to say when something else happened."""
    return _TIME_OF.search(sentence.text, max(0, us_action.start() - 40), us_action.start()) is not None


# "Weeks before Taji, on 27 December 2019, rockets struck the K-1 air base", "the first deaths
# since Tower 22": a base standing for the attack on it, as a time, not where this one fell; not
# "drones went after Ain al-Assad", nor "eight days before Tower 22", counted from it.
_EVENT_AS_TIME = re.compile(
    r"(?:^|[,;(]\s*|\b(?P<unit>weeks|months|years|days|hours)\s+|\b(?:shortly|soon|just|long|ever)\s+)"
    r"(?:before|after|until)\s+$|\bsince\s+$",
    re.I,
)
# "no immediate comment from the coalition or from the American embassy": a body that speaks
COMMENT_FROM = re.compile(
    r"\b(?:comment|word|response|reaction|statement)s? from (?:the )?(?:[\w-]+ ){0,6}?(?:or from (?:the )?)?$", re.I
)
_COUNT_BEFORE = re.compile(rf"\b(?:{FEW_DAYS}|\d+|a few|several)\s+$", re.I)


def _event_as_time(text: str, at: int) -> bool:
    """Whether the base named at ``at`` stands for its attack as a time (``_EVENT_AS_TIME``)."""
    if (m := _EVENT_AS_TIME.search(text, max(0, at - 24), at)) is None:
        return False
    return not (m["unit"] and _COUNT_BEFORE.search(text, max(0, m.start("unit") - 12), m.start("unit")))


def as_bases(mentions: list[BaseMention], sentence: Sentence) -> list[BaseMention]:
    """The mentions that name a base, not the area around one ("in the Rmelan countryside") nor
    where another base stands ("the Victoria base near Baghdad airport")."""
    if not mentions:
        return mentions
    text, start = sentence.text, sentence.start
    out = [
        m
        for m in mentions
        if not PLACE_QUALIFIER.match(text, m.end - start)
        and not _event_as_time(text, m.start - start)
        and not COMMENT_FROM.search(text, max(0, m.start - start - 60), m.start - start)
        and not _WHERE_KILLED.search(text, max(0, m.start - start - 90), m.start - start)
        and (
            not PLACE_BEFORE.search(text, max(0, m.start - start - 40), m.start - start)
            or _BASE_BY_TOWN.search(text, max(0, m.start - start - 50), m.start - start)
            or _A_BASE_WORD.match(text, m.end - start)  # "hit the area of the Kharab al-Jir airstrip": by the base
        )
    ]
    if len(out) > 1:
        out = [
            m
            for i, m in enumerate(out)
            if i == 0
            or not (
                _BESIDE.fullmatch(text, out[i - 1].end - start, m.start - start)
                or _DESCRIBED.fullmatch(text, out[i - 1].end - start, m.start - start)
            )
        ]
    return out


# "in revenge for the killing of General Qasem Soleimani near Baghdad airport": where someone was
# killed, another story's place, not the base attacked.
_WHERE_KILLED = re.compile(r"\b(?:killing|assassination) of [^,.;]{0,60}?\s(?:near|outside|at)\s+(?:the\s+)?$", re.I)
_A_BASE_WORD = re.compile(r"\s+(?:base|air base|airbase|airstrip|airfield|airport|garrison|outpost)\b", re.I)


# "the U.S. base near the town of Rmeilan": a base named by the town it stands by, which is also
# the base's own name, and no other base stands between.
_BASE_BY_TOWN = re.compile(
    r"\b(?:base|garrison|outpost)\s+(?:near|in|at|outside)\s+the\s+(?:town|city|village)\s+of\s+$"
)
# What stands between a base and a second one that only says where the first is.
_BESIDE = re.compile(
    r",?\s+(?:(?:an?|the)\s+(?:[\w.-]+\s+){0,3}(?:complex|facility|compound|site|base|airfield)\s+)?"
    r"(?:near|next to|close to|beside|adjacent to|outside|inside|at|on the outskirts of)\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?"
    r"(?:[Aa][lnrt][- ]|[Ee]l-)?"  # the Arabic article the mention leaves out ("al-Tanf" is "Tanf")
)
# "Tower 22, a logistics post in Jordan that supports the US garrison at At-Tanf": a clause that
# says what the first base does names the second only to describe the first.
_DESCRIBED = re.compile(
    r",\s+(?:(?:an?|the|its)\s+[^,;.]{0,80}?\s+)?(?:that|which)\s+(?:also\s+)?"
    r"(?:supports|serves|supplies|hosts|houses|overlooks|guards|protects|feeds|backs up)\s+[^,;.]{0,60}?"
)
_CLAUSE_BREAK = re.compile(r"[,;:]")
# Where one clause of a sentence ends and the next, with an attack of its own, begins.
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|while|but|whereas)|;)\s+")


_SEMICOLON = re.compile(r";\s*")
_COMMA = re.compile(r",\s*")
_AND = re.compile(r"\s+and\s+")


def own_parts(sentence: Sentence, pairs: list[tuple[BaseMention, DateMention | None]]) -> list[Sentence]:
    """For each base mention and its day (in order), the part of ``sentence`` that tells of it: the sentence
    cut between two bases at the last semicolon, else the last ", and"-like join, else the last
    comma. "Two drones aimed at Ain al-Assad were shot down, though debris caused minor injuries;
    a third drone, sent toward al-Harir, was destroyed and injured no one" gives each base its own
    injuries. Bases with no break between ("Ain al-Asad and Harir") share their part, unless
    they were hit on different days: "a drone attack on al-Harir on Nov. 9 and a rocket fired at
    Mission Support Site Euphrates on Nov. 29" is cut at the last "and"."""
    text, at = sentence.text, sentence.start
    cuts = [0]
    for (before, day), (after, next_day) in pairwise(pairs):
        lo, hi = before.end - at, after.start - at
        apart = day is not None and next_day is not None and day.day != next_day.day
        for pattern in (_SEMICOLON, _CLAUSE_JOIN, _COMMA, *((_AND,) if apart else ())):
            found = [m.end() for m in pattern.finditer(text, lo, hi)]
            if found:
                cuts.append(found[-1])
                break
        else:
            cuts.append(cuts[-1])
    cuts.append(len(text))
    parts = []
    for i in range(len(pairs)):
        start = cuts[i]
        end = next((c for c in cuts[i + 1 :] if c > start), len(text))
        parts.append(Sentence(at + start, at + end, text[start:end], sentence.paragraph))
    return parts


def clause_of(sentence: Sentence, mention: BaseMention) -> Sentence:
    """The clause of ``sentence`` that names ``mention``: "on March 13, 2022, missiles landed
    near the consulate" out of a sentence that also tells an attack of 2021."""
    text, at = sentence.text, mention.start - sentence.start
    start, end = 0, len(text)
    for m in _CLAUSE_JOIN.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at + len(mention.text):
            end = m.start()
            break
    return Sentence(sentence.start + start, sentence.start + end, text[start:end], sentence.paragraph)


def pair_bases_and_days(
    bases: list[BaseMention], dates: list[DateMention], sentence: Sentence
) -> list[tuple[BaseMention, DateMention | None]]:
    """Each base with its date when a sentence names several of each: the date right after it
    in the same clause ("Harir on Monday and Tanf on Tuesday"), else the last date before it
    with no other base between ("On February 15, 2021, rockets hit Erbil airport, and on
    March 13, 2022, missiles landed near the consulate"), else the nearest."""
    if not dates:
        return [(b, None) for b in bases]
    if len(dates) == 1:
        return [(b, None if _came_after(b, dates[0]) else dates[0]) for b in bases]
    if len(bases) == 1:
        if _one_after_another(dates, sentence):
            # "drones struck the Al-Harir base on November 9 and again on November 11"
            return [(bases[0], d) for d in dates]
        if _each_in_a_clause(dates, sentence):
            # "It was targeted by drones on Oct. 17, and on Nov. 20 a missile hit the base": each
            # day with its own clause, which the mention placed at the day stands for.
            b = bases[0]
            return [(BaseMention(b.base, d.start, d.start + len(b.text), b.text), d) for d in dates]
        if (named := _date_naming_the_attack_on(bases[0], dates, sentence)) is not None:
            # "Wednesday's rocket ... was a far cry from the Nov. 20 close-range ballistic missile
            # strike on Ain al-Asad": the day that names the attack on the base
            return [(bases[0], named)]
        if (counted := next((d for d in dates if _COUNTED_DAY.search(d.text)), None)) is not None:
            # "Flights at Erbil airport ran on schedule on Wednesday, two days after a drone attack
            # on the coalition base": the day counted to the attack is its day
            return [(bases[0], counted)]
        if (when := _date_of_when_clause(bases[0], dates, sentence)) is not None:
            # "The Christmas Day strike was the most serious since Nov. 20, when a missile hit Ain
            # al-Asad": the day whose "when" clause tells the attack on the base
            return [(bases[0], when)]
        # "the strikes on Friday were a response to the attack on Tower 22 on January 28"
        return [(bases[0], _date_right_after(bases[0], dates, sentence) or _date_of_the_blow(dates, sentence))]
    return [(b, _date_of(b, bases, dates, sentence)) for b in bases]


_DAY_OF_ATTACK_ON = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,4}(?:attack|strike|barrage|assault|bombardment)s?\s+(?:on|at|against|targeting)\s+"
    r"(?:the\s+)?",
    re.I,
)


def _date_naming_the_attack_on(base: BaseMention, dates: list[DateMention], sentence: Sentence) -> DateMention | None:
    """The date that opens the phrase naming the attack on ``base``: "the Nov. 20 strike on Ain al-Asad"."""
    at = sentence.start
    return next((d for d in dates if _DAY_OF_ATTACK_ON.fullmatch(sentence.text, d.end - at, base.start - at)), None)


# "on November 9 and again on November 11", "on Jan. 20 and 22": not ", and on Jan. 22 the
# Pentagon said", which goes on to tell something else.
_AND_AGAIN = re.compile(r",?\s+and\s+again\s+(?:on\s+)?|\s+(?:and|or)\s+(?:on\s+)?")


def _one_after_another(dates: list[DateMention], sentence: Sentence) -> bool:
    """Whether the days are listed one after another ("on November 9 and again on November 11")."""
    text, at = sentence.text, sentence.start
    return all(
        d.precision == "day" and _AND_AGAIN.fullmatch(text, a.end - at, d.start - at) is not None
        for a, d in pairwise(dates)
    )


def _each_in_a_clause(dates: list[DateMention], sentence: Sentence) -> bool:
    """Whether every day stands in a clause of its own that tells an attack."""
    text, at = sentence.text, sentence.start
    cuts = [m.start() for m in _CLAUSE_JOIN.finditer(text)]
    if not cuts or any(d.precision != "day" for d in dates):
        return False
    bounds = [0, *cuts, len(text)]
    clause_of = [next(i for i in range(len(bounds) - 1) if d.start - at < bounds[i + 1]) for d in dates]
    if len(set(clause_of)) != len(dates):
        return False
    clauses = [text[bounds[i] : bounds[i + 1]] for i in clause_of]
    # "..., and on Jan. 22 U.S. forces struck back" or "the Pentagon said": no second attack
    return all(EVENT.search(c) and not US_ACTION.search(c) and not _TELLING.search(c) for c in clauses)


_TELLING = re.compile(r"\b(?:said|says|told|reported|announced|confirmed)\b")
_COUNTED_DAY = re.compile(r"\bdays?\s+(?:after|before|earlier)\b")


def _came_after(base: BaseMention, d: DateMention) -> bool:
    """Whether ``d`` is the day counted back from the attack on ``base`` named before it: "The
    attack on Tanf came a day after drones were fired at two bases in Iraq" is not Tanf's day."""
    return base.end <= d.start and d.text[:4].lower() in ("came", "happ", "occu", "took")


_WHEN_CLAUSE = re.compile(r",?\s+when\s+[^.;,]*")


def _date_of_when_clause(base: BaseMention, dates: list[DateMention], sentence: Sentence) -> DateMention | None:
    """The day followed by a "when" clause that runs, with no comma, up to ``base``."""
    if " when " not in sentence.text:
        return None
    at = sentence.start
    return next((d for d in dates if _WHEN_CLAUSE.fullmatch(sentence.text, d.end - at, base.start - at)), None)


def _date_of_the_blow(dates: list[DateMention], sentence: Sentence) -> DateMention:
    """The first date told right after an attack verb ("received medals on Thursday at Erbil Air
    Base, which a drone struck before dawn on Dec. 25"), else the first date."""
    text, at = sentence.text, sentence.start
    for d in dates:
        if _STRUCK_JUST_BEFORE.search(text, max(0, d.start - at - 40), d.start - at):
            return d
    return dates[0]


_STRUCK_JUST_BEFORE = re.compile(
    r"\b(?:struck|hit|slammed|targeted|attacked|exploded|landed|impacted|launched|fired)\b[^,;]*$"
)


def _listed_with(base: BaseMention, others: Sequence[BaseMention], sentence: Sentence) -> bool:
    """Whether the bases after ``base`` and before its day are listed with it ("Kharab al-Jir and
    the Rmelan landing zone on Dec. 31"), not told of apart ("the Jan. 20 attack on Ain al-Asad was
    followed by a drone strike on Harir air base on Jan. 22")."""
    end = base.end
    for o in others:
        if not _LIST_JOIN.fullmatch(sentence.text, end - sentence.start, o.start - sentence.start):
            return False
        end = o.end
    return True


_LIST_JOIN = re.compile(r"\s*,?\s*(?:and|or)?\s+(?:the\s+)?")
_TELLING_DAY = frozenset(("today", "tonight", "this morning", "this evening", "earlier today"))


def _date_right_after(
    base: BaseMention, dates: list[DateMention], sentence: Sentence, bases: Sequence[BaseMention] = ()
) -> DateMention | None:
    """The date right after a base in the same clause ("Tower 22 in Jordan on January 28"), or a
    little further with no comma between ("the Harir base in the north of the country at the dawn
    of Wednesday")."""
    for d in dates:
        between = sentence.text[base.end - sentence.start : d.start - sentence.start]
        gap = d.start - base.end
        if between.startswith(",") and (aside := _ASIDE.match(between)) is not None:
            # "the Harir air base, north-east of the city, was struck by a drone on November 9"
            between, gap = between[aside.end() :], gap - aside.end()
        further = (
            "," not in between
            and d.text.lower() not in _TELLING_DAY  # "... of Hasakah today": told then
            and _listed_with(base, [o for o in bases if base.end <= o.start < d.start], sentence)
        )
        if 0 <= gap <= 60 and (gap <= 25 or further) and not _CLAUSE_BREAK.search(between):
            return d
    return None


# An aside right after a base, between commas: where it stands, what it is.
_ASIDE = re.compile(r",\s+(?!and\b|but\b|while\b|then\b)[^,;.]{1,40},\s*")


def _date_of(base: BaseMention, bases: list[BaseMention], dates: list[DateMention], sentence: Sentence) -> DateMention:
    if (after := _date_right_after(base, dates, sentence, bases)) is not None:
        return after
    before = [d for d in dates if d.end <= base.start and not any(d.end <= o.start < base.start for o in bases)]
    if before:
        return max(before, key=lambda d: d.start)  # the last told (a day counted back comes first in the list)
    return min(dates, key=lambda d: abs(d.start - base.start) + (0 if d.start > base.start else 5))


def note_paragraphs(sentences: list[Sentence], body: str) -> frozenset[int]:
    """The paragraphs that are editor's notes (see ``EDITORS_NOTE``)."""
    if not sentences or not any(map(body.__contains__, EDITORS_NOTE_WORDS)):
        return frozenset()
    starts = [s.start for s in sentences]
    found = set()
    for m in EDITORS_NOTE.finditer(body):
        if (i := bisect_right(starts, m.start()) - 1) >= 0:
            found.add(sentences[i].paragraph)
    return frozenset(found)


# "... K-1 near Kirkuk, and Camp Taji north of Baghdad, where two service members were killed"
_WHERE = re.compile(r",\s+where\s")


def only_where(mentions: list[BaseMention], sentence: Sentence) -> list[BaseMention]:
    """Of several bases listed, the last alone when only a clause after it ("where ...") tells
    of an attack; else all of them."""
    if len(mentions) < 2:
        return mentions
    text, last = sentence.text, mentions[-1]
    where = _WHERE.search(text, last.end - sentence.start)
    if where is None or where.start() - (last.end - sentence.start) > 40:
        return mentions
    head = text[: where.start()]
    return mentions if EVENT.search(head) or ATTACK.search(head) else mentions[-1:]
