"""Tag lists ("TAGS: Conflict, Russia", "Schlagworte: ...") into ``tags``."""

from __future__ import annotations

import re
from itertools import takewhile

from newsclean.contract import Extraction, Extractor, Page
from newsclean.document import Line
from newsclean.fields.limits import FIELD_CHARS
from newsclean.lang import tag_label

#: What parts the items of a tag line (the white space around them is stripped).
_ITEM_SEPARATOR = re.compile(r"[,;|·•#]")


class Tags(Extractor):
    """Take a labelled tag line, or a label alone and the short lines that follow it.

    A label alone above the headline heads a menu ("Topics" over the site's sections), not a tag list;
    so does a label alone over more than ``max_items`` short lines (an index of the site's topics).
    A line of more than ``FIELD_CHARS`` characters is no tag line.

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("The story ends here.\\nTAGS: Conflict, Russia, Syria, talks")
    >>> Tags()(Page(doc, doc.lines)).values
    {'tags': ['Conflict', 'Russia', 'Syria', 'talks']}
    """

    name = "tags"
    field = "tags"

    def __init__(self, max_words: int = 60, max_items: int = 15) -> None:
        self.max_words = max_words
        self.max_items = max_items

    def __call__(self, page: Page) -> Extraction | None:
        label = tag_label(page.doc.language)
        tags: list[str] = []
        used = []
        lines = page.lines
        headline = next((line.index for line in page.headlines), 0)
        for i, line in enumerate(lines):
            if line.words > self.max_words or line.chars > FIELD_CHARS:
                continue
            match = label.match(line.text)
            if not match:
                continue
            rest = line.text[match.end() :]
            if rest.strip():
                used.append(line)
                tags += _ITEM_SEPARATOR.split(rest.strip())
                continue
            following = lines[i + 1 : i + 2 + 2 * self.max_items]  # a label alone: short lines follow
            items = list(takewhile(_item, following))
            named = [item.text for item in items if item.words]  # not the "," lines between them
            if line.index < headline or len(named) > self.max_items:
                continue
            used += [line, *items]
            tags += named
        tags = list(dict.fromkeys(tag.strip() for tag in tags if tag.strip()))
        return Extraction({"tags": tags}, tuple(used)) if used else None


def _item(line: Line) -> bool:
    """Whether a line below a label alone reads as one tag: a few words, no sentence."""
    return line.words <= 4 and line.chars <= FIELD_CHARS and not line.ends_sentence
