"""Each built-in filter on its own, over small pages: what it drops, with which reason code."""

from __future__ import annotations

import newsclean
from newsclean.contract import Filter, Page
from newsclean.document import Document
from newsclean.filters import Content, Footer, Navigation, PhraseFilter, RepeatedLines

PROSE = (
    "The council said on Tuesday that it would review the plan again, and that residents would be "
    "asked for their views before any decision was taken in the spring."
)
PROSE_2 = (
    "Several members of the committee argued that the cost of the project had grown too large for a "
    "town of its size, but the mayor said the money was already there."
)


def run(step: Filter, text: str) -> dict[str, str]:
    doc = Document.from_text(text)
    return {drop.line.text: drop.reason for drop in step(Page(doc, doc.lines))}


def test_phrases_reason_per_category() -> None:
    dropped = run(
        PhraseFilter(),
        "\n".join(
            [
                "ADVERTISEMENT",
                "Story continues below",
                "Sign up for our morning newsletter",
                "We use cookies to improve your experience on our site.",
                "Share this article",
                "Leave a comment",
                "Read more: Town hall to close for repairs",
                "Most Read",
                "Trending Now",
                "Learn more",
                "Notify me via e-mail if anyone answers my comment.",
                "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
                "Want the week's best stories? Sign up here",
                PROSE,
            ]
        ),
    )
    assert dropped == {
        "ADVERTISEMENT": "advert_marker",
        "Story continues below": "advert_marker",
        "Sign up for our morning newsletter": "subscription_prompt",
        "We use cookies to improve your experience on our site.": "cookie_notice",
        "Share this article": "social_share",
        "Leave a comment": "comment_prompt",
        "Read more: Town hall to close for repairs": "cross_link",
        "Most Read": "promo_heading",
        "Trending Now": "promo_heading",
        "Learn more": "cross_link",
        "Notify me via e-mail if anyone answers my comment.": "comment_prompt",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.": "comment_prompt",
        "Want the week's best stories? Sign up here": "subscription_prompt",
    }


def test_phrases_spare_long_prose_that_mentions_them() -> None:
    text = (
        "The newspaper said it would ask readers to subscribe to its newsletter and accept cookies, "
        "a change that critics said went too far for a local paper with a small but loyal audience."
    )
    assert run(PhraseFilter(), text) == {}


def test_phrases_german() -> None:
    prose = (
        "Der Stadtrat hat am Dienstag beschlossen, dass die Pläne noch einmal geprüft werden, und die "
        "Bürger sollen vor einer Entscheidung im Frühjahr nach ihrer Meinung gefragt werden."
    )
    text = f"Anzeige\n{prose}\nLesen Sie auch: Der Stadtrat tagt erneut\nNewsletter abonnieren und kostenlos erhalten"
    doc = Document.from_text(text)
    dropped = {d.line.text: d.reason for d in PhraseFilter()(Page(doc, doc.lines))}
    assert doc.language is not None and doc.language.code == "de"
    assert dropped["Anzeige"] == "advert_marker"
    assert dropped["Lesen Sie auch: Der Stadtrat tagt erneut"] == "cross_link"
    assert dropped["Newsletter abonnieren und kostenlos erhalten"] == "subscription_prompt"


def test_phrases_disclosures_and_promo_headings() -> None:
    prose_de = (
        "Der Stadtrat hat am Dienstag beschlossen, dass die Pläne noch einmal geprüft werden, und die "
        "Bürger sollen vor einer Entscheidung im Frühjahr nach ihrer Meinung gefragt werden."
    )
    furniture = {
        "This post contains affiliate links. We may earn a commission on purchases made through our links.": (
            "advert_marker"
        ),
        "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.": "advert_marker",
        "Das könnte dich auch interessieren:": "promo_heading",
        "Die meistgelesenen Artikel bei Stadtblatt.de": "promo_heading",
        "Texte auf dieser Seite stehen unter einer Creative Commons Lizenz.": "footer",
        "Vorschau auf den nächsten Artikel": "cross_link",
        "Verraten Sie gerne in den Kommentaren, was Sie davon halten.": "comment_prompt",
        "Diese Website verwendet Akismet, um Spam zu reduzieren.": "comment_prompt",
        "Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter.": "subscription_prompt",
        "Gefällt Ihnen dieser Artikel?": "social_share",
        "Zu allen Beiträgen": "cross_link",
        "Weitere Meldungen aus der Rubrik Gesundheit:": "cross_link",
        "Hier geht es zur neuen Vorstandsstruktur": "cross_link",
        "Vorheriger ArtikelStadtrat tagt erneut": "cross_link",
        "Empfehlungen aus dem Stadtblatt-Shop": "promo_heading",
    }
    doc = Document.from_text("\n".join([prose_de, *furniture, prose_de]))
    pipeline = newsclean.Pipeline([PhraseFilter(), Footer()])
    assert {r.text: r.reason for r in pipeline.run(doc).removed} == furniture
    # The same words in the article's own sentences stay.
    for sentence in (
        "Der Makler erhält eine Provision von drei Prozent.",
        "Wir erhalten eine Provision, sagte er.",
        "Hier geht es zum Beispiel um Geld",
        "Der nächste Artikel der Verfassung regelt die Wahl.",
    ):
        assert run(PhraseFilter(), "\n".join([prose_de, sentence])) == {}


