"""The pipeline: placing, removing, replacing and registering steps, and errors that name the culprit."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

import newsclean
from newsclean import Drop, Extraction, Extractor, Filter, Page, Pipeline, PipelineError, Registry, StepError

TEXT = (
    "Storm closes harbour | Coast News\n\n"
    "The harbour closed on Monday as the storm reached the coast, the port authority said in a statement.\n\n"
    "SPONSORED: Buy a boat today\n\n"
    "Ferries will not run before Wednesday, and the authority asked people to stay away from the piers."
)


def no_sponsors(page: Page) -> list[tuple[newsclean.Line, str]]:
    return [(line, "sponsored") for line in page.lines if line.norm.startswith("sponsored:")]


class Shouting(Filter):
    name = "shouting"

    def __call__(self, page: Page) -> Iterator[Drop]:
        for line in page.lines:
            if line.text.isupper():
                yield Drop(line, "shouting", "all capitals")


def test_function_filter_is_named_after_the_function() -> None:
    pipeline = Pipeline.default().add(no_sponsors, before="phrases")
    assert pipeline.names.index("no_sponsors") == pipeline.names.index("phrases") - 1
    article = newsclean.clean(TEXT, pipeline=pipeline)
    assert [(r.filter, r.reason) for r in article.removed] == [("no_sponsors", "sponsored")]


def test_placement_options() -> None:
    base = Pipeline.default()
    assert base.add(Shouting(), first=True).names[0] == "shouting"
    assert base.add(Shouting()).names[-1] == "shouting"
    assert base.add(Shouting(), after="title").names[1] == "shouting"
    with pytest.raises(PipelineError, match="at most one"):
        base.add(Shouting(), first=True, last=True)
    with pytest.raises(PipelineError, match="no step named 'nope'"):
        base.add(Shouting(), before="nope")


def test_pipelines_are_immutable() -> None:
    base = Pipeline.default()
    names = base.names
    base.add(Shouting())
    base.remove("content")
    assert base.names == names


def test_remove_and_replace_a_builtin() -> None:
    without = Pipeline.default().remove("phrases").remove("content")
    assert "phrases" not in without.names
    article = newsclean.clean("Headline\nArticle continues after this advertisement", pipeline=without)
    assert article.paragraphs == ("Article continues after this advertisement",)
    replaced = Pipeline.default().replace("phrases", Shouting())
    assert replaced.names.index("shouting") == Pipeline.default().names.index("phrases")


def test_two_steps_with_one_name_is_an_error() -> None:
    with pytest.raises(PipelineError, match="two steps named 'shouting'"):
        Pipeline([Shouting(), Shouting()])


def test_registry_by_name_and_clashes() -> None:
    registry = Registry()
    registry.register("shouting", Shouting)
    registry.register("shouting", Shouting)  # the same object again is fine
    with pytest.raises(PipelineError, match="already registered"):
        registry.register("shouting", no_sponsors)
    assert Pipeline(["shouting"], registry=registry).names == ("shouting",)
    with pytest.raises(PipelineError, match="no step named 'missing'"):
        Pipeline(["missing"], registry=registry)


def test_entry_point_plugins_are_found(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeEntryPoint:
        name = "plugged"

        def load(self) -> object:
            return Shouting

    def entry_points(group: str, name: str) -> list[FakeEntryPoint]:
        assert group == "newsclean.steps"
        return [FakeEntryPoint()] if name == "plugged" else []

    monkeypatch.setattr("newsclean.pipeline.entry_points", entry_points)
    registry = Registry()
    assert isinstance(registry.get("plugged"), Shouting)


@pytest.mark.parametrize(
    ("report", "message"),
    [
        (None, "not None"),
        ([("not a line", "x")], "is not a line of this document"),
        ([1], "yields Drop"),
        (["line", "Bad Reason"], "snake_case"),
        (["line", "ok", 3], "detail must be a string"),
    ],
)
def test_nonsense_reports_name_the_filter(report: object, message: str) -> None:
    def broken(page: Page) -> object:
        if isinstance(report, list) and report and report[0] == "line":
            return [(page.lines[0], *report[1:])]
        return report

    pipeline = Pipeline([broken])
    with pytest.raises(StepError, match=rf"step 'broken': .*{message}"):
        newsclean.clean(TEXT, pipeline=pipeline)


def test_a_crashing_step_is_named() -> None:
    def crash(page: Page) -> list[Drop]:
        raise KeyError("boom")

    with pytest.raises(StepError, match="step 'crash': raised KeyError"):
        newsclean.clean(TEXT, pipeline=Pipeline([crash]))


def test_a_line_from_another_document_is_refused() -> None:
    other = newsclean.Document.from_text("Another text altogether")

    def foreign(page: Page) -> list[tuple[newsclean.Line, str]]:
        return [(other.lines[0], "foreign")]

    with pytest.raises(StepError, match="not a line of this document"):
        newsclean.clean(TEXT, pipeline=Pipeline([foreign]))


def test_custom_extractor_fills_a_field_and_claims_lines() -> None:
    class Sponsor(Extractor):
        name = "sponsor_tags"
        field = "tags"

        def __call__(self, page: Page) -> Extraction | None:
            found = tuple(line for line in page.lines if line.norm.startswith("sponsored:"))
            return Extraction({"tags": ["sponsored"]}, found) if found else None

    article = newsclean.clean(TEXT, pipeline=Pipeline.default().add(Sponsor(), first=True))
    assert article.tags == ("sponsored",)
    assert "SPONSORED: Buy a boat today" not in article.body
    assert not any(r.text.startswith("SPONSORED") for r in article.removed)


def test_extractor_with_unknown_field_is_refused() -> None:
    class Weather(Extractor):
        name = "weather"
        field = "weather"

        def __call__(self, page: Page) -> Extraction | None:
            return Extraction({"weather": "rain"})

    with pytest.raises(StepError, match="'weather' is not an article field"):
        newsclean.clean(TEXT, pipeline=Pipeline([Weather()]))


def test_register_makes_a_name_usable() -> None:
    @newsclean.register("test_no_boats")
    def no_boats(page: Page) -> list[tuple[newsclean.Line, str]]:
        return [(line, "boats") for line in page.lines if "boat" in line.norm]

    article = newsclean.clean(TEXT, pipeline=Pipeline.default().add("test_no_boats", first=True))
    assert [r.reason for r in article.removed] == ["boats"]


def test_removal_log_is_a_sequence_that_survives_pickling():
    text = "Council agrees plan\nShare this\nThe council met on Tuesday and agreed the plan.\nShare this\n"
    article = newsclean.clean(text)
    removed = article.removed
    assert [(r.line, r.text, r.filter) for r in removed] == [(2, "Share this", "phrases"), (4, "Share this", "phrases")]
    assert removed[-1].line == 4 and removed[:1] == (removed[0],)
    assert pickle.loads(pickle.dumps(article)) == article
    assert [p.field for p in article.placements] == ["title", "removed", "body", "removed"]
