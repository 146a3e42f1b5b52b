"""What the incident reader holds while it reads an article, and the few moves on it that every
layer makes: the incidents opened so far and their order, the one in focus, which sentence told
which, and the passage's section, story and pending day.

The reader is built in layers, each a class over this state that asks one kind of question:
:mod:`passage_dates` (when), :mod:`passage_places` (where, when the sentence names no base),
:mod:`incident_focus` (which incident a sentence adds to) and :mod:`incidents` (the pass itself).
"""

from __future__ import annotations

import re
from datetime import date

from store.extract.bases import BaseMatcher, BaseMention
from store.extract.claims import Claimants
from store.extract.dates import DateMention
from store.extract.incident_draft import Draft
from store.extract.sentence_bases import as_bases, note_paragraphs
from store.extract.text import Sentence
from store.models import Span

# How many sentences back the current incident still holds the reader's attention: a quote
# and its attribution often stand between an attack and "None of the missiles was intercepted".
NEAR = 4
PENDING_REACH, PENDING_REACH_COUNTED = 2, 4
_QUESTION_LABEL = re.compile(r"(?:Q|QUESTION)\s*[:.]\s")


class ReaderState:
    """The reader's state over one article, and the moves on it every layer makes."""

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
        # The days the sentences read so far gave (see _only_day_told_before): up to which sentence,
        # and the days, or None once one gave a day that rules the rule out
        self.scene_days: tuple[int, dict[date, DateMention] | None] = (0, {})
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
        # Where the attack a US action answered is told in the sentence being read, if it is.
        self.answer_from: int | None = None
        self.other_story_at = -1  # the last sentence that began another story: a US strike, an attack elsewhere
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

    def _last_told(self, draft: Draft) -> int:
        """The last sentence read into ``draft`` so far, or -99 if none was; one that named
        several bases is kept as the incident of only one of them, so the draft's evidence counts too."""
        key = draft.key()
        told = max((i for i, k in self.sentence_incident.items() if k == key), default=-99)
        return max(told, max((self.index_at.get(span.start, -99) for span in draft.evidence), default=-99))

    def _two_told_last(self) -> list[Draft]:
        """The two incidents opened last ("claimed both attacks"), or none when fewer were."""
        return [self.drafts[k] for k in self.order[-2:]] if len(self.order) >= 2 else []

    def _near_current(self, index: int) -> bool:
        """Whether a sentence is close enough to the current incident to be about it."""
        if self.current is None:
            return False
        current = self.current.key()
        # Only this sentence and earlier ones are ever assigned: the last NEAR are all that count.
        # A US strike or an attack elsewhere told in between ends the attack's story: what follows is that one's.
        get = self.sentence_incident.get
        for i in range(index, index - NEAR - 1, -1):
            if get(i) == current:
                return True
            if i == self.other_story_at and i != index:
                return False
        return False

    def _replace(self, d: Draft, base: str, place: str) -> bool:
        """Give an incident told at a place the gazetteer lacks ("a US outpost in Jordan") the
        base a later sentence names for it; False when that base's incident of the day is read already."""
        old = d.key()
        new = (base, old[1], old[2])
        if new in self.drafts:
            return False
        d.base, d.place_text = base, place
        self._rekey(old, new)
        return True

    def _rekey(self, old: tuple[str, str, str], new: tuple[str, str, str]) -> None:
        """File the incident kept under ``old`` under ``new``, everywhere it is referred to."""
        self.drafts[new] = self.drafts.pop(old)
        self.order[self.order.index(old)] = new
        for i, key in self.sentence_incident.items():
            if key == old:
                self.sentence_incident[i] = new

    def _redate(self, d: Draft, when: DateMention) -> None:
        """Give an incident dated only by when it was reported the day a later sentence tells
        ("The drone hit the academy shortly before midnight on Sunday")."""
        old = d.key()
        new = (old[0], when.day.isoformat(), when.precision)
        if new in self.drafts:  # that day's incident is read already: the two stay apart
            return
        d.date, d.precision, d.basis, d.provisional = when.day, when.precision, when.text, False
        self._rekey(old, new)
