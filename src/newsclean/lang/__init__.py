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
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

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
    patterns: dict[str, re.Pattern[str]]
    """One compiled alternation per reason code."""
    tag_labels: tuple[str, ...]


def alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    """One compiled pattern matching any of ``patterns``, the ``^``-anchored ones tested once, at the start.

    >>> alternation(["^a$|^b", "c"]).pattern
    '^(?:a$|b)|(?:c)'
    """
    anchored, floating = split_anchored(patterns)
    parts = ([f"^(?:{'|'.join(anchored)})"] if anchored else []) + ([f"(?:{'|'.join(floating)})"] if floating else [])
    return re.compile("|".join(parts) or "(?!)")


def split_anchored(patterns: Iterable[str]) -> tuple[list[str], list[str]]:
    """Cut patterns at their top-level ``|`` into branches anchored at the start (``^`` removed) and the rest.

    A search tries every branch at every position of the line; anchored branches need trying only
    at the start, which makes the phrase filters several times faster.

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


def with_english(lang: Language | None) -> tuple[Language, ...]:
    """The languages whose phrases apply to a page: English (furniture is often English) and its own.

    >>> [lang.code for lang in with_english(language("de"))]
    ['en', 'de']
    """
    english = language("en")
    return (english,) if lang is None or lang is english else (english, lang)


@cache
def phrases(lang: Language | None, reason: str) -> re.Pattern[str]:
    """The patterns of ``reason`` in English and in ``lang``, as one compiled alternation."""
    return alternation([p for source in with_english(lang) for p in source.phrases.get(reason, ())])


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
    patterns = {}
    for reason, alternatives in module.PATTERNS.items():
        try:
            patterns[reason] = alternation(alternatives)
        except re.error as exc:
            raise NewscleanError(f"newsclean/lang/{code}.py: a {reason!r} pattern does not compile: {exc}") from exc
    return Language(
        code=code,
        stopwords=frozenset(module.STOPWORDS),
        phrases={reason: tuple(alternatives) for reason, alternatives in module.PATTERNS.items()},
        patterns=patterns,
        tag_labels=tuple(module.TAG_LABELS),
    )
