"""The page's main text: the element of the DOM that holds the article, chosen by its text.

Every element is scored by the blocks inside it: the characters of prose that are not link text count
for it, link text and the text of marked furniture (a ``<nav>``, an ``<aside>``, comments) against it
(``penalty`` times). The element with the best score holds the most prose with the least furniture
around it: the article's container. Blocks inside it are marked (:attr:`Evidence.main
<newsclean.readers.html_evidence.Evidence.main>`), so filters can keep what the page itself sets in
the article (a list, a short paragraph) without the text of the line having to prove it is prose.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsclean.readers.html_evidence import Evidence
from newsclean.readers.source import Block

#: Landmarks and hints whose text counts against the element holding it (when it is not prose).
FURNITURE_LANDMARKS = frozenset({"nav", "footer", "aside"})
FURNITURE_HINTS = frozenset({"comments", "cookie", "newsletter", "related", "share", "menu", "sidebar", "ad"})
#: Hints whose prose is not the article's: readers' comments, a cookie banner's or a newsletter's pitch.
NOT_ARTICLE_HINTS = frozenset({"comments", "cookie", "newsletter"})
#: Elements of one paragraph: never the container of a whole article.
PARAGRAPH_TAGS = frozenset(
    "p li dt dd pre blockquote tr td th caption figcaption summary legend address h1 h2 h3 h4 h5 h6".split()
)


def is_prose(block: Block, evidence: Evidence, words: int = 10, links: float = 0.25) -> bool:
    """Whether ``block`` reads as a paragraph of the article: ``words`` words or more, at most ``links`` of
    it link text, not hidden nor in furniture."""
    return (
        len(block.text.split()) >= words
        and evidence.link_density <= links
        and not evidence.hidden
        and evidence.landmark not in FURNITURE_LANDMARKS
        and evidence.hint not in NOT_ARTICLE_HINTS
    )


def main_container(blocks: Sequence[Block], owners: Sequence[Any], penalty: float = 1.0, least: int = 200) -> Any:
    """The element that holds the article (see the module), or None when no element holds ``least``
    characters of prose."""
    own: dict[Any, list[float]] = {}
    for block, element in zip(blocks, owners, strict=True):
        evidence = block.evidence
        if element is None or evidence is None:
            continue
        chars = len(block.text)
        link_chars = evidence.link_density * chars
        furniture = evidence.landmark in FURNITURE_LANDMARKS or evidence.hint in FURNITURE_HINTS
        prose = is_prose(block, evidence)
        good = chars - link_chars if prose else 0.0
        bad = link_chars + (chars - link_chars if furniture and not prose else 0.0)
        mine = own.setdefault(element, [0.0, 0.0])
        mine[0] += good
        mine[1] += bad
    if not own:
        return None
    root = next(iter(own)).getroottree().getroot()
    totals: dict[Any, list[float]] = {}
    best, best_score = None, 0.0
    for element in reversed(list(root.iter())):  # children before their parents
        sums = totals.pop(element, None)
        held = own.get(element)
        if held is not None:
            sums = [sums[0] + held[0], sums[1] + held[1]] if sums else list(held)
        if sums is None:
            continue
        score = sums[0] - penalty * sums[1]
        if sums[0] >= least and score > best_score and element.tag not in PARAGRAPH_TAGS:
            best, best_score = element, score
        parent = element.getparent()
        if parent is not None:
            above = totals.setdefault(parent, [0.0, 0.0])
            above[0] += sums[0]
            above[1] += sums[1]
    return best


def mark_main(blocks: list[Block], owners: Sequence[Any]) -> list[Block]:
    """``blocks`` with :attr:`Evidence.main` set on those read from inside the main container."""
    container = main_container(blocks, owners)
    if container is None:
        return blocks
    inside = set(container.iter())
    return [
        block._replace(evidence=block.evidence._replace(main=True))
        if element is not None and block.evidence is not None and element in inside
        else block
        for block, element in zip(blocks, owners, strict=True)
    ]
