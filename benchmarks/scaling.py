"""Scaling: time per MB and peak memory of ``clean()`` from 10 KB to 20 MB, per input family.

    python benchmarks/scaling.py [--sizes 0.01,0.1,1,5,20] [--families article,huge_line,...]

Each case runs in its own process (so peak memory is its own): the input is built, a 5 KB input
of the same family is cleaned to pay the one-time costs (languages loaded, patterns compiled),
then the input is cleaned once, and the process reports the time and the growth of its peak
resident memory during that ``clean()``. A step that is quadratic in lines or in line length
shows as time per MB growing with the size; the issue's targets are time/MB at 20 MB within 2x
of 1 MB, and peak memory under 20x the input. Inputs are generated here from word lists (no evaluation data).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time

WORDS = (
    "the council said on tuesday that it would review the plan again and that residents would be asked for "
    "their views before any decision was taken in the spring while the mayor argued that the money was there"
).split()
FURNITURE = ["Advertisement", "Share on Facebook", "Home", "News", "Subscribe to our newsletter", "Read more:"]


def article(size: int, rng: random.Random) -> str:
    """Pages of news: a headline, menus, paragraphs of prose, furniture, a footer; repeated to ``size``."""
    parts: list[str] = []
    total = 0
    page = 0
    while total < size:
        page += 1
        lines = [f"Council reviews plan number {page} | Town News", *rng.sample(FURNITURE, 3)]
        for _ in range(rng.randint(5, 15)):
            lines.append(" ".join(rng.choices(WORDS, k=rng.randint(12, 60))).capitalize() + ".")
            if rng.random() < 0.3:
                lines.append(rng.choice(FURNITURE))
        lines.append(f"© {2000 + page % 25} Town News. All rights reserved.")
        text = "\n\n".join(lines) + "\n\n"
        parts.append(text)
        total += len(text)
    return "".join(parts)[:size]


def huge_line(size: int, rng: random.Random) -> str:
    """One paragraph without a single newline."""
    words = rng.choices(WORDS, k=size // 5 + 1)
    return " ".join(words)[:size]


def tiny_lines(size: int, rng: random.Random) -> str:
    """Lines of one short word each (1M lines at 20 MB take 20 bytes a line)."""
    lines = [f"{rng.choice(WORDS)} {rng.randrange(10**12)}" for _ in range(size // 18 + 1)]
    return "\n".join(lines)[:size]


def near_duplicates(size: int, rng: random.Random) -> str:
    """Furniture lines that differ by a number or a typo, among a little prose."""
    lines = []
    total = 0
    while total < size:
        base = list("Article continues after this advertisement from our partners")
        base[rng.randrange(len(base))] = rng.choice("abcdefgh")
        line = "".join(base) + f" {rng.randrange(1000)}"
        if rng.random() < 0.1:
            line = " ".join(rng.choices(WORDS, k=30)).capitalize() + "."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)[:size]


FAMILIES = {"article": article, "huge_line": huge_line, "tiny_lines": tiny_lines, "near_duplicates": near_duplicates}


def measure(family: str, size: int) -> dict[str, float]:
    """Clean one generated input in this process: seconds, and peak memory growth in bytes."""
    import newsclean

    text = FAMILIES[family](size, random.Random(size))
    newsclean.clean(FAMILIES[family](5000, random.Random(0)))  # one-time costs: languages, compiled patterns
    before = _rss()
    started = time.perf_counter()
    newsclean.clean(text)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"seconds": seconds, "memory": max(peak - before, 0), "bytes": len(text.encode())}


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.01,0.1,1,5,20", help="input sizes in MB")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--one", nargs=2, metavar=("FAMILY", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return
    print(f"load average: {os.getloadavg()[0]:.2f}")
    print(f"{'family':<16}{'MB':>7}{'seconds':>10}{'s/MB':>8}{'peak MB':>9}{'x input':>9}")
    for family in args.families.split(","):
        per_mb: dict[float, float] = {}
        for mb in map(float, args.sizes.split(",")):
            command = [sys.executable, __file__, "--one", family, str(int(mb * 1_000_000))]
            result = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            per_mb[mb] = result["seconds"] / (result["bytes"] / 1e6)
            ratio = result["memory"] / result["bytes"]
            line = f"{family:<16}{mb:>7}{result['seconds']:>10.2f}{per_mb[mb]:>8.2f}"
            print(f"{line}{result['memory'] / 1e6:>9.1f}{ratio:>9.1f}", flush=True)
        if 1.0 in per_mb and 20.0 in per_mb:
            print(f"{family}: time/MB at 20 MB is {per_mb[20.0] / per_mb[1.0]:.2f}x that at 1 MB", flush=True)


if __name__ == "__main__":
    main()
