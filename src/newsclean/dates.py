"""Dates and times written in a line, in English, German, French, Spanish, Italian, Portuguese
and Dutch, as ISO 8601 strings.

Only full dates count (day, month and year): "2023/12" or "Dezember 2014" name no day, and
"3 hours ago" names no date at all. A numeric date whose day and month could be swapped
("03/04/2021") is read the way ``order`` says (``"dmy"`` or ``"mdy"``); one with dots
("03.04.2021") is day first.

>>> finder = DateFinder()
>>> finder.find("/ 12:48 PM February 10, 2016")
'2016-02-10T12:48'
>>> finder.find("Veröffentlicht am 15.07.2014, 08:30 Uhr")
'2014-07-15T08:30'
>>> finder.find("Par Jean Dupont — 24 novembre 2017 à 18:42")
'2017-11-24T18:42'
>>> finder.find("Associated PressDecember 2, 2016"), finder.find("Jane Doe3.11.2023")
('2016-12-02', '2023-11-03')
>>> finder.find("Veröffentlicht am 19. Dezember 202219. Dezember 2022")
'2022-12-19'
>>> finder.find("Updated 3 hours ago") is None, finder.find("Archiv: 2023/12") is None
(True, True)
>>> finder.find("03/04/2021"), finder.find("03/04/2021", order="mdy"), finder.find("13/04/2021", order="mdy")
('2021-04-03', '2021-03-04', '2021-04-13')
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

from newsclean.lang import either, every, months, some

#: Years a publication date may fall in.
_YEARS = range(1990, 2100)
_TWO_DIGITS = re.compile(r"\d\d")


class Found(NamedTuple):
    """A date found in a line: its ISO form and where it sits."""

    iso: str
    start: int
    end: int


class DateFinder:
    """Finds full dates (and the time beside them) with month names of every known language."""

    def __init__(self) -> None:
        self.months = months()
        names = either(self.months)
        day = rf"(?P<d>[0-3]?\d)(?:{either(sorted(every('ORDINALS')))})?"
        day_of, year_of = _before_space(every("DAY_OF")), _before_space(every("YEAR_OF"))
        self._patterns = [
            re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)\b"),
            re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<y>\d{4}|\d{2})\b"),
            re.compile(rf"\b{day}\s*{day_of}(?P<name>{names})\.?,?\s*{year_of}(?P<y>\d{{4}})(?!\d)"),
            re.compile(rf"\b(?P<name>{names})\.?\s+{day},?\s+(?P<y>\d{{4}})(?!\d)"),
        ]
        # A month name glued by a scraper to the word before it: "Associated PressDecember 2, 2016".
        self._glued = re.compile(rf"(?<=[^\W\d_])(?P<name>{names})\.?\s+{day},?\s+(?P<y>\d{{4}})(?!\d)")
        # A date glued to the year of the same date before it: "19. Dezember 202219. Dezember 2022".
        named = rf"{day}\s*{day_of}(?P<name>{names})\.?,?\s*{year_of}(?P<y>\d{{4}})(?!\d)"
        self._after_year = re.compile(rf"(?<=\d{{4}}){named}")
        # A numeric date with dots glued to a word: "Jane Doe3.11.2023", "am09.02.2022", "08.12.2022Verband".
        self._glued_dots = re.compile(r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>\.)(?P<b>[01]?\d)\.(?P<y>\d{4})(?![\d.])")
        self._time = re.compile(
            r"(?<![\d.:])(?P<h>[0-2]?\d)[:.h](?P<min>[0-5]\d)(?::\d\d)?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?![\d.:]?\d)",
            re.IGNORECASE,
        )

    def find(self, text: str, order: str = "dmy") -> str | None:
        """The first full date in ``text`` as ``YYYY-MM-DD``, with ``THH:MM`` when a time is beside it."""
        found = self.search(text, order)
        return found.iso if found else None

    def search(self, text: str, order: str = "dmy") -> Found | None:
        """Like :meth:`find`, with the position of the date in ``text``.

        >>> DateFinder().search("Großstraße 1.2.20")  # "ß" folds to "ss": the date is still at 11
        Found(iso='2020-02-01', start=11, end=17)
        """
        if not _TWO_DIGITS.search(text):  # every full date has a year of two digits or more
            return None
        folded = text.casefold()
        unfold = _unfolder(text, folded)
        best: Found | None = None  # positions in ``folded`` until the end
        for pattern in self._patterns:
            for match in pattern.finditer(folded):
                date = self._date(match, order)
                if date is not None:
                    if best is None or match.start() < best.start:
                        best = Found(date.isoformat(), match.start(), match.end())
                    break
        if best is None:
            best = self._glued_date(text, folded, unfold, order)
        if best is None:
            best = next(self._glued_numbers(folded), None)
        if best is None and (after_year := self._after_year.search(folded)) and (day := self._date(after_year, order)):
            best = Found(day.isoformat(), after_year.start(), after_year.end())
        if best is None:
            return None
        clock = self._clock(folded, best)
        iso = f"{best.iso}T{clock}" if clock else best.iso
        return Found(iso, unfold(best.start), unfold(best.end - 1) + 1)

    def _glued_date(self, text: str, folded: str, unfold: Callable[[int], int], order: str) -> Found | None:
        """A date whose month name, capitalised, follows a small letter without a space ("PressDecember 2, 2016")."""
        for match in self._glued.finditer(folded):
            at = unfold(match.start())
            if at > 0 and text[at].isupper() and text[at - 1].islower():
                date = self._date(match, order)
                if date is not None:
                    return Found(date.isoformat(), match.start(), match.end())
        return None

    def _glued_numbers(self, folded: str) -> Iterator[Found]:
        """The dates of the form "3.11.2023" right after a word or with a letter right after them (no space).

        >>> next(DateFinder()._glued_numbers("tanja karrasch3.11.2023"))
        Found(iso='2023-11-03', start=14, end=23)
        """
        for match in self._glued_dots.finditer(folded):
            before, after = folded[max(0, match.start() - 2) : match.start()], folded[match.end() : match.end() + 1]
            if (len(before) == 2 and before.isalpha()) or after.isalpha():  # a word, not "v1.2.2020" (a version)
                date = self._date(match, "dmy")
                if date is not None:
                    yield Found(date.isoformat(), match.start(), match.end())

    def _date(self, match: re.Match[str], order: str) -> dt.date | None:
        groups = match.groupdict()
        year = int(groups["y"])
        year += 2000 if year < 100 else 0
        if groups.get("name"):
            day, month = int(groups["d"]), self.months[groups["name"]]
        elif groups.get("a"):
            first, second = int(groups["a"]), int(groups["b"])
            month_first = order == "mdy" and groups["sep"] != "."  # "10.02.2016" is day first everywhere
            day, month = (second, first) if month_first else (first, second)
            if month > 12:
                day, month = month, day
        else:
            day, month = int(groups["d"]), int(groups["m"])
        if year not in _YEARS:
            return None
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    def _clock(self, folded: str, date: Found) -> str | None:
        """The time written beside the date (outside it), as ``HH:MM``."""
        for match in self._time.finditer(folded):
            if date.start <= match.start() < date.end:
                continue
            hour, minute = int(match["h"]), int(match["min"])
            ampm = (match["ampm"] or "").replace(".", "").replace(" ", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            if hour < 24:
                return f"{hour:02d}:{minute:02d}"
        return None


class Dates:
    """The dates of one document's texts, each text searched once: the byline and the date line
    read the same lines near the headline. One per pipeline run (see :class:`~newsclean.contract.Page`);
    it remembers the last ``size`` texts, so memory stays flat on a page of a million lines.

    >>> dates = Dates()
    >>> dates.find("March 3, 2024") == dates.search("March 3, 2024").iso == "2024-03-03"
    True
    """

    def __init__(self, size: int = 1024) -> None:
        self.search: Callable[..., Found | None] = lru_cache(maxsize=size)(finder().search)
        """``search(text, order="dmy")``: like :meth:`DateFinder.search`, remembered."""

    def find(self, text: str, order: str = "dmy") -> str | None:
        """Like :meth:`DateFinder.find`, remembered."""
        found = self.search(text, order)
        return found.iso if found else None


#: The length of each unit of a relative time, by the key of its words in the language modules.
_UNITS = {
    "MINUTE_WORDS": dt.timedelta(minutes=1),
    "HOUR_WORDS": dt.timedelta(hours=1),
    "DAY_WORDS": dt.timedelta(days=1),
    "WEEK_WORDS": dt.timedelta(weeks=1),
}


class RelativeDates:
    """Dates written relative to the day a page was read ("3 hours ago", "vor 2 Tagen", "yesterday at 14:32"),
    in the languages ``codes``, resolved against a date the caller gives: never against the clock.

    >>> relative = relative_dates(("en", "de"))
    >>> now = dt.datetime(2024, 3, 3, 1, 30)
    >>> relative.find("Updated 3 hours ago", now), relative.find("vor 2 Tagen", now)
    ('2024-03-02', '2024-03-01')
    >>> relative.find("Yesterday at 9:15 PM", now), relative.find("Today", now), relative.find("3 hours", now)
    ('2024-03-02', None, None)
    """

    def __init__(self, codes: tuple[str, ...]) -> None:
        self._units = {word: _UNITS[key] for key in _UNITS for word in some(key, codes)}
        number = rf"\d{{1,3}}|{either(some('ONE_WORDS', codes))}"
        unit = either(self._units)
        self._ago = [
            re.compile(
                r"(?<!\w)"
                + re.escape(template)
                .replace(r"\{n\}", f"(?P<n>{number})")
                .replace(r"\{unit\}", f"(?P<unit>{unit})")
                .replace(r"\ ", r"\s+")
                + r"(?!\w)"
            )
            for template in sorted(some("AGO", codes))
        ]
        days = {**dict.fromkeys(some("TODAY", codes), 0), **dict.fromkeys(some("YESTERDAY", codes), 1)}
        self._days = days
        self._day = re.compile(rf"(?<!\w)(?P<day>{either(days)})(?!\w)")
        self._clock = re.compile(r"(?<![\d.:])[0-2]?\d[:.h][0-5]\d(?![\d.:]?\d)")

    def find(self, text: str, now: dt.datetime) -> str | None:
        """The day ``text`` names relative to ``now`` as ``YYYY-MM-DD``, or None. "yesterday" or "today"
        counts only beside a clock time: alone it may be a menu's word."""
        folded = text.casefold()
        for pattern in self._ago:
            found = pattern.search(folded)
            if found is not None:
                count = int(found["n"]) if found["n"].isdigit() else 1
                return (now - count * self._units[found["unit"]]).date().isoformat()
        day = self._day.search(folded)
        if day is not None and self._clock.search(folded):
            return (now - dt.timedelta(days=self._days[day["day"]])).date().isoformat()
        return None