def test_repeated_short_lines_go_in_every_spelling() -> None:
    text = "\n".join(
        [
            "Article continues after this advertisement",
            PROSE,
            "ARTICLE CONTINUES AFTER THIS ADVERTISEMENT",
            PROSE_2,
            "Article continues after this advertisment",  # misspelt: a near copy
        ]
    )
    dropped = run(RepeatedLines(), text)
    assert list(dropped.values()) == ["repeated_line"] * 3
    assert PROSE not in dropped


def test_repeated_quote_keeps_the_copy_among_prose() -> None:
    quote = "“We will not give up on this town, whatever it costs us,” the mayor said."
    text = "\n".join([quote, "Menu", PROSE, quote, PROSE_2])
    doc = Document.from_text(text)
    drops = list(RepeatedLines()(Page(doc, doc.lines)))
    assert [(d.line.number, d.reason) for d in drops] == [(1, "repeated_line")]


def test_repeated_short_sentence_three_times_is_furniture() -> None:
    blurb = "Read the best news about the town and its people."
    doc = Document.from_text("\n".join([blurb, PROSE, blurb, PROSE_2, blurb]))
    drops = list(RepeatedLines()(Page(doc, doc.lines)))
    assert [(d.line.number, d.reason) for d in drops] == [
        (1, "repeated_line"),
        (3, "repeated_line"),
        (5, "repeated_line"),
    ]


def test_numbered_step_labels_are_no_copies() -> None:
    steps = ["Step 1", "Cut the foam to fit the glass.", "Step 2", "Soak it.", "Step 3", "Press the moss on."]
    assert run(RepeatedLines(), "\n".join(steps)) == {}


def test_numbered_labels_side_by_side_are_a_menu() -> None:
    dropped = run(RepeatedLines(), "\n".join(["Page 1", "Page 2", "Page 3", PROSE]))
    assert dropped == {"Page 1": "repeated_line", "Page 2": "repeated_line", "Page 3": "repeated_line"}


def test_slide_counters_are_copies() -> None:
    text = "\n".join(["1 of 3", PROSE, "2 of 3", PROSE_2, "3 of 3", "The end of the gallery."])
    assert set(run(RepeatedLines(), text)) == {"1 of 3", "2 of 3", "3 of 3"}


def test_repeated_paragraph_stays_where_it_sits_among_prose() -> None:
    paragraph = " ".join([PROSE, PROSE_2])
    text = "\n".join(["Related", paragraph, "More stories", PROSE, paragraph, PROSE_2, paragraph, PROSE])
    doc = Document.from_text(text)
    drops = list(RepeatedLines()(Page(doc, doc.lines)))
    # The sidebar copy goes; the copies between body paragraphs are the body said twice.
    assert [(d.line.number, d.reason) for d in drops] == [(2, "repeated_line")]


def test_repeated_heading_keeps_its_copy_over_the_section() -> None:
    p1, p2, p3, p4 = PROSE, PROSE_2, PROSE.replace("Tuesday", "Monday"), PROSE_2.replace("town", "city")
    text = "\n".join(["Costs", "Who pays", p1, "Costs", p2, "Who pays", p3, "Promo", p4, "Promo", p1 + " Again."])
    doc = Document.from_text(text)
    drops = list(RepeatedLines()(Page(doc, doc.lines)))
    # The table-of-contents copies go; a marker that only ever sits between paragraphs goes too.
    assert [d.line.number for d in drops] == [1, 2, 8, 10]


