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
#: A single line at least this long, in a text of at most a few lines, is a one-line dump.
_DUMP_CHARS = 1500


def shape_of(source: Source) -> str:
    """The shape of the text: ``oneline``, ``markdown``, ``wrapped`` or ``lines``.

    >>> shape_of(Source("# Storm\\n\\n* [Home](/)\\n* [News](/news)\\n\\nThe [port](/p) closed."))
    'markdown'
    """
    lines = [line for line in source.lines if line]
    if not lines:
        return "lines"
    if len(lines) <= 3 and max(map(len, lines)) >= _DUMP_CHARS:
        return "oneline"
    signals = source.text.count("](") + sum(1 for line in lines if line[:1] in "#*+->" and _MD_LINE_SIGNAL.match(line))
    if signals >= 3 and signals >= 0.05 * len(lines):
        return "markdown"
    return "wrapped" if width_of(source) else "lines"
