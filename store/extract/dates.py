"""Dates: absolute forms in headers and text, and relative ones resolved against publication.

Hand-written on purpose: a general date parser per mention costs two orders of magnitude
more than these compiled patterns (see bench/), and the forms news uses are few.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from store.extract.scan import CUES, Anchor, Anchored, folded, lowered, matches_at
from store.extract.text import number_value

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# "24 January, 2024", "24 Jan 2024", "January 24, 2024", "Jan. 24 2024", "2024-01-24"
_ABS_PATTERNS = [
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH},?\s+{_DAY},?\s+{_YEAR}\b", re.I),  # "January, 29, 2024" too
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    # "25-12-2023", "25/12/2023": day first, as in the statements of the region's groups and outlets
    re.compile(r"\b(?P<day>[0-3]?\d)(?P<sep>[-/.])(?P<month>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
]
_TIME = re.compile(r"\b(?P<h>[012]?\d):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?", re.I)

# A header line that is only a date: "Published: 24 January 2024 10:32 GMT", "Jan. 24, 2024"
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|last updated|date)\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"[\w.,:+/ -]{6,40}?(?:\s*(?:(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d\d)?)?|[ap]\.?m\.?|[+-]\d\d:?\d\d|\([a-z]+\)|ast|est|et))*\s*$",
    re.I,
)


def _month_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    key = text.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def full_date(m: re.Match[str]) -> date | None:
    """The date an _ABS_PATTERNS match gives. Figures alone ("12/03/2024") are day first, as
    outside the US, unless the second figure cannot be a month ("03/28/2024")."""
    try:
        day, month = int(m["day"]), _month_number(m["month"])
        if "sep" in m.groupdict() and month > 12 >= day:
            day, month = month, day
        return date(int(m["year"]), month, day)
    except (ValueError, KeyError):
        return None


def find_absolute_date(text: str) -> tuple[date, re.Match[str]] | None:
    """A full date (day, month and year) in the text: the first that each pattern in turn finds."""
    for pattern in _ABS_PATTERNS:
        m = pattern.search(text)
        if m and (day := full_date(m)) is not None:
            return day, m
    return None


def parse_date_line(line: str) -> str | None:
    """ISO date (or datetime) when the whole line is a date, as in an article header."""
    line = line.strip()
    if len(line) > 60 or not _DATE_LINE.match(line):
        return None
    found = find_absolute_date(line)
    if not found:
        return None
    day, m = found
    # "December 9, 2023 11:48 AM", or the time first: "Updated 3:41 PM GMT+3, October 19, 2023"
    t = _TIME.search(line, m.end()) or _TIME.search(line, 0, m.start())
    if t:
        hour = int(t["h"]) % 24
        if t["ampm"] and t["ampm"].lower().startswith("p") and hour < 12:
            hour += 12
        return f"{day.isoformat()}T{hour:02d}:{t['m']}:{t['s'] or '00'}"
    return day.isoformat()


_ISO = re.compile(r"^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d)?))?")


def normalise_published(value: str | None) -> str | None:
    """Any date a reader meets (ISO, RFC 822, "24 January, 2024") as ISO, else None."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        try:
            date.fromisoformat(m[1])
        except ValueError:
            return None
        return f"{m[1]}T{m[2]}" if m[2] else m[1]
    parsed = parse_date_line(value)
    if parsed:
        return parsed
    found = find_absolute_date(value)
    return found[0].isoformat() if found else None


def published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# -- relative and partial dates in running text -------------------------------------------


@dataclass(frozen=True)
class DateMention:
    day: date
    precision: str  # day | week | month
    start: int
    end: int
    text: str
    weekday_year: bool = False  # its year was the one its weekday fits, not the latest ("Friday, Nov. 17")


