"""The shapes speakers come in: names, the head nouns of anonymous sources, government
bodies and armed groups, and the words that refer back to someone. Shared by the reading of
speaker phrases (:mod:`store.extract.speakers`), the book of who was introduced
(:mod:`store.extract.speaker_book`) and the scan for introductions
(:mod:`store.extract.introductions`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A name: two or three capitalised words, with Arabic particles ("Mohammed Shia al-Sudani").
NAME_FIRST_WORD = r"[A-Z][a-z][\w'’-]*"
# "Abu Haidar" for "Abu Haidar al-Sa'edi": a name that opens with one of these is a kunya, the
# short name a man goes by.
KUNYA_WORDS = ("Abu", "Umm", "Abo")


def name_pattern(more_words: int) -> str:
    """A capitalised first word and one to ``more_words`` more, each may be with its particle."""
    # Words of one name never stand on both sides of a paragraph break ("... say Jordan\n\nThe statement").
    # A middle initial counts as a word when a name goes on after it ("Lloyd J. Austin III").
    return (
        NAME_FIRST_WORD + rf"(?:[^\S\n]+(?:(?:al|el|bin|ibn|abu|abd|de|van|von)[- ])?"
        rf"(?:[A-Z][\w'’-]+|[A-Z][.․](?=[^\S\n]+[A-Z]))){{1,{more_words}}}"
    )


NAME = name_pattern(3)
# A name as introductions read it: a capitalised title may stand first ("Prime Minister Mohammed
# Shia al-Sudani"), so up to six words.
INTRODUCED_NAME = name_pattern(5)
CAP_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|abu|de)[- ])?[A-Z][\w'’.-]*)*")

MODIFIER = r"(?:[a-z][\w'’-]*|[A-Z][\w'’.-]*|U\.S\.|U․S․)"
HEAD_WORDS = [
    r"officials?",
    r"officers?",
    r"sources?",
    r"diplomats?",
    r"spokesm[ae]n",
    r"spokespersons?",
    r"spokeswom[ae]n",
    r"commanders?",
    r"witness(?:es)?",
    r"residents?",
    r"employees?",
    r"medics?",
    r"doctors?",
    r"contractors?",
    r"analysts?",
    r"soldiers?",
    r"fighters?",
    r"leaders?",
    r"members?",
    r"aides?",
    r"advis[eo]rs?",
    r"figure",
    r"lawmakers?",
    r"monitors?",
    r"colonels?",
    r"captains?",
    r"sergeants?",
    r"lieutenants?",
    r"veterans?",
    r"experts?",
    r"reservists?",
    r"survivors?",
    r"airm[ae]n",
    r"sailors?",
    r"servicem[ae]n",
    r"servicewom[ae]n",
    # "A former Army specialist who rode out the strike in a bunker": a rank, unnamed
    r"specialists?",
    r"privates?",
    r"corporals?",
    # "A Democratic strategist who has worked on Biden's campaigns", "a crude trader at a European refiner"
    r"strategists?",
    r"consultants?",
    r"pollsters?",
    r"traders?",
    r"executives?",
    r"economists?",
    r"researchers?",
    r"lawyers?",
    r"attorneys?",
    r"pastors?",
    # "A cousin of Sanders, who asked that her name not be used": kin who speak unnamed
    r"cousins?",
    r"relatives?",
    r"neighbou?rs?",
]
HEAD = "(?:" + "|".join(HEAD_WORDS) + ")"
# An account's handle: "@CENTCOM", "@carla_ortegaOSINT".
HANDLE = r"(?<![\w@])@[A-Za-z0-9_]{2,30}\b"
# Heads of sources who speak for themselves, not for a body: witnesses, residents, kin.
WITNESS_HEADS = ("witness", "resident", "cousin", "relative", "neighbo")
_TAIL_WORD = (
    r"(?:[A-Z][\w'’-]*(?:\.[\w'’-]+)*|(?:al|el|ez|ad|as|ar|an|at|az)-[A-Z][\w'’-]*|U\.S\.|U․S․|province|embassy|region|faction|forces|ministry|government|"
    r"base|another|the|his|its|city|army|office|administration|group|militia|coalition|interior|foreign|security|"
    # "the Ministry of Foreign Affairs and Expatriates": small words inside a body's name
    r"(?:of|and|for)(?=\s+[A-Z]))"
    r"(?:['’]s(?=\s+[A-Z]))?"  # "the coalition's Combined Joint Task Force": whose body
)
# "a US military official", "an SDF commander in Deir Ezzor province",
# "a spokesperson for the US embassy in Baghdad", "the Iraqi government's military spokesman"
ANON = re.compile(
    rf"\b(?P<phrase>(?:(?P<det>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother|[Ss]everal|[Tt]he|[Ss]ome|[Tt]his)\s+)?"
    rf"(?:{MODIFIER}\s+){{0,4}}?(?P<head>{HEAD})\b"
    rf"(?:\s+(?:with|from|at|in|of|for|close to|to|on(?=\s+the\s+[A-Z]))\s+{_TAIL_WORD}(?:\s+{_TAIL_WORD}){{0,6}})?"
    rf"(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*|\s+province){{0,2}})?)"
)
# "of/for" and a capitalised body after an ANON head noun: "The spokesman of Iran's Foreign
# Ministry" is someone in particular, as "a spokesman" is, where a bare "the spokesman" refers back.
OF_A_BODY = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
# Capitalised words that open a description, never a name: "An Iraqi officer", "The Iraqi government".
DETERMINERS = frozenset(("A", "An", "The", "One", "Another", "This", "That", "Some", "Two", "Three", "Several"))


def without_the(name: str) -> str:
    """``name`` without a leading "The": "The Kurdistan Region's Counter-Terrorism Directorate"."""
    return name.removeprefix("The ").removeprefix("the ")


PRONOUN = re.compile(r"^(?:he|she|they)$", re.I)
IT_REFERENCE = re.compile(r"^(?:it|its statement)$", re.I)
HEAD_WORD = re.compile(HEAD)
_MINISTRY = (
    r"Ministry of (?:the )?(?:Foreign Affairs(?: and Expatriates)?|Interior|Defen[cs]e|Peshmerga(?: Affairs)?)|"
    r"(?:Foreign|Interior|Defen[cs]e|Peshmerga) Ministry"
)
ORG = re.compile(
    r"\b(?P<org>(?:US |U\.S\. |U․S․ )?Central Command|CENTCOM|the Pentagon|Pentagon|the White House|"
    r"White House|(?:the )?(?:US |U\.S\. |U․S․ )?Department of Defen[cs]e|(?:the )?State Department|"
    r"(?:the )?(?:US |U\.S\. |U․S․ )?Defen[cs]e Department|"
    r"(?:the )?National Security Council|(?:the )?Iraqi (?:government|military|army|Joint Operations Command|"
    r"Security Media Cell|foreign ministry|interior ministry)|(?:the )?Syrian Observatory for Human Rights|SOHR|"
    r"(?:the )?Syrian Democratic Forces|SDF|(?:the )?Kurdistan Region(?:al)? (?:Government|Security Council)|KRG|"
    r"(?:the )?coalition|Operation Inherent Resolve|CJTF-OIR|(?:the )?Iranian (?:foreign ministry|government)|"
    r"(?:the )?Jordanian (?:government|army|military)|(?:the )?Islamic Revolutionary Guard Corps|IRGC|"
    r"(?:the )?(?:prime minister's|president's) office|(?:the )?(?:U\.S\. |U․S․ |US )?embassy|"
    # "the Kurdistan Region's Ministry of Interior", "The Interior Ministry": a ministry by its own name
    rf"(?:Iraq|Iran|Syria|Jordan|Turkey|Kuwait|Qatar|Israel)['’]s {_MINISTRY}|{_MINISTRY}|"
    r"(?:Iraq|Iran|Syria|Jordan|Turkey|Kuwait|Qatar|Israel)['’]s (?:(?:foreign|interior|defen[cs]e) ministry|"
    r"government|army|military|armed forces|Security Media Cell|Joint Operations Command)|"
    r"(?:the )?Security Media Cell|(?:the )?Joint Operations Command|"
    r"(?:the )?Guards?|(?:the )?(?:group|statement|militia|faction|ministry|army|military))\b"
)
GROUP_WORD = re.compile(r"\b(?:group|militia|faction|alliance|movement|coalition of)\b")
# Who "the statement" can be when they spoke last: a body, or an official speaking for one.
STATEMENT_KINDS = ("claimant", "government body", "anonymous official", "named official")
BACKREF_ORG = re.compile(r"^(?:the )?(?:group|statement|post|militia|faction|guards?)$", re.I)
# "the resistance group", "the Iran-backed militia", "the alliance of Iran-aligned factions": a
# group named by what it is, with lower-case or hyphenated modifiers only (a capitalised one
# names the group: "the Islamic State group"), means the group or body that spoke last.
DESCRIBED_GROUP = re.compile(
    r"^[Tt]he\s+(?:(?:[a-z][\w'’]*|[\w'’]+-[\w'’-]+)\s+){0,3}(?:group|militia|faction|alliance|umbrella|movement|"
    # "The same coalition of Iran-backed Iraqi armed factions": not the US-led coalition
    r"coalition(?=\s+of\s.*\b(?:factions|militias|groups)\b))"
    r"(?:\s+(?:of|behind|for)\s.*)?$"
)


def is_body_reference(phrase: str) -> bool:
    """Whether ``phrase`` refers back to a group or body ("the group", "the post")."""
    return bool(BACKREF_ORG.match(phrase))


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None = None
    kind: str = "other"


PERSON_KINDS = ("named official", "other")
BODY_KINDS = ("claimant", "government body")

# Every ORG match starts with one of these words, after a non-word character or after one of
# ORG_PREFIXES (which all end in a space). A new ORG alternative needs its first word here.
ORG_CORES = [
    "Central",
    "CENTCOM",
    "Pentagon",
    "White",
    "Department",
    "State",
    "Defen",
    "National",
    "Iraqi",
    "Security",
    "Joint",
    "Syrian",
    "SOHR",
    "SDF",
    "Kurdistan",
    "KRG",
    "coalition",
    "Operation",
    "CJTF",
    "Iranian",
    "Jordanian",
    "Jordan",
    "Iraq",
    "Iran",
    "Syria",
    "Turkey",
    "Kuwait",
    "Qatar",
    "Israel",
    "Islamic",
    "IRGC",
    "prime",
    "president",
    "embassy",
    "Ministry",
    "Foreign",
    "Interior",
    "Peshmerga",
    "Guard",
    "group",
    "statement",
    "militia",
    "faction",
    "ministry",
    "army",
    "military",
]
ORG_PREFIXES = ("the ", "US ", "U.S. ", "U․S․ ", "the US ", "the U.S. ", "the U․S․ ")


# How a speaker addresses the chair, naming no one: "Mr. President", "Madam Speaker", "Mr. Chairman".
ADDRESS = re.compile(r"(?:Mr|Madam|Madame|Mister|Ms)\.? (?:President|Speaker|Chairman|Chairwoman|Chair|Secretary)")
