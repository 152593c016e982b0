"""One line read as a byline: split into authors, organisation and roles, or found to be none.

>>> byline = parser_for(None).parse("By JOHN SMITH and Jane Doe, Associated Press")
>>> byline.authors, byline.organization
(('John Smith', 'Jane Doe'), 'Associated Press')
"""

from __future__ import annotations

import copy
import re
from functools import cache

from newsclean.article import Byline
from newsclean.dates import DateFinder, Dates, Found, finder
from newsclean.document import Line
from newsclean.fields.byline_vouch import RELATIVE, vouches
from newsclean.fields.limits import FIELD_CHARS
from newsclean.fields.names import (
    BYLINE_ROLES,
    INTERFACE_WORDS,
    MORE_BY,
    NOT_NAMES,
    PARTICLES,
    ROLE_WORDS,
    before_not_name,
    person_name,
)
from newsclean.lang import Language, agencies, alternation, either, every, months, with_english


def _patterns(key: str) -> str:
    """The pattern sources of ``key`` in every language as one alternation."""
    return "|".join(sorted(every(key)))


#: A clock time's words before and after it ("um 14:32 Uhr"), and the 12-hour clock's "a.m." and "p.m.".
_TIME_BEFORE, _TIME_AFTER = alternation("TIME_BEFORE"), rf"{alternation('TIME_AFTER')}|[ap]\.?m\.?"

