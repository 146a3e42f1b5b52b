"""Which base a sentence means when it names none ("the base", "there", "that garrison") or
names "the same base": the heading or scene just before, the base a story opened with or a
passage describes, the last one named, by kind or country.
"""

from __future__ import annotations

import re
from datetime import timedelta

from store.extract.bases import BaseMention
from store.extract.dates import DateMention
from store.extract.event_dates import FEW_DAYS
from store.extract.incident_cues import ATTACK, COUNTRY_HINT, EVENT, TALLY, US_ACTION
from store.extract.passage_dates import PassageDates
from store.extract.sentence_bases import generic_base, names_a_base
from store.extract.text import ARABIC_ARTICLE, Sentence, number_value

# "The one-way attack drone hit the living area": a weapon the passage has set the scene for.
_THE_WEAPON_OPENING = re.compile(r"\s*The (?:[\w-]+ ){0,3}(?:drone|rocket|missile)s?\b")
_SCENE_REACH = 7  # how many sentences back the day and place a scene set may still date an attack there
_FAR_DAYS = 7  # an attack further than this from the one in focus is another one
# "rockets were fired at it", "its dining facility", "struck there": the base in focus, by reference
_BACK_TO_FOCUS = re.compile(r"\b(?:it|its|there)\b", re.I)
_ATTACKS_COUNTED_ON = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|a string of|a series of)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|strikes)\s+(?:(?:within|in|over)\s+(?:the\s+)?(?:past\s+|last\s+)?[\w-]+\s+(?:days|weeks|months)\s+)?"
    r"(?:on|against)\s+(?:the\s+)?$|"  # "two attacks within two weeks on the Harir base"
    r"\b(?:repeatedly|frequently|often|regularly)\s+(?:targeted|attacked|hit|struck)\s+(?:the\s+)?$",
    re.I,
)
_DAYS_FROM_BASE = re.compile(
    rf"\s*(?:(?:Then|And|But|Exactly|Just|Only)\s+)?(?P<n>{FEW_DAYS})\s+days?\s+(?P<way>before|after)\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:attack|strike)\s+(?:on|at)\s+|the\s+)?",  # "after the Ain al-Assad strike"
    re.I,
)
_PLACE_NAMED = re.compile(r"\b(?:in|at|near|outside) (?:the )?[A-Z]")
# "Militias began targeting US sites on Oct. 18": attacks on many places, not on the story's base.
_MANY_PLACES = re.compile(r"\b(?:sites|bases|targets|positions|facilities|installations)\b")
# The gazetteer's kinds a generic noun can mean.
_KIND_WORDS = {
    "garrison": ("garrison",),
    "outpost": ("outpost",),
    "airbase": ("air base", "airport"),
    "airfield": ("airfield", "air base"),
    "airstrip": ("airfield",),
}
# What may stand before a base that opens its sentence as the subject: "The al-Harir base, ...".
# "Since then, Harir Air Base has become ...": a short opening phrase may come first.
_SUBJECT_OPENING = re.compile(rf"(?:[A-Z][\w' ]{{0,24}},\s+)?(?:(?:The|the|A|An)\s+)?(?:{ARABIC_ARTICLE})?")
# "the embassy", "the consulate": a generic mention that means a base of that kind only.
_THERE_OPENING = re.compile(r"\s*There,")
DIPLOMATIC = re.compile(r"embass|consul", re.I)  # as the gazetteer's names hold them, lower-cased


def _strikes_unnamed(text: str) -> bool:
    """Whether a sentence tells a blow ("slammed into") by none of ours, at no place it names."""
    return bool(
        EVENT.search(text) and not (US_ACTION.search(text) or _PLACE_NAMED.search(text) or _MANY_PLACES.search(text))
    )


def one_base(mentions: list[BaseMention]) -> str | None:
    """The base every mention names, when they name one and the same; else None."""
    if not mentions or any(m.base != mentions[0].base for m in mentions):
        return None
    return mentions[0].base


