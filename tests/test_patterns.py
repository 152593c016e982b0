"""Every regular expression newsclean runs is safe from catastrophic backtracking and fast on hostile lines."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest

import newsclean
from newsclean.lang import LANGUAGES, language, with_english
from newsclean.lang.common import CAPTION_PATTERNS
from newsclean.lang.matching import nested_repeats, overlapping_repeat


def module_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern held at module level anywhere in the package."""
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{info.name}.{name}", value


def data_patterns() -> Iterator[str]:
    for code in LANGUAGES:
        for patterns in language(code).phrases.values():
            yield from patterns
    yield from CAPTION_PATTERNS


def test_no_pattern_nests_unbounded_repeats() -> None:
    assert [p for p in data_patterns() if nested_repeats(p)] == []
    modules = list(module_patterns())
    assert len(modules) > 10  # the walk found the modules' patterns
    assert [name for name, p in modules if isinstance(p.pattern, str) and nested_repeats(p.pattern)] == []


def test_no_unbounded_repeat_holds_branches_that_start_alike() -> None:
    assert [p for p in data_patterns() if overlapping_repeat(p)] == []
    modules = [(name, p.pattern) for name, p in module_patterns() if isinstance(p.pattern, str)]
    assert [name for name, p in modules if overlapping_repeat(p)] == []


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


def test_a_nested_repeat_in_phrase_data_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    en = importlib.import_module("newsclean.lang.en")
    monkeypatch.setitem(en.PATTERNS, "advert_marker", (r"^(?:\w+\s?)+$",))
    language.cache_clear()
    try:
        with pytest.raises(newsclean.NewscleanError, match="nests unbounded repeats"):
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
