"""Every language module of ``newsclean.lang`` defines the same keys, with the same types, and well-formed values.

A new language is one module in ``src/newsclean/lang/`` (and its code in ``LANGUAGES``): these tests cover it.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType

import pytest

from newsclean.errors import NewscleanError
from newsclean.lang import LANGUAGES, every, language

#: Keys whose values are regular expressions, not words.
PATTERN_KEYS = frozenset({"RELATIVE_TIMES", "RELATIVE_CUES"})
#: Keys whose words are spelled as printed (an organisation's name), not case-folded.
AS_PRINTED = frozenset({"NEWSROOMS"})


def module(code: str) -> ModuleType:
    return importlib.import_module(f"newsclean.lang.{code}")


def keys(code: str) -> dict[str, type]:
    """The data a language module defines (its upper-case names) and the type of each."""
    return {name: type(value) for name, value in vars(module(code)).items() if name.isupper()}


def word_keys() -> list[str]:
    return sorted(name for name, kind in keys("en").items() if kind in (frozenset, tuple) and name not in PATTERN_KEYS)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_defines_the_keys_of_english_with_their_types(code: str) -> None:
    assert keys(code) == keys("en")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_the_same_pattern_groups(code: str) -> None:
    assert sorted(module(code).PATTERNS) == sorted(module("en").PATTERNS)


@pytest.mark.parametrize("code", LANGUAGES)
def test_words_are_clean_strings(code: str) -> None:
    for key in word_keys():
        for word in getattr(module(code), key):
            assert isinstance(word, str) and word, (code, key, word)
            assert word == word.strip() and "  " not in word, (code, key, word)
            if key not in AS_PRINTED:
                assert word == word.casefold(), (code, key, word)


@pytest.mark.parametrize("code", LANGUAGES)
def test_patterns_compile(code: str) -> None:
    data = module(code)
    sources = [p for key in PATTERN_KEYS for p in getattr(data, key)]
    sources += [p for group in data.PATTERNS.values() for p in group]
    for source in sources:
        assert isinstance(source, str) and source
        re.compile(source)


@pytest.mark.parametrize("code", LANGUAGES)
def test_months_and_date_order(code: str) -> None:
    data = module(code)
    assert data.DATE_ORDER in ("dmy", "mdy")
    assert set(data.MONTHS.values()) == set(range(1, 13))
    assert all(name == name.casefold() and name for name in data.MONTHS)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_loader_reads_every_language(code: str) -> None:
    lang = language(code)
    assert lang.code == code and lang.stopwords and lang.byline_prefixes and lang.tag_labels
    assert lang.date_order == module(code).DATE_ORDER


def test_every_is_the_union_over_languages() -> None:
    assert every("AND_WORDS") == frozenset().union(*(module(code).AND_WORDS for code in LANGUAGES))
    assert {"und", "et"} <= every("AND_WORDS")
    with pytest.raises(NewscleanError, match="no words under 'NO_SUCH_KEY'"):
        every("NO_SUCH_KEY")
