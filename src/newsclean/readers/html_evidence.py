"""What the markup says about a block that its text does not: landmarks, class hints, hiding, links.

The HTML reader (:mod:`newsclean.readers.html`) gives every element a :class:`Context` when it walks
into it, made from its parent's and its own attributes (:func:`enter`), and every block it makes an
:class:`Evidence`: plain data computed once, which filters read without looking at the DOM again.

>>> page = enter(ROOT, "body", {})
>>> aside = enter(page, "aside", {"class": "related-stories"})
>>> aside.landmark, aside.hint, aside.hint_depth
('aside', 'related', 0)
>>> enter(enter(aside, "div", {}), "p", {"style": "display: none"}).hidden
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

#: Elements that mark a part of the page, and the landmark each is; ARIA roles name the same.
LANDMARK_TAGS = {"nav": "nav", "header": "header", "footer": "footer", "aside": "aside", "form": "form"}
LANDMARK_ROLES = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "search": "form",
}
#: Elements that hold the article: a landmark or hint above one does not reach into it.
ARTICLE_TAGS = frozenset({"article", "main"})
#: Class and id words that say what an element holds, matched in each class or id token (lower case).
HINTS = (
    ("cookie", re.compile(r"cookie|consent|gdpr")),
    ("newsletter", re.compile(r"newsletter|subscri|signup|sign-up")),
    ("comments", re.compile(r"comment|disqus")),
    ("related", re.compile(r"related|recommend|more-?stories|read-?more|also-?read|outbrain|taboola")),
    ("share", re.compile(r"share|sharing|social")),
    ("breadcrumb", re.compile(r"breadcrumb")),
    ("sidebar", re.compile(r"(?<![a-z])(?:sidebar|side-bar|sidebars|widget|widgets|textwidget|widgettitle)(?![a-z])")),
    ("menu", re.compile(r"(?<![a-z])(?:menu|nav|navbar|navigation)(?![a-z])")),
    ("ad", re.compile(r"(?<![a-z])(?:ad|ads|advert\w*|adslot|adunit|dfp|sponsor\w*|promo\w*)(?![a-z])")),
)
#: Hints that common words of layout make (a "widget", a "share" bar, a "nav"): an element whose class or id also
#: names a wrapper of the content ("content-sidebar-wrap", "widget blog", "post-body") gives none of them.
WEAK_HINTS = frozenset({"sidebar", "share", "menu", "ad"})
_WRAPPER = re.compile(r"content|wrap|body|main|article|post|entry|story|blog|container|page|layout")
#: Elements whose classes say nothing about one part: they hold the whole page or the whole article.
_NO_HINTS = frozenset({"html", "body", "article", "main"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


class Context(NamedTuple):
    """What an element inherits from the elements around it (one per element, shared by its blocks)."""

    landmark: str | None = None
    """The nearest landmark around the element (``nav``, ``header``, ``footer``, ``aside``, ``form``), if no
    ``<article>`` or ``<main>`` sits between them."""
    landmark_depth: int = 0
    """How many elements up the landmark is (0: the element itself)."""
    hint: str | None = None
    """The nearest class or id hint (see :data:`HINTS`), under the same condition."""
    hint_depth: int = 0
    in_article: bool = False
    """Whether an ``<article>`` or ``<main>`` holds the element."""
    hidden: bool = False
    """Whether the element or one around it is hidden from sight (``hidden``, ``display: none``, ``visibility:
    hidden``; ``aria-hidden`` hides from screen readers only, and pages put whole articles under it)."""
    link: bool = False
    """Whether it is (in) a link."""
    figure: bool = False
    """Whether it is (in) a ``<figure>`` or ``<figcaption>``."""


#: The context of the root element.
ROOT = Context()


class Evidence(NamedTuple):
    """What the markup says about one block."""

    tag: str
    """The element the block was read from."""
    landmark: str | None
    landmark_depth: int
    hint: str | None
    hint_depth: int
    in_article: bool
    hidden: bool
    figure: bool
    link_density: float
    """The share of the block's characters that are link text."""
    main: bool = False
    """Whether the block is inside the element that holds the page's main text (see
    :mod:`newsclean.readers.html_main`)."""

    @classmethod
    def of(cls, tag: str, context: Context, chars: int, link_chars: int) -> Evidence:
        """The evidence of a block of ``chars`` characters (``link_chars`` of them in links)."""
        density = round(link_chars / chars, 3) if chars else 0.0
        return cls(
            tag,
            context.landmark,
            context.landmark_depth,
            context.hint,
            context.hint_depth,
            context.in_article,
            context.hidden,
            context.figure,
            density,
        )


def hint_of(attributes: Mapping[str, str]) -> str | None:
    """The first hint the element's ``class`` and ``id`` match, or None.

    >>> hint_of({"class": "header shadow"}), hint_of({"id": "ad-slot-2"}), hint_of({"class": "article-body"})
    (None, 'ad', None)
    """
    words = f"{attributes.get('class', '')} {attributes.get('id', '')}".lower()
    wrapper = bool(_WRAPPER.search(words))
    for token in words.split():
        found = next((name for name, pattern in HINTS if pattern.search(token)), None)
        if found and not (wrapper and found in WEAK_HINTS):
            return found
    return None


def enter(parent: Context, tag: str, attributes: Mapping[str, str]) -> Context:
    """The context of an element ``tag`` with ``attributes`` inside an element of context ``parent``."""
    landmark, landmark_depth = parent.landmark, parent.landmark_depth + 1
    hint, hint_depth = parent.hint, parent.hint_depth + 1
    in_article = parent.in_article
    if tag in ARTICLE_TAGS:
        landmark = hint = None
        in_article = True
    own = LANDMARK_TAGS.get(tag) or LANDMARK_ROLES.get(attributes.get("role", "").strip().lower())
    if own:
        landmark, landmark_depth = own, 0
    if tag not in _NO_HINTS and ("class" in attributes or "id" in attributes):
        found = hint_of(attributes)
        if found:
            hint, hint_depth = found, 0
    hidden = parent.hidden or _hidden(attributes)
    return Context(
        landmark,
        landmark_depth if landmark else 0,
        hint,
        hint_depth if hint else 0,
        in_article,
        hidden,
        parent.link or tag == "a",
        parent.figure or tag in ("figure", "figcaption"),
    )


def _hidden(attributes: Mapping[str, str]) -> bool:
    if "hidden" in attributes:
        return True
    style = attributes.get("style")
    return bool(style and _HIDDEN_STYLE.search(style.lower()))
