"""Batch cleaning: clean_many() and ``newsclean batch``, with bad records, interruptions and resumes."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import zstandard

import newsclean
from conftest import FIXTURES
from newsclean.batch import ordered_map
from newsclean.cli import main
from newsclean.inputs import Inputs, Item

TEXTS = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))]


def corpus(n: int = 12) -> list[dict[str, object]]:
    return [{"id": i, "url": f"https://example.com/{i}", "text": TEXTS[i % len(TEXTS)]} for i in range(n)]


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def expected(record: dict[str, object]) -> dict[str, object]:
    article = newsclean.clean(str(record["text"]), url=str(record["url"]))
    return {"id": record["id"], **article.to_dict(), "url": record["url"]}  # text input: the carried url stays


def read_output(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_clean_many_equals_clean_one_by_one() -> None:
    texts = TEXTS * 8
    assert list(newsclean.clean_many(texts, workers=2)) == [newsclean.clean(text) for text in texts]


def test_batch_output_equals_clean_in_input_order(tmp_path: Path) -> None:
    records = corpus()
    source = write_jsonl(tmp_path / "in.jsonl", records)
    assert main(["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "2", "--quiet"]) == 0
    assert read_output(tmp_path / "out.jsonl") == [expected(r) for r in records]


def test_compressed_inputs_and_text_only(tmp_path: Path) -> None:
    records = corpus(3)
    lines = "".join(json.dumps(r) + "\n" for r in records).encode()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(lines))
    out = tmp_path / "out.jsonl"
    inputs = [str(tmp_path / "a.jsonl.gz"), str(tmp_path / "b.jsonl.zst")]
    assert main(["batch", *inputs, "-o", str(out), "--text-only", "--workers", "1", "--quiet"]) == 0
    bodies = [{"id": r["id"], "url": r["url"], "body": newsclean.clean(str(r["text"])).body} for r in records]
    assert read_output(out) == bodies * 2


def test_folder_of_text_files(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    for i, text in enumerate(TEXTS):
        (tmp_path / "docs" / f"{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "docs"), "-o", str(out), "--no-removed", "--quiet"]) == 0
    records = read_output(out)
    assert [r["path"] for r in records] == [str(tmp_path / "docs" / f"{i}.txt") for i in range(len(TEXTS))]
    assert all("removed" not in r and r["body"] for r in records)


def test_bad_records_get_error_records_and_the_run_goes_on(tmp_path: Path) -> None:
    good = corpus(4)
    lines = [
        json.dumps(good[0]),
        '{"id": "broken", "text": ',  # bad JSON
        json.dumps(good[1]),
        json.dumps({"id": "no-text", "body": "x"}),  # missing field
        json.dumps(good[2]),
        "\x00\udc9f\udc92\udcff\udcfe",  # a binary blob: bytes 00 9f 92 ff fe, invalid UTF-8
        json.dumps({"id": "huge", "text": "word " * 4_000_000}),  # a 20 MB record
        json.dumps(good[3]),
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes("\n".join(lines).encode("utf-8", "surrogateescape") + b"\n")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--workers", "2", "--quiet"]) == 3  # some records failed
    records = read_output(out)
    assert [r for r in records if "error" not in r] == [expected(r) for r in good]
    errors = [(r.get("id"), r["origin"]) for r in records if "error" in r]
    assert errors == [(None, f"{source}:2"), ("no-text", f"{source}:4"), (None, f"{source}:6"), ("huge", f"{source}:7")]
    assert "no field 'text'" in records[3]["error"] and "over the limit" in records[6]["error"]


def test_fail_fast_stops_at_the_first_bad_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(corpus(1)[0]) + "\nnot json\n" + json.dumps(corpus(2)[1]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--workers", "1", "--fail-fast", "--quiet"]) == 3
    assert len(read_output(out)) == 2 and "in.jsonl:2" in capsys.readouterr().err


def test_interrupted_run_resumes_to_the_uninterrupted_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = corpus(10)
    source = write_jsonl(tmp_path / "in.jsonl", records)
    whole, resumed = tmp_path / "whole.jsonl", tmp_path / "resumed.jsonl"
    assert main(["batch", str(source), "-o", str(whole), "--workers", "1", "--quiet"]) == 0

    real_items = Inputs.items

    def interrupted(inputs: Inputs) -> Iterator[Item]:
        for number, item in enumerate(real_items(inputs)):
            if number == 6:
                raise KeyboardInterrupt  # Ctrl-C after six records
            yield item

    monkeypatch.setattr(Inputs, "items", interrupted)
    assert main(["batch", str(source), "-o", str(resumed), "--workers", "1", "--quiet"]) == 130
    assert len(read_output(resumed)) == 6
    with resumed.open("a", encoding="utf-8") as handle:
        handle.write('{"id": 6, "tit')  # a record torn by a hard kill
    monkeypatch.setattr(Inputs, "items", real_items)
    assert main(["batch", str(source), "-o", str(resumed), "--workers", "2", "--resume", "--quiet"]) == 0
    assert resumed.read_bytes() == whole.read_bytes()


def test_stdin_and_summary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = corpus(3)  # the third fixture (hafen_de.txt) has advert markers
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = tmp_path / "out.jsonl"
    assert main(["batch", "-", "-o", str(out), "--workers", "1"]) == 0
    assert read_output(out) == [expected(r) for r in records]
    summary = capsys.readouterr().err
    assert "3 records, 0 errors" in summary and "advert_marker" in summary


def test_clean_many_takes_urls_a_profile_and_steps() -> None:
    pages = [f"{s} | Coast News\n{s} after a long week in the town.\nCoast News Radio at 7" for s in ("Rain", "Sun")]
    profile = newsclean.learn(pages * 3, min_docs=3)
    urls = ["https://coast.example/1", None]
    for workers in (1, 2):
        got = list(newsclean.clean_many(pages, urls=urls, profile=profile, steps=["title"], workers=workers))
        pipeline = newsclean.Pipeline(["title"])
        one_by_one = [
            newsclean.clean(p, url=u, profile=profile, pipeline=pipeline) for p, u in zip(pages, urls, strict=True)
        ]
        assert got == one_by_one
    with pytest.raises(newsclean.PipelineError, match="no_such_step"):
        list(newsclean.clean_many(pages, steps=["no_such_step"]))


def _exit_on_three(number: int) -> int:
    if number == 3:
        os._exit(9)  # a record that kills the worker cleaning it, every time
    return number * 10


def _numbers_then_a_read_error() -> Iterator[int]:
    yield from range(100)
    raise OSError("the disk went away")


def test_ordered_map_survives_a_record_that_kills_its_worker() -> None:
    results = list(ordered_map(_exit_on_three, range(70), workers=2, chunk=8, on_crash=lambda item, exc: -item))
    assert results == [-3 if n == 3 else n * 10 for n in range(70)]


def test_ordered_map_yields_every_result_before_a_read_error() -> None:
    got: list[int] = []
    with pytest.raises(OSError, match="disk went away"):
        got.extend(ordered_map(abs, _numbers_then_a_read_error(), workers=2, chunk=8))
    assert got == list(range(100))


def test_workers_must_be_a_positive_whole_number() -> None:
    for bad in (0, -1, 1.5, True):
        with pytest.raises(newsclean.NewscleanError, match="workers"):
            list(newsclean.clean_many(["a"], workers=bad))  # type: ignore[arg-type]


def test_a_record_site_picks_the_profile_site_as_in_learn(tmp_path: Path) -> None:
    stories = ["Rain stops play", "Harbour closes", "Mayor resigns", "Bridge reopens"]
    pages = [
        {"site": "coast", "text": f"{s}\n{s} after a long week in the town.\nTune in to Coast Radio"} for s in stories
    ]
    profile = newsclean.learn(pages, min_docs=3)
    profile.save(tmp_path / "profile.json")
    source = write_jsonl(tmp_path / "in.jsonl", pages)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--profile", str(tmp_path / "profile.json"), "--quiet"]) == 0
    assert all(r["removed"][-1]["reason"] == "site_boilerplate" for r in read_output(out))
