"""Incidents from sentences: which sentences report an attack, on which base and day.

The article is read in order, keeping a "current incident" the way a reader does: a
sentence with an attack, a place and a day opens (or returns to) an incident; a sentence
that only adds a figure ("a drone was shot down") or refers back ("that attack") belongs
to the current one. Threats, US strikes and tallies open nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.extract import fields as F
from store.extract.bases import BaseMention
from store.extract.claims import claim_of_this_attack, find_claim, find_claim_match, find_groups
from store.extract.dates import WEEKDAYS, DateMention
from store.extract.event_dates import (
    may_name_an_attack,
)
from store.extract.incident_cues import (
    ANAPHOR,
    ANSWERED,
    ATTACK,
    BACKGROUND,
    COUNTED_ATTACKS_ON,
    DENIED,
    DISPUTED_PLACE,
    EVENT,
    HEADING_MAX,
    HYPOTHETICAL,
    IT_HIT,
    MONITORS_ATTACKS,
    NEGATED,
    OUT_OF_SCOPE,
    PLURAL_CLAIM,
    SAME_DAY,
    TALLY,
    THREAT,
    US_ACTION,
)
from store.extract.incident_draft import Draft, SentenceOf
from store.extract.incident_focus import NIGHT, IncidentFocus
from store.extract.incident_state import NEAR, PENDING_REACH, PENDING_REACH_COUNTED
from store.extract.passage_dates import DIGIT, STORY_REACH
from store.extract.passage_places import one_base
from store.extract.sentence_bases import (
    COMMENT_FROM,
    RESPONDING_TO,
    before_us_action,
    clause_of,
    dates_by,
    generic_base,
    only_where,
    own_parts,
    pair_bases_and_days,
    town_attack,
    unlisted_base,
)
from store.extract.text import Sentence
from store.models import IncidentMention, Span

_HOLIDAY_WORD = re.compile(r"Christmas|New Year")
# A base that others hold, as the text says after naming it: not one hosting US or coalition troops.
_THEIRS = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:used|run|held|operated|controlled|manned)\s+by\s+(?:Iraq['’]s\s+|the\s+Iraqi\s+|Iraqi\s+)?"
    r"(?:Hashe?d|Popular Mobili[sz]ation|PMF|militias?|Kataib|army|police|Syrian (?:army|government|regime))",
    re.I,
)
_YEAR_HEADING = re.compile(r"\s*((?:19|20)\d\d)\s*:?\s*")
# "rejected claims that drones had hit Ain al-Assad again on Thursday" tells of no attack, but
# "dismissed the claim as propaganda" may dispute only what the claim says the attack did.
_ONLY_DISPUTED = re.compile(r"(?:rejected|dismissed|denied) (?:\w+ ){0,2}claims?\b", re.I)
_DENIAL_REACH = 30  # how many sentences after a claim a denial of it still comes (a fact-check ends on it)
_TOLD = re.compile(r"\b(?:killed|wounded|injured|hurt)\b")  # a toll an unplaced attack tells
# "The third was aimed at", "The other hit": a subject whose weapon the sentence before named.
_ELIDED = re.compile(
    r"\s*(?:The|A|the|a) (?:second|third|fourth|fifth|other|last|remaining) (?:one )?"
    r"(?:was|were|hit|struck|landed|targeted|exploded|crashed|fell)\b"
)
# How far before "was not hit" the base it is said of may end: "Al-Tanf itself was not hit".
_SUBJECT_GAP = 12
_NOT_HIT = re.compile(r"\b(?:was|were)(?:n[’']t| not) (?:hit|struck|targeted|attacked)\b")
_SPOKEN_FROM = re.compile(r"\b(?:interview|call|speaking|spoke|talking|video link|message)\s+from\s+(?:the\s+)?$")
_SAME_BASE = re.compile(r"\bthe same (?:base|air ?base|airfield|outpost|garrison|site)\b")
_BULLET_OPENING = re.compile(r"\s*[-*•–—]\s")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})\b")
_CLOCK = re.compile(r"\b[012]?\d:[0-5]\d\b")  # "— 08:51"
_THERE = re.compile(r"\b(?:[Tt]here|at the same (?:base|site|facility))\b(?! (?:was|were|is|are|has|have|had)\b)")
# What a US strike answered, told early in what follows "after": "a drone attack", "a missile slammed into".
_ANSWERED_BLOW = re.compile(
    r"\b(?:attack|strike|assault|(?:missiles?|rockets?|drones?|mortars?)\s+(?:slammed|struck|hit|landed|crashed))\b"
)
# "fired ballistic missiles at two bases in Iraq": bases the story has yet to name.
COUNTED_BASES = re.compile(
    r"\b(?:two|three|four|five|several|multiple) (?:[\w-]+ ){0,2}(?:bases|sites|installations|facilities)\b", re.I
)
# "The Islamic Resistance in Iraq claimed the following attacks:" and the list after it.
CLAIMED_LIST = re.compile(r"\bclaimed (?:responsibility for )?(?:the following|these|the attacks below)\b", re.I)
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
LIST_ENTRY = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})"
    r"(?:,?\s+\d{4})?\s*[:–—-]"
)
# ", a banner under which several armed groups have been claiming attacks since mid-October," or to the end
_ASIDE = re.compile(r",\s+(?:an?|the)\s[^,\"“”]*(?:,|[.!]?\s*$)")


def _trailing_aside(text: str, found: re.Match[str]) -> int:
    """Where the aside starts that what ``found`` matched lies in, after the attack the sentence
    tells and the toll it took, or -1: "... after a drone attack on a remote US outpost killed three
    American soldiers, the first US combat deaths in the string of militia attacks since October"."""
    attack = ATTACK.search(text)
    if attack is None or attack.start() > found.start():
        return -1
    comma = text.rfind(", ", attack.end(), found.start())
    return comma if comma >= 0 and _TOLD.search(text, attack.end(), comma) is not None else -1


