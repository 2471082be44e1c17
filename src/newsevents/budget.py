"""A wall-clock budget for analysing one input.

Inputs are bounded in size (``--max-bytes``, words cut at 1,000 characters) and
the quadratic paths found were made linear, but a hostile or freak text can
still take the parser or a stage far longer than any article should. Each
article is analysed under ``Options.time_budget`` seconds (a batch under the sum
of its articles'); an article over it becomes ``Skipped("over_budget")`` and the
others of its batch are analysed one by one, so one slow input never costs the
run, its batch or its neighbours (:meth:`newsevents.Pipeline.analyze_many`).

The budget is kept with ``SIGALRM`` in the main thread of a process (``analyze``,
``ingest``, ``--workers`` processes). In any other thread -- a server's worker
thread, a thread of a Dask worker -- signals cannot reach it, so a timer thread
raises :class:`BudgetExceeded` in the analysing thread itself when the time is up
(CPython's ``PyThreadState_SetAsyncExc``, the one way to interrupt another
thread). Either way the exception is raised when the interpreter next runs Python
code in that thread: a long call into compiled code overruns by the rest of that
call (spaCy returns to Python between components and between documents).
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class BudgetExceeded(Exception):
    """Raised in the main thread when the time of :func:`deadline` is up."""


def _by_signal() -> bool:
    """Is the deadline kept with SIGALRM here (a main thread, a platform with it)?"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def enforced() -> bool:
    """Can a deadline be kept here? In a main thread by signal; in any other
    thread of CPython by an exception raised into it."""
    return _by_signal() or hasattr(ctypes, "pythonapi")


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Have ``thread_id`` raise ``exc`` at its next Python instruction (None: take
    back one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None)


@contextmanager
def _thread_deadline(seconds: float) -> Iterator[None]:
    """:func:`deadline` for a thread signals cannot reach: a timer raises in it."""
    me = threading.get_ident()
    lock = threading.Lock()
    state = {"open": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["open"]:
                state["fired"] = True
                _raise_in(me, BudgetExceeded)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["open"] = False
            timer.cancel()
            if state["fired"]:
                _raise_in(me, None)  # (fired as the block ended: not raised after it)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in the block if it runs over ``seconds``
    (0 or less: no budget). Restores the previous handler and timer afterwards."""
    if seconds <= 0 or not enforced():
        yield
        return
    if not _by_signal():
        with _thread_deadline(seconds):
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
