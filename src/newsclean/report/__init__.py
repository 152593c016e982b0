"""The audit report of a batch output: what was removed, by reason, step and site, and articles to look at.

:func:`read_output` streams a ``newsclean batch`` output (memory bounded by the sample, not the
corpus); :func:`render` makes the self-contained HTML page of the result.

>>> import json, tempfile, newsclean
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> article = newsclean.clean("Storm | Coast News\\nShare this\\nThe harbour closed.")
>>> record = {"url": "https://coast.example/1", **article.to_dict()}
>>> _ = (folder / "clean.jsonl").write_text(json.dumps(record) + "\\n", encoding="utf-8")
>>> report = read_output(folder / "clean.jsonl", sample=10)
>>> report.records, dict((reason, t.lines) for reason, t in report.by_reason.items())
(1, {'social_share': 1})
>>> write_report(folder / "clean.jsonl", folder / "report.html", sample=10).records
1
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

from newsclean.inputs import open_binary
from newsclean.outputs import JOB_FORMAT, job_path
from newsclean.report.aggregate import Report
from newsclean.report.pages import article_page, render

__all__ = ["Report", "article_page", "read_job", "read_output", "render", "write_report"]


def read_output(path: Path, *, sample: int = 50, seed: int = 0, progress: bool = False) -> Report:
    """Count every record of the batch output at ``path`` (``.gz``, ``.zst``... too) into a :class:`Report`.

    ``sample`` articles are kept, drawn with a random generator seeded with ``seed``: the same
    output and options give the same sample. ``progress`` shows a progress bar on standard error.
    """
    report = Report(sample_size=sample, seed=seed)
    bar = _bar(path) if progress else None
    with io.TextIOWrapper(open_binary(path), encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if bar is not None:
                bar.update(len(line.encode("utf-8", "replace")) if bar.unit == "B" else 1)
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if isinstance(record, dict):
                report.add(record)
            elif line.strip():
                report.unreadable += 1
    if bar is not None:
        bar.close()
    return report


def _bar(path: Path) -> Any:
    from tqdm import tqdm

    plain = path.suffix.lower() in (".jsonl", ".json", ".ndjson", ".txt")
    if plain:
        size = path.stat().st_size
        return tqdm(total=size, unit="B", unit_scale=True, file=sys.stderr, desc="reading", smoothing=0.1)
    return tqdm(unit=" records", file=sys.stderr, desc="reading", smoothing=0.1)


def read_job(path: Path) -> dict[str, Any] | None:
    """The job record beside the output (``OUTPUT.job.json``), or None when there is none we can read."""
    try:
        record = json.loads(job_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and record.get("format") == JOB_FORMAT else None


def write_report(output: Path, html: Path, *, sample: int = 50, seed: int = 0, progress: bool = False) -> Report:
    """Read the batch output ``output`` and write its report page to ``html``; returns the counts."""
    report = read_output(output, sample=sample, seed=seed, progress=progress)
    page = render(report, output.name, read_job(output))
    html.write_text(page, encoding="utf-8", errors="replace")
    return report
