"""What the incident reader looks for in a sentence: attack and event words, threats, US
action, tallies, talk of attacks in general, references back, and the shapes of round-up
headings. Vocabulary only; :mod:`store.extract.incidents` decides what it means.

Most cues are :class:`~store.extract.text.Cue` objects: the very same first match as their
pattern, found at a fraction of the cost (tests/test_extract_fast_paths.py holds them to it).
"""

from __future__ import annotations

import re

from store.extract.bases import GENERIC_BASE
from store.extract.dates import WEEKDAY_ABBR
from store.extract.scan import Anchored
from store.extract.text import Cue

ATTACK = Cue(
    re.compile(
        # "the targeted factions": an adjective after "the", no attack told
        r"\b(?:attack(?:ed|s|ing)?|(?<!\bthe )target(?:ed|ing|s)?|struck|strikes? (?:on|against)|hit|"
        r"fired|launched|landed|impacted|slammed|exploded|explosions?|blasts?|shell(?:ed|ing)|"
        r"barrage|salvo|volley|bombard(?:ed|ment)|came under|rained|crashed into|opened fire|"
        r"shot down|intercept(?:ed)?|downed|"
        r"(?:was|were) aimed at|"  # "The third was aimed at al-Harir base"
        # "13 attacks ... The first came on October 17.": an attack counted, told by its place in the count
        r"(?<=the )(?:first|second|third|latest|last|most recent|deadliest) (?:one |attack |strike )?"
        r"(?:came|happened|took place|occurred))\b",
        re.I,
    ),
    (
        *("attack", "target", "struck", "strike", "hit", "fired", "launched", "landed", "impacted", "slammed"),
        *("explo", "blast", "shell", "barrage", "salvo", "volley", "bombard", "came under", "rained"),
        *("crashed into", "opened fire", "shot down", "intercept", "downed", "was aimed", "were aimed"),
        *("first", "second", "third", "latest", "last", "most recent", "deadliest"),
    ),
)
# US or coalition action: retaliation and self-defence strikes are not attacks on bases.
US_ACTION = Cue(
    re.compile(
        r"\b(?:retaliat\w* (?:for|against) (?:the |an? |recent |repeated |these |those )?(?:[\w-]+ ){0,3}attacks?|"
        r"in (?:response|retaliation) to (?:the |an? |recent |repeated )?(?:[\w.-]+ ){0,3}(?:attacks?|killing|deaths)|"
        r"self-defen[cs]e strikes?|precision strikes?|air ?strikes? (?:on|against)|"
        r"(?:US|U\.S\.|American|coalition|Israeli|Washington's)\s+(?:air\s*|drone\s+|missile\s+|retaliatory\s+)?strikes?|"
        # "A U.S. drone struck a group of five fighters in northern Iraq"
        r"(?:US|U\.S\.|American) (?:drone|gunship|helicopter|warplane|jet) (?:struck|hit|killed|targeted|bombed)\b|"
        r"(?:US|U\.S\.|American) (?:forces|military|warplanes|aircraft|fighter jets|jets|bombers) "
        r"(?:struck|strikes?|hit|hits|bombed|bombs?|conducted|conducts|carried out|carries out|launched|launches)\b(?!\s+by\b)|"
        # not "Drones hit two US positions": ours are what was hit
        r"(?:struck|hit|bombed) (?!(?:[\w'’]+ ){0,3}?(?:US|U\.S\.|American|coalition)\s)"
        r"(?:[\w'’]+ ){0,4}(?:targets|facilities|sites|positions|headquarters|militants|members)|"
        # "a US AC-130 gunship engaged the vehicle used to launch the missile": our fire on the launchers
        r"(?:gunships?|aircraft|jets|warplanes|helicopters?) (?:[\w-]+ ){0,3}(?:struck|engaged|fired on|hit|targeted) "
        r"(?:the |a |an |two |three |several )?(?:[\w-]+ ){0,2}(?:vehicles?|launchers?|trucks?|launch sites?|launch teams?|cells?)|"
        r"(?:conducted|carried out|launched) (?:\w+ ){0,3}(?:air)?strikes|"
        r"ordered (?:the |these |those |retaliatory |further )?(?:[\w-]+ )?(?:air ?)?strikes)\b",
        re.I,
    ),
    (
        *("retaliat", "in response", "in retaliation", "self-defen", "precision", "air strike", "airstrike"),
        *("us", "u.s.", "american", "coalition", "israeli", "washington's"),
        *("struck", "hit", "bombed", "conducted", "carried out", "launched", "ordered"),
        *("gunship", "aircraft", "jets", "warplanes", "helicopter"),
    ),
)
THREAT = Cue(
    re.compile(
        r"\b(?:threaten\w*|warn(?:ed|s|ing)|vow(?:ed|s)|pledg\w+|would (?:attack|target|strike|respond|hit)|"
        r"will (?:attack|target|strike|continue|respond|hit)|could (?:attack|target|strike|be (?:targeted|attacked|hit|next|a target))|"
        r"plan(?:s|ned|ning)? to (?:attack|target|strike)|if (?:the|US|U\.S\.|American)|legitimate targets?|"
        r"would (?:become|be) (?:a )?(?:target|legitimate)|"
        r"potential (?:attacks?|strikes?)|possible (?:attacks?|strikes?)|preparing to launch|"
        r"(?<![\w-])expects? (?:[\w-]+ ){0,4}(?:attacks?|strikes?)|(?:probable|likely) targets?|"
        # a forecast: "Militia counter-attacks on US sites, including Harir, are possible in response."
        r"(?:are|is|remain) (?:(?:highly|very|also) )?(?:possible|likely|probable)(?= in (?:the coming|response)|\s*[.;]|$)|"
        r"cannot be ruled out|"
        r"(?:risk|threat|likelihood|prospect) of (?:further |more |new |renewed |retaliatory )?(?:[\w-]+ )?(?:attacks?|strikes?))\b",
        re.I,
    ),
    (
        *("threaten", "warn", "vow", "pledg", "would ", "will ", "could ", "plan", "if "),
        *("legitimate", "potential", "possible", "preparing to launch", "expect", "probable", "likely"),
        *("are ", "is ", "remain ", "cannot be", "risk of", "threat of", "likelihood of", "prospect of"),
    ),
)
# Counts of many attacks: a tally, never one incident.
TALLY = Cue(
    re.compile(
        r"\b(?:there (?:have|had) been|\d{2,} (?:[\w-]+ )?(?:attacks|times)|tally|"
        r"(?:count(?:ed|s|ing)?|record(?:ed|s|ing)|tall(?:ied|ies|ying)|log(?:ged|s|ging)|list(?:ed|s|ing)) "
        r"(?:[\w-]+ ){0,3}attacks|"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|scores of|hundreds of) "
        r"(?:[\w-]+ ){0,2}attacks\b[^.;]{0,60}\bsince|"
        # "the base at al-Shaddadi has been targeted nine times", "have each been hit at least once"
        r"(?:has|have) (?:each |also |now )?been (?:targeted|attacked|hit|struck|shelled|fired on)\s+"
        r"(?:(?:at least|more than|some|about|over|nearly|almost) )?(?:\w+ times|twice|once)|"
        # "the Taji attack was the 22nd rocket attack on US interests in Iraq": its place in a count
        r"\d+(?:st|nd|rd|th) (?:[\w-]+ ){0,2}attack (?:on|against) (?:US|U\.S\.|American|coalition)\b)\b",
        re.I,
    ),
    need=("there ha", "attacks", "times", "tally", "twice", "once", "attack on", "attack against"),
)
# Talk of attacks in general; a sentence that also names a base and a day still reports one.
BACKGROUND = Cue(
    re.compile(
        r"\b(?:repeatedly|frequently|regularly|routinely|numerous|often|"
        r"(?:multiple|several|many|dozens of|countless) times|more than once|"
        r"(?<!first )(?<!deadliest )(?<!first such )(?<!deadliest such )(?:attacks|times) since|so far|"
        # "the base had previously been hit", not "a previously little-known alliance"
        r"previously(?= (?:been|targeted|attacked|hit|struck|shelled|come under|came under))|"
        r"(?<=has )previously|(?<=had )previously|(?<=have )previously|(?<=was )previously|(?<=were )previously|"
        # "targeted since", "which has itself been targeted by drones since October"
        r"(?:targeted|attacked)(?: (?:by|with) (?:[\w-]+ ){0,2}?(?:drones|rockets|missiles|militias|groups))? since|"
        r"(?:has|have) also been (?:targeted|attacked|hit|struck)|"
        r"(?:has|have|had) been (?:\w+ )?(?:targeted|attacked|hit|struck) (?:before|in the past|in (?:previous|past|earlier) years)|"
        r"(?:a|the) (?:recent |latest |continuing )?(?:string|series|wave|spate|campaign) of "
        r"(?:[\w-]+ ){0,4}(?:attacks|strikes)|"
        # "Most of the attacks involved one-way drones or rockets"
        r"(?:most|many|some|all|none|majority) of (?:the |these |those )?(?:[\w-]+ ){0,2}(?:attacks|strikes)|"
        # "Most of the drones and rockets have been aimed at Ain al-Asad": the campaign's, told in sum
        r"(?:most|many|some|all|majority) of (?:the |these |those )?(?:[\w-]+ ){0,3}(?:drones|rockets|missiles|projectiles) "
        r"have been (?:aimed|fired|launched|directed) at\b|"
        # "The monitor has documented two attacks on the US position at Tal Baydar since October"
        r"(?:has|have|had) (?:documented|recorded|counted|logged|tallied|registered) (?:[\w-]+ ){0,2}"
        r"(?:attacks|strikes) (?:on|against)|"
        # "The Pentagon has recorded about 170 attacks ... Most of them targeted bases in Iraq"
        r"(?:most|many|some|all|majority) of them (?=(?:have |had )?(?:targeted|hit|struck|were aimed at|were directed at) "
        r"(?:US |U\.S\. |American |coalition )?(?:bases|sites|positions|facilities)\b)|"
        # "Five years after Iran's missiles fell on Al Asad, the wounded are still counting"
        r"(?:years?|months?|decades?) after|"
        # "it follows a steady run of drone attacks on Harir and Ain al-Asad this month"
        r"(?:run|stream|streak|succession|drumbeat|string|series|wave|spate) of (?:[\w-]+ ){0,4}(?:attacks|strikes)|"
        # "Previous strikes on Erbil Air Base and nearby Harir caused mostly minor injuries"
        r"(?:previous|prior|past) (?:[\w-]+ )?(?:attacks|strikes) (?:on|against|at))\b",
        re.I,
    ),
    {
        **dict.fromkeys(("repeatedly", "frequently", "regularly", "routinely", "numerous", "often"), (0,)),
        **dict.fromkeys(("more than once", "attacks since", "so far", "previously", "targeted since"), (0,)),
        "attacked since": (0,),
        **dict.fromkeys(("targeted by", "targeted with", "attacked by", "attacked with"), (0,)),
        **dict.fromkeys(("has also been", "have also been", "has been", "have been", "had been"), (0,)),
        "times": (0, len("many "), len("several "), len("multiple "), len("dozens of ")),
        # "(a|the) (recent |latest |continuing )?series of": keyed on the noun, not on "a" or "the".
        **dict.fromkeys(("string", "series", "wave", "spate", "campaign"), (0, 2, 4, 9, 11, 13, 15)),
        **dict.fromkeys(("most of", "many of", "some of", "all of", "none of", "majority of"), (0,)),
        **dict.fromkeys(("years after", "year after", "months after", "month after", "decades after"), (0,)),
        **dict.fromkeys(("run of", "stream of", "streak of", "succession of", "drumbeat of"), (0,)),
        **dict.fromkeys(("previous", "prior", "past"), (0,)),
        **dict.fromkeys(
            (
                f"{aux} {verb}"
                for aux in ("has", "have", "had")
                for verb in ("documented", "recorded", "counted", "logged", "tallied", "registered")
            ),
            (0,),
        ),
    },
)
# "9 attacks on Al-Shaddadi base": a count of attacks on one base, a tally unless it gives their
# day ("Two attacks on Ain al-Asad on Sunday wounded four soldiers").
COUNTED_ATTACKS_ON = re.compile(
    r"^(?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ )?attacks (?:on|against)\b", re.I
)
# What a monitor does, not an attack: "The Observatory, which tracks attacks on coalition positions,
# also lists the al-Shaddadi patrol base ... among the sites it monitors".
MONITORS_ATTACKS = re.compile(
    r"\b(?:which|that|who) (?:tracks|monitors|records|logs|counts|documents|maps) (?:[\w-]+ )?attacks\b"
)
# What did not happen: "drones that would have been intercepted at a larger installation".
HYPOTHETICAL = re.compile(
    r"\b(?:would|might|could)(?: not|n['’]t)? have (?:been )?(?:[a-z]+ly )?[a-z]+(?:ed|en|wn|uck|it)\b"
)
# A concrete event, not the noun "attacks" in general talk: needed to open an undated incident.
EVENT = Cue(
    re.compile(
        r"\b(?:(?:was|were|been|being) (?:\w+ )?(?:attacked|targeted|hit|struck|shelled|"
        # "A third drone was destroyed as it approached Harir Air Base"
        r"destroyed(?= (?:as|while|before|when) (?:it|they) (?:approached|neared|headed|flew)))|"
        r"attacked|(?<!\bthe )targeted|struck|"
        r"hit|fired (?:[\w-]+ ){0,5}?(?:at|on|toward|towards)|launched (?:(?:an? )?(?:barrage|salvo|volley|wave) of [\w-]+ )?(?:at|against|toward)|landed|impacted|slammed|exploded|"
        r"(?:was|were|had been|have been) (?:launched|fired|aimed (?:at|toward)|sent (?:at|toward|towards|against))|"
        r"(?:came|come|had come) down|fell (?:inside|on|near|in)|"
        r"shot down|intercepted|downed|engaged|(?:headed|heading) for|flew (?:into|at|toward|towards)|"
        # "A third drone went after coalition troops at Harir air base"
        r"went after|"
        # "US forces destroyed a third drone that was approaching Harir airbase"
        r"destroyed (?:(?:an?|the|one|two|three|a second|a third|both) )?(?:[\w-]+ )?(?:drones?|missiles?|rockets?|UAVs?)"
        r"(?= (?:that|which) (?:was|were) (?:approaching|heading|headed|aimed|flying))|"
        r"(?:attack|strike|assault)s? (?:on|against|at|targeting))\b",
        re.I,
    ),
    (
        *("was", "were", "been", "being", "attack", "target", "struck", "strike", "assault", "hit", "fired"),
        *("launched", "landed", "impacted", "slammed", "exploded", "shot down", "intercepted", "downed", "engaged"),
        *("had", "have", "came", "come", "fell", "destroyed", "headed", "heading", "flew", "went after"),
    ),
)
NEGATED = Cue(
    re.compile(
        r"\b(?:(?:was|were) no (?:separate |other |second |new |further )?(?:attack|strike)s?|"
        r"no (?:confirmed |reported |new |further )?(?:attacks?|strikes?|incidents?) (?:(?:were |was )?(?:reported|recorded) )?"
        r"(?:on|against|at|vs\.?)|false alarm|"  # "No new attacks reported at al-Tanf or the Conoco field this week"
        r"^\W*not an? (?:attack|strike)\b|"  # a newsletter's "Not an attack, but it will get conflated with one"
        # "These are retaliation, not attacks on the base": what the sentence tells is no attack there
        r",\s+not (?:an? )?(?:attacks?|strikes?) (?:on|against|at)\b|"
        # "The downing of the drone is not an attack on a base", "The strike was not itself an attack on a US base"
        r"\b(?:is|was|are|were) not (?:itself |themselves )?(?:an? )?(?:attacks?|strikes?) (?:on|against)\b|"
        r"^\W*(?:viral )?claim(?=:)|"  # a fact-check's 'Claim: "Al-Tanf and Shaddadi were hit the same night"'
        # "The shoot-down did not involve any attack on a US installation"
        r"(?:did|does) not involve (?:any |an? )?(?:attacks?|strikes?) on (?:an? |any )?(?:US |U\.S\. |American |coalition )?"
        r"(?:installations?|bases?|facilit(?:y|ies))\b|"
        r"(?:did|does) not (?:hit|strike|target|attack)"
        r"(?!\s+(?:(?:Americans?|anyone|anybody|US|coalition|troops|personnel|soldiers|service)\b|U\.S\.|"
        r"any\s+(?:U\.S\.|US\b|American|troops|personnel)))|"
        r"(?:(?:was|were)(?:n[’']t| not)|(?:has|have|had)(?:n[’']t| not) been) (?:\w+ly )?(?:attacked|targeted|hit|struck)|"
        r"denied (?:that|any)|den(?:y|ies) (?:that|any)|(?:has|have|had) (?:\w+ ){0,2}been (?:\w+ )?spared|"
        r"no (?:new |further |other |fresh |more )?(?:attacks?|strikes?) (?:was|were|had been|have been) reported|"
        # "Troops at Ain al-Asad and at al-Tanf remain on alert, though neither reported a new attack on Tuesday"
        r"(?:none|neither) (?:has |had )?(?:reported|saw|seen|suffered|came under|come under) (?:a |any )?"
        r"(?:new |fresh |further )?(?:attacks?|strikes?|fire)\b|"
        r"(?:none|neither) (?:base|site|outpost|garrison)s? (?:was|were|has been|had been) (?:attacked|targeted|hit|struck)\b|"
        r"(?:none|neither) of (?:those|these|the|them)(?: [\w-]+)? (?:had|has|have|was|were) (?:been )?"
        r"(?:hit|attacked|targeted|struck)|"
        # "Union III, ..., which was not reported to have been hit"; "did not say whether any rounds landed there"
        r"not (?:reported|said|known|believed) (?:to have been )?(?:hit|attacked|targeted|struck)|"
        r"(?:did|would) not say whether any (?:[\w-]+ ){0,2}(?:landed|hit|struck|fell)|"
        # "There has been chatter online about strikes on the Erbil air base": hearsay, no report
        r"chatter (?:online |on social media )?(?:about|of)|rumou?rs? (?:online |circulating )?(?:about|of))\b",
        re.I,
    ),
    need=(
        *("no attack", "no strike", "no confirmed", "no reported", "no new", "no further", "no incident"),
        *("no separate", "no other", "no second", "no fresh", "no more"),
        *("false alarm", "not ", "claim:", "denied", "deny", "denies", "n't", "n’t", "spared", "none ", "neither "),
        *("chatter", "rumor", "rumour"),
    ),
)
# A report that says a claimed attack did not happen: "no attack on Conoco had been recorded that
# day", "there had been no attack on Harir", "There is no evidence of a drone attack on Muwaffaq
# Salti", "rejected claims that drones had hit Ain al-Assad again", "no launches toward the Rmelan
# landing zone were detected", "Nothing was reported at Harir on Saturday"; and sirens that were
# "a false alarm".
DENIED = Cue(
    re.compile(
        r"\b(?:no (?:attacks?|strikes?) (?:on|against|at) [^.;]{0,60}?(?:had been|was|were|has been|have been) "
        r"(?:recorded|detected|registered|confirmed|observed)|"
        r"(?:had been|was|has been|is) no (?:attack|strike) (?:on|against|at)|"
        r"reported no (?:attacks?|strikes?) (?:on|against|at)|"  # "The Observatory reported no attack on al-Tanf that night"
        # "We found no report from any official source of an attack there on Sunday"
        r"no (?:evidence|indication|sign|record|reports?)(?: (?:from|by|in) [^.;,]{1,40}?)?[\"”]? (?:of|that) (?:any |an? |the )?(?:[\w-]+ )?"
        r"(?:attack|strike|launch|drone|rocket)|"
        r"(?:rejected|dismissed|denied) (?:the |those |these )?(?:[\w-]+ )?claims?|"
        r"no (?:launch(?:es)?|drones?|rockets?|missiles?) [^.;]{0,40}?(?:was|were|had been) "
        r"(?:detected|recorded|seen|observed)|false alarm|"
        r"nothing (?:was|has been|had been) (?:reported|seen|recorded|detected|hit) (?:at|in|near|on)|"
        r"den(?:ied|ying|ies) (?:the )?(?:rumou?rs|reports))\b",  # "denying the rumors ... of the targeting of the base"
        re.I,
    ),
    need=("no ", "rejected", "dismissed", "denied", "denying", "denies", "false alarm", "nothing "),
)
# Another account of where the attack in the news fell, told as a government's first or disputed
# word: "told state television that the attack "did not take place inside Jordan" and had targeted
# the al-Tanf base across the border", "at first insisted the strike had hit al-Tanf".
DISPUTED_PLACE = Cue(
    re.compile(
        r"\b(?:did not take place|had not taken place|not (?:on|in|inside) (?:Jordanian|Iraqi|Syrian) (?:territory|soil)|"
        r"(?:at first|initially) (?:said|insisted|claimed) (?:that )?(?:the )?(?:attack|strike|drone) (?:had )?"
        r"(?:hit|targeted|struck|fell)|(?:in the first hours|in a first position)[^.;]{0,120}\b(?:hit|targeted|struck|fell)|"
        r"no longer repeated)\b",
        re.I,
    ),
    need=("take", "taken", "territory", "soil", "at first", "initially", "first hours", "first position", "no longer"),
)
# Attacks elsewhere that reports mention beside ours: Houthi missiles at ships, Israel.
OUT_OF_SCOPE = Cue(
    # Turkey's strikes fall on the SDF's towns, power stations and oil sites, not on the coalition's bases.
    re.compile(
        r"\b(?:Houthis?|Red Sea|USS [A-Z]\w+|Yemen|Gulf of Aden|"
        r"Turkish (?:[\w-]+ ){0,2}(?:strikes?|drones?|airstrikes?|shelling|bombardments?|raids?)|"
        # Lebanon's Hezbollah at Israel's northern border, not Iraq's Kataib Hezbollah at a base
        r"(?<!Kataib )(?<!Kata'ib )(?<!Kata’ib )Hezbollah (?:fired|launched|shelled|targeted)|Lebanese border)\b"
    ),
    ("Houthi", "Red Sea", "USS ", "Yemen", "Gulf of Aden", "Turkish ", "Hezbollah ", "Lebanese border"),
)
SAME_DAY = Cue(
    re.compile(
        r"\b(?:(?:the|that) same (?:day|night|morning|evening)|that (?:day|night)|hours later|minutes later|"
        r"shortly (?:after|afterwards|before)|later that day|simultaneously|"
        # "Two of the drones were aimed at Ain al-Assad ... The third drone was sent toward Harir": the salvo's
        r"the (?:second|third|fourth|fifth|other|remaining) (?:drone|rocket|missile|UAV)s?(?! (?:attack|strike)))\b",
        re.I,
    ),
    need=(
        *("same", "that day", "that night", "later", "shortly", "simultaneous"),
        *("the second ", "the third ", "the fourth ", "the fifth ", "the other ", "the remaining "),
    ),
)
# "the group", "the resistance group", "the Iran-backed militia": the group named last.
# A claim of "the attacks" or "the strikes" covers every incident of that day the report names.
# "all three", "both": what a sentence says of every attack it names
ALL_OF = re.compile(r"\b(?:all (?:two|three|four|five|six|of them|the \w+)|both)\b", re.I)
PLURAL_CLAIM = Cue(
    re.compile(
        # "claimed Tuesday's attacks": a day's attacks, each of them
        r"\b(?:(?:both|the|all(?: \w+)?|these|those|\w+day['’]s) (?:\w+ )?(?:attacks|strikes|operations)|both(?=\s*[.;,]))\b",
        re.I,
    ),
    need=("attacks", "strikes", "operations", "both"),
)
ANAPHOR = Cue(
    re.compile(
        r"\b(?:that|the|this|same|Tuesday's|latest|the latest|the (?:drone|rocket|missile) )\s*"
        r"(?:attack|strike|assault|incident|barrage|operation)\b",
        re.I,
    ),
    need=("attack", "strike", "assault", "incident", "barrage", "operation"),
)
# Every generic mention of a base ends in one of these; most sentences have none.
GENERIC_AT = Anchored(
    GENERIC_BASE,
    need=(
        *("base", "garrison", "airfield", "post", "installation", "compound", "facility", "airport", "site", "camp"),
        *("embass", "consulate", "airstrip", "landing zone"),
    ),
)
# "a base in northeast Jordan": the country narrows which named base a generic mention means.
COUNTRY_HINT = re.compile(
    r"\bin (?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? |the (?:north|south|east|west)\w* of )?"
    r"(?P<country>Iraq|Syria|Jordan)\b"
)
# The attack a US strike answered: "in retaliation for a January 28 drone attack on Tower 22".
ANSWERED = re.compile(
    r"\b(?:retaliation for|response to|reprisal for|revenge for|(?:hours|days|a day|a week) after|after|following|"
    r"followed)\s+"  # "the strike ... followed a string of militia attacks, including ..."
    r"(?P<tail>(?:(?:an?|the|last|this|Sunday's|[\w-]+'s)\s+)?(?:[\w.'’-]+\s+){0,4}?"  # "last Sunday's drone attack"
    r"(?:attacks?|strikes?|assault|(?:missiles?|rockets?|drones?|mortars?)(?=\s+(?:slammed|struck|hit|landed|crashed)))\b.*)$",
    re.I,
)
# The toll of US strikes told beside an attack: "Those strikes killed between 40 and 45 people".
STRIKE_TOLL = re.compile(
    r"\b(?:those|these|the US|US|U\.S\.|American|retaliatory|Washington's|its)\s+(?:air\s?|retaliatory\s+)?strikes\b"
    r"[^;]{0,40}\b(?:killed|killing|wounded|injured|dead)\b|"
    r"\b(?:killed|wounded|injured|dead)\b[^;]{0,40}\b(?:those|these|the US|US|U\.S\.|American|retaliatory)\s+"
    r"(?:air\s?|retaliatory\s+)?strikes\b|"
    r"\b(?:killed|died|dead) in the (?:air\s?)?strikes\b",  # "29 people were killed in the strikes in Syria"
    re.I,
)
# The basis of an incident's date when the report gives none; a later sentence's day replaces it.
NO_DATE = "no date in the text: publication date"
# A round-up's section heading: at most a few words of place around a date ("Erbil, 23 November.").
HEADING_MAX = 80
# "- " a list's bullet or "d. ", "2) " its enumerator; "Ain al-Asad, 20 January"; a chronology's "Mon 23 Oct"
HEADING_PLACE = re.compile(
    rf"\s*(?:(?:[-*•–—]|[a-z]\.|\d{{1,2}}[.)]|\([a-z\d]{{1,2}}\))\s+)?(?:[A-Z][\w'’-]*(?:[ -][\w'’-]+){{0,3}},\s*|{WEEKDAY_ABBR}\.?\s+)?"
)
# A post's heading may end in its time: "Friday, 17 November 2023 — 08:51", "Jan. 4, 9:15 p.m. (GMT+3)"
HEADING_END = re.compile(
    r"\s*(?:[,–—-]\s*[012]?\d:[0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*\([^)]{0,20}\))?)?\s*[.:–—-]?\s*", re.I
)
# The place after the day: "20 January, Ain al-Assad (Anbar, Iraq).", "November 9 — Harir Air Base, Iraq."
# After a dash the place may open in lower case: "March 23, 2023 — coalition base near Hasakah, Syria";
# after a colon only with the article of an Arabic name: "Monday, 23 October: al-Tanf"; after either
# with a compass word: "Dec. 31, northeast Syria."
HEADING_PLACE_AFTER = re.compile(
    r"\s*(?:[,:]\s*(?:[A-Z]|a[ln]-|e[ln]-|north|south|east|west|central)|[–—-]\s*[\w.])[\w'’.-]*(?:[ -][\w'’.-]+){0,5}(?:,\s*[\w'’.-]+(?:[ -][\w'’.-]+){0,3}){0,2}"
    r"(?:\s*\([^)]{0,40}\))?\s*[.:–—-]?\s*"
)
# "the Kharab al-Jir airbase in the Rmelan countryside": a place named to say where, not a base.
# "in the countryside of Rmelan", "on the outskirts of Erbil": the area a base is in, not a base.
# "an outpost about 20 kilometres south of al-Tanf", "in the northeast of Erbil": where a place
# lies, told from a base or a town.
PLACE_BEFORE = re.compile(
    # not "the living area of Tower 22", a part of the base
    r"\b(?:(?:countryside|outskirts|province|governorate|district|(?<!living )(?<!housing )area|town|city|village|region) of|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)? of) (?:the )?"
    r"(?:(?:US |U\.S\. |American |coalition )?(?:garrison|base|outpost) (?:at|in) )?(?:al[- ]|el-)?$",
    re.I,
)
PLACE_QUALIFIER = re.compile(r"\s+(?:countryside|area|district|region|province|governorate|outskirts|desert)\b")
# "On December 8, it was hit": "it" as the subject that opens the sentence, not "a vehicle ... when it was hit".
IT_HIT = re.compile(
    r"(?:[^,]{0,40},\s*)?[Ii]t (?:was|has been|had been) (?:also )?(?:hit|struck|targeted|attacked|shelled|the target of)\b"
)

