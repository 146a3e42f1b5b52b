"""Who claimed an attack: the armed groups known by name, claim wordings, and "no group
claimed" as an explicit null."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.extract.scan import CUES, Anchored, Keys, lowered, matches_at
from store.extract.text import MEDIUM, OUR_SIDE

# -- claims -----------------------------------------------------------------------------

KNOWN_GROUPS = [
    ("Islamic Resistance in Iraq", r"Islamic Resistance in Iraq|Islamic Resistance of Iraq|Iraqi Islamic Resistance"),
    ("Kataib Hezbollah", r"Kata'?e?ib Hez?b[ou]llah|Kata'ib Hizballah|Kataib Hizbullah|Hezbollah Brigades"),
    ("Harakat al-Nujaba", r"Harakat (?:Hezbollah )?al-Nujaba|Nujaba(?: movement)?|al-Nujaba"),
    ("Kataib Sayyid al-Shuhada", r"Kata'?ib Sayy?id al-Shuhada"),
    ("Asaib Ahl al-Haq", r"Asa'?ib Ahl al-Haq"),
    ("The Revolutionaries", r"(?:The|the) Revolutionaries"),
    ("Islamic State", r"Islamic State(?! group's defeat)|ISIS|ISIL|Daesh"),
    # "The Guard announced the attack": the Revolutionary Guard, after "the" and with a capital,
    # not the National or Coast Guard.
    (
        "Islamic Revolutionary Guard Corps",
        r"(?:Iran's )?(?:Islamic )?Revolution(?:ary)? Guards?(?: Corps)?|IRGC|(?<=\b[Tt]he )Guards?(?! Corps)",
    ),
    ("Saraya Awliya al-Dam", r"Saraya Awliya al-Dam|Awliya al-Dam"),
    ("Ashab al-Kahf", r"Ashab al-Kahf"),
]
IRI = "Islamic Resistance in Iraq"
# "the Islamic Resistance" for short: the Iraqi group only once a report has named it in full,
# as Hezbollah's "Islamic Resistance" goes by the same words.
IRI_SHORT = re.compile(r"\bIslamic Resistance\b(?!\s+(?:in|of)\s)(?!\s+Movement)(?![\w-])")
_GROUPS = re.compile(
    "(?=[IKHNATtDRSaG])(?:"
    + "|".join(rf"(?P<g{i}>\b(?:{pattern})\b)" for i, (_, pattern) in enumerate(KNOWN_GROUPS))
    + ")"
)
# The group as it tells of its own attack: "it", "its fighters", "one of its drones".
_ITS = r"(?:it|its (?:fighters|drones|forces|mujahideen|members)|(?:one|two|three) of its (?:drones|fighters))"
_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|credit|(?:the|that|this|those|these|two|three|several|both|an?) "
    r"(?:[\w-]+ ){0,3}?(?:attacks?|strikes?|operations?|barrages?|salvos?|assaults?|bombardments?)|"
    r"[A-Z]\w+['’]s (?:[\w-]+ )?(?:attacks?|strikes?|operations?|barrages?)|"  # "claimed Tuesday's drone attacks"
    r"(?:this|that|the latest|the second|the third) one\b|both(?=\s*[.;,]|\s+(?:in|on|via|through)\b)|"
    # "claimed drone attacks on Sunday against several US positions": the attacks of that day
    r"(?:[\w-]+ )?attacks (?=on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
    # "claimed drone attacks on several US bases along the border early on Sunday"
    r"(?:[\w-]+ )?attacks (?=on (?:several|multiple|two|three|four) (?:US |U\.S\. |American |coalition )?(?:bases|positions|sites)\b)|"
    # "it claimed two drones against Ayn al-Asad"
    r"(?:an?|one|two|three|four|several|\d+) (?:[\w-]+ )?(?:drones?|rockets?|missiles?|UAVs?) (?:against|on|at|targeting)\b)|"
    r"took responsibility|(?:was|were|been|attacks?|strikes?) (?:also )?claimed by|claims? (?:\w+ )?attacks?|"
    r"(?:put out|issued|posted|published|released) (?:a |its )?claim\b|"  # "put out a claim within the hour"
    # a chronology's telegraphic "IRI claims." / "Kataib Hezbollah claims; the US strikes ..."
    r"(?<!the )(?<!its )(?<!these )(?<!those )(?<!such )(?<=\w )claim(?:s|ed)(?=\s*[.;]|\s*$)|"
    r"(?<=ly )claimed by (?=(?:the )?[A-Z])|"  # "openly claimed by the Islamic Revolutionary Guard Corps"
    r"claim(?:ed by)?: (?!none\b|nobody\b|no one\b|unclaimed\b)|"  # a table's column, read as "Claimed by: IRI"
    r"(?<=-)claimed (?:[\w-]+ ){0,2}(?:attacks?|strikes?|operations?)|"  # "a second IRI-claimed drone attack"
    r"(?<!not )(?<!never )(?<!yet )claim(?:ed|s)? (?:it|them)(?=\s*[.;,]|\s+(?:in|on|via|through)\b)|"
    r"(?:^|(?<=\| ))claimed by (?!none\b|nobody\b|no one\b)(?=(?:the )?[A-Z])|"  # a timeline's "Claimed by the IRI."
    r"(?:which|that) (?:the )?[\w-]+ (?:has |had )?claimed\b|"
    r"operation (?:that |which )?(?:the )?[\w-]+ announced\b|"  # "in an operation the IRGC announced as revenge"
    rf"(?:said|says) (?:in (?:an? |its )?(?:[\w-]+ ){{0,2}}(?:{MEDIUM})s? (?:(?:carried|published|posted|broadcast|aired|released) "
    r"(?:by|on) (?:[\w'’.-]+ ){1,6}?(?=that ))?|on (?:its )?Telegram(?: channel)? |"
    r"(?:(?:early|late) )?on \w+ (?:(?:night|morning|evening|afternoon) )?|(?:early|late) \w+ )*(?:that )?"
    rf'{_ITS} (?:had |has )?["“]?'  # its fighters had "hit the occupation base": its own words
    r"(?:targeted|attacked|struck|launched|hit|pounded|sent|fired|carried out)|"
    rf"announced (?:(?:early |late )?on \w+(?: (?:morning|evening|night|afternoon))?,? )?(?:that )?{_ITS} "
    r"(?:had |has |was )?"  # "announced on Friday evening that it was targeted the base": a translation's
    r"(?:targeted|attacked|struck|pounded|hit|launched)|"
    rf"saying (?:that )?{_ITS} (?:had |has )?(?:targeted|attacked|struck|launched|hit|pounded|sent|fired)|"
    r"(?:said|says|saying) (?:that )?(?:it|they) (?:was|were) behind\b|"
    r"they said (?:that )?they (?:had |have )?(?:targeted|attacked|struck|launched|hit|sent|fired)|"
    r"announced,? (?:on \w+,? )?(?:targeting|striking|attacking)|"  # "announced, on Wednesday, targeting"
    r"announced (?:the|its|this|that) (?:\w+ )?(?:attack|strike|operation|barrage|salvo)s?\b|"
    r"in a statement (?:claimed|said it)|"
    r"according to (?:a|the|its) claim\b)",  # "according to a claim posted by the Islamic Resistance in Iraq"
    re.I,
)
_NO_CLAIM = re.compile(
    r"\b(?:no (?:group|one|faction|party) (?:has |had |immediately )?(?:yet )?claimed|"
    r"(?:there was |there has been )?no (?:immediate )?claim of responsibility|unclaimed|"
    r"(?:has|had) not (?:yet )?been claimed|nobody (?:has )?claimed|claimed by: (?:none|nobody|no one))\b",
    re.I,
)


# A group named as the one that did not claim the attack: no claim, unless another claim is told.
_BLAMED_NOT_CLAIMING = re.compile(
    r"\b(?:which|who) (?:did|does|has|have|had) not (?:yet )?claim(?:ed)? (?:the attack|the strike|it|them|responsibility)\b"
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
        **dict.fromkeys(("IRGC", "Saraya", "Awliya", "Ashab", "Guard"), (0,)),
        "Islamic": (0, 6),
        "Nujaba": (0, 3),
        "Revolution": (0, 4),
    }
)
_CLAIM_KEYS = CUES.anchor(
    {
        # "claimed by" after "was ", "were ", "been ", "attack(s) ", "strike(s) ", "was also ", "were also "
        "claim": (0, 4, 5, 7, 8, 9, 10),
        **dict.fromkeys(("put out", "issued", "posted", "published", "released"), (0,)),
        **dict.fromkeys(("took responsibility", "says ", "saying ", "announced", "in a statement "), (0,)),
        "said ": (0, len("they ")),  # "they said they had sent": the group said it
        **dict.fromkeys(("which ", "that ", "operation "), (0,)),  # "the 2022 attack, which the IRGC claimed"
        "according to ": (0,),
    }
)
# "there was no claim", "there has been no claim"
_NO_CLAIM_KEYS = CUES.anchor(
    {"no ": (0, 10, 15), **dict.fromkeys(("unclaimed", "has not ", "had not ", "nobody", "claimed by: "), (0,))}
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


# "The Islamic Resistance in Iraq said in a statement that two drones were launched at the Ain
# al-Assad base": the group telling of projectiles sent, in the passive, claims them. Only with the
# group as the one who said it: "a US official said two drones were launched" claims nothing.
_SAID_SENT = re.compile(
    rf"\s*,?\s*(?:said|says|announced) (?:in an? (?:[\w-]+ ){{0,2}}(?:{MEDIUM})(?: on (?:its )?Telegram)? |"
    r"(?:(?:early|late) )?on \w+ )*(?:that )?(?:[\w-]+ ){0,3}?(?:drones?|rockets?|missiles?|UAVs?) "
    r"(?:had |have )?(?:been |were |was )(?:launched|fired|sent)\b"
)


def _group_before(pattern: re.Pattern[str], sentence: str) -> str | None:
    """The first group named right before what ``pattern`` matches: the group as its subject."""
    for name, m in find_groups(sentence):
        if pattern.match(sentence, m.end()):
            return name
    return None


@lru_cache(maxsize=256)
def find_claim(sentence: str) -> Claim | None:
    low = lowered(sentence)
    if low is not None and CUES.none_of(low, _ANY_CLAIM):
        return None
    if _NO_CLAIM_AT.search(sentence, low):
        return Claim(None, explicit_none=True)
    m = _CLAIM_AT.search(sentence, low)
    blamed = _BLAMED_NOT_CLAIMING.search(sentence) if " not claim" in sentence else None
    if blamed is not None and (m is None or blamed.start() <= m.start() < blamed.end()):
        # "The US blamed Kataib Hezbollah, which did not claim the attack.", unless a claim follows:
        # "The IRI, which has not claimed responsibility for every strike, said it launched drones"
        m = _CLAIM.search(sentence, blamed.end())
        if m is None:
            return Claim(None, explicit_none=True)
    if m is None:
        group = _group_before(_SAID_SENT, sentence) if " were " in sentence or " was " in sentence else None
        return None if group is None else Claim(group)
    if m.group(0)[:3].lower() == "sai" and _OURS_BEFORE.search(sentence, 0, m.start()):
        return None  # "The US Defense Department said its forces struck 85 targets": ours, no claim
    return Claim(find_group(sentence))


# The US side as the subject of "said its forces struck": "The US Defense Department", "CENTCOM".
_OURS_BEFORE = re.compile(
    rf"\b(?:{OUR_SIDE}|Pentagon|Defen[cs]e Department|Department of Defen[cs]e|CENTCOM|Central Command)\b[^,.;]{{0,40}}$"
)


# '"... the Islamic Resistance in Iraq struck, at dawn on Monday, the occupation base ..."': a group
# telling of its own attack, as its statements do.
_OWN_ACT = re.compile(
    r"[^.;\"“”]{0,40}?\b(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )"
    r"(?:struck|targeted|attacked|launched|hit|pounded|bombed|shelled)\b"
)


# A statement's preamble ("In continuation of our approach in resisting ..., and in response to
# ...,") can run 200 characters before the group names itself.
_OWN_REACH = 320


def own_attack(statement: str) -> str | None:
    """The group a statement names as the one that attacked, near its start, if any."""
    for name, m in find_groups(statement[:_OWN_REACH]):
        if _OWN_ACT.match(statement, m.end()):
            return name
    return None


# The group's fighters and what they struck: "the mujahideen of the Islamic Resistance in Iraq
# struck, at dawn today, Friday, the occupation base of Ain al-Asad".
_STRUCK_WORDS = ("struck", "targeted", "attacked", "hit", "pounded", "bombed", "shelled")
_STRUCK_A_BASE = re.compile(
    r"(?:\s+(?:fighters|militants|members|mujahideen|forces))?,?\s+(?:(?:at|on|in|early|late) [^,.;]{1,30},\s+)*"
    rf"(?:{'|'.join(_STRUCK_WORDS)})\b(?:,? (?:(?:at|on|in|early|late) )?[^,.;]{{1,70}},)*"
    r"[^,.;]{0,30}?\b(?:base|airbase|air base|airport|garrison|outpost|positions?)\b",
    re.I,
)


def struck_a_base(sentence: str) -> str | None:
    """The group a sentence says struck a base, as its subject (``_STRUCK_A_BASE``): in a post
    translated whole or a report that says who did it, the group that owns the attack."""
    return _group_before(_STRUCK_A_BASE, sentence)


# "Many of the attacks have been claimed by the Islamic Resistance in Iraq": a claim of attacks
# in general, which says nothing of who claimed the one being read.
GENERAL_CLAIM = re.compile(
    r"\b(?:many|most|some|several|all|dozens|scores|a number|the majority|much)\s+of\s+"
    r"(?:the\s+|these\s+|those\s+|its\s+)?(?:[\w-]+\s+)?(?:attacks|strikes|operations)\b|"
    r"\b(?:most|many|some|all)\s+of\s+which\b",
    re.I,
)


# "the group claimed it", "they said": the group a claim refers back to, named before.
GROUP_BACKREF = re.compile(r"\b(?:the (?:[\w-]+ ){0,2}(?:group|militia|faction|alliance|movement)|it|they)\b", re.I)


@lru_cache(maxsize=256)
def claim_of_this_attack(text: str) -> Claim | None:
    """:func:`find_claim`, but None for a claim of attacks in general (``GENERAL_CLAIM``), unless
    that is told in an aside and a claim follows it: "The Islamic Resistance in Iraq, the umbrella
    of militias that have claimed most of the attacks since October, said it was behind the strike"."""
    if " of " not in text or (general := GENERAL_CLAIM.search(text)) is None:
        return find_claim(text)
    aside_end = text.find(", ", general.end())
    if aside_end < 0 or find_claim_match(text[aside_end:]) is None:
        return None
    return find_claim(text)