class PassagePlaces(PassageDates):
    """The reader's questions about where, when a sentence names no base."""

    def _named_just_before(self, index: int) -> BaseMention | None:
        """The one base a heading-like sentence just before names ("The 4th, al-Omar oil field
        (Deir ez-Zor, Syria)."): a few words, no attack told; else None. A full sentence that
        names a place in passing does not take the focus from the incident being told."""
        before = self.mentions[index - 1] if index else []
        if one_base(before) is None:
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
                if len(found) == 1 and one_base(self.mentions[i]):
                    return self.mentions[i][-1], found[0]
                break
        return self._scene_over_passage(index) if _THE_WEAPON_OPENING.match(self.sentences[index].text) else None

    def _scene_over_passage(self, index: int) -> tuple[BaseMention, DateMention] | None:
        """The one base and the one day the sentences just before set between them, telling no
        attack: "Tower 22 is not much to look at ... On the morning of Sunday, January 28, most of
        them were asleep." then a medic's quotes, then "The one-way attack drone hit the living area"."""
        day: DateMention | None = None
        base: BaseMention | None = None
        for i in range(index - 1, max(-1, index - _SCENE_REACH), -1):
            if i in self.sentence_incident or self.sentences[i].paragraph in self.notes:
                return None
            if day is None and (days := self._days_told(i)):
                if len(days) != 1:
                    return None
                day = days[0]
            if base is None and (mentions := self.mentions[i]):
                opening = _SUBJECT_OPENING.fullmatch(
                    self.sentences[i].text, 0, mentions[0].start - self.sentences[i].start
                )
                if not one_base(mentions) and opening is None:
                    return None
                base = mentions[0]
            if day is not None and base is not None:
                return base, day
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
        kind = DIPLOMATIC.search(generic.group(0)) if generic is not None else None
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
                    if one_base(self.mentions[i]) and not ATTACK.search(self.sentences[i].text)
                    else None
                )
        return None

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

    def _dated_just_before(self, base: str | None) -> DateMention | None:
        """The one day the sentence before gives, if it names ``base`` and told no attack; or the
        one before that, past a sentence that gives no day ("On the morning of Sunday, January 28,
        it did not go off in time. The drone came in low from the east. It struck the trailers")."""
        if base is None:
            return None
        for i in range(self.index - 1, max(-1, self.index - _SCENE_REACH), -1):
            if i in self.sentence_incident or TALLY.search(self.sentences[i].text):
                return None
            # "... On Sunday, one did not. The drone that struck Tower 22 killed three soldiers": a
            # day told with no place at all is the next sentence's too.
            if self.mentions[i] and all(m.base != base for m in self.mentions[i]):
                return None
            if found := self._days_told(i):
                if self.index - i > 2 and not (self.mentions[i] or self._opens_scene_at(i - 1, base)):
                    return None  # further back, only a scene that names the base: "on Saturday when
                    # the first launch warning sounded across Ayn al-Asad", quotes, then the barrage
                return found[0] if len(found) == 1 else None
            if self.mentions[i]:
                return None  # "The latest case involved al-Tanf garrison.": the place is set there, undated
        return None

    def _opens_scene_at(self, i: int, base: str) -> bool:
        """Whether sentence ``i`` names ``base`` alone and the next, in its paragraph, goes on with
        it: "... the cargo terminal of Erbil International Airport when the sirens started. It was
        before dawn on Christmas Day"."""
        return (
            i >= 0
            and self.sentences[i].paragraph == self.sentences[i + 1].paragraph
            and one_base(self.mentions[i]) == base
        )

    def _resolve_generic(
        self, index: int, sentence: Sentence, generic: re.Match[str], pronoun: re.Match[str] | None, town: str | None
    ) -> list[BaseMention]:
        """The base a generic mention means, as a mention at its place in the sentence; none if
        no base fits. ``pronoun`` is set when the mention is "it", ``town`` the base of the town
        it names, if any."""
        text = sentence.text
        hint = COUNTRY_HINT.search(text, generic.end(), generic.end() + 60)
        focus = self.current.base if self.current is not None and self.current.base else None
        just_named = self._named_just_before(index)
        if pronoun is not None:
            resolved = self._last_named(index, None)
        elif (kind := DIPLOMATIC.search(generic.group(0))) is not None:
            resolved = self._last_named(index, None, kind.group(0).lower())
        elif _THERE_OPENING.match(text) and (there := self._last_named(index, None)) is not None:
            # "Contrast that with al-Tanf. There, on Oct. 23, US forces destroyed two drones
            # before either could reach the base": the place named last, not the one in focus
            resolved = there
        elif (in_town := self.matcher.in_town(text, generic.end()) or town) is not None:
            resolved = BaseMention(in_town, 0, 0, in_town)  # "a base in Erbil"
        elif (opening := self._town_opening_before(index)) is not None:
            resolved = BaseMention(opening, 0, 0, opening)  # "Erbil has seen its own share of trouble."
        elif (of_kind := self._named_of_kind(index, generic.group(0), focus)) is not None:
            resolved = of_kind  # "... supports the garrison at al-Tanf. That garrison had been targeted"
        elif (kind_before := self._kind_just_before(index)) is not None:
            # "The embassy was hit repeatedly in 2020. ... a rocket struck inside the compound."
            resolved = kind_before
        elif just_named is not None and (hint is None or self.countries.get(just_named.base) == hint["country"]):
            # "The 4th, al-Omar oil field (Syria). ... a drone hit the academy inside the base."
            resolved = just_named
        elif focus and (hint is None or self.countries.get(focus) == hint["country"]):
            resolved = BaseMention(focus, 0, 0, focus)
        else:
            resolved = self._last_named(index, hint["country"] if hint else None)
        if resolved is None:
            return []
        return [
            BaseMention(
                resolved.base, sentence.start + generic.start(), sentence.start + generic.end(), generic.group(0)
            )
        ]
