"""Places: toponyms geocoded offline through the gazetteer.

Toponyms are spaCy GPE, LOC and FAC entities (without a leading "the" or a
possessive), split where one entity names two places ("Tehran-Baku",
"Paris, Texas"). The small English model puts many places under other labels
("Misrata" as PERSON, "Hyderabad" as ORG, "Punjab" as NORP) or under none, so
such names are taken too when the gazetteer knows them and the words around
them say "place": a country or national capital; a locative preposition
("in Goris", "diverted to Misrata"); "the outskirts of Kiev"; "Punjab
province"; the object of "struck", "shelled", "reached"...; coordination
with a place ("Gaza and Rafah"); or the untagged half of "Tehran-Baku".
Person-like labels are held to more ("to"/"from" only for big places; given
names such as Jordan or Victoria never), and a single word that is part of a
person's name in the article ("Villanueva" after "Jorge Villanueva Paredes")
is not a place unless it is a country or capital. Demonyms and adjectives
("Azerbaijani", "Iranians"), tagged NORP, GPE or PERSON, are never places;
they say which countries the article is about.

Also taken: the place inside a name the gazetteer does not know ("Henderson
County Jail", "Western Massachusetts"), a country before a hyphen ("U.S.-led"),
an acronym in brackets after a place wherever it recurs ("New South Wales
(NSW)"), a state or country heading what the model took for a person's name
("Vermont Bernie Sanders"), the place a title is held for where the model read
a body's name ("the Archbishop of Gdańsk", "Senator from Vermont"; title words are
data), a word the model reads as a common noun where it tags it a place elsewhere
in the article, an all-caps inline dateline ("CLINTON — ...", also after a
headline run into the story), and a town the words around it make a place
("Fargo Mayor", "Gainesville residents", "an Alexandria man", "downtown Greer",
"... of Southlake"; the word lists are data: ``knowledge/data/place_words.tsv``).
Not taken: streets and numbered roads ("Main Street", "Dublin Road", "Interstate
64": below a gazetteer's grain, and not in the town they are named after), a
lesser town's name before "City" or "Township" ("Harbor City" is no town called
Harbor; "Jolo City" is Jolo), nor capitals inside a sentence that are no place's
own short form ("a SWAT team" is no Swat; "NSW" is New South Wales).
A place inside the name of a body seated there is a toponym (an embedded
literal, in the terms of Gritta et al.'s "Pragmatic Guide to Geoparsing
Evaluation"): first in the name or after its "of" ("the Mansfield Police
Department", "Laurel County Sheriff's Office", "the University of Georgia"),
when the name holds a body's word (police, council, court, university: data).
Not: a firm's, a team's or a brand's name, which holds none ("Air Berlin"), a
national body named after its country, which is the state acting ("the U.S.
Treasury Department"), or a generic word ("Central Intelligence Agency"); a
small town is one there only before an office's word ("the Litchfield Fire
Department") or where it is named as a place elsewhere, and never for a body
often named after a person or a saint ("Harvard University", "Trinity Church").

Each distinct name is resolved once for the article (one sense per
discourse) by scoring its gazetteer candidates. The prior is
``log10(population)``, with bonuses for countries (a name that is a country
and a town means the country), states and provinces, national capitals (news
names them far more than their size says), and for the entry's own name over
an alternate name (a town only once called so yields to the towns of its
country that bear the name); an area named like a town inside it yields to the town
("Tehran" the city, not the province), and a town named like a state of its
own country yields to the state ("California", not California, Maryland).
The article's context adds: the candidate's country is named elsewhere in
the article (by a place, a demonym or the dateline), or, less, borders one that
is ("Gaza" beside Israel is not Mozambique's province); the candidate lies in a
region named elsewhere ("Paris" and "Texas"); it is near other places of the
article; and it lies in the region or country that directly qualifies it
("Paris, Texas", "London (Ontario)"), which all but decides; and places
listed together are of one kind ("eastern Washington and Oregon": two
states; the longer the list, the surer), and the word after a name can say it is
the area ("the Sulu region"). Context is taken from the other names' current
resolutions, and the scoring is repeated until nothing changes (at most four
rounds). Before that,
two names that each have a reading inside the other are read together when
the pair scores more than their separate best readings ("Paris" and "Henry
County": Paris, Tennessee), which one name at a time could never reach. The
county, state or province another organisation is named after ("Kansas State
University") is no toponym but takes part as context.

Each resolution carries a ``confidence``: the chosen entry's share of the
candidates' odds (the scores are log10 odds, so a lead of 1 is tenfold:
confidence 0.91 against one rival), 1.0 for a name with one candidate.

Toponyms the gazetteer does not know ("Middle East", "White House") are
kept as places with ``geonameid``, ``country`` and coordinates None, so that
no place named in the text is silently dropped; consumers that need points
(the GKG export) skip them. The dateline's place is marked ``dateline=True``
and is listed even when the text never names it again.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ..knowledge.gazetteer import (
    ARABIC_ARTICLES,
    NAME_ABBREVIATIONS,
    Gazetteer,
    GazetteerEntry,
    country_neighbours,
    distance_km,
    name_key,
    place_words,
)
from ..records import Place, Span
from ..sources.clean import DATELINE_MARKS
from . import Context, Stage
from .entities import mention_span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels under which the small model often puts places ("Misrata" as PERSON).
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT"})
_COORDINATORS = frozenset({"and", "or", ",", "&"})
# Words around a name that say "place" (knowledge/data/place_words.tsv).
_WORDS = place_words()
#: Place names that are also common given names or surnames (for PERSON entities).
GIVEN_NAMES = _WORDS["given_name"]
#: Verbs whose object is usually a place ("struck Kharkiv", "reached Goma").
_PLACE_VERBS = _WORDS["place_verb"]
#: "shelled Saada": a place however small
_SIEGE_VERBS = _WORDS["siege_verb"]
_ADVANCE_VERBS = _WORDS["advance_verb"]
#: Words before a name that make it a place ("in Goris", "diverted to Misrata").
_LOCATIVE = _WORDS["locative"]
#: Of these, the ones a person rarely follows.
_PLACE_ONLY_PREPOSITIONS = _WORDS["place_only_preposition"]
#: Nouns whose "of" introduces a place ("the outskirts of Kiev"), or that follow one.
_PLACE_NOUNS = _WORDS["place_noun"]
#: Words after a town's name that make it a place ("Fargo Mayor", "Gainesville residents").
_PLACE_HEADS = _WORDS["place_head"]
#: The same after "a"/"an" ("an Alexandria man").
_PERSON_HEADS = _WORDS["person_head"]
#: Words before a town's name that make it a place ("downtown Greer", "south Fargo").
_AREA_MODIFIERS = _WORDS["area_modifier"]
#: The last word of a title held for a place ("the Archbishop of Gdańsk").
_TITLE_WORDS = _WORDS["title_word"]
#: The last word of an area's name ("Rapides Parish").
_AREA_WORDS = _WORDS["area_word"]
#: words for a state's office or body after a country's possessive ("Niger's ambassador")
_STATE_WORDS = _WORDS["state_word"]
#: the possessive and the next word or two after a name ("'s new ambassador")
_STATE_AFTER = re.compile(r"['’]s\s+(?:(?:new|former|top|own|military|interim|chief)\s+)?(\w+)")
#: Words that alone name no place ("the North").
_GENERIC_WORDS = _WORDS["generic_word"]
#: "Main Street": the town is not where the street is
_STREET_WORDS = _WORDS["street_word"]
#: "Harbor City", "Jerome Township": another settlement than the town of its first words
_SETTLEMENT_WORDS = _WORDS["settlement_word"]
#: "Interstate 64", "Highway 82", "Route 4": a numbered road
_ROAD_WORDS = _WORDS["road_word"]
#: "Griffith Park", "Trafalgar Square": a park or a square, of a town only of note
#: (a river is near the town or county named like it: "Kanawha River", "Catawba River")
_PARK_WORDS = _WORDS["park_word"]
#: "the Plateau district" (of Dakar): no administrative area for all its word
_LOOSE_AREA_WORDS = _WORDS["loose_area_word"]
#: "Perth, the capital of ...": a noun in apposition that says the name is a place
_APPOSITIVE_NOUNS = _WORDS["appositive_noun"]
#: "Red River", "South Island": a natural feature, no place that bears its name only
#: as a shortened or an old one
_FEATURE_WORDS = _WORDS["feature_word"]
_SEA_FEATURES = _WORDS["sea_feature"]
#: "Streatham High Road": the town's own street, in the town; as an area's road is
#: ("Freestone County Road 360")
_OWN_STREET = _WORDS["high_street_word"] | _AREA_WORDS
#: The kinds of place a name's "X of" can open with ("the Province of Ontario")
_KIND_OF = _WORDS["kind_of"]
#: The parties a US lawmaker's home follows ("D-Columbus"; Minnesota's DFL)
_PARTY_LETTERS = frozenset(w.upper() for w in _WORDS["party_letter"])
#: Words of an organisation's name that seat it in the place it is named after
_BODY_WORDS = _WORDS["body_word"]
#: ... of them, bodies often named after people, saints or virtues ("Harvard University")
_NAMED_BODY_WORDS = _WORDS["named_body_word"]
#: A place this big is a city of note: what "X City" or "X Township" means when the
#: gazetteer lacks the whole name (or a national capital), a well-known alternate name
#: ("Kiev"), a name the words around it need not vouch for.
NOTED_CITY = 100_000
#: How many letters two names of one length may differ by to be spellings of one
#: ("Kiev", "Kyiv": 2; "Zaporizhzhia", "Zaporizhzhya": 1)
SPELLING = 2
#: Words a place name never ends with ("The City of" before "Paris").
_DANGLING = frozenset({"of", "the", "and", "for", "in"})
#: The label of a place a title is held for, inside what the model took for a body.
TITLED = "TITLED"
#: The label of a place an organisation that is no body seated there is named after
#: ("Kansas State University"): context, never reported.
HINT = "HINT"
#: A place inside the name of a body seated there ("the Mansfield Police Department")
EMBEDDED = "EMBEDDED"
#: The label of a name listed before the plural of an area's kind ("Barrow and Jackson
#: counties"): only an area can be meant.
AREA = "AREA"
#: Dashes (or a colon) after an inline dateline ("CLINTON — A town couple ...",
#: "BEIRUT: The body of ..."): the marks that end a dateline the cleaner splits off.
_DATELINE_DASHES = frozenset(DATELINE_MARKS)
#: what ends the sentence (or headline) before an inline dateline, quotes included
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "’", "'"})

# Scoring weights (log10 units: +1 is worth a tenfold population).
FEATURE_BONUS = {"continent": 2.5, "country": 2.5, "area": 1.0, "region": 0.0, "city": 0.0}
#: What a sea, island or region with no population counts as (a place of some three
#: million): above a small town of its name ("Pacific, Missouri"; "Luzon", a town on it).
AREA_PRIOR = 6.5
ADMIN1_BONUS = 1.5  # a state or province ...
ADMIN1_WEIGHT = 200_000  # ... of this many people in its towns (an underestimate: West
# Virginia's are 782,000): a parish of Jamaica (Manchester, 62,000) is no likelier than a
# town of its size
NAMESAKE_TOWN = -2.0  # a town named like a state of its own country (California, Maryland)
SHADOWED_REGION = -4.0  # "Tehran" is the city more often than the province around it
REGION_PRIOR_CAP = 6.6  # a region's population is the sum of its cities': cap it
CAPITAL_BONUS = 3.0
OWN_NAME_BONUS = 1.0
COUNTRY_CONTEXT = 3.5
NEIGHBOUR_CONTEXT = 1.5  # a place in a country bordering one the article names ...
NEIGHBOUR_KM = 500.0  # ... within this distance of that country's point
REGION_CONTEXT = 2.5
CONTAINS_CONTEXT = 1.5
NEAR_BONUS = 2.0
NEAR_KM = 50.0
FAR_KM = 800.0
QUALIFIER_BONUS = 10.0
SIBLING_BONUS = 1.5  # per name of the same kind in the list, up to MAX_SIBLINGS
MAX_SIBLINGS = 4
MAJOR_REGION = 500_000  # a state or province of note (not Jersey's parish of Trinity)
SMALL_TOWN = 15_000  # a LOC only this small place is named like is no match
ROUNDS = 4

_SPLIT = re.compile(r"\s*(?:-|–|—|/)\s*")
#: "Paris, Texas", "Paris (Texas)", "Tripoli, in northern Lebanon": what stands between a
#: place and the area that qualifies it (the word before the area: ``_AREA_MODIFIERS``)
_QUALIFIER_GAP = re.compile(r"^\s*(?:,|\()\s*(?:in\s+(?:the\s+)?(?:([\w-]+)\s+)?)?$")
#: An area's kind after its name ("the Sulu region", "Punjab province").
_AREA_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate|prefecture|"
                         r"voivodeship|district|county|parish|state)\b(?!\s+of\b)")
#: Arabic's article in lower case before a capitalised name ("al-Raqqah", "el-Fasher")
_ARTICLE = re.compile(r"(?:" + "|".join(a.strip() for a in ARABIC_ARTICLES) + r")-[A-Z]")
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or))\s*$")


@dataclass(slots=True)
class _Toponym:
    span: Span | None  # None: the dateline, which is not in the text
    text: str
    label: str


@dataclass(slots=True)
class _Group:
    key: str
    toponyms: list[_Toponym]
    candidates: list[GazetteerEntry]
    qualifiers: list[int] = field(default_factory=list)  # groups that qualify this one
    siblings: list[int] = field(default_factory=list)  # groups in a list with this one
    choice: GazetteerEntry | None = None
    confidence: float | None = None  # the choice's share of the candidates' odds
    shadowed: frozenset[str] = frozenset()  # keys of areas that hold a town of their name,
    # and of towns named like a state of their country

    @property
    def first(self) -> int:
        return min((t.span.start if t.span else -1) for t in self.toponyms)

    @property
    def name(self) -> str:
        return self.toponyms[0].text


def find_places(ctx: Context) -> list[Place]:
    gaz = ctx.knowledge.gazetteer
    text = ctx.article.text
    toponyms, demonym_countries = collect_toponyms(ctx.doc, text, gaz, ctx.tokens(),
                                                   ctx.knowledge.actors.org_words)
    people = _surname_mentions(ctx.slots.get("entities") or [])
    if people:
        # "Daniel Amman ... Amman had been released": the resolver's person, not Jordan's capital
        toponyms = [t for t in toponyms if t.span is None or
                    (t.span.start, t.span.end) not in people]
    if ctx.article.dateline:
        toponyms.insert(0, _Toponym(None, _dateline_name(ctx.article.dateline), "DATELINE"))
    groups = _group(toponyms, gaz)
    _states_by_office(groups, text)
    _link_qualifiers(groups, text)
    _demonym_kinds(groups, text, gaz)
    resolve(groups, demonym_countries,
            [c for iso in demonym_countries if (c := gaz.country(iso)) is not None])
    _no_match(groups, demonym_countries)
    return _places(groups)


def _states_by_office(groups: list[_Group], text: str) -> None:
    """"Niger's ambassador", "Georgia's government": a country's name whose possessive
    comes before a word for a state's office or body is the country, never a namesake
    region (Niger State) the story's country would otherwise favour."""
    for g in groups:
        countries = [e for e in g.candidates if e.feature == "country" and e.is_named(g.name)]
        if not countries or len(countries) == len(g.candidates):
            continue
        for t in g.toponyms:
            after = _STATE_AFTER.match(text, t.span.end) if t.span is not None else None
            if after is not None and after.group(1).lower() in _STATE_WORDS:
                g.candidates = countries
                break