#: Where a byline's names end: a separator, a date, a time, "on"/"am"/"le" before a date, a handle, a slash
#: before a month or a source's code in capitals ("Jane Doe/June 12", "Jane Doe/SP-X").
#: (Searched once from the start, so a match starts where its white space does: ``(?<!\s)``.)
_NAMES_END = re.compile(
    rf"(?<!\s)(?:\s++[|/•·—–-]\s*+|\s*+[|•·(@]\s*+|\s*+/\s*+(?=(?:{either(months())})\b|(?-i:[A-ZÀ-Þ][A-ZÀ-Þ0-9-]++)\s*+\Z)|\s*+\d"
    rf"|\s++(?:{alternation('BEFORE_DATE')}|(?-i:{alternation('BEFORE_DATE_LOWER')}))\s++"
    rf"|\s++(?:{alternation('AFTER_NAMES')})\b)",
    re.I,
)
#: Between names: a comma, or a word such as "and" (captured: a comma list and an "and" list differ).
#: The white space before one is read from its start only (a split resumes after the spaces a match took).
#: A comma or a semicolon may come before the word ("A, B, and C": the Oxford comma); "with" joins a co-author.
_AND = rf"{alternation('AND_WORDS')}|{alternation('WITH_WORDS')}|&"
_NAME_SPLIT = re.compile(
    rf"((?:(?<!\s)\s++)?[,;]\s*+(?:(?:{_AND})\s++)?|(?<!\s)\s++(?:{_AND})\s++|(?:(?<!\s)\s++)?&\s*+)", re.I
)
#: "Jane Doe reports", "Jane Doe and John Roe report from Kabul": the names before a reporting word.
_REPORTS = re.compile(
    rf"(?P<names>[^\W\d_][\w .'’-]{{2,120}}?)\s++(?-i:{alternation('REPORTS')}|report)"
    r"(?:\s++(?:from|for|in)\s++[\w'’-]++(?:\s++[\w'’-]++){0,5})?\s*+[.:]?",
    re.I,
)
_WITH_WORDS = every("WITH_WORDS")
#: Words that may come before "by" on a byline ("Posted on 3 May 2024 by ...").
_PUBLISHED = re.compile(rf"\b(?:{alternation('PUBLISHED')})\b", re.I)
#: Separators that end a text (a run is read from its start only).
_SEPARATORS = re.compile(r"(?<![\s|/•·—–,-])[\s|/•·—–,-]++$")
#: Degrees and honorifics after a name ("Jane Doe, PhD"): where the names end.
_DEGREES = every("DEGREES")
#: Words that may stand before a byline word alone on a line ("Published by", "Ein Kommentar von").
_LABEL_WORDS = every("LABEL_WORDS")
_MAY_BE_RELATIVE = re.compile(rf"\d|{_patterns('RELATIVE_CUES')}", re.I)
#: "Name @handle" or "Name, @handle": a name with its social-media handle.
_WITH_HANDLE = re.compile(r"(?P<name>[^@,|]*[^@,|\s])\s*+,?\s*+@\w++\s*+")
#: After a date at the start of a line: a separator (and a time), then a name.
_AFTER_DATE = re.compile(
    rf"\s*+[|•·—–,-]\s*+(?:(?:(?:{_TIME_BEFORE})\s++)?\d{{1,2}}[:.]\d\d(?:\s*+(?:{_TIME_AFTER}))?\s*+[|•·—–,-]\s*+)?"
    r"(?P<name>[^\d|•·]*[^\d|•·\s])\s*+",
    re.I,
)
#: A user name (a blog's or a forum's) after "Posted on ... by", ended by a separator, a date or the line's end.
_USERNAME = re.compile(
    rf"(?P<user>[^\W_][\w.-]{{1,30}}?)\.?(?=\s+[|•·—–-]|\s*[|•·,]|\s+(?:{alternation('AFTER_USERNAME')})\b|\s+\d|\s*\Z)"
)
#: Words that end a name before a date: "Jane Doe Zuletzt geändert am 06.11.2023".
_CHANGED = re.compile(rf"(?<!\s)\s++(?:{alternation('DATE_LABELS')})\b", re.I)
_FIRST_FIELD = re.compile(r"(?<!\s)(?:\s++[|•·—–-]\s++|\s*+[|•·]\s*+)")
#: A job title glued to the name before it by a scraper: "Evan HalperStaff Writer".
_GLUED_ROLE = re.compile(
    rf"(?<=[a-zß-ÿ])(?=(?:{either(sorted(word.capitalize() for word in every('GLUED_ROLES')))})\b)"
)
#: A profession before a name: "Rechtsanwalt Jane Doe".
_PROFESSION = re.compile(rf"^(?:{alternation('PROFESSIONS')})\s+", re.I)
#: What may follow the byline word at the end of a label: "AUTOR/IN", "Auteur(s) :".
_LABEL_ENDINGS = tuple(sorted(every("LABEL_ENDINGS")))
_ABOUT_WORDS = every("ABOUT")
#: A label line ("Ein Kommentar von", "21.01.2022 11:46 von") has at most this many words.
LABEL_WORDS_MAX = 8
#: Words of a comment link after a blog post's author ("Jane Doe 3 Kommentare", "Jane Doe Leave a comment").
_COMMENT_WORDS = every("COMMENT_WORDS")
#: Copyright notices name a rights holder, not an author.
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
#: A year (or a clock time) just before a byline word: "22. Dezember 201922. Dezember 2019 von ..."
_YEAR_END = re.compile(rf"(?:\d{{4}}|\d[:.]\d\d(?:\s*(?:{_TIME_AFTER}))?)[\s|•·—–,-]*\Z", re.I)
_LEADING_TIME = re.compile(
    rf"^[\s|•·—–,-]*+(?:(?:(?:{_TIME_BEFORE})\s++)?\d{{1,2}}[:.]\d\d(?:\s*+(?:{_TIME_AFTER}))?)?[\s|•·—–,-]*+", re.I
)
#: A heading over an author box ("About the author", "Über den Autor").
_ABOUT = re.compile(
    rf"(?:{alternation('ABOUT')})\s+(?:(?:{alternation('ABOUT_THE')})\s+)?"
    rf"(?:{alternation('AUTHOR_WORDS')})\b[\w/ ]{{0,20}}:?\Z",
    re.I,
)


