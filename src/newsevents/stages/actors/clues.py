"""Where the article says more about an actor than its descriptions: the places,
possessors, governments, suspects, spouses and organisations around its mentions."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from ...knowledge.actors import ActorKB, norm
from ...knowledge.gazetteer import place_words
from ...nlp import participle_namers
from ...records import Actor, Entity, Evidence, Span
from .. import Context
from ..entities.model import sender
from .text import _country_in, _words
from .words import (
    _CAPTIVES,
    _CUSTODY_CODES,
    _GOVERNMENTS,
    _LISTENING_VERBS,
    _OFFICIAL,
    _OWN_PEOPLE,
    _PRONOUNS,
    _RUNNING,
    _SPOUSE_AFTER,
    _SPOUSE_BEFORE,
    _STANCE,
    _STANCE_BEFORE,
    _TITLE_GAP,
    _TOWARD,
    _VENUE_NOUNS,
    _VENUE_VERBS,
)

#: "his government", "her new administration": whose, a pronoun says
_PRONOUN_GOVERNMENT = re.compile(r"(his|her)\s+(?:\w+\s+)?(?:government|administration)$",
                                 re.I)
#: the last word of an administrative area's name ("Lagos State", "Kanawha County")
_AREA_WORDS = place_words()["area_word"]
#: "the North", "the West": a direction, no place of the gazetteer's
_DIRECTIONS = place_words()["area_modifier"]
#: cities where international bodies sit, whose datelines say where the reporter is
_HOST_CITIES = place_words()["host_city"]
#: words for a stretch of land, which a place before them locates ("the Gaza city of
#: Rafah", "Ukraine's Kharkiv region", "the Syrian north"); a place before anything else
#: says whose it is, not where ("the U.S. embassy in Baghdad" is in Iraq)
_LAND_WORDS = place_words()["place_noun"] | _AREA_WORDS | frozenset(
    "north south east west northeast northwest southeast southwest border frontier "
    "coast countryside heartland interior".split())


#: the size from which a place's own name beats another's old or alternate one
_OWN_NAME_SIZE = 100_000
#: the entity types a place named in a clause may have
_PLACE_TYPES = ("GPE", "LOC", "FAC")

def _resolved(ctx: Context, feature: str) -> dict[tuple[int, int], str]:
    """The country of each mention of a place of ``feature`` the places stage
    resolved to a GeoNames entry (an area of one country to its own table's entry: "the
    Sinai Peninsula"), by the mention's span."""
    return {(m.start, m.end): pl.country for pl in ctx.slots.get("places") or ()
            if pl.country and pl.feature == feature
            and (pl.geonameid is not None or feature == "area")
            for m in pl.mentions}


#: "in", and the words that may stand between it and a place ("in eastern Syria", "in
#: the north of Mali" is not one)
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?")


class _Clues:
    """The article, its entities and the knowledge base, and the lookups in the text
    around an entity's mentions."""

    def __init__(self, kb: ActorKB, entities: list[Entity], day: dt.date | None,
                 ctx: Context) -> None:
        self.kb = kb
        self.entities = entities
        self.day = day
        self.text = ctx.article.text
        self.memory = getattr(ctx.knowledge, "memory", None)
        self.gazetteer = ctx.knowledge.gazetteer
        #: the country the places stage, when it ran before, resolved each toponym to
        self.resolved = _resolved(ctx, "city")
        #: ... and each region ("Georgia" the US state, "Punjab" India's or Pakistan's) or area of
        #: one country ("northern Sinai")
        self.resolved_regions = {**_resolved(ctx, "area"), **_resolved(ctx, "region")}
        #: ... and each country
        self.resolved_countries = _resolved(ctx, "country")
        #: the toponyms it found no entry for in this article's context ("Bolan district"
        #: in a story about Pakistan): no town of that name elsewhere is meant either
        self.unmatched = {(m.start, m.end) for pl in ctx.slots.get("places") or ()
                          if pl.geonameid is None and not pl.country for m in pl.mentions}
        named = self._countries_named()
        self.context_country = self._context_country(ctx, named)
        self.named_countries: set[str | None] = {*named, self.context_country}
        self.doc = ctx.doc
        self.lexicon = ctx.knowledge.events

    def resolved_at(self, start: int, end: int) -> str | None:
        """The country the places stage resolved the toponym holding ``start:end`` to."""
        return next((c for (s, t), c in self.resolved.items() if s <= start and end <= t), None)

    def country_after(self, end: int) -> str | None:
        """The country of the place an "in" right after ``end`` names ("the village of
        Novoolenivka | in Ukraine's Donetsk region", "in eastern Syria"), or None (not a
        sayer, nor a border: "the village of Zorianka, Russia's defence ministry said",
        "near the border with Russia")."""
        hit = _IN_PLACE.match(self.text, end)
        if hit is None:
            return None
        at = hit.end()
        return next((c for found in (self.resolved, self.resolved_regions,
                                     self.resolved_countries)
                     for (s, _t), c in found.items() if s == at), None)

    def region_at(self, start: int, end: int) -> str | None:
        """:meth:`resolved_at` for the regions the places stage resolved."""
        return next((c for (s, t), c in self.resolved_regions.items()
                     if s <= start and end <= t), None)

    def resolved_in(self, start: int, end: int) -> str | None:
        """The country of a toponym the places stage resolved inside ``start:end``."""
        return next((c for (s, t), c in self.resolved.items() if start <= s and t <= end), None)

    def _entity_place_country(self, e: Entity) -> str | None:
        """The country of a place entity: a country's by name, else the one the places
        stage resolved a mention of it to in this article's context, else the most
        populous place of that name's."""
        found = self.kb.country(e.name) or next(
            (c for m in e.mentions if (c := self.resolved_at(m.start, m.end)
                                       or self.region_at(m.start, m.end))), None)
        if found or any((m.start, m.end) in self.unmatched for m in e.mentions):
            return found
        return self._place_country(e.name)

    def _country_at(self, start: int, end: int, name: str, *others: str) -> str | None:
        """The country of the toponym at ``start:end``: the places stage's resolution of
        the mention that holds it, else :meth:`_place_country` of ``name`` (or of the
        first of ``others`` that has one), unless the places stage found no entry for it
        in this article's context ("near the village of Banjska" in a Kosovo story is
        not Banja, Bulgaria)."""
        found = self.kb.country(name) or self.resolved_at(start, end) \
            or self.region_at(start, end)
        if found or any(s <= start and end <= t for s, t in self.unmatched):
            return found
        return next((c for n in (name, *others) if (c := self._place_country(n))), None)

    def _place_country(self, name: str) -> str | None:
        """The country of a country, capital or town name (the most populous match);
        none for a bare direction ("the North")."""
        iso = self.kb.country(name) or self.kb.capitals.get(norm(name))
        if iso:
            return iso
        if re.sub(r"^the\s+", "", name.strip().lower()) in _DIRECTIONS:
            return None
        cands = [c for c in self.gazetteer.candidates(name) if c.country]
        if not cands and " " in name and name.rsplit(" ", 1)[1].lower() in _AREA_WORDS:
            # "Lagos State": the region of that name
            cands = [c for c in self.gazetteer.candidates(name.rsplit(" ", 1)[0])
                     if c.country and c.feature == "region"]
        if not cands:
            return None
        # a place of some size called so before a bigger one once called so ("Puno" is
        # Peru's, not Pune, India's); "Kiev" has no namesake of size: Kyiv
        own = self._own_named(name, cands)
        return max(own or cands, key=lambda c: c.population).country

    def _own_named(self, name: str, cands: list[Any] | None = None,
                   regions: bool = False) -> list[Any]:
        """The places of size (or countries; ``regions`` too) whose own name is ``name``."""
        return [c for c in (cands if cands is not None else self.gazetteer.candidates(name))
                if c.country and c.is_named(name) and (
                    c.population >= _OWN_NAME_SIZE or c.feature == "country"
                    or (regions and c.feature == "region"))]

    def _context_country(self, ctx: Context, counts: Counter[str]) -> str | None:
        """The dateline's country, else the most named one (``counts``), else the
        country of the bodies the tables know that the text names most ("The Taliban
        banned women from working": Afghanistan's women)."""
        dateline = ctx.article.dateline
        if dateline:
            # (the places stage's reading of it first: "ALEXANDRIA, Va." is in Virginia)
            iso = next((p.country for p in ctx.slots.get("places") or [] if p.dateline),
                       None) or self._place_country(dateline.split(",")[0].strip().title())
            host = dateline.split(",")[0].strip().lower() in _HOST_CITIES
            if iso and not (host and counts and iso not in counts):
                # (but "GENEVA -- The UN appealed for aid to Sudan" is Sudan's story)
                return iso
        if counts:
            return counts.most_common(1)[0][0]
        bodies: Counter[str] = Counter()
        for e in self.entities:
            if e.type in ("ORG", "NORP", "FAC") and (key := norm(e.name)) in self.kb.metonyms:
                code = self.kb.metonyms[key][0]
                if code not in self.kb.igo_codes and code in self.kb.country_label:
                    bodies[code] += len(e.mentions)
        return bodies.most_common(1)[0][0] if bodies else None

    def _countries_named(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        # (a country inside an organisation's name, "the U.S. Supreme Court", says
        # whose body it is, not where the story is)
        inside = [(m.start, m.end) for e in self.entities if e.type in ("ORG", "FAC")
                  for m in e.mentions]
        for e in self.entities:
            iso = self._entity_place_country(e) if e.type in ("GPE", "LOC") or (
                # ("A court in Tunis": a town the model tagged otherwise)
                e.type != "PERSON" and any(self.resolved_at(m.start, m.end)
                                           for m in e.mentions)) else None
            if iso:  # names, not "the country" or "its"
                counts[iso] += sum(1 for m in e.mentions if m.text[:1].isupper()
                                   and m.text.lower() not in ("they", "their", "its", "them")
                                   and not any(s <= m.start and m.end <= t and (s, t) != (
                                       m.start, m.end) for s, t in inside)
                                   # ("an anti-Syria journalist" in Beirut: not Syria's story)
                                   and not _STANCE_BEFORE.search(self.text[max(0, m.start - 6):
                                                                           m.start]))
        return counts

    def _possessor(self, e: Entity, d: Span) -> tuple[str, list[str]] | None:
        """The country and roles of a coded person whose possessive a description
        holds ("the pope's peace envoy" is the Holy See's, "Putin's spokesman"
        Russia's)."""
        for other in self.entities:
            if other is e or other.type != "PERSON" or other.actor is None \
                    or not other.actor.country or other.actor.country in self.kb.igo_codes:
                continue
            for m in other.mentions:
                # the possessive inside the title (which may begin at it: "Oleg
                # Varin['s spokesman]"), or the one spoken for ("a spokesperson for
                # President X", "an aide to X")
                if (d.start <= m.end < d.end and self.text[m.end:m.end + 2] in ("'s", "’s")) \
                        or (d.start < m.start and m.end <= d.end and re.search(
                            r"\b(?:for|to)\s+(?:(?:the\s+)?[A-Z][\w.-]*\s+){0,3}$",
                            self.text[d.start:m.start])):
                    return other.actor.country, list(other.actor.roles)
        for hit in re.finditer(r"([A-Za-z][\w.-]*)['’]s\b", d.text):
            key = norm(hit.group(1))
            if key in self.kb.metonyms:  # "the pope's", "the Kremlin's"
                country, roles, _note, _label = self.kb.metonym(key, self.day)
                if country not in self.kb.igo_codes:
                    return country, list(roles)
        return None

    def _referred_country(self, d: Span) -> str | None:
        """The country a possessive inside a description refers to when it names no
        country itself ("the island's president" after Taiwan, "the country's army"):
        the country the entities stage joined that mention to."""
        for other in self.entities:
            if other.type != "GPE" or other.actor is None or not other.actor.country \
                    or other.actor.country in self.kb.igo_codes:
                continue
            for m in other.mentions:
                if d.start <= m.start and m.end < d.end \
                        and self.text[m.end:m.end + 2] in ("'s", "’s"):
                    return other.actor.country
        return None

    def pronoun_owner(self, e: Entity) -> Entity | None:
        """The body "its"/"their" stands for before a word for its people ("ordered
        the arrest of its leaders" after "the opposition"; ``_OWN_PEOPLE``), when
        the entity is named only so."""
        named = [m for m in e.mentions if m.text.lower() not in _PRONOUNS]
        if not named or e.type not in ("ORG", "PERSON") or any(
                m.text[:1].isupper() and " " not in m.text for m in named):
            return None
        span = self.doc.char_span(named[0].start, named[0].end, alignment_mode="expand")
        if span is None or span.root.lemma_.lower() not in _OWN_PEOPLE:
            return None
        poss = next((c for c in span.root.children if c.dep_ == "poss"
                     and c.lower_ in ("its", "their")), None)
        if poss is None:
            return None
        owner = next((o for o in self.entities if o is not e and any(
            m.start <= poss.idx < m.end and m.text.lower() == poss.lower_
            for m in o.mentions)), None)
        if owner is not None:
            return owner if owner.type == "ORG" else None
        # the pronoun inside the mention: the subject of its sentence's main clause,
        # named before it ("Opposition supporters clashed with police in Dakar after
        # their leader was jailed"), else the body named last before it, in its
        # sentence or the one before
        root = span.root.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < poss.i), None)
        if subj is not None:
            at = subj.idx
            lead = next((o for o in self.entities if o is not e and any(
                m.start <= at < m.end and m.text.lower() not in _PRONOUNS
                for m in o.mentions)), None)
            plural = subj.tag_ in ("NNS", "NNPS")
            if lead is not None and lead.type == "ORG" and (
                    plural or poss.lower_ == "its") and not (plural and poss.lower_ == "its"):
                return lead  # (number agrees: not "Police said ... its leaders")
        since = span.root.sent.start
        if since > 0:
            since = self.doc[since - 1].sent.start
        floor = self.doc[since].idx
        best: tuple[int, Entity] | None = None
        for o in self.entities:
            if o is e or o.type not in ("ORG", "GPE", "NORP"):
                continue
            for m in o.mentions:
                if floor <= m.start and m.end <= poss.idx and m.text.lower() not in _PRONOUNS \
                        and (best is None or m.end > best[0]):
                    best = (m.end, o)
        # (a country named last is whose leaders they are: "the EU criticised Russia
        # and its leaders" are Russia's, which the coder gives them already)
        return best[1] if best is not None and best[1].type == "ORG" else None

    def owner_person(self, e: Entity) -> Entity | None:
        """The person a group's mention belongs to: "his legal team" (the person the
        entities stage read "his" as), "the Ruto campaign team", "Ruto's entourage"."""
        for m in e.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                if not (t.dep_ == "poss" or (t.dep_ == "compound" and t.pos_ == "PROPN") or (
                        # "Supporters of the president": the one after a people word's "of"
                        t.dep_ == "pobj" and t.head.lower_ == "of"
                        and t.head.head.i == span.root.i and t.head.head.tag_ == "NNS")):
                    continue
                for other in self.entities:
                    if other.type == "PERSON" and any(x.start <= t.idx < x.end
                                                      for x in other.mentions):
                        return other
        return None

    def _conjoined_country(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country a body named together with ``e``'s first mention names ("X's
        government and the opposition")."""
        span = self._first_span(e)
        if span is None:
            return None
        return next((found for c in span.root.conjuncts
                     if (found := self._country_named_at(c, e, ("ORG", "PERSON")))), None)

    def _first_span(self, e: Entity) -> Any:
        """The tokens of ``e``'s first mention (None where they do not align)."""
        m = e.mentions[0]
        return self.doc.char_span(m.start, m.end, alignment_mode="expand")

    def _owner_country(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country of the subject whose "its"/"their" people ``e`` are ("China
        urged its citizens in South Korea": China's citizens, wherever they are)."""
        if e.mentions[0].text.split()[0].lower() not in ("its", "their"):
            return None
        span = self._first_span(e)
        if span is None:
            return None
        verb = span.root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return self._country_named_at(subj, e) if subj is not None else None

    def _runner_country(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country of whoever runs or leads a body, named in a word joined to the
        body's noun ("the Houthi-run Saba news agency", "a Saudi-led coalition"); not
        whoever backs it ("Iran-backed rebels" are not Iranian)."""
        span = self._first_span(e)
        if span is None:
            return None
        for k in participle_namers(span.root, _RUNNING):
            named = self._country_named_at(k, e)
            if named is not None:
                return named
            # (a body the tables know, coded before: "Houthi", "Hamas")
            x = next((x for x in self.entities if x is not e and any(
                m.start <= k.idx < m.end for m in x.mentions)), None)
            if x is not None and x.actor is not None and x.actor.country:
                return x.actor.country, Evidence(kind="text", start=k.idx,
                                                 end=k.idx + len(k.text), text=k.text)
        return None

    def _counterpart_country(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country of a government that meets, talks or signs with ``e`` ("the
        Philippine government signed a ceasefire with communist rebels in Oslo"): a
        state negotiates with insurgents of its own, wherever the venue is."""
        span = self._first_span(e)
        if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "with":
            return None
        verb = span.root.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "signed an agreement with", "held talks with"
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in _VENUE_VERBS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in _VENUE_NOUNS for c in verb.children)):
            return None
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self._country_named_at(doer, e, role_only=True) if doer is not None else None

    def _custodian_country(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country of a state body that arrests, holds or frees ``e`` ("Cuban
        authorities freed 50 political prisoners"): a state does that within its own
        jurisdiction, to people the text gives no other country."""
        span = self._first_span(e)
        if span is None or span.root.dep_ not in ("dobj", "nsubjpass"):
            return None
        verb = span.root.head
        patterns = self.lexicon.verbs.get(verb.lemma_.lower(), ())
        if not any(p.code.startswith(_CUSTODY_CODES) for p in patterns):
            return None
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
            (g for c in verb.children if c.dep_ == "agent" for g in c.children
             if g.dep_ == "pobj"), None)
        return self._country_named_at(doer, e, role_only=True) if doer is not None else None

    def _sender_country(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country that sends or deploys the forces ``e`` names (:func:`sender`)."""
        span = self._first_span(e)
        doer = sender(span.root) if span is not None else None
        return self._country_named_at(doer, e) if doer is not None else None

    def _country_named_at(self, tok: Any, e: Entity, types: tuple[str, ...] = (),
                          role_only: bool = False) -> tuple[str, Evidence] | None:
        """The country that the mention of another entity than ``e`` at token ``tok``
        names in its own words ("Cuban authorities", "Venezuela's government"); with
        ``role_only``, only a mention that ends in a role word."""
        for x in self.entities:
            if x is e or (types and x.type not in types):
                continue
            k = next((k for k in x.mentions if k.start <= tok.idx < k.end), None)
            if k is None:
                continue
            iso = _country_in(self.kb, k.text)
            if iso and (not role_only or self.kb.role(_words(k.text)[-1].lower()) is not None):
                return iso, Evidence(kind="text", start=k.start, end=k.end, text=k.text)
            return None
        return None

    def _place_of_clause(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country of the place ("in X", "at X", "near X") of the clause an
        entity's first mention stands in."""
        span = self._first_span(e)
        if span is None:
            return None
        # first where the phrase itself puts them ("four million people affected by
        # drought in Somalia"), then its clause's verb and the verbs that one completes
        # ("attacked a convoy near Baidoa, ... abducting two drivers")
        # (the phrase's own prepositions, and those of a participle on it and of what
        # that participle is done by; not what an adjective is about: "protesters angry
        # at Israel's war in Gaza" are not in Gaza)
        root = span.root
        preps = [c for c in root.children if c.dep_ == "prep"]
        for acl in (c for c in root.children if c.dep_ == "acl" and c.pos_ == "VERB"):
            here = [c for c in acl.children if c.dep_ in ("prep", "agent")]
            preps += here + [g for c in here if c.lower_ == "by" for x in c.children
                             if x.dep_ == "pobj" for g in x.children if g.dep_ == "prep"]
        verb = span.root.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        verbs: list[Any] = []
        while verb.pos_ in ("VERB", "AUX") and len(verbs) < 3:
            verbs.append(verb)
            if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or (
                    verb.dep_ == "advcl" and verb.tag_ == "VBD"):
                break  # (a clause with a subject of its own is another's: "troops killed
                # 20 militants in Mali, and police arrested 30 protesters"; so is a finite
                # verb whose subject the parse lost: "struck targets in Iraq after an
                # attack near Ankara killed five people")
            verb = verb.head
        if verbs and verbs[0].lemma_.lower() in _VENUE_VERBS:
            return None  # (and "with rebels in Oslo" is no more theirs than the verb's)
        own = range(span.start, span.end)
        patient = span.root.dep_ in ("dobj", "nsubjpass")
        struck: list[Any] = []  # places a verb of the clause is done to ("struck Kharkiv")
        for v in verbs:
            # (the agent's too: "wounded by Russian gunfire near Bakhmut")
            here = [c for c in v.children if c.dep_ in ("prep", "agent")]
            if v.dep_ == "relcl" and v.head.pos_ == "NOUN":
                # "the bombing in Mogadishu that killed 20 people": where the act the
                # relative clause tells of was done
                here += [c for c in v.head.children if c.dep_ == "prep" and c.i < v.i]
            # ... and one level down: "at a wedding in Yemen", "attacked a convoy near
            # Baidoa"; and the subject's: "the offensive in Rafah killed 40 people"
            below = [g for c in [*here, v] for x in c.children
                     if x.dep_ in ("pobj", "dobj", "nsubj")
                     and not (x.dep_ == "nsubj" and x.i in own)
                     for g in x.children if g.dep_ == "prep"]
            # ... and where the subject's target is: "an airstrike on a school in Gaza
            # City killed 27 people"
            below += [g for c in below if c.lower_ in ("on", "against") and c.head.dep_ == "nsubj"
                      for x in c.children if x.dep_ == "pobj"
                      for g in x.children if g.dep_ == "prep"]
            preps += here + below
            if patient and v is not verbs[0]:
                struck += [x for x in v.children if x.dep_ == "dobj" and x.i not in own and (
                    x.ent_type_ in _PLACE_TYPES or self.resolved_at(x.idx, x.idx + len(x.text)))]
        # ("Russian missiles struck Kharkiv, wounding 12 residents": those harmed are in
        # Kharkiv; not "protesters claimed Iran is meddling")
        wheres = [x for c in preps if c.lower_ in ("in", "at", "near")
                  for x in c.children if x.dep_ == "pobj"] + struck
        # ... and where an act of force the clause is done "in" was aimed ("killed in
        # Russian shelling of Kherson", "wounded in a missile attack on Kyiv")
        # (not people held: "hostages killed in an Israeli strike on Gaza" are Israel's)
        wheres += [] if span.root.lemma_.lower() in _CAPTIVES else [
            x for c in preps if c.lower_ in ("on", "of", "against")
            and c.head.dep_ == "pobj" and c.head.head.lower_ in ("in", "during")
            and any(p.code[:2] in ("18", "19", "20")
                    for p in self.lexicon.nouns.get(c.head.lemma_.lower(), ()))
            for x in c.children if x.dep_ == "pobj"]
        for x in wheres:
            if x.ent_type_ in _PLACE_TYPES or self.resolved_at(x.idx, x.idx + len(x.text)) \
                    or self.region_at(x.idx, x.idx + len(x.text)) \
                    or (x.idx, x.idx + len(x.text)) in self.resolved_countries:
                # ("Tunis" tagged NORP, "Niger" a work of art, "Sinai" an organisation)
                end = x.idx + len(x.text)
                name = self.text[x.left_edge.idx:end]
                whole = re.sub(r"^the\s+", "", name, flags=re.I)
                # ("in Northern Ireland", "in Western Australia": a region the places
                # stage resolved by its whole name, whose last word is a country's)
                iso = self.resolved_at(end - len(whole), end) or self.region_at(
                    end - len(whole), end) if whole != x.text else None
                name = re.sub(r"^(?:the|northern|southern|eastern|western|central)\s+",
                              "", name, flags=re.I)
                iso = iso or self._country_at(x.idx, end, name, x.text)
                if iso:
                    return iso, Evidence(kind="text", start=x.idx,
                                         end=x.idx + len(x.text), text=x.text)
                continue
            # a place word named by a place: "in the southern Gaza city of Rafah",
            # "in Ukraine's Kharkiv region", "in the town of Bucha"
            if x.lemma_.lower() not in _LAND_WORDS:
                continue
            for t in [*(g for g in x.children if g.dep_ in ("compound", "poss", "amod")),
                      *(g for o in x.children if o.dep_ == "prep" and o.lower_ == "of"
                        for g in o.children if g.dep_ == "pobj")]:
                if t.ent_type_ not in _PLACE_TYPES:
                    continue
                left = t
                while left.i > 0 and left.ent_iob_ == "I":
                    left = left.nbor(-1)
                name = self.text[left.idx:t.idx + len(t.text)]
                iso = self._country_at(t.idx, t.idx + len(t.text), name, t.text)
                if iso:
                    return iso, Evidence(kind="text", start=left.idx,
                                         end=t.idx + len(t.text), text=name)
        return None

    def _group_forces(self, e: Entity) -> bool:
        """Is every naming mention of ``e`` forces qualified by a people's or a
        region's adjective that names no country ("Tigrayan forces", "Kurdish
        fighters")?"""
        found = False
        for m in e.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) < 2:
                continue
            first = span[0] if span[0].lower_ not in ("the", "a") else span[1]
            if not span[-1].is_lower:
                return False  # a name of its own ("National Guard", "Task Force")
            if first.ent_type_ not in ("NORP", "ORG") or first.pos_ == "DET" \
                    or not first.text[:1].isupper() or first.dep_ not in ("amod", "compound") \
                    or self.kb.adjectives.get(norm(first.text)) is not None \
                    or self.kb.region(first.text) is not None \
                    or self.kb.igos.get(norm(first.text)) is not None \
                    or self._place_country(first.text) is not None:
                return False  # (a country's, a region's or a body's forces are theirs)
            found = True
        return found

    def head_of(self, e: Entity) -> Entity | None:
        """The person an organisation's name says heads it: "the Obama administration",
        "the Johnson government" (a surname or full name, then a word of
        ``_GOVERNMENTS``)."""
        words = e.name.split()
        for m in e.mentions:
            owner = _PRONOUN_GOVERNMENT.match(m.text)
            if owner is not None:
                # "her government": the person the entities stage read "her" as
                # ("Mexico's President Claudia Sheinbaum said her government ...")
                return next((o for o in self.entities if o.type == "PERSON" and any(
                    x.start == m.start and x.end == m.start + len(owner.group(1))
                    for x in o.mentions)), None)
        if len(words) > 2 and words[0].lower() in _GOVERNMENTS and words[1] == "of":
            # "the government of President Nicolas Maduro": the person named after "of"
            for other in self.entities:
                if other.type == "PERSON" and other.name[:1].isupper() \
                        and e.name.endswith(other.name):
                    return other
            return None
        if len(words) < 2 or words[-1].lower() not in _GOVERNMENTS:
            return None
        named = " ".join(words[:-1]).removesuffix("'s").removesuffix("’s")
        for other in self.entities:
            if other.type == "PERSON" and other.name[:1].isupper() and (
                    other.name == named or other.name.split()[-1] == named):
                return other
        return None

    def _government_of(self, e: Entity) -> Evidence | None:
        """A person whose name owns or modifies a government ("Ian Smith's
        government", "the Obama administration"): the head of that government."""
        for m in e.mentions:
            if m.text.lower() in _PRONOUNS or not m.text[:1].isupper():
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            gov = head.head
            if head.dep_ in ("poss", "compound") and gov.lemma_.lower() in _GOVERNMENTS \
                    and gov.i > head.i:
                return Evidence(kind="text", start=span.start_char, end=gov.idx + len(gov.text),
                                text=self.text[span.start_char:gov.idx + len(gov.text)])
        return None

    def _suspect(self, e: Entity) -> Evidence | None:
        """Where the text makes a person a suspect (``suspect_words.tsv``): a mention
        that is the patient of an arresting or convicting verb, the object of "the
        arrest of", or named with "alleged"/"suspected"."""
        words = self.kb.suspect_words
        verbs, nouns = words.get("verb", frozenset()), words.get("noun", frozenset())
        modifiers = words.get("modifier", frozenset())
        for m in e.mentions:
            if m.text.lower() in _PRONOUNS:
                continue  # "he was arrested" may be anyone the pronoun was wrongly given
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            gov = head.head
            hit = None
            if gov.lemma_.lower() in verbs and (head.dep_ == "nsubjpass" or (
                    head.dep_ == "dobj" and not any(c.dep_ == "auxpass"
                                                    for c in gov.children))):
                hit = gov  # "X was arrested", "police arrested X"
            elif head.dep_ == "pobj" and gov.lower_ == "of" and \
                    gov.head.lemma_.lower() in nouns:
                hit = gov.head
            elif head.dep_ == "poss" and gov.lemma_.lower() in nouns:
                hit = gov
            elif head.dep_ == "appos" and gov.lemma_.lower() != head.lemma_.lower() and any(
                    c.lower_ in modifiers for c in gov.children):
                hit = gov  # "its alleged operator Park Min-jun"
            else:
                near = [t for t in span.doc[max(0, span.start - 3):span.start]
                        if t.lower_ in modifiers and (t.head in span or (
                            t.head.i < span.start and t.head.head in span))]
                hit = near[-1] if near else None  # "the alleged operator X", "alleged X"
            if hit is not None:
                return Evidence(kind="text", text=hit.text, start=hit.idx,
                                end=hit.idx + len(hit.text))
        return None

    def spouse_of(self, e: Entity) -> tuple[Actor, Evidence] | None:
        """The coded official whose wife, husband or widow ``e`` is, as the text says
        it ("X, the wife of President Y", "Y's widow, X")."""
        for m in e.mentions:
            after = _SPOUSE_AFTER.match(self.text, m.end)
            before = _SPOUSE_BEFORE.search(self.text, max(0, m.start - 40), m.start)
            if after is None and before is None:
                continue
            follows = after.end() if after else -1  # where "[President] Y" starts
            # "Y's widow, X": where Y ends; "his widow, X": where "his", a mention of Y, starts
            owner = -1 if before is None else (
                before.start("pronoun") if before.group("pronoun") else before.start())
            for other in self.entities:
                if other is e or other.type != "PERSON" or other.actor is None or not (
                        set(other.actor.roles) & _OFFICIAL or other.actor.roles == ["ELI"]):
                    continue
                for om in other.mentions:
                    if om.start == follows or (owner >= 0 and owner in (om.start, om.end)):
                        phrase = self.text[min(m.start, om.start):max(m.end, om.end)]
                        return other.actor, Evidence(
                            kind="text", start=min(m.start, om.start),
                            end=max(m.end, om.end), text=phrase)
        return None

    def _audience(self, e: Entity) -> bool:
        """Is the entity only ever a bare audience noun ("reporters", "the press"),
        and one spoken to ("told reporters") or with no act of its own? Journalists
        detained or attacked are actors ("The journalists were detained in Minsk")."""
        for m in e.mentions:
            words = [w for w in _words(m.text) if w.lower() not in ("the", "a", "some")]
            role = self.kb.role(" ".join(words).lower()) if words else None
            if role is None or role.kind != "audience":
                return False
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and root.dep_ in ("nsubj", "nsubjpass", "dobj") \
                    and root.head.pos_ == "VERB" \
                    and root.head.lemma_.lower() not in _LISTENING_VERBS:
                return False  # (the subject or the object of an act, not of speech)
        return bool(e.mentions)

    def _own_words(self, e: Entity, d: Span) -> str:
        """A person's description without what is not about the person: the names of
        organisations in it (their roles come through the organisation's code) and the
        side an office is held toward ("ambassador to Germany", "envoy to the EU")."""
        chars = list(d.text)
        for other in self.entities:
            if other is e or other.type not in ("ORG", "FAC", "GPE", "NORP", "LOC"):
                continue
            for m in other.mentions:
                if d.start <= m.start and m.end <= d.end:
                    toward = _TOWARD.search(self.text[d.start:m.start])
                    coded_org = (other.type in ("ORG", "FAC") and other.actor is not None
                                 and any(ch.isupper() for ch in other.name) and (
                                     other.actor.roles
                                     or other.actor.country in self.kb.igo_codes))
                    if coded_org or toward:
                        for k in range(m.start - d.start, m.end - d.start):
                            chars[k] = " "
        return "".join(chars)

    def _inner_place(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country of a place the model names inside an institution's name ("the
        Jenin refugee camp", "the Mosul city council"), if every such place agrees."""
        found: dict[str, Evidence] = {}
        for other in self.entities:
            if other is e or other.type != "GPE":
                continue
            for m in other.mentions:
                if any(d.start <= m.start and m.end <= d.end and (d.start, d.end) != (
                        m.start, m.end) for d in e.mentions) and not _STANCE.match(
                        self.text, m.start, min(len(self.text), m.end + 16)):
                    # (a backer is not where the body is: "the Saudi-backed government")
                    iso = self._country_at(m.start, m.end, m.text)
                    if iso:
                        found.setdefault(iso, Evidence(kind="text", start=m.start, end=m.end,
                                                       text=m.text))
        return next(iter(found.items())) if len(found) == 1 else None

    def _masthead_place(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country of the city or country a newspaper is named after, its first
        words ("The New York Times", "The Jerusalem Post", "Tehran Times"): where it
        is published, which no story about elsewhere changes."""
        name = re.sub(r"^the\s+", "", e.name, flags=re.I).split()
        for n in range(min(3, len(name) - 1), 0, -1):
            words = " ".join(name[:n])
            iso = self.kb.country(words) or self.kb.metonyms.get(norm(words), (None,))[0]
            if iso is None:
                big = self._own_named(words, regions=True)
                iso = max(big, key=lambda c: c.population).country if big else None
            if iso:
                return iso, Evidence(kind="text", start=e.mentions[0].start,
                                     end=e.mentions[0].end, text=e.mentions[0].text)
        return None

    def _town_country(self, text: str) -> str | None:
        """The country of a large town named in a description ("a Toronto lawyer")."""
        for word in re.findall(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?", text):
            if self.kb.role(word.lower()) is not None:
                continue
            cands = [c for c in self.gazetteer.candidates(word)
                     if c.country and c.feature == "city" and c.population >= 250_000]
            if cands:
                return max(cands, key=lambda c: c.population).country
        return None

    def _possessor_before(self, e: Entity) -> Span | None:
        """"Iran's" right before an organisation's first mention."""
        m = e.mentions[0]
        window = self.text[max(0, m.start - 40):m.start]
        hit = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*(?:['’]s?)?\s*$", window)
        if hit and hit.group(1).endswith(".") and not re.search(r"(^|\.)[A-Z]\.$", hit.group(1)):
            return None  # "... in the United States. Nicaragua's ministry": a sentence ended
        if hit and self.kb.country(hit.group(1)):
            start = m.start - len(window) + hit.start(1)
            return Span(start=start, end=m.start, text=self.text[start:m.start])
        return None

    def _country_after(self, e: Entity) -> Span | None:
        """"of Kenya" right after an organisation's mention that the model cut short
        ("the Law Society | of Kenya"), or "in Myanmar" after a body named by a common
        noun ("the junta in Myanmar", "the military in Sudan"; not "the UN mission in
        Mali", a named body's post abroad): the name with its country."""
        for m in e.mentions:
            # (not one with an owner: "China urged its citizens in South Korea")
            common = re.sub(r"^(?:the|a|an)\s+", "", m.text, flags=re.I)[:1].islower() \
                and not re.match(r"(?:its|their|his|her|our|my|your)\b", m.text, re.I)
            prep = "(?:of|in)" if common else "of"
            tail = re.match(rf"\s+{prep}\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}})",
                            self.text[m.end:m.end + 50])
            if tail is None:
                continue
            words = tail.group(1).split()
            for n in range(len(words), 0, -1):  # the longest country name there
                if self.kb.country(" ".join(words[:n])):
                    end = m.end + tail.start(1) + len(" ".join(words[:n]))
                    return Span(start=m.start, end=end, text=self.text[m.start:end])
        return None

    def _linked_org(self, e: Entity, d: Span) -> Entity | None:
        """An organisation mentioned inside a description ("of Iran's SNSC"), or named
        right before it ("UNICEF spokesman", "WFP country director"); not
        the body a person is sent to ("the Fijian delegate to the Security Council",
        "ambassador to the EU"): an office held toward another codes the sender."""
        for other in self.entities:
            if other is e or other.type not in ("ORG", "FAC"):
                continue
            if not any(ch.isupper() for ch in other.name):
                continue  # a group noun ("women", "police"): its role words speak already
            for m in other.mentions:
                if d.start <= m.start and m.end <= d.end and not _TOWARD.search(
                        self.text[d.start:m.start]):
                    return other
                if e.type == "PERSON" and m.end <= d.start \
                        and _TITLE_GAP.fullmatch(self.text, m.end, d.start):
                    return other  # "UNICEF spokesman X", "WFP country director Y": the
                    # body named right before the title the entities stage kept apart
        return None
