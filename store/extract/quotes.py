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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from store.extract.claims import own_attack
from store.extract.inner_quotes import inner_quotes
from store.extract.introductions import introduce
from store.extract.roles import APPOSITIVE_ROLE_OPENERS
from store.extract.scan import alternation
from store.extract.speaker_book import SpeakerBook
from store.extract.speaker_patterns import HANDLE, HEAD, MODIFIER, Speaker, is_body_reference
from store.extract.speakers import parse_speaker, titled_in
from store.extract.text import MEDIUM_WORDS, Sentence, paragraph_spans
from store.models import Quote

# Every speech verb, as words: none is a prefix of another, so at most one can match at a
# place and the order of the alternation cannot change a match.
VERB_WORDS = (
    "said", "says", "added", "adds", "told", "tells", "stated", "explained", "declared", "noted", "wrote", "warned",
    "insisted", "continued", "argued", "recalled", "acknowledged", "asserted", "remarked", "replied", "confirmed",
    "announced", "posted", "tweeted", "claimed", "maintained", "cautioned", "emphasised", "emphasized", "stressed",
    "described", "called", "according to", "reported", "vowed", "pledged", "condemned", "blamed", "accused",
    "denounced", "urged", "termed", "labelled", "labeled", "dismissed", "hailed", "saying", "adding", "describing",
    "calling", "writing", "repeated", "reiterated", "vowing", "pledging", "insisting", "declaring", "stating",
    "noting", "threatened", "argues", "put it", "puts it", "assessed", "assesses",
    # a live log's present tense: "The office of the prime minister calls the strikes "a hostile act""
    "calls", "condemns", "describes", "warns", "vows", "insists", "notes", "stresses", "confirms", "announces",
    # "Kataib Hezbollah issued a statement warning that US bases would become "legitimate targets""
    "promised", "promises", "warning", "threatening",
    # "Kataib Hezbollah used its own channel to warn that American forces would "pay a price""
    "warn", "vow",
    # "Nasser Kanaani rejected accusations of Iranian involvement as "baseless""
    "rejected", "rejects", "rejecting", "written",
    # a voice as a reporter heard it: '"Five, six," he whispered'
    "whispered", "shouted", "yelled", "muttered", "joked",
)  # fmt: skip
# Grouped by first letter (see scan.alternation): re rejects a place with one comparison per
# first letter instead of one per verb, and every pattern below tries the verbs at many places.
_VERBS = alternation(VERB_WORDS)
_VERB_PREFIXES = tuple(VERB_WORDS)
# A full stop that ends an abbreviation, not a sentence. The pattern starts with the dot so
# the regex engine jumps from dot to dot instead of trying every position.
_ABBREV_DOT = re.compile(
    r"\.(?:(?<=\b(?:Lt|Dr|Mr|Ms|St|No|Va)\.)"
    r"|(?<=\b(?:Gen|Col|Maj|Adm|Sgt|Mrs|Sen|Rep|Gov|Jan|Feb|Aug|Sep|Oct|Nov|Dec|Fla|Spc|Pfc|Cpl|Pvt|Cdr)\.)"
    r"|(?<=\b(?:Brig|Capt|Sept)\.)|(?<=\bCalif\.)"
    r"|(?<=\b[A-Z]\.)(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z]\.)|(?<=\b[ap]\.m\.)|(?<=\b[ap]\.)(?=m\.)"
    # a middle initial: "Matthew G. Olsen"
    # not "World War I." nor "Gate B. The colonel said": a sentence's end
    r"|(?<=[a-z] [A-HJ-Z]\.)(?=\s(?!(?:The|He|She|It|They|We|But|And|In|On|At|An?|This|That|There)\b)[A-Z][a-z]))"
)
MASK = "\u2024"  # one dot leader: same length as ".", so offsets survive masking
BLANK = "\ue000"  # stands in for a quotation already read: a speaker phrase never runs through one
# A speaker phrase may run through a long run of spaces (a blanked appositive), so the
# patterns below take the spaces after it possessively (\s++): what follows is a word, so
# giving a space back could never help, and backtracking through the run is quadratic.
# "said a senior Western diplomat in Amman.", "said an adviser to Mr. Sudani,": a place or a
# person that ends the phrase belongs to it.
_TITLE_OR_THE = r"\s+(?:M[rs][.\u2024]\s+|the\s+)"
_CAPITALISED = r"(?:[A-Z]|(?:al|el|ez|ad|as|ar|an|at|az)-[A-Z])[\w'’-]*"  # "Deir ez-Zor"
_PHRASE_END = r"\s*(?:[.,;]|$)"
_PLACE_END = (
    rf"{_TITLE_OR_THE}?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}"
    rf"(?:\s+(?:interior|foreign|defen[cs]e|security)\s+ministry)?{_PHRASE_END}"
)
# "an adviser to Mr. Sudani", "an aide to the Prime Minister": not "a spokesman to Al Jazeera".
_PERSON_END = rf"{_TITLE_OR_THE}{_CAPITALISED}(?:\s+{_CAPITALISED})?{_PHRASE_END}"
_SPK = rf"(?P<spk>[^,.;:!?\"“”{BLANK}]{{2,140}}?)"
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,]*(?!\w+ing\b)(?:{_VERBS})\s+{_SPK}(?=\s*(?:[,.;:!?]|$)|\s{{3,}}|\s+(?:in(?!{_PLACE_END})|on(?!\s+the\s+[A-Z])|at|during|to(?!{_PERSON_END})|adding|after|while|who|"
    r"via|from|late|earlier|last|this|according|when|before|as|of|told|speaking|citing)\b)"
)
# '," a spokesman for the government, Dler Hassan, said': a name may stand between commas, but
# not before a participle (", adding that ..." goes on with the sentence's own subject).
_AFTER_SPEAKER_FIRST = re.compile(
    rf"(?:^|[,;]\s*|\b(?:and|but)\s+){_SPK}(?:,(?!\s*\w+ing\b))?\s++(?:also\s++|later\s++|then\s++|had\s++|has\s++)?(?:{_VERBS})\b"
)
_BEFORE = re.compile(rf"{_SPK},?\s++(?:{_VERBS})\b(?P<rest>[^.\"“”]{{0,80}}?)[:,]?\s*$")
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
# A speech verb after whitespace, as _BEFORE and _STATEMENT_AFTER take it. Opening with the
# whitespace lets re skip from space to space; "\b" first makes it try every position.
_SPACED_VERB = re.compile(rf"\s(?:{_VERBS})\b")


_BEFORE_TAIL = re.compile(rf"(?:{_VERBS})\b[^.\"“”]{{0,80}}?[:,]?\s*$")
_MEDIUM = (*MEDIUM_WORDS, "letter", "communique", "communiqué")
_SPEAKER_STOPS = ',.;:!?"“”' + BLANK
_TAIL_REACH = max(map(len, VERB_WORDS)) + 81  # a verb, 80 characters and a colon or comma


def _before_match(text: str) -> re.Match[str] | None:
    """_BEFORE, searched only from where a match can start: searching the whole lead-in is quadratic.

    A match ends at a speech verb whose tail runs to the end of the text, so the verb is among
    the last _TAIL_REACH characters before the trailing space; its speaker is at most 140
    characters with no punctuation, so it starts after the last stop before the verb and no
    more than 142 characters ahead of it. That start only grows with the verb's, so the first
    such verb gives the lowest. _BEFORE puts whitespace before the verb: other verbs never count.
    """
    end = len(text.rstrip())  # str.isspace and re's \s agree on every character
    for verb in _SPACED_VERB.finditer(text, max(0, end - _TAIL_REACH - 1)):
        at = verb.start() + 1
        if verb.group(0).strip() == "posted" and text.endswith(_MEDIUM, 0, verb.start()):
            continue  # "In a statement posted to Telegram ..., the group said": a participle, no speaker
        if _BEFORE_TAIL.match(text, at):
            # The last stop before the verb, but for a comma right before it: "..., Major General
            # Yehia Rasool, said that" is Rasool's.
            before = text[:at].rstrip()
            after_comma = before.endswith(",") and not text.startswith("according", at)
            skip = len(text) - len(before) + 1 if after_comma else len(text) - at
            stop = _STOP.search(text[::-1], skip)
            m = _BEFORE.search(text, max(len(text) - stop.start() if stop else 0, at - 142))
            # "The attack was condemned by John Smith, who said:": a passive verb's subject is
            # what was said about; the speaker is found at a later verb.
            if m is None or not m["rest"].lstrip().startswith("by "):
                return m
    return None


def _uncoordinated(m: re.Match[str] | None) -> re.Match[str] | None:
    """A :func:`_before_match`, but none for a verb coordinated with the subject's: in "...
    remained "essential" for the fight against IS remnants and warned that", the one who warned
    is the sentence's subject, not the words before "and"."""
    return None if m is not None and m["spk"].rstrip().endswith((" and", " but")) else m


_COORDINATED = re.compile(
    rf"^\s*(?P<spk>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s[^\"“”{BLANK}]*?,\s+(?:but|and)\s+"
    rf"(?:also\s+|then\s+)?(?:{_VERBS})\b[^\"“”,{BLANK}]{{0,80}}$"
)
# A pull quote signed at its paragraph's end: '"..." — Nadia Karim'.
_SIGNED = re.compile(r"\s*[—–]\s*(?P<spk>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*$")
# 'One U.S. defense official, speaking on condition of anonymity, put it bluntly:': an unnamed source.
_COLON_SOURCE = re.compile(rf"\s*(?P<spk>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:{MODIFIER}\s+){{0,4}}?{HEAD})\b")
# "Biden, at a church event in South Carolina: "..."", "Spokesman John Kirby: the response "...""
# (a label before a colon, as alerts and live posts name a speaker), after a time stamp's dash;
# the label ends in a name ("The statement read in part:" is no label).
_LABEL = re.compile(
    r"\s*(?:[^\"“”\n]{0,20}?\s[—–]\s+)?(?P<spk>(?:[A-Z][\w.'’-]*\s+(?:[\w.'’-]+\s+){0,6}?)?[A-Z][\w'’-]*)\s*(?:,[^,:;\"“”]{0,60})?:\s"
)
_PRONOUN_WORD = {p: re.compile(rf"\b{p}\b", re.I) for p in ("he", "she")}
_ACCOUNT_FOLLOWS = re.compile(
    r"\b(?:[Ww]hat follows is|[Hh]ere is|[Bb]elow is|[Tt]his is) (?:his|her) (?:own )?(?:account|story|testimony|statement)\b"
)
_IN_THE_WORDS_OF = re.compile(r"\s*,?\s*in the words of (?P<spk>[^,.;:\"“”]{2,80}?)\s*(?=[.,;]|$)")
_IN_OWNERS_WORDS = re.compile(r"\s*,?\s*in (?P<spk>[A-Z][^,.;:\"“”]{1,60}?)['’]s (?:own )?words\s*(?=[.,;]|$)")
_IN_WORDS = re.compile(r"\s*(?:In|in) (?P<spk>his|her) (?:own )?words\s*[:,]\s*$")
_ACCORDING_TO_OPENING = re.compile(r"\s*According to (?P<spk>[^,.;:\"“”]{2,80}?),\s")
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<spk>[^,.;:\"“”]{2,60}?)\s+as\s+(?:saying|telling|describing|calling)\b")
# "A senior figure in the group was quoted on a militia-run channel as saying that "...""
_QUOTED_PASSIVE = re.compile(
    r"\s*(?P<spk>[^,.;:\"“”]{2,60}?)\s+(?:was|were)\s+quoted\s+(?:[^,.;:\"“”]{0,50}?\s+)?as\s+saying\b"
)
_WHAT_X_CALLED = re.compile(
    r"\bwhat\s+(?!(?:it|he|she|they)\s)(?P<spk>[^,.;:\"“”]{2,60}?)\s+(?:has\s+|had\s+)?"
    r"(?:described|called|termed|labell?ed|dubbed|characteri[sz]ed)(?:\s+as)?\s*$"
)
# "In his prepared remarks, Austin addressed the attacks directly:": the opening phrase is not him.
# An account's handle leading into its post, nothing quoted between ("@CENTCOM's first post: ").
_HANDLE_LEAD = re.compile(rf"(?P<spk>{HANDLE})(?=[^\"“”@]*$)")
_COLON_SUBJECT = re.compile(
    r"\s*(?:(?:In|At|During|On|After|Before|Speaking|Later|Earlier)\b[^,:;\"“”]{0,60},\s*|"
    r"(?:Yesterday|Today|Overnight|Meanwhile|Later|Earlier),?\s+(?=the\s))?"
    r"(?P<spk>(?:[A-Z]|the\s)[^,:;\"“”]{1,60}?)(?=,|\s+[a-z]+ed\b)"
)
_SUBJECT = re.compile(
    rf"^\s*{_SPK}\s++(?:(?:on|late|early|last)\s++\w+\s++|also\s++|later\s++|then\s++|initially\s++|"
    rf"has\s++|had\s++|have\s++|in a statement\s++)*(?:(?:{_VERBS})\b|"
    # "Austin defended those strikes as "...": a verb that says what he called it, only before "as".
    r"(?:defended|characteri[sz]ed|branded|portrayed|framed)\b(?=[^.\"“”]{0,60}\sas\s*$))"
)
# An aside between commas. One followed by a relative clause and then the speech verb is the
# subject instead: in "In a statement on Telegram, the group, which brings together ..., said"
# the clause is the aside, and "the group" speaks.
# A role may open the aside without an article, as press releases write: ", deputy commander of ...,".
# Grouped by first letter (scan.alternation): the patterns are tried after every comma.
_ROLE_OPENER = alternation(APPOSITIVE_ROLE_OPENERS)
_ASIDE_OPENER = alternation(
    (
        *("a", "an", "the", "which", "who", "whose", "one of", "some of whose", "many of whose", "most of whose"),
        *("speaking", "requesting", "asking", "asked"),
        *("reading", "quoting", "addressing", "standing", "flanked", "appearing"),
        # "A spokesperson ..., visiting the damaged neighbourhood, said"
        *("visiting", "briefing", "touring", "writing", "posting", "campaigning", "testifying", "talking"),
        *("responding", "commenting", "attending", "citing"),
        *("reached", "contacted", "interviewed", "when asked", *APPOSITIVE_ROLE_OPENERS),
    )
)
# Where something was said, set between a speaker and the verb: "A Kataib Hezbollah spokesman, in a
# statement posted online, warned", "in statements carried by Al Mayadeen".
_IN_MEDIUM = rf"in (?:(?:an?|its|their) )?(?:{'|'.join(MEDIUM_WORDS)})s?\b"
_APPOSITIVE = re.compile(
    # "Vaughn, now 34 and living outside Knoxville, said": an age is an aside too
    rf"(?:,\s+(?:(?:{_ASIDE_OPENER})\b|now \d|{_IN_MEDIUM})[^,\"“”]*,|"
    # "Austin, hosting the NATO secretary general this morning, said": any participle before a speech verb
    rf",\s+[a-z]{{3,}}ing\b[^,\"“”]*,(?=\s*(?:{_VERBS})\b))"
    rf"(?!\s+(?:which|who|whose)\b[^,\"“”]*,\s*(?:{_VERBS})\b)"
)
_VIA = re.compile(r"\btold\s+(?P<via>(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})")
_ANONYMITY = re.compile(
    r"(?:on (?:the )?condition of anonymity|requesting anonymity|asking not to be named|who asked not to be named)"
    r"(?:\s+(?:because|due to|as|since|to|given|in order to)\s+(?P<why>[^.,;\"“”]+))?",
    re.I,
)
# "A drone was shot down, an Iraqi security official said." The tail after the clause holds no
# comma, so it starts at the last comma, and the clause is what precedes it.
_STATEMENT_AFTER = re.compile(rf",\s+{_SPK}\s++(?:{_VERBS})\b[^,\"“”]{{0,40}}\.?$")
_CLAUSE_AFTER = 16  # the clause is a capital letter and 15 or more characters, all but "\n"
# _STATEMENT_AFTER's verb starts at most this far from the end: the verb, 40 characters, "." and "\n".
_VERB_AFTER = max(map(len, VERB_WORDS)) + 42
# "An Iraqi security official meanwhile said a drone was shot down."
_STATEMENT_BEFORE = re.compile(
    rf"^{_SPK}\s++(?:(?:on|late|early)\s++\w+\s++)?(?:also\s++|meanwhile\s++|later\s++)?"
    r"(?:said|says|told [\w ]{2,30}?|"
    r"reported|announced|confirmed|stated|added|claimed(?= that))(?:\s+(?:on|late|early|in a statement)\s*\w*)?"
    # "said in a press conference that ...": where it was said, before what
    r"(?:\s+(?:in|at) an? (?:[\w-]+\s+){0,2}?(?:conference|briefing|interview|speech|post|news conference)(?=\s+that\b))?"
    r",?\s+"
    r"(?:that\s+)?(?P<clause>[a-zA-Z].{15,})$"
)
# A verb as _STATEMENT_BEFORE takes it, after the whitespace that pattern puts before it: where
# one stands is a necessary condition for a match. Opening with the whitespace lets re skip from
# space to space (opening with the verb's letter stopped at every "s", "t", "r", "a" and "c").
_STATEMENT_VERB = re.compile(
    r"\s(?:s(?:aid|ays|tated)|told |reported|a(?:nnounced|dded)|c(?:onfirmed|laimed(?= that)))"
)
_STOP = re.compile(f"[{re.escape(_SPEAKER_STOPS)}]")
_NOT_SPEAKER = re.compile(
    r"^(?:this|that|which|there|what|who|the attack|the report|the base|the strike|"
    # '"at a time of our choosing," language officials have repeated': the words, not who said them
    r"(?:an?\s+|the\s+)?(?:phrase|language|words|wording|refrain|line|slogan|expression|formula|mantra))\b",
    re.I,
)


def _via(sentence: str) -> str | None:
    """Who the speaker told ("told AFP"); most sentences have no "told" to search from."""
    via = _VIA.search(sentence) if "told" in sentence else None
    return via["via"] if via else None


def _anonymity_reason(sentence: str) -> str | None:
    """Why the source stayed anonymous. Every _ANONYMITY phrase holds "anonym" or "named", and
    no character matches their letters under re.I without lower-casing to them (checked over
    Unicode), so the case-insensitive search waits for one in the lowered sentence."""
    low = sentence.lower()
    why = _ANONYMITY.search(sentence) if "anonym" in low or "named" in low else None
    return why["why"].strip() if why and why["why"] else None


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


# An author-date citation after a name: "As Haddad (2022, 41) puts it", "argues Tamimi (2024, 9)".
_CITATION = re.compile(r"\((?<=\w \()\d{4}[a-z]?(?:[,:] ?(?:pp?\. ?)?\d+(?:[-–]\d+)?)?\)")


def mask(text: str) -> str:
    """``text`` with abbreviations' dots masked, offsets unchanged."""
    return _ABBREV_DOT.sub(MASK, text)


def _blank_citations(text: str) -> str:
    """``text`` with author-date citations blanked to spaces, offsets unchanged."""
    return _CITATION.sub(lambda m: " " * len(m.group(0)), text) if "(" in text else text


def _unmask(text: str) -> str:
    return text.replace(MASK, ".")


_END = re.compile(r"[.!?](?=\s|$)")
_ENDS = (".", "!", "?")
_NEW_SENTENCE = re.compile(r"\s+[A-Z]|\s*\n")  # a capital, or a new line (the next item of a list)
_NAME_THEN_VERB = re.compile(rf"\s+(?:[A-Z][\w.'’-]*\s+){{1,5}}(?:{_VERBS})\b")
_CLAIM_BY = re.compile(
    r"\b(?:claim|statement|warning|announcement|message|post) (?:by|from) "
    r"(?P<spk>(?:the )?[A-Z][^,;:\"“”]{1,60}?) (?:that|saying)\b[^\"“”]{0,200}$"
)
_POSSESSIVE_WORDS = re.compile(
    r"\s*(?P<spk>[A-Z][^:;,\"“”]{0,80}?)['’]s (?:exact |own |full |first |only |whole )?"
    r"(?:words|response|reply|answer|verdict|message|comment|statement)\b[^:\"“”]{0,40}:\s*$"
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _sentence_end(text: str) -> int:
    m = _END.search(text)
    return m.end() if m else len(text)


def _next_quote_or_end(text: str, end: int) -> int:
    """Where the attribution after a quote stops: the next quote, or the sentence's ``end``."""
    for mark in ('"', "“"):
        j = text.find(mark, 0, end)
        if j != -1:
            end = j
    return end


def _blank_quotes(text: str) -> str:
    """``text`` with each quotation blanked, but for a full stop that ends it: a sentence that
    ends inside its quotation ('As Morrow puts it, "...." Ibsen calls it ...') still ends."""
    if '"' not in text and "“" not in text:
        return text
    return _QUOTED.sub(_blank_quote, text)


def _blank_quote(m: re.Match[str]) -> str:
    quoted = m.group(0)
    if quoted[-2:-1] == ".":
        return BLANK * (len(quoted) - 2) + "." + BLANK
    return BLANK * len(quoted)


_SPEECH_IN = re.compile(rf"\b(?:{_VERBS})\b")
_DESCRIBED_CLAIMS = re.compile(
    r"\bclaimed (?:responsibility for )?(?:most|many|much|the bulk|dozens|scores|several|some|a (?:string|series|wave))\b"
)
# ", a researcher on Iraqi armed groups at a Baghdad university." right after a speaker's name:
# the clause up to the next stop (an abbreviation's dot is masked and does not stop it).
_APPOSITIVE_AFTER = re.compile(
    rf",\s+(?P<app>(?:an?|the|{_ROLE_OPENER})\s+[^,;:!?\"“”()\n\ue000]{{2,120}}?)\s*(?=[,;:!?\"“”(\n]|\.(?!\w)|$)"
)


# ", 41, who lives a few streets from the fence": an age, or a "who" clause, says a name is a person's.
_AGE_OR_WHO_AFTER = re.compile(
    r",\s+(?P<app>\d{1,3}(?=,)|who\s[^,;:!?\"“”()\n\ue000]{2,120}?)(?=[,;:!?\"“”(\n]|\.(?!\w)|$)"
)


def _appositive_after(text: str, end: int) -> str | None:
    """The appositive that starts at ``end`` in ``text`` (without its comma), if one does.

    One anchored match at the end of a speaker phrase already found: no scan of the sentence.
    """
    if not text.startswith(",", end):
        return None
    m = _APPOSITIVE_AFTER.match(text, end) or _AGE_OR_WHO_AFTER.match(text, end)
    return m["app"] if m else None


def _before_comma(text: str, start: int) -> str | None:
    """The words between the last stop and the comma that ends right before ``start``, if one does."""
    head = text[:start].rstrip()
    if not head.endswith(","):
        return None
    head = head[:-1]
    stop = _STOP.search(head[::-1])
    return head[len(head) - stop.start() :].strip() if stop else head.strip()


_ROLE_FIRST = re.compile(r"(?:an?|the)\s")
_ACCORDING_TO = re.compile(r"according\s+to\s+")
# "condemned by John Smith, who said": the agent of a passive verb is whom "who" stands for, and
# so is where a protest came from ("drawing a protest from Sudani's office, which called them").
_AGENT = re.compile(r"^.*\b(?:by|from)\s+(?=\S)")


_NAME_AFTER = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){1,3})\s*(?=[,.;]|$)")


