"""The built-in steps by name, and the order of the default pipeline."""

from __future__ import annotations

from newsclean.fields import Captions, Tags, Title
from newsclean.filters import Content, Footer, Navigation, PhraseFilter, RepeatedLines
from newsclean.pipeline import Registry

#: Step names resolve here (then in the ``newsclean.steps`` entry-point group).
REGISTRY = Registry()
for _step in (Title, PhraseFilter, RepeatedLines, Tags, Navigation, Footer, Captions, Content):
    REGISTRY.register(_step.name, _step)

#: The default pipeline: the title first (the page-title line is not furniture), known phrases
#: and repeats next, then tags and captions before the footer zone swallows them, and prose judgement last.
DEFAULT_STEPS = ("title", "phrases", "repeated_line", "tags", "captions", "navigation", "footer", "content")
