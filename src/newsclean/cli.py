"""The command line: ``newsclean FILE`` prints the clean article.

Further commands (``newsclean COMMAND --help``) live in their own modules and are listed in
:data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path

import newsclean
from newsclean.errors import NewscleanError
from newsclean.inputs import READ_ERRORS, open_binary

#: Sub-command name -> module whose ``main(argv) -> int`` runs it.
COMMANDS: dict[str, str] = {
    "batch": "newsclean.cli_batch",
    "learn": "newsclean.cli_learn",
    "report": "newsclean.cli_report",
}

_EXAMPLES = """\
examples:
  newsclean article.txt              the title and the body
  newsclean article.txt.gz --json    Article.to_dict() as JSON (.gz, .zst, .bz2, .xz are decompressed)
  newsclean article.txt --markdown   the title as a heading, then the paragraphs
  newsclean article.txt --explain    every removed line: number, filter, reason, detail, text
  newsclean article.txt --html -o a.html   each line in place, marked with where it went and why
  cat article.txt | newsclean -      from standard input
  newsclean page.html --explain      an HTML page: removed blocks with their element's path
  newsclean article.txt --now 2024-03-03T10:00 --json   "3 hours ago" read as a date of 2024-03-03

commands:
  newsclean batch INPUT... -o OUT    clean a corpus into JSON Lines (newsclean batch --help)
  newsclean learn INPUT... -o FILE   learn a publisher profile from a corpus (newsclean learn --help)
  newsclean report OUT.jsonl -o report.html   the audit report of a batch output (newsclean report --help)
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            command: Callable[[list[str]], int] = import_module(COMMANDS[argv[0]]).main
            return command(argv[1:])
        return _clean_one(argv)
    except BrokenPipeError:  # the reader went away (``newsclean FILE | head``): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit's flush fails silently too
        return 141


def corpus_parser(prog: str, description: str, epilog: str) -> argparse.ArgumentParser:
    """The parser of a command that reads a corpus: its inputs and the JSONL field holding the text."""
    parser = argparse.ArgumentParser(
        prog=prog, description=description, epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="+", help="JSONL files (.gz .zst .bz2 .xz too), folders, files, or - (stdin)")
    parser.add_argument("--field", default="text", help="the JSONL field holding the text (default: text)")
    return parser


def add_cleaning_options(parser: argparse.ArgumentParser) -> None:
    """The options every command that cleans takes: a profile and the pipeline by step names."""
    parser.add_argument("--profile", help="a publisher profile from `newsclean learn`")
    parser.add_argument("--steps", help="the pipeline's steps by name, comma-separated (default: the default pipeline)")
    parser.add_argument("--without", action="append", default=[], metavar="STEP", help="leave a step out (repeatable)")


def cleaning_options(args: argparse.Namespace) -> tuple[newsclean.Profile | None, tuple[str, ...] | None]:
    """The profile and step names the options ask for; raises NewscleanError for unknown steps or a bad profile."""
    profile = newsclean.Profile.load(args.profile) if args.profile else None
    if args.steps is None and not args.without:
        return profile, None
    pipeline = newsclean.Pipeline([s.strip() for s in args.steps.split(",") if s.strip()]) if args.steps else None
    pipeline = pipeline or newsclean.Pipeline.default()
    for name in args.without:
        pipeline = pipeline.remove(name)
    return profile, pipeline.names


def add_now_option(parser: argparse.ArgumentParser) -> None:
    """``--now DATE``: when the pages were read, so that relative dates ("3 hours ago") are read against it."""
    parser.add_argument(
        "--now", type=moment, metavar="DATE", help="when it was read (ISO 8601): relative dates are read against it"
    )


def moment(value: str) -> str:
    """An argparse type: an ISO 8601 date or time, as ``clean(now=...)`` takes it.

    >>> moment("2024-03-03"), moment("2024-03-03T10:15")
    ('2024-03-03T00:00:00', '2024-03-03T10:15:00')
    """
    try:
        return dt.datetime.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an ISO 8601 date such as 2024-03-03T10:00, not {value!r}") from None


def at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum``."""

    def whole_number(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = minimum - 1
        if number < minimum:
            raise argparse.ArgumentTypeError(f"expected a whole number of at least {minimum}, not {value!r}")
        return number

    return whole_number


positive = at_least(1)


def _clean_one(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn raw news-article text into a clean, structured article.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", default="-", help="a text or HTML file, or - for standard input (default)")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print the structured article as JSON")
    shown.add_argument("--markdown", action="store_true", help="print the title as a heading, then the paragraphs")
    shown.add_argument("--explain", action="store_true", help="print every removed line with its filter and reason")
    shown.add_argument("--html", action="store_true", help="an HTML page: each input line marked with where it went")
    parser.add_argument("-o", "--output", default="-", help="the file to write (default: - for standard output)")
    parser.add_argument("--url", help="the page's URL (helps find the site name)")
    add_cleaning_options(parser)
    add_now_option(parser)
    parser.add_argument("--version", action="version", version=f"newsclean {newsclean.__version__}")
    args = parser.parse_args(argv)

    try:
        data = sys.stdin.buffer.read() if args.file == "-" else _read(Path(args.file))
        profile, steps = cleaning_options(args)
        pipeline = newsclean.Pipeline(steps) if steps is not None else None
        article = newsclean.clean(data, url=args.url, profile=profile, pipeline=pipeline, now=args.now)
    except (OSError, EOFError, NewscleanError) as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 1
    text = _shown(args, article)
    if args.output == "-":
        # In pieces: unbuffered (PYTHONUNBUFFERED), one big write to a pipe whose reader went away
        # ends short without an error; the next piece's write then raises BrokenPipeError.
        for start in range(0, len(text), 1 << 16):
            sys.stdout.write(text[start : start + (1 << 16)])
        sys.stdout.flush()
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"newsclean: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def _shown(args: argparse.Namespace, article: newsclean.Article) -> str:
    """What ``newsclean FILE`` writes, in the form the options ask for."""
    if args.json:
        return article.to_json(indent=2) + "\n"
    if args.markdown:
        return article.to_markdown()
    if args.explain:
        header = "line\tfilter\treason\tdetail\ttext" + ("\tpath" if article.shape == "html" else "")
        return header + "\n" + article.explain() + "\n"
    if args.html:
        from newsclean.report import article_page
        from newsclean.report.aggregate import slim

        record = {"url": args.url, **article.to_dict(), "placements": [p._asdict() for p in article.placements]}
        return article_page(slim(record, 1), "standard input" if args.file == "-" else args.file)
    return (f"{article.title}\n\n" if article.title else "") + article.body + "\n"


def _read(path: Path) -> bytes:
    if path.is_dir():
        raise NewscleanError(f"{path} is a folder: give a file, or clean a folder with `newsclean batch`")
    with open_binary(path) as handle:
        try:
            return handle.read()
        except READ_ERRORS as exc:
            raise NewscleanError(f"{path}: cut or corrupt compressed file: {exc}") from exc


if __name__ == "__main__":
    sys.exit(main())
