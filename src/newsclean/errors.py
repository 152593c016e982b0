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
