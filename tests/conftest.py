"""Shared test helpers: the fixtures directory and line-accounting checks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

import newsclean

# Property tests run a few hundred examples in CI; `HYPOTHESIS_PROFILE=fuzz` runs 100,000 (see README).
settings.register_profile("ci", max_examples=300, deadline=None)
settings.register_profile("fuzz", max_examples=100_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed() -> newsclean.Article:
    return newsclean.clean(read_fixture("inquirer_kerry.txt"))


def assert_accounted(text: str, article: newsclean.Article) -> None:
    """Every non-blank input line is placed exactly once, and its placement matches the fields."""
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if not is_blank(line)]
    # A one-line dump split into sentence blocks places each block under that one input line.
    assert list(dict.fromkeys(p.line for p in article.placements)) == [n for n, _ in numbered]
    # A re-flowed paragraph places all its input lines; only its first one carries the text.
    removed = {r.line for r in article.removed}
    assert removed == {p.line for p in article.placements if p.field == "removed" and p.text}
    body = [p.text for p in article.placements if p.field == "body" and p.text]
    assert tuple(body) == article.paragraphs
    captions = [p.text for p in article.placements if p.field == "captions" and p.text]
    assert tuple(captions) == article.captions


def is_blank(line: str) -> bool:
    """A blank line holds only white space and invisible characters (zero-width spaces, BOMs)."""
    return not line.strip().strip("\ufeff\u200b\u200c\u200d\u2060").strip()


#: Body paragraphs in five languages for the field tests (written for these tests).
BODY = (
    "The harbour closed on Monday as the storm reached the coast, and the port authority said that the "
    "ferries would not run again before Wednesday at the earliest."
)


BODY_DE = (
    "Der Hafen ist am Montag wegen des Sturms geschlossen worden, und die Fähren werden nach Angaben der "
    "Behörde nicht vor Mittwoch wieder fahren, wie ein Sprecher mitteilte."
)
BODY_FR = (
    "Le port a été fermé lundi à cause de la tempête, et les ferries ne reprendront pas avant mercredi, "
    "a indiqué un porte-parole de la capitainerie dans un communiqué."
)
BODY_ES = (
    "El puerto fue cerrado el lunes por la tormenta, y los transbordadores no volverán a salir antes del "
    "miércoles, según informó un portavoz de la autoridad portuaria."
)
BODY_NL = (
    "De haven is maandag gesloten vanwege de storm, en de veerboten varen volgens een woordvoerder van "
    "het havenbedrijf niet voor woensdag weer uit, zo werd gemeld."
)