_REL = re.compile(
    r"\b(?:(?P<yesterday>yesterday)|(?P<today>today|earlier today|this morning|this evening|tonight|"
    # "shortly after midnight" with no day named: the morning of the report's day
    r"(?:shortly |just |soon )?after midnight)"
    r"|(?P<lastnight>last night|overnight|late on [a-z]+ night)"
    r"|(?P<earlierweek>earlier this week|this week)|(?P<lastweek>last week)"
    r"|(?:(?:on|late|early|last|overnight|since|from|by)\s+(?:on\s+)?)?(?:(?:early|late)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?"
    r")\b",
    re.I,
)
# "Jan. 20", "January 20", "20 January", "Oct 17-18" (no year): the year comes from publication.
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+{_MONTH}(?!\w)(?!,?\s+(?:19|20)\d\d)", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)(?!\s*(?:%|per|attacks|troops))", re.I)
# "On the 18th": a day of the month alone, in the month of publication or the one before.
_ORDINAL_DAY = re.compile(r"\b[Oo]n the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?! of\b)")
# Holidays reports date attacks by: "on Christmas Day".
_HOLIDAY = re.compile(r"\b(?P<name>Christmas Day|Christmas Eve|Christmas|New Year's Day|New Year's Eve|New Year)\b")
_YEAR_END = re.compile(r"\b(?:[Oo]n )?the (?P<which>last|first) day of (?:the year|(?P<year>(?:19|20)\d\d))\b")
_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year": (1, 1),
}
# "On Thanksgiving": the fourth Thursday of November, the last one on or before publication.
_THANKSGIVING = re.compile(r"\bThanksgiving(?: Day)?\b")


def _thanksgiving(pub: date) -> date:
    for year in (pub.year, pub.year - 1):
        first = date(year, 11, 1)
        day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if day <= pub:
            return day
    return day


# "in January 2020", "January 2020"
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)
# "in October", "in early November", "last month": month precision, year from publication.
_MONTH_ONLY = re.compile(
    r"\b(?i:in|since|during|through|by|from|of|until)\s+(?:(?i:early|mid|late|mid-)\s*-?)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+[0-3]?\d\b)(?!,?\s+(?:19|20)\d\d)|"
    r"\b(?i:a|an|the|last|this|that)\s+(?P<month2>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:'s)?\s+(?=[a-z]|Iranian|Iraqi|US|U\.S\.)"
)


_ANY_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I)
_REL_GATE = re.compile(r"day|night|week|morning|evening", re.I)
_DIGIT = re.compile(r"\d")
_NAMES_A_DAY = re.compile(
    rf"\d|\b{_MONTH}(?!\w)|Christmas|New Year|Thanksgiving|\b(?:first|second|third|fourth|last) \w+day of", re.I
)


def is_relative(mention: DateMention) -> bool:
    """Whether a date counts from the day of its telling ("today", "on Friday", "last night"):
    it names no month, no number and no holiday."""
    return _NAMES_A_DAY.search(mention.text) is None


def latest_weekday(on_or_before: date, weekday: int) -> date:
    return on_or_before - timedelta(days=(on_or_before.weekday() - weekday) % 7)


def _day_of_month(pub: date, day: int) -> date | None:
    """The most recent date with this day of the month, on or before publication."""
    month, year = pub.month, pub.year
    for _ in range(2):
        with suppress(ValueError):
            candidate = date(year, month, day)
            if candidate <= pub:
                return candidate
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
    return None


def _with_year(pub: date, month: int, day: int) -> date | None:
    """The most recent date with this month and day not after publication (+2 days slack).

    A day within ten days after publication is a day ahead ("Outlook (01-07 JAN)" in a
    digest of 1 January), not the same day a year before: no attack happened on it.
    """
    candidates = []
    for year in (pub.year + 1, pub.year, pub.year - 1):
        with suppress(ValueError):  # 29 February of a year without one
            candidates.append(date(year, month, day))
    if any(timedelta(days=2) < c - pub <= timedelta(days=_AHEAD_DAYS) for c in candidates):
        return None
    return next((c for c in candidates if c <= pub + timedelta(days=2)), None)


