"""Every regular expression newsclean runs is safe from catastrophic backtracking and fast on hostile lines.

The checks of :mod:`newsclean.lang.backtracking` run over every pattern of the package: the phrase data,
the patterns compiled at module level, and those built in functions and classes (for every language).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from types import ModuleType

import pytest

import newsclean
from newsclean import dates, profile
from newsclean.fields import byline_parser
from newsclean.lang import LANGUAGES, language, tag_label, with_english
from newsclean.lang.backtracking import adjacent_repeats, nested_repeats, overlapping_repeat, unanchored_start
from newsclean.lang.common import CAPTION_PATTERNS

#: Where the package compiles patterns in a function or a class: :func:`built_patterns` builds each of them
#: (the phrase matchers and the loader compile only the phrase data, checked as data).
BUILDERS = {
    "newsclean.fields.byline_parser.BylineParser.__init__",
    "newsclean.dates.DateFinder.__init__",
    "newsclean.dates.RelativeDates.__init__",
    "newsclean.lang.tag_label",
    "newsclean.lang.backtracking.check_phrases",
    "newsclean.lang.matching._gated",
    "newsclean.lang.matching._compile",
    "newsclean.profile._months",
}
#: The ``re`` functions that take a pattern.
_RE_CALLS = frozenset({"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"})


def modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        yield importlib.import_module(info.name)


def module_patterns() -> Iterator[tuple[str, re.Pattern[str], bool]]:
    """Every compiled pattern held at module level anywhere in the package, and whether it is searched."""
    for module in modules():
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{module.__name__}.{name}", value, searched(module, name)


def built_patterns() -> Iterator[tuple[str, re.Pattern[str], bool]]:
    """Every pattern compiled in a function or a class (see :data:`BUILDERS`), built for every language."""
    for code in LANGUAGES:
        yield from held(f"BylineParser[{code}]", byline_parser, byline_parser.parser_for(language(code)))
        yield f"tag_label[{code}]", tag_label(language(code)), True
        yield from held(f"RelativeDates[{code}]", dates, dates.relative_dates(("en", code)))
    yield from held("DateFinder", dates, dates.DateFinder())
    yield "profile._months", profile._months(), True


def held(label: str, module: ModuleType, obj: object) -> Iterator[tuple[str, re.Pattern[str], bool]]:
    """The patterns an object holds, alone or in a list, as ``label.attribute``."""
    for name, value in vars(obj).items():
        for pattern in value if isinstance(value, list) else [value]:
            if isinstance(pattern, re.Pattern):
                yield f"{label}.{name}", pattern, searched(module, name)


def searched(module: ModuleType, name: str) -> bool:
    """Whether ``module`` does anything with the pattern called ``name`` but ``match`` and ``fullmatch`` (which
    try one position): a search, a split, a substitution, or handing it on."""
    uses = re.findall(rf"(?<![\w.])(?:self\.)?{re.escape(name)}\b(?!\s*=[^=])(\.\w+\()?", inspect.getsource(module))
    return not uses or any(use not in (".match(", ".fullmatch(") for use in uses)


def data_patterns() -> Iterator[str]:
    for code in LANGUAGES:
        for patterns in language(code).phrases.values():
            yield from patterns
    yield from CAPTION_PATTERNS


def code_patterns() -> list[tuple[str, str, bool]]:
    """(name, pattern, searched) for the package's compiled patterns."""
    return [(name, p.pattern, used) for name, p, used in (*module_patterns(), *built_patterns())]


def test_the_walk_finds_the_patterns_of_modules_and_builders() -> None:
    names = {name for name, _, _ in code_patterns()}
    assert len(names) > 60
    expected = {"newsclean.fields.byline_parser._WITH_HANDLE", "BylineParser[de]._month_then_day", "DateFinder._time"}
    assert expected <= names


