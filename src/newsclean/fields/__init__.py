"""The built-in field extractors: each fills article fields from the lines it uses."""

from newsclean.fields.byline import Bylines
from newsclean.fields.captions import Captions
from newsclean.fields.dateline import Datelines
from newsclean.fields.tags import Tags
from newsclean.fields.title import Title

__all__ = ["Bylines", "Captions", "Datelines", "Tags", "Title"]
