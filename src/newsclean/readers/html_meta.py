"""What a page's HTML says about its article: the candidates for each field, as the markup proposes them.

:func:`read_metadata` reads an lxml tree once (``<title>``, ``<meta>``, ``<link>``, JSON-LD, ``h1``,
``<time>``, author links and byline elements) and returns a :class:`PageMetadata` of candidates,
each with the source that proposed it, in the order of trust. It never raises and never chooses:
which title, author or date the page really has is for :mod:`newsclean.fields.confirm`, which
checks the candidates against the text a reader sees ("metadata proposes, the visible text
confirms"). Dates are ISO 8601 (``YYYY-MM-DD``, with ``THH:MM`` when a time is given), read by
:mod:`newsclean.dates`; the language is an ISO 639-1 code.

>>> import lxml.html
>>> page = lxml.html.fromstring('''<html lang="en-GB"><head><title>Storm closes harbour | Coast News</title>
... <meta property="og:site_name" content="Coast News"><meta name="author" content="Jane Doe">
... <meta property="article:published_time" content="2024-03-03T08:30:00Z">
... <link rel="canonical" href="https://coast.example/storm"></head>
... <body><h1>Storm closes harbour</h1><p>The port closed.</p></body></html>''')
>>> meta = read_metadata(page)
>>> [(c.value, c.source) for c in meta.titles]
[('Storm closes harbour | Coast News', 'title'), ('Storm closes harbour', 'h1')]
>>> meta.site_names[0].value, meta.authors[0].value, meta.published[0].value, meta.url, meta.language
('Coast News', 'Jane Doe', '2024-03-03T08:30', 'https://coast.example/storm', 'en')
"""

from __future__ import annotations

import datetime
import html
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from newsclean.dates import finder
from newsclean.readers import jsonld

if TYPE_CHECKING:  # lxml is imported by the reader that makes the tree, not here
    from lxml import etree

#: The longest text taken as one candidate (a title, a name, a date); longer ones are furniture.
MAX_CHARS = 300
#: At most this many candidates of one kind from elements of the body (``h1``, ``<time>``, bylines).
MAX_ELEMENTS = 10
_SPACE = re.compile(r"\s+")
#: An ISO 8601 date (dashes optional) and the time after it; the offset is left as written (the local day).
_ISO_DATE = re.compile(r"(\d{4})-?(\d\d)-?(\d\d)(?:[T ](\d\d):?(\d\d))?")
_LANGUAGE = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8}){0,4}", re.IGNORECASE)
_KEYWORD_SPLIT = re.compile(r"[,;]")
#: A full date in a URL's path, written as its own segments or words ("/2024/03/09/", "/2024-3-9-storm").
_URL_DATE = re.compile(r"/((?:19|20)\d\d)([/_-])(\d\d?)\2(\d\d?)(?=[/_.-]|$)")
#: ISO 639-2 codes and English names of languages pages declare, to their ISO 639-1 code.
LANGUAGE_NAMES = {
    "eng": "en", "english": "en", "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
    "fra": "fr", "fre": "fr", "french": "fr", "spa": "es", "spanish": "es", "ita": "it", "italian": "it",
    "por": "pt", "portuguese": "pt", "nld": "nl", "dut": "nl", "dutch": "nl", "rus": "ru", "russian": "ru",
    "zho": "zh", "chi": "zh", "chinese": "zh", "jpn": "ja", "japanese": "ja", "pol": "pl", "polish": "pl",
}  # fmt: skip
#: ``<meta>`` names and properties (lower case) -> the field they propose.
META_FIELDS: dict[str, str] = {
    "og:title": "title", "twitter:title": "title", "dc.title": "title", "headline": "title",
    "og:site_name": "site", "application-name": "site", "twitter:site": "site",
    "author": "author", "article:author": "author", "byl": "author", "dc.creator": "author",
    "sailthru.author": "author", "parsely-author": "author", "citation_author": "author", "twitter:creator": "author",
    "article:published_time": "published", "og:article:published_time": "published", "published_time": "published",
    "datepublished": "published", "date": "published", "pubdate": "published", "publishdate": "published",
    "publish-date": "published", "publish_date": "published", "dc.date": "published", "dc.date.issued": "published",
    "dcterms.date": "published", "dcterms.created": "published", "dc.date.created": "published",
    "sailthru.date": "published", "parsely-pub-date": "published", "citation_publication_date": "published",
    "article.published": "published", "originalpublicationdate": "published",
    "article:modified_time": "modified", "og:updated_time": "modified", "datemodified": "modified",
    "dcterms.modified": "modified", "last-modified": "modified", "article.updated": "modified",
    "keywords": "keywords", "news_keywords": "keywords", "article:tag": "keywords",
    "og:url": "url",
    "og:locale": "language", "content-language": "language", "language": "language", "dc.language": "language",
    "og:image": "image", "og:image:url": "image", "og:image:secure_url": "image",
    "twitter:image": "image", "twitter:image:src": "image",
}  # fmt: skip
#: The sources of titles, the most trusted first (the others, ``<meta>`` names of titles, come before ``h1``).
TITLE_ORDER = ("json-ld", "og:title", "headline", "twitter:title", "dc.title", "title")
#: Class or id words of the elements that hold a byline.
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author|autor|auteur|author-name|contributor)(?:$|[\s_-])", re.I)
#: Class or id words of the elements that hold readers' comments (and their forms).
_COMMENTS_CLASS = re.compile(
    r"(?:^|[\s_-])(?:comments?|kommentare?|commentaires?|respond|replies|reply)(?:$|[\s_-])", re.I
)
#: JSON-LD keys -> the field they propose, read from objects of :data:`jsonld.ARTICLE_TYPES` (the
#: dates from any object that has them).
_JSONLD_DATES = {"datePublished": "published", "dateCreated": "published", "dateModified": "modified"}


