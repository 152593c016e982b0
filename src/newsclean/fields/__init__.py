"""The built-in field extractors: each fills article fields from the lines it uses."""

from newsclean.fields.captions import Captions
from newsclean.fields.tags import Tags
from newsclean.fields.title import Title

__all__ = ["Captions", "Tags", "Title"]
