"""Which dates in a sentence say when an attack happened, and which only when someone spoke
of it ("the Pentagon said on Thursday"), or a reference point ("since ... on Friday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from store.extract.dates import WEEKDAYS, DateMention, find_dates
from store.extract.incident_cues import EVENT, US_ACTION
from store.extract.scan import CUES, folded, lowered
from store.extract.text import MEDIUM, OUR_SIDE, Sentence, number_value

# "WASHINGTON, Oct 24 (Reuters) -": the date of the dispatch, not of the attack.
# "ERBIL, Iraq, Dec. 26 -- Three American service members ...": the day the report was filed.
_PLACE_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+,(?:\s*[A-Z][\w .'’-]+,)?\s*[\w .,/]+")  # up to the day's end
# "BAGHDAD, Jan. 21 Kyodo - ...": an agency's name may stand before the dash, unbracketed;
# "BAGHDAD, Dec 8 - Rockets struck": a hyphen before a sentence, not before a heading's place in
# capitals ("FRIDAY, NOV. 17 - AIN AL-ASAD").
_DASH_AFTER = re.compile(r"\s*(?:[A-Z][\w.]+\s+)?(?:--|—|–|-\s(?=[A-Z][a-z]))")
_WEEKDAY_HEAD = re.compile(r"\s*(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b", re.I)
# "BAGHDAD, Jan. 21 (Reuters) -", "DAMASCUS, Feb 5 (EFE).-"
# "(Reuters) -", "(Al Mayadeen, translated from Arabic) --": the outlet after a dateline's day
_DATELINE_AFTER = re.compile(
    r"\s*\((?:Reuters|AP|AFP|Xinhua|IRNA|dpa|UPI|Anadolu|[A-Z][\w ]{1,40}(?:,[^()]{1,40})?)\)\.?\s*[-–—]"
)
# A few days, counted in words or figures: "a day", "two days", "9 days".
FEW_DAYS = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# "Nine days before Wednesday's rocket": a day counted from the day the sentence names.
_DAYS_FROM = re.compile(rf"\b(?P<n>{FEW_DAYS})\s+days?\s+(?P<way>before|after)\s+(?:the\s+)?$", re.I)
_SPEECH_WORDS = (
    r"said|says|told|described|announced|added|stated|confirmed|declared|wrote|posted|tweeted|"
    r"reported|briefed|noted|warned|insisted|statement|briefing|spoke|speaking|released|issued"
)
_SAME_DAY_LATER = re.compile(r"\b(?:earlier that (?:day|morning|evening)|earlier in the day|hours earlier)\b", re.I)
# "the Pentagon said on Thursday", "told reporters Monday": the date of the telling.
# "said in a Telegram post early on Friday": where it was said may stand between.
_SPEECH_BEFORE = re.compile(
    rf"\b(?:{_SPEECH_WORDS}),?(?:\s+(?:reporters|journalists|\w+ \w+|[A-Z]\w+)|"
    r"\s+(?:in|on|via)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}"
    rf"(?:{MEDIUM}|briefing|channel|interview|conference|speech))?"
    # "issued at 01:10 local time on Monday": the hour it was told at
    r"(?:\s+at\s+(?:about\s+|around\s+)?[012]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:local|GMT|UTC)(?:\s+time)?)?)?\s+$",
    re.I,
)
_SPEECH_BEFORE_FOLDED = folded(_SPEECH_BEFORE)
_SPEECH_STARTS = CUES.anchor(_SPEECH_WORDS.split("|"))
# "Jon Finer on Sunday described ...", "officials on Monday said"
_SPEECH_AFTER = re.compile(
    rf"\s*,?\s*(?:that\s+)?(?:{_SPEECH_WORDS})\b|"
    r"\s*\((?:update|updated|report|reported|published|filed|issued|alert)\)",  # "Jan. 21 (update)" in an alert's header
    re.I,
)
# The same moment on another clock, told beside the local day.
_OTHER_CLOCK = re.compile(
    r"\s+(?:in Washington\b|Washington time\b|(?:US |U\.S\. )?Eastern(?: Standard)? time\b)", re.I
)
# "the first such attack since Washington struck ... on Friday", "the most serious attack before
# Sunday": a reference point, not the event.
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;]*$|\b(?:attacks?|strikes?|incidents?)\s+before\s+$", re.I)
# "Sunday's attack", "Saturday's drone strike", "the Jan. 28 attack": a day that names the attack.
_ATTACK_OF_DAY = re.compile(
    r"(?:['’]s)?\s+(?:(?:drone|rocket|missile|deadly|fatal|suicide|[\w-]+-way)\s+){0,2}"
    r"(?:attack|strike|assault|barrage|bombardment)s?\b",
    re.I,
)
_ATTACK_THEN_DAY = re.compile(
    r"\b(?:attack|assault|barrage|bombardment)s? of (?:on )?$", re.I
)  # not "strikes of": often ours
_ATTACK_ON_A_BASE = re.compile(
    _ATTACK_OF_DAY.pattern + r"\s+(?:on|at|against|targeting)\s+[^,.;]{0,40}?"
    r"\b(?:base|garrison|airfield|air base|airbase|outpost|camp|Tower|embassy|consulate|compound)\b",
    re.I,
)
# "The 20 November missile", "the Jan. 20 barrage": a day that names an attack by its weapon too.
_WEAPON_OF_DAY = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:missile|drone|rocket|salvo|volley)s?\b", re.I)


_ATTACK_NOUNS = (
    "attack",
    "strike",
    "assault",
    "barrage",
    "bombardment",
    "missile",
    "drone",
    "rocket",
    "salvo",
    "volley",
)


def may_name_an_attack(text: str) -> bool:
    """A cheap test: whether a day in the sentence could name an attack, or count from one."""
    low = text.lower()
    return any(map(low.__contains__, _ATTACK_NOUNS)) or might_count_days(text)


def names_the_attack(sentence: Sentence, d: DateMention) -> bool:
    """Whether the day ``d`` names an attack: "Sunday's attack", "the 20 November missile"."""
    at = d.end - sentence.start
    if _ATTACK_OF_DAY.match(sentence.text, at) or _WEAPON_OF_DAY.match(sentence.text, at):
        return True
    start = d.start - sentence.start
    # "the drone attack of 28 January 2024 on Tower 22": the attack named, then its day
    return _ATTACK_THEN_DAY.search(sentence.text, max(0, start - 40), start) is not None


_PLACE_WORD = re.compile(r"\b(?:base|garrison|airfield|air base|airbase|outpost|camp|Tower|embassy|consulate)\b", re.I)


# "claimed both, but dated them to Oct. 18", "CENTCOM dates that first salvo to the 17th; trackers log it on the 18th"
# A relative clause inside an aside, up to the date: ", a loose alliance ... that emerged publicly "
_IN_ASIDE = re.compile(r",\s+(?:an?|the)\s[^,;.]{0,70}?\b(?:that|which|who)\s[^,;.]*$")
_DATED_TO = re.compile(
    r"\b(?:dat(?:ed|es|ing)|log(?:s|ged)?|put(?:s|ting)?) (?:it|them|both(?: \w+)?|(?:the|that|this|those) (?:[\w-]+ ){0,2}\w+)"
    # the date's own "on" may follow: "log it on the 18th"; "put the al-Asad attack in the early hours of Wednesday"
    r"(?: (?:to|as|on|in|at)(?: the (?:early |small |late )?(?:hours|morning|evening|night) of)?)?\s+$",
    re.I,
)


# "the first attack on Erbil's airport since Sept. 30, when six rockets were fired at the base":
# the day a reference point names is an attack's own when a "when" clause tells it.
_WHEN = re.compile(r",?\s+when\s+")


def since_when(text: str, end: int) -> bool:
    """Whether a "when" clause telling an attack follows the day that ends at ``end``."""
    m = _WHEN.match(text, end)
    if m is None:
        return False
    clause = text[m.end() : m.end() + 160]
    # not "since Friday, when the US hit more than 85 targets": our strikes
    return EVENT.search(clause) is not None and US_ACTION.search(clause) is None


# The day a report was printed or posted, as a corrections page names it: "(editions of Jan. 29
# and Jan. 30)", "(brief of Jan. 3)", "an article of Feb. 5"; and the second day of such a pair.
_EDITION_OF = re.compile(
    r"\b(?:editions?|issues?|briefs?|articles?|stor(?:y|ies)|graphic, edition|pages?) (?:of|dated) (?:\S+ \S+ and )?$",
    re.I,
)


_AN_ARTICLE = re.compile(r"\s+(?:article|report|story|edition|brief|headline|graphic|column|editorial)s?\b", re.I)


def read_dates(sentence: Sentence, pub: date) -> tuple[list[DateMention], list[DateMention]]:
    """Event dates and, apart, the dates of the telling."""
    text = sentence.text
    found, spoken = [], []
    whens: list[DateMention] = []  # days a "when" clause tells an attack on: never mere landmarks
    days = find_dates(text, pub, sentence.start)
    for d in days:
        s, e = d.start - sentence.start, d.end - sentence.start
        if text[max(0, s - 4) : s] == "not ":
            continue  # "have also been targeted in recent weeks, though not on Friday"
        if len(days) > 1 and _OTHER_CLOCK.match(text, e):
            continue  # "January 8, 2020, Iraq time — still the evening of January 7 in Washington —"
        if " when " in text and since_when(text, e):
            if d.day <= pub:
                found.append(d)  # "... since October 23, when US forces engaged two drones": that day's attack
                whens.append(d)
            continue
        # "described the Jan. 20 barrage": a day that names an attack is never the day of the telling
        # "No group had claimed the attack by Thursday afternoon": a day things stood by, told then
        by = (
            d.text[:3].lower() == "by "
            or text[max(0, s - 3) : s] in ("by ", "By ")
            or text[max(0, s - 6) : s] == "as of "
        )
        if (by or spoken_before(text, s) or _SPEECH_AFTER.match(text, e)) and not _ATTACK_OF_DAY.match(text, e):
            if d.day <= pub and d.precision == "day":
                # "a statement released on Thursday said ... earlier that day": the day of both.
                (found if _SAME_DAY_LATER.search(text, e) else spoken).append(d)
            continue
        if "," in text and _IN_ASIDE.search(text, max(0, s - 90), s) and text.startswith(",", e):
            clause = text[max(0, s - 90) : s]
            if not EVENT.search(clause[clause.rfind(",") :]):
                continue  # "The IRI, an alliance that emerged publicly this month, claimed the attack"
        if ("dat" in text or "log" in text or "put" in text) and _DATED_TO.search(text, max(0, s - 60), s):
            continue  # "claimed both operations, but dated them to Oct. 18": another account of their day
        if " of " in text and _EDITION_OF.search(text, max(0, s - 30), s):
            continue  # "TOWER 22 (editions of Jan. 29 and Jan. 30)": the days it was printed
        if _AN_ARTICLE.match(text, e):
            continue  # "An Oct. 19 article said the first attack took place on Oct. 18": the printing
        if d.text.lower() in _TODAY_WORDS and _AGO.search(text, max(0, s - 6), s):
            # "Five years ago today", "five years ago this morning": the day as many years before the report's
            if (back := _YEARS_AGO.search(text, max(0, s - 30), s)) is None:
                continue
            day = _years_before(pub, number_value(back["n"]) or 1)
            if day is None:
                continue
            d = DateMention(day, "day", sentence.start + back.start(), d.end, text[back.start() : e])
        since = _SINCE_BEFORE.search(text[max(0, s - 80) : s]) or _SINCE_BEFORE.match(d.text)
        if since:
            clause = (text[max(0, s - 80) + since.start() :] if since.string is not d.text else text[s:]).split(",")[0]
            # "the heaviest attack since the Nov. 20 close-range ballistic missile strike, which left
            # eight personnel with minor injuries": a day named as an attack's is that attack's
            if not (EVENT.search(clause) and _PLACE_WORD.search(clause)) and not _WEAPON_OF_DAY.match(text, e):
                continue
        shift = _DAYS_FROM.search(text, max(0, s - 30), s)
        if shift is None and _AFTER_THE.search(text, max(0, s - 20), s) and _OUR_STRIKES_AFTER.match(text, e):
            continue  # "Attacks fell after the Feb. 2 strikes": the day of our strikes, another event
        if shift is not None:
            # "Nine days before Wednesday's rocket": the day counted from the one named
            n = number_value(shift["n"]) or 1
            day = d.day - timedelta(days=n) if shift["way"].lower() == "before" else d.day + timedelta(days=n)
            d = DateMention(day, d.precision, sentence.start + shift.start(), d.end, text[shift.start() : e])
        if (
            d.day > pub
            or _DATELINE_AFTER.match(text, e)
            or (
                s < 40
                and _PLACE_DATELINE.fullmatch(text, 0, e)
                and _DASH_AFTER.match(text, e)
                and not _WEEKDAY_HEAD.match(text)  # "FRIDAY, NOV. 17 - Ain al-Asad": a diary's day
            )
        ):
            continue
        found.append(d)
    if ("earlier" in text or "before" in text) and (back := _COUNTED_BACK.search(text)) is not None:
        found = _counted_back(sentence, back, found, spoken)
    elif (
        " after " in text
        and (back := _COUNTED_AFTER.search(text)) is not None
        and not _OURS_IN.search(back[0])
        and not _ISRAEL_AFTER.match(text, back.end())
    ):
        # "demanded a briefing on Wednesday, two days after a ballistic missile struck Al Asad": the
        # day counted back is the attack's after it, the day named stays with what came before.
        found = _counted_back(sentence, back, found, spoken, keep_anchor=True)
    elif " before " in text and (ahead := _COUNTED_BEFORE.search(text)) is not None and not _OURS_IN.search(ahead[0]):
        found = _counted_back(sentence, ahead, found, spoken, keep_anchor=True, forward=True)
    if (
        found
        and " after " in text
        and (after := _AFTER_AN_ATTACK.search(text)) is not None
        and not EVENT.search(text[: after.start()])
        and not US_ACTION.search(text[: after.start()])
    ):
        # "Oil prices rose on Monday as traders ... after a drone attack on a remote US outpost
        # killed three": Monday is the day of the rise; the attack's is not told here.
        found = [d for d in found if d.start - sentence.start > after.start()]
    if len(found) > 1 and any(d.precision == "week" for d in found) and any(d.precision == "day" for d in found):
        # "an unscheduled episode this week, because on Sunday three soldiers were killed": the day
        found = [d for d in found if d.precision != "week"]
    if len(found) > 1:
        # "One of the most serious before Sunday came on Saturday, January 20": a day said to be
        # before or after is a landmark, not the day of what the sentence tells
        found = [
            d for d in found if d in whens or not _landmark(text, d.start - sentence.start, d.end - sentence.start)
        ] or found
    if len(found) > 1:
        # "given on Tuesday ... after Sunday's attack on the outpost": the day that names an attack
        # on a base comes first. Not "Hamas's Oct. 7 attack on Israel": no base is named there.
        named = [d for d in found if _ATTACK_ON_A_BASE.match(text, d.end - sentence.start)]
        if named:
            return named + [d for d in found if d not in named], spoken
    return found, spoken


# "pressure rose on Tuesday, even as a drone strike on the base a day earlier reminded ...": the
# attack is dated by counting back from the day the sentence named before it.
_COUNTED_BACK = re.compile(
    r"\b(?:attack|strike|assault|barrage|bombardment|drone|rocket|missile)s?\b[^,.;]{0,60}?\s"
    rf"(?P<count>(?P<n>{FEW_DAYS})\s+days?\s+(?:earlier|before))\b(?!\s+(?:that|it|this|the|an?)\b)",
    re.I,
)


_AFTER_AN_ATTACK = re.compile(
    r"(?<!days )(?<!day )(?<!hours )(?<!weeks )\bafter (?:an?|the) (?:[\w-]+ ){0,3}(?:attack|strike)s? (?:on|against)\b"
    r"(?![^,.;]{0,40}\b(?:Israel|Hamas)\b)"
)
_COUNTED_AFTER = re.compile(
    rf"\b(?P<count>(?P<n>{FEW_DAYS})\s+days?\s+after)\s+(?:an?|the)\s+(?:[\w.-]+\s+){{0,3}}?"
    r"(?:attack|strike|assault|barrage|drone|rocket|missile)s?\b",
    re.I,
)
# "On Jan. 27, the day before a drone killed three U.S. soldiers at Tower 22": the attack a day
# after the day named.
_COUNTED_BEFORE = re.compile(
    rf"\b(?P<count>(?:the\s+day|(?P<n>{FEW_DAYS})\s+days?)\s+before)\s+(?:an?|the)\s+(?:[\w.-]+\s+){{0,3}}?"
    r"(?:attack|strike|assault|barrage|drone|rocket|missile)s?\b",
    re.I,
)
_OURS_IN = re.compile(rf"\b{OUR_SIDE}\s")
# "on Oct. 18, 11 days after the Hamas-led attack on southern Israel": the war's first day is a
# landmark the day is told by, not an attack on a base.
_ISRAEL_AFTER = re.compile(r"[^,.;]{0,40}\b(?:Israel|Hamas)\b")
_LANDMARK_BEFORE = re.compile(r"\b(?:before|after|until|since)\s+$", re.I)


def _landmark(text: str, start: int, end: int) -> bool:
    """Whether a day is only said to come before or after what the sentence tells ("before Sunday"),
    not one that names an attack ("in the hours after Sunday's attack on the outpost")."""
    return _LANDMARK_BEFORE.search(text, max(0, start - 7), start) is not None and not _ATTACK_OF_DAY.match(text, end)


_AGO = re.compile(r"\bago\s*$", re.I)  # "Five years ago today"
_TODAY_WORDS = ("today", "this morning", "this evening", "tonight")
_YEARS_AGO = re.compile(rf"\b(?P<n>{FEW_DAYS})\s+years?\s+ago\s*$", re.I)


def _years_before(day: date, n: int) -> date | None:
    """The same day ``n`` years before, if the calendar has it (not 29 February)."""
    try:
        return day.replace(year=day.year - n)
    except ValueError:
        return None


_AFTER_THE = re.compile(r"\b(?:after|since|before|following)\s+the\s+$", re.I)
# Strikes, plural and aimed at no base: ours ("the Feb. 2 strikes"), not an attack ("the Jan. 20 strike on ...").
_OUR_STRIKES_AFTER = re.compile(
    r"\s+(?:(?:US|U\.S\.|American|retaliatory)\s+)?(?:air\s?)?(?:strikes|raids)\b(?!\s+(?:on|against)\b)"
)
_OURS_BEFORE = re.compile(rf"\b{OUR_SIDE}\s+(?:[\w-]+\s+){{0,2}}$")


def _counted_back(
    sentence: Sentence,
    back: re.Match[str],
    found: list[DateMention],
    spoken: list[DateMention],
    keep_anchor: bool = False,
    forward: bool = False,
) -> list[DateMention]:
    """``found`` with the attack's day, counted back (or ``forward``) from the one day named before
    the count, first."""
    if _OURS_BEFORE.search(sentence.text, max(0, back.start() - 30), back.start()):
        return found  # "a US drone strike killed Soleimani five days earlier": not the attack's day
    at = sentence.start + back.start("count")
    anchors = [d for d in found + spoken if d.precision == "day" and d.end <= at]
    if len(anchors) != 1:
        return found
    days = timedelta(days=(number_value(back["n"]) if back["n"] else None) or 1)  # "the day before": one
    day = anchors[0].day + days if forward else anchors[0].day - days
    counted = DateMention(day, "day", at, sentence.start + back.end("count"), back["count"])
    return [counted, *(d for d in found if keep_anchor or d is not anchors[0])]


def spoken_before(text: str, end: int) -> bool:
    """Whether ``_SPEECH_BEFORE.search(text, 0, end)`` finds anything: tried only where a speech
    word starts, as re would try every position before ``end``."""
    low = lowered(text)
    if low is None:
        return _SPEECH_BEFORE.search(text, 0, end) is not None
    return any(_SPEECH_BEFORE_FOLDED.match(low, p, end) for p in _SPEECH_STARTS.starts(low) if p < end)


# "two days later", "the next day", "the following Friday": a day counted from the one the
# story told last, which only the reader of the whole story knows.
_AFTER = re.compile(
    rf"\b(?:(?P<n>{FEW_DAYS})\s+days?\s+later|"
    # "Six days after the first drones, two more headed for al-Tanf": counted from the attack told
    rf"(?P<since>{FEW_DAYS})\s+days?\s+after\s+(?:the|that|those)\s+(?:first\s+|initial\s+|previous\s+)?"
    r"(?:[\w-]+\s+)?(?:drones?|attacks?|strikes?|salvos?|barrages?|missiles?|rockets?)\b|"
    rf"(?P<back>{FEW_DAYS})\s+days?\s+(?:before that|earlier)|"
    # "The incident came a day after US forces shot down two drones": the attack, a day before
    rf"(?:came|happened|occurred|took place)\s+(?P<came>{FEW_DAYS})\s+days?\s+after\s+(?!the\s|that\s|those\s)|"
    r"(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night|(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
    r"the\s+day\s+after|(?P<before>the\s+(?:day|night|morning)\s+before)|"
    r"(?P<same>(?:that|the\s+same)\s+(?:night|day|morning|evening|afternoon)))\b",
    re.I,
)
# "Three days before the missile strike, the group said ...": counted back from the attack just
# told, when the sentence opens with it ("it came three days after the strike" counts nothing).
_OPENING_BEFORE = re.compile(
    rf"\s*(?P<n>{FEW_DAYS})\s+days?\s+before\s+the\s+(?:[\w-]+\s+){{0,2}}(?:attack|strike|barrage)\b", re.I
)
_SINCE_OPENING = 12  # "Then six days after the first drones, ..."
_AFTER_WORDS = (
    *("later", "next", "following", "day after", "days after", "before that", "earlier", " before"),
    *("that night", "that day", "that morning", "that evening", "that afternoon", "same night", "same day"),
    *("same morning", "same evening", "same afternoon"),
)


@lru_cache(maxsize=256)
def might_count_days(text: str) -> bool:
    """A cheap test before :func:`day_after`: whether the sentence holds one of its words."""
    low = text.lower()
    return any(map(low.__contains__, _AFTER_WORDS))


def day_after(sentence: Sentence, anchor: date, pub: date) -> DateMention | None:
    """The day a sentence counts from ``anchor`` ("two days later", "the following Friday"),
    if it counts one and it falls on or before publication."""
    text = sentence.text
    if not might_count_days(text):
        return None
    if (opening := _OPENING_BEFORE.match(text)) is not None:
        day = anchor - timedelta(days=number_value(opening["n"]) or 1)
        return DateMention(day, "day", sentence.start, sentence.start + opening.end(), opening.group(0))
    m = _AFTER.search(text)
    if m is None:
        return None
    if m["weekday"]:
        ahead = (WEEKDAYS[m["weekday"].lower()] - anchor.weekday() - 1) % 7 + 1
        day = anchor + timedelta(days=ahead)
    elif m["same"]:
        day = anchor  # "the missile that struck Al-Asad that night": the day just told
    elif m["back"] or m["before"] or m["came"]:
        day = anchor - timedelta(days=(number_value(m["back"] or m["came"]) or 1) if not m["before"] else 1)
    elif m["since"]:
        if m.start() > _SINCE_OPENING:
            return None  # "it came three days after the claimed drone strike": the one before it, not after
        day = anchor + timedelta(days=number_value(m["since"]) or 1)
    else:
        day = anchor + timedelta(days=number_value(m["n"]) or 1 if m["n"] else 1)
    if day > pub:
        return None
    return DateMention(day, "day", sentence.start + m.start(), sentence.start + m.end(), m.group(0))