class Candidate(NamedTuple):
    """One value the markup proposes for a field, and where it was read (``og:title``, ``json-ld``, ``h1``...)."""

    value: str
    source: str


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """The candidates the HTML proposes for each field, the most trusted first (none chosen yet).

    ``titles``: JSON-LD headline, ``og:title``, ``twitter:title`` and the like, ``<title>``, then each ``h1``
    (source ``h1``: the page's headings, which a reader sees, so no confirmation);
    ``site_names``: ``og:site_name``, the JSON-LD publisher; ``authors``: JSON-LD author(s), author
    ``<meta>``, ``rel=author`` links, ``itemprop=author`` and byline-class elements; ``published`` /
    ``modified``: ISO dates from ``<meta>``, JSON-LD and ``<time datetime>``; ``keywords``: JSON-LD
    keywords, ``<meta name=keywords>``, ``article:tag``; ``url``: ``<link rel=canonical>``, else ``og:url``
    (an absolute URL before a path);
    ``language``: ISO 639-1 from ``<html lang>``, ``og:locale``, ``content-language``, JSON-LD ``inLanguage``;
    ``image``: ``og:image``, ``twitter:image``, JSON-LD ``image`` (an absolute URL before a path).
    """

    titles: tuple[Candidate, ...] = ()
    site_names: tuple[Candidate, ...] = ()
    authors: tuple[Candidate, ...] = ()
    published: tuple[Candidate, ...] = ()
    modified: tuple[Candidate, ...] = ()
    keywords: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None
    image: str | None = None


def read_metadata(tree: etree._Element) -> PageMetadata:
    """The metadata candidates of a parsed page (any element of it: the whole document is read), as
    :func:`newsclean.readers.html.parse` or ``lxml.html`` makes it."""
    found: dict[str, list[Candidate]] = {
        key: [] for key in ("title", "site", "author", "published", "modified", "keywords", "url", "language", "image")
    }

    def add(field: str, value: object, source: str) -> None:
        text = _clean(value)
        if text and len(text) <= MAX_CHARS and all(text != have.value for have in found[field]):
            found[field].append(Candidate(text, source))

    _read_jsonld(tree, add)
    _read_meta(tree, add)
    _read_elements(tree, add)
    dates = {field: _dates(found[field]) for field in ("published", "modified")}
    keywords = tuple(dict.fromkeys(word for c in found["keywords"] for word in _words(c.value)))
    return PageMetadata(
        titles=_ordered(found["title"], TITLE_ORDER),
        site_names=tuple(found["site"]),
        authors=tuple(c for c in found["author"] if not c.value.startswith(("http:", "https:", "@", "/"))),
        published=dates["published"],
        modified=dates["modified"],
        keywords=keywords,
        url=_first_absolute(_ordered(found["url"], ("canonical",))),
        language=next((code for c in found["language"] if (code := language_code(c.value))), None),
        image=_first_absolute(found["image"]),
    )


