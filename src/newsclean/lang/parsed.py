"""Patterns as ``re`` itself parses them, and the characters a piece of one can match: what the phrase
matcher (:mod:`newsclean.lang.matching`) and the backtracking checks (:mod:`newsclean.lang.backtracking`) read.

>>> sorted(matched_chars(parse("[ab]|c"), False)), "A" in matched_chars(parse("a"), True)
(['a', 'b', 'c'], True)
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from functools import cache
from typing import Any

#: The parser that ``re`` itself uses (``re._parser`` from Python 3.11, ``sre_parse`` before).
sre: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

LITERAL, BRANCH, SUBPATTERN = sre.LITERAL, sre.BRANCH, sre.SUBPATTERN
POSSESSIVE, ATOMIC = sre.POSSESSIVE_REPEAT, sre.ATOMIC_GROUP
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, POSSESSIVE)


@cache
def parse(pattern: str) -> Any:
    """``pattern`` parsed, once: each check and each search for literals reads it."""
    return sre.parse(pattern)


#: Characters on which character sets are compared: Latin, Greek, Cyrillic, Hebrew, Arabic, general
#: punctuation, currency signs, arrows, box drawing and shapes, CJK punctuation, kana and ideographs,
#: Hangul, full-width forms (the scripts and the separators pages use).
SAMPLE = "".join(
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
ALL = frozenset(SAMPLE)
WORDS = frozenset(char for char in SAMPLE if char.isalnum() or char == "_")
SINGLE = frozenset({LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN, sre.RANGE, sre.CATEGORY})
LOOK = (sre.ASSERT, sre.ASSERT_NOT)


def ignores_case(parsed: Any) -> bool:
    return bool(parsed.state.flags & re.IGNORECASE)


def inside(op: Any, arg: Any, icase: bool) -> tuple[list[Any], bool]:
    """The items of a group (``(...)``, ``(?>...)``) and whether they ignore case (``(?i:...)``, ``(?-i:...)``)."""
    if op is ATOMIC:
        return list(arg), icase
    return list(arg[3]), (icase or bool(arg[1] & re.I)) and not arg[2] & re.I


def branches_of(op: Any, arg: Any) -> list[list[Any]]:
    """The branches of an alternation, or the yes and no branches of ``(?(1)yes|no)``."""
    branches = arg[1] if op is BRANCH else [arg[1], arg[2] or []]
    return [list(branch) for branch in branches]


def matched_chars(items: Any, icase: bool) -> frozenset[str]:
    """The characters of :data:`SAMPLE` that some piece of a parsed sequence can match."""
    found: frozenset[str] = frozenset()
    for op, arg in items:
        if op in REPEATS:
            found |= matched_chars(arg[2], icase)
        elif op is SUBPATTERN or op is ATOMIC:
            found |= matched_chars(*inside(op, arg, icase))
        elif op is BRANCH or op is sre.GROUPREF_EXISTS:
            found = found.union(*(matched_chars(branch, icase) for branch in branches_of(op, arg)))
        elif op in SINGLE:
            found |= single_chars(op, arg, icase)
        elif op is sre.GROUPREF:
            found = ALL
    return found


def single_chars(op: Any, arg: Any, icase: bool) -> frozenset[str]:
    """The characters of :data:`SAMPLE` one single-character piece matches (in either case with ``icase``)."""
    return _charset_of(op, tuple(arg) if isinstance(arg, list) else arg, icase)


@cache
def _charset_of(op: Any, arg: Any, icase: bool) -> frozenset[str]:
    if op is LITERAL:
        found = frozenset(chr(arg)) & ALL
    elif op is sre.NOT_LITERAL:
        found = ALL - {chr(arg)}
    elif op is sre.ANY:
        found = ALL - {"\n"}
    elif op is sre.RANGE:
        found = frozenset(char for char in SAMPLE if arg[0] <= ord(char) <= arg[1])
    elif op is sre.CATEGORY:
        name = str(arg)
        test = _CATEGORIES.get(name.replace("_NOT", ""))
        found = ALL if test is None else frozenset(char for char in SAMPLE if test(char) != ("_NOT" in name))
    elif op is sre.IN:
        negate = bool(arg) and arg[0][0] is sre.NEGATE
        found = frozenset().union(*(_charset_of(o, a, False) for o, a in arg[int(negate) :]))
        found = ALL - found if negate else found
    else:  # unknown: anything
        found = ALL
    if icase:
        found |= {other for char in found for other in (char.lower(), char.upper()) if other in ALL}
    return found


_CATEGORIES: dict[str, Callable[[str], bool]] = {
    "CATEGORY_DIGIT": str.isdecimal,
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_WORD": lambda c: c.isalnum() or c == "_",
}
