"""Confidence: does a low ``Article.confidence`` predict a low body F1?

    python benchmarks/confidence.py --half a            # decide on half a
    python benchmarks/confidence.py --half b            # confirm on half b
    python benchmarks/confidence.py --half a --fit      # fit the model's coefficients on half a

For every page of the shared evaluation kit with a gold body (``dev.jsonl.gz``: page text;
``dev-region.jsonl.gz``: the article's container) it cleans the ``text``, scores the body with the kit's
own metric (4-word shingles, imported from ``score.py``, never copied) and prints: the Spearman rank
correlation between confidence and body F1 (over all pages, and per source); the pages, mean F1 and share
of bad pages (F1 below 0.8) in each confidence bucket; and, for each threshold, how well "confidence below
the threshold" finds the bad pages (recall: the share of bad pages it flags; precision: the share of
flagged pages that are bad). The halves split the pages by crc32(id) % 2, as ``losses.py`` does.

``--fit`` fits the logistic model of :mod:`newsclean.confidence` (bad page against its four pieces of
evidence) on the asked pages and prints its coefficients, to be copied into the module.
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict

from losses import DATA, records, scorer

import newsclean
from newsclean.article import Article
from newsclean.confidence import Evidence, score
from newsclean.document import Document, decode

#: A page is bad when its body F1 is below this.
BAD = 0.8
BUCKETS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01))
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)


def ranks(values: list[float]) -> list[float]:
    """The rank of each value (0-based), ties given their mean rank.

    >>> ranks([3.0, 1.0, 3.0, 2.0])
    [2.5, 0.0, 2.5, 1.0]
    """
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    start = 0
    while start < len(order):
        stop = start
        while stop + 1 < len(order) and values[order[stop + 1]] == values[order[start]]:
            stop += 1
        for position in range(start, stop + 1):
            out[order[position]] = (start + stop) / 2
        start = stop + 1
    return out


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rank correlation: Pearson's correlation of the ranks (0.0 when either is constant).

    >>> spearman([1.0, 2.0, 3.0], [10.0, 30.0, 20.0]), spearman([1.0, 2.0], [2.0, 1.0])
    (0.5, -1.0)
    """
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx, vy = sum((a - mx) ** 2 for a in rx), sum((b - my) ** 2 for b in ry)
    return cov / math.sqrt(vx * vy) if vx and vy else 0.0


def evidence(text: str, url: str | None, article: Article) -> Evidence:
    """The evidence ``clean()`` read for ``article``: the document again, each line's fate from the article's
    placements and removals (checked: its score is the article's confidence)."""
    doc = Document.from_text(decode(text), url=url)
    field = {placement.line: placement.field for placement in article.placements}
    removed = {removal.line: removal[2:] for removal in article.removed}
    fate = [None if field[line.number] == "body" else field[line.number] for line in doc.lines]
    found = Evidence.of(doc.lines, fate, [removed.get(line.number) for line in doc.lines])
    if score(found) != article.confidence:
        raise SystemExit(f"confidence: the evidence read again scores {score(found)}, not {article.confidence}")
    return found


def features(found: Evidence) -> list[float]:
    """The model's inputs, as :func:`newsclean.confidence.score` reads them (1.0 first, for the bias)."""
    return [1.0, found.prose_share, math.log1p(found.body_words), found.kept_share, math.log1p(found.runs)]


def fit(rows: list[list[float]], bad: list[bool], penalty: float = 1e-3) -> list[float]:
    """Logistic regression of ``bad`` on ``rows`` by Newton's method with an L2 ``penalty``: the coefficients
    of z, where the chance of a bad page is 1 / (1 + exp(-z))."""
    size = len(rows[0])
    weights = [0.0] * size
    for _ in range(30):
        gradient = [penalty * w for w in weights]
        hessian = [[penalty * (i == j) for j in range(size)] for i in range(size)]
        for row, label in zip(rows, bad, strict=True):
            p = 1.0 / (1.0 + math.exp(-sum(w * x for w, x in zip(weights, row, strict=True))))
            for i in range(size):
                gradient[i] += (p - label) * row[i]
                for j in range(size):
                    hessian[i][j] += p * (1 - p) * row[i] * row[j]
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step, strict=True)]
    return weights


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """``matrix`` x = ``vector`` by Gaussian elimination with partial pivoting."""
    size = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(size)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, size):
            factor = rows[r][col] / rows[col][col]
            rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    out = [0.0] * size
    for r in range(size - 1, -1, -1):
        out[r] = (rows[r][size] - sum(rows[r][c] * out[c] for c in range(r + 1, size))) / rows[r][r]
    return out


