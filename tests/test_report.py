"""The audit report: its counts equal the batch summary, its text is escaped, its sample is fixed by the seed."""

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

import newsclean
from conftest import FIXTURES, is_blank
from newsclean.cli import main
from newsclean.report import aggregate, pages, read_output

TEXTS = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))]
HOSTILE = '<script>alert("x")</script>'


def corpus(n: int = 9) -> list[dict[str, object]]:
    """Fixture articles on two sites, a hostile article and a record without text."""
    records: list[dict[str, object]] = [
        {"id": i, "url": f"https://site{i % 2}.example/{i}", "text": TEXTS[i % len(TEXTS)]} for i in range(n)
    ]
    hostile = (
        # Not at the start: a text that opens with a <script> tag is read as HTML, which drops the script.
        f'A reader: {HOSTILE}\n" onmouseover="alert(1)\nThe harbour closed on Monday as the storm hit.'
    )
    records.append({"id": "x", "url": "https://evil.example/<b>", "text": hostile})
    records.append({"id": "no text"})
    return records


def run_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[Path, str]:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in corpus()), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    capsys.readouterr()
    status = main(["batch", str(source), "-o", str(out), "--workers", "1", *options])
    assert status == 3  # the record without text is an error record
    return out, capsys.readouterr().err


def summary_counts(stderr: str) -> tuple[int, int, dict[str, int]]:
    """Records, errors and lines removed by reason, as the batch summary printed them."""
    head = re.search(r"newsclean batch: (\d+) records, (\d+) errors", stderr)
    assert head, stderr
    reasons = {m[1]: int(m[2]) for m in re.finditer(r"^  ([a-z_]+) +(\d+)$", stderr, re.M)}
    return int(head[1]), int(head[2]), reasons


def test_the_totals_equal_the_batch_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, stderr = run_batch(tmp_path, capsys, "--placements")
    records, errors, reasons = summary_counts(stderr)
    report = read_output(out)
    assert (report.records, report.errors, report.articles) == (records, errors, records - errors) == (11, 1, 10)
    assert {reason: tally.lines for reason, tally in report.by_reason.items()} == reasons
    assert report.removed.lines == sum(reasons.values()) == sum(t.lines for t in report.by_step.values())
    # Every non-blank input line of the articles is kept or removed, once.
    lines = sum(not is_blank(line) for record in corpus() for line in str(record.get("text", "")).splitlines())
    assert report.kept_lines + report.removed.lines == lines
    assert sum(report.confidence) == report.articles
    assert set(report.sites) == {"site0.example", "site1.example", "evil.example", "(no site)"}
    assert report.sites["site0.example"].articles == 5 and report.sites["(no site)"].errors == 1


def test_the_per_site_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run_batch(tmp_path, capsys)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    site = read_output(out).sites["site1.example"]
    mine = [r for r in records if str(r.get("url", "")).startswith("https://site1.example/")]
    assert site.articles == len(mine) == 4
    assert site.title == sum(bool(r["title"]) for r in mine)
    assert site.date == sum(bool(r["dateline"] and r["dateline"]["date"]) for r in mine)
    removed = Counter(entry["text"] for r in mine for entry in r["removed"])
    top = site.shapes.top(1)[0]
    assert top.count == max(removed.values()) and removed[top.example] == top.count
    assert site.removed.chars == sum(len(entry["text"]) for r in mine for entry in r["removed"])


def test_batch_report_equals_the_report_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run_batch(tmp_path, capsys, "--placements", "--report", str(tmp_path / "a.html"), "--sample", "4")
    assert main(["report", str(out), "-o", str(tmp_path / "b.html"), "--sample", "4", "--quiet"]) == 0
    page = (tmp_path / "a.html").read_bytes()
    assert page == (tmp_path / "b.html").read_bytes()
    assert page.decode().count('<article class="doc"') == 4
    job = json.loads((tmp_path / "out.jsonl.job.json").read_text(encoding="utf-8"))
    assert job["run"]["command"][:2] == ["newsclean", "batch"] and job["run"]["newsclean"] == newsclean.__version__
    assert "--placements --report" in page.decode()


def test_report_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["batch", str(FIXTURES), "--report", "r.html"])
    assert exit_.value.code == 2 and "-o FILE" in capsys.readouterr().err