def language_code(value: str) -> str | None:
    """The ISO 639-1 code a declared language names, or None.

    >>> [language_code(code) for code in ("en-US", "de_DE", "fre", "English", "x")]
    ['en', 'de', 'fr', 'en', None]
    """
    match = _LANGUAGE.fullmatch(value.strip().split(",")[0].strip())
    if match is None:
        return LANGUAGE_NAMES.get(value.strip().casefold())
    code = match[1].casefold()
    return code if len(code) == 2 else LANGUAGE_NAMES.get(code)


def url_date(url: str | None) -> str | None:
    """The day (``YYYY-MM-DD``) a URL's path names, or None (a month alone, a query or an impossible day).

    >>> url_date("https://coast.example/2024/3/09/storm/"), url_date("https://coast.example/news/2024-03-09-storm")
    ('2024-03-09', '2024-03-09')
    >>> url_date("https://coast.example/2024/03/storm"), url_date("https://coast.example/2024/02/30/x"), url_date(None)
    (None, None, None)
    """
    path = urlsplit(url).path if url else ""
    found = _URL_DATE.search(path)
    if found is None:
        return None
    try:
        return datetime.date(int(found[1]), int(found[3]), int(found[4])).isoformat()
    except ValueError:
        return None


def iso_date(value: str) -> str | None:
    """A date written in metadata as ISO 8601 (``YYYY-MM-DD``, ``THH:MM`` when a time is given), or None.

    >>> iso_date("2024-03-03T08:30:00+01:00"), iso_date("20240303"), iso_date("Sun, 03 Mar 2024 08:30:00 GMT")
    ('2024-03-03T08:30', '2024-03-03', '2024-03-03T08:30')
    >>> iso_date("2024-02-30"), iso_date("yesterday")
    (None, None)
    """
    iso = _ISO_DATE.match(value.strip())
    if iso:
        value = f"{iso[1]}-{iso[2]}-{iso[3]}" + (f" {iso[4]}:{iso[5]}" if iso[4] else "")
    return finder().find(value[:MAX_CHARS])


Add = Callable[[str, object, str], None]


def _read_jsonld(tree: etree._Element, add: Add) -> None:
    scripts = [script.text or "" for script in tree.xpath("//script[contains(@type, 'ld+json')]")]
    things = list(jsonld.objects(scripts))
    refs = {thing["@id"]: thing for thing in things if isinstance(thing.get("@id"), str)}
    articles = [thing for thing in things if jsonld.types(thing) & jsonld.ARTICLE_TYPES]
    for thing in articles:
        for title in jsonld.texts(thing.get("headline"), "@value") + jsonld.texts(thing.get("name"), "@value"):
            add("title", title, "json-ld")
        for key in ("author", "creator"):
            for name in jsonld.texts(thing.get(key), refs=refs):
                add("author", name, "json-ld")
        for name in jsonld.texts(thing.get("publisher"), refs=refs):
            add("site", name, "json-ld")
        for key in ("keywords", "articleSection"):
            for word in jsonld.texts(thing.get(key)):
                add("keywords", word, "json-ld")
        for url in jsonld.texts(thing.get("image"), "url", refs):
            add("image", url, "json-ld")
    for thing in articles + [thing for thing in things if thing not in articles]:
        for key, field in _JSONLD_DATES.items():
            for value in jsonld.texts(thing.get(key), "@value"):
                add(field, value, "json-ld" if thing in articles else "json-ld:other")
        for value in jsonld.texts(thing.get("inLanguage")):
            add("language", value, "json-ld")


def _read_meta(tree: etree._Element, add: Add) -> None:
    for title in tree.xpath("(//title)[1]"):
        add("title", _text(title), "title")
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "").strip()
        field = META_FIELDS.get(key.casefold())
        if field:
            add(field, meta.get("content"), key.casefold())
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").casefold().split()
        if "canonical" in rel:
            add("url", link.get("href"), "canonical")
    for lang in tree.xpath("/html/@lang | /html/@xml:lang", namespaces={"xml": "http://www.w3.org/XML/1998/namespace"}):
        add("language", lang, "html")


