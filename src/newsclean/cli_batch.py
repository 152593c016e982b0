"""newsclean batch: clean a corpus into structured JSON Lines, on every core."""

from __future__ import annotations

import argparse
import hashlib
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsclean import __version__
from newsclean.batch import MAX_CHARS, RecordCleaner, ordered_map
from newsclean.cli import add_cleaning_options, add_now_option, at_least, cleaning_options, corpus_parser, positive
from newsclean.cli_report import add_sample_options, make
from newsclean.errors import NewscleanError
from newsclean.inputs import Inputs, Item
from newsclean.outputs import Output, OutputError

_EPILOG = """\
examples:
  newsclean batch corpus.jsonl.gz -o clean.jsonl          records with a "text" field (--field)
  newsclean batch articles/ -o clean.jsonl --workers 4    a folder of .txt and .md files
  newsclean batch corpus.jsonl | jq .title                JSON Lines to standard output
  newsclean batch corpus.jsonl -o clean.jsonl --resume    go on after an interruption
  newsclean batch corpus.jsonl -o clean.jsonl --placements --report report.html
                                                          and the audit report (newsclean report --help)

exit status:
  0    every record was cleaned
  3    the run finished, but some records are error records (or --max-errors stopped it)
  1    the run could not start, the output could not be written, or an input was cut or
       corrupt (every record read before the break is written)
  2    the command line is wrong
  130  interrupted by Ctrl-C, 143 by SIGTERM: every record written so far is kept

--resume keeps OUTPUT's whole records and cleans the records after them. It refuses an OUTPUT
that other inputs or options wrote (OUTPUT.job.json records them); only the last input may
have grown since.
"""


