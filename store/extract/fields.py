"""What one sentence says about an attack: weapons, counts, casualties, interception,
damage and claims. Each finder takes a sentence and returns plain values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.extract.text import NUMBER, QUALIFIER, number_value

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


@lru_cache(maxsize=8192)
def find_weapons(sentence: str) -> tuple[str, ...]:
    found: list[str] = []
    for name, pattern in _WEAPON_PATTERNS:
        for m in pattern.finditer(sentence):
            before = sentence[max(0, m.start() - 25) : m.start()]
            if _DEFENCE.search(before) or re.search(r"\b(?:anti|counter)-$", before, re.I):
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


def find_attack_count(sentence: str) -> int | None:
    low = sentence.lower()
    if not any(w in low for w in ("attack", "strike", "assault", "wave", "twice", "two times")):
        return None
    m = _ATTACK_COUNT.search(sentence)
    if m:
        value = number_value(m["n"])
        if value and value < 10:
            return value
    if _TWICE.search(sentence):
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
        rf"\b{_COUNT}\s+{_PEOPLE}\s+and\s+[^.;]{{0,60}}?\s+(?:were|have been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:injuring|wounding|injured|wounded|hurt|left)\s+{_COUNT}\b(?:\s+(?:{_PEOPLE}\s+)?"
        r"(?:injured|wounded|hurt))?",
        re.I,
    ),
    re.compile(rf"\b{_COUNT}\s+(?:\w+\s+){{0,3}}(?:were|was|have been|being)?\s*treated for\b", re.I),
    re.compile(
        rf"\b{_COUNT}\s+(?:{_PEOPLE}\s+)?(?:later\s+)?(?:suffered|sustained|received|were diagnosed with)\s+"
        r"(?:\w+\s+){0,4}(?:injur(?:y|ies)|concussions|wounds)\b",
        re.I,
    ),
    re.compile(rf"\b{_COUNT}\s+(?:minor\s+|non-life-threatening\s+|serious\s+)?(?:injuries|casualties)\b", re.I),
    re.compile(
        rf"\b(?:number|count|tally|toll|figure) of (?:[\w.]+ ){{0,4}}(?:injured|wounded|hurt)\b(?:[^.;]|\.(?! [A-Z][a-z])){{0,140}}?"
        rf"(?:climbed|risen|rose|increased|jumped|grown|stands|stood|reached)\s+(?:to|at)\s+{_COUNT}",
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


def _max_count(patterns: list[re.Pattern[str]], sentence: str) -> int | None:
    """The highest count a sentence gives (a revision "25, then 34, then 40" means 40)."""
    best: int | None = None
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            before = sentence[: m.start("n")]
            if _DATE_BEFORE.search(before) or before.lower().endswith("no ") or _NOT_OURS_NEAR.search(m.group(0)):
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
    if not m or re.search(r"Iraqi", m.group(0)):
        return 0
    return number_value(m["n"]) or 0


@dataclass(frozen=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None
    injuries_reported: bool = False
    none_reported: bool = False


_KILL_WORDS = ("kill", "dead", "died", "slain", "lives", "toll")
_HURT_WORDS = ("injur", "wound", "hurt", "casualt", "treated", "toll", "count", "number")


@lru_cache(maxsize=8192)
def find_casualties(sentence: str) -> Casualties:
    low = sentence.lower()
    killed = _max_count(_KILLED, sentence) if any(w in low for w in _KILL_WORDS) else None
    injured = _max_count(_INJURED, sentence) if any(w in low for w in _HURT_WORDS) else None
    if killed is None and _NO_KILLED.search(sentence):
        killed = 0
    if injured is None and _NO_INJURED.search(sentence):
        injured = 0
    reported = bool(injured) or (
        bool(_INJURIES_NO_NUMBER.search(sentence)) and injured != 0 and not _UNKNOWN_CASUALTIES.search(sentence)
    )
    return Casualties(
        killed=killed, injured=injured, injuries_reported=reported, none_reported=killed == 0 and injured == 0
    )


# -- interception and damage -----------------------------------------------------------

_INTERCEPTED = re.compile(
    r"\b(?:shot down|shoot(?:ing)? down|intercept(?:ed|ion|ing)?|downed|thwarted|foiled|"
    r"destroyed by (?:[\w'’]+ ){0,3}(?:air )?defen[cs]es?|(?:air )?defen[cs]es? (?:\w+ ){0,2}destroyed|"
    r"destroying (?:one|two|both|it|them|all|the)|engaged (?:and destroyed )?(?:one|two|three|both|the|several)|"
    r"engaged and destroyed|destroyed (?:it |them |the (?:drone|rocket|missile)s? )?(?:in flight|mid-air|before)|"
    r"brought down|neutrali[sz]ed|repelled)\b",
    re.I,
)
_NOT_INTERCEPTED = re.compile(
    r"\b(?:(?:none|neither) (?:of (?:them|the \w+) )?(?:was|were) (?:intercepted|shot down)|"
    r"(?:failed|unable) to (?:intercept|shoot down|stop)|without being intercepted|"
    r"(?:was|were) not (?:intercepted|shot down|stopped)|air defen[cs]es? (?:failed|did not))\b",
    re.I,
)
_DAMAGE = re.compile(
    r"\b(?:(?:minor|slight|light|significant|heavy|extensive|limited|material|some|no)\s+)?"
    r"(?:damage(?:\s+to\s+(?:the\s+)?[\w -]{3,40}?(?=[,.;\"”]|\s+(?:and|but|at|in|on)\b))?|"
    r"(?:a\s+)?fire\s+(?:broke out|erupted)|set (?:\w+ )?(?:on )?fire|caught fire|destroyed (?:a|an|two|several) [\w -]{3,30}?(?=[,.;]))",
    re.I,
)


@lru_cache(maxsize=8192)
def find_intercepted(sentence: str) -> bool | None:
    if _NOT_INTERCEPTED.search(sentence):
        return False
    if _INTERCEPTED.search(sentence):
        return True
    return None


@lru_cache(maxsize=8192)
def find_damage(sentence: str) -> str | None:
    m = _DAMAGE.search(sentence)
    if not m:
        return None
    text = m.group(0).strip()
    if text.lower().startswith("no "):
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
    r"(?:\w+ )?(?:attacks?|strikes?|operations?))|"
    r"took responsibility|(?:was|were|been|attacks?|strikes?) claimed by|claims? (?:\w+ )?attacks?|"
    r"said (?:in a (?:brief )?statement |on (?:its )?Telegram(?: channel)? |in a Telegram post )*(?:that )?"
    r"(?:it|its fighters) (?:had )?"
    r"(?:targeted|attacked|struck|launched|hit)|"
    r"announced (?:it|that it) (?:had )?(?:targeted|attacked|struck)|"
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


def find_groups(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every named armed group in the text, with where it is named."""
    return [(KNOWN_GROUPS[int(m.lastgroup[1:])][0], m) for m in _GROUPS.finditer(text)]


@lru_cache(maxsize=8192)
def find_group(sentence: str) -> str | None:
    """The group named first in the sentence."""
    groups = find_groups(sentence)
    return groups[0][0] if groups else None


def find_claim_match(sentence: str) -> re.Match[str] | None:
    return _CLAIM.search(sentence)


@lru_cache(maxsize=8192)
def find_claim(sentence: str) -> Claim | None:
    if _NO_CLAIM.search(sentence):
        return Claim(None, explicit_none=True)
    if not _CLAIM.search(sentence):
        return None
    return Claim(find_group(sentence))
