"""Bylines without a "By": a name line under the headline, a label over a name, blog and wire forms,
and the lines that look like them but name nobody."""

from __future__ import annotations

import pytest

import newsclean
from conftest import BODY, BODY_DE, BODY_FR


def page(*head: str, body: str = BODY) -> newsclean.Article:
    """A small page: a title, the headline, the given lines, and a body paragraph."""
    return newsclean.clean("\n".join(["Storm closes harbour | Coast News", "Storm closes harbour", *head, body]))


def authors(*head: str, body: str = BODY) -> tuple[str, ...]:
    byline = page(*head, body=body).byline
    return byline.authors if byline is not None else ()


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a name alone on a line, then the date, a time, a reading time or a job title
        (("Jane Doe", "March 3, 2024"), ("Jane Doe",)),
        (("JANE DOE", "Updated Mar 12, 2020 @ 10:42 am"), ("Jane Doe",)),
        (("Jane Doe", "1:39 PM ET"), ("Jane Doe",)),
        (("Pia Berg", "Follow", "Oct 18, 2019 · 8 min read"), ("Pia Berg",)),
        (("Andrew Smith", "Political Editor"), ("Andrew Smith",)),
        (("Christoph von Ahrens", "Aktualisiert: 11.04.2020, 10:27"), ("Christoph von Ahrens",)),
        (("Nuño Díaz", "Twitter", "19 FEB 2020 - 18:37 CET"), ("Nuño Díaz",)),
        (("Charlotte Elm", "—", "31. Oktober 2023"), ("Charlotte Elm",)),
    ],
)
def test_a_name_line_under_the_headline(head: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert authors(*head) == expected


@pytest.mark.parametrize(
    ("agency", "organization"),
    [
        ("Associated Press", "Associated Press"),
        ("Associated PressDecember 2, 2016", "Associated Press"),  # glued by a scraper
        ("Reuters | May 3, 2024", "Reuters"),
    ],
)
def test_a_name_line_over_an_agency_line(agency: str, organization: str) -> None:
    article = page("JANE DOE", agency)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.organization) == (("Jane Doe",), organization)
    assert [p.field for p in article.placements if p.text in ("JANE DOE", agency)] == ["byline", "byline"]


def test_a_date_glued_to_the_agency_line_is_the_date() -> None:
    article = page("JANE DOE", "Associated PressDecember 2, 2016")
    assert article.dateline is not None and article.dateline.date == "2016-12-02"


def test_an_outlet_glued_to_a_date_is_no_author() -> None:
    assert authors("Yahoo FinanceOctober 13, 2016") == ()
    assert page("Yahoo FinanceOctober 13, 2016").dateline == newsclean.Dateline(
        None, "2016-10-13", "Yahoo FinanceOctober 13, 2016"
    )


@pytest.mark.parametrize("below", ["Associated Press Television News", "Reuters Health News", "AP Photo"])
def test_a_name_line_over_an_outlet_that_is_no_agency_line(below: str) -> None:
    assert authors("Jane Doe", below) == ()


def test_a_name_line_in_german_with_a_relative_time() -> None:
    assert authors("Lena Vogt", "vor 2 Stunden", body=BODY_DE) == ("Lena Vogt",)


def test_a_name_line_over_a_short_age() -> None:
    assert authors("Jane Doe", "5h") == ("Jane Doe",)


def test_a_short_age_is_not_part_of_any_word() -> None:
    assert authors("Jane Doe 24h") == ()


def test_the_name_line_is_the_byline_and_the_date_stays_the_dateline() -> None:
    article = page("Jane Doe", "March 3, 2024")
    assert article.byline == newsclean.Byline(("Jane Doe",), None, "Jane Doe")
    assert article.dateline is not None and article.dateline.date == "2024-03-03"
    assert article.paragraphs == (BODY,)