def _surname_mentions(entities: list[Any]) -> set[tuple[int, int]]:
    """Spans of one-word mentions of people named in full in the article (the
    entities stage, when it ran before: it decides "Amman" after "Daniel Amman" is him
    unless after a preposition of place)."""
    out: set[tuple[int, int]] = set()
    for e in entities:
        if getattr(e, "type", None) != "PERSON":
            continue
        if not any(len(m.text.split()) > 1 and m.text[:1].isupper() for m in e.mentions):
            continue
        out.update((m.start, m.end) for m in e.mentions
                   if " " not in m.text and m.text[:1].isupper())
    return out


# ---------------------------------------------------------------- collecting


def collect_toponyms(doc: Any, text: str, gaz: Gazetteer, tokens: list[Any] | None = None,
                     org_words: frozenset[str] = frozenset(),
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
                if label == "ORG":
                    seats = _seats(doc, ent, text, gaz)
                    if seats:
                        bodies.append((ent, seats))
                    else:
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
                           if _seat_of_office(doc, ent)}))
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
    out = [t for t in out if (t.label in PLACE_LABELS and name_key(t.text) in located)
           or (t.span is not None and t.span.start in offices)  # an office's seat is
           # no one's surname ("Dublin City Council"; but "the Charles Webb Center")
           or (t.span is not None and t.span.end in ends and _before_head(
               doc, ends[t.span.end] + 1))  # "Alexandria police", a name no person has
           or not _part_of_a_person(t.text, person_words, gaz)]
    out.sort(key=lambda t: t.span.start if t.span else -1)
    return out, demonyms


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


