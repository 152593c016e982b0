"""Whole pages written for these tests: a German news page and an English local-news page."""

from __future__ import annotations

import pytest

import newsclean
from conftest import assert_accounted, read_fixture


@pytest.fixture(scope="module")
def hafen() -> newsclean.Article:
    return newsclean.clean(read_fixture("hafen_de.txt"))


@pytest.fixture(scope="module")
def council() -> newsclean.Article:
    return newsclean.clean(read_fixture("council_blog.txt"))


def reasons(article: newsclean.Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def test_german_page_fields(hafen: newsclean.Article) -> None:
    assert hafen.title == "Sturm schließt den Hafen von Kiel"
    assert hafen.site_name == "Nordblick Zeitung"
    assert hafen.tags == ("Kiel", "Sturm", "Hafen")


def test_german_page_body(hafen: newsclean.Article) -> None:
    assert len(hafen.paragraphs) == 4
    assert hafen.paragraphs[0].startswith("Der Hafen von Kiel ist am Montag")
    assert hafen.paragraphs[-1].startswith("Ein Sprecher sagte")


def test_german_furniture_reasons(hafen: newsclean.Article) -> None:
    why = reasons(hafen)
    assert why["Anzeige"] == "advert_marker"
    assert why["Lesen Sie auch: Orkan über Norddeutschland – was Pendler jetzt wissen müssen"] == "cross_link"
    assert why["Ihre E-Mail-Adresse"] == "subscription_prompt"
    assert why["Impressum | Datenschutz | Kontakt | AGB"] in {"footer", "navigation"}
    assert why["© 2025 Nordblick Zeitung. Alle Rechte vorbehalten."] == "footer"
    assert why["Startseite"] == "navigation"
    cookie = next(text for text in why if text.startswith("Wir verwenden Cookies"))
    assert why[cookie] == "cookie_notice"


def test_english_page_body(council: newsclean.Article) -> None:
    assert council.title == "Council approves new bike lanes"
    assert council.site_name == "Riverside Herald"
    assert council.paragraphs[0].startswith("The city council voted 7-2")
    assert council.paragraphs[-1] == "Construction is expected to begin in the spring and to take about six months."


def test_short_subheading_between_paragraphs_stays(council: newsclean.Article) -> None:
    assert "Why now?" in council.paragraphs


def test_english_furniture_reasons(council: newsclean.Article) -> None:
    why = reasons(council)
    assert why["Skip to main content"] == "navigation"
    assert why["Share on Facebook"] == "social_share"
    assert why["Related: Riverside to extend bus service to the airport"] == "cross_link"
    assert why["Leave a comment"] == "comment_prompt"
    assert why["Copyright © 2025 Riverside Herald Media. All rights reserved."] == "footer"
    assert "Police search for missing hiker in state park" in why


@pytest.mark.parametrize("name", ["inquirer_kerry.txt", "hafen_de.txt", "council_blog.txt"])
def test_every_line_accounted_for(name: str) -> None:
    text = read_fixture(name)
    assert_accounted(text, newsclean.clean(text))


@pytest.mark.parametrize("name", ["inquirer_kerry.txt", "hafen_de.txt", "council_blog.txt"])
def test_same_input_same_output(name: str) -> None:
    text = read_fixture(name)
    assert newsclean.clean(text) == newsclean.clean(text)
