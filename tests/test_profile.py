"""Publisher profiles: learned furniture is removed, body lines are not, learning is order-free."""

from __future__ import annotations

import copy
import json
import math
import random
import re
import textwrap
import tracemalloc
from collections.abc import Callable, Iterator
from functools import reduce
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Profile, learn
from newsclean.cli import main
from newsclean.document import Document, line_texts
from newsclean.errors import ProfileError
from newsclean.profile import MAX_BYTES, line_shape, site_of

TOPICS = ["the bridge", "the harbour", "the school", "the library", "the market", "the park", "the station"]
PLACES = ["north", "south", "east", "west", "old town", "river side", "hill"]


def article(site: str, i: int) -> tuple[str, list[str], list[str]]:
    """An article of ``site``: text, body paragraphs, and the site's furniture lines in it."""
    topic, place = TOPICS[i % len(TOPICS)], PLACES[i * 3 % len(PLACES)]
    body = [
        f"The council said on Tuesday that work on {topic} in the {place} would start after the summer.",
        f"Residents of the {place} were asked for their views on {topic} before any decision is taken.",
        f"The mayor said the money for {topic} was already there, and that the plan had wide support.",
    ]
    furniture = [f"{site} Radio: tune in every morning at {6 + i % 3}", f"Prints of every {site} photo in our shop"]
    lines = [f"Plans for {topic} in the {place} | {site}", body[0], furniture[0], *body[1:], furniture[1]]
    return "\n\n".join(lines), body, furniture


def corpus(n: int = 8) -> list[str]:
    return [article(site, i)[0] for site in ("Harbour Herald", "Valley Voice") for i in range(n)]


def test_learned_furniture_goes_and_the_body_stays() -> None:
    profile = learn(corpus(), min_docs=3)
    text, body, furniture = article("Harbour Herald", 20)
    plain, cleaned = newsclean.clean(text), newsclean.clean(text, profile=profile)
    assert all(line in plain.paragraphs for line in furniture)  # the built-in rules keep them
    assert cleaned.paragraphs == tuple(body)
    removed = [r for r in cleaned.removed if r.reason == "site_boilerplate"]
    assert [r.text for r in removed] == furniture
    assert all(r.filter == "site_boilerplate" and r.detail.startswith("harbour herald: ") for r in removed)


def test_a_body_line_sharing_a_phrase_with_furniture_stays() -> None:
    profile = learn(corpus(), min_docs=3)
    text, body, _ = article("Harbour Herald", 21)
    quoting = "The shop owner said: Prints of every Harbour Herald photo in our shop sell out by noon on Saturdays."
    article_text = text.replace(body[1], quoting)
    assert quoting in newsclean.clean(article_text, profile=profile).paragraphs


STANDARD = (
    "Like every report in this series, this one was checked by two editors of the desk before it went out, "
    "and any error that readers point out to us is corrected in the text and noted at its end."
)


def test_long_prose_inside_the_article_stays_where_furniture_would_go() -> None:
    """A standard paragraph every article repeats is learned as furniture; between two paragraphs of the
    article it is kept (the corpus cannot tell it from furniture), after the article it goes."""

    def with_standard(i: int, inside: bool) -> tuple[str, list[str]]:
        text, body, _ = article("Harbour Herald", i)
        return text.replace(body[1], f"{STANDARD}\n\n{body[1]}" if inside else body[1]) + f"\n\n{STANDARD}", body

    profile = learn([with_standard(i, inside=False)[0] for i in range(8)], min_docs=3)
    assert line_shape(STANDARD) in profile.furniture("harbour herald")
    text, body = with_standard(30, inside=True)
    cleaned = newsclean.clean(text, profile=profile)
    assert cleaned.paragraphs[1] == STANDARD and set(body) <= set(cleaned.paragraphs)
    standard_lines = [i + 1 for i, line in enumerate(text.split("\n")) if line == STANDARD]
    removed = [r.line for r in cleaned.removed if r.reason == "site_boilerplate" and r.text == STANDARD]
    assert removed == standard_lines[1:]


