"""What one sentence says about an attack: weapons, counts, casualties, interception,
damage and claims. Each finder takes a sentence and returns plain values."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.extract.text import NUMBER, QUALIFIER, number_value

# -- weapons ------------------------------------------------------------------------------

_WEAPON_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("drone", re.compile(
        r"\b(?:drones?|UAVs?|unmanned aerial (?:vehicles?|systems?)|loitering munitions?|"
        r"quadcopters?|one-way attack (?:drones?|UAS)|UAS)\b", re.I)),
    ("ballistic missile", re.compile(r"\b(?:(?:short-range |close-range )?ballistic missiles?|CRBMs?|SRBMs?)\b", re.I)),
    ("cruise missile", re.compile(r"\bcruise missiles?\b", re.I)),
    ("missile", re.compile(r"\b(?<!ballistic )(?<!cruise )missiles?\b(?! defen[cs]e)", re.I)),
    ("rocket", re.compile(r"\b(?:rockets?|Katyushas?|107\s?mm|122\s?mm|rocket-propelled)\b", re.I)),
    ("mortar", re.compile(r"\bmortars?(?: rounds?| shells?| bombs?)?\b", re.I)),
    ("ied", re.compile(
        r"\b(?:IEDs?|improvised explosive devices?|roadside bombs?|(?:planted|explosive) charges?|car bombs?)\b",
        re.I)),
]
# Weapons named as the defence, not the attack: "air defence missiles", "counter-drone".
_DEFENCE = re.compile(r"\b(?:air defen[cs]es?|counter-drone|anti-drone|interceptors?|Patriot|C-RAM)\b", re.I)


def find_weapons(sentence: str) -> list[str]:
    found = []
    for name, pattern in _WEAPON_PATTERNS:
        for m in pattern.finditer(sentence):
            before = sentence[max(0, m.start() - 25):m.start()]
            if _DEFENCE.search(before) or re.search(r"\b(?:anti|counter)-$", before, re.I):
                continue
            found.append(name)
            break
    if "ballistic missile" in found or "cruise missile" in found:
        found = [w for w in found if w != "missile"]
    return found


# -- attack counts ----------------------------------------------------------------------

_ATTACK_COUNT = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:separate\s+|more\s+|further\s+|new\s+|distinct\s+|consecutive\s+)?"
    r"(?:(?:drone|rocket|missile|mortar|ballistic missile)\s+)?(?:attacks|strikes|assaults|waves)\b", re.I)
_TWICE = re.compile(r"\b(?:twice|two times|two separate (?:attacks|occasions))\b", re.I)


def find_attack_count(sentence: str) -> int | None:
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
    r"(?:(?:US|U\.S\.|American|coalition|Iraqi|Syrian|Kurdish|SDF|British|French|Jordanian|"
    r"civilian|foreign|military|army|air force|service|other|more|additional|of the|people)\s+|-)*"
    r"(?:service ?members?|servicemembers?|soldiers?|troops|personnel|servicemen|people|"
    r"contractors?|fighters?|members|staff|sailors|airmen|marines|guards?|civilians|"
    r"commandos|individuals|persons|others|workers)"
)
_COUNT = rf"(?:{QUALIFIER}\s+)?(?P<n>{NUMBER})"
_KILLED = [
    re.compile(rf"\b{_COUNT}\s+(?:{_PEOPLE}\s+)?(?:\w+\s+){{0,2}}(?:were|was|have been|had been|are|being)?\s*"
               r"(?:killed|dead|died|slain|lost their lives)\b", re.I),
    re.compile(rf"\b(?:killing|killed|kills|claimed the lives of)\s+{_COUNT}\b(?!\s*(?:militants?|fighters of|members of (?:the )?(?:group|militia)))", re.I),
    re.compile(rf"\bdeath toll\s+(?:\w+\s+){{0,3}}(?:to|at|of|is|was|stands at|rose to)\s+{_COUNT}", re.I),
]
_INJURED = [
    re.compile(rf"\b{_COUNT}\s+(?:{_PEOPLE}\s+)?(?:\w+\s+){{0,2}}(?:were|was|have been|had been|are|being)?\s*"
               r"(?:(?:lightly|slightly|seriously|critically|badly|severely)\s+)?(?:injured|wounded|hurt)\b", re.I),
    re.compile(rf"\b(?:injuring|wounding|injured|wounded|hurt)\s+{_COUNT}\b", re.I),
    re.compile(rf"\b{_COUNT}\s+(?:\w+\s+){{0,3}}(?:were|was|have been|being)?\s*treated for\b", re.I),
    re.compile(rf"\b{_COUNT}\s+(?:minor\s+|non-life-threatening\s+|serious\s+)?(?:injuries|casualties)\b", re.I),
    re.compile(rf"\b(?:number of (?:wounded|injured)|injured toll|wounded toll)\s+(?:\w+\s+){{0,3}}(?:to|at|of|is|was)\s+{_COUNT}", re.I),
]
_NO_CASUALTIES = re.compile(
    r"\b(?:no (?:immediate )?(?:reports? of )?(?:casualties|injuries|deaths|damage or casualties|casualties or damage|"
    r"injuries or damage|damage or injuries|one was (?:hurt|injured|killed))|"
    r"(?:did not|didn't|caused no|without) (?:cause |causing )?(?:any )?(?:casualties|injuries)|"
    r"nobody was (?:hurt|injured)|no (?:US |U\.S\. |American |coalition )?(?:personnel|troops|service ?members|soldiers) "
    r"(?:were|was) (?:hurt|injured|killed|wounded))\b", re.I)
_INJURIES_NO_NUMBER = re.compile(
    r"\b(?:injuries|minor injuries|casualties|(?:were|was) (?:lightly |slightly )?(?:injured|wounded|hurt)|"
    r"traumatic brain injur(?:y|ies)|TBI)\b", re.I)


def _first_count(patterns: list[re.Pattern[str]], sentence: str) -> int | None:
    best: tuple[int, int] | None = None
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            value = number_value(m["n"])
            if value is not None and value < 5000 and (best is None or m.start() < best[0]):
                best = (m.start(), value)
    return best[1] if best else None


@dataclass(frozen=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None
    injuries_reported: bool = False
    none_reported: bool = False


_NOT_OURS = re.compile(
    r"\b(?:militants?|attackers|gunmen|fighters of the|members of (?:the )?(?:group|militia)|"
    r"Kataib Hezbollah members|militia(?:men)?|terrorists|insurgents)\b", re.I)


def find_casualties(sentence: str) -> Casualties:
    if _NO_CASUALTIES.search(sentence):
        return Casualties(killed=0, injured=0, none_reported=True)
    killed = _first_count(_KILLED, sentence)
    injured = _first_count(_INJURED, sentence)
    if killed is not None and _NOT_OURS.search(sentence):
        killed = None
    reported = injured is not None or bool(_INJURIES_NO_NUMBER.search(sentence))
    return Casualties(killed=killed, injured=injured, injuries_reported=reported)


# -- interception and damage -----------------------------------------------------------

_INTERCEPTED = re.compile(
    r"\b(?:shot down|shoot(?:ing)? down|intercept(?:ed|ion|ing)?|downed|thwarted|foiled|"
    r"engaged and destroyed|destroyed (?:it |them |the (?:drone|rocket|missile)s? )?(?:in flight|mid-air|before)|"
    r"brought down|neutrali[sz]ed|repelled)\b", re.I)
_NOT_INTERCEPTED = re.compile(
    r"\b(?:(?:none|neither) (?:of (?:them|the \w+) )?(?:was|were) (?:intercepted|shot down)|"
    r"(?:failed|unable) to (?:intercept|shoot down|stop)|without being intercepted|"
    r"(?:was|were) not (?:intercepted|shot down)|air defen[cs]es? (?:failed|did not))\b", re.I)
_DAMAGE = re.compile(
    r"\b(?:(?:minor|slight|light|significant|heavy|extensive|limited|material|some|no)\s+)?"
    r"(?:damage(?:\s+to\s+(?:the\s+)?[\w -]{3,40}?(?=[,.;\"”]|\s+(?:and|but|at|in|on)\b))?|"
    r"(?:a\s+)?fire\s+(?:broke out|erupted)|set (?:\w+ )?(?:on )?fire|caught fire|destroyed (?:a|an|two|several) [\w -]{3,30}?(?=[,.;]))",
    re.I)


def find_intercepted(sentence: str) -> bool | None:
    if _NOT_INTERCEPTED.search(sentence):
        return False
    if _INTERCEPTED.search(sentence):
        return True
    return None


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
    ("Islamic Revolutionary Guard Corps", r"(?:Iran's )?(?:Islamic )?Revolutionary Guards?(?: Corps)?|IRGC"),
    ("Saraya Awliya al-Dam", r"Saraya Awliya al-Dam|Awliya al-Dam"),
    ("Ashab al-Kahf", r"Ashab al-Kahf"),
]
_GROUP_PATTERNS = [(name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in KNOWN_GROUPS]
_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|credit|the (?:\w+ )?attacks?|(?:two|three|several|both|an?) (?:\w+ )?attacks?)|"
    r"took responsibility|(?:was|were|been) claimed by|said it (?:had )?(?:targeted|attacked|struck|launched|hit)|"
    r"announced (?:it|that it) (?:had )?(?:targeted|attacked|struck)|"
    r"in a statement (?:claimed|said it))", re.I)
_NO_CLAIM = re.compile(
    r"\b(?:no (?:group|one|faction|party) (?:has |had |immediately )?(?:yet )?claimed|"
    r"(?:there was |there has been )?no (?:immediate )?claim of responsibility|unclaimed|"
    r"(?:has|had) not (?:yet )?been claimed|nobody (?:has )?claimed)\b", re.I)


@dataclass(frozen=True)
class Claim:
    group: str | None
    explicit_none: bool = False


def find_groups(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every named armed group in the text, with where it is named."""
    return sorted(((name, m) for name, pattern in _GROUP_PATTERNS for m in pattern.finditer(text)),
                  key=lambda pair: pair[1].start())


def find_group(sentence: str) -> str | None:
    for name, pattern in _GROUP_PATTERNS:
        if pattern.search(sentence):
            return name
    return None


def find_claim(sentence: str) -> Claim | None:
    if _NO_CLAIM.search(sentence):
        return Claim(None, explicit_none=True)
    if not _CLAIM.search(sentence):
        return None
    group = find_group(sentence)
    return Claim(group) if group else None
