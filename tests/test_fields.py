"""Field extractors: the title and site name, tags and captions."""

from __future__ import annotations

import newsclean
from conftest import assert_accounted

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


def test_a_label_alone_above_the_headline_heads_a_menu_not_tags() -> None:
    menu = ["Topics", "Politics", "Business", "Sport", "Weather"]
    page = "\n".join(["Rain stops play | Daily Planet", *menu, "Rain stops play", PROSE, "Tags: Rain, Cricket"])
    article = newsclean.clean(page)
    assert article.tags == ("Rain", "Cricket")
    assert not set(menu) & set(article.paragraphs)
    assert_accounted(page, article)


def test_a_label_alone_over_a_long_list_heads_an_index_not_tags() -> None:
    sections = [f"Section {name}" for name in "ABCDEFGHIJKLMNOPQRST"]
    article = newsclean.clean("\n".join(["Rain stops play", PROSE, "Topics", *sections]))
    assert article.tags == ()
    short = newsclean.clean("\n".join(["Rain stops play", PROSE, "Topics", "Rain", ",", "Cricket", ",", "Sunday"]))
    assert short.tags == ("Rain", "Cricket", "Sunday")  # the "," lines between items are no tags


def test_caption_with_agency_credit() -> None:
    caption = "Players leave the field as the rain sets in. (AP Photo/Jane Doe)"
    article = newsclean.clean(f"Headline\n{caption}\n{PROSE}")
    assert article.captions == (caption,)
    assert caption not in article.body


def test_caption_marked_as_a_stock_photo() -> None:
    body = (
        "Der Stadtrat hat am Dienstag beschlossen, dass die Pläne noch einmal geprüft werden, und die "
        "Bürger sollen vor einer Entscheidung im Frühjahr nach ihrer Meinung gefragt werden."
    )
    caption = "Ein Bagger auf einer Baustelle am Stadtrand (Symbolbild)."
    article = newsclean.clean(f"Stadtrat prüft Pläne\n{caption}\n{body}")
    assert article.captions == (caption,)


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


# The headline below the page title: how it may differ from the page title, and what is no headline.

MORE = (
    "Ferries will not run before Wednesday, and the port authority asked people to keep away from the quay "
    "while the storm lasts."
)
MENU = "\n".join(("Home", "News", "Sport", "Weather", "Opinion", "Culture", "Video", "Podcasts", "Contact"))


def title_lines(article: newsclean.Article) -> list[int]:
    return [p.line for p in article.placements if p.field == "title"]


def test_headline_longer_than_a_page_title_cut_short() -> None:
    headline = "Storm closes harbour as ferries stay in port for a second day"
    page = f"Storm closes harbour as ferries | Coast News\nHome\n{headline}\n{PROSE}\n{MORE}"
    article = newsclean.clean(page)
    assert (article.title, article.site_name) == (headline, "Coast News")
    assert title_lines(article) == [1, 3]
    assert headline not in article.paragraphs
    assert_accounted(page, article)


def test_headline_without_the_kicker_of_the_page_title() -> None:
    page = f"Weather: Storm closes harbour at Kiel - Coast News\n{MENU}\nStorm closes harbour at Kiel\n{PROSE}"
    article = newsclean.clean(page)
    assert (article.title, article.site_name) == ("Storm closes harbour at Kiel", "Coast News")
    assert title_lines(article) == [1, 11]


def test_headline_worded_a_little_differently_from_the_page_title() -> None:
    headline = "Council approves new bike lane for Main Street"
    page = f"Council approves new bike lanes on Main Street | Town Gazette\n{MENU}\n{headline}\n{PROSE}\n{MORE}"
    article = newsclean.clean(page)
    assert (article.title, article.site_name) == (headline, "Town Gazette")
    assert headline not in article.body


def test_headline_in_the_middle_of_the_page_title() -> None:
    page = (
        "Harbour Hour | Storm closes the harbour | Coast News\nHarbour Hour\n"
        f"{MENU}\nStorm closes the harbour\n{PROSE}\n{MORE}"
    )
    article = newsclean.clean(page)
    assert (article.title, article.site_name) == ("Storm closes the harbour", "Coast News")


def test_site_name_from_the_url_host_with_its_sections() -> None:
    page = f"Storm closes harbour – Coast News | Weather | Sea\n{PROSE}"
    article = newsclean.clean(page, url="https://www.coastnews.example/2024/storm")
    assert (article.title, article.site_name) == ("Storm closes harbour", "Coast News | Weather | Sea")
    # Without the URL only the short last part is taken for the site name.
    assert newsclean.clean(page).title == "Storm closes harbour – Coast News | Weather"


def test_site_name_before_the_headline_from_the_url_host() -> None:
    page = f"Coast News » Storm closes harbour at Kiel\n{PROSE}"
    article = newsclean.clean(page, url="https://coastnews.example/storm")
    assert (article.title, article.site_name) == ("Storm closes harbour at Kiel", "Coast News")


def test_bar_without_spaces_separates_the_site_name() -> None:
    article = newsclean.clean(f"Storm closes harbour|Coast News\n{PROSE}")
    assert (article.title, article.site_name) == ("Storm closes harbour", "Coast News")


def test_a_first_line_ending_in_an_abbreviation_is_a_title() -> None:
    article = newsclean.clean(f"Storm closes harbour at Kiel – Segelverein Kiel e.V.\n{PROSE}")
    assert (article.title, article.site_name) == ("Storm closes harbour at Kiel", "Segelverein Kiel e.V.")


