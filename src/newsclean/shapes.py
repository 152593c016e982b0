"""Input shapes: turn raw text of any common shape into blocks, each remembering its input lines.

Raw article text comes one block per line, hard-wrapped at a fixed width (``lynx -dump``, wire
feeds), as Markdown (HTML-to-Markdown converters) or as a one-line dump. :func:`read` detects the
shape with a few linear scans (or takes it from the caller) and returns :class:`Block` objects:
re-flowed paragraphs, Markdown read into its blocks (each with its kind) and reduced to plain
text, long single lines split into sentences.

>>> shape, blocks = read("A wrapped paragraph that goes on\\nuntil the line is full and then it\\nends.\\n\\nShort\\n")
>>> shape
'lines'
>>> shape, blocks = read("# Storm closes harbour\\n\\n[Home](/) [News](/news)\\n\\nThe [port](http://p) said so.\\n")
>>> shape, [(b.text, b.first, b.kind) for b in blocks]
('markdown', [('Storm closes harbour', 1, 'heading'), ('Home | News', 3, 'links'), ('The port said so.', 5, 'text')])
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain
from typing import NamedTuple

#: The shapes :func:`read` knows; ``clean(shape=...)`` takes one of them (or None to detect).
SHAPES = ("lines", "wrapped", "markdown", "oneline")

_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
#: A link or image: its text (one pair of brackets may nest in it), its URL and an optional title
#: (without a quotation mark in it: an unclosed title ends at the next one, not at the line's end).
_MD_LINK = re.compile(
    r"!?\[([^\[\]\n]*(?:\[[^\[\]\n]*\][^\[\]\n]*)?)\]\(\s*+[^()\s]*(?:\([^()\s]*\)[^()\s]*)?(?:\s*\"[^\"\n]*+\")?\s*\)"
)
_MD_HEADING = re.compile(r"#{1,6}\s+")
_MD_BULLET = re.compile(r"(?:[*+-]|\d{1,3}[.)])\s+")
#: An image (its alt text in group 1, without brackets: an attempt at each "![" stops at the next one)
#: and a link without text (what is left of a linked image).
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)?\)")
_MD_EMPTY_LINK = re.compile(r"\[\s*\]\([^()\n]*\)")
_SEPARATORS = " |•·,-–*[]()"
#: Emphasis and code markers, each a pair around text (see :func:`_unemphasised`), the longest first.
_MD_MARKS = ("**", "__", "*", "`")
_MD_RULE = re.compile(r"[-*_](?:[ \t]?[-*_]){2,}")
#: A line that starts like Markdown: a heading, a bullet, a quote (each "](" of a link counts too).
_MD_LINE_SIGNAL = re.compile(r"#{1,6} |[*+-] |> ")
_MD_STRUCTURAL = re.compile(r"#{1,6}\s|(?:[*+-]|\d{1,3}[.)])\s|!\[|>|\||=+$|--+$")
#: The underline of a Setext heading (``=`` for level 1, ``-`` for level 2).
_MD_UNDERLINE = re.compile(r"=+|--+")
_MD_URLISH = re.compile(r"[\[\]]|\]\(|https?:|\w\.\w+/")
_MD_QUOTE = re.compile(r"(?:>\s?)+")
_MD_REF = re.compile(r"\s*\[[^\]\n]+\]:\s+\S+")
#: Where a one-line dump breaks: white space after a sentence or a separator, or before a separator
#: (read from the start of the white space only: every branch starts after a lookbehind).
_SENTENCE_SPLIT = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’»)]))\s+(?=[\"'“‘«(]?[A-ZÀ-ÖØ-Þ0-9])|(?<!\s)\s++(?=[|•·]\s)|(?<=[|•·])\s+"
)
#: A text whose blocks are parted by blank lines has at least this many blocks of one line.
_PARTED = 2
#: A mark of code: a bracket, an operator, a prompt, a path, a line that ends in a comma or a colon.
_CODE_MARK = re.compile(r"[{}\[\]()=<>;$#|_\\/*]|[:,]\Z")
#: A single line at least this long, in a text of at most a few lines, is a one-line dump.
_DUMP_CHARS = 1500
#: One-line dump pieces are gathered up to this length, so short fragments do not become blocks.
_DUMP_PIECE = 400
#: How a line that ends a sentence ends.
_SENTENCE_END = frozenset(".!?…:;\"'”’»)")
#: The narrowest and widest wrap widths :func:`_soft_width` considers.
_MIN_WIDTH, _MAX_WIDTH = 30, 160


class Block(NamedTuple):
    """A piece of the input the document model treats as one line (a tuple: cheap to make)."""

    text: str
    first: int
    """First input line (1-based)."""
    last: int
    """Last input line it came from (equal to ``first`` for a block of one line)."""
    kind: str = "text"
    """``text``, ``heading``, ``list_item``, ``image`` or ``links`` (a Markdown line of only links)."""
    level: int = 0
    """Heading level (1 for ``#``) when ``kind`` is ``heading``."""


def _stripped(text: str) -> list[str]:
    """Every input line stripped (blank lines as empty strings): line ``n`` is item ``n - 1``."""
    return [piece.strip().strip(_INVISIBLE).strip() for piece in text.splitlines()]


def _preformatted(stripped: list[str]) -> set[int]:
    """The numbers of the lines in preformatted blocks: where blank lines part the blocks of a text
    (at least ``_PARTED`` blocks are one line each), lines with no blank line between them are one
    block kept as written (a ``<pre>`` element: code, a table, a shell session) when it reads as
    such (see :func:`_kept_as_written`).

    >>> sorted(_preformatted(["Run it:", "", "$ make", "$ make install", "", "Done."]))
    [3, 4]
    >>> _preformatted(["Home", "News", "", "The story."])
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
    kept = [range(start + 1, end + 1) for start, end in blocks if _kept_as_written(stripped[start:end])]
    return {number for block in kept for number in block}


def _kept_as_written(block: list[str]) -> bool:
    """Whether lines with no blank line between them read as preformatted text: some line has a mark
    of code (a bracket, an operator, a path, a line ending in a comma or a colon; a menu of plain
    words has none), and fewer than half of them end like sentences.

    >>> _kept_as_written(["SELECT status,", "count(*)", "FROM logs"])
    True
    >>> _kept_as_written(["Home", "World news", "Arts & Culture"])
    False
    >>> _kept_as_written(["By Jane Doe", "March 3, 2024"])
    False
    >>> _kept_as_written(["The port closed on Monday.", "It reopens on Friday (the city said)."])
    False
    """
    if not any(_CODE_MARK.search(text) for text in block):
        return False
    return 2 * sum(1 for text in block if text[-1] in ".!?") < len(block)


def detect(text: str) -> str:
    """The shape of ``text``: ``oneline``, ``markdown``, ``wrapped`` or ``lines``.

    >>> detect("x " * 1000)
    'oneline'
    >>> detect("Short\\nlines\\nonly")
    'lines'
    """
    return _shape(_stripped(text), text)


def _shape(stripped: list[str], text: str) -> str:
    lines = [line for line in stripped if line]
    if not lines:
        return "lines"
    if len(lines) <= 3 and max(map(len, lines)) >= _DUMP_CHARS:
        return "oneline"
    signals = text.count("](") + sum(1 for line in lines if line[:1] in "#*+->" and _MD_LINE_SIGNAL.match(line))
    if signals >= 3 and signals >= 0.05 * len(lines):
        return "markdown"
    return "wrapped" if _wrap_width(lines) else "lines"


def _wrap_width(lines: list[str]) -> int:
    """The dominant line width when the text is hard-wrapped, else 0.

    Hard-wrapped text has many lines just under one width (ragged right) and almost none over it.
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
    open_ended = sum(line[-1] not in ".!?…:;\"'”’»)" for line in near)
    return width if len(near) >= 0.45 * len(long) and open_ended >= 0.5 * len(near) else 0


def _md_width(lengths: list[int]) -> int:
    """The width a converter wrapped Markdown at: the densest band of line lengths with few just above it.

    Converters leave some lines unwrapped (tables, long words), so outliers above the width are allowed.
    """
    counts = [0] * 122
    for n in lengths:
        if n <= 121:
            counts[n] += 1
    best, score = 0, 0
    for width in range(40, 121):
        below = sum(counts[width - 12 : width + 1])
        above = sum(counts[width + 1 : width + 13])
        if below - 3 * above > score:
            best, score = width, below - 3 * above
    return best if score >= 8 else 0


def _joinable(previous: str, following: str, width: int) -> bool:
    """Whether ``previous`` was broken only because the next word did not fit in ``width``."""
    if not following:
        return False
    next_word = following.split(" ", 1)[0]
    return len(previous) + 1 + len(next_word) > width - 2


def _join(parts: list[str], markdown: bool = False) -> str:
    """Wrapped lines joined by a space, except after a hyphen that wrapping broke a word at.

    In Markdown, a line that ends inside a link's URL (a converter broke it) joins without a space.
    """
    text = parts[0]
    for part in parts[1:]:
        broken = text[-1] == "-" and len(text) > 1 and text[-2] not in " -"
        text += part if broken or (markdown and _in_target(text)) else " " + part
    return text


def _in_target(text: str) -> bool:
    """Whether Markdown ``text`` ends inside the URL of a link (the last 2,000 characters are read)."""
    target = text.rfind("](", max(0, len(text) - 2000))
    return target >= 0 and text.find(")", target + 2) < 0


def _open_link(parts: list[str]) -> bool:
    """Whether the Markdown gathered so far ends inside a link (wrapping broke its text or URL)."""
    text = parts[-1] if len(parts) == 1 else " ".join(parts[-3:])
    if text.count("[") > text.count("]"):
        return True
    target = text.rfind("](")
    return target >= 0 and text.find(")", target + 2) < 0


def _reflow(numbered: list[tuple[int, str]], width: int) -> list[Block]:
    """Join wrapped lines into paragraphs; a line that ends short ends its paragraph."""
    blocks: list[Block] = []
    parts: list[str] = []
    first = last = 0
    for number, line in numbered:
        if parts and not _joinable(parts[-1], line, width):
            blocks.append(Block(_join(parts), first, last))
            parts = []
        if line:
            if not parts:
                first = number
            parts.append(line)
            last = number
    if parts:
        blocks.append(Block(_join(parts), first, last))
    return blocks


def _split_dump(numbered: list[tuple[int, str]]) -> list[Block]:
    """Cut each long line into sentence groups of a few hundred characters, all naming that line."""
    blocks: list[Block] = []
    for number, line in numbered:
        if not line:
            continue
        if len(line) < _DUMP_PIECE:
            blocks.append(Block(line, number, number))
            continue
        piece = ""
        for sentence in _SENTENCE_SPLIT.split(line):
            if not sentence:
                continue
            ends = sentence[-1] in ".!?…\"'”’»)"
            piece = f"{piece} {sentence}" if piece else sentence
            if (len(piece) >= 80 and ends) or len(piece) >= _DUMP_PIECE or sentence[-1] in "|•·":
                blocks.append(Block(piece.rstrip(" |•·") or piece, number, number))
                piece = ""
        if piece:
            blocks.append(Block(piece, number, number))
    return blocks


def _label(match: re.Match[str]) -> str:
    return match.group(1)


def _plain_inline(text: str) -> str:
    """Markdown inline markup dropped: link and image text kept, URLs and emphasis markers gone."""
    text = _MD_LINK.sub(_label, _MD_LINK.sub(_label, text))  # twice: an image inside a link
    return _unemphasised(text).replace("\\", "").strip()


def _unemphasised(text: str) -> str:
    """A block's text with each pair of emphasis or code markers dropped, the text between kept.

    The same as ``re.sub(r"(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1", r"\\2", text)`` (a block is one
    line): from the leftmost marker that a non-space follows to the first same marker that follows a
    non-space, but in linear time, where that pattern reads from every marker without a closing one
    to the end of the text.

    >>> _unemphasised("**Bold**, *it* and `x`, but 2 * 3 and a *b")
    'Bold, it and x, but 2 * 3 and a *b'
    """
    if "*" not in text and "_" not in text and "`" not in text:
        return text
    found = {mark: _positions(text, mark) for mark in _MD_MARKS}
    closing = {mark: [at for at in spots if at and not text[at - 1].isspace()] for mark, spots in found.items()}
    parts, done = [], 0
    for at in sorted(set().union(*found.values())):
        if at < done:
            continue
        for mark in _MD_MARKS:
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


def _soft_width(pairs: list[tuple[int, int, bool]]) -> int:
    """The width Markdown was wrapped at, read from its soft line breaks; 0 when it was not wrapped.

    Each pair is (length of a line, that length plus one plus the next line's first word, whether
    the line ends like a sentence): a line wrapped at width ``w`` has ``length <= w < length + 1 +
    word``. The smallest width that most breaks agree with wins, if wrapping explains them: most
    of them fall inside sentences. Unwrapped Markdown (single newlines between blocks) has none.

    >>> _soft_width([(70, 80, False), (75, 82, False), (77, 79, True)])
    77
    >>> _soft_width([(101, 109, True), (93, 103, True)]), _soft_width([(300, 305, False), (45, 50, False)])
    (0, 0)
    """
    counts = [0] * (_MAX_WIDTH + 2)
    for low, high, _ in pairs:
        if low <= _MAX_WIDTH and high > _MIN_WIDTH:
            counts[max(low, _MIN_WIDTH)] += 1
            counts[min(high, _MAX_WIDTH + 1)] -= 1
    best, agree, running = 0, 0, 0
    for width in range(_MAX_WIDTH + 1):
        running += counts[width]
        if width >= _MIN_WIDTH and running > agree:
            best, agree = width, running
    if agree < 2 or agree < 0.5 * len(pairs):
        return 0
    closed = sum(ends for low, high, ends in pairs if low <= best < high)
    return best if closed < 0.5 * agree else 0


def _hard_break(raw: str) -> bool:
    """Whether a Markdown line ends in a hard line break (two spaces or a backslash): a ``<br>``."""
    end = raw.rstrip("\r\n")
    return end.endswith("  ") or end.endswith("\\") or end.endswith("\t")


def _md_reflow(raw: list[str], stripped: list[str]) -> list[Block]:
    """Markdown lines joined into its blocks the way a Markdown reader does.

    A blank line, a hard break or a line that opens a block (heading, bullet, table row, image,
    the start or end of a quote) ends a block; a soft break joins the lines when the Markdown was
    wrapped and the next word would not have fitted, or when a link is still open. Quote markers
    are read off every line of a quote, so a quoted paragraph joins like any other.
    """
    quoted = [line[:1] == ">" for line in stripped]
    content = [_MD_QUOTE.sub("", line) if q else line for line, q in zip(stripped, quoted, strict=True)]
    ends = [_hard_break(line) for line in raw]
    opens = [bool(line) and _MD_STRUCTURAL.match(line) is not None for line in content]
    lengths = [len(line.rstrip()) for line in raw]
    words = [line.split(" ", 1)[0] for line in content]
    # The width is read from breaks before plain words: a link or URL is long enough to follow any line.
    pairs = [
        (lengths[i], lengths[i] + 1 + len(words[i + 1]), content[i][-1] in _SENTENCE_END)
        for i in range(len(content) - 1)
        if content[i]
        and content[i + 1]
        and not ends[i]
        and not opens[i + 1]
        and quoted[i] == quoted[i + 1]
        and not _MD_URLISH.search(words[i + 1])
    ]
    # Failing that (paragraphs that follow each other without a blank line), the densest band of line lengths.
    width = _soft_width(pairs) or _md_width([len(line) for line in content if line and not _MD_URLISH.search(line)])
    blocks: list[Block] = []
    parts: list[str] = []
    first = last = 0
    for i, line in enumerate(content):
        if parts:
            j = last - 1
            joined = (
                bool(line)
                and quoted[i] == quoted[j]
                and (
                    _open_link(parts)
                    or (
                        not ends[j]
                        and not opens[i]
                        and (
                            (width > 0 and lengths[j] + 1 + len(words[i]) > width - 2)
                            # or a long line stops mid-sentence and the next line goes on in lower case
                            or (lengths[j] >= _MIN_WIDTH and content[j][-1] not in _SENTENCE_END and line[0].islower())
                        )
                    )
                )
            )
            if not joined:
                blocks.append(Block(_join(parts, markdown=True), first, last))
                parts = []
        if line:
            if not parts:
                first = i + 1
            parts.append(line)
            last = i + 1
        elif stripped[i]:  # a bare quote marker: a blank line inside the quote, still an input line
            blocks.append(Block(stripped[i], i + 1, i + 1))
    if parts:
        blocks.append(Block(_join(parts, markdown=True), first, last))
    return blocks


def _markdown(raw: list[str], stripped: list[str], keep_markup: bool) -> list[Block]:
    """Markdown read into blocks (see :func:`_md_reflow`), each with its kind and plain text.

    A block that shows no text once its markup is gone is an ``image`` (an image, or a linked
    image, with or without alt text) or a ``rule`` (a rule, a link reference, a bare marker, the
    underline of a Setext heading).
    """
    blocks: list[Block] = []
    for block in _md_reflow(raw, stripped):
        text, kind, level = block.text, "text", 0
        above = blocks[-1] if blocks else None
        if _MD_UNDERLINE.fullmatch(text) and above and above.kind == "text" and above.last == block.first - 1:
            # a Setext heading: the text above is underlined with = (level 1) or - (level 2)
            blocks[-1] = above._replace(kind="heading", level=1 if text[0] == "=" else 2)
            blocks.append(Block(text, block.first, block.last, "rule"))
            continue
        if heading := _MD_HEADING.match(text):
            level = heading.group().strip().count("#")
            text, kind = text[heading.end() :].rstrip("# ").strip(), "heading"
        elif bullet := _MD_BULLET.match(text):
            text, kind = text[bullet.end() :], "list_item"
        bare = _MD_EMPTY_LINK.sub("", _MD_IMAGE.sub("", text))
        if "![" in text and not bare.strip(_SEPARATORS):
            kind, plain = "image", _plain_inline(text)
        elif _MD_RULE.fullmatch(block.text) or (_MD_REF.match(text) and text.count(" ") <= 2):
            kind, plain = "rule", ""
        elif (links := _MD_LINK.findall(bare)) and not _MD_LINK.sub("", bare).strip(_SEPARATORS):
            # only links: navigation evidence, unless a heading (a blog's headline links to its post)
            kind = "links" if kind != "heading" else kind
            plain = " | ".join(label.strip() for label in links if label.strip())
        else:
            plain = text if keep_markup and kind in ("text", "list_item") else _plain_inline(text)
        if kind != "image" and not any(ch.isalnum() for ch in plain):
            kind = "rule"  # bare markup: an empty heading, a lone bullet or separator, an empty link
        blocks.append(Block(plain or block.text, block.first, block.last, kind, level))
    return blocks


def read(text: str, shape: str | None = None, *, keep_markup: bool = False) -> tuple[str, list[Block]]:
    """Detect (or take) the shape of ``text`` and cut it into blocks.

    ``keep_markup`` keeps the inline Markdown of body text (links, emphasis) instead of plain text.

    >>> read("one\\ntwo", shape="lines")[1][1]
    Block(text='two', first=2, last=2, kind='text', level=0)
    """
    stripped = _stripped(text)
    if shape is None:
        shape = _shape(stripped, text)
    elif shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; shapes: {', '.join(SHAPES)}")
    if shape == "lines":  # the common shape: no (number, line) pairs, which pages of tiny lines pay for
        pre = _preformatted(stripped)
        return shape, [
            Block(line, n, n, "pre" if n in pre else "text") for n, line in enumerate(stripped, start=1) if line
        ]
    numbered = list(enumerate(stripped, start=1))
    if shape == "markdown":
        return shape, _markdown(text.splitlines(), stripped, keep_markup)
    if shape == "oneline":
        return shape, _split_dump(numbered)
    lines = [line for line in stripped if line]
    width = _wrap_width(lines) or max(map(len, lines), default=0)  # forced: the longest line
    if width:
        return shape, _reflow(numbered, width)
    return shape, [Block(line, n, n) for n, line in numbered if line]
