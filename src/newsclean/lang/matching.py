"""Many phrase patterns matched fast against one line.

A plain alternation of a hundred patterns makes Python's regular-expression engine try every
branch at every position of every line. :class:`Phrases` tries the ``^``-anchored branches once,
at the start, and runs the other ones only on lines that hold one of the literal strings those
branches cannot match without (found by reading the parsed patterns), which a single trie-shaped
pattern finds in one pass.

>>> matcher = Phrases({"advert": [r"^advertisement$", r"(?:article|story) continues after"],
...                    "share": [r"\\bshare on (?:facebook|x)\\b"]})
>>> matcher.search("the story continues after this ad").lastgroup
'advert'
>>> matcher.search("please share on x today").group()
'share on x'
>>> matcher.search("the minister shared the plan") is None
True

No input may make a pattern backtrack: :mod:`newsclean.lang.backtracking` checks every pattern of the
package for the shapes that do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from newsclean.lang.parsed import BRANCH, LITERAL, REPEATS, SUBPATTERN, parse

_WORD = re.compile(r"\w+")


class Phrases:
    """Named groups of regular expressions, searched in a normalised line as one alternation would be.

    ``search`` returns the match of the first group (in the given order) that matches, with
    ``match.lastgroup`` naming it; within the anchored and within the other branches, the
    leftmost match wins. ``common`` words (stop words) make poor gates: see :func:`required_literals`.
    """

    def __init__(self, named: Mapping[str, Iterable[str]], common: frozenset[str] = frozenset()) -> None:
        split = {name: split_anchored(patterns) for name, patterns in named.items()}
        self._at_start = _gated({name: starts for name, (starts, _) in split.items()}, leading_literals)
        self._anywhere = _gated(
            {name: anywhere for name, (_, anywhere) in split.items()}, lambda branch: required_literals(branch, common)
        )

    def search(self, norm: str) -> re.Match[str] | None:
        """The first match in ``norm``, or None."""
        gate, gated, free = self._at_start
        match = gated.match(norm) if gate and gated and gate.match(norm) else None
        if match is None and free:
            match = free.match(norm)
        if match is None:
            gate, gated, free = self._anywhere
            if gate and gated and gate.search(norm):
                match = gated.search(norm)
            if match is None and free:
                match = free.search(norm)
        return match


_Part = tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]


def _gated(named: Mapping[str, list[str]], literals_of: Callable[[str], frozenset[str] | None]) -> _Part:
    """(a trie of the literals, the branches that need one of them, the branches that need none)."""
    gated: list[str] = []
    free: list[str] = []
    literals: set[str] = set()
    for name, branches in named.items():
        needs = [(branch, literals_of(branch)) for branch in branches]
        literals.update(literal for _, found in needs for literal in found or ())
        gated += _group(name, [branch for branch, found in needs if found])
        free += _group(name, [branch for branch, found in needs if not found])
    return (re.compile(_trie(literals)) if literals else None, _compile(gated), _compile(free))


def _group(name: str, branches: list[str]) -> list[str]:
    return [f"(?P<{name}>{'|'.join(branches)})"] if branches else []


def _compile(groups: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(groups)) if groups else None


def split_anchored(patterns: Iterable[str]) -> tuple[list[str], list[str]]:
    """Cut patterns at their top-level ``|`` into branches anchored at the start (``^`` removed) and the rest.

    >>> split_anchored([r"^a(?:b|c)|d", r"[|^]e"])
    (['a(?:b|c)'], ['d', '[|^]e'])
    """
    anchored: list[str] = []
    floating: list[str] = []
    for pattern in patterns:
        for branch in _branches(pattern):
            if branch.startswith("^"):
                anchored.append(branch[1:])
            else:
                floating.append(branch)
    return anchored, floating


def required_literals(pattern: str, common: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` holds at least one, or None when none is known.

    Of the candidates, the most telling is chosen: the one whose weakest string has the most
    letters outside ``common`` words (stop words, which nearly every line holds).

    >>> sorted(required_literals(r"\\bnewsletters?\\b.{0,60}\\b(?:inbox|sign up)"))
    ['newsletter']
    >>> sorted(required_literals(r"(?:go|see) your (?:trial|subscription)", frozenset(["your"])))
    [' your subscription', ' your trial']
    >>> required_literals(r"\\w+ ?$") is None
    True
    """
    parsed = parse(pattern)
    if parsed.state.flags & re.IGNORECASE:  # literals would match in other cases too
        return None
    found = _required(parsed, lambda literal: _strength(literal, common))
    return found[1] if found else None


