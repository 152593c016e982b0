"""Where and when: the date near the headline, and the place of a wire-style opening.

>>> from newsclean.document import Document
>>> doc = Document.from_text(
...     "Storm closes harbour\\nPublished: 10.02.2016, 14:32 Uhr\\n"
...     "HAMBURG (dpa) - The harbour closed on Monday as the storm reached the coast, the port authority said.")
>>> Datelines()(Page(doc, doc.lines)).values["dateline"]
Dateline(location='HAMBURG', date='2016-02-10T14:32', text='Published: 10.02.2016, 14:32 Uhr')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from newsclean.article import Dateline
from newsclean.contract import Extraction, Extractor, Page
from newsclean.dates import relative_dates
from newsclean.document import Line
from newsclean.fields.byline import near_headline
from newsclean.fields.limits import FIELD_CHARS
from newsclean.fields.names import INTERFACE_WORDS
from newsclean.fields.opener import run_start
from newsclean.lang import agencies, either, every, with_english

_URL_DATE = re.compile(r"/(\d{4})[/-]?(\d{2})[/-]?(\d{2})(?:/|\b)")
_AGENCY = either(agencies())
#: "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -", "WASHINGTON, United States—", "BERLIN (dpa) -".
_WIRE = re.compile(
    rf"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]*[A-ZÀ-Þ.](?:,\s*[^\W\d_][\w.'’ -]{{1,40}}?)?"
    rf"|[A-ZÀ-Þ][\w.'’-]++(?: [A-ZÀ-Þ][\w.'’-]++)?(?=\s*\((?:{_AGENCY})\)))"
    rf"\s*(?:\((?:{_AGENCY})\)\s*)?(?:[-–—]+|:)\s*(?=\S)"
)
#: A press-release dateline: "NEW YORK, NY / ACCESSWIRE / May 7, 2024 /"; the source and the date,
#: white space around them aside, are at most 40 characters (see :func:`_release`).
_RELEASE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]*[A-ZÀ-Þ.](?:,\s*+[A-ZÀ-Þ][\w.]*+)?)\s*+/(?P<source>[^/]{2,}+)/"
    r"(?P<date>[^/]{6,}+)/"
)
_NOT_LETTERS = re.compile(r"[\W_]+")
#: A relative date ("Updated 3 hours ago") is read only in a line of at most this many characters.
_RELATIVE_CHARS = 80
#: A date line of at most this many words ("21. September 2019", "26/12/2019 von Jane Doe") comes first.
_DATE_LINE_WORDS = 6
_UPDATED = re.compile(rf"\b(?:{either(sorted(every('UPDATED')))})\b", re.I)


class Datelines(Extractor):
    """Find the article's date (and time) near the headline, and the place a wire opening names.

    The date comes from the first line near the headline that holds a full date, a line saying
    "Updated" only when no other has one; a short line there that is not a sentence
    ("Published: 10.02.2016, 14:32") is used up. Without a date near the headline, the first
    short dated line of the page gives the date, and stays where it is. The place comes from one
    of the first long lines below the headline that opens like a wire story; that line stays in
    the body. A line of more than ``FIELD_CHARS`` characters is no date line, and only that many
    characters of a long line are read for its wire opening.
    """

    name = "dateline"
    field = "dateline"

    def __init__(
        self, before: int = 5, after: int = 30, max_words: int = 30, date_line_words: int = 12, openings: int = 3
    ) -> None:
        self.before = before
        self.openings = openings
        self.after = after
        self.max_words = max_words
        self.date_line_words = date_line_words

    def __call__(self, page: Page) -> Extraction | None:
        near = near_headline(page, page.doc.lines, self.before, self.after)
        read = _reader(page)
        dated = self._near_run(page, read) if _headline_is_page_title(page) else []
        if not dated and page.headline is not None:  # the nearest to the headline, below it on a tie
            at = page.headline.index
            found = self._dated(near, read, self.max_words)
            dated = sorted(found, key=lambda pair: (abs(pair[0].index - at), pair[0].index < at))
        dated = dated or self._dated(near, read, self.max_words)
        fallback = not dated
        if fallback:  # no date near the headline: the first short line with one, anywhere (not used up)
            dated = self._dated(page.doc.lines, read, self.date_line_words)[:1]
        fresh = [(line, date) for line, date in dated if not _updated(line.text, page)]
        line, date = (fresh or dated)[0] if dated else (None, None)
        location = self._location(page, near)
        if date is None and location is not None:
            release = _release(location[1].text)
            date = read(release["date"]) if release else None
        if date is None and location is None:
            return None
        text = line.text if line is not None else location[1].text if location else ""
        # A date line is used up; a sentence that mentions a date stays in the body.
        short = line is not None and not fallback and line.words <= self.date_line_words and not line.ends_sentence
        used = (line,) if line is not None and short and page.is_open(line) else ()
        return Extraction({"dateline": Dateline(location[0] if location else None, date, text)}, used)

    def _near_run(self, page: Page, read: Callable[[str], str | None]) -> list[tuple[Line, str]]:
        """The dated lines around the start of the article's run (see :mod:`newsclean.fields.opener`), where
        the date stands on a page whose headline is only the page title: short date lines first, then the
        nearest to the run's start."""
        start = run_start(page.doc.lines)
        if start is None:
            return []
        lines = page.doc.lines[max(0, start - 2 * self.before) : start + 2]
        dated = self._dated(lines, read, self.max_words)
        return sorted(dated, key=lambda found: (found[0].words > _DATE_LINE_WORDS, abs(found[0].index - start)))

    @staticmethod
    def _dated(lines: Sequence[Line], read: Callable[[str], str | None], max_words: int) -> list[tuple[Line, str]]:
        found = ((line, read(line.text)) for line in lines if line.words <= max_words and line.chars <= FIELD_CHARS)
        return [(line, date) for line, date in found if date]

    def _location(self, page: Page, near: list[Line]) -> tuple[str, Line] | None:
        """The place named by the wire opening of one of the first ``openings`` long lines."""
        long_lines = [line for line in near if page.is_open(line) and line.words >= 12][: self.openings]
        for line in long_lines:
            wire = _WIRE.match(line.text[:FIELD_CHARS]) or _release(line.text)
            place = wire["place"].strip(" ,") if wire else ""
            if place and not any(word.casefold() in INTERFACE_WORDS for word in _NOT_LETTERS.split(place)):
                return place, line  # never "ADD TO CART - ...": a button
        return None


