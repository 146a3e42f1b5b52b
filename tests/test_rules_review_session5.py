"""Counter-examples a review of the fifth session's rules found, each mended: a rule must not
fire beyond what it was written for. The texts here are made up for the tests."""

from __future__ import annotations

from store.extract import extract
from store.extract.claims import find_claim, own_attack
from store.extract.fields import find_intercepted
from store.extract.quote_marks import as_double_quotes
from store.gazetteer import default_gazetteer
from store.models import Article, Extraction


def read(body: str, published: str = "2024-01-30") -> Extraction:
    return extract(Article(title="t", body=body, published=published), default_gazetteer())


def incidents(body: str, published: str = "2024-01-30") -> list[tuple[str | None, str, str | None]]:
    return [(i.base, i.date, i.claimed_by) for i in read(body, published).incidents]


def test_a_quoted_sentence_with_its_speaker_is_no_groups_own_statement() -> None:
    body = '"Kataib Hezbollah struck Tower 22 on Sunday," Defense Secretary Lloyd Austin said.'
    assert incidents(body) == [("Tower 22", "2024-01-28", None)]


def test_our_officials_saying_they_struck_is_no_claim() -> None:
    assert find_claim("US officials said they struck three Kataib Hezbollah facilities.") is None


def test_a_group_that_was_targeted_made_no_attack() -> None:
    assert own_attack('"Kataib Hezbollah was targeted by American aircraft near Qaim"') is None


def test_a_dated_claim_is_not_the_reports_one_attack() -> None:
    body = (
        "A drone hit Tower 22 early on Sunday.\n\n"
        "In January 2020, Kataib Hezbollah claimed responsibility for a rocket attack on a depot."
    )
    assert incidents(body) == [("Tower 22", "2024-01-28", None)]


def test_two_attacks_on_a_base_on_a_day_are_attacks_not_a_tally() -> None:
    assert [i[:2] for i in incidents("Two attacks on Ain al-Asad on Sunday wounded four soldiers.")] == [
        ("Ain al-Asad Air Base", "2024-01-28")
    ]


def test_did_not_hit_us_troops_still_tells_the_attack() -> None:
    body = "The rockets hit Ain al-Asad airbase on Sunday but did not hit U.S. troops."
    assert [i[:2] for i in incidents(body)] == [("Ain al-Asad Air Base", "2024-01-28")]


def test_troops_spared_is_no_base_spared() -> None:
    body = "A rocket struck Ain al-Asad on Sunday, but the troops were spared."
    assert [i[:2] for i in incidents(body)] == [("Ain al-Asad Air Base", "2024-01-28")]


def test_long_expected_strikes_are_no_forecast() -> None:
    body = "The long-expected Iranian missile strikes hit Ain al-Asad on Sunday."
    assert [i[:2] for i in incidents(body)] == [("Ain al-Asad Air Base", "2024-01-28")]


def test_an_enemy_killed_by_name_is_not_ours() -> None:
    body = "A drone hit Harir air base on Sunday. A US strike later killed Ahmed Salim, a Syrian soldier."
    assert read(body).incidents[0].killed is None


def test_a_closing_mark_is_not_found_inside_a_word_that_starts_like_a_short_one() -> None:
    text = "‘the troops’ armoured vehicles were hit’ he said. ‘Yes.’"
    assert as_double_quotes(text) == "“the troops’ armoured vehicles were hit” he said. “Yes.”"


def test_the_statement_said_still_speaks() -> None:
    body = 'Kataib Hezbollah claimed the attack. It struck the base, the statement said: "We will continue."'
    assert [q.speaker for q in read(body).quotes if not q.indirect] == ["Kataib Hezbollah"]


def test_brought_the_drone_down_and_curly_apostrophes() -> None:
    assert find_intercepted("Air defenses brought the drone down.") is True
    assert find_intercepted("The drone wasn’t intercepted.") is False
    assert incidents("Union III wasn’t hit on Sunday.") == []


def test_a_groups_office_is_the_group() -> None:
    body = 'Kataib Hezbollah\'s media office said the drones "hit their targets".'
    assert [(q.speaker, q.speaker_kind) for q in read(body).quotes if not q.indirect] == [
        ("Kataib Hezbollah", "claimant")
    ]


def test_a_town_ending_in_ago_keeps_today() -> None:
    assert [i[:2] for i in incidents("Rockets struck Union III in Chicago today.")] == [("Union III", "2024-01-30")]
