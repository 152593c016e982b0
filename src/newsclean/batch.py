"""Cleaning many articles: in order, on every core, without one bad record stopping the rest.

>>> pages = ["Harbour closes\\nThe harbour closed on Monday.", "Rain stops play\\nThe match was called off."]
>>> [(article.title, article.body) for article in clean_many(pages, workers=2)]
[('Harbour closes', 'The harbour closed on Monday.'), ('Rain stops play', 'The match was called off.')]

Workers end with the process that started them (a killed parent leaves none behind). A worker
that dies (killed, out of memory) does not end the run: its records are cleaned again, one at a
time, and a record that kills a worker by itself is handed to ``on_crash``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from newsclean.article import Article
from newsclean.cleaning import clean, read_at, read_input
from newsclean.errors import NewscleanError
from newsclean.inputs import HTML_SUFFIXES, Item
from newsclean.pipeline import Pipeline
from newsclean.profile import Profile
from newsclean.readers import is_html

T = TypeVar("T")
R = TypeVar("R")

#: Records longer than this many characters get an error record instead of being cleaned.
MAX_CHARS = 5_000_000
#: The same for an HTML page: most of its characters are markup, which makes no lines.
MAX_HTML_CHARS = 4 * MAX_CHARS

_log = logging.getLogger("newsclean")


def clean_many(
    docs: Iterable[str | bytes],
    *,
    urls: Iterable[str | None] | None = None,
    profile: Profile | None = None,
    steps: Sequence[str] | None = None,
    workers: int | None = None,
    now: dt.datetime | dt.date | str | None = None,
) -> Iterator[Article]:
    """Clean every document, yielding the articles in input order (``workers``: processes, default all cores).

    Results equal calling :func:`newsclean.clean` one by one, with ``url`` from ``urls`` (one per
    document), ``profile``, ``now`` (when the documents were read) and the pipeline of the step names
    ``steps`` (default: the default pipeline; names resolve in each worker, so registered and installed
    steps work). A document that cannot be cleaned raises its error when its turn comes.

    >>> pages = ["Rain stops play | Coast News\\nThe match was called off at noon."]
    >>> [a.site_name for a in clean_many(pages, urls=["https://coast.example/1"], steps=["title"], workers=1)]
    ['Coast News']
    """
    named = tuple(steps) if steps is not None else None
    if named is not None:
        Pipeline(named)  # unknown names fail here, not in every worker
    pairs: Iterable[tuple[str | bytes, str | None]] = (
        ((doc, None) for doc in docs) if urls is None else zip(docs, urls, strict=True)
    )
    work = _CleanOne(profile, named, read_at(now))  # a bad ``now`` fails here, before any worker
    for outcome in ordered_map(work, pairs, workers=workers, on_crash=_crashed):
        if isinstance(outcome, Exception):
            raise outcome
        yield outcome


@dataclass(frozen=True)
class _CleanOne:
    profile: Profile | None
    steps: tuple[str, ...] | None
    now: str | None

    def __call__(self, pair: tuple[str | bytes, str | None]) -> Article | Exception:
        try:
            return clean(pair[0], url=pair[1], profile=self.profile, pipeline=pipeline_of(self.steps), now=self.now)
        except Exception as exc:  # handed back to the caller, in order
            return exc


def _crashed(_: object, exc: BaseException) -> Exception:
    return NewscleanError(f"a worker process died while cleaning this document ({exc})")


@cache
def pipeline_of(steps: tuple[str, ...] | None) -> Pipeline | None:
    """The pipeline of these step names (built once per process); None for the default one."""
    return None if steps is None else Pipeline(steps)


def worker_count(workers: int | None) -> int:
    """``workers``, or the cores this process may use; refuses anything below one."""
    if workers is None:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise NewscleanError(f"workers must be a whole number of at least 1, not {workers!r}")
    return workers


def ordered_map(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int | None = None,
    chunk: int = 32,
    on_crash: Callable[[T, BaseException], R] | None = None,
) -> Iterator[R]:
    """``map(function, items)`` on a pool of ``workers`` processes, in order, reading ahead boundedly.

    ``function`` must be picklable (a module-level function or object). With one worker, no pool
    is made. When a worker dies, the records it held are run again one at a time; one that kills
    its worker again gives ``on_crash(item, error)`` (default: the run stops with that error). If
    reading ``items`` raises, every result read before it is yielded first. When the caller stops
    early (an interrupt, a ``break``), the workers are stopped at once.
    """
    count = worker_count(workers)
    if count == 1:
        yield from map(function, items)
        return
    source = iter(items)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    pool = _pool(count, function)
    read_error: Exception | None = None
    more, finished = True, False
    try:
        while True:
            while more and len(pending) < 4 * count:
                batch, read_error, more = _take(source, chunk)
                if batch:
                    pending.append((batch, _submit(pool, batch)))
            if not pending:
                break
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                _log.warning("a worker process died; cleaning its records again, one at a time")
                _stop(pool, wait=False)
                results, pool = _one_by_one(function, batch, count, on_crash)
                pending = deque((b, _submit(pool, b)) for b, _ in pending)
            yield from results
        finished = True
    finally:
        _stop(pool, wait=finished)
    if read_error is not None:
        raise read_error


def _take(source: Iterator[T], chunk: int) -> tuple[list[T], Exception | None, bool]:
    """Up to ``chunk`` items, the error reading raised (if any), and whether more may follow."""
    batch: list[T] = []
    try:
        for item in source:
            batch.append(item)
            if len(batch) == chunk:
                return batch, None, True
    except Exception as exc:  # raised after the results before it, by ordered_map
        return batch, exc, False
    return batch, None, False


def _submit(pool: ProcessPoolExecutor, batch: list[T]) -> Future[list[Any]]:
    """The batch's future; a pool that broke before it took the batch gives a future that failed so."""
    try:
        return pool.submit(_map_list, batch)
    except BrokenProcessPool as exc:
        failed: Future[list[Any]] = Future()
        failed.set_exception(exc)
        return failed


