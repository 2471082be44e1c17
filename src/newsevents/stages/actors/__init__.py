"""Actors: a CAMEO-style code for every entity, with its evidence.

Sources, in order (a later source only fills what an earlier one left empty,
and never contradicts the country the article gives):

1. **the article**: a country reference or metonym itself (Iran -> IRN,
   "the Kremlin" -> RUS GOV); a person's or organisation's descriptions
   ("Azerbaijani President" -> AZE GOV; "the Secretary of Iran's Supreme
   National Security Council" -> IRN GOV, through the council's own code);
2. **the project's knowledge base** (``knowledge/data/people.tsv``), by the
   article's publication date;
3. **user dictionaries** (TABARI/PETRARCH ``.actors``, CSV), by date;
4. **the corpus memory**: what earlier articles in the store said of the same
   name, the latest before this article's date (see :mod:`newsevents.memory`);
5. **context**: an institution with a role but no country ("the police",
   "the court") takes the dateline's country, else the article's most named
   country.

Expired offices give the code they had with the note ``former``.

Towns and regions the places stage found where the model tagged nothing ("the
coalition struck Hodeidah") are added to the entities first, as places of the
article that stand for their country.

The package: ``words`` (closed word classes and patterns), ``text`` (what a
description's words name), ``clues`` (the text around the mentions), ``tables``
(the knowledge base by name and date), ``coder`` (the order of the sources).
"""

from __future__ import annotations

import re
from typing import Any

from ...knowledge.events import event_words
from ...records import Actor, Entity, Evidence, Place
from .. import Context, Stage
from ..places.words import NOTED_CITY
from .coder import _Coder
from .text import _span_evidence
from .words import _BENCH, _FOLLOWED_SIDES, _FOLLOWERS, _PRONOUNS

#: verbs whose object is a place ("retook Wad Madani"), and nouns whose "of" names a
#: place ("the outskirts of Culiacan"; the events stage's lists)
_PLACE_VERBS = event_words()["place_verbs"]
_SCENE_NOUNS = event_words()["scene_noun"]

#: what stands between two places listed together ("Aleppo, Hama and Homs")
_LISTED = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*")


