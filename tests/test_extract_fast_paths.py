"""The fast scans must find exactly what the plain patterns they stand for find.

Each fast path tries a costly pattern only where a cheap scan says it can match; these tests
hold it to the plain search it replaced, on every bundled article and on awkward text, so a
new alternative added to a pattern but not to its scan fails here instead of going unseen.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from store.extract import (
    casualties,
    claims,
    counts,
    dates,
    event_dates,
    fields,
    incident_cues,
    incident_focus,
    incident_state,
    incidents,
    passage_dates,
    passage_places,
    tallies,
)
from store.extract import introductions as I
from store.extract import quotes as Q
from store.extract import speaker_patterns as S
from store.extract.incident_state import NEAR
from store.extract.quotes import mask
from store.extract.scan import Anchored, lowered
from store.extract.text import Cue, Sentence, split_sentences
from store.ingest.files import read_paths

READER_LAYERS = (incident_state, passage_dates, passage_places, incident_focus, incidents)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
AWKWARD = [
    "the US Central Command said. U.S. Central Command and CENTCOM, the Pentagon; Pentagon officials.",
    "An Iraqi security official, a senior US military official and two Syrian Democratic Forces fighters said.",
    "Defense Secretary Lloyd Austin met Pentagon press secretary Maj. Gen. Pat Ryder and Prime Minister "
    "Mohammed Shia al-Sudani.",
    "the group's statement; the militia and the faction. Xthe Pentagon thePentagon (the Iraqi government) U․S․ embassy",
    "officials officials officials, sources said, the spokesman, one witness in Deir Ezzor province told AFP.",
    "No one was killed, but more than 100 troops at al-Asad were later diagnosed with TBI.",
    "",
]


HELDOUT = Path(__file__).resolve().parent / "heldout" / "corpus"


def bodies() -> list[str]:
    """The bundled articles, the held-out ones (written apart from the rules) and awkward text."""
    found = read_paths([SEEDS, HELDOUT])
    return [mask(item.article.body) for item in found if item.article] + AWKWARD


def plain_anonymous(body: str) -> list[tuple[int, int]]:
    out = []
    for head in S.HEAD_WORD.finditer(body):
        for m in S.ANON.finditer(body, max(0, head.start() - 70), min(len(body), head.end() + 90)):
            if m.start("head") == head.start():
                out.append(m.span())
                break
    return out


# Within one sentence: an abbreviation's masked dot ("Gen․") but no full stop, and no line break.
_ROLE_WORD = (
    r"(?:[A-Z][\w'’․-]*|press|secretary|spokesman|spokeswoman|spokesperson|adviser|advisor|minister|"
    r"chief|commander|deputy|general|official|national|security|government|military|foreign|defen[cs]e)"
)
_ROLE_TAIL = re.compile(rf"(?:\b{_ROLE_WORD}[^\S\n]+){{1,7}}$")


def plain_introductions(body: str) -> list[tuple[int, str]]:
    out = []
    for m in re.finditer(rf"\b{S.INTRODUCED_NAME}\b", body):
        role = _ROLE_TAIL.search(body[max(0, m.start() - 80) : m.start()])
        start = m.start() - (len(role.group(0)) if role else 0)
        out.append((start, body[start : m.end()]))
    return out


@pytest.mark.parametrize("body", bodies())
def test_fast_scans_match_plain_patterns(body: str) -> None:
    orgs, heads = I._cues(body)
    assert [m.span() for m in I._organisations(body, orgs)] == [m.span() for m in S.ORG.finditer(body)]
    assert [m.span() for m in I._anonymous(body, body[::-1], heads)] == plain_anonymous(body)
    assert I._introductions(body, body[::-1]) == plain_introductions(body)


def _anchored() -> list[tuple[str, Anchored]]:
    found = []
    for module in (fields, counts, casualties, claims, dates, tallies, incident_cues, *READER_LAYERS):
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple | list) else (value,)
            found += [(f"{module.__name__}.{name}", v) for v in values if isinstance(v, Anchored)]
    return found


def sentences() -> list[str]:
    found = read_paths([SEEDS, HELDOUT])
    out = [s.text for item in found if item.article for s in split_sentences(item.article.body)]
    return out + [s for body in AWKWARD for s in body.split(". ")]


@pytest.mark.parametrize(("name", "anchored"), _anchored(), ids=lambda x: x if isinstance(x, str) else "")
def test_anchored_patterns_match_where_the_plain_pattern_does(name: str, anchored: Anchored) -> None:
    for text in cue_texts():
        plain = [m.span() for m in anchored.slow.finditer(text)]
        assert [m.span() for m in anchored.finditer(text, lowered(text))] == plain, (name, text)
        first = anchored.search(text, lowered(text))
        assert (first.span() if first else None) == (plain[0] if plain else None), (name, text)


# Every alternative of the incident cues, each tried as the first thing in a text (see below).
CUE_WORDING = [
    "Houthis fired at the USS Carney in the Red Sea and the Gulf of Aden; Yemen; xhouthi; the Houthi.",
    "It was the latest in a series of attacks, a string of drone attacks, the recent wave of rocket attacks, "
    "a continuing campaign of attacks, the spate of attacks, THE SERIES OF ATTACKS, A Wave Of Drone Attacks.",
    "Bases were hit many times, several times, multiple times, dozens of times and countless times, 40 attacks "
    "since October, times since, more than once, so far, repeatedly, frequently, regularly, routinely, numerous.",
    "The US retaliated for the attacks, in response to the killing, in retaliation to deaths, self-defense "
    "strikes, precision strikes, air strikes on, airstrikes against, U.S. airstrikes, American forces struck, "
    "US warplanes hit, coalition strike, Israeli strikes, Washington's strike, hit three targets, bombed sites, "
    "conducted airstrikes, carried out two strikes, launched strikes.",
    "They threatened, warned, vowed, pledged it would attack, will hit, could be, plans to strike, if the US, "
    "if American, legitimate targets, would become a target, potential attacks, possible strikes, preparing to launch.",
    "There have been 150 attacks, 60 drone attacks, 12 times, there had been, the tally.",
    "It was hit, were struck, been shelled, being targeted, attacked, targeted, struck, fired at, launched toward, "
    "landed, impacted, slammed, exploded, shot down, intercepted, downed, engaged, attacks on, strike against, "
    "assaults targeting, came under fire, rained, crashed into, blasts, explosion, shelling, barrage, salvo, "
    "volley, bombardment.",
    "There was no attack, no strike on, a false alarm, did not hit, does not target, wasn't attacked, "
    "were not struck, denied that, deny any, denies that.",
    "The same night, that day, hours later, minutes later, shortly afterwards, later that day, simultaneously.",
    "That attack, the strike, this assault, same incident, Tuesday's attack, latest barrage, the latest attack, "
    "the drone attack, thatattack, both attacks, all three attacks, these drone attacks, those attacks.",
    "The base, an air base, the US-led coalition base, a remote outpost, its camps, that airfield.",
    "The military site; the continuing series of attacks.",
    "the Pentagon said on Thursday; told reporters Monday; Officials Said Tuesday; a statement Friday; thesaid x",
    *(f"Near the {place}." for place in ("facility", "compound", "installation", "airport", "garrison", "outpost")),
]


def cue_texts() -> list[str]:
    """The seed sentences, and each wording above from every word on, so that every alternative
    comes first somewhere (a cue's search only reports its first match)."""
    suffixes = [text[i:] for text in CUE_WORDING for i in (m.start() for m in re.finditer(r"\b\w", text))]
    return sentences() + suffixes


def _cues() -> list[tuple[str, Cue]]:
    return [(f"incident_cues.{name}", v) for name, v in vars(incident_cues).items() if isinstance(v, Cue)]


@pytest.mark.parametrize(("name", "cue"), _cues(), ids=lambda x: x if isinstance(x, str) else "")
def test_cues_find_what_the_plain_pattern_finds(name: str, cue: Cue) -> None:
    for text in cue_texts():
        found, plain = cue._search(text), cue.pattern.search(text)
        assert (found.span() if found else None) == (plain.span() if plain else None), (name, text)


def test_speech_before_a_date_is_found_where_the_plain_pattern_finds_it() -> None:
    for text in cue_texts():
        for end in range(len(text) + 1):
            plain = event_dates._SPEECH_BEFORE.search(text, 0, end) is not None
            assert event_dates.spoken_before(text, end) == plain, (text, end)


# quotes.py: grouped verbs, possessive spaces and cheap gates must change no match.
_PLAIN_VERBS = "|".join(map(re.escape, Q.VERB_WORDS))
_PLAIN_STATEMENT_AFTER = re.compile(
    rf"^(?P<clause>[A-Z].{{15,}}?),\s+{Q._SPK}\s+(?:{_PLAIN_VERBS})\b[^,\"“”]{{0,40}}\.?$"
)


def _plain_quote_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace(Q._VERBS, _PLAIN_VERBS).replace(r"\s++", r"\s+"), pattern.flags)


