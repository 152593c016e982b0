"""Batch speed: ``newsclean batch`` on the shared dev set with 1 and with 2 worker processes.

    python benchmarks/batch_speed.py [--data ../shared/eval/data/dev.jsonl.gz]

Converts the dev set to JSON Lines of {id, text} in a temporary folder (never in the repository),
runs the two jobs one after the other (``--repeat`` times, alternating, keeping each one's best
time: the machines are shared and noisy), checks that their outputs are identical, and prints
both times, the speed-up and the machine's load.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "data" / "dev.jsonl.gz"))
    parser.add_argument("--repeat", type=int, default=3, help="runs of each job; the best time counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "dev.jsonl"
        with gzip.open(args.data, "rt", encoding="utf-8") as source, corpus.open("w", encoding="utf-8") as out:
            count = 0
            for line in source:
                record = json.loads(line)
                out.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")
                count += 1
        times: dict[int, float] = {}
        outputs = {}
        for _ in range(args.repeat):
            for workers in (1, 2):
                output = Path(folder) / f"out{workers}.jsonl"
                command = [sys.executable, "-m", "newsclean.cli", "batch", str(corpus), "-o", str(output)]
                started = time.perf_counter()
                subprocess.run([*command, "--workers", str(workers), "--quiet"], check=True)
                times[workers] = min(times.get(workers, float("inf")), time.perf_counter() - started)
                outputs[workers] = output.read_bytes()
        print(f"records: {count}   best of {args.repeat} runs each   load average after: {os.getloadavg()[0]:.2f}")
        for workers, seconds in times.items():
            print(f"--workers {workers}: {seconds:6.1f} s  {count / seconds:6.1f} records/s")
        print(f"speed-up with 2 workers: {times[1] / times[2]:.2f}x   outputs identical: {outputs[1] == outputs[2]}")


if __name__ == "__main__":
    main()
