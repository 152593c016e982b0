"""Markdown (from HTML-to-Markdown converters): read into its blocks, each with its kind and plain text.

>>> from newsclean.readers.source import Source
>>> text = "# Storm closes harbour\\n\\n[Home](/) [News](/news)\\n\\nThe [port](http://p) said so.\\n"
>>> blocks = read_markdown(Source(text))
>>> [(b.text, b.first, b.kind, text[b.start : b.end]) for b in blocks]  # doctest: +NORMALIZE_WHITESPACE
[('Storm closes harbour', 1, 'heading', '# Storm closes harbour'),
 ('Home | News', 3, 'links', '[Home](/) [News](/news)'),
 ('The port said so.', 5, 'text', 'The [port](http://p) said so.')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsclean.prose import WRAPPED_SENTENCE_END
from newsclean.readers.inline import LINK, plain_inline
from newsclean.readers.source import Block, Source
from newsclean.readers.wrapped import broken_word

_HEADING = re.compile(r"#{1,6}\s+")
_BULLET = re.compile(r"(?:[*+-]|\d{1,3}[.)])\s+")
#: An image (its alt text in group 1, without brackets: an attempt at each "![" stops at the next one)
#: and a link without text (what is left of a linked image).
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)?\)")
_EMPTY_LINK = re.compile(r"\[\s*\]\([^()\n]*\)")
_SEPARATORS = " |•·,-–*[]()"
_RULE = re.compile(r"[-*_](?:[ \t]?[-*_]){2,}")
_STRUCTURAL = re.compile(r"#{1,6}\s|(?:[*+-]|\d{1,3}[.)])\s|!\[|>|\||=+$|--+$")
#: The underline of a Setext heading (``=`` for level 1, ``-`` for level 2).
_UNDERLINE = re.compile(r"=+|--+")
_URLISH = re.compile(r"[\[\]]|\]\(|https?:|\w\.\w+/")
_QUOTE = re.compile(r"(?:>\s?)+")
_REF = re.compile(r"\s*\[[^\]\n]+\]:\s+\S+")
#: The narrowest and widest wrap widths :func:`_soft_width` considers.
_MIN_WIDTH, _MAX_WIDTH = 30, 160


def read_markdown(source: Source, keep_markup: bool = False) -> Iterator[Block]:
    """Markdown read into blocks (see :func:`_reflow`), each with its kind and plain text.

    ``keep_markup`` keeps the inline Markdown of body text (links, emphasis). A block that shows no
    text once its markup is gone is an ``image`` (an image, or a linked image, with or without alt
    text) or a ``rule`` (a rule, a link reference, a bare marker, the underline of a Setext heading).
    """
    above: Block | None = None  # the block before, held back: an underline below makes it a heading
    for block in _reflow(source):
        text, kind, level = block.text, "text", 0
        if _UNDERLINE.fullmatch(text) and above and above.kind == "text" and above.last == block.first - 1:
            # a Setext heading: the text above is underlined with = (level 1) or - (level 2)
            yield above._replace(kind="heading", level=1 if text[0] == "=" else 2)
            above = block._replace(kind="rule")
            continue
        if heading := _HEADING.match(text):
            level = heading.group().strip().count("#")
            text, kind = text[heading.end() :].rstrip("# ").strip(), "heading"
        elif bullet := _BULLET.match(text):
            text, kind = text[bullet.end() :], "list_item"
        bare = _EMPTY_LINK.sub("", _IMAGE.sub("", text))
        if "![" in text and not bare.strip(_SEPARATORS):
            kind, plain = "image", plain_inline(text)
        elif _RULE.fullmatch(block.text) or (_REF.match(text) and text.count(" ") <= 2):
            kind, plain = "rule", ""
        elif (links := LINK.findall(bare)) and not LINK.sub("", bare).strip(_SEPARATORS):
            # only links: navigation evidence, unless a heading (a blog's headline links to its post)
            kind = "links" if kind != "heading" else kind
            plain = " | ".join(label.strip() for label in links if label.strip())
        else:
            plain = text if keep_markup and kind in ("text", "list_item") else plain_inline(text)
        if kind != "image" and not any(ch.isalnum() for ch in plain):
            kind = "rule"  # bare markup: an empty heading, a lone bullet or separator, an empty link
        if above is not None:
            yield above
        above = block._replace(text=plain or block.text, kind=kind, level=level)
    if above is not None:
        yield above


def _reflow(source: Source) -> Iterator[Block]:
    """Markdown lines joined into its blocks the way a Markdown reader does (the blocks' text still
    Markdown).

    A blank line, a hard break or a line that opens a block (heading, bullet, table row, image,
    the start or end of a quote) ends a block; a soft break joins the lines when the Markdown was
    wrapped and the next word would not have fitted, or when a link is still open. Quote markers
    are read off every line of a quote, so a quoted paragraph joins like any other.
    """
    stripped = source.lines
    raw = source.text.splitlines()
    quoted = [line[:1] == ">" for line in stripped]
    content = [_QUOTE.sub("", line) if q else line for line, q in zip(stripped, quoted, strict=True)]
    ends = [_hard_break(line) for line in raw]
    opens = [bool(line) and _STRUCTURAL.match(line) is not None for line in content]
    lengths = [len(line.rstrip()) for line in raw]
    del raw
    words = [line.split(" ", 1)[0] for line in content]
    # The width is read from breaks before plain words: a link or URL is long enough to follow any line.
    pairs = [
        (lengths[i], lengths[i] + 1 + len(words[i + 1]), content[i][-1] in WRAPPED_SENTENCE_END)
        for i in range(len(content) - 1)
        if content[i]
        and content[i + 1]
        and not ends[i]
        and not opens[i + 1]
        and quoted[i] == quoted[i + 1]
        and not _URLISH.search(words[i + 1])
    ]
    # Failing that (paragraphs that follow each other without a blank line), the densest band of line lengths.
    width = _soft_width(pairs) or _md_width([len(line) for line in content if line and not _URLISH.search(line)])
    parts: list[str] = []
    first = last = start = end = 0
    for (i, line), (_, _, line_start, line_end) in zip(enumerate(content), source.numbered(), strict=True):
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
                            or (
                                lengths[j] >= _MIN_WIDTH
                                and content[j][-1] not in WRAPPED_SENTENCE_END
                                and line[0].islower()
                            )
                        )
                    )
                )
            )
            if not joined:
                yield Block(_join(parts), first, last, start, end)
                parts = []
        if line:
            if not parts:
                first, start = i + 1, line_start
            parts.append(line)
            last, end = i + 1, line_end
        elif stripped[i]:  # a bare quote marker: a blank line inside the quote, still an input line
            yield Block(stripped[i], i + 1, i + 1, line_start, line_end)
    if parts:
        yield Block(_join(parts), first, last, start, end)


def _join(parts: list[str]) -> str:
    """Lines joined as wrapped lines are (see :func:`newsclean.readers.wrapped.join`), and without a space
    where a line ends inside a link's URL (a converter broke it)."""
    text = parts[0]
    for part in parts[1:]:
        text += part if broken_word(text) or _in_target(text) else " " + part
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


def _hard_break(raw: str) -> bool:
    """Whether a Markdown line ends in a hard line break (two spaces or a backslash): a ``<br>``."""
    end = raw.rstrip("\r\n")
    return end.endswith("  ") or end.endswith("\\") or end.endswith("\t")


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
