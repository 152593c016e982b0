"""HTML input: detection, encodings, the reader's blocks and paths, and clean() on a page."""

from __future__ import annotations

import pytest

import newsclean
from conftest import read_fixture
from newsclean.readers import is_html, read
from newsclean.readers.charset import declared, decode_html
from newsclean.readers.html import html_blocks

PARAGRAPH = "The port of Kiel closed on Monday as the storm reached the coast, the harbour master said."


def page(body: str, head: str = "<title>Storm | Coast Courier</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    "text",
    [
        "Use the <b> tag for bold text, and wrap the section in a <div> before you style it.",
        "<b>Breaking:</b> the port is closed.",  # starts with a tag, but one tag is no page
        "Editors wrote <html> at the top of every page.\n\n<body> came next, they said.",
        "The committee met on Monday.\n\nIt said <p> and <li> tags were allowed in comments.",
    ],
)
def test_text_that_mentions_tags_is_text(text: str) -> None:
    assert not is_html(text)
    assert newsclean.clean(text).shape != "html"


@pytest.mark.parametrize(
    "text",
    [
        page(f"<p>{PARAGRAPH}</p>"),
        "  <!-- saved page -->\n<html><p>" + PARAGRAPH,
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>" + PARAGRAPH + "</p></body></html>",
        "<script>var a = 1;</script><div><p>" + PARAGRAPH + "</p></div>",
        "<div>" + "".join(f"<p>Paragraph {n}.</p>" for n in range(10)) + "</div>",  # a fragment of blocks
    ],
)
def test_pages_and_dense_fragments_are_html(text: str) -> None:
    assert is_html(text)
    assert newsclean.clean(text).shape == "html"


def test_shape_html_forces_the_reader() -> None:
    article = newsclean.clean(f"<b>{PARAGRAPH}</b>", shape="html")
    assert article.shape == "html"
    assert article.paragraphs == (PARAGRAPH,)


def test_declared_encoding_is_read_and_a_wrong_one_falls_back() -> None:
    latin = page(f"<p>{PARAGRAPH} Café.</p>", '<meta charset="iso-8859-1"><title>T</title>').encode("latin-1")
    assert "Café." in newsclean.clean(latin).body
    equiv = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    assert declared(equiv.encode()) == "cp1252"
    # Declared UTF-8, written in cp1252: UTF-8 fails, the fallback reads it.
    wrong = page(f"<p>{PARAGRAPH} \u201cQuoted\u201d.</p>", '<meta charset="utf-8">').encode("cp1252")
    assert "\u201cQuoted\u201d." in newsclean.clean(wrong).body
    # Declared an encoding that does not exist: UTF-8.
    unknown = page(f"<p>{PARAGRAPH} Grüße.</p>", '<meta charset="x-klingon">').encode("utf-8")
    assert "Grüße." in newsclean.clean(unknown).body


def test_a_byte_order_mark_wins_over_the_declaration() -> None:
    text = page(f"<p>{PARAGRAPH} Grüße.</p>", '<meta charset="iso-8859-1">')
    for encoding in ("utf-8-sig", "utf-16"):
        assert "Grüße." in newsclean.clean(text.encode(encoding)).body


def test_undecodable_bytes_never_raise() -> None:
    assert decode_html(b"<p>\x81\x8d\x90 caf\xe9</p>").endswith("caf\xe9</p>")  # not cp1252: latin-1


def test_text_bytes_keep_the_text_decoder() -> None:
    assert newsclean.clean(f"{PARAGRAPH} Grüße.".encode()).body == f"{PARAGRAPH} Grüße."


def test_scripts_styles_templates_and_noscript_never_become_text() -> None:
    html = page(
        f"<script>function getCookie() {{}}</script><style>p {{}}</style><template><p>Later</p></template>"
        f"<noscript>Enable JavaScript</noscript><p>{PARAGRAPH}</p>",
        "<title>T</title><script>var head = 1;</script>",
    )
    assert [block.text for block in html_blocks(html)] == ["T", PARAGRAPH]


def test_inline_elements_join_with_the_spacing_shown() -> None:
    html = page("<p>The <b>port</b> of <a href='/k'>Kiel</a>clo<span>sed</span>.</p><ul><li>One</li><li>Two</li></ul>")
    blocks = html_blocks(html)
    assert [(b.text, b.kind) for b in blocks[1:]] == [
        ("The port of Kielclosed.", "text"),
        ("One", "list_item"),
        ("Two", "list_item"),
    ]


