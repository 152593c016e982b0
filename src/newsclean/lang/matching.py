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

No input may make a pattern backtrack. Every pattern of the package (``tests/test_patterns.py``
finds them all; the loader checks the phrase data) keeps four rules, each checked on the parsed
pattern: no unbounded repeat inside another (:func:`nested_repeats`) or over branches that start
alike (:func:`overlapping_repeat`), no two side by side that can share characters unless the first
is possessive or atomic (:func:`adjacent_repeats`), and no search that starts one at every position
of a long run (:func:`unanchored_start`). Plain ``str`` methods do what needs no pattern, and the
field extractors read a bounded part of a line (:data:`newsclean.fields.limits.FIELD_CHARS`).
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

#: The parser that ``re`` itself uses (``re._parser`` from Python 3.11, ``sre_parse`` before).
_sre: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

_LITERAL, _BRANCH, _SUBPATTERN = _sre.LITERAL, _sre.BRANCH, _sre.SUBPATTERN
_POSSESSIVE, _ATOMIC = _sre.POSSESSIVE_REPEAT, _sre.ATOMIC_GROUP
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _POSSESSIVE)
_WORD = re.compile(r"\w+")


@cache
def _parse(pattern: str) -> Any:
    """``pattern`` parsed, once: each check and each search for literals reads it."""
    return _sre.parse(pattern)


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
    parsed = _parse(pattern)
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
    parsed = _parse(pattern)
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
    return _anywhere(_parse(pattern), False, _repeat_in_repeat)


def overlapping_repeat(pattern: str) -> bool:
    """Whether an unbounded repeat holds an alternation whose branches can start with the same character.

    ``(?:a|ab)*`` on a long run that almost matches tries every way of splitting it among the
    branches: exponential time, like nested repeats. The check is conservative (a branch that may
    match the empty string counts as starting with anything); characters are compared on a sample
    of the scripts and the punctuation pages use.

    >>> overlapping_repeat(r"(?:\\w+ |\\d+\\.)*$"), overlapping_repeat(r"(?:ab|cd)+|(?:x|ax){0,9}")
    (True, False)
    """
    return _anywhere(_parse(pattern), False, _branches_overlap)


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
    parsed = _parse(pattern)
    return _after(list(parsed), frozenset(), _ignores_case(parsed), False) is None


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
    parsed = _parse(pattern)
    items, icase = list(parsed), _ignores_case(parsed)
    return _unanchored(items, _ALL, False, icase) is None or _read_across(items, frozenset(), False, icase)[0]


#: Characters on which character sets are compared: Latin, Greek, Cyrillic, Hebrew, Arabic, general
#: punctuation, currency signs, arrows, box drawing and shapes, CJK punctuation, kana and ideographs,
#: Hangul, full-width forms (the scripts and the separators pages use).
_SAMPLE = "".join(
    chr(code)
    for low, high in (
        (0, 0x250),
        (0x370, 0x460),
        (0x5D0, 0x5F0),
        (0x600, 0x660),
        (0x2000, 0x20C0),
        (0x2190, 0x21A0),
        (0x2500, 0x2504),
        (0x25A0, 0x2600),
        (0x3000, 0x3100),
        (0x4E00, 0x4E10),
        (0xAC00, 0xAC10),
        (0xFF00, 0xFF20),
    )
    for code in range(low, high)
)
_ALL = frozenset(_SAMPLE)
_WORDS = frozenset(char for char in _SAMPLE if char.isalnum() or char == "_")
_SINGLE = frozenset({_LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN, _sre.RANGE, _sre.CATEGORY})
_LOOK = (_sre.ASSERT, _sre.ASSERT_NOT)


def _ignores_case(parsed: Any) -> bool:
    return bool(parsed.state.flags & re.IGNORECASE)


