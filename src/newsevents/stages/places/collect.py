"""Toponyms in reading order: the model's places, names it put under other labels
that the gazetteer and the words around them make places, and the demonyms that
say which countries the article is about."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from ...knowledge.gazetteer import NAME_ABBREVIATIONS, Gazetteer, GazetteerEntry, name_key
from ...records import Span
from ..entities import mention_span
from .bodies import _area_hint, _seat_of_office, _seats, _untagged_bodies
from .evidence import (
    _acronym_position,
    _after_title,
    _before_head,
    _evidence,
    _inline_dateline,
    _party_home,
)
from .model import _Toponym
from .names import (
    _generic,
    _is_country_name,
    _major,
    _name_word,
    _noted_place,
    _of_inside,
    _parts,
    _spelling_of_a_city,
)
from .words import (
    _AREA_WORDS,
    _ARTICLE,
    _BODY_WORDS,
    _COORDINATORS,
    _DANGLING,
    _PLACE_HEADS,
    _PLACE_ONLY_PREPOSITIONS,
    _SEA_FEATURES,
    _SETTLEMENT_OF,
    _SIEGE_VERBS,
    _WORDS,
    AREA,
    EMBEDDED,
    GIVEN_NAMES,
    HINT,
    MAJOR_REGION,
    NAME_LABELS,
    NOTED_CITY,
    PLACE_LABELS,
    SMALL_TOWN,
    TITLED,
)


def collect_toponyms(doc: Any, text: str, gaz: Gazetteer, tokens: list[Any] | None = None,
                     org_words: frozenset[str] = frozenset(),
                     person_name: Callable[[str], bool] = lambda word: False,
                     ) -> tuple[list[_Toponym], Counter[str]]:
    """Toponyms in reading order, and the countries that demonyms name (``tokens``:
    ``list(doc)`` if the caller has it; spaCy makes new Token objects on every pass;
    ``org_words``: words that name a kind of body, never a place the model did not
    tag: "in Congress" is no town of Arizona)."""
    out: list[_Toponym] = []
    demonyms: Counter[str] = Counter()
    taken: set[int] = set()  # token indices inside accepted toponyms
    pending: list[tuple[int, int, str]] = []  # (start token, end token, label) to rescue
    bodies: list[tuple[Any, list[Span]]] = []  # organisations seated in places they name
    toks = tokens if tokens is not None else list(doc)
    ends = {t.idx + len(t.text): t.i for t in toks}  # token index by its end offset
    ents = doc.ents  # spaCy builds the tuple on every read
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON"}
    # one sense per discourse for the model's labels too: a name it tags a place once
    # ("in Alexandria") is the place where it tags it a person ("Sachs of Alexandria")
    placed = {e.text for e in ents if e.label_ in PLACE_LABELS and " " not in e.text.strip()}
    # (not "Alexandria Police", which holds a place's word no person's name takes, nor
    # "Avondale Estates", a town's own name)
    people = [e for e in ents if e.label_ == "PERSON" and len(e) > 1
              and not any(t.lower_ in _PLACE_HEADS for t in e)
              and not any(c.is_named(e.text) for c in gaz.candidates(e.text))]
    multi = {w.text for e in people for w in e}
    # a one-word name the model tags a place right after "in", "near", "across" ...
    # ("showing her heifer in Houston") is that place wherever the model tags it so,
    # though a person of that name is in the article ("Sam Houston", or the model's
    # "Steveston Harbour", "Avondale Mayor")
    located = {name_key(e.text) for e in ents if e.label_ in PLACE_LABELS and len(e) == 1
               and e.start > 0 and doc[e.start - 1].lower_ in _PLACE_ONLY_PREPOSITIONS}
    for ent in ents:
        label = ent.label_
        first = _abbreviated_start(doc, ent.start)
        if label in NAME_LABELS and len(ent) == 1 and ent.text in placed \
                and ent.text not in multi and name_key(ent.text) not in GIVEN_NAMES:
            label = "GPE"
        if label == "PERSON" and len(ent) > 1 and ent[-1].is_title \
                and ent[-1].lower_ in _SEA_FEATURES:
            label = "LOC"  # "Sabina Shoal" tagged PERSON: a feature, no town called Sabina
        if label in PLACE_LABELS:
            span = mention_span(ent, text)
            if span is None or not any(c.isalpha() for c in span.text):
                continue
            if first < ent.start and span.start == ent.start_char:
                span = Span(doc[first].idx, span.end, text[doc[first].idx:span.end])
            elif doc[ent.start].text == "The" and span.start > ent.start_char and any(
                    name_key(c.name) == name_key(text[ent.start_char:span.end])
                    for c in gaz.candidates(span.text)):
                # "The Hague": the article is part of the place's own name
                span = Span(ent.start_char, span.end, text[ent.start_char:span.end])
            common = all(t.pos_ != "PROPN" for t in ent)
            for part in _parts(span, gaz):
                if part.text.split()[-1] in _DANGLING:
                    continue  # "The City of | Paris": the place is the next name
                country = gaz.demonym(part.text)
                if country is not None and not _is_country_name(part.text, gaz):
                    demonyms[country] += 1  # (also "Ukrainian" the model tags a place)
                elif common and not gaz.candidates(part.text):
                    continue  # a common noun the model tags a place ("Gunmen attacked")
                elif part.text[0].isupper() or part.text[0].isdigit():
                    out.append(_Toponym(part, part.text, label))
            taken.update(range(first, ent.end))
            out.extend(_hyphen_neighbours(doc, ent, gaz, taken))
        elif label in ("DATE", "TIME"):
            # "fired missiles at Kyiv overnight" tagged one time: the name before the
            # time words is judged by the words around it like any other
            n = 0
            while ent.start + n < ent.end - 1 and doc[ent.start + n].pos_ == "PROPN" \
                    and doc[ent.start + n].is_title and doc[ent.start + n].lower_ not in _CALENDAR:
                n += 1
            if n and doc[ent.start + n].lower_ not in ("day", "eve", "week", "weekend"):
                # (not a holiday's name: "Quds Day", "Victory Day")
                pending.append((ent.start, ent.start + n, label))
        elif label in NAME_LABELS:
            country = gaz.demonym(ent.text) if label == "NORP" else None
            if country is not None:
                demonyms[country] += 1
            elif label == "NORP" and "-" in ent.text:  # "U.S.-Mexican border"
                out.extend(_hyphenated_countries(ent, text, gaz, demonyms))
            else:
                pending.extend(_token_parts(doc, first, ent.end, label))
                # a body's name the model ran on past "in": "St. John's Lutheran School
                # in | Lombard", "the Sheldon Peck Homestead in | Lombard"
                pending.extend((i + 1, ent.end, label) for i in range(ent.start + 1, ent.end - 1)
                               if doc[i].lower_ == "in" and label == "ORG"
                               and all(_name_word(t) for t in doc[i + 1:ent.end]))
                if label in ("ORG", "FAC") or (label == "PERSON" and any(
                        t.lower_ in _BODY_WORDS for t in ent)):
                    # (and "the Pointe Coupee Sheriff's Office" tagged a facility,
                    # "Alexandria Police Spokeswoman Ashley Hildebrandt" a person)
                    seats = _seats(doc, ent, text, gaz)
                    if seats:
                        bodies.append((ent, seats))
                    elif label != "PERSON":
                        out.extend(_area_hint(doc, ent, text, gaz))
                titled = _after_title(doc, ent.start)
                if label == "PERSON" or (label == "ORG" and len(ent) > 2 and (
                        doc[ent.end - 1].lower_ in surnames or titled)):
                    pending.extend(_inner_names(doc, ent, gaz, titled))
                elif label == "ORG":
                    # "the Archbishop of Gdańsk": a title held for a place, no body's name
                    pending.extend((i + 1, ent.end, TITLED) for i in _of_inside(doc, ent)
                                   if _after_title(doc, i + 1) and i + 1 < ent.end)
    pending.extend(_untagged_names(toks, placed))
    bodies.extend((run, seats) for run in _untagged_bodies(doc, toks)
                  if (seats := _seats(doc, run, text, gaz)))
    # a body's seat that is a place of note by itself counts at once, and makes the
    # name a place wherever else it stands alone ("the Georgia Bureau of
    # Investigation ... in Georgia"), as does a town a local office is named after
    # ("the Litchfield Fire Department"); another only if named as a place elsewhere
    noted = [(ent, [s for s in seats if _noted_place(s.text, gaz) or (
        _seat_of_office(doc, ent) and any(t.lower_ in _PLACE_HEADS for t in ent))])
             for ent, seats in bodies]
    out.extend(_Toponym(s, s.text, EMBEDDED) for _, seats in noted for s in seats)
    at = {t.span.start: t for t in out if t.span is not None}
    for s, e, span in _listed_areas(doc, gaz, toks):
        if span.start in at:  # a name of the list the model tagged a place itself
            at[span.start].label = AREA
        elif not taken.intersection(range(s, e)):
            taken.update(range(s, e))
            out.append(_Toponym(span, span.text, AREA))
    pending = [(s, e, label) for s, e, label in pending
               if (e - s > 1 or doc[s].lower_ not in org_words)
               and not taken.intersection(range(s, e))]
    # (a small town a body sits in says its name is a place, though it is not
    # reported by that alone: "the Grovetown Department of Public Safety")
    out.extend(_rescued(doc, text, gaz, pending, taken,
                        {name_key(t.text) for t in out if t.label in PLACE_LABELS}
                        | {name_key(s.text) for ent, seats in bodies for s in seats
                           if _seat_of_office(doc, ent)}, org_words, person_name))
    known = {name_key(t.text) for t in out if t.label != HINT}
    for (ent, seats), (_, seen) in zip(bodies, noted, strict=True):
        more = [s for s in seats if s not in seen and name_key(s.text) in known]
        out.extend(_Toponym(s, s.text, EMBEDDED) for s in more)
        if not seen and not more:
            out.extend(_area_hint(doc, ent, text, gaz))
    out.extend(_country_before_hyphen(doc, gaz, taken, toks))
    out.extend(_acronyms(out, text))
    offices = {s.start for ent, seats in bodies if _seat_of_office(doc, ent) for s in seats}
    # the words of multi-word person names, up to an "of" ("Edward Moayyad | of Southlake")
    person_words = {name_key(doc[i].text) for e in people
                    for i in range(e.start, min([e.end, *_of_inside(doc, e)]))}
    # (a name an area qualifies once is a place wherever it is rescued: "Greer, South
    # Carolina", though the model tags "Greer Station" a person)
    out = [t for t in out if (t.label in PLACE_LABELS and name_key(t.text) in located)
           or t.label == QUALIFIED
           or (t.span is not None and t.span.start in offices)  # an office's seat is
           # no one's surname ("Dublin City Council"; but "the Charles Webb Center")
           or (t.span is not None and t.span.end in ends and _before_head(
               doc, ends[t.span.end] + 1))  # "Alexandria police", a name no person has
           or not _part_of_a_person(t.text, person_words, gaz)]
    # (one toponym a mention: a seat found in a body's name may be rescued again)
    once = {(t.span.start, t.span.end) for t in out
            if t.span is not None and t.label not in (EMBEDDED, HINT)}
    kept = []
    for t in out:
        if t.span is not None and t.label == EMBEDDED:
            if (t.span.start, t.span.end) in once:
                continue
            once.add((t.span.start, t.span.end))
        kept.append(t)
    out = kept
    out.sort(key=lambda t: t.span.start if t.span else -1)
    return out, demonyms


#: the words of dates that are names ("Monday", "March", "Christmas"), never a place
#: before a time
_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w) \
    | _WORDS["calendar_name"]


def _listed_areas(doc: Any, gaz: Gazetteer,
                  toks: list[Any] | None = None) -> list[tuple[int, int, Span]]:
    """The names of a list that ends in the plural of an area's kind are areas of
    that kind ("Barrow, Jackson and Madison counties", "the Donetsk and Luhansk
    regions"), however the model tagged them: each is a toponym (label ``AREA``)
    that only the gazetteer's areas of its name can resolve. (start token, end
    token, span) of each name the gazetteer knows an area of."""
    out: list[tuple[int, int, Span]] = []
    for t in (toks if toks is not None else doc):
        if t.tag_ != "NNS" or t.lemma_.lower() not in _AREA_WORDS or not t.is_lower:
            continue
        names: list[tuple[int, int]] = []
        j = t.i - 1
        while j >= 0:
            end = j + 1
            while j >= 0 and end - j <= 3 and doc[j].is_alpha and doc[j].is_title \
                    and doc[j].lower_ not in _COORDINATORS and not doc[j].is_stop:
                j -= 1  # (not "The" or "In" opening the sentence)
            if j + 1 == end:
                break
            names.append((j + 1, end))
            while j >= 0 and doc[j].lower_ in _COORDINATORS:
                j -= 1
            if j + 1 == names[-1][0]:
                break  # no "and" or comma before it: the list starts here
        if len(names) < 2:
            continue
        for s, e in names:
            span = Span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), doc[s:e].text)
            if not _generic(span.text) and any(c.feature == "region"
                                               for c in gaz.candidates(span.text)):
                out.append((s, e, span))
    return out


def _part_of_a_person(text: str, person_words: set[str], gaz: Gazetteer) -> bool:
    """"Villanueva" after "Jorge Villanueva Paredes": a surname, not a town
    (countries, states and national capitals excepted, unless their name is a
    given name: "Virginia Smith"). ``person_words``: the
    name keys of the words of the article's multi-word person names."""
    key = name_key(text)
    if " " in key or key not in person_words:
        return False
    return key in GIVEN_NAMES or not any(_major(c) and c.is_named(text)
                                         for c in gaz.candidates(text))


