"""Score newsclean on the dev set in three shapes: plain text, text re-wrapped at 72 columns, and Markdown.

The wrapped and Markdown inputs are made here (``textwrap`` per block; ``html2text`` on the page HTML,
a dev-only dependency) and written to temporary JSONL files under /tmp; the shared scorer reads them.

    PYTHONPATH=src python benchmarks/shapes.py --source scrapinghub --source dragnet [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import html2text

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"


def _wrapped(text: str, width: int = 72) -> str:
    blocks = [line.strip() for line in text.splitlines() if line.strip()]
    return "\n\n".join(textwrap.fill(block, width) for block in blocks)


def _markdown(html: str) -> str:
    converter = html2text.HTML2Text()
    return converter.handle(html)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(EVAL / "data" / "dev.jsonl.gz"))
    ap.add_argument("--source", action="append", help="only records of this source (repeatable)")
    ap.add_argument("--limit", type=int, default=0, help="at most N records per source")
    ap.add_argument("--shapes", default="plain,wrapped72,markdown")
    args = ap.parse_args(argv)
    records: list[dict[str, object]] = []
    per_source: dict[str, int] = {}
    with gzip.open(args.data, "rt", encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            source = record["source"]
            if args.source and source not in args.source:
                continue
            if args.limit and per_source.get(source, 0) >= args.limit:
                continue
            per_source[source] = per_source.get(source, 0) + 1
            records.append(record)
    with tempfile.TemporaryDirectory(dir="/tmp", prefix="newsclean-shapes-") as tmp:
        for shape in args.shapes.split(","):
            path = Path(tmp) / f"{shape}.jsonl"
            with path.open("w", encoding="utf-8") as out:
                for record in records:
                    copy = dict(record)
                    if shape == "wrapped72":
                        copy["text"] = _wrapped(str(record["text"]))
                    elif shape == "markdown":
                        copy["text"] = _markdown(str(record["html"]))
                    out.write(json.dumps(copy, ensure_ascii=False) + "\n")
            print(f"## {shape} ({len(records)} pages)", flush=True)
            subprocess.run([sys.executable, str(EVAL / "score.py"), "--data", str(path)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
