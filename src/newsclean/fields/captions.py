"""Image captions and photo credits, taken out of the body into ``captions``."""

from __future__ import annotations

from functools import cache

from newsclean.contract import Extraction, Extractor, Page
from newsclean.lang import Language, Phrases, with_english
from newsclean.lang.common import CAPTION_PATTERNS


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

    def __call__(self, page: Page) -> Extraction | None:
        credit = _credits(page.doc.language)
        found = tuple(line for line in page.lines if line.words <= self.max_words and credit.search(line.norm))
        if not found:
            return None
        return Extraction({"captions": [line.text for line in found]}, found)


@cache
def _credits(lang: Language | None) -> Phrases:
    """Agency credits of every language and the image-credit phrases of English and ``lang``."""
    own = [p for source in with_english(lang) for p in source.phrases.get("image_credit", ())]
    return Phrases({"credit": [*CAPTION_PATTERNS, *own]})