def test_another_sites_furniture_is_not_removed() -> None:
    profile = learn(corpus(), min_docs=3)
    text = article("Harbour Herald", 22)[0].replace("| Harbour Herald", "| Coast Courier")
    assert not [r for r in newsclean.clean(text, profile=profile).removed if r.reason == "site_boilerplate"]


def test_learning_is_free_of_order_and_partitions(tmp_path: Path) -> None:
    texts = corpus(10)
    one = learn(texts, min_docs=3)
    shuffled = learn(random.Random(7).sample(texts, len(texts)), min_docs=3)
    parts = reduce(Profile.merge, [learn(texts[i::4], min_docs=3) for i in range(4)])
    for name, profile in (("one", one), ("shuffled", shuffled), ("merged", parts)):
        profile.save(tmp_path / f"{name}.json")
    files = {(tmp_path / f"{name}.json").read_bytes() for name in ("one", "shuffled", "merged")}
    assert len(files) == 1


def test_save_load_round_trip_and_format(tmp_path: Path) -> None:
    profile = learn(corpus(), min_docs=3)
    profile.save(tmp_path / "p.json")
    data = json.loads((tmp_path / "p.json").read_text())
    assert (data["format"], data["version"], sorted(data["sites"])) == (
        "newsclean-profile",
        1,
        ["harbour herald", "valley voice"],
    )
    assert Profile.load(tmp_path / "p.json") == profile
    (tmp_path / "bad.json").write_text(json.dumps({**data, "version": 99}))
    with pytest.raises(newsclean.NewscleanError, match="version 1"):
        Profile.load(tmp_path / "bad.json")


def test_site_from_url_and_pairs() -> None:
    text = article("Harbour Herald", 1)[0]
    by_url = learn([{"text": text, "url": "https://www.herald.example/a"}] * 3, min_docs=3)
    by_pair = learn([("Herald", text)] * 3, min_docs=3)
    assert list(by_url.sites) == ["herald.example"] and list(by_pair.sites) == ["herald"]


def test_cli_learn_then_clean_with_the_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(corpus())))
    assert main(["learn", str(source), "-o", str(tmp_path / "p.json"), "--min-docs", "3"]) == 0
    text, body, _ = article("Valley Voice", 30)
    (tmp_path / "a.txt").write_text(text)
    capsys.readouterr()
    assert main([str(tmp_path / "a.txt"), "--profile", str(tmp_path / "p.json")]) == 0
    out = capsys.readouterr().out
    assert "Radio: tune in" not in out and body[2] in out


def test_batch_with_a_profile(tmp_path: Path) -> None:
    profile = learn(corpus(), min_docs=3)
    profile.save(tmp_path / "p.json")
    text, body, _ = article("Harbour Herald", 40)
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": 1, "text": text}) + "\n")
    out = tmp_path / "out.jsonl"
    assert (
        main(["batch", str(tmp_path / "in.jsonl"), "-o", str(out), "--profile", str(tmp_path / "p.json"), "--quiet"])
        == 0
    )
    record = json.loads(out.read_text())
    assert record["paragraphs"] == body
    assert [r["reason"] for r in record["removed"]].count("site_boilerplate") == 2


def test_near_duplicate_variants_count_together() -> None:
    # Neither spelling alone reaches min_docs=5 articles; together they are the site's furniture.
    spelled = ["Download the Harbour Herald app today", "Download the Harbour Herald apps today"]
    texts = [article("Harbour Herald", i)[0] + "\n\n" + spelled[i % 2] for i in range(6)]
    profile = learn(texts, min_docs=5, min_share=0.5)
    furniture = profile.furniture("Harbour Herald")
    assert {line_shape(spelled[0]), line_shape(spelled[1])} <= set(furniture)
    alone = learn(texts, min_docs=5, min_share=0.5, similarity=1.0).furniture("Harbour Herald")
    assert not {line_shape(spelled[0]), line_shape(spelled[1])} & set(alone)


