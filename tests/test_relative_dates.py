"""Dates: relative ones read only against the caller's ``now``; the publication date over an update or a comment."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main
from newsclean.errors import InputError, InputValueError

BODY = "The harbour closed on Monday as the storm reached the coast, the port authority said in a statement."


def _dated(line: str, now: dt.datetime | dt.date | str | None = None) -> str | None:
    article = newsclean.clean(f"Storm closes harbour\n\nBy Jane Doe\n\n{line}\n\n{BODY}\n\n{BODY}", now=now)
    return article.dateline.date if article.dateline else None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("3 hours ago", "2024-03-02"),
        ("Updated 20 minutes ago", "2024-03-03"),
        ("2 days ago", "2024-03-01"),
        ("an hour ago", "2024-03-02"),
        ("Yesterday at 9:15 PM", "2024-03-02"),
    ],
)
def test_a_relative_date_against_the_given_now(line: str, day: str) -> None:
    assert _dated(line, now=dt.datetime(2024, 3, 3, 0, 30)) == day


def test_a_relative_date_in_the_page_language() -> None:
    body = "Der Hafen wurde am Montag geschlossen, als der Sturm die Küste erreichte, sagte die Behörde am Abend."
    text = f"Sturm schließt den Hafen\n\nVon Lena Vogt\n\nvor 2 Tagen\n\n{body}\n\n{body}"
    article = newsclean.clean(text, now="2024-03-03T12:00")
    assert article.dateline is not None and article.dateline.date == "2024-03-01"


def test_no_relative_date_without_now() -> None:
    assert _dated("3 hours ago") is None


@pytest.mark.parametrize("now", ["2024-03-03", dt.date(2024, 3, 3), dt.datetime(2024, 3, 3, 18, 0)])
def test_now_as_a_string_a_date_or_a_datetime(now: dt.datetime | dt.date | str) -> None:
    assert _dated("2 days ago", now=now) == "2024-03-01"


def test_a_wrong_now_is_an_input_error() -> None:
    with pytest.raises(InputError, match="now"):
        newsclean.clean(BODY, now=1709424000)  # type: ignore[arg-type]
    with pytest.raises(InputValueError, match="ISO 8601"):
        newsclean.clean(BODY, now="last tuesday")


def test_the_publication_date_over_an_update() -> None:
    text = f"Storm closes harbour\n\nUpdated: March 5, 2024\n\nPublished: March 3, 2024\n\n{BODY}\n\n{BODY}"
    article = newsclean.clean(text)
    assert article.dateline is not None and article.dateline.date == "2024-03-03"


def test_the_publication_date_over_a_comment_date() -> None:
    text = (
        f"Storm closes harbour\n\nBy Jane Doe\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nPosted March 3, 2024\n\n"
        "2 Comments\n\nMark Roe March 9, 2024 at 8:12 am\n\nGreat piece, thanks for writing it up so quickly.\n\n"
        "Ann Lee March 10, 2024 at 9:40 am\n\nI was there and it was worse than this says."
    )
    article = newsclean.clean(text)
    assert article.dateline is not None and article.dateline.date == "2024-03-03"


def test_a_line_with_the_publication_date_then_the_update() -> None:
    text = (
        "Storm closes harbour\n\nBy Jane Doe\n\n11.01.2022, 09:50 / Updated 21.01.2022, 11:39\n\n"
        f"{BODY}\n\nThe review of the harbour is due on 3 March 2022.\n\n{BODY}"
    )
    article = newsclean.clean(text)
    assert article.dateline is not None and article.dateline.date.startswith("2022-01-11")


def test_the_date_nearest_the_headline_over_a_list_of_events_above_it() -> None:
    events = "\n\n".join(f"{day}.02.2020 20:00 Council meeting" for day in (13, 6))
    text = (
        f"Storm closes harbour | Harbour Gazette\n\n{events}\n\nStorm closes harbour\n\n21. September 2019\n\n"
        f"{BODY}\n\n{BODY}"
    )
    article = newsclean.clean(text)
    assert article.dateline is not None and article.dateline.date == "2019-09-21"


RELATIVE = f"Storm closes harbour\n\nBy Jane Doe\n\n3 hours ago\n\n{BODY}\n\n{BODY}"


def test_the_command_line_reads_relative_dates_against_now(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(RELATIVE, encoding="utf-8")
    assert main(["--json", "--now", "2024-03-03T01:00", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["dateline"]["date"] == "2024-03-02"
    assert main(["--json", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["dateline"] is None


def test_the_command_line_refuses_a_now_that_is_no_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--now", "last tuesday", str(tmp_path / "page.txt")])
    assert stopped.value.code == 2 and "ISO 8601" in capsys.readouterr().err


def test_a_batch_reads_relative_dates_against_now(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    corpus.write_text(json.dumps({"id": 1, "text": RELATIVE}) + "\n", encoding="utf-8")
    assert main(["batch", str(corpus), "-o", str(out), "--now", "2024-03-10", "--quiet", "--workers", "1"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["dateline"]["date"] == "2024-03-09"
    job = json.loads((tmp_path / "out.jsonl.job.json").read_text(encoding="utf-8"))
    assert "2024-03-10" in json.dumps(job)  # a resume with another --now is refused


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_many_passes_now_to_every_document(workers: int) -> None:
    articles = list(newsclean.clean_many([RELATIVE, RELATIVE], now=dt.date(2024, 3, 10), workers=workers))
    assert [a.dateline.date if a.dateline else None for a in articles] == ["2024-03-09", "2024-03-09"]
    assert [a.dateline for a in newsclean.clean_many([RELATIVE], workers=1)] == [None]


def test_clean_many_refuses_a_wrong_now_before_cleaning() -> None:
    with pytest.raises(InputValueError, match="ISO 8601"):
        next(newsclean.clean_many([RELATIVE], now="last tuesday", workers=1))


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Maria Ortiz3.11.2023", "2023-11-03"),  # a scraper glued the name to the date
        ("Erstellt am09.02.2022", "2022-02-09"),
        ("08.12.2022Harbour Gazette", "2022-12-08"),
    ],
)
def test_a_date_with_dots_glued_to_a_word(line: str, day: str) -> None:
    assert _dated(line) == day


def test_a_version_number_is_no_date() -> None:
    assert _dated("Release v1.2.2020") is None


def test_a_date_glued_to_the_year_of_the_same_date_before_it() -> None:
    assert _dated("Posted on 19. December 202219. December 2022 by Jane Doe") == "2022-12-19"
