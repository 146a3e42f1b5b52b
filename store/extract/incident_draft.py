"""An incident while a report is read, and what each sentence adds to it.

The reader (:mod:`store.extract.incidents`) decides which incident a sentence is about; a
:class:`Draft` takes what the sentence tells of weapons, casualties, damage, interception and
claims, keeps the sentence as evidence for each, and becomes an
:class:`~store.models.IncidentMention` when the report is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from store.extract import fields as F
from store.extract.casualties import OTHER_COUNT, Casualties, find_casualties
from store.extract.claims import Claimants, find_claim
from store.extract.counts import find_attack_count
from store.extract.incident_cues import ALL_OF, BACKGROUND, NOTHING_FIRED, PLURAL_CLAIM, STRIKE_TOLL, US_ACTION
from store.models import IncidentMention, Span

_SUPERSEDED = re.compile(
    r"\b(?:(?:initially|at first|first) (?:said|reported|stated|claimed)|"
    r"(?:initial|early|first) reports? (?:[\w-]+ ){0,3}?(?:said|indicated|suggested))\b",  # "Initial reports from Washington said"
    re.I,
)


@dataclass(frozen=True)
class SentenceOf:
    """The sentence a part read into a draft comes from, when the sentence names several bases."""

    span: Span
    one_day: bool  # whether it tells of one day: a claim or "all three" before the part holds for each
    arms: Span | None  # the nearest part that names a weapon, when this one names none


@dataclass
class Draft:
    """An incident while the report is read: the fields sentences have told of it so far."""

    base: str | None
    place_text: str
    date: date
    precision: str
    basis: str
    weapons: list[str] = field(default_factory=list)
    attack_count: int | None = None
    killed: int | None = None
    injured: int | None = None
    injuries_reported: bool = False
    damage: str | None = None
    intercepted: bool | None = None
    claimed_by: str | None = None
    evidence: list[Span] = field(default_factory=list)
    field_evidence: list[tuple[str, Span]] = field(default_factory=list)
    provisional: bool = False  # dated only by when it was reported; a real date replaces it
    retracted: bool = False  # the report itself says nothing was fired ("never left the launch site")

    def key(self) -> tuple[str, str, str]:
        return (self.base or self.place_text.lower(), self.date.isoformat(), self.precision)

    def absorb(self, span: Span, claimants: Claimants, whole: SentenceOf | None = None) -> None:
        """Every field a sentence tells of this incident, each with the sentence as its evidence.

        ``span`` may be the part about this base of a sentence that names several (``whole``):
        its casualties, interception and damage are its own, but "Drones targeted Ain al-Asad,
        and Harir was hit too" gives both bases the weapon, and a claim of both attacks claims each."""
        text = span.text
        self.evidence.append(span)
        if ("never" in text or "none of" in text or "othing" in text) and NOTHING_FIRED.search(text):
            # Not an attack shot down or one that hurt people: "Nothing had been fired at the base"
            # then tells of the false alarm after it, whatever "the base" resolved to.
            self.retracted = not (self.intercepted or self.injuries_reported or self.killed or self.injured)
        # "The attack was the latest in a string of rocket and drone strikes": the weapons of the
        # series, not of this attack, once it has weapons of its own.
        series = bool(self.weapons) and BACKGROUND.search(text) is not None
        # "..., prompting a round of U.S. airstrikes and a fresh rocket attack within 24 hours":
        # the weapons told after a US action are of what followed, once this attack has its own.
        # Asked only of a sentence naming more than one weapon, as the US-action cue costs.
        weapons = (
            () if series else F.find_weapons(text) or (F.find_weapons(whole.arms.text) if whole and whole.arms else ())
        )
        if len(weapons) > 1 and (ours := US_ACTION.search(text)) is not None:
            before = F.find_weapons(text[: ours.start()])
            weapons = before if before or self.weapons else weapons
        for weapon in weapons:
            if weapon not in self.weapons:
                self.weapons.append(weapon)
                self.field_evidence.append(("weapons", span))
        if (count := find_attack_count(text)) is not None and self.attack_count is None:
            self.attack_count = count
            self.field_evidence.append(("attack_count", span))
        toll = ("strikes" in text or "Strikes" in text) and STRIKE_TOLL.search(text)
        c = Casualties() if toll else find_casualties(text)
        if (c.killed == 0 or c.injured == 0) and ("nitial" in text or "irst" in text) and _SUPERSEDED.search(text):
            # "The Pentagon had initially said there were no casualties": a figure since revised.
            c = replace(c, killed=c.killed or None, injured=c.injured or None)
        if c.killed is not None and (self.killed is None or (c.killed > self.killed and not OTHER_COUNT.search(text))):
            self.killed = c.killed
            self.field_evidence.append(("killed", span))
        if c.injured is not None and (self.injured is None or c.injured > self.injured):
            self.injured = c.injured
            self.field_evidence.append(("injured", span))
        if c.revised is not None:
            self._revise(c.revised, span)
        if c.injuries_reported and not self.injuries_reported:
            self.injuries_reported = True
            self.field_evidence.append(("injuries_reported", span))
        if (damage := F.find_damage(text)) and (self.damage is None or len(damage) > len(self.damage)):
            self.damage = damage
            self.field_evidence.append(("damage", span))
        intercepted = F.find_intercepted(text)
        if intercepted is None and whole is not None and whole.one_day and ALL_OF.search(whole.span.text):
            intercepted = F.find_intercepted(whole.span.text)  # "...; all three were shot down": every one
        if intercepted is not None and self.intercepted is not True:
            self.intercepted = intercepted
            self.field_evidence.append(("intercepted", span))
        group = claimants.who_claimed(text, span.start)
        if group is None and whole and whole.one_day and (group := _claim_of_all(whole.span, span, claimants)):
            span = whole.span
        if group and self.claimed_by is None:
            self.claim_as(group, span)

    def _revise(self, count: int, span: Span) -> None:
        """A revised count that does not say what it counts ("that figure had grown to 34"): the
        dead or the hurt, whichever the report gave a figure for last, when it is higher."""
        last = next((name for name, _ in reversed(self.field_evidence) if name in ("killed", "injured")), None)
        if last == "killed" and self.killed is not None and count > self.killed:
            self.killed = count
            self.field_evidence.append(("killed", span))
        elif last == "injured" and self.injured is not None and count > self.injured:
            self.injured = count
            self.field_evidence.append(("injured", span))

    def claim_as(self, group: str, span: Span) -> None:
        """Claimed by ``group``, as ``span`` (a claim of several attacks at once) says."""
        self.claimed_by = group
        self.field_evidence.append(("claimed_by", span))

    def finish(self) -> IncidentMention:
        """The incident as extraction gives it."""
        killed, injured = self.killed, self.injured
        weapons = [
            w for w in self.weapons if w != "missile" or not {"ballistic missile", "cruise missile"} & set(self.weapons)
        ]
        return IncidentMention(
            base=self.base,
            place_text=self.place_text,
            date=self.date.isoformat(),
            date_precision=self.precision,
            date_basis=self.basis,
            weapons=tuple(weapons),
            attack_count=self.attack_count,
            killed=killed,
            injured=injured,
            injuries_reported=self.injuries_reported or bool(injured),
            damage=self.damage,
            intercepted=self.intercepted,
            claimed_by=self.claimed_by,
            evidence=tuple(self.evidence),
            field_evidence=tuple(self.field_evidence),
        )


def _claim_of_all(shared: Span, part: Span, claimants: Claimants) -> str | None:
    """The group a sentence naming several bases says claimed every attack it tells, ``part``
    being the part about one of them: "the group claimed both attacks", or a claim told before
    that part ("The group announced targeting Ain al-Asad with two drones, and the Harir base")."""
    if PLURAL_CLAIM.search(shared.text):
        return claimants.who_claimed(shared.text, shared.start)
    before = shared.text[: part.start - shared.start]
    return claimants.who_claimed(before, shared.start) if before else None


def has_fields(text: str) -> bool:
    """Whether a sentence tells any field of an attack: casualties, interception, damage, a claim."""
    casualties = find_casualties(text)
    return bool(
        F.find_intercepted(text) is not None
        or casualties.killed is not None
        or casualties.injured is not None
        or casualties.injuries_reported
        or casualties.revised is not None
        or F.find_damage(text)
        or find_claim(text) is not None
    )