# An office's name after its title, then the holder's name: " of the Treasury Wally Adeyemo".
_OFFICE_WORDS = ("Secretary", "Minister", "Director", "General", "Chairman", "Chief", "Commander", "Head")
_OFFICE_OF = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’․-]*){0,5}(?=\s*(?:[,.;:!?]|$))")


def _phrase_and_role(m: re.Match[str], source: str) -> tuple[str, str | None]:
    """A speaker phrase a pattern matched, with the role the text gives beside it, if any.

    ``source`` is the text the match was read from before appositives were blanked (same
    offsets). The role follows the name (", a researcher at ...") or precedes it between commas
    ("a spokesman for the government, Dler Hassan, said"). A relative pronoun speaks for what it
    follows: "according to an SDF statement, which said ..." is the statement's.
    """
    start, end = m.span("spk")
    phrase = m["spk"]
    if phrase.endswith(_OFFICE_WORDS) and (office := _OFFICE_OF.match(source, end)) is not None:
        phrase += office.group(0)  # "said Deputy Secretary of the Treasury Wally Adeyemo"
        end = office.end()
    if phrase.lstrip().startswith("As "):
        phrase = phrase.lstrip()[3:]  # "As one Western diplomat put it:", "MR. RYDER: As Secretary Austin said"
    elif phrase in ("his", "her"):
        return ("he" if phrase == "his" else "she"), None  # "In her words:"
    if phrase.lstrip().startswith(("his ", "her ")) and (named := _NAME_AFTER.match(source, end)) is not None:
        return named["name"], phrase.strip()  # "said his former coach, Ray Tillman": the coach by name
    if phrase.strip() in ("which", "who"):
        antecedent = _before_comma(source, start)
        if antecedent:
            return _AGENT.sub("", _ACCORDING_TO.sub("", antecedent, count=1), count=1), None
        return phrase, None
    role = _appositive_after(source, end)
    if role is None and (before := _before_comma(source, start)) and _ROLE_FIRST.match(before):
        role = before
    return phrase, role


