"""Near duplicates: strings grouped with the strings that are nearly the same.

Similarity is rapidfuzz's Indel similarity (``1 - (len(a) + len(b) - 2 * LCS) / (len(a) + len(b))``).
rapidfuzz is a dependency; where it is missing (source on ``PYTHONPATH`` in a bare interpreter) the
same scores come from a pure-Python longest common subsequence, only slower.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

try:
    from rapidfuzz.distance import Indel
    from rapidfuzz.process import extract

    _RAPIDFUZZ = True
except ModuleNotFoundError:
    _RAPIDFUZZ = False


def similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    """The Indel similarity of ``a`` and ``b`` (0..1), or 0.0 when it is below ``cutoff``.

    >>> similarity("getthecoastapp", "getthecoastapps")
    0.9655172413793104
    >>> similarity("weather", "whether", cutoff=0.9)
    0.0
    """
    score = Indel.normalized_similarity(a, b) if _RAPIDFUZZ else _similarity(a, b)
    return score if score >= cutoff else 0.0


def _similarity(a: str, b: str) -> float:
    """The Indel similarity in pure Python, computed as rapidfuzz computes it."""
    total = len(a) + len(b)
    return 1.0 - (total - 2 * _lcs(a, b)) / total if total else 1.0


def _lcs(a: str, b: str) -> int:
    """The length of the longest common subsequence of ``a`` and ``b``: bit-parallel, one pass over ``b``.

    >>> _lcs("kitten", "sitting")
    4
    """
    masks: dict[str, int] = {}
    for i, char in enumerate(a):
        masks[char] = masks.get(char, 0) | 1 << i
    full = (1 << len(a)) - 1
    row = full
    for char in b:
        matches = row & masks.get(char, 0)
        row = ((row + matches) | (row - matches)) & full
    return len(a) - bin(row).count("1")


def near_duplicate_groups(strings: Iterable[str], cutoff: float, window: int = 40) -> list[list[str]]:
    """``strings`` grouped with their near duplicates (similarity >= ``cutoff``), transitively,
    each group shortest first; each string is compared with at most ``window`` strings of similar
    length, so the cost stays linear.

    >>> near_duplicate_groups(["getthecoastapp", "getthecoastapps", "weather"], 0.9)
    [['getthecoastapp', 'getthecoastapps'], ['weather']]
    """
    ordered = sorted(set(strings), key=lambda string: (len(string), string))
    lengths = [len(string) for string in ordered]
    parent = {string: string for string in ordered}

    def root(string: str) -> str:
        while parent[string] != string:
            string = parent[string] = parent[parent[string]]
        return string

    for i, string in enumerate(ordered):
        end = min(bisect_right(lengths, len(string) / cutoff, lo=i + 1), i + 1 + window)
        for other in _near(string, ordered[i + 1 : end], cutoff):
            parent[root(other)] = root(string)
    groups: dict[str, list[str]] = {}
    for string in ordered:
        groups.setdefault(root(string), []).append(string)
    return sorted(groups.values())


def _near(string: str, choices: list[str], cutoff: float) -> list[str]:
    """The ``choices`` at least ``cutoff`` similar to ``string``.

    rapidfuzz settles scores at its cutoff its own way (it drops 0.8 at 0.8, and even at 0.8 - 1e-9,
    but keeps 0.9 at 0.9): it is asked for a little less, and the scores are compared here, as the
    pure path compares them.
    """
    if _RAPIDFUZZ:
        found = extract(
            string, choices, scorer=Indel.normalized_similarity, score_cutoff=max(cutoff - 0.01, 0.0), limit=None
        )
        return [choice for choice, score, _ in found if score >= cutoff]
    return [choice for choice in choices if _similarity(string, choice) >= cutoff]
