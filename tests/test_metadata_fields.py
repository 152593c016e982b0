"""Article fields from HTML metadata (fields.metadata.with_metadata): metadata proposes, the visible lines confirm."""

from __future__ import annotations

import json

import lxml.html

import newsclean
from newsclean.article import Article, Placement
from newsclean.fields.metadata import NOT_THE_TITLE, with_metadata

BODY = (
    "The port closed on Monday after the storm broke the sea wall, officials said.\n"
    "Ships waited outside the bay for the wind to drop before they could come in."
)


def page(head: str, body: str) -> lxml.html.HtmlElement:
    """A parsed page (from bytes, as a reader of real pages parses them)."""
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>".encode())


def cleaned(text: str) -> Article:
    return newsclean.clean(text)


def accounted(article: Article) -> None:
    """Every placement that says ``removed`` has its removal, and every removal its placement."""
    placed = [(p.line, p.text) for p in article.placements if p.field == "removed"]
    assert placed == [(r.line, r.text) for r in article.removed]


def test_text_input_has_no_url_modified_date_or_image_and_to_dict_names_them() -> None:
    article = cleaned(f"Storm closes harbour\n{BODY}")
    assert (article.url, article.date_modified, article.image) == (None, None, None)
    data = article.to_dict()
    assert {"url": None, "date_modified": None, "image": None}.items() <= data.items()
    assert json.loads(article.to_json())["image"] is None


def test_a_metadata_author_the_page_never_names_loses_to_the_visible_byline() -> None:
    article = cleaned(f"Storm closes harbour\nBy Jane Doe\n{BODY}")
    tree = page('<meta name="author" content="Web Desk Seven">', "<p>By Jane Doe</p>")
    assert with_metadata(article, tree).byline.authors == ("Jane Doe",)


def test_a_metadata_author_the_page_names_is_the_byline() -> None:
    article = cleaned(f"Storm closes harbour\nReporting: Jane Doe and John Roe\n{BODY}")
    tree = page('<meta name="author" content="John Roe">', "")
    byline = with_metadata(article, tree).byline
    assert byline is not None and byline.authors == ("John Roe",)


def test_a_metadata_date_after_every_visible_date_loses_to_the_text_date() -> None:
    article = cleaned(f"Storm closes harbour\nMarch 3, 2024\n{BODY}")
    tree = page('<meta name="date" content="2024-06-30T10:00:00Z">', "")
    dated = with_metadata(article, tree)
    assert dated.dateline is not None and dated.dateline.date == "2024-03-03"


def test_the_published_time_stands_against_an_older_date_the_article_cites() -> None:
    article = cleaned(f"Storm closes harbour\n{BODY}\nThe harbour last closed on 3 March 2001.")
    tree = page('<meta property="article:published_time" content="2024-06-30T10:00:00Z">', "")
    assert with_metadata(article, tree).dateline.date == "2024-06-30T10:00"


def test_the_day_in_the_page_address_is_the_publication_date() -> None:
    article = cleaned(f"Storm closes harbour\n{BODY}")
    tree = page('<meta property="article:published_time" content="2024-03-05T02:00:00Z">', "")
    assert with_metadata(article, tree, "https://coast.example/2024/03/04/storm").dateline.date == "2024-03-04"
    assert with_metadata(article, tree).dateline.date == "2024-03-05T02:00"


def test_the_published_time_beats_a_date_the_text_guessed() -> None:
    article = cleaned(f"Storm closes harbour\nMarch 3, 2024\n{BODY}\nThe harbour first closed on 1 March 2024.")
    tree = page('<meta property="article:published_time" content="2024-03-02T08:30:00+01:00">', "")
    assert with_metadata(article, tree).dateline.date == "2024-03-02T08:30"