def quote_texts() -> list[str]:
    out = []
    for item in read_paths([SEEDS]):
        if item.article:
            body = mask(item.article.body)
            out += [body[s.start : s.end] for s in split_sentences(item.article.body)]
    gap = " " * 150
    for w in Q.VERB_WORDS:
        out += [
            f"A drone was shot down near the base, a US official {w} on Monday.",
            f"A US official {w} that the drone{gap}was shot down, requesting anonymity because of rules.",
            f"Officials in Baghdad{gap}{w} the drone was shot down, a source who asked not to be named told AFP",
            f"Since the war, {gap}the Pentagon {w}:",
            f"{w}  X. I  {w}: and  {w} it, he also {w}; the ministry has {w}, it had {w}, then {w}, later {w}",
            f"The ministry on Sunday initially {w}, US officials in a statement {w} that a drone{gap}fell.",
            f"A drone was shot down near the base,  I {w}.",
            f"and  I {w}",
            f"A drone was shot down near the base, a US official,{w} on Monday.",
            f"Officials in Baghdad ({w}) the drone was shot down,{w}: and,{w}",
        ]
    return out + [Q._drop_appositives(Q._blank_quotes(t)) for t in out]


def _found(m: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    return (m.span(), m.groupdict()) if m else None


@pytest.mark.parametrize(
    "name",
    ["_VERB", "_SPEECH_IN", "_BEFORE_TAIL", "_AFTER_VERB_FIRST", "_AFTER_SPEAKER_FIRST", "_BEFORE", "_SUBJECT"],
)
def test_quote_patterns_match_their_plain_forms(name: str) -> None:
    fast = getattr(Q, name)
    plain = _plain_quote_pattern(fast)
    search = name != "_BEFORE"  # quadratic to search: the test of _before_match covers it
    for text in quote_texts():
        for i in [0] + [i + 1 for i, c in enumerate(text) if c in ",;"]:
            assert _found(fast.match(text[i:])) == _found(plain.match(text[i:])), (name, text, i)
            if search:
                assert _found(fast.search(text[i:])) == _found(plain.search(text[i:])), (name, text, i)


def _plain_before_match(text: str) -> re.Match[str] | None:
    """quotes._before_match as it was: every verb, every stop."""
    lowest = None
    for verb in re.finditer(rf"\b(?:{_PLAIN_VERBS})\b", text):
        if _plain_quote_pattern(Q._BEFORE_TAIL).match(text, verb.start()):
            stop = max(text.rfind(c, 0, verb.start()) for c in Q._SPEAKER_STOPS)
            start = max(stop + 1, verb.start() - 142, 0)
            lowest = start if lowest is None else min(lowest, start)
    return _plain_quote_pattern(Q._BEFORE).search(text, lowest) if lowest is not None else None


def test_quote_gates_keep_the_plain_results() -> None:
    plain_before = _plain_quote_pattern(Q._STATEMENT_BEFORE)
    for text in quote_texts():
        # A participle's phrase ("Asked about it, Singh said ...") is skipped before the speaker.
        lead = Q._LEAD_IN.match(text)
        m = _PLAIN_STATEMENT_AFTER.match(text) or plain_before.match(text[lead.end() :] if lead else text)
        assert Q._statement_match(text) == ((m["spk"], m["clause"]) if m else None), text
        assert _found(Q._before_match(text)) == _found(_plain_before_match(text)), text
        # _candidates searches for _AFTER_SPEAKER_FIRST only where _SPACED_VERB finds a verb.
        assert Q._SPACED_VERB.search(text) or not Q._AFTER_SPEAKER_FIRST.search(text), text
        via, why = Q._VIA.search(text), Q._ANONYMITY.search(text)
        assert Q._via(text) == (via["via"] if via else None), text
        assert Q._anonymity_reason(text) == (why["why"].strip() if why and why["why"] else None), text


def test_sentence_index_bisects_like_a_scan() -> None:
    for item in read_paths([SEEDS]):
        if item.article:
            body = item.article.body
            reader = Q.QuoteReader(body, split_sentences(body))
            for position in range(len(body) + 2):
                scan = next((i for i, s in enumerate(reader.sentences) if s.start <= position < s.end + 2), None)
                assert reader.sentence_index(position) == scan, position


# scan.CUES: the per-sentence memo, the ASCII scan and the incident reader's shortcuts.
def test_sentence_memo_gives_the_lowered_sentence_and_its_keys() -> None:
    from store.extract.scan import CUES

    for text in [*cue_texts(), "İstanbul base hit", "ſo the base was hit"]:
        low, found = CUES.sentence(text)
        assert low == lowered(text), text
        assert found == ({} if low is None else CUES._find(low)), text
        assert CUES.sentence(text) == (low, found), text  # the memo answers alike


def test_ascii_scan_finds_what_the_unicode_scan_finds() -> None:
    from store.extract.scan import CUES

    CUES.find("x")  # compiles the scan
    assert CUES.regex is not None
    for text in cue_texts():
        low = lowered(text)
        if low is not None and low.isascii():
            plain = [(m.start(1), m[1]) for m in CUES.regex.finditer(low)]
            assert [(m.start(1), m[1]) for m in CUES.ascii_regex.finditer(low)] == plain, text


def test_cue_search_is_remembered_and_equals_the_plain_search() -> None:
    for _, cue in _cues():
        for text in sentences()[:200]:
            plain = cue.pattern.search(text)
            for _ in range(2):
                found = cue.search(text)
                assert (found.span() if found else None) == (plain.span() if plain else None), text


class _CheckedReader(incidents.IncidentReader):
    """Holds the reader's shortcuts to the plain rules while it reads."""

    def _read(self, index: int, sentence: Sentence) -> None:
        if self.current is not None:
            current = self.current.key()
            last = max((i for i, key in self.sentence_incident.items() if key == current), default=-99)
            strike_between = last < self.other_story_at < index
            assert self._near_current(index) == (index - last <= NEAR and not strike_between), index
        super()._read(index, sentence)


def test_incident_reader_shortcuts_keep_the_plain_rules() -> None:
    from store.extract.bases import matcher_for
    from store.extract.dates import published_date
    from store.gazetteer import default_gazetteer

    matcher = matcher_for(default_gazetteer())
    for item in read_paths([SEEDS]):
        if item.article:
            body = item.article.body
            pub = published_date(item.article.published)
            if pub is not None:
                _CheckedReader(matcher, split_sentences(body), pub, body).run()


_MONTH_TEXTS = [
    f"{text} {day}"
    for month in dates.MONTHS
    for day in ("5", "5, 2024")
    for text in (f"on {month}", f"on {month.title()}.", f"(x{month} in mid-{month.title()}", f"24 {month}", f"5{month}")
]


def test_dates_skip_the_month_patterns_only_where_no_month_starts_a_word() -> None:
    month_patterns = [*dates._ABS_PATTERNS[:2], dates._DAY_MONTH, dates._MONTH_DAY, dates._ANY_MONTH]
    month_patterns += [dates._MONTH_YEAR, dates._MONTH_ONLY]
    for text in cue_texts() + _MONTH_TEXTS:
        low = lowered(text)
        if low is not None and not dates._MONTHS.starts(low):
            assert not any(p.search(text) for p in month_patterns), text


def test_find_dates_folded_and_gated_equals_the_plain_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    texts, pub = cue_texts() + _MONTH_TEXTS, date(2024, 3, 1)
    fast = [dates._find_dates.__wrapped__(text, pub, 0) for text in texts]
    monkeypatch.setattr(dates, "lowered", lambda text: None)  # every pattern as it stands, everywhere
    for text, found in zip(texts, fast, strict=True):
        assert dates._find_dates.__wrapped__(text, pub, 0) == found, text
