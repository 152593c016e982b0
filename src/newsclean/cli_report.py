"""newsclean report: the audit report of a batch output, as one self-contained HTML page."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newsclean.cli import at_least
from newsclean.inputs import READ_ERRORS
from newsclean.report import write_report

_EPILOG = """\
examples:
  newsclean report clean.jsonl -o report.html              totals, sites and 50 sampled articles
  newsclean report clean.jsonl -o report.html --sample 200 --seed 7

The articles show each input line in place when the output was made with
`newsclean batch --placements`; `newsclean batch ... --report report.html` makes the report
right after the run.
"""

#: Articles in the report's sample unless --sample says otherwise.
SAMPLE = 50


def add_sample_options(parser: argparse.ArgumentParser) -> None:
    """The options that pick the report's sample."""
    parser.add_argument(
        "--sample", type=at_least(0), default=SAMPLE, metavar="N", help=f"articles in the sample (default: {SAMPLE})"
    )
    parser.add_argument("--seed", type=int, default=0, help="the seed of the sample's random draw (default: 0)")


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean report``; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="newsclean report",
        description="Make the audit report of a `newsclean batch` output: one HTML file, no network needed.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("output", help="the JSONL file newsclean batch wrote (.gz .zst .bz2 .xz too)")
    parser.add_argument("-o", "--html", required=True, help="the HTML file to write")
    add_sample_options(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    args = parser.parse_args(argv)
    return make(Path(args.output), Path(args.html), args.sample, args.seed, quiet=args.quiet, prog="newsclean report")


def make(output: Path, html: Path, sample: int, seed: int, *, quiet: bool, prog: str) -> int:
    """Write the report; says what it counted on standard error (unless ``quiet``). Exit status 0, or 1."""
    try:
        report = write_report(output, html, sample=sample, seed=seed, progress=not quiet and sys.stderr.isatty())
    except (*READ_ERRORS, UnicodeError) as exc:
        print(f"{prog}: cannot make the report: {exc}", file=sys.stderr)
        return 1
    if not quiet:
        print(
            f"{prog}: {html}: {report.records:,} records, {report.errors:,} errors, "
            f"{report.removed.lines:,} lines removed, {len(report.sample):,} articles sampled",
            file=sys.stderr,
        )
    return 0
