"""What reads as prose: the characters that end a sentence, and the tests of a line that the steps share.

One set of sentence endings, and one test of each kind, parametrised where steps ask for more or less:
:func:`sentence` (ends like a sentence, a few words), :func:`is_prose` (a sentence of running text, rich in
stop words), :func:`running` (long enough to be running text, however it ends) and
:func:`ends_with_full_stop` (a full stop that closes a sentence, not an abbreviation's).

>>> from newsclean.document import Document
>>> paragraph = "The storm closed the harbour for the whole of the day, and " * 2 + "more."
>>> short, long = Document.from_text(f"It rained.\\n{paragraph}").lines
>>> sentence(short), sentence(short, 2), is_prose(short), is_prose(long), running(long)
(False, True, False, True, True)
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = [
    "CLOSING_QUOTES",
    "FULL_STOPS",
    "SENTENCE_END",
    "WRAPPED_SENTENCE_END",
    "ends_sentence",
    "ends_with_full_stop",
    "figures",
    "is_prose",
    "running",
    "sentence",
]

#: The marks that close a sentence: a full stop, a question or an exclamation mark, an ellipsis; in Chinese and
#: Japanese (full width: 。！？, and ｡ ．), Arabic (؟, and Urdu's ۔) and Devanagari (।).
FULL_STOPS = ".!?…。！？｡．؟۔।"
#: What may close a sentence after its full stop: closing quotation marks and brackets (Chinese and Japanese
#: ones too: 」』）).
CLOSING_QUOTES = "\"'”’»)」』）"
#: How a line that ends like a sentence (or a quotation) ends: a full stop, a colon or a semicolon (the Arabic
#: semicolon ؛ and the full-width ；too), a closing mark, or "«" (which closes a quotation written »like this«).
SENTENCE_END = frozenset(FULL_STOPS + ":;؛；" + CLOSING_QUOTES + "«")
#: How a line of wrapped text that ends a sentence ends: as :data:`SENTENCE_END`, but not "«", which opens a
#: quotation written « like this » (the text runs on to the next line).
WRAPPED_SENTENCE_END = SENTENCE_END - {"«"}
#: A last word with a dot inside ("e.V.", "U.S.") ends an abbreviation, not a sentence.
_ABBREVIATION = re.compile(r"\w\.\w+\.\Z")


class TextLine(Protocol):
    """What the tests read of a line (:class:`newsclean.document.Line` has it)."""

    @property
    def text(self) -> str: ...
    @property
    def words(self) -> int: ...
    @property
    def stopwords(self) -> int: ...
    @property
    def stop_density(self) -> float: ...
    @property
    def ends_sentence(self) -> bool: ...
    @property
    def dense(self) -> bool: ...


def ends_sentence(text: str, endings: frozenset[str] = SENTENCE_END) -> bool:
    """Whether ``text`` ends like a sentence (or a quotation): its last character is one of ``endings``.

    >>> ends_sentence("He said: «Yes«"), ends_sentence("He said «", WRAPPED_SENTENCE_END), ends_sentence("")
    (True, False, False)
    """
    return bool(text) and text[-1] in endings


def ends_with_full_stop(text: str) -> bool:
    """Whether ``text`` ends with a full stop that closes a sentence (not "...", not "e.V.").

    >>> ends_with_full_stop("It rained."), ends_with_full_stop("Wait..."), ends_with_full_stop("Club e.V.")
    (True, False, False)
    >>> ends_with_full_stop("港口关闭。")
    True
    """
    return text.endswith("。") or (text.endswith(".") and not text.endswith("..") and not _ABBREVIATION.search(text))


def sentence(line: TextLine, min_words: int = 3, *, stopwords: bool = False) -> bool:
    """Whether ``line`` reads as a sentence: at least ``min_words`` words, ending like one (see
    :data:`SENTENCE_END`), and with a stop word when ``stopwords`` asks for one (but for a line mostly in a
    script written without spaces, see :attr:`newsclean.document.Line.dense`)."""
    return line.words >= min_words and line.ends_sentence and (not stopwords or line.stopwords > 0 or line.dense)


def is_prose(line: TextLine, min_words: int = 15, min_density: float = 0.25) -> bool:
    """Whether ``line`` is a full sentence of running text: a :func:`sentence` of ``min_words`` words or more,
    rich in stop words (a share of ``min_density``; any, in a language without known stop words)."""
    return sentence(line, min_words) and (line.stop_density >= min_density or line.stopwords == 0)


def running(line: TextLine, min_words: int = 15) -> bool:
    """Whether ``line`` is long enough to be running text, however it ends: ``min_words`` words or more (in a
    script written without spaces, Chinese or Japanese, their equivalent: see :mod:`newsclean.scripts`), or
    30 characters or more in a few long "words" outside ASCII.

    >>> from newsclean.document import Document
    >>> running(Document.from_text("东京电力公司周二表示，将在本月晚些时候开始排放处理过的水，渔民担忧。").lines[0])
    True
    """
    return line.words >= min_words or (len(line.text) >= max(30, 8 * line.words) and not line.text.isascii())


_NUMBER = re.compile(r"\d+")
_TOKEN = re.compile(r"[^\W\d]+|\d+")


def figures(text: str) -> bool:
    """Whether ``text`` is a row of figures (a line of a table or a list of data): three numbers or more, and at
    least as many numbers as words. A counter ("1 of 3") or a date line is none.

    >>> figures("Ventura $228 -1.7%"), figures("13.4 MB (-81%)"), figures("Posted on March 3, 2012"), figures("1 of 3")
    (True, True, False, False)
    """
    numbers = len(_NUMBER.findall(text))
    return numbers >= 3 and 2 * numbers >= len(_TOKEN.findall(text))
