"""A page title read apart: its parts and separators, the cuts into a headline and a site name, and the
names of the URL's host that a part may give. The title step and the profile's site naming read it.

>>> suffix_site("Rain stops play | Daily Planet"), suffix_site("Rain stops play")
('Daily Planet', None)
>>> title = "Rain stops play - Planet News"
>>> guess_site(title_cuts(title), title, "https://www.planet.example/a")
('Rain stops play', 'Planet News')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsclean.document import normalise, shape_key
from newsclean.fields.limits import FIELD_CHARS
from newsclean.urls import host

#: Separators between a headline and a site name in a page title (kept by the split): spaced
#: dashes, bars, colons and arrows, and a bar even without spaces. The white space before one is
#: read from its start only (a split resumes after the spaces a match took).
SEPARATOR = re.compile(r"((?<!\s)\s++(?:\||-|–|—|::|:|·|•|«|»|/|›|~)\s++|(?:(?<!\s)\s++)?[|│]\s*+)")
#: A page title has a few parts: of more separators, only the first and the last ``_ENDS`` are read
#: (the parts between them are one), which bounds the cuts and readings of a title of bars.
_ENDS = 4
#: Separators that split a page title without other evidence (" : " is French typography too).
STRONG_SEPARATOR = re.compile(r"\s*[|│]\s*|\s+(?:-|–|—|::|·|•|«|»|/|›|~)\s+")
#: Host name labels that name no site.
_HOST_NOISE = frozenset({"www", "www1", "www2", "m", "mobile", "amp", "de", "en", "news", "blog", "blogs"})
#: Second-level labels under a country code (``co.uk``, ``com.au``...).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "gob", "ac", "or", "ne", "edu"})


def site_splits(text: str) -> list[tuple[str, str]]:
    """Every way to cut a page title at a separator into (headline, site): suffixes first; none for a
    text longer than ``FIELD_CHARS`` (no page title), at most the first and last 4 separators.

    >>> site_splits("Rain stops play - Sport | Daily Planet")
    [('Rain stops play - Sport', 'Daily Planet'), ('Rain stops play', 'Sport | Daily Planet'), \
('Sport | Daily Planet', 'Rain stops play'), ('Daily Planet', 'Rain stops play - Sport')]
    >>> site_splits("Storm warning|Coast News")
    [('Storm warning', 'Coast News'), ('Coast News', 'Storm warning')]
    """
    return [(cut.head, cut.site) for cut in title_cuts(text)]


class Cut(NamedTuple):
    """One cut of a page title: the headline part, the site part and the separator between them."""

    head: str
    site: str
    separator: str
    suffix: bool
    """Whether the site follows the headline."""


def title_cuts(text: str) -> list[Cut]:
    """The cuts of :func:`site_splits` with their separator and side."""
    tokens = title_parts(text)
    positions = range(len(tokens) - 2, 0, -2)  # positions of the separators, last first
    cuts = [Cut("".join(tokens[:at]).strip(), "".join(tokens[at + 1 :]).strip(), tokens[at], True) for at in positions]
    cuts += [
        Cut("".join(tokens[at + 1 :]).strip(), "".join(tokens[:at]).strip(), tokens[at], False)
        for at in reversed(positions)
    ]
    return [cut for cut in cuts if cut.head and cut.site]


def title_parts(text: str) -> list[str]:
    """A page title's parts and the separators between them (part, separator, part, ...), the parts
    between the first and the last ``_ENDS`` separators taken as one; none past ``FIELD_CHARS``.

    >>> title_parts("a | b | c | d | e | f | g | h | i | j")
    ['a', ' | ', 'b', ' | ', 'c', ' | ', 'd', ' | ', 'e | f', ' | ', 'g', ' | ', 'h', ' | ', 'i', ' | ', 'j']
    """
    if len(text) > FIELD_CHARS:
        return [text]
    tokens = SEPARATOR.split(text)
    if len(tokens) > 4 * _ENDS + 1:
        tokens[2 * _ENDS : -2 * _ENDS] = ["".join(tokens[2 * _ENDS : -2 * _ENDS])]
    return tokens


def plausible(cut: Cut) -> bool:
    """Whether a cut can part a headline from a site name: a site name is short, and shorter than
    the headline when it comes first ("eHow - How to ..." has no headline "eHow")."""
    site_words = len(cut.site.split())
    return site_words <= max(8, 5 * len(cut.head.split())) and (cut.suffix or len(cut.site) < len(cut.head))


def host_names(url: str | None) -> tuple[str, ...]:
    """The labels of the URL's host that can name the site ("orf" for ``wien.orf.at``).

    >>> host_names("https://www.bbc.co.uk/news/x"), host_names("https://wien.orf.at/")
    (('bbc',), ('wien', 'orf'))
    """
    labels = host(url).split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return tuple(key for key in (shape_key(label) for label in labels) if len(key) >= 3 and key not in _HOST_NOISE)


def names_host(site: str, hosts: tuple[str, ...]) -> bool:
    """Whether a part of a page title names the URL's host ("BBC News" for ``bbc.co.uk``)."""
    if len(site.split()) > 6:
        return False
    key = shape_key(normalise(site))
    return any(host in key or (len(key) >= 4 and key in host) for host in hosts)


def host_site(cuts: list[Cut], url: str | None) -> Cut | None:
    """The cut whose site part begins (after a headline) or ends (before one) with a name of the URL's host."""
    hosts = host_names(url)
    if not hosts:
        return None
    for cut in cuts:  # suffixes first, the longest headline first; then prefixes, the shortest site first
        near = SEPARATOR.split(cut.site)[0 if cut.suffix else -1]
        if names_host(near, hosts):
            return cut
    return None


def guess_site(cuts: list[Cut], whole: str, url: str | None) -> tuple[str, str | None]:
    """Without a repeated headline: a part naming the URL's host, or a short site suffix."""
    by_host = host_site(cuts, url)
    if by_host is not None:
        return by_host.head, by_host.site
    suffix = next((cut for cut in cuts if cut.suffix and STRONG_SEPARATOR.fullmatch(cut.separator)), None)
    if suffix is not None and len(suffix.site.split()) <= 5 and len(suffix.site) < len(suffix.head):
        return suffix.head, suffix.site  # the shortest suffix cut off
    return whole, None


def suffix_site(text: str, max_words: int = 5) -> str | None:
    """The site name a page title ends with, cut off at its last separator, when it has at most ``max_words``
    words (what :func:`newsclean.profile.site_of` takes for a page without a URL), or None."""
    splits = site_splits(text)  # the page title's last part first
    return splits[0][1] if splits and len(splits[0][1].split()) <= max_words else None
