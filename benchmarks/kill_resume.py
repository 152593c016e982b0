"""Kill and resume: ``newsclean batch --resume`` after hard kills gives the same bytes as one uninterrupted run.

    python benchmarks/kill_resume.py [--records 10000] [--kills 5] [--workers 2] [--seed 1] [--keep DIR]
                                     [--without KIND ...] [--src DIR] [--kill group|parent]

In a temporary folder (or in ``--keep DIR``, which is left in place for a look afterwards) it:

1. writes ``corpus.jsonl``: ``--records`` JSON lines of {id, source, text}, the texts made from the
   articles in ``fixtures/*.txt`` (their body paragraphs shuffled and thinned), with about 5 % bad
   records at seeded positions: a lone surrogate in the text (kept as a ``\\ud83d`` escape), a number as
   the text, a null text, no text field, a line of broken JSON, a JSON array, an empty text, and a few
   huge texts of some MB (one over the default ``--max-chars`` when there are two or more);
2. runs ``newsclean batch corpus.jsonl -o whole.jsonl --workers W --quiet`` once, uninterrupted, and
   times it;
3. runs the same into ``resumed.jsonl`` and kills its process group with SIGKILL ``--kills`` times, each
   run after a kill going on with ``--resume``, then lets one last ``--resume`` run finish. The kills
   come after seeded delays within the share of the uninterrupted run's duration still to go, except
   one (a seeded one, not the last), which waits for the output to reach a seeded size partway into
   the longest line still to be written, so that at least one kill lands while the output is partly
   written (and likely tears a line). Every killed run is watched meanwhile: if its output falls below
   the whole records it held at its start (the file is being rewritten in place, say to cut a torn
   line off), it is killed at once, to show what such a rewrite can lose;
4. checks that ``resumed.jsonl`` is byte-identical to ``whole.jsonl``; that no process of a killed run
   survives it (its process group and descendants, read from ``/proc`` at the kill, looked up again a
   second later; survivors are reported, then killed by their ids); that no run was seen rewriting
   its output in place and no kill cost whole records the output already held (an in-place rewrite
   is only seen when a run's kill is not due before the rewrite starts); and that the runs that
   finished exited 0 or 3 (3: some records are error records).

It prints a report (the records, each kill with its moment and the records in the output then, the
seconds, identical yes/no) and exits 0 only when all those checks pass, else 1.

The code run is the checkout's (its ``src`` first on PYTHONPATH); ``--src DIR`` runs another source
tree, e.g. the last commit's: ``git archive HEAD src | tar -x -C /tmp/head`` and ``--src /tmp/head/src``.
``--without KIND`` leaves a kind of bad record out, e.g. to get past a crash on one kind and look at
the rest. ``--kill parent`` sends each SIGKILL to the run's first process only, not its whole group:
the way to see whether workers outlive a dead parent (a group kill takes them all down anyway). The corpus and
the kill plan depend only on ``--seed``; how many records a timed kill finds written depends on the
machine's speed. Linux only (``/proc``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

#: The kinds of bad record mixed into the corpus.
BAD_KINDS = ("surrogate", "number", "null", "missing", "bad_json", "array", "empty", "huge")
#: Share of the records that are bad.
BAD_SHARE = 0.05
#: Exit statuses of a run that finished: 0, or 3 when some records are error records.
COMPLETED = (0, 3)
#: Seconds to wait after a kill before looking for survivors.
SURVIVOR_WAIT = 1.0


# ---------------------------------------------------------------------------------------------- corpus


def article_texts() -> list[tuple[str, list[str]]]:
    """Each fixture article as (its name, its blank-line separated blocks)."""
    articles = []
    for path in sorted(FIXTURES.glob("*.txt")):
        blocks = [block.strip("\n") for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip()]
        articles.append((path.stem, blocks))
    if not articles:
        raise SystemExit(f"no fixtures/*.txt in {FIXTURES}")
    return articles


def vary(blocks: list[str], rng: random.Random) -> str:
    """A new article from a fixture's blocks: its body paragraphs (long blocks) shuffled, some left out."""
    slots = [n for n, block in enumerate(blocks) if len(block) >= 120]
    paragraphs = [blocks[n] for n in slots]
    rng.shuffle(paragraphs)
    kept = [p for p in paragraphs if rng.random() > 0.2] or paragraphs[:1]
    out = list(blocks)
    for n, slot in enumerate(slots):
        out[slot] = kept[n] if n < len(kept) else ""
    return "\n\n".join(block for block in out if block) + "\n"


