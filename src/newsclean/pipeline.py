"""The pipeline: an ordered list of named steps that *report*; the pipeline decides and records.

A :class:`Filter` reports lines to drop, each with a reason code. An :class:`Extractor` reports a
field value and the lines it used. Each step sees the lines no earlier step took (``page.lines``);
what is still open at the end is the body.

>>> import newsclean
>>> def no_shouting(page):
...     return [(line, "shouting") for line in page.lines if line.text.isupper()]
>>> pipeline = newsclean.Pipeline.default().add(no_shouting, first=True)
>>> article = newsclean.clean("A calm and quiet sentence stays in the body.\\nBUY NOW", pipeline=pipeline)
>>> article.body, [(r.filter, r.reason) for r in article.removed]
('A calm and quiet sentence stays in the body.', [('no_shouting', 'shouting')])
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, ItemsView, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

from newsclean.article import Article, Byline, Dateline, Log, Placement, Removal
from newsclean.document import Document, Line
from newsclean.errors import PipelineError, StepError

#: Entry-point group through which installed packages contribute named steps.
ENTRY_POINT_GROUP = "newsclean.steps"

_REASON = re.compile(r"[a-z][a-z0-9_]*\Z")
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


V = TypeVar("V")


class LineMap(Mapping[int, V]):
    """A read-only view of line index -> value over a list with one slot per line (None: no value).

    Pages of a million tiny lines are why: a list slot costs a fraction of a dict entry. ``make``
    turns a stored slot into the value on access, so a slot can hold something smaller.

    >>> view = LineMap(["title", None, "removed"])
    >>> dict(view), 1 in view, view.get(2)
    ({0: 'title', 2: 'removed'}, False, 'removed')
    >>> LineMap([None, 3], make=lambda index, slot: index * slot)[1]
    3
    """

    __slots__ = ("_count", "_make", "_slots")

    def __init__(self, slots: list[Any], make: Callable[[int, Any], V] | None = None) -> None:
        self._slots = slots
        self._make = make
        self._count = sum(value is not None for value in slots)

    def put(self, index: int, value: Any) -> None:
        """Fill an empty slot (for the pipeline that owns the list)."""
        self._count += self._slots[index] is None
        self._slots[index] = value

    def __getitem__(self, index: int) -> V:
        value = self._slots[index] if isinstance(index, int) and 0 <= index < len(self._slots) else None
        if value is None:
            raise KeyError(index)
        return value if self._make is None else self._make(index, value)

    def get(self, index: int, default: Any = None) -> Any:
        """The value at ``index``, or ``default`` (faster than the generic ``Mapping.get``)."""
        value = self._slots[index] if 0 <= index < len(self._slots) else None
        if value is None:
            return default
        return value if self._make is None else self._make(index, value)

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and 0 <= index < len(self._slots) and self._slots[index] is not None

    def __iter__(self) -> Iterator[int]:
        return (index for index, value in enumerate(self._slots) if value is not None)

    def __len__(self) -> int:
        return self._count

    def items(self) -> ItemsView[int, V]:
        return _Items(self)


class _Items(ItemsView[int, V]):
    """The items of a :class:`LineMap`, read in one pass over its slots, not with a lookup per index."""

    _mapping: LineMap[V]

    def __iter__(self) -> Iterator[tuple[int, V]]:
        slots, make = self._mapping._slots, self._mapping._make
        filled = ((index, slot) for index, slot in enumerate(slots) if slot is not None)
        return filled if make is None else ((index, make(index, slot)) for index, slot in filled)


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

    def is_open(self, line: Line) -> bool:
        """Whether no earlier step removed or used ``line``."""
        return line.index not in self.fates

    def placed(self, fate: str) -> list[int]:
        """The indexes of the lines earlier steps placed in ``fate`` (a field name, or ``removed``), in order.

        >>> from newsclean.document import Document
        >>> doc = Document.from_text("Headline\\nHeadline\\nThe text.")
        >>> Page(doc, doc.lines[2:], {0: "title", 1: "title"}).placed("title")
        [0, 1]
        """
        return [index for index, placed in self.fates.items() if placed == fate]


class Filter(ABC):
    """A step that reports lines to drop. Subclass it, or pass a plain function to the pipeline.

    A filter never changes text: it yields :class:`Drop` reports (or ``(line, reason)`` /
    ``(line, reason, detail)`` tuples) for lines in ``page.lines``.
    """

    name: str = ""

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


class Registry:
    """Steps by name: the built-in ones, ones you register, and installed plug-ins.

    >>> registry = Registry()
    >>> @registry.register("no_op")
    ... def no_op(page):
    ...     return []
    >>> registry.get("no_op").name
    'no_op'
    """

    def __init__(self) -> None:
        self._steps: dict[str, Callable[[], Step]] = {}

    def register(self, name: str, factory: Callable[..., Any] | None = None) -> Any:
        """Register a step class, a factory of steps, or a filter function under ``name``.

        Usable as a decorator. Registering the same object twice is fine; another object under
        a taken name is an error.
        """

        def add(obj: Callable[..., Any]) -> Callable[..., Any]:
            known = self._steps.get(name)
            if known is not None and getattr(known, "source", None) is not obj:
                raise PipelineError(f"a step is already registered as {name!r}; pick another name")
            self._steps[name] = _factory(obj, name)
            return obj

        return add if factory is None else add(factory)

    def get(self, name: str) -> Step:
        """A fresh step for ``name``, looking in the installed plug-ins when it is not registered."""
        if name not in self._steps:
            for ep in entry_points(group=ENTRY_POINT_GROUP, name=name):
                self.register(name, _load(ep))
                break
        if name not in self._steps:
            known = ", ".join(sorted(self._steps))
            plugins = ", ".join(sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})) or "none"
            raise PipelineError(f"no step named {name!r}; registered: {known}; installed plug-ins: {plugins}")
        return self._steps[name]()

    def __contains__(self, name: str) -> bool:
        return name in self._steps


def _load(ep: EntryPoint) -> Any:
    """The step class or function the plug-in entry point ``ep`` names; a :class:`PipelineError` naming ``ep``
    (and its package) when it does not load."""
    try:
        obj = ep.load()
    except Exception as exc:
        raise PipelineError(f"{_described(ep)} does not load: {type(exc).__name__}: {exc}") from exc
    if not callable(obj):
        raise PipelineError(f"{_described(ep)} names a {type(obj).__name__}, not a step class or function")
    return obj


def _described(ep: EntryPoint) -> str:
    package = ep.dist.name if ep.dist else "unknown"
    return f"plug-in entry point {ep.name} = {ep.value} (group {ENTRY_POINT_GROUP}, package {package})"


def _factory(obj: Callable[..., Any], name: str) -> Callable[[], Step]:
    def make() -> Step:
        if isinstance(obj, type) and issubclass(obj, (Filter, Extractor)):
            step: Step = obj()
        else:
            step = as_step(obj, name)
        return step

    make.source = obj  # type: ignore[attr-defined]
    return make


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


class Pipeline:
    """An immutable, ordered list of named steps; every change returns a new pipeline.

    >>> Pipeline.default().names[:4]
    ('title', 'byline', 'dateline', 'tags')
    >>> Pipeline.default().remove("tags").names[:4]
    ('title', 'byline', 'dateline', 'captions')
    """

    def __init__(self, steps: Iterable[StepLike] = (), *, registry: Registry | None = None) -> None:
        from newsclean.steps import REGISTRY  # the built-in steps register on import

        self.registry = registry or REGISTRY
        resolved = tuple(self._resolve(step) for step in steps)
        names = [step.name for step in resolved]
        clash = {n for n in names if names.count(n) > 1}
        if clash:
            raise PipelineError(f"two steps named {sorted(clash)[0]!r}; give one another name")
        self.steps: tuple[Step, ...] = resolved

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in steps in their standard order."""
        from newsclean.steps import DEFAULT_STEPS

        return cls(DEFAULT_STEPS)

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(step.name for step in self.steps)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    def __getitem__(self, name: str) -> Step:
        return self.steps[self._position(name)]

    def add(
        self,
        step: StepLike,
        *,
        name: str | None = None,
        before: str | None = None,
        after: str | None = None,
        first: bool = False,
        last: bool = False,
    ) -> Pipeline:
        """A new pipeline with ``step`` placed as asked (at the end when nothing is said).

        ``step`` is a Filter, an Extractor, a function (a filter named after it) or a registered
        name.
        """
        if sum((before is not None, after is not None, first, last)) > 1:
            raise PipelineError("say at most one of before=, after=, first=, last=")
        new = self._resolve(step, name)
        steps = list(self.steps)
        if before is not None:
            steps.insert(self._position(before), new)
        elif after is not None:
            steps.insert(self._position(after) + 1, new)
        elif first:
            steps.insert(0, new)
        else:
            steps.append(new)
        return Pipeline(steps, registry=self.registry)

    def remove(self, name: str) -> Pipeline:
        """A new pipeline without the step ``name``."""
        position = self._position(name)
        return Pipeline(self.steps[:position] + self.steps[position + 1 :], registry=self.registry)

    def replace(self, name: str, step: StepLike) -> Pipeline:
        """A new pipeline with ``step`` in the place of the step ``name``."""
        position = self._position(name)
        new = self._resolve(step)
        return Pipeline((*self.steps[:position], new, *self.steps[position + 1 :]), registry=self.registry)

    def run(self, doc: Document) -> Article:
        """Run every step over ``doc`` and assemble the article."""
        # Line index -> "removed" or the field that used it, and why removed (filter, reason, detail):
        # one slot per line, the why shared by every line removed for the same one.
        fate: list[str | None] = [None] * len(doc.lines)
        why: list[tuple[str, str, str] | None] = [None] * len(doc.lines)
        fates_view: LineMap[str] = LineMap(fate)
        removals_view: LineMap[Removal] = LineMap(why, lambda i, w: Removal(doc.lines[i].number, doc.lines[i].text, *w))
        fields: dict[str, Any] = {}
        whys: dict[tuple[str, str, str], tuple[str, str, str]] = {}
        open_lines, taken = doc.lines, 0
        for step in self.steps:
            if len(fates_view) != taken:  # only what the last step took leaves the open lines
                open_lines, taken = tuple([line for line in open_lines if fate[line.index] is None]), len(fates_view)
            page = Page(doc, open_lines, fates_view, MappingProxyType(fields), removals_view)
            try:
                report = step(page)
                if isinstance(step, Extractor):
                    self._take(step, doc, report, fates_view, fields)
                else:
                    for drop in _drops(step, doc, report):
                        index = drop.line.index
                        if fate[index] is None:
                            fates_view.put(index, "removed")
                            key = (step.name, drop.reason, drop.detail)
                            why[index] = whys.setdefault(key, key)
            except StepError:
                raise
            except Exception as exc:
                raise StepError(step.name, f"raised {type(exc).__name__}: {exc}") from exc
        gone = [line for line in doc.lines if why[line.index]]
        paragraphs, shown = _body(doc.lines, fate)
        return Article(
            title=fields.get("title"),
            site_name=fields.get("site_name"),
            byline=fields.get("byline"),
            dateline=fields.get("dateline"),
            paragraphs=paragraphs,
            captions=tuple(fields.get("captions", ())),
            tags=tuple(fields.get("tags", ())),
            removed=Log(Removal, (line.number for line in gone), (line.text for line in gone), filter(None, why)),
            placements=_placements(doc.lines, fate, shown),
            shape=doc.shape,
        )

    @staticmethod
    def _take(step: Extractor, doc: Document, report: Any, fate: LineMap[str], fields: dict[str, Any]) -> None:
        if report is None:
            return
        if not isinstance(report, Extraction):
            raise StepError(step.name, f"an extractor returns Extraction or None, not {type(report).__name__}")
        for key, value in report.values.items():
            if key not in FIELDS:
                raise StepError(step.name, f"{key!r} is not an article field; fields: {', '.join(FIELDS)}")
            if key == "byline" and value is not None and not isinstance(value, Byline):
                raise StepError(step.name, "byline must be a Byline or None")
            if key == "dateline" and value is not None and not isinstance(value, Dateline):
                raise StepError(step.name, "dateline must be a Dateline or None")
            fields[key] = value
        for line in report.lines:
            _check_line(step, doc, line)
            if line.index not in fate:
                fate.put(line.index, step.field or step.name)

    def _resolve(self, step: StepLike, name: str | None = None) -> Step:
        if isinstance(step, str):
            return self.registry.get(step)
        return as_step(step, name)

    def _position(self, name: str) -> int:
        for position, step in enumerate(self.steps):
            if step.name == name:
                return position
        raise PipelineError(f"no step named {name!r} in this pipeline; it has: {', '.join(self.names)}")


