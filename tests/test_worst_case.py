"""No input hangs ``clean()``, crashes it or makes it backtrack: the inputs of the issue "clean() has a
linear worst case", and runs of 100 KB of each kind of character wherever a field or a shape reads them.

Each call runs in a worker process with a generous timeout (:data:`TIMEOUT`): a hang detector, not a
speed target. On the code before the issue's fixes the inputs of the issue took from 22 seconds to
hours (cubic backtracking; 3 GB to learn from a page title of bars) or raised; now each takes a
fraction of a second, so a call that outlives the timeout is a pattern that backtracks again. The
worker is replaced after one.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from multiprocessing.pool import Pool
from typing import Any

import pytest

import newsclean
from conftest import assert_accounted

#: Seconds a call may take before it counts as a hang (each takes well under one).
TIMEOUT = 20
PROSE = (
    "The council said on Tuesday that it would review the plan again before the spring, and residents were "
    "asked to send their views to the town hall by the end of the month."
)
ARTICLE = f"{PROSE}\n\n{PROSE[:-1]}, the mayor said.\n\n{PROSE[:-1]} once more."


class Worker:
    """One process that makes the tests' calls, each within :data:`TIMEOUT` seconds."""

    def __init__(self) -> None:
        self._pool: Pool | None = None

    def __call__(self, function: Callable[..., Any], *args: Any) -> Any:
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(1)
        try:
            return self._pool.apply_async(function, args).get(timeout=TIMEOUT)
        except multiprocessing.TimeoutError:
            self.close()  # the worker is still at it: end it, the next call gets a new one
            pytest.fail(f"{function.__name__}() still ran after {TIMEOUT} s: a hang (a pattern that backtracks?)")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    running = Worker()
    yield running
    running.close()


def clean(text: str, shape: str | None = None) -> newsclean.Article:
    return newsclean.clean(text, shape=shape)


def learn(texts: list[str]) -> newsclean.Profile:
    return newsclean.learn(texts)


#: The inputs the issue's audit found, (text, shape), sized to outlive the timeout before the fixes:
#: what the audit measured is in the comments.
REPRODUCTIONS = {
    # A byline's handle after a name and spaces ("Jane   @x"): 4,000 spaces took 22 s, 8,000 never finished.
    "handle": ("Storm | Coast News\nStorm\nJane" + " " * 8000 + "@ x\nThe council said ...", None),
    "byline-spaces": ("By Jane" + " " * 12_000 + "Doe", None),  # 8,000 spaces: 38 s
    "byline-no-break-spaces": ("By Jane" + "\u00a0" * 12_000 + "Doe", None),  # 8,000: 31 s
    "tags": ("Tags: a" + " " * 100_000 + "b", None),  # never finished
    "dump": ("a." + " " * 100_000 + "b", None),  # a one-line dump: 50 s
    "title-bars": ("|" * 2000 + "\nThe council said so.", None),  # 2.3 GB, never finished (1,000 bars: 25 s)
    "markdown-emphasis": (" *a" * 66_667, "markdown"),  # openers without closers, 100 KB: 24 s
    "markdown-code": (" `a" * 66_667, "markdown"),
    "markdown-link-title": ('[a](b "c' * 28_572, "markdown"),  # unclosed link titles
}


@pytest.mark.parametrize(("text", "shape"), REPRODUCTIONS.values(), ids=REPRODUCTIONS.keys())
def test_the_audit_inputs_are_cleaned(worker: Worker, text: str, shape: str | None) -> None:
    article = worker(clean, text, shape)
    assert_accounted(text, article)


def test_a_profile_is_learned_from_a_page_title_of_bars(worker: Worker) -> None:
    # Each cut of the title at one of its bars was a copy of it: 20,000 bars took 10 s and 818 MB.
    assert worker(learn, ["|" * 40_000]).sites == {}


def test_case_folding_that_lengthens_a_line_before_its_date_keeps_the_lines(worker: Worker) -> None:
    # "ß" folds to "ss": date positions found in the folded line were used on the line (IndexError).
    text = "Neue Brücke\nGroßstraße Schloßstraße Fußgängerstraße Außenstraße 1.2.20\nText."
    article = worker(clean, text)
    assert_accounted(text, article)
    spelled = worker(clean, text.replace("ß", "ss"))  # the same line, one character per folded character
    assert [(p.line, p.field) for p in article.placements] == [(p.line, p.field) for p in spelled.placements]
    assert article.dateline is not None and article.dateline.date == "2020-02-01"
    assert article.byline is not None and article.byline.text == text.splitlines()[1]


#: What a hostile or broken page repeats: white space, separators, Markdown markers, a script without spaces.
RUNS = {
    "spaces": " ",
    "no-break-spaces": "\u00a0",
    "tabs": "\t",
    "bars": "|",
    "hyphens": "-",
    "en-dashes": "–",
    "em-dashes": "—",
    "middle-dots": "·",
    "bullets": "•",
    "slashes": "/",
    "guillemets": "»",
    "angle-quotes": "›",
    "stars": "*",
    "underscores": "_",
    "backticks": "`",
    "open-brackets": "[",
    "close-brackets": "]",
    "open-parentheses": "(",
    "close-parentheses": ")",
    "image-openers": "![",
    "ideographs": "漢字新聞",
}
#: Where a run goes: (text around ``{run}``, shape).
PLACES = {
    "first-line": ("{run}\n" + ARTICLE, None),
    "byline": ("Storm closes harbour\nBy Jane{run}Doe\n" + ARTICLE, None),
    "tag-line": (ARTICLE + "\nTags: a{run}b", None),
    "one-line-dump": (f"{PROSE} a.{{run}}b {PROSE}", None),
    "in-an-article": (ARTICLE.replace("\n\n", "\n\nThe mayor said{run}so.\n\n", 1), None),
    "markdown": (f"# Storm closes harbour\n\n{PROSE}\n\nThe *mayor* said{{run}}so.\n\n{PROSE}", "markdown"),
}


@pytest.mark.parametrize("place", PLACES.keys())
@pytest.mark.parametrize("run", RUNS.values(), ids=RUNS.keys())
def test_a_run_of_100_kb_is_cleaned(worker: Worker, run: str, place: str) -> None:
    around, shape = PLACES[place]
    text = around.replace("{run}", run * (100_000 // len(run)))
    article = worker(clean, text, shape)
    assert_accounted(text, article)
