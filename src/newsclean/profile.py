"""Publisher profiles: the lines a site repeats across its articles, learned from a corpus.

A line that appears, give or take a number or a date, in many articles of the same site is that
site's furniture ("Your subscription could not be saved. Please try again."). :func:`learn`
counts line shapes per site; :class:`Profile` keeps the counts, merges exactly, saves to a
versioned JSON file and says which shapes are furniture; ``clean(text, profile=profile)``
removes them with reason ``site_boilerplate``.

:meth:`Profile.load` checks the whole file before use, so that a profile it returns never makes
``clean()`` fail: a file over :data:`MAX_BYTES`, that is not JSON, nests too deeply, is of another
format or version, lacks a key or holds a value of the wrong type or range is one
:class:`~newsclean.errors.ProfileError` saying which key holds what and what it takes.

>>> stories = ["Rain stops play", "Harbour closes", "Mayor resigns", "Bridge reopens"]
>>> profile = learn([f"{story} | Coast News\\n{story} today.\\nGet the Coast app" for story in stories], min_docs=3)
>>> profile.furniture("Coast News")
{'getthecoastapp': 'Get the Coast app'}
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from newsclean.document import decode, line_texts, normalise, shape_key
from newsclean.errors import ProfileError
from newsclean.fields.pagetitle import suffix_site
from newsclean.lang import either, every, months
from newsclean.profile_check import FORMAT as FORMAT
from newsclean.profile_check import MAX_COUNT as MAX_COUNT
from newsclean.profile_check import MIN_SIMILARITY as MIN_SIMILARITY
from newsclean.profile_check import VERSION as VERSION
from newsclean.profile_check import Checker
from newsclean.similar import near_duplicate_groups
from newsclean.urls import host

MAX_BYTES = 100_000_000
"""The largest profile file :meth:`Profile.load` reads: 100 MB (reading takes 5 to 15 times the size in memory)."""
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*+(?:©|\(c\)))?\s*+(?:\d{4}\s*+(?:[-–]\s*+\d{4}\s*+)?)?(?:by\s++)?(?P<site>[^|.,;©]{3,40})",
    re.I,
)
#: Words never in a site's name: a legal line's, a menu's, a comment link's ("Comments (70)").
_NOT_SITE = every("LEGAL_WORDS") | every("INTERFACE_WORDS") | every("COMMENT_WORDS")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")
_DIGIT = re.compile(r"\d")


@cache
def _months() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(months())})\b")


def line_shape(text: str) -> str:
    """A line's shape: letters only, case and white space folded, numbers to 0, month names to "m".

    Month names are folded only in a line with a digit (a date has a day or a year), which spares
    most lines the month search: it was half the learning time.

    >>> line_shape("Updated: March 3, 2024") == line_shape("updated: April 30, 2023")
    True
    """
    norm = text.casefold()  # shape_key drops white space, so it needs no collapsing
    if _DIGIT.search(norm):
        norm = _months().sub("m", norm)
    return shape_key(norm)


def site_of(lines: Iterable[str], url: str | None = None, site: str | None = None) -> str | None:
    """The site an article belongs to: ``site``, else the URL's host, else the page title's last
    part, else the owner named on a copyright line (case-folded).

    >>> site_of(["Rain stops play | Daily Planet", "Text."]), site_of([], url="https://www.planet.example/a")
    ('daily planet', 'planet.example')
    """
    if site:
        return normalise(site)
    if host(url):
        return host(url)
    texts = (line.strip() for line in lines)
    first = next((text for text in texts if text), "")
    title_site = site_name(suffix_site(first) or "")
    if title_site:
        return normalise(title_site)
    owners = (site_name(found["site"]) for found in map(_COPYRIGHT.search, texts) if found)
    owner = next((found for found in owners if found), None)
    return normalise(owner) if owner else None


def site_name(text: str) -> str | None:
    """``text`` when it reads as a site's name (one to six words, each starting with a letter, none of a
    legal line, a menu or a comment link), without the punctuation around it; else None.

    >>> site_name(" google inc "), site_name("(70)"), site_name("& terms of use"), site_name("Comments (70)")
    ('google inc', None, None, None)
    """
    name = text.strip(" \t&-–—:()[]\"'")
    words = name.split()
    if not 1 <= len(words) <= 6 or not all(_NAME_WORD.fullmatch(word) for word in words):
        return None
    return None if any(word.casefold().strip(".") in _NOT_SITE for word in words) else name


@dataclass
class SiteCounts:
    """What a profile knows of one site: how many articles, and in how many of them each shape occurs."""

    docs: int = 0
    shapes: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)
    """One original line per shape (the smallest, so the choice does not depend on input order)."""


class Profile:
    """Line-shape counts per site, with the thresholds that make a shape furniture.

    A shape is furniture of a site when it occurs in at least ``min_docs`` of the site's articles
    and in at least ``min_share`` of them. Counts merge exactly (:meth:`merge`); :meth:`save`
    prunes the long tail deterministically (shapes seen once; at most ``max_shapes`` per site,
    the most frequent first, ties by shape), so merge partial profiles before saving.
    """

    def __init__(
        self, *, min_docs: int = 5, min_share: float = 0.2, max_shapes: int = 2000, similarity: float = 0.9
    ) -> None:
        given = {"min_docs": min_docs, "min_share": min_share, "max_shapes": max_shapes, "similarity": similarity}
        checked = Checker("Profile").thresholds(given)
        self.min_docs: int = checked["min_docs"]
        self.min_share: float = checked["min_share"]
        self.max_shapes: int = checked["max_shapes"]
        self.similarity: float = checked["similarity"]
        self.sites: dict[str, SiteCounts] = {}
        self._furniture: dict[str, dict[str, str]] = {}  # decided per site on first use

    def add(
        self,
        text: str,
        *,
        site: str | None = None,
        url: str | None = None,
        max_words: int = 60,
        max_chars: int = 1000,
    ) -> None:
        """Count the line shapes of one article (each shape once per article).

        The article is read as ``clean()`` reads it, into the same lines (see
        :func:`newsclean.document.line_texts`): a Markdown link line counts as the text it shows, a
        hard-wrapped paragraph as one line. Lines of more than ``max_words`` words or ``max_chars``
        characters are never furniture and are not counted. A lone surrogate (in the text, ``site``
        or ``url``) becomes U+FFFD, as in ``clean()``, so the profile always saves as UTF-8.

        >>> profile = Profile(min_docs=2)
        >>> for story in ("Rain stops play", "Harbour closes"):
        ...     profile.add(f"# {story} | Coast News\\n\\n* [Home](/)\\n\\n{story}.\\n\\n[Get the Coast app](/app)")
        >>> profile.furniture("Coast News")
        {'getthecoastapp': 'Get the Coast app', 'home': 'Home'}
        """
        self._furniture.clear()
        text, site, url = decode(text), decode(site) if site else site, decode(url) if url else url
        lines = line_texts(text)
        name = site_of(lines, url, site)
        if name is None:
            return
        counts = self.sites.setdefault(name, SiteCounts())
        counts.docs += 1
        seen: dict[str, str] = {}
        for line in lines:
            if line and len(line) <= max_chars and len(line.split()) <= max_words:
                shape = line_shape(line)
                if shape and (shape not in seen or line < seen[shape]):
                    seen[shape] = line
        counts.shapes.update(seen.keys())
        for shape, line in seen.items():
            known = counts.examples.get(shape)
            if known is None or line < known:
                counts.examples[shape] = line

    def merge(self, other: Profile) -> Profile:
        """A new profile with the counts of both (associative and commutative)."""
        merged = Profile(
            min_docs=self.min_docs, min_share=self.min_share, max_shapes=self.max_shapes, similarity=self.similarity
        )
        for source in (self, other):
            for name, counts in source.sites.items():
                into = merged.sites.setdefault(name, SiteCounts())
                into.docs += counts.docs
                into.shapes.update(counts.shapes)
                for shape, line in counts.examples.items():
                    if shape not in into.examples or line < into.examples[shape]:
                        into.examples[shape] = line
        return merged

    def furniture(self, site: str | None) -> dict[str, str]:
        """The furniture shapes of ``site`` (case-folded name), each with an example line.

        Near-duplicate variants (shapes at least ``similarity`` alike, such as a line with and
        without a typo) count together; each variant of a furniture group is furniture.
        """
        name = normalise(site) if site else ""
        if name not in self._furniture:
            counts = self.sites.get(name)
            self._furniture[name] = {} if counts is None else self._decide(counts)
        return self._furniture[name]

    def _decide(self, counts: SiteCounts) -> dict[str, str]:
        need = max(self.min_docs, self.min_share * counts.docs)
        found: dict[str, str] = {}
        for group in near_duplicate_groups([shape for shape, n in counts.shapes.items() if n >= 2], self.similarity):
            if sum(counts.shapes[shape] for shape in group) >= need:
                example = counts.examples[max(group, key=lambda shape: (counts.shapes[shape], shape))]
                found.update(dict.fromkeys(group, example))
        return found

    def to_dict(self) -> dict[str, Any]:
        """The documented file format, pruned and sorted so that equal profiles give equal files."""
        sites = {}
        for name in sorted(self.sites):
            counts = self.sites[name]
            kept = sorted((shape for shape, n in counts.shapes.items() if n >= 2), key=lambda s: (-counts.shapes[s], s))
            lines = {shape: [counts.shapes[shape], counts.examples[shape]] for shape in sorted(kept[: self.max_shapes])}
            sites[name] = {"docs": counts.docs, "lines": lines}
        thresholds = {
            "min_docs": self.min_docs,
            "min_share": self.min_share,
            "max_shapes": self.max_shapes,
            "similarity": self.similarity,
        }
        return {"format": FORMAT, "version": VERSION, **thresholds, "sites": sites}

    def save(self, path: str | Path) -> None:
        """Write the profile as JSON (see :meth:`to_dict`), whole or not at all: an existing file
        is replaced only once the new one is written."""
        target = Path(path)
        partial = target.with_name(target.name + ".part")
        partial.write_text(
            json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        os.replace(partial, target)

    @classmethod
    def load(cls, path: str | Path, *, max_bytes: int = MAX_BYTES) -> Profile:
        """Read a profile written by :meth:`save`, checked as :meth:`from_dict` checks it.

        A file that cannot be read, is over ``max_bytes`` (:data:`MAX_BYTES`, 100 MB: checked
        before reading), is not UTF-8 JSON or nests too deeply raises :class:`ProfileError`.
        """
        where, raw = f"profile {path}", b""
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size <= max_bytes:  # a pipe or special file says 0: the read is bounded too
                    raw = handle.read(max_bytes + 1)
                    size = len(raw)
        except OSError as exc:
            raise ProfileError(f"cannot read profile {path}: {exc}") from exc
        if size > max_bytes:
            raise ProfileError(
                f"{where} is {size:,} bytes or more, over the limit of {max_bytes:,} bytes for a profile file "
                "(learn with a lower max_shapes, or read it with Profile.load(path, max_bytes=...))"
            )
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ProfileError(f"{where} is not UTF-8 text: {exc}") from exc
        except RecursionError as exc:
            raise ProfileError(f"{where} nests too deeply to be read (a profile nests 5 levels deep)") from exc
        except ValueError as exc:  # JSONDecodeError, or an integer of more than 4300 digits
            raise ProfileError(f"{where} is not JSON: {exc}") from exc
        return cls.from_dict(data, where)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "profile") -> Profile:
        """The profile of :meth:`to_dict`'s format; every key is checked first, and a missing key, an
        unknown one, or a value of the wrong type or range raises :class:`ProfileError`.

        Thresholds as in :class:`Profile`; per site, ``docs`` and each line's count are whole numbers
        from 0 to :data:`MAX_COUNT` (``true`` is not a number), site names, shapes and example lines
        are strings of valid Unicode (no lone surrogate).

        >>> Profile.from_dict({"format": "newsclean-profile", "version": 1, "min_docs": 5, "min_share": 0.2,
        ...     "max_shapes": 2000, "similarity": 0.9, "sites": {"coast news": {"docs": 9, "lines": {"x": [3]}}}})
        Traceback (most recent call last):
        ...
        newsclean.errors.ProfileError: profile: sites["coast news"].lines["x"] holds a list of 1 item; \
