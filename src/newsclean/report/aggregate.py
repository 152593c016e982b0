"""What a report counts, one output record at a time: totals, per-site figures, a fixed sample.

Memory holds the sample, a few counters per site and reason, and at most :data:`MAX_SHAPES`
removed-line shapes (lossy counting: past that, the rarest shapes are dropped and the counts of
shapes seen again after a drop become lower bounds), never the corpus.

>>> report = Report(sample_size=1)
>>> report.add({"url": "https://www.coast.example/1", "title": "Harbour closes", "body": "It closed.",
...             "paragraphs": ["It closed."], "confidence": 0.93,
...             "removed": [{"line": 2, "text": "Share this", "filter": "phrases", "reason": "social_share"}]})
>>> report.add({"error": "no field 'text'", "origin": "in.jsonl:2"})
>>> report.records, report.errors, report.removed.lines, report.by_reason["social_share"].chars
(2, 1, 1, 10)
>>> site = report.sites["coast.example"]
>>> site.articles, round(site.share_removed(), 3), [(s.count, s.example) for s in site.shapes.top(1)]
(1, 0.294, [(1, 'Share this')])
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from newsclean.document import normalise
from newsclean.profile import line_shape, site_of

#: The most removed-line shapes counted at once, over all sites.
MAX_SHAPES = 200_000
#: The longest start of a line that its shape is made of, and that an example keeps.
SHAPE_CHARS = 200
#: Confidence bins of the histogram: [0, 0.1), [0.1, 0.2), ... [0.9, 1].
BINS = 10
#: The article's own keys in an output record; the rest are the fields the input carried.
ARTICLE_KEYS = frozenset(
    "title site_name byline dateline body paragraphs captions tags confidence removed placements".split()
)
#: The carried fields a sampled article keeps (short scalars only: no page HTML).
META_CHARS = 300


@dataclass(slots=True)
class Tally:
    """Lines and their characters."""

    lines: int = 0
    chars: int = 0

    def add(self, text: str, lines: int = 1) -> None:
        self.lines += lines
        self.chars += len(text)


@dataclass(slots=True)
class Shape:
    """One removed-line shape: how often it was seen, one example and its step and reason.

    ``since`` is how many were dropped before it was last counted from scratch: the true count
    lies between ``count`` and ``count + since``.
    """

    count: int
    example: str
    step: str
    reason: str
    since: int = 0


class Shapes:
    """Removed-line shapes and their counts, bounded by a :class:`Budget` shared with other sites."""

    def __init__(self, budget: Budget) -> None:
        self._budget = budget
        self.entries: dict[str, Shape] = {}

    def add(self, text: str, step: str, reason: str) -> None:
        """Count one removed line."""
        key = line_shape(text[:SHAPE_CHARS]) or text[:SHAPE_CHARS].strip()
        entry = self.entries.get(key)
        if entry is not None:
            entry.count += 1
            return
        self.entries[key] = Shape(1, text[:SHAPE_CHARS], step, reason, self._budget.floor)
        self._budget.used += 1

    def drop(self, floor: int) -> int:
        """Drop the shapes that cannot have been seen more than ``floor`` times; the number left."""
        self.entries = {k: s for k, s in self.entries.items() if s.count + s.since > floor}
        return len(self.entries)

    def top(self, n: int) -> list[Shape]:
        """The ``n`` most frequent shapes, most frequent first (ties: the first example in text order)."""
        return sorted(self.entries.values(), key=lambda s: (-s.count, s.example))[:n]


@dataclass
class Budget:
    """How many shapes are counted, and the floor of the last drop."""

    used: int = 0
    floor: int = 0


@dataclass
class Site:
    """One site's figures: articles, errors, the fields found, what was kept and removed."""

    shapes: Shapes
    articles: int = 0
    errors: int = 0
    title: int = 0
    byline: int = 0
    date: int = 0
    kept_chars: int = 0
    removed: Tally = field(default_factory=Tally)

    def share_removed(self) -> float:
        """The share of the characters removed (0 when there were none)."""
        total = self.kept_chars + self.removed.chars
        return self.removed.chars / total if total else 0.0


