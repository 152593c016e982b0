"""Reading a corpus: JSON Lines (plain or compressed), folders of text files, standard input.

:class:`Inputs` opens every input when it is made, so a missing file or an empty folder is an
error before anything is written. Reading never raises: an input that is cut or corrupt ends
its records where it broke, and :attr:`Inputs.problems` says which file broke after which record.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.jsonl").write_text('{"text": "One."}\\n\\n{"text": "Two."}\\n', encoding="utf-8")
>>> inputs = Inputs([str(folder / "a.jsonl")])
>>> [origin.rsplit("/", 1)[1] for origin, _ in inputs.items()], inputs.problems
(['a.jsonl:1', 'a.jsonl:3'], [])
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import json
import lzma
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from newsclean.errors import InputError

#: Files in a folder (or named alone) that are one record each; other files in a folder are skipped.
TEXT_SUFFIXES = (".txt", ".md")
#: Files that are one HTML page each (read as HTML whatever they hold).
HTML_SUFFIXES = (".html", ".htm")

#: An input record before parsing: where it was read (``file:line`` or the file), and its JSON line or file.
Item = tuple[str, "str | Path"]

#: How much of a file's start its fingerprint reads.
_HEAD = 1 << 16


def open_binary(path: Path) -> BinaryIO:
    """A file opened for reading bytes, decompressed by its suffix (``.gz``, ``.zst``, ``.bz2``, ``.xz``).

    A cut compressed file raises ``EOFError`` when its end is read, as the standard modules do.
    """
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return cast(BinaryIO, gzip.open(path, "rb"))
    if suffix == ".bz2":
        return cast(BinaryIO, bz2.open(path, "rb"))
    if suffix == ".xz":
        return cast(BinaryIO, lzma.open(path, "rb"))
    if suffix == ".zst":
        return cast(BinaryIO, io.BufferedReader(_ZstdReader(open(path, "rb"))))
    return open(path, "rb")


class _ZstdReader(io.RawIOBase):
    """Zstandard frames one after another, raising ``EOFError`` when the file ends inside a frame.

    (zstandard's own stream reader returns a cut file's data as if it were whole.)
    """

    def __init__(self, raw: IO[bytes]) -> None:
        import zstandard

        self._raw = raw
        self._new = zstandard.ZstdDecompressor().decompressobj
        self._error = zstandard.ZstdError
        self._frame = self._new()
        self._started = False
        self._ready = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._ready:
            data = self._raw.read(1 << 17)
            if not data:
                if self._started and not self._frame.eof:
                    raise EOFError("compressed file ended before the end-of-stream marker was reached")
                return 0
            while data:
                if self._frame.eof:
                    self._frame = self._new()
                self._started = True
                try:
                    self._ready += self._frame.decompress(data)
                except self._error as exc:
                    raise OSError(f"corrupt zstd data: {exc}") from exc
                data = self._frame.unused_data if self._frame.eof else b""
        size = min(len(buffer), len(self._ready))
        buffer[:size] = self._ready[:size]
        self._ready = self._ready[size:]
        return size

    def close(self) -> None:
        self._raw.close()
        super().close()


#: What reading a cut or corrupt input raises.
READ_ERRORS = (OSError, EOFError, lzma.LZMAError)


@dataclass(frozen=True, slots=True)
class Source:
    """One input as found when it was opened: a JSONL file, a text file, a folder, or standard input."""

    name: str
    """As given (``-`` for standard input)."""
    kind: str
    """``jsonl``, ``file``, ``folder`` or ``stdin``."""
    files: tuple[Path, ...] = ()
    """The files it reads: the file itself, or a folder's text files in order."""
    skipped: int = 0
    """Files in a folder that are not text files."""


