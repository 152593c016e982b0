"""Fail when newsclean scores below the floor main already reaches on part of the shared dev set.

    python .ci/quality_floor.py            # check (CI)
    python .ci/quality_floor.py --update   # after an improvement: raise the floor to today's scores

The floor lives in ``.ci/quality_floor.json``; scores are deterministic, so any drop is real.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOOR = Path(__file__).with_name("quality_floor.json")
REGION = ROOT.parent / "shared" / "eval" / "data" / "dev-region.jsonl.gz"
#: The slices of the dev set scored: the first 600 records (body gold of three sources), the first
#: 200 trafilatura pages (snippet gold) and the first 600 records of the seed-like article text
#: (the article's container). About a minute and a half in all.
SLICES = (["--limit", "600"], ["--source", "trafilatura", "--limit", "200"], ["--data", str(REGION), "--limit", "600"])


def measure() -> dict[str, float]:
    if not SCORER.exists():
        sys.exit(f"quality floor: {SCORER} is missing (CI expects ../shared beside the checkout)")
    scores = {}
    for options in SLICES:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "scores.json"
            subprocess.run([sys.executable, str(SCORER), *options, "--json", str(out)], check=True)
            report = json.loads(out.read_text())
        for source, metrics in report["sources"].items():
            if metrics["errors"]:
                sys.exit(f"quality floor: {metrics['errors']} pages raised errors in {source}")
            for metric in ("body", "snippets"):
                if metrics[metric] and source != "ALL":
                    scores[f"{source} {metric} f1"] = round(metrics[metric]["f1"], 4)
    return scores


def main() -> int:
    scores = measure()
    if "--update" in sys.argv:
        FLOOR.write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n")
        print(f"floor raised to {scores}")
        return 0
    floor = json.loads(FLOOR.read_text())
    drops = [
        f"{name}: {scores.get(name, 0.0):.4f} < floor {value:.4f}"
        for name, value in floor.items()
        if scores.get(name, 0.0) < value
    ]
    for name, value in sorted(scores.items()):
        print(f"{name:28s} {value:.4f}  (floor {floor.get(name, 0.0):.4f})")
    if drops:
        print("quality dropped below main's floor:\n  " + "\n  ".join(drops), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
