"""JSON-LD in a page, read without ever raising: the objects of every ``<script type="application/ld+json">``.

Real pages put comments, CDATA markers and trailing commas around their JSON-LD, write several
objects in one script, nest them in ``@graph`` lists and give ``@type`` as a list. :func:`objects`
takes all of that and yields every JSON object (a ``dict``) found, nested ``@graph`` members
included; what cannot be read is skipped.

>>> script = '<!-- {"@context": "https://schema.org", "@graph": [{"@type": ["NewsArticle"], "headline": "Storm",}]} -->'
>>> [thing.get("headline") for thing in objects([script])]
[None, 'Storm']
>>> list(objects(["{not json"])), sorted(types({"@type": ["NewsArticle", "https://schema.org/WebPage"]}))
([], ['newsarticle', 'webpage'])
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

#: Markup around the JSON that pages leave in the script: HTML comments and CDATA markers (with
#: the ``//`` a script writes before them).
_WRAPPING = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
#: A comma before a closing bracket (tried only when the JSON as written fails, so a string that holds one
#: is changed only in JSON that was broken anyway).
_TRAILING_COMMA = re.compile(r",(\s*+[}\]])")
#: The most characters of one script read (a page's JSON-LD is a few kilobytes).
MAX_CHARS = 1_000_000
#: How deep objects nest before the rest is left unread.
MAX_DEPTH = 20
#: Types of the objects that describe the article itself.
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "liveblogposting",
        "scholarlyarticle",
        "techarticle",
        "socialmediaposting",
        "report",
    }
)


def objects(scripts: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Every JSON object in the texts of the scripts, outer objects before the members of their ``@graph``."""
    for script in scripts:
        for value in _values(script[:MAX_CHARS]):
            yield from _walk(value, 0)


def _values(script: str) -> Iterator[Any]:
    """The JSON values written one after another in a script (most hold one), trailing commas forgiven."""
    text = _WRAPPING.sub("", script.strip()).strip()
    decoder = json.JSONDecoder(strict=False)
    best: list[Any] = []
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        found: list[Any] = []
        at = 0
        try:
            while at < len(attempt):
                value, at = decoder.raw_decode(attempt, at)
                found.append(value)
                while at < len(attempt) and attempt[at] in " \t\r\n;,":
                    at += 1
        except (ValueError, RecursionError):
            best = max(best, found, key=len)
            continue
        return iter(found)
    return iter(best)


def _walk(value: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        yield from _walk(value.get("@graph"), depth + 1)


def types(thing: dict[str, Any]) -> set[str]:
    """The object's ``@type`` values, lower case (a type may be written as a URL)."""
    found = thing.get("@type")
    values = found if isinstance(found, list) else [found]
    return {value.rsplit("/", 1)[-1].casefold() for value in values if isinstance(value, str)}


def texts(value: Any, key: str = "name", refs: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """The strings a JSON-LD value names: a string, the ``key`` of an object (or of the object its ``@id``
    points at in ``refs``), or those of each item of a list.

    >>> texts(["Jane Doe", {"@type": "Person", "name": "John Roe"}, {"@id": "#p"}, 3], refs={"#p": {"name": "Ann Poe"}})
    ['Jane Doe', 'John Roe', 'Ann Poe']
    """
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [text for item in value[:50] for text in texts(item, key, refs)]
    if isinstance(value, dict):
        own = value.get(key)
        if own is None and refs is not None and isinstance(value.get("@id"), str):
            own = refs.get(value["@id"], {}).get(key)
        if isinstance(own, dict):  # {"name": {"@value": "..."}}
            own = own.get("@value")
        if isinstance(own, list):
            return [text for text in own if isinstance(text, str) and text.strip()]
        return [own] if isinstance(own, str) and own.strip() else []
    return []
