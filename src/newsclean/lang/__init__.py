"""Phrase data per language, kept apart from the code that applies it.

Each language module (``en``, ``de``, ...) holds plain data under the same keys: ``STOPWORDS``,
``PATTERNS`` (reason code -> regular expressions over the normalised line), ``TAG_LABELS``,
``MONTHS``, ``BYLINE_PREFIXES``, ``DATE_ORDER`` and sets of words for bylines and dates
(``BYLINE_ROLES``, ``NOT_NAMES``, ``ORDINALS``, ...). :func:`language` loads one module, once;
:func:`with_english` checks its patterns, once, before any step uses them; :func:`every` gives the
words of one key in every language.

>>> en = language("en")
>>> "the" in en.stopwords, phrases(en, "advert_marker").search("advertisement").group()
(True, 'advertisement')
>>> sorted(every("AND_WORDS"))
['and', 'e', 'en', 'et', 'und', 'y']
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from newsclean.errors import NewscleanError
from newsclean.lang import world
from newsclean.lang.backtracking import check_phrases
from newsclean.lang.common import AGENCIES
from newsclean.lang.matching import Phrases

__all__ = [
    "LANGUAGES",
    "Language",
    "Phrases",
    "agencies",
    "alternation",
    "either",
    "every",
    "language",
    "months",
    "phrases",
    "some",
    "tag_label",
    "with_english",
]

#: Languages with phrase data, English first (its patterns apply to every page).
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


@dataclass(frozen=True, slots=True, eq=False)
class Language:
    """The compiled phrase data of one language (loaded once, so compared by identity)."""

    code: str
    stopwords: frozenset[str]
    phrases: dict[str, tuple[str, ...]]
    """The pattern sources, by reason code."""
    tag_labels: tuple[str, ...]
    months: dict[str, int]
    """Month names and abbreviations -> month number."""
    byline_prefixes: tuple[str, ...]
    """Words that introduce the authors on a byline ("by", "von")."""
    date_order: str
    """How a numeric date whose day and month could be swapped reads: ``"dmy"`` or ``"mdy"``."""


def either(words: Iterable[str]) -> str:
    """A regular-expression alternation of literal ``words``, longest first (so "sept" wins over "sep").

    >>> either(["sep", "sept", "a.m"])
    'sept|a\\\\.m|sep'
    """
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def every(key: str) -> frozenset[str]:
    """The words (or pattern sources) of ``key`` in every language: for a step that reads them on every page.

    >>> sorted(every("ORDINALS"))
    ['.', 'er', 'nd', 'rd', 'st', 'th', 'º']
    """
    return some(key, LANGUAGES)


def some(key: str, codes: Iterable[str]) -> frozenset[str]:
    """The words (or pattern sources) of ``key`` in the languages ``codes``.

    >>> sorted(some("AND_WORDS", ("en", "de")))
    ['and', 'und']
    """
    values: list[Iterable[str]] = []
    for code in codes:
        value = getattr(_module(code), key, None)
        if not isinstance(value, frozenset | tuple):
            raise NewscleanError(f"newsclean/lang/{code}.py: no words under {key!r}")
        values.append(value)
    return frozenset().union(*values)


def alternation(key: str) -> str:
    """The words of ``key`` in every language (:func:`every`) as one regular-expression alternation.

    >>> alternation("AND_WORDS")
    'and|und|en|et|e|y'
    """
    return either(sorted(every(key)))


@cache
def agencies() -> tuple[str, ...]:
    """The news agencies (:data:`newsclean.lang.common.AGENCIES`) and every language's newsrooms: a byline's
    organisations, spelled as they are printed.

    >>> "Reuters" in agencies(), "Redaktion" in agencies()
    (True, True)
    """
    return AGENCIES + tuple(sorted(every("NEWSROOMS")))


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations of every language -> month number."""
    return {name: number for code in LANGUAGES for name, number in language(code).months.items()}


def with_english(lang: Language | None) -> tuple[Language, ...]:
    """The languages whose phrases apply to a page: English (furniture is often English) and its own,
    their patterns checked.

    >>> [lang.code for lang in with_english(language("de"))]
    ['en', 'de']
    """
    english = _checked(language("en"))
    return (english,) if lang is None or lang is english else (english, _checked(lang))


@cache
def phrases(lang: Language | None, *reasons: str) -> Phrases:
    """The patterns of ``reasons`` in English, in ``lang`` and in the scripts no language covers (see
    :mod:`newsclean.lang.world`), one named group per reason.

    >>> phrases(None, "cross_link").search("相关阅读：台风季来临").group()
    '相关阅读：'
    """
    languages = with_english(lang)
    named = {
        reason: [*(p for source in languages for p in source.phrases.get(reason, ())), *_world().get(reason, ())]
        for reason in reasons
    }
    return Phrases(named, common=frozenset().union(*(source.stopwords for source in languages)))


@cache
def tag_label(lang: Language | None) -> re.Pattern[str]:
    """A tag-list label of English or ``lang`` at the start of a line, with its colon (or alone)."""
    labels = "|".join(re.escape(label) for source in with_english(lang) for label in source.tag_labels)
    return re.compile(rf"^\s*(?:{labels})\s*(?:[:：]\s*|$)", re.IGNORECASE)


@cache
def language(code: str) -> Language:
    """Load the phrase data of one language (cached: the data never changes). Its patterns are
    checked when a step first asks for them (see :func:`with_english`), so language detection,
    which needs only the stop words, does not pay for every language's patterns.
    """
    if code not in LANGUAGES:
        raise NewscleanError(f"no phrase data for language {code!r}; known: {', '.join(LANGUAGES)}")
    module: Any = _module(code)
    return Language(
        code=code,
        stopwords=frozenset(module.STOPWORDS),
        phrases={reason: tuple(alternatives) for reason, alternatives in module.PATTERNS.items()},
        tag_labels=tuple(module.TAG_LABELS),
        months=dict(module.MONTHS),
        byline_prefixes=tuple(module.BYLINE_PREFIXES),
        date_order=str(module.DATE_ORDER),
    )


@cache
def _module(code: str) -> ModuleType:
    """The data module of one of the :data:`LANGUAGES`, imported once."""
    return importlib.import_module(f"newsclean.lang.{code}")


@cache
def _world() -> dict[str, tuple[str, ...]]:
    """The phrases of :mod:`newsclean.lang.world`, once each pattern compiles and cannot take exponential time."""
    check_phrases("world", world.PATTERNS)
    return world.PATTERNS


@cache
def _checked(lang: Language) -> Language:
    """``lang``, once each of its patterns compiles and cannot take exponential (or quadratic) time."""
    check_phrases(lang.code, lang.phrases)
    return lang
