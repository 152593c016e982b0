"""Fields from HTML metadata: how often the title, byline and date chosen from a page's metadata and
confirmed by its visible text match the gold, per source and per half of the dev pages.

    python benchmarks/html_fields.py                 # readability and trafilatura pages, both halves
    python benchmarks/html_fields.py --half a        # decide on half a, confirm on half b

For each dev page with gold fields (``readability``, ``trafilatura``) it parses the HTML with lxml,
reads :func:`~newsclean.readers.html_meta.read_metadata` and chooses with
:mod:`newsclean.fields.confirm`: the visible lines are the record's ``text`` lines (its first line,
the ``<title>``, left out), the text's own byline and date are those of ``newsclean.clean(text)``.
It scores with the evaluation kit's functions (``score.py``, loaded by path) and prints, beside
the chosen fields, what the text alone gives (``text``) and the first metadata candidate alone
(``first``), and the milliseconds per page of parsing, of reading the metadata and of choosing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
from losses import KIT, half, scorer

import newsclean
from newsclean.fields.confirm import choose_authors, choose_date, choose_title, metadata_names
from newsclean.readers.html_meta import read_metadata

SOURCES = ("readability", "trafilatura")
FIELDS = ("title", "byline", "date")
WAYS = ("chosen", "text", "first")


def records(halves: str, limit: int) -> Iterator[dict[str, Any]]:
    """The dev records of :data:`SOURCES` with HTML, in the asked halves (at most ``limit``, 0: all)."""
    count = 0
    with gzip.open(Path(KIT) / "data" / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["source"] in SOURCES and record.get("html") and half(record["id"]) in halves:
                yield record
                count += 1
                if limit and count >= limit:
                    return


def parse(html: str) -> lxml.html.HtmlElement:
    """The page's tree (as UTF-8 bytes: lxml refuses a ``str`` that declares an encoding)."""
    return lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["a", "b", "both"], default="both")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages per half")
    args = parser.parse_args(argv)
    score = scorer()
    for which in "ab" if args.half == "both" else args.half:
        hits: dict[tuple[str, str, str], list[bool]] = defaultdict(list)
        ms: dict[str, list[float]] = defaultdict(list)
        for record in records(which, args.limit):
            start = time.perf_counter()
            tree = parse(record["html"])
            parsed = time.perf_counter()
            meta = read_metadata(tree)
            read = time.perf_counter()
            lines = [line.strip() for line in record["text"].split("\n") if line.strip()][1:]
            article = newsclean.clean(record["text"])
            text_date = article.dateline.date if article.dateline else None
            text_byline = article.byline.authors if article.byline else ()
            choosing = time.perf_counter()
            chosen = (
                choose_title(meta, lines),
                choose_authors(meta, lines, text_byline),
                choose_date(meta, lines, text_date),
            )
            ms["choice"].append((time.perf_counter() - choosing) * 1000)
            dates = meta.published + meta.modified
            found = {
                "chosen": chosen,
                "text": (article.title, text_byline, text_date),
                "first": (
                    meta.titles[0].value if meta.titles else None,
                    tuple(name for name, _ in metadata_names(meta.authors[:1])),
                    dates[0].value if dates else None,
                ),
            }
            ms["parse"].append((parsed - start) * 1000)
            ms["metadata"].append((read - parsed) * 1000)
            for way, (title, authors, date) in found.items():
                key = record["source"], way
                if record.get("gold_title") and score.norm_key(record["gold_title"]):
                    hits[(*key, "title")].append(score.same_title(record["gold_title"], title))
                if record.get("gold_byline") and score.author_set(record["gold_byline"]):
                    hits[(*key, "byline")].append(score.author_set(record["gold_byline"]) == score.author_set(authors))
                if record.get("gold_date"):
                    gold = score.day(record["gold_date"])
                    hits[(*key, "date")].append(gold is not None and gold == score.day(date))
        print(f"half {which}")
        print(f"{'source':<12} {'way':<7} " + " ".join(f"{field:>12}" for field in FIELDS))
        for source in SOURCES:
            for way in WAYS:
                cells = []
                for field in FIELDS:
                    got = hits.get((source, way, field), [])
                    cells.append(f"{sum(got) / len(got):.3f}({len(got):>3})" if got else "-")
                print(f"{source:<12} {way:<7} " + " ".join(f"{cell:>12}" for cell in cells))
        print("ms per page: " + ", ".join(f"{step} {sum(t) / len(t):.2f}" for step, t in ms.items() if t) + "\n")


if __name__ == "__main__":
    main()
