"""The document model: the non-blank lines of the input, with their features computed once.

Every filter and field extractor reads this model, so none of them re-tokenises text and any
input shape (plain text today, HTML later) that maps onto it gets every step for free.

>>> doc = Document.from_text("Headline | Site\\n\\nThe first paragraph of the story is here.")
>>> [(line.number, line.words) for line in doc.lines]
[(1, 2), (3, 8)]
>>> doc.lines[1].ends_sentence
True
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from newsclean import readers
from newsclean.errors import InputError
from newsclean.lang import LANGUAGES, Language, language
from newsclean.prose import SENTENCE_END
from newsclean.readers import Block
from newsclean.readers.charset import bom_encoding
from newsclean.readers.html_evidence import Evidence
from newsclean.scripts import equivalents, has_no_space_script

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_KEY_DROP = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")
#: White space within a line that is not a single plain space (what normalise() rewrites).
_ODD_SPACE = re.compile(r"(?: [^\S\n]|[^\S\n ])[^\S\n]*")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: How many leading bytes :func:`sniff` reads to tell text from binary data.
_SAMPLE = 4096
#: The C0 control bytes text does not hold (tab, line breaks, form feed, backspace and escape it does).
_CONTROLS = bytes(sorted(set(range(32)) - set(b"\b\t\n\v\f\r\x1b")))
_DECOMPRESS = "; decompress it first (the command line reads .gz, .zst, .bz2 and .xz files)"
#: The leading bytes of binary formats given by mistake, and what to call the data.
_MAGIC: tuple[tuple[bytes | tuple[bytes, ...], str], ...] = (
    (b"\x1f\x8b\x08", "gzip compressed data" + _DECOMPRESS),
    (b"\x28\xb5\x2f\xfd", "zstd compressed data" + _DECOMPRESS),
    (tuple(b"BZh%d1AY&SY" % level for level in range(1, 10)), "bzip2 compressed data" + _DECOMPRESS),
    (b"\xfd7zXZ\x00", "xz compressed data" + _DECOMPRESS),
    ((b"PK\x03\x04", b"PK\x05\x06"), "zip compressed data" + _DECOMPRESS),
    (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    ((b"GIF87a", b"GIF89a"), "a GIF image"),
)
#: Lines whose features are computed together (bounds the temporary lists on pages of tiny lines).
_CHUNK = 1024
#: How many words of the text language detection reads at most.
_DETECTION_WORDS = 2000
#: The language is sure (:attr:`Document.language_sure`) when read from this many words or more ...
SURE_WORDS = 25
#: ... and its stop words are this many times as frequent as the next language's (a mixed text has no lead).
SURE_LEAD = 1.5


def decode(data: str | bytes | bytearray) -> str:
    """Turn the input into text that is valid Unicode: bytes are read in the encoding :func:`sniff` finds, with
    bad bytes replaced, and a ``str`` has each lone surrogate (which ``json.loads`` makes of a cut ``"\\ud83d"``)
    replaced by U+FFFD, so every article encodes as UTF-8.

    >>> decode(b"caf\\xc3\\xa9 \\xff")
    'café \\ufffd'
    >>> decode("cut emoji \\ud83d, whole one \\U0001f600")
    'cut emoji \\ufffd, whole one 😀'
    >>> decode("a UTF-16 text without byte-order mark".encode("utf-16-le"))
    'a UTF-16 text without byte-order mark'
    >>> decode(12)
    Traceback (most recent call last):
    ...
    newsclean.errors.InputError: clean() takes str or bytes, not int
    """
    if isinstance(data, str):
        if data.isascii() or not _SURROGATE.search(data):
            return data
        # Through UTF-16: a surrogate pair becomes its character, a lone surrogate U+FFFD.
        return data.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if isinstance(data, (bytes, bytearray)):
        raw = bytes(data)
        return raw.decode(sniff(raw), errors="replace")
    raise InputError(f"clean() takes str or bytes, not {type(data).__name__}")


def sniff(raw: bytes) -> str:
    """The encoding of ``raw``: its byte-order mark's, else UTF-16 when NUL bytes sit at every other position
    (text in UTF-16 without a mark), else UTF-8. Only the first 4096 bytes are read.

    Binary data raises :class:`InputError`: a known format by its magic number (compressed data, PDF, an
    executable, an image), anything else when more than 1 byte in 20 of the sample is NUL or another C0
    control byte (tab, line breaks, form feed, backspace and escape are text).

    >>> sniff("Grüße".encode()), sniff("Grüße".encode("utf-16")), sniff("Grüße".encode("utf-16-be"))
    ('utf-8', 'utf-16', 'utf-16-be')
    >>> import gzip
    >>> sniff(gzip.compress(b"text"))
    Traceback (most recent call last):
    ...
    newsclean.errors.InputError: clean() takes text, not gzip compressed data; decompress it first (the command \
line reads .gz, .zst, .bz2 and .xz files)
    >>> sniff(bytes(range(256)))
    Traceback (most recent call last):
    ...
    newsclean.errors.InputError: clean() takes text, not binary data (1 NUL and 24 other control bytes in \
the first 256 bytes)
    """
    encoding = bom_encoding(raw)
    if encoding is not None:
        return encoding
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise InputError(f"clean() takes text, not {kind}")
    sample = raw[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    if controls * 20 <= len(sample):
        return "utf-8"
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros > 1 and zeros * 20 > len(sample) and others * 4 < zeros:
            return encoding
    nul = sample.count(0)
    raise InputError(
        f"clean() takes text, not binary data ({nul} NUL and {controls - nul} other control bytes"
        f" in the first {len(sample)} bytes)"
    )


def normalise(text: str) -> str:
    """Case-folded text with runs of white space made one space: what phrase patterns match.

    >>> normalise("  Article   continues\\tAFTER this ad ")
    'article continues after this ad'
    """
    return _SPACE.sub(" ", text).strip().casefold()


def line_texts(text: str) -> list[str]:
    """The text of each line :meth:`Document.from_text` makes of ``text`` (its input shape detected), without
    the features: what a profile learns from, so that learning and cleaning see the same lines.

    >>> line_texts("# Storm | Coast News\\n\\n[Home](/) [News](/news)\\n\\n[Get the Coast app](/app)")
    ['Storm | Coast News', 'Home | News', 'Get the Coast app']
    """
    _, blocks = readers.blocks(text)
    texts = "\n".join(block.text for block in blocks)  # normalised together, as in from_blocks
    return unicodedata.normalize("NFC", texts).split("\n") if texts else []


def shape_key(norm: str) -> str:
    """The line's shape for duplicate search: letters only, numbers folded to 0.

    >>> shape_key("page 3 of 12 -- next!")
    'page0of0next'
    """
    return _DIGITS.sub("0", _KEY_DROP.sub("", norm))


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank input line and the features every step reads."""

    index: int
    """Position among the document's lines (0-based)."""
    number: int
    """Line number in the input (1-based, as an editor shows it)."""
    text: str
    """The line without surrounding white space."""
    norm: str
    """Case-folded, white space collapsed (see :func:`normalise`)."""
    key: str
    """Key for duplicate search (see :func:`shape_key`)."""
    words: int
    """Number of word tokens; in a script written without spaces, their equivalent (see :mod:`newsclean.scripts`)."""
    stopwords: int
    """How many of the words are stop words of the document's language."""
    last: int = 0
    """Last input line a re-flowed paragraph came from (0: the line is one input line)."""
    kind: str = "text"
    """Markup hint from the input shape: ``text``, ``heading``, ``list_item``, ``image``, ``links``, ``rule``,
    ``pre`` (a line of a preformatted block: code, a table)."""
    level: int = 0
    """Heading level (1 for a Markdown ``#`` heading) when ``kind`` is ``heading``."""
    path: str | None = None
    """HTML input: a short path to the line's element (``article > div.body > p[3]``); None for text."""
    latin_chars: int = 0
    """The length in European terms of a line with characters of a script written without spaces (see
    :mod:`newsclean.scripts`); 0 for any other line."""
    dense: bool = False
    """Whether half of the line's words or more are in a script written without spaces: the stop words of
    the document's language say nothing of it."""

    @property
    def numbers(self) -> range:
        """The input line numbers this line came from (several for a re-flowed paragraph)."""
        return range(self.number, max(self.last, self.number) + 1)

    @property
    def chars(self) -> int:
        """Length of the text in characters, or in European terms (see :attr:`latin_chars`).

        >>> Document.from_text("Port closed.\\n港口关闭。").lines[1].chars
        19
        """
        return self.latin_chars or len(self.text)

    @property
    def stop_density(self) -> float:
        """Share of words that are stop words (0.0 for a line without words)."""
        return self.stopwords / self.words if self.words else 0.0

    @property
    def ends_sentence(self) -> bool:
        """Whether the line ends like a sentence (or a quotation) does."""
        return self.text[-1] in SENTENCE_END