def _body(lines: Sequence[Line], fate: list[str | None]) -> tuple[tuple[str, ...], dict[int, str]]:
    """The body paragraphs: the lines left open, where the lines of a preformatted block, one after
    the other in the input, make one paragraph (kept apart by line breaks, as written). And what the
    placements show for those lines: the first carries the paragraph, the others nothing.
    """
    paragraphs: list[str] = []
    shown: dict[int, str] = {}
    block: list[Line] = []  # the open lines of the preformatted block being read

    def close_block() -> None:
        if len(block) > 1:
            paragraphs[-1] = shown[block[0].index] = "\n".join(line.text for line in block)
            shown.update((line.index, "") for line in block[1:])

    for line in lines:
        if fate[line.index] is not None:
            continue
        if line.kind == "pre" and block and block[-1].number == line.number - 1:
            block.append(line)
            continue
        close_block()
        block = [line] if line.kind == "pre" else []
        paragraphs.append(line.text)
    close_block()
    return tuple(paragraphs), shown


def _placements(lines: Sequence[Line], fate: list[str | None], shown: dict[int, str]) -> Log[Placement]:
    """Where each input line went; a re-flowed paragraph places each of its input lines, the first with
    the text (``shown`` replaces the text of some lines: see :func:`_body`)."""
    if not any(line.last for line in lines):  # the common case: one input line per line
        texts = (shown.get(line.index, line.text) for line in lines) if shown else (line.text for line in lines)
        return Log(Placement, (line.number for line in lines), texts, ((f or "body",) for f in fate))
    rows = [
        (number, shown.get(line.index, line.text) if number == line.number else "", (fate[line.index] or "body",))
        for line in lines
        for number in line.numbers
    ]
    return Log(Placement, (row[0] for row in rows), (row[1] for row in rows), (row[2] for row in rows))


