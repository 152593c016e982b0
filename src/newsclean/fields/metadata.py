"""An article's fields from its page's HTML metadata, confirmed by the text the article's lines show.

:func:`with_metadata` reads a page's metadata (:func:`newsclean.readers.html_meta.read_metadata`) and
returns the article with the title, authors, date, URL, modified date and lead image that the
metadata proposes and the visible lines confirm (:mod:`newsclean.fields.confirm`): a metadata author
the page names nowhere, or a date after every date the page shows, loses to what the text found.
The removal log stays whole: a line the text took for the title and the metadata's title does not
contain is logged as removed (``metadata``, ``not_the_title``), and a first body paragraph that is the
metadata's title moves to the title.

>>> import lxml.html
>>> page = lxml.html.document_fromstring(b'''<html><head><title>Storm closes harbour</title>
... <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-03">
... <meta property="og:image" content="/img/storm.jpg"><link rel="canonical" href="https://coast.example/storm">
... </head><body><p>Storm closes harbour</p><p>By Jane Doe</p><p>The port closed.</p></body></html>''')
>>> from newsclean.article import Article, Placement
>>> text = Article(paragraphs=("Storm closes harbour", "By Jane Doe", "The port closed."),
...     placements=(Placement(1, "Storm closes harbour", "body"), Placement(2, "By Jane Doe", "body"),
...                 Placement(3, "The port closed.", "body")))
>>> article = with_metadata(text, page)
>>> article.title, article.byline.authors, article.dateline.date, article.paragraphs[0]
('Storm closes harbour', ('Jane Doe',), '2024-03-03', 'By Jane Doe')
>>> article.url, article.image, [p.field for p in article.placements]
('https://coast.example/storm', 'https://coast.example/img/storm.jpg', ['title', 'body', 'body'])
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from newsclean.article import Article, Byline, Dateline, Log, Placement, R, Removal
from newsclean.document import normalise, shape_key
from newsclean.fields.confirm import choose_authors, choose_date, choose_title
from newsclean.readers.html_meta import PageMetadata, read_metadata, url_date

if TYPE_CHECKING:  # lxml is imported by the reader that makes the tree, not here
    from lxml import etree

#: The filter name and reason code of a title line the metadata's title replaces.
FILTER, NOT_THE_TITLE = "metadata", "not_the_title"


def with_metadata(article: Article, tree: etree._Element, url: str | None = None) -> Article:
    """``article`` with the fields of its page's metadata (``tree``, any element of the parsed page) that
    its visible lines confirm; a field the metadata does not have keeps the text's value. A day the page's
    address (``url``, else its canonical URL) names is its publication date."""
    meta = read_metadata(tree)
    shown = {candidate.value for candidate in meta.titles if candidate.source == "title"}
    # The visible lines; the page's <title>, read as the first line, is metadata, not something the page shows.
    lines = [p.text for p in article.placements if p.text and not (p.line == 1 and p.text in shown)]
    old = article.byline
    authors = choose_authors(meta, lines, old.authors if old else ())
    dated = url_date(url) or url_date(meta.url)
    date = choose_date(meta, lines, article.dateline.date if article.dateline else None, dated)
    title = choose_title(meta, lines) or article.title
    url = meta.url
    article = _retitled(article, title) if title and title != article.title else article
    return dataclasses.replace(
        article,
        byline=_byline(old, authors),
        dateline=_dateline(article.dateline, date),
        date_modified=modified_date(meta, date),
        url=url,
        image=urljoin(url, meta.image) if url and meta.image else meta.image,
        language=article.language or meta.language,
    )


def modified_date(meta: PageMetadata, published: str | None) -> str | None:
    """The first modified date of the metadata that is not before the publication date.

    >>> from newsclean.readers.html_meta import Candidate
    >>> meta = PageMetadata(modified=(Candidate("2024-03-01", "json-ld"), Candidate("2024-03-05", "time")))
    >>> modified_date(meta, "2024-03-03"), modified_date(meta, None)
    ('2024-03-05', '2024-03-01')
    """
    return next((c.value for c in meta.modified if published is None or c.value >= published[:10]), None)


def _byline(old: Byline | None, authors: tuple[str, ...]) -> Byline | None:
    """The text's byline with the chosen authors; its line and organization stay when the line names them."""
    if old is not None and (authors == old.authors or not authors):
        return old
    if not authors:
        return None
    if old is not None and all(normalise(name) in normalise(old.text) for name in authors):
        return Byline(authors, old.organization, old.text)
    return Byline(authors)


def _dateline(old: Dateline | None, date: str | None) -> Dateline | None:
    if old is None:
        return Dateline(date=date) if date else None
    return old if date is None or date == old.date else dataclasses.replace(old, date=date)


def _retitled(article: Article, title: str) -> Article:
    """The article with ``title``: the text's title lines that are no part of it are removed, and a first
    paragraph that is the title (a headline the text left in the body) is placed in the title."""
    key = _key(title)
    placements = list(article.placements)
    removed = list(article.removed)
    for at, placement in enumerate(placements):
        if placement.field == "title" and placement.text and not _overlaps(_key(placement.text), key):
            placements[at] = placement._replace(field="removed")
            detail = f"the page's metadata names the title {title[:80]!r}"
            removed.append(Removal(placement.line, placement.text, FILTER, NOT_THE_TITLE, detail))
    paragraphs = article.paragraphs
    if paragraphs and _key(paragraphs[0]) == key:
        first = next(at for at, placement in enumerate(placements) if placement.field == "body")
        placements[first] = placements[first]._replace(field="title")
        for at in range(first + 1, len(placements)):  # the paragraph's other input lines carry no text
            if placements[at].text or placements[at].field != "body":
                break
            placements[at] = placements[at]._replace(field="title")
        paragraphs = paragraphs[1:]
    removed.sort(key=lambda removal: removal.line)
    return dataclasses.replace(
        article,
        title=title,
        paragraphs=paragraphs,
        placements=_log(Placement, placements),
        removed=_log(Removal, removed),
    )


def _log(make: Callable[..., R], records: list[R]) -> Log[R]:
    return Log(
        make, [record[0] for record in records], [record[1] for record in records], [record[2:] for record in records]
    )


def _overlaps(line: str, title: str) -> bool:
    return bool(line) and (line in title or title in line)


def _key(text: str) -> str:
    return shape_key(normalise(text))
