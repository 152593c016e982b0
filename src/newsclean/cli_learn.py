"""``newsclean learn``: learn a publisher profile from a corpus.

newsclean learn corpus.jsonl.gz -o profile.json                 # records with "text" (and "url")
newsclean learn articles/ -o profile.json --min-docs 10         # a folder of .txt files
newsclean article.txt --profile profile.json                    # then clean with it
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsclean.cli_batch import parse_record, read_items
from newsclean.errors import NewscleanError
from newsclean.profile import learn


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean learn``; returns the exit status."""
    parser = argparse.ArgumentParser(prog="newsclean learn", description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSONL files (.gz, .zst too), folders of .txt files, or - for stdin")
    parser.add_argument("-o", "--output", required=True, help="the profile file to write (JSON)")
    parser.add_argument("--field", default="text", help="the JSONL field holding the text (default: text)")
    parser.add_argument("--min-docs", type=int, default=5, help="articles a line must occur in (default: 5)")
    parser.add_argument("--min-share", type=float, default=0.2, help="share of a site's articles (default: 0.2)")
    parser.add_argument("--max-shapes", type=int, default=2000, help="lines kept per site (default: 2000)")
    args = parser.parse_args(argv)
    try:
        thresholds = {"min_docs": args.min_docs, "min_share": args.min_share, "max_shapes": args.max_shapes}
        profile = learn(_records(args.inputs, args.field), **thresholds)
        profile.save(args.output)
    except (OSError, NewscleanError) as exc:
        print(f"newsclean learn: {exc}", file=sys.stderr)
        return 1
    sites = sorted(profile.sites.items(), key=lambda item: -item[1].docs)
    print(f"newsclean learn: {sum(c.docs for _, c in sites)} articles of {len(sites)} sites", file=sys.stderr)
    for name, counts in sites[:10]:
        print(
            f"  {name:<40}{counts.docs:>8} articles {len(profile.furniture(name)):>6} furniture lines", file=sys.stderr
        )
    return 0


def _records(inputs: Sequence[str], field: str) -> Iterator[dict[str, Any]]:
    for origin, source in read_items(inputs):
        if isinstance(source, Path):
            text = source.read_text(encoding="utf-8", errors="replace") if source.suffix == ".txt" else None
            if text is not None:
                yield {"text": text}
            continue
        job = parse_record(source, origin, field)
        if isinstance(job.text, str):
            url, site = job.carried.get("url"), job.carried.get("site")
            yield {
                "text": job.text,
                "url": url if isinstance(url, str) else "",
                "site": site if isinstance(site, str) else "",
            }
