"""The article's region: prose past a table or a list that continues the article's topic stays;
prose on other topics and readers' comments go."""

from __future__ import annotations

import newsclean

HARBOUR = [
    "The harbour authority said on Monday that the new ferry terminal in Kiel would open in the spring, "
    "two years later than planned, because the cost of the quay walls had grown far beyond the budget.",
    "Ferry operators told the authority that the delay would cost them passengers on the routes to Oslo "
    "and Gothenburg, and that the old terminal could not take the larger ships they have ordered.",
    "The authority published the figures for the terminal on its website, with the cost of each part of "
    "the work and the share of it that the state of Schleswig-Holstein will pay.",
]
TABLE = [
    "Quay walls",
    "EUR 41.2m",
    "EUR 18.0m",
    "Passenger hall",
    "EUR 22.5m",
    "EUR 9.1m",
    "Car decks",
    "EUR 12.8m",
    "EUR 4.4m",
    "Roads and rail",
    "EUR 7.3m",
    "EUR 3.0m",
]
AFTER_TABLE = [
    "The ferry operators said that the terminal figures showed the quay walls were the problem, and that "
    "the authority should have tested the harbour ground in Kiel before the work began.",
    "The authority replied that the terminal would still open before the summer season, and that the "
    "ferry routes to Oslo and Gothenburg would not lose a single sailing while the work goes on.",
]
TEASERS = [
    "A bakery in the old town has won a national prize for its rye bread, the third time in five years "
    "that a shop from the region has been named the best in the country.",
    "Police are asking for witnesses after a cyclist was injured on the coast road on Sunday evening, "
    "when a van that did not stop hit him near the lighthouse car park.",
]
MENU = [
    f"{section} in the region"
    for section in "Weather Traffic Jobs Homes Deaths Events Schools Sport Music Food Travel Cars".split()
]


def test_prose_past_a_table_in_the_middle_stays() -> None:
    article = newsclean.clean("\n".join([*HARBOUR, *TABLE, *AFTER_TABLE]))
    assert all(paragraph in article.paragraphs for paragraph in AFTER_TABLE)


def test_the_article_cut_out_again_is_kept_whole() -> None:
    body = newsclean.clean("\n".join([*HARBOUR, *TABLE, *AFTER_TABLE, *MENU, *TEASERS])).body
    again = newsclean.clean(body)
    assert again.paragraphs == tuple(body.split("\n\n"))


def test_teasers_of_other_stories_past_a_menu_go() -> None:
    article = newsclean.clean("\n".join([*HARBOUR, *MENU, *TEASERS]))
    assert article.paragraphs == tuple(HARBOUR)
    assert {removal.reason for removal in article.removed if removal.text in TEASERS} == {"outside_article"}


def test_prose_on_the_topic_past_a_short_menu_stays() -> None:
    article = newsclean.clean("\n".join([*HARBOUR, *MENU[:2], *AFTER_TABLE]))
    assert all(paragraph in article.paragraphs for paragraph in (*HARBOUR, *AFTER_TABLE))


COMMENTS = [
    "I have taken the ferry to Oslo every summer for twenty years and the old terminal has always been "
    "good enough for me, so I do not see why the town needs a new one at all.",
    "The quay walls were always going to be the expensive part, anyone who has seen the harbour ground "
    "at low tide could have told the authority that before they started.",
    "Two years late and millions over budget, it is the same story with every building project in this "
    "state and nobody is ever held to account for it.",
    "My brother works on the site and he says the workers are doing their best, the problem is the "
    "planning that was done in an office far away from the harbour.",
]


def test_a_comment_thread_goes_without_a_prompt() -> None:
    thread = [line for i, text in enumerate(COMMENTS) for line in (f"Reader{i} at 4:0{i} pm", text)]
    article = newsclean.clean("\n".join([*HARBOUR, *thread]))
    assert article.paragraphs == tuple(HARBOUR)


def test_quotes_in_an_article_are_no_thread() -> None:
    # Times of day in the article's own text, each in a sentence: no signatures.
    timeline = [
        "At 4:00 pm the harbour authority's spokesman said that the quay walls would be finished in the spring.",
        "By 4:30 pm two of the ferry operators had written to the minister to ask for money for their losses.",
        "Shortly after 5:15 pm the minister told reporters in Kiel that there would be no money for the operators.",
        "At 6:00 pm the authority put the full report on the terminal on its website for everyone to read.",
    ]
    article = newsclean.clean("\n".join([*HARBOUR, *timeline, *AFTER_TABLE]))
    assert all(paragraph in article.paragraphs for paragraph in (*timeline, *AFTER_TABLE))


#: Lines that are not prose (no stop words to speak of), but name the article's own places and things.
ON_TOPIC_ROWS = [
    "Kiel terminal: quay walls, cost, state share, budget, Schleswig-Holstein",
    "Kiel ferry operators: routes to Oslo, Gothenburg, passengers, larger ships",
    "Harbour authority figures: terminal cost, quay walls, budget, spring, website",
    "Ferry terminal delay: two years, quay walls, Kiel, Oslo, Gothenburg, ships",
    "Terminal work: quay walls, harbour, authority, state, share, cost, budget",
    "Ferry routes: Kiel, Oslo, Gothenburg, passengers, operators, larger ships",
]


def test_lines_on_the_articles_topic_inside_its_run_stay() -> None:
    article = newsclean.clean("\n".join([*HARBOUR, *ON_TOPIC_ROWS, *AFTER_TABLE]))
    assert all(row in article.paragraphs for row in ON_TOPIC_ROWS)


def test_a_line_on_the_topic_with_a_link_address_still_goes() -> None:
    embed = "Kiel ferry terminal quay walls cost budget https://t.co/Kiel2025"
    article = newsclean.clean("\n".join([*HARBOUR, *ON_TOPIC_ROWS, embed, *AFTER_TABLE]))
    assert embed not in article.paragraphs
    assert any(removal.text == embed for removal in article.removed)
