"""Event knowledge: the CAMEO code table and the predicate lexicon.

``data/cameo.tsv``: every CAMEO 1.1b3 code with its name, QuadClass,
Goldstein value and PLOVER category, mode and context.

``data/events.tsv``: the lexicon, one pattern per line::

    code  trigger  object  target  source  example
    046   hold     talk|negotiation   with|dobj   -   X held talks with Y

* ``trigger``: a verb lemma, with its particle ("crack down"), or ``n:LEMMA``
  for a noun ("n:visit");
* ``object``: ``-``, or the lemmas the verb's direct object must have;
* ``target``: where the target is, in order: ``dobj``, ``iobj``, ``told`` (the
  verb's own object when the required object is its complement: "ordered the
  envoy to leave"), or a preposition whose object it is (on the verb or on the
  required object);
* ``source``: ``-`` (the subject; passives handled) or, for nouns,
  ``poss``/``of``/``by``.

Entries with an object constraint are tried before those without, and
longer triggers before shorter ones.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    quad_class: int
    goldstein: float
    plover_category: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def base(self) -> str:
        return self.code[:3]


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    trigger: str  # "meet", "crack down", "call for", "n:air strike", "a:critical of"
    objects: frozenset[str]  # empty: no constraint; items may be several words
    targets: tuple[str, ...]
    sources: tuple[str, ...]
    example: str = ""
    #: derived from ``trigger`` when the pattern is made
    kind: str = field(init=False, compare=False, repr=False, default="verb")
    words: tuple[str, ...] = field(init=False, compare=False, repr=False, default=())

    def __post_init__(self) -> None:
        kind = {"n:": "noun", "a:": "adj"}.get(self.trigger[:2], "verb")
        body = self.trigger[2:] if kind != "verb" else self.trigger
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "words", tuple(body.split()))

    @property
    def is_noun(self) -> bool:
        return self.kind == "noun"

    @property
    def lemma(self) -> str:
        """The word the pattern is looked up by: a noun phrase's head (its last
        word), a verb's or adjective's first word."""
        return self.words[-1] if self.kind == "noun" else self.words[0]

    @property
    def extra(self) -> tuple[str, ...]:
        """Words after the verb/adjective that must hang on it ("down", "for")."""
        return () if self.kind == "noun" else self.words[1:]

    @property
    def particle(self) -> str | None:
        return self.extra[0] if self.extra else None

    @property
    def specificity(self) -> tuple[int, int, int]:
        """How specific: an object constraint, trigger words, object words."""
        longest = max((len(o.split()) for o in self.objects), default=0)
        return (1 if self.objects else 0, len(self.words), longest)


@dataclass(slots=True)
class EventLexicon:
    codes: dict[str, CameoCode] = field(default_factory=dict)
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)  # lemma -> patterns
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    adjectives: dict[str, list[Pattern]] = field(default_factory=dict)
    #: trigger lemma -> who does it when the sentence names no doer (COP, JUD, country)
    implied_doers: dict[str, str] = field(default_factory=dict)
    #: unnamed parties (``unnamed_parties.tsv``): kind (act, assailant, victim) -> lemmas
    unnamed: dict[str, frozenset[str]] = field(default_factory=dict)

    def cameo(self, code: str) -> CameoCode:
        for c in (code, code[:3], code[:2]):
            if c in self.codes:
                return self.codes[c]
        raise KeyError(code)

    def add(self, p: Pattern) -> None:
        table = {"noun": self.nouns, "adj": self.adjectives}.get(p.kind, self.verbs)
        # most specific first, then by code; among equals, in the order added
        bisect.insort(table.setdefault(p.lemma, []), p, key=_precedence)

    def __len__(self) -> int:
        return sum(len(v) for t in (self.verbs, self.nouns, self.adjectives) for v in t.values())


def _precedence(p: Pattern) -> tuple[tuple[int, ...], str]:
    return tuple(-v for v in p.specificity), p.code


def _lines(name: str, path: Path | None = None) -> list[list[str]]:
    if path is not None:
        text = path.read_text("utf-8")
    else:
        res = resources.files(__package__).joinpath("data", name)
        if not res.is_file():
            return []
        text = res.read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return rows[1:]  # header


def _alts(cell: str) -> tuple[str, ...]:
    cell = cell.strip()
    return () if cell in ("", "-") else tuple(a.strip() for a in cell.split("|") if a.strip())


@functools.lru_cache(maxsize=1)
def cameo_names() -> dict[str, str]:
    """CAMEO code -> its name in the codebook ("042" -> "Make a visit")."""
    return {row[0].strip(): row[1].strip() for row in _lines("cameo.tsv") if len(row) > 1}


def load_event_lexicon(lexicon: Path | None = None) -> EventLexicon:
    """The CAMEO table and the packaged lexicon (or the lexicon file given)."""
    lex = EventLexicon()
    for row in _lines("cameo.tsv"):
        row += [""] * (7 - len(row))
        code, name, quad, gold, cat, mode, context = (c.strip() for c in row[:7])
        try:
            lex.codes[code] = CameoCode(code, name, int(quad), float(gold or 0.0), cat or None,
                                        mode or None, context or None)
        except ValueError:
            raise ConfigError(f"cameo.tsv: bad row for {code!r}") from None
    for n, row in enumerate(_lines("events.tsv", lexicon), start=2):
        row += [""] * (6 - len(row))
        code, trigger, obj, target, source, example = (c.strip() for c in row[:6])
        if not code or not trigger:
            continue
        if code not in lex.codes:
            raise ConfigError(f"events.tsv line {n}: unknown CAMEO code {code!r}")
        lex.add(Pattern(code=code, trigger=trigger.lower(), objects=frozenset(_alts(obj)),
                        targets=_alts(target) or ("dobj",), sources=_alts(source),
                        example=example))
    for n, row in enumerate(_lines("implied_doers.tsv"), start=1):
        if len(row) >= 2 and row[0].strip():
            key = row[0].strip().lower()
            _lemma, _, code = key.partition(":")
            if code and code not in lex.codes:
                raise ConfigError(f"implied_doers.tsv row {n}: unknown CAMEO code {code!r}")
            lex.implied_doers[key] = row[1].strip()
    unnamed: dict[str, set[str]] = {}
    for row in _lines("unnamed_parties.tsv"):
        if len(row) >= 2 and row[0].strip() and row[1].strip():
            unnamed.setdefault(row[0].strip(), set()).add(row[1].strip().lower())
    lex.unnamed = {kind: frozenset(ws) for kind, ws in unnamed.items()}
    return lex


@functools.cache
def evaluation_words() -> dict[str, frozenset[str]]:
    """``evaluation_words.tsv``: kind (condemn, praise, naming_verb) -> words."""
    return _word_table("evaluation_words.tsv")


@functools.cache
def event_words() -> dict[str, frozenset[str]]:
    """``event_words.tsv``: kind (intent, demand, locative, ...) -> the events stage's
    word lists."""
    return _word_table("event_words.tsv")


@functools.cache
def anaphor_nouns() -> dict[str, tuple[str, ...]]:
    """``anaphor_nouns.tsv``: event noun -> the CAMEO roots of the earlier event it may
    refer back to (empty: any event)."""
    return {row[0].strip().lower(): _alts(row[1]) for row in _lines("anaphor_nouns.tsv")
            if len(row) >= 2 and row[0].strip()}


def _word_table(name: str) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for row in _lines(name):
        if len(row) >= 2 and row[0].strip() and row[1].strip():
            words.setdefault(row[0].strip(), set()).add(row[1].strip().lower())
    return {kind: frozenset(ws) for kind, ws in words.items()}


__all__ = ["CameoCode", "EventLexicon", "Pattern", "anaphor_nouns", "evaluation_words",
           "event_words", "load_event_lexicon"]