def _area_hint(doc: Any, ent: Any, text: str, gaz: Gazetteer) -> list[_Toponym]:
    """The county or province an organisation is named after ("the Edgar County
    Board", "Henry County Sheriff's Office"): no toponym (places inside the names of
    organisations are not), but it says where the story is, so it takes part in
    resolving the others ("Paris" in a story about the Edgar County Board is Paris,
    Illinois) as a ``HINT`` that is never reported."""
    first = ent.start + (doc[ent.start].lower_ == "the")

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


def _name_word(t: Any) -> bool:
    """Is token ``t`` a word of a proper name ("McLean", "U.S.")?"""
    text: str = t.text
    return t.pos_ == "PROPN" and text[:1].isupper() and (
        text.isalpha() or (text.endswith(".") and text.replace(".", "").isalpha()))


def _named_exactly(entry: GazetteerEntry, name: str) -> bool:
    """Does ``name`` name ``entry``, a county only with its word ("Story County",
    not the "Story" of "Story Elementary School")?"""
    return entry.is_named(name) and (
        entry.feature != "region" or entry.admin2 is None
        or name.split()[-1].lower() in _AREA_WORDS)


def _noted_place(name: str, gaz: Gazetteer) -> bool:
    """Is ``name`` a place of note by itself: a country, a state or province, a
    county by its full name, a national capital or a city of note, and no given name
    ("the Lincoln Center")?"""
    given = name_key(name) in GIVEN_NAMES  # (a state of that name will do: Georgia)
    return any(c.is_named(name) and ((_major(c) and (
        c.feature != "region" or c.population >= MAJOR_REGION)) or (not given and (
        c.population >= NOTED_CITY or (
            c.feature == "region" and name.split()[-1].lower() in _AREA_WORDS))))
        for c in gaz.candidates(name))


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


def _major(entry: GazetteerEntry) -> bool:
    """A country, a state or province, or a national capital."""
    return entry.feature == "country" or entry.capital or (
        entry.feature == "region" and entry.admin2 is None)


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


def _of_inside(doc: Any, ent: Any) -> list[int]:
    """Token indices of each "of" before a capitalised word inside an entity ("Edward
    Moayyad of Southlake", "First Minister of Wales Megan Price")."""
    return [i for i in range(ent.start + 1, ent.end - 1)
            if doc[i].lower_ == "of" and doc[i + 1].text[:1].isupper()]


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
             taken: set[int], placed: set[str]) -> list[_Toponym]:
    """Names the model did not tag as places that are places by the gazetteer and
    by the words around them: "diverted to Misrata", "Punjab province", "the
    outskirts of Kiev", "Gaza and Rafah", or a country or national capital. One
    sense per discourse: a name that is a place once, by the model's tag (``placed``:
    name keys) or by such words, is that place wherever else it stands alone
    ("Gainesville residents marched ... to let locals know that Gainesville says no")."""
    found: dict[int, tuple[int, int, str, list[GazetteerEntry]]] = {}
    accepted_owned: set[int] = set()
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
        own = [c for c in cands if c.is_named(name) or c.population >= NOTED_CITY
               or (shelled and c.feature == "city" and c.population >= SMALL_TOWN)]
        if _party_home(doc, s):
            # a state lawmaker's district is often a county: "Delegate Harold Michael,
            # D-Hardy" (Hardy County, West Virginia)
            own = [c for c in cands if c.country == "USA"
                   and (c.is_named(name) or c.is_named(name + " County"))]
        owners = _possessor_areas(doc, s, gaz)
        inside = [c for c in own if any(c.within(o) for o in owners)]
        if inside and (label != "PERSON" or any(c.population >= NOTED_CITY for c in inside)):
            # "Punjab's Ludhiana", "Russia's Belgorod": a place in the area that has it
            # (a person the model tags so only if a city of note: not "Kansas's Moran")
            own = inside
            accepted_owned.add(s)
        if own:
            found[s] = (s, e, label, _readings(own, name))
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
    for s, e in accepted.values():
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        out.append(_Toponym(Span(start, end, text[start:end]), text[start:end], "RESCUED"))
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


