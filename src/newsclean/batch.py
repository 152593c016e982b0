"""Cleaning many articles: in order, on every core, without one bad record stopping the rest.

>>> pages = ["Harbour closes\\nThe harbour closed on Monday.", "Rain stops play\\nThe match was called off."]
>>> [(article.title, article.body) for article in clean_many(pages, workers=2)]
[('Harbour closes', 'The harbour closed on Monday.'), ('Rain stops play', 'The match was called off.')]
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar

from newsclean.article import Article
from newsclean.profile import Profile

T = TypeVar("T")
R = TypeVar("R")

#: Records longer than this many characters get an error record instead of being cleaned.
MAX_CHARS = 5_000_000


def clean_many(docs: Iterable[str | bytes], *, workers: int | None = None) -> Iterator[Article]:
    """Clean every document, yielding the articles in input order (``workers``: processes, default all cores).

    Results equal calling :func:`newsclean.clean` one by one; a document that cannot be cleaned
    raises its error when its turn comes.
    """
    for outcome in ordered_map(_clean_one, docs, workers=workers):
        if isinstance(outcome, Exception):
            raise outcome
        yield outcome


def ordered_map(
    function: Callable[[T], R], items: Iterable[T], *, workers: int | None = None, chunk: int = 32
) -> Iterator[R]:
    """``map(function, items)`` on a pool of ``workers`` processes, in order, reading ahead boundedly.

    ``function`` must be picklable (a module-level function). With one worker, no pool is made.
    """
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        yield from map(function, items)
        return
    pending: deque[Future[list[R]]] = deque()
    source = iter(items)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    finished = False
    try:
        while True:
            while len(pending) < 4 * workers:
                batch = list(islice(source, chunk))
                if not batch:
                    break
                pending.append(pool.submit(_map_list, function, batch))
            if not pending:
                finished = True
                return
            yield from pending.popleft().result()
    finally:  # on Ctrl-C or an early stop, drop the work not started and don't wait for the rest
        pool.shutdown(wait=finished, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops the run and keeps what is written."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _map_list(function: Callable[[T], R], batch: list[T]) -> list[R]:
    return [function(item) for item in batch]


def _clean_one(doc: str | bytes) -> Article | Exception:
    from newsclean import clean

    try:
        return clean(doc)
    except Exception as exc:  # handed back to the caller, in order
        return exc


@dataclass(frozen=True, slots=True)
class Job:
    """One record to clean: its text (or why it has none), the fields it carries, and where it was read."""

    text: str | bytes | None
    carried: dict[str, Any]
    origin: str
    """Where the record was read: ``file:line``."""
    error: str | None = None


def clean_job(
    job: Job,
    *,
    removed: bool = True,
    text_only: bool = False,
    max_chars: int = MAX_CHARS,
    profile: Profile | None = None,
) -> dict[str, Any]:
    """The output record for one job: carried fields plus the article, or plus ``error``.

    >>> clean_job(Job("Harbour closes\\nThe harbour closed on Monday.", {"id": 7}, "a.jsonl:1"), text_only=True)
    {'id': 7, 'body': 'The harbour closed on Monday.'}
    >>> clean_job(Job(None, {"id": 8}, "a.jsonl:2", "no field 'text'"))
    {'id': 8, 'error': "no field 'text'", 'origin': 'a.jsonl:2'}
    """
    from newsclean import clean

    if job.text is None or job.error is not None:
        return _error(job, job.error or "the record has no text")
    if len(job.text) > max_chars:
        return _error(job, f"the text has {len(job.text):,} characters, over the limit of {max_chars:,}")
    url = job.carried.get("url")
    try:
        article = clean(job.text, url=url if isinstance(url, str) else None, profile=profile)
    except Exception as exc:  # a bad record becomes an error record; the run goes on
        return _error(job, f"{type(exc).__name__}: {exc}")
    if text_only:
        return {**job.carried, "body": article.body}
    result = article.to_dict()
    if not removed:
        del result["removed"]
    return {**job.carried, **result}


def _error(job: Job, message: str) -> dict[str, Any]:
    return {**job.carried, "error": message, "origin": job.origin}
