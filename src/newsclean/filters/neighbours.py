"""The kinds the first pass gives lines on their own, and the second pass that settles the uncertain ones
(short, nearly good) by their nearest certain neighbours (see :mod:`newsclean.filters.content`)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum


class Kind(Enum):
    """What the first pass makes of a line on its own."""

    GOOD = "good"
    NEAR_GOOD = "near_good"
    SHORT = "short"
    BAD = "bad"


def revise(kinds: Sequence[Kind]) -> list[Kind]:
    """The second pass: settle short and nearly-good lines by their neighbours.

    >>> G, N, S, B = Kind.GOOD, Kind.NEAR_GOOD, Kind.SHORT, Kind.BAD
    >>> [k.value for k in revise([G, S, G, B, S, B, N, G])]
    ['good', 'good', 'good', 'bad', 'bad', 'bad', 'good', 'good']
    """
    out = list(kinds)
    # Short lines first, looking past nearly-good ones to the nearest certain neighbour.
    certain = [k if k is not Kind.NEAR_GOOD else Kind.SHORT for k in kinds]
    prev_certain = nearest(certain, forward=True)
    next_certain = nearest(certain, forward=False)
    del certain  # pages of a million lines: one list less at a time
    prev_any = nearest(kinds, forward=True)
    next_any = nearest(kinds, forward=False)
    for i, kind in enumerate(kinds):
        if kind is not Kind.SHORT:
            continue
        before, after = prev_certain[i], next_certain[i]
        if before is after:
            out[i] = before
        elif (before is Kind.BAD and prev_any[i] is Kind.NEAR_GOOD) or (
            after is Kind.BAD and next_any[i] is Kind.NEAR_GOOD
        ):
            out[i] = Kind.GOOD
        else:
            out[i] = Kind.BAD
    del prev_certain, next_certain, prev_any, next_any
    # Then nearly-good lines: good unless both certain neighbours are bad.
    settled = [k if k in (Kind.GOOD, Kind.BAD) else Kind.SHORT for k in out]
    prev_settled = nearest(settled, forward=True)
    next_settled = nearest(settled, forward=False)
    for i, kind in enumerate(kinds):
        if kind is Kind.NEAR_GOOD:
            bad = prev_settled[i] is Kind.BAD and next_settled[i] is Kind.BAD
            out[i] = Kind.BAD if bad else Kind.GOOD
    return out


def nearest(kinds: Sequence[Kind], *, forward: bool) -> list[Kind]:
    """For each position, the nearest kind before it (forward) or after it other than SHORT; page edges are BAD."""
    result = [Kind.BAD] * len(kinds)
    seen = Kind.BAD
    order = range(len(kinds)) if forward else range(len(kinds) - 1, -1, -1)
    for i in order:
        result[i] = seen
        if kinds[i] is not Kind.SHORT:
            seen = kinds[i]
    return result
