"""The command line: ``newsclean FILE`` prints the clean article.

newsclean article.txt              # title and body
newsclean --json article.txt       # Article.to_dict() as JSON
newsclean --explain article.txt    # every removed line: number, filter, reason, detail, text
cat article.txt | newsclean -      # from standard input

Further commands (``newsclean COMMAND --help``) live in their own modules and are listed in
:data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

import newsclean
from newsclean.errors import NewscleanError

#: Sub-command name -> module whose ``main(argv) -> int`` runs it.
COMMANDS: dict[str, str] = {"batch": "newsclean.cli_batch", "learn": "newsclean.cli_learn"}


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


def _clean_one(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn raw news-article text into a clean, structured article.",
    )
    parser.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input (default)")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print the structured article as JSON")
    shown.add_argument("--explain", action="store_true", help="print every removed line with its filter and reason")
    parser.add_argument("--url", help="the page's URL (helps find the site name)")
    parser.add_argument("--profile", help="a publisher profile from `newsclean learn`")
    parser.add_argument("--version", action="version", version=f"newsclean {newsclean.__version__}")
    args = parser.parse_args(argv)

    try:
        data = sys.stdin.buffer.read() if args.file == "-" else _read(args.file)
        profile = newsclean.Profile.load(args.profile) if args.profile else None
        article = newsclean.clean(data, url=args.url, profile=profile)
    except (OSError, NewscleanError) as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(article.to_json(indent=2))
    elif args.explain:
        print("line\tfilter\treason\tdetail\ttext")
        print(article.explain())
    else:
        if article.title:
            print(article.title, end="\n\n")
        print(article.body)
    return 0


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


if __name__ == "__main__":
    sys.exit(main())