def report(name: str, halves: str, pages: list[tuple[str, float, float]]) -> None:
    """Print the correlation, the buckets and the detector for ``pages`` of (source, confidence, F1)."""
    confidences, f1s = [c for _, c, _ in pages], [f for _, _, f in pages]
    bad_pages = sum(f < BAD for f in f1s)
    print(f"{name} ({DATA[name]}), halves {halves}: {len(pages)} pages, {bad_pages} with body F1 < {BAD}")
    print(f"  Spearman(confidence, F1) = {spearman(confidences, f1s):.3f}")
    by_source: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for source, c, f in pages:
        by_source[source].append((c, f))
    for source, pairs in sorted(by_source.items()):
        rho = spearman([c for c, _ in pairs], [f for _, f in pairs])
        mean_f1 = sum(f for _, f in pairs) / len(pairs)
        print(f"    {source:<22} {len(pairs):>5} pages, mean F1 {mean_f1:.3f}, rho {rho:.3f}")
    print(f"  {'confidence':<12} {'pages':>6} {'mean conf':>9} {'mean F1':>8} {'F1<0.8':>7}")
    for low, high in BUCKETS:
        inside = [(c, f) for c, f in zip(confidences, f1s, strict=True) if low <= c < high]
        label = f"[{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}"
        if not inside:
            print(f"  {label:<12} {0:>6}")
            continue
        mean_c, mean_f = (sum(v) / len(inside) for v in zip(*inside, strict=True))
        share = sum(f < BAD for _, f in inside) / len(inside)
        print(f"  {label:<12} {len(inside):>6} {mean_c:>9.3f} {mean_f:>8.3f} {share:>7.1%}")
    print(f"  {'flag if conf <':<14} {'flagged':>7} {'bad caught':>10} {'recall':>6} {'precision':>9}")
    for threshold in THRESHOLDS:
        flagged = [f for c, f in zip(confidences, f1s, strict=True) if c < threshold]
        caught = sum(f < BAD for f in flagged)
        recall = caught / bad_pages if bad_pages else 0.0
        precision = caught / len(flagged) if flagged else 0.0
        print(f"  {threshold:<14.1f} {len(flagged):>7} {caught:>10} {recall:>6.2f} {precision:>9.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", choices=[*DATA, "both"], default="both")
    parser.add_argument("--half", choices=["a", "b", "both"], default="both")
    parser.add_argument("--fit", action="store_true", help="fit the model's coefficients on these pages")
    args = parser.parse_args(argv)
    metric = scorer()
    halves = "ab" if args.half == "both" else args.half
    rows: list[list[float]] = []
    bad: list[bool] = []
    for name in DATA if args.data == "both" else [args.data]:
        pages = []
        for record in records(name, halves):
            article = newsclean.clean(record["text"], url=record.get("url"))
            f1 = metric.body_prf([metric.body_tp_fp_fn(record["gold_body"], article.body)])[2]
            pages.append((record["source"], article.confidence, f1))
            if args.fit:
                rows.append(features(evidence(record["text"], record.get("url"), article)))
                bad.append(f1 < BAD)
        report(name, halves, pages)
    if args.fit:
        names = ("BIAS", "PROSE", "WORDS", "KEPT", "RUNS")
        weights = fit(rows, bad)
        found = ", ".join(f"{n} = {w:.2f}" for n, w in zip(names, weights, strict=True))
        print(f"fitted on {len(rows)} pages: {found}")


if __name__ == "__main__":
    main()
