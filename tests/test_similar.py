"""Near-duplicate similarity: the pure-Python path gives rapidfuzz's scores exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