def _inner_names(doc: Any, ent: Any, gaz: Gazetteer,
                 titled: bool = False) -> list[tuple[int, int, str]]:
    """Places inside what the model took for one person's name (a PERSON, or an
    ORG that ends in a person's surname): "Vermont Bernie Sanders", "First
    Minister of Wales Megan Price", "Edward Moayyad of Southlake", a town before
    the title of its own office ("Avondale Mayor Ed Rieker"). Heads must be
    countries or states of half a million people or more by their own name (not
    "Miss." for Mississippi), not a given name ("Jordan Henderson"), and followed
    by a name of two words or more ("Virginia Smith" is a woman); a town after
    "of" must end the name. After
    a title held for a place ("Senator from | Vermont Bernie Sanders", ``titled``)
    any state or country will do, however small."""
    out = []
    first = ent.start + (doc[ent.start].lower_ == "the")
    # "Avondale Mayor Ed Rieker", "Litchfield Fire Chief Jim Koser": a town before the
    # title of its own office
    for e in range(first + 1, min(first + 4, ent.end)):
        if doc[e].lower_ in _PLACE_HEADS and doc[e].is_title:
            if all(_name_word(t) for t in doc[first:e]):
                out.append((first, e, TITLED))
            break
    starts = [first] + [i + 1 for i in _of_inside(doc, ent)]
    for s in starts:
        for e in range(ent.end - 2, s, -1):  # a name of two words or more follows
            name = doc[s:e].text
            if ent.label_ == "PERSON" and name_key(name) in GIVEN_NAMES:
                break
            if any(_major(c) and name_key(c.name) == name_key(name)
                   and (c.population >= MAJOR_REGION or (titled and s == first))
                   for c in gaz.candidates(name)):
                out.append((s, e, "INNER"))
                break
        if s != first:
            out.append((s, ent.end, ""))  # the whole rest, judged by the words around it
    return out


