"""Options: every setting that travels through newsevents, in one place."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from .errors import ConfigError

DEFAULT_DB = "newsevents.duckdb"


def iso_date(value: str, what: str = "date") -> str:
    """Return ``value`` as YYYY-MM-DD, or raise ConfigError saying what was wrong."""
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise ConfigError(f"{what} {value!r} is not a date in the form YYYY-MM-DD") from None


@dataclass(frozen=True, slots=True)
class Options:
    """How to read and analyse articles.

    ``model``: a spaCy package name or a path; ``None`` means the
    ``NEWSEVENTS_MODEL`` environment variable, else the installed English
    small model. ``dictionaries``: the user's actor and agent dictionaries
    (TABARI/PETRARCH ``.actors``/``.agents`` files, CSV), consulted after
    the article itself and the project's knowledge base.
    ``published``/``url``/``source`` override what the input says for every
    article read. ``max_bytes`` bounds one article (a text or HTML
    file, or one JSONL line); a JSONL file itself may be of any size.
    ``time_budget``: seconds to analyse one article before it is skipped as
    ``over_budget`` (0: none; see :mod:`newsevents.budget`). ``memory_budget``:
    megabytes the process may grow while analysing one article before it is
    skipped as ``over_memory`` (0: none).
    """

    model: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    languages: tuple[str, ...] = ("en",)
    batch_size: int = 32
    max_bytes: int = 5_000_000
    dictionaries: tuple[str, ...] = ()  # user actor/agent dictionaries (TABARI, CSV)
    time_budget: float = 120.0  # seconds to analyse one article; 0: no budget
    memory_budget: float = 4096.0  # megabytes of growth while analysing one; 0: no budget
    fetch_delay: float = 1.0  # seconds between two requests to one host (URL inputs)

    def __post_init__(self) -> None:
        if self.published is not None:
            object.__setattr__(self, "published", iso_date(self.published, "--published"))
        if self.batch_size < 1:
            raise ConfigError(f"batch size must be at least 1, not {self.batch_size}")
        if self.max_bytes < 1:
            raise ConfigError(f"max bytes must be at least 1, not {self.max_bytes}")
        if not self.time_budget >= 0:  # (not NaN)
            raise ConfigError(f"the time budget must be 0 (none) or more seconds, not "
                              f"{self.time_budget}")
        if not self.memory_budget >= 0:
            raise ConfigError(f"the memory budget must be 0 (none) or more megabytes, not "
                              f"{self.memory_budget}")

    @property
    def model_name(self) -> str | None:
        return self.model or os.environ.get("NEWSEVENTS_MODEL") or None