expected a [count, example line] pair
        """
        check = Checker(where)
        profile = cls(**check.thresholds(check.header(data)))
        for name, docs, lines in check.sites(data["sites"]):
            counts = profile.sites[name] = SiteCounts(docs=docs)
            for shape, (count, example) in lines.items():
                counts.shapes[shape] = count
                counts.examples[shape] = example
        return profile

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Profile) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]


def learn(
    docs: Iterable[str | tuple[str | None, str] | Mapping[str, Any]],
    *,
    min_docs: int = 5,
    min_share: float = 0.2,
    max_shapes: int = 2000,
    similarity: float = 0.9,
) -> Profile:
    """Learn a profile from articles: texts, ``(site, text)`` pairs, or records with ``text`` (and ``url``, ``site``).

    The result does not depend on the order of ``docs``.
    """
    profile = Profile(min_docs=min_docs, min_share=min_share, max_shapes=max_shapes, similarity=similarity)
    for doc in docs:
        if isinstance(doc, str):
            profile.add(doc)
        elif isinstance(doc, tuple):
            profile.add(doc[1], site=doc[0])
        elif isinstance(doc, Mapping) and isinstance(doc.get("text"), str):
            site, url = doc.get("site"), doc.get("url")
            profile.add(
                doc["text"], site=site if isinstance(site, str) else None, url=url if isinstance(url, str) else None
            )
    return profile
