"""Progress reporting and cancellation for long core computations.

Core functions take ``progress``: a callable receiving a fraction in [0, 1].
It may raise :class:`~.errors.Cancelled` to stop the computation; core
functions call it between blocks, so a cancel is honoured within one block.
"""

from typing import Callable, Optional

from .errors import Cancelled

ProgressCallback = Optional[Callable[[float], None]]

__all__ = ["Cancelled", "ProgressCallback", "report", "sub_progress"]


def report(progress: ProgressCallback, fraction: float) -> None:
    """Report ``fraction`` done, if anyone listens (may raise Cancelled)."""
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0))


def sub_progress(progress: ProgressCallback, start: float, end: float) -> ProgressCallback:
    """A callback mapping [0, 1] of a sub-step onto [start, end] of ``progress``."""
    if progress is None:
        return None

    def scaled(fraction: float) -> None:
        progress(start + (end - start) * min(max(fraction, 0.0), 1.0))

    return scaled