def _hyphenated_countries(ent: Any, text: str, gaz: Gazetteer,
                          demonyms: Counter[str]) -> list[_Toponym]:
    """"U.S.-Mexican": the country that a hyphenated adjective names by name."""
    span = mention_span(ent, text)
    if span is None:
        return []
    out = []
    pos = 0
    for piece in span.text.split("-"):
        start = span.start + pos
        pos += len(piece) + 1
        if _is_country_name(piece, gaz):
            out.append(_Toponym(Span(start, start + len(piece), piece), piece, "NORP"))
        elif (country := gaz.demonym(piece)) is not None:
            demonyms[country] += 1
    return out


def _country_before_hyphen(doc: Any, gaz: Gazetteer, taken: set[int],
                           toks: list[Any] | None = None) -> list[_Toponym]:
    """"a U.S.-led coalition": a country's name before a hyphen, in no entity."""
    out = []
    for tok in (toks if toks is not None else doc):
        if tok.i in taken or tok.ent_type_ or not tok.text[:1].isupper():
            continue
        head = tok.text.split("-")[0] if "-" in tok.text[1:] else (
            tok.text if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" else "")
        if head and _is_country_name(head, gaz):
            taken.add(tok.i)
            out.append(_Toponym(Span(tok.idx, tok.idx + len(head), head), head, "RESCUED"))
    return out


_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _acronyms(toponyms: list[_Toponym], text: str) -> list[_Toponym]:
    """"New South Wales (NSW)": the acronym in brackets after a place names it
    wherever it recurs (each mention grouped with the place's name)."""
    out: list[_Toponym] = []
    for t in toponyms:
        if t.span is None or not (m := _ACRONYM.match(text, t.span.end)):
            continue
        acronym = m.group(1)
        initials = "".join(w[0] for w in t.text.split() if w[:1].isupper())
        if initials != acronym:
            continue
        have = {o.span.start for o in toponyms if o.span and o.span.text == acronym}
        for hit in re.finditer(rf"\b{acronym}\b", text):
            if hit.start() not in have:
                out.append(_Toponym(Span(hit.start(), hit.end(), acronym), t.text, "ACRONYM"))
    return out


def _token_parts(doc: Any, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """Split tokens ``start:end`` at "and", "or" and commas ("Kharkiv and Odesa"), not
    at "&", which joins the names of a firm ("Stevens & Wilkinson")."""
    parts, s = [], start
    for i in range(start, end + 1):
        if i == end or (doc[i].lower_ in _COORDINATORS and doc[i].text != "&"):
            while s < i and (doc[s].lower_ == "the" or doc[s].is_punct):
                s += 1
            e = i
            while e > s and (doc[e - 1].is_punct or doc[e - 1].text in {"'s", "’s"}):
                e -= 1
            if e > s:
                parts.append((s, e, label))
            s = i + 1
    return parts


def _abbreviation(t: Any) -> bool:
    """Is token ``t`` the short form of a place-name word ("St.", "FT.", "Mt.")?"""
    return t.text[:1].isupper() and t.text.endswith(".") and t.lower_[:-1] in NAME_ABBREVIATIONS


def _abbreviated_start(doc: Any, start: int) -> int:
    """Where a name the model tags from token ``start`` begins: before a short
    "St."/"Ft." the model left out and the untagged names before that (its "WORTH"
    of "FT. WORTH, Texas --" is Fort Worth, its "Marie" of "Sault Ste. Marie" the
    Canadian city)."""
    if start == 0 or not _abbreviation(doc[start - 1]) or not doc[start - 1].whitespace_:
        return start
    first = start - 1
    while first > 0 and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].ent_type_ \
            and doc[first - 1].text[:1].isupper() and doc[first - 1].whitespace_:
        first -= 1
    return first


def _untagged_names(toks: list[Any], placed: set[str] | frozenset[str] = frozenset(),
                    ) -> list[tuple[int, int, str]]:
    """Runs of proper nouns that the model left out of every entity ("city of León"),
    and words it read as common nouns that it tags a place elsewhere in the article
    (one sense per discourse: "... in Gdańsk. Gdańsk residents donated blood")."""
    # (a word in capitals is a name whatever the tagger says: "COLUMBUS -- A text ...",
    # where it reads a noun, "BEIRUT: The body of ...", an adverb)
    # (and a capitalised word inside a sentence before a place's word, whatever the
    # tagger says: "Grovetown police", where it reads an adjective)
    heads = [t.lower_ in _PLACE_HEADS for t in toks]
    bare = [(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text in placed)
             or (t.is_upper and len(t) > 2 and (t.is_alpha or _abbreviation(t)))
             or (i + 1 < len(toks) and heads[i + 1] and t.is_title and t.is_alpha
                 and not t.is_sent_start and t.pos_ in ("ADJ", "NOUN")))
            and not t.ent_type_ for i, t in enumerate(toks)]
    # a place's word after a name ends it: "Mansfield | Mayor Curtis McCoy" (not
    # "Council Bluffs", which it opens)
    bare = [b and not (heads[i] and i > 0 and bare[i - 1]) for i, b in enumerate(bare)]
    # the text of a token is made anew on each read: only for the bare proper nouns
    upper = [b and t.text[:1].isupper() for b, t in zip(bare, toks, strict=True)]
    runs, i = [], 0
    while i < len(bare):
        if bare[i] and upper[i]:
            j = i
            while j < len(bare) and bare[j]:
                j += 1
            runs.append((i, j, ""))
            i = j
        else:
            i += 1
    return runs


