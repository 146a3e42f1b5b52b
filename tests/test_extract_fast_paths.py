"""The fast scans must find exactly what the plain patterns they stand for find.

Each fast path tries a costly pattern only where a cheap scan says it can match; these tests
hold it to the plain search it replaced, on every bundled article and on awkward text, so a
new alternative added to a pattern but not to its scan fails here instead of going unseen.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from store.extract import dates, fields, tallies
from store.extract import speakers as S
from store.extract.quotes import mask
from store.extract.scan import Anchored, lowered
from store.extract.text import split_sentences
from store.ingest.files import read_paths

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
AWKWARD = [
    "the US Central Command said. U.S. Central Command and CENTCOM, the Pentagon; Pentagon officials.",
    "An Iraqi security official, a senior US military official and two Syrian Democratic Forces fighters said.",
    "Defense Secretary Lloyd Austin met Pentagon press secretary Maj. Gen. Pat Ryder and Prime Minister "
    "Mohammed Shia al-Sudani.",
    "the group's statement; the militia and the faction. Xthe Pentagon thePentagon (the Iraqi government) U․S․ embassy",
    "officials officials officials, sources said, the spokesman, one witness in Deir Ezzor province told AFP.",
    "",
]


def bodies() -> list[str]:
    return [mask(item.article.body) for item in read_paths([SEEDS]) if item.article] + AWKWARD


def plain_anonymous(body: str) -> list[tuple[int, int]]:
    out = []
    for head in S._HEAD_WORD.finditer(body):
        for m in S._ANON.finditer(body, max(0, head.start() - 70), min(len(body), head.end() + 90)):
            if m.start("head") == head.start():
                out.append(m.span())
                break
    return out


_ROLE_WORD = (
    r"(?:[A-Z][\w'’.-]*|press|secretary|spokesman|spokeswoman|spokesperson|adviser|advisor|minister|"
    r"chief|commander|deputy|general|official|national|security|government|military|foreign|defen[cs]e)"
)
_ROLE_TAIL = re.compile(rf"(?:\b{_ROLE_WORD}\s+){{1,7}}$")


def plain_introductions(body: str) -> list[tuple[int, str]]:
    out = []
    for m in re.finditer(rf"\b{S._NAME}\b", body):
        role = _ROLE_TAIL.search(body[max(0, m.start() - 80) : m.start()])
        start = m.start() - (len(role.group(0)) if role else 0)
        out.append((start, body[start : m.end()]))
    return out


@pytest.mark.parametrize("body", bodies())
def test_fast_scans_match_plain_patterns(body: str) -> None:
    orgs, heads = S._cues(body)
    assert [m.span() for m in S._organisations(body, orgs)] == [m.span() for m in S._ORG.finditer(body)]
    assert [m.span() for m in S._anonymous(body, body[::-1], heads)] == plain_anonymous(body)
    assert S._introductions(body, body[::-1]) == plain_introductions(body)


def _anchored() -> list[tuple[str, Anchored]]:
    found = []
    for module in (fields, dates, tallies):
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple | list) else (value,)
            found += [(f"{module.__name__}.{name}", v) for v in values if isinstance(v, Anchored)]
    return found


def sentences() -> list[str]:
    out = [s.text for item in read_paths([SEEDS]) if item.article for s in split_sentences(item.article.body)]
    return out + [s for body in AWKWARD for s in body.split(". ")]


@pytest.mark.parametrize(("name", "anchored"), _anchored(), ids=lambda x: x if isinstance(x, str) else "")
def test_anchored_patterns_match_where_the_plain_pattern_does(name: str, anchored: Anchored) -> None:
    for text in sentences():
        plain = [m.span() for m in anchored.slow.finditer(text)]
        assert [m.span() for m in anchored.finditer(text, lowered(text))] == plain, (name, text)
        first = anchored.search(text, lowered(text))
        assert (first.span() if first else None) == (plain[0] if plain else None), (name, text)