def compilers(node: ast.AST, scope: str = "") -> Iterator[str]:
    """The functions and classes (dotted, within a module) in which ``re`` is handed a pattern."""
    for child in ast.iter_child_nodes(node):
        inner = scope
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            inner = f"{scope}.{child.name}" if scope else child.name
        elif (
            scope
            and isinstance(child, ast.Call)
            and isinstance(child.func, ast.Attribute)
            and isinstance(child.func.value, ast.Name)
            and child.func.value.id == "re"
            and child.func.attr in _RE_CALLS
        ):
            yield scope
        yield from compilers(child, inner)


def test_every_pattern_built_in_a_function_is_checked_here() -> None:
    # A new one: build it in built_patterns() and name its function in BUILDERS (or compile it at module level).
    trees = {module.__name__: ast.parse(inspect.getsource(module)) for module in modules()}
    assert {f"{name}.{scope}" for name, tree in trees.items() for scope in compilers(tree)} == BUILDERS


def test_no_pattern_nests_unbounded_repeats() -> None:
    assert [p for p in data_patterns() if nested_repeats(p)] == []
    assert [name for name, p, _ in code_patterns() if nested_repeats(p)] == []


def test_no_unbounded_repeat_holds_branches_that_start_alike() -> None:
    assert [p for p in data_patterns() if overlapping_repeat(p)] == []
    assert [name for name, p, _ in code_patterns() if overlapping_repeat(p)] == []


def test_no_two_repeats_of_the_same_characters_stand_side_by_side() -> None:
    assert [p for p in data_patterns() if adjacent_repeats(p)] == []
    assert [name for name, p, _ in code_patterns() if adjacent_repeats(p)] == []


def test_no_search_starts_a_repeat_inside_a_run() -> None:
    assert [p for p in data_patterns() if unanchored_start(p)] == []  # searched in the normalised line
    assert [name for name, p, used in code_patterns() if used and unanchored_start(p)] == []


@pytest.mark.parametrize(
    ("pattern", "unsafe"),
    [
        (r"(?:a|ab)*c", True),  # both branches start with "a"
        (r"(?:\w+|\d)+$", True),  # a digit is a word character
        (r"(?:[^x]|b)+", True),  # "b" is not "x"
        (r"(?:\bthe )?(?:y|\s*z)+", True),  # the second branch may be empty: anything may follow
        (r"(?:ab|cd)+", False),
        (r"(?:a|ab){0,5}c", False),  # bounded: at most 2**5 ways
        (r"(?:[^x]|x)+", False),
        (r"\w+(?:, \w+)*", False),
    ],
)
def test_overlap_checker_on_known_patterns(pattern: str, unsafe: bool) -> None:
    assert overlapping_repeat(pattern) is unsafe


@pytest.mark.parametrize(
    ("pattern", "unsafe"),
    [
        (r"[^@,|]+?\s*,?\s*@\w+", True),  # the name takes spaces too, and an optional comma between spaces
        (r"(?P<name>[^|,]+?)\s*[|,]\s*(?P<role>[^|,]+?)\s*\Z", True),  # the audit's byline job title
        (r"\s*[|•·—–,-]\s*(?:\d\d[:.]\d\d\s*[|•·—–,-]\s*)?(?P<name>[^\d|•·]+?)\s*", True),  # and name after a date
        (r"\s+[|-]\s*|\s*\d", False),  # alternatives are not side by side
        (r"\s+ \s+x", True),  # a space between: the run is still shared
        (r"a*(?:b)?a*c", True),  # an optional piece between
        (r"(?:ab)*(?:ab)*c", True),  # repeats of groups that match the same characters
        (r"\s+(?=\s*x)", True),  # the lookahead is tried again at each space given back
        (r"(?i:K)*k+x", True),  # in either case
        (r"\s*+,?\s*@", False),  # the first is possessive: it gives nothing back
        (r"(?>\s*),?\s*@", False),  # atomic
        (r"[^@,|]*[^@,|\s]\s*+,?\s*+@", False),  # disjoint: the name ends with a character that is no space
        (r"\s+-\s+", False),  # a separator between
        (r"\s{0,3}\s*x", False),  # one of them bounded: four ways at most
        (r"\w+\.\w+", False),
    ],
)
def test_adjacency_checker_on_known_patterns(pattern: str, unsafe: bool) -> None:
    assert adjacent_repeats(pattern) is unsafe


