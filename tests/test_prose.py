"""One set of sentence endings: the document model and the readers end sentences as :mod:`newsclean.prose` says."""

from __future__ import annotations

import ast
from pathlib import Path

from newsclean.document import Document
from newsclean.prose import ends_sentence, is_prose, running, sentence

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsclean"


def test_no_module_but_prose_spells_out_the_sentence_endings() -> None:
    spelled = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "prose.py" and path.parent.name != "lang"  # the phrase data is patterns, not endings
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and ".!?" in node.value
    ]
    assert not spelled, f"import the endings from newsclean.prose: {spelled}"


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