def _one_by_one(
    function: Callable[[T], R], batch: list[T], count: int, on_crash: Callable[[T, BaseException], R] | None
) -> tuple[list[R], ProcessPoolExecutor]:
    pool = _pool(count, function)
    results: list[R] = []
    for item in batch:
        try:
            results.extend(pool.submit(_map_list, [item]).result())
        except BrokenProcessPool as exc:
            _stop(pool, wait=False)
            pool = _pool(count, function)
            if on_crash is None:
                raise NewscleanError(f"a worker process died twice on the same record ({exc})") from exc
            results.append(on_crash(item, exc))
    return results, pool


def _pool(count: int, function: Callable[[T], R]) -> ProcessPoolExecutor:
    """Workers that each get ``function`` once (with its profile, say), not once per batch."""
    return ProcessPoolExecutor(max_workers=count, initializer=_start_worker, initargs=(function,))


def _stop(pool: ProcessPoolExecutor, *, wait: bool) -> None:
    """Shut the pool down; unless waiting for finished work, end its workers now."""
    pool.shutdown(wait=wait, cancel_futures=True)
    if not wait:
        # Python 3.14 has terminate_workers(); before it, the processes are only in a private field.
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()


#: In a worker process: the function its batches run (set once, when the worker starts).
_WORKER: dict[str, Callable[[Any], Any]] = {}


def _start_worker(function: Callable[[Any], Any]) -> None:
    """Keep ``function`` for this worker's batches. Workers leave Ctrl-C and SIGTERM to the parent,
    which stops the run and keeps what is written, and end when the parent ends, however it ends."""
    _WORKER["function"] = function
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    try:  # Linux: the kernel kills this process when its parent dies
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()  # anywhere else, and a race


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _map_list(batch: list[Any]) -> list[Any]:
    function = _WORKER["function"]
    return [function(item) for item in batch]


@dataclass(frozen=True, slots=True)
class Job:
    """One record to clean: its text (or why it has none), the fields it carries, and where it was read."""

    text: str | bytes | None
    carried: dict[str, Any]
    origin: str
    """Where the record was read: ``file:line``."""
    error: str | None = None


@dataclass(frozen=True)
class RecordCleaner:
    """Parse and clean one input record into its output line; picklable, for the worker processes.

    ``field`` holds the text in a JSON record; the other options go to :func:`clean_job`.
    """

    field: str = "text"
    removed: bool = True
    placements: bool = False
    text_only: bool = False
    max_chars: int = MAX_CHARS
    profile: Profile | None = None
    steps: tuple[str, ...] | None = None
    now: str | None = None

    def __call__(self, item: Item) -> tuple[bytes, Counter[str], str | None]:
        """The output line (UTF-8, ending in a newline), what to count, and the record's error (if any).

        Never raises: a record that cannot be cleaned, or whose result cannot be written, becomes
        an error record.
        """
        origin, source = item
        job = Job(None, {}, origin)
        try:
            job = file_job(source) if isinstance(source, Path) else parse_record(source, origin, self.field)
            options = {key: value for key, value in vars(self).items() if key != "field"}  # clean_job's keywords
            record = clean_job(job, **options)
            line = json.dumps(record, ensure_ascii=False).encode("utf-8")
        except Exception as exc:  # a record the steps above did not foresee: say so, go on
            record, line = _error_line(job, _cannot_write(exc))
        return _outcome(record, line)

    def crashed(self, item: Item, _: BaseException) -> tuple[bytes, Counter[str], str | None]:
        """The error record of a record that killed the worker process cleaning it, twice."""
        origin, source = item
        job = parse_record(source, origin, self.field) if isinstance(source, str) else Job(None, {}, origin)
        message = "the worker process died while cleaning this record (out of memory, or killed)"
        return _outcome(*_error_line(job, message))


