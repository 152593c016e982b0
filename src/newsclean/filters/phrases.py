"""Known furniture phrases: advert markers, subscription prompts, cookie notices and the like."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.contract import Drop, Filter, Page
from newsclean.lang import phrases

#: Reason codes this filter reports, each with the phrase category of the same name.
REASONS = (
    "advert_marker",
    "subscription_prompt",
    "cookie_notice",
    "social_share",
    "comment_prompt",
    "cross_link",
    "promo_heading",
)


class PhraseFilter(Filter):
    """Drop short lines that match a furniture phrase of the page's language or of English.

    Only lines of at most ``max_words`` words are tested, so a body paragraph that merely
    mentions cookies or subscriptions stays.

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("Article continues after this advertisement\\nShare on Facebook")
    >>> [(d.line.number, d.reason) for d in PhraseFilter()(Page(doc, doc.lines))]
    [(1, 'advert_marker'), (2, 'social_share')]
    """

    name = "phrases"

    def __init__(self, reasons: tuple[str, ...] = REASONS, max_words: int = 30) -> None:
        self.reasons = reasons
        self.max_words = max_words

    def __call__(self, page: Page) -> Iterator[Drop]:
        matcher = phrases(page.doc.language, *self.reasons)
        for line in page.lines:
            if line.words <= self.max_words and line.kind != "pre":  # a preformatted block goes whole or not
                match = matcher.search(line.norm)
                if match:
                    yield Drop(line, str(match.lastgroup), f"matched {match.group()!r}")
