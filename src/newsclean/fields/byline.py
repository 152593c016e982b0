"""Who wrote the article: the byline near the headline, split into authors and organisation.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Storm closes harbour\\nBy JOHN SMITH and Jane Doe, Associated Press\\nThe storm came.")
>>> byline = Bylines()(Page(doc, doc.lines)).values["byline"]
>>> byline.authors, byline.organization
(('John Smith', 'Jane Doe'), 'Associated Press')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from newsclean.article import Byline
from newsclean.contract import Extraction, Extractor, Page
from newsclean.document import Line
from newsclean.fields.byline_parser import LABEL_WORDS_MAX, BylineParser, parser_for
from newsclean.fields.limits import FIELD_CHARS
from newsclean.fields.names import ROLE_WORDS
from newsclean.fields.opener import opening_line
from newsclean.fields.pagetitle import host_names
from newsclean.lang import Language, alternation, either, months

#: Where the bio after a byline's name starts: "By Jane Doe, a senior reporter who ...".
_BIO = re.compile(rf",\s+(?:{alternation('BIO_STARTS')})\s", re.I)
#: A byline word, at most four words, then a date: "By Jane Doe/June 12, 2020 9:49 am EST/Updated: ...".
_NAME_THEN_DATE = re.compile(
    rf"\W{{0,3}}\w+(?:\s++[^\W\d_][\w.'’-]*+){{1,4}}\s*+[/|•·,–—-]?\s*+(?:\d|(?:{either(months())})\b)", re.I
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
        parser = parser_for(page.doc.language).reading(page.dates)
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
                return _placed(page, found)
            agency = agency or found  # an agency alone: a person's byline just below is better
        bare = self._bare_name(parser, page, titles)
        if bare is not None:
            return bare
        if agency is not None:
            return _placed(page, agency)
        return self._anywhere(parser, page)

    def _bare_name(self, parser: BylineParser, page: Page, titles: list[int]) -> Extraction | None:
        """A line of only a name around the headline, with a date, a time or a job title right after it."""
        near = _around(page.lines, titles, self.name_before, self.name_after + 6)
        for i, line in enumerate(near):
            if line.words > 6 or line.words < 2:
                continue
            if not any(t - self.name_before <= line.index <= t + self.name_after for t in titles):
                continue
            name = parser.name_line(line.text.rstrip(" ,"), page.doc.language)  # "Jane Doe," over "am 3. Mai"
            if name is None:
                role = _with_role(parser, line.text, page.doc.language)  # "Jane Doe Education editor"
                if role is not None:
                    return _placed(page, Extraction({"byline": Byline((role,), None, line.text)}, (line,)))
                continue
            below = near[i + 1] if i + 1 < len(near) and near[i + 1].index == line.index + 1 else None
            wire = parser.parse(below.text) if below is not None else None
            if below is not None and wire is not None and wire.organization and not wire.authors:
                byline = Byline((name,), wire.organization, f"{line.text} {below.text}")  # "JANE DOE" / "AP, May 3"
                return _placed(page, Extraction({"byline": byline}, (line, below)))
            above = near[i - 1] if i and near[i - 1].index == line.index - 1 else None
            dated_above = above is not None and above.words <= 6 and page.dates.search(above.text) is not None
            # not when the next line names the same person: a photo's subject over its caption
            dated_above = dated_above and (below is None or name.casefold() not in below.text.casefold())
            if dated_above or parser.vouches(line, near[i + 1 : i + 6]):  # "June 19, 2019" / "Jane Doe"
                return _placed(page, Extraction({"byline": Byline((name,), None, line.text)}, (line,)))
        return None

    def _anywhere(self, parser: BylineParser, page: Page) -> Extraction | None:
        """A line opening with a byline word ("By Jane Doe"), or a label over a name ("Autor:" / "Jane Doe"),
        far from the headline (or on a page without one): full names only, and the lines stay where they are."""
        lines = page.lines
        starts = set(parser.candidates([line.text for line in lines]))
        for i, line in enumerate(lines):
            start = i in starts
            if line.words > (self.max_words if start else LABEL_WORDS_MAX):
                continue
            found = None
            if start and parser.starts_byline(line.text):
                byline = parser.parse(line.text)
                found = Extraction({"byline": byline}, (line,)) if byline is not None else None
            elif i + 1 < len(lines) and line.words <= LABEL_WORDS_MAX and parser.is_label(line.text):
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
            if not head and parser.starts_byline(line.text) and _NAME_THEN_DATE.match(line.text):
                head = line.text  # "By Jane Doe/June 12, 2020 9:49 am EST/Updated: ...": the names end at the date
            byline = parser.parse(head) if head and len(head.split()) <= self.max_words else None
            if byline is None or not byline.authors or not all(" " in author for author in byline.authors):
                return None
            return Extraction({"byline": Byline(byline.authors, byline.organization, line.text)}, (line,))
        byline = parser.parse(line.text)
        if byline is not None:
            return Extraction({"byline": byline}, (line,))
        label = line.words <= LABEL_WORDS_MAX and i + 1 < len(lines) and lines[i + 1].words <= self.max_words
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


def below_text(page: Page, prose: int = 25) -> Callable[[Line], bool]:
    """A test of whether a line is below the article's text: two paragraphs of ``prose`` words or more of the
    page's open lines come between the headline above it (the last title line before it, or the page's top)
    and the line. A field line there (a byline closing a blog post, a date under a quoted tweet) stays in
    the body; a standfirst may come before the byline, the article's text not. One pass over the page.

    >>> from newsclean.document import Document
    >>> para = "The harbour closed on Monday as the storm reached the coast, and the port authority said that " * 2
    >>> doc = Document.from_text(f"Jane Doe\\n{para}\\n{para}\\nJane Doe")
    >>> below = below_text(Page(doc, doc.lines))
    >>> below(doc.lines[0]), below(doc.lines[3])
    (False, True)
    """
    titles = sorted(title.index for title in page.titles)
    paragraphs = [line.index for line in page.lines if line.words >= prose]

    def below(line: Line) -> bool:
        at = bisect_left(titles, line.index)
        headline = titles[at - 1] if at else -1
        return bisect_left(paragraphs, line.index) - bisect_left(paragraphs, headline + 1) >= 2

    return below


def _with_role(parser: BylineParser, text: str, lang: Language | None) -> str | None:
    """The name of a line of a name and the job title after it, or None: the longest name before words
    that are all job words ("Mary Ann Smith Reporter"), or the first two words before a title that ends
    with one in small letters ("Jane Doe Education editor")."""
    words = text.split()
    cuts = range(len(words) - 1, 1, -1)
    role_only = [cut for cut in cuts if all(word.casefold() in ROLE_WORDS for word in words[cut:])]
    ending = [2] if len(words) > 2 and words[-1].casefold() in ROLE_WORDS else []
    # a job word in small letters after a capitalised word: that word opens the title ("Education editor")
    for cut in ending + role_only if words[-1].islower() else role_only + ending:
        name = parser.name_line(" ".join(words[:cut]), lang)
        if name is not None:
            return name
    return None


def _placed(page: Page, found: Extraction) -> Extraction:
    """Where the byline's lines go: into the byline, with a job title on the line below it; but a byline
    below the article's text (:func:`below_text`: "Posted by Jane Doe at 9:00 PM" under a blog post)
    stays where it is."""
    first = found.lines[0]
    if below_text(page)(first):
        return Extraction(found.values)
    if len(found.lines) > 1:
        return found
    lines = page.lines
    after = bisect_left(lines, first.index + 1, key=_index)
    role = lines[after] if after < len(lines) and lines[after].index == first.index + 1 else None
    if role is not None and role.words <= 6 and any(word in ROLE_WORDS for word in role.norm.split()):
        return Extraction(found.values, (first, role))  # "By Jane Doe" over "Business reporter"
    return Extraction(found.values, (first,))


def _titles(page: Page) -> list[int]:
    """The indexes of the lines that hold the title (the page title and its repeats), or [0]; on a page whose
    headline is only the page title, also the line that opens the article (:func:`opening_line`): the
    byline stands under the article's own headline, not under the page title."""
    titles = [line.index for line in page.titles] or [0]
    if titles[-1] == 0:
        opener = opening_line(page.lines, page.dates, host_names(page.doc.url), page.doc.site)
        if opener is not None and opener.index > 0:
            titles.append(opener.index)
    return titles


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