def _drops(step: Step, doc: Document, report: Any) -> Iterator[Drop]:
    if report is None:
        raise StepError(step.name, "a filter returns an iterable of drops, not None")
    try:
        items = iter(report)
    except TypeError:
        raise StepError(
            step.name, f"returned {report!r:.80}, expected an iterable of (line, reason[, detail]) tuples"
        ) from None
    reasons: set[str] = set()  # checked once each
    for item in items:
        if type(item) is not Drop:
            if not isinstance(item, tuple) or not 2 <= len(item) <= 3:
                raise StepError(step.name, f"a filter yields Drop(line, reason[, detail]), not {item!r:.80}")
            item = Drop(*item)
        _check_line(step, doc, item.line)
        if not (type(item.reason) is str and item.reason in reasons):
            if not isinstance(item.reason, str) or not _REASON.match(item.reason):
                raise StepError(step.name, f"reason {item.reason!r} is not a snake_case code like 'advert_marker'")
            reasons.add(item.reason)
        if type(item.detail) is not str:
            raise StepError(step.name, f"detail must be a string, not {type(item.detail).__name__}")
        yield item


def _check_line(step: Step, doc: Document, line: Any) -> None:
    if not isinstance(line, Line) or not 0 <= line.index < len(doc.lines) or doc.lines[line.index] is not line:
        raise StepError(step.name, f"{line!r:.80} is not a line of this document (report page.lines items)")