class Inputs:
    """The inputs of a batch or learn run, opened and checked up front; then their records, in order."""

    def __init__(self, names: Sequence[str]) -> None:
        self.sources = tuple(_source(name) for name in names)
        self.problems: list[str] = []
        """Inputs that broke while being read: ``file: ... after record N``."""

    def items(self) -> Iterator[Item]:
        """Every record of every input, unparsed. An input that breaks is noted in :attr:`problems`."""
        for source in self.sources:
            if source.kind == "stdin":
                stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="replace")
                yield from self._lines(stdin, "<stdin>")
            elif source.kind == "jsonl":
                path = source.files[0]
                try:
                    handle = io.TextIOWrapper(open_binary(path), encoding="utf-8-sig", errors="replace")
                except READ_ERRORS as exc:
                    self.problems.append(f"{path}: cannot be read: {exc}")
                    continue
                with handle:
                    yield from self._lines(handle, str(path))
            else:
                for file in source.files:
                    yield str(file), file

    def fingerprint(self) -> list[dict[str, Any]]:
        """What identifies the inputs for a resume: names, sizes and a digest of each file's start."""
        return [_fingerprint(source) for source in self.sources]

    def mismatch(self, recorded: Any) -> str | None:
        """Why inputs with ``recorded`` fingerprints are not these (None if they are).

        Only the last input may have grown since (a file still being appended to); every other
        input must be as it was, or the records after it would be matched to the wrong output lines.
        """
        now = self.fingerprint()
        if not isinstance(recorded, list) or len(recorded) != len(now):
            return f"it was written from other inputs than these {len(now)}"
        for number, (then, this) in enumerate(zip(recorded, now, strict=True), start=1):
            if not isinstance(then, dict) or then.get("name") != this["name"]:
                return f"input {number} was not {this['name']}"
            if "size" not in this:
                if then != this:
                    return f"the folder {this['name']} has changed"
                continue
            grown = number == len(now) and this["size"] >= then.get("size", -1)
            if this["size"] != then.get("size") and not grown:
                return f"{this['name']} was {then.get('size')} bytes, now {this['size']}"
            if _head(Path(this["name"]), then.get("head_bytes", _HEAD)) != then.get("head"):
                return f"{this['name']} starts differently"
        return None

    def files(self) -> Iterator[Path]:
        """Every file the inputs read."""
        for source in self.sources:
            yield from source.files

    def _lines(self, handle: IO[str], name: str) -> Iterator[Item]:
        number = records = 0
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                if not line.endswith("\n") and not _is_json(line):
                    self.problems.append(
                        f"{name}:{number}: the last record has no line end and is not whole JSON "
                        "(is the file still being written?); it is left for a later --resume"
                    )
                    return
                records += 1
                yield f"{name}:{number}", line
        except READ_ERRORS as exc:
            self.problems.append(f"{name}: cut or corrupt after record {records} (line {number}): {exc}")


def _source(name: str) -> Source:
    if name == "-":
        return Source(name, "stdin")
    path = Path(name)
    if path.is_dir():
        every = sorted(p for p in path.rglob("*") if p.is_file())
        files = tuple(p for p in every if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES)
        if not files:
            raise InputError(f"{name}: the folder holds no {', '.join(TEXT_SUFFIXES + HTML_SUFFIXES)} files")
        return Source(name, "folder", files, len(every) - len(files))
    with open(path, "rb"):  # missing or unreadable: the OSError says so, before anything is written
        pass
    kind = "file" if path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES else "jsonl"
    return Source(name, kind, (path,))


def _fingerprint(source: Source) -> dict[str, Any]:
    if source.kind == "stdin":
        return {"name": source.name}
    if source.kind == "folder":
        listing = hashlib.sha256()
        for file in source.files:
            listing.update(f"{file.relative_to(source.name)}\0{file.stat().st_size}\0".encode())
        return {"name": str(Path(source.name).resolve()), "files": len(source.files), "digest": listing.hexdigest()}
    path = source.files[0]
    size = path.stat().st_size
    return {"name": str(path.resolve()), "size": size, "head": _head(path, _HEAD), "head_bytes": min(size, _HEAD)}


def _head(path: Path, size: int) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read(size)).hexdigest()


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (the same path, a hard link or a symbolic link)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