def test_navigation_run_and_breadcrumb() -> None:
    text = "\n".join(["Home", "News", "Local", "Sport", PROSE, "Home › News › Local", PROSE_2])
    dropped = run(Navigation(), text)
    assert dropped == dict.fromkeys(["Home", "News", "Local", "Sport", "Home › News › Local"], "navigation")


def test_prose_with_separators_is_no_menu_bar() -> None:
    # 24 words and three separators (" - ", " | ", " - ") that does not end like a sentence: prose, not a menu.
    prose = (
        "Kiel - the harbour closed on Monday | ferries to Oslo and Gothenburg stay in port - "
        "the authority said it could open"
    )
    menu = "Home | News | Sport | Weather"
    assert run(Navigation(), f"{PROSE}\n{prose}\n{PROSE_2}\n{menu}\n{PROSE}") == {menu: "navigation"}


def test_navigation_spares_a_lone_subheading() -> None:
    assert run(Navigation(), f"{PROSE}\nWhat happens next\n{PROSE_2}") == {}


def test_navigation_spares_a_list_of_facts() -> None:
    facts = ["Origin: Sidamo, Ethiopia", "Process: washed", "Roast: medium"]
    menu = ["Coffee", "Tea", "Gifts"]
    dropped = run(Navigation(), "\n".join([*menu, PROSE, *facts, PROSE_2]))
    assert set(dropped) == set(menu)
    assert run(Content(), "\n".join([PROSE, *facts, PROSE_2])) == {}  # kept between prose by the content pass


def test_footer_zone_takes_everything_after_the_last_prose() -> None:
    text = "\n".join([PROSE, PROSE_2, "© 2024 Town Crier Ltd", "Contact", "Jobs at the Town Crier"])
    dropped = run(Footer(), text)
    assert dropped == dict.fromkeys(["© 2024 Town Crier Ltd", "Contact", "Jobs at the Town Crier"], "footer")


def test_footer_line_before_prose_does_not_open_a_zone() -> None:
    text = "\n".join(["All rights reserved", PROSE, "Contact the author", PROSE_2])
    assert run(Footer(), text) == {"All rights reserved": "footer"}


def test_content_keeps_short_line_between_paragraphs() -> None:
    text = "\n".join([PROSE, "A quiet week.", PROSE_2])
    assert run(Content(), text) == {}


def test_content_keeps_lines_that_are_not_prose_between_paragraphs() -> None:
    # A subheading and a line of figures: long, few stop words, inside the article.
    inside = ["Budget 2025: Roads, Schools, Libraries, Swimming Pools", "Total cost: EUR 4.2m (2024: EUR 3.9m), +7.7%"]
    text = "\n".join([PROSE, PROSE_2, *inside, PROSE, PROSE_2])
    assert run(Content(), text) == {}


def test_content_bridges_only_short_gaps_inside_the_article() -> None:
    figures = [f"Ward {i}: 4.2m residents, 12 schools, 3 libraries" for i in range(6)]
    long_article = [PROSE, PROSE_2] * 3
    assert run(Content(), "\n".join([*long_article, *figures[:5], *long_article])) == {}
    dropped = run(Content(), "\n".join([*long_article, *figures, *long_article]))
    assert set(dropped) == set(figures)  # six in a row are no longer a gap in one article
    menu = "Weather, Traffic Reports, Sports Results, Cinema Listings"
    assert run(Content(), "\n".join([menu, PROSE, PROSE_2]))[menu] == "not_prose"


def test_content_bridges_no_gap_that_outweighs_the_article_around_it() -> None:
    heavy = [f"Ward {i}: 4.2m residents, 12 schools, 3 libraries, 7 swimming pools, 2 parks" for i in range(2)]
    text = "\n".join([PROSE, *heavy, PROSE_2])
    assert set(run(Content(), text)) >= set(heavy)
    light = "Budget 2025: Roads, Schools, Libraries, Swimming Pools"
    page = "\n".join([PROSE, light, PROSE_2])
    body = newsclean.clean(page).body
    assert light in body and newsclean.clean(body).removed == ()  # kept, and kept again


def test_content_drops_short_lines_among_boilerplate() -> None:
    text = "\n".join(["Weather", "Log in", "Subscribe", PROSE, PROSE_2, "Terms", "Jobs"])
    assert set(run(Content(), text).values()) == {"short_line"}
    assert set(run(Content(), text)) == {"Weather", "Log in", "Subscribe", "Terms", "Jobs"}