def _inside(op: Any, arg: Any, icase: bool) -> tuple[list[Any], bool]:
    """The items of a group (``(...)``, ``(?>...)``) and whether they ignore case (``(?i:...)``, ``(?-i:...)``)."""
    if op is _ATOMIC:
        return list(arg), icase
    return list(arg[3]), (icase or bool(arg[1] & re.I)) and not arg[2] & re.I


def _after(items: list[Any], live: frozenset[str], icase: bool, atomic: bool) -> frozenset[str] | None:
    """The characters that a repeat before the end of ``items`` can give back to what follows, all the
    pieces after it matching them too (``live``: the same before ``items``); None when a repeat in
    ``items`` can take one of them. In an ``atomic`` group no repeat gives anything back."""
    for op, arg in items:
        if op in _REPEATS:
            low, high, body = arg[0], arg[1], list(arg[2])
            committed = atomic or op is _POSSESSIVE
            if high == _sre.MAXREPEAT:
                chars = _chars(body, icase)
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
        elif op is _SUBPATTERN or op is _ATOMIC:
            items_in, icase_in = _inside(op, arg, icase)
            found = _after(items_in, live, icase_in, atomic or op is _ATOMIC)
            if found is None:
                return None
            live = found
        elif op is _BRANCH or op is _sre.GROUPREF_EXISTS:
            paths = frozenset()
            for branch in _alternatives(op, arg):
                found = _after(branch, live, icase, atomic)
                if found is None:
                    return None
                paths |= found
            live = paths
        elif op in _LOOK:  # re-tried at each character a repeat before it gives back
            if _after(list(arg[1]), live, icase, True) is None:
                return None
        elif op in _SINGLE:
            live &= _charset(op, arg, icase)
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
        if op is _sre.AT:
            if arg in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
                return frozenset()
            boundary = boundary or arg is _sre.AT_BOUNDARY
        elif op in _LOOK and arg[0] < 0:  # a lookbehind: what a position inside a run is preceded by
            last = list(arg[1])[-1:]
            if last and last[0][0] in _SINGLE:
                chars = _charset(last[0][0], last[0][1], icase)
                if op is _sre.ASSERT:
                    run &= chars
                elif len(arg[1]) == 1:
                    run -= chars
        elif op in _LOOK:
            if _unanchored(list(arg[1]), run, boundary, icase) is None:
                return None
        elif op in _REPEATS:
            low, high, body = arg[0], arg[1], list(arg[2])
            if high == _sre.MAXREPEAT:
                shared = run & _chars(body, icase)
                anchored = boundary and (shared <= _WORDS or not shared & _WORDS)
                if shared and not anchored and any(map(_can_fail, rest)):
                    return None
                if low:
                    return frozenset()
            else:
                found = _unanchored(body, run, boundary, icase, rest)
                if found is None:
                    return None
                run = run if low == 0 else found
        elif op is _SUBPATTERN or op is _ATOMIC:
            items_in, icase_in = _inside(op, arg, icase)
            found = _unanchored(items_in, run, boundary, icase_in, rest)
            if found is None:
                return None
            run = found
        elif op is _BRANCH or op is _sre.GROUPREF_EXISTS:
            paths: frozenset[str] = frozenset()
            for branch in _alternatives(op, arg):
                found = _unanchored(branch, run, boundary, icase, rest)
                if found is None:
                    return None
                paths |= found
            run = paths
        elif op in _SINGLE:
            run &= _charset(op, arg, icase)
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
        if op is _LITERAL:
            opening |= _charset(op, arg, icase)
        elif op is _sre.AT and arg not in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
            boundary = boundary or arg is _sre.AT_BOUNDARY
        elif op in _LOOK and arg[0] > 0:
            continue
        elif op in _REPEATS and arg[1] == _sre.MAXREPEAT:
            anchored = boundary and (opening <= _WORDS or not opening & _WORDS)
            across = bool(opening) and opening <= _chars(arg[2], icase) and not anchored
            return across and any(map(_can_fail, rest)), None
        elif op is _SUBPATTERN or op is _ATOMIC or op is _BRANCH:
            branches = [_inside(op, arg, icase)] if op is not _BRANCH else [(list(b), icase) for b in arg[1]]
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
        if op in _REPEATS:
            if arg[0] == 0:
                continue
            return _can_fail(list(arg[2]))
        if op is _SUBPATTERN or op is _ATOMIC:
            if _can_fail(list(arg[3] if op is _SUBPATTERN else arg)):
                return True
        elif op is _BRANCH:
            if all(_can_fail(list(branch)) for branch in arg[1]):
                return True
        else:
            return True
    return False