_AHEAD_DAYS = 10


# Where the patterns can start: at a digit (a day or year first) or a month's first three letters.
_DIGITS = CUES.anchor("0123456789")
_MONTHS = CUES.anchor(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
_ABS_AT = (Anchored(_ABS_PATTERNS[0], _DIGITS), Anchored(_ABS_PATTERNS[1], _MONTHS))
_DAY_MONTH_AT = Anchored(_DAY_MONTH, _DIGITS)
_MONTH_DAY_AT = Anchored(_MONTH_DAY, _MONTHS)
_ANY_MONTH_AT = Anchored(_ANY_MONTH, _MONTHS)
_MONTH_YEAR_AT = Anchored(_MONTH_YEAR, _MONTHS)
# Every relative date ends in one of these words; what comes before it ("late on", "earlier
# this") is at most three words of letters.
_REL_CORES = CUES.anchor(
    ("yesterday", "today", "tonight", "night", "overnight", "morning", "evening", "week", "midnight", *WEEKDAYS)
)
_REL_FOLDED = folded(_REL)
_REL_WORDS = ("day", "night", "week", "morning", "evening")
# _MONTH_ONLY names the month in full and capitalised.
_FULL_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


# A weekday's name, lower-case or capitalised, right before the day: "Friday, Nov. 17".
_WEEKDAY_BEFORE = re.compile(
    r"\b(?P<weekday>" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in WEEKDAYS) + r"),?\s+$"
)


def _weekday_before(sentence: str, start: int) -> int | None:
    """The weekday right before a day of the month ("Friday, Nov. 17", "Monday 25 December")."""
    if (m := _WEEKDAY_BEFORE.search(sentence, max(0, start - 12), start)) is None:
        return None
    return WEEKDAYS[m["weekday"].lower()]


def _fitting_weekday(pub: date, month: int, day: int, weekday: int) -> tuple[date, bool] | None:
    """ "On Friday, Nov. 17" in a look back published a year on: the latest Nov. 17 on or before
    publication (two days' slack) that was a Friday, up to two years back; with whether the
    weekday, rather than the nearest year, chose it. A weekday no such year fits is a slip: the
    latest day stands."""
    latest = _with_year(pub, month, day)
    if latest is not None and latest.weekday() == weekday:
        return latest, False
    for year in range(pub.year, pub.year - 3, -1):
        with suppress(ValueError):
            if (on := date(year, month, day)) <= pub + timedelta(days=2) and on.weekday() == weekday:
                return on, True
    return None if latest is None else (latest, False)


class _Dates:
    """The dates found in one sentence so far; a date overlapping an earlier one is dropped."""

    def __init__(self, sentence: str, offset: int) -> None:
        self.sentence = sentence
        self.memo: dict[Anchor, list[int]] = {}  # where the digits and months are
        self.offset = offset
        self.found: list[DateMention] = []
        self.taken: list[tuple[int, int]] = []

    def starts(self, keys: Anchor, low: str) -> list[int]:
        if keys not in self.memo:
            self.memo[keys] = keys.starts(low)
        return self.memo[keys]

    def dated_after(self, end: int) -> bool:
        """Whether a date found already follows ``end`` at once: "on Saturday, January 20" is
        January 20, whatever Saturday came last."""
        return any(0 <= d.start - self.offset - end <= 2 for d in self.found if d.precision == "day")

    def in_month_before(self, at: int, day: int) -> date | None:
        """Day ``day`` of the month the sentence named before ``at``: "In April 2022, on the 7th"."""
        months = list(_MONTH_YEAR.finditer(self.sentence, 0, at))
        if not months:
            return None
        named = months[-1]  # the last one before the day
        with suppress(ValueError, KeyError):
            found = date(int(named["year"]), _month_number(named["month"]), day)
            self.taken.append(named.span())  # the month is the day's, told with it: no date of its own
            return found
        return None

    def add(self, d: date | None, precision: str, m: re.Match[str], weekday_year: bool = False) -> None:
        start, end = m.span()
        if d is None or any(s < end and start < e for s, e in self.taken):
            return
        self.taken.append((start, end))
        text = self.sentence[start:end]
        self.found.append(DateMention(d, precision, self.offset + start, self.offset + end, text, weekday_year))


