"""Who wrote the article: the byline near the headline, split into authors and organisation.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Storm closes harbour\\nBy JOHN SMITH and Jane Doe, Associated Press\\nThe storm came.")
>>> byline = Bylines()(Page(doc, doc.lines)).values["byline"]
>>> byline.authors, byline.organization
(('John Smith', 'Jane Doe'), 'Associated Press')
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.article import Byline
from newsclean.document import Line
from newsclean.fields.dates import DateFinder
from newsclean.lang import Language, either, with_english
from newsclean.lang.common import AGENCIES, BYLINE_ROLES, NOT_NAMES
from newsclean.pipeline import Extraction, Extractor, Page

#: Where a byline's names end: a separator, a date, a time, "on"/"am"/"le" before a date.
_NAMES_END = re.compile(
    r"\s+[|/•·—–-]\s*|\s*[|•·]\s*|\s*\d|\s+(?:on|am|le|el|il|em|op|in|im|under|unter|dans|for|für|at|um)\s+"
    r"|\s+(?:published|posted|updated|created|erstellt|veröffentlicht|aktualisiert|geändert|publié|publicado)\b",
    re.I,
)
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|und|et|y|e|en|&)\s+|\s*&\s*", re.I)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+){0,5}\.?")
#: Words that may come before "by" on a byline ("Posted on 3 May 2024 by ...").
_PUBLISHED = re.compile(
    r"\b(?:posted|published|written|updated|veröffentlicht|geschrieben|erstellt|aktualisiert|publié|publicado|"
    r"pubblicato|gepubliceerd)\b",
    re.I,
)
_SEPARATORS = re.compile(r"[\s|/•·—–,-]+$")
_ROLE_FORM = re.compile(r"(?P<name>[^|,]+?)\s*[|,]\s*(?P<role>[^|,]+?)\s*\Z")
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "del", "della", "dos", "du", "la", "le", "bin", "al"}
)


class Bylines(Extractor):
    """Take the first line near the headline that reads as a byline.

    A byline names people after a word such as "By", "Von", "Par" (or stands as "NAME | Staff
    Writer"), or names a news agency. Agencies go to ``organization``, never to ``authors``;
    names in capitals are title-cased; job titles, navigation words and times are not names.
    """

    name = "byline"
    field = "byline"

    def __init__(self, before: int = 3, after: int = 60, max_words: int = 16) -> None:
        self.before = before
        self.after = after
        self.max_words = max_words

    def __call__(self, page: Page) -> Extraction | None:
        parser = _parser(page.doc.language)
        for line in near_headline(page, page.lines, self.before, self.after):
            if line.words <= self.max_words:
                byline = parser.parse(line.text)
                if byline is not None:
                    return Extraction({"byline": byline}, (line,))
        return None


def near_headline(page: Page, lines: tuple[Line, ...], before: int, after: int) -> list[Line]:
    """The lines from ``before`` lines above the headline (the page's repeat of the title) to ``after`` below."""
    titles = [index for index, fate in page.fates.items() if fate == "title"]
    headline = max(titles, default=0)
    return [line for line in lines if headline - before <= line.index <= headline + after]


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
    """

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        words = either(prefixes)
        self._prefixed = re.compile(rf"(?:^|[\s(|/•·—–-])(?:{words})\s*:?\s+(?=[^\W\d_])", re.I)
        agencies = either(AGENCIES)
        self._agency = re.compile(rf"(?:{agencies})\Z", re.I)
        self._agency_first = re.compile(
            rf"^\(?(?P<org>{agencies})\)?(?:\s*(?:[|/•·—–,-]|$)|\s+(?=\d|[^\W\d_]+\.? \d))", re.I
        )
        self._agency_after_place = re.compile(rf"^[^\W\d_][\w .'’-]{{0,40}}\((?P<org>{agencies})\)\W*$", re.I)
        self._dates = DateFinder()

    def parse(self, text: str) -> Byline | None:
        """The byline ``text`` holds, or None."""
        prefixed = self._prefixed.search(text)
        head = text[: prefixed.start()] if prefixed else ""
        if prefixed is not None and head.strip() and not (_PUBLISHED.search(head) or self._dates.search(head)):
            prefixed = None  # "... powered by Mocha and Chai": a sentence, not a byline
        if prefixed is not None:
            authors, organization = self._names(text[prefixed.end() :])
            if authors or organization:
                return Byline(authors, organization, text)
            return None
        agency = self._agency_first.match(text) or self._agency_after_place.match(text)
        if agency is not None:
            return Byline((), _canonical_agency(agency["org"]), text)
        role_form = _ROLE_FORM.match(text)
        if role_form and role_form["role"].casefold() in BYLINE_ROLES:
            name = _name(role_form["name"])
            return Byline((name,), None, text) if name and " " in name else None
        dated = self._dates.search(text)
        if dated is not None and dated.start > 0:  # "Jane Doe · 22. Oktober 2019": a name, then the date
            name = _name(_SEPARATORS.sub("", text[: dated.start]).strip())
            return Byline((name,), None, text) if name and " " in name else None
        return None

    def _names(self, rest: str) -> tuple[tuple[str, ...], str | None]:
        """Authors and organisation in the text after the byline word."""
        date = self._dates.search(rest)
        rest = rest[: date.start] if date else rest
        end = _NAMES_END.search(rest)
        names_part, tail = (rest[: end.start()], rest[end.end() :]) if end else (rest, "")
        authors: list[str] = []
        organization = None
        for part in _NAME_SPLIT.split(names_part.strip(" .;:")):
            if not part:
                continue
            if self._agency.match(part):
                organization = organization or _canonical_agency(part)
            elif part.casefold() in BYLINE_ROLES:
                continue
            else:
                name = _name(part)
                if name is None:
                    return (), None
                authors.append(name)
        if organization is None and tail:
            after = _NAME_SPLIT.split(tail.strip(" .;:"))[0]
            organization = _canonical_agency(after) if self._agency.match(after) else None
        return tuple(authors), organization


def _name(text: str) -> str | None:
    """A person's name (title-cased when written in capitals), or None when ``text`` is no name."""
    tokens = text.strip(" .").split()
    if not 1 <= len(tokens) <= 4 or not all(_TOKEN.fullmatch(token) for token in tokens):
        return None
    if any(token.casefold() in NOT_NAMES for token in tokens) or not tokens[0][0].isupper():
        return None
    if not all(token[0].isupper() or token in _PARTICLES for token in tokens):
        return None
    if all(token.isupper() for token in tokens if len(token) > 1):
        return " ".join(token if token.casefold() in _PARTICLES else token.capitalize() for token in tokens)
    return " ".join(tokens)


def _canonical_agency(text: str) -> str:
    folded = text.strip().casefold()
    return next((agency for agency in AGENCIES if agency.casefold() == folded), text.strip())


@cache
def _parser(lang: Language | None) -> BylineParser:
    return BylineParser(tuple(prefix for source in with_english(lang) for prefix in source.byline_prefixes))