def _evidence(doc: Any, s: int, e: int, label: str, entry: GazetteerEntry,
              taken: set[int]) -> bool:
    """Do the words around tokens ``s:e`` say that they name a place?"""
    if entry.feature == "country" or (entry.capital and label != "PERSON"):
        return True
    name = doc[s:e].text
    if entry.feature == "region" and name.isupper() and len(name) >= 3 \
            and name in entry.names:
        return True  # a region's own abbreviation ("NSW", "QLD"), however tagged
    if label == "INNER":
        return _major(entry)
    prev = doc[s - 1] if s > 0 else None
    before = prev.lower_ if prev is not None else ""
    after = doc[e].lower_ if e < len(doc) else ""
    big = entry.population >= NOTED_CITY
    # (not a verb's particle: "laid off Warren"; though "capsized off Zanzibar" is
    # parsed so, with Zanzibar the object of "off")
    particle = prev is not None and prev.dep_ == "prt" and all(
        t.dep_ != "pobj" for t in doc[s:e])
    if before in _LOCATIVE and not particle \
            and not (s > 1 and doc[s - 2].lower_ == "according") and (
            label != "PERSON" or before in _PLACE_ONLY_PREPOSITIONS or big):
        return True
    if before == "of" and s > 1 and (doc[s - 2].lower_ in _PLACE_NOUNS
                                     or doc[s - 2].lemma_.lower() in _PLACE_NOUNS):
        return True
    verb = prev.head if prev is not None and prev.head.dep_ != "prt" else (
        prev.head.head if prev is not None else None)
    if before == "on" and prev is not None and prev.dep_ == "prep" and verb is not None \
            and verb.lemma_.lower() in _ADVANCE_VERBS and (verb.lemma_.lower() != "close" or any(
                c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)):
        return True  # "advanced on Kismayo", "closed in on Mosul" (not "closed on Monday")
    if prev is not None and prev.pos_ == "VERB" and (
            (prev.lemma_.lower() in _PLACE_VERBS and big) or (
                prev.lemma_.lower() in _SIEGE_VERBS and label != "PERSON")):
        return True
    if after in {"province", "state", "region", "oblast", "governorate"} or (
            after in _PLACE_NOUNS and entry.feature != "city"):
        return True
    if before in _COORDINATORS and s > 1 and (s - 2) in taken:
        return True
    # "an Alexandria man", "a 24-year-old Elkhart man"; "Northbrook-based Crate & Barrel"
    aged = before == "old" and s > 2 and doc[s - 2].text == "-" and doc[s - 3].lower_ == "year"
    if after in _PLACE_HEADS or (after in _PERSON_HEADS and (before in ("a", "an") or aged)) \
            or (after == "-" and e + 1 < len(doc) and doc[e + 1].lower_ == "based"):
        return label != "PERSON" or name_key(doc[s:e].text) not in GIVEN_NAMES \
            or _before_head(doc, e)
    if after in _PERSON_HEADS and label != "PERSON" and entry.is_named(name) and (
            prev is None or "\n" in prev.text_with_ws):
        return True  # a headline's "Coral Gables man charged" (not "Mandela family")
    if before in _AREA_MODIFIERS and prev is not None and (prev.is_lower or prev.is_sent_start):
        return True
    if _inline_dateline(doc, s, e) or label == TITLED:
        return True
    if after == "," and any(t.dep_ == "appos" and s <= t.head.i < e
                            and t.lemma_.lower() in _APPOSITIVE_NOUNS for t in doc[e + 1:e + 5]):
        return True  # "Perth, the capital of Western Australia"
    if e - s > 1 and doc[e - 1].lower_ in _AREA_WORDS and entry.feature == "region":
        return True  # "Rapides Parish", "Kanawha County"
    if before == "of" and s > 1 and doc[s - 2].ent_type_ == "PERSON" and label != "PERSON":
        return True  # "Edward Moayyad of Southlake"
    if before == "of" and s > 3 and doc[s - 2].text == "," and doc[s - 3].like_num \
            and doc[s - 4].text == "," and label != "PERSON":
        return True  # "Rebecca Sears, 41, of Grovetown": a person's age and home
    if _party_home(doc, s) and entry.country == "USA":
        return True  # "state Sen. Ray Miller, D-Columbus": a US lawmaker's party and home
    return after in _COORDINATORS and e + 1 < len(doc) and (e + 1) in taken


def _before_head(doc: Any, e: int) -> bool:
    """Does a place's word that no person's name takes follow the name ending before
    token ``e`` ("Alexandria police", "Alexandria officials"), not a title ("Georgia
    Mayor" is a woman)?"""
    return e < len(doc) and doc[e].lower_ in _PLACE_HEADS and doc[e].is_lower


def _party_home(doc: Any, s: int) -> bool:
    """Is token ``s`` a US lawmaker's home after the party's letter and a hyphen
    ("state Sen. Ray Miller, D-Columbus", "Tom Bakk, DFL-Cook")?"""
    return s > 1 and doc[s - 1].text == "-" and doc[s - 2].text in _PARTY_LETTERS


def _after_title(doc: Any, s: int) -> bool:
    """Does a title held for a place end just before token ``s`` ("Archbishop of |",
    "First Minister of |", "Senator from |")?"""
    return s > 1 and doc[s - 1].lower_ in ("of", "from") \
        and doc[s - 2].lower_ in _TITLE_WORDS


def _acronym_position(doc: Any, s: int) -> bool:
    """Is the capitalised token ``s`` inside a sentence of ordinary case? Not at the
    start of the text, a line or a sentence (a dateline: "COLUMBUS, Ohio (AP) --"),
    after a slash dateline ("MIEH MIEH/BEIRUT:"), or in a headline all in capitals
    ("ISRAEL STRIKES GAZA")."""
    prev = doc[s - 1] if s > 0 else None
    if prev is None or "\n" in prev.text_with_ws or prev.is_space or prev.text in ".!?":
        return False
    if prev.text == "/" and s > 1 and doc[s - 2].is_upper:
        return False
    lo = s
    while lo > 0 and "\n" not in doc[lo - 1].text_with_ws:
        lo -= 1
    hi = s
    while hi < len(doc) - 1 and "\n" not in doc[hi].text_with_ws:
        hi += 1
    return not all(t.is_upper for t in doc[lo:hi + 1] if t.is_alpha)