def _spoken_from(sentence: Sentence, mention: BaseMention) -> bool:
    """Whether a base is named as where someone spoke from: "he said in a phone interview from
    Mission Support Site Euphrates"."""
    at = mention.start - sentence.start
    return _SPOKEN_FROM.search(sentence.text, max(0, at - 40), at) is not None


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


@dataclass
class _Unnamed:
    """What a sentence naming no base in the gazetteer points at: ``generic`` is the mention
    ("the base", "it", "Hemo base", "the Erbil attack"), ``pronoun`` set when it is "it",
    ``unknown`` when it is a base the gazetteer lacks, ``town`` the base of a town it names."""

    generic: re.Match[str] | None = None
    pronoun: re.Match[str] | None = None
    unknown: re.Match[str] | None = None
    town: str | None = None


@dataclass
class _Told:
    """The incidents a sentence tells, and for each (by id) its own clause and what it shares
    with the rest of a sentence naming several bases."""

    targets: list[Draft | None] = field(default_factory=list)
    clauses: dict[int, Sentence] = field(default_factory=dict)
    shared: dict[int, SentenceOf] = field(default_factory=dict)


class IncidentReader(IncidentFocus):
    """One pass over an article's sentences."""

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
            night = draft.basis.lower() in NIGHT and draft.base is not None
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
        self.answer_from = None
        if self.pending_taken is not None and self.pending_taken < index:
            self.pending = self.pending_taken = None
        if sentence.paragraph in self.notes or self._read_layout(index, sentence):
            return
        text = sentence.text
        adds = self._may_matter(index, text)
        if adds is False:
            if _takes_back(DENIED.search(text)):
                self._deny(index, sentence)  # "It turned out to be a false alarm."
            elif (dated := self._claim_of_the_day(sentence)) is not None:
                self._absorb(dated, sentence, index)
            return
        if self._tells_no_attack(index, sentence):
            return
        us_action = US_ACTION.search(text)
        us_from = sentence.end
        if us_action and self._us_action_leads(index, sentence, us_action):
            tail = self._answered_part(index, sentence, us_action)
            if tail is None:
                self.other_story_at = index
                return
            sentence, text = tail, tail.text
            adds = None  # asked of the whole sentence: ask again of what is left
        elif us_action:
            # "cast it as revenge for Soleimani, killed by an American drone strike outside Baghdad
            # airport five days earlier": a day told after a US action is the action's.
            us_from = sentence.start + us_action.start()
            if self.mentions[index]:
                self.mentions[index] = before_us_action(self.mentions[index], sentence, us_action)
                if (answer := RESPONDING_TO.search(text, us_action.end())) is not None:
                    self.answer_from = sentence.start + answer.start()
        # Only asked for with no base named: every later use of it comes after "named or".
        if self.mentions[index] and (counted := self._counted_from_base(index, sentence)) is not None:
            self.mentions[index] = self.mentions[index][1:]  # "Eight days before Tower 22": not an attack on it
            self._dates = (sentence, ([counted], []))
        place = self._unnamed_place(index, text)
        if (
            (bg := BACKGROUND.search(text))
            and not _in_group_aside(text, bg)
            and not (
                (self.mentions[index] or place.generic)
                and self._dated_closer_than_a_month(sentence)
                and not self._dated_before_background(index, sentence, bg)
            )
        ):
            if (aside := _trailing_aside(text, bg)) < 0:
                return
            found, spoken = self._event_dates_of(sentence)  # the aside's days are the series'
            self._dates = (sentence, ([d for d in found if d.start - sentence.start < aside], spoken))
        is_attack = bool(ATTACK.search(text) or F.find_weapons(text))
        named = only_where(self.mentions[index], sentence)
        if named and "from" in text:
            named = [m for m in named if not _spoken_from(sentence, m)]
        if named and "same " in text and (same := _SAME_BASE.search(text)) is not None:
            named = self._with_the_same_base(index, sentence, named, same)
        told = _Told()
        # "The 9 November strike started a fire inside the base": the one incident of that day,
        # named by it, whatever "the base" would otherwise resolve to.
        if not named and may_name_an_attack(text) and (of_the_day := self._named_by_its_day(sentence)) is not None:
            told.targets.append(of_the_day)
            place = _Unnamed()
        if is_attack and not (named or place.generic):
            self._read_unplaced(index, sentence, us_from, told.targets)
        if is_attack and (named or place.generic):
            named = self._read_placed(index, sentence, us_from, named, place, told)
        elif told.targets:
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
            told.targets.append(target)
        elif (dated := self._claim_of_the_day(sentence)) is not None:
            told.targets.append(dated)
        self._tell(index, sentence, named, is_attack, told)

    def _dated_before_background(self, index: int, sentence: Sentence, bg: re.Match[str]) -> bool:
        """Whether the sentence's days all stand in a clause before the bases it names and the
        background it tells: "Friday's barrage was the first on the mission, although US bases at
        Ain al-Asad and Harir have been attacked dozens of times" dates no attack at those bases."""
        mentions, dates = self.mentions[index], self._event_dates(sentence)
        if not mentions or not dates:
            return False
        last_day = max(d.end for d in dates) - sentence.start
        first_base = min(m.start for m in mentions) - sentence.start
        between = sentence.text[last_day:first_base]
        return last_day < first_base and bg.start() > last_day and _CONTRAST.search(between) is not None

    def _read_layout(self, index: int, sentence: Sentence) -> bool:
        """Keep track of the layout a sentence belongs to (a year heading a list, a round-up's
        dated section, a claimed list); True when the sentence is a heading and tells nothing."""
        text = sentence.text
        if (year := _YEAR_HEADING.fullmatch(text)) is not None:
            self.year_head = int(year[1]) if int(year[1]) <= self.pub.year else None  # "2021", heading the list below
            self.year_para = sentence.paragraph
            return True
        if self.year_head is not None and not _BULLET_OPENING.match(text) and sentence.paragraph != self.year_para:
            self.year_head = None
        if self.story is not None and 0 < index - self.story_at <= STORY_REACH and DIGIT.search(text):
            self._event_dates_of(sentence)  # a day of the story moves its time on, whatever the sentence tells
        self._follow_claimed_list(index, sentence)
        if self.section is not None and (
            self._undated_heading(index) or (self.section_item is not None and sentence.paragraph != self.section_item)
        ):
            # "What to watch": the dated entries above have ended; or the list item a date opened has
            self.section = self.section_base = self.section_item = None
        if (
            len(text) > HEADING_MAX
            or not (DIGIT.search(text) or _HOLIDAY_WORD.search(text))
            or (heading := self._heading_date(sentence)) is None
        ):
            return False
        if sentence.paragraph == self.sentences[0].paragraph and heading.day == self.pub:
            return True  # "Levant Watch daily feed, 1 January 2024": the report's dateline, heading nothing
        self.section = heading
        self.section_base = self.mentions[index][0] if one_base(self.mentions[index]) else None
        self.section_timed = _CLOCK.search(text) is not None
        self.section_diary = _WEEKDAY.search(text) is not None
        # "- 30 September 2020. Six rockets ...": a dated list item dates its own lines only
        self.section_item = sentence.paragraph if _BULLET_OPENING.match(text) else None
        if self.mentions[index]:
            # "20 January, Ain al-Assad (Anbar, Iraq)." heads a new entry: "the base" below is
            # that one, not the incident the entry before was about.
            self.current = None
        return True

    def _tells_no_attack(self, index: int, sentence: Sentence) -> bool:
        """Whether a sentence asks, threatens, denies, counts or tallies rather than tells an
        attack; such a sentence may still take one back, cite one, or bring a base into focus."""
        text = sentence.text
        # "Was the U.S. Embassy attacked?" asks; it reports nothing
        asks = text.rstrip().endswith("?") or (
            sentence.paragraph in self.questions and claim_of_this_attack(text) is None  # a claim it cites holds
        )
        counted = COUNTED_ATTACKS_ON.match(text) is not None and not self._event_dates(sentence)
        denied = DENIED.search(text)
        threat = THREAT.search(text)
        if not (
            asks
            or counted
            or threat
            or (NEGATED.search(text) and not self._told_since_when(sentence))
            or denied is not None
            or OUT_OF_SCOPE.search(text)
            or TALLY.search(text)
            or (self.current is not None and DISPUTED_PLACE.search(text))
            or _only_in(MONITORS_ATTACKS, text, "attacks")
            or _only_in(HYPOTHETICAL, text, " have ")
        ):
            return False
        if _takes_back(denied):
            self._deny(index, sentence)
        elif self.mentions[index] and (not_hit := _NOT_HIT.search(text)) is not None:
            self._unsaid(index, not_hit)
        if asks and (cited := self._attack_asked_about(index, sentence)) is not None:
            self._absorb(cited, sentence, index)
            self.current = cited
        elif self.mentions[index] and self._another_day(sentence) is None:
            self._refocus(index, self.mentions[index])
        elif (strike := US_ACTION.search(text)) is not None and self._us_action_leads(index, sentence, strike):
            # "a self-defense strike against five militants preparing to launch a drone": the
            # strike's story begins, and "All five were killed" is its toll.
            self.other_story_at = index
        elif threat is not None and denied is None:
            self._claimed_in_threat(sentence)
        elif OUT_OF_SCOPE.search(text) and (EVENT.search(text) or ATTACK.search(text)):
            # "A US Navy destroyer in the Red Sea shot down three cruise missiles ...": another
            # story begins, and "No one aboard was hurt" is its own
            self.other_story_at = index
        return True

    def _unsaid(self, index: int, not_hit: re.Match[str]) -> None:
        """ "Al-Tanf Garrison, about 20 km to the north, was not hit": an attack told at the base
        it names just before with nothing that only a real attack has, not even a weapon (someone's
        first, wrong word on where it fell), did not happen there; on the day it names, if it names
        one, nor does one told after."""
        sentence = self.sentences[index]
        before = [m for m in self.mentions[index] if m.start - sentence.start <= not_hit.start()]
        for mention in before:  # "... was not hit, unlike Harir": the base named after is not the one
            draft = self._latest_for(mention.base)
            if draft is not None and not draft.weapons:
                self._take_back(draft, index, NEAR)
        subject = before[-1] if before else None
        if subject is not None and not_hit.start() - (subject.end - sentence.start) <= _SUBJECT_GAP:
            # "Al-Tanf itself was not hit on Sunday", then Jordan's first word that it was: no
            # attack there that day, unless the report tells what only a real one has
            for day in [d.day for d in self._event_dates(sentence) if d.precision == "day"]:
                self.denied.add((subject.base, day))

    def _claimed_in_threat(self, sentence: Sentence) -> None:
        """ "In its statement claiming Saturday's attack, the Islamic Resistance in Iraq vowed to
        keep striking": the claim goes to the attack of that day; the threat adds nothing."""
        claim = claim_of_this_attack(sentence.text)
        if claim is None or claim.group is None:
            return
        claimed: list[Draft] = []
        if (dated := self._claim_of_the_day(sentence)) is not None:
            claimed = [dated]
        elif (plural := PLURAL_CLAIM.search(sentence.text)) is not None and plural.group(0).lower().startswith("both"):
            claimed = self._two_told_last()
        elif self.current is not None and self._near_current(self.index):
            claimed = [self.current]  # "claimed the attack on Telegram, warning that more would follow"
        for draft in claimed:
            if draft.claimed_by is None:
                draft.claim_as(claim.group, Span(sentence.start, sentence.end, sentence.text))

    def _answered_part(self, index: int, sentence: Sentence, us_action: re.Match[str]) -> Sentence | None:
        """The part of a sentence about a US strike that tells the attack it answered ("The US
        struck three sites on Dec. 25, hours after a drone attack on Erbil wounded three"), or
        None: the sentence is about the strike."""
        text = sentence.text
        answered = ANSWERED.search(text, us_action.end())
        if answered is None or not _ANSWERED_BLOW.search(answered["tail"][:80]):
            return None
        start = sentence.start + answered.start("tail")
        front = Sentence(sentence.start, start, text[: answered.start("tail")], sentence.paragraph)
        tail = Sentence(start, sentence.end, self.sentences[index].text[answered.start("tail") :], sentence.paragraph)
        self._same_day_as_answer(front, tail, answered)
        self.mentions[index] = [m for m in self.mentions[index] if m.start >= start]
        return tail

    def _unnamed_place(self, index: int, text: str) -> _Unnamed:
        """The place a sentence that names no base in the gazetteer points at: "the base", "it",
        a base by a name the gazetteer lacks, or a town's base."""
        if self.mentions[index]:
            return _Unnamed()
        generic = generic_base(text)
        # "On December 8, it was hit by rockets": the base named last, whatever is in focus.
        pronoun = None if generic else IT_HIT.match(text)
        # "targeting US forces at Hemo base": a base the gazetteer lacks, by its own name.
        unknown = None if generic or pronoun else unlisted_base(text)
        town_named = self.matcher.of_town(unknown.group(0).split()[0]) if unknown is not None else None
        if town_named is not None:
            generic, unknown = unknown, None  # "Erbil base": the base of that town, as "a base in Erbil"
        elif (
            not (generic or pronoun or unknown)
            and (of_town := town_attack(text)) is not None
            and (town_named := self.matcher.of_town(of_town["town"])) is not None
        ):
            generic = of_town  # "The Erbil attack, on Feb. 15, 2021": the base of that town
        generic = generic or pronoun or unknown
        if generic is not None and COMMENT_FROM.search(text, max(0, generic.start() - 60), generic.start()):
            return _Unnamed()  # "no comment from the American embassy about the attack of Friday"
        if generic is not None and _THEIRS.match(text, generic.end()):
            return _Unnamed()  # "a military base south of Baghdad used by Iraq's Hashed al-Shaabi"
        return _Unnamed(generic, pronoun, unknown, town_named)

    def _read_unplaced(self, index: int, sentence: Sentence, us_from: int, targets: list[Draft | None]) -> None:
        """An attack told with no place: the place the passage gives it, or its day kept until its
        place is named."""
        text = sentence.text
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
        elif dates and not targets and (claimed := self._claim_of_the_day(sentence)) is not None:
            # "The group claimed a series of drone attacks on Sunday, including one on a site near
            # the border": a claim of the day's attacks takes the one incident of that day
            targets.append(claimed)
        elif dates and not targets and _ONE_OF_THOSE.match(text) and (one := self._the_one_on({dates[0].day})):
            # "The heaviest of the three came late on Monday, when a missile struck": one of the
            # attacks already told, the one of that day
            targets.append(one)
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

    def _read_placed(
        self, index: int, sentence: Sentence, us_from: int, named: list[BaseMention], place: _Unnamed, told: _Told
    ) -> list[BaseMention]:
        """An attack told at the bases a sentence names or points at: each base with its day
        opens or returns to its incident, taking its own clause when the sentence tells several.
        Returns the bases, a generic mention resolved to the base it means."""
        text = sentence.text
        dates = self._before_us_action(sentence, us_from)
        spoken_texts = {d.text for d in dates} - {d.text for d in self._event_dates(sentence)}
        anaphoric = bool(ANAPHOR.search(text)) and not dates
        generic = place.generic
        if not named and generic and not place.unknown:
            named = self._resolve_generic(index, sentence, generic, place.pronoun, place.town)
        if named:
            self._at_named(sentence, named, dates, spoken_texts, anaphoric, told)
            self._claimed_before_answer(index, sentence, told)
        elif generic and not (
            place.unknown is None and generic.group(0)[:4].lower() == "the " and self._unlisted_before(index)
        ):
            when = dates[0] if dates else None
            if len(dates) > 1:
                # "... stood outside City Hall Wednesday night for a soldier killed in a drone attack
                # on a US outpost in Jordan on Sunday": the day paired with the place, as a base's is
                at = BaseMention("", sentence.start + generic.start(), sentence.start + generic.end(), generic.group(0))
                when = pair_bases_and_days([at], dates, sentence)[0][1]
            told.targets.append(self._target(None, generic.group(0), when, anaphoric, strong=bool(EVENT.search(text))))
        told.targets = [t for t in told.targets if t is not None]
        return named

    def _at_named(
        self,
        sentence: Sentence,
        named: list[BaseMention],
        dates: list[DateMention],
        spoken_texts: set[str],
        anaphoric: bool,
        told: _Told,
    ) -> None:
        """Each named base with the day the sentence pairs with it, to its incident."""
        text = sentence.text
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
            told.targets.append(target)
            if target is not None and several_bases:
                told.shared[id(target)] = _sentence_of(sentence, parts, k, several_days)
                part = parts[k]
                if (had := told.clauses.get(id(target))) is not None:  # the same attack told in two parts
                    joined = sentence.text[had.start - sentence.start : part.end - sentence.start]
                    part = Sentence(had.start, part.end, joined, sentence.paragraph)
                told.clauses[id(target)] = part
            elif target is not None and self.answer_from is not None and mention.start >= self.answer_from:
                # "X claimed the attack, the first since US jets struck ... in retaliation for the Jan. 28
                # attack on Tower 22": only what is told of the attack answered is Tower 22's
                at = self.answer_from
                told.clauses[id(target)] = Sentence(at, sentence.end, text[at - sentence.start :], sentence.paragraph)
            elif target is not None and several_days:
                told.clauses[id(target)] = clause_of(sentence, mention)
            elif target is not None and len(pairs) == 1 and (arms := self._elided_weapon(sentence)) is not None:
                told.shared[id(target)] = SentenceOf(Span(sentence.start, sentence.end, sentence.text), False, arms)

    def _claimed_before_answer(self, index: int, sentence: Sentence, told: _Told) -> None:
        """ "The IRI claimed the attack, the first since US jets struck ... in retaliation for the
        Jan. 28 attack on Tower 22": the claim before the US action is the attack in focus's, and
        the focus stays on it."""
        current, at = self.current, self.answer_from
        if current is None or at is None or current in told.targets or not self._near_current(index):
            return
        front = sentence.text[: at - sentence.start]
        if claim_of_this_attack(front) is not None and ANAPHOR.search(front):
            told.targets.append(current)
            told.clauses[id(current)] = Sentence(sentence.start, at, front, sentence.paragraph)

    def _elided_weapon(self, sentence: Sentence) -> Span | None:
        """The sentence before that names the weapon an elided subject means: "Two of the drones
        targeted Ain al-Assad. The third was aimed at al-Harir base" (a drone)."""
        if not _ELIDED.match(sentence.text) or F.find_weapons(sentence.text):
            return None
        for i in (self.index - 1, self.index - 2):
            if i >= 0 and F.find_weapons(before := self.sentences[i].text):
                return Span(self.sentences[i].start, self.sentences[i].end, before)
        return None

    def _claimed_together(self, text: str, named: list[BaseMention], targets: list[Draft]) -> list[Draft]:
        """The incidents one claim takes: "claimed both attacks", "claimed Tuesday's attacks", or
        every base of a salvo claimed once."""
        if len(targets) != 1 or claim_of_this_attack(text) is None:
            return targets
        if (plural := PLURAL_CLAIM.search(text)) is not None:
            if plural.group(0).lower().startswith("both") and len(self.order) >= 2:
                # "claimed both attacks": the two told last, whatever their days.
                return self._two_told_last()
            return [d for d in self.drafts.values() if d.date == targets[0].date]
        if not named and any(d is targets[0] for d in self.salvo):
            # "... fired missiles at Ain al-Asad and at Erbil. The Guard announced the attack":
            # one attack on several bases, claimed once.
            return list(self.salvo)
        return targets

    def _tell(self, index: int, sentence: Sentence, named: list[BaseMention], is_attack: bool, told: _Told) -> None:
        """The sentence (or each incident's part of it) into the incidents it tells, which then
        hold the focus."""
        text = sentence.text
        targets = self._claimed_together(text, named, told.targets)
        if len(targets) == 1 and named and (lead := self._lead_of(index)) is not None:
            # "Three US service members killed in a drone attack in northeast Jordan, Biden says. The
            # one-way attack drone hit an outpost known as Tower 22 early Sunday": the lead's toll.
            self._absorb(targets[0], self.sentences[lead], lead)
        if self._either_of_those(index, targets, text):
            # "... on November 23, while the al-Harir base came under attack on November 9. No
            # casualties were reported in either of those attacks": both, whatever their days
            targets = list(self.told_before[1])
        for draft in targets:
            self._absorb(draft, told.clauses.get(id(draft), sentence), index, told.shared.get(id(draft)))
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
        # Read before the "since" test: reading a sentence's days moves a story's time on.
        days = {d.day for d in self._event_dates(sentence)}
        if "since" in sentence.text:
            return  # "no attack on Harir since Tuesday": later ones, not the one told
        bases = [m.base for m in self.mentions[index]]
        if not bases and self.current is not None and self._near_current(index):
            bases = [self.current.base]  # "It turned out to be a false alarm", "no attack on the base that day"
        for base in dict.fromkeys(bases):
            draft = self._latest_for(base)
            if draft is not None and (not days or draft.date in days):
                self._take_back(draft, index, _DENIAL_REACH)

    def _take_back(self, draft: Draft, index: int, reach: int) -> None:
        """Retract ``draft`` for a sentence that says it did not happen, when it was told within
        ``reach`` sentences before and nothing only a real attack has is told of it."""
        if not _real(draft) and index - self._last_told(draft) <= reach:
            draft.retracted = True

    def _us_action_leads(self, index: int, sentence: Sentence, us_action: re.Match[str]) -> bool:
        """Whether a US action comes before every base and attack cue, so that the sentence is
        about the strike; asked only when there is one, as the claim finder costs."""
        text = sentence.text
        first_base = min((m.start - sentence.start for m in self.mentions[index]), default=None)
        first_cue = min((m.start() for m in (EVENT.search(text), find_claim_match(text)) if m), default=None)
        leading = [p for p in (first_base, first_cue) if p is not None]
        if _ANSWER_TO.search(text, max(0, us_action.start() - 40), us_action.start()):
            return False  # "It was Tehran's answer to the US drone strike that killed Soleimani": the cause
        return (not leading or us_action.start() <= min(leading)) and not dates_by(sentence, us_action)

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


