"""Government bodies named in several ways are one speaker and one source, under one short name."""

from __future__ import annotations

import pytest

from store.extract import extract
from store.extract.roles import BODIES, canonical_body
from store.extract.sources import find_sources
from store.gazetteer import default_gazetteer
from store.models import Article, Extraction, Quote

PUB = "2024-01-24"


def run(body: str) -> Extraction:
    return extract(Article(title="t", body=body, published=PUB), default_gazetteer())


def speakers(ex: Extraction) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.speaker_kind) for q in ex.quotes]


def sources(ex: Extraction) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in ex.sources]


def test_central_command_and_centcom_are_one_source() -> None:
    ex = run(
        "U.S. Central Command said drones struck al-Asad Air Base on Tuesday. "
        '"The base\'s air defenses engaged them," CENTCOM said.'
    )
    assert speakers(ex) == [("CENTCOM", "government body")] * 2
    assert sources(ex) == [("CENTCOM", "government body")]


def test_a_statement_after_a_colon_is_quoted_under_the_short_name() -> None:
    ex = run(
        "U.S. Central Command said in a statement:\n\n"
        '"Militants launched missiles at the base.\n\n'
        '"Damage assessments are under way."'
    )
    assert [q.speaker for q in ex.quotes if not q.indirect] == ["CENTCOM", "CENTCOM"]
    assert sources(ex) == [("CENTCOM", "government body")]


def test_a_body_introduced_earlier_and_quoted_as_it_gets_the_short_name() -> None:
    ex = run(
        'US Central Command released a statement late on Saturday. "Militants launched missiles at the base," it said.'
    )
    assert speakers(ex) == [("CENTCOM", "government body")]


def test_the_defense_department_is_the_pentagon() -> None:
    ex = run(
        "The Defense Department said two rockets hit the base. "
        "The US Department of Defense said no one was hurt. "
        '"We will respond," the Pentagon said.'
    )
    assert speakers(ex) == [("Pentagon", "government body")] * 3
    assert sources(ex) == [("Pentagon", "government body")]


def test_other_bodies_and_officials_are_not_merged() -> None:
    ex = run(
        '"We are monitoring the situation," the White House said. '
        '"The attack was reckless," a US official said. '
        "The Pentagon said the drones were shot down. "
        '"We acted in self-defense," CENTCOM said.'
    )
    assert sources(ex) == [
        ("White House", "government body"),
        ("a US official", "anonymous official"),
        ("Pentagon", "government body"),
        ("CENTCOM", "government body"),
    ]


def test_find_sources_counts_a_body_once_whatever_named_the_quotes() -> None:
    """Quotes built elsewhere (or stored before this rule) still give one source."""
    quotes = [
        Quote("a", 0, 1, speaker="U.S. Central Command", speaker_kind="government body"),
        Quote("b", 2, 3, speaker="CENTCOM", speaker_kind="government body"),
        Quote("c", 4, 5, speaker="Department of Defense", speaker_kind="other"),
    ]
    found = find_sources(Article(title="t", body=""), quotes, [])
    assert [(s.name, s.kind) for s in found] == [("CENTCOM", "government body"), ("Pentagon", "government body")]


# Every spelling the table must know; a lost alias makes its row fail.
@pytest.mark.parametrize(
    ("alias", "body"),
    [
        ("CENTCOM", "CENTCOM"),
        ("Central Command", "CENTCOM"),
        ("US Central Command", "CENTCOM"),
        ("U.S. Central Command", "CENTCOM"),
        ("U․S․ Central Command", "CENTCOM"),
        ("the U.S. Central Command (CENTCOM)", "CENTCOM"),
        ("US Central Command (CENTCOM)", "CENTCOM"),
        ("Pentagon", "Pentagon"),
        ("the Pentagon", "Pentagon"),
        ("Department of Defense", "Pentagon"),
        ("the Department of Defence", "Pentagon"),
        ("the U.S. Department of Defense", "Pentagon"),
        ("US Department of Defense", "Pentagon"),
        ("Defense Department", "Pentagon"),
        ("the Defence Department", "Pentagon"),
        ("US Defense Department", "Pentagon"),
        ("DoD", "Pentagon"),
        ("State Department", "State Department"),
        ("the Department of State", "State Department"),
        ("the U.S. State Department", "State Department"),
    ],
)
def test_alias_table(alias: str, body: str) -> None:
    assert canonical_body(alias) == body


@pytest.mark.parametrize(
    "name",
    ["White House", "National Security Council", "a US official", "Pentagon officials", "Iraqi government", "Command"],
)
def test_names_outside_the_table_are_no_body(name: str) -> None:
    assert canonical_body(name) is None


def test_every_body_is_its_own_alias() -> None:
    assert all(canonical_body(name) == name for name in BODIES)