def test_a_malformed_url_is_no_host() -> None:
    page = "Storm closes harbour | Coast News\nThe harbour closed on Monday as the storm reached the coast."
    for url in ("http://[::1", "http://[bad]/"):
        assert newsclean.clean(page, url=url).site_name == "Coast News"
        assert list(newsclean.learn([{"text": page, "url": url}]).sites) == ["coast news"]


def markdown_page(story: str) -> str:
    """A Markdown page of Coast News (as HTML-to-Markdown converters write one) with the site's app link."""
    body = f"{story} on Monday, the council said, and the work will go on until the end of the summer."
    return f"# {story} | Coast News\n\n[Home](/) [News](/news)\n\n{body}\n\n[Get the Coast app](/app)\n"


STORIES = ["Rain stops play", "Harbour closes", "Mayor resigns", "Bridge reopens", "Ferry returns"]


def test_a_profile_learned_from_markdown_removes_its_link_lines() -> None:
    pages = [markdown_page(story) for story in STORIES]
    profile = learn(pages, min_docs=3)
    furniture = profile.furniture("coast news")
    assert furniture.get("getthecoastapp") == "Get the Coast app"  # the text it shows, not "...appapp"
    cleaned = newsclean.clean(pages[0], profile=profile)
    assert cleaned.shape == "markdown"
    removed = [r for r in cleaned.removed if r.reason == "site_boilerplate"]
    assert "Get the Coast app" in [r.text for r in removed]
    assert not any("Coast app" in paragraph for paragraph in cleaned.paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        markdown_page("Rain stops play"),
        "\n".join(textwrap.wrap(" ".join(["The council said on Tuesday that the plan would go ahead."] * 12), 60)),
        "Storm closes harbour | Coast News\n\n\u200bCafe\u0301 reopens\ufeff\n\nThe story.",
    ],
)
def test_learning_reads_the_lines_that_cleaning_reads(text: str) -> None:
    assert line_texts(text) == [line.text for line in Document.from_text(text).lines]


# A profile file is checked whole at load: each bad file is one ProfileError naming the file, the key,
# what it holds and what it takes, and a profile that loads never makes clean() fail.

SITE = 'sites["harbour herald"]'
RADIO = line_shape("Harbour Herald Radio: tune in every morning at 6")
LINE = f'{SITE}.lines["{RADIO}"]'


def good_profile() -> dict[str, Any]:
    return learn(corpus(4), min_docs=3).to_dict()


def site_of_data(data: dict[str, Any]) -> dict[str, Any]:
    site: dict[str, Any] = data["sites"]["harbour herald"]
    return site


def written(tmp_path: Path, change: Callable[[dict[str, Any]], object], name: str = "p.json") -> Path:
    """A profile file: the good profile with ``change`` made to its dict."""
    data = good_profile()
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def nested(depth: int) -> list[Any]:
    """A list nested ``depth`` deep, built without recursion."""
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


CRASHED_THE_CLI: dict[str, tuple[Callable[[dict[str, Any]], object], str]] = {
    # change made to a good profile -> what the message must say
    "missing key": (lambda d: d.pop("min_share"), "min_share is missing; expected a profile to have"),
    "missing site key": (lambda d: site_of_data(d).pop("docs"), f"{SITE}.docs is missing"),
    "min_docs as a string": (
        lambda d: d.update(min_docs="3"),
        'min_docs holds the string "3"; expected a whole number from 2 to 2**63 - 1',
    ),
    "sites as a list": (lambda d: d.update(sites=[]), "sites holds a list of 0 items; expected an object"),
    "three-item line": (
        lambda d: site_of_data(d)["lines"][RADIO].append(1),
        f"{LINE} holds a list of 3 items; expected a [count, example line] pair",
    ),
    "line as a string": (
        lambda d: site_of_data(d)["lines"].update({RADIO: "12"}),
        f'{LINE} holds the string "12"; expected a [count, example line] pair',
    ),
    "site as a number": (lambda d: d["sites"].update({"harbour herald": 3}), f"{SITE} holds the number 3; expected"),
    "not a profile": (lambda d: d.pop("format"), 'format is missing; expected "newsclean-profile"'),
    "another format": (lambda d: d.update(format="other"), 'format holds the string "other"; expected'),
    "another version": (lambda d: d.update(version=2), "version holds the number 2; expected 1"),
    "version as a string": (lambda d: d.update(version="1"), 'version holds the string "1"; expected 1'),
    "unknown key": (lambda d: site_of_data(d).update(min_docs=3), f"{SITE}.min_docs is not a key of a site"),
}


