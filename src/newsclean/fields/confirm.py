"""Metadata proposes, the visible text confirms: the title, authors and date of a page chosen among the
candidates of :func:`newsclean.readers.html_meta.read_metadata` by the lines a reader sees.

Each function is pure: it takes the page's metadata, its visible lines (the text of the blocks,
without the ``<title>``) and what the text alone found, and returns the choice.

>>> from newsclean.readers.html_meta import Candidate, PageMetadata
>>> meta = PageMetadata(
...     titles=(Candidate("Storm closes harbour | Coast News", "title"),),
...     site_names=(Candidate("Coast News", "og:site_name"),),
...     authors=(Candidate("Coast News Staff", "author"),),
...     published=(Candidate("2031-01-01", "time"),),
... )
>>> lines = ["Coast News", "Storm closes harbour", "By Jane Doe", "March 3, 2024", "The port closed."]
>>> choose_title(meta, lines)
'Storm closes harbour'
>>> choose_authors(meta, lines, byline=("Jane Doe",))
('Jane Doe',)
>>> choose_date(meta, lines, text_date="2024-03-03")
'2024-03-03'
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence

from newsclean.dates import finder
from newsclean.document import normalise, shape_key
from newsclean.fields.byline_parser import parser_for
from newsclean.fields.names import person_name
from newsclean.fields.pagetitle import plausible, title_cuts
from newsclean.lang import LANGUAGES, language
from newsclean.prose import FULL_STOPS
from newsclean.readers.html_meta import Candidate, PageMetadata

#: Characters that may stand between a headline and the rest of a page title.
_TITLE_JOINS = frozenset("|-–—:·•«»/›~," + FULL_STOPS)
#: The least Dice coefficient of words between a heading and a stated title for the heading to reword it.
REWORDING = 0.5
_WORD = re.compile(r"\w+")
#: A host name ("tagesschau.de", "ORF.at"): an author that names a site, not a person.
_HOST = re.compile(r"\w\.[a-z]{2,24}\b")
#: How many hours from midnight a metadata time may fall on the neighbouring day of the publisher's calendar.
NIGHT = 6
#: Sources of a date that name it the article's publication date: the article's JSON-LD, ``<meta>``
#: ``article:published_time`` or ``datePublished``, an ``itemprop=datePublished`` element.
STATED_DATES = frozenset(
    {"json-ld", "article:published_time", "og:article:published_time", "datepublished", "itemprop"}
)
#: Element sources the markup itself marks as the author (a link's ``rel``, an ``itemprop``).
_STATED_ELEMENTS = frozenset({"itemprop", "rel=author"})
#: The most words of a user name taken as written from an author link or ``itemprop`` element.
MAX_HANDLE_WORDS = 3
#: Author sources read from an element's text (a byline box), not from a name the markup states.
_ELEMENT_AUTHORS = frozenset({"byline", "itemprop", "rel=author"})


def title_candidates(meta: PageMetadata) -> list[str]:
    """Every title the metadata states, the most trusted first, then the headline part of each at a site
    separator (:func:`newsclean.fields.pagetitle.title_cuts`) or after a kicker's colon, and the ``h1``
    headings that are part of a stated title (a heading alone is no metadata: a page's logo and menus
    are headings too); none that names the site or is the other side of a cut.

    >>> from newsclean.readers.html_meta import Candidate, PageMetadata
    >>> titles = (Candidate("Coast News » Storm closes harbour", "title"), Candidate("Menu", "h1"))
    >>> title_candidates(PageMetadata(titles=titles))
    ['Coast News » Storm closes harbour', 'Coast News', 'Storm closes harbour']
    """
    whole = [candidate.value for candidate in meta.titles if candidate.source != "h1"]
    sites = {_key(site.value) for site in meta.site_names} - {_key(title) for title in whole}
    cuts = [cut for title in whole for cut in title_cuts(title) if plausible(cut)]
    last = [cut for title in whole for cut in title_cuts(title)[:1] if cut.suffix and len(cut.site) < len(cut.head)]
    sites |= {_key(cut.site) for cut in last}  # a title's short last part names the site
    kicked = [title.split(": ", 1)[1] for title in whole if ": " in title]  # "Climate: Storm closes harbour"
    headings = [c.value for c in meta.titles if c.source == "h1" and any(_inside(c.value, title) for title in whole)]
    parts = [cut.head for cut in cuts] + kicked + headings
    return [title for title in dict.fromkeys(whole + parts) if _key(title) and _key(title) not in sites]


def choose_title(meta: PageMetadata, lines: Sequence[str]) -> str | None:
    """The page's title, confirmed by the visible lines.

    1. A title the markup states apart from the ``<title>`` (JSON-LD, ``og:title``...) that differs from
       the ``<title>`` is the title as its author wrote it for sharing, whole, when its headline part is a
       visible line and no other such title is.
    2. Else the most trusted candidate (:func:`title_candidates`) that is a visible line, or the longest
       visible candidate that holds it (a title with its site name, when the page shows it so); on a page
       with shared titles, only a candidate that shares a word with one (the ``<title>``'s other part may
       be a visible tagline).
    3. When no choice is a visible line, a visible ``h1`` that rewords a stated title (:func:`rewording`)
       is the headline the reader sees.
    4. Else the most trusted title without a suffix or prefix that names the site (``og:site_name``, the
       publisher); else the headline part of a title that ends in a short site name after a bar or dash;
       else the first ``h1``.

    >>> from newsclean.readers.html_meta import Candidate, PageMetadata
    >>> meta = PageMetadata(titles=(Candidate("Coast News: Storm closes harbour", "og:title"),))
    >>> choose_title(meta, ["Coast News", "Storm closes harbour", "The port closed."]), choose_title(meta, [])
    ('Storm closes harbour', 'Coast News: Storm closes harbour')
    >>> choose_title(PageMetadata(titles=(Candidate("Storm closes harbour - Coast News", "title"),)), [])
    'Storm closes harbour'
    >>> titles = (Candidate("Storm shuts the harbour", "title"), Candidate("Storm shuts the old harbour", "h1"))
    >>> choose_title(PageMetadata(titles=titles), ["Storm shuts the old harbour", "The port closed."])
    'Storm shuts the old harbour'
    """
    visible = {_key(line) for line in lines}
    shared = [_words(c.value) for c in meta.titles if c.source not in ("h1", "title")]
    seen = [
        title
        for title in title_candidates(meta)
        if _key(title) in visible and (not shared or any(_words(title) & words for words in shared))
    ]
    first = seen[0] if seen else None
    longer = [title for title in seen if first is not None and _key(first) in _key(title)]
    choice = _shared_title(meta, visible) or max(longer, key=len, default=None)
    return choice or rewording(meta, visible) or _unconfirmed_title(meta)


def _shared_title(meta: PageMetadata, visible: set[str]) -> str | None:
    """The first stated title when it is not the ``<title>``, the page has a different ``<title>``, the
    title's headline part is visible and no other shared title is visible as it is (rule 1 of
    :func:`choose_title`)."""
    stated = [candidate for candidate in meta.titles if candidate.source != "h1"]
    if not stated or stated[0].source == "title" or all(candidate.source != "title" for candidate in stated):
        return None
    if any(_key(candidate.value) in visible for candidate in stated[1:] if candidate.source != "title"):
        return None  # another shared title the page shows as it is: rule 2 takes it
    title = stated[0].value
    parts = [title] + [cut.head for cut in title_cuts(title)]
    return title if any(_key(part) in visible for part in parts) else None


def rewording(meta: PageMetadata, visible: set[str]) -> str | None:
    """The visible ``h1`` that shares the most words with a stated title or its headline part (a Dice
    coefficient of at least :data:`REWORDING`), when the heading is no site name and neither holds nor is
    held by a stated title (a kicker before it, a site after it); None when no heading does.

    >>> from newsclean.readers.html_meta import Candidate, PageMetadata
    >>> titles = (Candidate("DB Lounge: no entry with saver tickets | Rail News", "title"),
    ...           Candidate("Rail News", "h1"), Candidate("DB Lounge: no more entry with a saver ticket", "h1"))
    >>> rewording(PageMetadata(titles=titles), {_key(c.value) for c in titles})
    'DB Lounge: no more entry with a saver ticket'
    """
    stated = [candidate.value for candidate in meta.titles if candidate.source != "h1"]
    parts = [_words(title) for title in stated] + [_words(cut.head) for t in stated for cut in title_cuts(t)]
    whole = [_key(title) for title in stated]
    sites = _site_keys(meta)
    best, score = None, REWORDING
    for candidate in meta.titles:
        key = _key(candidate.value)
        if candidate.source != "h1" or key not in visible or key in sites or any(t in key or key in t for t in whole):
            continue
        words = _words(candidate.value)
        similarity = max((2 * len(words & part) / (len(words) + len(part)) for part in parts if part), default=0.0)
        if similarity >= score and (best is None or similarity > score):
            best, score = candidate.value, similarity
    return best


def _unconfirmed_title(meta: PageMetadata) -> str | None:
    """The title when no candidate is confirmed (rule 4 of :func:`choose_title`)."""
    stated = [candidate.value for candidate in meta.titles if candidate.source != "h1"]
    if not stated:
        return meta.titles[0].value if meta.titles else None
    sites = {_key(site.value) for site in meta.site_names}
    for title in stated:
        cut = next((cut for cut in title_cuts(title) if _key(cut.site) in sites), None)
        if cut is not None:
            return cut.head
        kicker, _, rest = title.partition(": ")
        if rest and _key(kicker) in sites:  # "Coast News: Storm" (no space before the colon: no cut)
            return rest
    first = stated[0]
    suffix = next((cut for cut in title_cuts(first) if cut.suffix and cut.separator.strip() in "|-–—"), None)
    return suffix.head if suffix and len(suffix.site.split()) <= 4 and len(suffix.site) < len(suffix.head) else first


def _site_keys(meta: PageMetadata) -> set[str]:
    """The keys of the site names the page states, and of the site side of each cut of a stated title."""
    stated = [candidate.value for candidate in meta.titles if candidate.source != "h1"]
    sites = {_key(site.value) for site in meta.site_names} | {_key(cut.site) for t in stated for cut in title_cuts(t)}
    return sites - {_key(title) for title in stated} - {""}


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def metadata_names(candidates: Iterable[Candidate], code: str | None = None) -> list[tuple[str, str]]:
    """The (name, source) pairs of author candidates: a byline element's text read by the byline parser
    of English and the page's language ``code`` ("By Jane Doe | March 3" is Jane Doe), else a person's name
    (or, in an element the markup marks as the author, a short text as it is: a user name), a stated name
    as it is written.

    >>> metadata_names([Candidate("By Jane Doe and John Roe", "byline"), Candidate("Ann Poe", "author")])
    [('Jane Doe', 'byline'), ('John Roe', 'byline'), ('Ann Poe', 'author')]
    >>> metadata_names([Candidate("Veröffentlicht von Jana Roth", "byline")], "de")
    [('Jana Roth', 'byline')]
    >>> metadata_names([Candidate("Rob Picheta, CNN", "author"), Candidate("Mac & i", "author")])
    [('Rob Picheta', 'author'), ('Mac & i', 'author')]
    >>> metadata_names([Candidate("karstenruppert", "rel=author"), Candidate("karstenruppert", "byline")])
    [('karstenruppert', 'rel=author')]
    >>> metadata_names([Candidate("By", "byline"), Candidate("Jane Doe", "byline")])
    [('Jane Doe', 'byline')]
    """
    parser = parser_for(language(code) if code in LANGUAGES else None)
    found: list[tuple[str, str]] = []
    for candidate in candidates:
        if candidate.source in _ELEMENT_AUTHORS:
            if parser.is_label(candidate.value):  # "By" alone: the name is in the next element
                continue
            parsed = parser.parse(candidate.value)
            names = parsed.authors if parsed else tuple(filter(None, [_element_name(candidate)]))
        else:  # a stated name; with a comma, read as a byline ("Rob Picheta, CNN" is Rob Picheta)
            stated = candidate.value.removeprefix("By ").removeprefix("by ").strip()
            parsed = parser.parse(f"By {stated}") if "," in stated else None
            names = parsed.authors if parsed and parsed.authors else (stated,)
        found += [(name, candidate.source) for name in names if name]
    return found


def choose_authors(meta: PageMetadata, lines: Sequence[str], byline: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The page's authors. The metadata's authors that the visible text names win (those of the most trusted
    source that has any: JSON-LD, then ``<meta>``, then the first of the page's author elements); a metadata author
    the text names nowhere loses to ``byline``, the authors the text alone found, when it has any;
    without either, the metadata's stated authors stand. An author that names the site (its site name, a
    title's site part, a host name such as ``coast.example``) counts only when no other author is stated.

    >>> from newsclean.readers.html_meta import Candidate, PageMetadata
    >>> meta = PageMetadata(authors=(Candidate("Jane Doe", "json-ld"), Candidate("Web Desk", "author")))
    >>> choose_authors(meta, ["Storm", "By Jane Doe, 3 March"], byline=("John Roe",))
    ('Jane Doe',)
    >>> choose_authors(meta, ["Storm", "By John Roe"], byline=("John Roe",)), choose_authors(meta, ["Storm"])
    (('John Roe',), ('Jane Doe',))
    >>> site = PageMetadata(authors=(Candidate("coast.example", "author"), Candidate("Jane Doe", "rel=author")))
    >>> choose_authors(site, ["coast.example", "Storm", "Jane Doe"])
    ('Jane Doe',)
    """
    sites = _site_keys(meta)
    people = [c for c in meta.authors if _key(c.value) not in sites and not _HOST.search(c.value)]
    if byline and not people:
        return byline  # the metadata names only the site
    candidates = people or list(meta.authors)
    names = metadata_names(candidates, meta.language)
    text = "\n".join(normalise(line) for line in lines)
    sources = list(dict.fromkeys(source for _, source in names))
    for source in sources:
        seen = [(name, at) for name, at in names if at == source and normalise(name) in text]
        if seen and source in _ELEMENT_AUTHORS:  # the first byline element: later ones sign comments and teasers
            return next(found for c in candidates if c.source == source and (found := _visible_names(c, text, meta)))
        if seen:
            return tuple(dict.fromkeys(_fuller(name, byline) for name, _ in seen))
    if byline:
        return byline
    stated = next((source for source in sources if source not in _ELEMENT_AUTHORS), None)
    return tuple(dict.fromkeys(name for name, at in names if at == stated))


