"""Profile files checked: every key, type and range, with an error that says where and what is wrong.

:class:`Checker` reads a profile's content (what ``json.load`` made of a file, or a dict) and raises
:class:`~newsclean.errors.ProfileError` naming the file, the key path, the value found and the value
expected; nothing recurses, so no nesting depth can break it.

>>> Checker("profile p.json").thresholds({"min_docs": 1, "min_share": 0.2, "max_shapes": 9, "similarity": 1})
Traceback (most recent call last):
...
newsclean.errors.ProfileError: profile p.json: min_docs holds the number 1; expected a whole number from 2 to \
2**63 - 1 (the articles a line must occur in)
"""

from __future__ import annotations

import json
import math
import numbers
import re
from collections.abc import Iterator, Mapping
from typing import Any

from newsclean.errors import ProfileError

FORMAT = "newsclean-profile"
VERSION = 1
MAX_COUNT = 2**63 - 1
"""The largest article count or threshold a profile holds."""
MIN_SIMILARITY = 0.01
"""The lowest ``similarity``: below it, every line is a near duplicate of nearly every other."""

_THRESHOLDS = {
    "min_docs": "the articles a line must occur in",
    "min_share": "the share of a site's articles a line must occur in",
    "max_shapes": "the lines kept per site",
    "similarity": "how alike near-duplicate lines are; 1: only equal shapes",
}
_KEYS = ("format", "version", *_THRESHOLDS, "sites")
_SITE_KEYS = ("docs", "lines")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PAIR = "a [count, example line] pair"


class Checker:
    """Checks a profile's content and raises :class:`ProfileError` naming ``where``, the key path,
    the value found and the value expected. Nothing recurses, so no nesting depth can break it."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, key: str, value: Any, expected: str) -> ProfileError:
        return ProfileError(f"{self.where}: {key} holds {_describe(value)}; expected {expected}", key)

    def keys(self, data: Mapping[Any, Any], path: str, known: tuple[str, ...], what: str) -> None:
        """Refuse a missing key, and a key that is not one of ``known``."""
        for name in known:
            if name not in data:
                key = _path(path, name, dot=True)
                raise ProfileError(f"{self.where}: {key} is missing; expected a {what} to have {_listed(known)}", key)
        for name in data:
            if name not in known:
                key = _path(path, name, dot=True)
                raise ProfileError(f"{self.where}: {key} is not a key of a {what}; expected only {_listed(known)}", key)

    def header(self, data: Any) -> Mapping[str, Any]:
        """``data`` as an object of the right format and version, with exactly the keys of a profile."""
        if not isinstance(data, Mapping):
            raise ProfileError(
                f"{self.where} holds {_describe(data)}; expected an object with "
                f'"format": "{FORMAT}" (a file written by `newsclean learn` or Profile.save)'
            )
        for name, wanted, expected in (
            ("format", FORMAT, f'"{FORMAT}" (a file written by `newsclean learn` or Profile.save)'),
            ("version", VERSION, f"{VERSION} (this newsclean reads profiles of version {VERSION})"),
        ):
            if name not in data:
                raise ProfileError(f"{self.where}: {name} is missing; expected {expected}", name)
            found = data[name]
            if type(found) is not type(wanted) or found != wanted:
                raise self.fail(name, found, expected)
        self.keys(data, "", _KEYS, "profile")
        return data

    def thresholds(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """The four thresholds, checked: whole numbers as ``int``, shares as finite ``float``."""
        return {
            "min_docs": self.whole(data["min_docs"], "min_docs", 2, _THRESHOLDS["min_docs"]),
            "min_share": self.share(data["min_share"], "min_share", 0.0, _THRESHOLDS["min_share"]),
            "max_shapes": self.whole(data["max_shapes"], "max_shapes", 1, _THRESHOLDS["max_shapes"]),
            "similarity": self.share(data["similarity"], "similarity", MIN_SIMILARITY, _THRESHOLDS["similarity"]),
        }

    def whole(self, value: Any, key: str, low: int, what: str) -> int:
        if isinstance(value, numbers.Integral) and not isinstance(value, bool) and low <= int(value) <= MAX_COUNT:
            return int(value)
        raise self.fail(key, value, f"a whole number from {low} to 2**63 - 1 ({what})")

    def share(self, value: Any, key: str, low: float, what: str) -> float:
        """A number in (0, 1] (``low`` 0) or [``low``, 1]; NaN and infinities fail both tests."""
        ok = isinstance(value, numbers.Real) and not isinstance(value, bool)
        if ok and (low <= value <= 1 if low else 0 < value <= 1) and math.isfinite(value):
            return float(value)
        expected = f"a number from {low} to 1" if low else "a number above 0 and at most 1"
        raise self.fail(key, value, f"{expected} ({what})")

    def text(self, value: Any, key: str, what: str) -> str:
        if not isinstance(value, str) or _SURROGATE.search(value):
            raise self.fail(key, value, f"{what}, a string of valid Unicode (no lone surrogate)")
        return value

    def name(self, value: Any, parent: str, what: str) -> str:
        """A key of ``parent`` (a site name or a shape), which must be a string of valid Unicode."""
        if not isinstance(value, str) or _SURROGATE.search(value):
            raise ProfileError(
                f"{self.where}: {parent} has the key {_describe(value)}; "
                f"expected {what}, a string of valid Unicode (no lone surrogate)",
                parent,
            )
        return value

    def sites(self, sites: Any) -> Iterator[tuple[str, int, dict[str, tuple[int, str]]]]:
        """Each site's name, article count and lines (shape: (count, example line)), checked."""
        if not isinstance(sites, Mapping):
            raise self.fail("sites", sites, 'an object of site name: {"docs": ..., "lines": ...}')
        for name, site in sites.items():
            path = _path("sites", self.name(name, "sites", "a site name"))
            if not isinstance(site, Mapping):
                raise self.fail(path, site, 'an object with "docs" and "lines"')
            self.keys(site, path, _SITE_KEYS, "site")
            docs = self.whole(site["docs"], f"{path}.docs", 0, "the site's articles")
            lines = site["lines"]
            if not isinstance(lines, Mapping):
                raise self.fail(f"{path}.lines", lines, f"an object of shape: {_PAIR}")
            checked: dict[str, tuple[int, str]] = {}
            for shape, pair in lines.items():
                key = _path(f"{path}.lines", self.name(shape, f"{path}.lines", "a line shape"))
                if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                    raise self.fail(key, pair, _PAIR)
                count = self.whole(pair[0], f"{key}[0]", 0, "the articles the line occurs in")
                checked[shape] = (count, self.text(pair[1], f"{key}[1]", "the example line"))
            yield name, docs, checked