def code_actors(ctx: Context) -> dict[str, Actor]:
    """Give every entity of ``ctx["entities"]`` its actor (also set on the entity)."""
    kb = ctx.knowledge.actors
    entities: list[Entity] = ctx["entities"]
    _places_as_entities(entities, ctx.slots.get("places") or [], kb, ctx.article.text,
                        ctx.knowledge.gazetteer, ctx.doc)
    day = ctx.published_day()
    coder = _Coder(kb, entities, day, ctx)
    out: dict[str, Actor] = {}
    # organisations and places first (people's descriptions point at them), the shorter
    # names first: "European Community" before "European Community foreign ministers"
    for e in sorted(entities, key=lambda e: (e.type == "PERSON",
                                             min((m.end - m.start for m in e.mentions
                                                  if m.text.lower() not in _PRONOUNS),
                                                 default=0))):
        actor = coder.code(e)
        if actor is not None:
            e.actor = actor
            out[e.id] = actor
    # "the Obama administration", "Ian Smith's government": the government of the
    # country its head's code names, once the people are coded
    for e in entities:
        if e.type == "ORG":
            head = coder.head_of(e)
            if head is not None and head.actor is not None and head.actor.country \
                    and head.actor.country not in kb.igo_codes:
                country = head.actor.country
                e.actor = Actor(code=country + "GOV", country=country, roles=["GOV"],
                                evidence=[_span_evidence(e.mentions[0]), Evidence(
                                    kind="context", text=f"headed by {head.name} ({country})")])
                out[e.id] = e.actor
    # "his legal team", "Ruto's entourage": the principal's side, once people are coded
    for e in entities:
        if e.type == "ORG" and e.actor is not None and e.actor.roles == ["ELI"]:
            owner = coder.owner_person(e)
            if owner is not None and owner.actor is not None and owner.actor.country:
                out[e.id] = _owners(e, owner, f"the team of {owner.name}")
    # "his supporters", "Mondlane's followers", "supporters of the president": the
    # principal's country, and the side of an opposition or armed leader (a president's
    # supporters are citizens, not the government)
    for e in entities:
        if e.type == "ORG" and e.actor is not None and e.actor.roles == ["CVL"] \
                and _FOLLOWERS.intersection(w.lower().rstrip("s") for w in (
                    e.name.partition(" of ")[0].split()[-1:])):
            owner = coder.owner_person(e)
            if owner is not None and owner.actor is not None and owner.actor.country \
                    and owner.actor.country not in kb.igo_codes:
                side = next((r for r in owner.actor.roles if r in _FOLLOWED_SIDES), "CVL")
                e.actor = Actor(code=owner.actor.country + side, country=owner.actor.country,
                                roles=[side], evidence=[_span_evidence(e.mentions[0]), Evidence(
                                    kind="context", text=f"followers of {owner.name}")])
                out[e.id] = e.actor
    # "its leaders", "their spokesman": the people of the body the pronoun stands for
    for e in entities:
        owner = coder.pronoun_owner(e)
        if owner is not None and owner.actor is not None and owner.actor.code:
            out[e.id] = _owners(e, owner, f"of {owner.name}")
    # "The International Criminal Court sentenced ... Judges found him guilty": judges and
    # prosecutors no one places are the one international court the story names
    courts = [e for e in entities if e.type == "ORG" and e.actor is not None
              and e.actor.country in kb.igo_codes and "JUD" in e.actor.roles]
    if len(courts) == 1:
        for e in entities:
            if e.type == "ORG" and e is not courts[0] and e.actor is not None \
                    and e.actor.roles == ["JUD"] and e.actor.country not in kb.igo_codes \
                    and all(_bare_role(m.text) for m in e.mentions):
                out[e.id] = _owners(e, courts[0], f"of {courts[0].name}")
    # a spouse is coded by the official's code: once every official has one
    for e in entities:
        if e.type == "PERSON" and (e.actor is None or e.actor.roles == ["CVL"]) \
                and coder.spouse_of(e) is not None:
            actor = coder.code(e)
            if actor is not None:
                e.actor = actor
                out[e.id] = actor
    return out


#: A preposition of place right before a name: "in Ghazni", "outside Ghazni".
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|around|into|across|towards?)\s+$",
                       re.I)


def _places_as_entities(entities: list[Entity], places: list[Place], kb: Any,
                        text: str, gazetteer: Any, doc: Any) -> None:
    """The towns and regions the places stage found, as entities that stand for their
    country: a person or organisation entity named only where it found one is that place
    ("Goma, the largest city in eastern Congo", "seized the towns of Gondar and Lalibela",
    tagged persons; not a given name it took for a town: "Richard"), and so is a person,
    body or people's name that is a city of note or a first-level area where a place
    stands (:func:`_placed`: "after taking Aleppo, Hama and Homs"); one where the model
    tagged nothing is added ("the coalition struck Hodeidah"), so that acts can be aimed
    at it."""
    towns = [p for p in places if p.country and p.feature in ("city", "region")]
    spans = {(s.start, s.end) for p in towns for s in p.mentions}
    # the mentions of cities of note and of first-level areas inside a clause: a place
    # there whatever the model tagged it ("after taking Aleppo, Hama and Homs": a group,
    # a person, a body)
    noted = {(s.start, s.end) for p in towns if p.geonameid is not None and (
        (entry := gazetteer.get(p.geonameid)) is not None and (
            entry.population >= NOTED_CITY if entry.feature == "city"
            else entry.admin2 is None)) for s in p.mentions}
    for e in entities:
        named = [m for m in e.mentions if m.text.lower() not in _PRONOUNS]
        if e.type in ("PERSON", "ORG", "NORP") and named and len(named) == len(e.mentions) \
                and all((m.start, m.end) in spans for m in named) and (
                    (all((m.start, m.end) in noted for m in named) and not any(
                        kb.names_body(m.text) or kb.country(m.text) for m in named)
                    and any(_placed(doc, text, m, spans, kb) for m in named))
                    or (e.type == "PERSON" and not any(
                        kb.is_given_name(w) for m in named for w in m.text.split()))
                    or (e.type == "ORG" and not any(kb.names_body(m.text) for m in named)
                    and any(_AT_PLACE.search(text, max(0, m.start - 12), m.start)
                            for m in named))):
            e.type = "GPE"  # (and "a car bomb struck a market in Ghazni", Ghazni tagged
            # an organisation: no body the tables know by that name, and once after a
            # preposition of place; not "Corona is not a virus")
    covered = [(m.start, m.end) for e in entities for m in e.mentions]
    ids = {e.id for e in entities}
    n = len(entities)
    for p in towns:
        missed = [s for s in p.mentions
                  if not any(a < s.end and s.start < b for a, b in covered)]
        if not missed:
            continue
        n += 1
        while f"e{n}" in ids:
            n += 1
        ids.add(f"e{n}")
        entities.append(Entity(id=f"e{n}", name=missed[0].text, type="GPE", mentions=missed))