def _rescued(doc: Any, text: str, gaz: Gazetteer, pending: list[tuple[int, int, str]],
             taken: set[int], placed: set[str],
             org_words: frozenset[str] = frozenset(),
             person_name: Callable[[str], bool] = lambda word: False) -> list[_Toponym]:
    """Names the model did not tag as places that are places by the gazetteer and
    by the words around them: "diverted to Misrata", "Punjab province", "the
    outskirts of Kiev", "Gaza and Rafah", or a country or national capital. One
    sense per discourse: a name that is a place once, by the model's tag (``placed``:
    name keys) or by such words, is that place wherever else it stands alone
    ("Gainesville residents marched ... to let locals know that Gainesville says no")."""
    found: dict[int, tuple[int, int, str, list[GazetteerEntry]]] = {}
    accepted_owned: set[int] = set()
    qualified: set[int] = set()  # names an area after a comma has ("Greer, South Carolina")
    unknown: list[tuple[int, int]] = []
    for s, e, label in pending:
        name = text[doc[s].idx:doc[e - 1].idx + len(doc[e - 1].text)]
        if not (name[:1].isupper() or _ARTICLE.match(name)) or (
                label == "PERSON" and name_key(name) in GIVEN_NAMES
                and not _inline_dateline(doc, s, e) and not _before_head(doc, e)):
            continue
        cands = gaz.candidates(name)
        if name.isupper() and _acronym_position(doc, s) and not _inline_dateline(doc, s, e):
            # capitals inside a sentence are an acronym ("a SWAT team", "the BOE"), a
            # place only where they are the place's own short form ("NSW", "UAE")
            cands = [c for c in cands if name in (c.name, *c.names)]
        # its own name, or a well-known alternate one (Kiev, Misrata) of a big place;
        # after a verb only places suffer ("shelled", "bombed"), a town's alternate one
        # too ("Saudi jets bombed Saada": Sa'dah)
        shelled = s > 0 and doc[s - 1].pos_ == "VERB" and label != "PERSON" \
            and doc[s - 1].lemma_.lower() in _SIEGE_VERBS
        # ... and after "and" a place the model tagged, a town's alternate one ("Residents
        # of Tskhinvali and Sukhumi": Sokhumi)
        listed = s > 1 and doc[s - 1].lower_ in _COORDINATORS and (s - 2) in taken \
            and not (label == "PERSON" and any(person_name(t.text) for t in doc[s:e]))
        # (not "Washington and Yermak", "Eritrea and Abiy": names the tables know people by)
        own = [c for c in cands if c.is_named(name) or c.population >= NOTED_CITY
               or ((shelled or listed) and c.feature == "city" and c.population >= SMALL_TOWN)]
        if _party_home(doc, s):
            # a state lawmaker's district is often a county: "Delegate Harold Michael,
            # D-Hardy" (Hardy County, West Virginia)
            own = [c for c in cands if c.country == "USA"
                   and (c.is_named(name) or c.is_named(name + " County"))]
        qualifiers = _qualifier_areas(doc, e, gaz)
        owners = [*_possessor_areas(doc, s, gaz), *qualifiers]
        inside = [c for c in own if any(c.within(o) for o in owners)]
        if inside and (label != "PERSON" or any(c.population >= NOTED_CITY for c in inside)):
            # "Punjab's Ludhiana", "Russia's Belgorod", "Greer, South Carolina": a place
            # in the area that has it (a person the model tags so only if a city of
            # note: not "Kansas's Moran")
            own = inside
            accepted_owned.add(s)
            if any(c.within(o) for c in inside for o in qualifiers):
                qualified.add(s)
        if own:
            found[s] = (s, e, label, _readings(own, name))
        elif not cands and label != "NORP" and _settlement_of(doc, s) \
                and not (label == "PERSON" and name_key(doc[s].text) in GIVEN_NAMES) \
                and e - s <= 3 and all(_name_word(t) and t.lower_ not in org_words
                                       for t in doc[s:e]) \
                and not (e < len(doc) and doc[e].text in ("'s", "’s")):
            # "took the town of Minova": a place too small to know (not "the town of Abraham
            # Lincoln's youth", "a village of Kurds", "the city of Toyota Motor Corp's ...")
            unknown.append((s, e))
    accepted_owned.update(_listed_cities(doc, found))
    accepted: dict[int, tuple[int, int]] = {}
    changed = True
    while changed:
        changed = False
        for s, (_, e, label, entries) in found.items():
            if s not in accepted and (s in accepted_owned or any(
                    _evidence(doc, s, e, label, c, taken) for c in entries)):
                accepted[s] = (s, e)
                taken.update(range(s, e))
                changed = True
    # (what a name is listed with says too little to spread: "Israel and Hamas")
    placed = placed | {name_key(doc[s:e].text) for s, e in accepted.values()
                       if any(_evidence(doc, s, e, found[s][2], c, set()) for c in found[s][3])}
    for s, (_, e, _label, _entries) in found.items():
        if s not in accepted and name_key(doc[s:e].text) in placed \
                and not taken.intersection(range(s, e)):
            accepted[s] = (s, e)
            taken.update(range(s, e))
    out = []
    sure = {name_key(doc[s:found[s][1]].text) for s in qualified}
    for s, e in [*accepted.values(), *((s, e) for s, e in unknown
                                       if not taken.intersection(range(s, e)))]:
        taken.update(range(s, e))
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        name = text[start:end]
        out.append(_Toponym(Span(start, end, name), name,
                            QUALIFIED if name_key(name) in sure else "RESCUED"))
    return out


