"""A site's own furniture, as a publisher profile learned it (see :mod:`newsclean.profile`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsclean.contract import Drop, Filter, Page
from newsclean.document import Line
from newsclean.profile import Profile, line_shape, site_of
from newsclean.prose import is_prose

#: A profile line of this many words or more that reads as prose is "long prose".
LONG_PROSE_WORDS = 25


class SiteBoilerplate(Filter):
    """Drop lines whose whole shape is furniture of the page's site in ``profile``.

    A profile line must match the whole line (its shape), so a body line that merely shares a
    phrase with the site's furniture stays. A match that is long prose between two paragraphs of
    prose (inside the article's run) stays too: a site repeats a standard paragraph (a disclosure,
    a market report whose figures change) in articles, and a corpus cannot tell it from furniture.
    """

    name = "site_boilerplate"

    def __init__(self, profile: Profile) -> None:
        self.profile = profile

    def __call__(self, page: Page) -> Iterator[Drop]:
        site = site_of((line.text for line in page.doc.lines), page.doc.url, page.doc.site)
        furniture = self.profile.furniture(site)
        if not furniture:
            return
        lines = page.lines
        found = {at: example for at, line in enumerate(lines) if (example := furniture.get(line_shape(line.text)))}
        for at, example in found.items():
            if not inside_prose(lines, at, found):
                yield Drop(lines[at], "site_boilerplate", f"{site}: {example[:80]}")


def inside_prose(lines: Sequence[Line], at: int, furniture: dict[int, str]) -> bool:
    """Whether ``lines[at]`` is long prose whose nearest lines that are not ``furniture`` are prose too.

    >>> from newsclean.document import Document
    >>> prose = "The council said on Monday that the harbour would stay closed for the rest of the week. "
    >>> doc = Document.from_text(f"{prose}\\n{prose * 2}\\nMenu\\n{prose}")
    >>> inside_prose(doc.lines, 1, {}), inside_prose(doc.lines, 1, {2: "menu"}), inside_prose(doc.lines, 2, {})
    (False, True, False)
    """
    if not is_prose(lines[at], LONG_PROSE_WORDS):
        return False
    before = next((lines[i] for i in range(at - 1, -1, -1) if i not in furniture), None)
    after = next((lines[i] for i in range(at + 1, len(lines)) if i not in furniture), None)
    return before is not None and after is not None and is_prose(before) and is_prose(after)
