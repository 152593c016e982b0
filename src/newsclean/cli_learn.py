"""newsclean learn: learn a publisher profile from a corpus."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsclean.batch import file_job, parse_record
from newsclean.cli import at_least, corpus_parser, positive
from newsclean.document import decode
from newsclean.errors import NewscleanError
from newsclean.inputs import Inputs, same_file
from newsclean.profile import learn

_EPILOG = """\
examples:
  newsclean learn corpus.jsonl.gz -o profile.json              records with "text" (and "url" or "site")
  newsclean learn articles/ -o profile.json --min-docs 10      a folder of .txt and .md files
  newsclean article.txt --profile profile.json                 then clean with it

Records without text are skipped and counted by reason. The exit status is 1 when an input was
cut or corrupt (the profile is still learned from, and written with, every record read before).
"""


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean learn``; returns the exit status."""
    parser = corpus_parser(
        "newsclean learn", "Learn a publisher profile (each site's repeated lines) from a corpus.", _EPILOG
    )
    parser.add_argument("-o", "--output", required=True, help="the profile file to write (JSON)")
    parser.add_argument("--min-docs", type=at_least(2), default=5, help="articles a line must occur in (default: 5)")
    parser.add_argument("--min-share", type=float, default=0.2, help="share of a site's articles (default: 0.2)")
    parser.add_argument("--max-shapes", type=positive, default=2000, help="lines kept per site (default: 2000)")
    args = parser.parse_args(argv)
    skipped: Counter[str] = Counter()
    try:
        inputs = Inputs(args.inputs)
        clash = next((file for file in inputs.files() if same_file(Path(args.output), file)), None)
        if clash is not None:
            raise NewscleanError(f"{args.output} is also an input ({clash}); writing it would destroy that input")
        thresholds = {"min_docs": args.min_docs, "min_share": args.min_share, "max_shapes": args.max_shapes}
        profile = learn(_records(inputs, args.field, skipped), **thresholds)
        profile.save(args.output)
    except (OSError, NewscleanError) as exc:
        print(f"newsclean learn: {exc}", file=sys.stderr)
        return 1
    sites = sorted(profile.sites.items(), key=lambda item: -item[1].docs)
    print(f"newsclean learn: {sum(c.docs for _, c in sites)} articles of {len(sites)} sites", file=sys.stderr)
    if skipped:
        reasons = ", ".join(f"{count} {reason}" for reason, count in skipped.most_common())
        print(f"newsclean learn: skipped {sum(skipped.values())} records: {reasons}", file=sys.stderr)
    for name, counts in sites[:10]:
        print(
            f"  {name:<40}{counts.docs:>8} articles {len(profile.furniture(name)):>6} furniture lines", file=sys.stderr
        )
    for problem in inputs.problems:
        print(f"newsclean learn: {problem}", file=sys.stderr)
    return 1 if inputs.problems else 0


def _records(inputs: Inputs, field: str, skipped: Counter[str]) -> Iterator[dict[str, Any]]:
    """The records to learn from (text decoded as clean() decodes it); the others are counted in ``skipped``."""
    for origin, source in inputs.items():
        job = file_job(source) if isinstance(source, Path) else parse_record(source, origin, field)
        if not isinstance(job.text, str):
            skipped[_reason(job.error or "no text")] += 1
            continue
        url, site = job.carried.get("url"), job.carried.get("site")
        yield {
            "text": decode(job.text),
            "url": url if isinstance(url, str) else "",
            "site": site if isinstance(site, str) else "",
        }


def _reason(error: str) -> str:
    """An error message without the parts that differ between records (positions, numbers)."""
    return error.split(": ", 1)[0] if error.startswith("not a JSON record") else error
