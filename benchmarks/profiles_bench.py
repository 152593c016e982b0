"""Publisher profiles on site corpora made from templates (``benchmarks/sites.py``).

    python benchmarks/profiles_bench.py [--per-site 60] [--dask]

Prints what a learned profile removes that the built-in rules miss, checks that no body line is
removed, that learning in any order or in 4 merged partitions gives an identical profile file,
and the learning throughput on 4 KB articles in one process (with ``--dask``, also on a Dask
LocalCluster of 1 and of 2 worker processes).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from functools import reduce
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sites import SITES, corpus

import newsclean


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-site", type=int, default=60)
    parser.add_argument("--dask", action="store_true", help="also time newsclean.dask.learn with 1 and 2 workers")
    args = parser.parse_args()
    items = corpus(args.per_site)
    texts = [text for _, text, _, _ in items]
    profile = newsclean.learn(texts)

    missed = caught = body_lost = furniture_total = 0
    for _, text, body, furniture in items:
        plain, with_profile = newsclean.clean(text), newsclean.clean(text, profile=profile)
        furniture_total += len(furniture)
        missed += sum(line in plain.paragraphs for line in furniture)
        caught += sum(line in plain.paragraphs and line not in with_profile.paragraphs for line in furniture)
        body_lost += sum(line in plain.paragraphs and line not in with_profile.paragraphs for line in body)
    print(f"{len(items)} articles of {len(SITES)} sites, {furniture_total} furniture lines")
    print(f"furniture the built-in rules keep in the body: {missed}; removed with the profile: {caught}")
    print(f"body lines removed by the profile: {body_lost}")

    with tempfile.TemporaryDirectory() as folder:
        files = []
        for seed, docs in enumerate([texts, list(reversed(texts)), random.Random(1).sample(texts, len(texts))]):
            path = Path(folder) / f"order{seed}.json"
            newsclean.learn(docs).save(path)
            files.append(path.read_bytes())
        parts = [newsclean.learn(texts[i::4]) for i in range(4)]
        merged = Path(folder) / "merged.json"
        reduce(newsclean.Profile.merge, parts).save(merged)
        files.append(merged.read_bytes())
    print(f"identical profile files from 3 orders and 4 merged partitions: {len(set(files)) == 1}")

    many = texts * max(1, 20_000 // len(texts))
    started = time.perf_counter()
    newsclean.learn(many)
    seconds = time.perf_counter() - started
    size = sum(map(len, many)) / len(many)
    print(f"learning: {len(many) / seconds:,.0f} articles/s ({size / 1000:.1f} KB each), load {os.getloadavg()[0]:.2f}")
    if args.dask:
        dask_learning(many)


def dask_learning(texts: list[str]) -> None:
    """Articles/s of newsclean.dask.learn on a LocalCluster of 1 and of 2 worker processes."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    import newsclean.dask

    expected = newsclean.learn(texts)
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
            bag = db.from_sequence(texts, npartitions=8).persist()
            started = time.perf_counter()
            profile = newsclean.dask.learn(bag)
            seconds = time.perf_counter() - started
        rate = len(texts) / seconds
        print(f"dask learn, {workers} worker(s): {rate:,.0f} articles/s, same profile: {profile == expected}")


if __name__ == "__main__":
    main()
