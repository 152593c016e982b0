"""Publisher profiles: learned furniture is removed, body lines are not, learning is order-free."""

from __future__ import annotations

import json
import random
from functools import reduce
from pathlib import Path

import pytest

import newsclean
from newsclean import Profile, learn
from newsclean.cli import main
from newsclean.profile import line_shape

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
