"""Whether a regular expression can take more than linear time: the shapes that make Python's
backtracking engine slow on a long line that almost matches, found in the parsed pattern.

Every pattern of the package (``tests/test_patterns.py`` finds them all; :func:`check_phrases` checks
the phrase data when a step first asks for it) keeps four rules: no unbounded repeat inside another
(:func:`nested_repeats`) or over branches that start alike (:func:`overlapping_repeat`), no two side
by side that can share characters unless the first is possessive or atomic (:func:`adjacent_repeats`),
and no search that starts one at every position of a long run (:func:`unanchored_start`). Plain
``str`` methods do what needs no pattern, and the field extractors read a bounded part of a line
(:data:`newsclean.fields.limits.FIELD_CHARS`).

>>> [slow(r"^(?:\\w+\\s?)+$") for slow in (nested_repeats, overlapping_repeat, adjacent_repeats, unanchored_start)]
[True, False, False, False]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from newsclean.errors import NewscleanError
from newsclean.lang.parsed import (
    ALL,
    ATOMIC,
    BRANCH,
    LITERAL,
    LOOK,
    POSSESSIVE,
    REPEATS,
    SAMPLE,
    SINGLE,
    SUBPATTERN,
    WORDS,
    branches_of,
    ignores_case,
    inside,
    matched_chars,
    parse,
    single_chars,
    sre,
)


def nested_repeats(pattern: str) -> bool:
    """Whether an unbounded repeat of ``pattern`` sits inside another unbounded repeat (star height > 1).

    Such nesting is what makes a backtracking engine take exponential time on a line that almost
    matches, so phrase data must have none; bounded repeats such as ``{0,20}`` are fine.

    >>> nested_repeats(r"(?:\\w+\\s)*end"), nested_repeats(r"(?:\\w{1,20}\\s){0,5}end|\\d+\\s*$")
    (True, False)
    """
    return _anywhere(parse(pattern), False, _repeat_in_repeat)


def overlapping_repeat(pattern: str) -> bool:
    """Whether an unbounded repeat holds an alternation whose branches can start with the same character.

    ``(?:a|ab)*`` on a long run that almost matches tries every way of splitting it among the
    branches: exponential time, like nested repeats. The check is conservative (a branch that may
    match the empty string counts as starting with anything); characters are compared on a sample
    of the scripts and the punctuation pages use.

    >>> overlapping_repeat(r"(?:\\w+ |\\d+\\.)*$"), overlapping_repeat(r"(?:ab|cd)+|(?:x|ax){0,9}")
    (True, False)
    """
    return _anywhere(parse(pattern), False, _branches_overlap)


def adjacent_repeats(pattern: str) -> bool:
    """Whether two unbounded repeats follow each other and can match the same character, the first one
    able to give characters back (not possessive, ``*+``, nor in an atomic group, ``(?>...)``).

    Between the two may stand pieces that can be empty (``,?``, ``\\b``) or that match that
    character too (``\\s+ \\s+``). On a long run of it the engine tries every way to share the run
    between the repeats: quadratic time in one attempt (``\\s*,?\\s*@`` on spaces without an ``@``),
    cubic in a search. Make the first repeat possessive, or the two disjoint.

    >>> adjacent_repeats(r"[^@,|]+?\\s*,?\\s*@"), adjacent_repeats(r"[^@,|]*[^@,|\\s]\\s*+,?\\s*@")
    (True, False)
    """
    parsed = parse(pattern)
    return _after(list(parsed), frozenset(), ignores_case(parsed), False) is None


def unanchored_start(pattern: str) -> bool:
    """Whether a search with ``pattern`` can start an unbounded repeat at every position of a run of the
    characters it repeats (the pieces before it, if any, matching such characters too), or at every
    copy of a literal opening in a run of copies that the repeat reads across (``!\\[[^\\]]*\\]`` on
    ``![![![...``).

    When what follows the repeat fails, each start has read the rest of the run: quadratic time on
    a long run, possessive or not. Anchor the start with ``^``, ``\\A``, ``\\b`` (for a repeat of only
    word or only other characters) or a lookbehind that a position inside a run fails
    (``(?<!\\s)\\s+``), or keep the opening's characters out of the repeat. A repeat that nothing can
    fail after (``\\w+`` alone) needs none: its first attempt matches; nor does a pattern used with
    ``match`` or ``fullmatch``, tried at one position.

    >>> unanchored_start(r"\\s*[,;]"), unanchored_start(r"(?:(?<!\\s)\\s++)?[,;]"), unanchored_start(r"\\b\\d+ min")
    (True, False, False)
    >>> unanchored_start(r"(?:^|\\s)\\w+:"), unanchored_start(r"x\\w+:"), unanchored_start(r"\\b[\\w.]+:")
    (False, True, True)
    >>> unanchored_start(r"!\\[[^\\]]*\\]"), unanchored_start(r"!\\[[^\\[\\]]*\\]"), unanchored_start(r"\\bnews\\w+ x")
    (True, False, False)
    """
    parsed = parse(pattern)
    items, icase = list(parsed), ignores_case(parsed)
    return _unanchored(items, ALL, False, icase) is None or _read_across(items, frozenset(), False, icase)[0]


def _after(items: list[Any], live: frozenset[str], icase: bool, atomic: bool) -> frozenset[str] | None:
    """The characters that a repeat before the end of ``items`` can give back to what follows, all the
    pieces after it matching them too (``live``: the same before ``items``); None when a repeat in
    ``items`` can take one of them. In an ``atomic`` group no repeat gives anything back."""
    for op, arg in items:
        if op in REPEATS:
            low, high, body = arg[0], arg[1], list(arg[2])
            committed = atomic or op is POSSESSIVE
            if high == sre.MAXREPEAT:
                chars = matched_chars(body, icase)
                if live & chars or _after(body, frozenset(), icase, committed) is None:
                    return None
                live = (frozenset() if committed else chars) | (live if low == 0 else frozenset())
            else:
                paths, once = live if low == 0 else frozenset(), live
                for _ in range(min(high, 2)):  # two passes: what one leaves to the next
                    found = _after(body, once, icase, committed)
                    if found is None:
                        return None
                    paths, once = paths | found, found
                live = paths
        elif op is SUBPATTERN or op is ATOMIC:
            items_in, icase_in = inside(op, arg, icase)
            found = _after(items_in, live, icase_in, atomic or op is ATOMIC)
            if found is None:
                return None
            live = found
        elif op is BRANCH or op is sre.GROUPREF_EXISTS:
            paths = frozenset()
            for branch in branches_of(op, arg):
                found = _after(branch, live, icase, atomic)
                if found is None:
                    return None
                paths |= found
            live = paths
        elif op in LOOK:  # re-tried at each character a repeat before it gives back
            if _after(list(arg[1]), live, icase, True) is None:
                return None
        elif op in SINGLE:
            live &= single_chars(op, arg, icase)
    return live


def _unanchored(
    items: list[Any], run: frozenset[str], boundary: bool, icase: bool, then: tuple[list[Any], ...] = ()
) -> frozenset[str] | None:
    """The characters of a run inside which a search can still be at the start of the match after
    ``items`` (``run``: the same before them; empty once the start is settled); None when an unbounded
    repeat can start inside a run of its own characters and what follows it (``then``: the pieces after
    ``items``) can fail, so that the search reads the run again from the next position. ``boundary``:
    a ``\\b`` came before."""
    for at, (op, arg) in enumerate(items):
        if not run:
            break
        rest = (items[at + 1 :], *then)
        if op is sre.AT:
            if arg in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
                return frozenset()
            boundary = boundary or arg is sre.AT_BOUNDARY
        elif op in LOOK and arg[0] < 0:  # a lookbehind: what a position inside a run is preceded by
            last = list(arg[1])[-1:]
            if last and last[0][0] in SINGLE:
                chars = single_chars(last[0][0], last[0][1], icase)
                if op is sre.ASSERT:
                    run &= chars
                elif len(arg[1]) == 1:
                    run -= chars
        elif op in LOOK:
            if _unanchored(list(arg[1]), run, boundary, icase) is None:
                return None
        elif op in REPEATS:
            low, high, body = arg[0], arg[1], list(arg[2])
            if high == sre.MAXREPEAT:
                shared = run & matched_chars(body, icase)
                anchored = boundary and (shared <= WORDS or not shared & WORDS)
                if shared and not anchored and any(map(_can_fail, rest)):
                    return None
                if low:
                    return frozenset()
            else:
                found = _unanchored(body, run, boundary, icase, rest)
                if found is None:
                    return None
                run = run if low == 0 else found
        elif op is SUBPATTERN or op is ATOMIC:
            items_in, icase_in = inside(op, arg, icase)
            found = _unanchored(items_in, run, boundary, icase_in, rest)
            if found is None:
                return None
            run = found
        elif op is BRANCH or op is sre.GROUPREF_EXISTS:
            paths: frozenset[str] = frozenset()
            for branch in branches_of(op, arg):
                found = _unanchored(branch, run, boundary, icase, rest)
                if found is None:
                    return None
                paths |= found
            run = paths
        elif op in SINGLE:
            run &= single_chars(op, arg, icase)
        else:
            return frozenset()
    return run


def _read_across(
    items: list[Any], opening: frozenset[str], boundary: bool, icase: bool, then: tuple[list[Any], ...] = ()
) -> tuple[bool, frozenset[str] | None]:
    """Whether ``items`` open with literal characters (``opening``: those before them) and then an unbounded
    repeat that takes each of them, and what follows it can fail: on a long run of copies of the opening,
    the attempt at each copy reads across all the later ones. Also the opening's characters after
    ``items`` (None once a piece that is no literal comes). ``boundary``: a ``\\b`` came before."""
    for at, (op, arg) in enumerate(items):
        rest = (items[at + 1 :], *then)
        if op is LITERAL:
            opening |= single_chars(op, arg, icase)
        elif op is sre.AT and arg not in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            boundary = boundary or arg is sre.AT_BOUNDARY
        elif op in LOOK and arg[0] > 0:
            continue
        elif op in REPEATS and arg[1] == sre.MAXREPEAT:
            anchored = boundary and (opening <= WORDS or not opening & WORDS)
            across = bool(opening) and opening <= matched_chars(arg[2], icase) and not anchored
            return across and any(map(_can_fail, rest)), None
        elif op is SUBPATTERN or op is ATOMIC or op is BRANCH:
            branches = [inside(op, arg, icase)] if op is not BRANCH else [(list(b), icase) for b in arg[1]]
            found = [_read_across(branch, opening, boundary, branch_icase, rest) for branch, branch_icase in branches]
            if any(across for across, _ in found) or any(after is None for _, after in found):
                return any(across for across, _ in found), None
            opening = opening.union(*(after for _, after in found if after is not None))
        else:  # an anchor, a lookbehind, a class, an optional piece: no literal opening (or a settled one)
            return False, None
    return False, opening


def _can_fail(items: list[Any]) -> bool:
    """Whether a parsed sequence can fail to match (one that cannot is only optional pieces)."""
    for op, arg in items:
        if op in REPEATS:
            if arg[0] == 0:
                continue
            return _can_fail(list(arg[2]))
        if op is SUBPATTERN or op is ATOMIC:
            if _can_fail(list(arg[3] if op is SUBPATTERN else arg)):
                return True
        elif op is BRANCH:
            if all(_can_fail(list(branch)) for branch in arg[1]):
                return True
        else:
            return True
    return False


def _anywhere(items: Any, inside: bool, flag: Callable[[Any, Any, bool], bool]) -> bool:
    """Whether ``flag(op, arg, inside)`` holds for an item of a parsed pattern, at any depth;
    ``inside`` says whether the item sits under an unbounded repeat."""
    for op, arg in items:
        if flag(op, arg, inside):
            return True
        if op in REPEATS:
            children, deeper = [arg[2]], inside or arg[1] == sre.MAXREPEAT
        elif op is BRANCH:
            children, deeper = arg[1], inside
        elif op is SUBPATTERN:
            children, deeper = [arg[3]], inside
        elif op is ATOMIC:
            children, deeper = [arg], inside
        elif op in LOOK:
            children, deeper = [arg[1]], inside
        else:
            continue
        if any(_anywhere(child, deeper, flag) for child in children):
            return True
    return False


def _repeat_in_repeat(op: Any, arg: Any, inside: bool) -> bool:
    return inside and op in REPEATS and arg[1] == sre.MAXREPEAT


def _branches_overlap(op: Any, arg: Any, inside: bool) -> bool:
    if not inside or op is not BRANCH:
        return False
    firsts = [_first(list(branch)) for branch in arg[1]]
    return any(one & other for i, one in enumerate(firsts) for other in firsts[i + 1 :])


def _first(items: list[Any]) -> set[str]:
    """Characters of :data:`SAMPLE` a sequence of parsed items can start with (all when it may be empty)."""
    for position, (op, arg) in enumerate(items):
        if op is sre.AT or op in LOOK:
            continue
        if op is SUBPATTERN or op is ATOMIC:
            return _first(list(arg[3] if op is SUBPATTERN else arg) + items[position + 1 :])
        if op in REPEATS:
            return _first(list(arg[2])) if arg[0] >= 1 else set(SAMPLE)
        if op is BRANCH:
            return set().union(*(_first(list(branch)) for branch in arg[1]))
        return set(single_chars(op, arg, False)) if op in SINGLE else set(SAMPLE)
    return set(SAMPLE)


#: What makes a pattern slow on a long line that almost matches, what it is called in an error, and the cure.
_SLOW = (
    (nested_repeats, "nests unbounded repeats", "bound the inner repeat ({1,10})"),
    (overlapping_repeat, "repeats branches that start alike", "make the branches start apart"),
    (adjacent_repeats, "puts two repeats of the same characters side by side", "make the first possessive (\\s*+)"),
    (unanchored_start, "lets a search start a repeat at every position of a run", "anchor it (\\b) or bound it"),
)


def check_phrases(code: str, phrases: Mapping[str, tuple[str, ...]]) -> None:
    """Raise :class:`~newsclean.errors.NewscleanError` unless each of the patterns of language ``code``
    (by reason code) compiles and cannot take exponential (or quadratic) time.

    >>> check_phrases("xx", {"advert_marker": (r"^ad$",)})
    >>> check_phrases("xx", {"advert_marker": (r"\\d+ articles",)})
    Traceback (most recent call last):
    ...
    newsclean.errors.NewscleanError: newsclean/lang/xx.py: 'advert_marker' pattern '\\\\d+ articles' lets a search \
start a repeat at every position of a run, which on a long line can take exponential or quadratic time; anchor it \
(\\b) or bound it
    """
    for reason, alternatives in phrases.items():
        for pattern in alternatives:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise NewscleanError(f"newsclean/lang/{code}.py: a {reason!r} pattern does not compile: {exc}") from exc
            for slow, problem, cure in _SLOW:
                if slow(pattern):
                    raise NewscleanError(
                        f"newsclean/lang/{code}.py: {reason!r} pattern {pattern!r} {problem}, which on a long "
                        f"line can take exponential or quadratic time; {cure}"
                    )