#: the label of a rescued name that an area after a comma qualifies somewhere in the text
QUALIFIED = "QUALIFIED"


def _settlement_of(doc: Any, s: int) -> bool:
    """Does "the town of", "the village of" (a settlement's word and "of", ``settlement_of``
    rows) stand right before token ``s`` ("a village of" is one of people)?"""
    return s > 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in _SETTLEMENT_OF \
        and doc[s - 3].lower_ == "the"


def _listed_cities(doc: Any, found: dict[int, tuple[int, int, str, list[GazetteerEntry]]],
                   ) -> set[int]:
    """The first tokens of names listed together ("after taking Aleppo, Hama and
    Homs", whatever the model tagged each) when the list has three names or more and
    each is a city of note of one and the same country by its own name or a spelling
    of it: a list of cities, not of people ("Washington, Jackson and Lincoln" are
    cities of one country too, but the model tags them people and such names are
    given names or surnames the article names elsewhere; see ``_part_of_a_person``)."""
    out: set[int] = set()
    chain: list[int] = []

    def close() -> None:
        if len(chain) < 3 or sum(found[s][2] == "PERSON" for s in chain) > 1:
            return
        shared: set[str | None] | None = None
        for s in chain:
            name = doc[s:found[s][1]].text
            countries = {c.country for c in found[s][3] if c.feature == "city"
                         and c.population >= NOTED_CITY
                         and (c.is_named(name) or _spelling_of_a_city(c, name))}
            shared = countries if shared is None else shared & countries
        if shared:
            out.update(chain)

    for s in sorted(found):
        if chain:
            gap = doc[found[chain[-1]][1]:s]
            if len(gap) and len(gap) <= 2 and all(t.lower_ in _COORDINATORS for t in gap) \
                    and (len(gap) == 1 or gap[0].text == ","):
                chain.append(s)
                continue
            close()
        chain = [s]
    close()
    return out


