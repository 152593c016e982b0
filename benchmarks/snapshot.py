"""Snapshot: the JSON of every dev page and fixture, saved before a change and compared after it.

    python benchmarks/snapshot.py save /tmp/before.jsonl.gz       # on the code before the change
    python benchmarks/snapshot.py compare /tmp/before.jsonl.gz    # on the code after it
    python benchmarks/snapshot.py compare /tmp/before.jsonl.gz --ignore confidence   # all but a new key

It cleans the ``text`` of every record of the shared evaluation kit's ``dev.jsonl.gz`` and
``dev-region.jsonl.gz`` (with the record's ``url``) and every file in ``fixtures/``, and keeps
``Article.to_json()`` and ``Article.shape`` per page. ``compare`` lists the pages whose result
changed, with the fields that changed and a short view of the first difference, and exits 1 when
any did (``--ignore KEY`` leaves a key out on both sides: one the change adds). A move that must
not change behaviour shows an empty list; a change that should move only some pages shows which.
The snapshot stays outside the repository (it is evaluation data).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import newsclean

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data"


def pages() -> Iterator[tuple[str, str, str | None]]:
    """(id, text, url) of every page: the dev sets, then the fixtures."""
    for name in ("dev.jsonl.gz", "dev-region.jsonl.gz"):
        with gzip.open(DATA / name, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                yield f"{name}:{record['id']}", record["text"], record.get("url")
    for path in sorted((ROOT / "fixtures").iterdir()):
        yield f"fixtures/{path.name}", path.read_text(encoding="utf-8"), None


def result(text: str, url: str | None) -> dict[str, object]:
    try:
        article = newsclean.clean(text, url=url)
    except Exception as exc:  # a page that raises is a result too
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {**article.to_dict(), "shape": article.shape}


def _without(found: dict[str, object], keys: list[str]) -> dict[str, object]:
    return {key: value for key, value in found.items() if key not in keys}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("snapshot", type=Path, help="a .jsonl.gz file outside the repository")
    parser.add_argument("--ignore", action="append", default=[], metavar="KEY", help="compare without this key")
    args = parser.parse_args()
    if args.action == "save":
        with gzip.open(args.snapshot, "wt", encoding="utf-8") as out:
            count = 0
            for page, text, url in pages():
                out.write(json.dumps({"id": page, "result": result(text, url)}, ensure_ascii=False) + "\n")
                count += 1
        print(f"saved {count} pages to {args.snapshot}")
        return 0
    with gzip.open(args.snapshot, "rt", encoding="utf-8") as handle:
        before = {record["id"]: _without(record["result"], args.ignore) for record in map(json.loads, handle)}
    changed = 0
    for page, text, url in pages():
        now, then = _without(result(text, url), args.ignore), before.get(page)
        if now != then:
            changed += 1
            fields = sorted(k for k in {*now, *(then or {})} if now.get(k) != (then or {}).get(k))
            print(f"{page}: {', '.join(fields)}")
            for key in fields[:2]:
                print(f"    before {key}: {json.dumps((then or {}).get(key), ensure_ascii=False)[:160]}")
                print(f"    after  {key}: {json.dumps(now.get(key), ensure_ascii=False)[:160]}")
    print(f"{changed} of {len(before)} pages changed", file=sys.stderr)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
