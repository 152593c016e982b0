"""Known furniture phrases: advert markers, subscription prompts, cookie notices and the like."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsclean.lang import Language, split_anchored, with_english
from newsclean.pipeline import Drop, Filter, Page

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
        self._patterns: dict[str | None, tuple[re.Pattern[str], re.Pattern[str]]] = {}

    def __call__(self, page: Page) -> Iterator[Drop]:
        anchored, floating = self._patterns_for(page.doc.language)
        for line in page.lines:
            if line.words <= self.max_words:
                match = anchored.match(line.norm) or floating.search(line.norm)
                if match:
                    yield Drop(line, str(match.lastgroup), f"matched {match.group()!r}")

    def _patterns_for(self, lang: Language | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """One pattern of the anchored phrases (for ``match``), one of the others, with a group per reason."""
        code = lang.code if lang else None
        if code not in self._patterns:
            anchored, floating = [], []
            for reason in self.reasons:
                starts, anywhere = split_anchored(p for src in with_english(lang) for p in src.phrases.get(reason, ()))
                anchored += [f"(?P<{reason}>{'|'.join(starts)})"] if starts else []
                floating += [f"(?P<{reason}>{'|'.join(anywhere)})"] if anywhere else []
            self._patterns[code] = (
                re.compile("|".join(anchored) or "(?!)"),
                re.compile("|".join(floating) or "(?!)"),
            )
        return self._patterns[code]
