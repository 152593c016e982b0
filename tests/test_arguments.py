"""clean() checks its keyword arguments before anything else: a wrong one is an InputError naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import InputError, Page, Pipeline, Profile
from newsclean.readers import SHAPES

TEXT = (
    "Storm closes harbour | Coast News\n\n"
    "The harbour closed on Monday as the storm reached the coast, the port authority said in a statement.\n\n"
    "Ferries will not run before Wednesday, and the authority asked people to stay away from the piers."
)


@pytest.mark.parametrize(
    ("argument", "value", "expected"),
    [
        ("url", 5, "str or None"),
        ("url", b"https://example.com/news", "str or None"),
        ("site", ["Coast News"], "str or None"),
        ("pipeline", "default", "Pipeline or None"),
        ("pipeline", Pipeline.default, "Pipeline or None"),  # the method, not called
        ("profile", {"version": 1}, "Profile or None"),
        ("shape", 3, "shape"),
        ("keep_markup", "yes", "True or False"),
        ("keep_markup", None, "True or False"),
    ],
)
def test_a_wrong_argument_is_an_input_error_naming_it_what_it_got_and_what_it_takes(
    argument: str, value: object, expected: str
) -> None:
    with pytest.raises(InputError) as raised:
        newsclean.clean(TEXT, **{argument: value})  # type: ignore[arg-type]
    message = str(raised.value)
    assert argument in message and type(value).__name__ in message and expected in message
    assert isinstance(raised.value, TypeError)


def test_arguments_are_checked_before_any_step_runs() -> None:
    ran: list[str] = []

    def watch(page: Page) -> list[tuple[newsclean.Line, str]]:
        ran.append("watch")
        return []

    with pytest.raises(InputError, match="url"):
        newsclean.clean(TEXT, url=5, pipeline=Pipeline([watch]))  # type: ignore[arg-type]
    assert ran == []


def test_a_list_of_step_names_gets_the_pipeline_hint_and_the_hint_works() -> None:
    names = ["title", "content"]
    with pytest.raises(InputError, match=r'Pipeline\(\["title", \.\.\.\]\)') as raised:
        newsclean.clean(TEXT, pipeline=names)  # type: ignore[arg-type]
    assert "pipeline" in str(raised.value) and "list" in str(raised.value)
    with pytest.raises(InputError, match=r"Pipeline\("):
        newsclean.clean(TEXT, pipeline=tuple(names))  # type: ignore[arg-type]
    article = newsclean.clean(TEXT, pipeline=Pipeline(names))
    assert article.title == "Storm closes harbour" and len(article.paragraphs) == 2


@pytest.mark.parametrize("as_path", [str, Path])
def test_a_profile_path_gets_the_load_hint_and_the_hint_works(tmp_path: Path, as_path: type) -> None:
    path = tmp_path / "profile.json"
    newsclean.learn([TEXT] * 3).save(path)
    with pytest.raises(InputError, match=r"newsclean\.Profile\.load\(path\)") as raised:
        newsclean.clean(TEXT, profile=as_path(path))
    assert "profile" in str(raised.value)
    newsclean.clean(TEXT, profile=Profile.load(path))


def test_an_unknown_shape_is_an_input_error_and_a_value_error_listing_the_shapes() -> None:
    with pytest.raises(InputError) as raised:
        newsclean.clean(TEXT, shape="xml")
    assert isinstance(raised.value, ValueError)
    assert "shape" in str(raised.value) and "'xml'" in str(raised.value)
    assert all(shape in str(raised.value) for shape in SHAPES)


def test_every_valid_argument_is_taken() -> None:
    expected = newsclean.clean(TEXT)
    for shape in (None, *SHAPES):
        newsclean.clean(TEXT, shape=shape)
    article = newsclean.clean(
        TEXT,
        url="https://example.com/news/storm",
        site="Coast News",
        pipeline=Pipeline.default(),
        profile=newsclean.learn([TEXT]),
        shape=None,
        keep_markup=True,
    )
    assert article.paragraphs == expected.paragraphs
    assert newsclean.clean(TEXT, url=None, site=None, pipeline=None, profile=None, keep_markup=False) == expected
