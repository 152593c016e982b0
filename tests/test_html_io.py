"""HTML input through every door: the command line, standard input, batch, learn and newsclean.dask."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import dask.bag as db
import pytest

import newsclean
import newsclean.dask as nd
from conftest import FIXTURES
from newsclean.cli import main
from test_profile import article

PAGE = FIXTURES / "harbour_page.html"


def as_html(text: str) -> str:
    """A text article of test_profile written as an HTML page: the first line the title, the others paragraphs."""
    title, *rest = text.split("\n\n")
    paragraphs = "".join(f"<p>{line}</p>" for line in rest)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article>{paragraphs}</article></body></html>"
    )


def test_the_command_line_reads_an_html_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAGE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Storm closes Kiel harbour for three days\n\nThe port of Kiel closed on Monday")
    assert "<" not in out and "getCookie" not in out


def test_explain_shows_the_element_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(PAGE)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split("\t") == ["line", "filter", "reason", "detail", "text", "path"]
    footer = next(row.split("\t") for row in rows if "© 2024 Coast Courier" in row)
    assert footer[-1] == "body > footer.site-footer > p[1]"


def test_standard_input_takes_html_bytes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = PAGE.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="iso-8859-1"').encode("cp1252")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["--json", "-"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["title"] == "Storm closes Kiel harbour for three days"
    assert "Eckernförde" not in result["body"]  # read in the declared encoding, and left out as a related link
    assert any(r["text"].endswith("Eckernförde") and r.get("path") for r in result["removed"])


def test_batch_takes_html_files_and_a_jsonl_field(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes(PAGE.read_bytes())
    (folder / "b.htm").write_text(as_html(article("Harbour Herald", 1)[0]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [record.get("error") for record in records] == [None, None]
    assert records[0] == {"path": str(folder / "a.html"), **newsclean.clean(PAGE.read_bytes()).to_dict()}

    source = tmp_path / "pages.jsonl"
    source.write_text(json.dumps({"id": 1, "html": PAGE.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    assert main(["batch", str(source), "-o", str(out), "--field", "html", "--workers", "1", "--quiet"]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["id"] == 1 and record["title"] == "Storm closes Kiel harbour for three days"


def test_learn_from_html_pages_removes_the_site_furniture(tmp_path: Path) -> None:
    pages = [as_html(article("Harbour Herald", i)[0]) for i in range(6)]
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(json.dumps({"html": page}) + "\n" for page in pages), encoding="utf-8")
    profile_path = tmp_path / "profile.json"
    assert main(["learn", str(source), "--field", "html", "-o", str(profile_path), "--min-docs", "3"]) == 0
    text, body, furniture = article("Harbour Herald", 20)
    cleaned = newsclean.clean(as_html(text), profile=newsclean.Profile.load(profile_path))
    assert cleaned.shape == "html" and cleaned.paragraphs == tuple(body)
    assert [r.text for r in cleaned.removed if r.reason == "site_boilerplate"] == furniture


def test_dask_cleans_html_pages_as_clean_does() -> None:
    pages = [as_html(article("Valley Voice", i)[0]) for i in range(4)] + [PAGE.read_text(encoding="utf-8")]
    expected = [newsclean.clean(page).to_dict() for page in pages]
    assert nd.clean(db.from_sequence(pages, npartitions=2)).compute(scheduler="sync") == expected


def test_text_cleans_without_lxml_and_html_says_what_it_needs() -> None:
    text = article("Coast News", 2)[0]
    hidden = "import sys; sys.modules['lxml'] = None"  # any import of lxml now fails
    code = (
        f"{hidden}; import newsclean; print(newsclean.clean(sys.argv[1]).to_json())\n"
        "try:\n    newsclean.clean('<html><body><p>A page</p></body></html>')\n"
        "except newsclean.NewscleanError as error:\n    print(error)"
    )
    run = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True)
    cleaned, message = run.stdout.strip().split("\n")
    assert cleaned == newsclean.clean(text).to_json()
    assert "pip install lxml" in message