_IRI_ACRONYM = re.compile(r"\bIRI\b")
_GENERIC_CLAIM = re.compile(r"claims?\s", re.I)  # "lets the factions claim the attacks"
# "the Islamic Resistance in Iraq (IRI)": the acronym a report gives a name, right after it.
ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z]{2,6})\)")


class Claimants:
    """The armed groups a report names, and the acronyms it defines for them."""

    def __init__(self, body: str) -> None:
        self.groups = find_groups(body)
        self.iri_named = any(name == IRI for name, _ in self.groups)
        self.acronyms = {
            a["acronym"]: name for name, m in self.groups if (a := ACRONYM_AFTER.match(body, m.end())) is not None
        }

    def by_short_name(self, text: str) -> str | None:
        """The group a short name stands for once the report has named it in full: an acronym it
        defined ("The Islamic Resistance in Iraq (IRI) ... The IRI claimed an attack"), or "the
        Islamic Resistance" after the Iraqi group (Hezbollah's goes by the same words)."""
        for acronym, name in self.acronyms.items():
            if acronym in text and re.search(rf"\b{acronym}\b", text):
                return name
        if self.iri_named and "Islamic Resistance" in text and IRI_SHORT.search(text):
            return IRI
        if self.iri_named and "IRI" in text and _IRI_ACRONYM.search(text):
            return IRI  # "Claimed by: IRI" in a table under a lead that named the group in full
        return None

    def last_before(self, position: int) -> str | None:
        """The armed group named most recently before a position ("the group claimed it")."""
        before = [name for name, m in self.groups if m.start() < position]
        return before[-1] if before else None

    def who_claimed(self, text: str, position: int) -> str | None:
        """The group a sentence at ``position`` says claimed the attack being read, if it says one did.

        The group named in the sentence; else one named by a short name; else, for "the group
        claimed it", the group named last. A claim of attacks in general ("many of the attacks
        have been claimed by ...") or "lets the factions claim the attacks" claims nothing here.
        """
        claim = claim_of_this_attack(text)
        if claim is None and text.startswith(('"', "“")) and text.rstrip(" .").endswith(('"', "”")):
            return own_attack(text)  # the group's own statement, quoted alone: a claim in its words
        if claim is None:
            return struck_a_base(text) if any(map(text.__contains__, _STRUCK_WORDS)) else None
        if claim is None or claim.explicit_none:
            return None
        if claim.group is not None:
            return claim.group
        if (short := self.by_short_name(text)) is not None:
            return short
        said = find_claim_match(text)
        if GROUP_BACKREF.search(text) and not (said and _GENERIC_CLAIM.match(said.group(0))):
            return self.last_before(position)
        return None
