"""Bylines and datelines in the forms news pages write them, and the failures other tools are known for."""

from __future__ import annotations

import pytest

import newsclean
from conftest import BODY, BODY_DE, BODY_ES, BODY_FR, BODY_NL
from newsclean import Byline


def page(*head: str, body: str = BODY, url: str | None = None) -> newsclean.Article:
    """A small page: a title, the headline, the given lines, and a body paragraph."""
    return newsclean.clean(
        "\n".join(["Storm closes harbour | Coast News", "Storm closes harbour", *head, body]), url=url
    )


@pytest.mark.parametrize(
    ("line", "body", "authors"),
    [
        ("Von Max Mustermann", BODY_DE, ("Max Mustermann",)),
        ("Veröffentlicht am 15.07.2014 von Guido Beyß", BODY_DE, ("Guido Beyß",)),
        ("Par Jean Dupont", BODY_FR, ("Jean Dupont",)),
        ("Por María López y Juan Pérez", BODY_ES, ("María López", "Juan Pérez")),
        ("Door Pieter van Dijk", BODY_NL, ("Pieter van Dijk",)),
    ],
)
def test_bylines_in_the_page_language(line: str, body: str, authors: tuple[str, ...]) -> None:
    assert page(line, body=body).byline == Byline(authors, None, line)


@pytest.mark.parametrize(
    ("line", "authors", "organization"),
    [
        ("By John Smith and Jane Doe, Associated Press", ("John Smith", "Jane Doe"), "Associated Press"),
        ("Reuters November 18, 2019 11:03 PM", (), "Reuters"),
        ("Agence France-Presse / 12:48 PM February 10, 2016", (), "Agence France-Presse"),
        ("JOHN SMITH | Staff Writer", ("John Smith",), None),
        ("By ABBY GOODNOUGH", ("Abby Goodnough",), None),
        ("By Jane Doe, March 3, 2024", ("Jane Doe",), None),
        ("By Jane Doe | Updated 3 hours ago", ("Jane Doe",), None),
        ("Jane Doe · March 3, 2024", ("Jane Doe",), None),
        ("Posted on March 3, 2024 by Jane Doe", ("Jane Doe",), None),
        ("BERLIN (dpa)", (), "dpa"),
    ],
)
def test_byline_forms(line: str, authors: tuple[str, ...], organization: str | None) -> None:
    byline = page(line).byline
    assert byline == Byline(authors, organization, line)


@pytest.mark.parametrize(
    "line",
    [
        "Email The Author",
        "Hours Ago Josh Constine",
        "Staff Writer",
        "Home | News | Sport",
        "By the way, it rained.",
        "And its test suite, powered by Mocha and Chai:",
        "More by Jane Doe",
    ],
)
def test_never_an_author(line: str) -> None:
    assert page(line).byline is None


def test_the_byline_line_is_accounted_for_as_the_byline() -> None:
    article = page("By Jane Doe")
    assert [(p.line, p.field) for p in article.placements if p.text == "By Jane Doe"] == [(3, "byline")]
    assert article.paragraphs == (BODY,)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("/ 12:48 PM February 10, 2016", "2016-02-10T12:48"),
        ("Published: 10.02.2016, 14:32 Uhr", "2016-02-10T14:32"),
        ("Veröffentlicht am 3. März 2021", "2021-03-03"),
        ("Publié le 24 novembre 2017 à 18h42", "2017-11-24T18:42"),
        ("Publicado el 5 de junio de 2020", "2020-06-05"),
        ("Pubblicato il 7 luglio 2019 alle 09:15", "2019-07-07T09:15"),
        ("Publicado em 12 de agosto de 2022", "2022-08-12"),
        ("Gepubliceerd op 1 mei 2023", "2023-05-01"),
        ("2023-11-07 15:03:30", "2023-11-07T15:03"),
        ("Feb. 3, 2012 8:05 a.m.", "2012-02-03T08:05"),
    ],
)
def test_date_forms(line: str, date: str) -> None:
    dateline = page(line).dateline
    assert dateline is not None and dateline.date == date


@pytest.mark.parametrize("line", ["Updated 3 hours ago", "Archiv: 2023/12", "Dezember 2014"])
def test_no_date_where_none_is_written(line: str) -> None:
    assert page(line).dateline is None


def test_publication_date_before_the_update() -> None:
    article = page("Updated: March 5, 2024", "Published: March 4, 2024")
    assert article.dateline is not None and article.dateline.date == "2024-03-04"


def test_ambiguous_numeric_date_follows_the_url() -> None:
    # 03/04/2021: English pages write month first, unless the URL's date says otherwise.
    assert page("03/04/2021").dateline.date == "2021-03-04"  # type: ignore[union-attr]
    uk = page("03/04/2021", url="https://news.example/2021/04/03/storm")
    assert uk.dateline.date == "2021-04-03"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("opening", "location"),
    [
        ("WASHINGTON (AP) — ", "WASHINGTON"),
        ("LONDON, March 3 (Reuters) - ", "LONDON, March 3"),
        ("WASHINGTON, United States—", "WASHINGTON, United States"),
        ("BERLIN (dpa) - ", "BERLIN"),
        ("Berlin (dpa) - ", "Berlin"),
    ],
)
def test_wire_openings_give_the_location_and_stay_in_the_body(opening: str, location: str) -> None:
    article = page(body=opening + BODY)
    assert article.dateline is not None and article.dateline.location == location
    assert article.paragraphs == (opening + BODY,)


def test_press_release_dateline() -> None:
    article = page(body="NEW YORK, NY / ACCESSWIRE / May 7, 2024 / " + BODY)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date) == ("NEW YORK, NY", "2024-05-07")


def test_the_byline_parser_is_replaceable() -> None:
    def house_byline(page: newsclean.Page) -> newsclean.Extraction | None:
        for line in page.lines:
            if line.text.startswith("Text: "):
                return newsclean.Extraction({"byline": Byline((line.text[6:],), None, line.text)}, (line,))
        return None

    class HouseByline(newsclean.Extractor):
        name = "house_byline"
        field = "byline"

        def __call__(self, page: newsclean.Page) -> newsclean.Extraction | None:
            return house_byline(page)

    pipeline = newsclean.Pipeline.default().replace("byline", HouseByline())
    article = newsclean.clean("Storm closes harbour\nText: Kim Berg\n" + BODY, pipeline=pipeline)
    assert article.byline == Byline(("Kim Berg",), None, "Text: Kim Berg")


def test_a_sentence_with_a_date_is_not_used_up_by_the_dateline() -> None:
    sentence = "The new bridge opened on March 3, 2024."
    article = page(sentence, body=BODY)
    assert article.dateline is not None and article.dateline.date == "2024-03-03"
    assert [p.field for p in article.placements if p.text == sentence] != ["dateline"]
