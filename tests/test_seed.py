"""The founding example: the Inquirer article about John Kerry, exactly as the issue describes it."""

from __future__ import annotations

import newsclean
from conftest import assert_accounted, read_fixture

FURNITURE = (
    "Article continues after this advertisement",
    "FEATURED STORIES",
    "READ:",
    "Your subscription could not be saved",
    "Subscribe to our",
    "By providing an email address",
    "TAGS:",
    "Copyright",
    "cookies",
    "This is an information message",
)


def test_title_and_site(seed: newsclean.Article) -> None:
    assert seed.title == "Kerry: Russian bombs hurting Syria peace talks"
    assert seed.site_name == "Inquirer News"


def test_tags(seed: newsclean.Article) -> None:
    assert seed.tags == ("Conflict", "Russia", "Syria", "talks")


def test_twelve_body_paragraphs_from_first_to_last(seed: newsclean.Article) -> None:
    assert len(seed.paragraphs) == 12
    assert seed.paragraphs[0].startswith("WASHINGTON, United States—US Secretary of State John Kerry warned Tuesday")
    assert seed.paragraphs[-1].endswith(
        "Thursday’s meeting of the 17-nation International Syria Support Group aims to pressure the sides "
        "to return to the table."
    )


def test_paragraph_after_the_newsletter_block_is_kept(seed: newsclean.Article) -> None:
    assert any(p.startswith("Last week, UN envoy for Syria") for p in seed.paragraphs)


def test_photo_caption(seed: newsclean.Article) -> None:
    assert len(seed.captions) == 1
    assert seed.captions[0].endswith("AP Photo")


def test_no_furniture_in_body(seed: newsclean.Article) -> None:
    for phrase in FURNITURE:
        assert phrase.casefold() not in seed.body.casefold(), phrase


def test_reason_codes(seed: newsclean.Article) -> None:
    reasons = {r.text: r.reason for r in seed.removed}
    assert reasons["Article continues after this advertisement"] == "advert_marker"
    assert reasons["FEATURED STORIES"] == "promo_heading"
    assert reasons["READ: US, France accuse Assad of scuppering Syria peace talks"] == "cross_link"
    assert reasons["Your subscription could not be saved. Please try again."] == "subscription_prompt"
    assert reasons["© Copyright 1997-2024 INQUIRER.net | All Rights Reserved"] == "footer"
    assert reasons["This is an information message"] == "cookie_notice"
    marker = "Article continues after this advertisement"
    ads = [r for r in seed.removed if r.text == marker]
    assert len(ads) == read_fixture("inquirer_kerry.txt").count(marker) > 1


def test_every_line_accounted_for(seed: newsclean.Article) -> None:
    assert_accounted(read_fixture("inquirer_kerry.txt"), seed)


def test_seed_dateline_and_no_author(seed: newsclean.Article) -> None:
    # The page says when and where, but names no author ("John Kerry" is the man in the photo).
    assert seed.dateline == newsclean.Dateline(
        "WASHINGTON, United States", "2016-02-10T12:48", "/ 12:48 PM February 10, 2016"
    )
    assert seed.byline is None