def find_dates(sentence: str, pub: date, offset: int = 0) -> list[DateMention]:
    """Every date the sentence states, resolved against the publication date."""
    return list(_find_dates(sentence, pub, offset))


@lru_cache(maxsize=256)
def _find_dates(sentence: str, pub: date, offset: int) -> tuple[DateMention, ...]:
    """find_dates, remembered: an article asks about the same sentence more than once.

    Each pattern runs folded on the lowered sentence where :func:`scan.lowered` allows, else
    as it stands; matches are the same either way, and every text is cut from the sentence.
    """
    low = lowered(sentence)
    dates = _Dates(sentence, offset)
    has_digit = _DIGIT.search(sentence) is not None
    # Every pattern below but the ISO one names a month where a word starts: without one of
    # the month keys there, they would all be tried for nothing.
    has_month = low is None or bool(dates.starts(_MONTHS, low))
    if has_digit:
        _absolute(dates, low, has_month)
    if has_digit and has_month:
        for finder in (_DAY_MONTH_AT, _MONTH_DAY_AT):
            for m in finder.finditer(sentence, low, dates.memo):
                if sentence.startswith("may", m.start("month")):
                    continue  # "Tower 22 may owe more to the site": the verb, not the month
                with suppress(ValueError, KeyError):
                    month, day = _month_number(m["month"]), int(m["day"])
                    if (weekday := _weekday_before(sentence, m.start())) is not None:
                        if (fit := _fitting_weekday(pub, month, day, weekday)) is not None:
                            dates.add(fit[0], "day", m, weekday_year=fit[1])
                    else:
                        dates.add(_with_year(pub, month, day), "day", m)
    if has_digit and "n the " in sentence:
        for m in _ORDINAL_DAY.finditer(sentence):
            dates.add(dates.in_month_before(m.start(), int(m["day"])) or _day_of_month(pub, int(m["day"])), "day", m)
    if "n the " in sentence:
        for m in _WORDED_ORDINAL_DAY.finditer(sentence):
            # "another attack at Ain al-Assad on the eighteenth.": the day alone, as a speaker says it
            n = _ORDINAL_WORDS[m["ord"].lower()]
            dates.add(dates.in_month_before(m.start(), n) or _day_of_month(pub, n), "day", m)
    if "Christmas" in sentence or "New Year" in sentence:
        for m in _HOLIDAY.finditer(sentence):
            month, day = _HOLIDAYS[m["name"].lower().replace("’", "'")]
            dates.add(_with_year(pub, month, day), "day", m)
    if " day of " in sentence:
        for m in _YEAR_END.finditer(sentence):
            # "on the last day of the year": New Year's Eve, told as a translation or a statement tells it
            month, day = (12, 31) if m["which"].lower() == "last" else (1, 1)
            on = date(int(m["year"]), month, day) if m["year"] else _with_year(pub, month, day)
            dates.add(on if on is not None and on <= pub else None, "day", m)
    if has_digit and "/" in sentence:
        for m in _WEEKDAY_NUMERIC.finditer(sentence):
            dates.add(_numeric_by_weekday(pub, m), "day", m)
    if has_digit and (m := _ENTRY_DAY.match(sentence)) is not None:
        with suppress(ValueError):
            # a chronology's entry: "20/11 - Ain al-Asad.", "29.11.23 - MSS Euphrates", "Sat 20/01 - ..."
            year = 2000 + int(m["yy"]) if m["yy"] else None
            day = (
                date(year, int(m["month"]), int(m["day"])) if year else _with_year(pub, int(m["month"]), int(m["day"]))
            )
            dates.add(day, "day", m)
    if has_month and any(map(sentence.__contains__, _ORDINAL_OF)):
        for m in _WORDED_DAY.finditer(sentence):  # "In the ninth of November", as translations write it
            with suppress(ValueError, KeyError):
                dates.add(_with_year(pub, _month_number(m["month"]), _ORDINAL_WORDS[m["ord"].lower()]), "day", m)
    if "oday, " in sentence and (m := _TODAY_WEEKDAY.search(sentence)) is not None:
        # "at the dawn of today, Thursday": a statement's own day, by its weekday
        dates.add(latest_weekday(pub, WEEKDAYS[m["weekday"].lower()]), "day", m)
    if has_month and "day of " in sentence:
        for m in _NTH_WEEKDAY.finditer(sentence):
            with suppress(ValueError, KeyError):
                dates.add(_nth_weekday(pub, m), "day", m)
    if "Thanksgiving" in sentence:
        for m in _THANKSGIVING.finditer(sentence):
            dates.add(_thanksgiving(pub), "day", m)
    if has_month and _ANY_MONTH_AT.search(sentence, low, dates.memo):
        if has_digit:
            for m in _MONTH_YEAR_AT.finditer(sentence, low, dates.memo):
                dates.add(date(int(m["year"]), _month_number(m["month"]), 1), "month", m)
        _month_only(dates, pub, low)
    if _REL_GATE.search(sentence) if low is None else any(map(low.__contains__, _REL_WORDS)):
        _relative(dates, pub, low)
    if "yday" in sentence or (any(map(sentence.__contains__, _ABBREVIATED_DAYS)) and _ABBREVIATED.search(sentence)):
        _informal(dates, pub)
    if " ago" in sentence:
        for m in _DAYS_AGO.finditer(sentence):
            # "two days ago": counted back from publication; "a week ago" only roughly (a week
            # before a Monday report may be the Sunday), and "just over a week ago" not at all
            if _ROUGHLY.search(sentence, max(0, m.start() - 12), m.start()):
                continue
            n = number_value(m["n"]) or 1
            weeks = m["unit"].lower().startswith("week")
            dates.add(pub - timedelta(days=n * 7 if weeks else n), "week" if weeks else "day", m)
    if " month" in sentence:
        for m in _REL_MONTH.finditer(sentence):
            # "late last month", "earlier this month": the month, counted from publication
            first = pub.replace(day=1)
            month = first if m["which"].lower().endswith("this") else (first - timedelta(days=1)).replace(day=1)
            dates.add(month, "month", m)
    found = dates.found
    if len(found) > 1 and any(d.text.lower().endswith("midnight") for d in found):
        # "after midnight" is the report's day only when the sentence gives no day of its own
        found = [d for d in found if not d.text.lower().endswith("midnight")]
    found.sort(key=lambda d: d.start)
    if len(found) > 1:
        found = _without_apposed_weekdays(found, sentence, offset)
    if len(found) > 1 and "night" in sentence:
        found = _across_the_night(found, sentence, pub, offset)
    return tuple(found)


