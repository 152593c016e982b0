"""What every reader starts from (:class:`Source`) and what it makes (:class:`Block`).

>>> source = Source("  Storm closes harbour\\r\\n\\n The port closed.")
>>> source.lines
['Storm closes harbour', '', 'The port closed.']
>>> [(number, line, source.text[start:end]) for number, line, start, end in source.numbered()]
[(1, 'Storm closes harbour', 'Storm closes harbour'), (2, '', ''), (3, 'The port closed.', 'The port closed.')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from newsclean.readers.html_evidence import Evidence

#: Characters that show nothing: stripped from the ends of a line like white space.
INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
#: Where :meth:`str.splitlines` breaks a text (``\r\n`` is one break).
_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
#: What :func:`strip` takes off the start of a line (white space, invisible characters, white space).
_LEAD = re.compile(rf"\s*+[{INVISIBLE}]*+\s*+")
#: How many lines :meth:`Source.chunks` hands over at a time.
_CHUNK = 1024


class Block(NamedTuple):
    """A piece of the input the document model treats as one line (a tuple: cheap to make).

    >>> Block("Storm", 1, 1, 2, 7)
    Block(text='Storm', first=1, last=1, start=2, end=7, kind='text', level=0)
    """

    text: str
    first: int
    """First input line (1-based)."""
    last: int
    """Last input line it came from (equal to ``first`` for a block of one line)."""
    start: int
    """Offset in the input text of the block's first character (markup included)."""
    end: int
    """Offset just after its last character: ``text[start:end]`` is what the block was read from."""
    kind: str = "text"
    """``text``, ``heading``, ``list_item``, ``image``, ``links`` (a Markdown line of only links), ``rule``
    (Markdown that shows no text) or ``pre`` (a line of a preformatted block)."""
    level: int = 0
    """Heading level (1 for ``#``) when ``kind`` is ``heading``."""
    element: str | None = None
    """HTML input: a short path to the element the block was read from (``article > div.body > p[3]``)."""
    evidence: Evidence | None = None
    """HTML input: what the markup says about the block (see :mod:`newsclean.readers.html_evidence`)."""

    def __repr__(self) -> str:
        """The fields, without the HTML ones when they are empty (the blocks of text)."""
        shown = self._asdict()
        if self.element is None and self.evidence is None:
            del shown["element"], shown["evidence"]
        return f"Block({', '.join(f'{key}={value!r}' for key, value in shown.items())})"


def strip(line: str) -> str:
    """A line without the white space and invisible characters around it.

    >>> strip(" \\u200b Storm \\ufeff")
    'Storm'
    """
    return line.strip().strip(INVISIBLE).strip()


class Source:
    """The input text and its lines stripped (see :func:`strip`), blank lines as empty strings: line
    ``n`` is ``lines[n - 1]``."""

    __slots__ = ("lines", "text", "wrap_width")

    def __init__(self, text: str) -> None:
        self.text = text
        self.wrap_width: int | None = None
        """The text's wrap width, once measured (see :func:`newsclean.readers.wrapped.width_of`)."""
        self.lines = [piece.strip().strip(INVISIBLE).strip() for piece in text.splitlines()]  # strip(), inlined

    def plain(self) -> bool:
        """Whether only ``"\\n"`` breaks the text and nothing was stripped: each character is in a line or a
        break, so a line starts one character after the one before it ends.

        >>> Source("one\\ntwo").plain(), Source("one\\r\\n two").plain()
        (True, False)
        """
        return sum(map(len, self.lines)) + self.text.count("\n") == len(self.text)

    def chunks(self, *, spend: bool = False) -> Iterator[list[str]]:
        """The lines in order, a list of at most ``_CHUNK`` at a time.

        ``spend`` lets go of each chunk as it is read (``lines`` shrinks to empty), so that a reader never
        holds the whole text twice (pages of tiny lines).

        >>> source = Source("a\\nb")
        >>> list(source.chunks(spend=True)), source.lines
        ([['a', 'b']], [])
        """
        lines = self.lines
        if not spend:
            yield from (lines[at : at + _CHUNK] for at in range(0, len(lines), _CHUNK))
            return
        lines.reverse()  # so that each chunk comes off the end of the list, in constant time per line
        while lines:
            chunk = lines[-_CHUNK:]
            del lines[-_CHUNK:]
            chunk.reverse()
            yield chunk

    def numbered(self, *, spend: bool = False) -> Iterator[tuple[int, str, int, int]]:
        """Each line as (number, stripped text, start, end): its number (1-based) and where it sits in the
        text (an empty span at the start of a blank line), computed as the lines are read; ``spend`` as in
        :meth:`chunks`.
        """
        text, at = self.text, 0  # at: where the line starts
        lines = (line for chunk in self.chunks(spend=spend) for line in chunk)
        # The numbers come from enumerate(), not an addition: a sum's int takes 4 bytes more, and each Line keeps one.
        if self.plain():
            for number, line in enumerate(lines, start=1):
                end = at + len(line)
                yield number, line, at, end
                at = end + 1
            return
        for number, line in enumerate(lines, start=1):
            start = at
            if line and (line[0] in INVISIBLE or not text.startswith(line, at)):  # something before it
                lead = _LEAD.match(text, at)  # it always matches (white space or not)
                start = lead.end() if lead else at
            end = start + len(line)
            yield number, line, start, end
            if text[end : end + 1] in _BREAKS:  # the line ends where its text does (the common case)
                at = end + 2 if text.startswith("\r\n", end) else end + 1
            else:
                found = _BREAK.search(text, end)
                at = found.end() if found else len(text)
