"""Cleaning one article: :func:`clean`, its argument checks, and :func:`register` for named steps."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from newsclean.article import Article
from newsclean.document import Document, decode
from newsclean.errors import InputError, InputValueError
from newsclean.fields.metadata import with_metadata
from newsclean.filters.site import SiteBoilerplate
from newsclean.pipeline import Pipeline
from newsclean.profile import Profile
from newsclean.readers import SHAPES, is_html
from newsclean.readers.charset import PEEK, bom_encoding, decode_html
from newsclean.readers.html import page_blocks, parse
from newsclean.registry import REGISTRY


def clean(
    doc: str | bytes,
    *,
    url: str | None = None,
    site: str | None = None,
    pipeline: Pipeline | None = None,
    profile: Profile | None = None,
    shape: str | None = None,
    keep_markup: bool = False,
    now: dt.datetime | dt.date | str | None = None,
) -> Article:
    """Clean one article given as text or HTML (``bytes``: see :func:`read_input`).

    ``url`` and ``site`` help recognise the site name; ``pipeline`` replaces the default one;
    ``profile`` (see :func:`newsclean.learn`) removes the site's learned furniture; ``shape`` forces
    the input shape (``lines``, ``wrapped``, ``markdown``, ``oneline``, ``html``; detected when None,
    see ``Article.shape``) and ``keep_markup`` keeps a Markdown body's inline markup. ``now`` (a datetime, a
    date or an ISO 8601 string) is when the page was read: a relative date near the headline ("3 hours
    ago", "yesterday at 14:32") is read against it; without it such a date is never read (not from the clock).
    An HTML page's metadata then proposes the title, authors, dates, canonical URL, lead image and language,
    taken where the visible lines confirm them (:func:`newsclean.fields.metadata.with_metadata`).

    A keyword argument of the wrong type (or an unknown shape) raises :class:`InputError` first:

    >>> clean("text", profile="profile.json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsclean.errors.InputError: clean(profile='profile.json'): profile takes a Profile or None, not str; load ...
    """
    _check_arguments(url, site, pipeline, profile, shape, keep_markup)
    moment = read_at(now)
    text, shape = read_input(doc, shape)
    tree = None
    if shape == "html" or (shape is None and is_html(text)):  # parsed once: for the blocks and the metadata
        tree = parse(text)
        document = Document.from_blocks(page_blocks(text, tree), shape="html", url=url, site=site)
    else:
        document = Document.from_text(text, url=url, site=site, shape=shape, keep_markup=keep_markup)
    if moment is not None:
        document = replace(document, now=moment)
    steps = pipeline or _default_pipeline()
    if profile is not None:
        steps = steps.add(
            SiteBoilerplate(profile),
            after="title" if "title" in steps.names else None,
            first="title" not in steps.names,
        )
    article = steps.run(document)
    if tree is not None:
        article = with_metadata(article, tree, url)
    return article


def read_input(doc: str | bytes | bytearray, shape: str | None = None) -> tuple[str, str | None]:
    """The text of ``doc`` and its shape, when its bytes already told: an HTML page given as bytes
    (``shape="html"``, or bytes that look like HTML) is decoded by :func:`newsclean.readers.charset.decode_html`
    (byte-order mark, declared encoding, fallback); anything else by :func:`newsclean.document.decode`.

    >>> read_input(b'<html><head><meta charset="cp1252"></head><body><p>caf\\xe9</p></body></html>')
    ('<html><head><meta charset="cp1252"></head><body><p>café</p></body></html>', 'html')
    >>> read_input(b"caf\\xc3\\xa9")
    ('café', None)
    """
    if isinstance(doc, (bytes, bytearray)) and shape in (None, "html"):
        raw = bytes(doc)
        encoding = bom_encoding(raw)
        peek = raw[: 4 * PEEK].decode(encoding or "latin-1", errors="replace")
        if shape == "html" or is_html(peek):
            return decode_html(raw), "html"
    return decode(doc), shape


def _check_arguments(url: Any, site: Any, pipeline: Any, profile: Any, shape: Any, keep_markup: Any) -> None:
    """Raise :class:`InputError` naming the first keyword argument of :func:`clean` that it cannot take."""
    for name, value in (("url", url), ("site", site)):
        if not isinstance(value, (str, type(None))):
            raise _wrong(name, value, "a str or None")
    if not isinstance(pipeline, (Pipeline, type(None))):
        hint = 'Pipeline(["title", ...]) builds one from step names' if isinstance(pipeline, (list, tuple)) else ""
        raise _wrong("pipeline", pipeline, "a Pipeline or None", hint)
    if not isinstance(profile, (Profile, type(None))):
        hint = "load the file with newsclean.Profile.load(path)" if isinstance(profile, (str, os.PathLike)) else ""
        raise _wrong("profile", profile, "a Profile or None", hint)
    if isinstance(shape, str) and shape not in SHAPES:
        raise InputValueError(f"clean(shape={shape!r:.60}): unknown shape; shapes: {', '.join(SHAPES)} (None: detect)")
    if not isinstance(shape, (str, type(None))):
        raise _wrong("shape", shape, "a shape name or None")
    if not isinstance(keep_markup, bool):
        raise _wrong("keep_markup", keep_markup, "True or False")


def read_at(now: Any) -> str | None:
    """``now`` as an ISO 8601 string, or :class:`InputError` when it is no datetime, date or ISO 8601 string.

    >>> read_at("2024-03-03T10:00"), read_at(dt.date(2024, 3, 3))
    ('2024-03-03T10:00:00', '2024-03-03T00:00:00')
    """
    if now is None:
        return None
    if isinstance(now, str):
        try:
            return dt.datetime.fromisoformat(now).isoformat()
        except ValueError:
            raise InputValueError(f"clean(now={now!r:.60}): not an ISO 8601 date such as 2024-03-03T10:00") from None
    if isinstance(now, dt.datetime):
        return now.isoformat()
    if isinstance(now, dt.date):
        return dt.datetime(now.year, now.month, now.day).isoformat()
    raise _wrong("now", now, "a datetime, a date, an ISO 8601 str or None")


def _wrong(name: str, value: Any, expected: str, hint: str = "") -> InputError:
    """The error for argument ``name`` of :func:`clean`: what it got, what it takes, and how to fix it."""
    message = f"clean({name}={value!r:.60}): {name} takes {expected}, not {type(value).__name__}"
    return InputError(f"{message}; {hint}" if hint else message)


def register(name: str, step: Callable[..., Any] | None = None) -> Any:
    """Register a filter (function or class) or an extractor class by name; usable as a decorator.

    >>> @register("no_sponsors")
    ... def no_sponsors(page):
    ...     return [(line, "sponsored") for line in page.lines if line.norm.startswith("sponsored")]
    >>> "no_sponsors" in Pipeline.default().add("no_sponsors").names
    True
    """
    return REGISTRY.register(name, step)


@cache
def _default_pipeline() -> Pipeline:
    return Pipeline.default()
