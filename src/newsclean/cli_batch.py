"""``newsclean batch``: clean a corpus into structured JSON Lines, on every core.

newsclean batch corpus.jsonl.gz -o clean.jsonl               # JSONL records with a "text" field
newsclean batch articles/ -o clean.jsonl --workers 4         # a folder of .txt files
newsclean batch corpus.jsonl -o clean.jsonl --resume         # go on after an interruption
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, Any

from newsclean.batch import MAX_CHARS, Job, clean_job, ordered_map
from newsclean.errors import NewscleanError
from newsclean.profile import Profile

#: Files cleaned one record per file (the others are JSON Lines).
_FILE_SUFFIXES = (".txt", ".html", ".htm")


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean batch``; returns the exit status."""
    parser = argparse.ArgumentParser(prog="newsclean batch", description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSONL files (.gz, .zst too), folders of .txt files, or - for stdin")
    parser.add_argument("-o", "--output", required=True, help="the JSONL file to write")
    parser.add_argument("--field", default="text", help="the JSONL field holding the text (default: text)")
    parser.add_argument("--workers", type=int, default=None, help="processes to use (default: all cores)")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--no-removed", action="store_true", help="leave the removal log out of each record")
    shown.add_argument("--text-only", action="store_true", help="write only the carried fields and the body")
    parser.add_argument("--max-chars", type=int, default=MAX_CHARS, help="longer texts get an error record")
    parser.add_argument("--profile", help="a publisher profile from `newsclean learn`")
    parser.add_argument("--resume", action="store_true", help="keep the records already in OUTPUT and go on after them")
    parser.add_argument("--fail-fast", action="store_true", help="stop at the first record that cannot be cleaned")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    args = parser.parse_args(argv)

    try:
        profile = Profile.load(args.profile) if args.profile else None
    except NewscleanError as exc:
        print(f"newsclean batch: {exc}", file=sys.stderr)
        return 1
    done = _complete_records(Path(args.output)) if args.resume else 0
    items = islice(read_items(args.inputs), done, None)
    options = {"removed": not args.no_removed, "text_only": args.text_only, "max_chars": args.max_chars}
    work = partial(process, field=args.field, profile=profile, **options)
    stats: Counter[str] = Counter()
    started = time.perf_counter()
    with open(args.output, "a" if args.resume else "w", encoding="utf-8") as out:
        progress = _progress(args, done)
        try:
            for line, counts, error in ordered_map(work, items, workers=args.workers):
                out.write(line)
                stats.update(counts)
                progress.update(1)
                if args.fail_fast and error:
                    out.flush()
                    print(f"newsclean batch: {error}", file=sys.stderr)
                    return 1
        except KeyboardInterrupt:
            out.flush()
            print(
                f"\nnewsclean batch: interrupted; {done + stats['records']} records in {args.output}", file=sys.stderr
            )
            return 130
        except OSError as exc:
            print(f"newsclean batch: {exc}", file=sys.stderr)
            return 1
        finally:
            progress.close()
    if not args.quiet:
        _summary(stats, time.perf_counter() - started)
    return 0


#: An input record before parsing: where it was read, and its JSON line or its file.
Item = tuple[str, "str | Path"]


def read_items(inputs: Sequence[str]) -> Iterator[Item]:
    """Every record of every input, unparsed: workers parse and clean them, the reader only reads."""
    for name in inputs:
        path = Path(name)
        if name == "-":
            yield from _lines(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace"), "<stdin>")
        elif path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.suffix in _FILE_SUFFIXES):
                yield str(file), file
        elif path.suffix in _FILE_SUFFIXES:
            yield str(path), path
        else:
            with _open_text(path) as handle:
                yield from _lines(handle, str(path))


def _lines(handle: IO[str], name: str) -> Iterator[Item]:
    for number, line in enumerate(handle, start=1):
        if line.strip():
            yield f"{name}:{number}", line


def process(item: Item, *, field: str = "text", **options: Any) -> tuple[str, Counter[str], str | None]:
    """Parse and clean one record: its output line, what to count, and its error (if any).

    ``options`` go to :func:`newsclean.batch.clean_job`.
    """
    origin, source = item
    job = _file_job(source) if isinstance(source, Path) else parse_record(source, origin, field)
    record = clean_job(job, **options)
    counts: Counter[str] = Counter(records=1)
    error = record.get("error")
    if error:
        counts["errors"] += 1
    for removal in record.get("removed", ()):
        counts[f"removed: {removal['reason']}"] += 1
    return json.dumps(record, ensure_ascii=False) + "\n", counts, f"{origin}: {error}" if error else None


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


def _file_job(path: Path) -> Job:
    carried = {"path": str(path)}
    if path.suffix in (".html", ".htm"):
        return Job(None, carried, str(path), "HTML input is not supported yet: give the page's text")
    try:
        return Job(path.read_bytes(), carried, str(path))
    except OSError as exc:
        return Job(None, carried, str(path), str(exc))


def _open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    if path.suffix == ".zst":
        import zstandard

        raw = zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)  # noqa: SIM115 - closed with the wrapper
        return io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def _complete_records(output: Path) -> int:
    """How many whole records ``output`` holds; a torn last line (from a hard kill) is cut off."""
    if not output.exists():
        return 0
    data = output.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        output.write_bytes(whole)
    return whole.count(b"\n")


class _Quiet:
    def update(self, _: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(args: argparse.Namespace, done: int) -> Any:
    """A tqdm progress bar (rate and ETA) on a terminal, else nothing."""
    if args.quiet or not sys.stderr.isatty():
        return _Quiet()
    from tqdm import tqdm

    total = None if "-" in args.inputs else sum(1 for _ in read_items(args.inputs))  # the same records, read ahead
    return tqdm(total=total, initial=done, unit=" records", file=sys.stderr, smoothing=0.1)


def _summary(stats: Counter[str], seconds: float) -> None:
    records = stats["records"]
    print(
        f"newsclean batch: {records} records, {stats['errors']} errors, {seconds:.1f} s "
        f"({records / seconds if seconds else 0:.0f} records/s)",
        file=sys.stderr,
    )
    for key, count in sorted(((k, v) for k, v in stats.items() if k.startswith("removed: ")), key=lambda kv: -kv[1]):
        print(f"  {key[9:]:<22}{count:>10}", file=sys.stderr)