def _drop_appositives(text: str) -> str:
    """Blank out ", a loose alliance of ...," so the subject meets its verb; keep attributions."""
    if text.count(",") < 2:
        return text
    return _APPOSITIVE.sub(_blank_aside, text)


_IN_A_MEDIUM = re.compile(rf",\s+{_IN_MEDIUM}")


def _blank_aside(m: re.Match[str]) -> str:
    """An appositive as spaces, unless it holds an attribution.

    "an umbrella group that has claimed most of the attacks" describes; it attributes nothing.
    """
    aside = m.group(0)
    if _IN_A_MEDIUM.match(aside):
        return " " * len(aside)  # ", in a statement posted online,": said where, not who said
    if _SPEECH_IN.search(aside) and _SPEECH_IN.search(_DESCRIBED_CLAIMS.sub("", aside)):
        return aside
    return " " * len(aside)


def _statement_match(text: str) -> tuple[str, str] | None:
    """Speaker phrase and clause of a reported statement, after the clause or before it.

    Each pattern waits for a speech verb where it needs one: in "..., an official said." near
    the end; in "An official said ...", as the speaker phrase holds no punctuation, before the
    first stop (_STATEMENT_BEFORE is slow to fail).
    """
    comma = text.rfind(",")
    if (
        comma >= _CLAUSE_AFTER
        and "A" <= text[0] <= "Z"
        and text.find("\n", 0, comma) == -1
        and _SPACED_VERB.search(text, max(comma, len(text) - _VERB_AFTER) - 1)
        and (m := _STATEMENT_AFTER.match(text, comma))
    ):
        return m["spk"], text[:comma]
    if (lead := _LEAD_IN.match(text)) is not None:
        text = text[lead.end() :]  # "Speaking to Ritzau, the defence minister said ..."
    stop = _STOP.search(text)
    if _STATEMENT_VERB.search(text, 0, stop.start() if stop else len(text)) and (m := _STATEMENT_BEFORE.match(text)):
        return m["spk"], m["clause"]
    return None