def _readings(own: list[GazetteerEntry], name: str) -> list[GazetteerEntry]:
    """The places of ``name`` whose words around it are weighed: the likeliest, and
    the others but a country or capital elsewhere (the district of Bamako outnumbers
    the capital inside it, and "advanced on Bamako" counts for the capital; "Victoria
    said its profits rose" is no capital of the Seychelles)."""
    best = max(own, key=lambda c: (c.is_named(name) or _spelling_of_a_city(c, name),
                                   c.population))
    return [c for c in own if c is best or c.within(best)
            or not (c.feature == "country" or c.capital)]


def _possessor_areas(doc: Any, s: int, gaz: Gazetteer) -> list[GazetteerEntry]:
    """The countries and regions the name before a possessive at token ``s`` can be
    ("Punjab" of "Punjab's Ludhiana", whatever the model tags it), or none."""
    if s < 2 or doc[s - 1].text not in ("'s", "’s") or not doc[s - 2].ent_type_:
        return []
    first = s - 2
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return [c for c in gaz.candidates(doc[first:s - 1].text)
            if c.feature in ("country", "region")]


def _qualifier_areas(doc: Any, e: int, gaz: Gazetteer) -> list[GazetteerEntry]:
    """The countries and regions a place name the model tags so after a comma right
    after token ``e`` can be ("South Carolina" of "Greer, South Carolina", whatever the
    model tags Greer), or none."""
    if e + 1 >= len(doc) or doc[e].text != "," or doc[e + 1].ent_iob_ != "B" \
            or doc[e + 1].ent_type_ not in PLACE_LABELS:
        return []
    end = e + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return [c for c in gaz.candidates(doc[e + 1:end].text)
            if c.feature in ("country", "region")]


def _hyphen_neighbours(doc: Any, ent: Any, gaz: Gazetteer,
                       taken: set[int]) -> Iterable[_Toponym]:
    """The untagged other half of "Tehran-Baku" (a country, capital or big city)."""
    for i, j in ((ent.end, ent.end + 1), (ent.start - 1, ent.start - 2)):
        if min(i, j) < 0 or max(i, j) >= len(doc):
            continue
        dash, tok = doc[i], doc[j]
        if dash.text not in {"-", "–", "—", "/"} or j in taken or not tok.text[:1].isupper():
            continue
        if tok.ent_type_ and tok.ent_type_ not in PLACE_LABELS:
            continue
        if any((e.feature == "country" or e.capital or e.population >= NOTED_CITY)
               and e.is_named(tok.text) for e in gaz.candidates(tok.text)):
            taken.add(j)
            yield _Toponym(Span(tok.idx, tok.idx + len(tok.text), tok.text), tok.text, "GPE")
