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
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

#: The parser that ``re`` itself uses (``re._parser`` from Python 3.11, ``sre_parse`` before).
_sre: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

_LITERAL, _BRANCH, _SUBPATTERN = _sre.LITERAL, _sre.BRANCH, _sre.SUBPATTERN
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)
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
    parsed = _sre.parse(pattern)
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
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        if op is _BRANCH and run:  # "next|newer" is parsed as "ne" + ("xt" | "wer"): join them again
            heads = ["".join(run) + _leading_literals(branch) for branch in arg[1]]
            consider((min(map(strength, heads)), frozenset(heads)))
        consider(literal_run())
        if op is _BRANCH:
            alternatives = [_required(branch, strength) for branch in arg[1]]
            if all(alternatives):
                consider(
                    (
                        min(found[0] for found in alternatives if found),
                        frozenset().union(*(found[1] for found in alternatives if found)),
                    )
                )
        elif op is _SUBPATTERN and not arg[1] and not arg[2]:
            consider(_required(arg[3], strength))
        elif op in _REPEATS and arg[0] >= 1:
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
    parsed = _sre.parse(pattern)
    return None if parsed.state.flags & re.IGNORECASE else _heads(parsed)


def _heads(items: Any) -> frozenset[str] | None:
    run: list[str] = []
    for op, arg in items:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        tails: list[frozenset[str] | None] = []
        if op is _BRANCH:
            tails = [_heads(branch) for branch in arg[1]]
        elif op is _SUBPATTERN and not arg[1] and not arg[2]:
            tails = [_heads(arg[3])]
        if tails and all(tails):
            return frozenset("".join(run) + tail for found in tails for tail in found or ())
        break
    return frozenset(["".join(run)]) if run else None


def _leading_literals(items: Any) -> str:
    leading = []
    for op, arg in items:
        if op is not _LITERAL:
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


def nested_repeats(pattern: str) -> bool:
    """Whether an unbounded repeat of ``pattern`` sits inside another unbounded repeat (star height > 1).

    Such nesting is what makes a backtracking engine take exponential time on a line that almost
    matches, so phrase data must have none; bounded repeats such as ``{0,20}`` are fine.

    >>> nested_repeats(r"(?:\\w+\\s)*end"), nested_repeats(r"(?:\\w{1,20}\\s){0,5}end|\\d+\\s*$")
    (True, False)
    """
    return _anywhere(_sre.parse(pattern), False, _repeat_in_repeat)


def overlapping_repeat(pattern: str) -> bool:
    """Whether an unbounded repeat holds an alternation whose branches can start with the same character.

    ``(?:a|ab)*`` on a long run that almost matches tries every way of splitting it among the
    branches: exponential time, like nested repeats. The check is conservative (a branch that may
    match the empty string counts as starting with anything); characters are compared on a sample
    of Latin, Cyrillic, punctuation and space characters.

    >>> overlapping_repeat(r"(?:\\w+ |\\d+\\.)*$"), overlapping_repeat(r"(?:ab|cd)+|(?:x|ax){0,9}")
    (True, False)
    """
    return _anywhere(_sre.parse(pattern), False, _branches_overlap)


#: Characters on which the first sets of two branches are compared.
_SAMPLE = (
    "".join(chr(c) for c in range(0x250)) + "".join(chr(c) for c in range(0x400, 0x460)) + "\u00a0\u2013\u2014\u2019"
)


def _anywhere(items: Any, inside: bool, flag: Callable[[Any, Any, bool], bool]) -> bool:
    """Whether ``flag(op, arg, inside)`` holds for an item of a parsed pattern, at any depth;
    ``inside`` says whether the item sits under an unbounded repeat."""
    for op, arg in items:
        if flag(op, arg, inside):
            return True
        if op in _REPEATS:
            children, deeper = [arg[2]], inside or arg[1] == _sre.MAXREPEAT
        elif op is _BRANCH:
            children, deeper = arg[1], inside
        elif op is _SUBPATTERN:
            children, deeper = [arg[3]], inside
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            children, deeper = [arg[1]], inside
        else:
            continue
        if any(_anywhere(child, deeper, flag) for child in children):
            return True
    return False


def _repeat_in_repeat(op: Any, arg: Any, inside: bool) -> bool:
    return inside and op in _REPEATS and arg[1] == _sre.MAXREPEAT


def _branches_overlap(op: Any, arg: Any, inside: bool) -> bool:
    if not inside or op is not _BRANCH:
        return False
    firsts = [_first(list(branch)) for branch in arg[1]]
    return any(one & other for i, one in enumerate(firsts) for other in firsts[i + 1 :])


def _first(items: list[Any]) -> set[str]:
    """Characters of :data:`_SAMPLE` a sequence of parsed items can start with (all when it may be empty)."""
    for position, (op, arg) in enumerate(items):
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op is _SUBPATTERN:
            return _first(list(arg[3]) + items[position + 1 :])
        if op in _REPEATS:
            return _first(list(arg[2])) if arg[0] >= 1 else set(_SAMPLE)
        if op is _BRANCH:
            return set().union(*(_first(list(branch)) for branch in arg[1]))
        return {c for c in _SAMPLE if _matches(op, arg, c)}
    return set(_SAMPLE)


_CATEGORIES: dict[str, Callable[[str], bool]] = {
    "CATEGORY_DIGIT": str.isdecimal,
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_WORD": lambda c: c.isalnum() or c == "_",
}


def _matches(op: Any, arg: Any, char: str) -> bool:
    """Whether one parsed single-character item matches ``char`` (unknown items match everything)."""
    if op is _LITERAL:
        return bool(ord(char) == arg)
    if op is _sre.NOT_LITERAL:
        return bool(ord(char) != arg)
    if op is _sre.ANY:
        return char != "\n"
    if op is _sre.RANGE:
        return bool(arg[0] <= ord(char) <= arg[1])
    if op is _sre.CATEGORY:
        name = str(arg)
        test = _CATEGORIES.get(name.replace("_NOT", ""))
        return True if test is None else test(char) != ("_NOT" in name)
    if op is _sre.IN:
        negate = bool(arg) and arg[0][0] is _sre.NEGATE
        return any(_matches(o, a, char) for o, a in arg[int(negate) :]) != negate
    return True
