"""The headline from the line that opens the article, when the page title does not name it."""

from __future__ import annotations

import pytest

import newsclean

PROSE = (
    "The council voted on Tuesday night to close the old ferry pier for repairs, and the work will start in May. "
    "Residents who use the pier every morning said they would miss it during the long summer months ahead."
)


def _page(title: str, above: list[str], url: str | None = None) -> newsclean.Article:
    lines = [title, "Home", "Sport", "Weather", *above, PROSE, PROSE.replace("council", "board"), "Share this"]
    return newsclean.clean("\n\n".join(lines), url=url)


def test_a_page_title_of_only_the_site_name() -> None:
    article = _page(
        "Harbour Gazette", ["Ferry pier to close for repairs", "By Maria Ortiz"], "https://harbourgazette.example/a"
    )
    assert article.title == "Ferry pier to close for repairs"


def test_a_headline_reworded_for_the_page_title() -> None:
    article = _page(
        "Old ferry pier closes | Harbour Gazette", ["Council votes to close the old ferry pier", "May 3, 2024"]
    )
    assert article.title == "Council votes to close the old ferry pier"


@pytest.mark.parametrize("line", ["google.JPG", "'); } //-->", '<a href="/x">More</a>', "Sign in", "Latest news"])
def test_no_code_file_name_menu_word_or_site_name(line: str) -> None:
    article = _page("Harbour Gazette", [line], "https://harbourgazette.example/a")
    assert article.title != line


def test_a_heading_unlike_the_page_title_leaves_the_page_title() -> None:
    article = _page("Ferry pier closes for repairs", ["Lorem"])
    assert article.title == "Ferry pier closes for repairs"


def test_a_name_line_under_the_headline_is_the_byline_not_the_headline() -> None:
    article = _page(
        "Old ferry pier closes | Harbour Gazette",
        ["Council votes to close the old ferry pier", "Maria Ortiz", "May 3, 2024"],
    )
    assert article.title == "Council votes to close the old ferry pier"
    assert article.byline is not None and article.byline.authors == ("Maria Ortiz",)


def test_the_byline_under_the_article_headline_far_below_the_page_title() -> None:
    menu = [f"Section {number}" for number in range(1, 30)]
    article = _page("Harbour Gazette", [*menu, "Ferry pier to close for repairs", "Maria Ortiz", "May 3, 2024"])
    assert article.byline is not None and article.byline.authors == ("Maria Ortiz",)
    assert article.dateline is not None and article.dateline.date == "2024-05-03"