def _read_elements(tree: etree._Element, add: Add) -> None:
    """Candidates from the page's elements: ``h1``, ``<time>``, author links and byline elements."""
    for h1 in tree.xpath("//h1")[:MAX_ELEMENTS]:
        add("title", _text(h1), "h1")
    for time in tree.xpath("//time[@datetime]")[:MAX_ELEMENTS]:
        field = "modified" if "modified" in (time.get("itemprop") or "").casefold() else "published"
        add(field, time.get("datetime"), "time")
    for element in tree.xpath("//*[@itemprop]")[: MAX_ELEMENTS * 10]:
        prop = (element.get("itemprop") or "").casefold()
        if prop in ("author", "creator") and element.tag != "meta":
            names = element.xpath(".//*[@itemprop='name']")
            add("author", _text(names[0] if names else element), "itemprop")
        elif prop in ("datepublished", "datemodified") and element.tag != "meta":
            field = "published" if prop == "datepublished" else "modified"
            add(field, element.get("datetime") or element.get("content") or _text(element), "itemprop")
    links = tree.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]")
    for link in [link for link in links if not _in_comments(link)][:MAX_ELEMENTS]:
        add("author", _text(link), "rel=author")
    marked = tree.xpath("//body//*[@class or @id][not(self::script or self::style)]")  # faster than a test in XPath
    picked = (element for element in marked if _BYLINE_CLASS.search(f"{element.get('class')} {element.get('id')}"))
    for element in itertools.islice((element for element in picked if not _in_comments(element)), MAX_ELEMENTS):
        add("author", _text(element), "byline")


def _in_comments(element: etree._Element) -> bool:
    """Whether the element is in a form or a comment section: its names sign readers' comments, and its
    labels ("Name *") ask for them.

    >>> from lxml import etree
    >>> page = etree.fromstring('<div><div id="comments"><p>Ann</p></div><form><p>Bo</p></form><p>Jo</p></div>')
    >>> [_in_comments(element) for element in page.xpath("//p")]
    [True, True, False]
    """
    for ancestor in element.iterancestors():
        if ancestor.tag == "form" or _COMMENTS_CLASS.search(f"{ancestor.get('class')} {ancestor.get('id')}"):
            return True
    return False


def _dates(candidates: Iterable[Candidate]) -> tuple[Candidate, ...]:
    dates = [Candidate(iso, c.source) for c in candidates if (iso := iso_date(c.value))]
    return tuple(c for i, c in enumerate(dates) if all(c.value != have.value for have in dates[:i]))


def _ordered(candidates: list[Candidate], order: tuple[str, ...]) -> tuple[Candidate, ...]:
    """Candidates by their source's place in ``order`` (sources not in it after, in the order found)."""
    return tuple(sorted(candidates, key=lambda c: order.index(c.source) if c.source in order else len(order)))


def _first_absolute(candidates: Iterable[Candidate]) -> str | None:
    """The first ``http(s)`` URL of the candidates, else the first as written (a path), else None.

    >>> _first_absolute([Candidate("/storm", "canonical"), Candidate("https://coast.example/storm", "og:url")])
    'https://coast.example/storm'
    """
    urls = [c.value for c in candidates]
    return next((url for url in urls if url.casefold().startswith(("http://", "https://"))), urls[0] if urls else None)


def _text(element: etree._Element) -> str:
    """The text of the element and its descendants (what ``text_content()`` of lxml.html gives, for any tree)."""
    return "".join(element.itertext())


def _words(value: str) -> list[str]:
    return [word.strip() for word in _KEYWORD_SPLIT.split(value) if word.strip()]


def _clean(value: Any) -> str:
    """A candidate's text on one line, character references resolved (JSON-LD and attributes often write
    ``&#8211;``), or "" for anything that is no text.

    >>> _clean(" Storm &#8211; the\t harbour &amp; port "), _clean(3)
    ('Storm – the harbour & port', '')
    """
    return _SPACE.sub(" ", html.unescape(value)).strip() if isinstance(value, str) else ""
