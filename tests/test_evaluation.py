"""The whole-corpus evaluation against tests/gold meets the targets of the extraction issue."""

from __future__ import annotations

import json
from pathlib import Path

from store.evaluate import evaluate
from tests.conftest import SEEDS
from tests.test_bad_input import run

GOLD = Path(__file__).parent / "gold"


def test_every_gold_file_names_an_article() -> None:
    report = evaluate(GOLD, SEEDS)
    assert report.articles == len(list(GOLD.glob("*.json"))) >= 41
    assert not [m for m in report.misses if "no article" in m]


def test_corpus_scores_meet_the_targets() -> None:
    report = evaluate(GOLD, SEEDS)
    assert report.incidents.f1 >= 0.95, report.lines()
    assert report.quotes.recall >= 0.95, report.lines()
    assert report.speaker_accuracy >= 0.90, report.lines()


def test_eval_command_prints_its_figures() -> None:
    result = run("eval", str(GOLD))
    assert result.returncode == 0
    assert "incidents              P " in result.stdout and "speaker accuracy" in result.stdout
    assert "  field weapons" in result.stdout


def test_a_body_under_its_short_name_is_the_speaker_gold_names_in_full(tmp_path: Path) -> None:
    """Gold names speakers as the text does; extraction gives a listed body its short name."""
    body = (
        "U.S. Central Command said in a statement:\n\n"
        '"Militants launched missiles at al-Asad Air Base on Saturday."\n\n'
        '"We are watching," the White House said.'
    )
    (tmp_path / "a.txt").write_text(f"Statement\n\nPublished: 2024-01-21\n\n{body}\n")
    gold = tmp_path / "gold"
    gold.mkdir()
    quotes = [
        {"text": "Militants launched missiles at al-Asad Air Base on Saturday.", "speaker": "U.S. Central Command"},
        {"text": "We are watching", "speaker": "CENTCOM"},  # the White House said it: wrong
    ]
    (gold / "a.json").write_text(json.dumps({"file": "a.txt", "incidents": [], "quotes": quotes}))
    report = evaluate(gold, tmp_path)
    assert report.speakers_right == 1
    assert any("gold 'CENTCOM', got 'White House'" in m for m in report.misses)


def test_a_claimant_spelled_as_the_text_does_is_the_known_group(tmp_path: Path) -> None:
    body = "The Islamic Revolution Guards Corps (IRGC) announced it had struck Ain al-Asad air base on Wednesday."
    (tmp_path / "a.txt").write_text(f"Strike\n\nPublished: 2020-01-08\n\n{body}\n")
    gold = tmp_path / "gold"
    gold.mkdir()
    incident = {"base": "Ain al-Asad Air Base", "date": "2020-01-08", "claimed_by": "Islamic Revolution Guards Corps"}
    (gold / "a.json").write_text(json.dumps({"file": "a.txt", "incidents": [incident], "quotes": []}))
    report = evaluate(gold, tmp_path)
    assert report.incidents.tp == 1
    assert report.field_right["claimed_by"] == 1, report.misses


HELDOUT = Path(__file__).parent / "heldout"


def test_reports_written_apart_from_the_rules_score_close_to_the_development_set() -> None:
    """tests/heldout: twelve reports written from the researched facts by someone who had not
    read the rules, with their own gold. Their first score (incidents F1 0.63, speakers 0.69)
    showed rules fitted to the development corpus; these floors hold the general fixes since."""
    report = evaluate(HELDOUT / "gold", HELDOUT / "corpus")
    assert report.articles == 12
    assert report.incidents.f1 >= 0.95, report.lines()
    assert report.quotes.recall >= 0.95, report.lines()
    assert report.speaker_accuracy >= 0.90, report.lines()


HELDOUT2 = Path(__file__).parent / "heldout2"


def test_a_second_set_written_apart_from_the_rules() -> None:
    """tests/heldout2: ten more such reports, scored once before any rule looked at them
    (incidents F1 0.78, quote recall 1.00, speaker accuracy 0.71). The rules were then fixed
    for what they showed; the floors hold the targets of the extraction issue."""
    report = evaluate(HELDOUT2 / "gold", HELDOUT2 / "corpus")
    assert report.articles == 10
    assert report.incidents.f1 >= 0.95, report.lines()
    assert report.quotes.recall >= 0.95, report.lines()
    assert report.speaker_accuracy >= 0.90, report.lines()


HELDOUT3 = Path(__file__).parent / "heldout3"


def test_a_third_set_written_apart_from_the_rules() -> None:
    """tests/heldout3: twelve more reports in formats and voices the first two sets lacked (a
    briefing transcript, a Markdown tracker, Iranian and Chinese state media, a JSON Lines live
    blog), scored once before any rule looked at them: incidents F1 0.80, quote recall 0.98,
    speaker accuracy 0.75. The floors hold the targets of the extraction issue since the fixes."""
    report = evaluate(HELDOUT3 / "gold", HELDOUT3 / "corpus")
    assert report.articles == 12
    assert report.incidents.f1 >= 0.95, report.lines()
    assert report.quotes.recall >= 0.95, report.lines()
    assert report.speaker_accuracy >= 0.90, report.lines()


HELDOUT4 = Path(__file__).parent / "heldout4"


def test_a_fourth_set_written_apart_from_the_rules() -> None:
    """tests/heldout4: ten reports (twelve records) in voices the other sets lacked (unit detail
    and ranks, a hearing transcript, a translated militia statement, a Markdown newsletter, an
    anniversary feature, a report that takes its attack back), scored once before any rule
    looked at them: incidents F1 0.74, quote recall 1.00, speaker accuracy 0.80. After the
    general fixes they led to, F1 is 0.94: two dates and the conflicting SDF and monitor tolls
    remain. The floors guard what was reached, a little below it."""
    report = evaluate(HELDOUT4 / "gold", HELDOUT4 / "corpus")
    assert report.articles == 12
    assert report.incidents.f1 >= 0.90, report.lines()
    assert report.quotes.recall >= 0.95, report.lines()
    assert report.speaker_accuracy >= 0.90, report.lines()
