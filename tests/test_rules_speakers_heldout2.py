"""Speaker rules found on the second held-out set (tests/heldout2), each shown on a text of its own.

Those reports were written apart from the rules: a press release with a role after the name and
no article, a live page whose entries open with a time, a feature quoting several villagers. Each
rule is general; the texts here are made up for the test, not taken from the held-out reports.
"""

from __future__ import annotations

from store.extract import extract
from store.gazetteer import default_gazetteer
from store.models import Article, Extraction

PUB = "2024-03-04"


def run(body: str) -> Extraction:
    return extract(Article(title="t", body=body, published=PUB), default_gazetteer())


def speakers(ex: Extraction) -> list[tuple[str | None, str, str | None]]:
    return [(q.speaker, q.speaker_kind, q.speaker_role) for q in ex.quotes if not q.indirect]


# -- the words of a speaker phrase --------------------------------------------------------------


def test_a_role_without_an_article_between_commas_is_an_appositive() -> None:
    ex = run(
        "Rockets hit the base overnight.\n\n"
        "Maj. Gen. Carla Ruiz, deputy commander of Joint Task Force Delta, said:\n\n"
        '"This was a deliberate attack on our people.\n\n'
        '"We will respond at a time of our choosing."'
    )
    role = "Maj. Gen., deputy commander of Joint Task Force Delta"
    assert speakers(ex) == [("Carla Ruiz", "named official", role)] * 2


def test_a_time_stamp_before_a_dash_is_no_part_of_the_speaker() -> None:
    ex = run('08:45 GMT – A US defence official confirmed "a failed rocket attack" near the border town.')
    assert speakers(ex) == [("a US defence official", "anonymous official", None)]


def test_how_the_reporter_reached_a_source_is_no_part_of_them() -> None:
    ex = run('A farmer heard it. A resident of a village near Tal Baydar reached by phone said it was "very loud".')
    assert speakers(ex) == [("a resident of a village near Tal Baydar", "witness", None)]


def test_an_aide_to_someone_is_all_of_the_source() -> None:
    ex = run(
        "A senior aide to the army commander, who asked not to be named, described the talks as "
        '"a walk on thin ice" on Monday.'
    )
    assert speakers(ex) == [("a senior aide to the army commander", "anonymous official", None)]


def test_factions_described_not_named_speak_as_groups() -> None:
    ex = run(
        "Syrian armed factions close to Turkey have repeatedly warned that they will keep fighting "
        '"until the last village is free".'
    )
    assert speakers(ex) == [("Syrian armed factions close to Turkey", "claimant", None)]


def test_a_definite_office_names_its_holder() -> None:
    ex = run('Drones hit the base.\n\n"Those responsible will pay," the British defence secretary said.')
    assert speakers(ex) == [("the British defence secretary", "named official", None)]


def test_a_name_in_quote_marks_that_no_one_speaks_is_no_quotation() -> None:
    ex = run('The "Islamic Resistance in Iraq" said it launched a drone at the base on Monday.')
    assert speakers(ex) == []


# -- references back to an earlier speaker ---------------------------------------------------------


def test_the_groups_statement_is_the_group_named_before() -> None:
    ex = run(
        '"We checked the perimeter," a US official said.\n\n'
        "The Islamic Resistance in Iraq claimed the attack. The group's statement says its drones "
        '"hit the target".'
    )
    assert speakers(ex)[1] == ("Islamic Resistance in Iraq", "claimant", None)


def test_the_group_is_the_armed_group_not_a_body_named_since() -> None:
    ex = run(
        "The Islamic Resistance in Iraq claimed a drone attack.\n\n"
        '"The sirens went on for minutes," a security source said. The coalition did not comment.\n\n'
        'The group said that both drones "hit their targets".'
    )
    assert speakers(ex)[1] == ("Islamic Resistance in Iraq", "claimant", None)


def test_the_statement_is_the_officials_who_spoke_last() -> None:
    ex = run(
        'In a statement, the Jordanian army spokesman called the attack "a cowardly act".\n\n'
        '"Our borders are closed to terrorists," the statement said.'
    )
    assert speakers(ex) == [("the Jordanian army spokesman", "anonymous official", None)] * 2


def test_the_post_is_the_group_this_paragraph_named() -> None:
    ex = run(
        '11:05 GMT – The Syrian Observatory for Human Rights says "two drones" struck the base.\n\n'
        "10:30 GMT – The Islamic Resistance in Iraq claimed the attack in a Telegram post. "
        'The post says fighters "hit the occupiers".'
    )
    assert [s for s, _, _ in speakers(ex)] == ["Syrian Observatory for Human Rights", "Islamic Resistance in Iraq"]


def test_he_in_a_new_paragraph_is_the_person_it_named() -> None:
    ex = run(
        '"We sleep in the cellar now," said Layla Hassan, a teacher.\n\n'
        '"The fields are empty," said Omar Saleh, who farms near the base.\n\n'
        'At the well, Hassan filled two buckets. "Where else would we go?" she said.'
    )
    assert [s for s, _, _ in speakers(ex)] == ["Layla Hassan", "Omar Saleh", "Layla Hassan"]


def test_he_after_a_relative_of_someone_named_is_the_relative() -> None:
    ex = run(
        '"We sleep in the cellar now," said Layla Hassan, a teacher.\n\n'
        '"The fields are empty," said Omar Saleh, who farms near the base.\n\n'
        'Hassan’s brother, who drives a truck, saw the fire. "It was like daylight," he said. "Then dark."'
    )
    assert speakers(ex)[2:] == [("Layla Hassan's brother", "other", None)] * 2


def test_he_after_a_name_in_a_paragraph_where_someone_spoke_stays_the_speaker() -> None:
    ex = run(
        '"We sleep in the cellar now," said Layla Hassan, a teacher.\n\n'
        'Omar Saleh said Hassan had left. "The fields are empty," he said.'
    )
    assert [s for s, _, _ in speakers(ex)] == ["Layla Hassan", "Omar Saleh"]


def test_a_body_with_an_auxiliary_is_the_body_not_its_spokeswoman() -> None:
    ex = run(
        '"We are reviewing it," said Maj. Dana Cole, a Pentagon spokeswoman.\n\n'
        "The Pentagon has said an investigation is under way."
    )
    assert [(q.speaker, q.speaker_kind) for q in ex.quotes if q.indirect] == [("Pentagon", "government body")]
