"""Scaling: time per MB and peak memory of ``clean()`` from 10 KB to 20 MB, per input family.

    python benchmarks/scaling.py [--sizes 0.01,0.1,1,5,20] [--families article,huge_line,'title_*',...]
                                 [--timeout SECONDS]

Each case runs in its own process (so peak memory is its own): the input is built, a 5 KB input
of the same family is cleaned to pay the one-time costs (languages loaded, patterns compiled),
then the input is cleaned once, and the process reports the time and the growth of its peak
resident memory during that ``clean()`` (the kernel's high-water mark is reset after the input is
built, so building it does not count). An input that cleans in under 0.2 s is cleaned again, up
to 20 times in about a second, and the fastest time is reported. A step that is quadratic in
lines or in line length shows as time per MB growing with the size; the issue's targets are
time/MB at 20 MB within 2x of 1 MB, and peak memory under 20x the input (at most 30x at 64 MB,
``--sizes 64``). Inputs are generated here from word lists (no evaluation data).

Long-run families (the issue "clean() has a linear worst case") put one long run of a character
class (``spaces``, ``nbsp``, ``pipes``, ``stars``, ``cjk``) in one place a step reads: the page
title (``title_*``), a byline (``byline_*``), a tag line (``tags_*``), a one-line dump
(``dump_*``) or an article paragraph (``paragraph_*``). The run is half the input; news pages fill
the rest. They run at 10 KB to 1 MB unless ``--sizes`` says otherwise, and their time per MB is
compared with that of ``article`` (prose) at the same size: the target is within 3x of prose at
every size. ``--families`` takes names and shell patterns (``'*_pipes'``); a case that runs
longer than ``--timeout`` seconds (input building included) is killed and reported as
``timeout``.
"""

from __future__ import annotations

import argparse
import fnmatch
import gc
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

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


#: The character classes of the long runs: a unit repeated (CJK: a block of random ideographs).
RUN_UNITS = {"spaces": " ", "nbsp": "\u00a0", "pipes": "|", "stars": "*", "cjk": ""}
#: Where a long run goes: the line that holds it, with ``{run}`` where the run is.
RUN_PLACES = {
    "title": "Council reviews{run}plan | Town News",
    "byline": "By Jane{run}Doe",
    "tags": "Tags: council,{run}plan",
    "paragraph": "The council said on Tuesday{run}that it would review the plan again before the spring.",
    "dump": "",  # the whole first page on one line, the run in its first paragraph
}