class BylineParser:
    """Read one line as a byline, or say it is none.

    >>> parser = BylineParser(("by", "von"))
    >>> parser.parse("Von Max Mustermann")
    Byline(authors=('Max Mustermann',), organization=None, text='Von Max Mustermann')
    >>> parser.parse("Reuters November 18, 2019 11:03 PM").organization
    'Reuters'
    >>> parser.parse("ABBY GOODNOUGH | Staff Writer").authors
    ('Abby Goodnough',)
    >>> [parser.parse(text) for text in ("Email the author", "By the way", "Hours Ago Josh Constine")]
    [None, None, None]
    >>> parser.is_label("Von:"), parser.is_label("More by")
    (True, False)
    """

    def __init__(self, prefixes: tuple[str, ...], stopwords: frozenset[str] = frozenset()) -> None:
        self._stopwords = stopwords
        words = either(prefixes)
        # "By Jane Doe", "Von: Jane Doe", and glued by a scraper: "vonJane Doe", "ByJ.R. Stone" (a capital after)
        glued = either(prefixes + tuple(prefix.capitalize() for prefix in prefixes))
        self._prefixed = re.compile(
            rf"(?:^|[\s(|/•·—–-])(?:(?:{words})(?:\s*+:)?\s++(?=[^\W\d_])|(?-i:(?:{glued})(?=[A-ZÀ-Þ][a-zß-ÿ.])))",
            re.I,
        )
        self._edge = re.compile(rf"^\W{{0,3}}(?:{words})", re.I | re.M)
        self._label_ends = frozenset(prefix.split()[-1] for prefix in prefixes) | every("AUTHOR_WORDS")
        self._label = re.compile(
            rf"(?:(?P<before>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+)?(?:{words})(?:{either(_LABEL_ENDINGS)})?\s*:?\Z", re.I
        )
        agency_names, month_names = either(agencies()), either(months())
        self._agency = re.compile(rf"(?:{agency_names})\Z", re.I)
        # "AP", "Reuters | ...", "AFP 30 avril 2015", and glued to its date by a scraper: "Associated PressDecember 2"
        self._agency_first = re.compile(
            rf"^\(?(?P<org>{agency_names})\)?"
            rf"(?:\s*(?:[|/•·—–,-]|$)|\s+(?=\d|[^\W\d_]+\.? \d)|(?-i:(?=[A-Z]))(?=(?:{month_names})\.? \d))",
            re.I,
        )
        self._agency_after_place = re.compile(rf"^[^\W\d_][\w .'’-]{{0,40}}\((?P<org>{agency_names})\)\W*$", re.I)
        self._month_then_day = re.compile(rf"(?<!\s)\s++(?:{month_names})\.?\s++\d", re.I)
        self._dates: DateFinder | Dates = finder()

    def reading(self, dates: Dates) -> BylineParser:
        """This parser, looking dates up in ``dates`` (a page's: each text is searched once)."""
        parser = copy.copy(self)
        parser._dates = dates
        return parser

    def parse(self, text: str) -> Byline | None:
        """The byline ``text`` holds, or None (always for a text of more than ``FIELD_CHARS`` characters)."""
        if len(text) > FIELD_CHARS:
            return None
        prefixed = self._prefixed.search(text)
        head = text[: prefixed.start()] if prefixed else ""
        if prefixed is not None and ((_has_word(head) and not self._may_precede(head)) or _COPYRIGHT.search(head)):
            prefixed = None  # "... powered by Mocha and Chai": a sentence, not a byline
        if prefixed is not None:
            rest = text[prefixed.end() :]
            # "Ein Interview von A mit B": after a label, "with" names the one interviewed, not an author
            label = not _has_word(head) and len(prefixed.group().split()) <= 2
            authors, organization = self.names(rest, with_joins=label)
            single = len(authors) == 1 and " " not in authors[0]
            if (
                rest.rstrip().endswith(":")
                or (len(authors) > 1 and not any(" " in author for author in authors))
                or (single and rest.strip().isupper() and len(authors[0]) > 3)
            ):
                return None  # "By Main Ingredient:", "Von Risiken und Nebenwirkungen", "BY WEEK": a heading
            if authors or organization:
                return Byline(authors, organization, text)
            user = _USERNAME.match(rest)
            words = head.split()
            opens = _PUBLISHED.match(" ".join(words[:1])) or self._dates.search(head) or _YEAR_END.search(head)
            dated = len(words) <= 8 and (opens or self._dates.search(rest))
            if user is not None and dated and not text.endswith(".") and user["user"].casefold() not in NOT_NAMES:
                return Byline((user["user"],), None, text)  # "Veröffentlicht am 12. Juni 2017 von gizmo"
            return None
        reports = _REPORTS.fullmatch(text)
        if reports is not None:  # "Jane Doe reports from Kabul"
            authors, _ = self.names(reports["names"])
            if authors and all(self.name_line(author) for author in authors):
                return Byline(authors, None, text)
        agency = self._agency_first.match(text) or ("(" in text and self._agency_after_place.match(text))
        if agency:
            return Byline((), _canonical_agency(agency["org"]), text)
        role_form = _role_form(text)
        if role_form and role_form[1].casefold() in BYLINE_ROLES:
            name = person_name(role_form[0])
            return Byline((name,), None, text) if name and " " in name else None
        date = self._dates.search(text)
        start = _name_ends(text, date)
        if date is not None and start == date.start > 0 and text[start - 1].isalpha():
            start = 0  # "Yahoo FinanceOctober 13, 2016": a scraper glued the date to an outlet's name, or a person's
        if start > 0:  # "Jane Doe · 22. Oktober 2019", "Jane Doe 1 day ago", "Jane Doe @jd"
            before = _FIRST_FIELD.split(_SEPARATORS.sub("", text[:start]).strip(), maxsplit=1)[0]
            end = _CHANGED.search(before)
            name = self.name_line(before[: end.start()] if end else before)
            return Byline((name,), None, text) if name and " " in name else None
        after = _AFTER_DATE.fullmatch(text, date.end) if date is not None and date.start == 0 else None
        if after is not None:  # "04.02.2022 | 13:10 Uhr | Jane Doe"
            name = self.name_line(after["name"])
            return Byline((name,), None, text) if name else None
        if date is not None and date.start == 0:  # "1. Februar 2022 Jane Doe 6" (a blog's date, author, comments)
            rest = text[date.end :]
            again = self._dates.search(rest)
            rest = rest[again.end :] if again is not None and again.start == 0 else rest
            words = _LEADING_TIME.sub("", rest).split()
            then = words[2].casefold() if len(words) > 2 else ""
            if then[:1].isdigit() or then in _COMMENT_WORDS:  # the comment count follows the author
                name = self.name_line(" ".join(words[:2]))
                return Byline((name,), None, text) if name else None
        return None

    def _may_precede(self, head: str) -> bool:
        """Whether ``head`` may stand before a byline word: a date, "Posted on", "Ein Artikel"."""
        if _PUBLISHED.search(head) or self._dates.search(head) or _YEAR_END.search(head):
            return True
        words = head.casefold().split()
        return all(word in _LABEL_WORDS for word in words) or (len(words) <= 3 and words[-1] in {"|", "•", "·", "//"})

    def candidates(self, texts: list[str]) -> list[int]:
        """The positions of the ``texts`` that start with a byline word (one pass over all of them)."""
        joined = "\n".join(texts)
        found: list[int] = []
        line = position = 0
        for match in self._edge.finditer(joined):  # in order: count the line breaks since the last one
            line += joined.count("\n", position, match.start())
            position = match.start()
            if not found or found[-1] != line:
                found.append(line)
        return found

    def starts_byline(self, text: str) -> bool:
        """Whether ``text`` opens with a byline word ("By ...", "Von: ...") in its first ``FIELD_CHARS`` characters."""
        prefixed = self._prefixed.match(text, 0, FIELD_CHARS)
        return prefixed is not None and prefixed.start() == 0

    def is_label(self, text: str) -> bool:
        """Whether ``text`` is only a byline word ("Von:", "AUTOR/IN", "Published by"): the names follow.

        A date (and time) may come first: "21.01.2022 11:46 von".
        """
        words = text.casefold().rstrip(" :").split()
        if not words or len(text) > FIELD_CHARS:
            return False
        last = words[-1]
        if last not in self._label_ends and words[0] not in _ABOUT_WORDS:
            ending = last[-1] in ")n" and next((end for end in _LABEL_ENDINGS if last.endswith(end)), "")
            if not ending or last[: -len(ending)] not in self._label_ends:
                return False  # the cheap test first: a label ends with a byline word ("AUTOR/IN")
        date = self._dates.search(text)
        if date is not None and date.start == 0:
            text = _LEADING_TIME.sub("", text[date.end :])
        label = self._label.fullmatch(text.strip())
        if label is None:
            return _ABOUT.fullmatch(text.strip()) is not None
        return all(word in _LABEL_WORDS for word in (label["before"] or "").casefold().split())

    def names(self, rest: str, *, with_joins: bool = True) -> tuple[tuple[str, ...], str | None]:
        """Authors and organisation in the text after the byline word (none in one of more than ``FIELD_CHARS``);
        a name after "with" is a co-author when ``with_joins``, else the names end there."""
        if len(rest) > FIELD_CHARS:
            return (), None
        date = self._dates.search(rest)
        rest = rest[: date.start] if date else rest
        month = self._month_then_day.search(rest)  # "By Jane Doe March 18 at 3:57 PM": a date without a year
        rest = rest[: month.start()] if month else rest
        rest = _GLUED_ROLE.sub(" ", rest)  # "Evan HalperStaff Writer"
        end = _NAMES_END.search(rest)
        names_part, tail = (rest[: end.start()], rest[end.end() :]) if end else (rest, "")
        authors: list[str] = []
        organization = None
        parts = _NAME_SPLIT.split(names_part.strip(" .;:/|"))
        for at in range(0, len(parts), 2):
            part, joined_by = parts[at], parts[at - 1].strip() if at else ""
            if not part:
                continue
            if not with_joins and joined_by.casefold() in _WITH_WORDS:
                break
            if self._agency.match(part):
                organization = organization or _canonical_agency(part)
                continue
            words = part.casefold().split()
            if part.casefold() in BYLINE_ROLES or any(word.strip(".") in _DEGREES for word in words):
                if authors and not _joins_more(parts, at):
                    break  # "Jane Doe, PhD": the names are done
                continue
            if authors and any(word in ROLE_WORDS for word in words):
                if _joins_more(parts, at):
                    continue  # "Jane Doe, Staff Writer, and John Roe": a role between two names
                break  # "Jane Doe, Senior Staff Technologist, ..."
            part = self._before_stopword(_PROFESSION.sub("", part))
            name = person_name(part) or person_name(before_not_name(part))
            if name is not None and any(word.casefold() in INTERFACE_WORDS for word in name.split()):
                name = None  # "By ADD TO CART": a button
            if name is None or (authors and joined_by in {",", ";"} and " " not in name):
                if authors:
                    break  # "Jane Doe, Washington": a place or an outlet after the names
                return (), None
            authors.append(name)
        if organization is None and tail:
            after = _NAME_SPLIT.split(tail.strip(" .;:"))[0]
            organization = _canonical_agency(after) if self._agency.match(after) else None
        return tuple(authors), organization

    def _before_stopword(self, part: str) -> str:
        """``part`` up to a stop word after its first word ("Jane Doe Ein Kommentar" -> "Jane Doe")."""
        words = part.split()
        for i, word in enumerate(words[1:], start=1):
            folded = word.casefold()
            initial = len(word.strip(".")) == 1 and word[0].isupper()
            if folded in self._stopwords and folded not in PARTICLES and not initial:
                return " ".join(words[:i])
        return part

    def name_line(self, text: str, lang: Language | None = None) -> str | None:
        """The person a line of only a name names ("Jane Doe", "JANE DOE"), or None.

        Two to four capitalised words, none a stop word of ``lang`` (other than name particles
        such as "von" or "de"), a navigation word or a job title.
        """
        name = person_name(text)
        if name is None or not 2 <= len(name.split()) <= 4:
            return None
        if any(sum(char.isupper() for char in word[1:]) > 1 for word in name.split()):
            return None  # "LatestVideoThe": words run together, not a name ("McDonald", "DeFino" are)
        stop = lang.stopwords | self._stopwords if lang is not None else self._stopwords
        words = [word.casefold() for word in name.split() if word not in PARTICLES]
        if any(word in stop or word in ROLE_WORDS or word in MORE_BY for word in words):
            return None
        return name

    def vouches(self, name: Line, following: list[Line]) -> bool:
        """Whether the lines right after a name line show it as a byline (see :func:`vouches`)."""
        return vouches(self._dates, name, following)