def _alternatives(op: Any, arg: Any) -> list[list[Any]]:
    """The branches of an alternation, or the yes and no branches of ``(?(1)yes|no)``."""
    branches = arg[1] if op is _BRANCH else [arg[1], arg[2] or []]
    return [list(branch) for branch in branches]


def _chars(items: Any, icase: bool) -> frozenset[str]:
    """The characters of :data:`_SAMPLE` that some piece of a parsed sequence can match."""
    found: frozenset[str] = frozenset()
    for op, arg in items:
        if op in _REPEATS:
            found |= _chars(arg[2], icase)
        elif op is _SUBPATTERN or op is _ATOMIC:
            found |= _chars(*_inside(op, arg, icase))
        elif op is _BRANCH or op is _sre.GROUPREF_EXISTS:
            found = found.union(*(_chars(branch, icase) for branch in _alternatives(op, arg)))
        elif op in _SINGLE:
            found |= _charset(op, arg, icase)
        elif op is _sre.GROUPREF:
            found = _ALL
    return found


def _charset(op: Any, arg: Any, icase: bool) -> frozenset[str]:
    """The characters of :data:`_SAMPLE` one single-character piece matches (in either case with ``icase``)."""
    return _charset_of(op, tuple(arg) if isinstance(arg, list) else arg, icase)


@cache
def _charset_of(op: Any, arg: Any, icase: bool) -> frozenset[str]:
    if op is _LITERAL:
        found = frozenset(chr(arg)) & _ALL
    elif op is _sre.NOT_LITERAL:
        found = _ALL - {chr(arg)}
    elif op is _sre.ANY:
        found = _ALL - {"\n"}
    elif op is _sre.RANGE:
        found = frozenset(char for char in _SAMPLE if arg[0] <= ord(char) <= arg[1])
    elif op is _sre.CATEGORY:
        name = str(arg)
        test = _CATEGORIES.get(name.replace("_NOT", ""))
        found = _ALL if test is None else frozenset(char for char in _SAMPLE if test(char) != ("_NOT" in name))
    elif op is _sre.IN:
        negate = bool(arg) and arg[0][0] is _sre.NEGATE
        found = frozenset().union(*(_charset_of(o, a, False) for o, a in arg[int(negate) :]))
        found = _ALL - found if negate else found
    else:  # unknown: anything
        found = _ALL
    if icase:
        found |= {other for char in found for other in (char.lower(), char.upper()) if other in _ALL}
    return found


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
        elif op is _ATOMIC:
            children, deeper = [arg], inside
        elif op in _LOOK:
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
        if op is _sre.AT or op in _LOOK:
            continue
        if op is _SUBPATTERN or op is _ATOMIC:
            return _first(list(arg[3] if op is _SUBPATTERN else arg) + items[position + 1 :])
        if op in _REPEATS:
            return _first(list(arg[2])) if arg[0] >= 1 else set(_SAMPLE)
        if op is _BRANCH:
            return set().union(*(_first(list(branch)) for branch in arg[1]))
        return set(_charset(op, arg, False)) if op in _SINGLE else set(_SAMPLE)
    return set(_SAMPLE)


_CATEGORIES: dict[str, Callable[[str], bool]] = {
    "CATEGORY_DIGIT": str.isdecimal,
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_WORD": lambda c: c.isalnum() or c == "_",
}
