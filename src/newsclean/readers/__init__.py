"""Readers: raw text of any common input shape cut into blocks, each remembering where it came from.

Raw article text comes one block per line (``lines``), hard-wrapped at a fixed width (``wrapped``:
``lynx -dump``, wire feeds), as Markdown (``markdown``: HTML-to-Markdown converters) or as a
one-line dump (``oneline``), or is an HTML page (``html``, read from its DOM by
:mod:`~newsclean.readers.html`). :func:`read` detects the shape with a few linear scans
(:mod:`~newsclean.readers.detection`), or takes it from the caller, and the shape's reader makes
:class:`Block` objects: re-flowed paragraphs, Markdown read into its blocks (each with its kind)
and reduced to plain text, long single lines split into sentences. Each block names its first and
last input line and its character span in the text.

>>> shape, blocks = read("A wrapped paragraph that goes on\\nuntil the line is full and then it\\nends.\\n\\nShort\\n")
>>> shape
'lines'
>>> text = "# Storm closes harbour\\n\\n[Home](/) [News](/news)\\n\\nThe [port](http://p) said so.\\n"
>>> shape, blocks = read(text)
>>> shape, [(b.text, b.first, b.kind) for b in blocks]
('markdown', [('Storm closes harbour', 1, 'heading'), ('Home | News', 3, 'links'), ('The port said so.', 5, 'text')])
>>> [text[b.start : b.end] for b in blocks][1]
'[Home](/) [News](/news)'
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsclean.readers.detection import is_html, shape_of
from newsclean.readers.html import read_html
from newsclean.readers.lines import read_lines
from newsclean.readers.markdown import read_markdown
from newsclean.readers.oneline import read_oneline
from newsclean.readers.source import Block, Source
from newsclean.readers.wrapped import read_wrapped

Reader = Callable[[Source, bool], Iterator[Block]]
"""A reader: the blocks of a source, made one at a time (the flag: keep the inline Markdown of body text)."""

#: The reader of each input shape.
READERS: dict[str, Reader] = {
    "lines": read_lines,
    "wrapped": read_wrapped,
    "markdown": read_markdown,
    "oneline": read_oneline,
    "html": read_html,
}
#: The shapes :func:`read` knows; ``clean(shape=...)`` takes one of them (or None to detect).
SHAPES = tuple(READERS)

__all__ = ["READERS", "SHAPES", "Block", "Reader", "Source", "blocks", "is_html", "read", "shape_of"]


def blocks(text: str, shape: str | None = None, *, keep_markup: bool = False) -> tuple[str, Iterator[Block]]:
    """The shape of ``text`` (detected unless given) and its blocks, made as they are read.

    >>> shape, found = blocks("one\\ntwo")
    >>> shape, next(found)
    ('lines', Block(text='one', first=1, last=1, start=0, end=3, kind='text', level=0))
    """
    source = Source(text)
    if shape is None:
        shape = shape_of(source)
    elif shape not in READERS:
        raise ValueError(f"unknown shape {shape!r}; shapes: {', '.join(SHAPES)}")
    return shape, READERS[shape](source, keep_markup)


def read(text: str, shape: str | None = None, *, keep_markup: bool = False) -> tuple[str, list[Block]]:
    """Detect (or take) the shape of ``text`` and cut it into blocks (see :func:`blocks`).

    ``keep_markup`` keeps the inline Markdown of body text (links, emphasis) instead of plain text.

    >>> read("one\\ntwo", shape="lines")[1][1]
    Block(text='two', first=2, last=2, start=4, end=7, kind='text', level=0)
    """
    shape, found = blocks(text, shape, keep_markup=keep_markup)
    return shape, list(found)
