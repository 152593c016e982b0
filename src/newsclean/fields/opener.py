"""The line that opens the article: the headline of a page whose page title does not name it.

>>> from newsclean.document import Document
>>> prose = "The harbour closed on Monday as the storm reached the coast, the port authority said."
>>> doc = Document.from_text(f"Coast News\\nHome\\nStorm closes the harbour\\nBy Jane Doe\\n" + f"{prose}\\n" * 4)
>>> opening_line(doc.lines, Dates(), ("coast",)).text
'Storm closes the harbour'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsclean.dates import Dates
from newsclean.document import Line
from newsclean.fields.byline_parser import parser_for
from newsclean.fields.names import INTERFACE_WORDS, NOT_NAMES
from newsclean.fields.pagetitle import names_host
from newsclean.prose import ends_with_full_stop, running

#: The article's run starts at a line of running text with this many words of running text in the lines from it.
RUN_WORDS = 50
#: The lines from the run's first that count for it, and the lines above it read for the headline.
RUN_LINES, ABOVE = 5, 5
#: A headline has at most this many words.
HEADLINE_WORDS = 25
#: Code, markup, a file name, a web address: never a headline.
_NOT_TEXT = re.compile(
    r"[<>{}=\\]|//|;\s*$|^\W*$|\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|mp[34])\b|https?:|www\.", re.I
)


def opening_line(lines: Sequence[Line], dates: Dates, hosts: tuple[str, ...], site: str | None = None) -> Line | None:
    """The headline-shaped line just above the first paragraph of the article's run, above a byline or a
    date line there; None when the line there is no headline (a sentence, code, a file name, the site's
    name, a word of a menu, a line the page repeats as navigation)."""
    start = run_start(lines)
    if start is None:
        return None
    parser = parser_for(None).reading(dates)  # the page's dates: each text is searched once
    counts = Counter(line.key for line in lines)
    above = lines[max(0, start - ABOVE) : start]
    for at in range(len(above) - 1, -1, -1):
        line = above[at]
        text = line.text
        if parser.parse(text) is not None or parser.is_label(text) or dates.search(text) is not None:
            continue  # a byline or a date line between the headline and the text
        if at and parser.name_line(text) is not None and _headline_shaped(above[at - 1], hosts, site):
            continue  # a line of just a name under a headline: the byline without a "By"
        if counts[line.key] > 1 or not _headline_shaped(line, hosts, site):
            return None
        return line
    return None


def run_start(lines: Sequence[Line]) -> int | None:
    """Where the article's run starts: a line of running text with ``RUN_WORDS`` words of running text from it."""
    for i, line in enumerate(lines):
        if running(line) and sum(other.words for other in lines[i : i + RUN_LINES] if running(other)) >= RUN_WORDS:
            return i
    return None


def _headline_shaped(line: Line, hosts: tuple[str, ...], site: str | None) -> bool:
    """Whether ``line`` reads as a headline: a few words, no sentence end, opening with a capital, a digit or a
    quotation mark, no code or file name, not the site's name, not a word of a menu."""
    text = line.text.strip()
    if not 1 <= line.words <= HEADLINE_WORDS or ends_with_full_stop(text) or text.endswith((":", ",", ";")):
        return False
    if _NOT_TEXT.search(text) or not (text[0].isupper() or text[0].isdigit() or not text[0].isalnum()):
        return False
    words = line.norm.split()
    if len(words) <= 3 and any(word.strip(".,:!?") in NOT_NAMES | INTERFACE_WORDS for word in words):
        return False  # "Latest news", "Sign in"
    return not (names_host(text, hosts) or (site is not None and line.norm == site.casefold()))
