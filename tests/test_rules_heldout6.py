"""Rules found on the sixth held-out set (tests/heldout6): eight long reports in which the
attacks sit among politics and background, scored once before any rule looked at them
(incidents F1 0.57, speaker accuracy 0.78). The texts here are made up for the tests."""

from __future__ import annotations

from datetime import date

from store.extract import extract
from store.extract.dates import find_dates
from store.gazetteer import default_gazetteer
from store.models import Article


def dated(body: str, published: str) -> list[tuple[str | None, str]]:
    return [
        (i.base, i.date)
        for i in extract(Article(title="t", body=body, published=published), default_gazetteer()).incidents
    ]


def test_a_weekday_of_last_week() -> None:
    assert [d.day for d in find_dates("On Tuesday of last week, drones hit the base.", date(2024, 1, 12))] == [
        date(2024, 1, 2)
    ]


def test_days_counted_back_from_a_day_the_sentence_names() -> None:
    body = (
        "A rocket hit Tower 22 on Friday.\n\n"
        "Six days before Friday's rocket, a drone struck Harir air base. "
        "Two days before that, militants had fired rockets at Erbil air base."
    )
    assert dated(body, "2024-02-10") == [
        ("Tower 22", "2024-02-09"),
        ("Harir Air Base", "2024-02-03"),
        ("Erbil Air Base", "2024-02-01"),
    ]


def test_a_us_strike_named_to_say_when_is_not_what_the_sentence_tells() -> None:
    body = (
        "On March 11, 2020, two days after a US air strike near al-Qaim killed militia fighters, "
        "rockets struck Camp Taji and Union III."
    )
    assert dated(body, "2024-01-22") == [("Camp Taji", "2020-03-11"), ("Union III", "2020-03-11")]


def test_of_bases_listed_the_one_a_where_clause_tells_of() -> None:
    body = (
        "In 2020 the coalition handed back Qayyarah Airfield West, K-1 near Kirkuk and Camp Taji north of "
        "Baghdad, where rockets killed two American soldiers in March 2020."
    )
    assert [b for b, _ in dated(body, "2024-01-22")] == ["Camp Taji"]


def speakers(body: str) -> list[str | None]:
    got = extract(Article(title="t", body=body, published="2023-11-12"), default_gazetteer()).quotes
    return [q.speaker for q in got if not q.indirect]


def test_in_a_days_statement_it_said_is_the_body_that_spoke() -> None:
    body = (
        "Kataib Hezbollah claimed the attack on its channel. In Friday's post it said the rockets had "
        '"reached their target" and warned of more.'
    )
    assert speakers(body) == ["Kataib Hezbollah"]


def test_an_official_of_a_named_ministry() -> None:
    body = '"We will not stay silent," said an official in the Iraqi Foreign Ministry.'
    assert speakers(body) == ["an official in the Iraqi Foreign Ministry"]


def test_the_official_is_the_one_met_last_even_if_met_before() -> None:
    body = (
        "Nobody was hurt at the airfield, a British official said.\n\n"
        'A Kurdish security official said six drones came from the south. "They flew low," the official said.\n\n'
        "A British official, asked again, put the number at four. "
        'The official said the drones did "very little harm" to the hangars.'
    )
    quotes = extract(Article(title="t", body=body, published="2024-01-05"), default_gazetteer()).quotes
    assert [(q.text, q.speaker) for q in quotes if not q.indirect] == [
        ("They flew low", "a Kurdish security official"),
        ("very little harm", "a British official"),
    ]


def test_where_the_sentence_is_set_is_no_part_of_the_speaker() -> None:
    body = (
        "Over in Amman, the palace's chief of protocol, Samir Haddadin, said on Monday "
        'that the talks would resume "after the funerals" and not before.'
    )
    assert speakers(body) == ["Samir Haddadin"]


def test_a_leaders_office_speaks_as_a_body() -> None:
    assert speakers('Barzani\'s office said the drone strike was "an act of cowardice".') == ["Barzani's office"]
    body = (
        "President Nechirvan Idris Barzani cut short a visit to Paris. "
        'His office said in a statement that the strike was "an act of cowardice".'
    )
    assert speakers(body) == ["Nechirvan Idris Barzani's office"]


def test_who_stands_for_whom_the_protest_came_from() -> None:
    body = 'The raid drew a rebuke from Jordan\'s foreign ministry, which called it "a dangerous escalation".'
    assert speakers(body) == ["Jordan's foreign ministry"]


def test_the_embassy_is_the_embassy_named_before_not_the_base_named_since() -> None:
    body = (
        "Mortar rounds landed inside the US embassy in Baghdad on Wednesday. "
        "A drone was shot down near Erbil air base on Thursday. "
        "The embassy was struck again on Friday by two rockets."
    )
    assert dated(body, "2023-12-09") == [
        ("US Embassy Baghdad", "2023-12-06"),
        ("Erbil Air Base", "2023-12-07"),
        ("US Embassy Baghdad", "2023-12-08"),
    ]


def test_the_compound_after_the_embassy_is_the_embassy() -> None:
    body = (
        "Rockets hit the US embassy in Baghdad on Friday. Two days earlier a missile hit Ain al-Asad air base.\n\n"
        "The embassy had been a target many times before 2021. "
        "On March 3, 2020, a rocket fell inside the compound near the swimming pool."
    )
    assert dated(body, "2023-12-09")[-1] == ("US Embassy Baghdad", "2020-03-03")


def test_a_base_that_has_not_been_targeted_opens_nothing() -> None:
    body = (
        "Rockets hit Harir air base on Monday. Erbil air base, an hour's drive away, has not been "
        "targeted this week. Union III has not been directly hit at all since October. "
        "Ain al-Asad, far to the west, has been targeted by drones more often than any other base."
    )
    assert dated(body, "2023-11-29") == [("Harir Air Base", "2023-11-27")]


def test_an_attack_counted_back_from_the_day_the_sentence_names() -> None:
    body = (
        "Shopkeepers in Ankawa reopened on Thursday, even as the rocket barrage on Erbil's airport "
        "two days earlier kept many families at home."
    )
    assert dated(body, "2023-12-30") == [("Erbil Air Base", "2023-12-26")]
