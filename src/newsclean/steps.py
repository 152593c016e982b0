"""The built-in steps by name, and the order of the default pipeline."""

from __future__ import annotations

from newsclean.fields import Bylines, Captions, Datelines, Tags, Title
from newsclean.filters import Content, Footer, Markup, Navigation, PhraseFilter, RepeatedLines
from newsclean.pipeline import Registry

#: Step names resolve here (then in the ``newsclean.steps`` entry-point group).
REGISTRY = Registry()
for _step in (
    *(Title, Bylines, Datelines, Tags, Captions),
    *(Markup, PhraseFilter, RepeatedLines, Navigation, Footer, Content),
):
    REGISTRY.register(_step.name, _step)

#: The default pipeline: the fields first (the page title, byline, date line, tag lists and captions
#: are not furniture),
#: then Markdown lines without text, known phrases and repeats, navigation, the footer zone,
#: and prose judgement last.
DEFAULT_STEPS = (
    "title",
    "byline",
    "dateline",
    "tags",
    "captions",
    "markup",
    "phrases",
    "repeated_line",
    "navigation",
    "footer",
    "content",
)