@pytest.mark.parametrize(
    ("head", "body", "expected", "text"),
    [
        (("Von:", "Götz Warnke"), BODY_DE, ("Götz Warnke",), "Von: Götz Warnke"),
        (("Published by", "Daniel Miller"), BODY, ("Daniel Miller",), "Published by Daniel Miller"),
        (("AUTOR/IN", "Julius Richter"), BODY_DE, ("Julius Richter",), "AUTOR/IN Julius Richter"),
        (("21.01.2022 11:46 von", "Patrick Otte"), BODY_DE, ("Patrick Otte",), "21.01.2022 11:46 von Patrick Otte"),
        (("Ein Kommentar von", "Ingo Arnz"), BODY_DE, ("Ingo Arnz",), "Ein Kommentar von Ingo Arnz"),
    ],
)
def test_a_label_over_the_name(head: tuple[str, ...], body: str, expected: tuple[str, ...], text: str) -> None:
    article = page(*head, body=body)
    assert article.byline == newsclean.Byline(expected, None, text)
    assert [p.field for p in article.placements if p.text in head] == ["byline", "byline"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe @janedoe", ("Jane Doe",)),
        ("Jane Doe, @janedoe", ("Jane Doe",)),
        ("Jane Doe 1 day ago", ("Jane Doe",)),
        ("Jane Doe • 8h", ("Jane Doe",)),
        ("Jane Doe | 3d", ("Jane Doe",)),
        ("Jane Doe | lundi 9 décembre 2019 à 09h08", ("Jane Doe",)),
        ("Posted on 2015-04-05 by marc | Leave a comment", ("marc",)),
        ("// By Arun Sai Kumar • Nov 11, 2020", ("Arun Sai Kumar",)),
        ("by Ahiza Gomez @ahiza_g February 1, 2016: 12:41 PM ET", ("Ahiza Gomez",)),
        ("By Erin Cole March 18 at 3:57 PM Follow @erincole", ("Erin Cole",)),
        ("By Daniel Kahn Miller, Senior Staff Technologist, Civil Liberties Project", ("Daniel Kahn Miller",)),
        ("Written by Grant Tims, PhD on April 29, 2018", ("Grant Tims",)),
        (
            "By Jane Doe, a senior reporter who has covered the council, its budget and its elections for a decade.",
            ("Jane Doe",),
        ),
        ("By Eleanor Roy (reporting) and Adrian Moss (photography)", ("Eleanor Roy",)),
        ("yas! | By Cara Stiles | April 13, 2020", ("Cara Stiles",)),
    ],
)
def test_byline_lines_without_a_plain_by(line: str, expected: tuple[str, ...]) -> None:
    assert authors(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe Zuletzt geändert am 06.11.2023", ("Jane Doe",)),
        ("04.02.2022 | 13:10 Uhr | Uta Berger", ("Uta Berger",)),
        ("26. September 2019 Ulla Stock Schreibe einen Kommentar", ("Ulla Stock",)),
        ("Veröffentlicht am 12. Juni 2017 von gizmo42", ("gizmo42",)),
        ("Geschrieben vonElisa Marten", ("Elisa Marten",)),
        ("Von Mat\xadthi\xadas Lauer", ("Matthias Lauer",)),
        ("Artikel von Alexa von Heyden", ("Alexa von Heyden",)),
        ("Von Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr", ("Katharina Schmidt",)),
    ],
)
def test_german_byline_lines(line: str, expected: tuple[str, ...]) -> None:
    assert authors(line, body=BODY_DE) == expected


def test_a_long_sentence_opening_with_by_is_no_byline() -> None:
    line = "By the end of the week, a dozen boats had been lost and the harbour master had asked the town for help."
    article = page(line)
    assert article.byline is None and line in article.paragraphs


def test_a_person_below_an_agency_line_is_the_author() -> None:
    article = page("AFP 30 avril 2015 à 07:19", "Par Sébastien Marin", body=BODY_FR)
    assert article.byline is not None and article.byline.authors == ("Sébastien Marin",)


def test_the_byline_beside_the_first_of_several_headline_repeats() -> None:
    related = [f"Another story number {i} about the coast" for i in range(70)]
    lines = ["Storm closes harbour | Coast News", "Storm closes harbour", "By Jane Doe", BODY]
    text = "\n".join([*lines, "Related stories", *related, "Storm closes harbour", "By Max Roe"])
    byline = newsclean.clean(text).byline
    assert byline is not None and byline.authors == ("Jane Doe",)


def test_a_byline_line_far_below_the_headline() -> None:
    paragraphs = [f"{BODY} This is paragraph {i} of the report." for i in range(40)]
    text = "\n".join(["Storm closes harbour | Coast News", *paragraphs, "Author: Petra Rode"])
    byline = newsclean.clean(text).byline
    assert byline is not None and byline.authors == ("Petra Rode",)


@pytest.mark.parametrize(
    "head",
    [
        # a section heading over a list of dated stories
        ("Neon Lights", "March 3, 2024", "Rain stops play", "March 2, 2024"),
        # labels over words that are no names
        ("More by", "Jane Doe"),
        ("Supported by", "Africa"),
        ("Von:", "Suche"),
        ("Auteur :", "Auteur(s) :"),
        # headings and credits that read like a byline
        ("Von Risiken und Nebenwirkungen",),
        ("By Main Ingredient:",),
        ("© 2020 by Jane Doe",),
        ("Europäische Union", "3. März 2021"),
        ("Sponsored Post", "3. März 2021"),
        ("LatestVideoThe BestsSplitscreen", "March 3, 2024"),
        ("3 May 2024 Neue Regeln",),
        ("LWN.net Weekly Edition for April 23, 2015",),
        # a name with no date, time or title after it
        ("Jane Doe", "Share"),
        ("Jane Doe",),
    ],
)
def test_no_author_from_lines_that_only_look_like_a_byline(head: tuple[str, ...]) -> None:
    assert authors(*head) == ()


def test_a_photo_subject_under_the_date_is_no_author() -> None:
    # The seed's shape: headline, date line, the name of the person in the photo, the caption.
    article = page(
        "/ 12:48 PM February 10, 2016",
        "Jane Doe",
        "Mayor Jane Doe speaks during a news conference at the harbour office on Friday. AP Photo",
    )
    assert article.byline is None


def test_a_byline_under_the_post_gives_the_author_and_stays_in_the_body() -> None:
    second = (
        "The ferries will run again on Wednesday, the port authority said, once the wind has dropped below gale force "
        "and the divers have checked the quay walls for damage."
    )
    article = page(body=f"{BODY}\n{second}\nPosted by Jane Doe at 9:00 PM")
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    assert [p.field for p in article.placements if p.text == "Posted by Jane Doe at 9:00 PM"] != ["byline"]


def test_a_job_title_under_the_byline_is_part_of_it() -> None:
    article = page("By Jane Doe", "Business reporter")
    assert [p.field for p in article.placements if p.text in ("By Jane Doe", "Business reporter")] == [
        "byline",
        "byline",
    ]