@pytest.mark.parametrize("case", sorted(CRASHED_THE_CLI))
def test_a_bad_profile_is_one_error_in_the_cli(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    change, message = CRASHED_THE_CLI[case]
    path = written(tmp_path, change)
    with pytest.raises(ProfileError) as raised:
        Profile.load(path)
    assert str(raised.value).startswith(f"profile {path}: ") and message in str(raised.value)
    assert raised.value.key is not None and raised.value.key in str(raised.value)
    assert isinstance(raised.value, newsclean.NewscleanError) and isinstance(raised.value, ValueError)
    assert_the_cli_says(raised.value, path, tmp_path, capsys)


def assert_the_cli_says(
    error: ProfileError, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], batch: bool = False
) -> None:
    """``newsclean FILE --profile PATH`` (or ``newsclean batch``) exits 1 with the error's message, no traceback."""
    (tmp_path / "a.txt").write_text(article("Harbour Herald", 20)[0])
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": article("Harbour Herald", 20)[0]}) + "\n")
    capsys.readouterr()
    if batch:
        argv = ["batch", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out.jsonl"), "--quiet"]
        assert main([*argv, "--profile", str(path)]) == 1
        assert capsys.readouterr().err == f"newsclean batch: {error}\n"
    else:
        assert main([str(tmp_path / "a.txt"), "--profile", str(path)]) == 1
        assert capsys.readouterr().err == f"newsclean: {error}\n"


FILES: dict[str, tuple[str, str]] = {
    # file content -> what the message must say
    "100,000-deep nesting": ("[" * 100_000 + "]" * 100_000, "nests too deeply to be read"),
    "deep nesting that is no profile": ("[" * 500 + "]" * 500, "holds a list of 1 item; expected an object"),
    "not JSON": ('{"format": ', "is not JSON: Expecting value"),
    "empty": ("", "is not JSON"),
    "a list": ("[1, 2]", 'holds a list of 2 items; expected an object with "format": "newsclean-profile"'),
    "a string": ('"newsclean-profile"', "holds the string"),
    "null": ("null", "holds null; expected an object"),
    "an integer of 5000 digits": ('{"version": ' + "9" * 5000 + "}", "is not JSON: Exceeds the limit"),
}


@pytest.mark.parametrize("case", sorted(FILES))
def test_a_file_that_is_no_profile_is_refused(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text, message = FILES[case]
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=r"^profile .*p\.json") as raised:
        Profile.load(path)
    assert message in str(raised.value)
    assert_the_cli_says(raised.value, path, tmp_path, capsys, batch=case == "100,000-deep nesting")


def test_a_file_that_cannot_be_read_is_a_profile_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r"cannot read profile .*missing\.json"):
        Profile.load(tmp_path / "missing.json")
    with pytest.raises(ProfileError, match="cannot read profile"):
        Profile.load(tmp_path)  # a folder
    (tmp_path / "latin1.json").write_bytes(b'{"format": "caf\xe9"}')
    with pytest.raises(ProfileError, match=r"latin1\.json is not UTF-8 text"):
        Profile.load(tmp_path / "latin1.json")


def test_deep_nesting_given_to_from_dict_is_refused_without_recursion() -> None:
    data = good_profile()
    site_of_data(data)["lines"][RADIO] = nested(100_000)
    with pytest.raises(ProfileError, match=r"holds a list of 1 item; expected a \[count, example line\] pair"):
        Profile.from_dict(data)
    data = {"format": "newsclean-profile", "version": nested(100_000)}
    with pytest.raises(ProfileError, match="version holds a list of 1 item"):
        Profile.from_dict(data)


