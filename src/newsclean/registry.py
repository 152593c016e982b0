"""Steps by name: the built-in ones, ones you register, installed plug-ins; and the default order.

>>> REGISTRY.get("footer").name
'footer'
>>> DEFAULT_STEPS[:3]
('title', 'byline', 'dateline')
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from newsclean.contract import Extractor, Filter, Step, as_step
from newsclean.errors import PipelineError
from newsclean.fields import Bylines, Captions, Datelines, Tags, Title
from newsclean.filters import Content, Footer, Landmarks, Markup, Navigation, PhraseFilter, RepeatedLines

#: Entry-point group through which installed packages contribute named steps.
ENTRY_POINT_GROUP = "newsclean.steps"

#: The default pipeline: the fields first (the page title, byline, date line, tag lists and captions
#: are not furniture), then Markdown lines without text, known phrases and repeats, navigation, the
#: footer zone, and prose judgement last.
DEFAULT_STEPS = (
    "title",
    "byline",
    "dateline",
    "tags",
    "captions",
    "markup",
    "landmarks",
    "phrases",
    "repeated_line",
    "navigation",
    "footer",
    "content",
)


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


def _builtin() -> Registry:
    registry = Registry()
    fields = (Title, Bylines, Datelines, Tags, Captions)
    for step in (*fields, Markup, Landmarks, PhraseFilter, RepeatedLines, Navigation, Footer, Content):
        registry.register(step.name, step)
    return registry


#: Step names resolve here (then in the ``newsclean.steps`` entry-point group).
REGISTRY = _builtin()
