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

Toponyms the gazetteer does not know ("Middle East", "Osney Island") are
kept as places with ``geonameid``, ``country`` and coordinates None, so that
no place named in the text is silently dropped; consumers that need points
(the GKG export) skip them. The model's tag alone does not make such a name
a place (it tags many a surname, firm or brand so: "Pawlenty's plan", "a
Taser"): a word of the name must say "place" ("Island", "East", "Republic":
``place_name_word``) or the words around a mention must (:mod:`.evidence`).
Nor is a body's name the actor tables know ("Hamas", which GeoNames lists
among Hamm's names), nor a hamlet abroad in a country the article does not
otherwise name that nothing around it calls a place ("Titan's request" is no
Tītān, Afghanistan). The dateline's place is marked ``dateline=True``
and is listed even when the text never names it again.

One home per kind of rule: ``words`` (the word lists, labels and patterns;
the lists themselves are data in ``knowledge/data/place_words.tsv``), ``names``
(a name's shape: splits, streets, spellings), ``evidence`` (the words around a
name that make it a place), ``bodies`` (places inside the names of bodies),
``collect`` (the toponyms of an article), ``resolve`` (choosing each name's
gazetteer entry, with the weights), and this module (the stage and its output).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from ...knowledge.actors import ActorKB
from ...knowledge.gazetteer import Gazetteer, GazetteerEntry
from ...records import Place
from .. import Context, Stage
from .collect import collect_toponyms
from .evidence import _evidence, unknown_place
from .model import _Group, _Toponym
from .names import _dateline_name, _dateline_qualifier, _generic
from .resolve import _Context as _Context
from .resolve import _demonym_kinds, _group, _link_qualifiers, _no_match, prior, resolve
from .resolve import _score as _score
from .words import (
    _STATE_AFTER,
    _STATE_WORDS,
    GIVEN_NAMES,
    HINT,
    PLACE_LABELS,
    REGION_OFFICE_AFTER,
    REGION_OFFICES,
    SMALL_TOWN,
)


def find_places(ctx: Context) -> list[Place]:
    gaz = ctx.knowledge.gazetteer
    text = ctx.article.text
    kb = ctx.knowledge.actors
    toponyms, demonym_countries = collect_toponyms(
        ctx.doc, text, gaz, ctx.tokens(), kb.org_words,
        lambda word: kb.is_known_surname(word) or kb.is_given_name(word))
    people = _surname_mentions(ctx.slots.get("entities") or [])
    if people:
        # "Daniel Amman ... Amman had been released": the resolver's person, not Jordan's capital
        toponyms = [t for t in toponyms if t.span is None or
                    (t.span.start, t.span.end) not in people]
    if ctx.article.dateline:
        toponyms.insert(0, _Toponym(None, _dateline_name(ctx.article.dateline), "DATELINE"))
    groups = _group(toponyms, gaz, ctx.knowledge.actors.names_body, text)
    spans = _token_spans(ctx.doc, toponyms)
    groups = _unvouched(groups, ctx.doc, spans, ctx.knowledge.actors)
    home = frozenset(c.country for g in groups for c in g.candidates
                     if any(t.label == "DATELINE" for t in g.toponyms) and c.country)
    _states_by_office(groups, text, home if len(home) == 1 else frozenset())
    _link_qualifiers(groups, text)
    if ctx.article.dateline and (qualifier := _dateline_qualifier(ctx.article.dateline)):
        _qualify_dateline(groups, qualifier, gaz)
    _demonym_kinds(groups, text, gaz)
    resolve(groups, demonym_countries,
            [c for iso in demonym_countries if (c := gaz.country(iso)) is not None])
    _no_match(groups, demonym_countries)
    return _places(_far_hamlets(groups, ctx.doc, spans, demonym_countries))


def _qualify_dateline(groups: list[_Group], qualifier: str, gaz: Gazetteer) -> None:
    """"ALEXANDRIA, Va.": the dateline's place is one inside the state, province or
    country the dateline names after it, where the gazetteer has one there (and so is
    every mention of its name)."""
    outer = [c for c in gaz.candidates(qualifier) if c.feature in ("region", "country")]
    for g in groups:
        if any(t.span is None and t.label == "DATELINE" for t in g.toponyms) \
                and not g.qualifiers:  # ("PARIS, Texas - ... officials from Paris, France")
            inside = [c for c in g.candidates if any(c.within(o) for o in outer)]
            if inside:
                g.candidates = inside


