"""Readers: every block names its input lines and the character span it was read from."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXTURES, read_fixture
from newsclean.document import Document
from newsclean.readers import READERS, SHAPES, Block, blocks, read
from newsclean.readers.source import Source, strip

#: Text with every kind of line break, invisible characters and white space around the words.
PIECES = ["a", "B", " ", "\t", "\n", "\r", "\r\n", "\u2028", "\x85", "\f", "\u200b", "\ufeff", "#", "-", ".", "[a](/)"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
_SPACE = re.compile(r"\s+")


def _check_spans(text: str, shape: str, found: list[Block]) -> None:
    if shape == "html":  # blocks of the DOM: numbered in order, one "line" each, no character span
        assert [(block.first, block.last) for block in found] == [(n, n) for n in range(1, len(found) + 1)]
        assert all(block.start == block.end == 0 and block.element for block in found)
        return
    lines = [strip(line) for line in text.splitlines()]
    for block in found:
        source = text[block.start : block.end]
        if shape != "oneline":  # a dump's pieces are parts of one line
            assert source.startswith(lines[block.first - 1]) and source.endswith(lines[block.last - 1])
        if shape == "lines":
            assert source == block.text
        elif shape == "oneline":
            assert _SPACE.sub(" ", source) == _SPACE.sub(" ", block.text)
    assert [block.start for block in found] == sorted(block.start for block in found)


@given(TEXTS, st.sampled_from([None, *SHAPES]))
def test_every_block_knows_its_lines_and_span(text: str, shape: str | None) -> None:
    read_as, found = read(text, shape)
    _check_spans(text, read_as, found)


@given(TEXTS)
def test_the_lines_reader_keeps_each_line_and_where_it_is(text: str) -> None:
    _, found = read(text, "lines")
    lines = [strip(line) for line in text.splitlines()]
    assert [(block.text, block.first) for block in found] == [(line, n) for n, line in enumerate(lines, 1) if line]
    assert all(text[block.start : block.end] == block.text for block in found)


@pytest.mark.parametrize("name", sorted(path.name for path in FIXTURES.iterdir()))
def test_fixture_spans(name: str) -> None:
    text = read_fixture(name)
    shape, found = read(text)
    assert found
    _check_spans(text, shape, found)


def test_one_line_dump_pieces_have_their_own_spans() -> None:
    text = "Home | News |\t" + "The port closed on Monday as the storm reached the coast.  " * 12
    shape, found = read(text)
    assert shape == "lines"
    shape, found = read(text, "oneline")
    assert [block.text for block in found[:2]] == ["Home", "News"]
    assert [(block.start, block.end) for block in found[:2]] == [(0, 4), (7, 11)]
    _check_spans(text, shape, found)


def test_markdown_block_spans_cover_their_markup() -> None:
    quote = "> The port closed on Monday as the storm reached the coast, the port\n> authority said."
    text = f"# Storm closes harbour\n\n{quote}\n\n[Home](/) [News](/news)\n"
    _, found = read(text, "markdown")
    assert [text[block.start : block.end] for block in found] == [
        "# Storm closes harbour",
        quote,
        "[Home](/) [News](/news)",
    ]


def test_from_text_is_a_reader_and_from_blocks() -> None:
    text = read_fixture("inquirer_kerry.md")
    shape, found = blocks(text)
    assert shape == "markdown"
    assert Document.from_blocks(found, shape=shape) == Document.from_text(text)


def test_readers_make_blocks_as_they_are_read() -> None:
    source = Source("one\ntwo\n")
    made = READERS["lines"](source, False)
    assert next(made) == Block("one", 1, 1, 0, 3)
    assert next(made) == Block("two", 2, 2, 4, 7)
