"""The footer zone: copyright and legal lines, and what follows them at the end of a page."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.contract import Drop, Filter, Page
from newsclean.document import Line
from newsclean.lang import phrases
from newsclean.prose import is_prose


class Footer(Filter):
    """Drop copyright and legal lines, and every line after the first of them that is followed
    by no prose.

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("A long paragraph of the story, which the footer must not touch at all.\\n"
    ...                          "© 2024 Example News. All rights reserved.\\nContact")
    >>> [(d.line.number, d.detail) for d in Footer()(Page(doc, doc.lines))]
    [(2, 'legal line'), (3, 'after the footer line 2')]
    """

    name = "footer"

    def __init__(self, max_words: int = 30) -> None:
        self.max_words = max_words

    def __call__(self, page: Page) -> Iterator[Drop]:
        pattern = phrases(page.doc.language, "footer")
        lines = page.lines
        last_prose = max((i for i, line in enumerate(lines) if is_prose(line)), default=-1)
        zone: Line | None = None
        for i, line in enumerate(lines):
            if zone is not None:
                yield Drop(line, "footer", f"after the footer line {zone.number}")
            elif line.words <= self.max_words and line.kind != "pre" and pattern.search(line.norm):
                yield Drop(line, "footer", "legal line")
                if i > last_prose:
                    zone = line
