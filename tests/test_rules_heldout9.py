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
