"""HTML as found on the web: broken, deep, huge, odd; and generated markup that must never lose a block."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.readers.html import html_blocks

PARAGRAPH = "The port of Kiel closed on Monday as the storm reached the coast, the harbour master said."


def page_text(html: str) -> str:
    return " ".join(block.text for block in html_blocks(html))


@pytest.mark.parametrize(
    "html",
    [
        f"<html><body><div><p>{PARAGRAPH}<div><span>unclosed <b>bold",  # broken markup
        f"<p>{PARAGRAPH}</p><p>Second paragraph</p>" * 5,  # no <html>, no <body>
        f"<html><frameset><frame src='a.html'></frameset><noframes><p>{PARAGRAPH}</p></noframes></html>",
        f"<html><body><!-- <p>commented out</p> --><p>{PARAGRAPH}</p><![CDATA[ raw ]]></body></html>",
        f"<html><body><p>{PARAGRAPH}\x00 after a NUL</p></body></html>",
        "<html><body></body></html>",
        "<html>",
    ],
)
def test_odd_pages_never_raise_and_keep_their_text(html: str) -> None:
    article = newsclean.clean(html, shape="html")
    assert article.shape == "html"
    if PARAGRAPH in html:
        assert PARAGRAPH in page_text(html)
    assert "commented out" not in page_text(html)


def test_five_thousand_deep_nesting_loses_no_text() -> None:
    depth = 5000
    html = "<html><body>" + "".join(f"<div>level{n} " for n in range(depth)) + "</div>" * depth + "<p>after</p>"
    text = page_text(html)
    assert all(f"level{n}" in text for n in (0, 2500, depth - 1)) and text.endswith("after")
    assert newsclean.clean(html).shape == "html"


def test_deep_inline_nesting_is_one_block() -> None:
    html = "<p>" + "<span>a " * 5000 + "</span>" * 5000 + "</p>"
    assert html_blocks(html) == html_blocks(html)
    assert page_text(html).count("a") == 5000


def test_a_ten_megabyte_page() -> None:
    paragraph = f"<p>{PARAGRAPH}</p><div class='ad'><span>Advertisement</span></div>\n"
    html = "<html><head><title>Storm</title></head><body>" + paragraph * (10_000_000 // len(paragraph)) + "</body>"
    assert len(html) >= 9_900_000
    article = newsclean.clean(html.encode("utf-8"))
    assert article.shape == "html" and len(article.placements) > 100_000


def test_wrong_declared_encodings_never_raise() -> None:
    for declared in ("utf-16", "utf-32", "x-nonsense", "shift_jis", "ascii"):
        html = f'<html><head><meta charset="{declared}"></head><body><p>{PARAGRAPH} Grüße \u201c.</p></body></html>'
        for encoding in ("utf-8", "cp1252"):
            article = newsclean.clean(html.encode(encoding, errors="replace"))
            assert article.shape == "html" and "Kiel" in article.body + " ".join(r.text for r in article.removed)


#: Generated markup: nested elements of many kinds (some hidden, some furniture), with words in them.
TAGS = ["div", "p", "span", "b", "a", "li", "ul", "h2", "table", "tr", "td", "pre", "aside", "nav", "article", "br"]
ATTRIBUTES = ["", " class='related'", " hidden", " style='display:none'", " class='share widget'", " id='comments'"]
WORDS = st.sampled_from(["storm", "harbour", "Kiel", "closed.", "the", "Monday,", "<", "&amp;", "\u00e9t\u00e9"])


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    if depth >= 4 or draw(st.booleans()):
        return " ".join(draw(st.lists(WORDS, max_size=6)))
    tag, attributes = draw(st.sampled_from(TAGS)), draw(st.sampled_from(ATTRIBUTES))
    if tag == "br":
        return "<br>"
    inner = "".join(draw(st.lists(markup(depth + 1), max_size=4)))
    return f"<{tag}{attributes}>{inner}</{tag}>" if draw(st.integers(0, 9)) else f"<{tag}{attributes}>{inner}"


@given(st.lists(markup(), min_size=1, max_size=5).map("".join))
def test_generated_markup_is_read_deterministically_and_every_block_is_accounted_for(body: str) -> None:
    html = f"<html><head><title>Storm in Kiel</title></head><body>{body}</body></html>"
    first, second = newsclean.clean(html), newsclean.clean(html)
    assert first == second
    blocks = html_blocks(html)
    assert [(p.line, p.path) for p in first.placements] == [(b.first, b.element) for b in blocks]
    removed = {r.line for r in first.removed}
    assert removed == {p.line for p in first.placements if p.field == "removed"}
    assert tuple(p.text for p in first.placements if p.field == "body" and p.text) == first.paragraphs
    assert all(
        p.text in (b.text, "") or p.text.startswith(b.text) for p, b in zip(first.placements, blocks, strict=True)
    )