ACCEPTED_BEFORE: dict[str, tuple[Callable[[dict[str, Any]], object], str]] = {
    # each loaded, then made every clean() of the site raise StepError (or save fail)
    "similarity 0": (lambda d: d.update(similarity=0), "similarity holds the number 0; expected a number from 0.01"),
    "similarity -1": (lambda d: d.update(similarity=-1), "similarity holds the number -1; expected"),
    "similarity inf": (lambda d: d.update(similarity=math.inf), "similarity holds Infinity; expected"),
    "similarity NaN": (lambda d: d.update(similarity=math.nan), "similarity holds NaN; expected"),
    "similarity tiny": (lambda d: d.update(similarity=0.001), "similarity holds the number 0.001; expected"),
    "similarity over 1": (lambda d: d.update(similarity=1.5), "similarity holds the number 1.5; expected"),
    "min_share NaN": (lambda d: d.update(min_share=math.nan), "min_share holds NaN; expected a number above 0"),
    "max_shapes as a string": (lambda d: d.update(max_shapes="5"), 'max_shapes holds the string "5"; expected'),
    "max_shapes 0": (lambda d: d.update(max_shapes=0), "max_shapes holds the number 0; expected a whole number from 1"),
    "min_docs as a float": (lambda d: d.update(min_docs=3.0), "min_docs holds the number 3.0; expected a whole number"),
    "docs as a string": (lambda d: site_of_data(d).update(docs="8"), f'{SITE}.docs holds the string "8"; expected'),
    "docs 10**4000": (
        lambda d: site_of_data(d).update(docs=10**4000),
        f"{SITE}.docs holds a number of 4001 digits; expected a whole number from 0 to 2**63 - 1",
    ),
    "docs 2**63": (
        lambda d: site_of_data(d).update(docs=2**63),
        f"{SITE}.docs holds the number 9223372036854775808; expected",
    ),
    "docs negative": (lambda d: site_of_data(d).update(docs=-1), f"{SITE}.docs holds the number -1; expected"),
    "docs true": (lambda d: site_of_data(d).update(docs=True), f"{SITE}.docs holds true; expected a whole number"),
    "count as a string": (
        lambda d: site_of_data(d)["lines"][RADIO].__setitem__(0, "4"),
        f'{LINE}[0] holds the string "4"; expected a whole number from 0 to 2**63 - 1',
    ),
    "count 10**4000": (
        lambda d: site_of_data(d)["lines"][RADIO].__setitem__(0, 10**4000),
        f"{LINE}[0] holds a number of 4001 digits",
    ),
    "example as a number": (
        lambda d: site_of_data(d)["lines"][RADIO].__setitem__(1, 5),
        f"{LINE}[1] holds the number 5; expected the example line, a string",
    ),
    "example with a lone surrogate": (
        lambda d: site_of_data(d)["lines"][RADIO].__setitem__(1, "Radio \ud800"),
        f'{LINE}[1] holds the string "Radio \\ud800"; expected the example line, a string of valid Unicode',
    ),
    "site name with a lone surrogate": (
        lambda d: d["sites"].update({"\udc00": {"docs": 1, "lines": {}}}),
        'sites has the key the string "\\udc00"; expected a site name',
    ),
}


@pytest.mark.parametrize("case", sorted(ACCEPTED_BEFORE))
def test_a_profile_that_would_break_clean_is_refused_at_load(case: str, tmp_path: Path) -> None:
    change, message = ACCEPTED_BEFORE[case]
    path = written(tmp_path, change)
    with pytest.raises(ProfileError) as raised:
        Profile.load(path)
    assert str(raised.value).startswith(f"profile {path}: ") and message in str(raised.value)