# An editor's note ("Correction, Oct. 19: An earlier version of this article said the attack on
# Ain al-Asad happened on Wednesday") restates what the report tells, and names the wrong base
# or day on purpose: its paragraph opens no incident and adds to none.
EDITORS_NOTE = re.compile(
    r"^(?:Correction|Clarification|CORRECTION|CLARIFICATION|Editor['’]s [Nn]ote|EDITOR['’]S NOTE)\b[^\n:]{0,40}:|"
    r"\b(?:An?|The) (?:earlier|previous|original) version(?: of this (?:article|story|report|post)\b|,)|"
    r"^This (?:story|article|report) has been (?:updated|corrected)\b|"
    r"^(?:- )?\[(?:\d{1,3}|[a-z])\] ",  # a footnote or reference under the text: "[a] Some early reports gave ..."
    re.M,
)
EDITORS_NOTE_WORDS = (
    "orrection",
    "ORRECTION",
    "larification",
    "LARIFICATION",
    "ditor",
    "DITOR",
    "version of this",
    "version,",
    "been updated",
    "been corrected",
    "] ",
)


# A report that takes its attack back: "the rockets never left the launch site", "none of its
# rockets was fired", "nothing was fired at it". The incident it was about did not happen.
NOTHING_FIRED = re.compile(
    r"\b(?:never left (?:the|their|its) launch(?:er| site| pad)|"
    r"none of (?:its|the|their) (?:rockets|drones|missiles|projectiles) (?:was|were) (?:fired|launched)|"
    r"nothing (?:was|had been) (?:fired|launched) at)\b",
    re.I,
)
