"""Field extractors: the title and site name, tags and captions."""

from __future__ import annotations

import newsclean

PROSE = (
    "The match was called off after an hour of heavy rain, and the organisers said it would be played "
    "again on Sunday if the weather allows."
)


def test_title_is_the_repeated_headline_not_the_site_banner() -> None:
    article = newsclean.clean(f"Rain stops play | Daily Planet\nDaily Planet\nMenu\nRain stops play\n{PROSE}")
    assert (article.title, article.site_name) == ("Rain stops play", "Daily Planet")


def test_site_name_first_in_the_page_title() -> None:
    article = newsclean.clean(f"Daily Planet - Rain stops play\nRain stops play\n{PROSE}")
    assert (article.title, article.site_name) == ("Rain stops play", "Daily Planet")


def test_site_name_from_a_short_suffix_without_a_repeat() -> None:
    article = newsclean.clean(f"Rain stops play at the county ground | Daily Planet\n{PROSE}")
    assert (article.title, article.site_name) == ("Rain stops play at the county ground", "Daily Planet")


def test_a_first_line_that_is_a_sentence_is_no_title() -> None:
    article = newsclean.clean(PROSE)
    assert article.title is None
    assert article.paragraphs == (PROSE,)


def test_site_argument_fills_a_missing_site_name() -> None:
    article = newsclean.clean(f"Rain stops play\n{PROSE}", site="Daily Planet")
    assert article.site_name == "Daily Planet"


def test_tags_label_alone_then_items() -> None:
    article = newsclean.clean(f"Headline\n{PROSE}\nTags\nRain\nCricket\nSunday")
    assert article.tags == ("Rain", "Cricket", "Sunday")


def test_caption_with_agency_credit() -> None:
    caption = "Players leave the field as the rain sets in. (AP Photo/Jane Doe)"
    article = newsclean.clean(f"Headline\n{caption}\n{PROSE}")
    assert article.captions == (caption,)
    assert caption not in article.body


def test_the_article_is_the_prose_below_the_repeated_headline() -> None:
    teaser = (
        "A teaser for another story runs here, and it is long enough to look like a paragraph of prose "
        "to a filter that reads one line at a time."
    )
    links = "\n".join(f"Section {i} | Section {i + 1} | Section {i + 2} | Section {i + 3}" for i in range(6))
    teasers = [f"{teaser[:-1]}, number {n}." for n in ("one", "two")]
    page = "\n".join(["Rain stops play | Daily Planet", *teasers, links, "Rain stops play", PROSE])
    article = newsclean.clean(page)
    assert article.paragraphs == (PROSE,)
    assert {r.reason for r in article.removed if r.text in teasers} == {"outside_article"}