def _visible_names(candidate: Candidate, text: str, meta: PageMetadata) -> tuple[str, ...]:
    """The names one author candidate gives that the normalised ``text`` shows."""
    return tuple(name for name, _ in metadata_names([candidate], meta.language) if normalise(name) in text)


def _element_name(candidate: Candidate) -> str | None:
    """The name in an author element the byline parser does not read: a person's name, or in a link or
    element the markup marks as the author (``rel=author``, ``itemprop=author``) a text of at most
    :data:`MAX_HANDLE_WORDS` words as it is ("karstenruppert", "revamp-it Webteam")."""
    if candidate.source in _STATED_ELEMENTS and len(candidate.value.split()) <= MAX_HANDLE_WORDS:
        return candidate.value.strip(" |,;:")
    return person_name(candidate.value)


def _fuller(name: str, byline: tuple[str, ...]) -> str:
    """The text's author whose name begins with ``name`` (metadata that gives a first name only), else ``name``.

    >>> _fuller("Todd", ("Todd Bates",)), _fuller("Todd", ("Toddy Roe",)), _fuller("Jane Doe", ())
    ('Todd Bates', 'Todd', 'Jane Doe')
    """
    words = normalise(name).split()
    return next((author for author in byline if normalise(author).split()[: len(words)] == words), name)


