"""Navigation: menus, breadcrumbs and runs of short link-like lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsclean.contract import Drop, Filter, Page
from newsclean.document import Line
from newsclean.lang import phrases

_SEPARATORS = re.compile(r"\s(?:\||»|›|>|/|•|·|–|-)\s|^[|»›>•·]|[|»›>•·]$")
_NUMBER = re.compile(r"\d+")
#: A fact in a list ("Origin: Ethiopia", "Art der Aufnahme: Digitalfoto"): a label, a colon, a value.
_FACT = re.compile(r"[^\W\d_][^:]{0,40}:\s+[^\W_]")


class Navigation(Filter):
    """Drop menu items, breadcrumbs, and runs of ``min_run`` or more short link-like lines.

    A short line (at most ``max_words`` words, not ending like a sentence) on its own may be a
    sub-heading, so only a run of them is navigation. A Markdown line of nothing but links (up
    to ``link_words`` words) counts as short: menus and lists of headlines are made of them.

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("Home\\nNews\\nSport\\nWeather\\nThe story begins here, after the menu.")
    >>> [d.line.text for d in Navigation()(Page(doc, doc.lines))]
    ['Home', 'News', 'Sport', 'Weather']
    """

    name = "navigation"

    def __init__(self, min_run: int = 3, max_words: int = 4, link_words: int = 15) -> None:
        self.min_run = min_run
        self.max_words = max_words
        self.link_words = link_words

    def __call__(self, page: Page) -> Iterator[Drop]:
        pattern = phrases(page.doc.language, "navigation")
        run: list[Line] = []
        for line in (*page.lines, None):
            if line is not None and self._menu_like(line):
                run.append(line)
                continue
            if len(run) >= self.min_run:
                for item in run:
                    yield Drop(item, "navigation", f"run of {len(run)} short lines")
            else:
                for item in run:
                    if pattern.search(item.norm):
                        yield Drop(item, "navigation", "menu item")
                    elif len(_SEPARATORS.findall(item.text)) >= 2:
                        yield Drop(item, "navigation", "menu bar")
            run = []

    def _menu_like(self, line: Line) -> bool:
        if line.kind == "pre":
            return False  # short lines of code are no menu
        if line.kind == "links" and line.words <= self.link_words and not line.ends_sentence:
            return True  # a Markdown line of nothing but links: a menu item, or a headline in a list of them
        separators = len(_SEPARATORS.findall(line.text))
        if separators >= 2 and not line.ends_sentence and line.words <= self.max_words * (separators + 1):
            return True  # a menu bar: a few words between separators, not prose that holds some
        if line.words > self.max_words or line.ends_sentence or _FACT.match(line.text):
            return False
        return not _NUMBER.search(line.text) or bool(_NUMBER.fullmatch(line.key))
