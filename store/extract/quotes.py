"""Direct quotations and reported statements, each with the speaker the text gives.

Quoted spans are found per paragraph in straight or curly quotes (a quotation left open at
a paragraph's end continues into the next, as news style writes multi-paragraph quotes).
The speaker comes from the attribution around the quote, tried in the order a reader
would: right after it ('," said X'), later in the same sentence (', X told AFP'), before
it ('X said:'), the sentence's subject ('X on Sunday described it as "..."'), and last the
speaker of the quotation just before it (a quote split around "he said"). Sentences are
read in order, so "he" and "the official" resolve to whoever spoke last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.extract.speakers import Speaker, SpeakerBook, introduce, parse_speaker
from store.extract.text import Sentence, paragraph_spans
from store.models import Quote

_VERBS = (
    r"said|says|added|adds|told|tells|stated|explained|declared|noted|wrote|warned|insisted|"
    r"continued|argued|recalled|acknowledged|asserted|remarked|replied|confirmed|announced|"
    r"posted|tweeted|claimed|maintained|cautioned|emphasi[sz]ed|stressed|described|called|"
    r"according to|reported|vowed|pledged|condemned|blamed|accused|denounced|urged|termed|"
    r"labell?ed|dismissed|hailed|saying|adding|describing|calling|writing"
)
# A full stop that ends an abbreviation, not a sentence. The pattern starts with the dot so
# the regex engine jumps from dot to dot instead of trying every position.
_ABBREV_DOT = re.compile(
    r"\.(?:(?<=\b(?:Lt|Dr|Mr|Ms|St|No|Va)\.)"
    r"|(?<=\b(?:Gen|Col|Maj|Adm|Sgt|Mrs|Sen|Rep|Gov|Jan|Feb|Aug|Sep|Oct|Nov|Dec|Fla)\.)"
    r"|(?<=\b(?:Brig|Capt|Sept)\.)|(?<=\bCalif\.)"
    r"|(?<=\b[A-Z]\.)(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z]\.)|(?<=\b[ap]\.m\.)|(?<=\b[ap]\.)(?=m\.))"
)
MASK = "\u2024"  # one dot leader: same length as ".", so offsets survive masking
BLANK = "\ue000"  # stands in for a quotation already read: a speaker phrase never runs through one
_SPK = rf"(?P<spk>[^,.;:!?\"“”{BLANK}]{{2,140}}?)"
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,]*(?:{_VERBS})\s+{_SPK}(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|during|to|adding|after|while|who|"
    r"via|from|late|earlier|last|this|according|when|before|as|of|told|speaking|citing)\b)"
)
_AFTER_SPEAKER_FIRST = re.compile(
    rf"(?:^|[,;]\s*|\b(?:and|but)\s+){_SPK}\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?(?:{_VERBS})\b"
)
_BEFORE = re.compile(rf"{_SPK}\s+(?:{_VERBS})\b(?P<rest>[^.\"“”]{{0,80}}?)[:,]?\s*$")
_VERB = re.compile(rf"\b(?:{_VERBS})\b")


_BEFORE_TAIL = re.compile(rf"(?:{_VERBS})\b[^.\"“”]{{0,80}}?[:,]?\s*$")
_SPEAKER_STOPS = ',.;:!?"“”' + BLANK


def _before_match(text: str) -> re.Match[str] | None:
    """_BEFORE, searched only from where a match can start: searching the whole lead-in is quadratic.

    A match ends at a speech verb whose tail runs to the end of the text, and its speaker is
    at most 140 characters with no punctuation, so it starts after the last stop before such
    a verb and no more than 142 characters ahead of it.
    """
    lowest = None
    for verb in _VERB.finditer(text):
        if not _BEFORE_TAIL.match(text, verb.start()):
            continue
        at = verb.start()
        stop = max(text.rfind(c, 0, at) for c in _SPEAKER_STOPS)
        start = max(stop + 1, at - 142, 0)
        lowest = start if lowest is None else min(lowest, start)
    return _BEFORE.search(text, lowest) if lowest is not None else None


_SUBJECT = re.compile(
    rf"^\s*{_SPK}\s+(?:(?:on|late|early|last)\s+\w+\s+|also\s+|later\s+|then\s+|initially\s+|"
    rf"has\s+|had\s+|have\s+|in a statement\s+)*(?:{_VERBS})\b"
)
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|which|who|whose|one of|speaking|requesting|asking)\b[^,\"“”]*,")
_VIA = re.compile(r"\btold\s+(?P<via>(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})")
_ANONYMITY = re.compile(
    r"(?:on (?:the )?condition of anonymity|requesting anonymity|asking not to be named|who asked not to be named)"
    r"(?:\s+(?:because|due to|as|since|to|given|in order to)\s+(?P<why>[^.,;\"“”]+))?",
    re.I,
)
# "A drone was shot down, an Iraqi security official said."
_STATEMENT_AFTER = re.compile(rf"^(?P<clause>[A-Z].{{15,}}?),\s+{_SPK}\s+(?:{_VERBS})\b[^,\"“”]{{0,40}}\.?$")
# "An Iraqi security official meanwhile said a drone was shot down."
_STATEMENT_BEFORE = re.compile(
    rf"^{_SPK}\s+(?:(?:on|late|early)\s+\w+\s+)?(?:also\s+|meanwhile\s+|later\s+)?(?:said|says|told [\w ]{{2,30}}?|"
    r"reported|announced|confirmed|stated|added|claimed(?= that))(?:\s+(?:on|late|early|in a statement)\s*\w*)?,?\s+"
    r"(?:that\s+)?(?P<clause>[a-zA-Z].{15,})$"
)
_STOP = re.compile(f"[{re.escape(_SPEAKER_STOPS)}]")
_NOT_SPEAKER = re.compile(r"^(?:this|that|which|there|what|who|the attack|the report|the base|the strike)\b", re.I)


@dataclass(frozen=True)
class _Segment:
    start: int  # first character inside the quote marks
    end: int
    paragraph: tuple[int, int]
    continues: bool  # opened in an earlier paragraph


_OPENER = re.compile('["“]')


def find_quoted(body: str) -> list[_Segment]:
    """Spans inside quote marks, per paragraph."""
    segments: list[_Segment] = []
    open_from_previous = False
    for p_start, p_end in paragraph_spans(body):
        text = body[p_start:p_end]
        still_open, first = False, True
        opener = _OPENER.search(text)
        while opener is not None:
            i = opener.start()
            closer = '"' if text[i] == '"' else "”"
            j = text.find(closer, i + 1)
            if j == -1 and closer == "”":
                j = text.find('"', i + 1)
            if j == -1:
                segments.append(_Segment(p_start + i + 1, p_end, (p_start, p_end), open_from_previous and first))
                still_open = True
                break
            segments.append(_Segment(p_start + i + 1, p_start + j, (p_start, p_end), open_from_previous and first))
            first = False
            opener = _OPENER.search(text, j + 1)
        open_from_previous = still_open
    return segments


def mask(text: str) -> str:
    return _ABBREV_DOT.sub(MASK, text)


def _unmask(text: str) -> str:
    return text.replace(MASK, ".")


def _sentence_end(text: str) -> int:
    m = re.search(r"[.!?](?=\s|$)", text)
    return m.end() if m else len(text)


def _next_quote_or_end(text: str) -> int:
    """Where the attribution after a quote stops: the next quote, or the sentence's end."""
    stop = len(text)
    for mark in ('"', "“"):
        j = text.find(mark)
        if j != -1:
            stop = min(stop, j)
    return min(stop, _sentence_end(text))


