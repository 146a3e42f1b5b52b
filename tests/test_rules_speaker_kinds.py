"""Who a speaker is: what is known of a person carries to later references, roles after a name
count, a person is never an outlet, and places and bodies are not people."""

from __future__ import annotations

import pytest

from store.extract import extract
from store.gazetteer import default_gazetteer
from store.models import Article, Extraction

PUB = "2024-01-24"


def run(body: str) -> Extraction:
    return extract(Article(title="t", body=body, published=PUB), default_gazetteer())


def speakers(ex: Extraction) -> list[tuple[str | None, str, str | None]]:
    return [(q.speaker, q.speaker_kind, q.speaker_role) for q in ex.quotes]


def sources(ex: Extraction) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in ex.sources]


# -- 1. a surname carries the person's kind and role ------------------------------------------


def test_a_surname_later_carries_the_role_given_at_first_mention() -> None:
    ex = run(
        "Drones struck the base on Monday, Pentagon press secretary Air Force Brig. Gen. Pat Ryder told reporters.\n\n"
        '"Our forces responded quickly," Ryder said.'
    )
    role = "Pentagon press secretary Air Force Brig. Gen."
    assert speakers(ex) == [("Pat Ryder", "named official", role)] * 2
    assert sources(ex) == [("Pat Ryder", "named official")]


def test_a_surname_of_someone_given_no_role_stays_a_named_source() -> None:
    ex = run('Ali Hassan watched the drones from his roof. "It was loud," Hassan said.')
    assert speakers(ex) == [("Ali Hassan", "other", None)]
    assert sources(ex) == [("Ali Hassan", "named source")]


# -- 2. the role in an appositive after the name ----------------------------------------------


def test_an_appositive_gives_an_analyst_role_who_is_no_official() -> None:
    ex = run('"The factions are divided," said Rana Aziz, a researcher on armed groups at a Basra university.')
    assert speakers(ex) == [("Rana Aziz", "other", "researcher on armed groups at a Basra university")]


def test_an_appositive_official_role_joins_the_title_before_the_name() -> None:
    ex = run('"The count will rise," said Army Maj. John Doe, a spokesman for U.S. Army Central.')
    assert speakers(ex) == [("John Doe", "named official", "Army Maj., spokesman for U.S. Army Central")]
    assert sources(ex) == [("John Doe", "named official")]


def test_an_appositive_that_describes_no_person_adds_no_role() -> None:
    ex = run('"We will respond," said Lloyd Austin, a day after the attack.')
    assert speakers(ex) == [("Lloyd Austin", "other", None)]


# -- 3. a named person is a source of their own kind, never media -----------------------------


def test_a_named_analyst_is_an_expert_source_and_an_outlet_stays_media() -> None:
    ex = run(
        '"These attacks are calibrated," said Omar Nasser, an Iraq analyst at a research centre. '
        "Rudaw reported that two drones struck the base."
    )
    assert ("Omar Nasser", "expert") in sources(ex)
    assert ("Rudaw", "media") in sources(ex)
    assert all(kind != "media" for name, kind in sources(ex) if name == "Omar Nasser")


# -- 4. a place in a prepositional phrase is never the speaker ---------------------------------


def test_he_after_a_place_is_the_person_named_before() -> None:
    ex = run(
        "President Joe Biden blamed the militias. Speaking at a rally in South Carolina, he paused "
        'and then said "we shall respond."'
    )
    assert speakers(ex) == [("Joe Biden", "named official", "President")]
    assert sources(ex) == [("Joe Biden", "named official")]


def test_he_is_never_a_place_when_no_person_was_named() -> None:
    ex = run(
        "The militia vowed to go on while the United States supports the Tel Aviv regime. "
        'Drones were launched from Deir Ezzor. "The occupiers will find no safe place," he said.'
    )
    assert [q.speaker for q in ex.quotes] in ([], [None])
    assert all(name not in ("Tel Aviv", "United States", "Deir Ezzor") for name, _ in sources(ex))


def test_officials_in_a_city_are_still_officials() -> None:
    ex = run('"Two rockets landed near the embassy," officials in Baghdad said.')
    assert speakers(ex) == [("officials in Baghdad", "anonymous official", None)]
    assert sources(ex) == [("officials in Baghdad", "anonymous official")]


def test_according_to_a_person_is_not_a_place() -> None:
    ex = run(
        "The base was hit twice, according to John Kirby. "
        "Kirby spoke to reporters later. "
        '"We are looking at options," Kirby said.'
    )
    assert speakers(ex)[-1][0] == "John Kirby"


# -- 5. a body named like a person is a government body, in full --------------------------------


def test_a_name_headed_by_an_institution_is_a_body_in_full() -> None:
    ex = run('"Two drones hit the base," the Kurdistan Region Counter-Terrorism Directorate (CTD) said in a statement.')
    assert speakers(ex) == [("Kurdistan Region Counter-Terrorism Directorate", "government body", None)]
    assert sources(ex) == [("Kurdistan Region Counter-Terrorism Directorate", "government body")]


def test_a_command_named_by_title_words_is_a_body() -> None:
    ex = run('"Every soldier is being screened," Army Central said.')
    assert speakers(ex) == [("Army Central", "government body", None)]


def test_a_person_with_an_institution_in_the_title_stays_a_person() -> None:
    ex = run(
        '"We will not tolerate attacks," Defense Secretary Lloyd Austin said. '
        '"The base was hit," said Ahmed Saleh of the Interior Ministry.'
    )
    assert speakers(ex) == [
        ("Lloyd Austin", "named official", "Defense Secretary"),
        ("Ahmed Saleh", "other", None),
    ]


def test_every_kind_the_seeds_give_is_a_documented_kind() -> None:
    """The kinds are a contract for exports and the dashboard's filters: nothing outside the lists."""
    from store.ingest.files import read_paths
    from store.models import SOURCE_KINDS, SPEAKER_KINDS
    from tests.conftest import SEEDS

    gazetteer = default_gazetteer()
    speaker_kinds, source_kinds = set(), set()
    for item in read_paths([SEEDS]):
        if item.article is not None:
            ex = extract(item.article, gazetteer)
            speaker_kinds |= {q.speaker_kind for q in ex.quotes}
            source_kinds |= {s.kind for s in ex.sources}
    assert speaker_kinds <= set(SPEAKER_KINDS)
    assert source_kinds <= set(SOURCE_KINDS)
    assert {"expert", "government body", "named official"} <= source_kinds


@pytest.mark.parametrize("lead", ["Reporters spoke to John Kirby on Monday.", "A letter from John Kirby arrived."])
def test_a_person_told_to_or_written_from_is_no_place(lead: str) -> None:
    """ "to" and "from" name a place ("launched from Deir Ezzor"), but not after a word of telling:
    taking John Kirby for a place would lose him as a speaker for the whole article."""
    ex = run(f'{lead} "We will respond," Kirby said.')
    assert [q.speaker for q in ex.quotes] == ["John Kirby"]
