"""Markup: Markdown lines that show no text on the page, images and bare markup."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.contract import Drop, Filter, Page


class Markup(Filter):
    """Drop image lines (``image``: alt text is not body text) and bare markup (``markup``: rules, lone markers).

    Only Markdown input has such lines (see :mod:`newsclean.readers`); the other filters then see
    the page as its text reads, as if these lines were not there.

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("# Storm\\n\\n![The quay](/q.jpg)\\n\\n* * *\\n\\nThe [port](/p) closed.")
    >>> [(d.line.number, d.reason) for d in Markup()(Page(doc, doc.lines))]
    [(3, 'image'), (5, 'markup')]
    """

    name = "markup"

    def __call__(self, page: Page) -> Iterator[Drop]:
        for line in page.lines:
            if line.kind == "image":
                yield Drop(line, "image", "an image line: its alt text is not body text")
            elif line.kind == "rule":
                yield Drop(line, "markup", "markup without text: a rule, a lone marker or a link reference")
