"""Who wrote the article: the byline near the headline, split into authors and organisation.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Storm closes harbour\\nBy JOHN SMITH and Jane Doe, Associated Press\\nThe storm came.")
>>> byline = Bylines()(Page(doc, doc.lines)).values["byline"]
>>> byline.authors, byline.organization
(('John Smith', 'Jane Doe'), 'Associated Press')
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from newsclean.article import Byline
from newsclean.contract import Extraction, Extractor, Page
from newsclean.dates import DateFinder, Dates, Found, finder
from newsclean.document import Line
from newsclean.fields.limits import FIELD_CHARS
from newsclean.lang import Language, agencies, either, every, months, with_english
from newsclean.lang.common import NAME_PARTICLES


def _words(key: str) -> str:
    """The words of ``key`` in every language as one alternation (see :func:`newsclean.lang.every`)."""
    return either(sorted(every(key)))


def _patterns(key: str) -> str:
    """The pattern sources of ``key`` in every language as one alternation."""
    return "|".join(sorted(every(key)))


#: Job titles that follow a name on a byline ("JOHN SMITH | Staff Writer"): never an author.
BYLINE_ROLES = every("BYLINE_ROLES")
#: Words that are never part of a person's name on a byline (navigation, prompts, times).
NOT_NAMES = every("NOT_NAMES")
#: A clock time's words before and after it ("um 14:32 Uhr"), and the 12-hour clock's "a.m." and "p.m.".
_TIME_BEFORE, _TIME_AFTER = _words("TIME_BEFORE"), rf"{_words('TIME_AFTER')}|[ap]\.?m\.?"

#: Where a byline's names end: a separator, a date, a time, "on"/"am"/"le" before a date, a handle.
#: (Searched once from the start, so a match starts where its white space does: ``(?<!\s)``.)
_NAMES_END = re.compile(
    r"(?<!\s)(?:\s++[|/•·—–-]\s*+|\s*+[|•·(@]\s*+|\s*+\d"
    rf"|\s++(?:{_words('BEFORE_DATE')}|(?-i:{_words('BEFORE_DATE_LOWER')}))\s++"
    rf"|\s++(?:{_words('AFTER_NAMES')})\b)",
    re.I,
)
#: Between names: a comma, or a word such as "and" (captured: a comma list and an "and" list differ).
#: The white space before one is read from its start only (a split resumes after the spaces a match took).
_NAME_SPLIT = re.compile(
    rf"((?:(?<!\s)\s++)?,\s*+|(?<!\s)\s++(?:{_words('AND_WORDS')}|&)\s++|(?:(?<!\s)\s++)?&\s*+)", re.I
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+){0,5}\.?")
#: Words that may come before "by" on a byline ("Posted on 3 May 2024 by ...").
_PUBLISHED = re.compile(rf"\b(?:{_words('PUBLISHED')})\b", re.I)
#: Separators that end a text (a run is read from its start only).
_SEPARATORS = re.compile(r"(?<![\s|/•·—–,-])[\s|/•·—–,-]++$")
_PARTICLES = every("NAME_PARTICLES") | NAME_PARTICLES
#: Single words that make a line a job title ("Political Editor", "Redakteur für Wirtschaft").
_ROLE_WORDS = frozenset(word for role in BYLINE_ROLES for word in role.split()) - every("ROLE_QUALIFIERS") | every(
    "JOB_WORDS"
)
#: Degrees and honorifics after a name ("Jane Doe, PhD"): where the names end.
_DEGREES = every("DEGREES")
#: Words before a byline word that make it a pointer elsewhere ("More by", "Mehr von"), not a byline.
_MORE = every("MORE_BY")
#: Words that may stand before a byline word alone on a line ("Published by", "Ein Kommentar von").
_LABEL_WORDS = every("LABEL_WORDS")
#: A time relative to now ("3 hours ago", "vor 2 Stunden", "hace 4 minutos", "Jane Doe • 8h"): the line is no sentence.
_RELATIVE = re.compile(_patterns("RELATIVE_TIMES"), re.I)
_MAY_BE_RELATIVE = re.compile(rf"\d|{_patterns('RELATIVE_CUES')}", re.I)
#: What may follow a name line under a headline: a reading time, a clock time, a handle.
_READ_TIME = re.compile(
    rf"\b\d+\s*min(?:ute)?s?\.?\s*(?:{_words('READ_TIME')})\b|\b(?:{_words('READ_TIME_ALONE')})\b", re.I
)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\b", re.I)
_FILLER = re.compile(rf"(?:{_words('FOLLOW')}|twitter|@\w+|\W*)\Z", re.I)
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
    rf"(?P<user>[^\W_][\w.-]{{1,30}}?)\.?(?=\s+[|•·—–-]|\s*[|•·,]|\s+(?:{_words('AFTER_USERNAME')})\b|\s+\d|\s*\Z)"
)
#: Words that end a name before a date: "Jane Doe Zuletzt geändert am 06.11.2023".
_CHANGED = re.compile(rf"(?<!\s)\s++(?:{_words('DATE_LABELS')})\b", re.I)
_FIRST_FIELD = re.compile(r"(?<!\s)(?:\s++[|•·—–-]\s++|\s*+[|•·]\s*+)")
#: A job title glued to the name before it by a scraper: "Evan HalperStaff Writer".
_GLUED_ROLE = re.compile(
    rf"(?<=[a-zß-ÿ])(?=(?:{either(sorted(word.capitalize() for word in every('GLUED_ROLES')))})\b)"
)
#: A profession before a name: "Rechtsanwalt Jane Doe".
_PROFESSION = re.compile(rf"^(?:{_words('PROFESSIONS')})\s+", re.I)
#: What may follow the byline word at the end of a label: "AUTOR/IN", "Auteur(s) :".
_LABEL_ENDINGS = tuple(sorted(every("LABEL_ENDINGS")))
_ABOUT_WORDS = every("ABOUT")
#: A label line ("Ein Kommentar von", "21.01.2022 11:46 von") has at most this many words.
_LABEL_WORDS_MAX = 8
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
    rf"(?:{_words('ABOUT')})\s+(?:(?:{_words('ABOUT_THE')})\s+)?(?:{_words('AUTHOR_WORDS')})\b[\w/ ]{{0,20}}:?\Z", re.I
)


class Bylines(Extractor):
    """Take the first line near the headline that reads as a byline.

    A byline names people after a word such as "By", "Von", "Par" (on the line, or alone on the
    line above), stands as "NAME | Staff Writer" or "Jane Doe · 3 May 2024", or names a news
    agency. Agencies go to ``organization``, never to ``authors``; names in capitals are
    title-cased; job titles, navigation words and times are not names. Without such a line, a
    line of just a name just around the headline is the byline when a date, a time, a reading
    time or a job title follows it. A line of more than ``FIELD_CHARS`` characters is no byline
    (of one that runs into a bio, "By Jane Doe, a senior reporter who ...", that many are read).

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("Storm closes harbour\\nJane Doe\\nMarch 3, 2024\\nThe storm came.")
    >>> Bylines()(Page(doc, doc.lines)).values["byline"].authors
    ('Jane Doe',)
    """

    name = "byline"
    field = "byline"

    def __init__(
        self,
        before: int = 3,
        after: int = 60,
        max_words: int = 16,
        name_before: int = 3,
        name_after: int = 12,
        prefer_person: int = 60,
    ) -> None:
        self.before = before
        self.after = after
        self.max_words = max_words
        self.name_before = name_before
        self.name_after = name_after
        self.prefer_person = prefer_person

    def __call__(self, page: Page) -> Extraction | None:
        parser = _parser(page.doc.language).reading(page.dates)
        titles = _titles(page)
        lines = _around(page.lines, titles, self.before, self.after)
        agency: Extraction | None = None
        for i, line in enumerate(lines):
            if agency is not None and line.index - agency.lines[0].index > self.prefer_person:
                break
            found = self._line(parser, lines, i, page.doc.language)
            if found is None:
                continue
            if found.values["byline"].authors:
                return _placed(page, found, titles)
            agency = agency or found  # an agency alone: a person's byline just below is better
        bare = self._bare_name(parser, page, titles)
        if bare is not None:
            return bare
        if agency is not None:
            return _placed(page, agency, titles)
        return self._anywhere(parser, page)

    def _bare_name(self, parser: BylineParser, page: Page, titles: list[int]) -> Extraction | None:
        """A line of only a name around the headline, with a date, a time or a job title right after it."""
        near = _around(page.lines, titles, self.name_before, self.name_after + 6)
        for i, line in enumerate(near):
            if line.words > 4 or line.words < 2:
                continue
            if not any(t - self.name_before <= line.index <= t + self.name_after for t in titles):
                continue
            name = parser.name_line(line.text, page.doc.language)
            if name is None:
                continue
            below = near[i + 1] if i + 1 < len(near) and near[i + 1].index == line.index + 1 else None
            wire = parser.parse(below.text) if below is not None else None
            if below is not None and wire is not None and wire.organization and not wire.authors:
                byline = Byline((name,), wire.organization, f"{line.text} {below.text}")  # "JANE DOE" / "AP, May 3"
                return Extraction({"byline": byline}, (line, below))
            if parser.vouches(line, near[i + 1 : i + 6]):
                return Extraction({"byline": Byline((name,), None, line.text)}, (line,))
        return None

    def _anywhere(self, parser: BylineParser, page: Page) -> Extraction | None:
        """A line opening with a byline word ("By Jane Doe"), or a label over a name ("Autor:" / "Jane Doe"),
        far from the headline (or on a page without one): full names only, and the lines stay where they are."""
        lines = page.lines
        starts = set(parser.candidates([line.text for line in lines]))
        for i, line in enumerate(lines):
            start = i in starts
            if line.words > (self.max_words if start else _LABEL_WORDS_MAX):
                continue
            found = None
            if start and parser.starts_byline(line.text):
                byline = parser.parse(line.text)
                found = Extraction({"byline": byline}, (line,)) if byline is not None else None
            elif i + 1 < len(lines) and line.words <= _LABEL_WORDS_MAX and parser.is_label(line.text):
                found = self._line(parser, lines, i, page.doc.language)
            authors = found.values["byline"].authors if found is not None else ()
            if found is not None and authors and all(" " in author for author in authors):
                return Extraction(found.values)  # the line stays where it is: it may close the body
        return None

    def _line(
        self, parser: BylineParser, lines: Sequence[Line], i: int, page_lang: Language | None
    ) -> Extraction | None:
        """The byline on ``lines[i]``, or on it and the next line when it is a label ("Von:")."""
        line = lines[i]
        if line.words > self.max_words:  # only "By Jane Doe, a senior reporter who covers ...": a name, a bio
            bio = _BIO.search(line.text, 0, FIELD_CHARS) if parser.starts_byline(line.text) else None
            head = line.text[: bio.start()] if bio is not None else ""
            byline = parser.parse(head) if head and len(head.split()) <= self.max_words else None
            if byline is None or not byline.authors or not all(" " in author for author in byline.authors):
                return None
            return Extraction({"byline": Byline(byline.authors, byline.organization, line.text)}, (line,))
        byline = parser.parse(line.text)
        if byline is not None:
            return Extraction({"byline": byline}, (line,))
        label = line.words <= _LABEL_WORDS_MAX and i + 1 < len(lines) and lines[i + 1].words <= self.max_words
        if label and parser.is_label(line.text):
            following = lines[i + 1]
            authors, organization = parser.names(following.text)
            if any(parser.name_line(author, page_lang) is None for author in authors):
                return None  # "Von:" over a menu word ("Suche"), or a label over a label
            if authors or organization:
                text = f"{line.text} {following.text}"
                return Extraction({"byline": Byline(authors, organization, text)}, (line, following))
        return None


def near_headline(page: Page, lines: tuple[Line, ...], before: int, after: int) -> list[Line]:
    """The lines from ``before`` lines above the headline (the page's repeat of the title) to ``after`` below."""
    headline = page.headline.index if page.headline else 0
    return [line for line in lines if headline - before <= line.index <= headline + after]


def _placed(page: Page, found: Extraction, titles: list[int], prose: int = 25) -> Extraction:
    """Where the byline's lines go: into the byline, with a
    job title on the line below it; but a byline below the article's paragraphs ("Posted by
    Jane Doe at 9:00 PM" under a blog post) stays where it is."""
    first = found.lines[0]
    headline = max((title for title in titles if title < first.index), default=-1)
    lines = page.lines
    start = bisect_left(lines, headline + 1, key=_index)
    paragraphs = 0
    for line in lines[start:]:
        if line.index >= first.index:
            break
        paragraphs += line.words >= prose
        if paragraphs == 2:  # a standfirst may come before the byline, the article's text not
            return Extraction(found.values)
    if len(found.lines) > 1:
        return found
    after = bisect_left(lines, first.index + 1, key=_index)
    role = lines[after] if after < len(lines) and lines[after].index == first.index + 1 else None
    if role is not None and role.words <= 6 and any(word in _ROLE_WORDS for word in role.norm.split()):
        return Extraction(found.values, (first, role))  # "By Jane Doe" over "Business reporter"
    return Extraction(found.values, (first,))


def _titles(page: Page) -> list[int]:
    """The indexes of the lines that hold the title (the page title and its repeats), or [0]."""
    return [line.index for line in page.titles] or [0]


def _around(lines: Sequence[Line], titles: list[int], before: int, after: int) -> list[Line]:
    """The ``lines`` (in input order) from ``before`` above to ``after`` below any of the sorted ``titles``."""
    spans: list[list[int]] = []
    for title in titles:
        if spans and title - before <= spans[-1][1] + 1:
            spans[-1][1] = title + after
        else:
            spans.append([title - before, title + after])
    found: list[Line] = []
    for low, high in spans:
        for line in lines[bisect_left(lines, low, key=_index) :]:
            if line.index > high:
                break
            found.append(line)
    return found


def _index(line: Line) -> int:
    return line.index


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
        # "By Jane Doe", "Von: Jane Doe", and glued by a scraper: "vonJane Doe" (in small letters, a capital after)
        self._prefixed = re.compile(
            rf"(?:^|[\s(|/•·—–-])(?:(?:{words})(?:\s*+:)?\s++(?=[^\W\d_])|(?-i:(?:{words})(?=[A-ZÀ-Þ][a-zß-ÿ])))",
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
            authors, organization = self.names(rest)
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
        agency = self._agency_first.match(text) or ("(" in text and self._agency_after_place.match(text))
        if agency:
            return Byline((), _canonical_agency(agency["org"]), text)
        role_form = _role_form(text)
        if role_form and role_form[1].casefold() in BYLINE_ROLES:
            name = _name(role_form[0])
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

    def names(self, rest: str) -> tuple[tuple[str, ...], str | None]:
        """Authors and organisation in the text after the byline word (none in one of more than ``FIELD_CHARS``)."""
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
        parts = _NAME_SPLIT.split(names_part.strip(" .;:"))
        for at in range(0, len(parts), 2):
            part, joined_by = parts[at], parts[at - 1].strip() if at else ""
            if not part:
                continue
            if self._agency.match(part):
                organization = organization or _canonical_agency(part)
                continue
            words = part.casefold().split()
            if part.casefold() in BYLINE_ROLES or any(word.strip(".") in _DEGREES for word in words):
                if authors:
                    break  # "Jane Doe, PhD": the names are done
                continue
            if authors and any(word in _ROLE_WORDS for word in words):
                break  # "Jane Doe, Senior Staff Technologist, ..."
            part = self._before_stopword(_PROFESSION.sub("", part))
            name = _name(part) or _name(_before_not_name(part))
            if name is None or (authors and joined_by == "," and " " not in name):
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
            if folded in self._stopwords and folded not in _PARTICLES and not initial:
                return " ".join(words[:i])
        return part

    def name_line(self, text: str, lang: Language | None = None) -> str | None:
        """The person a line of only a name names ("Jane Doe", "JANE DOE"), or None.

        Two to four capitalised words, none a stop word of ``lang`` (other than name particles
        such as "von" or "de"), a navigation word or a job title.
        """
        name = _name(text)
        if name is None or not 2 <= len(name.split()) <= 4:
            return None
        if any(sum(char.isupper() for char in word[1:]) > 1 for word in name.split()):
            return None  # "LatestVideoThe": words run together, not a name ("McDonald", "DeFino" are)
        stop = lang.stopwords | self._stopwords if lang is not None else self._stopwords
        words = [word.casefold() for word in name.split() if word not in _PARTICLES]
        if any(word in stop or word in _ROLE_WORDS or word in _MORE for word in words):
            return None
        return name

    def vouches(self, name: Line, following: list[Line]) -> bool:
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
            if self._dates.search(text) or _RELATIVE.search(text) or _CLOCK.match(text):
                later = following[i + 2 : i + 4]
                return not any(other.words <= 12 and self._dates.search(other.text) for other in later)
            return bool(
                _READ_TIME.search(text)
                or (len(words) <= 6 and (words[0] in _ROLE_WORDS | _MORE_ROLES or words[-1] in _ROLE_WORDS))
            )
        return False


#: Where the bio after a byline's name starts: "By Jane Doe, a senior reporter who ...".
_BIO = re.compile(rf",\s+(?:{_words('BIO_STARTS')})\s", re.I)

#: Words that open a job title ("Redakteur für Wirtschaft") besides the role words.
_MORE_ROLES = every("ROLE_OPENERS")


def _name_ends(text: str, date: Found | None) -> int:
    """Where a name before a date, a relative time or a handle ends (0: nothing of the kind follows)."""
    if date is not None:
        return date.start
    relative = _RELATIVE.search(text) if _MAY_BE_RELATIVE.search(text) else None
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


def _before_not_name(text: str) -> str:
    """``text`` up to its first word that is never a name ("Jane Doe Twitter Account" -> "Jane Doe")."""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if word.casefold().strip(":,.") in NOT_NAMES), len(words))
    return " ".join(words[:cut]) if cut >= 2 else ""


