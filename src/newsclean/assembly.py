"""Assembly: the article from what the steps reported, one slot per line.

The pipeline keeps, for each line, where it went (``removed`` or a field name) and why it was
removed; :func:`assemble` turns those slots into the :class:`~newsclean.article.Article`: the
open lines become the body, every line gets its placement, every removed line its reason.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Home\\nThe story.")
>>> article = assemble(doc, ["removed", None], [("navigation", "navigation", ""), None], {})
>>> article.body, [(r.line, r.reason) for r in article.removed]
('The story.', [(1, 'navigation')])
"""

from __future__ import annotations

from collections.abc import Callable, ItemsView, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from newsclean.article import Article, Log, Placement, Removal
from newsclean.confidence import Evidence, score
from newsclean.document import Document, Line
from newsclean.reasons import ROLES, Role

#: Why a line was removed: (filter, reason, detail).
Why = tuple[str, str, str]


def assemble(
    doc: Document,
    fate: list[str | None],
    why: list[Why | None],
    fields: Mapping[str, Any],
    roles: Mapping[str, Role] = ROLES,
) -> Article:
    """The article of ``doc``: ``fate`` and ``why`` have a slot per line (None: open, kept); ``roles`` gives the
    role of each reason code, for the confidence (see :mod:`newsclean.confidence`)."""
    gone = [line for line in doc.lines if why[line.index]]
    paragraphs, shown = _body(doc.lines, fate)
    return Article(
        title=fields.get("title"),
        site_name=fields.get("site_name"),
        language=doc.language.code if doc.language is not None and doc.language_sure else None,
        byline=fields.get("byline"),
        dateline=fields.get("dateline"),
        paragraphs=paragraphs,
        captions=tuple(fields.get("captions", ())),
        tags=tuple(fields.get("tags", ())),
        removed=Log(Removal, (line.number for line in gone), (line.text for line in gone), _whys(gone, why)),
        placements=_placements(doc.lines, fate, shown),
        shape=doc.shape,
        confidence=score(Evidence.of(doc.lines, fate, why, roles)),
    )


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


def _whys(gone: list[Line], why: list[Why | None]) -> Iterator[tuple[str, ...]]:
    """The why of each removed line, with its element's path for HTML input."""
    if gone and gone[0].path is not None:
        return ((*(why[line.index] or ()), line.path or "") for line in gone)
    return (found for found in why if found)


def _placements(lines: Sequence[Line], fate: list[str | None], shown: dict[int, str]) -> Log[Placement]:
    """Where each input line went; a re-flowed paragraph places each of its input lines, the first with
    the text (``shown`` replaces the text of some lines: see :func:`_body`)."""
    if lines and lines[0].path is not None:  # HTML: one line per block, with its element's path
        texts = (shown.get(line.index, line.text) for line in lines)
        fields = ((fate[line.index] or "body", line.path or "") for line in lines)
        return Log(Placement, (line.number for line in lines), texts, fields)
    if not any(line.last for line in lines):  # the common case: one input line per line
        texts = (shown.get(line.index, line.text) for line in lines) if shown else (line.text for line in lines)
        return Log(Placement, (line.number for line in lines), texts, ((f or "body",) for f in fate))
    rows = [
        (number, shown.get(line.index, line.text) if number == line.number else "", (fate[line.index] or "body",))
        for line in lines
        for number in line.numbers
    ]
    return Log(Placement, (row[0] for row in rows), (row[1] for row in rows), (row[2] for row in rows))