def test_keys_that_json_cannot_hold_are_refused_by_from_dict() -> None:
    data = good_profile()
    site_of_data(data)["lines"][7] = [3, "Seven"]
    with pytest.raises(
        ProfileError, match=rf"^profile: {re.escape(SITE)}\.lines has the key the number 7; expected a line shape"
    ):
        Profile.from_dict(data)
    data = good_profile()
    data["sites"][("a", "b")] = {"docs": 1, "lines": {}}
    with pytest.raises(ProfileError, match=r"^profile: sites has the key a list of 2 items; expected a site name"):
        Profile.from_dict(data)


def test_thresholds_given_in_python_are_checked_as_in_a_file() -> None:
    for thresholds, message in (
        ({"similarity": 0}, "similarity holds the number 0"),
        ({"min_docs": "3"}, 'min_docs holds the string "3"'),
        ({"min_docs": 1}, "min_docs holds the number 1; expected a whole number from 2"),
        ({"min_share": 0}, "min_share holds the number 0"),
        ({"max_shapes": True}, "max_shapes holds true"),
    ):
        with pytest.raises(ProfileError, match=f"^Profile: {message}"):
            learn(corpus(1), **thresholds)
    profile = learn(corpus(4), min_docs=3, min_share=1, similarity=1)  # ints where floats are kept
    assert (profile.min_share, profile.similarity) == (1.0, 1.0) and type(profile.similarity) is float


def test_a_good_profile_with_edge_values_loads_and_cleans(tmp_path: Path) -> None:
    def edges(data: dict[str, Any]) -> None:
        data.update(min_docs=2**63 - 1, min_share=5e-324, max_shapes=1, similarity=0.01)
        site_of_data(data)["docs"] = 2**63 - 1
        site_of_data(data)["lines"][RADIO][0] = 2**63 - 1
        data["sites"]["empty"] = {"docs": 0, "lines": {}}

    profile = Profile.load(written(tmp_path, edges))
    newsclean.clean(article("Harbour Herald", 20)[0], profile=profile)
    assert Profile.from_dict(profile.to_dict()) == profile


def test_a_profile_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk, and the size alone refuses it
    tracemalloc.start()
    try:
        with pytest.raises(
            ProfileError, match=r"huge\.json is 100,000,001 bytes or more, over the limit of 100,000,000"
        ):
            Profile.load(path)
        assert tracemalloc.get_traced_memory()[1] < 1_000_000  # nothing was read
    finally:
        tracemalloc.stop()
    small = written(tmp_path, lambda d: None, "small.json")
    with pytest.raises(ProfileError, match="max_bytes"):
        Profile.load(small, max_bytes=100)
    assert Profile.load(small, max_bytes=small.stat().st_size) == Profile.from_dict(good_profile())


def test_learning_from_hostile_text_saves_and_loads(tmp_path: Path) -> None:
    texts = [t + "\n\nShare on Wh\ud83datsApp \udfff" for t in corpus(4)]  # a cut emoji, a lone low surrogate
    profile = learn([*texts, ("Herald \ud800", texts[0])], min_docs=3)
    profile.save(tmp_path / "p.json")
    loaded = Profile.load(tmp_path / "p.json")
    assert "Share on Wh\ufffdatsApp \ufffd" in loaded.furniture("Harbour Herald").values()
    assert "herald \ufffd" in loaded.sites


def test_a_huge_line_is_not_counted(tmp_path: Path) -> None:
    huge = "x" * 5_000_000
    profile = learn([t + "\n" + huge for t in corpus(4)], min_docs=3)
    assert not any(len(shape) > 1000 for counts in profile.sites.values() for shape in counts.shapes)
    profile.save(tmp_path / "p.json")
    assert (tmp_path / "p.json").stat().st_size < 10_000


# The property: whatever is done to a good profile's dict, from_dict refuses it with a ProfileError or gives a
# profile with which clean() of a page of each of its sites does not raise.

