"""What a description's own words say: countries and roles named in it, notes of
former office, and evidence spans."""

from __future__ import annotations

import re

from ...knowledge.actors import ActorKB, Office, norm
from ...knowledge.gazetteer import place_words
from ...records import Evidence, Span
from ..entities.words import _REGIONAL_PREFIXES
from ..places.words import REGION_OFFICES
from .words import _DECEASED, _FORMER, _STANCE, _WORD


def _words(text: str) -> list[str]:
    return [w.rstrip(".").replace("’", "'") for w in _WORD.findall(text)]


#: Capitalised words that begin a region's name ending in another country's ("New
#: Mexico", "Northern Ireland"; "New South Wales" and "Western Australia" name no country
#: of their own): ``region_name_start`` rows of place_words.tsv, capitalised
_REGION_NAME_STARTS = frozenset(w.title() for w in place_words()["region_name_start"])


def _country_in(kb: ActorKB, text: str) -> str | None:
    """The first country named (or its adjective) in ``text``; "pro-Iranian", "anti-Syria"
    and "Latin American" name no one's country."""
    words = _words(_STANCE.sub(" ", text))
    for i in range(len(words)):
        for j in range(min(len(words), i + 5), i, -1):
            phrase = " ".join(words[i:j])
            if not phrase[:1].isupper():
                continue
            iso = kb.country(phrase)
            if iso and i > 0 and words[i - 1] in _REGION_NAME_STARTS:
                continue  # "the governor of New Mexico", "police in Northern Ireland"
            after = [w.lower() for w in words[j:j + 2] if w.lower() not in ("'s", "s")]
            if iso and after and after[0] in REGION_OFFICES:
                continue  # "Georgia Governor", "Georgia's attorney general": a state's
            if iso and not (j == i + 1 and i > 0 and words[i - 1].lower() in _REGIONAL_PREFIXES):
                return iso  # (not "Latin American", "African American")
    return None


#: prepositions of where someone stands, which never name whose they are (unlike "at",
#: "in": "a professor at Harvard")
_WHERE_STANDING = frozenset({"outside", "near", "inside", "beside", "opposite"})


def _roles_in(kb: ActorKB, text: str) -> list[str]:
    """Role codes of the longest role phrases in ``text``, in order; the default
    code of a generic head word ("director", "general secretary") only when no
    other role is named ("police director" is COP, "union general secretary" LAB)."""
    return _roles_and_kind(kb, text)[0]


def _roles_and_kind(kb: ActorKB, text: str) -> tuple[list[str], bool]:
    """:func:`_roles_in` and whether the roles are only a generic word's default."""
    words = [w.lower() for w in _words(text)]
    # (where someone stands is no affiliation: "a protester outside parliament")
    words = words[:next((k for k, w in enumerate(words) if w in _WHERE_STANDING), len(words))]
    out: list[str] = []
    generic: list[str] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + kb.max_role_words), i, -1):
            role = kb.role(" ".join(words[i:j]))
            if role:
                into = generic if role.generic else out
                into.extend(r for r in role.roles if r not in into)
                i = j
                break
        else:
            i += 1
    return (out, False) if out else (generic, bool(generic))


def _persons(kb: ActorKB, names: list[str]) -> list[set[int]]:
    """The distinct people among names of the tables: names that share an office
    entry are aliases of one person (a table may give one alias, another none)."""
    groups: list[set[int]] = []
    for n in names:
        ids = {id(o) for o in kb.people[norm(n)]}
        for g in [g for g in groups if g & ids]:
            ids |= g
            groups.remove(g)
        groups.append(ids)
    return groups


def _role_part(text: str) -> str:
    """The words of a description up to its first complement: "former" there is the
    person's ("the former president of X"), not the complement's ("the defence
    minister of the former Soviet republic")."""
    return re.split(r"\b(?:of|for|to|in|at|from)\b", text, maxsplit=1)[0]


def _note(text: str) -> str | None:
    notes = []
    if _FORMER.search(text):
        notes.append("former")
    if _DECEASED.search(text):
        notes.append("deceased")
    return "; ".join(notes) or None


def _span_evidence(span: Span) -> Evidence:
    return Evidence(kind="text", start=span.start, end=span.end, text=span.text)


def _office_evidence(name: str, office: Office) -> Evidence:
    when = f"{office.start or '…'}..{office.end or ''}"
    held = next((x for x in (office.note or "").split("; ") if x.startswith("former ")), "")
    held = f" ({held})" if held else ""
    return Evidence(kind=office.source, text=f"{name}: {office.code} {when}{held}".strip(),
                    date=office.start.isoformat() if office.start else None)


