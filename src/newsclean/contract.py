"""The step contract: what a step sees (:class:`Page`) and what it reports (:class:`Drop`, :class:`Extraction`).

A :class:`Filter` reports lines to drop, each with a reason code (see :mod:`newsclean.reasons`).
An :class:`Extractor` reports field values and the lines that held them. Steps only report: the
pipeline (:mod:`newsclean.pipeline`) decides and records.

>>> from newsclean.document import Document
>>> doc = Document.from_text("BUY NOW\\nA calm sentence.")
>>> shouting = as_step(lambda page: [(line, "shouting") for line in page.lines if line.text.isupper()], "shouting")
>>> [(drop[0].text, drop[1]) for drop in shouting(Page(doc, doc.lines))]
[('BUY NOW', 'shouting')]
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar, NamedTuple

from newsclean.article import Removal
from newsclean.dates import Dates
from newsclean.document import Document, Line
from newsclean.errors import PipelineError
from newsclean.reasons import ROLES, Role

#: Article fields an extractor may fill.
FIELDS = ("title", "site_name", "byline", "dateline", "captions", "tags")


class Drop(NamedTuple):
    """A filter's report: leave ``line`` out of the article for ``reason`` (snake_case)."""

    line: Line
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """An extractor's report: field values, and the lines that held them."""

    values: Mapping[str, Any]
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """What a step sees: the document, the lines still open, and what earlier steps decided."""

    doc: Document
    lines: tuple[Line, ...]
    """The lines no earlier step removed or used, in input order."""
    fates: Mapping[int, str] = field(default_factory=dict)
    """Line index -> where the line went: ``removed`` or a field name (open lines are absent)."""
    fields: Mapping[str, Any] = field(default_factory=dict)
    """The field values found so far, by field name."""
    removals: Mapping[int, Removal] = field(default_factory=dict)
    """Line index -> why an earlier step removed the line."""
    roles: Mapping[str, Role] = field(default_factory=lambda: ROLES)
    """Reason code -> its role: the built-in codes and those the pipeline's steps declare (see
    :mod:`newsclean.reasons`)."""
    titles: tuple[Line, ...] = ()
    """The lines the title step placed in the title, in input order: the page title and the
    headline repeated below it."""
    dates: Dates = field(default_factory=Dates)
    """The dates in the document's texts, shared by the steps of one run (each text searched once)."""

    @property
    def headline(self) -> Line | None:
        """The line the article starts under: the last title line (the headline below the page title,
        or the page title alone); None on a page without a title.

        >>> doc = Document.from_text("Storm | Daily Planet\\nStorm\\nThe text.")
        >>> page = Page(doc, doc.lines[2:], titles=doc.lines[:2])
        >>> page.headline.text, [line.text for line in page.headlines]
        ('Storm', ['Storm'])
        """
        return self.titles[-1] if self.titles else None

    @property
    def headlines(self) -> tuple[Line, ...]:
        """The headline's copies below the page title (the title lines after the first line)."""
        return tuple(line for line in self.titles if line.index > 0)

    def is_open(self, line: Line) -> bool:
        """Whether no earlier step removed or used ``line``."""
        return line.index not in self.fates

    def placed(self, fate: str) -> list[int]:
        """The indexes of the lines earlier steps placed in ``fate`` (a field name, or ``removed``), in order.

        >>> doc = Document.from_text("Headline\\nHeadline\\nThe text.")
        >>> Page(doc, doc.lines[2:], {0: "title", 1: "title"}).placed("title")
        [0, 1]
        """
        return [index for index, placed in self.fates.items() if placed == fate]

    def removed_as(self, index: int) -> Role | None:
        """The role of the reason an earlier step removed line ``index`` for; None when it was not removed.

        >>> from newsclean.article import Removal
        >>> doc = Document.from_text("Advertisement\\nThe text.")
        >>> why = {0: Removal(1, "Advertisement", "phrases", "advert_marker")}
        >>> Page(doc, doc.lines[1:], {0: "removed"}, removals=why).removed_as(0)
        <Role.INLINE: 'inline'>
        """
        removal = self.removals.get(index)
        return None if removal is None else self.role(removal.reason)

    def role(self, reason: str) -> Role:
        """The role of the reason code ``reason``; a code no step declares is a boundary."""
        return self.roles.get(reason, Role.BOUNDARY)


class Filter(ABC):
    """A step that reports lines to drop. Subclass it, or pass a plain function to the pipeline.

    A filter never changes text: it yields :class:`Drop` reports (or ``(line, reason)`` /
    ``(line, reason, detail)`` tuples) for lines in ``page.lines``. ``roles`` declares the role of
    each reason code it reports (a code not declared is a :attr:`~newsclean.reasons.Role.BOUNDARY`).
    """

    name: str = ""
    roles: ClassVar[Mapping[str, Role]] = MappingProxyType({})

    @abstractmethod
    def __call__(self, page: Page) -> Iterable[Drop | tuple[Line, str] | tuple[Line, str, str]]:
        """Report the lines of ``page`` to drop."""


class Extractor(ABC):
    """A step that fills article fields; the lines it reports are placed in ``field``."""

    name: str = ""
    field: str = ""

    @abstractmethod
    def __call__(self, page: Page) -> Extraction | None:
        """Find the field in ``page``; ``None`` when it is not there."""


Step = Filter | Extractor
StepLike = Step | Callable[[Page], Any] | str


class _FunctionFilter(Filter):
    def __init__(self, function: Callable[[Page], Any], name: str) -> None:
        self.function = function
        self.name = name

    def __call__(self, page: Page) -> Any:
        return self.function(page)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _FunctionFilter) and other.function is self.function

    def __hash__(self) -> int:
        return hash(self.function)


def as_step(obj: Any, name: str | None = None) -> Step:
    """A :class:`Filter` or :class:`Extractor` for ``obj``; a plain function becomes a filter."""
    if isinstance(obj, (Filter, Extractor)):
        if name and obj.name != name:
            raise PipelineError(f"step {obj.name!r} cannot be renamed to {name!r}: set its name attribute")
        if not obj.name:
            raise PipelineError(f"{type(obj).__name__} has no name: set its name attribute")
        return obj
    if callable(obj):
        return _FunctionFilter(obj, name or getattr(obj, "__name__", "") or type(obj).__name__)
    raise PipelineError(f"a step must be a Filter, an Extractor or a function, not {type(obj).__name__}")
