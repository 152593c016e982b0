"""``newsclean batch`` and ``learn`` as a user runs them: no data lost, no traceback, jobs that finish.

Each test runs the command line in a subprocess, as a user or a script would.
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
import zstandard

import newsclean
from conftest import FIXTURES
from newsclean.cli import main

TEXTS = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", *args], input=stdin, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def corpus(path: Path, n: int = 20, *, start: int = 0) -> Path:
    records = [{"id": i, "text": TEXTS[i % len(TEXTS)] + f"\n\nStory number {i} ends here."} for i in range(start, n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("link", ["same", "hard", "symbolic"])
def test_an_output_that_is_an_input_is_refused(tmp_path: Path, link: str) -> None:
    source = corpus(tmp_path / "in.jsonl")
    before = source.read_bytes()
    target = source
    if link == "hard":
        target = tmp_path / "hard.jsonl"
        os.link(source, target)
    elif link == "symbolic":
        target = tmp_path / "sym.jsonl"
        target.symlink_to(source)
    result = run("batch", str(source), "-o", str(target))
    assert result.returncode == 1 and "is also an input" in result.stderr
    assert source.read_bytes() == before


def test_an_output_that_is_a_file_of_an_input_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "a.txt"
    page.write_text(TEXTS[0], encoding="utf-8")
    result = run("batch", str(tmp_path / "docs"), "-o", str(page))
    assert result.returncode == 1 and page.read_text(encoding="utf-8") == TEXTS[0]


def test_a_missing_input_leaves_the_output_alone(tmp_path: Path) -> None:
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"id": 1, "body": "earlier work"}\n', encoding="utf-8")
    for extra in ([], ["--resume"]):
        result = run(
            "batch", str(corpus(tmp_path / "in.jsonl")), str(tmp_path / "nosuch.jsonl"), "-o", str(keep), *extra
        )
        assert result.returncode == 1 and "nosuch.jsonl" in result.stderr
        assert keep.read_text(encoding="utf-8") == '{"id": 1, "body": "earlier work"}\n'


def test_lone_surrogates_never_stop_a_run(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    records = [
        '{"id": 1, "text": "Harbour closes \\ud83d\\n\\nThe harbour closed on Monday as the storm came."}',
        '{"id": "\\udc00", "text": "Rain stops play\\n\\nThe match was called off at noon, the club said."}',
        '{"id": 3, "text": "Mayor resigns\\n\\nThe mayor resigned on Tuesday after a long dispute."}',
    ]
    source.write_text("\n".join(records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "-o", str(out), "--workers", "1")
    assert result.returncode == 3  # one record failed
    written = lines(out)  # the whole output is valid UTF-8 JSON Lines
    assert written[0]["title"] == "Harbour closes \ufffd" and written[2]["id"] == 3
    assert "UTF-8" in str(written[1]["error"])
    again = run("batch", str(source), "-o", str(out), "--resume")
    assert again.returncode == 0 and len(lines(out)) == 3


@pytest.mark.parametrize("suffix", [".gz", ".zst", ".bz2"])
def test_a_cut_compressed_input_keeps_the_records_before_the_break(tmp_path: Path, suffix: str) -> None:
    data = corpus(tmp_path / "plain.jsonl", 400).read_bytes()
    packed = {".gz": gzip.compress, ".zst": zstandard.ZstdCompressor().compress, ".bz2": bz2.compress}[suffix](data)
    source = tmp_path / f"in.jsonl{suffix}"
    # Cut past the first compressed block: a zstd frame of repeated pages holds most of its bytes in its first
    # block (all the distinct text), and a reader gets no record of a block that is cut.
    source.write_bytes(packed[: len(packed) * 4 // 5])
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "-o", str(out), "--workers", "2")
    assert result.returncode == 1 and f"in.jsonl{suffix}: cut or corrupt after record" in result.stderr
    written = lines(out)
    assert 0 < len(written) < 400 and [r["id"] for r in written] == list(range(len(written)))
    learned = run("learn", str(source), "-o", str(tmp_path / "profile.json"))
    assert learned.returncode == 1 and "cut or corrupt" in learned.stderr


def test_a_read_error_after_the_records_loses_none_and_resume_moves_on(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(gzip.compress(corpus(tmp_path / "plain.jsonl", 300).read_bytes()) + b"trailing garbage")
    out = tmp_path / "out.jsonl"
    assert run("batch", str(source), "-o", str(out), "--workers", "2").returncode == 1
    assert [r["id"] for r in lines(out)] == list(range(300))
    again = run("batch", str(source), "-o", str(out), "--workers", "2", "--resume")
    assert again.returncode == 1 and len(lines(out)) == 300


def test_a_half_written_last_record_waits_for_a_resume(tmp_path: Path) -> None:
    whole = corpus(tmp_path / "whole.jsonl", 6).read_text(encoding="utf-8")
    growing = tmp_path / "growing.jsonl"
    growing.write_text(whole[: whole.rindex('"text"')], encoding="utf-8")  # the writer is inside the last record
    out = tmp_path / "out.jsonl"
    result = run("batch", str(growing), "-o", str(out))
    assert result.returncode == 1 and "still being written" in result.stderr
    assert [r["id"] for r in lines(out)] == list(range(5))
    growing.write_text(whole, encoding="utf-8")  # the writer finishes
    assert run("batch", str(growing), "-o", str(out), "--resume").returncode == 0
    assert run("batch", str(tmp_path / "whole.jsonl"), "-o", str(tmp_path / "ref.jsonl")).returncode == 0
    assert out.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()


def test_a_last_record_without_its_newline_but_whole_is_cleaned(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(corpus(tmp_path / "c.jsonl", 3).read_text(encoding="utf-8").rstrip("\n"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run("batch", str(source), "-o", str(out)).returncode == 0 and len(lines(out)) == 3


def test_every_record_failing_is_a_failed_run(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "body": "x"}) + "\n" for i in range(8)), encoding="utf-8")
    result = run("batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 3 and "8 records, 8 errors" in result.stderr
    stopped = run("batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--max-errors", "2")
    assert stopped.returncode == 3 and len(lines(tmp_path / "out.jsonl")) == 3


def test_resume_goes_on_with_the_same_options(tmp_path: Path) -> None:
    source = corpus(tmp_path / "in.jsonl", 6)
    out, ref = tmp_path / "out.jsonl", tmp_path / "ref.jsonl"
    options = ["--without", "phrases", "--steps", "title,phrases,content", "--no-removed"]
    assert run("batch", str(source), "-o", str(ref), *options).returncode == 0
    out.write_bytes(ref.read_bytes()[: ref.read_bytes().index(b"\n", 3000) + 40])  # two and a bit records
    (tmp_path / "out.jsonl.job.json").write_bytes((tmp_path / "ref.jsonl.job.json").read_bytes())
    assert run("batch", str(source), "-o", str(out), *options, "--resume").returncode == 0
    assert out.read_bytes() == ref.read_bytes()


def test_resume_refuses_an_output_of_another_job(tmp_path: Path) -> None:
    first, second = corpus(tmp_path / "a.jsonl", 5), corpus(tmp_path / "b.jsonl", 9, start=4)
    out = tmp_path / "out.jsonl"
    assert run("batch", str(first), "-o", str(out)).returncode == 0
    before = out.read_bytes()
    other_input = run("batch", str(second), "-o", str(out), "--resume")
    assert other_input.returncode == 1 and "other inputs" in other_input.stderr
    other_options = run("batch", str(first), "-o", str(out), "--resume", "--text-only")
    assert other_options.returncode == 1 and "text_only" in other_options.stderr
    (tmp_path / "out.jsonl.job.json").unlink()
    unknown = run("batch", str(first), "-o", str(out), "--resume")
    assert unknown.returncode == 1 and "job.json is missing" in unknown.stderr
    assert out.read_bytes() == before


def test_resume_cuts_a_torn_line_in_place_without_reading_the_output_whole(tmp_path: Path) -> None:
    source = corpus(tmp_path / "in.jsonl", 4)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    whole = out.read_bytes()
    padding = whole * (20_000_000 // len(whole))  # a 20 MB output, as if of a long job...
    out.write_bytes(padding + b'{"id": 3, "tit')  # ...torn by a hard kill
    source.write_text(source.read_text(encoding="utf-8") * (len(padding) // len(whole)), encoding="utf-8")
    (tmp_path / "out.jsonl.job.json").unlink()
    assert main(["batch", str(source), "-o", str(out), "--quiet"]) == 0  # the same job, from the start
    out.write_bytes(out.read_bytes() + b'{"id": 3, "tit')
    tracemalloc.start()
    assert main(["batch", str(source), "-o", str(out), "--quiet", "--resume", "--workers", "1"]) == 0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert out.read_bytes().endswith(b"\n") and out.stat().st_size == len(padding)
    assert peak < len(padding) / 4  # blocks, not the whole file


def test_output_problems_are_one_clear_line(tmp_path: Path) -> None:
    source = str(corpus(tmp_path / "in.jsonl", 3))
    for target, message in [
        ("/dev/full", "No space left on device"),
        (str(tmp_path / "no" / "x.jsonl"), "does not exist"),
        (str(tmp_path), "is a folder"),
    ]:
        result = run("batch", source, "-o", target)
        assert result.returncode == 1 and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    source = str(corpus(tmp_path / "in.jsonl", 2))
    for option in (["--workers", "-1"], ["--workers", "many"], ["--max-chars", "0"], ["--max-errors", "-2"]):
        result = run("batch", source, *option)
        assert result.returncode == 2 and "expected a whole number" in result.stderr
    unknown = run("batch", source, "--steps", "title,no_such_step")
    assert unknown.returncode == 1 and "no_such_step" in unknown.stderr


def test_standard_output_is_the_default_output(tmp_path: Path) -> None:
    source = corpus(tmp_path / "in.jsonl", 3)
    result = run("batch", str(source), "--text-only")
    assert result.returncode == 0 and [r["id"] for r in map(json.loads, result.stdout.splitlines())] == [0, 1, 2]
    assert "3 records, 0 errors" in result.stderr
    assert run("batch", str(source), "-o", "-", "--resume").returncode == 1


def test_learn_says_what_it_skipped(tmp_path: Path) -> None:
    source = corpus(tmp_path / "in.jsonl", 6)
    with source.open("a", encoding="utf-8") as handle:
        handle.write('{"id": 7, "body": "no text"}\nnot json\n{"id": 8, "text": 5}\n')
    result = run("learn", str(source), "-o", str(tmp_path / "profile.json"), "--min-docs", "2")
    assert result.returncode == 0
    assert "skipped 3 records" in result.stderr and "no field 'text'" in result.stderr
    assert run("learn", str(source), "-o", str(source)).returncode == 1  # never over an input


def test_folders_read_text_and_markdown_files_and_say_what_they_skip(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (docs / "b.MD").write_text(TEXTS[1], encoding="utf-8")
    (docs / "c.TXT").write_text(TEXTS[2], encoding="utf-8")
    (docs / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = run("batch", str(docs), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 0 and "skipped 1 files" in result.stderr
    assert [Path(str(r["path"])).name for r in lines(tmp_path / "out.jsonl")] == ["a.txt", "b.MD", "c.TXT"]
    (tmp_path / "empty").mkdir()
    empty = run("batch", str(tmp_path / "empty"), "-o", str(tmp_path / "e.jsonl"))
    assert empty.returncode == 1 and "holds no" in empty.stderr


def test_a_byte_order_mark_at_the_start_of_jsonl_is_accepted(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\xef\xbb\xbf" + corpus(tmp_path / "c.jsonl", 2).read_bytes())
    result = run("batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 0 and [r["id"] for r in lines(tmp_path / "out.jsonl")] == [0, 1]


def test_max_chars_counts_characters(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "Größe " * 100 + "\n\n" + "Die Straße über den Fluss ist am Montag für den Verkehr gesperrt worden." * 3
    (docs / "a.txt").write_text(text, encoding="utf-8")
    assert len(text) < 1000 < len(text.encode("utf-8"))
    assert run("batch", str(docs), "-o", str(tmp_path / "out.jsonl"), "--max-chars", "1000").returncode == 0
    assert "error" not in lines(tmp_path / "out.jsonl")[0]


def test_steps_and_profile_options_work_in_batch_and_for_one_file(tmp_path: Path) -> None:
    source = corpus(tmp_path / "in.jsonl", 3)
    page = FIXTURES / "inquirer_kerry.txt"
    without = run("batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--without", "phrases")
    assert without.returncode == 0
    reasons = {r["reason"] for record in lines(tmp_path / "out.jsonl") for r in record["removed"]}  # type: ignore[attr-defined]
    assert "advert_marker" not in reasons
    one = run("--json", "--without", "phrases", str(page))
    assert "Your subscription could not be saved" in json.loads(one.stdout)["body"]
    only = run("--json", "--steps", "title", str(page))
    assert json.loads(only.stdout)["removed"] == []


def test_markdown_output(tmp_path: Path) -> None:
    result = run("--markdown", str(FIXTURES / "inquirer_kerry.txt"))
    article = newsclean.clean((FIXTURES / "inquirer_kerry.txt").read_text(encoding="utf-8"))
    assert result.stdout.startswith(f"# {article.title}\n\n")
    assert result.stdout.count("\n\n") == len(article.paragraphs)


def test_a_compressed_single_file_is_read_as_compressed(tmp_path: Path) -> None:
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress((FIXTURES / "inquirer_kerry.txt").read_bytes()))
    assert run(str(page)).stdout == run(str(FIXTURES / "inquirer_kerry.txt")).stdout
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(page.read_bytes()[:300])
    result = run(str(cut))
    assert result.returncode == 1 and "cut or corrupt" in result.stderr


def test_help_lists_the_commands_without_markup() -> None:
    assert {"batch", "learn"} <= set(run("--help").stdout.split())
    for command in ("batch", "learn"):
        assert "``" not in run(command, "--help").stdout
    assert "exit status" in run("batch", "--help").stdout


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def _started_batch(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[bytes], list[int], Path]:
    source = corpus(tmp_path / "in.jsonl", 3000)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean.cli", "batch", str(source), "-o", str(out), "--workers", "2", *extra],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (
        len(_children(process.pid)) < 2 or not out.exists() or out.stat().st_size == 0
    ):
        time.sleep(0.05)
    return process, _children(process.pid), source


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the worker processes")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_with_the_parent(tmp_path: Path, how: signal.Signals) -> None:
    process, workers, source = _started_batch(tmp_path, "--quiet")
    assert len(workers) >= 2
    process.send_signal(how)
    status = process.wait(timeout=30)
    assert process.stderr is not None and b"Traceback" not in process.stderr.read()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(map(_alive, workers)):
        time.sleep(0.1)
    assert not any(map(_alive, workers))
    out = tmp_path / "out.jsonl"
    if how == signal.SIGTERM:
        assert status == 143 and out.read_bytes().endswith(b"\n")  # every record written so far is whole
    assert main(["batch", str(source), "-o", str(out), "--resume", "--quiet"]) == 0
    assert main(["batch", str(source), "-o", str(tmp_path / "ref.jsonl"), "--quiet"]) == 0
    assert out.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the worker processes")
def test_a_killed_worker_loses_no_record(tmp_path: Path) -> None:
    process, workers, source = _started_batch(tmp_path)
    os.kill(workers[0], signal.SIGKILL)
    assert process.stderr is not None
    status, message = process.wait(timeout=120), process.stderr.read()
    assert status == 0 and b"a worker process died" in message and b"Traceback" not in message, message
    assert main(["batch", str(source), "-o", str(tmp_path / "ref.jsonl"), "--quiet"]) == 0
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "ref.jsonl").read_bytes()


def test_binary_and_utf16_files_on_the_command_line(tmp_path: Path) -> None:
    program = run(os.path.realpath(sys.executable))
    assert program.returncode == 1 and "executable" in program.stderr and program.stdout == ""
    page = tmp_path / "page.txt"
    page.write_bytes((FIXTURES / "inquirer_kerry.txt").read_text(encoding="utf-8").encode("utf-16-le"))
    assert run(str(page)).stdout == run(str(FIXTURES / "inquirer_kerry.txt")).stdout


def test_blank_space_after_the_last_record_is_no_record(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(corpus(tmp_path / "c.jsonl", 2).read_text(encoding="utf-8") + "\n  \t", encoding="utf-8")
    assert run("batch", str(source), "-o", str(tmp_path / "out.jsonl")).returncode == 0
