"""The whole-corpus evaluation against tests/gold meets the targets of the extraction issue."""

from __future__ import annotations

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
