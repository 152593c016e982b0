"""Whether the lines after a name line show it as a byline: a date, a time, a reading time, a job title.

>>> from newsclean.dates import Dates
>>> from newsclean.document import Document
>>> doc = Document.from_text("Jane Doe\\nMarch 3, 2024\\nThe storm came.")
>>> vouches(Dates(), doc.lines[0], list(doc.lines[1:]))
True
"""

from __future__ import annotations

import re

from newsclean.dates import DateFinder, Dates
from newsclean.document import Line
from newsclean.fields.limits import FIELD_CHARS
from newsclean.fields.names import ROLE_WORDS
from newsclean.lang import alternation, every

#: A time relative to now ("3 hours ago", "vor 2 Stunden", "hace 4 minutos", "Jane Doe • 8h"): the line is no sentence.
RELATIVE = re.compile("|".join(sorted(every("RELATIVE_TIMES"))), re.I)
#: What may follow a name line under a headline: a reading time, a clock time, a handle.
_READ_TIME = re.compile(
    rf"\b\d+\s*min(?:ute)?s?\.?\s*(?:{alternation('READ_TIME')})\b|\b(?:{alternation('READ_TIME_ALONE')})\b", re.I
)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\b", re.I)
_FILLER = re.compile(rf"(?:{alternation('FOLLOW')}|twitter|@\w+|\W*)\Z", re.I)
#: Words that open a job title ("Redakteur für Wirtschaft") besides the role words.
_MORE_ROLES = every("ROLE_OPENERS")


def vouches(dates: DateFinder | Dates, name: Line, following: list[Line]) -> bool:
    """Whether the lines right after a name line show it as a byline: a date, a time, a job title.

    Not when more dates follow at once: a heading over a list of dated stories.
    """
    at = name.index
    for i, line in enumerate(following):
        if line.index > at + 1:
            return False  # the byline's date or title comes right after the name
        at = line.index
        text = line.text
        if _FILLER.fullmatch(text):
            continue  # "Follow", "@handle" between the name and the date
        if line.words > 12 or line.chars > FIELD_CHARS:
            return False
        words = text.casefold().rstrip(" :").split()
        if dates.search(text) or RELATIVE.search(text) or _CLOCK.match(text):
            later = following[i + 2 : i + 4]
            return not any(other.words <= 12 and dates.search(other.text) for other in later)
        return bool(
            _READ_TIME.search(text)
            or (len(words) <= 6 and (words[0] in ROLE_WORDS | _MORE_ROLES or words[-1] in ROLE_WORDS))
        )
    return False
