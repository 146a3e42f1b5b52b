"""Rules of the thirteenth session, found on held-out sets (44, untouched since the tenth session,
and 62 to 65, scored once before any rule looked at them). The texts here are made up for the tests."""

from __future__ import annotations

from tests.test_rules_session11 import speakers


def test_a_bare_surname_two_people_share_is_the_one_introduced_first() -> None:
    body = (
        "Mara Lindqvist was at work when the phone rang. It was about her son, Spc. Tobias Lindqvist, 22, "
        'who serves at a desert outpost in Jordan.\n\n"They said he was awake and asking for me," Lindqvist '
        "said at her home on Tuesday.\n\nTobias Lindqvist was one of dozens wounded."
    )
    assert speakers(body) == [("They said he was awake and asking for me", "Mara Lindqvist")]


def test_a_bare_surname_is_not_the_relative_the_writer_quotes_by_full_name() -> None:
    body = (
        "Mara Lindqvist was at work when the phone rang. It was her son, Spc. Tobias Lindqvist, calling "
        'from a hospital in Germany.\n\n"He sounded tired," Mara Lindqvist said.\n\nIn a phone interview on '
        'Wednesday, Lindqvist said he was asleep when the drone hit.\n\n"Everybody was yelling names," he said.'
    )
    assert speakers(body) == [
        ("He sounded tired", "Mara Lindqvist"),
        ("Everybody was yelling names", "Tobias Lindqvist"),
    ]


def test_a_relative_named_in_full_is_whom_the_next_she_means() -> None:
    body = (
        "Hundreds stood outside City Hall for Spc. Dorian Vale, who was killed at Tower 22.\n\n"
        'The pastor said he had known Vale since he was a boy. "We are a small town," he said.\n\n'
        'Lena Vale, a cousin of the fallen soldier, held his photo. "I just want him back," she said.'
    )
    assert speakers(body)[-1] == ("I just want him back", "Lena Vale")
