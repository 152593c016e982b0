"""A site's own furniture, as a publisher profile learned it (see :mod:`newsclean.profile`)."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.contract import Drop, Filter, Page
from newsclean.profile import Profile, line_shape, site_of


class SiteBoilerplate(Filter):
    """Drop lines whose whole shape is furniture of the page's site in ``profile``.

    A profile line must match the whole line (its shape), so a body line that merely shares a
    phrase with the site's furniture stays.
    """

    name = "site_boilerplate"

    def __init__(self, profile: Profile) -> None:
        self.profile = profile

    def __call__(self, page: Page) -> Iterator[Drop]:
        site = site_of((line.text for line in page.doc.lines), page.doc.url, page.doc.site)
        furniture = self.profile.furniture(site)
        if not furniture:
            return
        for line in page.lines:
            example = furniture.get(line_shape(line.text))
            if example is not None:
                yield Drop(line, "site_boilerplate", f"{site}: {example[:80]}")
