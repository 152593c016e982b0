"""HTML input: the element that holds the article (its main text), and what the content step makes of it."""

from __future__ import annotations

import newsclean
from newsclean.readers.html import html_blocks

PARAGRAPHS = [
    "The council approved the new harbour plan on Tuesday after a debate that lasted most of the afternoon.",
    "Residents who spoke at the meeting said the plan would bring more traffic to the narrow streets of the old town.",
    "The mayor said the first works would begin in the spring and that the road would stay open during them.",
    "A group of shop owners had asked the council to wait for a study of the parking in the streets near the quay.",
    "The council said that the study would be made during the works and that its results would shape the last phase.",
]
INGREDIENTS = ["Flour, 200 g", "Sugar, 50 g", "Two eggs", "Milk, 1 cup", "Salt", "Butter, 30 g", "Yeast"]
FIGURES = "Total: 200 g flour, 50 g sugar, 30 g butter, 2 eggs, 1 cup milk, 1 pinch salt"
TEASERS = [
    "Why the ferry to the islands will cost more this winter and what the operator says about it",
    "The football club is looking for a new coach after the worst season in its long history",
    "Schools in the district will open an hour later from next week because of the bus timetable",
]


def page() -> str:
    links = " ".join(f'<a href="/{n}">Section {n}</a>' for n in range(8))
    items = "".join(f"<li>{item}</li>" for item in INGREDIENTS)
    teasers = "".join(f'<p><a href="/story/{n}">{text}</a></p>' for n, text in enumerate(TEASERS))
    return (
        "<html><head><title>Harbour plan | Coast Courier</title></head><body>"
        f"<div class='top'>{links}</div>"
        f"<div class='story'><h1>Harbour plan approved</h1><p>{PARAGRAPHS[0]}</p><ul>{items}</ul>"
        f"<p>{FIGURES}</p>{''.join(f'<p>{text}</p>' for text in PARAGRAPHS[1:])}</div>"
        f"<div class='more'>{teasers}</div></body></html>"
    )


def test_the_blocks_of_the_element_holding_the_prose_are_the_main_text() -> None:
    main = {block.text for block in html_blocks(page()) if block.evidence is not None and block.evidence.main}
    assert set(PARAGRAPHS) | set(INGREDIENTS) <= main
    assert not main & set(TEASERS)
    assert not any(text.startswith("Section") for text in main)


def test_a_page_without_enough_prose_has_no_main_text() -> None:
    blocks = html_blocks("<html><body><div><p>Short note.</p><p>Another one.</p></div></body></html>")
    assert blocks and not any(block.evidence is not None and block.evidence.main for block in blocks)


def test_a_list_inside_the_main_text_stays_with_the_article() -> None:
    article = newsclean.clean(page())
    assert all(item in article.paragraphs for item in INGREDIENTS)
    assert all(paragraph in article.paragraphs for paragraph in PARAGRAPHS)


def test_link_text_apart_from_the_main_text_goes() -> None:
    article = newsclean.clean(page())
    assert not any(teaser in article.body for teaser in TEASERS)
    removed = {removal.text: removal for removal in article.removed}
    assert all(teaser in removed for teaser in TEASERS)


def test_prose_in_marked_furniture_beside_the_main_text_goes() -> None:
    teaser = (
        "The festival returns to the old harbour next summer, and the organisers say it will be the biggest"
        " one yet, with more boats and music on the quay."
    )
    bio = (
        "Anna Berg has reported on the coast for the Courier since 2009, and she writes about transport,"
        " schools and the towns along the coast road."
    )
    html = page().replace(
        "<div class='more'>", f"<div class='sidebar'><p>{teaser}</p></div><footer><p>{bio}</p></footer><div>"
    )
    article = newsclean.clean(html)
    assert all(paragraph in article.paragraphs for paragraph in PARAGRAPHS)
    reasons = {removal.text: removal.reason for removal in article.removed}
    assert reasons.get(teaser) == "aside" and reasons.get(bio) == "footer"


def test_prose_under_a_weak_mark_inside_the_main_text_stays() -> None:
    html = page().replace(f"<p>{PARAGRAPHS[2]}</p>", f"<div class='share-wrapper'><p>{PARAGRAPHS[2]}</p></div>")
    assert PARAGRAPHS[2] in newsclean.clean(html).paragraphs
