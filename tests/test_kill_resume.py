"""Hard kills and ``--resume``: a small run of ``benchmarks/kill_resume.py``, its functions loaded from the file.

300 records with bad ones mixed in, two SIGKILLs (to the run's process group, or to its parent only),
each followed by ``--resume``, the last run to the end: the output must be byte-identical to an
uninterrupted run's, no worker may outlive a kill, no run may rewrite its output in place or lose
records already written, and the finished runs must exit 0 or 3.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "kill_resume.py"


def load_script() -> ModuleType:
    """``benchmarks/kill_resume.py`` as a module (``benchmarks`` is not a package)."""
    name = "kill_resume"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


kill_resume = load_script()

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc and kills process groups")


def test_corpus_is_seeded_and_holds_every_kind_of_bad_record(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    kinds = kill_resume.make_corpus(first, 300, seed=1)
    assert kill_resume.make_corpus(second, 300, seed=1) == kinds
    assert first.read_bytes() == second.read_bytes()
    assert set(kinds) == {"good", *kill_resume.BAD_KINDS}
    assert sum(kinds.values()) == 300
    lines = first.read_bytes().splitlines()
    assert len(lines) == 300
    assert all(line.isascii() for line in lines)  # the lone surrogates stay \ud83d escapes
    records = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except ValueError:
            continue
    assert len(records) == 300 - kinds["bad_json"]
    assert all("id" in record for record in records if isinstance(record, dict))


@linux_only
@pytest.mark.parametrize("target", ["group", "parent"])
def test_killed_and_resumed_run_equals_uninterrupted_run(tmp_path: Path, target: str) -> None:
    """SIGKILL to the run's process group, or to its parent only (its workers must not outlive it)."""
    report = kill_resume.check(tmp_path, records=300, kills=2, workers=2, seed=1, target=target)
    assert len(report.kills) == 2
    assert report.passed, "\n" + report.text()