@cache
def relative_dates(codes: tuple[str, ...]) -> RelativeDates:
    """One :class:`RelativeDates` per set of languages (its patterns are compiled once)."""
    return RelativeDates(codes)


@cache
def finder() -> DateFinder:
    """One :class:`DateFinder` to share: its patterns are compiled once, and it holds no state."""
    return DateFinder()


def _before_space(words: frozenset[str]) -> str:
    """An optional one of ``words`` and the white space after it, as a pattern ("" for no words).

    >>> print(_before_space(frozenset({"of", "de"})))
    (?:(?:de|of)\\s+)?
    """
    return rf"(?:(?:{either(sorted(words))})\s+)?" if words else ""


def _unfolder(text: str, folded: str) -> Callable[[int], int]:
    """A map from a position in ``folded`` (``text.casefold()``) to the position in ``text`` of the character
    it comes from: case folding makes some characters longer ("ß" is "ss", "İ" is "i̇").

    >>> unfold = _unfolder("Maß 3", "mass 3")
    >>> [unfold(at) for at in range(6)]
    [0, 1, 2, 2, 3, 4]
    """
    if len(folded) == len(text):  # each character folded to one
        return lambda at: at
    starts = list(accumulate((len(char.casefold()) for char in text), initial=0))
    return lambda at: bisect_right(starts, at) - 1
