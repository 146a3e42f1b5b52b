"""What a sentence says of US and coalition casualties: killed, injured, none, or some
with no number. Counts of other people (Iraqi forces, civilians, militants) are not ours."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.extract.counts import COUNT_STARTS
from store.extract.scan import CUES, Anchor, Anchored, Runs, foldable, folded
from store.extract.text import NUMBER, QUALIFIER, number_value

_PEOPLE = (
    r"(?:(?:US|U\.S\.|American|coalition|Iraqi|Syrian|Kurdish|Kurdish-led|SDF|British|French|Jordanian|"
    r"civilian|foreign|military|army|air force|service|other|more|additional|of the|of its|of their|people|and|Army|"
    r"Reserve|reservists?|Air Force|Navy|Marine|occupation|occupying)\s+|-)*"
    r"(?:service ?members?|servicemembers?|soldiers?|troops|personnel|servicemen|people|"
    r"contractors?|fighters?|members|staff|sailors|airmen|marines|guards?|civilians|"
    r"commandos|individuals|persons|others|workers|reservists|Americans|occupiers)"
)
# "an AC-130 gunship", "MQ-9 drones": a number in a designation counts no one.
# "one of the dead was a member of Kataib Hezbollah": one among a toll, no toll of its own.
_COUNT = rf"(?<!\w-)(?:{QUALIFIER}\s+)?(?P<n>{NUMBER})(?!\s+of\s+(?:the|those)\s+(?:dead|killed|wounded|injured)\b)"
# "six fighters of the Syrian Democratic Forces (SDF) were killed": the force they belong to.
# "three soldiers of an Army Reserve engineer unit", "of the Army Reserve's 718th Engineer Company":
# the unit they served in.
_OF_FORCE = (
    r"(?:of (?:the )?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,4}(?:\s*\([A-Z]{2,6}\))?\s+|"
    r"of an? (?:[\w-]+\s+){1,4}?(?:unit|battalion|company|brigade|regiment|squadron)\s+)"
)
# "Three soldiers — Sgt. William Rivers, Spc. Kennedy Sanders and Spc. Breonna Moffett — were killed"
_DASHED_ASIDE = r"(?:[—–][^—–;]{1,120}[—–]\s+)?"
# "Three soldiers, all from an Army Reserve engineer company out of Georgia, were killed": an aside
# between commas, opened by a word that counts them again.
_COMMA_ASIDE = r",\s+(?:all|both|each|most|many|some)\s[^,;.]{1,100}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?,\s+"
# "Three soldiers from an Army Reserve unit out of Georgia were killed": where they served.
_FROM = r"(?:(?:from|with|in) (?:(?!and\b|were\b|was\b)[\w.'’-]+\s+){1,6}?)"
_PASSIVE = r"(?:were|was|have been|had been|are|being|has been)?\s*"
_KILLED = [
    re.compile(
        rf"\b{_COUNT}\s+(?:{_PEOPLE}(?:\s+{_OF_FORCE}?{_FROM}?{_DASHED_ASIDE}|{_COMMA_ASIDE}))?(?:(?!and\b)[\w.]+\s+){{0,2}}{_PASSIVE}"
        r"(?:killed|dead|died|slain|lost their lives)\b",
        re.I,
    ),
    re.compile(
        # "of its fighters" is left to _not_counted: the SDF's own are ours, a militia's are not
        rf"\b(?:killing|killed|kills|claimed the lives of)\s+{_COUNT}\b(?!\s+(?:of (?:its|their) (?!fighters\b)|militants?))"
        rf"(?:\s+{_PEOPLE})?",
        re.I,
    ),
    re.compile(rf"\bleft\s+{_COUNT}\s+(?:{_PEOPLE}\s+)?dead\b", re.I),
    re.compile(rf"\bdeath toll\s+(?:\w+\s+){{0,3}}(?:to|at|of|is|was|stands at|rose to)\s+{_COUNT}", re.I),
    re.compile(
        # "A civilian contractor working with the U.S.-led coalition was killed"
        rf"\b(?<!no )(?P<n>an?|one)\s+(?:{_PEOPLE})\s+(?:(?:working|serving|employed)\s+(?:with|for|by)\s+[\w.'’ -]{{1,40}}?\s+)?"
        r"(?:was|has been)\s+killed\b",
        re.I,
    ),
    re.compile(rf"\b(?:killing|killed)\s+(?P<n>an?|one)\s+(?:{_PEOPLE})", re.I),
    # A tracking sheet's "2 KIA": killed in action
    re.compile(rf"\b{_COUNT}\s+(?:US\s+|U\.S\.\s+)?KIA\b", re.I),
    # "Two American service members and a British reservist medic, Lance Corporal Brodie Gillon,
    # were killed": one verb for both counts
    re.compile(
        rf"\b{_COUNT}\s+(?P<who>{_PEOPLE})\s+and\s+[^.;]{{0,120}}?\s+(?:were|have been)\s+(?:\w+\s+)?killed\b", re.I
    ),
]
# "killing Nawres Hamid, an Iraqi-born American working as a contractor": one of ours, by name.
_KILLED_BY_NAME = re.compile(
    r"\b(?:killing|killed)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2},\s+(?:an?|the)\s+[^,.;]{0,50}?"
    r"\b(?:American|U\.S\. (?:soldier|service ?member|contractor|citizen)|contractor|interpreter)\b"
)
# "killing Sgt. William Rivers, Spc. Kennedy Sanders and Spc. Breonna Moffett": one of ours for
# each name that a rank opens.
_RANKED_NAME = (
    r"(?:(?:Army|Air Force|Navy|Marine|Marine Corps|British Army|U\.S\.|US)\s+)?"
    r"(?:(?:Staff|Master|Lance|First|1st|Sergeant)\s+)?"
    r"(?:Sgt|Spc|Pfc|Cpl|Pvt|Lt|Capt|Maj|Col|Cmdr|Sergeant|Specialist|Private|Corporal|Lieutenant|Captain|Airman)\.?"
    r"(?:\s+1st Class)?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
)
_RANKED_LIST = rf"{_RANKED_NAME}(?:,\s+{_RANKED_NAME})*(?:,?\s+and\s+{_RANKED_NAME})?"
# "Sergeant William Rivers, Specialist Kennedy Sanders and Specialist Breonna Moffett, reservists
# from Georgia, were killed": the same list as the subject.
_KILLED_RANKS = re.compile(
    rf"\b(?:killing|killed)\s+{_RANKED_LIST}|(?<![\w,] ){_RANKED_LIST}(?:,[^,.;]{{1,60}},)?\s+(?:were|was)\s+killed\b"
)
_RANKED_NAME_AT = re.compile(_RANKED_NAME)
_INJURED = [
    re.compile(
        rf"\b{_COUNT}\s+(?:{_PEOPLE}(?:\s+{_OF_FORCE}?{_FROM}?{_DASHED_ASIDE}|{_COMMA_ASIDE}))?(?:(?!and\b)[\w.]+\s+){{0,2}}{_PASSIVE}"
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
        rf"\b{_COUNT}\s+(?:{_PEOPLE}\s+)?(?:(?:at|in|from) (?:[\w'’-]+\s+){{1,3}})?(?:were\s+|are\s+|had been\s+|have been\s+)?"
        r"(?:later\s+|eventually\s+|subsequently\s+)?"
        r"(?:suffered|sustained|received|were diagnosed with|diagnosed with)\s+"
        r"[\"“]?(?:\w+\s+){0,4}(?:injur(?:y|ies)|concussions?|wounds|TBIs?)\b",  # suffered "minor injuries"
        re.I,
    ),
    re.compile(rf"\b{_COUNT}\s+(?:minor\s+|non-life-threatening\s+|serious\s+)?(?:injuries|casualties)\b", re.I),
    re.compile(
        # Within one sentence: a stop here is an abbreviation's ("Jan. 28", "U.S. outpost").
        # "the count of troops with traumatic brain injuries rose from 11 to 34"
        rf"\b(?:number|count|tally|toll|figure) of (?P<who>(?:[\w.]+ ){{0,4}}?)"
        rf"(?:injured|wounded|hurt|with (?:[\w-]+ ){{0,3}}(?:injuries|TBIs?|concussions))\b[^;]{{0,140}}?"
        rf"(?:climbed|risen|rose|increased|jumped|grown|stands|stood|reached|raised|revised(?: upward)?|put (?:it|the \w+))"
        rf"\s+(?:(?:today|later|again|on \w+)\s+)?(?:from\s+[\w-]+\s+)?(?:to|at)\s+{_COUNT}",
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
    # "Forty-seven service members have now been recorded as injured"
    re.compile(
        rf"\b{_COUNT}\s+(?:{_PEOPLE}\s+)(?:\w+\s+){{0,3}}?(?:recorded|listed|counted|reported|assessed) as "
        r"(?:\w+\s+)?(?:injured|wounded|hurt)\b",
        re.I,
    ),
    # "The Pentagon now puts the number of service members wounded in the attack at 47."
    re.compile(
        rf"\bput(?:s|ting)?\s+the\s+(?:number|count|tally|toll|figure)\s+of\s+(?:[\w.]+\s+){{0,4}}"
        rf"(?:injured|wounded|hurt)\b[^;.]{{0,60}}?\s+at\s+{_COUNT}",
        re.I,
    ),
    # "leaving eight US and coalition personnel with minor injuries"
    re.compile(
        rf"\b{_COUNT}\s+{_PEOPLE}\s+with\s+(?:(?:minor|light|slight|serious|severe|non-life-threatening)\s+)?"
        r"(?:injuries|wounds)\b",
        re.I,
    ),
    # A tracking sheet's "3 WIA (1 critical)": wounded in action
    re.compile(rf"\b{_COUNT}\s+(?:US\s+|U\.S\.\s+)?WIA\b", re.I),
]
_NO_KILLED = re.compile(
    r"\b(?:no (?:American |US |U\.S\. |coalition |human )?casualties|no deaths|no dead|no fatalities|"
    r"no one (?:was|is) (?:killed|hurt|harmed)|"
    r"nobody (?:was|is) (?:killed|hurt|harmed)|"
    r"none of the [\w .-]{0,40}?(?:troops|personnel|service ?members|soldiers)(?: [\w ]{0,30}?)? (?:was|were) "
    r"(?:hurt|harmed|killed)|"
    r"caused no (?:casualties|deaths)|neither (?:[\w-]+ ){0,2}caused (?:any )?(?:casualties|deaths)|"
    r"without (?:causing )?(?:any )?casualties|did not (?:cause|result in|lead to) (?:any )?casualties|no (?:(?:US |U\.S\. |American |coalition )?"
    r"(?:personnel|troops|service ?members|soldiers)|Americans) (?:were|was|are|is|have been) killed|"
    r"no (?:injuries|casualties) or (?:deaths|damage)|"
    r"no (?:damage or )?casualties|(?:no|without (?:causing )?any) human (?:or material )?losses|"
    r"casualties: (?:none|nil|zero)(?=[.;]|$))",  # a table's column: "US/coalition casualties: None."
    re.I,
)
_NO_INJURED = re.compile(
    r"\b(?:no (?:American |US |U\.S\. |coalition |human )?casualties|no injuries|"
    r"(?:injured|wounded|hurt|injuring|wounding|hurting) (?:no one|nobody|no-one)|"  # "was destroyed and injured no one"
    r"no one (?:was|is) (?:(?:killed|harmed) or )?(?:hurt|injured|wounded)|"
    r"nobody (?:was|is) (?:(?:killed|harmed) or )?(?:hurt|injured|wounded)|"
    r"none of the [\w .-]{0,40}?(?:troops|personnel|service ?members|soldiers)(?: [\w ]{0,30}?)? (?:was|were) "
    r"(?:hurt|harmed|injured|wounded)|"
    r"caused no (?:casualties|injuries)|without (?:causing )?(?:any )?(?:casualties|injuries)|"
    r"neither (?:[\w-]+ ){0,2}caused (?:any )?(?:casualties|injuries)|"  # "Neither attack caused casualties"
    r"did not (?:cause|result in|lead to) (?:any )?(?:casualties|injuries)|no (?:(?:US |U\.S\. |American |coalition )?"
    r"(?:personnel|troops|service ?members|soldiers)|Americans) (?:were|was|had been|have been) (?:hurt|injured|wounded)|"
    r"no (?:damage or )?casualties|"
    r"no (?:injuries|casualties) or damage|(?:no|without (?:causing )?any) human (?:or material )?losses|"
    r"casualties: (?:none|nil|zero)(?=[.;]|$))",
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
    r"(?:casualties|injuries|damage)|"
    r"\bcasualties: (?:not (?:yet )?(?:reported|known|given|released)|unknown|unclear)",  # a table's column
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


_ANOTHER_TOLL = re.compile(
    r"\d*[,;]\s+(?:while|whereas|but)\s+(?:the\s+)?[A-Z][^,;]{0,100}?\s(?:put|puts|gave|gives|counted|counts)\s+"
    r"(?:the\s+|its\s+)?(?:death\s+)?(?:toll|figure|number|count)\s+at\s+$"
)
_AMONG_CIVILIANS = re.compile(r"\b(?:including|among them|among whom|many of them)\s+(?:\w+\s+)?civilians\b", re.I)
_IN_ATTACKS_AFTER = re.compile(r"\s+(?:in|by|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:attacks|strikes)\b", re.I)
_TIME_AFTER = re.compile(r"\s+(?:days?|weeks?|hours?|months?|years?|minutes?|times)\b", re.I)
_PARTNER_OWN = re.compile(r"\b(?:its|their) (?:fighters|members)\b", re.I)
_PARTNER = re.compile(r"\b(?:SDF|Syrian Democratic Forces)\b")


_NAMED_BEFORE = re.compile(r"\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]+[ -]$")
# "25 of the 56 had been diagnosed": a part, then the whole it is a part of.
_PART_OF = re.compile(rf"\b(?:{NUMBER}|most|all|some|many|half|none)\s+of\s+(?:the|those)\s+$", re.I)
_VERB_NEXT = re.compile(r"\s+(?:had|have|has|were|was)\b")
_MONEY_AFTER = re.compile(r"\s*(?:million|billion|thousand|percent|%|dollars)\b", re.I)


def _not_counted(sentence: str, low: str | None, m: re.Match[str]) -> bool:
    """A count that is a date ("Jan. 20", "25 December"), negated ("no 5 ...") or not of our people.

    When the match names its people apart (``who``: "four US service members and two Iraqi
    soldiers were wounded"), only they are asked about: the others are someone else's count.
    """
    if _MONTH_AFTER.match(sentence, m.end("n")) or _TIME_AFTER.match(sentence, m.end("n")):
        return True  # "on 25 December", "three days later": a day or a time, not a count of people
    if _MONEY_AFTER.match(sentence, m.end("n")) or sentence[max(0, m.start("n") - 1) : m.start("n")] in ("$", "€", "£"):
        return True  # "awarding more than $48 million to wounded service members": a sum
    if m["n"][:1].isdigit() and _NAMED_BEFORE.search(sentence, max(0, m.start("n") - 16), m.start("n")):
        return True  # "the outpost known as Tower 22 killed three U.S. soldiers": a name, not a count
    if _ANOTHER_TOLL.search(sentence, max(0, m.start() - 160), m.start()):
        return True  # "It killed six, the SDF said, while the Observatory put the toll at seven": the first stands
    if "civilian" in sentence and _AMONG_CIVILIANS.search(sentence, m.end(), m.end() + 80):
        return True  # "16 people were killed on their side of the border, including civilians": not ours
    if (
        sentence.endswith((" of the ", " of those "), 0, m.start("n"))
        and _VERB_NEXT.match(sentence, m.end("n"))
        and _PART_OF.search(sentence, 0, m.start("n"))
    ):
        return True  # "25 of the 56 had been diagnosed": the part's verb, the whole counted where it was told
    if _IN_ATTACKS_AFTER.match(sentence, m.end()):
        return True  # "six service members wounded in attacks on two bases": more than one attack's count
    people = m["who"] if "who" in m.re.groupindex and m["who"] else m[0]
    if _PARTNER_OWN.search(people) and _PARTNER.search(sentence, 0, m.start()):
        return False  # "The SDF said six of its fighters were killed": the partner force's own dead
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
            more = _and_more(sentence, m.end())
            if not more and "who" in m.re.groupindex and m["who"] is not None:
                # "five U.S. service members and another contractor were wounded": one verb for both
                more = _and_more(sentence, m.end("who"), own_verb=False)
            value = max(value + more, _revised_on(sentence, m.end()))
            best = value if best is None else max(best, value)
    return best


# "revised to 34, then to more than 40, and finally to 47": each later figure of the chain.
_THEN_TO = re.compile(
    rf",?\s+(?:and\s+)?(?:then|later|finally|eventually|subsequently)\s+(?:to\s+|at\s+)?{_COUNT}(?!\s*%)", re.I
)


def _revised_on(sentence: str, end: int) -> int:
    """The last figure a revision chain goes on to after the count ending at ``end``."""
    last = 0
    while (m := _THEN_TO.match(sentence, end)) is not None:
        last, end = number_value(m["n"]) or last, m.end()
    return last


_AND_MORE = re.compile(
    # "wounding five US service members and another contractor": past the first count's people
    r"(?:\s+(?:US|U\.S\.|American|coalition)?\s*(?:soldiers|troops|service ?members|personnel|Americans))?"
    rf"\s+and\s+(?P<n>an?|another|{NUMBER})\s+(?:(?P<whose>[A-Z][a-z]+|US|U\.S\.)\s+|coalition\s+|other\s+)?"
    r"(?:(?:reservist|civilian|army|military|private)\s+)?(?:soldiers?|troops|service ?members?|servicem[ae]n|servicewom[ae]n|contractors?|personnel|medics?|sailors?|"
    r"airm[ae]n|marines?|Britons?)\b",  # "Two Americans and a Briton were killed"
    re.I,
)


_OWN_VERB = re.compile(
    r"[^.;,]{0,60}?\s(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:wounded|injured|hurt|killed)\b", re.I
)
# Forces whose losses are theirs, not the coalition's: "and two Iraqi soldiers" adds nothing.
_NOT_OURS = frozenset(("Iraqi", "Syrian", "Jordanian", "Kurdish", "Iranian", "Turkish", "Russian"))


def _and_more(sentence: str, end: int, own_verb: bool = True) -> int:
    """ "killing two U.S. troops and a British soldier": the second count adds to the first.

    Not "A contractor was killed and four service members were wounded": with a verb of their
    own (``own_verb``), the people after "and" start the next clause."""
    m = _AND_MORE.match(sentence, end)
    if not m or (m["whose"] or "").capitalize() in _NOT_OURS:
        return 0
    if own_verb and _OWN_VERB.match(sentence, m.end()):
        return 0
    return 1 if m["n"].lower() == "another" else number_value(m["n"]) or 0


@dataclass(frozen=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None
    injuries_reported: bool = False
    none_reported: bool = False
    revised: int | None = None  # "that figure had grown to 34": a count of whichever kind was told last


_KILL_WORDS = ("kill", "dead", "died", "slain", "lives", "toll", "kia")
_HURT_WORDS = ("injur", "wound", "hurt", "casualt", "treated", "toll", "count", "number", "tbi", "concussion", "wia")

# Each pattern above with the words its matches start at, and words one of which every match holds.
_HURT = ("injured", "wounded", "hurt")
_KILLED_AT = [
    Anchored(_KILLED[0], COUNT_STARTS, need=("killed", "dead", "died", "slain", "lost their lives")),
    Anchored(_KILLED[1], CUES.anchor(("kill", "claimed the lives of"))),
    Anchored(_KILLED[2], CUES.anchor(("left",)), need=("dead",)),
    Anchored(_KILLED[3], CUES.anchor(("death toll",))),
    Anchored(_KILLED[4], Runs(regex=r"\b(?:an?|one)\b"), need=("killed",)),  # "a" is too common a key
    Anchored(_KILLED[5], CUES.anchor(("kill",))),
    Anchored(_KILLED[6], COUNT_STARTS, need=("kia",)),
    Anchored(_KILLED[7], COUNT_STARTS, need=(" and ",)),
]
_INJURED_AT = [
    Anchored(_INJURED[0], COUNT_STARTS, need=_HURT),
    Anchored(_INJURED[1], COUNT_STARTS, need=_HURT),
    Anchored(_INJURED[2], CUES.anchor(("injur", "wound", "hurt", "left"))),
    Anchored(_INJURED[3], COUNT_STARTS, need=("treated for",)),
    Anchored(_INJURED[4], COUNT_STARTS, need=("injur", "concussion", "wounds", "tbi")),
    Anchored(_INJURED[5], COUNT_STARTS, need=("injuries", "casualties")),
    Anchored(_INJURED[6], CUES.anchor(("number of ", "count of ", "tally of ", "toll of ", "figure of "))),
    Anchored(_INJURED[7], CUES.anchor(("wounded ", "injured ", "casualty ", "injury "))),
    Anchored(_INJURED[8], CUES.anchor(("wounded ", "injured ", "casualty ", "injury "))),
    Anchored(_INJURED[9], COUNT_STARTS, need=_HURT),
    Anchored(_INJURED[10], COUNT_STARTS, need=_HURT),
    Anchored(_INJURED[11], CUES.anchor(("put", "puts", "putting")), need=(" at ",)),
    Anchored(_INJURED[12], COUNT_STARTS, need=(" with ",)),
    Anchored(_INJURED[13], COUNT_STARTS, need=("wia",)),
]
_NEGATION_KEYS = CUES.anchor(
    {
        **dict.fromkeys(("none of ", "caused no ", "without ", "did not ", "casualties: ", "neither "), (0,)),
        "no ": (0,),
        # "hurt no one", "injured nobody", "wounding no one": the verb starts 5, 8 or 9 characters before
        **dict.fromkeys(("no one", "nobody", "no-one"), (0, 5, 8, 9)),
    }
)
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
_UNKNOWN_CASUALTIES_AT = Anchored(_UNKNOWN_CASUALTIES, CUES.anchor(("no ", "casualties: ")))


# Every casualty phrase above holds one of these.
_CASUALTY_WORDS = (*_KILL_WORDS, *_HURT_WORDS, "death", "fatalit", "tbi", "human", "figure", "tally", "total")
_GREW_TO = re.compile(
    rf"\b(?:has|have|had)\s+(?:since\s+)?(?:climbed|risen|grown)\s+(?:past|to|above|beyond|over)\s+{_COUNT}\b"
)
# A count revised with no word for what it counts: "by Monday that figure had grown to at least
# 34", "officials raised the figure to 34". It counts what the report counted last.
_REVISED = re.compile(
    r"\b(?:(?:the|that|this|its) (?:figure|number|count|tally|toll|total) (?:had |has |have |was )?(?:since )?"
    r"(?:grown|grew|risen|rose|climbed|increased|jumped|been revised(?: upwards?| up)?|revised(?: upwards?| up)?)|"
    r"(?:raised|revised|increased|updated) (?:the|that|its) (?:figure|number|count|tally|toll|total)(?: upwards?| up)?)"
    rf" to {_COUNT}\b",
    re.I,
)


@lru_cache(maxsize=256)
def find_casualties(sentence: str) -> Casualties:
    low = sentence.lower()
    fast = low if foldable(sentence) else None
    if fast is not None and not any(map(low.__contains__, _CASUALTY_WORDS)):
        return Casualties()
    memo: dict[Anchor, list[int]] = {}
    killed = _max_count(_KILLED_AT, sentence, fast, memo) if any(map(low.__contains__, _KILL_WORDS)) else None
    if killed is None and "kill" in low:
        if (ranks := _KILLED_RANKS.search(sentence)) is not None:
            killed = len(_RANKED_NAME_AT.findall(ranks.group(0)))  # the tail ", reservists from Georgia," names no rank
        elif _KILLED_BY_NAME.search(sentence):
            killed = 1
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
    revised = None
    if (
        killed is None
        and injured is None
        and ("climbed" in low or "risen" in low or "grown" in low)
        and (grew := _GREW_TO.search(sentence)) is not None
        and (n := number_value(grew["n"])) is not None
    ):
        # "The number of service members wounded in Sunday's attack ... has climbed past 40"
        before = low[: grew.start()]
        if any(map(before.__contains__, ("wounded", "injured", "hurt"))):
            injured = n
        elif any(map(before.__contains__, ("killed", "dead", "death toll"))):
            killed = n
    if ("figure" in low or "count" in low or "number" in low or "toll" in low or "tally" in low or "total" in low) and (
        m := _REVISED.search(sentence)
    ):
        revised = number_value(m["n"])
        if revised is not None and injured is not None and killed is None:
            injured, revised = max(injured, revised), None  # "reported 25 wounded; that figure had grown to 34"
        elif revised is not None and killed is not None and injured is None:
            killed, revised = max(killed, revised), None
        elif killed is not None and injured is not None:
            revised = None  # which of the two it revises is not said
    reported = bool(injured) or (
        bool(_INJURIES_NO_NUMBER_AT.search(sentence, fast))
        and injured != 0
        and not _UNKNOWN_CASUALTIES_AT.search(sentence, fast)
    )
    return Casualties(
        killed=killed,
        injured=injured,
        injuries_reported=reported,
        none_reported=killed == 0 and injured == 0,
        revised=revised,
    )


# "The Syrian Observatory put the toll at seven": another source's count of the same dead,
# not a revision of the figure the report gave first.
OTHER_COUNT = re.compile(
    r"\b(?:Observatory|monitor|SOHR)\b[^.]{0,80}\b(?:put|gave|says?|said|reported|counted|toll)\b|"
    r"\b(?:gave|put) (?:a|the) (?:higher|different|lower) (?:toll|figure|count)\b",
    re.I,
)
