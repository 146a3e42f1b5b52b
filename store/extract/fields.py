"""What one sentence says of an attack's weapons, interception and damage. Each finder
takes a sentence and returns plain values; counts, casualties and claims have modules of
their own."""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.scan import CUES, Anchored, folded, lowered, matches_at
from store.extract.text import OUR_SIDE

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
# "air defence missiles", "a Patriot interceptor missile": the defence names the weapon, right before it
# (not "air defenses shot down a drone").
_DEFENCE = re.compile(
    r"\b(?:air defen[cs]es?|counter-drone|anti-drone|interceptors?|Patriot|C-RAM)(?:\s+[\w-]+)?\s*$", re.I
)
_ANTI = re.compile(r"\b(?:anti|counter)-$", re.I)
_DEFENCE_FOLDED, _ANTI_FOLDED = folded(_DEFENCE), folded(_ANTI)
# "a U.S. drone killed Soleimani", "a US surveillance drone returning to the base": ours, not theirs.
_OWN = re.compile(
    rf"\b{OUR_SIDE}(?:[ -](?:military|army|air force|surveillance|reconnaissance|"
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


_STORED = re.compile(
    r"(?:\s+and\s+[a-z]+)?\s+(?:storage|depots?|factor(?:y|ies)|production|warehouses?|stockpiles?|manufacturing)\b",
    re.I,
)


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
            if _STORED.match(text, m.end()):
                continue  # "drone and missile storage facilities": what US strikes hit, not what was fired
            found.append(name)
            break
    if "ballistic missile" in found or "cruise missile" in found:
        found = [w for w in found if w != "missile"]
    return tuple(found)


# -- interception and damage -----------------------------------------------------------

_INTERCEPTED = re.compile(
    r"\b(?:shot down|shoot(?:ing)? down|intercept(?:ed|ion|ing)?|downed|thwarted|foiled|"
    r"destroyed by (?:[\w'’]+ ){0,3}(?:air )?defen[cs]es?|(?:air )?defen[cs]es? (?:\w+ ){0,2}destroyed|"
    r"destroy(?:ing|ed) (?:one|two|both|all|each) of them|destroying (?:one|two|both|it|them|all|the)|engaged (?:and destroyed )?(?:one|two|three|both|the|several|all)|"
    r"(?:shot|brought) (?:it|them|both|all \w+|one|two|three|"
    r"(?:the|one of the|both|two|three) (?:[\w-]+ )?(?:drones?|rockets?|missiles?|UAVs?|projectiles?)) down|"
    r"engaged and destroyed|destroyed (?:it |them |the (?:drone|rocket|missile)s? )?(?:in flight|mid-air|before)|"
    r"destroyed (?:as|while|when) (?:it|they) (?:approached|neared|headed|flew)|"  # "a third drone was destroyed as it approached"
    r"destroyed or damaged (?:all \w+|both|them|each)\b|"  # "US forces destroyed or damaged all three"
    r"(?:destroy(?:ed|s)?|damag(?:e|ed|es))(?: or (?:destroy|damag)\w*)? (?:it |them |the [\w-]+s? |all \w+ (?:[\w-]+ )?)?"
    r"(?:in flight|mid-air|in the air)|"  # "US forces destroy or damage the drones in flight"
    r"destroyed (?:an?|one|two|three|a second|a third|both|all|all two|all three|all four|all five) "
    r"(?:[\w-]+ )?(?:drones?|missiles?|rockets?|UAVs?)"
    r"(?=[,.;]|\s+(?:that|which|before|over|near|above|outside|launched|fired|heading|approaching|targeting|aimed)\b)|"
    r"brought down|neutrali[sz]ed|repelled|"
    r"(?:were|was) knocked (?:out|down)|knocked (?:out|down) (?:the|both|all|two|one|it|them)\b)\b",
    re.I,
)
_NOT_INTERCEPTED = re.compile(
    r"\b(?:(?:none|neither) (?:of (?:them|the \w+)(?: (?!was\b|were\b)[\w-]+){0,7} |drone |rocket |missile )?"
    r"(?:was|were) (?:intercepted|shot down)|"
    r"(?:failed|unable) to (?:intercept|shoot down|stop)|without being intercepted|"
    r"(?:(?:was|were)(?:n[’']t| not)|(?:had|has|have)(?:n[’']t| not) been) (?:intercepted|shot down|stopped|engaged)|"
    r"(?:air |base |missile )?defen[cs]es? (?:failed|did not)|"
    r"(?:did not|didn[’']t|could not|couldn[’']t) (?:engage|intercept|stop|shoot down) (?:it|them|the (?:drone|rocket|missile)s?)|"
    r"nothing (?:shot|brought) (?:it|them) down|"  # "As far as we know, nothing shot it down."
    # "The base's air defenses never fired at it", "No interceptor was launched at the drone",
    # "there was no engagement", "no opportunity to engage it", "crews held their fire"
    r"never (?:fired at|engaged|shot at|intercepted) (?:it|them|the (?:drone|rocket|missile)s?)|"
    r"no (?:interceptors?|one|air defen[cs]es?) (?:(?:was|were) )?(?:launched|fired) (?:at|against|on) "
    r"(?:it|them|the (?:drone|rocket|missile)s?)|"
    r"no (?:engagement|attempt to (?:shoot (?:it|them) down|intercept|engage))|without an engagement|"
    r"no (?:opportunity|chance|time) to (?:engage|intercept|shoot)|held (?:their|its) fire)\b",
    re.I,
)
_DAMAGE = re.compile(
    r"\b(?:(?:minor|slight|light|significant|heavy|extensive|limited|material|some|no)\s+)?"
    r"(?:damage(?:\s+to\s+(?:the\s+)?[\w -]{3,40}?(?=[,.;\"”]|\s+(?:and|but|at|in|on)\b))?|"
    r"(?:a\s+)?fire\s+(?:broke out|erupted)|set (?:\w+ ){0,3}(?:on )?fire|caught fire|(?:started|sparked) (?:a )?fires?|destroyed (?:a|an|two|several) [\w -]{3,30}?(?=[,.;]))",
    re.I,
)


_INTERCEPTED_KEYS = CUES.anchor(
    {
        **dict.fromkeys(("shot", "shoot", "intercept", "downed", "thwarted", "foiled", "destroy"), (0,)),
        **dict.fromkeys(("engaged", "brought", "neutrali", "repelled", "damag", "knocked"), (0,)),
        **dict.fromkeys(("was knocked", "were knocked"), (0,)),
        "defen": (0, 4),  # "(air )?defences destroyed"
    }
)
_NOT_INTERCEPTED_KEYS = CUES.anchor(
    (
        *("none ", "neither ", "failed to ", "unable to ", "without being intercepted"),
        *("was not ", "were not ", "defen", "did not ", "didn't ", "could not ", "couldn't "),
        *("wasn't ", "weren't ", "had not ", "has not ", "have not ", "hadn't ", "hasn't ", "haven't "),
        *("wasn’t ", "weren’t ", "hadn’t ", "hasn’t ", "haven’t ", "didn’t ", "couldn’t "),
        *("air defen", "base defen", "missile defen", "nothing "),
        *("never ", "no ", "without an engagement", "held "),
    )
)
_INTERCEPTED_AT = Anchored(_INTERCEPTED, _INTERCEPTED_KEYS)
_NOT_INTERCEPTED_AT = Anchored(_NOT_INTERCEPTED, _NOT_INTERCEPTED_KEYS)
# Every damage phrase holds one of these; where one does, the folded pattern is cheap enough everywhere.
_DAMAGE_AT = Anchored(
    _DAMAGE, need=("damage", "destroyed ", "broke out", "erupted", "set ", "caught fire", "ed a fire", "ed fires")
)


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