# A participle's phrase before the speaker: "Speaking to Ritzau, the defence minister said ..."
_LEAD_IN = re.compile(r"(?:Speaking|Writing|Talking|Asked|Interviewed|Responding)\b[^,.;:\"“”\n]{0,60},\s+")


def _phrase_end(text: str, phrase: str, clause: str) -> int:
    """Where the speaker phrase of a statement _statement_match found in ``text`` (as matched) ends.

    The phrase follows the clause's comma when the clause opens the text ("..., an analyst
    said"), and opens the text otherwise ("X said ..."); appositives are blanked in place, so
    the offset holds in the text before blanking.
    """
    if text.startswith(",", len(clause)) and text.startswith(clause):
        return text.find(phrase, len(clause)) + len(phrase)
    return text.find(phrase) + len(phrase)  # after a lead-in ("Speaking to Ritzau, ..."), if one opens it


# "The "Islamic Resistance in Iraq" announced": capitalised words only, and no one said to speak
# them, are a name in quote marks, not a quotation.
_NAME_ONLY = re.compile(r"(?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|in|of|for|the|and|al-[A-Z][\w'’-]*)){0,6}")


class QuoteReader:
    """Finds quotes and statements in an article, in reading order, with one speaker book."""

    def __init__(self, body: str, sentences: list[Sentence]) -> None:
        self.body = body
        self.shown = mask(body)  # what a quote's sentence is cut from: citations kept
        self.masked = _blank_citations(self.shown)  # what speakers are read from
        self.sentences = sentences
        self.book = SpeakerBook()
        self._spoke_at = -1  # where the last quotation or statement with a speaker stands
        introduce(self.book, self.masked)
        # split_sentences gives sentences in order, each ending before the next starts, so the
        # first sentence that reaches a position is found by bisection on their ends.
        self._reach = [s.end + 2 for s in sentences]

    def sentence_index(self, position: int) -> int | None:
        """The first sentence that holds ``position``, or ends a character or two before it."""
        i = bisect_right(self._reach, position)
        return i if i < len(self.sentences) and self.sentences[i].start <= position else None

    def _candidates(self, seg: _Segment) -> tuple[list[tuple[str, str | None]], str]:
        """Speaker phrases around a quote, best first, each with the appositive after it, and the sentence."""
        p_start, p_end = seg.paragraph
        after_all = self.masked[seg.end + 1 : p_end]
        # '..." He said': a quotation that ends its sentence leaves the next one to speak for itself.
        last_mark = self.body[seg.end - 1 : seg.end]
        end = (
            0
            if last_mark in _ENDS
            and _NEW_SENTENCE.match(after_all)
            # '"All is well!" President Donald Trump wrote': a cry, then who cried it
            and not (last_mark in "!?" and _NAME_THEN_VERB.match(after_all))
            else _sentence_end(after_all)
        )
        after = _drop_appositives(after_all[: _next_quote_or_end(after_all, end)])
        before_all = self.masked[p_start : max(p_start, seg.start - 1)]
        cut = max(before_all.rfind(". "), before_all.rfind("? "), before_all.rfind("! "))
        before = before_all[cut + 2 :] if cut >= 0 else before_all
        if "\n" in before:  # a new line inside a paragraph ends a list's item
            before = before[before.rfind("\n") + 1 :]
        if not before.strip() and seg.start - 1 == p_start:
            before = self._lead_in(p_start)
        before_clean = _drop_appositives(_blank_quotes(before))
        led = _before_match(before_clean)  # a speaker and verb leading into the quotation, read once
        if before_all.endswith(before):  # cut from the text as it stands, citations and all
            sentence = _unmask(self.shown[seg.start - 1 - len(before) : seg.end + 1 + end])
        else:
            sentence = _unmask(before + self.masked[seg.start - 1 : seg.end + 1] + after_all[:end])
        # Each match is paired with the text it was read from before appositives were blanked
        # (same offsets), where the role after the speaker's name still stands.
        found = (
            # a pull quote signed at the paragraph's end: '"...," — Nadia Karim'
            (("—" in after_all or "–" in after_all) and _SIGNED.match(after_all), after_all),
            (_AFTER_VERB_FIRST.match(after), after_all),
            # '... "radical Iran-backed militant groups," in the words of a White House statement.'
            ("words of" in after and _IN_THE_WORDS_OF.match(after), after_all),
            ("words" in after and _IN_OWNERS_WORDS.match(after), after_all),  # ', in Sabrina Singh's words'
            # _AFTER_SPEAKER_FIRST puts whitespace before its verb: without such a verb, no search.
            # Not for words quoted inside a sentence a speaker leads into ('a spokesman said the
            # coalition remained "essential" for the fight against Islamic State remnants and warned').
            (
                not (led is not None and self._inside_led_sentence(seg, after))
                and _SPACED_VERB.search(after)
                and _AFTER_SPEAKER_FIRST.search(after),
                after_all,
            ),
            # 'US forces carried out what the Pentagon described as "..."'
            ("what " in before_clean and _WHAT_X_CALLED.search(before_clean), before),
            # 'According to the faction's statement, the drones targeted the "occupation base"'
            (_ACCORDING_TO_OPENING.match(before_clean), before),
            # 'The write-up quoted the group as saying the drones "struck their targets accurately"'
            ("quoted " in before_clean and _QUOTED_AS.search(before_clean), before),
            ("quoted " in before_clean and _QUOTED_PASSIVE.match(before_clean), before),
            (_uncoordinated(led), before),
            # 'Analyst @carla_ortegaOSINT put Friday in context in a long thread: "..."': the account
            ("@" in before_clean and _HANDLE_LEAD.search(before_clean), before),
            (_SUBJECT.match(before_clean), before),
            # 'Kataib Hezbollah, in its own name, mourned its fighters: "..."': whoever the lead-in is about.
            (before_clean.rstrip().endswith(":") and _COLON_SUBJECT.match(before_clean), before),
            # 'One U.S. defense official put the problem bluntly: "..."': an unnamed source opens it
            (before_clean.rstrip().endswith(":") and _COLON_SOURCE.match(before_clean), before),
            # 'Ryder on Monday declined to say how the US would respond, but said the attack "..."'
            (_COORDINATED.match(before_clean), before),
            (":" in before_clean and _LABEL.match(before_clean), before),
            # "led with a claim by the Islamic Resistance in Iraq that its fighters had attacked "...""
            ((" by " in before_clean or " from " in before_clean) and _CLAIM_BY.search(before_clean), before),
            # "Pentagon press secretary Maj. Gen. Pat Ryder's exact words on Tuesday: "..."": his
            ("s " in before_clean and _POSSESSIVE_WORDS.match(before_clean), before),
            # '... argues that the strike marks a shift. In her words: "..."': whom the text named before
            (" words" in before_clean and _IN_WORDS.match(before_clean), before),
        )
        return [_phrase_and_role(m, source) for m, source in found if m], sentence

    def _inside_led_sentence(self, seg: _Segment, after: str) -> bool:
        """Whether the quotation, which a speaker leads into, sits inside the sentence: it does
        not end in a comma or a stop of its own, and the sentence goes on in lower case."""
        if self.body[seg.end - 1 : seg.end] in _ENDS or self.body[seg.end - 1 : seg.end] == ",":
            return False
        rest = after.lstrip()
        return rest[:1].islower() and not rest.startswith(_VERB_PREFIXES)

    def _paragraph_before(self, p_start: int) -> tuple[str, int]:
        """The text up to the end of the paragraph before the one at ``p_start``, and where that
        paragraph starts."""
        previous = self.masked[:p_start].rstrip()
        return previous, previous.rfind("\n") + 1

    def _quiet_paragraph_before(self, p_start: int) -> tuple[int, str]:
        """Where the paragraph before the one at ``p_start`` starts, and its text if no one was
        quoted in it, else ""."""
        previous, start = self._paragraph_before(p_start)
        return start, "" if self._spoke_at >= start else previous[start:]

    def _text_to_colon(self, p_start: int) -> str | None:
        """The text before the paragraph at ``p_start``, when that paragraph ends in a colon: it
        introduces the quotation that opens the next one."""
        previous = self.masked[:p_start].rstrip()
        return previous if previous.endswith(":") else None

    def _lead_in(self, p_start: int) -> str:
        """The sentence of a paragraph ending in a colon that introduces the next one's quotation."""
        previous = self._text_to_colon(p_start)
        if previous is None:
            return ""
        cut = max(previous.rfind(". "), previous.rfind("\n"))
        return previous[cut + 1 :].strip()

    def _speaker_for(self, seg: _Segment, previous: Speaker | None) -> tuple[Speaker | None, str | None, str]:
        candidates, sentence = self._candidates(seg)
        phrases = [(_unmask(p).strip(), a and _unmask(a)) for p, a in candidates]
        # "X said in a statement: ... The statement described it as '...'": X, named in the
        # same sentence, is a better answer than whoever the book last heard from.
        phrases.sort(key=lambda pa: pa[0].lower() in ("the statement", "statement"))
        for phrase, appositive in phrases:
            if _NOT_SPEAKER.match(phrase) or len(phrase.split()) > 14:
                continue
            if (
                phrase.lower() in ("he", "she")
                and self._spoke_at < seg.paragraph[0]
                and (met := self._named_in_paragraph(phrase, seg.paragraph[0], seg.start - 1, seg.start)) is not None
            ):
                return met, _via(sentence), sentence
            if self._spoke_at < seg.paragraph[0] and is_body_reference(phrase):
                # "The post says": a group or body this paragraph named before the quote, not
                # the body that spoke in an earlier one, unless the paragraph named none.
                self.book.forget_last_if_body_since(seg.paragraph[0], seg.start)
            speaker = parse_speaker(phrase, self.book, seg.start, appositive)
            if speaker is not None:
                return speaker, _via(sentence), sentence
        if previous is None and (group := self._own_statement(seg)) is not None:
            return group, None, sentence
        if previous is None and not phrases and (met := self._met_just_before(seg)) is not None:
            return met, None, sentence
        if previous is None and not phrases and (told := self._told_just_before(seg)) is not None:
            return told, None, sentence
        if previous is None and (lead := self._introduced_by_lead_in(seg)) is not None:
            return lead, None, sentence  # a lead-in that said whom he told would have named him itself
        return previous, None, sentence

    def _named_in_paragraph(self, pronoun: str, start: int, end: int, position: int) -> Speaker | None:
        """Whom "he" or "she" means when no one has spoken in the paragraph yet: whom it named
        before ``end``, or, when nothing comes before, whom the paragraph before named if no one
        spoke there."""
        before = _blank_quotes(self.masked[start:end])
        if not before.strip():
            start, before = self._quiet_paragraph_before(start)
        if (named := self.book.named_in(_unmask(before), position)) is not None:
            return named
        # "The spokesman of Iran's Foreign Ministry dismissed ..." then '"...," he said'.
        # Only someone met before the text itself says "she": "She would not discuss the
        # outpost, and an Army public affairs officer sat in" is still about the medic.
        said = _PRONOUN_WORD[pronoun.lower()].search(before)
        upto = position if said is None else start + said.start()
        if before.strip() and (met := self.book.one_met_in(start, upto, singular=True)) is not None:
            return met
        # "Secretary Austin went a step further. "...," he said.": titled, never introduced
        if before.strip() and (titled := titled_in(_unmask(before), self.book, position)) is not None:
            return titled
        return None

    def _met_just_before(self, seg: _Segment) -> Speaker | None:
        """The person the last sentence of the paragraph before introduces by name, for a quotation
        that opens its own paragraph with no attribution, when that paragraph quotes no one:
        "Soran Baban, a security adviser to the regional government, spoke in an office that looks
        out over the terminal." then '"Erbil is not a battlefield ..."'."""
        p_start = seg.paragraph[0]
        if self.body[p_start : seg.start - 1].strip():
            return None
        previous, paragraph_start = self._paragraph_before(p_start)
        paragraph = previous[paragraph_start:]
        if not paragraph or '"' in paragraph or "“" in paragraph or paragraph.endswith(":"):
            return None
        cut = max(paragraph.rfind(". ", 0, len(paragraph) - 1), paragraph.rfind("? ", 0, len(paragraph) - 1))
        start = paragraph_start + (cut + 2 if cut >= 0 else 0)
        return self.book.one_met_in(start, len(previous), singular=True, first=True, named=True)

    def _told_just_before(self, seg: _Segment) -> Speaker | None:
        """Who spoke in the paragraph before, for a quotation that opens its own paragraph with no
        attribution: "Analyst Hadi Mousavi told Tasnim that ..." then '"For three months, ..."'."""
        p_start = seg.paragraph[0]
        if self.body[p_start : seg.start - 1].strip():
            return None
        previous_start = self.body.rfind("\n", 0, len(self.body[:p_start].rstrip()))
        spoke_there = previous_start < self._spoke_at < p_start
        return self.book.last if spoke_there and self.book.last is not None else None

    def _introduced_by_lead_in(self, seg: _Segment) -> Speaker | None:
        """The one person a paragraph ending in a colon names, for the quotation that opens the
        next: "Committee member Ali Nasser al-Saadi went further in remarks to Shafaq News:"."""
        p_start = seg.paragraph[0]
        if self.body[p_start : seg.start - 1].strip():
            return None
        previous = self._text_to_colon(p_start)
        if previous is None and (previous := self._account_follows(p_start)) is not None:
            # "One of the officers, who uses the nom de guerre Agid Zagros, ... What follows is his
            # account": the man by the name he goes by
            start = previous.rfind("\n") + 1
            if (named := self.book.one_met_in(start, len(previous), singular=True, first=True, named=True)) is not None:
                return named
        if previous is None:
            return None
        return self.book.one_met_in(previous.rfind("\n") + 1, len(previous), singular=True, first=True)

    def _account_follows(self, p_start: int) -> str | None:
        """The text up to the paragraph at ``p_start`` when the paragraph before announces the
        quotation that follows: "What follows is his account, translated from Kurmanji."."""
        previous, start = self._paragraph_before(p_start)
        return previous if _ACCOUNT_FOLLOWS.search(previous, start) else None

    def _own_statement(self, seg: _Segment) -> Speaker | None:
        """The group whose statement a quotation standing alone as a paragraph is, when it tells of
        the group's own attack: '"The mujahideen of the Islamic Resistance in Iraq struck ..."'."""
        p_start, p_end = seg.paragraph
        if self.body[p_start : seg.start - 1].strip() or self.body[seg.end + 1 : p_end].strip(" .\n"):
            return None
        name = own_attack(self.body[seg.start : seg.end])
        return None if name is None else Speaker(name, None, "claimant")

    def read(self) -> list[Quote]:
        """Quotes and statements in the order the article gives them."""
        segments = find_quoted(self.body)
        # Segments come in order and never overlap: bisection finds those whose opening mark is
        # in a sentence, and the one quotation a sentence can start inside.
        marks = [g.start - 1 for g in segments]
        unread = [True] * len(segments)
        out: list[Quote] = []
        inner: list[Quote] = []  # said inside another quotation: listed after all the others
        previous: tuple[_Segment, Speaker] | None = None
        for s in self.sentences:
            lo, hi = bisect_left(marks, s.start), bisect_left(marks, s.end + 1)
            inside = [i for i in range(lo, hi) if unread[i]]
            if not inside:
                k = bisect_left(marks, s.start - 1) - 1  # the last segment with g.start < s.start
                if k < 0 or s.start >= segments[k].end:
                    statement = self._statement(s)
                    if statement is not None:
                        out.append(statement)
                continue
            for i in inside:
                unread[i] = False
                quote, previous = self._quote(segments[i], previous)
                if quote is not None:
                    out.append(quote)
                    self._speak_for_opening(out, segments[i])
                    inner.extend(inner_quotes(out[-1], self.body, self.book))
        return sorted(out + inner, key=lambda q: q.start) if inner else out

    def _speak_for_opening(self, out: list[Quote], seg: _Segment) -> None:
        """A quotation that runs on into the next paragraph ('"Our forces are there ...' then '"But
        when our people are threatened, ...," he said.') is said by whoever says its continuation:
        the paragraphs before it, left open and unattributed, take the speaker the last one gets."""
        last = out[-1]
        if last.speaker is None or not seg.continues:
            return
        k = len(out) - 2
        while k >= 0 and out[k].speaker is None and not out[k].indirect and self._left_open(out[k]):
            out[k] = replace(
                out[k], speaker=last.speaker, speaker_role=last.speaker_role, speaker_kind=last.speaker_kind
            )
            k -= 1

    def _left_open(self, quote: Quote) -> bool:
        """Whether no closing mark ends ``quote``: it runs on into the next paragraph."""
        return self.body[quote.end : quote.end + 1] not in ('"', "”")

    def _quote(
        self, seg: _Segment, previous: tuple[_Segment, Speaker] | None
    ) -> tuple[Quote | None, tuple[_Segment, Speaker] | None]:
        text = self.body[seg.start : seg.end].strip().rstrip(",").strip()
        adjacent = previous is not None and (
            seg.paragraph == previous[0].paragraph or seg.continues or seg.paragraph[0] - previous[0].paragraph[1] <= 3
        )
        speaker, via, sentence = self._speaker_for(seg, previous[1] if previous and adjacent else None)
        if not text or (speaker is None and (len(text.split()) < 2 or _NAME_ONLY.fullmatch(text))):
            return None, previous
        self._spoke_at = seg.start if speaker is not None else self._spoke_at
        quote = Quote(
            text=text,
            start=seg.start,
            end=seg.end,
            speaker=speaker.name if speaker else None,
            speaker_role=speaker.role if speaker else None,
            speaker_kind=speaker.kind if speaker else "other",
            via=via,
            anonymity_reason=_anonymity_reason(sentence),
            sentence=sentence.strip(),
        )
        return quote, ((seg, speaker) if speaker is not None else previous)

    def _statement(self, s: Sentence) -> Quote | None:
        """Reported speech without quote marks: 'an Iraqi official said a drone was downed'."""
        text = self.masked[s.start : s.end]
        dropped = _drop_appositives(text)  # same offsets as text, appositives blanked
        found = _statement_match(dropped)
        if not found:
            return None
        phrase = _unmask(found[0]).strip()
        if _NOT_SPEAKER.match(phrase) or len(phrase.split()) > 12:
            return None
        appositive = _appositive_after(text, _phrase_end(dropped, *found))
        speaker = None
        if phrase.lower() in ("he", "she") and self._spoke_at < (p_start := self.body.rfind("\n", 0, s.start) + 1):
            # "Spc. Ana Lopez, 22, ... said she spent Christmas at Erbil. She said ...": hers
            speaker = self._named_in_paragraph(phrase, p_start, s.start, s.start)
        speaker = speaker or parse_speaker(phrase, self.book, s.start, appositive and _unmask(appositive))
        if speaker is None:
            return None
        self._spoke_at = s.start
        clause = _unmask(found[1]).strip().rstrip(".")
        return Quote(
            text=clause,
            start=s.start,
            end=s.end,
            speaker=speaker.name,
            speaker_role=speaker.role,
            speaker_kind=speaker.kind,
            via=_via(s.text),
            anonymity_reason=_anonymity_reason(s.text),
            indirect=True,
            sentence=s.text,
        )
