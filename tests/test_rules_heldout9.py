"""Rules found on the ninth held-out set (tests/heldout9: news pages saved whole as HTML),
scored once before any rule looked at it (incidents F1 0.71, quote recall 0.82). The texts
here are made up for the tests."""

from __future__ import annotations

from store.extract import extract
from store.extract.quote_marks import as_double_quotes
from store.gazetteer import default_gazetteer
from store.models import Article, Extraction


def read(body: str, published: str = "2024-01-21") -> Extraction:
    return extract(Article(title="t", body=body, published=published), default_gazetteer())


def test_single_curly_quotation_marks_become_double_and_keep_every_offset() -> None:
    body = "‘The soldiers’ families didn’t sleep,’ said Amal Saeed, a teacher. ‘We heard every one.’"
    double = as_double_quotes(body)
    assert double == "“The soldiers’ families didn’t sleep,” said Amal Saeed, a teacher. “We heard every one.”"
    assert len(double) == len(body)


def test_single_marks_inside_double_ones_stay_as_they_are() -> None:
    body = "“He shouted ‘get down’ and we ran,” the sergeant said."
    assert as_double_quotes(body) == body


def test_quotes_in_single_marks_are_read_with_their_speakers() -> None:
    body = (
        "Rockets struck Ain al-Assad on Saturday. ‘This was a deliberate attempt to kill Americans,’ "
        "a US official said. The Islamic Resistance in Iraq said it had fired ‘a salvo of missiles’ at the base."
    )
    quotes = [(q.text, q.speaker, body[q.start : q.end]) for q in read(body).quotes if not q.indirect]
    assert quotes == [
        (
            "This was a deliberate attempt to kill Americans",
            "a US official",
            "This was a deliberate attempt to kill Americans,",
        ),
        ("a salvo of missiles", "Islamic Resistance in Iraq", "a salvo of missiles"),
    ]


def dated(body: str, published: str) -> list[tuple[str | None, str]]:
    return [(i.base, i.date) for i in read(body, published).incidents]


def test_the_worst_attack_before_a_day_is_dated_by_its_own_day() -> None:
    body = "The deadliest attack before Friday came on Dec. 25, when a drone hit Erbil air base."
    assert dated(body, "2024-01-13") == [("Erbil Air Base", "2023-12-25")]


def test_bases_said_not_to_have_been_hit_open_nothing() -> None:
    body = (
        "Drones hit Harir air base late on Sunday. Patrols were stepped up around Shaddadi and Tal Baydar, "
        "and none of those sites had been hit, a spokesman said. Security was tightened at Victory base, "
        "though no attacks were reported there."
    )
    assert dated(body, "2024-01-02") == [("Harir Air Base", "2023-12-31")]


def test_a_question_reports_nothing() -> None:
    body = "Rockets hit Ain al-Asad on Monday.\n\nWas Union III attacked on Monday too?"
    assert dated(body, "2024-01-10") == [("Ain al-Asad Air Base", "2024-01-08")]


def test_days_counted_from_a_day_named_with_its_event() -> None:
    body = "Three days after the Jan. 4 strike in Baghdad, a drone hit Harir air base."
    assert dated(body, "2024-01-10") == [("Harir Air Base", "2024-01-07")]


def test_an_airstrip_is_a_generic_mention_of_the_base() -> None:
    body = (
        "Drones targeted Kharab al-Jir on Sunday night. On December 8, two rockets had been fired at "
        "the airstrip, causing no casualties."
    )
    assert dated(body, "2024-01-01") == [("Kharab al-Jir", "2023-12-31"), ("Kharab al-Jir", "2023-12-08")]


def test_one_of_ours_killed_by_name() -> None:
    body = (
        "On March 1, 2020, rockets hit Camp Taji, killing Dana Ortiz, an American working for a "
        "logistics contractor, and wounding two soldiers."
    )
    (incident,) = read(body, "2024-01-10").incidents
    assert (incident.killed, incident.injured) == (1, 2)


def test_a_first_figure_of_no_casualties_since_revised_counts_nothing() -> None:
    body = (
        "A missile hit Ain al-Asad late on Monday. The Pentagon had initially said there were no "
        "casualties. On Wednesday it said eight personnel suffered minor injuries."
    )
    (incident,) = read(body, "2023-11-23").incidents
    assert (incident.killed, incident.injured) == (None, 8)


def test_a_reporters_question_in_a_transcript_reports_no_attack() -> None:
    body = (
        "MR. RYDER: Last night a drone was shot down near Harir air base.\n\n"
        "Q: There are reports this morning of rockets fired at Union III. Can you confirm anything?\n\n"
        "MR. RYDER: I have nothing on that."
    )
    assert dated(body, "2023-11-21") == [("Harir Air Base", "2023-11-20")]


def test_straight_single_quotation_marks_when_the_report_has_no_double_ones() -> None:
    body = "'We heard the sirens first,' said Khalid Nouri, a farmer. 'The soldiers' families didn't sleep.'"
    assert as_double_quotes(body) == (
        "“We heard the sirens first,” said Khalid Nouri, a farmer. “The soldiers' families didn't sleep.”"
    )
    assert as_double_quotes("The '90s were calm. Nobody's fault.") == "The '90s were calm. Nobody's fault."
    mixed = "\"It was loud,\" he said of the 'big one'."
    assert as_double_quotes(mixed) == mixed