def _run(unit: str, size: int, rng: random.Random) -> str:
    """A run of about ``size`` bytes in UTF-8."""
    if not unit:
        block = "".join(chr(rng.randrange(0x4E00, 0x9FA6)) for _ in range(4096))
        return (block * (size // len(block.encode()) + 1))[: size // 3]
    return unit * (size // len(unit.encode()))


def _first_page(place: str, run: str, rng: random.Random) -> list[str]:
    """A news page with ``run`` in the line ``place`` names."""
    lines = [
        RUN_PLACES["title"].format(run=" "),
        "Council reviews plan",
        RUN_PLACES["byline"].format(run=" "),
        "March 3, 2024 10:15 AM",
        RUN_PLACES["paragraph"].format(run=" "),
        *(" ".join(rng.choices(WORDS, k=rng.randint(12, 60))).capitalize() + "." for _ in range(5)),
        "Tags: council, plan",
        "© 2024 Town News. All rights reserved.",
    ]
    at = {"title": 0, "byline": 2, "tags": 10}.get(place, 4)
    lines[at] = RUN_PLACES["tags" if place == "tags" else "paragraph" if place == "dump" else place].format(run=run)
    return lines


def _sentences(size: int, rng: random.Random) -> list[str]:
    """Sentences of prose, about ``size`` characters in all."""
    sentences: list[str] = []
    while size > 0:
        sentences.append(" ".join(rng.choices(WORDS, k=rng.randint(12, 60))).capitalize() + ".")
        size -= len(sentences[-1]) + 1
    return sentences


def long_run(place: str, unit: str) -> Callable[[int, random.Random], str]:
    """The family that puts a run of ``unit`` (half the input) in ``place`` of a page, news pages after it."""

    def build(size: int, rng: random.Random) -> str:
        run = _run(unit, size // 2, rng)
        lines = _first_page(place, run, rng)
        if place == "dump":
            page = " ".join(lines)
            return " ".join([page, *_sentences(size - len(page.encode()) - 1, rng)])
        page = "\n\n".join(lines) + "\n\n"
        return page + article(max(size - len(page.encode()), 0), rng)

    build.__doc__ = f"A run of {unit!r} in the {place} line."
    return build


FAMILIES: dict[str, Callable[[int, random.Random], str]] = {
    "article": article,
    "huge_line": huge_line,
    "tiny_lines": tiny_lines,
    "near_duplicates": near_duplicates,
}
LONG_RUNS = {f"{place}_{name}": long_run(place, unit) for place in RUN_PLACES for name, unit in RUN_UNITS.items()}
FAMILIES.update(LONG_RUNS)
#: The default sizes in MB: the long-run families stop at 1 MB.
SIZES, RUN_SIZES = "0.01,0.1,1,5,20", "0.01,0.1,1"
#: Time per MB of a long-run family at most this many times that of prose, at every size.
PROSE_FACTOR = 3.0
#: Peak memory growth at most this many times the input (the 64 MB target).
MEMORY_FACTOR = 30.0


def measure(family: str, size: int) -> dict[str, float]:
    """Clean one generated input in this process: seconds, and peak memory growth in bytes."""
    import newsclean

    text = FAMILIES[family](size, random.Random(size))
    newsclean.clean(FAMILIES[family](5000, random.Random(0)))  # one-time costs: languages, compiled patterns
    gc.collect()
    reset = _reset_peak()
    before = _status("VmRSS")
    started = time.perf_counter()
    newsclean.clean(text)
    seconds = time.perf_counter() - started
    # The kernel's high-water mark since the reset; without a reset, the process's (building the input counts).
    peak = _status("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    memory = max(peak - before, 0)
    runs, total = 1, seconds
    while seconds < 0.2 and runs < 20 and total < 1.0:  # small inputs: the fastest of a few runs
        started = time.perf_counter()
        newsclean.clean(text)
        elapsed = time.perf_counter() - started
        seconds, runs, total = min(seconds, elapsed), runs + 1, total + elapsed
    return {"seconds": seconds, "memory": memory, "bytes": len(text.encode()), "runs": runs, "reset": reset}


def _reset_peak() -> bool:
    """Reset the process's peak resident memory (Linux 4.0+: ``clear_refs``); False when that is refused."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def _status(field: str) -> int:
    """A memory figure of this process from ``/proc/self/status``, in bytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise LookupError(field)


def run_case(family: str, mb: float, timeout: float) -> dict[str, Any] | str:
    """Measure one case in a process of its own: its report, or why there is none."""
    command = [sys.executable, __file__, "--one", family, str(int(mb * 1_000_000))]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        return f"error: {last[:60]}"
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def select(patterns: str) -> list[str]:
    """The families that names or shell patterns (comma-separated) select, in the order given."""
    chosen: list[str] = []
    for pattern in patterns.split(","):
        matched = fnmatch.filter(FAMILIES, pattern)
        if not matched:
            sys.exit(f"scaling: no family {pattern!r}; families: {', '.join(FAMILIES)}")
        chosen += [name for name in matched if name not in chosen]
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", help=f"input sizes in MB (default {SIZES}; {RUN_SIZES} for long runs)")
    parser.add_argument("--families", default=",".join(FAMILIES), help="names or shell patterns, comma-separated")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds a case may take (default 600)")
    parser.add_argument("--one", nargs=2, metavar=("FAMILY", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return
    families = select(args.families)

    def sizes(family: str) -> list[float]:
        return [float(mb) for mb in (args.sizes or (RUN_SIZES if family in LONG_RUNS else SIZES)).split(",")]

    print(f"load average: {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs")
    print(f"{'family':<18}{'MB':>7}{'seconds':>10}{'s/MB':>8}{'x prose':>9}{'peak MB':>9}{'x input':>9}")
    prose: dict[float, float] = {}  # s/MB of ``article`` per size, the reference of the long-run families
    if "article" not in families and any(family in LONG_RUNS for family in families):
        families.insert(0, "article")  # the reference is measured (and shown) first
    for family in sorted(families, key=lambda name: name != "article"):
        per_mb: dict[float, float] = {}
        factors: dict[float, float | None] = {}  # x prose per size; None: no time (a timeout, an error)
        memories: dict[float, float] = {}
        for mb in sizes(family) if family != "article" else sorted({s for f in families for s in sizes(f)}):
            result = run_case(family, mb, args.timeout)
            if isinstance(result, str):
                factors[mb] = None
                print(f"{family:<18}{mb:>7}  {result}", flush=True)
                continue
            per_mb[mb] = result["seconds"] / (result["bytes"] / 1e6)
            if family == "article":
                prose[mb] = per_mb[mb]
            factors[mb] = per_mb[mb] / prose[mb] if prose.get(mb) else None
            memories[mb] = result["memory"] / result["bytes"]
            factor = f"{factors[mb]:>9.2f}" if factors[mb] is not None else f"{'-':>9}"
            line = f"{family:<18}{mb:>7}{result['seconds']:>10.3f}{per_mb[mb]:>8.2f}{factor}"
            mark = "" if result["reset"] else "  (peak includes building the input)"
            print(f"{line}{result['memory'] / 1e6:>9.1f}{memories[mb]:>9.1f}{mark}", flush=True)
        if 1.0 in per_mb and 20.0 in per_mb:
            print(f"{family}: time/MB at 20 MB is {per_mb[20.0] / per_mb[1.0]:.2f}x that at 1 MB", flush=True)
        if family in LONG_RUNS:
            worst = max(factors.items(), key=lambda item: item[1] if item[1] is not None else float("inf"))
            ok = all(factor is not None and factor <= PROSE_FACTOR for factor in factors.values())
            said = "no time (timeout or error)" if worst[1] is None else f"{worst[1]:.1f}x"
            print(
                f"{family}: within {PROSE_FACTOR:g}x of prose at every size: {'yes' if ok else 'no'}"
                f" (worst {said} at {worst[0]:g} MB)",
                flush=True,
            )
        if 64.0 in factors:  # measured, or tried and timed out (no peak then: the target is not met)
            ok = memories.get(64.0, float("inf")) <= MEMORY_FACTOR
            print(
                f"{family}: peak at 64 MB within {MEMORY_FACTOR:g}x the input: {'yes' if ok else 'no'}"
                f" ({f'{memories[64.0]:.1f}x' if 64.0 in memories else 'not measured'})",
                flush=True,
            )


if __name__ == "__main__":
    main()
