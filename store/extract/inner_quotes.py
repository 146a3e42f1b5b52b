"""Quotations inside quotations: what a speaker says someone else said, in single marks.

'"Arrieta looked at me and said, 'Ma'am, we're going to be fine,' and I believed him," Whitcombe
said.' holds Arrieta's words as well as Whitcombe's. Only words a speech verb leads into count:
single marks around one word or a name are scare quotes or titles, not quotations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract.speaker_book import SpeakerBook
from store.extract.speaker_patterns import Speaker
from store.extract.speakers import parse_speaker
from store.models import Quote

# An opening single mark after a space or a dash, before a letter; the closing one (or an
# apostrophe that closes, as in "fine,'") before no letter: "Ma'am" and "we’re" close nothing.
_INNER = re.compile(r"(?:(?<=[\s(—–])|^)[‘'](?P<text>[A-Za-z0-9][^\n‘]*?\S)[’'](?![A-Za-z])")
# The speech verb right before the opening mark, and the clause before the verb.
_LED = re.compile(
    r"(?P<clause>[^.!?;\"“”]*?)\s*\b(?:said|says|saying|shouted|shouting|asked|asking|yelled|yelling|screamed|"
    r"replied|told|wrote|warned|texted|whispered|muttered|cried|repeated)(?:\s+(?:me|us|him|her|them))?\s*[,:]?\s*$"
)
# "One of the boys, Rezan, shouted": the name between commas right before the verb.
_NAME_BEFORE = re.compile(r",\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),?\s*$")
# "A young airman asked me", "My team leader grabbed my vest and said", "Arrieta looked at me and
# said": the subject that opens the clause, up to its verb.
_SUBJECT = re.compile(
    r"\s*(?P<subject>(?:[Aa]n?|[Tt]he|[Oo]ne|[Mm]y)(?:\s+(?!(?:\w+ed|was|were|had|got|came|went|ran|took|kept)\b)"
    r"[a-z][\w’'-]*){1,3}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b"
)
_PRONOUNS = frozenset(("He", "She", "They", "I", "We", "You", "It"))


def inner_quotes(outer: Quote, body: str, book: SpeakerBook) -> list[Quote]:
    """The quotations a speech verb leads into inside ``outer``, each with the one it names saying it."""
    if "'" not in outer.text and "‘" not in outer.text:
        return []
    text = body[outer.start : outer.end]
    out = []
    for m in _INNER.finditer(text):
        led = _LED.search(text, 0, m.start())
        words = m["text"].strip().rstrip(",")
        if led is None or len(words.split()) < 2:
            continue
        speaker = _speaker(led["clause"], outer, book, outer.start + m.start())
        out.append(
            replace(
                outer,
                text=words,
                start=outer.start + m.start("text"),
                end=outer.start + m.end("text"),
                speaker=speaker.name if speaker else None,
                speaker_role=speaker.role if speaker else None,
                speaker_kind=speaker.kind if speaker else "other",
                via=None,
                anonymity_reason=None,
            )
        )
    return out


def _speaker(clause: str, outer: Quote, book: SpeakerBook, position: int) -> Speaker | None:
    """Who the clause before the verb says spoke: a name, "a young airman", or "my team leader"
    (the outer speaker's). The book's last speaker stays the outer one: the next "he said" is his."""
    if (named := _NAME_BEFORE.search(clause)) is not None:
        phrase = named["name"]
    elif (subject := _SUBJECT.match(clause)) is not None:
        phrase = subject["subject"]
    else:
        return None
    if phrase in _PRONOUNS:
        return None  # "He kept saying": whom he means is the speaker's to know
    if phrase[:3].lower() == "my ":
        return None if outer.speaker is None else Speaker(f"{outer.speaker}'s {phrase[3:]}", None, "other")
    last = book.last
    speaker = parse_speaker(phrase, book, position)
    book.last = last
    if speaker is None and phrase[:1].isupper() and " " not in phrase:
        return Speaker(phrase, None, "witness")  # "Rezan": someone the speaker names by first name
    return speaker