def _updated(text: str, page: Page) -> bool:
    """Whether ``text`` dates an update: "Updated" before its first date ("11.01.2022 / Aktualisiert am
    21.01.2022" is the publication date, then the update's)."""
    found = _UPDATED.search(text)
    if found is None:
        return False
    date = page.dates.search(text, _order(page))  # as the date was read: each text is searched once
    return date is None or found.start() < date.start


def _order(page: Page) -> str:
    """How the page's language writes a numeric date (``"dmy"`` without a language)."""
    lang = page.doc.language
    return lang.date_order if lang is not None else "dmy"


def _headline_is_page_title(page: Page) -> bool:
    """Whether the page has no headline below its page title (the title step used only the first line)."""
    headline = page.headline
    return headline is None or headline.index == 0


def _release(text: str) -> re.Match[str] | None:
    """The press-release dateline (see :data:`_RELEASE`) that opens ``text``, or None."""
    found = _RELEASE.match(text[:FIELD_CHARS])
    fits = found is not None and len(found["source"].strip()) <= 40 and len(found["date"].strip()) <= 40
    return found if fits else None


def _reader(page: Page) -> Callable[[str], str | None]:
    """Read a line's date; an ambiguous numeric one ("03/04/2021") as the URL's date confirms, else as
    the page's language writes dates."""
    url_date = _URL_DATE.search(page.doc.url or "")
    url_day = "-".join(url_date.groups()) if url_date else None
    lang = page.doc.language
    usual = _order(page)
    other = "dmy" if usual == "mdy" else "mdy"
    dates = page.dates
    now = dt.datetime.fromisoformat(page.doc.now) if page.doc.now else None
    relative = relative_dates(tuple(source.code for source in with_english(lang)))

    def read(text: str) -> str | None:
        date = dates.find(text, usual)
        if date is None and now is not None and len(text) <= _RELATIVE_CHARS:
            return relative.find(text, now)  # "3 hours ago": only against the day the caller gives
        if date and url_day and not date.startswith(url_day):
            swapped = dates.find(text, other)
            return swapped if swapped and swapped.startswith(url_day) else date
        return date

    return read
