"""newsclean: turn raw, messy news-article text into a clean, structured article.

>>> import newsclean
>>> article = newsclean.clean('''Storm closes harbour | Coast News
...
... The harbour closed on Monday as the storm reached the coast, the port authority said.
...
... Article continues after this advertisement
...
... Ferries will not run before Wednesday, and the authority asked people to stay away.''')
>>> article.title, article.site_name
('Storm closes harbour', 'Coast News')
>>> len(article.paragraphs), [(r.line, r.reason) for r in article.removed]
(2, [(5, 'advert_marker')])
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from newsclean.article import Article, Byline, Dateline, Placement, Removal
from newsclean.batch import clean_many
from newsclean.document import Document, Line, decode
from newsclean.errors import InputError, NewscleanError, PipelineError, StepError
from newsclean.filters.site import SiteBoilerplate
from newsclean.pipeline import Drop, Extraction, Extractor, Filter, Page, Pipeline, Registry
from newsclean.profile import Profile, learn
from newsclean.steps import REGISTRY

__all__ = [
    "Article",
    "Byline",
    "Dateline",
    "Document",
    "Drop",
    "Extraction",
    "Extractor",
    "Filter",
    "InputError",
    "Line",
    "NewscleanError",
    "Page",
    "Pipeline",
    "PipelineError",
    "Placement",
    "Profile",
    "Registry",
    "Removal",
    "StepError",
    "clean",
    "clean_many",
    "learn",
    "register",
]

__version__ = "0.1.0"


def clean(
    doc: str | bytes,
    *,
    url: str | None = None,
    site: str | None = None,
    pipeline: Pipeline | None = None,
    profile: Profile | None = None,
    shape: str | None = None,
    keep_markup: bool = False,
) -> Article:
    """Clean one article given as plain text (``bytes`` are decoded by :func:`newsclean.document.decode`).

    ``url`` and ``site`` help recognise the site name; ``pipeline`` replaces the default one;
    ``profile`` (see :func:`newsclean.learn`) removes the site's learned furniture; ``shape`` forces
    the input shape (``lines``, ``wrapped``, ``markdown``, ``oneline``; detected when None, see
    ``Article.shape``) and ``keep_markup`` keeps a Markdown body's inline markup.
    """
    document = Document.from_text(decode(doc), url=url, site=site, shape=shape, keep_markup=keep_markup)
    steps = pipeline or _default_pipeline()
    if profile is not None:
        steps = steps.add(
            SiteBoilerplate(profile),
            after="title" if "title" in steps.names else None,
            first="title" not in steps.names,
        )
    return steps.run(document)


def register(name: str, step: Callable[..., Any] | None = None) -> Any:
    """Register a filter (function or class) or an extractor class by name; usable as a decorator.

    >>> @register("no_sponsors")
    ... def no_sponsors(page):
    ...     return [(line, "sponsored") for line in page.lines if line.norm.startswith("sponsored")]
    >>> "no_sponsors" in Pipeline.default().add("no_sponsors").names
    True
    """
    return REGISTRY.register(name, step)


@cache
def _default_pipeline() -> Pipeline:
    return Pipeline.default()
