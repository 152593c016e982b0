"""The headline and the site name, from the page-title line and the headline repeated below it."""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from newsclean.contract import Extraction, Extractor, Page
from newsclean.document import Line, normalise, shape_key
from newsclean.fields.limits import FIELD_CHARS
from newsclean.fields.opener import opening_line
from newsclean.fields.pagetitle import (
    Cut,
    guess_site,
    host_names,
    host_site,
    names_host,
    plausible,
    title_cuts,
    title_parts,
)
from newsclean.prose import ends_with_full_stop, running
from newsclean.similar import similarity

#: How far below a headline that is not a copy of (a part of) the page title running text must start:
#: a line only like the page title is the headline only above the article.
_WEAK_WITHIN = 25
#: Markdown lines that show no text (see :mod:`newsclean.readers.markdown`): never a title.
_NO_TEXT = ("image", "rule")
#: How far below the page title the repeated headline is looked for.
_SEARCH_LINES = 400
#: How similar (Indel, 0..1) a line must be to the page title to be its headline.
_SIMILAR = 0.85
_WORD = re.compile(r"\w+")
#: Opening quotation marks.
_QUOTES = frozenset("\"'„“”«»‘’‚")
#: Breadcrumb separators: words before a headline behind one of these are a trail of sections.
_TRAIL = re.compile(r"[/»>›|]")


class _Head(NamedTuple):
    """One reading of the page title: the headline part, the site part, and their keys."""

    text: str
    site: str | None
    key: str
    norm: str
    words: int
    leads: bool
    """Whether the reading begins the page title."""
    tokens: frozenset[str]
    """Its words (case-folded)."""
    trails: frozenset[str]
    """The breadcrumb separators in it."""


class Title(Extractor):
    """Take the page-title line (the first line, when it is not prose) and split off the site name.

    The headline is the line below that repeats the page title, or one of its parts: the same,
    longer (the page title was cut short), a part of it (the page title adds a kicker), nearly
    the same or reworded (most of the same words; such a line only right above running text).
    That line and copies of it above it give the title and are not body. Without one, a part
    that names the URL's host, or a short last part, is the site name. A first line of more than
    ``FIELD_CHARS`` characters is no page title; of a page title's separators, the first and the
    last four are read.

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("Rain stops play | Daily Planet\\nMenu\\nRain stops play\\nIt rained.")
    >>> found = Title()(Page(doc, doc.lines))
    >>> dict(found.values), [line.number for line in found.lines]
    ({'title': 'Rain stops play', 'site_name': 'Daily Planet'}, [1, 3])
    """

    name = "title"
    field = "title"

    def __init__(self, max_words: int = 40, max_headline_words: int = 30) -> None:
        self.max_words = max_words
        self.max_headline_words = max_headline_words

    def __call__(self, page: Page) -> Extraction | None:
        start = next((i for i, line in enumerate(page.lines) if line.kind not in _NO_TEXT), None)
        if start is None or start == len(page.lines) - 1:
            return None  # no text, or a single line: that is the body, not a headline over it
        lines = page.lines[start : start + _SEARCH_LINES]
        first = lines[0]
        heading = _heading(page.lines, self.max_words)
        if (
            first.kind != "text"
            or first.words > self.max_words
            or first.chars > FIELD_CHARS
            or (ends_with_full_stop(first.text) and not any(line.key == first.key for line in lines[1:]))
        ):
            # a sentence (or Markdown markup), not a page title: the main heading, if there is one
            return _found(heading.text, page.doc.site, (heading,)) if heading else None
        cuts = title_cuts(first.text)
        heads = _readings(first.text, cuts)
        found = self._headline(lines, heads, host_names(page.doc.url))
        if found is not None:
            at, head = found
            headline = lines[at]
            title = headline.text
            if headline.key.endswith(head.key) and headline.key != head.key:
                kicker = title[: _head_start(title, headline.key, head)].rstrip()
                if not kicker.endswith(":"):
                    title = head.text  # a kicker run into the headline ("Kicker Headline") is no part of it
            # Copies of the page title or of the headline above the headline are not body either.
            copies = tuple(line for line in lines[1:at] if line.key in (headline.key, first.key))
            by_host = None if head.site else host_site(cuts, page.doc.url)
            site = head.site or (by_host.site if by_host else None)
            return _found(title, site or page.doc.site, (first, *copies, headline))
        if heading is not None:  # Markdown has no page title: its first line is just the first text
            return _found(heading.text, page.doc.site, (heading,))
        title, site = guess_site(cuts, first.text, page.doc.url)
        hosts = host_names(page.doc.url)
        opener = opening_line(lines, page.dates, hosts, site or page.doc.site)
        if (
            opener is not None
            and opener.index != first.index
            and opener.key not in shape_key(normalise(title))  # a part of the page title: that names it more fully
            and (names_host(title, hosts) or _shares(title, opener))
        ):
            # the page title names only the site, or a headline reworded: the line that opens the article
            # (it stays in the body, where an annotator may count it: when unsure, keep)
            return _found(opener.text, site or page.doc.site, (first,))
        return _found(title, site or page.doc.site, (first,))

    def _headline(
        self, lines: tuple[Line, ...], heads: list[_Head], hosts: tuple[str, ...]
    ) -> tuple[int, _Head] | None:
        """Where the headline is below the page title, and the reading of the title it matches."""
        best: tuple[tuple[float, bool, bool, bool, int, int], int, _Head] | None = None
        exact: dict[str, _Head] = {}
        for head in sorted(heads, key=lambda head: head.site is None):  # a reading without the site first
            if head.key:
                exact.setdefault(head.key, head)
        words = frozenset().union(*(head.tokens for head in heads))
        shortest, most = min(len(head.key) for head in heads) / 2, self.max_headline_words
        # Copies of a reading, and lines long enough to be like one (most lines of a page are not).
        candidates = [
            i
            for i, line in enumerate(lines)
            if line.key in exact or (1 < line.words <= most and len(line.key) >= shortest and len(line.text) <= 300)
        ]
        prose_at = _next_prose(lines) if candidates else []
        for i in candidates:
            line = lines[i]
            if not i or line.words > most:
                continue
            if line.key in exact:
                head = exact[line.key]
                match: tuple[float, _Head] | None = (3.0 if head.site else 2.9, head)
            else:
                if prose_at[i] - i > _WEAK_WITHIN:
                    continue  # a line only like the page title is the headline only above the article
                # Only a line with enough of the page title's words can be like it.
                tokens = frozenset(_WORD.findall(line.norm))
                shared = len(tokens & words)
                if shared < 2 or shared < 0.25 * len(tokens):
                    continue
                match = _match(line, tokens, heads)
            if match is None:
                continue
            score, head = match
            if score < 3 and line.words <= 2 and names_host(line.text, hosts):
                continue  # the site's name, like a part of the page title
            prose = _prose_after(lines, i)
            # The headline, not the site's name in the banner: prose follows it, it does not name the
            # host, it begins the page title and is the longest part of it; of several copies (or
            # of lines only like the page title), the one above the most prose.
            if score == 3:
                rank = (score, prose > 0, not names_host(head.text, hosts), head.leads, len(head.key), prose)
            else:
                rank = (score, prose > 0, True, True, 0, prose)
            if best is None or rank > best[0]:
                best = (rank, i, head)
        return None if best is None else (best[1], best[2])


