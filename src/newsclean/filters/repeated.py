"""Lines that occur more than once in a page, exactly or nearly (numbers and case aside)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import pairwise

from newsclean.contract import Drop, Filter, Page
from newsclean.document import Line
from newsclean.prose import figures, sentence
from newsclean.similar import near_duplicate_groups

_NUMBER = re.compile(r"\d+")


class RepeatedLines(Filter):
    """Drop page furniture that repeats: every copy of a short line that occurs twice or more.

    A sentence of prose repeated as a pull quote keeps the copy among the most words of context;
    a short one that occurs ``prose_copies`` times or more is furniture, and every copy goes. A
    long paragraph (more than ``max_words`` words) also keeps every copy that sits between two
    long sentences: that is the body said twice, not furniture. A line said twice, first apart from
    prose and then between two long sentences, is a section heading listed in a table of contents:
    the copy over the section stays. Numbered labels of sections ("Step 1", "Step 2", "Step 3", with
    text between) are no copies. Near copies (similarity >= ``similarity``, on the shape key)
    count as copies; the search compares each line with at most ``window`` lines of
    similar length, so it stays linear.

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("Article continues after ad\\nText.\\nArticle continues after ad 2")
    >>> [(d.line.number, d.reason) for d in RepeatedLines()(Page(doc, doc.lines))]
    [(1, 'repeated_line'), (3, 'repeated_line')]
    """

    name = "repeated_line"

    def __init__(self, max_words: int = 25, prose_copies: int = 3, similarity: float = 0.9, window: int = 40) -> None:
        self.max_words = max_words
        self.prose_copies = prose_copies
        self.similarity = similarity
        self.window = window

    def __call__(self, page: Page) -> Iterator[Drop]:
        groups: dict[str, list[Line]] = defaultdict(list)
        for line in page.lines:
            if line.key and line.kind != "pre":  # code repeats its lines ("});"): no furniture
                groups[line.key].append(line)
        # Near copies of a short line count as copies (transitively: cleaning twice groups the same lines).
        short = [key for key, lines in groups.items() if len(key) >= 12 and lines[0].words <= self.max_words]
        for first_key, *others in near_duplicate_groups(short, self.similarity, self.window):
            for key in others:
                groups[first_key] += groups.pop(key)
        for copies in groups.values():
            if len(copies) < 2:
                continue
            copies.sort(key=lambda line: line.index)
            if _numbered_series(copies) or _rows_of_figures(page.doc.lines, copies):
                continue
            first = copies[0]
            keep = None
            if _sentence(first, self.max_words) and (len(copies) < self.prose_copies or first.words > self.max_words):
                keep = max(copies, key=lambda line: _context_words(page.doc.lines, line))
            elif len(copies) == 2 and not self._among_prose(page, first) and self._among_prose(page, copies[1]):
                keep = copies[1]  # a section heading, listed first in the page's table of contents
            for line in copies:
                if line is not keep and not (keep and first.words > self.max_words and self._among_prose(page, line)):
                    yield Drop(line, "repeated_line", f"{len(copies)} copies, first at line {first.number}")

    def _among_prose(self, page: Page, line: Line) -> bool:
        """Whether a line of prose has a long sentence of prose beside it (a body paragraph said twice)."""
        lines = page.doc.lines
        beside = [lines[i] for i in (line.index - 1, line.index + 1) if 0 <= i < len(lines)]
        return all(other.words > self.max_words and other.ends_sentence for other in beside)


def _sentence(line: Line, max_words: int) -> bool:
    """Whether a line reads as a sentence of prose rather than a label or a link: long, or a sentence of six
    words or more with a stop word."""
    return line.words > max_words or sentence(line, 6, stopwords=True)


def _numbered_series(copies: list[Line]) -> bool:
    """Whether the copies are the labels of numbered sections apart from each other ("Step 1" ... "Step 9"):
    at least three, each words with one number, numbered from 0 or 1 in order, with text between each two.
    """
    if len(copies) < 3 or not copies[0].text[0].isalpha():
        return False  # "1", "1 of 6": counters of a slideshow or a list, not labels
    numbers = [_NUMBER.findall(line.text) for line in copies]
    if any(len(found) != 1 for found in numbers):
        return False
    counted = [int(found[0]) for found in numbers]
    apart = all(later.index - earlier.index > 1 for earlier, later in pairwise(copies))
    return apart and counted == list(range(counted[0], counted[0] + len(counted))) and counted[0] <= 1


def _rows_of_figures(lines: Sequence[Line], copies: list[Line]) -> bool:
    """Whether the copies are rows of figures that share their labels ("13.4 MB (-81%)", "8.0 MB (-89%)"):
    each a row of figures (see :func:`~newsclean.prose.figures`) beside another row of figures in ``lines``, no
    two with the same numbers. A table or a list of data, not furniture.

    >>> from newsclean.document import Document
    >>> rows = Document.from_text("Ventura $228 -1.7%\\nVentura $231 -0.2%").lines
    >>> _rows_of_figures(rows, list(rows)), _rows_of_figures(rows, [rows[0], rows[0]])
    (True, False)
    """
    numbers = [tuple(_NUMBER.findall(line.text)) for line in copies]

    def in_table(line: Line) -> bool:
        beside = (lines[i] for i in (line.index - 1, line.index + 1) if 0 <= i < len(lines))
        return figures(line.text) and any(figures(other.text) for other in beside)

    return all(map(in_table, copies)) and len(set(numbers)) == len(numbers)


def _context_words(lines: tuple[Line, ...], line: Line) -> int:
    """How many words the lines on either side of ``line`` have: prose sits among prose."""
    before = lines[line.index - 1].words if line.index > 0 else 0
    after = lines[line.index + 1].words if line.index + 1 < len(lines) else 0
    return before + after
