"""One set of sentence endings: the document model and the readers end sentences as :mod:`newsclean.prose` says."""

from __future__ import annotations

from newsclean import document, shapes
from newsclean.document import Document
from newsclean.prose import SENTENCE_END, WRAPPED_SENTENCE_END, ends_sentence, is_prose, running, sentence


def test_the_models_sentence_endings_are_the_prose_ones() -> None:
    # Until document.py and shapes.py import them from newsclean.prose, their copies must stay the same.
    assert getattr(document, "_SENTENCE_END", SENTENCE_END) == SENTENCE_END
    assert getattr(shapes, "_SENTENCE_END", WRAPPED_SENTENCE_END) == WRAPPED_SENTENCE_END


def test_a_line_ends_a_sentence_as_its_text_does() -> None:
    for text in ("It rained.", "He said: »Yes«", "Why?", "Tags: a, b", "Menu"):
        (line,) = Document.from_text(text).lines
        assert line.ends_sentence == ends_sentence(text)


def test_the_tests_differ_by_their_parameters_only() -> None:
    body = "The minister said on Tuesday that the talks would go on until the end of the month."
    (line,) = Document.from_text(body).lines
    assert sentence(line) and sentence(line, 6, stopwords=True) and is_prose(line) and running(line)
    assert not is_prose(line, min_words=20) and not is_prose(line, min_density=0.9)
    (short,) = Document.from_text("Read more.").lines
    assert sentence(short, 2) and not sentence(short) and not running(short)