_DAY_NAME = "|".join(WEEKDAYS)
# "the night of Thursday to Friday", "overnight Saturday into Sunday", "Sunday night into Monday"
_NIGHT_ACROSS = re.compile(
    rf"\b(?:(?:the\s+)?night\s+of\s+|overnight\s+(?:from\s+)?)(?P<a>{_DAY_NAME})\s+(?:night\s+)?(?:to|into)\s+(?P<b>{_DAY_NAME})\b"
    rf"|\b(?P<a2>{_DAY_NAME})\s+night\s+(?:to|into)\s+(?P<b2>{_DAY_NAME})\b",
    re.I,
)


def is_night_across(text: str) -> bool:
    """Whether a date's text is a night across two days, as :func:`_across_the_night` gives it."""
    return _NIGHT_ACROSS.fullmatch(text) is not None


def _across_the_night(found: list[DateMention], sentence: str, pub: date, offset: int) -> list[DateMention]:
    """A night across two days is one date, the evening's, told as the night ("the night of
    Thursday to Friday"), so that a small hour told after it moves it on to the morning."""
    for m in _NIGHT_ACROSS.finditer(sentence):
        a, b = (m["a"], m["b"]) if m["a"] else (m["a2"], m["b2"])
        if (WEEKDAYS[a.lower()] + 1) % 7 != WEEKDAYS[b.lower()]:
            continue
        start, end = m.start() + offset, m.end() + offset
        inside = [d for d in found if d.start < end and start < d.end]
        if not inside:
            continue
        evening = latest_weekday(pub, WEEKDAYS[a.lower()])
        found = [d for d in found if d not in inside]
        found.append(DateMention(evening, "day", start, end, m.group(0)))
        found.sort(key=lambda d: d.start)
    return found


