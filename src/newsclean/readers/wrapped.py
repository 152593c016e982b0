"""Hard-wrapped text (``lynx -dump``, wire feeds): lines joined back into the paragraphs they were cut from.

>>> from newsclean.readers.source import Source
>>> text = "The port closed on Monday as the storm\\nreached the coast.\\n\\nShort line\\n"
>>> [(b.text, b.first, b.last, b.start, b.end) for b in read_wrapped(Source(text))]
[('The port closed on Monday as the storm reached the coast.', 1, 2, 0, 57), ('Short line', 4, 4, 59, 69)]
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.prose import WRAPPED_SENTENCE_END
from newsclean.readers.source import Block, Source
from newsclean.scripts import closed_up


def wrap_width(lines: list[str]) -> int:
    """The dominant line width of non-blank ``lines`` when the text is hard-wrapped, else 0.

    Hard-wrapped text has many lines just under one width (ragged right) and almost none over it.

    >>> wrap_width(["Short", "lines", "only"])
    0
    """
    lengths = [len(line) for line in lines]
    long = [n for n in lengths if n >= 30]
    if len(long) < 8:
        return 0
    width = sorted(long)[int(len(long) * 0.95)]
    if width > 120 or sum(n > width + 2 for n in lengths) > 0.03 * len(lengths):
        return 0
    if width < 40:
        return 0
    near = [line for line in lines if width - 20 <= len(line) <= width]
    # Wrapping breaks lines mid-sentence: most full lines do not end like a sentence.
    open_ended = sum(line[-1] not in WRAPPED_SENTENCE_END for line in near)
    return width if len(near) >= 0.45 * len(long) and open_ended >= 0.5 * len(near) else 0


def width_of(source: Source) -> int:
    """The :func:`wrap_width` of the source's non-blank lines, measured once (detection and the reader ask).

    >>> source = Source("Short\\nlines")
    >>> width_of(source), source.wrap_width
    (0, 0)
    """
    if source.wrap_width is None:
        source.wrap_width = wrap_width([line for line in source.lines if line])
    return source.wrap_width


def broken_word(text: str) -> bool:
    """Whether ``text`` ends in a hyphen that wrapping broke a word at (not a dash, not a lone hyphen).

    >>> broken_word("well-"), broken_word("closed -"), broken_word("-")
    (True, False, False)
    """
    return text[-1] == "-" and len(text) > 1 and text[-2] not in " -"


def join(parts: list[str]) -> str:
    """Wrapped lines joined by a space, except after a hyphen that wrapping broke a word at, and between
    two characters of Chinese or Japanese text (see :func:`newsclean.scripts.closed_up`).

    >>> join(["A well-", "known port closed -", "for now."]), join(["厦门港周一", "起停航。"])
    ('A well-known port closed - for now.', '厦门港周一起停航。')
    """
    text = parts[0]
    for part in parts[1:]:
        text += part if broken_word(text) or closed_up(text[-1], part[0]) else " " + part
    return text


def _joinable(previous: str, following: str, width: int) -> bool:
    """Whether ``previous`` was broken only because the next word did not fit in ``width`` (Chinese and
    Japanese text breaks after any character: its next word is one)."""
    if not following:
        return False
    next_word = following[0] if closed_up(previous[-1], following[0]) else following.split(" ", 1)[0]
    return len(previous) + 1 + len(next_word) > width - 2


def read_wrapped(source: Source, keep_markup: bool = False) -> Iterator[Block]:
    """Wrapped lines joined into paragraphs; a line that ends short ends its paragraph.

    The width is the text's wrap width, or when the shape was forced on text that does not look
    wrapped, its longest line. The source is spent (see :meth:`Source.numbered`).
    """
    width = width_of(source) or max(map(len, source.lines), default=0)
    parts: list[str] = []
    first = last = start = end = 0
    for number, line, line_start, line_end in source.numbered(spend=True):
        if parts and not _joinable(parts[-1], line, width):
            yield Block(join(parts), first, last, start, end)
            parts = []
        if line:
            if not parts:
                first, start = number, line_start
            parts.append(line)
            last, end = number, line_end
    if parts:
        yield Block(join(parts), first, last, start, end)