def test_a_paragraph_opening_with_the_headline_stays_in_the_body() -> None:
    opening = "Storm closes harbour for the second time this winter, the port authority said on Monday."
    page = f"Storm closes harbour | Coast News\n{opening}\n{PROSE}"
    article = newsclean.clean(page)
    assert (article.title, article.site_name) == ("Storm closes harbour", "Coast News")
    assert article.paragraphs[0] == opening
    assert title_lines(article) == [1]


def test_a_one_word_menu_entry_is_not_the_headline() -> None:
    page = f"Lighthouse — Fast, private and free browsing for everyone on every device — Beacon\nLighthouse\n{PROSE}"
    article = newsclean.clean(page)
    assert article.title == "Lighthouse — Fast, private and free browsing for everyone on every device"
    assert article.site_name == "Beacon"
    assert title_lines(article) == [1]


def test_a_breadcrumb_ending_with_the_headline_is_not_the_headline() -> None:
    page = f"Storm closes harbour in Kiel | Coast News\nHome › News › Storm closes harbour in Kiel\n{PROSE}"
    article = newsclean.clean(page)
    assert article.title == "Storm closes harbour in Kiel"
    assert title_lines(article) == [1]


def test_a_similar_title_in_a_list_of_links_is_not_the_headline() -> None:
    related = "\n".join(
        ("Related", "Council approves new bike lanes on Oak Street", "Council rejects parking plan", "More news")
    )
    page = f"Council approves new bike lanes on Main Street | Town Gazette\n{PROSE}\n{MORE}\n{related}"
    article = newsclean.clean(page)
    assert article.title == "Council approves new bike lanes on Main Street"
    assert title_lines(article) == [1]


def test_the_headline_is_the_copy_above_the_article() -> None:
    page = "\n".join(
        (
            "Storm closes harbour | Coast News",
            "Storm closes harbour",  # a teaser at the top of the page, far above the article
            MENU,
            "Monday, 3 March",
            "Storm closes harbour",
            PROSE,
            MORE,
            "Most read",
            "Storm closes harbour",
            "Rain stops play",
        )
    )
    article = newsclean.clean(page)
    assert article.title == "Storm closes harbour"
    # The teaser copy above the headline is not body either; the copy below, in a list, is left.
    assert title_lines(article) == [1, 2, 13]
    assert article.paragraphs[:2] == (PROSE, MORE)
    assert_accounted(page, article)


def test_a_copy_of_the_page_title_just_above_the_headline_is_part_of_the_heading() -> None:
    title = "Storm closes harbour | Coast News"
    page = f"{title}\n{MENU}\n{title}\nStorm closes harbour\n{PROSE}"
    article = newsclean.clean(page)
    assert title_lines(article) == [1, 11, 12]


def test_headline_reworded_from_the_page_title() -> None:
    headline = "Storm hits the coast, and the harbour stays closed"
    page = f"Harbour closed: storm hits coast | Coast News\n{MENU}\n{headline}\n{PROSE}"
    article = newsclean.clean(page)
    assert (article.title, article.site_name) == (headline, "Coast News")


def test_a_line_sharing_a_few_words_with_the_page_title_is_not_the_headline() -> None:
    page = f"Harbour closed: storm hits coast | Coast News\n{MENU}\nStorm warning for the coast\n{PROSE}"
    article = newsclean.clean(page)
    assert article.title == "Harbour closed: storm hits coast"
    assert title_lines(article) == [1]


def test_a_kicker_run_into_the_headline_is_left_out_unless_it_ends_with_a_colon() -> None:
    page = "Storm closes harbour at Kiel | Coast News\n{MENU}\n{kicker} Storm closes harbour at Kiel\n{PROSE}"
    article = newsclean.clean(page.format(MENU=MENU, kicker="Weather warning", PROSE=PROSE))
    assert article.title == "Storm closes harbour at Kiel"
    assert title_lines(article) == [1, 11]
    article = newsclean.clean(page.format(MENU=MENU, kicker="Weather warning:", PROSE=PROSE))
    assert article.title == "Weather warning: Storm closes harbour at Kiel"


def test_a_subtitle_run_into_the_headline_is_no_longer_headline() -> None:
    # "Headline Subtitle" on one line: the page title is not cut short, the line holds two things.
    page = (
        f"Storm closes harbour at Kiel | Coast News\n{MENU}\nStorm closes harbour at Kiel Ferries Stay In Port\n{PROSE}"
    )
    article = newsclean.clean(page)
    assert article.title == "Storm closes harbour at Kiel"
    assert title_lines(article) == [1]
    # Going on in lower case, or after a dash, it is the headline the page title cut short.
    page = page.replace("Kiel Ferries Stay In Port", "Kiel – ferries stay in port")
    assert newsclean.clean(page).title == "Storm closes harbour at Kiel – ferries stay in port"


def test_headline_above_running_text_written_without_spaces() -> None:
    # Chinese prose has few spaces, so few "words": running text is told by its length there.
    prose = "基爾港口管理局週一表示，由於暴風抵達海岸，港口將關閉至週三，渡輪全部停駛，請民眾遠離碼頭。"
    page = f"暴風關閉 基爾港口 船班停駛 | 海岸新聞\n首頁\n國際\n暴風關閉 基爾港口\n{prose}\n{prose}"
    article = newsclean.clean(page)
    assert (article.title, article.site_name) == ("暴風關閉 基爾港口", "海岸新聞")
    assert title_lines(article) == [1, 4]


def test_a_text_of_one_line_is_body_not_title() -> None:
    for text in ("Storm closes the harbour at Kiel for a second day", "Test"):
        article = newsclean.clean(text)
        assert article.title is None
        assert article.paragraphs == (text,)