def _opens(doc: Any, s: int) -> bool:
    """Does token ``s`` open the text, a line or a sentence (or follow a byline's year)?"""
    prev = doc[s - 1] if s > 0 else None
    return prev is None or "\n" in prev.text_with_ws or prev.is_space \
        or prev.text in _SENTENCE_ENDS or (prev.like_num and len(prev.text) == 4)


def _inline_dateline(doc: Any, s: int, e: int) -> bool:
    """Tokens ``s:e`` in capitals open the text, a line or a sentence and a dash
    or a colon follows: "CLINTON — A town couple ...", "BEIRUT: The body ...", a
    headline run into the story ("Town couple faces charges. CLINTON — A town ..."),
    a byline's date before it ("March 24, 2009 MANSFIELD -- Mansfield Mayor ...")."""
    words = doc[s:e]
    if not all(t.is_upper or not t.is_alpha for t in words) or e >= len(doc) \
            or not any(t.is_alpha for t in words):
        return False
    if not _opens(doc, s) or doc[e].text not in _DATELINE_DASHES:
        return False
    if doc[e].text == ":":
        # a transcript's speaker ("MARTIN: Good morning", "CLINTON: We need a plan") is
        # a person of the article, and a label ("UPDATE:") no place
        last = doc[e - 1].lower_
        return words.text.casefold() not in _WORDS["kicker"] and not any(
            x.label_ == "PERSON" and x[-1].lower_ == last for x in doc.ents)
    return True


def _parts(span: Span, gaz: Gazetteer) -> list[Span]:
    """``span`` itself, or its parts if it names several places, or the place inside
    it; nothing for a street or a numbered road."""
    if gaz.candidates(span.text):
        return [span]
    pieces: list[Span] = []
    for sep in (_SPLIT, re.compile(r"\s*,\s*")):
        pos = 0
        pieces = []
        for m in [*sep.finditer(span.text), None]:
            end = m.start() if m else len(span.text)
            piece = span.text[pos:end]
            if piece:
                start = span.start + pos
                pieces.append(Span(start, start + len(piece), piece))
            pos = m.end() if m else pos
        if len(pieces) > 1:
            good = [p for p in pieces if p.text[:1].isupper() and gaz.candidates(p.text)]
            if good:
                return good
    inner = _inner_place(span, gaz)
    words = span.text.split()
    if inner is None and (_streets(words) or (
            len(words) > 1 and _bare(words[0]) in _ROAD_WORDS and words[1][:1].isdigit())):
        return []  # a street or road ("Main Street", "Interstate 64") is below a gazetteer's grain
    return [inner] if inner is not None else [span]


def _bare(word: str) -> str:
    return word.lower().rstrip(".,")


def _streets(words: list[str]) -> list[int]:
    """Where in a name's ``words`` a street's word stands ("Road", "Ave."; never
    first; "St." only last: "Mount St. Helens")."""
    return [n for n, w in enumerate(words) if n and _bare(w) in _STREET_WORDS
            and (_bare(w) != "st" or n == len(words) - 1)]


_WORD = re.compile(r"\S+")


def _inner_place(span: Span, gaz: Gazetteer) -> Span | None:
    """The place inside a name the gazetteer does not know: "Western Massachusetts"
    (an area word before it), "Long Beach Airport", "Henderson County Jail" (the
    longest leading words that are a place's own name, before capitalised words);
    not a street's ("Main Street") nor a lesser town's before "City" or "Township"."""
    words = list(_WORD.finditer(span.text))
    if len(words) < 2:
        return None
    if any(_bare(words[n - 1].group()) not in _OWN_STREET
           for n in _streets([w.group() for w in words])):
        return None  # "Hyde Park Road" is no Hyde; "Freestone County Road 360" is the county's
    if _bare(words[-1].group()) in _SEA_FEATURES:
        return None  # "Sabina Shoal" is no town called Sabina
    first = words[0].group().lower()
    if first in _AREA_MODIFIERS or (
            len(words) > 2 and first in _KIND_OF and words[1].group() == "of"):
        # "Western Massachusetts", "West Wichita", "East Oxford": a part of the place;
        # "the Province of Ontario", "Town of Groton": the place so called
        at = 2 if first in _KIND_OF and words[1].group() == "of" else 1
        rest = span.text[words[at].start():]
        if any(c.is_named(rest) and (c.feature in ("region", "country") or c.capital
                                     or c.population >= NOTED_CITY or at == 2)
               for c in gaz.candidates(rest)):
            start = span.start + words[at].start()
            return Span(start, span.end, rest)
    if len(words) == 2 and words[1].group() in _SETTLEMENT_WORDS:
        head = words[0].group()  # "Fargo city": the town, its kind in lower case
        if any(c.is_named(head) and c.feature == "city" for c in gaz.candidates(head)):
            return Span(span.start, span.start + len(head), head)
    for n in range(len(words) - 1, 0, -1):
        head = span.text[:words[n - 1].end()]
        tail = _bare(words[n].group())
        # "Sichuan province": the area so called (GeoNames' "Sichuan Sheng"), whatever
        # the case of the word that says what area
        area = n == len(words) - 1 and tail in _AREA_WORDS - _SETTLEMENT_WORDS - _LOOSE_AREA_WORDS
        if _generic(head) or not (words[n].group()[:1].isupper() or area):
            continue
        # "Jolo City" is Jolo, "Harbor City" no town called Harbor; "Greer City Hall"
        # is Greer's; "Trafalgar Square" no Trafalgar, Indiana
        lesser = (tail in _SETTLEMENT_WORDS and n == len(words) - 1) or any(
            _bare(w.group()) in _PARK_WORDS for w in words[n:])
        named = [c for c in gaz.candidates(head) if (
            _area_of_kind(c, tail) if area else c.is_named(head)) and (
            not lesser or c.population >= NOTED_CITY or c.capital)]
        if named:
            return Span(span.start, span.start + len(head), head)
    return None


def _shortened_area(entry: GazetteerEntry) -> bool:
    """Is ``entry`` an area whose name ends in its kind ("Red River County"), which
    the gazetteer also finds without it ("Red River")?"""
    return entry.feature == "region" and _bare(entry.name.split()[-1]) in _AREA_WORDS


def _area_of_kind(entry: GazetteerEntry, kind: str) -> bool:
    """Is ``entry`` an area a name followed by ``kind`` ("province", "county") can
    mean: a region whose name says no other kind ("Sichuan Sheng" for "Sichuan
    province"; not Pacific County for "the Pacific region")?"""
    return entry.feature == "region" and (
        _bare(entry.name.split()[-1]) == kind or not _shortened_area(entry))


