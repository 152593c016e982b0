"""The headline and the site name, from the page-title line and the headline repeated below it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsclean.document import Line, normalise, shape_key
from newsclean.pipeline import Extraction, Extractor, Page

#: Separators between a headline and a site name in a page title (kept by the split).
_SEPARATOR = re.compile(r"(\s+(?:\||-|–|—|::|·|•|«|»|/)\s+)")
#: Markdown lines that show no text (see :mod:`newsclean.shapes`): never a title.
_NO_TEXT = ("image", "rule")
#: How far below the page title the repeated headline is looked for.
_SEARCH_LINES = 400


class Title(Extractor):
    """Take the page-title line (the first line, when it is not prose) and split off the site name.

    The headline is the part of the page title that the page repeats on a line of its own; that
    line is used too. Without a repeat, a short last part (or a first part that names the URL's
    host) is the site name.

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("Rain stops play | Daily Planet\\nMenu\\nRain stops play\\nIt rained.")
    >>> found = Title()(Page(doc, doc.lines))
    >>> dict(found.values), [line.number for line in found.lines]
    ({'title': 'Rain stops play', 'site_name': 'Daily Planet'}, [1, 3])
    """

    name = "title"
    field = "title"

    def __init__(self, max_words: int = 40) -> None:
        self.max_words = max_words

    def __call__(self, page: Page) -> Extraction | None:
        first = next((line for line in page.lines if line.kind not in _NO_TEXT), None)
        if first is None:
            return None
        heading = _heading(page.lines, self.max_words)
        if first.kind != "text" or first.words > self.max_words or first.text.endswith("."):
            # a sentence (or Markdown markup), not a page title: the main heading, if there is one
            return _found(heading.text, page.doc.site, (heading,)) if heading else None
        splits = site_splits(first.text)
        candidates: dict[str, tuple[str, str | None]] = {first.key: (first.text, None)}
        for head, tail in splits:
            candidates.setdefault(shape_key(normalise(head)), (head, tail))
        lines = page.lines[page.lines.index(first) :]
        found = [i for i, line in enumerate(lines[1:_SEARCH_LINES], start=1) if line.key and line.key in candidates]
        if found:
            # The headline, not the site name in the page's banner: prose follows it, and it is longer.
            best = max(found, key=lambda i: (_prose_follows(lines, i), len(candidates[lines[i].key][0])))
            headline = lines[best]
            repeats = tuple(other for other in lines[1:] if other.key == headline.key)
            return _found(headline.text, candidates[headline.key][1] or page.doc.site, (first, *repeats))
        if heading is not None:  # Markdown has no page title: its first line is just the first text
            return _found(heading.text, page.doc.site, (heading,))
        title, site = _guess_site(splits, first.text, page.doc.url)
        return _found(title, site or page.doc.site, (first,))


def _heading(lines: tuple[Line, ...], max_words: int) -> Line | None:
    """The main Markdown heading: the highest level, then one that prose follows, then the first."""
    headings = [i for i, line in enumerate(lines) if line.kind == "heading" and 0 < line.words <= max_words]
    if not headings:
        return None
    return lines[min(headings, key=lambda i: (lines[i].level, not _prose_follows(lines, i), i))]


def site_splits(text: str) -> list[tuple[str, str]]:
    """Every way to cut a page title at a separator into (headline, site): suffixes first.

    >>> site_splits("Rain stops play - Sport | Daily Planet")
    [('Rain stops play - Sport', 'Daily Planet'), ('Rain stops play', 'Sport | Daily Planet'), \
('Sport | Daily Planet', 'Rain stops play'), ('Daily Planet', 'Rain stops play - Sport')]
    """
    tokens = _SEPARATOR.split(text)
    cuts = range(len(tokens) - 2, 0, -2)  # positions of the separators, last first
    suffixes = [("".join(tokens[:cut]), "".join(tokens[cut + 1 :])) for cut in cuts]
    prefixes = [("".join(tokens[cut + 1 :]), "".join(tokens[:cut])) for cut in reversed(cuts)]
    return suffixes + prefixes


def _guess_site(splits: list[tuple[str, str]], whole: str, url: str | None) -> tuple[str, str | None]:
    """Without a repeated headline: a site prefix naming the URL's host, or a short site suffix."""
    if not splits:
        return whole, None
    host = shape_key(urlsplit(url).hostname or "") if url else ""
    title, site = splits[len(splits) // 2]  # the shortest prefix cut off
    site_key = shape_key(normalise(site))
    if host and site_key and site_key in host:
        return title, site
    title, site = splits[0]  # the shortest suffix cut off
    if len(site.split()) <= 5 and len(site) < len(title):
        return title, site
    return whole, None


def _prose_follows(lines: tuple[Line, ...], i: int, within: int = 6) -> bool:
    """Whether a line of running text (15 words or more) comes soon after ``lines[i]``."""
    return any(line.words >= 15 for line in lines[i + 1 : i + 1 + within])


def _found(title: str, site: str | None, lines: tuple[Line, ...]) -> Extraction:
    return Extraction({"title": title, "site_name": site}, lines)