def bad_plan(records: int, rng: random.Random, without: Sequence[str] = ()) -> dict[int, str]:
    """Which records are bad, and how: about ``BAD_SHARE`` of them, each kind at least once, few huge ones."""
    kinds = [kind for kind in BAD_KINDS if kind not in without]
    count = min(records, max(len(kinds), round(records * BAD_SHARE)))
    positions = rng.sample(range(records), count) if kinds else []
    huge = min(3, max(1, records // 3000), count) if "huge" in kinds else 0
    small = [kind for kind in kinds if kind != "huge"]
    plan = dict.fromkeys(positions[:huge], "huge")
    for n, position in enumerate(positions[huge:]):
        plan[position] = small[n] if n < len(small) else rng.choice(small)
    return plan


def huge_sizes(count: int, rng: random.Random) -> list[int]:
    """Characters of the huge texts: the first over the default ``--max-chars`` (an error record), the rest under."""
    return [5_500_000 if n == 0 and count > 1 else rng.randrange(2_000_000, 4_500_000) for n in range(count)]


def bad_line(kind: str, number: int, text: str, rng: random.Random, huge_chars: int) -> str:
    """One bad record's JSON line (without its newline)."""
    if kind == "surrogate":  # a lone high surrogate; json.dumps keeps it as the escape \ud83d
        head, _, tail = text.partition("\n")
        return json.dumps({"id": number, "text": f"{head} \ud83d\n{tail}"})
    if kind == "number":
        return json.dumps({"id": number, "text": rng.randrange(10**6)})
    if kind == "null":
        return json.dumps({"id": number, "text": None})
    if kind == "missing":
        return json.dumps({"id": number, "body": text})
    if kind == "bad_json":
        whole = json.dumps({"id": number, "text": text})
        return whole[: rng.randrange(10, len(whole) - 2)]
    if kind == "array":
        return json.dumps([{"id": number, "text": text}])
    if kind == "empty":
        return json.dumps({"id": number, "text": ""})
    if kind == "huge":
        return json.dumps({"id": number, "text": (text + "\n") * (huge_chars // (len(text) + 1) + 1)})
    raise ValueError(f"unknown kind of bad record: {kind}")


def make_corpus(path: Path, records: int, seed: int, without: Sequence[str] = ()) -> Counter[str]:
    """Write the corpus of ``records`` JSON lines to ``path``; returns how many of each kind it holds."""
    rng = random.Random(seed)
    articles = article_texts()
    plan = bad_plan(records, rng, without)
    sizes = iter(huge_sizes(sum(kind == "huge" for kind in plan.values()), rng))
    kinds: Counter[str] = Counter()
    with path.open("w", encoding="ascii", newline="\n") as out:
        for number in range(records):
            source, blocks = rng.choice(articles)
            text = vary(blocks, rng)
            kind = plan.get(number, "good")
            kinds[kind] += 1
            if kind == "good":
                line = json.dumps({"id": number, "source": source, "text": text})
            else:
                line = bad_line(kind, number, text, rng, next(sizes) if kind == "huge" else 0)
            out.write(line + "\n")
    return kinds


# ---------------------------------------------------------------------------------------------- runs


def batch_command(corpus: Path, output: Path, workers: int, resume: bool) -> list[str]:
    command = [sys.executable, "-m", "newsclean.cli", "batch", str(corpus), "-o", str(output)]
    return [*command, "--workers", str(workers), "--quiet", *(["--resume"] if resume else [])]


def child_env(src: Path) -> dict[str, str]:
    """The environment for the runs: ``src`` (the code to run) first on PYTHONPATH."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(src), env.get("PYTHONPATH")) if p)
    return env


def start(command: list[str], stderr: Path, src: Path) -> subprocess.Popen[bytes]:
    """Start a run in a session (and process group) of its own, its stderr to a file."""
    with stderr.open("wb") as err:
        return subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, env=child_env(src),
            start_new_session=True,
        )  # fmt: skip


def last_line(path: Path) -> str:
    """The last line a run wrote to stderr (the exception, after a traceback)."""
    lines = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return f"{lines[-1][:200]} (see {path.name})" if lines else "(nothing on stderr)"


def whole_records(path: Path) -> tuple[int, int]:
    """The whole records in a JSONL output and the bytes of its torn last line (0: none)."""
    if not path.exists():
        return 0, 0
    data = path.read_bytes()
    return data.count(b"\n"), len(data) - (data.rfind(b"\n") + 1)


# ---------------------------------------------------------------------------------------------- processes


@dataclass(frozen=True)
class Proc:
    """A process as /proc shows it: its id, start time (to tell a reused id), group, parent, state."""

    pid: int
    start: int
    pgid: int
    ppid: int
    state: str


def processes() -> dict[int, Proc]:
    """Every process now running, from /proc."""
    found: dict[int, Proc] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:  # gone meanwhile
            continue
        fields = stat[stat.rfind(")") + 2 :].split()  # after "pid (command) "
        found[int(entry)] = Proc(int(entry), int(fields[19]), int(fields[2]), int(fields[1]), fields[0])
    return found


def run_tree(root: int) -> list[Proc]:
    """The processes of a run: its process group, and every descendant of its first process."""
    table = processes()
    children: dict[int, list[int]] = {}
    for proc in table.values():
        children.setdefault(proc.ppid, []).append(proc.pid)
    tree: set[int] = set()
    todo = [root]
    while todo:
        pid = todo.pop()
        if pid in table and pid not in tree:
            tree.add(pid)
            todo.extend(children.get(pid, ()))
    tree |= {proc.pid for proc in table.values() if proc.pgid == root}
    return [table[pid] for pid in sorted(tree)]


def survivors(seen: list[Proc], group: int) -> list[Proc]:
    """Which of ``seen`` still live (same id, same start time, not a zombie), plus any live member of ``group``."""
    table = processes()
    alive = {p.pid: p for p in table.values() if p.state not in "ZX"}
    left = [alive[p.pid] for p in seen if p.pid in alive and alive[p.pid].start == p.start]
    left += [p for p in alive.values() if p.pgid == group and p not in left]
    return left


def describe(proc: Proc) -> str:
    try:
        command = Path(f"/proc/{proc.pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        command = "?"
    return f"pid {proc.pid} (parent {proc.ppid}, group {proc.pgid}): {command.strip()[:100]}"


def end(procs: list[Proc]) -> None:
    """Kill surviving processes of our own runs, by their ids."""
    for proc in procs:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGKILL)


# ---------------------------------------------------------------------------------------------- the check


@dataclass
class Kill:
    """One killed run (or one that finished before its kill came)."""

    number: int
    trigger: str
    """What the kill waited for: a delay, or the output reaching a size."""
    held: int = 0
    """Whole records in the output when the run started."""
    seconds: float = 0.0
    """When the kill came, after the run started."""
    shrank: bool = False
    """The output fell below the whole records it held (it was being rewritten): killed then."""
    killed: bool = False
    status: int | None = None
    records: int = 0
    """Whole records in the output after the kill."""
    torn: int = 0
    """Bytes of a torn last line after the kill."""
    prefix: bool = True
    """The output's whole records are the first ones of the uninterrupted run's."""
    processes: int = 0
    survivors: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        """Whole records the output held at the start and not after the kill."""
        return max(0, self.held - self.records)

    def text(self) -> str:
        if not self.killed:
            return f"run {self.number}: exit {self.status} at {self.seconds:.2f} s, before its kill ({self.trigger})"
        torn = f" + a torn line of {self.torn:,} bytes" if self.torn else ""
        when = "as the output shrank" if self.shrank else self.trigger
        text = f"run {self.number}: killed at {self.seconds:.2f} s ({when}): {self.records} records{torn} in the output"
        text += f", {self.processes} processes"
        if self.shrank:
            text += f"; the output fell below the {self.held} whole records it held at the start (rewritten in place)"
        if self.lost:
            text += f"; LOST {self.lost} of the {self.held} whole records it held at the start"
        if not self.prefix:
            text += "; NOT a prefix of the uninterrupted output"
        return "\n".join([text, *(f"  survivor: {s}" for s in self.survivors)])


@dataclass
class Report:
    records: int
    workers: int
    seed: int
    target: str
    kinds: Counter[str]
    whole_status: int = 0
    whole_seconds: float = 0.0
    whole_records: int = 0
    whole_error: str = ""
    kills: list[Kill] = field(default_factory=list)
    final_status: int = 0
    final_seconds: float = 0.0
    final_error: str = ""
    identical: bool = False
    difference: str = ""

    @property
    def survivors(self) -> list[str]:
        return [s for kill in self.kills for s in kill.survivors]

    @property
    def lost(self) -> int:
        return sum(kill.lost for kill in self.kills)

    @property
    def rewrites(self) -> int:
        return sum(kill.shrank for kill in self.kills)

    @property
    def bad_statuses(self) -> list[str]:
        runs = [("uninterrupted run", self.whole_status), ("last --resume run", self.final_status)]
        runs += [(f"run {k.number} (finished before its kill)", k.status or 0) for k in self.kills if not k.killed]
        return [f"{name} exited {status}" for name, status in runs if status not in COMPLETED]

    @property
    def passed(self) -> bool:
        return self.identical and not (self.survivors or self.bad_statuses or self.lost or self.rewrites)

    def text(self) -> str:
        bad = ", ".join(f"{kind} {n}" for kind, n in sorted(self.kinds.items()) if kind != "good")
        lines = [
            f"records: {self.records} ({bad})   workers: {self.workers}   seed: {self.seed}   kill: {self.target}",
            f"uninterrupted run: exit {self.whole_status}, {self.whole_seconds:.1f} s, {self.whole_records} records",
        ]
        if self.whole_error:
            lines.append(f"  stderr: {self.whole_error}")
        lines += [kill.text() for kill in self.kills]
        lines.append(f"last --resume run: exit {self.final_status}, {self.final_seconds:.1f} s")
        if self.final_error:
            lines.append(f"  stderr: {self.final_error}")
        seconds = self.whole_seconds + sum(k.seconds for k in self.kills) + self.final_seconds
        lines.append(f"seconds in all runs: {seconds:.1f}")
        incomplete = " (but the runs did not finish: both outputs are cut short)" if self.bad_statuses else ""
        lines.append(f"identical: {'yes' if self.identical else 'no'}{self.difference}{incomplete}")
        lines.append(f"survivors: {len(self.survivors)}")
        lines.append(f"runs seen rewriting their output in place: {self.rewrites}")
        lines.append(f"whole records lost by a killed run: {self.lost}")
        lines += [f"bad exit: {problem}" for problem in self.bad_statuses]
        lines.append("PASS" if self.passed else "FAIL")
        return "\n".join(lines)


def first_difference(expected: bytes, got: bytes) -> str:
    """Where the resumed output departs from the uninterrupted one ("" when they are the same)."""
    if expected == got:
        return ""
    want, have = expected.split(b"\n"), got.split(b"\n")
    line = next(
        (n for n, (a, b) in enumerate(zip(want, have, strict=False), start=1) if a != b), min(len(want), len(have))
    )
    return (
        f" (resumed: {len(have) - 1} lines, {len(got):,} bytes; uninterrupted: {len(want) - 1} lines, "
        f"{len(expected):,} bytes; they differ from line {line} on)"
    )


def run_to_end(command: list[str], stderr: Path, src: Path) -> tuple[int, float, str]:
    """Run to completion: the exit status, the seconds taken and (on a bad status) the end of stderr."""
    started = time.perf_counter()
    status = start(command, stderr, src).wait()
    seconds = time.perf_counter() - started
    return status, seconds, "" if status in COMPLETED else last_line(stderr)


def size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def killed_run(
    kill: Kill,
    command: list[str],
    stderr: Path,
    src: Path,
    output: Path,
    delay: float,
    size: int | None,
    target: str = "group",
) -> None:
    """Start a run and kill its process group after ``delay`` seconds, or when ``output`` reaches ``size`` bytes.

    ``target="parent"`` kills only the run's first process (as the OOM killer or ``kill -9 PID`` would).

    It is killed at once if ``output`` falls below the whole records it held at the start: a run that
    rewrites its output in place would lose them if killed then.
    """
    data = output.read_bytes() if output.exists() else b""
    held = data.rfind(b"\n") + 1  # the bytes of its whole records
    started = time.perf_counter()
    proc = start(command, stderr, src)
    while True:
        seconds = time.perf_counter() - started
        if proc.poll() is not None:
            kill.seconds, kill.status = seconds, proc.returncode
            return
        now = size_of(output)
        kill.shrank = now < held
        if kill.shrank or (now >= size if size is not None else seconds >= delay):
            break
        if size is None:  # a kill waiting for the output spins: a long line is written in a few ms
            time.sleep(0.0005)
    tree = run_tree(proc.pid)
    with contextlib.suppress(ProcessLookupError):  # it may have ended just now
        (os.killpg if target == "group" else os.kill)(proc.pid, signal.SIGKILL)
    kill.seconds, kill.processes = time.perf_counter() - started, len(tree)
    kill.status = proc.wait()
    kill.killed = kill.status == -signal.SIGKILL
    time.sleep(SURVIVOR_WAIT)
    left = survivors(tree, proc.pid)
    kill.survivors = [describe(p) for p in left]
    end(left)


def partly_written(expected: bytes, at: int, share: float) -> tuple[int, str]:
    """A size for the output to reach, after ``at`` bytes: ``share`` into the longest line still to come.

    A long line is written in one go; killing while it is under way is the likeliest way to tear it.
    Without a line of 64 KB or more to come, the size is ``share`` of the way to the end.
    """
    begin, longest = at, (at, at)
    while begin < len(expected):
        end_ = expected.find(b"\n", begin) + 1 or len(expected)
        if end_ - begin > longest[1] - longest[0]:
            longest = (begin, end_)
        begin = end_
    first, last = longest
    if last - first >= 65_536:
        line = expected.count(b"\n", 0, first) + 1
        size = first + max(1, round(share * (last - first)))
        return size, f"output at {size:,} bytes, inside line {line} ({last - first:,} bytes)"
    size = at + max(1, round(share * (len(expected) - at)))
    return size, f"output at {size:,} of {len(expected):,} bytes"


def check(
    folder: Path,
    records: int,
    kills: int,
    workers: int,
    seed: int,
    without: Sequence[str] = (),
    src: Path = ROOT / "src",
    target: str = "group",
) -> Report:
    """The whole check in ``folder``: corpus, uninterrupted run, killed and resumed runs, comparison.

    ``src`` is the source tree whose ``newsclean`` runs; ``without``: kinds of bad record to leave out;
    ``target``: what each SIGKILL goes to, the run's process ``"group"`` or only its ``"parent"``.
    """
    corpus, whole, resumed = folder / "corpus.jsonl", folder / "whole.jsonl", folder / "resumed.jsonl"
    for stale in (whole, resumed):  # from an earlier check in a --keep folder
        stale.unlink(missing_ok=True)
    report = Report(records, workers, seed, target, make_corpus(corpus, records, seed, without))

    status, seconds, error = run_to_end(batch_command(corpus, whole, workers, False), folder / "whole.stderr", src)
    report.whole_status, report.whole_seconds, report.whole_error = status, seconds, error
    expected = whole.read_bytes() if whole.exists() else b""
    report.whole_records = expected.count(b"\n")

    rng = random.Random(f"kills {seed}")
    fractions = [rng.uniform(0.05, 0.95) for _ in range(kills)]
    # the kill that waits for the output to be partly written; not the last, so that the run after it,
    # which finds the torn line, is watched (and killed) too
    sized = rng.randrange(max(1, kills - 1)) if kills else -1
    share = rng.uniform(0.2, 0.8)
    for number in range(1, kills + 1):
        held, torn = whole_records(resumed)
        if number - 1 == sized:
            delay, (size, trigger) = 0.0, partly_written(expected, size_of(resumed) - torn, share)
        else:
            remaining = max(0, report.whole_records - held) / max(1, report.whole_records)
            size, delay = None, fractions[number - 1] * report.whole_seconds * remaining
            trigger = f"after {delay:.2f} s"
        kill = Kill(number, trigger, held=held)
        command = batch_command(corpus, resumed, workers, number > 1)
        killed_run(kill, command, folder / f"run{number}.stderr", src, resumed, delay, size, target)
        kill.records, kill.torn = whole_records(resumed)
        data = resumed.read_bytes() if resumed.exists() else b""
        kill.prefix = expected.startswith(data[: len(data) - kill.torn])
        report.kills.append(kill)

    command = batch_command(corpus, resumed, workers, kills > 0)
    status, seconds, error = run_to_end(command, folder / "final.stderr", src)
    report.final_status, report.final_seconds, report.final_error = status, seconds, error
    got = resumed.read_bytes() if resumed.exists() else b""
    report.identical = whole.exists() and got == expected
    report.difference = first_difference(expected, got)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--records", type=int, default=10_000, help="records in the corpus (default: 10000)")
    parser.add_argument("--kills", type=int, default=5, help="hard kills of the resumed run (default: 5)")
    parser.add_argument("--workers", type=int, default=2, help="--workers for newsclean batch (default: 2)")
    parser.add_argument("--seed", type=int, default=1, help="seed for the corpus and the kill moments (default: 1)")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary folder)")
    parser.add_argument("--without", action="append", default=[], choices=BAD_KINDS, help="leave out a kind")
    parser.add_argument("--src", default=str(ROOT / "src"), help="the source tree to run (default: the checkout's)")
    parser.add_argument(
        "--kill",
        choices=("group", "parent"),
        default="group",
        help="SIGKILL the run's process group or its parent only",
    )
    args = parser.parse_args(argv)
    if not Path("/proc/self/stat").exists():
        parser.error("needs Linux (/proc)")
    kwargs: dict[str, Any] = {"records": args.records, "kills": args.kills, "workers": args.workers}
    kwargs |= {"seed": args.seed, "without": args.without, "src": Path(args.src).resolve(), "target": args.kill}
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        report = check(folder, **kwargs)
    else:
        with tempfile.TemporaryDirectory(prefix="kill_resume-") as temporary:
            report = check(Path(temporary), **kwargs)
    print(report.text())
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
