"""Direct quotations and reported statements, each with the speaker the text gives.

Quoted spans are found per paragraph in straight or curly quotes (a quotation left open at
a paragraph's end continues into the next, as news style writes multi-paragraph quotes).
The speaker comes from the attribution around the quote, tried in the order a reader
would: right after it ('," said X'), later in the same sentence (', X told AFP'), before
it ('X said:'), the sentence's subject ('X on Sunday described it as "..."'), and last the
speaker of the quotation just before it (a quote split around "he said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.extract.speakers import Speaker, SpeakerBook, parse_speaker, role_after
from store.extract.text import Sentence, paragraph_spans
from store.models import Quote

_VERBS = (
    r"said|says|added|adds|told|tells|stated|explained|declared|noted|wrote|warned|insisted|"
    r"continued|argued|recalled|acknowledged|asserted|remarked|replied|confirmed|announced|"
    r"posted|tweeted|claimed|maintained|cautioned|emphasi[sz]ed|stressed|described|called|"
    r"according to"
)
_ABBREV_DOT = re.compile(
    r"\b(?:Gen|Lt|Col|Maj|Brig|Adm|Sgt|Capt|Dr|Mr|Ms|Mrs|Sen|Rep|Gov|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No)\.|"
    r"\b[A-Z]\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.")
MASK = "\u2024"  # one dot leader: same length as ".", so offsets survive masking
_SPK = r"(?P<spk>[^,.;:!?\"“”]{2,140}?)"
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,]*(?:{_VERBS})\s+{_SPK}(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|during|to|adding|after|while|who|"
    r"via|from|late|earlier|last|this|according|when|before|as|of|told|speaking|citing)\b)")
_AFTER_SPEAKER_FIRST = re.compile(
    rf"(?:^|[,;]\s*|\b(?:and|but)\s+){_SPK}\s+(?:also\s+|later\s+|then\s+)?(?:{_VERBS})\b(?P<rest>[^.;\"“”]*)")
_BEFORE = re.compile(rf"{_SPK}\s+(?:{_VERBS})\b(?P<rest>[^.\"“”]{{0,80}}?)[:,]?\s*$")
_SUBJECT = re.compile(
    rf"^\s*{_SPK}\s+(?:(?:on|late|early|last)\s+\w+\s+|also\s+|later\s+|has\s+|had\s+|in a statement\s+)?"
    rf"(?:{_VERBS}|saying|describing|calling)\b")
_VIA = re.compile(r"\btold\s+(?P<via>(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})")
_ANONYMITY = re.compile(
    r"on (?:the )?condition of anonymity(?:\s+(?:because|due to|as|since|to|given|in order to)\s+(?P<why>[^.,;\"“”]+))?", re.I)
# "A drone was shot down, an Iraqi security official said."
_STATEMENT_AFTER = re.compile(rf"^(?P<clause>[A-Z].{{15,}}?),\s+{_SPK}\s+(?:{_VERBS})\b[^,\"“”]{{0,40}}\.?$")
# "An Iraqi security official meanwhile said a drone was shot down."
_STATEMENT_BEFORE = re.compile(
    rf"^{_SPK}\s+(?:(?:on|late|early)\s+\w+\s+)?(?:also\s+|meanwhile\s+)?(?:said|says|told [\w ]{{2,30}}?|"
    r"reported|announced|confirmed|stated|added|claimed)(?:\s+(?:on|late|early|in a statement)\s*\w*)?,?\s+"
    r"(?:that\s+)?(?P<clause>[a-zA-Z].{15,})$")
_NOT_SPEAKER = re.compile(r"^(?:it|this|that|which|there|what|who|the attack|the statement|the report)\b", re.I)


@dataclass(frozen=True)
class _Segment:
    start: int  # first character inside the quote marks
    end: int
    paragraph: tuple[int, int]
    continues: bool  # opened in an earlier paragraph


def find_quoted(body: str) -> list[_Segment]:
    """Spans inside quote marks, per paragraph."""
    segments: list[_Segment] = []
    open_from_previous = False
    for p_start, p_end in paragraph_spans(body):
        text = body[p_start:p_end]
        i, still_open = 0, False
        first = True
        while i < len(text):
            ch = text[i]
            if ch in "\"“":
                closer = "\"" if ch == "\"" else "”"
                j = text.find(closer, i + 1)
                if j == -1 and ch == "“":
                    j = text.find("\"", i + 1)
                if j == -1:
                    segments.append(_Segment(p_start + i + 1, p_end, (p_start, p_end), open_from_previous and first))
                    still_open = True
                    break
                segments.append(_Segment(p_start + i + 1, p_start + j, (p_start, p_end), open_from_previous and first))
                i = j + 1
                first = False
                continue
            i += 1
        open_from_previous = still_open
    return segments


def _mask(text: str) -> str:
    return _ABBREV_DOT.sub(lambda m: m.group(0)[:-1] + MASK, text)


def _unmask(text: str) -> str:
    return text.replace(MASK, ".")


def _clean_text(text: str) -> str:
    return text.strip().rstrip(",").strip()


def _sentence_end(text: str) -> int:
    m = re.search(r"[.!?](?=\s|$)", text)
    return m.end() if m else len(text)


class QuoteReader:
    """Finds quotes and statements in an article; one speaker book for both."""

    def __init__(self, body: str, sentences: list[Sentence]) -> None:
        self.body = body
        self.masked = _mask(body)
        self.sentences = sentences
        self.book = SpeakerBook()

    def sentence_index(self, position: int) -> int | None:
        for i, s in enumerate(self.sentences):
            if s.start <= position < s.end + 2:
                return i
        return None

    def _speaker_for(self, seg: _Segment, previous: tuple[_Segment, Speaker] | None) -> tuple[Speaker | None, str | None, str]:
        """(speaker, via, the sentence around the quote)."""
        p_start, p_end = seg.paragraph
        after_all = self.masked[seg.end + 1:p_end]
        after = after_all[: _next_quote_or_end(after_all)]
        before_all = self.masked[p_start:max(p_start, seg.start - 1)]
        cut = max(before_all.rfind(". "), before_all.rfind("? "), before_all.rfind("! "))
        before = before_all[cut + 2:] if cut >= 0 else before_all
        before_clean = re.sub(r"[\"“”][^\"“”]*[\"“”]", lambda m: "Q" * len(m.group(0)), before)
        sentence = _unmask(before + self.masked[seg.start - 1:seg.end + 1] + after)
        candidates: list[tuple[str, str]] = []
        if m := _AFTER_VERB_FIRST.match(after):
            candidates.append((m["spk"], after))
        if m := _AFTER_SPEAKER_FIRST.search(after):
            candidates.append((m["spk"], after[m.start("spk"):]))
        if m := _BEFORE.search(before_clean):
            candidates.append((m["spk"], before_clean[m.start("spk"):]))
        if m := _SUBJECT.match(before_clean):
            candidates.append((m["spk"], before_clean[m.start("spk"):]))
        for phrase, context in candidates:
            phrase = _unmask(phrase).strip()
            if _NOT_SPEAKER.match(phrase) or len(phrase.split()) > 14:
                continue
            speaker = parse_speaker(phrase, self.book)
            if speaker is not None:
                speaker = self._with_role(speaker, _unmask(context))
                via = _VIA.search(_unmask(context))
                return speaker, (via["via"] if via else None), sentence
        if previous is not None:
            return previous[1], None, sentence
        return None, None, sentence

    def _with_role(self, speaker: Speaker, context: str) -> Speaker:
        if speaker.role is not None or speaker.kind != "other":
            return speaker
        idx = context.find(speaker.name)
        role = role_after(context[idx + len(speaker.name):]) if idx >= 0 else None
        if role and not re.search(r"\b(?:said|told|who|which)\b", role):
            upgraded = Speaker(speaker.name, role, "named official")
            self.book.people = [upgraded if p == speaker else p for p in self.book.people]
            return self.book.remember(upgraded)
        return speaker

    def quotes(self) -> list[Quote]:
        out: list[Quote] = []
        previous: tuple[_Segment, Speaker] | None = None
        for seg in find_quoted(self.body):
            text = _clean_text(self.body[seg.start:seg.end])
            if len(text.split()) < 2:
                continue
            adjacent = previous is not None and (
                seg.paragraph == previous[0].paragraph or seg.continues
                or seg.paragraph[0] - previous[0].paragraph[1] <= 3)
            speaker, via, sentence = self._speaker_for(seg, previous if adjacent else None)
            why = _ANONYMITY.search(sentence)
            out.append(Quote(
                text=text, start=seg.start, end=seg.end,
                speaker=speaker.name if speaker else None,
                speaker_role=speaker.role if speaker else None,
                speaker_kind=speaker.kind if speaker else "other",
                via=via, anonymity_reason=(why["why"].strip() if why and why["why"] else None),
                sentence=sentence.strip(),
            ))
            if speaker is not None:
                previous = (seg, speaker)
        return out

    def statements(self, quoted_sentences: set[int]) -> list[Quote]:
        """Reported speech without quote marks: 'an Iraqi official said a drone was downed'."""
        out: list[Quote] = []
        for index, s in enumerate(self.sentences):
            if index in quoted_sentences or '"' in s.text or "“" in s.text:
                continue
            masked = self.masked[s.start:s.end]
            m = _STATEMENT_AFTER.match(masked) or _STATEMENT_BEFORE.match(masked)
            if not m:
                continue
            phrase = _unmask(m["spk"]).strip()
            if _NOT_SPEAKER.match(phrase) or len(phrase.split()) > 12:
                continue
            speaker = parse_speaker(phrase, self.book)
            if speaker is None:
                continue
            speaker = self._with_role(speaker, s.text)
            clause = _unmask(m["clause"]).strip().rstrip(".")
            via = _VIA.search(s.text)
            why = _ANONYMITY.search(s.text)
            out.append(Quote(
                text=clause, start=s.start, end=s.end, speaker=speaker.name,
                speaker_role=speaker.role, speaker_kind=speaker.kind,
                via=via["via"] if via else None,
                anonymity_reason=(why["why"].strip() if why and why["why"] else None),
                indirect=True, sentence=s.text,
            ))
        return out


def _next_quote_or_end(text: str) -> int:
    """Where the attribution after a quote stops: the next quote, or the sentence's end."""
    stop = len(text)
    for mark in ("\"", "“"):
        j = text.find(mark)
        if j != -1:
            stop = min(stop, j)
    return min(stop, _sentence_end(text))
