"""One article as the report shows it: each input line in place, marked with where it went and why.

Every text is escaped (:func:`html.escape`): article text is untrusted, and a line such as
``<script>`` shows as written and runs nothing.

>>> record = {"title": "Harbour closes", "body": "It closed.", "placements": [
...     {"line": 1, "text": "Harbour closes", "field": "title"},
...     {"line": 2, "text": "<b>Share</b>", "field": "removed"},
...     {"line": 3, "text": "It closed.", "field": "body"}],
...     "removed": [{"line": 2, "text": "<b>Share</b>", "filter": "phrases", "reason": "social_share", "detail": ""}]}
>>> [(row.line, row.field, row.reason) for row in rows(record)]
[(1, 'title', ''), (2, 'removed', 'social_share'), (3, 'body', '')]
>>> print(line_html(rows(record)[1]).replace(" title", "\\n title"))
<div class="l f-removed" data-r="social_share"
 title="line 2 · removed by phrases: social_share"><i>2</i>&lt;b&gt;Share&lt;/b&gt;</div>
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterator, Mapping
from html import escape
from typing import Any, NamedTuple

#: The placements' field names, in the order the legend lists them.
FIELDS = ("title", "byline", "dateline", "body", "captions", "tags", "removed")


class Row(NamedTuple):
    """One shown line: its number (None when the record has no placements), field, text and removal."""

    line: int | None
    field: str
    text: str
    reason: str = ""
    step: str = ""
    detail: str = ""


def rows(record: Mapping[str, Any]) -> list[Row]:
    """The record's lines in input order, from its placements (``batch --placements``).

    A record without placements gives its fields, then its removed lines by number. Lines that
    only continue a re-flowed paragraph (placed with an empty text) are not shown.
    """
    removed = [entry for entry in _list(record.get("removed")) if isinstance(entry, dict)]
    placements = record.get("placements")
    if not isinstance(placements, list):
        return [*_fields(record), *(_removal(entry) for entry in sorted(removed, key=_line))]
    by_line: defaultdict[Any, deque[dict[str, Any]]] = defaultdict(deque)
    for entry in removed:
        by_line[entry.get("line")].append(entry)
    shown = []
    for place in placements:
        if not isinstance(place, dict) or not place.get("text"):
            continue
        line, kind, text = place.get("line"), str(place.get("field") or ""), str(place["text"])
        if kind == "removed" and by_line[line]:
            shown.append(_removal(by_line[line].popleft(), text))
        else:
            shown.append(Row(line if isinstance(line, int) else None, kind, text))
    return shown


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _line(entry: Mapping[str, Any]) -> int:
    line = entry.get("line")
    return line if isinstance(line, int) else 0


def _removal(entry: Mapping[str, Any], text: str | None = None) -> Row:
    line = entry.get("line")
    shown = str(entry.get("text") or "") if text is None else text
    step, reason, detail = (str(entry.get(key) or "") for key in ("filter", "reason", "detail"))
    return Row(line if isinstance(line, int) else None, "removed", shown, reason, step, detail)


def _fields(record: Mapping[str, Any]) -> Iterator[Row]:
    if isinstance(record.get("title"), str):
        yield Row(None, "title", record["title"])
    for key in ("byline", "dateline"):
        value = record.get(key)
        if isinstance(value, dict) and value.get("text"):
            yield Row(None, key, str(value["text"]))
    for key in ("paragraphs", "captions", "tags"):
        yield from (Row(None, "body" if key == "paragraphs" else key, str(text)) for text in _list(record.get(key)))


def line_html(row: Row) -> str:
    """One line as HTML: its field and reason as classes, step and detail in its hover text."""
    where = f"line {row.line}" if row.line is not None else "no line number"
    if row.field == "removed":
        why = f"removed by {row.step}: {row.reason}" if row.reason else "removed"
        hover = f"{where} · {why}" + (f" — {row.detail}" if row.detail else "")
        reason = f' data-r="{escape(row.reason)}"'
    else:
        hover, reason = f"{where} · {row.field}", ""
    kind = row.field if row.field in FIELDS else "other"
    number = f"<i>{row.line}</i>" if row.line is not None else ""
    return f'<div class="l f-{kind}"{reason} title="{escape(hover)}">{number}{escape(row.text)}</div>'


def article_html(record: Mapping[str, Any], number: int) -> str:
    """The article's header (title, site, confidence, carried fields) and its lines."""
    title = record.get("title") if isinstance(record.get("title"), str) else None
    meta = record.get("_meta")
    meta = meta if isinstance(meta, dict) else {}
    facts = [f"site {record.get('_site', '')}", f"record {record.get('_record', number)}"]
    confidence = record.get("confidence")
    if isinstance(confidence, (int, float)):
        facts.append(f"confidence {confidence:.2f}")
    facts += [f"{key} {value}" for key, value in meta.items()]
    shown = rows(record)
    note = "" if isinstance(record.get("placements"), list) else _NO_PLACEMENTS
    return (
        f'<article class="doc" id="a{number}"><h3>{number}. {escape(title or "(no title)")}</h3>'
        f'<p class="meta">{escape(" · ".join(str(fact) for fact in facts))}</p>{note}'
        f'<div class="lines">{"".join(line_html(row) for row in shown)}</div></article>'
    )


_NO_PLACEMENTS = (
    '<p class="note">This record has no placements (made without <code>batch --placements</code>): '
    "its fields come first, then its removed lines by number.</p>"
)
