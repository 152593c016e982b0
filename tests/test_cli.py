"""The command line, run in-process through ``main()``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from newsclean.cli import main

SEED = str(FIXTURES / "inquirer_kerry.txt")


def test_prints_title_and_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([SEED]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Kerry: Russian bombs hurting Syria peace talks\n\nWASHINGTON")
    assert "Article continues" not in out


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", SEED]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tags"] == ["Conflict", "Russia", "Syria", "talks"]


def test_explain_lists_removed_lines_with_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", SEED]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == ["line", "filter", "reason", "detail", "text"]
    assert ["phrases", "advert_marker"] in [row[1:3] for row in rows]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = "A headline\n\nThe story itself is told in this sentence, which is long enough to stay.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["-"]) == 0
    assert "The story itself" in capsys.readouterr().out


def test_missing_file_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/no/such/file.txt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsclean: ") and "No such file" in err


def test_a_reader_that_goes_away_ends_it_quietly(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Storm closes harbour\n" + "Advertisement\n" * 20000, encoding="utf-8")  # JSON far past a pipe
    run = subprocess.Popen(
        [sys.executable, "-m", "newsclean.cli", "--json", str(page)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert run.stdout is not None and run.stderr is not None
    assert run.stdout.read(100).startswith(b"{")
    run.stdout.close()  # as `| head` does
    assert run.stderr.read() == b""
    assert run.wait() == 141
