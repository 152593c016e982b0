"""How sure the cleaner is of one article: :attr:`Article.confidence <newsclean.article.Article.confidence>`.

The confidence is read off what the pipeline already decided, line by line (the document's lines, where
each went and why), never from features computed again. Four pieces of evidence (:class:`Evidence`):

- ``prose_share``: the share of the body's words in lines of prose (running text that ends like a sentence,
  rich in stop words): a body of menus, figures and teaser headings is doubtful;
- ``body_words``: how long the body is: a body of a few dozen words is often what is left of a lost article;
- ``kept_share``: the share of the input's words that the body holds: a page that is mostly furniture is
  harder to clean right;
- ``runs``: how many separate runs of lines the body was gathered from (lines that other steps removed as
  boilerplate that ends the article, a menu or a footer, part them; inline furniture such as an advert
  marker and the lines of fields such as the byline do not): one article is one run, a body put
  together from pieces all over the page is not.

They go into a small logistic model, the estimated chance that the body is right (body F1 of 0.8 or more,
the evaluation kit's 4-word-shingle metric):

    confidence = 1 / (1 + exp(BIAS + PROSE * prose_share + WORDS * ln(1 + body_words)
                              + KEPT * kept_share + RUNS * ln(1 + runs)))

An empty body has confidence 0.049; a body of 600 words of prose in one run, most of the input, 0.98.

>>> from newsclean.document import Document
>>> prose = "The harbour closed on Monday as the storm reached the coast, and the port said it would stay shut."
>>> doc = Document.from_text(f"Home\\n{prose}\\n{prose}")
>>> evidence = Evidence.of(doc.lines, ["removed", None, None], [("navigation", "navigation", ""), None, None])
>>> evidence
Evidence(body_words=38, prose_words=38, input_words=39, runs=1)
>>> round(evidence.prose_share, 2), round(evidence.kept_share, 2), score(evidence)
(1.0, 0.97, 0.902)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from newsclean.document import Line
from newsclean.prose import running
from newsclean.reasons import ROLES, Role

# The model's coefficients: a logistic regression of "body F1 below 0.8" on the four pieces of evidence
# (Newton's method, L2 penalty 0.001) over half a (crc32(id) % 2 == 0) of the pages with a gold body in the
# evaluation kit's dev.jsonl.gz and dev-region.jsonl.gz (1,584 pages), by
# ``python benchmarks/confidence.py --half a --fit``. Half b confirms them (see the README).
BIAS = 2.96
PROSE = -2.41
WORDS = -0.73
KEPT = -2.10
RUNS = 2.82
#: The stop-word share a line of prose has at least (when the document's language has stop words).
PROSE_DENSITY = 0.25


class Evidence(NamedTuple):
    """What the confidence is computed from, counted over the document's lines."""

    body_words: int
    """Words in the body's lines."""
    prose_words: int
    """Words in the body's lines of prose (see :func:`prose_line`)."""
    input_words: int
    """Words in every line of the input."""
    runs: int
    """Separate runs of body lines: lines removed as boilerplate that breaks the article part them."""

    @property
    def prose_share(self) -> float:
        """The share of the body's words in lines of prose (0.0 for an empty body)."""
        return self.prose_words / self.body_words if self.body_words else 0.0

    @property
    def kept_share(self) -> float:
        """The share of the input's words that the body holds (0.0 for an input without words)."""
        return self.body_words / self.input_words if self.input_words else 0.0

    @classmethod
    def of(
        cls,
        lines: Sequence[Line],
        fate: Sequence[str | None],
        why: Sequence[tuple[str, str, str] | None],
        roles: Mapping[str, Role] = ROLES,
    ) -> Evidence:
        """The evidence of a cleaned document: ``fate`` and ``why`` have a slot per line, as the pipeline keeps
        them (None: the line is in the body; ``removed`` with its (filter, reason, detail); or a field name),
        ``roles`` gives the role of each reason code (an unknown code is a boundary)."""
        body = prose = total = runs = 0
        in_run = False
        for line in lines:
            total += line.words
            went = fate[line.index]
            if went is None:
                body += line.words
                prose += line.words if prose_line(line) else 0
                runs += not in_run
                in_run = True
            elif went == "removed":
                removal = why[line.index]
                if removal is None or roles.get(removal[1], Role.BOUNDARY) is not Role.INLINE:
                    in_run = False
        return cls(body, prose, total, runs)


def prose_line(line: Line) -> bool:
    """Whether ``line`` is prose: running text (see :func:`newsclean.prose.running`: the words of a script
    without spaces count as their equivalent) that ends like a sentence, with stop words for a
    ``PROSE_DENSITY`` share of its words (or none at all: a language without known stop words).

    >>> from newsclean.document import Document
    >>> story, menu = Document.from_text("The harbour closed on Monday as the storm reached the coast of the "
    ...                                  "county, the port said.\\nHome News Sport Weather Travel Jobs").lines
    >>> prose_line(story), prose_line(menu)
    (True, False)
    """
    return (
        running(line) and line.ends_sentence and (line.stopwords == 0 or line.stopwords >= PROSE_DENSITY * line.words)
    )


def score(evidence: Evidence) -> float:
    """The confidence of ``evidence``, from 0 to 1, rounded to three decimals (see the module's formula).

    >>> score(Evidence(body_words=0, prose_words=0, input_words=40, runs=0))
    0.049
    >>> score(Evidence(body_words=600, prose_words=560, input_words=700, runs=1))
    0.978
    >>> score(Evidence(body_words=600, prose_words=300, input_words=2400, runs=3))
    0.385
    """
    z = (
        BIAS
        + PROSE * evidence.prose_share
        + WORDS * math.log1p(evidence.body_words)
        + KEPT * evidence.kept_share
        + RUNS * math.log1p(evidence.runs)
    )
    return round(1.0 / (1.0 + math.exp(z)), 3)