def test_content_drops_prose_far_from_the_article() -> None:
    far = (
        "A reader wrote that the council should have asked the town about the plan years ago, and that it is "
        "far too late now to change the route of the new road."
    )
    menu = "\n".join(" | ".join(f"Section {name}{i}" for name in "ABCDE") for i in range(10))
    text = "\n".join([PROSE, PROSE_2, PROSE, menu, far])
    dropped = run(Content(), text)
    assert dropped[far] == "outside_article"
    assert PROSE not in dropped and PROSE_2 not in dropped


COMMENTS = [
    "Jane wrote that she has lived in the town for forty years and never seen the council act so fast on anything, "
    "and that she hopes the plan will be good for the people who live along the road.",
    "Tom replied that the plan was announced in the paper last year, so nobody can say that they were not told, "
    "and that the time to object was then and not now that the money is there.",
    "Ann said that she would go to the meeting on Thursday and ask the mayor why the road has to pass the school, "
    "since there are other ways to get to the new houses that would be much safer.",
    "Bob thought that the whole thing would be forgotten by the summer, as these plans always are in this town, "
    "and that he would believe in the new road when he was able to drive on it.",
]


def test_comments_after_the_article_are_not_the_article() -> None:
    thread = [line for i, text in enumerate(COMMENTS) for line in (f"Posted by reader{i} at 4:0{i} pm", text, "Reply")]
    text = "\n".join([PROSE, PROSE_2, "4 Comments", *thread])
    # Comments are prose too: on prose alone they would join the article.
    without_rule = newsclean.Pipeline.default().replace("content", Content(article_words=10**6))
    assert newsclean.clean(text, pipeline=without_rule).paragraphs == (PROSE, PROSE_2, *COMMENTS)
    assert newsclean.clean(text).paragraphs == (PROSE, PROSE_2)


def test_prose_after_a_comment_prompt_without_comments_stays() -> None:
    article = newsclean.clean("\n".join([PROSE, PROSE_2, "4 Comments", *COMMENTS]))
    assert article.paragraphs == (PROSE, PROSE_2, *COMMENTS)


def test_a_comment_link_above_the_article_does_not_cut_it() -> None:
    article = newsclean.clean("\n".join(["Comments", PROSE, PROSE_2, *COMMENTS[:2]]))
    assert article.paragraphs == (PROSE, PROSE_2, *COMMENTS[:2])


def test_a_run_of_markdown_link_lines_is_navigation() -> None:
    # Three link-only lines of 6-7 words: too long for the short-line rule, but links and nothing else.
    links = [
        "[Council approves the new bike lanes](/a)",
        "[Riverside extends its bus service to the airport](/b)",
        "[Police search for a missing hiker in the park](/c)",
    ]
    dropped = run(Navigation(), "\n\n".join([PROSE, *links, PROSE_2, "[Contact](/c) the newsroom."]))
    assert sorted(dropped) == [
        "Council approves the new bike lanes",
        "Police search for a missing hiker in the park",
        "Riverside extends its bus service to the airport",
    ]


def test_a_how_to_keeps_its_numbered_steps() -> None:
    steps = [
        "Step 1",
        "Cut the foam about two centimetres smaller than the glass and soak it in water until it sinks.",
        "Step 2",
        "Dig a small hole in the foam and set the plant into it.",
        "Step 3",
        "Pin moss around the foam so that none of it shows.",
        "Step 4",
        "Lower the glass over the plant and press the moss back into place with tweezers.",
    ]
    intro = (
        "Glass cloche terrariums are easy to care for, as they keep much of their own moisture and give "
        "the plants a warm home with a steady level of humidity all year round."
    )
    head = ["How to Build a Terrarium | Home Ideas", "Home", "Garden", "Crafts", "How to Build a Terrarium"]
    tail = ["Related Searches", "How to Make a Terrarium", "© 2026 Home Ideas"]
    article = newsclean.clean("\n\n".join([*head, intro, *steps, *tail]))
    assert article.paragraphs == (intro, *steps)


def test_rows_of_figures_that_share_their_labels_are_no_copies() -> None:
    # Two tables of the same towns: the labels repeat, the figures do not. A row said twice still goes.
    towns = ["Ventura 1,228 -1.7%", "Oxnard 2,904 3.1%", "Ventura 1,310 -0.2%", "Oxnard 2,877 2.5%"]
    assert run(RepeatedLines(), "\n".join([PROSE, *towns, PROSE_2])) == {}
    twice = run(RepeatedLines(), "\n".join([PROSE, towns[0], PROSE_2, towns[0]]))
    assert twice == {towns[0]: "repeated_line"}
