"""What newsclean reads from a page's URL."""

from __future__ import annotations

from urllib.parse import urlsplit


def host(url: str | None) -> str:
    """The URL's host name in lower case without a leading ``www.``; "" when it has none or is malformed.

    >>> host("https://www.Planet.example/a"), host("http://[::1"), host(None)
    ('planet.example', '', '')
    """
    if not url:
        return ""
    try:
        name = urlsplit(url).hostname or ""
    except ValueError:  # an unclosed IPv6 bracket, a bad port...
        return ""
    return name.removeprefix("www.")