def _has_word(text: str) -> bool:
    return any(char.isalnum() for char in text)


#: "Europäische", "Olympisches": adjectives, never part of a name.
_ADJECTIVE = re.compile(rf"(?:{_words('ADJECTIVE_ENDINGS')})\Z", re.I)


def _name(text: str) -> str | None:
    """A person's name (title-cased when written in capitals), or None when ``text`` is no name."""
    if len(text) > FIELD_CHARS:
        return None
    tokens = text.replace("\xad", "").strip(" .").split()
    if not 1 <= len(tokens) <= 4 or not all(_TOKEN.fullmatch(token) for token in tokens):
        return None
    if any(token.casefold() in NOT_NAMES or _ADJECTIVE.search(token) for token in tokens) or not tokens[0][0].isupper():
        return None
    if not all(token[0].isupper() or token in _PARTICLES for token in tokens) or tokens[-1].casefold() in _PARTICLES:
        return None
    if all(token.isupper() for token in tokens if len(token) > 1):
        return " ".join(token if token.casefold() in _PARTICLES else token.capitalize() for token in tokens)
    return " ".join(tokens)


def _canonical_agency(text: str) -> str:
    folded = text.strip().casefold()
    return next((agency for agency in agencies() if agency.casefold() == folded), text.strip())


@cache
def _parser(lang: Language | None) -> BylineParser:
    languages = with_english(lang)
    prefixes = tuple(prefix for source in languages for prefix in source.byline_prefixes)
    return BylineParser(prefixes, frozenset().union(*(source.stopwords for source in languages)))
