"""The Dask adapter on a distributed LocalCluster equals the single-process results."""

from __future__ import annotations

from collections.abc import Iterator

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import newsclean
import newsclean.dask as nd
from test_profile import article, corpus


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster) as client:
        yield client


def test_learn_and_clean_on_a_cluster_equal_one_process(client: Client) -> None:
    texts = corpus(6)
    expected_profile = newsclean.learn(texts, min_docs=3)
    bag = db.from_sequence(texts, npartitions=4)
    series = dd.from_pandas(pd.Series(texts), npartitions=3)
    assert nd.learn(bag, min_docs=3) == expected_profile
    assert nd.learn(series, min_docs=3) == expected_profile

    unseen = [article("Harbour Herald", i)[0] for i in range(30, 34)]
    expected = [newsclean.clean(text, profile=expected_profile).to_dict() for text in unseen]
    assert nd.clean(db.from_sequence(unseen, npartitions=2), profile=expected_profile).compute() == expected
    frame = nd.clean(dd.from_pandas(pd.Series(unseen), npartitions=2), profile=expected_profile).compute()
    assert list(frame.columns) == list(nd.COLUMNS)
    assert frame.to_dict("records") == expected
    assert any(r["reason"] == "site_boilerplate" for r in frame["removed"].iloc[0])
