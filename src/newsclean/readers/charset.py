"""The encoding of an HTML page given as bytes: its byte-order mark, its declaration, or a fallback.

:func:`decode_html` reads, in this order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32): it wins over anything the page declares;
2. ``<meta charset="...">`` or ``<meta http-equiv="Content-Type" content="...; charset=...">`` in the
   first :data:`PEEK` bytes, as browsers do (``iso-8859-1`` and ``ascii`` read as ``cp1252``, their
   superset; a UTF-16 declaration in a page that could be read as ASCII means UTF-8);
3. the fallback: UTF-8 when the bytes decode as UTF-8, else ``cp1252``, else ``latin-1`` (which
   decodes any bytes).

A declared encoding that is unknown, or that the bytes do not decode in, is ignored for the
fallback: a wrong declaration never raises.

>>> decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9 \\x93quoted\\x94</p>')
'<meta charset="iso-8859-1"><p>café “quoted”</p>'
>>> decode_html(b'<meta charset="utf-8"><p>caf\\xe9</p>')  # declared UTF-8, but it is not: the fallback
'<meta charset="utf-8"><p>café</p>'
>>> decode_html(b'<meta charset="no-such-thing"><p>caf\\xc3\\xa9</p>')
'<meta charset="no-such-thing"><p>café</p>'
"""

from __future__ import annotations

import codecs
import re

#: How many leading bytes are searched for a declared encoding.
PEEK = 4096
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: ``charset=`` inside a ``<meta>`` tag (both the HTML5 attribute and the ``http-equiv`` content).
_DECLARED = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([a-z0-9_.:-]{1,40})", re.IGNORECASE)
#: Declared encodings read as another, as browsers read them (the WHATWG encoding standard).
_AS = {"iso8859-1": "cp1252", "ascii": "cp1252", "latin-1": "cp1252", "utf-16": "utf-8", "utf-32": "utf-8"}


def bom_encoding(raw: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``raw`` names, or None.

    >>> bom_encoding(b"\\xef\\xbb\\xbf<html>"), bom_encoding(b"<html>")
    ('utf-8-sig', None)
    """
    return next((encoding for bom, encoding in _BOMS if raw.startswith(bom)), None)


def declared(raw: bytes) -> str | None:
    """The Python codec of the encoding the page's ``<meta>`` declares in its first bytes, or None when it
    declares none or one Python does not know.

    >>> declared(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    'shift_jis'
    >>> declared(b"<meta charset=latin1>"), declared(b"<meta charset=klingon>")
    ('cp1252', None)
    """
    found = _DECLARED.search(raw[:PEEK])
    if not found:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    for prefix, instead in _AS.items():
        if name.startswith(prefix):
            return instead
    return name


def decode_html(raw: bytes) -> str:
    """The page's text, read in the encoding its byte-order mark, declaration or the fallback gives (see
    the module's docstring). Never raises."""
    encoding = bom_encoding(raw)
    if encoding:
        return raw.decode(encoding, errors="replace")
    for candidate in (declared(raw), "utf-8", "cp1252"):
        if candidate:
            try:
                return raw.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                continue
    return raw.decode("latin-1")
