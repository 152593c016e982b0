"""The result of cleaning: an immutable :class:`Article` with the fields and the removal log."""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar, overload


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
    path: str | None = None
    """HTML input: a short path to the element the line was read from (``aside.related > ul > li[2]``)."""

    def __repr__(self) -> str:
        """The fields, without ``path`` for text input (where it is None)."""
        return _repr(self)


class Placement(NamedTuple):
    """Where one non-blank input line went: a field name (``body``, ``title``...) or ``removed``."""

    line: int
    text: str
    """The line's text; for a paragraph made of several input lines (re-flowed, or a preformatted
    block), its first line carries the paragraph and the others an empty string."""
    field: str
    path: str | None = None
    """HTML input: a short path to the element the line was read from."""

    def __repr__(self) -> str:
        """The fields, without ``path`` for text input (where it is None)."""
        return _repr(self)


def _repr(record: Removal | Placement) -> str:
    shown = record._asdict()
    if record.path is None:
        del shown["path"]
    return f"{type(record).__name__}({', '.join(f'{key}={value!r}' for key, value in shown.items())})"


R = TypeVar("R", Removal, Placement)

#: A paragraph start that Markdown would read as structure: a heading, quote, list item, rule...
_MARKDOWN_START = re.compile(r"^(\d{1,9}(?=[.)]\s)|)([#>*+=|.)-])")


class Log(Sequence[R], Generic[R]):
    """An immutable sequence of records about input lines, kept compactly.

    Each record is a line number, a text and a tail of values that many records share (the filter
    and reason of a removal, the field of a placement). A page of a million tiny lines logs a
    million records: as tuples they would take several times the input, here about 20 bytes each.

    >>> log = Log(Placement, [1, 2], ["Home", "The story."], [("removed",), ("body",)])
    >>> len(log), log[1]
    (2, Placement(line=2, text='The story.', field='body'))
    >>> log == (Placement(1, "Home", "removed"), Placement(2, "The story.", "body"))
    True
    """

    __slots__ = ("_make", "_numbers", "_tails", "_texts", "_which")

    def __init__(
        self,
        make: Callable[..., R],
        numbers: Iterable[int] = (),
        texts: Iterable[str] = (),
        tails: Iterable[tuple[str | None, ...]] = (),
    ) -> None:
        self._make: Callable[..., R] = make
        self._numbers = array("I", numbers)  # line numbers: 4 bytes each
        self._texts = list(texts)
        known: dict[tuple[str | None, ...], int] = {}
        self._which = array("I", [known.setdefault(tail, len(known)) for tail in tails])
        self._tails = tuple(known)
        if not len(self._numbers) == len(self._texts) == len(self._which):
            raise ValueError("a log needs as many numbers, texts and tails")

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> R: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[R, ...]: ...
    def __getitem__(self, index: int | slice) -> R | tuple[R, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(len(self))[index])
        record: R = self._make(self._numbers[index], self._texts[index], *self._tails[self._which[index]])
        return record

    def __iter__(self) -> Iterator[R]:
        make, tails = self._make, self._tails
        for number, text, which in zip(self._numbers, self._texts, self._which, strict=True):
            yield make(number, text, *tails[which])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (Log, tuple, list)) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Log({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return Log, (self._make, self._numbers, self._texts, [self._tails[which] for which in self._which])


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
    ``placements`` says for every non-blank input line where it went. ``url``, ``date_modified`` and
    ``image`` come from a page's HTML metadata (see :func:`newsclean.fields.metadata.with_metadata`) and
    are None for text input.
    """

    title: str | None = None
    site_name: str | None = None
    language: str | None = None
    """The ISO 639-1 code of the language the text was read as (``"en"``, ``"de"``, ...), or None when unsure:
    a text too short, or mixed, or in a language without phrase data (see :data:`newsclean.lang.LANGUAGES`)."""
    byline: Byline | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    url: str | None = None
    """The page's own address: its ``<link rel="canonical">``, else ``og:url``."""
    date_modified: str | None = None
    """When the article was last changed (ISO 8601), beside the publication date in ``dateline``."""
    image: str | None = None
    """The lead image's URL: ``og:image``, ``twitter:image`` or the JSON-LD ``image``."""
    removed: Sequence[Removal] = ()
    placements: Sequence[Placement] = ()
    shape: str = "lines"
    """The input shape read (``lines``, ``wrapped``, ``markdown``, ``oneline``); not in :meth:`to_dict`."""
    confidence: float = 0.0
    """How likely the body is right, from 0 to 1 (see :mod:`newsclean.confidence`): route pages below 0.7
    to a closer look."""

    @property
    def body(self) -> str:
        """The body paragraphs joined by a blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Plain data with a fixed set of keys, ready for JSON.

        >>> sorted(Article(title="T").to_dict())  # doctest: +NORMALIZE_WHITESPACE
        ['body', 'byline', 'captions', 'confidence', 'date_modified', 'dateline', 'image', 'language', 'paragraphs',
         'removed', 'site_name', 'tags', 'title', 'url']
        """
        byline = self.byline
        dateline = self.dateline
        return {
            "title": self.title,
            "site_name": self.site_name,
            "language": self.language,
            "byline": None
            if byline is None
            else {"authors": list(byline.authors), "organization": byline.organization, "text": byline.text},
            "dateline": None
            if dateline is None
            else {"location": dateline.location, "date": dateline.date, "text": dateline.text},
            "date_modified": self.date_modified,
            "url": self.url,
            "image": self.image,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "tags": list(self.tags),
            "confidence": self.confidence,
            "removed": [
                {"line": r.line, "text": r.text, "filter": r.filter, "reason": r.reason, "detail": r.detail}
                | ({} if r.path is None else {"path": r.path})
                for r in self.removed
            ],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII text kept as it is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        r"""The title as a heading, then the body paragraphs; a paragraph that would start Markdown
        structure (a heading, a quote, a list item, a rule) is escaped.

        >>> print(Article(title="Storm", paragraphs=("# 1 in the region", "1. It rained.")).to_markdown())
        # Storm
        <BLANKLINE>
        \# 1 in the region
        <BLANKLINE>
        1\. It rained.
        <BLANKLINE>
        """
        blocks = [f"# {self.title}"] if self.title else []
        blocks += [_MARKDOWN_START.sub(r"\1\\\2", paragraph, count=1) for paragraph in self.paragraphs]
        return "\n\n".join(blocks) + "\n"

    def explain(self) -> str:
        """One line per removed input line: number, filter, reason, detail and the text (and for HTML input
        the element's path).

        >>> Article(removed=(Removal(3, "Advertisement", "phrases", "advert_marker"),)).explain().split("\\t")
        ['3', 'phrases', 'advert_marker', '', 'Advertisement']
        """
        return "\n".join(
            f"{r.line}\t{r.filter}\t{r.reason}\t{r.detail}\t{r.text}" + ("" if r.path is None else f"\t{r.path}")
            for r in self.removed
        )