@dataclass(frozen=True, slots=True)
class Document:
    """An input cut into lines, with the language its stop words point to."""

    lines: tuple[Line, ...]
    language: Language | None
    """The language whose stop words are most frequent, or None when no language fits."""
    url: str | None = None
    site: str | None = None
    shape: str = "lines"
    """The input shape the lines were read as (see :mod:`newsclean.readers`)."""
    language_sure: bool = False
    """Whether the text is long enough and clearly of :attr:`language` (not mixed): see :func:`_detect`."""
    now: str | None = None
    """The day (and time) the page was read, ISO 8601, from ``clean(now=...)``: relative dates ("3 hours
    ago") are read against it, and without it not at all."""
    evidence: tuple[Evidence | None, ...] = ()
    """HTML input: what the markup says about each line, by line index (see
    :mod:`newsclean.readers.html_evidence`); empty for text."""

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        url: str | None = None,
        site: str | None = None,
        shape: str | None = None,
        keep_markup: bool = False,
    ) -> Document:
        """Detect the input shape of ``text`` (unless ``shape`` forces one), read it into blocks with that
        shape's reader (see :mod:`newsclean.readers`) and compute the features (see :meth:`from_blocks`).

        >>> Document.from_text("# Storm\\n\\n[Home](/) [News](/news)\\n\\nThe port closed.").shape
        'markdown'
        """
        shape, blocks = readers.blocks(text, shape, keep_markup=keep_markup)
        return cls.from_blocks(blocks, shape=shape, url=url, site=site)

    @classmethod
    def from_blocks(
        cls, blocks: Iterable[Block], *, shape: str = "lines", url: str | None = None, site: str | None = None
    ) -> Document:
        """The document of ``blocks`` (as a reader makes them, in input order) with the features computed,
        the language detected from the first blocks; ``shape`` names the input shape they were read as.

        >>> blocks = [Block("Storm", 1, 1, 2, 7, "heading", 1), Block("The port closed.", 3, 3, 9, 25)]
        >>> doc = Document.from_blocks(blocks)
        >>> [(line.index, line.number, line.kind, line.words) for line in doc.lines], doc.shape
        ([(0, 1, 'heading', 1), (1, 3, 'text', 3)], 'lines')
        """
        lang: Language | None = None
        sure = False
        keys: dict[str, str] = {}  # lines of the same key share one string (pages of repeated furniture)
        lines: list[Line] = []
        evidence: list[Evidence | None] = []
        found = iter(blocks)
        start = 0
        while chunk := list(islice(found, _CHUNK)):  # in chunks: the temporary lists stay small
            # Normalised and case-folded in one pass over the chunk, not line by line: same result, lower cost.
            joined = unicodedata.normalize("NFC", "\n".join(block.text for block in chunk))
            texts, norms = joined.split("\n"), _ODD_SPACE.sub(" ", joined.casefold()).split("\n")
            words = [_WORD.findall(norm) for norm in norms]
            if start == 0:  # the language, from the first chunk's words
                lang, sure = _detect(words)
            stop = lang.stopwords if lang else frozenset()
            lines += _lines(chunk, start, texts, norms, words, stop, keys, has_no_space_script(joined))
            if chunk[0].evidence is not None or evidence:
                evidence += [block.evidence for block in chunk]
            start += len(chunk)
            del chunk, words
        return cls(
            lines=tuple(lines),
            language=lang,
            url=url,
            site=site,
            shape=shape,
            language_sure=sure,
            evidence=tuple(evidence),
        )


