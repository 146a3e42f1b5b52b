"""Rules found on the seventh and eighth held-out sets (tests/heldout7: wire and defence-press
reports; tests/heldout8: transcripts, releases, think-tank updates, state media, live blogs and
Telegram round-ups), scored once before any rule looked at them (incidents F1 0.68 and 0.56).
The texts here are made up for the tests."""

from __future__ import annotations

from store.extract import extract
from store.gazetteer import default_gazetteer
from store.models import Article, Extraction


def read(body: str, published: str) -> Extraction:
    return extract(Article(title="t", body=body, published=published), default_gazetteer())


def test_a_number_in_an_aircraft_designation_counts_no_one() -> None:
    body = (
        "A drone struck Harir air base on Monday, wounding two U.S. soldiers. "
        "An MQ-9 Reaper and an AC-130 gunship killed several of the attackers within hours."
    )
    (incident,) = read(body, "2023-11-08").incidents
    assert (incident.killed, incident.injured) == (None, 2)
