"""Shared test helpers: the fixtures directory and line-accounting checks."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed() -> newsclean.Article:
    return newsclean.clean(read_fixture("inquirer_kerry.txt"))


def assert_accounted(text: str, article: newsclean.Article) -> None:
    """Every non-blank input line is placed exactly once, and its placement matches the fields."""
    numbered = [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    assert [p.line for p in article.placements] == [n for n, _ in numbered]
    removed = {r.line for r in article.removed}
    assert removed == {p.line for p in article.placements if p.field == "removed"}
    body = [p.text for p in article.placements if p.field == "body"]
    assert tuple(body) == article.paragraphs
    captions = [p.text for p in article.placements if p.field == "captions"]
    assert tuple(captions) == article.captions