_HOSTILE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.sampled_from([0, 1, 2, -1, 2**63 - 1, 2**63, 10**4000, -(10**4000)]),
        st.floats(),
        st.sampled_from([0.0, -0.0, 5e-324, 0.0099, 0.01, 1.0, 1.0000001, math.inf, -math.inf, math.nan]),
        st.text(max_size=12),
        st.sampled_from(["", "3", "\ud800", "harbour herald", "x" * 5000]),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


# Values a hand-edited file may hold, in and just out of range, so that many mutations are accepted.
_PLAUSIBLE = st.one_of(
    st.integers(-1, 12),
    st.floats(-0.1, 1.1),
    st.sampled_from([0.01, 0.0099, 1, 2**63 - 1, 5e-324]),
    st.text(max_size=30),
    st.lists(st.integers(0, 12) | st.text(max_size=30), min_size=2, max_size=2),
)


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        items: list[tuple[Any, Any]] = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    else:
        return
    for key, item in items:
        yield (*path, key)
        yield from _nodes(item, (*path, key))


def _mutate(data: dict[str, Any], draw: st.DataObject) -> None:
    path = draw.draw(st.sampled_from([(), *_nodes(data)]))
    parent: Any = data
    for key in path[:-1]:
        parent = parent[key]
    action = draw.draw(st.sampled_from(["drop", "replace", "add"] if path else ["add"]))
    if action == "add":
        into = parent[path[-1]] if path else parent
        if isinstance(into, dict):
            key = draw.draw(st.text(max_size=6) | st.sampled_from(list(into) or [""]))
            into[key] = draw.draw(_HOSTILE | _PLAUSIBLE)
        elif isinstance(into, list):
            into.append(draw.draw(_HOSTILE | _PLAUSIBLE))
    elif action == "drop":
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw.draw(_HOSTILE | _PLAUSIBLE)


GOOD = good_profile()
PAGES = [article(site, 20)[0] for site in ("Harbour Herald", "Valley Voice")]


@given(st.data())
def test_a_mutated_profile_is_refused_or_cleans(draw: st.DataObject) -> None:
    data = copy.deepcopy(GOOD)
    for _ in range(draw.draw(st.integers(1, 3))):
        _mutate(data, draw)
    try:
        profile = Profile.from_dict(data)
    except ProfileError as exc:
        message = str(exc)
        assert message.startswith("profile") and "expected" in message and (exc.key or "") in message
        message.encode("utf-8")  # prints anywhere: no lone surrogate, whatever the file held
        return
    for page in PAGES:
        newsclean.clean(page, profile=profile).to_json()
    for name in profile.sites:
        newsclean.clean(PAGES[0], site=name, profile=profile).to_json()
        profile.furniture(name)
    saved = json.dumps(profile.to_dict(), ensure_ascii=False).encode("utf-8")
    assert Profile.from_dict(json.loads(saved)) == profile


@pytest.mark.parametrize(
    ("lines", "site"),
    [
        (["Harbour works begin on Monday", "© 2008 Coast Media Inc"], "coast media inc"),
        (["Harbour works begin on Monday", "Copyright © 2009 The Harbour Gazette"], "the harbour gazette"),
        (
            [
                "Harbour works begin | Comments (70)",
                "Copyright & Terms of Use",
                "© 2024 Coast News. All rights reserved.",
            ],
            "coast news",
        ),
        (["Harbour works begin | Harbour Gazette", "Privacy Policy & Terms of Use"], "harbour gazette"),
    ],
)
def test_site_names_are_names(lines: list[str], site: str) -> None:
    assert site_of(lines) == site


@pytest.mark.parametrize("lines", [["Harbour works begin | (70)"], ["Harbour works begin", "Copyright & Terms of Use"]])
def test_a_legal_line_or_a_count_names_no_site(lines: list[str]) -> None:
    assert site_of(lines) is None


def test_learn_names_sites_by_their_names() -> None:
    pages = [
        f"Story {n} | Comments ({n})\n\nText of story {n} that runs on.\n\n© 2008 Coast Media Inc" for n in range(3)
    ]
    assert sorted(newsclean.learn(pages).sites) == ["coast media inc"]