def visible_dates(lines: Iterable[str]) -> list[str]:
    """The full dates written in the lines (``YYYY-MM-DD``, one a line), in order.

    >>> visible_dates(["March 3, 2024", "Updated 4 March 2024 at 10:00", "no date"])
    ['2024-03-03', '2024-03-04']
    """
    return [found[:10] for line in lines if (found := finder().find(line))]


def latest_visible_date(lines: Iterable[str]) -> str | None:
    """The latest full date written in the lines (``YYYY-MM-DD``), or None.

    >>> latest_visible_date(["March 3, 2024", "Updated 4 March 2024 at 10:00", "no date"])
    '2024-03-04'
    """
    return max(visible_dates(lines), default=None)


def choose_date(
    meta: PageMetadata, lines: Sequence[str], text_date: str | None = None, url_date: str | None = None
) -> str | None:
    """The publication date: the first published date of the metadata, then ``text_date`` (what the text
    alone found), then the first modified date, then the first date the page shows; but the day the page's
    address names (``url_date``, set when the article was published and never updated) wins unless the page
    shows the other day and not that one. A metadata
    date after the latest date visible on the page (a date the crawl stamped, not the article's) loses when
    the page shows a date, unless a source that names it the article's publication date (:data:`STATED_DATES`)
    gives it: the page's older dates are then dates the text cites. A metadata date whose day the page does
    not show, but the neighbouring day its time zone may make it (:func:`local_day`), is that day.

    >>> from newsclean.readers.html_meta import Candidate, PageMetadata
    >>> published, modified = (Candidate("2024-03-09", "time"),), (Candidate("2024-03-05", "json-ld"),)
    >>> meta = PageMetadata(published=published, modified=modified)
    >>> choose_date(meta, ["March 3, 2024", "Storm"], text_date="2024-03-03")
    '2024-03-03'
    >>> choose_date(meta, ["Storm"], text_date=None), choose_date(meta, ["Storm, 9 March 2024"])
    ('2024-03-09', '2024-03-09')
    >>> choose_date(PageMetadata(published=(Candidate("2024-03-08T23:30", "json-ld"),)), ["9 March 2024"])
    '2024-03-09'
    >>> stated = PageMetadata(published=(Candidate("2024-03-09T08:00", "article:published_time"),))
    >>> choose_date(stated, ["On 11 September 2001"], "2001-09-11"), choose_date(meta, [], url_date="2024-03-08")
    ('2024-03-09T08:00', '2024-03-08')
    >>> choose_date(stated, ["Storm, 9 March 2024"], url_date="2024-03-08")
    '2024-03-09T08:00'

    """
    shown = visible_dates(lines)
    latest = max(shown, default=None)
    published = [
        c.value for c in meta.published if latest is None or c.value[:10] <= latest or c.source in STATED_DATES
    ]
    modified = [c.value for c in meta.modified if latest is None or c.value[:10] <= latest]
    date = next(iter(published + ([text_date] if text_date else []) + modified + shown[:1]), None)
    date = local_day(date, shown) if date and date != text_date else date
    if url_date and (not date or url_date in shown or date[:10] not in shown):
        return next((c.value for c in meta.published if c.value[:10] == url_date), url_date)
    return date


