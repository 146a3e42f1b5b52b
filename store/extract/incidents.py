"""Incidents from sentences: which sentences report an attack, on which base and day.

The article is read in order, keeping a "current incident" the way a reader does: a
sentence with an attack, a place and a day opens (or returns to) an incident; a sentence
that only adds a figure ("a drone was shot down") or refers back ("that attack") belongs
to the current one. Threats, US strikes and tallies open nothing.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace
from datetime import date, timedelta

from store.extract import fields as F
from store.extract.bases import BaseMatcher, BaseMention
from store.extract.casualties import find_casualties
from store.extract.claims import Claimants, claim_of_this_attack, find_claim, find_claim_match, find_groups
from store.extract.dates import WEEKDAYS, DateMention, is_relative
from store.extract.event_dates import (
    FEW_DAYS,
    day_after,
    may_name_an_attack,
    might_count_days,
    names_the_attack,
    read_dates,
    since_when,
)
from store.extract.incident_cues import (
    ALL_OF,
    ANAPHOR,
    ANSWERED,
    ATTACK,
    BACKGROUND,
    COUNTED_ATTACKS_ON,
    COUNTRY_HINT,
    DENIED,
    DISPUTED_PLACE,
    EVENT,
    HEADING_END,
    HEADING_MAX,
    HEADING_PLACE,
    HEADING_PLACE_AFTER,
    IT_HIT,
    NEGATED,
    NO_DATE,
    OUT_OF_SCOPE,
    PLURAL_CLAIM,
    SAME_DAY,
    TALLY,
    THREAT,
    US_ACTION,
)
from store.extract.incident_draft import Draft, SentenceOf, has_fields
from store.extract.sentence_bases import (
    COMMENT_FROM,
    as_bases,
    before_us_action,
    clause_of,
    dates_by,
    generic_base,
    names_a_base,
    note_paragraphs,
    only_where,
    own_parts,
    pair_bases_and_days,
    town_attack,
    unlisted_base,
)
from store.extract.text import ARABIC_ARTICLE, Sentence, number_value
from store.models import IncidentMention, Span

_DIGIT = re.compile(r"\d")  # every heading's day has one, or a holiday's name
_HOLIDAY_WORD = re.compile(r"Christmas|New Year")
# A base that others hold, as the text says after naming it: not one hosting US or coalition troops.
_THEIRS = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:used|run|held|operated|controlled|manned)\s+by\s+(?:Iraq['’]s\s+|the\s+Iraqi\s+|Iraqi\s+)?"
    r"(?:Hashe?d|Popular Mobili[sz]ation|PMF|militias?|Kataib|army|police|Syrian (?:army|government|regime))",
    re.I,
)
_EITHER_OF = re.compile(
    r"\b(?:(?:either|both|neither|each) of (?:those|these|the) (?:two )?(?:attacks|strikes)|both attacks)\b", re.I
)
_YEAR_HEADING = re.compile(r"\s*((?:19|20)\d\d)\s*:?\s*")
# "rejected claims that drones had hit Ain al-Assad again on Thursday" tells of no attack, but
# "dismissed the claim as propaganda" may dispute only what the claim says the attack did.
_ONLY_DISPUTED = re.compile(r"(?:rejected|dismissed|denied) (?:\w+ ){0,2}claims?\b", re.I)
_FAR_DAYS = 7  # an attack further than this from the one in focus is another one
# "rockets were fired at it", "its dining facility", "struck there": the base in focus, by reference
_BACK_TO_FOCUS = re.compile(r"\b(?:it|its|there)\b", re.I)
_THAT_DAY_REACH = 8  # how far back "that Sunday" looks for the Sunday it means
_DENIAL_REACH = 30  # how many sentences after a claim a denial of it still comes (a fact-check ends on it)
_TOLD = re.compile(r"\b(?:killed|wounded|injured|hurt)\b")  # a toll an unplaced attack tells
_THE_WEAPON = re.compile(r"\b[Tt]he (?:[\w-]+ ){0,3}(?:drone|rocket|missile|attack|strike)s?\b")
# A day-by-day account's label after the day: a few lower-case words, none telling a blow.
_HEADING_LABEL = re.compile(r"\s*[:–—-]\s*[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}\s*\.?\s*")
_STRUCK = re.compile(r"\b(?:struck|hit|hits|killed|kills|wounded|injured|targeted|attacked|fired|launched|shot)\b")
_AGAIN = re.compile(r"\b(?:again|once more|another|a (?:second|third|fourth|new|fresh|heavier|larger|bigger))\b")
_THAT_DAY = re.compile(r"\b(?:that|the same) (?:day|night|morning|evening|afternoon)\b")
_ATTACKS_COUNTED_ON = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|a string of|a series of)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|strikes)\s+(?:(?:within|in|over)\s+(?:the\s+)?(?:past\s+|last\s+)?[\w-]+\s+(?:days|weeks|months)\s+)?"
    r"(?:on|against)\s+(?:the\s+)?$|"  # "two attacks within two weeks on the Harir base"
    r"\b(?:repeatedly|frequently|often|regularly)\s+(?:targeted|attacked|hit|struck)\s+(?:the\s+)?$",
    re.I,
)
_SAME_BASE = re.compile(r"\bthe same (?:base|air ?base|airfield|outpost|garrison|site)\b")
_BULLET_OPENING = re.compile(r"\s*[-*•–—]\s")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})\b")
_CLOCK = re.compile(r"\b[012]?\d:[0-5]\d\b")  # "— 08:51"
_NIGHT = ("overnight", "last night")
_DAYS_FROM_BASE = re.compile(
    rf"\s*(?:(?:Then|And|But|Exactly|Just|Only)\s+)?(?P<n>{FEW_DAYS})\s+days?\s+(?P<way>before|after)\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:attack|strike)\s+(?:on|at)\s+|the\s+)?",  # "after the Ain al-Assad strike"
    re.I,
)
_SMALL_HOURS = re.compile(
    r"\b(?:at|around|about|shortly after|just after)\s+(?:around\s+|about\s+)?0?[1-5](?::[0-5]\d)?\s*a\.?m\b", re.I
)
_THERE_OPENING = re.compile(r"\s*There,")
_THERE = re.compile(r"\b(?:[Tt]here|at the same (?:base|site|facility))\b(?! (?:was|were|is|are|has|have|had)\b)")
_PLACE_NAMED = re.compile(r"\b(?:in|at|near|outside) (?:the )?[A-Z]")
# "Militias began targeting US sites on Oct. 18": attacks on many places, not on the story's base.
_MANY_PLACES = re.compile(r"\b(?:sites|bases|targets|positions|facilities|installations)\b")
# How long before it was told (or published) an attack dated only by that can have been.
_TOLD_WITHIN = 10
_YEAR = re.compile(r"\d{4}")
# The gazetteer's kinds a generic noun can mean.
_KIND_WORDS = {
    "garrison": ("garrison",),
    "outpost": ("outpost",),
    "airbase": ("air base", "airport"),
    "airfield": ("airfield", "air base"),
    "airstrip": ("airfield",),
}
_HEARSAY = re.compile(r"\b(?:reports?|reported|reportedly|rumou?rs?|unconfirmed)\b", re.I)
_TELLS_THE_DAY = ("It's ", "It’s ", "It is ", "Today is ", "Today, ", "This is ")
_SECTION_REACH = 300  # days after a dated heading that an entry under it may still tell of
_STORY_GAP = 183  # days after the story's last dated day that a day without its year would jump to
_STORY_REACH = 2  # sentences after that day's that a day without its year is still told in its time
# "in the last days of 2019", "in early 2020": the end or the start of a year a story is told from
_YEAR_EDGE = re.compile(
    r"\b(?:in|of|during|by) (?:the )?(?P<edge>early|late|first|last|final|closing|opening|end of|start of)"
    r"(?: (?:days|weeks|months|part) of)? (?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_YEAR_STARTS = frozenset(("early", "first", "opening", "start of"))
_STORY_HOP = 62  # days a story told in order moves on from one day to the next it gives without a year
_OPENING_DAY = 30  # "Early on the morning of Sunday, a drone ...": where a sentence's own day starts
# What a US strike answered, told early in what follows "after": "a drone attack", "a missile slammed into".
_ANSWERED_BLOW = re.compile(
    r"\b(?:attack|strike|assault|(?:missiles?|rockets?|drones?|mortars?)\s+(?:slammed|struck|hit|landed|crashed))\b"
)
# "hours after", "shortly after": an answer the same day as the attack it answers.
_HOURS_BEFORE = re.compile(r"(?:hours|minutes|shortly|just|soon)\s+after\b", re.I)
# How many sentences back the current incident still holds the reader's attention: a quote
# and its attribution often stand between an attack and "None of the missiles was intercepted".
NEAR = 4


# "fired ballistic missiles at two bases in Iraq": bases the story has yet to name.
COUNTED_BASES = re.compile(
    r"\b(?:two|three|four|five|several|multiple) (?:[\w-]+ ){0,2}(?:bases|sites|installations|facilities)\b", re.I
)
PENDING_REACH, PENDING_REACH_COUNTED = 2, 4
_QUESTION_LABEL = re.compile(r"(?:Q|QUESTION)\s*[:.]\s")
# "The Islamic Resistance in Iraq claimed the following attacks:" and the list after it.
CLAIMED_LIST = re.compile(r"\bclaimed (?:responsibility for )?(?:the following|these|the attacks below)\b", re.I)
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
LIST_ENTRY = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})"
    r"(?:,?\s+\d{4})?\s*[:–—-]"
)
# What may stand before a base that opens its sentence as the subject: "The al-Harir base, ...".
# "Since then, Harir Air Base has become ...": a short opening phrase may come first.
_SUBJECT_OPENING = re.compile(rf"(?:[A-Z][\w' ]{{0,24}},\s+)?(?:(?:The|the|A|An)\s+)?(?:{ARABIC_ARTICLE})?")
# "the embassy", "the consulate": a generic mention that means a base of that kind only.
_DIPLOMATIC = re.compile(r"embass|consul", re.I)  # as the gazetteer's names hold them, lower-cased


def _before(when: DateMention, draft: Draft) -> bool:
    """Whether a date lies wholly before ``draft``'s time. Later dates may tell of it still (a toll
    revised on Monday); earlier ones cannot ("In January 2020, Kataib Hezbollah claimed ...")."""
    if when.precision == "day" and draft.precision == "day":
        return when.day < draft.date
    if when.precision in ("day", "month") and draft.precision in ("day", "month"):
        return (when.day.year, when.day.month) < (draft.date.year, draft.date.month)
    return when.day.year < draft.date.year


# ", a banner under which several armed groups have been claiming attacks since mid-October,"
_ASIDE = re.compile(r",\s+(?:an?|the)\s[^,\"“”]*,")


def _strikes_unnamed(text: str) -> bool:
    """Whether a sentence tells a blow ("slammed into") by none of ours, at no place it names."""
    return bool(
        EVENT.search(text) and not (US_ACTION.search(text) or _PLACE_NAMED.search(text) or _MANY_PLACES.search(text))
    )


def _takes_back(denied: re.Match[str] | None) -> bool:
    """Whether a denial takes the attack back: all but "rejected/dismissed/denied claims"."""
    return denied is not None and not _ONLY_DISPUTED.match(denied.group(0))


def _real(draft: Draft) -> bool:
    """Whether the report tells of ``draft`` what only a real attack has: a shoot-down, the hurt
    or the killed, damage."""
    return bool(draft.intercepted or draft.killed or draft.injured or draft.injuries_reported or draft.damage)


def _in_group_aside(text: str, found: re.Match[str]) -> bool:
    """Whether what ``found`` matched lies in the aside that describes a group named right before
    it: the group's history, not the sentence's ("The Islamic Resistance in Iraq, a banner under
    which groups have been claiming attacks since mid-October, said its fighters targeted ...")."""
    for _, group in find_groups(text[: found.start()]):
        if (aside := _ASIDE.match(text, group.end())) is not None and aside.end() > found.end():
            return True
    return False


def _within(draft: Draft, dated: Draft, night: bool, month: bool) -> bool:
    """Whether ``dated`` can be the attack ``draft`` tells of: the next day for "overnight", the
    same month for a month, else within the week after it."""
    if night:
        return (draft.date - dated.date).days == -1
    if month:
        return (draft.date.year, draft.date.month) == (dated.date.year, dated.date.month)
    return 0 <= (draft.date - dated.date).days <= 7


def _one_base(mentions: list[BaseMention]) -> str | None:
    """The base every mention names, when they name one and the same; else None."""
    if not mentions or any(m.base != mentions[0].base for m in mentions):
        return None
    return mentions[0].base


def _at_night(draft: Draft) -> bool:
    """Whether an incident is dated only "overnight" or "last night", itself or as the one told before."""
    return draft.basis.lower().removeprefix("the same day as ") in _NIGHT


def _tells_nothing(draft: Draft) -> bool:
    """Whether an incident has no field of its own: no weapon, casualty, damage, interception or claim."""
    return (
        not draft.weapons
        and draft.killed is None
        and draft.injured is None
        and draft.damage is None
        and (draft.intercepted is None and draft.claimed_by is None)
    )


def _in_background(sentence: Sentence, mention: BaseMention, when: DateMention | None) -> bool:
    """Whether a base is named in a clause of its own that tells of attacks in general, away from
    the day: "it hit the Erbil base on November 23, and the Harir air base has been repeatedly
    targeted since mid-October"."""
    clause = clause_of(sentence, mention)
    if when is not None and clause.start <= when.start < clause.end:
        return False
    return clause.start > sentence.start and BACKGROUND.search(clause.text) is not None


class IncidentReader:
    """One pass over an article's sentences."""

    def __init__(self, matcher: BaseMatcher, sentences: list[Sentence], pub: date, body: str) -> None:
        self.matcher = matcher
        self.countries = matcher.countries
        self.sentences = sentences
        self.pub = pub
        self.drafts: dict[tuple[str, str, str], Draft] = {}
        self.order: list[tuple[str, str, str]] = []
        self.current: Draft | None = None
        self.sentence_incident: dict[int, tuple[str, str, str]] = {}
        self.mentions = [as_bases(matcher.find(s.text, s.start), s) for s in sentences]
        self.pending: tuple[DateMention, int] | None = None  # an attack dated before its place is named
        self.pending_taken: int | None = None  # the sentence whose bases took the pending day
        self.pending_reach = PENDING_REACH  # how many sentences later the pending day is still taken
        self.list_claim: tuple[str, Span, int] | None = None  # a group's claim of the list being read
        self._told_days: dict[int, list[DateMention]] = {}  # _days_told, by sentence
        self.told_before: tuple[int, tuple[Draft, ...]] = (-1, ())  # the last sentence to tell attacks, and those
        self.year_head: int | None = None  # a year alone on its line, heading the list of days below it
        self.year_para = -1  # the paragraph that year stands in
        self.denied: set[tuple[str | None, date]] = set()  # a chronology's entries that say "False alarm."
        self.lead: int | None = None  # an undated attack with no place, told right before its place
        self.pending_claims: list[int] = []  # sentences that claimed the pending attack before its places
        self.index = 0
        self.claimants = Claimants(body)
        self._dates: tuple[Sentence | None, tuple[list[DateMention], list[DateMention]]] = (None, ([], []))
        self.story: date | None = None  # the last day the story gave with its year (see _in_story_year)
        self.story_at = -1  # the index of the sentence that gave it
        self.index_at = {s.start: i for i, s in enumerate(sentences)}
        self.us_action_at = -1  # the last sentence skipped as telling of a US strike
        self.section: DateMention | None = None  # the date heading the round-up section being read
        self.section_base: BaseMention | None = None  # the one base that heading names, if it names one
        self.section_timed = False  # whether that heading gives a time of day: a post's, told in its words
        self.section_diary = False  # whether it names its weekday ("Monday, Jan. 29"), as a diary's day does
        self.section_item: int | None = None  # the list item's paragraph, when a bullet opens it
        self.notes = note_paragraphs(sentences, body)
        # A reporter's question in a briefing transcript ("Q: There are reports this morning of
        # rocket fire near a base ..."): what it asks about is no report of an attack.
        self.questions = {s.paragraph for s in sentences if _QUESTION_LABEL.match(s.text)}
        self.salvo: list[Draft] = []  # the incidents the last sentence naming several bases opened

    def _named_just_before(self, index: int) -> BaseMention | None:
        """The one base a heading-like sentence just before names ("The 4th, al-Omar oil field
        (Deir ez-Zor, Syria)."): a few words, no attack told; else None. A full sentence that
        names a place in passing does not take the focus from the incident being told."""
        before = self.mentions[index - 1] if index else []
        if _one_base(before) is None:
            return None
        previous = self.sentences[index - 1]
        at = before[-1].start - previous.start
        counted = _ATTACKS_COUNTED_ON.search(previous.text, max(0, at - 50), at) is not None
        if (index - 1) in self.sentence_incident and not counted:
            return None  # "This attack comes after two attacks on the Harir base": those, though it told this one
        # A sentence about the base, its subject ("The Harir airbase, north of Erbil, has been a
        # repeated target."), gives the place as a heading does.
        subject = _SUBJECT_OPENING.fullmatch(previous.text, 0, before[0].start - previous.start) is not None
        # "... shows three attacks on Harir since the campaign started. On October 17 a drone aimed
        # at the base ...": the count opens a list of attacks on that base.
        return before[-1] if subject or counted or len(previous.text.split()) <= 10 else None

    def _scene_just_before(self, index: int) -> tuple[BaseMention, DateMention] | None:
        """The one base and the one day a sentence just before gave, when it told no attack there;
        or the one before that, past a sentence that gives no day ("It was the early morning of
        Sunday, Jan. 28, at Tower 22 ... A few hundred soldiers lived there, supporting the garrison
        at al-Tanf. The one-way attack drone struck near the living quarters")."""
        for i in (index - 1, index - 2):
            if i < 0 or i in self.sentence_incident:
                return None
            found = self._days_told(i)  # not the cache of the sentence being read, which it would evict
            if found:
                return (self.mentions[i][-1], found[0]) if len(found) == 1 and _one_base(self.mentions[i]) else None
        return None

    def _named_of_kind(self, index: int, generic: str, focus: str | None) -> BaseMention | None:
        """The base of the kind a generic mention names ("that garrison"), the last named in the
        sentence before, when the base in focus is of another kind: "Tower 22 ... supports the US
        garrison at al-Tanf. That garrison had itself been targeted" is al-Tanf."""
        kinds = _KIND_WORDS.get(generic.lower().replace("air base", "airbase").split()[-1])
        if kinds is None or index == 0 or (focus is not None and self.matcher.kinds.get(focus) in kinds):
            return None
        return next((m for m in reversed(self.mentions[index - 1]) if self.matcher.kinds.get(m.base) in kinds), None)

    def _town_opening_before(self, index: int) -> str | None:
        """The one base of the town the sentence before opens on, naming no base itself: "Erbil has
        seen its own share of trouble. A drone was launched at the airport base on Nov. 23"."""
        i = index - 1
        if i < 0 or self.mentions[i] or self.sentences[i].paragraph != self.sentences[index].paragraph:
            return None
        first = self.sentences[i].text.split(None, 1)[0].rstrip(",'’s")
        return self.matcher.of_town(first) if first[:1].isupper() else None

    def _kind_just_before(self, index: int) -> BaseMention | None:
        """The embassy or consulate the sentence before means by "the embassy", if it says so."""
        generic = generic_base(self.sentences[index - 1].text) if index else None
        kind = _DIPLOMATIC.search(generic.group(0)) if generic is not None else None
        return None if kind is None else self._last_named(index, None, kind.group(0).lower())

    def _counted_from_base(self, index: int, sentence: Sentence) -> DateMention | None:
        """The day a sentence counts from the attack read at a base: "Eight days before Tower 22,
        a salvo of ballistic missiles was fired at Al-Asad Air Base"."""
        first = self.mentions[index][0]
        m = _DAYS_FROM_BASE.fullmatch(sentence.text, 0, first.start - sentence.start)
        if m is None or len(self.mentions[index]) < 2:
            return None
        ref = self._latest_for(first.base)
        if ref is None or ref.precision != "day":
            return None
        n = timedelta(days=number_value(m["n"]) or 1)
        day = ref.date - n if m["way"].lower() == "before" else ref.date + n
        end = first.end - sentence.start
        return DateMention(day, "day", sentence.start, first.end, sentence.text[:end]) if day <= self.pub else None

    def _story_base(self, index: int, sentence: Sentence) -> BaseMention | None:
        """The base a story names first, for the first attack it tells with a day but no place,
        when no attack was read before and the sentence strikes something ("slammed into")."""
        if self.drafts or self.pending is not None or sentence.paragraph == self.sentences[0].paragraph:
            return None
        if not _strikes_unnamed(sentence.text):
            return None  # "a drone strike in Baghdad on January 4 that killed a commander": somewhere else
        return next((m[0] for m in self.mentions[:index] if m), None)

    def _pended_far_from_current(self, index: int) -> bool:
        """Whether the sentence just dated an attack whose place is still to come, more than a week
        from the attack in focus: "On 23 October two drones were sent toward al-Tanf ... A drone
        struck the troops' sleeping quarters on 28 January 2024" adds nothing to al-Tanf's."""
        pending, current = self.pending, self.current
        if pending is None or pending[1] != index or current is None or current.precision != "day":
            return False
        if pending[0].precision != "day":  # "most of the missiles in the January attack": by its month
            return False
        if _BACK_TO_FOCUS.search(self.sentences[index].text):
            return False  # "On January 26, 2020, a rocket struck its dining facility": its own
        return abs((pending[0].day - current.date).days) > _FAR_DAYS

    def _passage_base(self, index: int, sentence: Sentence) -> BaseMention | None:
        """The one base the last three sentences describe, told no attack of, for an attack the
        sentence tells with a day but no place, when it strikes something and names no other place."""
        if not _strikes_unnamed(sentence.text):
            return None
        for i in range(index - 1, max(-1, index - 4), -1):
            if i in self.sentence_incident or self.sentences[i].paragraph in self.notes:
                return None
            if self.mentions[i]:
                return (
                    self.mentions[i][0]
                    if _one_base(self.mentions[i]) and not ATTACK.search(self.sentences[i].text)
                    else None
                )
        return None

    def _again_at_focus(self, sentence: Sentence, when: DateMention) -> Draft | None:
        """A new incident at the base in focus, when the sentence tells another attack ("once
        more", "a heavier salvo") on a day of its own, named with its month."""
        current = self.current
        if (
            current is None
            or current.base is None
            or when.precision != "day"
            or when.day == current.date
            or is_relative(when)
            or not _AGAIN.search(sentence.text)
            or (not EVENT.search(sentence.text) and not F.find_weapons(sentence.text))
        ):
            return None
        return self._open(current.base, current.place_text, when.day, when.precision, when.text)

    def _with_the_same_base(
        self, index: int, sentence: Sentence, named: list[BaseMention], same: re.Match[str]
    ) -> list[BaseMention]:
        """ "two drones over the same base and a third near the Harir airfield": "the same base"
        is the one named before this sentence, beside the base the sentence names."""
        last = self._last_named(index, None)
        if last is None or any(m.base == last.base for m in named):
            return named
        if any(0 <= m.start - sentence.start - same.end() <= 4 for m in named):
            return named  # "toward the same base at Rmeilan": the base it then names
        at = BaseMention(last.base, sentence.start + same.start(), sentence.start + same.end(), same.group(0))
        return sorted([*named, at], key=lambda m: m.start)

    def _last_named(self, index: int, country: str | None, kind: str | None = None) -> BaseMention | None:
        """The base a generic mention ("the base") means: the last one named, else the next.

        ``kind`` ("embassy", "consulate") narrows it to the bases of that kind: "the embassy" is
        the embassy named before, whatever base was named since.
        """

        def fits(m: BaseMention) -> bool:
            if kind is not None:
                return kind in m.base.lower()
            return not country or self.countries.get(m.base) == country

        notes = self.notes  # an editor's note names the wrong base on purpose
        for i in range(index - 1, -1, -1):
            for mention in reversed(self.mentions[i]):
                if fits(mention) and self.sentences[i].paragraph not in notes:
                    return mention
        if kind is None and self._unlisted_before(index):
            # "The blast tore through the Kalsu base ... an officer at the base": not Ain al-Asad, named later
            return None
        for i in range(index + 1, min(index + 8, len(self.sentences))):
            for mention in self.mentions[i]:
                if fits(mention) and self.sentences[i].paragraph not in notes:
                    return mention
        return None

    def _unlisted_before(self, index: int) -> bool:
        """Whether a sentence before names a base ("the Kalsu base") and none before names one the
        gazetteer has: "the base" after it is that one."""
        return not any(self.mentions[:index]) and any(names_a_base(s.text) for s in self.sentences[:index])

    def _open(self, base: str | None, place: str, day: date, precision: str, basis: str) -> Draft:
        draft = Draft(base, place, day, precision, basis)
        key = draft.key()
        if key not in self.drafts:
            self.drafts[key] = draft
            self.order.append(key)
        return self.drafts[key]

    def _latest_for(self, base: str | None) -> Draft | None:
        for key in reversed(self.order):
            if self.drafts[key].base == base:
                return self.drafts[key]
        return None

    def run(self) -> list[IncidentMention]:
        for index, sentence in enumerate(self.sentences):
            self._read(index, sentence)
        self._fold_undated()
        for draft in self.drafts.values():
            if (draft.base, draft.date) in self.denied and not _real(draft):
                draft.retracted = True
        for key in [k for k in self.order if self.drafts[k].retracted]:
            # quotes are linked to incidents by their place in the order: a retracted one takes none
            self.order.remove(key)
            self.sentence_incident = {i: k for i, k in self.sentence_incident.items() if k != key}
        return [self.drafts[k].finish() for k in self.order]

    def _fold_undated(self) -> None:
        """An undated mention of a base folds into a dated incident at that base in the same week,
        one dated only "overnight" into the incident at that base the next day ("shortly after
        midnight on Sunday" and "the overnight attack" in a Sunday report are one attack), and
        one dated only by its month into the one incident at that base that month."""
        for key in list(self.order):
            draft = self.drafts[key]
            night = draft.basis.lower() in _NIGHT and draft.base is not None
            month = draft.precision == "month" and draft.base is not None
            if draft.precision != "week" and not draft.provisional and not night and not month:
                continue
            dated = [
                self.drafts[k]
                for k in self.order
                if k != key
                and self.drafts[k].base == draft.base
                and self.drafts[k].precision == "day"
                and not self.drafts[k].provisional
                and _within(draft, self.drafts[k], night, month)
            ]
            if month and len(dated) > 1 and _tells_nothing(draft):
                # "Harir hit twice this month" over the two attacks told: a heading, nothing of its own
                dated = [max(dated, key=lambda d: d.date)]
            if month and len(dated) != 1:
                continue  # "in January" at a base hit twice that month: which one is not said
            if not dated:
                continue
            target = max(dated, key=lambda d: d.date)
            for span in draft.evidence:
                target.absorb(span, self.claimants)
            # a weapon the folded draft took from beside its part of a sentence, not from the part
            if kinds := [w for w in draft.weapons if w not in target.weapons]:
                target.weapons.extend(kinds)
                target.field_evidence.extend(e for e in draft.field_evidence if e[0] == "weapons")
            for index, k in self.sentence_incident.items():
                if k == key:
                    self.sentence_incident[index] = target.key()
            self.order.remove(key)
            del self.drafts[key]

    def _read(self, index: int, sentence: Sentence) -> None:
        self.index = index
        if self.pending_taken is not None and self.pending_taken < index:
            self.pending = self.pending_taken = None
        if sentence.paragraph in self.notes:
            return
        text = sentence.text
        if (year := _YEAR_HEADING.fullmatch(text)) is not None:
            self.year_head = int(year[1]) if int(year[1]) <= self.pub.year else None  # "2021", heading the list below
            self.year_para = sentence.paragraph
            return
        if self.year_head is not None and not _BULLET_OPENING.match(text) and sentence.paragraph != self.year_para:
            self.year_head = None
        if self.story is not None and 0 < index - self.story_at <= _STORY_REACH and _DIGIT.search(text):
            self._event_dates_of(sentence)  # a day of the story moves its time on, whatever the sentence tells
        self._follow_claimed_list(index, sentence)
        if self.section is not None and (
            self._undated_heading(index) or (self.section_item is not None and sentence.paragraph != self.section_item)
        ):
            # "What to watch": the dated entries above have ended; or the list item a date opened has
            self.section = self.section_base = self.section_item = None
        if (
            len(text) <= HEADING_MAX
            and (_DIGIT.search(text) or _HOLIDAY_WORD.search(text))
            and (heading := self._heading_date(sentence)) is not None
        ):
            if sentence.paragraph == self.sentences[0].paragraph and heading.day == self.pub:
                return  # "Levant Watch daily feed, 1 January 2024": the report's dateline, heading nothing
            self.section = heading
            self.section_base = self.mentions[index][0] if _one_base(self.mentions[index]) else None
            self.section_timed = _CLOCK.search(text) is not None
            self.section_diary = _WEEKDAY.search(text) is not None
            # "- 30 September 2020. Six rockets ...": a dated list item dates its own lines only
            self.section_item = sentence.paragraph if _BULLET_OPENING.match(text) else None
            if self.mentions[index]:
                # "20 January, Ain al-Assad (Anbar, Iraq)." heads a new entry: "the base" below is
                # that one, not the incident the entry before was about.
                self.current = None
            return
        adds = self._may_matter(index, text)
        if adds is False:
            if _takes_back(denied := DENIED.search(text)):
                self._deny(index, sentence)  # "It turned out to be a false alarm."
            elif (dated := self._claim_of_the_day(sentence)) is not None:
                self._absorb(dated, sentence, index)
            return
        # "Was the U.S. Embassy attacked?" asks; it reports nothing
        asks = text.rstrip().endswith("?") or (
            sentence.paragraph in self.questions and claim_of_this_attack(text) is None  # a claim it cites holds
        )
        counted = COUNTED_ATTACKS_ON.match(text) is not None and not self._event_dates(sentence)
        denied = DENIED.search(text)
        if (
            asks
            or counted
            or THREAT.search(text)
            or (NEGATED.search(text) and not self._told_since_when(sentence))
            or denied is not None
            or OUT_OF_SCOPE.search(text)
            or TALLY.search(text)
            or (self.current is not None and DISPUTED_PLACE.search(text))
        ):
            if _takes_back(denied):
                self._deny(index, sentence)
            if asks and (cited := self._attack_asked_about(index, sentence)) is not None:
                self._absorb(cited, sentence, index)
                self.current = cited
            elif self.mentions[index] and self._another_day(sentence) is None:
                self._refocus(index, self.mentions[index])
            elif (strike := US_ACTION.search(text)) is not None and self._us_action_leads(index, sentence, strike):
                # "a self-defense strike against five militants preparing to launch a drone": the
                # strike's story begins, and "All five were killed" is its toll.
                self.us_action_at = index
            return
        us_action = US_ACTION.search(text)
        us_from = sentence.end
        if us_action and self._us_action_leads(index, sentence, us_action):
            answered = ANSWERED.search(text, us_action.end())
            if answered is None or not _ANSWERED_BLOW.search(answered["tail"][:80]):
                self.us_action_at = index
                return
            start = sentence.start + answered.start("tail")
            front = Sentence(sentence.start, start, text[: answered.start("tail")], sentence.paragraph)
            sentence = Sentence(
                start, sentence.end, self.sentences[index].text[answered.start("tail") :], sentence.paragraph
            )
            text = sentence.text
            self._same_day_as_answer(front, sentence, answered)
            self.mentions[index] = [m for m in self.mentions[index] if m.start >= start]
            adds = None  # asked of the whole sentence: ask again of what is left
        elif us_action:
            # "cast it as revenge for Soleimani, killed by an American drone strike outside Baghdad
            # airport five days earlier": a day told after a US action is the action's.
            us_from = sentence.start + us_action.start()
            if self.mentions[index]:
                self.mentions[index] = before_us_action(self.mentions[index], sentence, us_action)
        # Only asked for with no base named: every later use of it comes after "named or".
        if self.mentions[index] and (counted := self._counted_from_base(index, sentence)) is not None:
            self.mentions[index] = self.mentions[index][1:]  # "Eight days before Tower 22": not an attack on it
            self._dates = (sentence, ([counted], []))
        generic = None if self.mentions[index] else generic_base(text)
        # "On December 8, it was hit by rockets": the base named last, whatever is in focus.
        pronoun = None if self.mentions[index] or generic else IT_HIT.match(text)
        # "targeting US forces at Hemo base": a base the gazetteer lacks, by its own name.
        unknown = None if self.mentions[index] or generic or pronoun else unlisted_base(text)
        town_named = self.matcher.of_town(unknown.group(0).split()[0]) if unknown is not None else None
        if town_named is not None:
            generic, unknown = unknown, None  # "Erbil base": the base of that town, as "a base in Erbil"
        elif (
            not (self.mentions[index] or generic or pronoun or unknown)
            and (of_town := town_attack(text)) is not None
            and (town_named := self.matcher.of_town(of_town["town"])) is not None
        ):
            generic = of_town  # "The Erbil attack, on Feb. 15, 2021": the base of that town
        generic = generic or pronoun or unknown
        if generic is not None and COMMENT_FROM.search(text, max(0, generic.start() - 60), generic.start()):
            generic = unknown = None  # "no comment from the American embassy about the attack of Friday"
        if generic is not None and _THEIRS.match(text, generic.end()):
            generic = unknown = None  # "a military base south of Baghdad used by Iraq's Hashed al-Shaabi"
        if (
            (bg := BACKGROUND.search(text))
            and not _in_group_aside(text, bg)
            and not ((self.mentions[index] or generic) and self._dated_closer_than_a_month(sentence))
        ):
            return
        is_attack = bool(ATTACK.search(text) or F.find_weapons(text))
        named = only_where(self.mentions[index], sentence)
        if named and "same " in text and (same := _SAME_BASE.search(text)) is not None:
            named = self._with_the_same_base(index, sentence, named, same)
        targets: list[Draft | None] = []
        # With several attacks on several days in one sentence, each takes only its own clause.
        clauses: dict[int, Sentence] = {}
        shared: dict[int, SentenceOf] = {}  # drafts given a part of a sentence that names several bases
        # "The 9 November strike started a fire inside the base": the one incident of that day,
        # named by it, whatever "the base" would otherwise resolve to.
        if not named and may_name_an_attack(text) and (of_the_day := self._named_by_its_day(sentence)) is not None:
            targets.append(of_the_day)
            generic = None
        if is_attack and not (named or generic):
            # "The group said late on Sunday that its fighters had launched drones": with nothing
            # read yet, the day of the telling is the best date there is.
            dates = self._before_us_action(sentence, us_from)
            if not dates and not targets and (entry := self.section_base) is not None and self.section is not None:
                # "## March 11, 2020 — Camp Taji" then "About 18 rockets fired from a truck killed ...":
                # the entry's place and day.
                targets.append(
                    self._open(entry.base, entry.text, self.section.day, self.section.precision, self.section.text)
                )
            elif dates and not targets and (lead := self._story_base(index, sentence)) is not None:
                # "The wind at Tower 22 comes off the flats ... That changed before dawn on Jan. 28,
                # when a drone slammed into the housing area": the base the story opened with.
                targets.append(self._open(lead.base, lead.text, dates[0].day, dates[0].precision, dates[0].text))
            elif dates and not targets and (passage := self._passage_base(index, sentence)) is not None:
                # "Tower 22 does not appear on most maps. It is an outpost ... In the dark hours of that
                # Sunday morning, a one-way attack drone struck the housing area": the base described
                targets.append(self._open(passage.base, passage.text, dates[0].day, dates[0].precision, dates[0].text))
            elif dates and not targets and _THERE.search(text) and (there := self._last_named(index, None)) is not None:
                # "Two days later, another drone damaged infrastructure there": the base named last
                targets.append(self._open(there.base, there.text, dates[0].day, dates[0].precision, dates[0].text))
            elif dates and not targets and self._on_the_day_of_current(index, dates[0]):
                # "the base is called Tower 22. ... Early Sunday, a one-way attack drone hit the
                # living quarters": the attack in focus, told again on its own day.
                targets.append(self.current)
            elif dates and not targets and (night := self._night_before(dates[0])) is not None:
                # "Explosions were heard overnight at al-Omar. A drone struck the academy shortly
                # after midnight on Sunday": the same attack, now with its day.
                self._redate(night, dates[0])
                targets.append(night)
            elif dates and not targets and (again := self._again_at_focus(sentence, dates[0])) is not None:
                # "On 20 January 2024 came a heavier salvo ...", "And on 5 August 2024 ... rockets struck
                # once more": another attack on the base in focus, on its own day
                targets.append(again)
            elif dates and not targets:
                self.pending = (dates[0], index)
                self.pending_reach = PENDING_REACH_COUNTED if COUNTED_BASES.search(text) else PENDING_REACH
            elif not dates and not targets and EVENT.search(text) and (scene := self._scene_just_before(index)):
                # "That bet was lost before dawn on Sunday at Tower 22. A single drone flew in low and
                # killed three soldiers": the place and day the sentence before set.
                where, when = scene
                targets.append(self._open(where.base, where.text, when.day, when.precision, when.text))
            elif not dates and not targets and _TOLD.search(text):
                self.lead = index
        if is_attack and (named or generic):
            dates = self._before_us_action(sentence, us_from)
            spoken_texts = {d.text for d in dates} - {d.text for d in self._event_dates(sentence)}
            anaphoric = bool(ANAPHOR.search(text)) and not dates
            if not named and generic and not unknown:
                hint = COUNTRY_HINT.search(text, generic.end(), generic.end() + 60)
                focus = self.current.base if self.current is not None and self.current.base else None
                just_named = self._named_just_before(index)
                if pronoun is not None:
                    resolved = self._last_named(index, None)
                elif (kind := _DIPLOMATIC.search(generic.group(0))) is not None:
                    resolved = self._last_named(index, None, kind.group(0).lower())
                elif _THERE_OPENING.match(text) and (there := self._last_named(index, None)) is not None:
                    # "Contrast that with al-Tanf. There, on Oct. 23, US forces destroyed two drones
                    # before either could reach the base": the place named last, not the one in focus
                    resolved = there
                elif (town := self.matcher.in_town(text, generic.end()) or town_named) is not None:
                    resolved = BaseMention(town, 0, 0, town)  # "a base in Erbil"
                elif (town := self._town_opening_before(index)) is not None:
                    resolved = BaseMention(town, 0, 0, town)  # "Erbil has seen its own share of trouble."
                elif (of_kind := self._named_of_kind(index, generic.group(0), focus)) is not None:
                    resolved = of_kind  # "... supports the garrison at al-Tanf. That garrison had been targeted"
                elif (kind_before := self._kind_just_before(index)) is not None:
                    # "The embassy was hit repeatedly in 2020. ... a rocket struck inside the compound."
                    resolved = kind_before
                elif just_named is not None and (
                    hint is None or self.countries.get(just_named.base) == hint["country"]
                ):
                    # "The 4th, al-Omar oil field (Syria). ... a drone hit the academy inside the base."
                    resolved = just_named
                elif focus and (hint is None or self.countries.get(focus) == hint["country"]):
                    resolved = BaseMention(focus, 0, 0, focus)
                else:
                    resolved = self._last_named(index, hint["country"] if hint else None)
                if resolved is not None:
                    named = [
                        BaseMention(
                            resolved.base,
                            sentence.start + generic.start(),
                            sentence.start + generic.end(),
                            generic.group(0),
                        )
                    ]
            if named:
                same_day = bool(SAME_DAY.search(text))
                strong = bool(EVENT.search(text))
                pairs = pair_bases_and_days(named, dates, sentence)
                if len(pairs) > 1:
                    pairs = [(m, w) for m, w in pairs if not _in_background(sentence, m, w)]
                several_days = len({when.day for _, when in pairs if when is not None}) > 1
                several_bases = len({m.base for m, _ in pairs}) > 1
                parts = own_parts(sentence, pairs) if several_bases else []
                for k, (mention, when) in enumerate(pairs):
                    if when is not None and when.text in spoken_texts and self._pending_near():
                        # "the force said in a statement on Monday": the attack dated just before
                        # ("late on Sunday"), not the day it was told.
                        when = None
                    target = self._target(mention.base, mention.text, when, anaphoric, same_day, strong)
                    if target is not None and when is not None and when.text in spoken_texts:
                        target.provisional = True
                    targets.append(target)
                    if target is not None and several_bases:
                        shared[id(target)] = _sentence_of(sentence, parts, k, several_days)
                        part = parts[k]
                        if (had := clauses.get(id(target))) is not None:  # the same attack told in two parts
                            joined = sentence.text[had.start - sentence.start : part.end - sentence.start]
                            part = Sentence(had.start, part.end, joined, sentence.paragraph)
                        clauses[id(target)] = part
                    elif target is not None and several_days:
                        clauses[id(target)] = clause_of(sentence, mention)
            elif generic and not (
                unknown is None and generic.group(0)[:4].lower() == "the " and self._unlisted_before(index)
            ):
                when = dates[0] if dates else None
                targets.append(self._target(None, generic.group(0), when, anaphoric, strong=bool(EVENT.search(text))))
            targets = [t for t in targets if t is not None]
        elif targets:
            pass  # named by its day above
        elif self._pended_far_from_current(index):
            pass  # an attack months from the one in focus, its place still to come: not that one
        elif (
            adds
            if adds is not None
            else self._adds_to_current(index, text) or self._continues(index, sentence, is_attack)
        ):
            target = self._named_instead(named) or self.current
            if target is not None and target.precision == "week" and (day := self._day_naming_it(sentence)) is not None:
                # "the drone strike on Tower 22 came out of nowhere" told "this week", then "The
                # January 28 drone killed three soldiers": the attack's own day
                self._redate(target, day)
            targets.append(target)
        elif (dated := self._claim_of_the_day(sentence)) is not None:
            targets.append(dated)
        if len(targets) == 1 and claim_of_this_attack(text) is not None:
            if (plural := PLURAL_CLAIM.search(text)) is not None:
                if plural.group(0).lower().startswith("both") and len(self.order) >= 2:
                    # "claimed both attacks": the two told last, whatever their days.
                    targets = [self.drafts[k] for k in self.order[-2:]]
                else:
                    targets = [d for d in self.drafts.values() if d.date == targets[0].date]
            elif not named and any(d is targets[0] for d in self.salvo):
                # "... fired missiles at Ain al-Asad and at Erbil. The Guard announced the attack":
                # one attack on several bases, claimed once.
                targets = list(self.salvo)
        if len(targets) == 1 and named and (lead := self._lead_of(index)) is not None:
            # "Three US service members killed in a drone attack in northeast Jordan, Biden says. The
            # one-way attack drone hit an outpost known as Tower 22 early Sunday": the lead's toll.
            self._absorb(targets[0], self.sentences[lead], lead)
        if self._either_of_those(index, targets, text):
            # "... on November 23, while the al-Harir base came under attack on November 9. No
            # casualties were reported in either of those attacks": both, whatever their days
            targets = list(self.told_before[1])
        for draft in targets:
            self._absorb(draft, clauses.get(id(draft), sentence), index, shared.get(id(draft)))
            if self.list_claim is not None and draft.claimed_by is None:
                draft.claim_as(*self.list_claim[:2])
        self.told_before = (index, tuple(targets))
        if targets:
            self.current = targets[-1]
            self._intercepted_all(targets, sentence)
            if not self.mentions[index]:
                self._unhurt_all(targets, sentence)
        if named and len(targets) > 1 and len({d.date for d in targets}) == 1:
            self.salvo = targets
        elif named and not is_attack and self._another_day(sentence) is None:
            self._refocus(index, named)

    def _either_of_those(self, index: int, targets: list[Draft | None], text: str) -> bool:
        """Whether the sentence, naming no base, tells of "either of those attacks" the sentence
        before told."""
        before, told = self.told_before
        return (
            len(targets) == 1
            and not self.mentions[index]
            and before == index - 1
            and len(told) > 1
            and (_EITHER_OF.search(text) is not None)
        )

    def _intercepted_all(self, targets: list[Draft], sentence: Sentence) -> None:
        """ "Two drones targeted Ain al-Asad and a third Harir. US forces shot down all three, but
        debris hurt troops at al-Asad": every attack of the salvo was intercepted, not only the
        one the sentence names."""
        if len(self.salvo) < 2 or not any(t in self.salvo for t in targets) or not ALL_OF.search(sentence.text):
            return
        if F.find_intercepted(sentence.text) is not True:
            return
        for draft in self.salvo:
            if draft not in targets and draft.intercepted is None:
                draft.intercepted = True
                draft.field_evidence.append(("intercepted", Span(sentence.start, sentence.end, sentence.text)))

    def _unhurt_all(self, targets: list[Draft], sentence: Sentence) -> None:
        """ "Iran fired missiles at Ain al-Asad and at Erbil. Nobody was killed.": no one at any
        base of the salvo, not only at the one in focus."""
        source = next((t for t in targets if t in self.salvo), None)
        if len(self.salvo) < 2 or source is None:
            return
        # As the attack in focus took it: "Initial reports said no Americans had been hurt" did not
        told = find_casualties(sentence.text)
        span = Span(sentence.start, sentence.end, sentence.text)
        for draft in self.salvo:
            if told.killed == 0 and source.killed == 0 and draft.killed is None:
                draft.killed = 0
                draft.field_evidence.append(("killed", span))
            if told.injured == 0 and source.injured == 0 and draft.injured is None and not draft.injuries_reported:
                draft.injured = 0
                draft.field_evidence.append(("injured", span))

    def _named_by_its_day(self, sentence: Sentence) -> Draft | None:
        """The one incident whose day the sentence names it by ("The 20 November missile")."""
        found, _ = self._event_dates_of(sentence)
        days = {d.day for d in found if d.precision == "day" and names_the_attack(sentence, d)}
        current = self.current
        # "The one two days later caused damage": counted from the attack just told
        if (
            not found
            and current is not None
            and current.precision == "day"
            and (after := day_after(sentence, current.date, self.pub)) is not None
        ):
            days.add(after.day)
        if len(days) == 1 and PLURAL_CLAIM.search(sentence.text) and claim_of_this_attack(sentence.text):
            # "The group had also claimed Tuesday's attacks": every attack of that day, the claim
            # going to all of them from the first
            return next(iter(self._dated_on(days)), None)
        return self._the_one_on(days)

    def _claim_of_the_day(self, sentence: Sentence) -> Draft | None:
        """The one incident of the day a claim names, however far from it the claim is told:
        "The Islamic Resistance in Iraq claimed responsibility ... Monday evening"; or the one
        incident of the report, for a claim that names no day."""
        if not self.drafts or (claim := find_claim(sentence.text)) is None:
            return None
        found, spoken = self._event_dates_of(sentence)
        days = {d.day for d in (*found, *spoken) if d.precision == "day"}
        if not found and not spoken and claim.group is not None and len(self.drafts) == 1:
            # "A coalition of militias calling itself the Islamic Resistance in Iraq claimed
            # responsibility": in a report of one attack, that attack, however far back it was told.
            return next(iter(self.drafts.values()))
        return self._the_one_on(days)

    def _dated_on(self, days: set[date]) -> list[Draft]:
        """The incidents dated to the day to one of ``days``."""
        return [d for d in self.drafts.values() if d.precision == "day" and d.date in days]

    def _the_one_on(self, days: set[date]) -> Draft | None:
        """The incident dated to one of ``days``, when exactly one is."""
        fits = self._dated_on(days)
        return fits[0] if len(fits) == 1 else None

    def _named_instead(self, named: list[BaseMention]) -> Draft | None:
        """The incident at the one base a sentence names, when that is not the current one's:
        "... has claimed a second operation today, against the Rmelan landing zone"."""
        base = _one_base(named)
        if base is None or self.current is None or base == self.current.base:
            return None
        return self._latest_for(base)

    def _deny(self, index: int, sentence: Sentence) -> None:
        """A claim the report says did not happen ("The group claimed rockets at Conoco. A US
        official said no attack on Conoco had been recorded that day") is no incident: the latest
        attack at each base the denial names (or the one in focus, if it names none), told in the
        sentences just before and on the day the denial gives, if it gives one, unless the report
        tells of it what only a real attack has. Under a chronology's entry ("18/10/2023 - Ain
        al-Asad. False alarm."), the entry's base and day, whatever is told of them after."""
        if self.section is not None and self.section_base is not None and not self.mentions[index]:
            self.denied.add((self.section_base.base, self.section.day))
            return
        days = {d.day for d in self._event_dates(sentence)}
        bases = [m.base for m in self.mentions[index]]
        if not bases and self.current is not None and self._near_current(index):
            bases = [self.current.base]  # "It turned out to be a false alarm", "no attack on the base that day"
        if "since" in sentence.text:
            return  # "no attack on Harir since Tuesday": later ones, not the one told
        for base in dict.fromkeys(bases):
            draft = self._latest_for(base)
            if draft is None or (days and draft.date not in days) or _real(draft):
                continue
            key = draft.key()
            if index - max((i for i, k in self.sentence_incident.items() if k == key), default=-99) <= _DENIAL_REACH:
                draft.retracted = True

    def _refocus(self, index: int, named: list[BaseMention]) -> None:
        """A sentence about a base already attacked in this report, told without an attack
        ("The al-Omar field houses the largest coalition base in Syria"), brings that incident
        back into focus: "A coalition official said no US personnel had been hurt" follows."""
        base = _one_base(named)
        draft = self._latest_for(base) if base is not None else None
        if draft is not None:
            self.sentence_incident[index] = draft.key()
            self.current = draft

    def _undated_heading(self, index: int) -> bool:
        """Whether sentence ``index`` is a heading with no day: a short paragraph of its own,
        with no digit and no full stop ("What to watch", "The response")."""
        sentence = self.sentences[index]
        text = sentence.text.rstrip()
        if len(text) > HEADING_MAX or text.endswith(".") or _DIGIT.search(text) or len(text.split()) > 8:
            return False
        alone_before = index == 0 or self.sentences[index - 1].paragraph != sentence.paragraph
        alone_after = index + 1 == len(self.sentences) or self.sentences[index + 1].paragraph != sentence.paragraph
        return alone_before and alone_after

    def _heading_date(self, sentence: Sentence) -> DateMention | None:
        """The date of a round-up's section heading ("Erbil, 23 November."): a place and a day
        and nothing else. It dates the attacks told under it that give no day of their own."""
        found, spoken = self._event_dates_of(sentence)
        if len(found) != 1 or spoken or found[0].precision != "day":
            return None
        before = sentence.text[: found[0].start - sentence.start]
        after = sentence.text[found[0].end - sentence.start :]
        if not HEADING_PLACE.fullmatch(before) or before.startswith(_TELLS_THE_DAY):
            return None  # "It's Tuesday, January 30th." opens a show; it heads no section
        if HEADING_END.fullmatch(after):
            return found[0]
        if _HEADING_LABEL.fullmatch(after) and not _STRUCK.search(after) and not self.mentions[self.index]:
            return found[0]  # "Sunday, Jan. 28: the strike", "Monday, Jan. 29: the count rises"
        # "Jan. 28 — a drone struck Tower 22" tells an attack; a heading names only a place
        if not HEADING_PLACE_AFTER.fullmatch(after) or ATTACK.search(after) or F.find_weapons(after):
            return None
        return found[0]

    def _same_day_as_answer(self, front: Sentence, tail: Sentence, answered: re.Match[str]) -> None:
        """ "The US struck three sites on Dec. 25, hours after a drone attack on Erbil wounded
        three": an attack told with no day of its own, hours before the strike, was on its day."""
        if not _HOURS_BEFORE.match(answered.group(0)) or self._event_dates_of(tail)[0]:
            return
        if found := self._event_dates_of(front)[0]:
            self._dates = (tail, ([replace(found[0], start=tail.start, end=tail.start)], []))

    def _event_dates_of(self, sentence: Sentence) -> tuple[list[DateMention], list[DateMention]]:
        if self._dates[0] is not sentence:
            found, spoken = read_dates(sentence, self.pub)
            if self.section is not None and self.section.day.year < self.pub.year and found:
                found = [self._in_section_year(d) for d in found]
            if self.section is not None and self.section.day < self.pub and any(map(is_relative, found)):
                found = self._from_section_day(sentence, found)
            if found and self.year_head is not None:
                found = [self._in_year_head(d) for d in found]
            if found:
                found = self._in_story_year(sentence, found)
            elif " 19" in sentence.text or " 20" in sentence.text:
                self._story_from_year(sentence)
            if "that " in sentence.text or "That " in sentence.text:
                found = [self._that_weekday(sentence, d) for d in found]
            if self.current is not None and any(d.text[:7].lower() == "on the " for d in found):
                found = [self._in_current_month(d) for d in found]
            self._dates = (sentence, (found, spoken))
        return self._dates[1]

    def _that_weekday(self, sentence: Sentence, d: DateMention) -> DateMention:
        """ "Then came the last Sunday of January. ... In the dark hours of that Sunday morning":
        the day of that weekday the sentences just before told, not the last one before publication."""
        at = d.start - sentence.start
        if d.text.lower() not in WEEKDAYS or sentence.text[max(0, at - 5) : at].lower() != "that ":
            return d
        index = self.index_at.get(sentence.start, self.index)
        for i in range(index - 1, max(-1, index - _THAT_DAY_REACH), -1):
            for told in self._days_told(i):
                if told.day.weekday() == WEEKDAYS[d.text.lower()] and told.day != d.day:
                    return replace(d, day=told.day)
        return d

    def _in_current_month(self, d: DateMention) -> DateMention:
        """ "On November 9, two drones hit Harir ... Then on the 11th": a day of the month alone,
        told after the attack in focus, is the first such day on or after it, not the last one
        before publication."""
        current = self.current
        if d.text[:7].lower() != "on the " or current is None or current.precision != "day":
            return d
        with suppress(ValueError):
            day = current.date.replace(day=d.day.day)
            if current.date < day <= self.pub and day != d.day:
                return replace(d, day=day)
        return d

    def _in_story_year(self, sentence: Sentence, found: list[DateMention]) -> list[DateMention]:
        """A retrospective told in order: "the campaign launched in October 2023. On 17 October two
        drones ..." in a report of 2025 is the 17 October after the last day the story gave with
        its year, not the one before publication, when that one is more than half a year later and
        this one is within two months of it. The story's time moves on with each day read with its
        year, or placed by it, and holds for two sentences."""
        at = self.index_at.get(sentence.start, self.index)
        story = self.story if 0 < at - self.story_at <= _STORY_REACH else None
        out = []
        for d in found:
            yeared = _YEAR.search(d.text) is not None
            if story is not None and d.precision == "day" and not yeared and not is_relative(d):
                day = _first_on_or_after(d.day, story)
                if (d.day - story).days > _STORY_GAP and (day - story).days <= _STORY_HOP and day <= self.pub:
                    d = replace(d, day=day)
                    yeared = True
            if yeared and d.precision in ("day", "month") and at >= self.story_at:
                self.story, self.story_at = d.day, at
            out.append(d)
        return out

    def _in_year_head(self, d: DateMention) -> DateMention:
        """ "2021" heading a list, then "- 15 February: about 14 rockets ...": the day in that year."""
        assert self.year_head is not None
        if _YEAR.search(d.text) or d.precision not in ("day", "month") or is_relative(d):
            return d
        with suppress(ValueError):
            if (day := d.day.replace(year=self.year_head)) <= self.pub:
                return replace(d, day=day)
        return d

    def _story_from_year(self, sentence: Sentence) -> None:
        """ "The 2020 crisis began in the last days of 2019. On December 27, rockets hit K-1": a
        story told from the end or the start of a year it names, for the days after it that give
        no year of their own."""
        if (m := _YEAR_EDGE.search(sentence.text)) is None or (year := int(m["year"])) >= self.pub.year:
            return
        self.story = date(year, 1, 1) if m["edge"].lower() in _YEAR_STARTS else date(year, 11, 1)
        self.story_at = self.index_at.get(sentence.start, self.index)

    def _from_section_day(self, sentence: Sentence, found: list[DateMention]) -> list[DateMention]:
        """Under a post dated to its minute ("Friday, 17 November 2023 — 08:51"), "today" and "at
        dawn, Friday" are the post's words and count from its day, not from the day the log of
        posts was published. Under a digest's "Thursday, Nov. 23" they are the digest's own, unless
        they would fall after the day a diary's heading names with its weekday: "Monday, Jan. 29"
        then "Jordan, which on Sunday had said" is the Sunday before that Monday. Under "Jan. 28,
        Tower 22", "34 on Monday" is the Monday after, told from the day of publication."""
        section = self.section
        assert section is not None
        again = {d.start: d for d in read_dates(sentence, section.day)[0]}
        return [
            again.get(d.start, d)
            if is_relative(d) and (self.section_timed or (self.section_diary and d.day > section.day))
            else d
            for d in found
        ]

    def _in_section_year(self, d: DateMention) -> DateMention:
        """A day given without its year, under a heading of an earlier year ("## March 11, 2020"
        then "On March 14, a second barrage"): the first such day on or after the heading's."""
        section = self.section
        assert section is not None
        if d.precision != "day" or d.day.year == section.day.year or _YEAR.search(d.text):
            return d
        day = _first_on_or_after(d.day, section.day)
        return replace(d, day=day) if section.day <= day < section.day + timedelta(days=_SECTION_REACH) else d

    def _us_action_leads(self, index: int, sentence: Sentence, us_action: re.Match[str]) -> bool:
        """Whether a US action comes before every base and attack cue, so that the sentence is
        about the strike; asked only when there is one, as the claim finder costs."""
        text = sentence.text
        first_base = min((m.start - sentence.start for m in self.mentions[index]), default=None)
        first_cue = min((m.start() for m in (EVENT.search(text), find_claim_match(text)) if m), default=None)
        leading = [p for p in (first_base, first_cue) if p is not None]
        return (not leading or us_action.start() <= min(leading)) and not dates_by(sentence, us_action)

    def _event_dates(self, sentence: Sentence, speech_fallback: bool = False) -> list[DateMention]:
        """Dates in the sentence that say when something happened, not when someone spoke.

        With ``speech_fallback``, a sentence whose only date is when it was reported ("a source
        reported on Friday that rockets were fired") gives that date. A sentence is asked
        several times while it is read, so its dates are kept until the next one.
        """
        # The same object while one sentence is read; == would compare every field.
        found, spoken = self._event_dates_of(sentence)
        if not found and (anchor := self._day_counted_from(sentence)) is not None:
            after = day_after(sentence, anchor, self.pub)
            if after is not None:
                return [after]
        return found or (spoken[:1] if speech_fallback and not ANAPHOR.search(sentence.text) else [])

    def _day_counted_from(self, sentence: Sentence) -> date | None:
        """The day "two days later" or "the day before" counts from: the incident in focus, or with
        none yet the one day the sentence just before told ("On Wednesday, sirens sounded at Ain
        al-Asad over a false alarm. The day before, US forces engaged two drones")."""
        current = self.current
        if current is not None and (later := self._day_told_since(current)) is not None:
            return later  # "... on 23 March 2023, shows how ... A drone hit a base near Hasakah that day"
        if current is not None:
            return current.date if current.precision == "day" else None
        if not might_count_days(sentence.text):
            return None
        if self.pending is not None or (not self.mentions[self.index] and generic_base(sentence.text) is None):
            return None  # an attack dated before its place was named: that day, and what was told since, stand
        for i in range(self.index - 1, max(-1, self.index - 6), -1):
            if days := self._days_told(i):
                return days[0].day if len(days) == 1 else None
        return None

    def _may_matter(self, index: int, text: str) -> bool | None:
        """Cheap first look: False skips a sentence with no attack, no base and nothing to add to
        the current incident before the costlier tests. True means that it adds to the current
        incident, None that it names a base or an attack: the answer is kept for :meth:`_read`,
        which would ask :meth:`_adds_to_current` again (its state does not change in between)."""
        if self.mentions[index] or ATTACK.search(text) or F.find_weapons(text):
            return None
        return self._adds_to_current(index, text)

    def _adds_to_current(self, index: int, text: str) -> bool:
        """Whether a sentence that names no attack and no base still adds to the current incident.

        Not one that dates itself to another time ("In January 2020, Kataib Hezbollah claimed ...").
        """
        current = self.current
        if current is None or not self._near_current(index) or not (ANAPHOR.search(text) or has_fields(text)):
            return False
        sentence = self.sentences[index]
        if (later := self._another_day(sentence)) is not None and self._the_one_on({later}) is None:
            return False  # a day of no attack read: "The one two days later caused damage" is that one's
        found = self._event_dates_of(sentence)[0] if _DIGIT.search(text) else []
        # "The 9 November strike started a fire": a day that names an attack is read further on.
        return not any(_before(d, current) and not names_the_attack(sentence, d) for d in found)

    def _attack_asked_about(self, index: int, sentence: Sentence) -> Draft | None:
        """The attack a reporter's question cites as having happened, by its weapon, base and
        day ("Q: Follow-up on the close-range ballistic missile at Al-Asad on the 20th."), which
        the answer then tells of ("Eight personnel sustained minor injuries in that attack")."""
        if sentence.paragraph not in self.questions or sentence.text.rstrip().endswith("?"):
            return None
        if _HEARSAY.search(sentence.text):
            return None  # "There are reports this morning of rockets fired at Union III": asked, not cited
        base = _one_base(self.mentions[index])
        if base is None or not (F.find_weapons(sentence.text) or EVENT.search(sentence.text)):
            return None  # "Q: Ain al-Assad was targeted on November 17.": an attack cited by its day
        days = [d for d in self._event_dates(sentence) if d.precision == "day"]
        if len(days) != 1:
            return None
        mention = self.mentions[index][0]
        return self._open(base, mention.text, days[0].day, "day", days[0].text)

    def _told_since_when(self, sentence: Sentence) -> bool:
        """ "Al-Tanf has not been targeted since October 23, when US forces engaged two drones near
        the base": the denial is of later attacks; the "when" clause tells one."""
        text = sentence.text
        return " when " in text and any(since_when(text, d.end - sentence.start) for d in self._event_dates(sentence))

    def _another_day(self, sentence: Sentence) -> date | None:
        """The day other than the current incident's, counted from it, that the sentence opens on:
        "The next evening, a false alarm sent people at Ain al-Assad into bunkers" tells of something else."""
        current = self.current
        if current is None or current.precision != "day" or not might_count_days(sentence.text):
            return None
        later = day_after(sentence, current.date, self.pub)
        # Opening the sentence: not "Kataib Hezbollah, which announced two days later that ..."
        if later is None or later.day == current.date or later.start - sentence.start > _OPENING_DAY:
            return None
        return later.day

    def _continues(self, index: int, sentence: Sentence, is_attack: bool) -> bool:
        """A weapon that did something, told without a place or a day of its own right after the
        current incident's sentences, goes on telling it: "a dozen rockets were fired at the
        embassy". Talk of attacks in general ("claimed most of the drone attacks on US troops")
        names no event verb and does not."""
        if not (is_attack and self._near_current(index) and F.find_weapons(sentence.text)):
            return False
        event = EVENT.search(sentence.text)
        return (
            event is not None
            and not event.group(0).lower().startswith(("attack", "strike", "assault"))
            and not US_ACTION.search(sentence.text)
            # A day of its own makes it another attack, unless the current one has no day yet.
            and (not self._event_dates(sentence) or (self.current is not None and self.current.provisional))
        )

    def _before_us_action(self, sentence: Sentence, us_from: int) -> list[DateMention]:
        """The sentence's event dates but those told after a US action starting at ``us_from``,
        which are the action's, unless they name an attack ("in retaliation for the January 28
        drone attack")."""
        dates = self._event_dates(sentence, speech_fallback=self.current is None)
        return [d for d in dates if d.start < us_from or names_the_attack(sentence, d)]

    def _dated_closer_than_a_month(self, sentence: Sentence) -> bool:
        """Whether the sentence gives a day, a week or a month by its year: "a run of drone attacks
        on Harir this month" tells no one attack; "Last week, a missile struck al-Asad in the most
        serious attack so far" and "hit repeatedly, including a rocket attack in February 2021" do."""
        return any(d.precision != "month" or _YEAR.search(d.text) for d in self._event_dates(sentence))

    def _on_the_day_of_current(self, index: int, when: DateMention) -> bool:
        """Whether an attack told with no place, on a day, is the one in focus: the same day, told close
        by, and opening the sentence (not "The attacks came as Biden traveled to Israel on Wednesday")."""
        current = self.current
        return (
            current is not None
            and when.start <= _OPENING_DAY
            and current.precision == "day"
            and when.precision == "day"
            and when.day == current.date
            and self._near_current(index)
        )

    def _near_current(self, index: int) -> bool:
        """Whether a sentence is close enough to the current incident to be about it."""
        if self.current is None:
            return False
        current = self.current.key()
        # Only this sentence and earlier ones are ever assigned: the last NEAR are all that count.
        # A US strike told in between ends the attack's story: what follows is about the strike.
        get = self.sentence_incident.get
        for i in range(index, index - NEAR - 1, -1):
            if get(i) == current:
                return True
            if i == self.us_action_at and i != index:
                return False
        return False

    def _target(
        self,
        base: str | None,
        place: str,
        when: DateMention | None,
        anaphoric: bool,
        same_day: bool = False,
        strong: bool = True,
    ) -> Draft | None:
        if when is not None:
            return self._open(base, place, when.day, when.precision, when.text)
        if self.section is not None:
            return self._open(base, place, self.section.day, self.section.precision, self.section.text)
        current = self.current
        if same_day and current is not None:
            return self._open(base, place, current.date, current.precision, "the same day as " + current.basis)
        pending = self.pending
        if pending is not None and self._pending_near() and (current is None or current.date != pending[0].day):
            # "The first attacks were on October 17th. Two drones at Ain al-Asad, one at Harir":
            # the day just told, for every base the sentence names, before the incident in focus.
            return self._take_pending(base, place)
        earlier = self._latest_for(base)
        # "the attack on Tower 22" after Shaddadi was told: the one read at Tower 22, not the last one.
        if current is not None and (current.base == base or (anaphoric and (earlier is None or base is None))):
            return current
        if earlier is not None:
            return earlier
        if not strong:
            return None
        # Dated before its place is named: close by, or later as "the attack on Tower 22".
        if self.pending is not None and (self._pending_near() or anaphoric):
            return self._take_pending(base, place)
        if (before := self._dated_just_before(base)) is not None:
            # "The sirens at Ain al-Asad went off last Saturday. Most of the missiles fired at the
            # base were knocked down": the day the sentence before gave the place.
            return self._open(base, place, before.day, before.precision, before.text)
        if (
            current is not None
            and current.precision == "day"
            and self._told_just_before(current)
            # "Syria: drone shot down near Rumalyn Landing Zone" heads an item of its own
            and not self._undated_heading(self.index)
        ):
            # "US forces shot down two drones there and a third that was aimed at the al-Harir
            # base": an undated attack told right after a dated one happened that day.
            draft = self._open(base, place, current.date, "day", "the same day as " + current.basis)
            draft.provisional = True
            return draft
        lead = self._lead()
        if lead is not None:
            return self._open(
                base, place, lead.date, lead.precision, f"undated: the date of the report's lead ({lead.basis})"
            )
        return self._open(base, place, self.pub, "week", NO_DATE)

    def _follow_claimed_list(self, index: int, sentence: Sentence) -> None:
        """Keep or end the claim of a list ("X claimed the following attacks: ..."): it holds
        for the entries after it that open with their day ("January 19: one-way drone ..."), and
        ends at the first paragraph that does not."""
        listed = self.list_claim
        if listed is not None and sentence.paragraph != listed[2]:
            new_paragraph = index == 0 or self.sentences[index - 1].paragraph != sentence.paragraph
            if new_paragraph and not LIST_ENTRY.match(sentence.text):
                self.list_claim = listed = None
        if listed is None and "claimed" in sentence.text and CLAIMED_LIST.search(sentence.text):
            claim = find_claim(sentence.text)
            if claim is not None and claim.group is not None:
                span = Span(sentence.start, sentence.end, sentence.text)
                self.list_claim = (claim.group, span, sentence.paragraph)

    def _lead_of(self, index: int) -> int | None:
        """The undated, unplaced attack told in one of the two sentences before, when this one
        goes on with it by a definite "the drone", "the attack"."""
        lead, self.lead = self.lead, None
        if lead is None or index - lead > 2 or any(i in self.sentence_incident for i in range(lead, index)):
            return None
        return lead if _THE_WEAPON.search(self.sentences[index].text) else None

    def _pending_near(self) -> bool:
        """Whether the attack dated before its place was named is close enough to be the one told.

        "fired missiles at two bases in Iraq" promises places still to come, and waits longer.
        """
        return self.pending is not None and self.index - self.pending[1] <= self.pending_reach

    def _take_pending(self, base: str | None, place: str) -> Draft:
        """The incident at ``base`` on the day an attack was dated before its place was named.

        The sentence that dated it ("IRGC fired a dozen ballistic missiles on 13 March")
        describes it too. Every base of the sentence being read takes the day; the next
        sentence no longer does.
        """
        assert self.pending is not None
        when, pending_index = self.pending
        draft = self._open(base, place, when.day, when.precision, when.text)
        if self.pending_taken != self.index:
            # "The IRGC claimed the barrage within hours", told before the places were named
            self.pending_claims = [
                i
                for i in range(pending_index + 1, self.index)
                if i not in self.sentence_incident and claim_of_this_attack(self.sentences[i].text) is not None
            ]
        if self.sentence_incident.get(pending_index) != draft.key():
            for i in (pending_index, *self.pending_claims):
                self._absorb(draft, self.sentences[i], i)
        self.pending_taken = self.index
        return draft

    def _dated_just_before(self, base: str | None) -> DateMention | None:
        """The one day the sentence before gives, if it names ``base`` and told no attack; or the
        one before that, past a sentence that gives no day ("On the morning of Sunday, January 28,
        it did not go off in time. The drone came in low from the east. It struck the trailers")."""
        if base is None:
            return None
        for i in range(self.index - 1, max(-1, self.index - 3), -1):
            if i in self.sentence_incident or TALLY.search(self.sentences[i].text):
                return None
            # "... On Sunday, one did not. The drone that struck Tower 22 killed three soldiers": a
            # day told with no place at all is the next sentence's too.
            if self.mentions[i] and all(m.base != base for m in self.mentions[i]):
                return None
            if found := self._days_told(i):
                return found[0] if len(found) == 1 else None
            if self.mentions[i]:
                return None  # "The latest case involved al-Tanf garrison.": the place is set there, undated
        return None

    def _day_told_since(self, current: Draft) -> date | None:
        """The one day the sentence just before told, when it told no attack and named a day
        other than the incident in focus's: what "that day" now means. Not what "three days before
        the missile strike" counts from, which is the attack's day."""
        i = self.index - 1
        if i < 0 or i in self.sentence_incident or not _THAT_DAY.search(self.sentences[self.index].text):
            return None
        days = self._days_told(i)
        return days[0].day if len(days) == 1 and days[0].day != current.date else None

    def _days_told(self, i: int) -> list[DateMention]:
        """The days (to the day) sentence ``i`` tells something happened on (read once: several
        look-backs ask of the same sentence)."""
        if (told := self._told_days.get(i)) is None:
            told = self._told_days[i] = [d for d in read_dates(self.sentences[i], self.pub)[0] if d.precision == "day"]
        return told

    def _told_just_before(self, draft: Draft) -> bool:
        """Whether one of the two sentences before the one being read tells ``draft``."""
        key = draft.key()
        return any(self.sentence_incident.get(i) == key for i in (self.index - 1, self.index - 2))

    def _lead(self) -> Draft | None:
        """The report's main incident: the first one dated to the day, close to publication."""
        for key in self.order:
            draft = self.drafts[key]
            if draft.precision == "day" and 0 <= (self.pub - draft.date).days <= 3:
                return draft
        return None

    def _absorb(self, d: Draft, sentence: Sentence, index: int, whole: SentenceOf | None = None) -> None:
        """``sentence`` (or its part about ``d`` of the sentence ``whole``) into ``d``, redating
        it first when it was dated only provisionally and the sentence gives its day."""
        if (
            (d.provisional or d.basis == NO_DATE)
            and (found := self._event_dates(sentence))
            and found[0].precision == "day"
        ):
            if 0 <= (d.date - found[0].day).days <= _TOLD_WITHIN:
                self._redate(d, found[0])
            else:
                # "The embassy has been targeted before. On January 26, 2020, a rocket struck its
                # dining facility": an earlier attack on the same place, not the day of this one.
                d = self._open(d.base, d.place_text, found[0].day, found[0].precision, found[0].text)
        elif _at_night(d) and d.date < self.pub and (hour := _SMALL_HOURS.search(sentence.text)):
            # "came under attack overnight" then "The volley came at around 4:15 a.m.": after midnight,
            # the report's own day, for every attack of that night
            for night in [n for n in self.drafts.values() if n.date == d.date and _at_night(n)]:
                when = DateMention(night.date + timedelta(days=1), "day", sentence.start, sentence.start, hour.group(0))
                self._redate(night, when)
        self.sentence_incident[index] = d.key()
        d.absorb(Span(sentence.start, sentence.end, sentence.text), self.claimants, whole)

    def _night_before(self, when: DateMention) -> Draft | None:
        """The incident in focus, if it is dated only "overnight" and ``when`` is the morning after."""
        current = self.current
        if current is None or current.basis.lower() not in _NIGHT or when.precision != "day":
            return None
        return current if (when.day - current.date).days == 1 else None

    def _day_naming_it(self, sentence: Sentence) -> DateMention | None:
        """The one day a sentence gives, when it names the attack by it ("The January 28 drone")."""
        found = self._event_dates_of(sentence)[0] if _DIGIT.search(sentence.text) else []
        if len(found) == 1 and found[0].precision == "day" and names_the_attack(sentence, found[0]):
            return found[0]
        return None

    def _redate(self, d: Draft, when: DateMention) -> None:
        """Give an incident dated only by when it was reported the day a later sentence tells
        ("The drone hit the academy shortly before midnight on Sunday")."""
        old = d.key()
        new = (old[0], when.day.isoformat(), when.precision)
        if new in self.drafts:  # that day's incident is read already: the two stay apart
            return
        d.date, d.precision, d.basis, d.provisional = when.day, when.precision, when.text, False
        self.drafts[new] = self.drafts.pop(old)
        self.order[self.order.index(old)] = new
        for i, key in self.sentence_incident.items():
            if key == old:
                self.sentence_incident[i] = new


def _first_on_or_after(day: date, start: date) -> date:
    """``day``'s month and day in the first year that puts it on or after ``start``."""
    for year in (start.year, start.year + 1):
        with suppress(ValueError):
            if (moved := day.replace(year=year)) >= start:
                return moved
    return day


def _sentence_of(sentence: Sentence, parts: list[Sentence], k: int, several_days: bool) -> SentenceOf:
    """What part ``k`` of a sentence naming several bases shares with the rest of it."""
    arms = None
    if not F.find_weapons(parts[k].text):
        # "drones the group claimed against Kharab al-Jir and | the Rmelan landing zone": the
        # weapon of the nearest part that names one, before it first
        arms = next((p for p in (*reversed(parts[:k]), *parts[k + 1 :]) if F.find_weapons(p.text)), None)
    return SentenceOf(
        Span(sentence.start, sentence.end, sentence.text),
        not several_days,
        None if arms is None else Span(arms.start, arms.end, arms.text),
    )