def _heading(lines: tuple[Line, ...], max_words: int) -> Line | None:
    """The main Markdown heading: the highest level, then one that prose follows, then the first."""
    headings = [i for i, line in enumerate(lines) if line.kind == "heading" and 0 < line.words <= max_words]
    if not headings:
        return None
    return lines[min(headings, key=lambda i: (lines[i].level, not _prose_after(lines, i, 6), i))]


def _readings(text: str, cuts: list[Cut]) -> list[_Head]:
    """The page title whole, the plausible cuts of it into a headline and a site name, and its
    middle parts ("Podcast | Episode title | Site": the episode title, the site after it)."""
    readings = [_head(text, None)] + [_head(cut.head, cut.site, cut.suffix) for cut in cuts if plausible(cut)]
    tokens = title_parts(text)
    parts = len(tokens) // 2 + 1  # segments, separators between them
    for start in range(1, parts - 1):
        before = "".join(tokens[: 2 * start - 1]).strip()
        for end in range(start + 1, parts):
            head = "".join(tokens[2 * start : 2 * end - 1]).strip()
            after = "".join(tokens[2 * end :]).strip()
            if head and plausible(Cut(head, before, "", False)) and plausible(Cut(head, after, "", True)):
                readings.append(_head(head, after, False))
    return readings


def _head(text: str, site: str | None, leads: bool = True) -> _Head:
    norm = normalise(text)
    tokens, trails = frozenset(_WORD.findall(norm)), frozenset(_TRAIL.findall(text))
    return _Head(text, site, shape_key(norm), norm, len(norm.split()), leads, tokens, trails)


def _match(line: Line, tokens: frozenset[str], heads: list[_Head]) -> tuple[float, _Head] | None:
    """How well ``line`` (with its words ``tokens``), not a copy of any reading of the page title,
    reads as the headline of one of them, and which.

    2: the reading is the start of the line (a page title cut short) or the line is most of the
    reading (the page title adds a kicker or a subtitle); 1 + similarity: nearly the same
    characters; 1 + half the share of the reading's words: the same words, reworded.
    """
    if any(_trail(line, head) for head in heads) or ends_with_full_stop(line.text):
        return None  # a breadcrumb trail; a sentence (a paragraph that opens with the headline is body)
    trails = frozenset(_TRAIL.findall(line.text))
    best: tuple[float, _Head] | None = None
    for head in heads:
        if not head.key or trails - head.trails:
            continue  # a trail of sections ("Stories > Aesop"), or a title with another site's name
        score = _score(line, tokens, head)
        # Of equal matches, the shortest reading: the one without the site name.
        if score and (best is None or score > best[0] or (score == best[0] and len(head.key) < len(best[1].key))):
            best = (score, head)
    return best


