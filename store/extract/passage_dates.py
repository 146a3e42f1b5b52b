"""When a sentence's attack happened, in the time of the passage around it.

A sentence's own dates are read by :mod:`event_dates` against the day of publication; a
reader in the middle of an article knows more: the section heading it is under ("Thursday,
Nov. 23"), a year heading a list, a story told in order from an earlier year, "that Sunday"
the sentences before told, "on the 11th" after the attack in focus, and days counted from it.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace
from datetime import date, timedelta

from store.extract import fields as F
from store.extract.dates import WEEKDAYS, DateMention, is_relative
from store.extract.event_dates import (
    day_after,
    might_count_days,
    names_the_attack,
    read_dates,
    since_when,
)
from store.extract.incident_cues import (
    ANAPHOR,
    ATTACK,
    HEADING_END,
    HEADING_MAX,
    HEADING_PLACE,
    HEADING_PLACE_AFTER,
)
from store.extract.incident_draft import Draft
from store.extract.incident_state import ReaderState
from store.extract.sentence_bases import generic_base
from store.extract.text import Sentence

DIGIT = re.compile(r"\d")  # every heading's day has one, or a holiday's name
_THAT_DAY_REACH = 8  # how far back "that Sunday" looks for the Sunday it means
# A day-by-day account's label after the day: a few lower-case words, none telling a blow.
_HEADING_LABEL = re.compile(r"\s*[:–—-]\s*[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}\s*\.?\s*")
_STRUCK = re.compile(r"\b(?:struck|hit|hits|killed|kills|wounded|injured|targeted|attacked|fired|launched|shot)\b")
_THAT_DAY = re.compile(r"\b(?:that|the same) (?:day|night|morning|evening|afternoon)\b")
_YEAR = re.compile(r"\d{4}")
_TELLS_THE_DAY = ("It's ", "It’s ", "It is ", "Today is ", "Today, ", "This is ")
_SECTION_REACH = 300  # days after a dated heading that an entry under it may still tell of
_STORY_GAP = 183  # days after the story's last dated day that a day without its year would jump to
STORY_REACH = 2  # sentences after that day's that a day without its year is still told in its time
# "in the last days of 2019", "in early 2020": the end or the start of a year a story is told from
_YEAR_EDGE = re.compile(
    r"\b(?:in|of|during|by) (?:the )?(?P<edge>early|late|first|last|final|closing|opening|end of|start of)"
    r"(?: (?:days|weeks|months|part) of)? (?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_YEAR_STARTS = frozenset(("early", "first", "opening", "start of"))
_BACK_TO_NOW = re.compile(r"\W*(?:More|Most) recently\b|\W*(?:This|Last) (?:month|week)\b", re.I)
_STORY_HOP = 62  # days a story told in order moves on from one day to the next it gives without a year
_OPENING_DAY = 30  # "Early on the morning of Sunday, a drone ...": where a sentence's own day starts
# "hours after", "shortly after": an answer the same day as the attack it answers.
_HOURS_BEFORE = re.compile(r"(?:hours|minutes|shortly|just|soon)\s+after\b", re.I)


def _first_on_or_after(day: date, start: date) -> date:
    """``day``'s month and day in the first year that puts it on or after ``start``."""
    for year in (start.year, start.year + 1):
        with suppress(ValueError):
            if (moved := day.replace(year=year)) >= start:
                return moved
    return day


class PassageDates(ReaderState):
    """The reader's questions about when."""

    def _undated_heading(self, index: int) -> bool:
        """Whether sentence ``index`` is a heading with no day: a short paragraph of its own,
        with no digit and no full stop ("What to watch", "The response")."""
        sentence = self.sentences[index]
        text = sentence.text.rstrip()
        if len(text) > HEADING_MAX or text.endswith(".") or DIGIT.search(text) or len(text.split()) > 8:
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
        story = self.story if 0 < at - self.story_at <= STORY_REACH else None
        if story is not None and _BACK_TO_NOW.match(sentence.text):
            story = None  # "More recently, on 29 November, ...": the story has come back to the present
        out = []
        for d in found:
            yeared = d.weekday_year or _YEAR.search(d.text) is not None
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

    def _day_naming_it(self, sentence: Sentence) -> DateMention | None:
        """The one day a sentence gives, when it names the attack by it ("The January 28 drone")."""
        found = self._event_dates_of(sentence)[0] if DIGIT.search(sentence.text) else []
        if len(found) == 1 and found[0].precision == "day" and names_the_attack(sentence, found[0]):
            return found[0]
        return None
