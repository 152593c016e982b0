"""Landmarks: lines an HTML page marks as furniture (a ``<nav>``, an ``<aside>``, a class "related", hidden).

It reads the evidence the HTML reader computed once per block (:mod:`newsclean.readers.html_evidence`)
and reports; text input has none, so it reports nothing there. Evidence errs towards keeping:

- only the nearest mark counts: the landmark element or the class/id hint closest to the line, and
  none from beyond an ``<article>`` or ``<main>`` around it (the reader stops them there);
- a ``<header>`` inside the article holds its headline and byline: kept; a ``<form>`` may wrap a
  whole page: no mark;
- a line of prose (``prose_words`` words or more, ending like a sentence, little link text) is kept
  under any mark but a strong hint (comments, cookie, newsletter) or a ``<footer>`` (an author's
  bio, the rules for comments) when it is in the page's main text, or the page has none (see
  :mod:`newsclean.readers.html_main`): a class name is a weaker sign than a paragraph of the article,
  but prose in a sidebar beside it is a teaser.

>>> from newsclean.document import Document
>>> doc = Document.from_text('''<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
... <article><p>The port closed on Monday as the storm reached the coast.</p></article>
... <div class="related-links"><a href="/x">Floods close the coast road</a></div></body></html>''')
>>> [(d.line.text, d.reason) for d in Landmarks()(Page(doc, doc.lines))]
[('Home News', 'navigation'), ('Floods close the coast road', 'cross_link')]
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from newsclean.contract import Drop, Filter, Page
from newsclean.document import Line
from newsclean.readers.html_evidence import Evidence
from newsclean.reasons import Role

#: The reason code of each landmark element (``header`` outside the article: the site's banner).
LANDMARK_REASONS = {"nav": "navigation", "footer": "footer", "aside": "aside", "header": "navigation"}
#: The reason code of each class or id hint.
HINT_REASONS = {
    "related": "cross_link",
    "newsletter": "subscription_prompt",
    "share": "social_share",
    "comments": "comments",
    "cookie": "cookie_notice",
    "ad": "advert_marker",
    "sidebar": "aside",
    "breadcrumb": "navigation",
    "menu": "navigation",
}


#: Hints that outweigh prose: readers' comments are prose, and so is a newsletter's or a cookie banner's pitch.
STRONG_HINTS = frozenset({"comments", "cookie", "newsletter"})


class Landmarks(Filter):
    """Drop the lines the page's markup marks as furniture, by the nearest mark (see the module)."""

    name = "landmarks"
    roles = MappingProxyType({"aside": Role.BOUNDARY, "comments": Role.BOUNDARY, "hidden": Role.INLINE})

    def __init__(self, prose_words: int = 25, prose_links: float = 0.3) -> None:
        self.prose_words = prose_words
        self.prose_links = prose_links

    def __call__(self, page: Page) -> Iterator[Drop]:
        evidence = page.doc.evidence
        if not evidence:
            return
        has_main = any(found is not None and found.main for found in evidence)
        for line in page.lines:
            found = evidence[line.index]
            if found is not None:
                verdict = self.judge(line, found, has_main)
                if verdict:
                    yield Drop(line, *verdict)

    def judge(self, line: Line, evidence: Evidence, has_main: bool = False) -> tuple[str, str] | None:
        """The reason and detail to drop ``line`` for, or None to keep it (``has_main``: whether the page has
        a main text, see :mod:`newsclean.readers.html_main`)."""
        prose = line.words >= self.prose_words and line.ends_sentence and evidence.link_density <= self.prose_links
        apart = has_main and not evidence.main  # the page's main text is elsewhere
        if prose and evidence.hint not in STRONG_HINTS and evidence.landmark != "footer" and not apart:
            return None
        if evidence.hidden:
            return "hidden", "in a hidden element"
        landmark = evidence.landmark
        if landmark == "header" and (evidence.in_article or line.kind == "heading"):
            landmark = None  # the article's own header: headline, byline, standfirst
        reason = LANDMARK_REASONS.get(landmark or "")
        hint = HINT_REASONS.get(evidence.hint or "")
        if hint and (not reason or evidence.hint_depth < evidence.landmark_depth):
            return hint, f"in an element of class or id {evidence.hint!r}"
        if reason:
            return reason, f"in <{landmark}>"
        return None