def _blank_quotes(text: str) -> str:
    return re.sub(r"[\"“][^\"“”]*[\"”]", lambda m: BLANK * len(m.group(0)), text)


_SPEECH_IN = re.compile(rf"\b(?:{_VERBS})\b")


def _drop_appositives(text: str) -> str:
    """Blank out ", a loose alliance of ...," so the subject meets its verb; keep attributions."""
    return _APPOSITIVE.sub(lambda m: m.group(0) if _SPEECH_IN.search(m.group(0)) else " " * len(m.group(0)), text)


def _statement_match(text: str) -> re.Match[str] | None:
    """_STATEMENT_AFTER or _STATEMENT_BEFORE, tried only when a speech verb stands where they need one.

    The speaker phrase holds no punctuation, so the verb of "..., an official said." follows
    the last comma, and the verb of "An official said ..." precedes the first stop.
    """
    comma = text.rfind(",")
    if comma != -1 and _VERB.search(text, comma) and (m := _STATEMENT_AFTER.match(text)):
        return m
    stop = _STOP.search(text)
    if _VERB.search(text, 0, stop.start() if stop else len(text)):
        return _STATEMENT_BEFORE.match(text)
    return None


class QuoteReader:
    """Finds quotes and statements in an article, in reading order, with one speaker book."""

    def __init__(self, body: str, sentences: list[Sentence]) -> None:
        self.body = body
        self.masked = mask(body)
        self.sentences = sentences
        self.book = SpeakerBook()
        introduce(self.book, self.masked)

    def sentence_index(self, position: int) -> int | None:
        for i, s in enumerate(self.sentences):
            if s.start <= position < s.end + 2:
                return i
        return None

    def _candidates(self, seg: _Segment) -> tuple[list[str], str]:
        """Speaker phrases around a quote, best first, and the sentence around it."""
        p_start, p_end = seg.paragraph
        after_all = self.masked[seg.end + 1 : p_end]
        after = _drop_appositives(after_all[: _next_quote_or_end(after_all)])
        before_all = self.masked[p_start : max(p_start, seg.start - 1)]
        cut = max(before_all.rfind(". "), before_all.rfind("? "), before_all.rfind("! "))
        before = before_all[cut + 2 :] if cut >= 0 else before_all
        if not before.strip() and seg.start - 1 == p_start:
            before = self._lead_in(p_start)
        before_clean = _drop_appositives(_blank_quotes(before))
        sentence = _unmask(before + self.masked[seg.start - 1 : seg.end + 1] + after_all[: _sentence_end(after_all)])
        found = (
            _AFTER_VERB_FIRST.match(after),
            _AFTER_SPEAKER_FIRST.search(after),
            _before_match(before_clean),
            _SUBJECT.match(before_clean),
        )
        return [m["spk"] for m in found if m], sentence

    def _lead_in(self, p_start: int) -> str:
        """A paragraph that ends in a colon introduces the quotation that opens the next one."""
        previous = self.masked[:p_start].rstrip()
        if not previous.endswith(":"):
            return ""
        cut = max(previous.rfind(". "), previous.rfind("\n"))
        return previous[cut + 1 :].strip()

    def _speaker_for(self, seg: _Segment, previous: Speaker | None) -> tuple[Speaker | None, str | None, str]:
        phrases, sentence = self._candidates(seg)
        phrases = [_unmask(p).strip() for p in phrases]
        # "X said in a statement: ... The statement described it as '...'": X, named in the
        # same sentence, is a better answer than whoever the book last heard from.
        phrases.sort(key=lambda p: p.lower() in ("the statement", "statement"))
        for phrase in phrases:
            if _NOT_SPEAKER.match(phrase) or len(phrase.split()) > 14:
                continue
            speaker = parse_speaker(phrase, self.book, seg.start)
            if speaker is not None:
                via = _VIA.search(sentence)
                return speaker, (via["via"] if via else None), sentence
        return previous, None, sentence

    def read(self) -> list[Quote]:
        """Quotes and statements in the order the article gives them."""
        segments = find_quoted(self.body)
        every = list(segments)
        out: list[Quote] = []
        previous: tuple[_Segment, Speaker] | None = None
        for s in self.sentences:
            inside = [g for g in segments if s.start <= g.start - 1 < s.end + 1]
            if not inside and not any(g.start < s.start < g.end for g in every):
                statement = self._statement(s)
                if statement is not None:
                    out.append(statement)
                continue
            for seg in inside:
                quote, previous = self._quote(seg, previous)
                if quote is not None:
                    out.append(quote)
            segments = [g for g in segments if g not in inside]
        return out

    def _quote(
        self, seg: _Segment, previous: tuple[_Segment, Speaker] | None
    ) -> tuple[Quote | None, tuple[_Segment, Speaker] | None]:
        text = self.body[seg.start : seg.end].strip().rstrip(",").strip()
        adjacent = previous is not None and (
            seg.paragraph == previous[0].paragraph or seg.continues or seg.paragraph[0] - previous[0].paragraph[1] <= 3
        )
        speaker, via, sentence = self._speaker_for(seg, previous[1] if previous and adjacent else None)
        if not text or (len(text.split()) < 2 and speaker is None):
            return None, previous
        why = _ANONYMITY.search(sentence)
        quote = Quote(
            text=text,
            start=seg.start,
            end=seg.end,
            speaker=speaker.name if speaker else None,
            speaker_role=speaker.role if speaker else None,
            speaker_kind=speaker.kind if speaker else "other",
            via=via,
            anonymity_reason=(why["why"].strip() if why and why["why"] else None),
            sentence=sentence.strip(),
        )
        return quote, ((seg, speaker) if speaker is not None else previous)

    def _statement(self, s: Sentence) -> Quote | None:
        """Reported speech without quote marks: 'an Iraqi official said a drone was downed'."""
        masked = _drop_appositives(self.masked[s.start : s.end])
        m = _statement_match(masked)
        if not m:
            return None
        phrase = _unmask(m["spk"]).strip()
        if _NOT_SPEAKER.match(phrase) or len(phrase.split()) > 12:
            return None
        speaker = parse_speaker(phrase, self.book, s.start)
        if speaker is None:
            return None
        clause = _unmask(m["clause"]).strip().rstrip(".")
        via = _VIA.search(s.text)
        why = _ANONYMITY.search(s.text)
        return Quote(
            text=clause,
            start=s.start,
            end=s.end,
            speaker=speaker.name,
            speaker_role=speaker.role,
            speaker_kind=speaker.kind,
            via=via["via"] if via else None,
            anonymity_reason=(why["why"].strip() if why and why["why"] else None),
            indirect=True,
            sentence=s.text,
        )