def _without_apposed_weekdays(found: list[DateMention], sentence: str, offset: int) -> list[DateMention]:
    """ "before dawn on Christmas Day, a Monday": the weekday names the day just given, no other."""
    out = [found[0]]
    for d in found[1:]:
        before = out[-1]
        between = sentence[before.end - offset : d.start - offset]
        if before.precision == "day" and d.text.lower() in WEEKDAYS and between in (", a ", ", which was a "):
            continue
        out.append(d)
    return out


_DAYS_AGO = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+ago\b", re.I
)
# The shorthand of posts and newsletters: "Sun night", "(Wed)", "yday". A capitalised abbreviation
# counts only beside a part of the day or in brackets: "Sun" alone may be a newspaper.
_ABBR_WEEKDAY = {day[:3]: n for day, n in WEEKDAYS.items()}
_ABBREVIATED_DAYS = tuple(day.capitalize() for day in _ABBR_WEEKDAY)
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"  # "Mon", "Tues", "Thurs"
_INFORMAL = re.compile(
    r"\b(?P<yday>[Yy]day)\b|"
    rf"(?:\b(?:late|early|last|on)\s+)?\b(?P<abbr>{WEEKDAY_ABBR})\.?"
    r"(?=\s+(?:night|morning|afternoon|evening|am|pm)\b|\)|['’]s\b)"  # "Sun night", "(Wed)", "Sun's strike"
)
_ABBREVIATED = re.compile(rf"\b{WEEKDAY_ABBR}\b")  # not "Sunday", which _REL reads


def _informal(dates: _Dates, pub: date) -> None:
    """ "Sun night" (the last Sunday on or before publication), "yday" (the day before it)."""
    for m in _INFORMAL.finditer(dates.sentence):
        if m["yday"]:
            dates.add(pub - timedelta(days=1), "day", m)
        else:
            dates.add(latest_weekday(pub, _ABBR_WEEKDAY[m["abbr"][:3].lower()]), "day", m)


_ROUGHLY = re.compile(r"\b(?:over|more than|nearly|almost|about|around|roughly|less than|under)\s+$", re.I)
_REL_MONTH = re.compile(
    r"\b(?:(?:late|early|mid-?|earlier|later)\s+)?(?P<which>last|(?:earlier |later )?this) month\b", re.I
)


def _absolute(dates: _Dates, low: str | None, has_month: bool = True) -> None:
    """Full dates: "24 January 2024", "January 24, 2024", "2024-01-24", "24-01-2024" (the last two
    need no month name)."""
    sentence = dates.sentence
    for finder in _ABS_AT if has_month else ():
        for m in finder.finditer(sentence, low, dates.memo):
            with suppress(ValueError, KeyError):
                dates.add(date(int(m["year"]), _month_number(m["month"]), int(m["day"])), "day", m)
    # Digits and separators only: the patterns read the lowered sentence as they read the sentence.
    for numeric in _ABS_PATTERNS[2:]:
        for m in numeric.finditer(sentence) if low is None else matches_at(numeric, low, dates.starts(_DIGITS, low)):
            if (day := full_date(m)) is not None:
                dates.add(day, "day", m)


