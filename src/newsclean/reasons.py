"""Reason codes and their roles: what a removed line means to the steps that come after.

Every filter reports a snake_case reason code with each line it drops. Most later steps only
see that the line is gone; the content pass also asks what kind of furniture it was, and reads
the code's :class:`Role`, never the code itself. The built-in codes are declared here; a filter
of your own declares the roles of its codes in its ``roles`` attribute, and an undeclared code is
a :attr:`Role.BOUNDARY` (furniture that ends the article's run, like a menu).

>>> ROLES["advert_marker"], ROLES["navigation"], ROLES["comment_prompt"]
(<Role.INLINE: 'inline'>, <Role.BOUNDARY: 'boundary'>, <Role.COMMENTS: 'comments'>)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType


class Role(Enum):
    """What a removed line tells the content pass about the article around it."""

    INLINE = "inline"
    """Furniture sites put *inside* articles (an advert marker, a share bar): the article's run of
    prose goes on across it, as if the line were not there."""
    BOUNDARY = "boundary"
    """Boilerplate around the article (a menu, a footer): it breaks the run of prose. The default."""
    COMMENTS = "comments"
    """A boundary that opens readers' comments ("12 comments"): prose after it is not the article's
    once the article has begun."""


#: The built-in reason codes of each role.
_CODES = {
    Role.INLINE: "advert_marker subscription_prompt cross_link social_share site_boilerplate image markup",
    Role.BOUNDARY: "cookie_notice promo_heading repeated_line navigation footer outside_article short_line not_prose",
    Role.COMMENTS: "comment_prompt",
}
#: The built-in reason codes, each with the role of the lines it removes.
ROLES: Mapping[str, Role] = MappingProxyType({code: role for role, codes in _CODES.items() for code in codes.split()})

#: What a reason code looks like: snake_case, starting with a letter.
CODE = re.compile(r"\A[a-z][a-z0-9_]*+\Z")
