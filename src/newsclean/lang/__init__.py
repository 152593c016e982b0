"""Phrase data per language, kept apart from the code that applies it.

Each language module (``en``, ``de``, ...) holds plain data: ``STOPWORDS``, ``PATTERNS`` (reason
code -> regular expressions over the normalised line) and ``TAG_LABELS``. :func:`language` loads
and validates one module, once.

>>> en = language("en")
>>> "the" in en.stopwords, phrases(en, "advert_marker").search("advertisement").group()
(True, 'advertisement')
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsclean.errors import NewscleanError
from newsclean.lang.matching import Phrases, nested_repeats, overlapping_repeat

__all__ = [
    "LANGUAGES",
    "Language",
    "Phrases",
    "either",
    "language",
    "months",
    "phrases",
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


def either(words: Iterable[str]) -> str:
    """A regular-expression alternation of literal ``words``, longest first (so "sept" wins over "sep").

    >>> either(["sep", "sept", "a.m"])
    'sept|a\\\\.m|sep'
    """
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations of every language -> month number."""
    return {name: number for code in LANGUAGES for name, number in language(code).months.items()}


def with_english(lang: Language | None) -> tuple[Language, ...]:
    """The languages whose phrases apply to a page: English (furniture is often English) and its own.

    >>> [lang.code for lang in with_english(language("de"))]
    ['en', 'de']
    """
    english = language("en")
    return (english,) if lang is None or lang is english else (english, lang)


@cache
def phrases(lang: Language | None, *reasons: str) -> Phrases:
    """The patterns of ``reasons`` in English and in ``lang``, one named group per reason."""
    languages = with_english(lang)
    named = {reason: [p for source in languages for p in source.phrases.get(reason, ())] for reason in reasons}
    return Phrases(named, common=frozenset().union(*(source.stopwords for source in languages)))


@cache
def tag_label(lang: Language | None) -> re.Pattern[str]:
    """A tag-list label of English or ``lang`` at the start of a line, with its colon (or alone)."""
    labels = "|".join(re.escape(label) for source in with_english(lang) for label in source.tag_labels)
    return re.compile(rf"\s*(?:{labels})\s*(?:[:：]\s*|$)", re.IGNORECASE)


@cache
def language(code: str) -> Language:
    """Load, compile and check the phrase data of one language (cached: the data never changes)."""
    if code not in LANGUAGES:
        raise NewscleanError(f"no phrase data for language {code!r}; known: {', '.join(LANGUAGES)}")
    module: Any = importlib.import_module(f"newsclean.lang.{code}")
    for reason, alternatives in module.PATTERNS.items():
        try:
            Phrases({reason: alternatives})
        except re.error as exc:
            raise NewscleanError(f"newsclean/lang/{code}.py: a {reason!r} pattern does not compile: {exc}") from exc
        for pattern in alternatives:
            if nested_repeats(pattern) or overlapping_repeat(pattern):
                raise NewscleanError(
                    f"newsclean/lang/{code}.py: {reason!r} pattern {pattern!r} nests unbounded repeats or repeats "
                    "branches that start alike, which can take exponential time; bound the repeat ({1,10})"
                )
    return Language(
        code=code,
        stopwords=frozenset(module.STOPWORDS),
        phrases={reason: tuple(alternatives) for reason, alternatives in module.PATTERNS.items()},
        tag_labels=tuple(module.TAG_LABELS),
        months=dict(module.MONTHS),
        byline_prefixes=tuple(module.BYLINE_PREFIXES),
    )
