"""Extraction speed on a generated corpus of ~3 KB reports, one core.

Baseline in the same run: one regex pass that only tokenises each report, the least any
extractor must do. Prints medians over several runs and the ratio to the baseline.

    python bench/extract.py [--n 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import articles
from bench.machine import describe
from store.extract import extract
from store.gazetteer import default_gazetteer
from store.models import Article

_WORD = re.compile(r"\w+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    items = [Article(title=t, body=b, published=p) for t, p, b in articles(args.n)]
    gazetteer = default_gazetteer()
    extract(items[0], gazetteer)  # build the base matcher outside the timing
    times, base = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        for a in items:
            sum(1 for _ in _WORD.finditer(a.body))
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        for a in items:
            extract(a, gazetteer)
        times.append(time.perf_counter() - start)
    med, med_base = statistics.median(times), statistics.median(base)
    size = sum(len(a.body) for a in items) / len(items)
    print(f"machine: {describe()}")
    print(f"corpus: {len(items)} generated reports, mean {size:.0f} characters")
    print(
        f"extraction: median {len(items) / med:,.0f} reports/s "
        f"({med * 1000 / len(items):.2f} ms each) over {args.runs} runs"
    )
    print(
        f"baseline (tokenise only): median {len(items) / med_base:,.0f} reports/s; "
        f"extraction costs {med / med_base:.1f}x it"
    )


if __name__ == "__main__":
    main()
