"""Publisher profiles and cleaning on Dask collections (``pip install "newsclean[dask]"``).

``learn`` maps :func:`newsclean.learn` over the partitions and merges the partial profiles, which
gives exactly the profile of one pass over the whole collection. ``clean`` returns a bag of
``Article.to_dict()`` records for a bag of texts, or a DataFrame with the article's fields as
columns for a Series of texts.

>>> import dask.bag as db
>>> stories = ["Rain stops play", "Harbour closes", "Mayor resigns", "Bridge reopens"]
>>> pages = [f"{s} | Coast News\\n{s} after a long week in the town.\\nGet the Coast app" for s in stories]
>>> profile = learn(db.from_sequence(pages, npartitions=2), min_docs=3)
>>> [record["paragraphs"] for record in clean(db.from_sequence(pages[:2]), profile=profile).compute()]
[['Rain stops play after a long week in the town.'], ['Harbour closes after a long week in the town.']]
"""

from __future__ import annotations

from functools import partial, reduce
from typing import Any

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError('newsclean.dask needs Dask: pip install "newsclean[dask]"') from exc

import newsclean
from newsclean.profile import Profile

#: The columns of ``clean()`` on a Series: the keys of ``Article.to_dict()``.
COLUMNS = (
    "title",
    "site_name",
    "language",
    "byline",
    "dateline",
    "date_modified",
    "url",
    "image",
    "body",
    "paragraphs",
    "captions",
    "tags",
    "confidence",
    "removed",
)


def learn(collection: db.Bag | dd.Series, **thresholds: Any) -> Profile:
    """A profile learned from a bag or Series of article texts, one partial profile per partition."""
    bag = collection.to_bag() if isinstance(collection, dd.Series) else collection
    partials = bag.map_partitions(_learn_partition, thresholds).compute()
    return reduce(Profile.merge, partials, newsclean.learn([], **thresholds))


def clean(collection: db.Bag | dd.Series, profile: Profile | None = None) -> db.Bag | dd.DataFrame:
    """Clean every text: a bag of ``to_dict()`` records, or for a Series a DataFrame of the fields."""
    if isinstance(collection, dd.Series):
        meta = pd.DataFrame({column: pd.Series(dtype=object) for column in COLUMNS})
        return collection.map_partitions(_clean_partition, profile, meta=meta)
    return collection.map(partial(_clean_record, profile=profile))


def _learn_partition(texts: Any, thresholds: dict[str, Any]) -> list[Profile]:
    return [newsclean.learn(texts, **thresholds)]


def _clean_record(text: str, profile: Profile | None) -> dict[str, Any]:
    return newsclean.clean(text, profile=profile).to_dict()


def _clean_partition(texts: pd.Series, profile: Profile | None) -> pd.DataFrame:
    records = [newsclean.clean(text, profile=profile).to_dict() for text in texts]
    return pd.DataFrame(records, index=texts.index, columns=list(COLUMNS), dtype=object)
