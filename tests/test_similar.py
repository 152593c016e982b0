"""Near-duplicate similarity: the pure-Python path gives rapidfuzz's scores exactly."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import similar

pytest.importorskip("rapidfuzz")

#: Short alphabets make long common subsequences (and near duplicates) likely.
texts = st.text(alphabet="abcde0 ", max_size=80) | st.text(max_size=40)


@given(texts, texts, st.sampled_from([0.0, 0.5, 0.8, 0.85, 0.9]))
def test_pure_similarity_equals_rapidfuzz(a: str, b: str, cutoff: float) -> None:
    fast = similar.similarity(a, b, cutoff)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(similar, "_RAPIDFUZZ", False)
        assert similar.similarity(a, b, cutoff) == fast


@given(st.lists(st.text(alphabet="abc", min_size=1, max_size=12), max_size=30))
def test_near_duplicate_groups_are_the_same_without_rapidfuzz(strings: list[str]) -> None:
    fast = similar.near_duplicate_groups(strings, 0.8)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(similar, "_RAPIDFUZZ", False)
        assert similar.near_duplicate_groups(strings, 0.8) == fast


def test_newsclean_cleans_without_rapidfuzz() -> None:
    text = "\n".join(
        [
            "Storm closes harbour | Coast News",
            "Weather for the whole coast region",
            "The storm closed the harbour on Monday, and the ferries stayed in port, the authority said.",
            "Weather for the whole coast regions",  # a near copy
        ]
    )
    hidden = "import sys; sys.modules['rapidfuzz'] = None"  # any import of rapidfuzz now fails
    code = f"{hidden}; import newsclean; print(newsclean.clean(sys.argv[1]).to_json())"
    run = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == newsclean.clean(text).to_json()
    assert [r.reason for r in newsclean.clean(text).removed] == ["repeated_line", "repeated_line"]


def test_a_cutoff_below_the_margin_scores_as_the_pure_path(monkeypatch: pytest.MonkeyPatch) -> None:
    strings = ["harbour", "harbours", "zzz"]
    fast = similar.near_duplicate_groups(strings, cutoff=0.005)  # rapidfuzz was asked for a negative cutoff
    monkeypatch.setattr(similar, "_RAPIDFUZZ", False)
    assert fast == similar.near_duplicate_groups(strings, cutoff=0.005)
