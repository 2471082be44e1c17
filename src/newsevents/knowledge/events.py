"""Event knowledge: the CAMEO code table and the predicate lexicon.

``data/cameo.tsv``: every CAMEO 1.1b3 code with its name, QuadClass,
Goldstein value and PLOVER category, mode and context.

``data/events.tsv``: the lexicon, one pattern per line::

    code  trigger  object  target  source  example
    046   hold     talk|negotiation   with|dobj   -   X held talks with Y

* ``trigger``: a verb lemma, with its particle ("crack down"), or ``n:LEMMA``
  for a noun ("n:visit");
* ``object``: ``-``, or the lemmas the verb's direct object must have;
* ``target``: where the target is, in order: ``dobj``, ``iobj``, or a
  preposition whose object it is (on the verb or on the required object);
* ``source``: ``-`` (the subject; passives handled) or, for nouns,
  ``poss``/``of``/``by``.

Entries with an object constraint are tried before those without, and
longer triggers before shorter ones.
"""

from __future__ import annotations

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
    trigger: str  # "meet", "crack down", "n:visit"
    objects: frozenset[str]  # empty: no constraint
    targets: tuple[str, ...]
    sources: tuple[str, ...]
    example: str = ""

    @property
    def is_noun(self) -> bool:
        return self.trigger.startswith("n:")

    @property
    def lemma(self) -> str:
        return self.trigger[2:] if self.is_noun else self.trigger.split()[0]

    @property
    def particle(self) -> str | None:
        parts = self.trigger.split()
        return parts[1] if len(parts) > 1 and not self.is_noun else None


@dataclass(slots=True)
class EventLexicon:
    codes: dict[str, CameoCode] = field(default_factory=dict)
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)  # lemma -> patterns
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)

    def cameo(self, code: str) -> CameoCode:
        for c in (code, code[:3], code[:2]):
            if c in self.codes:
                return self.codes[c]
        raise KeyError(code)

    def add(self, p: Pattern) -> None:
        table = self.nouns if p.is_noun else self.verbs
        patterns = table.setdefault(p.lemma, [])
        patterns.append(p)
        patterns.sort(key=lambda x: (not x.objects, not x.particle, x.code))

    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())


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
    return lex


__all__ = ["CameoCode", "EventLexicon", "Pattern", "load_event_lexicon"]
