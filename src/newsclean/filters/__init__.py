"""The built-in filters: each reports lines to drop with a stable reason code."""

from newsclean.filters.content import Content
from newsclean.filters.footer import Footer
from newsclean.filters.landmarks import Landmarks
from newsclean.filters.markup import Markup
from newsclean.filters.navigation import Navigation
from newsclean.filters.phrases import PhraseFilter
from newsclean.filters.repeated import RepeatedLines

__all__ = ["Content", "Footer", "Landmarks", "Markup", "Navigation", "PhraseFilter", "RepeatedLines"]