def _is_country_name(text: str, gaz: Gazetteer) -> bool:
    return any(e.feature == "country" and e.is_named(text) for e in gaz.candidates(text))


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


def _dateline_name(dateline: str) -> str:
    return dateline.split(",")[0].strip()


# ---------------------------------------------------------------- resolving


def _group(toponyms: list[_Toponym], gaz: Gazetteer) -> list[_Group]:
    groups: dict[str, _Group] = {}
    for t in toponyms:
        key = name_key(t.text)
        if key not in groups:
            cands = [] if _generic(t.text) else list(gaz.candidates(t.text))
            if not cands and t.label in PLACE_LABELS and hasattr(gaz, "spelt_like"):
                cands = list(gaz.spelt_like(t.text))  # "Deir Ezzor", tagged a place
            cands = _part_of_country(t.text, cands, gaz)
            groups[key] = _Group(key, [], cands, shadowed=_shadowed(cands, t.text))
        groups[key].toponyms.append(t)
    return list(groups.values())


def _part_of_country(name: str, candidates: list[GazetteerEntry],
                     gaz: Gazetteer) -> list[GazetteerEntry]:
    """"South Lebanon", "Northern Syria": a direction before a country's name is a
    part of that country, not a small town of another named so (South Lebanon,
    Ohio); names that are a place of their own ("South Sudan", "North Korea",
    "West Virginia", a noted city) keep their candidates."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in _AREA_MODIFIERS:
        return candidates
    rest = " ".join(words[1:])
    country = [e for e in gaz.candidates(rest) if e.feature == "country" and e.is_named(rest)]
    if not country or any(e.feature != "city" or e.population >= NOTED_CITY
                          or e.country == country[0].country for e in candidates):
        return candidates
    return country


def _shadowed(candidates: list[GazetteerEntry], name: str) -> frozenset[str]:
    """Areas named like a town inside them (the province of Tehran, the Paris
    département): the bare name means the town (unless it is a state's own name
    and only an alternate name of the town: "Oklahoma"); and towns named like a
    state or province of their country (California, Maryland; not a capital:
    Washington): the bare name means the state."""
    towns = [c for c in candidates if c.feature == "city"]
    areas = frozenset(a.key for a in candidates if a.feature == "region" and any(
        t.within(a) and (t.is_named(name) or not a.is_named(name) or a.admin2 is not None)
        for t in towns))
    states = {a.country for a in candidates if a.feature == "region" and a.admin2 is None
              and a.key not in areas and a.is_named(name)}
    return areas | {t.key for t in towns if t.country in states and not t.capital}


def _generic(text: str) -> bool:
    """A generic word alone ("the North", "Central") is no place name: not North
    Salt Lake, of which it is an alternate name, nor the hamlet of North (South
    Carolina) or Cameroon's North Region, which are named so. An abbreviation
    ("La.", Louisiana) is not the word ("La")."""
    return name_key(text) in _GENERIC_WORDS and not text.endswith(".")


#: "the Lebanese city of | Tripoli", "the southern Iraqi province of | Basra": a people's
#: adjective and a kind of place before "of"
_DEMONYM_KIND = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:(?:port\s+)?city|town|village|"
                           r"port|capital|province|region|district|state|governorate|"
                           r"enclave|island)\s+of\s+$")


def _demonym_kinds(groups: list[_Group], text: str, gaz: Gazetteer) -> None:
    """"The Lebanese city of Tripoli" is Lebanon's Tripoli, as "Tripoli, Lebanon" is:
    a name so introduced keeps only the readings in that people's country (if any)."""
    for g in groups:
        for t in g.toponyms:
            if t.span is None:
                continue
            m = _DEMONYM_KIND.search(text, max(0, t.span.start - 60), t.span.start)
            iso = gaz.demonym(m[1]) if m is not None else None
            if iso is None:
                continue
            inside = [c for c in g.candidates if c.country == iso]
            if inside:
                g.candidates = inside
                break


def _link_qualifiers(groups: list[_Group], text: str) -> None:
    """"Paris, Texas": the group of Texas qualifies the group of Paris; in
    "Washington and Oregon" (or "Kharkiv, Odesa"), each is the other's sibling."""
    where = {id(t): g for g, grp in enumerate(groups) for t in grp.toponyms}
    spans = sorted((t for grp in groups for t in grp.toponyms if t.span),
                   key=lambda t: t.span.start if t.span else 0)
    for a, b in pairwise(spans):
        assert a.span and b.span
        ga, gb = where[id(a)], where[id(b)]
        gap = text[a.span.end:b.span.start]
        if ga != gb and _LIST_GAP.match(gap):  # "Washington and Oregon"
            groups[ga].siblings.append(gb)
            groups[gb].siblings.append(ga)
        qualified = _QUALIFIER_GAP.match(gap)
        if not qualified or (qualified[1] and qualified[1].lower() not in _AREA_MODIFIERS):
            continue
        outer = [e for e in groups[gb].candidates if e.feature in ("region", "country")]
        if ga != gb and any(c.within(o) for c in groups[ga].candidates for o in outer):
            groups[ga].qualifiers.append(gb)
    # "the Sulu region", "Punjab province", "Kharkiv oblast": the word after the name
    # says it is the area, not a town named alike inside it
    for t in spans:
        assert t.span
        if t.label == AREA or _AREA_AFTER.match(text, t.span.end):
            named = groups[where[id(t)]]
            areas = [c for c in named.candidates if c.feature == "region"]
            if areas:
                named.candidates = areas
    # a body's seat is no country (a national body is the state, see _seat_name): "the
    # Georgia Bureau of Investigation" sits in the US state
    for named in groups:
        if all(t.label == EMBEDDED for t in named.toponyms):
            inner = [c for c in named.candidates if c.feature != "country"]
            named.candidates = inner or named.candidates
    # a list is all its names: each is a sibling of every other ("Alabama, Arkansas,
    # ..., New York, ..., Washington": twenty states, so New York is one too)
    for g in range(len(groups)):
        seen, todo = {g}, list(groups[g].siblings)
        while todo:
            o = todo.pop()
            if o not in seen:
                seen.add(o)
                todo.extend(groups[o].siblings)
        groups[g].siblings = sorted(seen - {g})


def prior(entry: GazetteerEntry, name: str, shadowed: frozenset[str] = frozenset()) -> float:
    """How likely ``entry`` is meant by ``name`` before any context (``shadowed``:
    the keys of the candidates that yield to a namesake, see :func:`_shadowed`)."""
    pop = math.log10(max(entry.population, 1000))
    if entry.feature == "region":
        pop = min(pop, REGION_PRIOR_CAP)
        if entry.admin2 is None and entry.population >= ADMIN1_WEIGHT:
            pop += ADMIN1_BONUS
        if entry.key in shadowed:
            pop += SHADOWED_REGION
    elif entry.feature == "continent":
        pop = 7.0
    elif entry.feature == "area":
        pop = AREA_PRIOR
    elif entry.key in shadowed:
        pop += NAMESAKE_TOWN
    score = pop + FEATURE_BONUS.get(entry.feature, 0.0)
    if entry.capital:
        score += CAPITAL_BONUS
    if entry.is_named(name) or (entry.feature == "city" and _spelling_of_a_city(entry, name)):
        score += OWN_NAME_BONUS  # (a city of note spelt another way is called so:
        # "Odessa" is Odesa, a million people, before Odessa, Texas)
    return score


