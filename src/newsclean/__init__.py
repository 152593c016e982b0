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

from newsclean.article import Article, Byline, Dateline, Placement, Removal
from newsclean.batch import clean_many
from newsclean.cleaning import clean, register
from newsclean.contract import Drop, Extraction, Extractor, Filter, Page
from newsclean.document import Document, Line
from newsclean.errors import InputError, InputValueError, NewscleanError, PipelineError, ProfileError, StepError
from newsclean.pipeline import Pipeline
from newsclean.profile import Profile, learn
from newsclean.reasons import Role
from newsclean.registry import Registry

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
    "InputValueError",
    "Line",
    "NewscleanError",
    "Page",
    "Pipeline",
    "PipelineError",
    "Placement",
    "Profile",
    "ProfileError",
    "Registry",
    "Removal",
    "Role",
    "StepError",
    "clean",
    "clean_many",
    "learn",
    "register",
]

__version__ = "0.1.0"
