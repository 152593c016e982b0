"""One-line dumps: a page on one line (or a few), cut into groups of sentences.

>>> from newsclean.readers.source import Source
>>> text = "Home | News | " + "The port closed on Monday as the storm reached the coast. " * 8
>>> blocks = list(read_oneline(Source(text)))
>>> [(b.text[:20], b.first, b.start, b.end) for b in blocks][:3]
[('Home', 1, 0, 4), ('News', 1, 7, 11), ('The port closed on M', 1, 14, 129)]
>>> all(text[b.start : b.end] == b.text for b in blocks)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsclean.prose import CLOSING_QUOTES, FULL_STOPS
from newsclean.readers.source import Block, Source

_STOPS, _QUOTES = re.escape(FULL_STOPS), re.escape(CLOSING_QUOTES)

#: Where a one-line dump breaks: white space after a sentence or a separator, or before a separator
#: (read from the start of the white space only: every branch starts after a lookbehind).
_SENTENCE_SPLIT = re.compile(
    rf"(?:(?<=[{_STOPS}])|(?<=[{_STOPS}][{_QUOTES}]))\s+(?=[\"'“‘«(]?[A-ZÀ-ÖØ-Þ0-9])|(?<!\s)\s++(?=[|•·]\s)|(?<=[|•·])\s+"
)
#: One-line dump pieces are gathered up to this length, so short fragments do not become blocks.
_DUMP_PIECE = 400
#: How a sentence ends (a piece of 80 characters or more ends after one): a full stop, perhaps quoted.
_CLOSED = frozenset(FULL_STOPS + CLOSING_QUOTES)
_SEPARATORS = "|•·"


def read_oneline(source: Source, keep_markup: bool = False) -> Iterator[Block]:
    """Each long line cut into sentence groups of a few hundred characters, all naming that line;
    a line shorter than a group is one block. The source is spent (see :meth:`Source.numbered`)."""
    for number, line, start, end in source.numbered(spend=True):
        if not line:
            continue
        if len(line) < _DUMP_PIECE:
            yield Block(line, number, number, start, end)
            continue
        for text, (piece_start, piece_end) in _pieces(line):
            yield Block(text, number, number, start + piece_start, start + piece_end)


def _sentences(line: str) -> Iterator[tuple[str, int]]:
    """The parts of ``line`` between its sentence breaks (as ``_SENTENCE_SPLIT.split`` gives them), each
    with its offset in the line."""
    at = 0
    for found in _SENTENCE_SPLIT.finditer(line):
        yield line[at : found.start()], at
        at = found.end()
    yield line[at:], at


def _pieces(line: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """The sentence groups of ``line``, each with its span in the line.

    A group ends after a sentence once it is 80 characters long, at 400 characters, or after a
    separator (which it loses: "Home |" is the block "Home").

    >>> [(text[:16], span) for text, span in _pieces("Home | News | " + "The story goes on. " * 24)][:4]
    [('Home', (0, 4)), ('News', (7, 11)), ('The story goes o', (14, 108)), ('The story goes o', (109, 203))]
    """
    parts: list[tuple[str, int]] = []  # the group's sentences and their offsets
    piece = ""
    for sentence, at in _sentences(line):
        if not sentence:
            continue
        ends = sentence[-1] in _CLOSED
        piece = f"{piece} {sentence}" if piece else sentence
        parts.append((sentence, at))
        if (len(piece) >= 80 and ends) or len(piece) >= _DUMP_PIECE or sentence[-1] in _SEPARATORS:
            text = piece.rstrip(" " + _SEPARATORS) or piece
            yield text, _span(parts, len(text))
            piece, parts = "", []
    if piece:
        yield piece, _span(parts, len(piece))


def _span(parts: list[tuple[str, int]], length: int) -> tuple[int, int]:
    """The span in the line of the first ``length`` characters of the sentences of ``parts`` joined by
    spaces (the line may part them with other white space)."""
    joined = 0  # where each sentence starts in the joined text
    for sentence, at in parts:
        if length <= joined + len(sentence):
            return parts[0][1], at + length - joined
        joined += len(sentence) + 1
    return parts[0][1], parts[-1][1] + len(parts[-1][0])  # not reached: ``length`` is at most the joined length
