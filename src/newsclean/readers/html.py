"""The HTML reader: a page's DOM cut into the same blocks the text readers make.

The page is parsed by lxml (comments and processing instructions dropped, no size limit) and
walked without recursion, so a page nested 5,000 elements deep reads like any other. The page's
``<title>`` comes first as its own block (the rendered page text starts with it too); then every
block element (a paragraph, a heading, a list item, a table row, a ``<div>`` holding text...) makes
a block of its text, inline elements joined into it with the spacing a browser shows. A ``<pre>``
makes a block per line; ``<br>`` ends a block. Scripts, style sheets, templates, ``<noscript>``
and the rest of ``<head>`` never become text.

Each block is numbered by its order (``first == last``, no character span) and remembers its
element (:attr:`Block.element`, a short path) and what the markup says about it
(:attr:`Block.evidence`, see :mod:`newsclean.readers.html_evidence`).

>>> page = '''<html><head><title>Storm | Coast News</title><script>var x = 1;</script></head><body>
... <nav><a href="/">Home</a> <a href="/news">News</a></nav>
... <article><h1>Storm closes harbour</h1><p>The <b>port</b> closed on<br>Monday.</p></article></body></html>'''
>>> [(b.first, b.text, b.kind, b.element) for b in html_blocks(page)]  # doctest: +NORMALIZE_WHITESPACE
[(1, 'Storm | Coast News', 'text', 'title'), (2, 'Home News', 'text', 'body > nav[1]'),
 (3, 'Storm closes harbour', 'heading', 'body > article > h1[1]'),
 (4, 'The port closed on', 'text', 'body > article > p[1]'), (5, 'Monday.', 'text', 'body > article > p[1]')]
>>> html_blocks(page)[1].evidence.landmark, html_blocks(page)[1].evidence.link_density
('nav', 0.889)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:
    from lxml import etree
except ModuleNotFoundError:  # source on PYTHONPATH in a bare interpreter: text input still works
    etree = None

from newsclean.errors import NewscleanError
from newsclean.readers.html_evidence import ROOT, Context, Evidence, enter
from newsclean.readers.html_main import mark_main
from newsclean.readers.source import INVISIBLE, Block, Source

#: Elements that start and end a block of text.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav noframes ol "
    "p section summary table tbody tfoot thead tr ul".split()
)
#: Elements whose content is never text on the page.
SKIP_TAGS = frozenset("head script style template noscript svg math iframe object embed canvas textarea".split())
#: Inline elements a browser shows apart from the text next to them (table cells, form controls).
SPACED_TAGS = frozenset("td th option button input label".split())
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
#: libxml2 stops nesting elements deeper than this (their text is lost): such a page is flattened and read again.
_PARSER_DEPTH = 2000
#: How deep a flattened page nests at most.
_FLAT_DEPTH = 500
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*+)([^<>]*+)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: How many characters of a class or id a path shows.
_LABEL_CHARS = 30


def read_html(source: Source, keep_markup: bool = False) -> Iterator[Block]:
    """The blocks of the HTML page in ``source`` (``keep_markup`` does not apply: the text is what shows)."""
    yield from html_blocks(source.text)


def html_blocks(text: str) -> list[Block]:
    """The blocks of the HTML page ``text``: its title, then its blocks in document order (see the module)."""
    return page_blocks(text, parse(text))


def page_blocks(text: str, root: Any) -> list[Block]:
    """The blocks of the HTML page ``text`` already parsed by :func:`parse` (``root``; None: no blocks), so
    that a caller that reads the tree for more (the page's metadata) parses the page once."""
    if root is None:
        return []
    out, depth = _walk(root)
    if depth >= _PARSER_DEPTH:  # the parser may have cut the deepest elements off: read a flattened page
        flat = parse(flatten(text, _FLAT_DEPTH))
        out = _walk(flat)[0] if flat is not None else out
    return mark_main(out.blocks, out.owners)


def parse(text: str) -> Any:
    """The lxml tree of the page ``text`` (its root element), or None when lxml finds no document in it."""
    if etree is None:
        raise NewscleanError("HTML input needs lxml, a dependency of newsclean: pip install lxml")
    parser = etree.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True)
    try:  # as bytes: a page that declares another encoding (<?xml encoding=...?>) is still read as it is
        return etree.fromstring(text.encode("utf-8", "surrogatepass"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def flatten(text: str, limit: int) -> str:
    """``text`` without the tags of elements nested deeper than ``limit`` (their text stays).

    >>> flatten("<div><div><div>deep</div></div> tail</div>", 2)
    '<div><div>deep</div> tail</div>'
    """
    depth = 0
    pieces: list[str] = []
    at = 0
    for tag in _TAG.finditer(text):
        closing, name, rest = tag.group(1), tag.group(2).lower(), tag.group(3)
        if name in _VOID or rest.endswith("/"):
            continue
        drop = depth >= limit if not closing else depth > limit
        depth = max(depth - 1, 0) if closing else depth + 1
        if drop:
            pieces.append(text[at : tag.start()])
            at = tag.end()
    pieces.append(text[at:])
    return "".join(pieces)


class _Frame:
    """An element being walked: its path label, its context, and how many children of each tag it has had."""

    __slots__ = ("block", "context", "counts", "element", "label", "tag")

    def __init__(self, tag: str, label: str, context: Context, block: bool, element: Any = None) -> None:
        self.tag, self.label, self.context, self.block, self.element = tag, label, context, block, element
        self.counts: dict[str, int] = {}


class _Builder:
    """The blocks made so far and the text of the one being read."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.owners: list[Any] = []  # the element each block was read from (None: the page title)
        self.pieces: list[str] = []
        self.link_chars = 0
        self.context: Context | None = None  # the context of the first text piece of the block

    def add(self, text: str, context: Context) -> None:
        if not text:
            return
        self.pieces.append(text)
        if context.link:
            self.link_chars += len(text.strip())
        if self.context is None and not text.isspace():
            self.context = context

    def flush(self, frames: list[_Frame]) -> None:
        """Make a block of the text read since the last one (nothing if it is blank)."""
        if not self.pieces:
            return
        text = " ".join("".join(self.pieces).split()).strip(INVISIBLE).strip()
        context, link_chars = self.context, self.link_chars
        self.pieces, self.link_chars, self.context = [], 0, None
        if not text or context is None:
            return
        owner = next((at for at in range(len(frames) - 1, -1, -1) if frames[at].block), 0)
        tag = frames[owner].tag if frames else "html"
        kind, level = ("heading", _HEADINGS[tag]) if tag in _HEADINGS else ("list_item" if tag == "li" else "text", 0)
        evidence = Evidence.of(tag, context, len(text), link_chars)
        self.make(text, kind, level, _path(frames, owner), evidence, frames[owner].element if frames else None)

    def make(self, text: str, kind: str, level: int, path: str, evidence: Evidence, element: Any = None) -> None:
        number = len(self.blocks) + 1
        self.blocks.append(Block(text, number, number, 0, 0, kind, level, path, evidence))
        self.owners.append(element)


def _walk(root: Any) -> tuple[_Builder, int]:
    """The blocks of the tree under ``root`` (and their elements), and the deepest nesting met."""
    out = _Builder()
    title = next((el for el in root.iter("title") if el.getparent() is None or el.getparent().tag == "head"), None)
    if title is not None:
        text = " ".join("".join(title.itertext()).split())
        if text:
            out.make(text, "text", 0, "title", Evidence.of("title", ROOT, len(text), 0))
    frames: list[_Frame] = [_Frame("#document", "", ROOT, False)]
    stack: list[tuple[Any, bool]] = [(root, False)]
    deepest = 0
    while stack:
        element, leaving = stack.pop()
        if leaving:
            frame = frames[-1]
            if frame.block:
                out.flush(frames)
            frames.pop()
            out.add(element.tail or "", frames[-1].context)
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        parent = frames[-1]
        if tag is None or tag in SKIP_TAGS:  # a comment or entity left in, or no text
            out.add(element.tail or "", parent.context)
            continue
        number = parent.counts[tag] = parent.counts.get(tag, 0) + 1
        context = enter(parent.context, tag, element.attrib)
        if tag == "br" or tag == "pre" or tag in BLOCK_TAGS:
            out.flush(frames)
        if tag == "pre":
            frames.append(_Frame(tag, _label(tag, element, number), context, True, element))
            _preformatted(out, element, frames)
            frames.pop()
            out.add(element.tail or "", parent.context)
            continue
        if tag == "br":
            out.add(element.tail or "", parent.context)
            continue
        if tag in SPACED_TAGS:
            out.add(" ", parent.context)
        frames.append(_Frame(tag, _label(tag, element, number), context, tag in BLOCK_TAGS, element))
        deepest = max(deepest, len(frames))
        stack.append((element, True))
        out.add(element.text or "", context)
        stack.extend((child, False) for child in reversed(element))
    out.flush(frames)
    return out, deepest


def _preformatted(out: _Builder, element: Any, frames: list[_Frame]) -> None:
    """A block per non-blank line of a ``<pre>`` element, as written."""
    text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    path = _path(frames, len(frames) - 1)
    evidence = Evidence.of("pre", frames[-1].context, len(text), 0)
    for line in text.splitlines():
        line = line.strip().strip(INVISIBLE).strip()
        if line:
            out.make(line, "pre", 0, path, evidence, element)


def _label(tag: str, element: Any, number: int) -> str:
    """How a path names the element: its tag and first class (or its id)."""
    classes = (element.get("class") or "").split()
    if classes:
        return f"{tag}.{classes[0][:_LABEL_CHARS]}"
    ident = (element.get("id") or "").strip()
    return f"{tag}#{ident[:_LABEL_CHARS]}" if ident else tag


def _path(frames: list[_Frame], owner: int) -> str:
    """The short path of the element of frame ``owner``: two elements above it, then it with its number
    among its parent's children of its tag."""
    if owner <= 0:
        return "html"
    top = max(owner - 2, min(2, owner))  # from under <html>
    labels = [frames[at].label for at in range(top, owner)]
    parent = frames[owner - 1]
    labels.append(f"{frames[owner].label}[{parent.counts.get(frames[owner].tag, 1)}]")
    return " > ".join(labels)