def resolve(groups: Sequence[_Group], demonym_countries: Counter[str],
            demonym_points: Sequence[GazetteerEntry] = ()) -> None:
    """Choose an entry for every group, each in the light of the others
    (``demonym_points``: the countries the demonyms name, as gazetteer entries)."""
    for g in groups:
        if any(e.feature == "country" and e.is_named(g.name) for e in g.candidates):
            # "Ireland" is the country, never a town the gazetteer once called so
            # (West Springfield, Massachusetts): only entries of that very name compete
            g.candidates = [e for e in g.candidates if e.is_named(g.name)]
        g.candidates = _own_names_first(_initials_as_written(g.candidates, g.name), g.name)
        if g.name.isupper() and len(g.name) <= 3:
            # "EU", "US", "UK" written in capitals are short forms, never the towns
            # spelt with those letters (Eu in Normandy, Us in the Vexin, Uk in Siberia)
            g.candidates = [e for e in g.candidates
                            if e.name.lower() != g.name.lower() or e.name == g.name]
        if any(e.feature == "area" and e.geonameid is None and e.is_named(g.name)
               for e in g.candidates):
            # a feature news names ("the Middle East", "the Balkans") beats a small
            # town of that name wherever the story is
            g.candidates = [e for e in g.candidates
                            if e.feature != "city" or e.population >= NOTED_CITY]
        words = g.name.split()
        if _bare(words[-1]) in _FEATURE_WORDS:
            # a town or county that bears the name of a river or an island only as a
            # short or old name is not it ("Jeju Island" stays the island province);
            # the word alone ("Creek") is no name
            g.candidates = [e for e in g.candidates if len(words) > 1 and (
                e.is_named(g.name) or (e.feature != "city" and not _shortened_area(e)))]
        g.choice = max(g.candidates, key=lambda e: prior(e, g.name, g.shadowed), default=None)
        g.confidence = 1.0 if len(g.candidates) == 1 else None
    _pair_up(groups, demonym_countries, demonym_points)
    for _ in range(ROUNDS):
        changed = False
        for i, g in enumerate(groups):
            if len(g.candidates) < 2:
                continue
            context = _context(groups, i, demonym_countries, named=demonym_points)
            scored = [(_score(e, g.name, context, g.shadowed), e.population, n)
                      for n, e in enumerate(g.candidates)]
            top = max(scored)
            best = g.candidates[top[2]]
            # scores are log10 odds: the choice's share of them all
            g.confidence = round(1 / sum(10 ** (sc - top[0]) for sc, _, _ in scored), 3)
            if best is not g.choice:
                g.choice, changed = best, True
        if not changed:
            break


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _initials_as_written(candidates: list[GazetteerEntry], name: str) -> list[GazetteerEntry]:
    """Initials with their full stops name what is so written: "L.A." is Los Angeles,
    though its key is that of "LA" and "La.", Louisiana's."""
    if not _INITIALS.fullmatch(name):
        return candidates
    written = [e for e in candidates if name == e.name or name in e.names]
    return written or candidates


def _own_names_first(candidates: list[GazetteerEntry], name: str) -> list[GazetteerEntry]:
    """A town GeoNames only once knew by ``name`` (an old or local alternate) yields
    to the towns of that country that bear it as their own, and any city to a
    bigger city of note that does: "Maryville" is one of the Maryvilles of the United
    States, not Beeville, Texas, whatever Texas the story names; "Philadelphia" is no
    Amman. A city of note keeps another spelling of its name against the villages of
    its country so spelt ("Zaporizhzhia" is Zaporizhzhya, not a village of 656), and
    its old names where no bigger city bears them ("Kiev", "Bombay", "Odessa" rather
    than Odessa, Texas)."""
    own = [e for e in candidates if e.feature == "city" and e.is_named(name)]
    if not own:
        return candidates
    biggest = max(e.population for e in own)
    noted = biggest if biggest >= NOTED_CITY else 0
    countries = {e.country for e in own}
    return [e for e in candidates if e.feature != "city" or e.is_named(name)
            or not ((e.country in countries and not (_spelling_of_a_city(e, name) and all(
                o.population < SMALL_TOWN for o in own if o.country == e.country)))
                    or e.population < noted)]


def _spelling_of_a_city(entry: GazetteerEntry, name: str) -> bool:
    """Is ``name`` another spelling of the name of ``entry``, a city of note: as
    long, and a letter or two changed ("Zaporizhzhia", "Kiev"), not an old or a local
    name ("Old Town" of Baltimore) nor a town's own ("Savanna", "Charles Town",
    "Milwaukie")?"""
    if entry.population < NOTED_CITY:
        return False
    a, b = name_key(name), name_key(entry.name)
    return a[:1] == b[:1] and 0 < _edits(a, b, SPELLING) <= SPELLING