def _name_ends(text: str, date: Found | None) -> int:
    """Where a name before a date, a relative time or a handle ends (0: nothing of the kind follows)."""
    if date is not None:
        return date.start
    relative = RELATIVE.search(text) if _MAY_BE_RELATIVE.search(text) else None
    if relative is not None:
        return relative.start()
    handle = _WITH_HANDLE.fullmatch(text) if "@" in text else None
    return handle.end("name") if handle else 0


def _role_form(text: str) -> tuple[str, str] | None:
    """The name and the job title of "NAME | Staff Writer" or "Jane Doe, Reporter" (one bar or comma), or None."""
    if text.count("|") + text.count(",") != 1:
        return None
    name, _, role = text.partition("|" if "|" in text else ",")
    return (name.rstrip(), role.strip()) if name and role else None


def _joins_more(parts: list[str], at: int) -> bool:
    """Whether the separator after ``parts[at]`` is a word such as "and" (another name follows), not a comma."""
    return at + 1 < len(parts) and parts[at + 1].strip(" ,") != ""


def _has_word(text: str) -> bool:
    return any(char.isalnum() for char in text)


def _canonical_agency(text: str) -> str:
    folded = text.strip().casefold()
    return next((agency for agency in agencies() if agency.casefold() == folded), text.strip())


@cache
def parser_for(lang: Language | None) -> BylineParser:
    """The parser of bylines in English and ``lang`` (one per language: its patterns are compiled once)."""
    languages = with_english(lang)
    prefixes = tuple(prefix for source in languages for prefix in source.byline_prefixes)
    return BylineParser(prefixes, frozenset().union(*(source.stopwords for source in languages)))