def _strength(literal: str, common: frozenset[str]) -> int:
    """Letters of uncommon words, plus 3 per symbol ("/", "©" are rarer than two letters)."""
    letters = sum(len(word) for word in _WORD.findall(literal) if word not in common)
    symbols = sum(not char.isspace() and not char.isalnum() for char in literal)
    return letters + 3 * symbols or (len(literal) > 0)


def _required(items: Any, strength: Callable[[str], int]) -> tuple[int, frozenset[str]] | None:
    """The most telling set of required literals of a parsed sequence, with its strength."""
    best: tuple[int, frozenset[str]] | None = None
    run: list[str] = []

    def consider(candidate: tuple[int, frozenset[str]] | None) -> None:
        nonlocal best
        if candidate and (best is None or candidate[0] > best[0]):
            best = candidate

    def literal_run() -> tuple[int, frozenset[str]] | None:
        text = "".join(run)
        run.clear()
        return (strength(text), frozenset([text])) if text else None

    for op, arg in items:
        if op is LITERAL:
            run.append(chr(arg))
            continue
        if op is BRANCH and run:  # "next|newer" is parsed as "ne" + ("xt" | "wer"): join them again
            heads = ["".join(run) + _leading_literals(branch) for branch in arg[1]]
            consider((min(map(strength, heads)), frozenset(heads)))
        consider(literal_run())
        if op is BRANCH:
            alternatives = [_required(branch, strength) for branch in arg[1]]
            if all(alternatives):
                consider(
                    (
                        min(found[0] for found in alternatives if found),
                        frozenset().union(*(found[1] for found in alternatives if found)),
                    )
                )
        elif op is SUBPATTERN and not arg[1] and not arg[2]:
            consider(_required(arg[3], strength))
        elif op in REPEATS and arg[0] >= 1:
            consider(_required(arg[2], strength))
    consider(literal_run())
    return best


def leading_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` starts with, or None when none is known.

    >>> sorted(leading_literals(r"(?:share|follow) us\\b"))
    ['follow', 'share']
    >>> leading_literals(r"\\d+ min read") is None
    True
    """
    parsed = parse(pattern)
    return None if parsed.state.flags & re.IGNORECASE else _heads(parsed)


def _heads(items: Any) -> frozenset[str] | None:
    run: list[str] = []
    for op, arg in items:
        if op is LITERAL:
            run.append(chr(arg))
            continue
        tails: list[frozenset[str] | None] = []
        if op is BRANCH:
            tails = [_heads(branch) for branch in arg[1]]
        elif op is SUBPATTERN and not arg[1] and not arg[2]:
            tails = [_heads(arg[3])]
        if tails and all(tails):
            return frozenset("".join(run) + tail for found in tails for tail in found or ())
        break
    return frozenset(["".join(run)]) if run else None


def _leading_literals(items: Any) -> str:
    leading = []
    for op, arg in items:
        if op is not LITERAL:
            break
        leading.append(chr(arg))
    return "".join(leading)


def _trie(literals: Iterable[str]) -> str:
    """A pattern that finds any of ``literals``, shaped as a trie so each position is tried once.

    >>> _trie(["cookie", "cookies", "cost"])
    'co(?:okie|st)'
    """
    root: dict[str, Any] = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:  # a shorter literal ends here: finding it is enough
            return ""
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return emit(root)


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (outside groups and character classes)."""
    branches: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            continue
        current.append(ch)
    branches.append("".join(current))
    return branches
