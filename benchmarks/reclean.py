"""Re-cleaning: does clean text stay clean? ``clean(article.body)`` should keep every paragraph.

    python benchmarks/reclean.py                       # page text of every dev page
    python benchmarks/reclean.py --data region --half a --limit 500

For each page of the shared evaluation kit (``dev.jsonl.gz``: page text; ``dev-region.jsonl.gz``:
the article's container) it cleans the text into a body, cleans that body again (no URL: the body
is all there is) and once more. It counts the pages whose second cleaning loses a paragraph of the
body (the first paragraph read as the title is not lost: a body has no title line of its own), the
pages it changes at all, and the pages a third cleaning still changes; then the steps and reasons
that removed the lost paragraphs (``field:NAME`` when one went to another field, such as a caption;
``missing`` when its words are nowhere in the new body). A paragraph whose words are all still there,
re-flowed or without a list's marker, is changed but not lost.
The pages are split in halves by a hash of their id, as in ``benchmarks/losses.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from losses import DATA, KIT, half

import newsclean

_WORD = re.compile(r"\w+")


def records(name: str, halves: str, limit: int | None) -> Iterator[dict[str, Any]]:
    """The records of one dev set in the asked halves, at most ``limit`` of them."""
    with gzip.open(KIT / "data" / DATA[name], "rt", encoding="utf-8") as handle:
        count = 0
        for line in handle:
            record = json.loads(line)
            if half(record["id"]) not in halves:
                continue
            if limit is not None and count >= limit:
                return
            count += 1
            yield record


def lost(first: newsclean.Article, second: newsclean.Article) -> list[str]:
    """Why each paragraph of ``first``'s body is missing from ``second``'s (``step/reason``, ``field:NAME``).

    >>> body = "A storm closed the harbour on Monday, and the ferries stopped running for the day."
    >>> lost(newsclean.clean(body + "\\n\\n" + body[:-1] + " again."), newsclean.clean(body))
    ['missing']
    """
    kept = Counter(second.paragraphs)
    paragraphs = list(first.paragraphs)
    titled = any(placement.line == 1 and placement.field == "title" for placement in second.placements)
    if paragraphs and titled and not kept[paragraphs[0]]:
        paragraphs = paragraphs[1:]  # the first paragraph read as the title: moved, not lost
    removed = {removal.text: f"{removal.filter}/{removal.reason}" for removal in second.removed}
    words = f" {_words(second.body)} "
    fields = {placement.text: placement.field for placement in second.placements if placement.field != "removed"}
    why = []
    for paragraph in paragraphs:
        if kept[paragraph]:
            kept[paragraph] -= 1
        elif paragraph == second.title:
            pass  # the headline said again under the first paragraph, now the title: moved, not lost
        elif paragraph in removed:
            why.append(removed[paragraph])
        elif paragraph in fields:
            why.append(f"field:{fields[paragraph]}")
        elif f" {_words(paragraph)} " not in words:
            why.append("missing")  # its words are nowhere in the body (read as another shape)
        # else: its words are all there, re-flowed or without a list's marker: not lost
    return why


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", choices=[*DATA, "both"], default="dev")
    parser.add_argument("--half", choices=["a", "b", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="at most N pages of each set")
    parser.add_argument("--top", type=int, default=15, help="how many removal reasons to list")
    parser.add_argument("--show", type=int, default=0, help="print the first N lost paragraphs, with their page")
    args = parser.parse_args(argv)
    halves = "ab" if args.half == "both" else args.half
    for name in DATA if args.data == "both" else [args.data]:
        pages = losing = changed = third = lost_paragraphs = 0
        reasons: Counter[str] = Counter()
        page_reasons: Counter[str] = Counter()
        shown = 0
        for record in records(name, halves, args.limit):
            pages += 1
            body = newsclean.clean(record["text"], url=record.get("url"))
            again = newsclean.clean(body.body)
            why = lost(body, again)
            if why:
                losing += 1
                lost_paragraphs += len(why)
                reasons.update(why)
                page_reasons.update(set(why))
                if shown < args.show:
                    shown += 1
                    missing = [p for p in body.paragraphs[1:] if p not in again.paragraphs]
                    print(f"{record['id']}: {why}: {missing[0][:160] if missing else body.paragraphs[0][:160]}")
            if again.paragraphs != body.paragraphs:
                changed += 1
                if newsclean.clean(again.body).paragraphs != again.paragraphs:
                    third += 1
        share = 1 - losing / pages if pages else 1.0
        print(f"{name} ({DATA[name]}), halves {halves}: {pages} pages")
        print(
            f"  re-cleaning loses a paragraph on {losing} pages ({lost_paragraphs} paragraphs); {share:.1%} lose none"
        )
        print(f"  re-cleaning changes the paragraphs of {changed} pages; a third cleaning still changes {third}")
        print("  lost paragraphs by step/reason: paragraphs, pages")
        for reason, count in reasons.most_common(args.top):
            print(f"    {reason:<40} {count:>6} {page_reasons[reason]:>6}")


if __name__ == "__main__":
    main()
