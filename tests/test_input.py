"""Input shapes and bad input: clear errors, never a bare traceback, and no line lost."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from conftest import is_blank
from newsclean import InputError, NewscleanError


def test_bytes_are_decoded_as_utf8_and_bad_bytes_replaced() -> None:
    article = newsclean.clean("Café on the corner reopens after a long winter break, the owner said.".encode())
    assert article.paragraphs == ("Café on the corner reopens after a long winter break, the owner said.",)
    placements = newsclean.clean(b"Broken \xff byte").placements
    assert [p.text for p in placements] == ["Broken \ufffd byte"]


def test_utf16_with_bom() -> None:
    text = "Die Brücke über den Fluss wurde am Montag nach zwei Jahren Bauzeit für den Verkehr freigegeben."
    assert newsclean.clean(text.encode("utf-16")).body == newsclean.clean(text).body


@pytest.mark.parametrize("bad", [None, 12, ["a list"], {"text": "dict"}])
def test_wrong_type_is_a_clear_error(bad: object) -> None:
    with pytest.raises(InputError, match="clean\\(\\) takes str or bytes"):
        newsclean.clean(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # InputError is a TypeError too
        newsclean.clean(bad)  # type: ignore[arg-type]
    assert issubclass(InputError, NewscleanError)


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "\ufeff"])
def test_empty_input_gives_an_empty_article(text: str) -> None:
    article = newsclean.clean(text)
    assert article.paragraphs == () and article.removed == () and article.title is None


def test_to_dict_keys_and_json() -> None:
    article = newsclean.clean("Headline | Site\n\nA sentence of the article body that runs for a while.")
    data = json.loads(article.to_json())
    assert set(data) == {
        "title",
        "site_name",
        "byline",
        "dateline",
        "body",
        "paragraphs",
        "captions",
        "tags",
        "removed",
    }
    assert data == article.to_dict()


def test_article_is_immutable() -> None:
    article = newsclean.clean("Some text of an article that is long enough to be a paragraph.")
    with pytest.raises(AttributeError):
        article.title = "changed"  # type: ignore[misc]


lines = st.lists(
    st.one_of(
        st.text(max_size=200),
        st.sampled_from(["Advertisement", "Home", "© 2024 Site", "Share", "TAGS: a, b", "Photo: AP Photo"]),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(lines)
def test_every_non_blank_line_is_accounted_for(pieces: list[str]) -> None:
    text = "\n".join(pieces)
    article = newsclean.clean(text)
    expected = [n for n, line in enumerate(text.splitlines(), start=1) if not is_blank(line)]
    assert [p.line for p in article.placements] == expected
    fields = {p.field for p in article.placements}
    assert fields <= {"body", "removed", "title", "captions", "tags", "site_name", "byline", "dateline"}
    assert len(article.removed) == sum(p.field == "removed" for p in article.placements)
    assert len(article.paragraphs) == sum(p.field == "body" for p in article.placements)
