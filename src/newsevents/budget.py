"""A wall-clock and a memory budget for analysing one input.

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

Memory is kept the same way: while an input is analysed a watchdog thread reads
the process's resident size (``/proc/self/statm``, every 50 ms) and raises
:class:`OverMemory` in the analysing thread when it has grown more than
``Options.memory_budget`` megabytes since the input began (the article becomes
``Skipped("over_memory")``). It is a budget on the growth of the whole process,
which is what a freak input costs; where several threads analyse at once (a
server) one of them may be charged with another's growth. It needs Linux's
``/proc``; elsewhere only the size bounds guard memory.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


class BudgetExceeded(Exception):
    """Raised in the analysing thread when the time of :func:`deadline` is up."""


class OverMemory(BudgetExceeded):
    """Raised in the analysing thread when the process grew past :func:`memory_cap`."""


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


class _Interrupter:
    """Raises an exception in the thread that made it, from another thread, only while
    the block it guards is open; a raise that comes as the block ends is taken back."""

    def __init__(self) -> None:
        self.me = threading.get_ident()
        self.lock = threading.Lock()
        self.open = True
        self.fired = False

    def fire(self, exc: type[BaseException]) -> None:
        with self.lock:
            if self.open:
                self.fired = True
                _raise_in(self.me, exc)

    def close(self) -> None:
        with self.lock:
            self.open = False
            if self.fired:
                _raise_in(self.me, None)  # (fired as the block ended: not raised after it)


@contextmanager
def _thread_deadline(seconds: float) -> Iterator[None]:
    """:func:`deadline` for a thread signals cannot reach: a timer raises in it."""
    guard = _Interrupter()
    timer = threading.Timer(seconds, guard.fire, args=(BudgetExceeded,))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        guard.close()


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


_STATM = Path("/proc/self/statm")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_bytes() -> int | None:
    """The process's resident set size now (None where ``/proc`` is not there)."""
    try:
        return int(_STATM.read_bytes().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def memory_cap(megabytes: float, every: float = 0.05) -> Iterator[None]:
    """Raise :class:`OverMemory` in the block if the process's resident size grows
    more than ``megabytes`` above what it was on entry (0 or less, or no ``/proc``:
    no cap). A watchdog thread samples the size ``every`` seconds."""
    start = resident_bytes()
    if megabytes <= 0 or start is None or not hasattr(ctypes, "pythonapi"):
        yield
        return
    limit = start + int(megabytes * 1024 * 1024)
    guard = _Interrupter()
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(every):
            now = resident_bytes()
            if now is not None and now > limit:
                guard.fire(OverMemory)
                return

    watcher = threading.Thread(target=watch, name="newsevents-memory-cap", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        stop.set()
        guard.close()


@contextmanager
def limits(seconds: float, megabytes: float) -> Iterator[None]:
    """:func:`deadline` and :func:`memory_cap` together."""
    with deadline(seconds), memory_cap(megabytes):
        yield


__all__ = ["BudgetExceeded", "OverMemory", "deadline", "enforced", "limits", "memory_cap",
           "resident_bytes"]