def _outcome(record: dict[str, Any], line: bytes) -> tuple[bytes, Counter[str], str | None]:
    counts: Counter[str] = Counter(records=1)
    error = record.get("error")
    if error:
        counts["errors"] += 1
    for removal in record.get("removed", ()):
        counts[f"removed: {removal['reason']}"] += 1
    return line + b"\n", counts, f"{record.get('origin')}: {error}" if error else None


def _error_line(job: Job, message: str) -> tuple[dict[str, Any], bytes]:
    """An error record that can always be written: ASCII JSON, without the carried fields if need be."""
    record = {**job.carried, "error": message, "origin": job.origin}
    try:
        return record, json.dumps(record).encode("ascii")  # escapes what UTF-8 cannot hold
    except (ValueError, RecursionError):
        record = {"error": message, "origin": job.origin}
        return record, json.dumps(record).encode("ascii")


def _cannot_write(exc: Exception) -> str:
    if isinstance(exc, UnicodeEncodeError):
        return f"the record cannot be written as UTF-8: a field holds {exc.object[exc.start : exc.end]!r}"
    return f"{type(exc).__name__}: {exc}"


def parse_record(line: str, origin: str, field: str) -> Job:
    """A JSON line as a job: its text, the fields it carries, or why it cannot be cleaned."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Job(None, {}, origin, f"not a JSON record: {exc}")
    if not isinstance(record, dict):
        return Job(None, {}, origin, f"not a JSON object but {type(record).__name__}")
    carried = {key: value for key, value in record.items() if key != field}
    text = record.get(field)
    if not isinstance(text, str):
        problem = f"no field {field!r}" if text is None else f"field {field!r} is {type(text).__name__}, not text"
        return Job(None, carried, origin, problem)
    return Job(text, carried, origin)


def file_job(path: Path) -> Job:
    """A text or HTML file as a job, decoded as :func:`newsclean.clean` decodes bytes (an ``.html`` or ``.htm``
    file as HTML: see :func:`newsclean.cleaning.read_input`)."""
    carried = {"path": str(path)}
    try:
        raw = path.read_bytes()
        return Job(read_input(raw, "html" if path.suffix.lower() in HTML_SUFFIXES else None)[0], carried, str(path))
    except (OSError, NewscleanError) as exc:
        return Job(None, carried, str(path), str(exc))


def clean_job(
    job: Job,
    *,
    removed: bool = True,
    placements: bool = False,
    text_only: bool = False,
    max_chars: int = MAX_CHARS,
    profile: Profile | None = None,
    steps: tuple[str, ...] | None = None,
    now: str | None = None,
) -> dict[str, Any]:
    """The output record for one job: carried fields plus the article (with ``placements``: where each
    input line went, as ``{"line", "text", "field"}``), or plus ``error``. ``now``: see :func:`newsclean.clean`.

    A carried ``url`` and ``site`` (text) go to :func:`newsclean.clean`, as :func:`newsclean.learn` reads them;
    a carried ``url`` stays in the record when the article has none of its own (text input).

    >>> clean_job(Job("Harbour closes\\nThe harbour closed on Monday.", {"id": 7}, "a.jsonl:1"), text_only=True)
    {'id': 7, 'body': 'The harbour closed on Monday.'}
    >>> clean_job(Job(None, {"id": 8}, "a.jsonl:2", "no field 'text'"))
    {'id': 8, 'error': "no field 'text'", 'origin': 'a.jsonl:2'}
    """
    if job.text is None or job.error is not None:
        return _error(job, job.error or "the record has no text")
    limit = max_chars * (MAX_HTML_CHARS // MAX_CHARS if isinstance(job.text, str) and is_html(job.text[:20000]) else 1)
    if len(job.text) > limit:
        return _error(job, f"the text has {len(job.text):,} characters, over the limit of {limit:,}")
    url, site = (value if isinstance(value := job.carried.get(key), str) else None for key in ("url", "site"))
    try:
        article = clean(job.text, url=url, site=site, profile=profile, pipeline=pipeline_of(steps), now=now)
    except Exception as exc:  # a bad record becomes an error record; the run goes on
        return _error(job, f"{type(exc).__name__}: {exc}")
    if text_only:
        return {**job.carried, "body": article.body}
    result = article.to_dict()
    if not removed:
        del result["removed"]
    if placements:
        result["placements"] = [{"line": p.line, "text": p.text, "field": p.field} for p in article.placements]
    if result["url"] is None and "url" in job.carried:
        del result["url"]  # the input's own url stays
    return {**job.carried, **result}


def _error(job: Job, message: str) -> dict[str, Any]:
    return {**job.carried, "error": message, "origin": job.origin}