_PROG = "newsclean batch"


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is."""


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean batch``; returns the exit status."""
    parser = corpus_parser(
        "newsclean batch",
        "Clean a corpus into JSON Lines: one output record per input record, in input order.",
        _EPILOG,
    )
    parser.add_argument("-o", "--output", default="-", help="the JSONL file to write (default: - for standard output)")
    parser.add_argument("--workers", type=positive, default=None, help="processes to use (default: all cores)")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--no-removed", action="store_true", help="leave the removal log out of each record")
    shown.add_argument("--text-only", action="store_true", help="write only the carried fields and the body")
    parser.add_argument(
        "--placements", action="store_true", help="write where each input line went (the report shows lines in place)"
    )
    parser.add_argument(
        "--max-chars", type=positive, default=MAX_CHARS, help=f"longer texts get an error record ({MAX_CHARS:,})"
    )
    add_cleaning_options(parser)
    add_now_option(parser)
    parser.add_argument("--resume", action="store_true", help="keep the records already in OUTPUT and go on after them")
    stop = parser.add_mutually_exclusive_group()
    stop.add_argument(
        "--max-errors", type=at_least(0), default=None, metavar="N", help="stop once more than N records failed"
    )
    stop.add_argument("--fail-fast", action="store_true", help="stop at the first record that fails (--max-errors 0)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    parser.add_argument("--report", metavar="HTML", help="then write the audit report of OUTPUT (needs -o FILE)")
    add_sample_options(parser)
    args = parser.parse_args(argv)
    max_errors = 0 if args.fail_fast else args.max_errors
    if args.report and args.output == "-":
        parser.error("--report reads the output again: give it a file with -o FILE")

    try:
        inputs = Inputs(args.inputs)
        profile, steps = cleaning_options(args)
        options = {"removed": not args.no_removed, "text_only": args.text_only, "max_chars": args.max_chars}
        job = {"field": args.field, **options, "steps": steps, "profile": _digest(args.profile)}
        if args.placements:  # only when asked, so that the outputs of earlier versions still resume
            job["placements"] = True
        if args.now:  # the same: a job without --now records none
            job["now"] = args.now
        run = {"command": ["newsclean", "batch", *argv], "newsclean": __version__, "profile": args.profile}
        output = Output.open(args.output, inputs, job, resume=args.resume, run=run)
    except (OSError, NewscleanError) as exc:
        print(f"newsclean batch: {exc}", file=sys.stderr)
        return 1
    settings = {"profile": profile, "steps": steps, "placements": args.placements, "now": args.now}
    cleaner = RecordCleaner(field=args.field, **settings, **options)
    with _sigterm_as_interrupt():
        status = _run(args, inputs, output, cleaner, max_errors)
    if args.report and status in (0, 3):
        status = (
            make(Path(args.output), Path(args.report), args.sample, args.seed, quiet=args.quiet, prog=_PROG) or status
        )
    return status


def _run(
    args: argparse.Namespace, inputs: Inputs, output: Output, cleaner: RecordCleaner, max_errors: int | None
) -> int:
    stats: Counter[str] = Counter()
    status = 0
    started = time.perf_counter()
    skip = _Skip(output.done)
    progress = _progress(args, output.done)
    try:
        for line, counts, error in ordered_map(
            cleaner, skip(inputs.items()), workers=args.workers, on_crash=cleaner.crashed
        ):
            output.write(line)
            stats.update(counts)
            progress.update(1)
            if error and max_errors is not None and stats["errors"] > max_errors:
                _say(f"stopped after {stats['errors']} failed records; the last: {error}")
                status = 3
                break
    except KeyboardInterrupt as exc:
        status = 143 if isinstance(exc, _Terminated) else 130
    except NewscleanError as exc:  # the output cannot be written, or workers keep dying
        _say(str(exc))
        status = 1
    finally:
        progress.close()
        try:
            output.close()
        except OutputError as exc:
            _say(str(exc))
            status = status or 1
    if status in (1, 130, 143):
        if status != 1:
            _say(f"interrupted; {output.done + stats['records']} records in {output.name}")
        return status
    problems = list(inputs.problems)
    if not skip.reached:
        problems.append(f"{output.name} holds {output.done} records, more than the inputs' {skip.seen}")
    for problem in problems:
        _say(problem)
    if not args.quiet:
        _summary(stats, inputs, output.done, time.perf_counter() - started)
    return 1 if problems else 3 if stats["errors"] else status


class _Skip:
    """Passes over the records an earlier run already wrote (``--resume``), counting what it saw."""

    def __init__(self, done: int) -> None:
        self.done = done
        self.seen = 0

    @property
    def reached(self) -> bool:
        return self.seen >= self.done

    def __call__(self, items: Iterator[Item]) -> Iterator[Item]:
        for item in items:
            self.seen += 1
            if self.seen > self.done:
                yield item


def _digest(path: str | None) -> str | None:
    """What identifies a profile in the job record: its content."""
    if path is None:
        return None
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM ends the run as Ctrl-C does: the records written so far are kept, the workers stopped."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signal: int, _frame: Any) -> None:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _say(message: str) -> None:
    print(f"{_PROG}: {message}", file=sys.stderr)


class _Quiet:
    def update(self, _: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(args: argparse.Namespace, done: int) -> Any:
    """A tqdm progress bar (rate and ETA) on a terminal, else nothing."""
    if args.quiet or not sys.stderr.isatty():
        return _Quiet()
    from tqdm import tqdm

    total = None if "-" in args.inputs else sum(1 for _ in Inputs(args.inputs).items())  # the records, read ahead
    return tqdm(total=total, initial=done, unit=" records", file=sys.stderr, smoothing=0.1)


def _summary(stats: Counter[str], inputs: Inputs, done: int, seconds: float) -> None:
    records = stats["records"]
    kept = f" after the {done} already in the output" if done else ""
    print(
        f"newsclean batch: {records} records{kept}, {stats['errors']} errors, {seconds:.1f} s "
        f"({records / seconds if seconds else 0:.0f} records/s)",
        file=sys.stderr,
    )
    for source in inputs.sources:
        if source.skipped:
            print(f"  {source.name}: skipped {source.skipped} files that are not text files", file=sys.stderr)
    for key, count in sorted(((k, v) for k, v in stats.items() if k.startswith("removed: ")), key=lambda kv: -kv[1]):
        print(f"  {key[9:]:<22}{count:>10}", file=sys.stderr)
