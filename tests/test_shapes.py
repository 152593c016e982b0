"""Input shapes: every fixture hard-wrapped or single-newline gives the same article; Markdown is understood."""

from __future__ import annotations

import textwrap

import pytest

import newsclean
from conftest import FIXTURES as FIXTURE_DIR
from conftest import assert_accounted, read_fixture
from newsclean.readers import read
from newsclean.scripts import has_no_space_script

#: Every article fixture; each has a Markdown version beside it (``name.md``), written by hand.
FIXTURES = tuple(sorted(path.name for path in FIXTURE_DIR.glob("*.txt")))
SHAPES = ("wrapped60", "wrapped72", "wrapped80", "single_newline", "markdown")
#: The fixtures in scripts written with spaces: ``textwrap`` breaks Chinese, Japanese and Thai text inside words,
#: and at these widths a short article in them has too few full lines to read as wrapped (tests/test_scripts.py
#: tests wrapped Chinese text).
SPACED = tuple(name for name in FIXTURES if not has_no_space_script(read_fixture(name)))


def _fields(article: newsclean.Article) -> tuple[object, ...]:
    a = article
    return (a.title, a.site_name, a.byline, a.dateline, a.paragraphs, a.captions, a.tags)


def _blocks(name: str) -> list[str]:
    return [line.strip() for line in read_fixture(name).splitlines() if line.strip()]


@pytest.mark.parametrize("name", SPACED)
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


def _in_shape(name: str, shape: str) -> str:
    if shape == "markdown":
        return read_fixture(name.replace(".txt", ".md"))
    if shape == "single_newline":
        return "\n".join(_blocks(name))
    return "\n\n".join(textwrap.fill(block, int(shape[-2:])) for block in _blocks(name))


def test_the_fixtures_are_all_here() -> None:
    assert len(FIXTURES) >= 3
    assert all((FIXTURE_DIR / name.replace(".txt", ".md")).exists() for name in FIXTURES)


@pytest.mark.parametrize("name", FIXTURES)
def test_markdown_fixture_gives_the_same_article(name: str) -> None:
    markdown = read_fixture(name.replace(".txt", ".md"))
    article = newsclean.clean(markdown)
    assert article.shape == "markdown"
    assert _fields(article) == _fields(newsclean.clean(read_fixture(name)))
    assert_accounted(markdown, article)


@pytest.mark.parametrize("shape", SHAPES)
def test_seed_in_every_shape_meets_the_seed_expectations(shape: str) -> None:
    seed = newsclean.clean(_in_shape("inquirer_kerry.txt", shape))
    assert seed.title == "Kerry: Russian bombs hurting Syria peace talks"
    assert seed.site_name == "Inquirer News"
    assert seed.tags == ("Conflict", "Russia", "Syria", "talks")
    assert len(seed.paragraphs) == 12
    assert seed.paragraphs[0].startswith("WASHINGTON, United States—US Secretary of State John Kerry warned Tuesday")
    assert seed.paragraphs[-1].startswith("Last week, UN envoy for Syria Staffan de Mistura")
    assert len(seed.captions) == 1 and seed.captions[0].endswith("AP Photo")
    assert seed.dateline is not None and seed.dateline.date == "2016-02-10T12:48"
    assert seed.byline is None
    for phrase in ("Article continues after this advertisement", "READ:", "Subscribe to our", "cookies"):
        assert phrase.casefold() not in seed.body.casefold(), phrase
    reasons = {r.text: r.reason for r in seed.removed}
    assert reasons["Article continues after this advertisement"] == "advert_marker"
    assert reasons["READ: US, France accuse Assad of scuppering Syria peace talks"] == "cross_link"


def test_markdown_seed_without_its_page_title_takes_the_heading() -> None:
    # html2text drops the <title>: the page's first line is then its logo, and the # heading is the title.
    markdown = read_fixture("inquirer_kerry.md").split("\n", 2)[2]
    seed = newsclean.clean(markdown)
    assert seed.title == "Kerry: Russian bombs hurting Syria peace talks"
    assert seed.site_name is None
    assert len(seed.paragraphs) == 12
    reasons = {r.text: r.reason for r in seed.removed}
    assert reasons["Inquirer News"] == "image" and reasons["John Kerry"] == "image"
    assert reasons["* * *"] == "markup"


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
        read("text", "xml")


def test_markdown_soft_breaks_hard_breaks_and_broken_urls() -> None:
    para = (
        "The harbour closed on Monday as the storm reached the coast, and the port\n"
        "authority said that ferries to Oslo would stay in port until Wednesday at the\n"
        "earliest, see the [timetable](https://port.example/timetables/winter-\n"
        "schedule) for details.\n"
    )
    text = f"# Storm\n\n{para}\nFerry desk  \nOpen daily\n\n{para}"
    _, blocks = read(text)
    # Lines 3-6 and 11-14 are one paragraph each (wrapped at 78); the hard break keeps 8 and 9 apart.
    assert [(b.first, b.last, b.kind) for b in blocks] == [
        (1, 1, "heading"),
        (3, 6, "text"),
        (8, 8, "text"),
        (9, 9, "text"),
        (11, 14, "text"),
    ]
    assert blocks[1].text.endswith("until Wednesday at the earliest, see the timetable for details.")
    kept = read(text, keep_markup=True)[1][1].text
    assert "(https://port.example/timetables/winter-schedule)" in kept