def _lines(
    blocks: list[Block],
    start: int,
    texts: list[str],
    norms: list[str],
    words: list[list[str]],
    stop: frozenset[str],
    keys_seen: dict[str, str],
    no_space: bool,
) -> list[Line]:
    """The lines for ``blocks`` (the first is line ``start``) from their texts, normal forms and words;
    ``no_space`` says whether any holds a script written without spaces."""
    joined_words = ["".join(found) for found in words]
    counts = [len(found) for found in words]
    stops = [sum(map(stop.__contains__, found)) for found in words]
    keys = _DIGITS.sub("0", "\n".join(joined_words).replace("_", "")).split("\n")
    latin, dense = [0] * len(texts), [False] * len(texts)
    if no_space:  # only then is each line searched and counted again
        for i, text in enumerate(texts):
            if has_no_space_script(text):
                counts[i], latin[i], dense[i] = equivalents(text)
    # A line already in normal form shares its text with its norm (memory for pages of tiny lines).
    return [
        Line(
            start + i,
            block.first,
            texts[i],
            texts[i] if texts[i] == norms[i] else norms[i],
            keys_seen.setdefault(keys[i], keys[i]),
            counts[i],
            stops[i],
            block.last if block.last != block.first else 0,
            block.kind,
            block.level,
            block.element,
            latin[i],
            dense[i],
        )
        for i, block in enumerate(blocks)
    ]


def _detect(word_lists: Iterable[list[str]]) -> tuple[Language | None, bool]:
    """The language with the most stop-word hits in the text's longer lines, if any stands out, and whether
    it is sure: read from ``SURE_WORDS`` words or more, with ``SURE_LEAD`` times the hits of the next language.

    Numbers do not make a line long: a date line, which cleaning removes, must not decide the
    language (the body cleaned again would be read in another one).
    """
    sample: list[str] = []
    for words in word_lists:
        if len(words) >= 6 and len(words) - sum(map(str.isdigit, words)) >= 6:
            sample += words
            if len(sample) >= _DETECTION_WORDS:
                break
    counts = Counter(sample)
    found = sorted(
        ((sum(counts[word] for word in language(code).stopwords.intersection(counts)), code) for code in LANGUAGES),
        key=lambda pair: -pair[0],
    )
    (hits, code), (second, _) = found[0], found[1]
    best = language(code) if hits >= 3 and hits >= 0.1 * len(sample) else None
    sure = best is not None and len(sample) >= SURE_WORDS and hits >= SURE_LEAD * second
    return best, sure
