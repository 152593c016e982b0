"""Phrase data per language, kept apart from the code that applies it.

Each language module (``en``, ``de``, ...) holds plain data: ``STOPWORDS``, ``PATTERNS`` (reason
code -> regular expressions over the normalised line) and ``TAG_LABELS``. :func:`language` loads
and validates one module, once.

>>> en = language("en")
>>> "the" in en.stopwords, bool(en.patterns["advert_marker"].search("advertisement"))
(True, True)
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from newsclean.errors import NewscleanError

#: Languages with phrase data, English first (its patterns apply to every page).
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


@dataclass(frozen=True, slots=True, eq=False)
class Language:
    """The compiled phrase data of one language (loaded once, so compared by identity)."""

    code: str
    stopwords: frozenset[str]
    phrases: dict[str, tuple[str, ...]]
    """The pattern sources, by reason code."""
    patterns: dict[str, regex.Pattern[str]]
    """One compiled alternation per reason code."""
    tag_labels: tuple[str, ...]


def alternation(patterns: tuple[str, ...] | list[str]) -> regex.Pattern[str]:
    """One compiled pattern matching any of ``patterns``.

    >>> alternation(["^a$", "b"]).pattern
    '(?:^a$)|(?:b)'
    """
    return regex.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


def with_english(lang: Language | None) -> tuple[Language, ...]:
    """The languages whose phrases apply to a page: English (furniture is often English) and its own.

    >>> [lang.code for lang in with_english(language("de"))]
    ['en', 'de']
    """
    english = language("en")
    return (english,) if lang is None or lang is english else (english, lang)


@cache
def phrases(lang: Language | None, reason: str) -> regex.Pattern[str]:
    """The patterns of ``reason`` in English and in ``lang``, as one compiled alternation."""
    return alternation([p for source in with_english(lang) for p in source.phrases.get(reason, ())])


@cache
def tag_label(lang: Language | None) -> regex.Pattern[str]:
    """A tag-list label of English or ``lang`` at the start of a line, with its colon (or alone)."""
    labels = "|".join(regex.escape(label) for source in with_english(lang) for label in source.tag_labels)
    return regex.compile(rf"\s*(?:{labels})\s*(?:[:：]\s*|$)", regex.IGNORECASE)


@cache
def language(code: str) -> Language:
    """Load, compile and check the phrase data of one language (cached: the data never changes)."""
    if code not in LANGUAGES:
        raise NewscleanError(f"no phrase data for language {code!r}; known: {', '.join(LANGUAGES)}")
    module: Any = importlib.import_module(f"newsclean.lang.{code}")
    patterns = {}
    for reason, alternatives in module.PATTERNS.items():
        try:
            patterns[reason] = alternation(alternatives)
        except regex.error as exc:
            raise NewscleanError(f"newsclean/lang/{code}.py: a {reason!r} pattern does not compile: {exc}") from exc
    return Language(
        code=code,
        stopwords=frozenset(module.STOPWORDS),
        phrases={reason: tuple(alternatives) for reason, alternatives in module.PATTERNS.items()},
        patterns=patterns,
        tag_labels=tuple(module.TAG_LABELS),
    )
