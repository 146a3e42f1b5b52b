"""Who is speaking: names, roles, anonymous officials, organisations, and coreference.

A speaker phrase is read from the words around a speech verb. The :class:`SpeakerBook`
remembers everyone introduced in the article with the position where they were introduced,
so "the official", "he" or a bare surname later resolves to the person first named in full,
even when that introduction was not itself a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.extract.fields import find_group, find_groups

# Words that make up titles and roles before a name ("Defense Secretary Lloyd Austin").
_TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "secretary",
        "minister",
        "prime",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "advisor",
        "adviser",
        "director",
        "commander",
        "chief",
        "general",
        "gen.",
        "lt.",
        "col.",
        "maj.",
        "brig.",
        "adm.",
        "sgt.",
        "capt.",
        "admiral",
        "colonel",
        "major",
        "lieutenant",
        "sergeant",
        "captain",
        "deputy",
        "press",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "ambassador",
        "governor",
        "mayor",
        "coordinator",
        "head",
        "leader",
        "envoy",
        "chairman",
        "speaker",
        "mr.",
        "ms.",
        "mrs.",
        "dr.",
        "sheikh",
        "ayatollah",
        "defence",
        "defense",
        "foreign",
        "national",
        "security",
        "council",
        "communications",
        "strategic",
        "pentagon",
        "white",
        "house",
        "state",
        "department",
        "central",
        "command",
        "joint",
        "chiefs",
        "staff",
        "army",
        "air",
        "force",
        "navy",
        "military",
        "operations",
        "affairs",
        "public",
        "information",
        "media",
        "office",
        "ministry",
        "interior",
        "commander-in-chief",
        "kurdistan",
        "region",
        "regional",
        "government",
        "krg",
        "iraqi",
        "us",
        "u.s.",
        "american",
        "iranian",
        "syrian",
        "kurdish",
        "jordanian",
        "british",
        "french",
        "israeli",
        "sdf",
        "pmf",
        "popular",
        "mobilization",
        "forces",
        "centcom",
        "resistance",
        "islamic",
        "spokesman's",
    ]
)
# A name: two or three capitalised words, with Arabic particles ("Mohammed Shia al-Sudani").
_NAME = r"[A-Z][a-z][\w'’-]*(?:\s+(?:(?:al|el|bin|ibn|abu|abd|de|van|von)[- ])?[A-Z][\w'’-]+){1,3}"
_CAP_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|abu|de)[- ])?[A-Z][\w'’.-]*)*")

_MODIFIER = r"(?:[a-z][\w'’-]*|[A-Z][\w'’.-]*|U\.S\.|U․S․)"
_HEAD = (
    r"(?:officials?|officers?|sources?|diplomats?|spokesm[ae]n|spokespersons?|spokeswom[ae]n|"
    r"commanders?|witness(?:es)?|residents?|employees?|medics?|doctors?|contractors?|analysts?|"
    r"soldiers?|fighters?|leaders?|members?|aides?|lawmakers?|monitors?)"
)
_TAIL_WORD = (
    r"(?:[A-Z][\w'’.-]*|U\.S\.|U․S․|province|embassy|region|faction|forces|ministry|government|"
    r"base|another|the|his|its|city|army|office|administration|group|militia|coalition)"
)
# "a US military official", "an SDF commander in Deir Ezzor province",
# "a spokesperson for the US embassy in Baghdad", "the Iraqi government's military spokesman"
_ANON = re.compile(
    rf"\b(?P<phrase>(?:(?P<det>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother|[Ss]everal|[Tt]he|[Ss]ome|[Tt]his)\s+)?"
    rf"(?:{_MODIFIER}\s+){{0,4}}?(?P<head>{_HEAD})\b"
    rf"(?:\s+(?:with|from|at|in|of|for|close to)\s+{_TAIL_WORD}(?:\s+{_TAIL_WORD}){{0,4}})?"
    rf"(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*|\s+province){{0,2}})?)"
)
_PRONOUN = re.compile(r"^(?:he|she|they)$", re.I)
_IT = re.compile(r"^(?:it|its statement)$", re.I)
_HEAD_WORD = re.compile(_HEAD)
_ORG = re.compile(
    r"\b(?P<org>(?:US |U\.S\. |U․S․ )?Central Command|CENTCOM|the Pentagon|Pentagon|the White House|"
    r"White House|(?:the )?Department of Defen[cs]e|(?:the )?State Department|(?:the )?Defen[cs]e Department|"
    r"(?:the )?National Security Council|(?:the )?Iraqi (?:government|military|army|Joint Operations Command|"
    r"Security Media Cell|foreign ministry|interior ministry)|(?:the )?Syrian Observatory for Human Rights|SOHR|"
    r"(?:the )?Syrian Democratic Forces|SDF|(?:the )?Kurdistan Region(?:al)? (?:Government|Security Council)|KRG|"
    r"(?:the )?coalition|Operation Inherent Resolve|CJTF-OIR|(?:the )?Iranian (?:foreign ministry|government)|"
    r"(?:the )?Jordanian (?:government|army|military)|(?:the )?Islamic Revolutionary Guard Corps|IRGC|"
    r"(?:the )?(?:prime minister's|president's) office|(?:the )?(?:U\.S\. |US )?embassy|Jordan's government|"
    r"(?:the )?Guards?|(?:the )?(?:group|statement|militia|faction|ministry|army|military))\b"
)
_BACKREF_ORG = re.compile(r"^(?:the )?(?:group|statement|militia|faction|guards?)$", re.I)


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None = None
    kind: str = "other"


def _det_free(name: str) -> str:
    return re.sub(r"^(?:an?|the|one|this|another)\s+", "", name, flags=re.I)


@dataclass
class SpeakerBook:
    """Everyone introduced so far, with positions, for resolving later references."""

    people: list[tuple[int, Speaker]] = field(default_factory=list)
    last: Speaker | None = None

    def remember(self, speaker: Speaker, position: int = -1) -> Speaker:
        self.last = speaker
        if not any(s == speaker for _, s in self.people):
            self.people.append((position, speaker))
        return speaker

    def _before(self, position: int | None) -> list[Speaker]:
        return [s for p, s in sorted(self.people, key=lambda x: x[0]) if position is None or p <= position]

    def resolve(self, phrase: str, position: int | None = None) -> Speaker | None:
        """The earlier speaker a pronoun, "the official", "the group" or a surname refers to."""
        p = phrase.strip()
        low = p.lower()
        earlier = self._before(position)
        if _PRONOUN.match(p):
            if self.last is not None and self.last.kind in ("named official", "other", "anonymous official"):
                return self.last
            for person in reversed(earlier):
                if person.kind in ("named official", "other") and " " in person.name:
                    return person
            return None
        if _IT.match(p) or _BACKREF_ORG.match(low):
            if self.last is not None and self.last.kind in ("claimant", "government body"):
                return self.last
            for person in reversed(earlier):
                if person.kind in ("claimant", "government body"):
                    return person
            return None
        if low.startswith("the guard"):
            return next((x for x in reversed(earlier) if "Guard" in x.name), None)
        if low.startswith(("the ", "this ", "that ")):
            words = low.split()
            head = words[-1].rstrip("s")
            for person in reversed(earlier):
                found = _HEAD_WORD.search(person.name) if person.kind in ("anonymous official", "witness") else None
                same_head = found is not None and found.group(0).lower().rstrip("s") == head
                if same_head and (len(words) == 2 or _det_free(low) in person.name.lower()):
                    return person
                if person.role and head in person.role.lower() and len(words) <= 3:
                    return person
            return None
        for person in reversed(earlier):
            parts = person.name.split()
            if len(parts) > 1 and p in (parts[-1], " ".join(parts[-2:])):
                return person
        return None


def _split_role(run: str) -> tuple[str, str | None]:
    """("Defense Secretary Lloyd Austin") -> ("Lloyd Austin", "Defense Secretary")."""
    words = run.split()
    last_title = -1
    for i, word in enumerate(words[:-1]):
        if word.lower() in _TITLE_WORDS:
            last_title = i
    role = " ".join(words[: last_title + 1]) or None
    return " ".join(words[last_title + 1 :]), role


def _kind_for(name: str, role: str | None) -> str:
    if find_group(name):
        return "claimant"
    if _ORG.fullmatch(name) or _ORG.fullmatch("the " + name):
        return "government body"
    return "named official" if role else "other"


def _person(phrase: str) -> Speaker | None:
    """A named person in the phrase, role from the words before the name."""
    runs = [m for m in _CAP_RUN.finditer(phrase)]
    for run in reversed(runs):
        name, role_in_run = _split_role(run.group(0))
        words = name.split()
        if not words or words[0].lower() in _TITLE_WORDS or not re.fullmatch(_NAME, name):
            if len(words) == 1 and run is runs[-1] and run.start() == 0 and len(runs) == 1:
                return None
            continue
        before = phrase[: run.start()].strip(" ,")
        role = " ".join(x for x in (before, role_in_run or "") if x).strip() or None
        if role:
            role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I) or None
        return Speaker(name, role, _kind_for(name, role))
    return None


def parse_speaker(phrase: str, book: SpeakerBook, position: int = -1) -> Speaker | None:
    """A speaker from the words an attribution names ("a US military official", "Ryder")."""
    phrase = phrase.strip().strip(",").strip()
    phrase = re.sub(r"^(?:and|but|while|as|also|meanwhile)\s+", "", phrase)
    phrase = re.sub(r"\s+(?:also|meanwhile|later|then|separately)$", "", phrase)
    # "he asked the crowd for a moment of silence and then said ...": the subject speaks.
    subject = re.match(r"(he|she|they)\b", phrase, re.I)
    if subject and len(phrase.split()) > 2:
        phrase = subject.group(1)
    if not phrase or len(phrase) < 2:
        return None
    resolved = book.resolve(phrase, position if position >= 0 else None)
    if resolved is not None:
        book.last = resolved
        return resolved
    group = find_group(phrase)
    if group:
        return book.remember(Speaker(group, None, "claimant"), position)
    anon = _ANON.match(phrase)
    if anon and len(anon.group(0)) >= len(phrase) - 2:
        head = anon.group(0).split()[-1].lower()
        kind = "witness" if head.startswith(("witness", "resident")) else "anonymous official"
        text = anon["phrase"]
        if anon["det"] in ("A", "An", "One", "Another", "This"):
            text = anon["det"].lower() + text[len(anon["det"]) :]
        return book.remember(Speaker(text, None, kind), position)
    org = _ORG.match(phrase)
    if org and org.end() >= len(phrase) - 1:
        name = org.group("org")
        name = name[4:] if name.lower().startswith("the ") and not name.lower().endswith("office") else name
        if _BACKREF_ORG.match(name):
            return None
        return book.remember(Speaker(name, None, "government body"), position)
    person = _person(phrase)
    if person is not None:
        return book.remember(person, position)
    if anon:
        return book.remember(Speaker(anon["phrase"], None, "anonymous official"), position)
    if org:
        return book.remember(Speaker(org.group("org"), None, "government body"), position)
    return None


_ROLE_WORD = (
    r"(?:[A-Z][\w'’.-]*|press|secretary|spokesman|spokeswoman|spokesperson|adviser|advisor|minister|"
    r"chief|commander|deputy|general|official|national|security|government|military|foreign|defen[cs]e)"
)
_NAME_RE = re.compile(rf"\b{_NAME}\b")
_ROLE_TAIL = re.compile(rf"(?:\b{_ROLE_WORD}\s+){{1,7}}$")


def _introductions(masked_body: str) -> list[tuple[int, str]]:
    """Names with the role words before them ("Defense Secretary Lloyd Austin")."""
    out = []
    for m in _NAME_RE.finditer(masked_body):
        window = masked_body[max(0, m.start() - 80) : m.start()]
        role = _ROLE_TAIL.search(window)
        start = m.start() - (len(role.group(0)) if role else 0)
        out.append((start, masked_body[start : m.end()]))
    return out


def _anonymous(masked_body: str) -> list[re.Match[str]]:
    """ "a US military official"-style phrases, found from their head noun outwards."""
    out = []
    for head in _HEAD_WORD.finditer(masked_body):
        lo = max(0, head.start() - 70)
        for m in _ANON.finditer(masked_body, lo, min(len(masked_body), head.end() + 90)):
            if m.start("head") == head.start():
                out.append(m)
                break
    return out


def introduce(book: SpeakerBook, masked_body: str) -> None:
    """Register people and anonymous officials wherever the article first mentions them."""
    for m in _anonymous(masked_body):
        det = (m["det"] or "").lower()
        if det in ("the", "this") or (not det and not m["head"].endswith("s")):
            continue
        phrase = m["phrase"].replace("․", ".")
        if det in ("a", "an", "one", "another"):
            phrase = det + phrase[len(m["det"]) :]
        head = m.group(0).split()[-1]
        kind = "witness" if head.lower().startswith(("witness", "resident")) else "anonymous official"
        book.remember(Speaker(phrase, None, kind), m.start())
    for name, m in find_groups(masked_body):
        book.people.append((m.start(), Speaker(name, None, "claimant")))
    for m in _ORG.finditer(masked_body):
        org = m.group("org")
        if not _BACKREF_ORG.match(org) and not org.lower().startswith(("the group", "the statement")):
            org = org[4:] if org.lower().startswith("the ") and not org.lower().endswith("office") else org
            book.people.append((m.start(), Speaker(org.replace("․", "."), None, "government body")))
    for start, who in _introductions(masked_body):
        who = who.replace("․", ".")
        # Trim leading sentence words ("Speaking at a rally, ...") back to a title-or-name run.
        person = _person(who)
        if person is None or find_group(person.name) or person.kind == "government body":
            continue
        if person.role and not all(w.lower() in _TITLE_WORDS or w[:1].isupper() for w in person.role.split()):
            person = Speaker(person.name, None, "other")
        if any(p.name == person.name for _, p in book.people):
            continue
        book.people.append((start, person))
    book.last = None