@pytest.mark.parametrize(
    ("pattern", "unsafe"),
    [
        (r"\s*(?:,|;)\s*", True),  # each space of a run starts a match that reads the rest of the run
        (r"\s+(?:january|march)\.?\s+\d", True),  # the audit's month after a byline's names
        (r"(\s+(?:\||-|–|—|::|:|·|•|«|»|/|›|~)\s+|\s*[|│]\s*)", True),  # and page-title separator
        (r"\s*+(?:,|;)", True),  # possessive or not
        (r"\s+(?=[|•·]\s)", True),
        (r"\d+ articles", True),
        (r"(?:the )?\w+ ago", True),  # an optional piece first
        (r"x\w+:", True),  # a run of "x"
        (r"(?<![a-z])\s+x", True),  # a space before a space is no letter: the lookbehind rules out nothing
        (r"\b[\w.]+:", True),  # "a.a.a" has a word boundary at every dot
        (r"!\[([^\]\n]*)\]\(", True),  # on "![![![...", each "![" reads across all the later ones
        (r"(?:désactiv\w*|coupez) le", True),  # on "désactivdésactiv...", each copy reads to the end
        (r"(?:(?<!\s)\s++)?(?:,|;)\s*+", False),  # from the start of the white space only
        (r"(?<!\s)\s++(?=[|•·]\s)", False),
        (r"(?<=[.!?])\s+[A-Z]", False),  # only after a full stop
        (r"(?<!\d)\d+ articles", False),
        (r"\b\d+ min", False),
        (r"^\s*tags:", False),
        (r"(?:^|\s)\w+:", False),
        (r"@\w+", False),  # the first character is no word character
        (r"!\[([^\[\]\n]*)\]\(", False),  # the alt text stops at the next "["
        (r"\binscri\w+ x", False),  # no word boundary inside "inscriinscri..."
        (r"\w+", False),  # nothing after it can fail: the first attempt matches
        (r"\s+(?:x)?", False),
    ],
)
def test_start_checker_on_known_patterns(pattern: str, unsafe: bool) -> None:
    assert unanchored_start(pattern) is unsafe


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        (r"^(?:\w+\s?)+$", "nests unbounded repeats"),
        (r"^temps de lecture\W*:?\W*\d+ ?min", "puts two repeats of the same characters side by side"),
        (r"\d+ articles gratuits", "lets a search start a repeat at every position of a run"),
    ],
)
def test_a_slow_pattern_in_phrase_data_is_refused(monkeypatch: pytest.MonkeyPatch, pattern: str, problem: str) -> None:
    en = importlib.import_module("newsclean.lang.en")
    monkeypatch.setitem(en.PATTERNS, "advert_marker", (pattern,))
    language.cache_clear()
    try:
        with pytest.raises(newsclean.NewscleanError, match=problem):
            with_english(language("en"))  # what every step asks for before it uses a language's patterns
    finally:
        monkeypatch.undo()
        language.cache_clear()


HOSTILE = ["a" * 20_000, "a " * 10_000, "!" * 20_000, "- " * 10_000, "share " * 3_000 + "!", "1" * 20_000]


@pytest.mark.parametrize("line", HOSTILE, ids=["letters", "words", "bangs", "dashes", "share-bar", "digits"])
def test_hostile_lines_are_cleaned(line: str) -> None:
    # A catastrophic pattern would hang here; a linear one takes milliseconds.
    article = newsclean.clean(f"Headline\n{line}\n{line[:300]}")
    assert len(article.placements) == 3
