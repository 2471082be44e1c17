"""The exceptions newsevents raises, all under one base.

The tree::

    NewsEventsError                 anything newsevents raises on purpose
    ├── ConfigError                 a bad option value (date, path, number)
    ├── ModelError                  the spaCy model cannot be found or loaded
    ├── SourceError                 an input cannot be opened at all
    │                               (missing path, unreadable directory)
    ├── PipelineError               stages in an impossible order, or a stage
    │                               that broke its contract
    ├── StoreError                  the DuckDB store cannot be opened, is
    │                               locked by another process, or has an
    │                               unknown schema version
    └── OutputError                 an export cannot be written where asked
                                    (it is the store, exists without
                                    --force, no such directory, disk full)

Inputs that can be opened but not used (empty, binary, too large, not
English, malformed JSON line, duplicate) are *not* exceptions: sources and the
pipeline return a :class:`newsevents.records.Skipped` for them, so one bad
file never stops a batch.

The command line turns every ``NewsEventsError`` into one line on stderr and
exit code 1; messages are therefore written as complete, plain sentences that
say what to do.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class ConfigError(NewsEventsError):
    """An option has a value newsevents cannot use."""


class ModelError(NewsEventsError):
    """The spaCy model is missing or cannot be loaded."""


class SourceError(NewsEventsError):
    """An input path cannot be opened at all."""


class PipelineError(NewsEventsError):
    """The stage list is inconsistent, or a stage broke its contract."""


class StoreError(NewsEventsError):
    """The DuckDB store cannot be opened or written."""


class OutputError(NewsEventsError):
    """An output file cannot be written where asked; nothing on disk was changed."""


__all__ = [
    "ConfigError",
    "ModelError",
    "NewsEventsError",
    "OutputError",
    "PipelineError",
    "SourceError",
    "StoreError",
]
