"""Who is speaking: names, roles, anonymous officials, organisations, and coreference.

A speaker phrase is read from the words around a speech verb. The :class:`SpeakerBook`
remembers everyone introduced so far, so "the official", "he" or a bare surname later in
the article resolves to the person first named in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.extract.fields import find_group

_TITLE_WORDS = (
    r"President|Vice President|Secretary|Minister|Prime Minister|Spokesman|Spokeswoman|Spokesperson|"
    r"Spokesperson|Advis[oe]r|Adviser|Director|Commander|Chief|General|Gen\.|Lt\.|Col\.|Maj\.|Brig\.|"
    r"Adm\.|Sgt\.|Capt\.|Admiral|Colonel|Major|Lieutenant|Sergeant|Captain|Deputy|Press|Senator|Sen\.|"
    r"Rep\.|Representative|Ambassador|Governor|Mayor|Coordinator|Head|Leader|Envoy|Chairman|Speaker|"
    r"Mr\.|Ms\.|Mrs\.|Dr\.|Sheikh|Ayatollah|Defence|Defense|Foreign|National|Security|Council|"
    r"Communications|Strategic|Pentagon|White|House|State|Department|Central|Command|Joint|Chiefs|Staff|"
    r"Iraqi|US|U\.S\.|American|Iranian|Syrian|Kurdish|Jordanian|British|Deputy|Army|Air|Force|Navy|"
    r"Military|Operations|Affairs|Public|Information|Media|Office|Ministry|Interior|Commander-in-Chief"
)
_TITLE = re.compile(rf"^(?:{_TITLE_WORDS})$")
_CAP = r"(?:[A-Z][\w'’.-]*|al-[A-Z][\w'-]*|bin|ibn|de|van|von|el-[A-Z][\w'-]*)"
# A run of capitalised words: "White House Deputy National Security Advisor Jon Finer".
_CAP_RUN = re.compile(rf"{_CAP}(?:\s+{_CAP})*")

_ANON = re.compile(
    r"\b(?P<phrase>(?i:an?|one|two|three|another|several|the|some)\s+"
    r"(?:(?:senior|top|high-ranking|local|military|security|defen[cs]e|government|western|"
    r"US|U\.S\.|American|Iraqi|Syrian|Kurdish|Iranian|Jordanian|coalition|Pentagon|administration|"
    r"intelligence|health|medical|police|army|militia|Peshmerga|SDF|Arab|regional|state|"
    r"interior ministry|foreign ministry|diplomatic|airport|base|Kurdistan Region|Israeli|British|"
    r"French|other|second|third|former|informed)\s+){0,4}"
    r"(?P<head>officials?|officers?|sources?|diplomats?|spokesm[ae]n|spokespersons?|"
    r"spokeswom[ae]n|commanders?|witness(?:es)?|residents?|employees?|medics?|doctors?|"
    r"contractors?|analysts?|soldiers?|troops?|fighters?|leaders?|members?)"
    r"(?:\s+(?:with|from|at|in|of|for)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s*){1,4})?)",
)
_PRONOUN = re.compile(r"^(?:he|she|they|it)$", re.I)
_ORG = re.compile(
    r"\b(?P<org>(?:US |U\.S\. )?Central Command|CENTCOM|the Pentagon|Pentagon|the White House|"
    r"White House|(?:the )?Department of Defen[cs]e|(?:the )?State Department|(?:the )?Defen[cs]e Department|"
    r"(?:the )?National Security Council|(?:the )?Iraqi (?:government|military|army|Joint Operations Command|"
    r"Security Media Cell|foreign ministry|interior ministry)|(?:the )?Syrian Observatory for Human Rights|SOHR|"
    r"(?:the )?Syrian Democratic Forces|SDF|(?:the )?Kurdistan Region(?:al)? (?:Government|Security Council)|"
    r"(?:the )?coalition|Operation Inherent Resolve|CJTF-OIR|(?:the )?Iranian (?:foreign ministry|government)|"
    r"(?:the )?Jordanian (?:government|army|military)|(?:the )?Islamic Revolutionary Guard Corps)\b"
)
_ROLE_AFTER = re.compile(r"^,\s*(?P<role>(?:the\s+|a\s+|an\s+)?[^,\"“”]{3,80}?),")


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None = None
    kind: str = "other"


@dataclass
class SpeakerBook:
    """Everyone named as a speaker so far, for resolving later references."""

    people: list[Speaker] = field(default_factory=list)
    last: Speaker | None = None

    def remember(self, speaker: Speaker) -> Speaker:
        self.last = speaker
        if speaker not in self.people:
            self.people.append(speaker)
        return speaker

    def resolve(self, phrase: str) -> Speaker | None:
        """The earlier speaker a pronoun, "the official" or a surname refers to."""
        p = phrase.strip()
        low = p.lower()
        if _PRONOUN.match(p):
            for person in reversed(self.people):
                if person.kind in ("named official", "other", "witness") and " " in person.name and not low == "it":
                    return person
            return self.last
        head = low.split()[-1] if low.split() else ""
        if low.startswith(("the ", "this ", "that ")):
            for person in reversed(self.people):
                if person.name.lower().split()[-1].rstrip("s") == head.rstrip("s") and person.kind != "named official":
                    return person
                if person.role and head in person.role.lower():
                    return person
        for person in reversed(self.people):
            parts = person.name.split()
            if len(parts) > 1 and p in (parts[-1], " ".join(parts[-2:])):
                return person
        return None


def _split_role(run: str) -> tuple[str, str | None]:
    """("White House ... Advisor Jon Finer") -> ("Jon Finer", "White House ... Advisor")."""
    words = run.split()
    last_title = -1
    for i, word in enumerate(words[:-1]):
        if _TITLE.match(word) or word.lower() in ("spokesman", "spokeswoman", "spokesperson", "adviser", "advisor"):
            last_title = i
    name_words = words[last_title + 1:]
    if len(name_words) < 1:
        return run, None
    role = " ".join(words[: last_title + 1]) or None
    return " ".join(name_words), role


def _kind_for(name: str, role: str | None) -> str:
    if find_group(name):
        return "claimant"
    if _ORG.fullmatch(name) or _ORG.fullmatch("the " + name):
        return "government body"
    return "named official" if role else "other"


def parse_speaker(phrase: str, book: SpeakerBook) -> Speaker | None:
    """A speaker from the words an attribution names ("a US military official", "Ryder")."""
    phrase = phrase.strip().strip(",").strip()
    phrase = re.sub(r"^(?:and|but|while|as)\s+", "", phrase)
    if not phrase:
        return None
    resolved = book.resolve(phrase)
    if resolved is not None:
        return book.remember(resolved)
    group = find_group(phrase)
    if group:
        return book.remember(Speaker(group, None, "claimant"))
    anon = _ANON.search(phrase)
    if anon and anon.start() < 3:
        head = anon["head"].lower()
        kind = "witness" if head.startswith(("witness", "resident")) else "anonymous official"
        text = anon["phrase"]
        first, _, rest = text.partition(" ")
        text = ("a" if first.lower() == "the" else first.lower()) + " " + rest
        return book.remember(Speaker(text, None, kind))
    org = _ORG.search(phrase)
    if org and (org.start() == 0 and org.end() >= len(phrase) - 1):
        name = org.group("org")
        name = name[4:] if name.lower().startswith("the ") else name
        return book.remember(Speaker(name, None, "government body"))
    run = _CAP_RUN.search(phrase)
    if run and run.start() <= 4:
        name, role = _split_role(run.group(0))
        if name.lower() in ("he", "she", "they", "it", "the", "a") or not name[:1].isupper():
            return None
        if _ORG.fullmatch(name):
            return book.remember(Speaker(name, None, "government body"))
        return book.remember(Speaker(name, role, _kind_for(name, role)))
    if org:
        name = org.group("org")
        name = name[4:] if name.lower().startswith("the ") else name
        return book.remember(Speaker(name, None, "government body"))
    return None


def role_after(text: str) -> str | None:
    """A role in apposition: 'Jon Finer, the deputy national security adviser, said'."""
    m = _ROLE_AFTER.match(text)
    return m["role"].strip() if m else None
