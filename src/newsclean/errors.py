"""The exceptions newsclean raises: one root type, messages that say how to fix the problem."""

from __future__ import annotations


class NewscleanError(Exception):
    """Root of every error newsclean raises on purpose."""


class InputError(NewscleanError, TypeError):
    """An argument of :func:`newsclean.clean` is not what it takes: the document is neither text nor
    bytes of text (binary data such as a gzip file or an image), or a keyword argument has the wrong type.

    >>> import newsclean
    >>> newsclean.clean(None)
    Traceback (most recent call last):
    ...
    newsclean.errors.InputError: clean() takes str or bytes, not NoneType
    """


class InputValueError(InputError, ValueError):
    """An argument of :func:`newsclean.clean` has the right type but a value it does not know (a shape name)."""


class PipelineError(NewscleanError, ValueError):
    """A pipeline was built wrongly: an unknown name, a clash of names, a misplaced step, a broken plug-in."""


class StepError(NewscleanError):
    """A filter or extractor raised, or returned something the pipeline cannot use.

    The message names the step, so a faulty user filter is easy to find.
    """

    def __init__(self, step: str, message: str) -> None:
        super().__init__(f"step {step!r}: {message}")
        self.step = step


class ProfileError(NewscleanError, ValueError):
    """A publisher profile cannot be used: its file cannot be read, is over the size limit
    (:data:`newsclean.profile.MAX_BYTES`), is not JSON, nests too deeply, is not a profile of this
    format and version, or a key holds a value of the wrong type or range. The message says where
    (the file), which key (``sites["coast news"].docs``, also in :attr:`key`), what it holds and
    what it takes. Bad thresholds given to :class:`~newsclean.profile.Profile` or ``learn()`` raise
    it too.

    >>> from newsclean.profile import Profile
    >>> Profile(min_share=0)
    Traceback (most recent call last):
    ...
    newsclean.errors.ProfileError: Profile: min_share holds the number 0; expected a number above 0 and at most 1 \
(the share of a site's articles a line must occur in)
    """

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        """The key path of the bad value (``sites["coast news"].lines["x"][0]``), or None for the file as a whole."""
