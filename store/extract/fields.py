"""What one sentence says about an attack: weapons, counts, casualties, interception,
damage and claims. Each finder takes a sentence and returns plain values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.extract.scan import CUES, Anchor, Anchored, Keys, Runs, foldable, folded, lowered, matches_at
from store.extract.text import NUMBER, QUALIFIER, number_value

# Words a number phrase (text.NUMBER) or a qualifier and number (text.QUALIFIER) can start with,
# in lower case: patterns that open with a count are tried only there.
_NUMBER_KEYS = (
    *"0123456789",
    *("half", "a dozen", "a couple of", "a pair of", "twenty", "thirty", "forty", "fifty", "dozen", "single", "twin"),
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    *("thirteen", "fifteen"),
)
_QUALIFIER_KEYS = (
    *("at least", "more than", "over", "nearly", "almost", "about", "around", "roughly", "some", "up to"),
    *("as many as", "fewer than", "less than", "an estimated", "approximately", "a total of", "at most"),
)
# Every count pattern goes on with white space: a place where none follows the count is no start.
_NUMBERS = CUES.anchor(_NUMBER_KEYS, check=folded(re.compile(rf"\b{NUMBER}\s", re.I)))
_COUNTS = CUES.anchor(
    _QUALIFIER_KEYS + _NUMBER_KEYS, check=folded(re.compile(rf"\b(?:{QUALIFIER}\s+)?{NUMBER}\s", re.I))
)

# -- weapons ------------------------------------------------------------------------------

_WEAPON_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "drone",
        re.compile(
            r"\b(?:drones?|UAVs?|unmanned aerial (?:vehicles?|systems?)|loitering munitions?|"
            r"quadcopters?|one-way attack (?:drones?|UAS)|UAS)\b",
            re.I,
        ),
    ),
    ("ballistic missile", re.compile(r"\b(?:(?:short-range |close-range )?ballistic missiles?|CRBMs?|SRBMs?)\b", re.I)),
    ("cruise missile", re.compile(r"\bcruise missiles?\b", re.I)),
    ("missile", re.compile(r"\b(?<!ballistic )(?<!cruise )missiles?\b(?! defen[cs]e)", re.I)),
    ("rocket", re.compile(r"\b(?:rockets?|Katyushas?|107\s?mm|122\s?mm|rocket-propelled)\b", re.I)),
    ("mortar", re.compile(r"\bmortars?(?: rounds?| shells?| bombs?)?\b", re.I)),
    (
        "ied",
        re.compile(
            r"\b(?:IEDs?|improvised explosive devices?|roadside bombs?|(?:planted|explosive) charges?|car bombs?)\b",
            re.I,
        ),
    ),
]
# Weapons named as the defence, not the attack: "air defence missiles", "counter-drone".
_DEFENCE = re.compile(r"\b(?:air defen[cs]es?|counter-drone|anti-drone|interceptors?|Patriot|C-RAM)\b", re.I)
_ANTI = re.compile(r"\b(?:anti|counter)-$", re.I)
_DEFENCE_FOLDED, _ANTI_FOLDED = folded(_DEFENCE), folded(_ANTI)
# "a U.S. drone killed Soleimani", "a US surveillance drone returning to the base": ours, not theirs.
_OWN = re.compile(
    r"\b(?:U\.S\.|US|American|coalition|Israeli)(?:[ -](?:military|army|air force|surveillance|reconnaissance|"
    r"armed|MQ-9|Reaper))? $",
    re.I,
)
_OWN_FOLDED = folded(_OWN)
# The words each weapon pattern above can start with.
_WEAPON_KEYS = {
    "drone": ("drone", "uav", "unmanned aerial ", "loitering munition", "quadcopter", "one-way attack ", "uas"),
    "ballistic missile": ("short-range ", "close-range ", "ballistic missile", "crbm", "srbm"),
    "cruise missile": ("cruise missile",),
    "missile": ("missile",),
    "rocket": ("rocket", "katyusha", "107", "122"),
    "mortar": ("mortar",),
    "ied": ("ied", "improvised explosive device", "roadside bomb", "planted charge", "explosive charge", "car bomb"),
}
_WEAPONS = [(name, pattern, folded(pattern), CUES.anchor(_WEAPON_KEYS[name])) for name, pattern in _WEAPON_PATTERNS]
_ANY_WEAPON = frozenset(key for keys in _WEAPON_KEYS.values() for key in keys)


def _defended(before: str, folded_text: bool) -> bool:
    """Whether the words before a weapon name it as the defence, or as a US or allied one."""
    if folded_text:
        return bool(_DEFENCE_FOLDED.search(before) or _ANTI_FOLDED.search(before) or _OWN_FOLDED.search(before))
    return bool(_DEFENCE.search(before) or _ANTI.search(before) or _OWN.search(before))


def _weapon_matches(sentence: str, low: str | None) -> list[tuple[str, list[re.Match[str]]]]:
    """Each weapon pattern with its matches (in ``low`` when given); patterns without any left out."""
    if low is None:
        return [(name, list(pattern.finditer(sentence))) for name, pattern, _, _ in _WEAPONS]
    if CUES.none_of(low, _ANY_WEAPON):
        return []
    out = []
    for name, _, fast, keys in _WEAPONS:
        starts = keys.starts(low)
        if starts:
            out.append((name, matches_at(fast, low, starts)))
    return out


@lru_cache(maxsize=256)
def find_weapons(sentence: str) -> tuple[str, ...]:
    found: list[str] = []
    low = lowered(sentence)
    text = sentence if low is None else low
    for name, matches in _weapon_matches(sentence, low):
        for m in matches:
            if _defended(text[max(0, m.start() - 25) : m.start()], low is not None):
                continue
            found.append(name)
            break
    if "ballistic missile" in found or "cruise missile" in found:
        found = [w for w in found if w != "missile"]
    return tuple(found)


# -- attack counts ----------------------------------------------------------------------

_ATTACK_COUNT = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:separate\s+|more\s+|further\s+|new\s+|distinct\s+|consecutive\s+)?"
    r"(?:(?:drone|rocket|missile|mortar|ballistic missile)\s+)?(?:attacks|strikes|assaults|waves)\b",
    re.I,
)
_TWICE = re.compile(r"\b(?:twice|two times|two separate (?:attacks|occasions))\b", re.I)
_ATTACK_COUNT_AT = Anchored(_ATTACK_COUNT, _NUMBERS, need=("attacks", "strikes", "assaults", "waves"))
_TWICE_AT = Anchored(_TWICE, CUES.anchor(("twice", "two times", "two separate ")))


@lru_cache(maxsize=256)
def find_attack_count(sentence: str) -> int | None:
    low = sentence.lower()
    if not any(map(low.__contains__, ("attack", "strike", "assault", "wave", "twice", "two times"))):
        return None
    fast = low if foldable(sentence) else None
    m = _ATTACK_COUNT_AT.search(sentence, fast)
    if m:
        value = number_value(m["n"])
        if value and value < 10:
            return value
    if _TWICE_AT.search(sentence, fast):
        return 2
    return None


# -- casualties -------------------------------------------------------------------------

_PEOPLE = (
    r"(?:(?:US|U\.S\.|American|coalition|Iraqi|Syrian|Kurdish|Kurdish-led|SDF|British|French|Jordanian|"
    r"civilian|foreign|military|army|air force|service|other|more|additional|of the|people|and|Army|"
    r"Reserve|reservists?|Air Force|Navy|Marine)\s+|-)*"
    r"(?:service ?members?|servicemembers?|soldiers?|troops|personnel|servicemen|people|"
    r"contractors?|fighters?|members|staff|sailors|airmen|marines|guards?|civilians|"
    r"commandos|individuals|persons|others|workers|reservists|Americans)"
)
_COUNT = rf"(?:{QUALIFIER}\s+)?(?P<n>{NUMBER})"
_PASSIVE = r"(?:were|was|have been|had been|are|being|has been)?\s*"
_KILLED = [
    re.compile(
        rf"\b{_COUNT}\s+(?:{_PEOPLE}\s+)?(?:(?!and\b)[\w.]+\s+){{0,2}}{_PASSIVE}"
        r"(?:killed|dead|died|slain|lost their lives)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:killing|killed|kills|claimed the lives of)\s+{_COUNT}\b(?!\s+(?:of (?:its|their)|militants?))"
        rf"(?:\s+{_PEOPLE})?",
        re.I,
    ),
    re.compile(rf"\bleft\s+{_COUNT}\s+(?:{_PEOPLE}\s+)?dead\b", re.I),
    re.compile(rf"\bdeath toll\s+(?:\w+\s+){{0,3}}(?:to|at|of|is|was|stands at|rose to)\s+{_COUNT}", re.I),
    re.compile(rf"\b(?<!no )(?P<n>an?|one)\s+(?:{_PEOPLE})\s+(?:was|has been)\s+killed\b", re.I),
    re.compile(rf"\b(?:killing|killed)\s+(?P<n>an?|one)\s+(?:{_PEOPLE})", re.I),
]
_INJURED = [
    re.compile(
        rf"\b{_COUNT}\s+(?:{_PEOPLE}\s+)?(?:(?!and\b)[\w.]+\s+){{0,2}}{_PASSIVE}"
        r"(?:(?:lightly|slightly|seriously|critically|badly|severely)\s+)?(?:injured|wounded|hurt)\b",
        re.I,
    ),
    re.compile(
        rf"\b{_COUNT}\s+(?P<who>{_PEOPLE})\s+and\s+[^.;]{{0,60}}?\s+(?:were|have been)\s+(?:\w+\s+)?"
        r"(?:injured|wounded|hurt)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:injuring|wounding|injured|wounded|hurt|left)\s+{_COUNT}\b(?:\s+(?:{_PEOPLE}\s+)?"
        r"(?:injured|wounded|hurt))?",
        re.I,
    ),
    re.compile(rf"\b{_COUNT}\s+(?:[\w.]+\s+){{0,4}}(?:were|was|have been|being)?\s*treated for\b", re.I),
    re.compile(
        rf"\b{_COUNT}\s+(?:{_PEOPLE}\s+)?(?:(?:at|in|from) [\w'’-]+\s+)?(?:were\s+)?(?:later\s+)?"
        r"(?:suffered|sustained|received|were diagnosed with|diagnosed with)\s+"
        r"(?:\w+\s+){0,4}(?:injur(?:y|ies)|concussions|wounds|TBIs?)\b",
        re.I,
    ),
    re.compile(rf"\b{_COUNT}\s+(?:minor\s+|non-life-threatening\s+|serious\s+)?(?:injuries|casualties)\b", re.I),
    re.compile(
        # Within one sentence: a stop here is an abbreviation's ("Jan. 28", "U.S. outpost").
        rf"\b(?:number|count|tally|toll|figure) of (?P<who>(?:[\w.]+ ){{0,4}})(?:injured|wounded|hurt)\b[^;]{{0,140}}?"
        rf"(?:climbed|risen|rose|increased|jumped|grown|stands|stood|reached|put (?:it|the \w+))\s+(?:to|at)\s+{_COUNT}",
        re.I,
    ),
    re.compile(
        rf"\b(?:wounded|injured|casualty|injury) (?:count|toll|tally|figure|number) (?:rises|rose|climbs|climbed)"
        rf" to {_COUNT}",
        re.I,
    ),
    re.compile(
        rf"\b(?:wounded|injured|casualty|injury) (?:count|toll|tally|figure|number)\s+(?:\w+\s+){{0,3}}"
        rf"(?:to|at|of|is|was)\s+{_COUNT}",
        re.I,
    ),
    re.compile(rf"\b{_COUNT}\s+(?:had|have)\s+been\s+(?:injured|wounded|hurt)\b", re.I),
]
_NO_KILLED = re.compile(
    r"\b(?:no casualties|no deaths|no fatalities|no one was killed|nobody was killed|caused no (?:casualties|deaths)|"
    r"without (?:causing )?(?:any )?casualties|did not cause (?:any )?casualties|no (?:US |U\.S\. |American |coalition )?"
    r"(?:personnel|troops|service ?members|soldiers) (?:were|was) killed|no (?:injuries|casualties) or (?:deaths|damage)|"
    r"no (?:damage or )?casualties)\b",
    re.I,
)
_NO_INJURED = re.compile(
    r"\b(?:no casualties|no injuries|no one was (?:hurt|injured|wounded)|nobody was (?:hurt|injured|wounded)|"
    r"caused no (?:casualties|injuries)|without (?:causing )?(?:any )?(?:casualties|injuries)|"
    r"did not cause (?:any )?(?:casualties|injuries)|no (?:US |U\.S\. |American |coalition )?"
    r"(?:personnel|troops|service ?members|soldiers) (?:were|was) (?:hurt|injured|wounded)|no (?:damage or )?casualties|"
    r"no (?:injuries|casualties) or damage)\b",
    re.I,
)
_INJURIES_NO_NUMBER = re.compile(
    r"\b(?:injuries|minor injuries|casualties|(?:were|was) (?:lightly |slightly )?(?:injured|wounded|hurt)|"
    r"traumatic brain injur(?:y|ies)|TBI)\b",
    re.I,
)
# "There was no immediate word on casualties": nothing is known, not that there were some.
_UNKNOWN_CASUALTIES = re.compile(
    r"\bno (?:immediate )?(?:word|reports?|information|details|indication) (?:on|of|about) (?:any )?"
    r"(?:casualties|injuries|damage)",
    re.I,
)
_DATE_BEFORE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$", re.I)
# Casualties that are not US or coalition personnel: Iraqi forces, civilians, militants.
_NOT_OURS_NEAR = re.compile(
    r"\b(?:Iraqi|civilians|militants?|attackers|gunmen|militia(?:men)?|terrorists|insurgents|"
    r"(?:its|their|the group's) (?:fighters|members)|pro-Iran)\b",
    re.I,
)


_NOT_OURS_FOLDED = folded(_NOT_OURS_NEAR)
# "no casualties among Iraqi forces": nothing said of US or coalition personnel.
_OTHERS_AFTER = re.compile(
    r"\s+(?:were reported\s+)?(?:among|in the ranks of|to|for)\s+(?:the\s+)?(?:Iraqi|Syrian|Kurdish|Jordanian|local|civilian|"
    r"civilians|Peshmerga|SDF|PMF|militia)",
    re.I,
)
# "on 25 December that wounded three": a day of the month, not a count. Capitalised only, as
# "25 may have been hurt" is a count.
_MONTH_AFTER = re.compile(
    r"\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
_MONTHS3 = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _month_before(low: str) -> bool:
    """``_DATE_BEFORE.search`` for lowered text, without trying it at every position.

    The pattern ends in ``\\.?\\s*$``, so it matches when the last run of letters (before an
    optional full stop and trailing white space) holds a month abbreviation.
    """
    tail = low.rstrip()
    tail = tail[:-1] if tail.endswith(".") else tail
    run = tail[len(tail.rstrip(_LETTERS)) :]
    return any(month in run for month in _MONTHS3)


def _not_counted(sentence: str, low: str | None, m: re.Match[str]) -> bool:
    """A count that is a date ("Jan. 20", "25 December"), negated ("no 5 ...") or not of our people.

    When the match names its people apart (``who``: "four US service members and two Iraqi
    soldiers were wounded"), only they are asked about: the others are someone else's count.
    """
    if _MONTH_AFTER.match(sentence, m.end("n")):
        return True
    people = m["who"] if "who" in m.re.groupindex and m["who"] else m[0]
    if low is None:
        before = sentence[: m.start("n")]
        return bool(_DATE_BEFORE.search(before) or before.lower().endswith("no ") or _NOT_OURS_NEAR.search(people))
    before = low[: m.start("n")]
    return _month_before(before) or before.endswith("no ") or bool(_NOT_OURS_FOLDED.search(people))


def _max_count(patterns: list[Anchored], sentence: str, low: str | None, memo: dict[Anchor, list[int]]) -> int | None:
    """The highest count a sentence gives (a revision "25, then 34, then 40" means 40).

    ``low`` is the lowered sentence when :func:`foldable`, else None; ``memo`` keeps where
    counts start, for all patterns.
    """
    best: int | None = None
    for pattern in patterns:
        for m in pattern.finditer(sentence, low, memo):
            if _not_counted(sentence, low, m):
                continue
            value = number_value(m["n"])
            if value is None or value >= 5000 or (value >= 1900 and len(m["n"]) == 4):
                continue
            value += _and_more(sentence, m.end())
            best = value if best is None else max(best, value)
    return best


_AND_MORE = re.compile(
    rf"\s+and\s+(?P<n>an?|{NUMBER})\s+(?:British|French|Iraqi|US|American|coalition|other)?\s*"
    r"(?:soldiers?|troops|service ?members?|contractors?|personnel)\b",
    re.I,
)


def _and_more(sentence: str, end: int) -> int:
    """ "killing two U.S. troops and a British soldier": the second count adds to the first."""
    m = _AND_MORE.match(sentence, end)
    if not m or "Iraqi" in m.group(0):
        return 0
    return number_value(m["n"]) or 0


@dataclass(frozen=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None
    injuries_reported: bool = False
    none_reported: bool = False


_KILL_WORDS = ("kill", "dead", "died", "slain", "lives", "toll")
_HURT_WORDS = ("injur", "wound", "hurt", "casualt", "treated", "toll", "count", "number", "tbi")

# Each pattern above with the words its matches start at, and words one of which every match holds.
_HURT = ("injured", "wounded", "hurt")
_KILLED_AT = [
    Anchored(_KILLED[0], _COUNTS, need=("killed", "dead", "died", "slain", "lost their lives")),
    Anchored(_KILLED[1], CUES.anchor(("kill", "claimed the lives of"))),
    Anchored(_KILLED[2], CUES.anchor(("left",)), need=("dead",)),
    Anchored(_KILLED[3], CUES.anchor(("death toll",))),
    Anchored(_KILLED[4], Runs(regex=r"\b(?:an?|one)\b"), need=("killed",)),  # "a" is too common a key
    Anchored(_KILLED[5], CUES.anchor(("kill",))),
]
_INJURED_AT = [
    Anchored(_INJURED[0], _COUNTS, need=_HURT),
    Anchored(_INJURED[1], _COUNTS, need=_HURT),
    Anchored(_INJURED[2], CUES.anchor(("injur", "wound", "hurt", "left"))),
    Anchored(_INJURED[3], _COUNTS, need=("treated for",)),
    Anchored(_INJURED[4], _COUNTS, need=("injur", "concussions", "wounds", "tbi")),
    Anchored(_INJURED[5], _COUNTS, need=("injuries", "casualties")),
    Anchored(_INJURED[6], CUES.anchor(("number of ", "count of ", "tally of ", "toll of ", "figure of "))),
    Anchored(_INJURED[7], CUES.anchor(("wounded ", "injured ", "casualty ", "injury "))),
    Anchored(_INJURED[8], CUES.anchor(("wounded ", "injured ", "casualty ", "injury "))),
    Anchored(_INJURED[9], _COUNTS, need=_HURT),
]
_NEGATION_KEYS = CUES.anchor(("no ", "nobody", "caused no ", "without ", "did not cause "))
_NO_KILLED_AT = Anchored(_NO_KILLED, _NEGATION_KEYS)
_NO_INJURED_AT = Anchored(_NO_INJURED, _NEGATION_KEYS)
# "were lightly injured": the word after "was "/"were " and "lightly "/"slightly " anchors it.
_WAS_HURT = (4, 5, 12, 13, 14)
_INJURIES_NO_NUMBER_AT = Anchored(
    _INJURIES_NO_NUMBER,
    CUES.anchor(
        {
            **dict.fromkeys(("injuries", "minor injuries", "casualties", "traumatic brain injur", "tbi"), (0,)),
            **dict.fromkeys(_HURT, _WAS_HURT),
        }
    ),
)
_UNKNOWN_CASUALTIES_AT = Anchored(_UNKNOWN_CASUALTIES, CUES.anchor(("no ",)))


# Every casualty phrase above holds one of these.
_CASUALTY_WORDS = (*_KILL_WORDS, *_HURT_WORDS, "death", "fatalit", "tbi")


@lru_cache(maxsize=256)
def find_casualties(sentence: str) -> Casualties:
    low = sentence.lower()
    fast = low if foldable(sentence) else None
    if fast is not None and not any(map(low.__contains__, _CASUALTY_WORDS)):
        return Casualties()
    memo: dict[Anchor, list[int]] = {}
    killed = _max_count(_KILLED_AT, sentence, fast, memo) if any(map(low.__contains__, _KILL_WORDS)) else None
    injured = _max_count(_INJURED_AT, sentence, fast, memo) if any(map(low.__contains__, _HURT_WORDS)) else None
    # "no casualties among Iraqi forces" says nothing of ours, either way.
    none_killed = _NO_KILLED_AT.search(sentence, fast) if killed is None else None
    none_injured = _NO_INJURED_AT.search(sentence, fast) if injured is None else None
    if any(m is not None and _OTHERS_AFTER.match(sentence, m.end()) for m in (none_killed, none_injured)):
        return Casualties(killed=killed, injured=injured, injuries_reported=bool(injured))
    if none_killed:
        killed = 0
    if none_injured:
        injured = 0
    reported = bool(injured) or (
        bool(_INJURIES_NO_NUMBER_AT.search(sentence, fast))
        and injured != 0
        and not _UNKNOWN_CASUALTIES_AT.search(sentence, fast)
    )
    return Casualties(
        killed=killed, injured=injured, injuries_reported=reported, none_reported=killed == 0 and injured == 0
    )


# -- interception and damage -----------------------------------------------------------

_INTERCEPTED = re.compile(
    r"\b(?:shot down|shoot(?:ing)? down|intercept(?:ed|ion|ing)?|downed|thwarted|foiled|"
    r"destroyed by (?:[\w'’]+ ){0,3}(?:air )?defen[cs]es?|(?:air )?defen[cs]es? (?:\w+ ){0,2}destroyed|"
    r"destroying (?:one|two|both|it|them|all|the)|engaged (?:and destroyed )?(?:one|two|three|both|the|several|all)|"
    r"shot (?:it|them|both|all \w+|one|two|three) down|"
    r"engaged and destroyed|destroyed (?:it |them |the (?:drone|rocket|missile)s? )?(?:in flight|mid-air|before)|"
    r"brought down|neutrali[sz]ed|repelled)\b",
    re.I,
)
_NOT_INTERCEPTED = re.compile(
    r"\b(?:(?:none|neither) (?:of (?:them|the \w+) |drone |rocket |missile )?(?:was|were) (?:intercepted|shot down)|"
    r"(?:failed|unable) to (?:intercept|shoot down|stop)|without being intercepted|"
    r"(?:was|were) not (?:intercepted|shot down|stopped|engaged)|(?:air |base |missile )?defen[cs]es? (?:failed|did not)|"
    r"(?:did not|didn't|could not|couldn't) (?:engage|intercept|stop|shoot down) (?:it|them|the (?:drone|rocket|missile)s?))\b",
    re.I,
)
_DAMAGE = re.compile(
    r"\b(?:(?:minor|slight|light|significant|heavy|extensive|limited|material|some|no)\s+)?"
    r"(?:damage(?:\s+to\s+(?:the\s+)?[\w -]{3,40}?(?=[,.;\"”]|\s+(?:and|but|at|in|on)\b))?|"
    r"(?:a\s+)?fire\s+(?:broke out|erupted)|set (?:\w+ )?(?:on )?fire|caught fire|destroyed (?:a|an|two|several) [\w -]{3,30}?(?=[,.;]))",
    re.I,
)


_INTERCEPTED_KEYS = CUES.anchor(
    {
        **dict.fromkeys(("shot", "shoot", "intercept", "downed", "thwarted", "foiled", "destroy"), (0,)),
        **dict.fromkeys(("engaged", "brought down", "neutrali", "repelled"), (0,)),
        "defen": (0, 4),  # "(air )?defences destroyed"
    }
)
_NOT_INTERCEPTED_KEYS = CUES.anchor(
    (
        *("none ", "neither ", "failed to ", "unable to ", "without being intercepted"),
        *("was not ", "were not ", "defen", "did not ", "didn't ", "could not ", "couldn't "),
        *("air defen", "base defen", "missile defen"),
    )
)
_INTERCEPTED_AT = Anchored(_INTERCEPTED, _INTERCEPTED_KEYS)
_NOT_INTERCEPTED_AT = Anchored(_NOT_INTERCEPTED, _NOT_INTERCEPTED_KEYS)
# Every damage phrase holds one of these; where one does, the folded pattern is cheap enough everywhere.
_DAMAGE_AT = Anchored(_DAMAGE, need=("damage", "destroyed ", "broke out", "erupted", "set ", "caught fire"))


_INTERCEPTION_KEYS = _INTERCEPTED_KEYS.names | _NOT_INTERCEPTED_KEYS.names
# "It was not immediately clear whether the air defences engaged the drones": a question, not an answer.
_UNCERTAIN_BEFORE = re.compile(r"\b(?:whether|unclear if|not clear if)\b[^.;,]{0,80}$", re.I)


@lru_cache(maxsize=256)
def find_intercepted(sentence: str) -> bool | None:
    low = lowered(sentence)
    if low is not None and CUES.none_of(low, _INTERCEPTION_KEYS):
        return None
    if _stated(_NOT_INTERCEPTED_AT, sentence, low):
        return False
    if _stated(_INTERCEPTED_AT, sentence, low):
        return True
    return None


def _stated(pattern: Anchored, sentence: str, low: str | None) -> bool:
    """Whether the pattern matches where the sentence states it, not where it asks "whether"."""
    return any(not _UNCERTAIN_BEFORE.search(sentence, 0, m.start()) for m in pattern.finditer(sentence, low))


# Words around "damage" that say nothing was reported: "damage assessments are under way",
# "no word on casualties or damage", "to assess the damage", "whether there was any damage".
_DAMAGE_UNKNOWN_BEFORE = re.compile(
    r"(?:\bno (?:immediate )?(?:word|reports?|information|details?|indication|sign) (?:on|of|about) "
    r"(?:(?!but\b)[\w-]+ ){0,5}|\bany |\bwhether (?:there was )?|\bassess(?:ing|ed|es|)? (?:the |any )?|"
    r"\bbattle |\b(?:to|could|would|can|may|might) (?:cause|inflict|do) )$",
    re.I,
)
_DAMAGE_UNKNOWN_AFTER = re.compile(r"\s+assess", re.I)


@lru_cache(maxsize=256)
def find_damage(sentence: str) -> str | None:
    """What the sentence says was damaged or burnt, or None when it reports no damage."""
    m = _DAMAGE_AT.search(sentence, lowered(sentence))
    if not m:
        return None
    text = sentence[m.start() : m.end()].strip()
    if text.lower().startswith("no "):
        return None
    if text.lower().startswith("damage") and (
        _DAMAGE_UNKNOWN_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
        or _DAMAGE_UNKNOWN_AFTER.match(sentence, m.start() + len("damage"))
    ):
        return None
    return text


# -- claims -----------------------------------------------------------------------------

KNOWN_GROUPS = [
    ("Islamic Resistance in Iraq", r"Islamic Resistance in Iraq|Islamic Resistance of Iraq|Iraqi Islamic Resistance"),
    ("Kataib Hezbollah", r"Kata'?e?ib Hez?b[ou]llah|Kata'ib Hizballah|Kataib Hizbullah|Hezbollah Brigades"),
    ("Harakat al-Nujaba", r"Harakat (?:Hezbollah )?al-Nujaba|Nujaba(?: movement)?|al-Nujaba"),
    ("Kataib Sayyid al-Shuhada", r"Kata'?ib Sayy?id al-Shuhada"),
    ("Asaib Ahl al-Haq", r"Asa'?ib Ahl al-Haq"),
    ("The Revolutionaries", r"(?:The|the) Revolutionaries"),
    ("Islamic State", r"Islamic State(?! group's defeat)|ISIS|ISIL|Daesh"),
    ("Islamic Revolutionary Guard Corps", r"(?:Iran's )?(?:Islamic )?Revolution(?:ary)? Guards?(?: Corps)?|IRGC"),
    ("Saraya Awliya al-Dam", r"Saraya Awliya al-Dam|Awliya al-Dam"),
    ("Ashab al-Kahf", r"Ashab al-Kahf"),
]
_GROUPS = re.compile(
    "(?=[IKHNATtDRSa])(?:"
    + "|".join(rf"(?P<g{i}>\b(?:{pattern})\b)" for i, (_, pattern) in enumerate(KNOWN_GROUPS))
    + ")"
)
_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|credit|(?:the|that|this|those|these|two|three|several|both|an?) "
    r"(?:\w+ )?(?:attacks?|strikes?|operations?|barrages?|salvos?|assaults?|bombardments?))|"
    r"took responsibility|(?:was|were|been|attacks?|strikes?) claimed by|claims? (?:\w+ )?attacks?|"
    r"(?<!not )(?<!never )(?<!yet )claimed (?:it|them)(?=\s*[.;,]|\s+(?:in|on|via|through)\b)|"
    r"(?:which|that) (?:the )?[\w-]+ (?:has |had )?claimed\b|"
    r"(?:said|says) (?:in a (?:brief )?statement |on (?:its )?Telegram(?: channel)? |in a Telegram post )*(?:that )?"
    r"(?:it|its fighters) (?:had |has )?"
    r"(?:targeted|attacked|struck|launched|hit|pounded)|"
    r"announced (?:it|that it) (?:had |has )?(?:targeted|attacked|struck|pounded|hit)|"
    r"in a statement (?:claimed|said it))",
    re.I,
)
_NO_CLAIM = re.compile(
    r"\b(?:no (?:group|one|faction|party) (?:has |had |immediately )?(?:yet )?claimed|"
    r"(?:there was |there has been )?no (?:immediate )?claim of responsibility|unclaimed|"
    r"(?:has|had) not (?:yet )?been claimed|nobody (?:has )?claimed)\b",
    re.I,
)


@dataclass(frozen=True)
class Claim:
    group: str | None
    explicit_none: bool = False


# Where a group's name can start: at these words, or a few characters before ("Iraqi Islamic
# Resistance", "al-Nujaba", "the Revolutionaries").
_GROUP_KEYS = Keys(
    {
        **dict.fromkeys(("Kata", "Hezbollah Brigades", "Harakat", "Asa", "ISIS", "ISIL", "Daesh", "Iran's"), (0,)),
        **dict.fromkeys(("IRGC", "Saraya", "Awliya", "Ashab"), (0,)),
        "Islamic": (0, 6),
        "Nujaba": (0, 3),
        "Revolution": (0, 4),
    }
)
_CLAIM_KEYS = CUES.anchor(
    {
        "claim": (0, 4, 5, 7, 8),  # "claimed by" after "was ", "were ", "been ", "attack(s) ", "strike(s) "
        **dict.fromkeys(("took responsibility", "said ", "says ", "announced ", "in a statement "), (0,)),
        **dict.fromkeys(("which ", "that "), (0,)),  # "the 2022 attack, which the IRGC claimed"
    }
)
# "there was no claim", "there has been no claim"
_NO_CLAIM_KEYS = CUES.anchor(
    {"no ": (0, 10, 15), **dict.fromkeys(("unclaimed", "has not ", "had not ", "nobody"), (0,))}
)
_CLAIM_AT = Anchored(_CLAIM, _CLAIM_KEYS)
_NO_CLAIM_AT = Anchored(_NO_CLAIM, _NO_CLAIM_KEYS, need=("claim",))


def find_groups(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every named armed group in the text, with where it is named."""
    return [(KNOWN_GROUPS[int(m.lastgroup[1:])][0], m) for m in matches_at(_GROUPS, text, _GROUP_KEYS.starts(text))]


@lru_cache(maxsize=256)
def find_group(sentence: str) -> str | None:
    """The group named first in the sentence."""
    groups = find_groups(sentence)
    return groups[0][0] if groups else None


def find_claim_match(sentence: str) -> re.Match[str] | None:
    low = lowered(sentence)
    if low is None:
        return _CLAIM.search(sentence)
    m = _CLAIM_AT.search(sentence, low)
    return None if m is None else _CLAIM.match(sentence, m.start())


_ANY_CLAIM = _CLAIM_KEYS.names | _NO_CLAIM_KEYS.names


@lru_cache(maxsize=256)
def find_claim(sentence: str) -> Claim | None:
    low = lowered(sentence)
    if low is not None and CUES.none_of(low, _ANY_CLAIM):
        return None
    if _NO_CLAIM_AT.search(sentence, low):
        return Claim(None, explicit_none=True)
    if not _CLAIM_AT.search(sentence, low):
        return None
    return Claim(find_group(sentence))