def test_graph_json_ld_gives_title_authors_dates_and_image() -> None:
    script = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "@id": "#site", "name": "Coast News"},
      {"@type": "NewsArticle", "headline": "Storm closes harbour", "author": {"@id": "#jane"},
       "datePublished": "2024-03-03T08:00:00Z", "dateModified": "2024-03-04T09:15:00Z",
       "image": {"@type": "ImageObject", "url": "https://coast.example/storm.jpg"}},
      {"@type": "Person", "@id": "#jane", "name": "Jane Doe"}]}</script>"""
    article = cleaned(f"Storm closes harbour\nBy Jane Doe\nMarch 3, 2024 - updated March 4, 2024\n{BODY}")
    fields = with_metadata(article, page(script, ""))
    assert fields.title == "Storm closes harbour" and fields.byline.authors == ("Jane Doe",)
    assert (fields.dateline.date, fields.date_modified) == ("2024-03-03T08:00", "2024-03-04T09:15")
    assert fields.image == "https://coast.example/storm.jpg"


def test_the_canonical_link_is_the_url_and_og_url_its_fallback() -> None:
    article = cleaned(f"Storm closes harbour\n{BODY}")
    both = '<link rel="canonical" href="https://coast.example/storm"><meta property="og:url" content="https://m.example/s">'
    assert with_metadata(article, page(both, "")).url == "https://coast.example/storm"
    assert with_metadata(article, page('<meta property="og:url" content="https://m.example/s">', "")).url == (
        "https://m.example/s"
    )
    relative = '<link rel="canonical" href="/storm"><meta property="og:url" content="https://coast.example/storm">'
    assert with_metadata(article, page(relative, "")).url == "https://coast.example/storm"


def test_the_lead_image_is_made_absolute_against_the_url() -> None:
    article = cleaned(f"Storm closes harbour\n{BODY}")
    head = '<link rel="canonical" href="https://coast.example/news/s"><meta name="twitter:image" content="/img/s.jpg">'
    assert with_metadata(article, page(head, "")).image == "https://coast.example/img/s.jpg"
    assert with_metadata(article, page("", "")).image is None


def test_a_modified_date_before_the_publication_date_is_not_the_modified_date() -> None:
    article = cleaned(f"Storm closes harbour\n{BODY}")
    head = (
        '<meta property="article:published_time" content="2024-03-03">'
        '<meta property="article:modified_time" content="2024-03-01">'
        '<meta property="og:updated_time" content="2024-03-05T12:00">'
    )
    assert with_metadata(article, page(head, "")).date_modified == "2024-03-05T12:00"


def test_a_title_line_the_metadata_title_does_not_contain_is_logged_as_removed() -> None:
    article = cleaned(f"Home of the Coast\n{BODY}")
    assert article.title == "Home of the Coast"
    head = '<title>Storm closes harbour | Coast News</title><meta property="og:site_name" content="Coast News">'
    titled = with_metadata(article, page(head, ""))
    assert titled.title == "Storm closes harbour"
    assert [(r.line, r.filter, r.reason) for r in titled.removed] == [(1, "metadata", NOT_THE_TITLE)]
    assert titled.paragraphs == article.paragraphs
    accounted(titled)


def test_a_first_paragraph_that_is_the_title_moves_to_the_title() -> None:
    lines = ("Storm closes harbour", "The port closed on Monday.", "Ships waited.")
    article = Article(
        paragraphs=lines,
        placements=tuple(Placement(number, text, "body") for number, text in enumerate(lines, 1)),
    )
    titled = with_metadata(article, page('<meta property="og:title" content="Storm closes harbour">', ""))
    assert titled.title == "Storm closes harbour" and titled.paragraphs == lines[1:]
    assert [p.field for p in titled.placements] == ["title", "body", "body"]
    accounted(titled)


def test_a_page_without_metadata_keeps_the_text_fields() -> None:
    article = cleaned(f"Storm closes harbour\nBy Jane Doe\nMarch 3, 2024\n{BODY}")
    same = with_metadata(article, page("", "<p>nothing stated</p>"))
    assert (same.title, same.byline, same.dateline) == (article.title, article.byline, article.dateline)
    assert same.paragraphs == article.paragraphs and same.removed == article.removed


def test_an_xml_declared_page_parsed_from_bytes_works() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?><html><head><meta name="author" content="Jane Doe"></head></html>'
    tree = lxml.html.document_fromstring(html.encode("utf-8"))
    article = cleaned(f"Storm closes harbour\nBy Jane Doe\n{BODY}")
    assert with_metadata(article, tree).byline.authors == ("Jane Doe",)


def test_the_most_trusted_visible_title_beats_a_longer_visible_teaser() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm closes harbour"}</script>'
        '<meta name="headline" content="Council votes to rebuild the old sea wall before the winter storms">'
    )
    lines = ("Storm closes harbour", "Council votes to rebuild the old sea wall before the winter storms", BODY)
    article = Article(paragraphs=lines, placements=tuple(Placement(n, t, "body") for n, t in enumerate(lines, 1)))
    assert with_metadata(article, page(head, "")).title == "Storm closes harbour"


def test_a_shared_title_unlike_the_page_title_is_taken_whole_when_its_headline_shows() -> None:
    head = (
        "<title>Storm closes harbour (with pictures) | Coast News</title>"
        '<meta property="og:title" content="Storm closes harbour | Coast News">'
    )
    article = cleaned(f"Storm closes harbour\n{BODY}")
    assert with_metadata(article, page(head, "")).title == "Storm closes harbour | Coast News"
