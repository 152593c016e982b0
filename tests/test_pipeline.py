"""The pipeline: placing, removing, replacing and registering steps, and errors that name the culprit."""

from __future__ import annotations

import pickle
import re
import sys
from collections.abc import Iterator, Mapping
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import ClassVar

import pytest

import newsclean
from newsclean import Drop, Extraction, Extractor, Filter, Line, Page, Pipeline, PipelineError, Registry, StepError
from newsclean.registry import DEFAULT_STEPS

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

    monkeypatch.setattr("newsclean.registry.entry_points", entry_points)
    registry = Registry()
    assert isinstance(registry.get("plugged"), Shouting)


PLUGIN_MODULE = """
def shouting(page):
    return [(line, "shouting") for line in page.lines if line.text.isupper()]

NUMBER = 42
"""


def install(path: Path, monkeypatch: pytest.MonkeyPatch, entries: dict[str, str]) -> None:
    """Install the package ``example-steps`` with ``entries`` (name -> value) in the newsclean.steps group the
    way pip does, as a dist-info folder on sys.path, with the modules it names: ``example_steps`` (a
    ``shouting`` filter, ``NUMBER``) and ``raising_steps`` (raises on import)."""
    info = path / "example_steps-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: example-steps\nVersion: 1.0\n")
    lines = "".join(f"{name} = {value}\n" for name, value in entries.items())
    (info / "entry_points.txt").write_text(f"[newsclean.steps]\n{lines}")
    (path / "example_steps.py").write_text(PLUGIN_MODULE)
    (path / "raising_steps.py").write_text("raise RuntimeError('the plug-in needs a licence key')\n")
    monkeypatch.syspath_prepend(str(path))
    monkeypatch.delitem(sys.modules, "example_steps", raising=False)


def test_an_installed_plugin_is_usable_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install(tmp_path, monkeypatch, {"shouting_plugin": "example_steps:shouting"})
    step = Registry().get("shouting_plugin")
    article = newsclean.clean(f"{TEXT}\n\nBUY NOW", pipeline=Pipeline.default().add(step, first=True))
    assert [(r.filter, r.reason, r.text) for r in article.removed] == [("shouting_plugin", "shouting", "BUY NOW")]


@pytest.mark.parametrize(
    ("value", "cause"),
    [
        ("no_such_module_anywhere:step", ModuleNotFoundError),
        ("example_steps:no_such_step", AttributeError),
        ("raising_steps:step", RuntimeError),
    ],
    ids=["module-missing", "attribute-missing", "import-raises"],
)
def test_a_broken_plugin_names_its_entry_point_and_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, cause: type[Exception]
) -> None:
    install(tmp_path, monkeypatch, {"broken": value})
    with pytest.raises(PipelineError) as raised:
        Pipeline.default().add("broken")
    assert f"broken = {value}" in str(raised.value) and "example-steps" in str(raised.value)
    assert isinstance(raised.value.__cause__, cause)


def test_a_plugin_that_names_no_step_is_a_pipeline_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install(tmp_path, monkeypatch, {"number": "example_steps:NUMBER"})
    with pytest.raises(PipelineError, match=re.escape("number = example_steps:NUMBER")):
        Registry().get("number")


def test_a_broken_entry_point_without_a_package_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = EntryPoint(name="broken", value="no_such_module:step", group="newsclean.steps")

    def entry_points(group: str, name: str | None = None) -> list[EntryPoint]:
        return [broken] if group == broken.group and name in (None, broken.name) else []

    monkeypatch.setattr("newsclean.registry.entry_points", entry_points)
    with pytest.raises(PipelineError, match=re.escape("broken = no_such_module:step")) as raised:
        Registry().get("broken")
    assert isinstance(raised.value.__cause__, ModuleNotFoundError)


def test_an_unknown_name_lists_the_builtin_steps_and_the_installed_plugins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(tmp_path, monkeypatch, {"shouting_plugin": "example_steps:shouting", "other_plugin": "example_steps:x"})
    with pytest.raises(PipelineError, match="no step named 'shoutin'") as raised:
        Pipeline(["title", "shoutin"])
    message = str(raised.value)
    assert all(name in message for name in (*DEFAULT_STEPS, "shouting_plugin", "other_plugin"))


@pytest.mark.parametrize("report", [42, True, object()])
def test_a_filter_returning_no_iterable_is_named(report: object) -> None:
    def answer(page: Page) -> object:
        return report

    expected = f"step 'answer': returned {report!r}, expected an iterable of (line, reason[, detail]) tuples"
    with pytest.raises(StepError, match=re.escape(expected)):
        newsclean.clean(TEXT, pipeline=Pipeline([answer]))


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


def test_a_filter_declares_the_roles_of_its_reason_codes() -> None:
    class HousePromo(Filter):
        name = "house_promo"
        roles: ClassVar[Mapping[str, newsclean.Role]] = {"house_promo": newsclean.Role.INLINE}

        def __call__(self, page: Page) -> list[tuple[Line, str]]:
            return [(line, "house_promo" if "promo" in line.norm else "house_menu") for line in page.lines[:2]]

    seen: dict[str, object] = {}

    def watch(page: Page) -> list[Drop]:
        seen.update((page.doc.lines[i].text, page.removed_as(i)) for i in range(len(page.doc.lines)))
        return []

    pipeline = Pipeline([HousePromo(), watch])
    pipeline.run(newsclean.Document.from_text("Our promo today\nHome menu\nThe story goes on."))
    assert seen == {
        "Our promo today": newsclean.Role.INLINE,
        "Home menu": newsclean.Role.BOUNDARY,  # not declared: a boundary
        "The story goes on.": None,
    }


def test_a_filter_cannot_give_a_built_in_code_another_role() -> None:
    class Rebel(Filter):
        name = "rebel"
        roles: ClassVar[Mapping[str, newsclean.Role]] = {"navigation": newsclean.Role.INLINE}

        def __call__(self, page: Page) -> list[Drop]:
            return []

    with pytest.raises(PipelineError, match="'navigation' as inline; it is boundary already"):
        Pipeline.default().add(Rebel())


def test_later_steps_see_the_headline_the_title_step_placed() -> None:
    seen: list[tuple[str | None, list[str]]] = []

    def spy(page: Page) -> list[Drop]:
        seen.append((page.headline.text if page.headline else None, [line.text for line in page.headlines]))
        return []

    text = "Harbour closes after storm | Coast News\nMenu\nHarbour closes after storm\nThe harbour closed on Monday."
    newsclean.clean(text, pipeline=Pipeline(["title", spy]))
    newsclean.clean(text, pipeline=Pipeline([spy]))
    assert seen == [("Harbour closes after storm", ["Harbour closes after storm"]), (None, [])]


def test_the_steps_of_one_run_search_each_text_for_dates_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean.dates import DateFinder

    searched: list[tuple[str, str]] = []
    search = DateFinder.search

    def counting(self: DateFinder, text: str, order: str = "dmy") -> object:
        searched.append((text, order))
        return search(self, text, order)

    monkeypatch.setattr(DateFinder, "search", counting)
    article = newsclean.clean((Path(__file__).parent.parent / "fixtures" / "inquirer_kerry.txt").read_text())
    assert article.dateline is not None and article.dateline.date == "2016-02-10T12:48"
    assert searched and len(searched) == len(set(searched))