def test_headings_tables_and_preformatted_text_keep_their_structure() -> None:
    html = page(
        "<h2>Ferries wait</h2><table><tr><th>Day</th><th>Wind</th></tr><tr><td>Monday</td><td>11</td></tr></table>"
        "<pre>line one\n  line two</pre>"
    )
    blocks = html_blocks(html)[1:]
    assert [(b.text, b.kind, b.level) for b in blocks] == [
        ("Ferries wait", "heading", 2),
        ("Day Wind", "text", 0),
        ("Monday 11", "text", 0),
        ("line one", "pre", 0),
        ("line two", "pre", 0),
    ]
    later = "Ferry companies said they would tell passengers by text message when the sailings resume."
    code = page(f"<p>{PARAGRAPH}</p><p>The port's web site said to run this:</p><pre>ferry --wait\n  --port kiel</pre>")
    code = code.replace("</body>", f"<p>{later}</p></body>")
    assert "ferry --wait\n--port kiel" in newsclean.clean(code).paragraphs


def test_the_page_title_comes_first_and_the_title_step_reads_it() -> None:
    html = page(
        f"<article><h1>Storm closes harbour</h1><p>{PARAGRAPH}</p></article>",
        "<title>Storm closes harbour | Coast Courier</title>",
    )
    blocks = html_blocks(html)
    assert (blocks[0].text, blocks[0].element) == ("Storm closes harbour | Coast Courier", "title")
    article = newsclean.clean(html)
    assert (article.title, article.site_name) == ("Storm closes harbour", "Coast Courier")


def test_each_block_remembers_its_element() -> None:
    html = page(f"<article><div class='body main'><p>One.</p><p>Two.</p><p>{PARAGRAPH}</p></div></article>")
    assert html_blocks(html)[3].element == "article > div.body > p[3]"
    removed = newsclean.clean(page(f"<p>{PARAGRAPH}</p><footer><p>© 2024 Coast Courier</p></footer>"))
    record = removed.to_dict()["removed"][-1]
    assert (record["reason"], record["path"]) == ("footer", "body > footer > p[1]")
    assert removed.explain().endswith("\tbody > footer > p[1]")
    assert {p.path for p in removed.placements} >= {"title", "body > p[1]"}


def test_text_input_has_no_paths() -> None:
    article = newsclean.clean(f"Home\nNews\nSport\nWeather\n{PARAGRAPH}")
    assert all(r.path is None for r in article.removed) and all(p.path is None for p in article.placements)
    assert all("path" not in record for record in article.to_dict()["removed"])


def test_blocks_are_numbered_in_order() -> None:
    shape, blocks = read(page("<p>One.</p><div>Two<br>Three</div>"))
    assert shape == "html"
    assert [(b.text, b.first, b.last) for b in blocks] == [
        ("Storm | Coast Courier", 1, 1),
        ("One.", 2, 2),
        ("Two", 3, 3),
        ("Three", 4, 4),
    ]


def test_a_whole_page_fixture() -> None:
    article = newsclean.clean(read_fixture("harbour_page.html"))
    assert article.shape == "html"
    assert article.title == "Storm closes Kiel harbour for three days"
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    assert article.paragraphs[0].startswith("The port of Kiel closed on Monday")
    assert article.paragraphs[-1].startswith("Ferry companies said")
    body = article.body
    for furniture in ("We use cookies", "Related stories", "newsletter", "comments", "© 2024", "getCookie"):
        assert furniture not in body


def test_the_page_metadata_gives_fields_the_visible_text_confirms() -> None:
    head = (
        '<title>Storm closes Kiel harbour | Coast Courier</title><link rel="canonical" href="https://coast.example/storm">'
        '<meta property="article:published_time" content="2024-03-04T09:30:00+01:00">'
        '<meta name="author" content="Jane Doe"><meta property="og:image" content="/img/storm.jpg">'
    )
    body = f"<h1>Storm closes Kiel harbour</h1><p>By Jane Doe</p><p>{PARAGRAPH}</p><p>{PARAGRAPH[:-1]} again.</p>"
    article = newsclean.clean(f'<!DOCTYPE html><html lang="de-DE"><head>{head}</head><body>{body}</body></html>')
    assert article.title == "Storm closes Kiel harbour"
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
    assert article.dateline is not None and article.dateline.date is not None
    assert article.dateline.date.startswith("2024-03-04")
    assert (article.url, article.image) == ("https://coast.example/storm", "https://coast.example/img/storm.jpg")
    assert article.language == "en"  # the text is English, whatever <html lang> says


def test_a_metadata_author_the_page_never_names_loses_to_the_visible_byline() -> None:
    head = '<title>Storm | Coast Courier</title><meta name="author" content="Desk Editor Team">'
    article = newsclean.clean(page(f"<p>By Jane Doe</p><p>{PARAGRAPH}</p><p>{PARAGRAPH[:-1]} again.</p>", head))
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)