def _token_spans(doc: Any, toponyms: list[_Toponym]) -> dict[int, tuple[int, int]]:
    """Each toponym's tokens (start, end), by the toponym's ``id``."""
    spans = {}
    for t in toponyms:
        if t.span is not None:
            x = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
            if x is not None:
                spans[id(t)] = (x.start, x.end)
    return spans


def _tagged_only(g: _Group, spans: dict[int, tuple[int, int]],
                 vouched: Callable[[int, int, str], bool]) -> bool:
    """Is every mention of ``g`` a name the model tags a place (no dateline, nothing
    found by other means) that nothing ``vouched`` for?"""
    return all(t.span is not None and t.label in PLACE_LABELS and id(t) in spans
               and not vouched(*spans[id(t)], t.label) for t in g.toponyms)


def _unvouched(groups: list[_Group], doc: Any, spans: dict[int, tuple[int, int]],
               actors: ActorKB) -> list[_Group]:
    """The groups without those of names the gazetteer does not know that only the
    model's tag calls places ("Pawlenty", "Balqon", "Taser", "Petrojet"): kept where
    the name's words or the words around one of its mentions say "place"
    (:func:`evidence.unknown_place`), where it is the dateline, where the actor tables
    know it as a country's name, or where it was found by other means than the
    model's tag; never where the tables know it as a body's ("talking to Hamas") or
    where it is a word that alone names no place ("the North", "toward Earth")."""
    taken = {i for s, e in spans.values() for i in range(s, e)}
    return [g for g in groups if g.candidates or actors.country(g.name) or (
        not actors.names_body(g.name) and not _generic(g.name) and not _tagged_only(
            g, spans, lambda s, e, label: unknown_place(doc, s, e, label, taken)))]


def _far_hamlets(groups: list[_Group], doc: Any, spans: dict[int, tuple[int, int]],
                 demonym_countries: Counter[str]) -> list[_Group]:
    """The groups without the hamlets abroad that only the model's tag calls places:
    a town of fewer than ``SMALL_TOWN`` people, no capital and unqualified, in a
    country no other place, demonym or the dateline of the article is in, for which
    no words around any mention say "place" ("Titan's request" in a story about
    Arlington, Texas is no Tītān, Afghanistan). Where "in", "near", "residents" and
    the like say "place", the hamlet stays. (A threshold of 100,000 people was tried
    on LGL: as many true toponyms lost as false ones dropped.)"""
    def hamlet(g: _Group) -> bool:
        c = g.choice
        return c is not None and c.feature == "city" and c.population < SMALL_TOWN \
            and not c.capital and not g.qualifiers
    named = {g.choice.country for g in groups if g.choice is not None and not hamlet(g)}
    named.update(demonym_countries)
    taken = {i for s, e in spans.values() for i in range(s, e)}
    def vouched(entry: GazetteerEntry) -> Callable[[int, int, str], bool]:
        return lambda s, e, label: _evidence(doc, s, e, label, entry, taken)
    return [g for g in groups if not (
        hamlet(g) and g.choice is not None and g.choice.country not in named
        and _tagged_only(g, spans, vouched(g.choice)))]


def _states_by_office(groups: list[_Group], text: str, home: frozenset[str] = frozenset()
                      ) -> None:
    """"Niger's ambassador", "Georgia's government": a country's name whose possessive
    comes before a word for a state's office or body is the country, never a namesake
    region (Niger State) the story's country would otherwise favour; and one before an
    office only a state or province has is that region of another country ("Georgia
    Governor Brian Kemp"), unless the dateline is in the country (``home``: "TBILISI -
    ... Georgia's governor"; "Mexico's governors" are Mexico's)."""
    for g in groups:
        countries = [e for e in g.candidates if e.feature == "country" and e.is_named(g.name)]
        if not countries or len(countries) == len(g.candidates):
            continue
        for t in g.toponyms:
            after = _STATE_AFTER.match(text, t.span.end) if t.span is not None else None
            if after is not None and after.group(1).lower() in _STATE_WORDS:
                g.candidates = countries
                break
            after = REGION_OFFICE_AFTER.match(text, t.span.end) if t.span is not None else None
            regions = [e for e in g.candidates if e.feature == "region" and e.admin2 is None
                       and all(e.country != c.country for c in countries)]
            if after is not None and after.group(1).lower() in REGION_OFFICES and regions \
                    and not {c.country for c in countries} & home:
                # "Georgia Governor Brian Kemp": the state, whose office it is
                g.candidates = regions
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

__all__ = ["GIVEN_NAMES", "STAGE", "collect_toponyms", "find_places", "prior", "resolve"]