def _edits(a: str, b: str, most: int) -> int:
    """The letters to change, add or drop to make ``a`` into ``b`` (Levenshtein), or
    ``most + 1`` once it is sure to exceed ``most`` ("Odessa" and "Odesa": 1)."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
        if min(row) > most:
            return most + 1
    return row[-1]


def _context(groups: Sequence[_Group], i: int, demonym_countries: Counter[str],
             instead: dict[int, GazetteerEntry] | None = None,
             named: Sequence[GazetteerEntry] = ()) -> _Context:
    """What the other groups say about group ``i`` (``instead``: choices assumed)."""
    def choice(j: int) -> GazetteerEntry | None:
        return (instead or {}).get(j, groups[j].choice)

    others = [c for j in range(len(groups)) if j != i and (c := choice(j)) is not None]
    g = groups[i]
    return _Context(others, {o.country for o in others} | set(demonym_countries),
                    [choice(q) for q in g.qualifiers], [choice(q) for q in g.siblings],
                    list(named))


def _pair_up(groups: Sequence[_Group], demonym_countries: Counter[str],
             named: Sequence[GazetteerEntry] = ()) -> None:
    """Two names that each have a reading inside the other ("Paris" and "Henry
    County": Paris, Tennessee lies in Henry County, Tennessee) are read together when
    that pair scores more than their separate best readings do, each scored in the
    light of the other: one name at a time, neither local reading could win
    (Paris is the French capital until Henry County is Tennessee's, and the reverse)."""
    areas: dict[tuple[str | None, str | None, str | None], list[tuple[int, GazetteerEntry]]] = {}
    for j, g in enumerate(groups):
        for r in g.candidates:
            if r.feature == "region" and r.country is not None and r.admin1 is not None:
                areas.setdefault((r.country, r.admin1, r.admin2), []).append((j, r))
    if not areas:
        return
    pairs = []
    for i, g in enumerate(groups):
        for c in g.candidates:
            if c.feature not in ("city", "region") or c.admin1 is None:
                continue
            keys = {(c.country, c.admin1, None), (c.country, c.admin1, c.admin2)}
            for key in keys:
                for j, r in areas.get(key, ()):
                    if j != i and c.within(r) and (c is not g.choice or r is not groups[j].choice):
                        pairs.append((i, c, j, r))
    best: dict[tuple[int, int], tuple[float, GazetteerEntry, GazetteerEntry]] = {}
    for i, c, j, r in pairs:
        a, b = groups[i], groups[j]
        if a.choice is None or b.choice is None:
            continue
        before = _score(a.choice, a.name, _context(groups, i, demonym_countries, named=named),
                        a.shadowed) \
            + _score(b.choice, b.name, _context(groups, j, demonym_countries, named=named),
                     b.shadowed)
        after = _score(c, a.name, _context(groups, i, demonym_countries, {j: r}, named),
                       a.shadowed) \
            + _score(r, b.name, _context(groups, j, demonym_countries, {i: c}, named),
                     b.shadowed)
        if after > before and after - before > best.get((i, j), (0.0,))[0]:
            best[(i, j)] = (after - before, c, r)
    changed: set[int] = set()
    for (i, j), (_gain, c, r) in sorted(best.items(), key=lambda kv: -kv[1][0]):
        if i in changed or j in changed:
            continue
        groups[i].choice, groups[j].choice = c, r
        changed.update((i, j))


@dataclass(slots=True)
class _Context:
    others: list[GazetteerEntry]  # what the article's other names resolve to now
    countries: set[str | None]  # countries named by them, demonyms and the dateline
    qualifiers: list[GazetteerEntry | None]  # "Texas" in "Paris, Texas"
    siblings: list[GazetteerEntry | None]  # "Oregon" in "Washington and Oregon"
    demonyms: list[GazetteerEntry] = field(default_factory=list)  # "Israeli": Israel


def _score(e: GazetteerEntry, name: str, ctx: _Context,
           shadowed: frozenset[str] = frozenset()) -> float:
    score = prior(e, name, shadowed)
    if e.country is not None and e.country in ctx.countries:
        score += COUNTRY_CONTEXT
    elif e.lat is not None and e.lon is not None and any(
            o.feature == "country" and o.lat is not None and o.lon is not None
            and e.country in country_neighbours().get(o.country or "", ())
            and distance_km(e.lat, e.lon, o.lat, o.lon) <= NEIGHBOUR_KM
            for o in (*ctx.others, *ctx.demonyms)):
        # "Gaza" in a story about Israel is not Mozambique's; a neighbour's place counts
        # near the country named, not across it ("Barcelona" beside Colombia is Spain's)
        score += NEIGHBOUR_CONTEXT
    if (e.feature == "city" or (e.feature == "region" and e.admin2 is not None)) and any(
            o.feature == "region" and e.within(o) for o in ctx.others):
        score += REGION_CONTEXT  # a town or a county in a state the article names
    if e.feature == "region" and e.key not in shadowed and any(
            o.feature == "city" and o.within(e) for o in ctx.others):
        score += CONTAINS_CONTEXT
    if e.lat is not None and e.lon is not None and e.feature in ("city", "region"):
        near = [distance_km(e.lat, e.lon, o.lat, o.lon) for o in ctx.others
                if o.feature in ("city", "region") and o.lat is not None and o.lon is not None
                and o.key != e.key]
        if near:
            d = min(near)
            score += NEAR_BONUS * min(1.0, max(0.0, (FAR_KM - d) / (FAR_KM - NEAR_KM)))
    alike = sum(1 for q in ctx.siblings if q is not None and q.feature == e.feature and (
        q.country == e.country or e.feature == "country")
        and (q.admin2 is None) == (e.admin2 is None))
    # a list names things of one kind: states, or towns, or countries ("Germany,
    # Ireland, Saudi Arabia": Ireland is the country, not a town called so); the
    # longer the list, the surer
    score += SIBLING_BONUS * min(alike, MAX_SIBLINGS)
    if any(q is not None and e.within(q) for q in ctx.qualifiers):
        score += QUALIFIER_BONUS
    return score


def _no_match(groups: list[_Group], demonym_countries: Counter[str]) -> None:
    """A natural feature or a region the model tags LOC ("the Middle East", "the
    Pacific") that the gazetteer only knows as a small town of that name in a
    country the article does not otherwise name (Middle East, Pacific, Missouri
    in a story about Iran) is no match: kept as a toponym without an entry."""
    doubtful = [g for g in groups if g.choice is not None and g.choice.feature == "city"
                and g.choice.population < SMALL_TOWN and not g.choice.capital
                and not g.qualifiers and all(t.label == "LOC" for t in g.toponyms)]
    skip = {id(g) for g in doubtful}
    named = {o.choice.country for o in groups if o.choice is not None and id(o) not in skip}
    for g in doubtful:
        assert g.choice is not None
        if g.choice.country not in named and g.choice.country not in demonym_countries:
            g.choice, g.confidence = None, None


# ---------------------------------------------------------------- output


def _places(groups: list[_Group]) -> list[Place]:
    merged: dict[str, list[_Group]] = {}
    for g in groups:
        if all(t.label == HINT for t in g.toponyms):
            continue  # only said where the story is
        key = g.choice.key if g.choice is not None else "?" + g.key
        merged.setdefault(key, []).append(g)
    members = sorted(merged.values(), key=lambda gs: min(g.first for g in gs))
    places = []
    for n, gs in enumerate(members, start=1):
        toponyms = [t for g in gs for t in g.toponyms if t.label != HINT]
        spans = sorted((t.span for t in toponyms if t.span is not None), key=lambda s: s.start)
        choice = gs[0].choice
        if choice is None:
            names = Counter(s.text for s in spans) or Counter(t.text for t in toponyms)
            name = max(names, key=lambda k: (names[k], len(k)))
            if not spans:
                name = name.title() if name.isupper() else name
        else:
            name = choice.name
        places.append(Place(
            id=f"p{n}", name=name,
            geonameid=choice.geonameid if choice else None,
            country=choice.country if choice else None,
            feature=choice.feature if choice else None,
            lat=choice.lat if choice else None,
            lon=choice.lon if choice else None,
            mentions=spans,
            dateline=any(t.span is None for t in toponyms),
            confidence=max((g.confidence for g in gs if g.confidence is not None),
                           default=None) if choice else None,
        ))
    return places


STAGE = Stage(name="places", run=find_places, assigns="places", requires=("doc",))

__all__ = ["STAGE", "collect_toponyms", "find_places", "prior", "resolve"]
