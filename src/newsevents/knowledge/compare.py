"""Compare the knowledge base's dated offices with a TABARI/PETRARCH actor dictionary.

The project's people tables are written independently of the PETRARCH2/Phoenix
dictionaries; where both cover the same person at the same time they should agree.
:func:`agreement` measures that: for every office in the knowledge base, on the
middle day of its term, the dictionary's codes for that name on that day are
compared by country and by role: the same country, and the first role of one
among the roles of the other (``LEG`` and ``GOVLEG`` for a Speaker of the House,
``GOV`` and ``GOVEDU`` for an education minister).

Compared are the days on which both sources record an office of a country:

* only dated dictionary entries (an undated default says nothing of that day);
* not the dictionary's ``ELI`` spans: Phoenix fills the years around a career
  with ``ELI`` ("RUSELI 700101-990809" for Putin before he was prime minister),
  a filler, not a statement that the person held no office;
* not days after the dictionary's last dated entry: an open-ended entry
  ("ISRGOV >090331") says nothing of the years after the dictionary was
  written, when the office may have changed hands (the staleness that dated
  tables are meant to cure);
* not offices in international organisations (``IGO``/``NGO``/``IMG``): Phoenix
  codes the heads of NATO or the IMF by nationality, the tables by organisation,
  a difference of convention counted apart (``conventions``).

Used by the test that holds the tables to the dictionaries (``tests/knowledge``)
and by anyone who wants to check their own dictionary against the tables.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .actors import ActorKB, Office, norm, parse_tabari_actors, split_code
from .events import EventLexicon


@dataclass(slots=True)
class Agreement:
    """How often two sources give the same country and primary role."""

    compared: int = 0
    country: int = 0
    role: int = 0
    conventions: int = 0  # pairs left out: organisation offices, ELI fillers
    disagreements: list[str] = field(default_factory=list)

    @property
    def country_rate(self) -> float:
        return self.country / self.compared if self.compared else 0.0

    @property
    def role_rate(self) -> float:
        return self.role / self.compared if self.compared else 0.0


def read_dictionary(paths: Iterable[str | Path]) -> dict[str, list[Office]]:
    """Dated entries of TABARI ``.actors`` files by normalised name."""
    out: dict[str, list[Office]] = {}
    for path in paths:
        text = Path(path).read_text("utf-8", errors="replace")
        for names, offices in parse_tabari_actors(text):
            dated = [o for o in offices if o.start or o.end]
            if not dated:
                continue
            for name in names:
                key = norm(name)
                if key:
                    out.setdefault(key, []).extend(dated)
    return out


_ORGS = ("IGO", "NGO", "IMG")


def _shared_role(a: list[str], b: list[str]) -> bool:
    """The first role of one is among the roles of the other."""
    return bool((a and a[0] in b) or (b and b[0] in a))


def _primary(code: str) -> tuple[str | None, str | None]:
    country, roles = split_code(code)
    return country, roles[0] if roles else None



def agreement(kb: ActorKB, dictionary: dict[str, list[Office]], *,
              since: dt.date = dt.date(1990, 1, 1)) -> Agreement:
    """Compare each knowledge-base office (from ``since`` on) with the dictionary."""
    result = Agreement()
    dates = [d for entries in dictionary.values() for o in entries
             for d in (o.start, o.end) if d is not None]
    as_of = max(dates, default=dt.date.max)
    for name, offices in kb.people.items():
        theirs = dictionary.get(name)
        if not theirs:
            continue
        for office in offices:
            if office.source != "knowledge" or office.start is None:
                continue
            end = office.end or dt.date.today()
            if end < since:
                continue
            day = office.start + (min(end, as_of) - office.start) / 2
            if day < office.start:
                continue  # the office began after the dictionary was written
            valid = [o for o in theirs if o.valid_on(day)]
            if not valid:
                continue
            if (office.code[:3] in _ORGS or any(o.code[:3] in _ORGS for o in valid)
                    or all(_primary(o.code)[1] == "ELI" for o in valid)):
                result.conventions += 1
                continue
            valid = [o for o in valid if _primary(o.code)[1] != "ELI"]
            ours = split_code(office.code)
            got = [split_code(o.code) for o in valid]
            result.compared += 1
            same_country = any(c == ours[0] for c, _r in got)
            # the same role, first or second ("LEG" and "GOVLEG" for a Speaker)
            same_role = any(c == ours[0] and _shared_role(ours[1], r) for c, r in got)
            result.country += same_country
            result.role += same_role
            if not same_role:
                result.disagreements.append(
                    f"{name} on {day}: {office.code} ({office.note or ''}) vs "
                    + ", ".join(sorted({o.code for o in valid})))
    return result


# ---------------------------------------------------------------- verb lexicon


@dataclass(slots=True)
class RootCoverage:
    """How many of a CAMEO root's verbs in a PETRARCH dictionary the lexicon has."""

    root: str
    theirs: int
    ours: int
    shared: int
    missing: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return self.shared / self.theirs if self.theirs else 1.0


def read_petrarch_verbs(path: str | Path) -> dict[str, set[str]]:
    """CAMEO root -> verb lemmas of a PETRARCH ``CAMEO.2.0.txt`` verb dictionary.

    A verb block starts ``--- VERB [code] ---``; its first lines are the verb and
    its synonyms (inflected forms in braces), its ``- ...  [code]`` lines the
    patterns. A verb counts for every root its block's codes name.
    """
    roots: dict[str, set[str]] = {}
    verbs: list[str] = []
    codes: set[str] = set()

    def flush() -> None:
        for code in codes:
            roots.setdefault(code[:2], set()).update(verbs)

    for raw in Path(path).read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("---"):
            flush()
            verbs, codes = [], set()
            head = line.strip("- ").split("[", 1)
            word = head[0].strip()
            if word:
                verbs.append(word.lower().replace("_", " "))
            code = head[1].split("]", 1)[0].strip() if len(head) > 1 else ""
            if code[:2].isdigit():
                codes.add(code[:2])
            continue
        if line.startswith(("&", "+", "=", "<")):
            continue  # synonym sets and other sections
        if line.lstrip().startswith("-"):
            for found in re.findall(r"\[(\d{2,4})[:\]]", line):
                codes.add(found[:2])
            continue
        if verbs and not line.startswith(" "):
            word = line.split("{", 1)[0].strip()
            if word and re.fullmatch(r"[A-Z][A-Z_' -]*", word):
                verbs.append(word.lower().replace("_", " "))
    flush()
    return roots


def lexicon_coverage(lexicon: EventLexicon, path: str | Path) -> list[RootCoverage]:
    """Per CAMEO root, the share of the dictionary's verbs the lexicon has a verb
    pattern for (by the verb's first word: "crack down" is "crack")."""
    ours: dict[str, set[str]] = {}
    for lemma, patterns in lexicon.verbs.items():
        for p in patterns:
            ours.setdefault(p.code[:2], set()).add(lemma)
    out = []
    for root, theirs in sorted(read_petrarch_verbs(path).items()):
        firsts = {v.split()[0] for v in theirs}
        mine = ours.get(root, set())
        shared = firsts & mine
        out.append(RootCoverage(root, len(firsts), len(mine), len(shared),
                                sorted(firsts - mine)))
    return out


__all__ = ["Agreement", "RootCoverage", "agreement", "lexicon_coverage", "read_dictionary",
           "read_petrarch_verbs"]
