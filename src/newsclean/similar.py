"""Near duplicates: strings grouped with the strings that are nearly the same (rapidfuzz)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from rapidfuzz.distance import Indel
from rapidfuzz.process import extract


def near_duplicate_groups(strings: Iterable[str], similarity: float, window: int = 40) -> list[list[str]]:
    """``strings`` grouped with their near duplicates (Indel similarity >= ``similarity``), transitively,
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
        end = min(bisect_right(lengths, len(string) / similarity, lo=i + 1), i + 1 + window)
        near = extract(
            string, ordered[i + 1 : end], scorer=Indel.normalized_similarity, score_cutoff=similarity, limit=None
        )
        for other, _, _ in near:
            parent[root(other)] = root(string)
    groups: dict[str, list[str]] = {}
    for string in ordered:
        groups.setdefault(root(string), []).append(string)
    return sorted(groups.values())
