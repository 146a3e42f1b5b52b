"""A generated corpus of ~3 KB reports for the benchmarks, built from the seed sentences.

Sentences of the bundled articles are shuffled into new reports with other bases, days and
figures, so the extractor meets realistic text without the benchmark reading the same few
articles over and over.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from store.extract.text import split_sentences
from store.gazetteer import default_gazetteer
from store.ingest.files import read_paths

ROOT = Path(__file__).resolve().parent.parent
_NUMBER = re.compile(r"\b\d{1,3}\b")


def seed_sentences() -> list[str]:
    out = []
    for item in read_paths([ROOT / "seeds"]):
        if item.article:
            out += [s.text for s in split_sentences(item.article.body) if 30 < len(s.text) < 400]
    return out


def articles(n: int, size: int = 3000, seed: int = 7) -> list[tuple[str, str, str]]:
    """``n`` (title, published, body) triples of about ``size`` characters."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    names = [b.name for b in default_gazetteer().bases]
    out = []
    for i in range(n):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            text = rng.choice(sentences)
            text = _NUMBER.sub(lambda m: str(rng.randint(1, 60)), text)
            if rng.random() < 0.3:
                text = text.replace("Tower 22", rng.choice(names)).replace("Harir", rng.choice(names))
            parts.append(text)
        body = "\n\n".join(" ".join(parts[j : j + 3]) for j in range(0, len(parts), 3))
        day = f"2024-{rng.randint(1, 2):02d}-{rng.randint(1, 28):02d}"
        out.append((f"Generated report {i}: attack on {rng.choice(names)}", day, body))
    return out


def write_txt(folder: Path, items: list[tuple[str, str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (title, day, body) in enumerate(items):
        (folder / f"r{i:06d}.txt").write_text(f"{title}\n{day}\n\n{body}\n", encoding="utf-8")
