"""Whether a text names a person: the name tests of the byline parser, and the words they read.

>>> person_name("JANE DOE"), person_name("Ursula von der Leyen"), person_name("Europäische Kommission")
('Jane Doe', 'Ursula von der Leyen', None)
>>> before_not_name("Jane Doe Twitter Account"), "reporter" in ROLE_WORDS
('Jane Doe', True)
"""

from __future__ import annotations

import re

from newsclean.fields.limits import FIELD_CHARS
from newsclean.lang import alternation, every
from newsclean.lang.common import NAME_PARTICLES

#: Job titles that follow a name on a byline ("JOHN SMITH | Staff Writer"): never an author.
BYLINE_ROLES = every("BYLINE_ROLES")
#: Words that are never part of a person's name on a byline (navigation, prompts, times).
NOT_NAMES = every("NOT_NAMES")
#: Small words inside a name ("von der", "de la", "bin").
PARTICLES = every("NAME_PARTICLES") | NAME_PARTICLES
#: Single words that make a line a job title ("Political Editor", "Redakteur für Wirtschaft").
ROLE_WORDS = frozenset(word for role in BYLINE_ROLES for word in role.split()) - every("ROLE_QUALIFIERS") | every(
    "JOB_WORDS"
)
#: Words before a byline word that make it a pointer elsewhere ("More by", "Mehr von"), not a byline.
MORE_BY = every("MORE_BY")
#: Words of a shop, a menu or a button ("ADD TO CART", "Sign in"): a "name" or a place holding one is none.
INTERFACE_WORDS = every("INTERFACE_WORDS")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+){0,5}\.?")
#: "Europäische", "Olympisches": adjectives, never part of a name.
_ADJECTIVE = re.compile(rf"(?:{alternation('ADJECTIVE_ENDINGS')})\Z", re.I)


def person_name(text: str) -> str | None:
    """A person's name (title-cased when written in capitals), or None when ``text`` is no name."""
    if len(text) > FIELD_CHARS:
        return None
    tokens = text.replace("\xad", "").strip(" .").split()
    if not 1 <= len(tokens) <= 4 or not all(_TOKEN.fullmatch(token) for token in tokens):
        return None
    if any(token.casefold() in NOT_NAMES or _ADJECTIVE.search(token) for token in tokens) or not tokens[0][0].isupper():
        return None
    if not all(token[0].isupper() or token in PARTICLES for token in tokens) or tokens[-1].casefold() in PARTICLES:
        return None
    if all(token.isupper() for token in tokens if len(token) > 1):
        return " ".join(token if token.casefold() in PARTICLES else token.capitalize() for token in tokens)
    return " ".join(tokens)


def before_not_name(text: str) -> str:
    """``text`` up to its first word that is never a name ("Jane Doe Twitter Account" -> "Jane Doe")."""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if word.casefold().strip(":,.") in NOT_NAMES), len(words))
    return " ".join(words[:cut]) if cut >= 2 else ""
