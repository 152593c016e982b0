"""The pipeline: an ordered list of named steps that *report*; the pipeline decides and records.

A :class:`~newsclean.contract.Filter` reports lines to drop, each with a reason code. An
:class:`~newsclean.contract.Extractor` reports a field value and the lines it used. Each step sees
the lines no earlier step took (``page.lines``); what is still open at the end is the body
(see :mod:`newsclean.assembly`).

>>> import newsclean
>>> def no_shouting(page):
...     return [(line, "shouting") for line in page.lines if line.text.isupper()]
>>> pipeline = newsclean.Pipeline.default().add(no_shouting, first=True)
>>> article = newsclean.clean("A calm and quiet sentence stays in the body.\\nBUY NOW", pipeline=pipeline)
>>> article.body, [(r.filter, r.reason) for r in article.removed]
('A calm and quiet sentence stays in the body.', [('no_shouting', 'shouting')])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from newsclean.article import Article, Byline, Dateline, Removal
from newsclean.assembly import LineMap, Why, assemble
from newsclean.contract import FIELDS, Drop, Extraction, Extractor, Page, Step, StepLike, as_step
from newsclean.dates import Dates
from newsclean.document import Document, Line
from newsclean.errors import PipelineError, StepError
from newsclean.reasons import CODE, ROLES, Role
from newsclean.registry import DEFAULT_STEPS, REGISTRY, Registry


class Pipeline:
    """An immutable, ordered list of named steps; every change returns a new pipeline.

    >>> Pipeline.default().names[:4]
    ('title', 'byline', 'dateline', 'tags')
    >>> Pipeline.default().remove("tags").names[:4]
    ('title', 'byline', 'dateline', 'captions')
    """

    def __init__(self, steps: Iterable[StepLike] = (), *, registry: Registry | None = None) -> None:
        self.registry = registry or REGISTRY
        resolved = tuple(self._resolve(step) for step in steps)
        names = [step.name for step in resolved]
        clash = {n for n in names if names.count(n) > 1}
        if clash:
            raise PipelineError(f"two steps named {sorted(clash)[0]!r}; give one another name")
        self.steps: tuple[Step, ...] = resolved
        self.roles: Mapping[str, Role] = _roles(resolved)
        """Reason code -> role, for every code the steps declare (built-in codes included)."""

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in steps in their standard order."""
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
        why: list[Why | None] = [None] * len(doc.lines)
        fates_view: LineMap[str] = LineMap(fate)
        removals_view: LineMap[Removal] = LineMap(why, lambda i, w: _removal(doc.lines[i], w))
        fields: dict[str, Any] = {}
        whys: dict[Why, Why] = {}
        open_lines, taken = doc.lines, 0
        titles: tuple[Line, ...] = ()
        dates = Dates()
        for step in self.steps:
            if len(fates_view) != taken:  # only what the last step took leaves the open lines
                open_lines, taken = tuple([line for line in open_lines if fate[line.index] is None]), len(fates_view)
            page = Page(doc, open_lines, fates_view, MappingProxyType(fields), removals_view, self.roles, titles, dates)
            try:
                report = step(page)
                if isinstance(step, Extractor):
                    placed = self._take(step, doc, report, fates_view, fields)
                    if placed and (step.field or step.name) == "title":
                        titles = tuple(sorted((*titles, *placed), key=_index))
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
        return assemble(doc, fate, why, fields, self.roles)

    @staticmethod
    def _take(
        step: Extractor, doc: Document, report: Any, fate: LineMap[str], fields: dict[str, Any]
    ) -> tuple[Line, ...]:
        """Record the fields of ``report``; the lines it placed (those no earlier step had)."""
        if report is None:
            return ()
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
        placed = []
        for line in report.lines:
            _check_line(step, doc, line)
            if line.index not in fate:
                fate.put(line.index, step.field or step.name)
                placed.append(line)
        return tuple(placed)

    def _resolve(self, step: StepLike, name: str | None = None) -> Step:
        if isinstance(step, str):
            return self.registry.get(step)
        return as_step(step, name)

    def _position(self, name: str) -> int:
        for position, step in enumerate(self.steps):
            if step.name == name:
                return position
        raise PipelineError(f"no step named {name!r} in this pipeline; it has: {', '.join(self.names)}")


def _roles(steps: Iterable[Step]) -> Mapping[str, Role]:
    """The role of each reason code the filters among ``steps`` declare, over the built-in ones.

    A step may not give a code another role than the one it has already (built in or declared).
    """
    roles = dict(ROLES)
    for step in steps:
        for code, role in getattr(step, "roles", {}).items():
            if not isinstance(role, Role):
                raise PipelineError(f"step {step.name!r} declares reason {code!r} as {role!r}, not a Role")
            if code in roles and roles[code] is not role:
                raise PipelineError(
                    f"step {step.name!r} declares reason {code!r} as {role.value}; it is {roles[code].value} already"
                )
            roles[code] = role
    return MappingProxyType(roles)


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
            if not isinstance(item.reason, str) or not CODE.match(item.reason):
                raise StepError(step.name, f"reason {item.reason!r} is not a snake_case code like 'advert_marker'")
            reasons.add(item.reason)
        if type(item.detail) is not str:
            raise StepError(step.name, f"detail must be a string, not {type(item.detail).__name__}")
        yield item


def _removal(line: Line, why: Why) -> Removal:
    """The removal record of ``line``, removed for ``why``."""
    return Removal(line.number, line.text, why[0], why[1], why[2], line.path)


def _index(line: Line) -> int:
    return line.index


def _check_line(step: Step, doc: Document, line: Any) -> None:
    if not isinstance(line, Line) or not 0 <= line.index < len(doc.lines) or doc.lines[line.index] is not line:
        raise StepError(step.name, f"{line!r:.80} is not a line of this document (report page.lines items)")