def local_day(date: str, shown: Sequence[str]) -> str:
    """``date``, or the day before or after it that the page shows instead, for a time within :data:`NIGHT`
    hours of midnight: a time written in UTC or another zone than the publisher's falls on the neighbouring
    day of the publisher's calendar.

    >>> local_day("2024-03-08T23:30", ["2024-03-09"]), local_day("2024-03-08T23:30", ["2024-03-08", "2024-03-09"])
    ('2024-03-09', '2024-03-08T23:30')
    >>> local_day("2024-03-01T01:00", ["2024-02-29"]), local_day("2024-03-08T09:00", ["2024-03-07"])
    ('2024-02-29', '2024-03-08T09:00')
    >>> local_day("2024-03-08", ["2024-03-09"])
    '2024-03-08'
    """
    hour = int(date[11:13]) if len(date) >= 16 else 12
    if date[:10] in shown or NIGHT <= hour < 24 - NIGHT:
        return date
    day = datetime.date.fromisoformat(date[:10])
    neighbour = (day + datetime.timedelta(days=1 if hour >= 12 else -1)).isoformat()
    return neighbour if neighbour in shown else date


def _inside(heading: str, title: str) -> bool:
    """Whether ``heading`` is written in ``title`` between words or separators, not beside a bracket or
    an underscore that makes it part of the title ("Storm [Coast News]" keeps its bracket).

    >>> _inside("Storm closes harbour", "Climate - Storm closes harbour | Coast News"), _inside("Storm", "Storm [News]")
    (True, False)
    """
    at = title.casefold().find(heading.casefold())
    if not heading or at < 0:
        return False
    before, after = title[:at].rstrip(), title[at + len(heading) :].lstrip()
    return all(not edge or edge.isalnum() or edge in _TITLE_JOINS for edge in (before[-1:], after[:1]))


def _key(text: str) -> str:
    return shape_key(normalise(text))
