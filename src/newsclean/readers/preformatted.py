"""Preformatted blocks in text of one block per line: code, a table, a shell session kept as written.

>>> sorted(preformatted(["Run it:", "", "$ make", "$ make install", "", "Done."]))
[3, 4]
"""

from __future__ import annotations

import re
from itertools import chain

from newsclean.prose import FULL_STOPS

#: A text whose blocks are parted by blank lines has at least this many blocks of one line.
_PARTED = 2
#: A mark of code: a bracket, an operator, a prompt, a path, a line that ends in a comma or a colon.
_CODE_MARK = re.compile(r"[{}\[\]()=<>;$#|_\\/*]|[:,]\Z")


def preformatted(stripped: list[str]) -> set[int]:
    """The numbers of the lines in preformatted blocks: where blank lines part the blocks of a text
    (at least ``_PARTED`` blocks are one line each), lines with no blank line between them are one
    block kept as written (a ``<pre>`` element: code, a table, a shell session) when it reads as
    such (see :func:`kept_as_written`).

    >>> preformatted(["Home", "News", "", "The story."])
    set()
    """
    blocks: list[tuple[int, int]] = []  # (start, end) of each block of several lines, 0-based
    single = start = 0
    for end, line in enumerate(chain(stripped, ("",))):
        if line:
            continue
        if end - start == 1:
            single += 1
        elif end - start > 1:
            blocks.append((start, end))
        start = end + 1
    if single < _PARTED:
        return set()
    kept = [range(start + 1, end + 1) for start, end in blocks if kept_as_written(stripped[start:end])]
    return {number for block in kept for number in block}


def kept_as_written(block: list[str]) -> bool:
    """Whether lines with no blank line between them read as preformatted text: some line has a mark
    of code (a bracket, an operator, a path, a line ending in a comma or a colon; a menu of plain
    words has none), and fewer than half of them end like sentences.

    >>> kept_as_written(["SELECT status,", "count(*)", "FROM logs"])
    True
    >>> kept_as_written(["Home", "World news", "Arts & Culture"])
    False
    >>> kept_as_written(["By Jane Doe", "March 3, 2024"])
    False
    >>> kept_as_written(["The port closed on Monday.", "It reopens on Friday (the city said)."])
    False
    """
    if not any(_CODE_MARK.search(text) for text in block):
        return False
    return 2 * sum(1 for text in block if text[-1] in FULL_STOPS) < len(block)
