"""Guard for speed work: does extraction still give exactly the same output?

Extracts every bundled article and a generated corpus, and either saves the results as a
reference (``--save``) or compares against one (``--check``), printing the first articles
whose output differs. Run ``--save`` before a rewrite and ``--check`` after it.

    python bench/same_output.py --save /tmp/ref.json [--n 1000]
    python bench/same_output.py --check /tmp/ref.json [--n 1000]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import ROOT, articles
from store.extract import extract
from store.gazetteer import default_gazetteer
from store.ingest.files import read_paths
from store.models import Article

TODAY = date(2024, 3, 1)


def corpus(n: int) -> list[tuple[str, Article]]:
    named = [(Path(item.source).name, item.article) for item in read_paths([ROOT / "seeds"]) if item.article]
    generated = [(f"generated {i}", Article(title=t, body=b, published=p)) for i, (t, p, b) in enumerate(articles(n))]
    return named + generated


def outputs(n: int) -> dict[str, object]:
    gazetteer = default_gazetteer()
    return {name: dataclasses.asdict(extract(a, gazetteer, TODAY)) for name, a in corpus(n)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    now = json.loads(json.dumps(outputs(args.n)))
    if args.save:
        args.save.write_text(json.dumps(now), encoding="utf-8")
        print(f"saved {len(now)} extractions to {args.save}")
        return
    before = json.loads(args.check.read_text(encoding="utf-8"))
    differ = [name for name in before if before[name] != now.get(name)]
    for name in differ[:10]:
        for key in before[name]:
            if before[name][key] != now[name][key]:
                print(f"{name}: {key} differs")
    print(f"{len(before) - len(differ)} of {len(before)} extractions identical")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