class Tags(HTMLParser):
    """The start tags and attributes of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: Counter[str] = Counter()
        self.attributes: set[str] = set()
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        self.attributes.update(name for name, _ in attrs)
        self._in_script = tag == "script"

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)
            self._in_script = False


def test_untrusted_text_is_escaped_everywhere() -> None:
    evil = '"><script>alert(1)</script><img src=x onerror="alert(2)">'
    report = aggregate.Report()
    report.add(
        {
            "url": f"https://evil.example/{evil}",
            "id": evil,
            "title": evil,
            "body": evil,
            "paragraphs": [evil],
            "byline": {"authors": [evil], "organization": None, "text": evil},
            "removed": [{"line": 2, "text": evil, "filter": evil, "reason": evil, "detail": evil}],
            "placements": [{"line": 1, "text": evil, "field": evil}, {"line": 2, "text": evil, "field": "removed"}],
        }
    )
    report.add({"error": evil, "origin": evil})
    page = pages.render(
        report, evil, {"format": "newsclean-batch-job", "job": {evil: evil}, "run": {"command": [evil]}}
    )
    tags = Tags()
    tags.feed(page)
    assert tags.tags["script"] == 1 and tags.tags["img"] == 0
    assert not {name for name in tags.attributes if name.startswith("on")}
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 8
    # The page allows its own script only, by its hash, and no request at all.
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and "default-src 'none'" in policy[1]
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(tags.scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy[1]
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)


def records(n: int) -> list[dict[str, object]]:
    return [{"id": i, "title": f"Story {i}", "body": "", "paragraphs": [], "removed": []} for i in range(n)]


def sampled(seed: int, n: int = 100, size: int = 10) -> list[object]:
    report = aggregate.Report(sample_size=size, seed=seed)
    for record in records(n):
        report.add(record)
    return [record["_meta"]["id"] for record in report.articles_sampled()]


def test_the_sample_is_fixed_by_its_seed_and_fair() -> None:
    assert sampled(3) == sampled(3) and sampled(3) != sampled(4)
    assert len(sampled(3)) == 10 and sampled(3) == sorted(sampled(3))  # shown in input order
    assert sampled(0, n=6) == list(range(6))  # fewer articles than the sample: all of them
    # Every record has the same chance (10 in 100): over 400 seeds, about 40 draws each.
    draws = Counter(i for seed in range(400) for i in sampled(seed))
    assert len(draws) == 100 and min(draws.values()) >= 15 and max(draws.values()) <= 70


def test_the_sample_is_the_same_from_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run_batch(tmp_path, capsys)
    first = [r["_record"] for r in read_output(out, sample=3, seed=9).articles_sampled()]
    assert first == [r["_record"] for r in read_output(out, sample=3, seed=9).articles_sampled()]
    assert len(first) == 3


def test_shapes_are_counted_in_bounded_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "MAX_SHAPES", 100)
    report = aggregate.Report(sample_size=2)
    for i in range(60):
        removed = [{"line": 1, "text": "Share on Facebook", "filter": "phrases", "reason": "social_share"}]
        removed += [
            {"line": j, "text": f"Unique line {chr(65 + i)}{chr(65 + j % 26)}x{j}", "reason": "navigation"}
            for j in range(2, 12)
        ]
        report.add({"url": f"https://site{i % 3}.example/", "body": "", "removed": removed})
    assert report.budget.used <= 100 and len(report.sample) == 2
    top = report.shapes.top(1)[0]
    assert (top.count, top.example, top.since) == (60, "Share on Facebook", 0)
    assert report.removed.lines == 60 * 11  # the totals are exact whatever the shapes keep


def test_a_torn_last_line_is_counted_as_unreadable(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps(records(1)[0]) + '\n{"id": 2, "ti', encoding="utf-8")
    report = read_output(out)
    assert (report.records, report.unreadable) == (1, 1)
    assert 'data-total="unreadable lines"' in pages.render(report, "out.jsonl")


def test_records_without_placements_show_fields_then_removed_lines(tmp_path: Path) -> None:
    article = newsclean.clean(TEXTS[0])
    page = pages.sample_html([aggregate.slim(article.to_dict(), 1)])
    assert "has no placements" in page
    assert page.count('class="l f-removed"') == len(article.removed)
    assert page.count('class="l f-body"') == len(article.paragraphs)


def test_the_html_view_of_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "inquirer_kerry.txt"
    assert main([str(path), "--html", "-o", str(tmp_path / "a.html")]) == 0
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    article = newsclean.clean(path.read_text(encoding="utf-8"))
    assert page.count('class="l f-removed"') == len(article.removed)
    assert page.count('class="l f-body"') == len(article.paragraphs)
    for removal in article.removed:
        assert f'data-r="{removal.reason}" title="line {removal.line} · removed by {removal.filter}' in page
    assert main([str(path), "--html"]) == 0
    assert capsys.readouterr().out == page