def _month_only(dates: _Dates, pub: date, low: str | None) -> None:
    """ "in October", "a January attack": month precision, the year from publication."""
    sentence = dates.sentence
    if not any(map(sentence.__contains__, _FULL_MONTHS)):
        return
    matches = (
        _MONTH_ONLY.finditer(sentence)
        if low is None
        else matches_at(_MONTH_ONLY, sentence, _month_only_starts(sentence))
    )
    for m in matches:
        month = _month_number(m["month"] or m["month2"])
        year = pub.year if month <= pub.month else pub.year - 1
        dates.add(date(year, month, 1), "month", m)


# "the following Friday", "the next Monday": counted from the day told before, not from publication
# (see :mod:`store.extract.event_dates`).
_OF_LAST_WEEK = re.compile(r"\s+of\s+last\s+week\b", re.I)
_AFTER_ANOTHER = re.compile(r"\b(?:following|next)\s+$", re.I)


# The day a chronology's entry opens with, by its numbers alone, before the dash to its place:
# "20/11 - Ain al-Asad.", "29.11.23 - MSS Euphrates", "Sat 20/01 - Ain al-Asad". Only there: "24/7"
# and "9/11" in running text are no days of this story.
_ENTRY_DAY = re.compile(
    rf"\s*(?:{WEEKDAY_ABBR}\.?\s+)?(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)"
    r"(?:\.(?P<yy>\d\d))?(?=\s+[-–—]\s)"
)
# "Friday, 17/11", "Sat 18/11": a day and month in figures with no year, read whichever way round
# the weekday fits ("Covers Friday 17/11 to Thursday 23/11 (day/month)")
_WEEKDAY_NUMERIC = re.compile(
    rf"\b(?P<weekday>(?:{_DAY_NAME})|{WEEKDAY_ABBR})\.?,?\s+(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\b(?![/.]\d)", re.I
)


def _numeric_by_weekday(pub: date, m: re.Match[str]) -> date | None:
    """The one reading of "a/b" (day/month or month/day) that falls on the weekday named before it."""
    name = m["weekday"].lower()
    weekday = next((n for w, n in WEEKDAYS.items() if w.startswith(name[:3])), None)
    a, b = int(m["a"]), int(m["b"])
    fits = set()
    for month, day in ((b, a), (a, b)):
        with suppress(ValueError):
            if 1 <= month <= 12 and (d := _with_year(pub, month, day)) is not None and d.weekday() == weekday:
                fits.add(d)
    return fits.pop() if len(fits) == 1 else None


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth")
_ORDINAL_WORDS = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate((*_TEENS, "eighteenth", "nineteenth", "twentieth"))},
    **{f"twenty-{w}": i + 21 for i, w in enumerate(_UNITS)},
    **{"thirtieth": 30, "thirty-first": 31},
}
# "on the eighteenth" ending its clause: the day of the month alone, in words ("on the second
# attack" and "on the first day" are no day).
_WORDED_ORDINAL_DAY = re.compile(
    rf"\b[Oo]n the (?P<ord>{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))})(?=\s*[.,;:)]|\s*$)"
)
_ORDINAL_OF = ("th of ", "st of ", "nd of ", "rd of ")  # every ordinal word ends in one of these
_WORDED_DAY = re.compile(
    rf"\b(?:the\s+)?(?P<ord>{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))})\s+of\s+{_MONTH}(?!\w)",
    re.I,
)
_TODAY_WEEKDAY = re.compile(rf"\btoday,\s+(?P<weekday>{'|'.join(WEEKDAYS)})\b", re.I)
# "the last Sunday of January", "the first Friday of December 2023"
_NTH_WEEKDAY = re.compile(
    rf"\b(?P<nth>first|second|third|fourth|last) (?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day) of "
    rf"{_MONTH}(?:,?\s+{_YEAR})?\b",
    re.I,
)
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _nth_weekday(pub: date, m: re.Match[str]) -> date:
    """The day "the last Sunday of January" names: in the year given, or the latest on or before ``pub``."""
    month, weekday = _month_number(m["month"]), WEEKDAYS[m["weekday"].lower()]
    for year in (int(m["year"]),) if m["year"] else (pub.year, pub.year - 1):
        first = date(year, month, 1)
        if m["nth"].lower() == "last":
            end = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            day = end - timedelta(days=(end.weekday() - weekday) % 7)
        else:
            day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * _NTH[m["nth"].lower()])
        if m["year"] or day <= pub:
            return day
    raise ValueError(m.group(0))