class Report:
    """Totals, sites and a seeded reservoir sample of ``sample_size`` articles, from output records.

    ``add`` counts as ``newsclean batch`` does in its summary: every record, the records with an
    ``error``, and each entry of ``removed`` by its reason.
    """

    def __init__(self, sample_size: int = 50, seed: int = 0) -> None:
        self.sample_size = sample_size
        self.seed = seed
        self.records = 0
        self.errors = 0
        self.unreadable = 0
        """Lines of the output that are not JSON objects (a torn last line)."""
        self.articles = 0
        self.placed = 0
        """Articles whose records carry placements (``batch --placements``)."""
        self.kept_lines = 0
        """Input lines in a field, counted in the articles that carry placements."""
        self.kept_chars = 0
        """Characters of the articles' fields: title, byline, dateline, paragraphs, captions, tags."""
        self.removed = Tally()
        self.by_reason: dict[str, Tally] = {}
        self.by_step: dict[str, Tally] = {}
        self.confidence = [0] * BINS
        self.error_messages: Counter[str] = Counter()
        self.budget = Budget()
        self.shapes = Shapes(self.budget)
        self.sites: dict[str, Site] = {}
        self.sample: list[dict[str, Any]] = []
        self._rng = random.Random(seed)
        self._seen = 0  # articles offered to the sample

    def add(self, record: Mapping[str, Any]) -> None:
        """Count one output record (a dict read from a line of the batch output)."""
        self.records += 1
        site = self._site(site_key(record))
        if record.get("error"):
            self.errors += 1
            site.errors += 1
            self.error_messages[str(record["error"])[:120]] += 1
        removed = record.get("removed")
        for entry in removed if isinstance(removed, list) else ():
            self._removed(site, entry if isinstance(entry, dict) else {})
        if "body" not in record:
            return
        self.articles += 1
        site.articles += 1
        self._fields(site, record)
        self._offer(record)
        if self.budget.used > MAX_SHAPES:
            self._drop()

    def _site(self, key: str) -> Site:
        site = self.sites.get(key)
        if site is None:
            site = self.sites[key] = Site(Shapes(self.budget))
        return site

    def _removed(self, site: Site, entry: Mapping[str, Any]) -> None:
        text, step, reason = (str(entry.get(key) or "") for key in ("text", "filter", "reason"))
        for tally in (
            self.removed,
            site.removed,
            self.by_reason.setdefault(reason, Tally()),
            self.by_step.setdefault(step, Tally()),
        ):
            tally.add(text)
        self.shapes.add(text, step, reason)
        site.shapes.add(text, step, reason)

    def _fields(self, site: Site, record: Mapping[str, Any]) -> None:
        chars = sum(len(text) for text in field_texts(record))
        self.kept_chars += chars
        site.kept_chars += chars
        site.title += bool(record.get("title"))
        byline, dateline = record.get("byline"), record.get("dateline")
        site.byline += isinstance(byline, dict) and bool(byline.get("authors") or byline.get("text"))
        site.date += isinstance(dateline, dict) and bool(dateline.get("date"))
        confidence = record.get("confidence")
        if isinstance(confidence, (int, float)) and not isinstance(confidence, bool):
            self.confidence[min(BINS - 1, max(0, int(confidence * BINS)))] += 1
        placements = record.get("placements")
        if isinstance(placements, list):
            self.placed += 1
            self.kept_lines += sum(isinstance(p, dict) and p.get("field") != "removed" for p in placements)

    def _offer(self, record: Mapping[str, Any]) -> None:
        """Reservoir sampling (Algorithm R): every article has the same chance, whatever the corpus size."""
        self._seen += 1
        if len(self.sample) < self.sample_size:
            self.sample.append(slim(record, self.records))
            return
        slot = self._rng.randrange(self._seen)
        if slot < self.sample_size:
            self.sample[slot] = slim(record, self.records)

    def _drop(self) -> None:
        """Lossy counting: raise the floor until half the budget is free."""
        while self.budget.used > MAX_SHAPES // 2:
            self.budget.floor += 1
            self.budget.used = sum(site.shapes.drop(self.budget.floor) for site in self.sites.values())
            self.budget.used += self.shapes.drop(self.budget.floor)

    def articles_sampled(self) -> list[dict[str, Any]]:
        """The sample in input order."""
        return sorted(self.sample, key=lambda record: record["_record"])


def site_key(record: Mapping[str, Any]) -> str:
    """The site a record counts under: its ``site`` or URL host (as a profile picks it), else its site name.

    >>> site_key({"url": "https://www.coast.example/a"}), site_key({"site_name": "Coast News"}), site_key({})
    ('coast.example', 'coast news', '(no site)')
    """
    url, site, name = (record.get(key) for key in ("url", "site", "site_name"))
    found = site_of((), url if isinstance(url, str) else None, site if isinstance(site, str) else None)
    if not found and isinstance(name, str):
        found = normalise(name)
    return found or "(no site)"


def field_texts(record: Mapping[str, Any]) -> Iterable[str]:
    """The texts an article kept: title, byline and dateline text, paragraphs, captions and tags."""
    title = record.get("title")
    if isinstance(title, str):
        yield title
    for key in ("byline", "dateline"):
        value = record.get(key)
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            yield value["text"]
    for key in ("paragraphs", "captions", "tags"):
        values = record.get(key)
        yield from (value for value in values if isinstance(value, str)) if isinstance(values, list) else ()


def slim(record: Mapping[str, Any], number: int) -> dict[str, Any]:
    """What the sample keeps of a record: the article, its site, and its short carried fields."""
    kept = {key: value for key, value in record.items() if key in ARTICLE_KEYS and key != "body"}
    kept["_meta"] = {
        key: value
        for key, value in record.items()
        if key not in ARTICLE_KEYS
        and isinstance(value, (str, int, float))
        and not isinstance(value, bool)
        and len(str(value)) <= META_CHARS
    }
    kept["_site"] = site_key(record)
    kept["_record"] = number
    return kept
