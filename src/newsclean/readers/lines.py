"""The common shape: one block per non-blank line, lines of preformatted blocks marked ``pre``.

>>> from newsclean.readers.source import Source
>>> blocks = read_lines(Source("Run it:\\n\\n$ make\\n$ make all\\n\\nDone."))
>>> [(b.text, b.first, b.start, b.end, b.kind) for b in blocks]  # doctest: +NORMALIZE_WHITESPACE
[('Run it:', 1, 0, 7, 'text'), ('$ make', 3, 9, 15, 'pre'), ('$ make all', 4, 16, 26, 'pre'),
 ('Done.', 6, 28, 33, 'text')]
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import accumulate, count

from newsclean.readers.preformatted import preformatted
from newsclean.readers.source import Block, Source


def read_lines(source: Source, keep_markup: bool = False) -> Iterator[Block]:
    """Each non-blank line as a block, made a chunk at a time (pages of tiny lines never hold them all); the
    source is spent (see :meth:`Source.chunks`)."""
    pre = preformatted(source.lines)
    make = tuple.__new__  # Block(...) without its keyword handling: a third of the cost on pages of tiny lines
    if not source.plain():
        for number, line, start, end in source.numbered(spend=True):
            if line:
                yield make(Block, (line, number, number, start, end, "pre" if number in pre else "text", 0, None, None))
        return
    number, at = 1, 0  # the first line of the chunk, and where it starts
    for chunk in source.chunks(spend=True):
        # Where each line starts, summed in C: a line starts one character after the one before it ends.
        starts = accumulate(map((1).__add__, map(len, chunk)), initial=at)
        yield from [
            make(Block, (line, n, n, start, start + len(line), "pre" if n in pre else "text", 0, None, None))
            for n, line, start in zip(count(number), chunk, starts)
            if line
        ]
        number += len(chunk)
        at += sum(map(len, chunk)) + len(chunk)
