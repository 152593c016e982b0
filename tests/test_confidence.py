"""Article.confidence: in [0, 1] whatever the input, deterministic, in to_dict(), and lower for doubtful pages."""

from __future__ import annotations

import json
import math
from typing import ClassVar

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Pipeline
from newsclean.confidence import Evidence, prose_line, score
from newsclean.document import Document
from newsclean.reasons import Role
from test_reliability import articles

PARAGRAPHS = [
    "The ferry between Lindholm and the mainland did not sail on Tuesday, after the storm that had been "
    "building over the sound for two days finally reached the island in the early hours of the morning.",
    "Harbour master Ellen Brandt said that the crossing would stay closed until the wind had dropped "
    "below the limit set for the older of the two boats, which she expected to happen on Thursday.",
    "About three hundred people who work on the mainland were told to stay at home, and the island's "
    "school, whose teachers mostly live in the town across the water, will be closed for the rest of the week.",
    "The council has asked the shipping company to bring in a larger boat for the winter months, but the "
    "company said that no such boat was free before the spring and that the cost would be too high.",
    "Residents who need to see a doctor can still reach the clinic in the town by the lifeboat, which the "
    "rescue service has agreed to run twice a day for as long as the ferry stays in port.",
]
ARTICLE = "Storm stops the Lindholm ferry | Island Post\n\n" + "\n\n".join(PARAGRAPHS)
FURNITURE = "\n".join(
    [
        "Island Post",
        "Home",
        "News",
        "Sport",
        "Weather",
        "Subscribe",
        "Share on Facebook",
        "Contact us",
        "© 2024 Island Post",
    ]
)


def test_a_clean_article_is_confident_and_furniture_is_not() -> None:
    article, furniture = newsclean.clean(ARTICLE), newsclean.clean(FURNITURE)
    assert article.confidence >= 0.9
    assert furniture.confidence < 0.5
    assert newsclean.clean("").confidence < 0.5


def test_a_body_gathered_from_pieces_among_menus_is_less_confident() -> None:
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Travel", "Jobs"])
    scattered = "Storm stops the Lindholm ferry | Island Post\n\n" + f"\n\n{menu}\n\n".join(PARAGRAPHS)
    article = newsclean.clean(scattered)
    assert len(article.paragraphs) == len(PARAGRAPHS)  # the same body, put together from five runs
    assert article.confidence < newsclean.clean(ARTICLE).confidence - 0.2


def test_a_body_left_with_little_prose_is_less_confident() -> None:
    # A step of ours removes most of the article: the body left is short and mostly not prose.
    def most(page: newsclean.Page) -> list[tuple[newsclean.Line, str]]:
        return [(line, "dropped") for line in page.lines if line.words > 20][1:]

    stubs = "\n\n".join(["Lindholm ferry", "Tuesday, 6 a.m.", "Harbour: closed", "Next update"])
    text = f"{ARTICLE}\n\n{stubs}"
    heavy = newsclean.clean(text, pipeline=Pipeline.default().add(most, first=True))
    assert len(heavy.paragraphs) < len(newsclean.clean(text).paragraphs)
    assert heavy.confidence < newsclean.clean(text).confidence - 0.2


def test_confidence_is_in_to_dict_and_json() -> None:
    article = newsclean.clean(ARTICLE)
    data = article.to_dict()
    assert data["confidence"] == article.confidence
    assert json.loads(article.to_json())["confidence"] == article.confidence
    assert isinstance(data["confidence"], float)


@given(st.one_of(articles(), st.text(max_size=2000)))
def test_confidence_is_in_the_unit_interval_and_deterministic(text: str) -> None:
    first, again = newsclean.clean(text), newsclean.clean(text)
    assert 0.0 <= first.confidence <= 1.0 and math.isfinite(first.confidence)
    assert first.confidence == again.confidence


@given(
    st.integers(0, 10**7),
    st.integers(0, 10**7),
    st.integers(0, 10**7),
    st.integers(0, 10**6),
)
def test_any_evidence_scores_in_the_unit_interval(body: int, prose: int, extra: int, runs: int) -> None:
    assert 0.0 <= score(Evidence(body, min(prose, body), body + extra, runs)) <= 1.0


def lines_of(*texts: str) -> tuple[newsclean.Line, ...]:
    return Document.from_text("\n".join(texts)).lines


def test_runs_are_parted_by_boundary_removals_only() -> None:
    lines = lines_of(*PARAGRAPHS[:4])
    navigation, advert = ("navigation", "navigation", ""), ("phrases", "advert_marker", "")
    # Kept, removed as a menu, kept, kept: two runs.
    assert Evidence.of(lines, [None, "removed", None, None], [None, navigation, None, None]).runs == 2
    # An advert marker is inline furniture and a byline a field: the run goes on across both.
    assert Evidence.of(lines, [None, "removed", "byline", None], [None, advert, None, None]).runs == 1
    # A code of a step's own is a boundary unless the step declares it inline.
    own = ("mine", "sponsor", "")
    assert Evidence.of(lines, [None, "removed", None, None], [None, own, None, None]).runs == 2
    inline = {"sponsor": Role.INLINE, "advert_marker": Role.INLINE}
    assert Evidence.of(lines, [None, "removed", None, None], [None, own, None, None], inline).runs == 1


def test_a_declared_inline_code_does_not_part_the_body() -> None:
    class Sponsor(newsclean.Filter):
        name = "sponsor"
        roles: ClassVar[dict[str, Role]] = {"sponsor_line": Role.INLINE}

        def __call__(self, page: newsclean.Page) -> list[tuple[newsclean.Line, str]]:
            return [(line, "sponsor_line") for line in page.lines if line.text.startswith("Sponsored")]

    text = ARTICLE.replace(PARAGRAPHS[2], "Sponsored by the Lindholm Bakery\n\n" + PARAGRAPHS[2])
    as_inline = newsclean.clean(text, pipeline=Pipeline.default().add(Sponsor(), first=True))

    def undeclared(page: newsclean.Page) -> list[tuple[newsclean.Line, str]]:  # the same lines, no roles
        return Sponsor()(page)

    as_boundary = newsclean.clean(text, pipeline=Pipeline.default().add(undeclared, first=True))
    assert as_inline.paragraphs == as_boundary.paragraphs == tuple(PARAGRAPHS)
    assert as_inline.confidence > as_boundary.confidence


def test_prose_is_running_text_ending_like_a_sentence() -> None:
    story, menu, heading, stub = lines_of(
        PARAGRAPHS[0],
        "Home News Sport Weather Travel Jobs Contact Archive Podcasts Newsletters Shop Events Puzzles Video",
        "Storm stops the Lindholm ferry",
        "The ferry did not sail.",
    )
    assert prose_line(story)
    assert not prose_line(menu) and not prose_line(heading) and not prose_line(stub)
