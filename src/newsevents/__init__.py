"""newsevents: turn news articles into event data.

>>> import newsevents as ne
>>> pipe = ne.Pipeline.load(ne.Options(published="2021-12-18"))
>>> for result in pipe.analyze_many(ne.read(["article.txt"])):
...     print(result.to_dict() if isinstance(result, ne.Analysis) else result)
"""

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
    "default_stages",
    "from_html",
    "from_text",
    "ingest",
    "load_model",
    "read",
]
