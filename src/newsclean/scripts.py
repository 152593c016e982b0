"""Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese): their word
equivalents, so that a paragraph of them counts as long as the same paragraph in English.

Steps tell prose from furniture by counting words and characters. A line of Chinese has a few "words" (the
runs between its punctuation) and few characters for what it says: counted as European text, a paragraph
is a short line. Here a character of such a script counts as a part of a word: about 1.5 Chinese
characters, 2 Japanese kana or 4 Thai letters (vowel and tone marks included) make one word, and a word
stands for :data:`LATIN_WORD` characters of European text.

>>> equivalents("港口管理部门提醒市民不要前往海边观浪。")
(12, 73, True)
>>> equivalents("The port of Kobe (神戸港) closed.")
(7, 39, False)
"""

from __future__ import annotations

import re

__all__ = ["BLOCKS", "LATIN_WORD", "NO_SPACE", "closed_up", "equivalents", "has_no_space_script"]

#: How many characters a word and the space after it take in European text.
LATIN_WORD = 6
#: The characters of each script, as ranges of a character class (the Unicode ``Script`` property; beyond the
#: Basic Multilingual Plane, whole blocks): Chinese characters (Han), kana, and the scripts of South-East Asia
#: (Thai, Lao, Myanmar, Khmer); plain ``re`` reads them. Kana words also take the long-vowel marks (``ー``,
#: ``ｰ``), which belong to no script. ``tests/test_scripts.py`` checks them against Unicode's own tables.
_HAN = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6\U00020000-\U0003347f"
)
_KANA = (
    "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\u32d0-\u32fe\u3300-\u3357"
    "\uff66-\uff6f\uff71-\uff9d\U0001aff0-\U0001b16f\U0001f200"
)
_LONG_VOWEL = "\u30fc\uff70"
_SOUTH_EAST_ASIA = (
    "\u0e01-\u0e3a\u0e40-\u0e5b\u0e81-\u0e82\u0e84\u0e86-\u0e8a\u0e8c-\u0ea3\u0ea5\u0ea7-\u0ebd\u0ec0-\u0ec4"
    "\u0ec6\u0ec8-\u0ece\u0ed0-\u0ed9\u0edc-\u0edf\u1000-\u109f\u1780-\u17dd\u17e0-\u17e9\u17f0-\u17f9"
    "\u19e0-\u19ff\ua9e0-\ua9fe\uaa60-\uaa7f\U000116d0-\U000116e3"
)
#: A character of a script written without spaces between words.
NO_SPACE = re.compile(f"[{_HAN}{_KANA}{_LONG_VOWEL}{_SOUTH_EAST_ASIA}]")
#: The Unicode blocks of the Basic Multilingual Plane that hold the characters of :data:`NO_SPACE` (and a few
#: others): Thai, Lao, Myanmar, Khmer (and their extensions), CJK radicals and symbols, kana (enclosed and squared
#: too), CJK ideographs (and their extension A), half-width kana. A character beyond the plane (a rare ideograph)
#: counts only on a line that holds one of these too: so the search runs on a bitmap, five times as fast.
BLOCKS = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u2fdf\u3000-\u31ff\u32d0-\u3357"
    "\u3400-\u4dbf\u4e00-\u9fff\ua9e0-\ua9ff\uaa60-\uaa7f\uf900-\ufaff\uff61-\uff9f]"
)
#: Characters per word, by script: Chinese characters, Japanese kana, the scripts of South-East Asia.
_SCRIPTS = (
    (re.compile(f"[{_HAN}]"), 1.5),
    (re.compile(f"[{_KANA}{_LONG_VOWEL}]"), 2.0),
    (re.compile(f"[{_SOUTH_EAST_ASIA}]"), 4.0),
)
_WORD = re.compile(r"\w+")
#: A character that Chinese and Japanese text sets without a space before or after it: the scripts' own, and
#: their punctuation (the CJK symbols and the full-width forms).
_CLOSED = re.compile(f"[{_HAN}{_KANA}\u3000-\u303f\uff00-\uffef]")


def has_no_space_script(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces: one search, and none for
    ASCII text, so a page or a chunk of lines is asked once before its lines are. The search is over the
    Unicode blocks of these scripts (:data:`BLOCKS`: a plain bitmap, many times as fast as the scripts' exact
    ranges), then by the scripts themselves.

    >>> has_no_space_script("Plain text"), has_no_space_script("Zürich"), has_no_space_script("東京 Tokyo")
    (False, False, True)
    >>> has_no_space_script("〜「」・")  # CJK punctuation, in the blocks but of no script without spaces
    False
    """
    found = None if text.isascii() else BLOCKS.search(text)
    return found is not None and NO_SPACE.search(text, found.start()) is not None


def equivalents(text: str) -> tuple[int, int, bool]:
    """``text``'s words and length in European terms: its words outside scripts without spaces, plus its
    characters of those scripts in words (see the module docstring); its other characters, plus
    :data:`LATIN_WORD` characters for each of those words; and whether those words are half of its words
    or more (the stop words of a European language say nothing of it)."""
    dense = chars = 0.0
    for pattern, per_word in _SCRIPTS:
        found = len(pattern.findall(text))
        dense += found / per_word
        chars += found
    words, others = round(dense), len(_WORD.findall(NO_SPACE.sub(" ", text)))
    return words + others, len(text) - int(chars) + LATIN_WORD * words, words >= others


def closed_up(before: str, after: str) -> bool:
    """Whether a line break between ``before`` and ``after`` (characters) stands for no space: both are of
    Chinese or Japanese text, which wrapping breaks anywhere (Thai text breaks at its spaces).

    >>> closed_up("港", "口"), closed_up("，", "港"), closed_up("港", "A"), closed_up("a", "b")
    (True, True, False, False)
    """
    return _CLOSED.match(before) is not None and _CLOSED.match(after) is not None