def _relative(dates: _Dates, pub: date, low: str | None) -> None:
    """ "yesterday", "last night", "on Sunday", "earlier this week"."""
    matches = _REL.finditer(dates.sentence) if low is None else matches_at(_REL_FOLDED, low, _rel_starts(low))
    for m in matches:
        if m["yesterday"] or m["lastnight"]:
            dates.add(pub - timedelta(days=1), "day", m)
        elif m["today"]:
            if not _OUTLET_TODAY.search(dates.sentence, max(0, m.start() - 20), m.end()):
                dates.add(pub, "day", m)
        elif m["earlierweek"]:
            dates.add(pub, "week", m)
        elif m["lastweek"]:
            if not dates.sentence[max(0, m.start() - 3) : m.start()].lower().endswith("of "):
                dates.add(pub - timedelta(days=7), "week", m)
        elif (
            m["weekday"]
            and not dates.dated_after(m.end())
            and not _AFTER_ANOTHER.search(dates.sentence, max(0, m.start() - 12), m.start())
        ):
            # "On Thursday of last week": that weekday a week further back
            week_back = _OF_LAST_WEEK.match(dates.sentence, m.end()) is not None
            dates.add(latest_weekday(pub - timedelta(days=7 * week_back), WEEKDAYS[m["weekday"].lower()]), "day", m)


# "told Baghdad Today", "USA Today reported": an outlet's name, not the day
_OUTLET_TODAY = re.compile(r"\b[A-Z]\w+ Today$")


def _rel_starts(low: str) -> list[int]:
    """Where _REL can match in lowered text: at a core word or one of the three words before it."""
    out: set[int] = set()
    for core in _REL_CORES.starts(low):
        out.add(core)
        end = core
        for _ in range(3):
            gap = end
            while gap and low[gap - 1].isspace():
                gap -= 1
            word = gap
            while word and "a" <= low[word - 1] <= "z":
                word -= 1
            if gap == end or word == gap:
                break
            out.add(word)
            end = word
    return sorted(out)


def _month_only_starts(sentence: str) -> list[int]:
    """Where _MONTH_ONLY can match: one or two words of letters before a month's name ("in",
    "in early", "since mid-"), the words apart by white space or hyphens.

    Only for :func:`scan.foldable` text, where the pattern's case-blind words are ASCII letters.
    """
    out: set[int] = set()
    for name in _FULL_MONTHS:
        end = sentence.find(name)
        while end != -1:
            word = end
            for _ in range(2):
                gap = word
                while gap and (sentence[gap - 1].isspace() or sentence[gap - 1] == "-"):
                    gap -= 1
                word = gap
                while word and sentence[word - 1].isascii() and sentence[word - 1].isalpha():
                    word -= 1
                if gap == word:
                    break
                out.add(word)
            end = sentence.find(name, end + 1)
    return sorted(out)
