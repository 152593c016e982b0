"""Losses: how much of the article newsclean drops, per source and per half of the dev pages.

    python benchmarks/losses.py                      # both dev sets, both halves
    python benchmarks/losses.py --half a --steps     # decide on half a; which steps drop article lines
    python benchmarks/losses.py --input html         # the same pages cleaned from their HTML

For every page of the shared evaluation kit with a gold body (``dev.jsonl.gz``: page text;
``dev-region.jsonl.gz``: the article's container), it prints the body precision, recall and F1
of the kit's scorer (4-word shingles), and how many pages lose more than 20% of their gold body
(shingle recall below 0.8). The pages are split in two halves by a hash of their id: decide a
change on one half, confirm it on the other. With ``--steps`` it also counts the removed lines
of six words or more that the gold body holds, by step and reason: the article text each step
drops wrongly.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import newsclean

ROOT = Path(__file__).resolve().parent.parent
KIT = ROOT.parent / "shared" / "eval"
DATA = {"dev": "dev.jsonl.gz", "region": "dev-region.jsonl.gz"}
#: A page "loses the article" when its gold body's 4-word-shingle recall falls below this.
LOST = 0.8
_WORDS = re.compile(r"\w+")


def scorer() -> ModuleType:
    """The evaluation kit's ``score.py``, for its metric (never copied: it is the kit's)."""
    spec = importlib.util.spec_from_file_location("score", KIT / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"losses: {KIT / 'score.py'} is missing (../shared beside the checkout)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def half(page_id: str) -> str:
    """``a`` or ``b``: the half of the dev pages ``page_id`` falls in (stable across runs and machines).

    >>> half("page-3"), half("page-4")
    ('b', 'a')
    """
    return "ab"[zlib.crc32(page_id.encode()) % 2]


def records(name: str, halves: str) -> Iterator[dict[str, Any]]:
    """The records of one dev set with a gold body, in the asked halves."""
    with gzip.open(KIT / "data" / DATA[name], "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("gold_body") and half(record["id"]) in halves:
                yield record


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", choices=[*DATA, "both"], default="both")
    parser.add_argument("--half", choices=["a", "b", "both"], default="both")
    parser.add_argument("--steps", action="store_true", help="count the article lines each step drops")
    parser.add_argument("--input", choices=["text", "html"], default="text", help="clean the page text or its HTML")
    args = parser.parse_args(argv)
    if args.input == "html":
        args.data = "dev"  # the article regions have no HTML
    score = scorer()
    halves = "ab" if args.half == "both" else args.half
    for name in DATA if args.data == "both" else [args.data]:
        rows: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
        dropped: Counter[str] = Counter()
        dropped_words: Counter[str] = Counter()
        for record in records(name, halves):
            article = newsclean.clean(record[args.input], url=record.get("url"))
            row = score.body_tp_fp_fn(record["gold_body"], article.body)
            for key in ((record["source"], half(record["id"])), (record["source"], "ab"), ("ALL", "ab")):
                rows[key].append(row)
            if args.steps:
                gold = _words(record["gold_body"])
                for removal in article.removed:
                    text = _words(removal.text)
                    if text.count(" ") >= 5 and text in gold:
                        dropped[f"{removal.filter}/{removal.reason}"] += 1
                        dropped_words[f"{removal.filter}/{removal.reason}"] += text.count(" ") + 1
        print(f"{name} ({DATA[name]}), halves {halves}")
        print(f"  {'source':<22} {'half':>4} {'pages':>6} | {'P':>5} {'R':>5} {'F1':>5} | lost >20%")
        for (source, part), found in sorted(rows.items(), key=lambda item: (item[0][0] == "ALL", item[0])):
            if part == "ab" and halves != "ab" and source != "ALL":
                continue
            p, r, f1 = score.body_prf(found)
            lost = sum(1 for tp, _, fn in found if tp + fn > 0 and tp / (tp + fn) < LOST)
            print(f"  {source:<22} {part:>4} {len(found):>6} | {p:.3f} {r:.3f} {f1:.3f} | {lost:>5}")
        if args.steps:
            print("  article lines dropped (6+ words found in the gold body), by step/reason: lines, words")
            for step, lines in dropped.most_common(12):
                print(f"    {step:<40} {lines:>6} {dropped_words[step]:>8}")


if __name__ == "__main__":
    main()
