"""Scoring extraction against hand-written gold files (``tests/gold/``).

Each gold file names its article (``file``, and ``line`` for an item of a JSON array or
JSON Lines file). The article is read and extracted exactly as ingest does, without a
store, and compared: incidents match on base and date, quotes on their text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.extract import extract
from store.extract.claims import ACRONYM_AFTER, find_group
from store.extract.roles import PERSONAL_TITLES, canonical_body
from store.extract.speaker_book import NAME_SUFFIXES
from store.extract.speaker_patterns import HEAD_WORD
from store.gazetteer import default_gazetteer
from store.ingest.files import read_paths
from store.models import Article, Extraction, IncidentMention

FIELDS = ("weapons", "killed", "injured", "intercepted", "claimed_by")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    articles: int = 0
    incidents: Score = field(default_factory=Score)
    quotes: Score = field(default_factory=Score)
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    matched_incidents: int = 0
    speakers_right: int = 0
    matched_quotes: int = 0
    misses: list[str] = field(default_factory=list)

    def field_accuracy(self, name: str) -> float:
        return self.field_right[name] / self.matched_incidents if self.matched_incidents else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched_quotes if self.matched_quotes else 1.0

    def lines(self) -> list[str]:
        i, q = self.incidents, self.quotes
        out = [
            f"articles evaluated     {self.articles}",
            f"incidents              P {i.precision:.3f}  R {i.recall:.3f}  F1 {i.f1:.3f}"
            f"  (tp {i.tp}, fp {i.fp}, fn {i.fn})",
        ]
        out += [f"  field {name:15} {self.field_accuracy(name):.3f}" for name in FIELDS]
        out += [
            f"quotes                 P {q.precision:.3f}  R {q.recall:.3f}  F1 {q.f1:.3f}"
            f"  (tp {q.tp}, fp {q.fp}, fn {q.fn})",
            f"speaker accuracy       {self.speaker_accuracy:.3f}  ({self.speakers_right}/{self.matched_quotes})",
        ]
        return out


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = text.replace("u.s.", "us").replace("’", "'")
    text = re.sub(r"[^\w' ]+", " ", text)
    words = [w for w in text.split() if w not in ("a", "an", "the")]
    return " ".join(words)


def _date_matches(gold: dict[str, Any], pred: IncidentMention) -> bool:
    if gold.get("date") is None:
        return pred.date_precision != "day"
    if pred.date_precision == "month":
        return gold["date"][:7] == pred.date[:7]
    return gold["date"] == pred.date


def _same_incident(gold: dict[str, Any], pred: IncidentMention) -> bool:
    same_place = gold["base"] == pred.base if gold.get("base") else pred.base is None
    return same_place and _date_matches(gold, pred)


def _group(name: str | None) -> str | None:
    return (find_group(name) or name) if name else name


def _field_right(name: str, gold: dict[str, Any], pred: IncidentMention) -> bool:
    want = gold.get(name)
    if name == "weapons":
        got = set(pred.weapons)
        want_set = set(want or [])
        if "missile" in want_set and got & {"ballistic missile", "cruise missile"}:
            want_set = (want_set - {"missile"}) | (got & {"ballistic missile", "cruise missile"})
        return got == want_set
    if name == "claimed_by":
        # Gold names the group as the text spells it ("Islamic Revolution Guards Corps");
        # extraction gives a known group its one name.
        return _norm(_group(want)) == _norm(_group(pred.claimed_by))
    return want == getattr(pred, name)


def _quote_matches(gold_text: str, pred_text: str) -> bool:
    g, p = _norm(gold_text), _norm(pred_text)
    return bool(g) and (g == p or (len(p) > 10 and (g in p or p in g)))


_ANOTHER = re.compile(r"^[Aa]nother ")
_PLACE_TAIL = re.compile(r" (?:stationed |based |posted )?(?:in|at|from|near) [\w' ]{2,40}")
_MEDIUM_TAIL = re.compile(r"(?:['’]s)?\s+(?:official\s+)?(?:Telegram\s+)?(?:statement|channel|post|account)s?$", re.I)
_RELATIVE = re.compile(r"\s+(?:who|whose|which)\s")


def _speaker_right(gold: str | None, pred: str | None) -> bool:
    """Gold names a speaker as the text does; a listed body ("U.S. Central Command") is
    extracted under its short name ("CENTCOM"), which is the same speaker, and a description is
    extracted without the relative clause that follows it ("a retired Marine colonel who served
    two tours in Anbar" is "a retired Marine colonel"). A quotation gold gives no speaker is
    right only with none extracted."""
    if not gold:
        return not pred  # a quotation the text attributes to no one
    gold, pred = _ANOTHER.sub("a ", gold), _ANOTHER.sub("a ", pred or "")  # "Another lawmaker, who ...": a lawmaker
    if (clause := _RELATIVE.search(gold)) is not None and clause.start() > 0:
        gold = gold[: clause.start()]
    if gold and "(" in gold:
        gold = ACRONYM_AFTER.sub("", gold)  # "the Counter-Terrorism Directorate (CTD)": the body by its name
    if pred and "(" in pred:
        pred = ACRONYM_AFTER.sub("", pred)  # either side may keep the acronym the text gave
    if gold and (medium := _MEDIUM_TAIL.search(gold)) is not None and medium.start() > 0:
        gold = gold[: medium.start()]  # "the coalition statement", "Kataib Hezbollah's channel": its author
    g, p = _norm(gold), _norm(pred)
    if g and gold and pred and (body := canonical_body(gold)) is not None and body == canonical_body(pred):
        return True
    if _same_group(gold, pred):
        return True
    if g and p and (_titled_as(g.split(), p.split()) or _titled_as(p.split(), g.split())):
        return True
    if g and p and (_placed(g, p) or _placed(p, g)):
        return True
    return bool(g) and (g == p or (g.endswith(p) and len(p.split()) >= 2) or (p.endswith(g) and len(g.split()) >= 2))


def _same_group(gold: str | None, pred: str | None) -> bool:
    """ "Nujaba" is Harakat al-Nujaba, "Iran's Revolutionary Guards" the IRGC, "Kataib Hezbollah's
    channel" the group; not "a spokesman for Kataib Hezbollah", a person who speaks for it."""
    if not gold or not pred or HEAD_WORD.search(gold) or HEAD_WORD.search(pred):
        return False
    group = find_group(gold)
    return group is not None and group == find_group(pred)


def _placed(short: str, long: str) -> bool:
    """ "a US defense official in Washington" for "a US defense official": the same source, told where."""
    return long.startswith(short + " ") and _PLACE_TAIL.fullmatch(long, len(short)) is not None


def _titled_as(titled: list[str], named: list[str]) -> bool:
    """ "President Biden" for "Joe Biden": a title and the surname of the person named in full,
    either way round, the full name's "Jr." or "III" left off ("Lloyd J. Austin III")."""
    if len(named) > 2 and named[-1] in _NAME_SUFFIXES:
        named = named[:-1]
    return (
        len(titled) >= 2
        and len(named) >= 2
        and titled[-1] == named[-1]
        and all(w in PERSONAL_TITLES for w in titled[:-1])
    )


_NAME_SUFFIXES = frozenset(suffix.lower().rstrip(".") for suffix in NAME_SUFFIXES)


def score_article(report: Report, gold: dict[str, Any], ex: Extraction, name: str) -> None:
    report.articles += 1
    unmatched = list(ex.incidents)
    for g in gold.get("incidents", []):
        hit = next((p for p in unmatched if _same_incident(g, p)), None)
        if hit is None:
            report.incidents.fn += 1
            report.misses.append(f"{name}: missed incident {g.get('base')} {g.get('date')}")
            continue
        unmatched.remove(hit)
        report.incidents.tp += 1
        report.matched_incidents += 1
        for f in FIELDS:
            if _field_right(f, g, hit):
                report.field_right[f] += 1
            else:
                report.misses.append(
                    f"{name}: {g.get('base')} {g.get('date')} {f}: gold {g.get(f)!r}, got {getattr(hit, f)!r}"
                )
    for p in unmatched:
        report.incidents.fp += 1
        report.misses.append(f"{name}: extra incident {p.base or p.place_text} {p.date} ({p.date_basis})")
    direct = [q for q in ex.quotes if not q.indirect]
    for g in gold.get("quotes", []):
        hit = next((q for q in direct if _quote_matches(g["text"], q.text)), None)
        if hit is None:
            report.quotes.fn += 1
            report.misses.append(f"{name}: missed quote {g['text'][:50]!r}")
            continue
        direct.remove(hit)
        report.quotes.tp += 1
        report.matched_quotes += 1
        if _speaker_right(g.get("speaker"), hit.speaker):
            report.speakers_right += 1
        else:
            report.misses.append(
                f"{name}: speaker of {g['text'][:40]!r}: gold {g.get('speaker')!r}, got {hit.speaker!r}"
            )
    for q in direct:
        report.quotes.fp += 1
        report.misses.append(f"{name}: extra quote {q.text[:50]!r}")


def _articles_by_name(corpus: Path) -> dict[str, Article]:
    """Articles keyed as gold files name them: ``file`` or ``file#line``."""
    found: dict[str, Article] = {}
    for item in read_paths([corpus]):
        if item.article is None:
            continue
        source = Path(item.source.split("#")[0]).name
        suffix = item.source.partition("#")[2]
        found[f"{source}#{suffix}" if suffix else source] = item.article
    return found


def evaluate(gold_dir: Path, corpus: Path, gold_files: Iterable[Path] | None = None) -> Report:
    articles = _articles_by_name(corpus)
    report = Report()
    gazetteer = default_gazetteer()
    for path in sorted(gold_files or gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        key = gold.get("file", "")
        if gold.get("line"):
            key = f"{key}#{gold['line']}"
        article = articles.get(key)
        if article is None:
            report.misses.append(f"{path.name}: no article {key!r} in {corpus}")
            continue
        score_article(report, gold, extract(article, gazetteer), key)
    return report
