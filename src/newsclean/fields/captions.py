"""Image captions and photo credits, taken out of the body into ``captions``."""

from __future__ import annotations

from newsclean.lang import alternation, phrases
from newsclean.lang.common import CAPTION_PATTERNS
from newsclean.pipeline import Extraction, Extractor, Page


class Captions(Extractor):
    """Take lines that carry a photo credit ("... (AP Photo/Jane Doe)", "Photo: Getty Images").

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("The minister arrives in Munich. AP Photo\\nThe talks began on Monday.")
    >>> Captions()(Page(doc, doc.lines)).values
    {'captions': ['The minister arrives in Munich. AP Photo']}
    """

    name = "captions"
    field = "captions"

    def __init__(self, max_words: int = 80) -> None:
        self.max_words = max_words
        self._credit = alternation(CAPTION_PATTERNS)

    def __call__(self, page: Page) -> Extraction | None:
        credits = (self._credit, phrases(page.doc.language, "image_credit"))
        found = tuple(
            line for line in page.lines if line.words <= self.max_words and any(p.search(line.norm) for p in credits)
        )
        if not found:
            return None
        return Extraction({"captions": [line.text for line in found]}, found)
