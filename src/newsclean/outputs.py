"""The JSON Lines file a batch writes, and the job record beside it that makes ``--resume`` safe.

A run writes ``OUTPUT`` and, beside it, ``OUTPUT.job.json``: the inputs (names, sizes, a digest
of each file's start), the options and the newsclean version. ``--resume`` goes on only when
that record matches the run asked for; it cuts a torn last line (from a hard kill) off in place
and appends after the last whole record. Nothing is opened for writing before the inputs are
open, and an output that is one of the inputs is refused.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from contextlib import suppress
from pathlib import Path
from typing import IO, Any

from newsclean.errors import NewscleanError
from newsclean.inputs import Inputs, same_file

#: Marks a job record: a file beside the output holding anything else is not overwritten.
JOB_FORMAT = "newsclean-batch-job"


class OutputError(NewscleanError):
    """The output cannot be used: it is an input, its folder is missing, the disk is full..."""


def job_path(output: Path) -> Path:
    """Where the job record of ``output`` lives: ``OUTPUT.job.json``."""
    return output.with_name(output.name + ".job.json")


class Output:
    """An open output: write whole records (bytes ending in a newline), then close.

    Use :meth:`open`; ``done`` says how many records an earlier run had written (with ``resume``).
    """

    def __init__(self, handle: IO[bytes], name: str, done: int = 0) -> None:
        self._handle = handle
        self.name = name
        self.done = done
        self._broken = False

    @classmethod
    def open(
        cls, name: str, inputs: Inputs, job: dict[str, Any], *, resume: bool = False, run: dict[str, Any] | None = None
    ) -> Output:
        """Check and open the output ``name`` (``-``: standard output) for a run over ``inputs``.

        ``job`` (the options that shape the records) is stored in the job record and, with
        ``resume``, must match the stored one; ``run`` (the command and version, for the report)
        is stored by a new run and not compared. Raises :class:`OutputError` with the reason.
        """
        if name == "-":
            if resume:
                raise OutputError("--resume needs an output file (-o FILE), not standard output")
            return cls(sys.stdout.buffer, "<stdout>")
        path = Path(name)
        _check_target(path, inputs)
        record = {"format": JOB_FORMAT, "version": 1, "job": job, "inputs": inputs.fingerprint(), "run": run or {}}
        record = json.loads(json.dumps(record))  # as it reads back: tuples are lists
        if not _is_regular(path):  # a device or a pipe: no job record, no resume
            if resume and path.exists():
                raise OutputError(f"cannot resume {name}: it is not a regular file")
            return cls(_open(path, "wb"), name)
        if resume and path.exists():
            _check_job(path, record, inputs)
            done = _cut_torn_tail(path)
            return cls(_open(path, "ab"), name, done)
        output = cls(_open(path, "wb"), name)  # emptied first: a stale job record never vouches for old lines
        _write_job(path, record)
        return output

    def write(self, line: bytes) -> None:
        """Write one record; raises :class:`OutputError` when the file cannot take it."""
        try:
            self._handle.write(line)
        except BrokenPipeError:  # the reader of standard output went away: the caller ends quietly
            self._broken = True
            raise
        except OSError as exc:
            self._broken = True
            raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        """Flush and close; raises :class:`OutputError` once if the last records cannot be written."""
        try:
            if not self._broken:
                self._handle.flush()
        except BrokenPipeError:
            self._broken = True
            raise
        except OSError as exc:
            self._broken = True
            raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from exc
        finally:
            if self._handle is not sys.stdout.buffer:
                with suppress(OSError):  # the flush above already failed and said why
                    self._handle.close()


def _check_target(path: Path, inputs: Inputs) -> None:
    if path.is_dir():
        raise OutputError(f"{path} is a folder; name a file to write, such as {path / 'clean.jsonl'}")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist")
    for file in inputs.files():
        if same_file(path, file):
            raise OutputError(f"{path} is also an input ({file}); writing it would destroy that input")


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return True  # it will be made as a regular file


def _open(path: Path, mode: str) -> IO[bytes]:
    try:
        return open(path, mode)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _check_job(path: Path, record: dict[str, Any], inputs: Inputs) -> None:
    """Refuse to resume onto an output that another job, or no job we know, wrote."""
    where = job_path(path)
    try:
        stored = json.loads(where.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OutputError(
            f"cannot resume {path}: {where.name} is missing, so nothing says which inputs and options wrote it; "
            "run without --resume to start over"
        ) from None
    except (OSError, ValueError) as exc:
        raise OutputError(f"cannot resume {path}: {where} is not readable ({exc})") from exc
    if not isinstance(stored, dict) or stored.get("format") != JOB_FORMAT:
        raise OutputError(f"cannot resume {path}: {where} is not a newsclean job record")
    if stored.get("job") != record["job"]:
        theirs = stored["job"] if isinstance(stored.get("job"), dict) else {}
        changed = sorted(key for key in {*theirs, *record["job"]} if theirs.get(key) != record["job"].get(key))
        raise OutputError(f"cannot resume {path}: it was written with other options ({', '.join(changed)})")
    reason = inputs.mismatch(stored.get("inputs"))
    if reason:
        raise OutputError(f"cannot resume {path}: it was written from other inputs ({reason})")


def _write_job(path: Path, record: dict[str, Any]) -> None:
    where = job_path(path)
    if where.exists():
        try:
            known = json.loads(where.read_text(encoding="utf-8")).get("format") == JOB_FORMAT
        except (OSError, ValueError, AttributeError):
            known = False
        if not known:
            raise OutputError(f"{where} exists and is not a newsclean job record; move it away first")
    partial = where.with_name(where.name + ".part")
    try:
        partial.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        os.replace(partial, where)
    except OSError as exc:
        raise OutputError(f"cannot write {where}: {exc.strerror or exc}") from exc


def _cut_torn_tail(path: Path, block: int = 1 << 16) -> int:
    """Cut a last line without its newline off ``path`` in place; return how many whole lines remain.

    Only the file's end is rewritten (a truncate), so a kill during the repair loses nothing, and
    counting reads the file in blocks: memory stays small for any size.
    """
    with open(path, "rb+") as handle:
        end = handle.seek(0, os.SEEK_END)
        keep = 0
        position = end
        while position > 0:
            start = max(0, position - block)
            handle.seek(start)
            chunk = handle.read(position - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            position = start
        if keep != end:
            handle.truncate(keep)
        handle.seek(0)
        lines = 0
        while handle.tell() < keep:
            lines += handle.read(min(1 << 20, keep - handle.tell())).count(b"\n")
    return lines