def _path(parent: str, name: Any, dot: bool = False) -> str:
    """The path of key ``name`` in ``parent``.

    >>> _path("", "min_docs", dot=True), _path("sites", "coast news"), _path('sites["coast news"]', "docs", dot=True)
    ('min_docs', 'sites["coast news"]', 'sites["coast news"].docs')
    """
    if dot and isinstance(name, str) and name.isidentifier() and name.isascii():
        return f"{parent}.{name}" if parent else name
    return f"{parent}[{_quote(name)}]"


def _quote(value: Any, limit: int = 60) -> str:
    """``value`` as JSON, a long string cut to ``limit`` characters; lone surrogates as escapes, so it prints."""
    if isinstance(value, str):
        short = value if len(value) <= limit else value[:limit] + "…"
        return json.dumps(short, ensure_ascii=False).encode("utf-8", "backslashreplace").decode("utf-8")
    return _describe(value)


def _listed(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


def _describe(value: Any) -> str:
    """What a value is, briefly and in JSON's terms, whatever its size or nesting depth.

    >>> _describe(True), _describe(10**40), _describe([[1]]), _describe(float("nan"))
    ('true', 'a number of 41 digits', 'a list of 1 item', 'NaN')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Integral):
        number = int(value)
        try:
            digits = str(abs(number))
        except ValueError:  # str() refuses an int of over 4300 digits
            return f"a number of about {int(number.bit_length() * math.log10(2))} digits"
        return f"the number {number}" if len(digits) <= 30 else f"a number of {len(digits)} digits"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "-Infinity" if value < 0 else "Infinity"
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the string {_quote(value)}"
    if isinstance(value, Mapping):
        return f"an object of {len(value)} key{'' if len(value) == 1 else 's'}"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)} item{'' if len(value) == 1 else 's'}"
    return f"a {type(value).__name__}"