def _placed(doc: Any, text: str, m: Any, spans: set[tuple[int, int]], kb: Any) -> bool:
    """Is mention ``m`` where a place stands: after a preposition of place ("in
    Ghazni"), the object of a verb of places ("retaken Wad Madani"), or listed with
    another place ("taking Aleppo, Hama and Homs"); not a team or a firm a deal names
    ("sold the striker to Napoli", "sell its unit to Toyota"), nor a sentence's subject
    ("Corona is not a virus")?"""
    if _AT_PLACE.search(text, max(0, m.start - 12), m.start):
        return True
    tok = doc.char_span(m.start, m.end, alignment_mode="expand")
    if tok is not None and tok.start > 1 and (
            # "the outskirts of Culiacan", "the city of Aleppo"
            (doc[tok.start - 1].lower_ == "of" and doc[tok.start - 2].lower_ in _SCENE_NOUNS)
            # "Russia's Belgorod region": a place's possessive
            or (doc[tok.start - 1].text in ("'s", "’s") and (
                kb.country(doc[tok.start - 2].text)
                or any(s <= doc[tok.start - 2].idx < e for s, e in spans)))):
        return True
    if tok is not None and tok.root.dep_ == "dobj" \
            and tok.root.head.lemma_.lower() in _PLACE_VERBS:
        return True
    return any(_LISTED.fullmatch(text[e:m.start]) or _LISTED.fullmatch(text[m.end:s])
               for s, e in spans if (s, e) != (m.start, m.end)
               and (0 <= m.start - e <= 6 or 0 <= s - m.end <= 6))


def _bare_role(text: str) -> bool:
    """Is ``text`` a court's people with no name or nationality ("Judges", "the three
    prosecutors"; not "Kenyan prosecutors", "the Supreme Court", "defence lawyers")?"""
    words = text.split()
    return bool(words) and all(w.islower() or (k == 0 and w[1:].islower())
                               for k, w in enumerate(words)) and len(words) <= 4 \
        and words[-1].lower() in _BENCH


def _owners(e: Entity, owner: Entity, why: str) -> Actor:
    """Give ``e`` the code of the one it belongs to, with the mention and ``why``."""
    assert owner.actor is not None
    e.actor = Actor(code=owner.actor.code, country=owner.actor.country,
                    roles=list(owner.actor.roles),
                    evidence=[_span_evidence(e.mentions[0]), Evidence(kind="context", text=why)])
    return e.actor


def actor_of(entity: Entity | None) -> str | None:
    return entity.actor.code if entity is not None and entity.actor is not None else None


STAGE = Stage(name="actors", run=code_actors, assigns="actors", requires=("entities",))

__all__ = ["STAGE", "actor_of", "code_actors"]