# "..., although US bases at Ain al-Asad and Harir have been attacked dozens of times": a clause apart
_CONTRAST = re.compile(r"[,;]\s+(?:although|though|while|whereas|but|even as)\s")
# "The heaviest of the three", "The first of them", "The deadliest of those attacks": one of those told
_ONE_OF_THOSE = re.compile(r"\s*The (?:\w+est|first|second|third|last) of (?:the|those|these|them)\b")
_ANSWER_TO = re.compile(
    r"\b(?:answer|response|reply|retaliation|revenge|reprisal|retribution)\s+(?:to|for)\s+(?:the\s+|an?\s+)?$", re.I
)


def _only_in(clause: re.Pattern[str], text: str, key: str) -> bool:
    """Whether a sentence's only attack is in a clause that tells none: what a monitor tracks
    (MONITORS_ATTACKS), what would have happened (HYPOTHETICAL). ``key`` must be in the text."""
    if key not in text or (m := clause.search(text)) is None:
        return False
    # the clause runs to the next comma, semicolon or colon; with none, it is the match alone
    end = min((i for i in (text.find(c, m.end()) for c in ",;:") if i >= 0), default=m.end())
    rest = text[: m.start()] + text[end:]
    return EVENT.search(rest) is None and ATTACK.search(rest) is None
