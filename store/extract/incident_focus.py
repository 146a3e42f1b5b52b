"""Which incident a sentence adds to, and what it adds: opening an incident or returning to one,
the day an attack dated before its place was named, a claim or a question that names the
attack by its day, the salvo that struck several bases at once, and what a sentence says of
all of them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from store.extract import fields as F
from store.extract.bases import BaseMention
from store.extract.casualties import find_casualties
from store.extract.claims import claim_of_this_attack, find_claim
from store.extract.dates import DateMention, is_night_across, is_relative
from store.extract.event_dates import day_after, names_the_attack, read_dates
from store.extract.incident_cues import (
    ALL_OF,
    ANAPHOR,
    ATTACK,
    COUNTRY_HINT,
    EVENT,
    NO_DATE,
    PLURAL_CLAIM,
    US_ACTION,
)
from store.extract.incident_draft import Draft, SentenceOf, has_fields
from store.extract.passage_dates import DIGIT
from store.extract.passage_places import PassagePlaces, one_base
from store.extract.text import Sentence
from store.models import Span

_EITHER_OF = re.compile(
    r"\b(?:(?:either|both|neither|each) of (?:those|these|the) (?:two )?(?:attacks|strikes)|both attacks)\b", re.I
)
_THE_WEAPON = re.compile(r"\b[Tt]he (?:[\w-]+ ){0,3}(?:drone|rocket|missile|attack|strike)s?\b")
_AGAIN = re.compile(r"\b(?:again|once more|another|a (?:second|third|fourth|new|fresh|heavier|larger|bigger))\b")
NIGHT = ("overnight", "last night")
_SMALL_HOURS = re.compile(
    r"\b(?:at|around|about|shortly after|just after)\s+(?:around\s+|about\s+)?0?[1-5](?::[0-5]\d)?\s*a\.?m\b", re.I
)
# A quotation telling a further attack: "militias attacked Erbil air base again".
_ANOTHER_ATTACK = re.compile(r"\b(?:again|another|a second|a new|once more)\b", re.I)
# How long before it was told (or published) an attack dated only by that can have been.
_TOLD_WITHIN = 10
# A sentence that goes on with the victims of the attack just told: "They were killed when ..."
_THEY_WERE = re.compile(
    r"(?:They|He|She|The three|All three|The soldiers) (?:were|was) (?:killed|wounded|injured|hurt)\b"
)
_HEARSAY = re.compile(r"\b(?:reports?|reported|reportedly|rumou?rs?|unconfirmed)\b", re.I)


def _before(when: DateMention, draft: Draft) -> bool:
    """Whether a date lies wholly before ``draft``'s time. Later dates may tell of it still (a toll
    revised on Monday); earlier ones cannot ("In January 2020, Kataib Hezbollah claimed ...")."""
    if when.precision == "day" and draft.precision == "day":
        return when.day < draft.date
    if when.precision in ("day", "month") and draft.precision in ("day", "month"):
        return (when.day.year, when.day.month) < (draft.date.year, draft.date.month)
    return when.day.year < draft.date.year


def _at_night(draft: Draft) -> bool:
    """Whether an incident is dated only "overnight" or "last night", itself or as the one told before."""
    basis = draft.basis.removeprefix("the same day as ")
    return basis.lower() in NIGHT or is_night_across(basis)


class IncidentFocus(PassagePlaces):
    """The reader's questions about which incident a sentence tells, and its moves on them."""

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
        base = one_base(named)
        if base is None or self.current is None or base == self.current.base:
            return None
        return self._latest_for(base)

    def _refocus(self, index: int, named: list[BaseMention]) -> None:
        """A sentence about a base already attacked in this report, told without an attack
        ("The al-Omar field houses the largest coalition base in Syria"), brings that incident
        back into focus: "A coalition official said no US personnel had been hurt" follows."""
        base = one_base(named)
        draft = self._latest_for(base) if base is not None else None
        if draft is not None:
            self.sentence_incident[index] = draft.key()
            self.current = draft

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
        found = self._event_dates_of(sentence)[0] if DIGIT.search(text) else []
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
        base = one_base(self.mentions[index])
        if base is None or not (F.find_weapons(sentence.text) or EVENT.search(sentence.text)):
            return None  # "Q: Ain al-Assad was targeted on November 17.": an attack cited by its day
        days = [d for d in self._event_dates(sentence) if d.precision == "day"]
        if len(days) != 1:
            return None
        mention = self.mentions[index][0]
        return self._open(base, mention.text, days[0].day, "day", days[0].text)

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
            if (spoken := self._quoted_day_of(base, when)) is not None:
                return spoken
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
        if (
            base is not None
            and current is not None
            and current.base is None
            and current.precision == "day"
            and (anaphoric or _THEY_WERE.match(self.sentences[self.index].text))
            and self._in_its_country(current, base)
            and self._replace(current, base, place)
        ):
            # "... killed in a drone attack on a US outpost in Jordan on Sunday." ... "They were
            # killed when a one-way attack drone struck their housing area at Tower 22": that outpost
            return current
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
        if (told := self._only_day_told_before()) is not None:
            return self._open(base, place, told.day, told.precision, f"undated: the one day told before ({told.text})")
        return self._open(base, place, self.pub, "week", NO_DATE)

    def _quoted_day_of(self, base: str | None, when: DateMention) -> Draft | None:
        """The incident at ``base`` a day from ``when``, if ``when`` is a relative day inside a
        quotation: "This morning in Iraq, militias attacked Erbil Air Base," said on Monday and
        printed on Tuesday, counts from the day it was said, which the report does not give."""
        if base is None or not is_relative(when):
            return None
        sentence = self.sentences[self.index]
        if sentence.text.count('"', 0, when.start - sentence.start) % 2 == 0:
            return None
        if self._event_dates_of(sentence)[1]:
            return None  # "... an official said on Monday": the day it was said is given
        if _ANOTHER_ATTACK.search(sentence.text):
            return None  # "attacked Erbil air base again": another attack
        earlier = self._latest_for(base)
        if earlier is None or earlier.precision != "day" or abs((earlier.date - when.day).days) > 1:
            return None
        return earlier

    def _in_its_country(self, draft: Draft, base: str) -> bool:
        """Whether ``base`` stands in the country the sentence that opened ``draft`` put its place in
        ("a US outpost in Jordan" is no base in Iraq); True when that sentence names none."""
        first = self.index_at.get(draft.evidence[0].start) if draft.evidence else None
        if first is None:
            return True
        text = self.sentences[first].text
        at = text.find(draft.place_text)
        hint = COUNTRY_HINT.search(text, max(0, at), max(0, at) + len(draft.place_text) + 60)
        return hint is None or self.countries.get(base) == hint["country"]

    def _only_day_told_before(self) -> DateMention | None:
        """The one day of the week before publication that the sentences before this one gave,
        when they gave one and no other: a scene told first ("I heard it at about 4:15 on Friday
        morning") and its attack after ("about seven mortar rounds had landed inside the embassy")."""
        upto, days = self.scene_days
        for sentence in self.sentences[upto : self.index]:
            if days is None:
                break
            for d in read_dates(sentence, self.pub)[0]:
                days.setdefault(d.day, d)
                if len(days) > 1 or d.precision != "day" or not 0 <= (self.pub - d.day).days <= 7:
                    days = None  # and so for every sentence after
                    break
        self.scene_days = (max(upto, self.index), days)
        return None if not days else next(iter(days.values()))

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
        if current is None or current.basis.lower() not in NIGHT or when.precision != "day":
            return None
        return current if (when.day - current.date).days == 1 else None
