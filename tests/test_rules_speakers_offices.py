"""Speaker rules for offices written as titles and for "who said" after a passive verb.

Both are common in wire copy and were listed as open after the second held-out set: "the
Secretary said" with no one introduced before, and "condemned by John Smith, who said:".
"""

from __future__ import annotations

import pytest

from store.extract import extract
from store.gazetteer import default_gazetteer
from store.models import Article, Extraction

PUB = "2024-01-24"


def run(body: str) -> Extraction:
    return extract(Article(title="t", body=body, published=PUB), default_gazetteer())


def speakers(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.speaker_kind) for q in run(body).quotes if not q.indirect]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We are watching closely," said the President.', "the President"),
        ('"We are watching closely," the Prime Minister told reporters.', "the Prime Minister"),
        ('"We will not hesitate," the Secretary of Defense said.', "the Secretary of Defense"),
    ],
)
def test_an_office_written_as_a_title_names_its_holder(body: str, speaker: str) -> None:
    assert speakers(body) == [(speaker, "named official")]


def test_the_office_resolves_to_the_person_who_holds_it_when_named_before() -> None:
    body = 'Defense Secretary Lloyd Austin spoke on Sunday. "We will not hesitate," the Secretary said.'
    assert speakers(body) == [("Lloyd Austin", "named official")]


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        ('The attack was condemned by John Smith, who said: "This is an outrage."', "John Smith", "other"),
        ('The strike was claimed by Kataib Hezbollah, which said: "We will continue."', "Kataib Hezbollah", "claimant"),
    ],
)
def test_who_said_after_a_passive_verb_is_its_agent(body: str, speaker: str, kind: str) -> None:
    assert speakers(body) == [(speaker, kind)]
