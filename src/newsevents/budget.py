"""A wall-clock budget for analysing one input.

Inputs are bounded in size (``--max-bytes``, words cut at 1,000 characters) and
the quadratic paths found were made linear, but a hostile or freak text can
still take the parser or a stage far longer than any article should. Each
article is analysed under ``Options.time_budget`` seconds (a batch under the sum
of its articles'); an article over it becomes ``Skipped("over_budget")`` and the
others of its batch are analysed one by one, so one slow input never costs the
run, its batch or its neighbours (:meth:`newsevents.Pipeline.analyze_many`).

The budget is kept with ``SIGALRM``, so it holds where signals can be received:
the main thread of a process (``analyze``, ``ingest``, ``--workers`` processes).
Elsewhere -- a server's worker thread, a thread of a Dask worker -- :func:`deadline`
does nothing and the size bounds are the only guard. The signal is handled when
the interpreter next runs Python code: a long call into compiled code overruns
by the rest of that call.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class BudgetExceeded(Exception):
    """Raised in the main thread when the time of :func:`deadline` is up."""


def enforced() -> bool:
    """Can a deadline be kept here (a main thread, a platform with SIGALRM)?"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in the block if it runs over ``seconds``
    (0 or less: no budget). Restores the previous handler and timer afterwards."""
    if seconds <= 0 or not enforced():
        yield
        return

    def on_alarm(_signum: int, _frame: Any) -> None:
        raise BudgetExceeded(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    outer, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer > 0:  # someone else's timer (a test runner's, an embedding app's): re-armed
            left = outer - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), interval)


__all__ = ["BudgetExceeded", "deadline", "enforced"]
