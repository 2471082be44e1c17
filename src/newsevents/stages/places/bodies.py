"""Places inside the names of bodies seated there ("the Mansfield Police
Department", "the University of Georgia"): embedded literals, and the areas that
merely hint where a story is ("Kansas State University")."""

from __future__ import annotations

from typing import Any

from ...knowledge.gazetteer import Gazetteer, name_key
from ...records import Span
from .model import _Toponym
from .names import _generic, _name_word, _named_exactly, _noted_place, _of_inside
from .words import _AREA_WORDS, _BODY_WORDS, _MASTHEAD_WORDS, _NAMED_BODY_WORDS, HINT


def _area_hint(doc: Any, ent: Any, text: str, gaz: Gazetteer) -> list[_Toponym]:
    """The county or province an organisation is named after ("the Edgar County
    Board", "Henry County Sheriff's Office"): no toponym (places inside the names of
    organisations are not), but it says where the story is, so it takes part in
    resolving the others ("Paris" in a story about the Edgar County Board is Paris,
    Illinois) as a ``HINT`` that is never reported."""
    first = ent.start + (doc[ent.start].lower_ == "the")
    if doc[ent.end - 1].lower_ in _MASTHEAD_WORDS:
        return []  # "The New York Times" is published there, wherever its story is

    def hint(e: int) -> list[_Toponym]:
        start, end = doc[first].idx, doc[e].idx + len(doc[e].text)
        return [_Toponym(Span(start, end, text[start:end]), text[start:end], HINT)]

    for e in range(ent.end - 1, first, -1):
        if doc[e].lower_ not in _AREA_WORDS:
            continue
        name = doc[first:e + 1].text
        if any(c.feature == "region" and c.is_named(name) for c in gaz.candidates(name)):
            return hint(e)
        break
    # "the Indiana Department of Workforce Development", "Kansas State University":
    # a state or province by its own name heading the name
    for e in range(min(ent.end - 2, first + 2), first - 1, -1):
        name = doc[first:e + 1].text
        if any(c.feature == "region" and c.admin2 is None and name_key(c.name) == name_key(name)
               for c in gaz.candidates(name)):
            return hint(e)
    return []


def _seats(doc: Any, ent: Any, text: str, gaz: Gazetteer) -> list[Span]:
    """The place a body is seated in, when its name holds it: first ("the Mansfield
    Police Department", "Alexandria's Circuit Court", "the Georgia Bureau of
    Investigation"), after a body's word and "of" at its end ("the University of
    Georgia"), or a county by its full name first, whatever follows ("Tarrant County
    Public Health"). Only names the gazetteer has a place of exactly; never a generic
    word ("Central Intelligence Agency") or a firm's, a team's or a brand's name, which
    hold no body's word ("Air Berlin")."""
    body = bool(_BODY_WORDS.intersection(t.lower_ for t in doc[ent.start:ent.end]))
    out: list[Span] = []
    if ent.start > 0 and doc[ent.start - 1].text in ("'s", "’s"):
        return out  # the name goes on before it: "Moore's | Ford Memorial Committee"
    # the name opens it, or follows "the" inside it ("Friends of the | Mansfield Public
    # Library")
    starts = [ent.start + (doc[ent.start].lower_ == "the")] + [
        i + 1 for i in range(ent.start + 1, ent.end - 2) if doc[i].lower_ == "the"]
    for first in starts:
        seat = _seat_at(doc, first, ent.end, body, gaz)
        if seat is not None:
            out.append(Span(seat.start_char, seat.end_char, seat.text))
            break
    for i in _of_inside(doc, ent) if body else ():
        if doc[i - 1].lower_ in _BODY_WORDS and all(_name_word(t) for t in doc[i + 1:ent.end]):
            names = doc[i + 1:ent.end]  # (a place of note: not "Chamber of Commerce")
            if _seat_name(names.text, gaz) and _noted_place(names.text, gaz):
                out.append(Span(names.start_char, names.end_char, names.text))
    return out


def _seat_of_office(doc: Any, ent: Any) -> bool:
    """Is the organisation ``ent`` a public office, never named after a person (a
    police department, a council), rather than a university or a church?"""
    words = {t.lower_ for t in doc[ent.start:ent.end]}
    return bool(words & _BODY_WORDS) and not words & _NAMED_BODY_WORDS


def _seat_name(name: str, gaz: Gazetteer) -> bool:
    """Can ``name`` in a body's name be the place it sits in? Not a generic word, and
    not a country's name unless a state or province bears it too: a national body
    ("the U.S. Treasury Department", "the Government of Iraq") is the state acting,
    not a place ("the Georgia Bureau of Investigation" sits in the US state)."""
    if _generic(name):
        return False
    named = [c for c in gaz.candidates(name) if _named_exactly(c, name)]
    if any(c.feature == "country" for c in named):  # a state of its name only (Georgia)
        return any(c.feature == "region" and c.admin2 is None for c in named)
    return bool(named)


def _untagged_bodies(doc: Any, toks: list[Any]) -> list[Any]:
    """Runs of capitalised proper nouns outside every entity that hold a body's word
    ("the Byesville Volunteer Fire Department", which the model left untagged), as
    spans."""
    out, i = [], 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j].pos_ == "PROPN" and not toks[j].ent_type_ \
                and toks[j].is_title:
            j += 1
        if j - i > 1 and any(t.lower_ in _BODY_WORDS for t in toks[i:j]):
            out.append(doc[i:j])
        i = max(j, i + 1)
    return out


def _seat_at(doc: Any, first: int, end: int, body: bool, gaz: Gazetteer) -> Any:
    """The longest run of name words from token ``first`` (up to three, before
    ``end``) that is a place a body sits in, with the area's word after it ("Laurel
    County | Sheriff's Office", "Illinois | State Police"), or None."""
    for e in range(min(end - 1, first + 3), first, -1):
        names = doc[first:e]
        if not all(_name_word(t) and t.lower_ not in _BODY_WORDS for t in names) \
                or not doc[e].text[:1].isupper():
            continue  # (not "the Shaping the Future committee", "Parks and Recreation")
        area = doc[first:e + 1] if doc[e].lower_ in _AREA_WORDS and e + 1 < end else None
        for seat in (area, names if body else None):
            if seat is not None and _seat_name(seat.text, gaz):
                return seat
    return None
