"""The result of cleaning: an immutable :class:`Article` with the fields and the removal log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, NamedTuple


class Removal(NamedTuple):
    """One input line that is not in the article, and which step removed it for what reason."""

    line: int
    """Line number in the input (1-based)."""
    text: str
    filter: str
    """Name of the filter that reported the line."""
    reason: str
    """Stable snake_case reason code, such as ``advert_marker`` or ``repeated_line``."""
    detail: str = ""


class Placement(NamedTuple):
    """Where one non-blank input line went: a field name (``body``, ``title``...) or ``removed``."""

    line: int
    text: str
    field: str


@dataclass(frozen=True, slots=True)
class Byline:
    """Who wrote the article."""

    authors: tuple[str, ...] = ()
    organization: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and when the article was filed; ``date`` is an ISO 8601 string."""

    location: str | None = None
    date: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A clean, structured article.

    ``body`` is the paragraphs joined by a blank line; ``removed`` lists every line left out, and
    ``placements`` says for every non-blank input line where it went.
    """

    title: str | None = None
    site_name: str | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    placements: tuple[Placement, ...] = ()
    shape: str = "lines"
    """The input shape read (``lines``, ``wrapped``, ``markdown``, ``oneline``); not in :meth:`to_dict`."""

    @property
    def body(self) -> str:
        """The body paragraphs joined by a blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Plain data with a fixed set of keys, ready for JSON.

        >>> sorted(Article(title="T").to_dict())
        ['body', 'byline', 'captions', 'dateline', 'paragraphs', 'removed', 'site_name', 'tags', 'title']
        """
        byline = self.byline
        dateline = self.dateline
        return {
            "title": self.title,
            "site_name": self.site_name,
            "byline": None
            if byline is None
            else {"authors": list(byline.authors), "organization": byline.organization, "text": byline.text},
            "dateline": None
            if dateline is None
            else {"location": dateline.location, "date": dateline.date, "text": dateline.text},
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "tags": list(self.tags),
            "removed": [
                {"line": r.line, "text": r.text, "filter": r.filter, "reason": r.reason, "detail": r.detail}
                for r in self.removed
            ],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII text kept as it is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def explain(self) -> str:
        """One line per removed input line: number, filter, reason, detail and the text.

        >>> Article(removed=(Removal(3, "Advertisement", "phrases", "advert_marker"),)).explain().split("\\t")
        ['3', 'phrases', 'advert_marker', '', 'Advertisement']
        """
        return "\n".join(f"{r.line}\t{r.filter}\t{r.reason}\t{r.detail}\t{r.text}" for r in self.removed)
