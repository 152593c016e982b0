"""Input-shape detection: which reader a text needs, from a few linear scans of its lines.

>>> from newsclean.readers.source import Source
>>> shape_of(Source("x " * 1000)), shape_of(Source("Short\\nlines\\nonly"))
('oneline', 'lines')
"""

from __future__ import annotations

import re

from newsclean.readers.source import Source
from newsclean.readers.wrapped import width_of

#: A line that starts like Markdown: a heading, a bullet, a quote (each "](" of a link counts too).
_MD_LINE_SIGNAL = re.compile(r"#{1,6} |[*+-] |> ")
#: A page's opening tag: a doctype, ``<html>``, ``<head>``, ``<body>``, or what only a page's head holds.
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|script|style|link)[\s>/]", re.IGNORECASE)
#: The tags that make a text HTML when they are dense: structure no sentence about markup holds many of.
_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|table|tr|td|section|article|span|a|br|img)\b[^<>]{0,2000}>", re.I)
#: How many characters of the start :func:`is_html` reads (the opening) and counts tags in (the density).
_HTML_PEEK = 2048
_DENSITY_PEEK = 20000
#: A single line at least this long, in a text of at most a few lines, is a one-line dump.
_DUMP_CHARS = 1500


def is_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than text that mentions tags: it opens like a page
    (a doctype, ``<html>``, ``<head>``, ``<body>``, a script or style sheet), or it starts with a tag and the
    block tags of its start are dense (at least 8, and one per 150 characters).

    >>> is_html("<!DOCTYPE html><html><body><p>The port closed.</p></body></html>")
    True
    >>> is_html("<div><p>One.</p><p>Two.</p><ul><li>a</li><li>b</li></ul><p>Three.</p></div>")
    True
    >>> is_html("Use <b> for bold and wrap it in a <div> before the <p> tag.")
    False
    """
    if _HTML_START.match(_opening(text[:_HTML_PEEK])):
        return True
    if text.lstrip()[:1] != "<":
        return False
    sample = text[:_DENSITY_PEEK]
    tags = len(_BLOCK_TAG.findall(sample))
    return tags >= 8 and tags * 150 >= len(sample)


def _opening(head: str) -> str:
    """``head`` from its first tag that is no comment and no ``<?xml ...?>`` declaration.

    >>> _opening(" <!-- saved --> <?xml version='1.0'?><html>")
    '<html>'
    """
    while True:
        head = head.lstrip().lstrip("\ufeff").lstrip()
        close = "-->" if head.startswith("<!--") else ">" if head.startswith("<?") else ""
        if not close:
            return head
        end = head.find(close)
        if end < 0:
            return ""
        head = head[end + len(close) :]


def shape_of(source: Source) -> str:
    """The shape of the text: ``html``, ``oneline``, ``markdown``, ``wrapped`` or ``lines``.

    >>> shape_of(Source("# Storm\\n\\n* [Home](/)\\n* [News](/news)\\n\\nThe [port](/p) closed."))
    'markdown'
    """
    if is_html(source.text):
        return "html"
    lines = [line for line in source.lines if line]
    if not lines:
        return "lines"
    if len(lines) <= 3 and max(map(len, lines)) >= _DUMP_CHARS:
        return "oneline"
    signals = source.text.count("](") + sum(1 for line in lines if line[:1] in "#*+->" and _MD_LINE_SIGNAL.match(line))
    if signals >= 3 and signals >= 0.05 * len(lines):
        return "markdown"
    return "wrapped" if width_of(source) else "lines"