def test_unwrapped_markdown_with_single_newlines_is_not_joined() -> None:
    first = "The harbour closed on Monday as the storm reached the coast, the port authority said in a statement."
    second = "Ferries to Oslo and Gothenburg will stay in port until the wind drops, probably on Wednesday."
    third = "Residents were asked to keep away from the promenade, where waves broke over the railings."
    _, blocks = read(f"# Storm\n{first}\n{second}\n{third}\n\n[Home](/)", "markdown")
    assert [b.text for b in blocks[1:4]] == [first, second, third]


def test_markdown_quote_setext_heading_and_linked_heading() -> None:
    text = (
        "Storm closes harbour\n====================\n\n"
        "> The port will stay closed until the wind drops, and nobody should go near\n"
        "> the quay before then, the harbour master said.\n>\n> Second paragraph.\n\n"
        "## [Ferries cancelled](https://port.example/ferries)\n\nUpdates\n-------\n"
    )
    _, blocks = read(text)
    assert [(b.kind, b.level, b.first, b.last) for b in blocks] == [
        ("heading", 1, 1, 1),
        ("rule", 0, 2, 2),
        ("text", 0, 4, 5),
        ("rule", 0, 6, 6),
        ("text", 0, 7, 7),
        ("heading", 2, 9, 9),
        ("heading", 2, 11, 11),
        ("rule", 0, 12, 12),
    ]
    assert blocks[2].text == (
        "The port will stay closed until the wind drops, and nobody should go near the quay before then, "
        "the harbour master said."
    )
    assert blocks[5].text == "Ferries cancelled"
    article = newsclean.clean(text)
    assert article.title == "Storm closes harbour"
    assert_accounted(text, article)


def test_markdown_title_is_the_highest_heading_that_prose_follows() -> None:
    prose = "The harbour closed on Monday as the storm reached the coast, the port authority said on Tuesday."
    menu = "\n".join(f"* [Section {n}](/s{n})" for n in range(1, 8))
    # Two level-1 headings: only the second has prose within its next six lines; the level-2 one never wins.
    text = f"## Most read\n\n{prose}\n\n# Site news\n\n{menu}\n\n# Storm closes harbour\n\n{prose}"
    assert newsclean.clean(text).title == "Storm closes harbour"
    sidebar = f"## Sidebar\n\n{menu}\n\n## Storm closes harbour\n\n{prose}"
    assert newsclean.clean(sidebar).title == "Storm closes harbour"


def test_images_and_bare_markup_are_removed_as_such() -> None:
    first = "The harbour closed on Monday as the storm reached the coast, the port authority said on Tuesday."
    second = "Ferries to Oslo and Gothenburg will stay in port until the wind drops, probably on Wednesday."
    text = f"{first}\n\n[![](https://ads.example/pixel.gif)](https://ads.example/c)\n\n##\n\n---\n\n{second}"
    article = newsclean.clean(text, shape="markdown")
    assert [(r.line, r.reason) for r in article.removed] == [(3, "image"), (5, "markup"), (7, "markup")]
    assert article.paragraphs == (first, second)


LISTING_INTRO = "Count the errors of each status code with one query, then sort them so that the worst come first."
LISTING_AFTER = "The query reads the whole table once, which on our largest server takes about two seconds."
SQL = ["SELECT status, count(*)", "FROM logs", "GROUP BY status", "ORDER BY 2 DESC;"]


def test_a_code_block_between_paragraphs_is_one_paragraph() -> None:
    text = "\n\n".join(["How to count errors | Dev Notes", LISTING_INTRO, "\n".join(SQL), LISTING_AFTER])
    article = newsclean.clean(text)
    assert article.paragraphs == (LISTING_INTRO, "\n".join(SQL), LISTING_AFTER)
    assert [p.text for p in article.placements if p.line in (5, 6, 7, 8)] == ["\n".join(SQL), "", "", ""]
    assert_accounted(text, article)
    assert newsclean.clean(article.body).removed == ()


def test_a_code_block_apart_from_the_article_goes_whole() -> None:
    text = "\n\n".join(["How to count errors | Dev Notes", LISTING_INTRO, LISTING_AFTER, "\n".join(SQL), "Home"])
    article = newsclean.clean(text)
    assert article.paragraphs == (LISTING_INTRO, LISTING_AFTER)
    assert {r.text: r.reason for r in article.removed if r.text in SQL} == dict.fromkeys(SQL, "outside_article")


@pytest.mark.parametrize(
    "block",
    [
        ["Home", "World news", "Arts & Culture"],  # a menu
        ["By Jane Doe", "March 3, 2024"],  # no mark of code
        [LISTING_AFTER, "It then sorts the counts (the worst first)."],  # sentences on single lines
    ],
)
def test_lines_without_a_blank_line_between_that_are_no_code(block: list[str]) -> None:
    text = "\n\n".join(["Headline", LISTING_INTRO, "\n".join(block), LISTING_AFTER])
    assert {line.kind for line in newsclean.Document.from_text(text).lines} == {"text"}


def test_a_text_of_single_newlines_has_no_preformatted_block() -> None:
    text = "\n".join(["Headline", LISTING_INTRO, *SQL, LISTING_AFTER])
    assert {line.kind for line in newsclean.Document.from_text(text).lines} == {"text"}
