"""The exceptions newsclean raises: one root type, messages that say how to fix the problem."""

from __future__ import annotations


class NewscleanError(Exception):
    """Root of every error newsclean raises on purpose."""


class InputError(NewscleanError, TypeError):
    """The input is of a type newsclean cannot clean.

    >>> import newsclean
    >>> newsclean.clean(None)
    Traceback (most recent call last):
    ...
    newsclean.errors.InputError: clean() takes str or bytes, not NoneType
    """


class PipelineError(NewscleanError, ValueError):
    """A pipeline was built wrongly: an unknown name, a clash of names, a misplaced step."""


class StepError(NewscleanError):
    """A filter or extractor raised, or returned something the pipeline cannot use.

    The message names the step, so a faulty user filter is easy to find.
    """

    def __init__(self, step: str, message: str) -> None:
        super().__init__(f"step {step!r}: {message}")
        self.step = step
