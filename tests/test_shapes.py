"""Input shapes: every fixture hard-wrapped or single-newline gives the same article; Markdown is understood."""

from __future__ import annotations

import textwrap

import pytest

import newsclean
from conftest import assert_accounted, read_fixture
from newsclean.shapes import read

FIXTURES = ("council_blog.txt", "hafen_de.txt", "inquirer_kerry.txt")


def _fields(article: newsclean.Article) -> tuple[object, ...]:
    a = article
    return (a.title, a.site_name, a.byline, a.dateline, a.paragraphs, a.captions, a.tags)


def _blocks(name: str) -> list[str]:
    return [line.strip() for line in read_fixture(name).splitlines() if line.strip()]


@pytest.mark.parametrize("name", FIXTURES)
@pytest.mark.parametrize("width", [60, 72, 80])
def test_hard_wrapped_fixture_gives_the_same_article(name: str, width: int) -> None:
    wrapped = "\n\n".join(textwrap.fill(block, width) for block in _blocks(name))
    article = newsclean.clean(wrapped)
    assert article.shape == "wrapped"
    assert _fields(article) == _fields(newsclean.clean(read_fixture(name)))
    assert_accounted(wrapped, article)


@pytest.mark.parametrize("name", FIXTURES)
def test_single_newline_fixture_gives_the_same_article(name: str) -> None:
    text = "\n".join(_blocks(name))
    assert _fields(newsclean.clean(text)) == _fields(newsclean.clean(read_fixture(name)))


def test_wrapped_seed_still_meets_the_seed_expectations() -> None:
    seed = newsclean.clean("\n\n".join(textwrap.fill(b, 72) for b in _blocks("inquirer_kerry.txt")))
    assert seed.title == "Kerry: Russian bombs hurting Syria peace talks"
    assert len(seed.paragraphs) == 12 and len(seed.captions) == 1
    assert seed.tags == ("Conflict", "Russia", "Syria", "talks")


def test_reflowed_paragraph_names_all_its_input_lines() -> None:
    para = "The harbour closed on Monday as the storm reached the coast, the port authority said on Tuesday. " * 3
    text = "Storm closes harbour\n\n" + textwrap.fill(para.strip(), 60)
    _, blocks = read(text, "wrapped")
    # 3 x 97 characters at 60 columns fill 5 lines (by hand: 291 characters, ~58 per line); title stays alone.
    assert [(b.first, b.last) for b in blocks] == [(1, 1), (3, 7)]
    assert blocks[1].text == para.strip()


def test_short_lines_are_not_merged_into_a_paragraph() -> None:
    text = "Home\nNews\nSport\n" + textwrap.fill("word " * 200, 72)
    _, blocks = read(text, "wrapped")
    assert [b.text for b in blocks[:3]] == ["Home", "News", "Sport"]


def test_markdown_kinds_and_plain_body() -> None:
    text = (
        "# Storm closes harbour\n\n[Home](/) | [News](/news)\n\n![Ferries at the quay](/img/a.jpg)\n\n"
        "* first point\n\nThe **port** [authority](http://port.example/a_(b)) said so.\n"
    )
    shape, blocks = read(text)
    assert shape == "markdown"
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Storm closes harbour"),
        ("links", "Home | News"),
        ("image", "Ferries at the quay"),
        ("list_item", "first point"),
        ("text", "The port authority said so."),
    ]
    assert blocks[0].level == 1
    kept = read(text, keep_markup=True)[1][-1].text
    assert kept == "The **port** [authority](http://port.example/a_(b)) said so."


def test_one_line_dump_is_split_into_sentences_of_that_line() -> None:
    sentence = "The harbour closed on Monday as the storm reached the coast, the port authority said."
    text = " ".join([sentence] * 30)  # 30 x 87 characters: one line of about 2,600
    shape, blocks = read(text)
    assert shape == "oneline"
    assert len(blocks) == 30 and {b.first for b in blocks} == {1}
    article = newsclean.clean(text)
    assert_accounted(text, article)


def test_shape_can_be_forced_and_is_checked() -> None:
    assert newsclean.clean("A line\nAnother line", shape="lines").shape == "lines"
    with pytest.raises(ValueError, match="unknown shape"):
        read("text", "html")
