"""Author lists in every common form, read from small bylines written for these tests."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.fields.byline_parser import parser_for
from newsclean.lang import language


@pytest.mark.parametrize(
    ("code", "text", "authors"),
    [
        (None, "By Maria Ortiz, Ken Abe, and Tom Watkins", ("Maria Ortiz", "Ken Abe", "Tom Watkins")),
        (None, "By Maria Ortiz and Ken Abe", ("Maria Ortiz", "Ken Abe")),
        (None, "By Maria Ortiz & Ken Abe", ("Maria Ortiz", "Ken Abe")),
        ("de", "Von Lena Vogt und Jonas Kern", ("Lena Vogt", "Jonas Kern")),
        ("fr", "Par Claire Morel et Paul Girard", ("Claire Morel", "Paul Girard")),
        ("es", "Por Lucía Pardo y Diego Ruiz", ("Lucía Pardo", "Diego Ruiz")),
        ("pt", "Por Ana Lobo e Rui Matos", ("Ana Lobo", "Rui Matos")),
        ("nl", "Door Sanne Bakker en Daan Visser", ("Sanne Bakker", "Daan Visser")),
        (None, "By Maria Ortiz with Ken Abe", ("Maria Ortiz", "Ken Abe")),
        (None, "By Maria Ortiz; Ken Abe; Tom Watkins", ("Maria Ortiz", "Ken Abe", "Tom Watkins")),
        (None, "By Maria Ortiz in NAIROBI", ("Maria Ortiz",)),
        (None, "Maria Ortiz reports", ("Maria Ortiz",)),
        (None, "Maria Ortiz and Ken Abe report from Lagos", ("Maria Ortiz", "Ken Abe")),
        (None, "By Maria Ortiz, Staff Writer, and Ken Abe", ("Maria Ortiz", "Ken Abe")),
        (None, "BY MARIA ORTIZ, KEN ABE, AND TOM WATKINS", ("Maria Ortiz", "Ken Abe", "Tom Watkins")),
    ],
)
def test_author_list_forms(code: str | None, text: str, authors: tuple[str, ...]) -> None:
    byline = parser_for(language(code) if code else None).parse(text)
    assert byline is not None and byline.authors == authors


def test_a_dozen_names() -> None:
    names = [
        f"{first} {last}"
        for first, last in zip(
            "Al Bo Cy Di Ed Fay Gil Hal Ida Jo Kai Lu".split(),
            "Ames Bond Cole Dunn Eyre Ford Gray Hart Ives Judd Kent Lowe".split(),
            strict=True,
        )
    ]
    byline = parser_for(None).parse("By " + ", ".join(names[:-1]) + " and " + names[-1])
    assert byline is not None and byline.authors == tuple(names)


def test_a_role_between_names_and_an_agency_after() -> None:
    byline = parser_for(None).parse("By Maria Ortiz, Staff Writer and Ken Abe, Associated Press")
    assert byline is not None
    assert (byline.authors, byline.organization) == (("Maria Ortiz", "Ken Abe"), "Associated Press")


@pytest.mark.parametrize(
    "text", ["By ADD TO CART", "Sign in", "By Sign In", "Quarterly sales reports", "Annual Accounts and Reports"]
)
def test_interface_phrases_are_no_authors(text: str) -> None:
    byline = parser_for(None).parse(text)
    assert byline is None or not byline.authors


def test_a_button_is_no_dateline_place() -> None:
    article = clean(
        "Garden chairs for summer\n\n"
        "ADD TO CART - Folding garden chairs in teak, oiled and ready for the terrace, ship within three days.\n\n"
        "Each chair folds flat for the winter and carries a five year guarantee on the frame and the fittings."
    )
    assert article.dateline is None or article.dateline.location is None


def test_an_oxford_comma_byline_in_an_article() -> None:
    article = clean(
        "Harbour closes as storm nears\n\nBy Maria Ortiz, Ken Abe, and Tom Watkins\n\n"
        "LISBON - The harbour closed on Monday as the storm reached the coast, the port authority said in a statement."
    )
    assert article.byline is not None
    assert article.byline.authors == ("Maria Ortiz", "Ken Abe", "Tom Watkins")


def test_with_after_an_interview_label_names_no_author() -> None:
    byline = parser_for(language("de")).parse("Ein Interview von Lena Vogt mit Jonas Kern.")
    assert byline is not None and byline.authors == ("Lena Vogt",)


BODY = "The harbour closed on Monday as the storm reached the coast, the port authority said in a statement today."


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["June 19, 2024", "Maria Ortiz"], ("Maria Ortiz",)),  # a date line above the name
        (["Maria Ortiz Education editor"], ("Maria Ortiz",)),  # the name and the job title on one line
        (["By Maria Ortiz/June 12, 2024 9:49 am"], ("Maria Ortiz",)),  # a slash before the date
    ],
)
def test_bylines_from_the_article_own_lines(lines: list[str], authors: tuple[str, ...]) -> None:
    text = "\n\n".join(["Storm closes the harbour", *lines, BODY, BODY])
    article = clean(text)
    assert article.byline is not None and article.byline.authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("ByK.T. Morrow", ("K.T. Morrow",)),  # the byline word glued to the name by a scraper
        ("ByMaria Ortiz", ("Maria Ortiz",)),
        ("By Maria Ortiz/March 3, 2024 9:49 am EST", ("Maria Ortiz",)),  # a slash, then the date
    ],
)
def test_a_byline_glued_to_its_name_or_to_its_date(text: str, authors: tuple[str, ...]) -> None:
    byline = parser_for(None).parse(text)
    assert byline is not None and byline.authors == authors


@pytest.mark.parametrize("text", ["Byron Shire votes on the harbour plan", "Bypass closes for repairs"])
def test_a_word_that_only_opens_with_by_is_no_byline(text: str) -> None:
    assert parser_for(None).parse(text) is None


def test_a_long_byline_line_with_the_date_and_the_update() -> None:
    prose = "The harbour closed on Monday as the storm reached the coast, the port authority said on the day. " * 3
    line = "By Maria Ortiz/March 3, 2024 9:49 am EST/Updated: March 4, 2024 4:17 pm EST"
    article = clean(f"Storm closes harbour | Coast News\n\nStorm closes harbour\n\n{line}\n\n{prose}\n\n{prose}")
    assert article.byline is not None and article.byline.authors == ("Maria Ortiz",)
    assert article.dateline is not None and article.dateline.date.startswith("2024-03-03")


def test_a_source_code_after_a_slash_is_no_part_of_the_name() -> None:
    assert parser_for(None).names("Maria Ortiz/SP-X") == (("Maria Ortiz",), None)


def test_a_name_with_a_comma_over_its_date_line() -> None:
    prose = "Der Hafen wurde am Montag geschlossen, als der Sturm die Küste erreichte, sagte die Behörde am Abend. " * 3
    text = "Sturm schließt Hafen | Küstenbote\n\nSturm schließt Hafen\n\nLena Vogt,\n\nam Sonntag, 11.12.2022\n\n"
    article = clean(f"{text}{prose}\n\n{prose}")
    assert article.byline is not None and article.byline.authors == ("Lena Vogt",)
