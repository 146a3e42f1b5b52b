"""Rules found on the third held-out set (tests/heldout3), each shown on a text of its own.

Those twelve reports were written apart from the rules and scored once before any rule looked
at them (incidents F1 0.80, speaker accuracy 0.75). Each rule here is general; the texts are
made up for the test, not taken from the held-out reports.
"""

from __future__ import annotations

import pytest

from store.extract import extract
from store.extract.claims import find_group
from store.gazetteer import default_gazetteer
from store.models import Article, Extraction

PUB = "2023-11-12"  # a Sunday


def run(body: str) -> Extraction:
    return extract(Article(title="t", body=body, published=PUB), default_gazetteer())


def incidents(body: str) -> list[tuple[str | None, str, str | None]]:
    return [(i.base, i.date, i.claimed_by) for i in run(body).incidents]


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in run(body).quotes]


# -- bases and claims -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "base"),
    [
        ("A drone struck the occupation base at al-Hareer on Saturday.", "Harir Air Base"),
        ("Rockets hit Ein al-Assad in western Iraq on Saturday.", "Ain al-Asad Air Base"),
    ],
)
def test_transliterations_of_harir_and_ain(body: str, base: str) -> None:
    assert [i[0] for i in incidents(body)] == [base]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("the Islamic Resistance said its fighters had launched two drones", "Islamic Resistance in Iraq"),
        ("the Islamic Resistance in Lebanon said", None),
        ("the Islamic Resistance Movement, Hamas, said", None),
    ],
)
def test_the_islamic_resistance_for_short(text: str, group: str | None) -> None:
    assert find_group(text) == group


def test_announced_that_its_fighters_targeted_is_a_claim() -> None:
    body = "The Islamic Resistance in Iraq announced that its fighters targeted Harir air base on Saturday."
    assert incidents(body) == [("Harir Air Base", "2023-11-11", "Islamic Resistance in Iraq")]


def test_a_claim_of_many_attacks_says_nothing_of_this_one() -> None:
    body = (
        "Rockets struck the U.S. embassy compound in Baghdad early on Friday. No group has claimed the attack.\n\n"
        "Many of the attacks have been claimed by the Islamic Resistance in Iraq, a coalition of armed factions."
    )
    assert incidents(body) == [("US Embassy Baghdad", "2023-11-10", None)]


# -- speakers ----------------------------------------------------------------------------------


def test_a_role_opening_with_what_it_serves_is_an_aside() -> None:
    body = (
        "Yahya Rasool, military spokesman for Prime Minister Mohammed Shia al-Sudani, condemned the attack, "
        'saying it "harms Iraq\'s reputation."'
    )
    assert speakers(body) == ["Yahya Rasool"]


def test_a_quotation_that_ends_its_sentence_is_not_spoken_by_the_next_one() -> None:
    body = (
        'Lloyd Austin said the attacks had to stop. Yahya Rasool warned that the strikes "harm Iraq\'s reputation." '
        "He said the prime minister had ordered an inquiry."
    )
    assert speakers(body)[:2] == ["Lloyd Austin", "Yahya Rasool"]
