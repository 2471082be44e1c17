"""newsevents: turn news articles into event data.

>>> import newsevents as ne
>>> pipe = ne.Pipeline.load(ne.Options(published="2021-12-18"))
>>> for result in pipe.analyze_many(ne.read(["article.txt"])):
...     print(result.to_dict() if isinstance(result, ne.Analysis) else result)
"""

from typing import Any as _Any

from ._version import __version__
from .config import Options
from .errors import (
    ConfigError,
    ModelError,
    NewsEventsError,
    OutputError,
    PipelineError,
    SourceError,
    StoreError,
)
from .ingest import IngestReport, ingest
from .nlp import load_model
from .pipeline import Pipeline, default_stages
from .records import (
    Actor,
    Analysis,
    Article,
    Cameo,
    Entity,
    Event,
    EventEvidence,
    Evidence,
    PipelineInfo,
    Place,
    Plover,
    Quote,
    Skipped,
    Span,
    TimeExpression,
    Tone,
)
from .sources import from_html, from_text, read
from .stages import Context, Stage
from .store import Store


def analyze(text: str, **meta: _Any) -> Analysis | Skipped:
    """Analyse one text with the default pipeline (loaded once per process):
    ``newsevents.analyze("...", published="2021-12-18")``. Metadata as for
    :meth:`Pipeline.analyze`; the model is the one :func:`load_model` picks."""
    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline.load()
    return _default_pipeline.analyze(text, **meta)


_default_pipeline: Pipeline | None = None

__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "Cameo",
    "ConfigError",
    "Context",
    "Entity",
    "Event",
    "EventEvidence",
    "Evidence",
    "IngestReport",
    "ModelError",
    "NewsEventsError",
    "Options",
    "OutputError",
    "Pipeline",
    "PipelineError",
    "PipelineInfo",
    "Place",
    "Plover",
    "Quote",
    "Skipped",
    "SourceError",
    "Span",
    "Stage",
    "Store",
    "StoreError",
    "TimeExpression",
    "Tone",
    "__version__",
    "analyze",
    "default_stages",
    "from_html",
    "from_text",
    "ingest",
    "load_model",
    "read",
]
