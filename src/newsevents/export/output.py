"""Writing an export file without ever destroying what is already on disk.

:func:`safe_output` is the one way the command line opens a file to write:

* a path that is the store itself (or its ``.wal``), or any file the caller
  protects, is refused whatever the flags;
* an existing file is refused unless ``force`` is given; a directory, a
  missing parent directory or a parent that is not a directory is refused;
* the rows go to a temporary file in the same directory, which replaces the
  target only when everything was written and flushed to disk; on any error
  (disk full, permission, an exception in the writer) the temporary file is
  removed and the target is left as it was.

Every refusal and every I/O failure is an :class:`~newsevents.errors.OutputError`
with one plain sentence, which the command line prints as one line.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..errors import OutputError


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def check_output(path: str | Path, *, force: bool = False,
                 protect: Iterable[str | Path] = ()) -> Path:
    """The resolved target path, or :class:`OutputError` if writing there is refused."""
    target = Path(path)
    for kept in protect:
        kept_path = Path(kept)
        for guarded in (kept_path, kept_path.with_name(kept_path.name + ".wal")):
            if _same_file(target, guarded) or target.resolve() == guarded.resolve():
                raise OutputError(
                    f"{path} is the store {kept}; refusing to overwrite it "
                    "(write the export to another file)")
    if target.is_dir():
        raise OutputError(f"{path} is a directory; give a file name to write to")
    parent = target.parent if str(target.parent) else Path()
    if not parent.exists():
        raise OutputError(f"the directory {parent} does not exist; create it first")
    if not parent.is_dir():
        raise OutputError(f"{parent} is not a directory")
    if target.exists() or target.is_symlink():
        if not force:
            raise OutputError(f"{path} already exists; use --force to replace it")
        if not target.is_file():
            raise OutputError(f"{path} is not a regular file; refusing to replace it")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write to the directory {parent}: permission denied")
    return target


@contextlib.contextmanager
def safe_output(path: str | Path, *, force: bool = False,
                protect: Iterable[str | Path] = ()) -> Iterator[IO[str]]:
    """A text file to write ``path`` through: created beside it, renamed into place on success."""
    target = check_output(path, force=force, protect=protect)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        raise OutputError(f"cannot create a file in {target.parent}: {exc.strerror}") from exc
    tmp = Path(tmp_name)
    try:
        # the mode an ordinary new file gets (a temporary file is private), or the
        # mode of the file being replaced
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise OutputError(f"writing {path} failed: {reason}; nothing was written "
                          "and any earlier file is unchanged") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


__all__ = ["check_output", "safe_output"]
