"""Rules found on the eleventh held-out set (tests/heldout11), written at the end of the session
after ten sets' fixes and scored once before any rule looked at it (incidents F1 0.81, quote
recall 0.90). The texts here are made up for the tests."""

from __future__ import annotations

from store.extract import extract
from store.gazetteer import default_gazetteer
from store.models import Article


def dated(body: str, published: str) -> list[tuple[str | None, str]]:
    return [
        (i.base, i.date)
        for i in extract(Article(title="t", body=body, published=published), default_gazetteer()).incidents
    ]


def test_the_day_it_was_told_gives_way_to_the_attacks_own_day_told_just_before() -> None:
    body = (
        "A drone attack on the coalition's biggest base in Syria wounded two guards late on Saturday, the SDF said. "
        "The drone hit a barracks inside the al-Omar oil field, the force said in a statement on Sunday."
    )
    assert dated(body, "2024-03-04") == [("Al-Omar oil field base (Green Village)", "2024-03-02")]


def test_counts_of_attacks_on_a_base_listed_are_a_tally() -> None:
    body = "Since October the monitor has counted:\n\n9 attacks on Al-Shaddadi base.\n\n2 attacks on Tal Baydar base."
    assert dated(body, "2024-01-01") == []


def test_our_strike_counted_back_from_the_attack_is_not_the_attacks_day() -> None:
    body = "On March 14, 2020, rockets hit Camp Taji, in answer to a US air strike on militia depots two days earlier."
    assert dated(body, "2024-01-21") == [("Camp Taji", "2020-03-14")]


def test_enlisted_ranks_do_not_end_a_sentence() -> None:
    from store.extract.text import split_sentences

    body = "Sgt. Ann Lee, 30, and Spc. Omar Diaz, 22, were hurt, the command said. Pfc. Jo Kim was not."
    assert [s.text for s in split_sentences(body)] == [
        "Sgt. Ann Lee, 30, and Spc. Omar Diaz, 22, were hurt, the command said.",
        "Pfc. Jo Kim was not.",
    ]


def test_a_second_count_after_the_first_ones_people_adds_to_it() -> None:
    from store.extract.casualties import find_casualties

    c = find_casualties(
        "A drone struck a depot at Tal Baydar, killing two Americans and a Danish medic and wounding "
        "three US service members and another contractor."
    )
    assert (c.killed, c.injured) == (3, 4)


def test_puts_the_number_wounded_at_and_one_of_the_dead() -> None:
    from store.extract.casualties import find_casualties

    assert find_casualties("The Army now puts the number of soldiers wounded in the blast at 52.").injured == 52
    assert find_casualties("A source said one of the dead was a militia commander.").killed is None
    assert find_casualties("Two of the soldiers were killed.").killed == 2


def test_the_subject_of_a_sentence_that_goes_on_but_said() -> None:
    body = (
        "President Joe Biden vowed a response on Sunday. Pentagon press secretary Pat Ryder briefed reporters. "
        'Ryder on Monday declined to say how the US would respond, but said the attack "bears the hallmarks" '
        "of Kataib Hezbollah."
    )
    quotes = extract(Article(title="t", body=body, published="2024-01-30"), default_gazetteer()).quotes
    assert [(q.text, q.speaker) for q in quotes if not q.indirect] == [("bears the hallmarks", "Pat Ryder")]


def test_a_quotation_left_open_is_said_by_whoever_says_its_continuation() -> None:
    body = (
        "The outpost was quiet on Thursday.\n\n"
        '"We are there for one reason. We are not there to fight anyone else.\n\n'
        '"But when our people are threatened, we will respond," the commander, Col. Ana Ruiz, said.'
    )
    quotes = extract(Article(title="t", body=body, published="2023-12-07"), default_gazetteer()).quotes
    assert [(q.text[:20], q.speaker) for q in quotes if not q.indirect] == [
        ("We are there for one", "Ana Ruiz"),
        ("But when our people ", "Ana Ruiz"),
    ]
