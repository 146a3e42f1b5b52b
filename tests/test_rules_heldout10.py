"""Rules found on the tenth held-out set (tests/heldout10: twelve kinds of report written after
the seventh to ninth sets' fixes), scored once before any rule looked at it (incidents F1 0.63,
speakers 0.75). The texts here are made up for the tests."""

from __future__ import annotations

from store.extract import extract
from store.gazetteer import default_gazetteer
from store.models import Article, Extraction


def read(body: str, published: str) -> Extraction:
    return extract(Article(title="t", body=body, published=published), default_gazetteer())


def dated(body: str, published: str) -> list[tuple[str | None, str]]:
    return [(i.base, i.date) for i in read(body, published).incidents]


def test_not_hitting_americans_is_no_denial_of_the_attack() -> None:
    body = "The last attack, he said, did not hit Americans: a drone struck Conoco on March 3, wounding two SDF guards."
    assert dated(body, "2024-03-20") == [("Conoco gas field base", "2024-03-03")]


def test_a_month_only_mention_folds_into_that_months_one_attack() -> None:
    body = (
        "A drone hit Harir air base on Jan. 9, 2024, wounding two. "
        "The January attack on Harir was the worst there since October."
    )
    assert dated(body, "2024-02-20") == [("Harir Air Base", "2024-01-09")]


def test_the_base_is_the_one_the_sentence_before_was_about() -> None:
    body = (
        "Drones hit Ain al-Asad on Friday.\n\nKurdish region\n\n"
        "The Harir airbase, north of Erbil, has been a repeated target. "
        "On November 2, two drones struck the base, starting a fire."
    )
    assert dated(body, "2023-11-22") == [("Ain al-Asad Air Base", "2023-11-17"), ("Harir Air Base", "2023-11-02")]


def test_a_day_that_names_an_attack_is_not_the_day_it_was_described() -> None:
    body = "The general described the Jan. 14 barrage against Union III as the most complex yet."
    assert dated(body, "2024-03-22") == [("Union III", "2024-01-14")]


def test_a_day_just_ahead_of_publication_is_no_day_of_last_year() -> None:
    body = "Outlook (02-08 MAR): expect drone attacks on Harir and Erbil air base."
    assert dated(body, "2024-03-01") == []
    assert dated("Rockets hit Union III on 28 February.", "2024-03-01") == [("Union III", "2024-02-28")]


def test_no_confirmed_attacks_on_bases_opens_nothing() -> None:
    body = "25-29 FEB | IRQ | No confirmed attacks on Ain al-Asad, Harir or Union III this period."
    assert dated(body, "2024-03-01") == []


def speakers(body: str, published: str = "2024-02-10") -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in read(body, published).quotes if not q.indirect]


def test_his_role_then_the_name() -> None:
    body = '"She never missed a drill," said her platoon sergeant, Luis Ortega. "Not once."'
    assert speakers(body) == [("She never missed a d", "Luis Ortega"), ("Not once.", "Luis Ortega")]


def test_a_quotation_alone_after_a_paragraph_where_someone_spoke() -> None:
    body = (
        "The outpost was quiet on Monday.\n\n"
        "Analyst Samir Khoury told the agency that the bases had lost their aura.\n\n"
        '"Everyone saw it. The walls are not what they were."'
    )
    assert speakers(body) == [("Everyone saw it. The", "Samir Khoury")]


def test_had_not_been_engaged_is_no_interception() -> None:
    body = "A drone hit Tower 22 on Sunday. Officials said it had not been engaged by the outpost's defences."
    (incident,) = read(body, "2024-01-30").incidents
    assert incident.intercepted is False


def test_a_claim_far_from_the_one_attack_of_the_report() -> None:
    body = (
        "A drone struck Harir air base early on Tuesday, wounding two soldiers.\n\n"
        "The base lies an hour north-east of Erbil. Its runway was built in the 1990s. "
        "Coalition aircraft have used it for years. Local farmers sell fruit at its gate. "
        "The road to it was paved last spring.\n\n"
        "A coalition of militias calling itself the Islamic Resistance in Iraq claimed responsibility."
    )
    (incident,) = read(body, "2023-11-22").incidents
    assert incident.claimed_by == "Islamic Resistance in Iraq"


def test_a_place_and_day_set_just_before_the_attack_is_told() -> None:
    body = (
        "The quiet ended before dawn on Sunday at Union III, a compound in central Baghdad. "
        "A single drone flew in low, struck a barracks and killed two contractors."
    )
    (incident,) = read(body, "2024-01-30").incidents
    assert (incident.base, incident.date, incident.killed) == ("Union III", "2024-01-28", 2)


def test_casualties_told_in_the_present_tense_of_a_timeline() -> None:
    body = (
        "* Jan. 8, 2020 - Iran fires missiles at Ain al-Asad. No U.S. personnel are killed; more than "
        "100 are later diagnosed with brain injuries.\n\n"
        "* Nov. 29 - A rocket is fired at Union III. It misses, and no one is hurt."
    )
    assert [(i.base, i.killed, i.injured) for i in read(body, "2024-02-05").incidents] == [
        ("Ain al-Asad Air Base", 0, 100),
        ("Union III", 0, 0),
    ]


def test_a_base_that_has_also_been_hit_is_background() -> None:
    body = (
        "A drone struck Erbil air base on Monday.\n\n"
        "The al-Harir base, north-east of Erbil, has also been targeted. "
        "On November 9, two drones struck the base, starting a fire."
    )
    assert dated(body, "2023-12-26") == [("Erbil Air Base", "2023-12-25"), ("Harir Air Base", "2023-11-09")]


def test_a_statement_vowing_speaks_for_the_sentences_subject() -> None:
    body = 'Harakat al-Nujaba answered on Friday with a statement vowing to fight on "until the last occupier leaves".'
    assert speakers(body) == [("until the last occup", "Harakat al-Nujaba")]
