"""Markdown inside a block: links, images, emphasis and code markers, read off to plain text.

>>> plain_inline("The **port** [authority](http://port.example/a_(b)) said `so`.")
'The port authority said so.'
"""

from __future__ import annotations

import re
from bisect import bisect_left

#: A link or image: its text (one pair of brackets may nest in it), its URL and an optional title
#: (without a quotation mark in it: an unclosed title ends at the next one, not at the line's end).
LINK = re.compile(
    r"!?\[([^\[\]\n]*(?:\[[^\[\]\n]*\][^\[\]\n]*)?)\]\(\s*+[^()\s]*(?:\([^()\s]*\)[^()\s]*)?(?:\s*\"[^\"\n]*+\")?\s*\)"
)
#: Emphasis and code markers, each a pair around text (see :func:`unemphasised`), the longest first.
_MARKS = ("**", "__", "*", "`")


def _label(match: re.Match[str]) -> str:
    return match.group(1)


def plain_inline(text: str) -> str:
    """Markdown inline markup dropped: link and image text kept, URLs, emphasis markers and escapes gone.

    >>> plain_inline("[![Quay](/q.jpg)](/quay) *at* 2\\\\*3")
    'Quay at 2*3'
    """
    text = LINK.sub(_label, LINK.sub(_label, text))  # twice: an image inside a link
    return unemphasised(text).replace("\\", "").strip()


def unemphasised(text: str) -> str:
    """A block's text with each pair of emphasis or code markers dropped, the text between kept.

    The same as ``re.sub(r"(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1", r"\\2", text)`` (a block is one
    line): from the leftmost marker that a non-space follows to the first same marker that follows a
    non-space, but in linear time, where that pattern reads from every marker without a closing one
    to the end of the text.

    >>> unemphasised("**Bold**, *it* and `x`, but 2 * 3 and a *b")
    'Bold, it and x, but 2 * 3 and a *b'
    """
    if "*" not in text and "_" not in text and "`" not in text:
        return text
    found = {mark: _positions(text, mark) for mark in _MARKS}
    closing = {mark: [at for at in spots if at and not text[at - 1].isspace()] for mark, spots in found.items()}
    parts, done = [], 0
    for at in sorted(set().union(*found.values())):
        if at < done:
            continue
        for mark in _MARKS:
            start = at + len(mark)
            if not text.startswith(mark, at) or start >= len(text) or text[start].isspace():
                continue
            ends = closing[mark]
            end = bisect_left(ends, start + 1)
            if end < len(ends):
                parts += [text[done:at], text[start : ends[end]]]
                done = ends[end] + len(mark)
                break
    return "".join(parts) + text[done:]


def _positions(text: str, mark: str) -> list[int]:
    """Where ``mark`` starts in ``text``, overlaps included ("***" holds "**" at 0 and 1)."""
    found: list[int] = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found
