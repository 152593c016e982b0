"""Speed of ``clean()`` on the shared dev pages: the best of a few passes, in documents per second.

    python benchmarks/dev_speed.py                        # this checkout
    PYTHONPATH=/path/to/other/src python benchmarks/dev_speed.py   # another commit, to compare
    python benchmarks/dev_speed.py --input html --source scrapinghub   # the HTML of one source's pages

The best pass is the least disturbed by other work on a shared machine; the CPU time of a pass is
disturbed less than its wall time when other jobs share the cores. Compare two commits by running
them side by side, twice each. Nothing here is a target: the numbers go in issue notes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import newsclean

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "data" / "dev.jsonl.gz"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--input", choices=["text", "html"], default="text", help="clean the page text or its HTML")
    parser.add_argument("--source", help="only the pages of this source (scrapinghub, dragnet...)")
    args = parser.parse_args(argv)
    with gzip.open(args.data, "rt", encoding="utf-8") as handle:
        records = [r for r in map(json.loads, handle) if args.source in (None, r["source"]) and r.get(args.input)]
    pages = [(record[args.input], record.get("url")) for record in records]
    best = best_cpu = float("inf")
    for _ in range(args.passes):
        start, start_cpu = time.perf_counter(), time.process_time()
        for text, url in pages:
            newsclean.clean(text, url=url)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    print(
        f"{newsclean.__file__}: best of {args.passes} passes {best:.2f} s, {len(pages) / best:.1f} docs/s;"
        f" CPU {best_cpu:.2f} s, {len(pages) / best_cpu:.1f} docs per CPU second"
    )


if __name__ == "__main__":
    main()