def _score(line: Line, tokens: frozenset[str], head: _Head) -> float:
    if line.key.startswith(head.key):
        cut_short = head.words >= 3 and len(head.key) >= 12 and line.words <= 3 * head.words + 4
        return 2.0 if cut_short and _continues(line.text, len(head.key)) else 0.0
    if head.key.find(line.key) >= 0:
        return 2.0 if line.words >= 2 and len(line.key) >= 0.5 * len(head.key) else 0.0
    shared = len(tokens & head.tokens)
    shorter, longer = sorted((len(line.norm), len(head.norm)))
    if shorter >= 2 / 3 * longer and shared >= 0.5 * len(head.tokens):
        alike = similarity(line.norm, head.norm, _SIMILAR)
        if alike:
            return 1.0 + alike
    # Most of the reading's words, and not many more: a headline reworded for the page title.
    if head.words >= 3 and line.words <= 2 * head.words + 4:
        recall, precision = shared / len(head.tokens), shared / len(tokens)
        if recall >= 0.8 and precision >= 0.5 and recall + precision >= 1.35:
            return 1.0 + 0.5 * recall
    return 0.0


def _continues(text: str, done: int) -> bool:
    """Whether ``text`` goes on after its first ``done`` key characters as one headline: within a
    word, after a separator or punctuation, or in lower case (not a subtitle run into it, "Headline
    Subtitle", "Headline "Quote")."""
    at = _key_end(text, done)
    rest = text[at:].lstrip()
    within_word = 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()
    return within_word or not rest or not (rest[0].isupper() or rest[0] in _QUOTES)


def _key_end(text: str, count: int) -> int:
    """Where in ``text`` the first ``count`` characters of its key (see :func:`shape_key`) end: case
    folding can make one character two ("ß", "ss") and drops marks ("İ", "i̇"), a run of digits is one.

    >>> _key_end("Straße 10 Nord", 7), _key_end("Straße 10 Nord", 8), _key_end("İzmir haber", 5)
    (6, 9, 5)
    """
    digits = False
    for at, char in enumerate(text):
        if count <= 0 and not (digits and char.isdecimal()):
            return at
        if char.isalnum():
            count -= 0 if digits and char.isdecimal() else sum(map(str.isalnum, char.casefold()))
            digits = char.isdecimal()
    return len(text)


def _head_start(text: str, key: str, head: _Head) -> int:
    """Where the end of ``text`` (whose key ``key`` ends with ``head.key``) that reads as ``head``
    starts: after the rest of the key, and the white space and punctuation after it but those that
    open ``head`` (a quotation mark)."""
    start = _key_end(text, len(key) - len(head.key))
    while start < len(text) and not text[start].isalnum():
        start += 1
    opening = next((at for at, char in enumerate(head.text) if char.isalnum()), 0)
    return start - opening if text[:start].endswith(head.text[:opening]) else start


def _trail(line: Line, head: _Head) -> bool:
    """Whether ``line`` is a breadcrumb trail ending with the reading ("Home › News › Headline")."""
    if line.key == head.key or not line.key.endswith(head.key):
        return False
    return bool(_TRAIL.search(line.text[: _head_start(line.text, line.key, head)]))


def _next_prose(lines: tuple[Line, ...]) -> list[int]:
    """For each position, the position of the next line of running text (15 words or more) below
    it (without one: a position far past the end)."""
    found, after = [0] * len(lines), 2 * len(lines) + _SEARCH_LINES
    for i in range(len(lines) - 1, -1, -1):
        found[i] = after
        if running(lines[i]):
            after = i
    return found


def _prose_after(lines: tuple[Line, ...], i: int, within: int = 8) -> int:
    """How many words of running text (lines of 15 words or more) come soon after ``lines[i]``."""
    return sum(line.words for line in lines[i + 1 : i + 1 + within] if running(line))


def _shares(title: str, opener: Line) -> bool:
    """Whether the line that opens the article has enough words of the page title's headline part (words of
    four letters or more: a third of the line's, one at least): a headline reworded for the page title,
    not a heading of another kind."""
    words = {word.casefold() for word in _WORD.findall(opener.text) if len(word) >= 4}
    shared = words & {word.casefold() for word in _WORD.findall(title)}
    return len(shared) >= max(1, math.ceil(len(words) / 3))


def _found(title: str, site: str | None, lines: tuple[Line, ...]) -> Extraction:
    return Extraction({"title": title, "site_name": site}, lines)
