"""The actor of one entity: the article's words first, then the tables, then the
story's context (the order is the stage's, see the package docstring)."""

from __future__ import annotations

import re

from ...knowledge.actors import join_code, norm, split_code
from ...knowledge.events import evaluation_words
from ...records import Actor, Entity, Evidence, Span
from ..entities.words import _FOREIGN_WORDS
from ..places.words import REGION_OFFICE_AFTER, REGION_OFFICES
from .tables import _Tables
from .text import (
    _country_in,
    _note,
    _role_part,
    _roles_and_kind,
    _roles_in,
    _span_evidence,
    _words,
)
from .words import (
    _BODY_HEADS,
    _FORMER,
    _HEAD_OF,
    _INSURGENT_ROLES,
    _LOCAL_ROLES,
    _NOT_YET,
    _OFFICIAL,
    _PRONOUNS,
    _SEVERAL,
    _SITED,
    _STANCE_BEFORE,
    _STATE_MARKERS,
)

#: a region's adjective before a plural word for states or their people, the whole mention
_REGION_GROUP = re.compile(
    r"^(?:(?i:the|several|some|many|other|most|all|few|\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|dozens\s+of)\s+){0,2}([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
    r"(governments|countries|states|nations|leaders|allies|powers|partners|diplomats|"
    r"officials|ministers|capitals)$")


#: a compass word that opens many names of places and of bodies ("Southern Poverty Law
#: Center" is no body of a Southern Province)
_COMPASS = re.compile(r"(?i:north|south|east|west|central|upper|lower|greater|inner|outer)"
                      r"(?i:ern)?$")

#: people who are, by the word for them, from elsewhere: the story's country is not theirs
#: ("migrants rescued by Italian ships"); refugees are often of the country the story is
#: about ("refugees fleeing the civil war in Liberia") and keep it
_FROM_ELSEWHERE = re.compile(r"\b(?:im)?migrants?\b", re.I)


def _abroad(e: Entity) -> bool:
    """Is the entity named only as migrants, with no country of its own?"""
    texts = [m.text for m in e.mentions] + [d.text for d in e.descriptions]
    return bool(texts) and all(_FROM_ELSEWHERE.search(t) for t in texts)


#: what places a group in many countries just after its name ("users in 38 countries",
#: "activists from across Europe", "fighters from around the world", "the leaders of the
#: world")
_IN_MANY = re.compile(r"(?:\s+and\s+[a-z]+(?:\s+[a-z]+)?)?"  # ("presidents and prime ministers")
                      r"\s+(?:in|from|across|around|of)\s+(?:(?:across|around|the|\d+|[a-z]+)\s+)?"
                      r"(countries|nations|states|the\s+world|the\s+globe|Europe|Africa|Asia|"
                      r"the\s+region|the\s+Middle\s+East|Latin\s+America)\b")

#: "a spokesman for Gavi", "an aide to Mr Khan": the one a person speaks or works for
_SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|representative)"
                         r"\s+(?:for|to)\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")


class _Coder(_Tables):
    """Codes entities one by one (organisations first: people's titles point at them)."""

    def code(self, e: Entity) -> Actor | None:
        first = e.mentions[0] if e.mentions else None
        half = self._half_of_country([m for m in e.mentions if m.text.lower() not in _PRONOUNS])
        if half is not None:
            return half
        namesake: tuple[str, ...] = ()  # roles of a table's body of the same name
        # 1. the thing itself is a country, metonym or IGO the knowledge base knows
        if first is not None:
            for m in e.mentions:
                key = norm(m.text)
                if e.type == "PERSON" and not self.kb.written_so(m.text):
                    continue  # ("Sana", a given name, is not SANA the news agency)
                if key in self.kb.metonyms:
                    country, roles, note, _label = self.kb.metonym(key, self.day)
                    said = self._said_country(e) if e.type == "ORG" else None
                    if said is not None and said != country:
                        # "Kenya's National Intelligence Service": a body of that name
                        # in the country the text says, not the one the tables know
                        # (of the same kind: "Nigeria's Guardian newspaper" is media)
                        namesake = roles
                        break
                    return Actor(code=join_code(country, roles), country=country,
                                 roles=list(roles), evidence=[_span_evidence(m)],
                                 note=note or None)
                if key in self.kb.igos:
                    code, roles, _label = self.kb.igos[key]
                    return Actor(code=join_code(code, roles), country=code, roles=list(roles),
                                 evidence=[_span_evidence(m)])
            if e.type in ("GPE", "NORP", "LOC"):
                for m in e.mentions:
                    iso = self.kb.country(m.text) or (
                        # (a capital's namesake the places stage chose: "Paris, Texas")
                        self.kb.capitals.get(norm(m.text))
                        if (self.resolved_at(m.start, m.end) or "") in (
                            "", self.kb.capitals.get(norm(m.text))) else None)
                    where = self.resolved_at(m.start, m.end) or self.region_at(m.start, m.end)
                    if iso and where and where != iso and (self._among(m, where) or (
                            (after := REGION_OFFICE_AFTER.match(self.text, m.end)) is not None
                            and after.group(1).lower() in REGION_OFFICES)):
                        # "the results in Georgia, Michigan and Wisconsin", "Atlanta,
                        # Georgia": a country's namesake the places stage chose (a US
                        # state), named among places of its country, is of that country
                        iso = where
                    if iso:
                        return Actor(code=iso, country=iso, roles=[],
                                     evidence=[_span_evidence(m)])
                for m in e.mentions:  # "the West", "Europe", "the Middle East"
                    region = self.kb.region(m.text)
                    if region:
                        return Actor(code=region, country=region, roles=[],
                                     evidence=[_span_evidence(m)])
                if e.type == "NORP":
                    # "Republicans", "the Tories": a party's members, by the parties table
                    # (a party of the story's country; in a story that names none, the one
                    # country whose party it names), in power or not on the day
                    side = self._party_side(e, self.context_country or next(
                        (c for m in e.mentions if (c := self.kb.party_country(m.text))),
                        None), [], [])
                    if side is not None:
                        return Actor(code=join_code(side[0], side[1]), country=side[0],
                                     roles=side[1], evidence=[_span_evidence(e.mentions[0]),
                                                              side[2]])
                if e.type == "LOC":
                    # a town the model tagged a location ("a shelter in Kharkiv"), where
                    # the places stage found one, stands for its country too, and so
                    # does a first-level area ("police in Western Australia")
                    iso = next((c for m in e.mentions if (c := self.resolved_at(m.start, m.end)
                                                          or self.region_at(m.start, m.end))),
                               None)
                    if iso:
                        return Actor(code=iso, country=iso, roles=[],
                                     evidence=[_span_evidence(e.mentions[0]),
                                               Evidence(kind="knowledge",
                                                        text=f"{e.name}: a place in {iso}")])
                if e.type == "GPE":  # a town stands for its country, as in GDELT
                    iso = self._entity_place_country(e)
                    if iso is None and self.context_country and e.mentions and all(
                            (m.start, m.end) in self.unmatched for m in e.mentions):
                        # a town too small for the gazetteer is in the place named right
                        # after it ("the village of Novoolenivka in Ukraine's Donetsk
                        # region"), else in the story's country ("the town of Minova" in
                        # a story datelined Goma)
                        iso = self.country_after(e.mentions[0].end) or self.context_country
                    if iso:
                        return Actor(code=iso, country=iso, roles=[],
                                     evidence=[_span_evidence(e.mentions[0]),
                                               Evidence(kind="knowledge",
                                                        text=f"{e.name}: a place in {iso}")])
                return None
        if e.type not in ("PERSON", "ORG", "FAC"):
            return None
        if e.type == "ORG" and e.mentions:
            # "the African Union's Peace and Security Council": a body of the
            # international organisation whose possessive names it
            at = max(0, e.mentions[0].start - 60)
            hit = re.search(r"(?<![\w.])(?:The\s+)?((?!The\s)[A-Z][\w.]*(?:\s+(?:of\s+)?"
                            r"[A-Z][\w.]*){0,5})['’]s\s+$",
                            self.text[at:e.mentions[0].start])
            owner = self.kb.igos.get(norm(hit.group(1))) if hit else None
            if hit is not None and owner is not None:
                code, roles, _label = owner
                return Actor(code=join_code(code, roles), country=code, roles=list(roles),
                             evidence=[_span_evidence(e.mentions[0]), Evidence(
                                 kind="text", start=at + hit.start(1), end=at + hit.end(1),
                                 text=hit.group(1))])
        named = [m for m in e.mentions if m.text.lower() not in _PRONOUNS]
        if named and all(self.text[max(0, m.start - 4):m.start].lower() == "the "
                         and self.kb.region("the " + m.text) for m in named):
            # "accused the West" tagged a person: the region
            region = self.kb.region("the " + named[0].text) or ""
            return Actor(code=region, country=region, roles=[],
                         evidence=[_span_evidence(named[0])])
        grouped = _REGION_GROUP.match(named[0].text) if named and e.type == "ORG" else None
        region = self.kb.region(grouped.group(1)) if grouped else None
        if grouped and region:
            # "Western governments", "several Latin American governments", "European
            # allies": states of a region the text does not list, as CAMEO codes them
            role = self.kb.role(grouped.group(2).lower())
            of_group = [r for r in (role.roles if role else ()) if r != "CVL"]
            return Actor(code=join_code(region, of_group), country=region, roles=of_group,
                         evidence=[_span_evidence(named[0])])
        actor = self._described(e)
        if actor is not None and actor.country and namesake:
            # (the body is of the namesake's kind, whatever a title word inside its name
            # says: "South Korea's Joint Chiefs of Staff" is the military, not a chief
            # of staff's government)
            actor = Actor(code=join_code(actor.country, list(namesake)), country=actor.country,
                          roles=list(namesake), evidence=actor.evidence, note=actor.note)
        return actor

    def _among(self, m: Span, iso: str) -> bool:
        """Is mention ``m`` listed with, or set after, a place the places stage put in
        ``iso`` ("Georgia, Michigan and Wisconsin", "Atlanta, Georgia")?"""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        t = span.root
        others = [*t.conjuncts, *([t.head] if t.dep_ in ("appos", "conj") else [])]
        return any((self.resolved_at(x.idx, x.idx + len(x.text))
                    or self.region_at(x.idx, x.idx + len(x.text))) == iso
                   for x in others if x.i not in range(span.start, span.end))

    def _speaks_for_unknown(self, e: Entity) -> bool:
        """Does a person speak for a body by a name the tables and the text do not code
        ("a spokesman for Gavi, the vaccine alliance")? Then the story's country is no
        clue to theirs."""
        for d in e.descriptions:
            hit = _SPEAKS_FOR.search(d.text)
            if hit is None:
                continue
            name = hit.group(1)
            return not (self.kb.knows(name) or any(
                o.actor is not None and o.actor.code and any(
                    norm(m.text) == norm(name) for m in o.mentions)
                for o in self.entities))
        return False

    def _said_country(self, e: Entity) -> str | None:
        """The country an organisation's own words, possessor or descriptions name
        ("Kenya's ...", "... of Kenya", "the Kenyan ..."), or None."""
        # (not a name the tables know whole: "Sudan People's Liberation Army" is South
        # Sudan's army since 2011, whatever country its words name)
        texts = [*(m for m in e.mentions if norm(m.text) not in self.kb.metonyms),
                 *e.descriptions]
        before = self._possessor_before(e)
        if before is not None:
            texts.insert(0, before)
        for d in texts:
            if _STANCE_BEFORE.search(self.text[max(0, d.start - 6):d.start]):
                continue  # ("the pro-Iranian Hizbollah": a stance, not its country)
            c = _country_in(self.kb, d.text)
            if c is not None:
                return c
        return None

    def _described(self, e: Entity) -> Actor | None:
        country: str | None = None
        roles: list[str] = []
        evidence: list[Evidence] = []
        notes: list[str] = []
        texts = list(e.descriptions)
        if e.type != "PERSON":
            # an organisation's own name says what it is ("Interior Ministry", "... of Azerbaijan")
            texts = [*e.mentions[:1], *texts]
            before = self._possessor_before(e) or self._country_after(e)
            if before is not None:
                texts.insert(0, before)
        org_coded = False
        org_guessed = False  # the organisation's country was the story's, not the text's
        weak = True  # only generic words ("leader", "director") or party roles so far
        former: list[Evidence] = []  # "former president of Zimbabwe": ELI, not GOV
        former_trade: list[str] = []  # "a retired nurse": a civilian now
        generic_roles: list[str] = []  # "the general secretary": only if nothing better
        # "former president of Zimbabwe" ... "as president": the bare title is the
        # office the person held, not one held now
        former_texts = [d.text.lower() for d in texts if e.type == "PERSON"
                        and _FORMER.search(_role_part(d.text))]
        for d in texts:
            bare = re.sub(r"^(?:the|his|her|its|their|as|a|an)\s+", "", d.text.lower()).strip()
            if former_texts and not _FORMER.search(_role_part(d.text)) and bare and any(
                    re.search(rf"\b{re.escape(bare)}\b", f) for f in former_texts):
                continue
            words = self._own_words(e, d) if e.type == "PERSON" else d.text
            c = _country_in(self.kb, words) or self._referred_country(d)
            if c is None and e.type == "PERSON":
                # "a Toronto lawyer"; "the mayor of Alexandria, Louisiana": where the
                # places stage put a town the description names
                c = self.resolved_in(d.start, d.end) or self._town_country(words)
            if c is None and e.type == "PERSON":
                # "Nigerian junior foreign minister X": the country adjective the
                # entities stage kept apart, right before the title (or its "junior")
                adjective = re.search(r"([A-Z][\w'-]+)(?:\s+[a-z][\w-]*){0,2}\s+$",
                                      self.text[max(0, d.start - 60):d.start])
                # (an adjective, not a country's name ending the words before: "India
                # and China congratulated Prime Minister Sheikh Hasina")
                c = self.kb.adjectives.get(norm(adjective.group(1))) if adjective else None
            owner = self._possessor(e, d) if c is None and e.type == "PERSON" else None
            if owner is not None:  # "the pope's envoy", "Putin's spokesman"
                c = owner[0]
            if e.type == "PERSON":
                r, generic = _roles_and_kind(self.kb, words)
                head_of = _HEAD_OF.search(words)
                body = self.kb.role(head_of.group(2).lower()) if head_of else None
                if body is not None and body.kind == "group" and set(body.roles) - {"GOV"}:
                    # "the Lord President of the tribunal", "the head of the army": the
                    # body's role, not a head of state's
                    r = list(body.roles)
                if owner is not None and r == ["ELI"] and owner[1]:
                    r = list(owner[1])  # "Putin's spokesman" speaks for the presidency
            else:
                r, generic = self._org_roles(d.text), False
            linked = self._linked_org(e, d)
            if e.type == "PERSON" and linked is not None and _stance_word(d.text):
                # "the Kremlin critic", "a Kremlin ally": of the body's country, not
                # working for it (an aide, an adviser or a lawyer of a body do)
                if linked.actor is not None and linked.actor.country not in self.kb.igo_codes:
                    c = c or linked.actor.country
                linked = None
            if e.type == "PERSON" and not r and _FORMER.search(_role_part(d.text)) \
                    and linked is not None and linked.actor is not None:
                # "Retired FBI agent X": a former official of the body named
                r = list(linked.actor.roles)
                c = c or linked.actor.country
            if e.type == "PERSON" and r and _FORMER.search(_role_part(d.text)):
                if not c and linked is not None and linked.actor is not None \
                        and linked.actor.country not in self.kb.igo_codes:
                    c = linked.actor.country  # "retired FBI agent": the FBI's country
                if c and not country:
                    country = c
                if set(r) & _OFFICIAL:
                    former.append(_span_evidence(d))
                else:
                    former_trade.extend(r)
                continue
            inside = [m for m in linked.mentions if d.start <= m.start and m.end <= d.end] \
                if linked is not None else []
            if linked is not None and e.type == "PERSON" and not d.text.endswith(
                    ("'s", "’s")) and inside and all(norm(d.text) == norm(m.text)
                                                     for m in inside):
                # "told NPR Hamza bin Laden had ...": a name the parse hangs before the
                # person's, with no word of what the person is there, is no employer
                linked = None
            if (linked is not None and linked.actor is not None and not org_coded
                    and (linked.actor.roles or linked.actor.country in self.kb.igo_codes)):
                # "Kremlin spokesman", "IAEA Deputy Director General": the person works
                # for the organisation and takes its code -- and the country the
                # description itself names, if it names one ("Georgian National Security
                # Council Secretary" is Georgian whatever council the article named first)
                org_coded = True
                country, roles = linked.actor.country, list(linked.actor.roles)
                if c and linked.actor.country not in self.kb.igo_codes:
                    country = c
                # "Army chief General X" in a story about another country: the army's
                # country is only the story's guess
                org_guessed = not c and any(
                    x.kind == "context" and "article country" in (x.text or "")
                    for x in linked.actor.evidence)
                evidence.append(_span_evidence(d))
                continue
            if org_coded:
                continue
            if e.type == "PERSON" and linked is not None and set(r) <= {"GOV"} and (
                    linked.actor is None or not linked.actor.roles) and (
                    len(linked.name.split()) > 1 or linked.name.isupper()):
                # "ABHM president X", "president of the Rowing Federation": the head of
                # a body the tables do not know, not of a state
                r = []
            if e.type == "PERSON" and r and _NOT_YET.search(_role_part(d.text)):
                generic = True
            if generic and e.type == "PERSON" and not (c and not country):
                generic_roles.extend(x for x in r if x not in generic_roles)
                continue
            if c and not country:
                country = c
            roles.extend(x for x in r if x not in roles)
            if r and not generic and set(r) - {"PTY", "ELI", "REL"}:
                weak = False  # a religious title yields to an office the tables date
                # ("Ayatollah X", the supreme leader; "Pope Y", head of the Holy See)
            if c or r:
                evidence.append(_span_evidence(d))
            n = _note(d.text)
            if n:
                notes.extend(x for x in n.split("; ") if x not in notes)
        if org_coded:
            weak = False
        if not roles and generic_roles and not former:
            roles = generic_roles
        if e.type == "PERSON" and former and not roles:
            roles = ["ELI"]  # CAMEO 3.2.4: former officials are elites
            evidence.extend(former)
            # ... unless the tables date an office held now: "former Vice President X",
            # the opposition's candidate, is coded by what X is on the article's date
        if e.type == "PERSON" and roles and not org_coded and self._title_held_before(
                e, texts, country):
            # "Attorney General Eric Holder ... in 2012", read in 2019: the tables date
            # the office and it had ended, so the title is history
            roles = ["ELI"]
            notes.append("former")
            evidence.append(Evidence(kind="knowledge",
                                     text=f"{e.name}: that office had ended by the article's date"))
        # 2-4. what is known of the name beyond this article; it also sharpens a
        # generic in-text role ("Labour Party leader" -> the opposition leader)
        if e.type == "PERSON" and (country is None or not roles or weak) and e.name[:1].isupper():
            known = self._known(e)
            if known is not None:
                office, ev = known
                k_country, k_roles = split_code(office.code)
                current = not (office.note or "").startswith("former")
                if country is None or country == k_country:
                    country = country or k_country
                    if not roles or (weak and current and k_roles):
                        roles = list(k_roles)
                    evidence.append(ev)
                    for x in (office.note or "").split("; "):
                        tag = x.split()[0] if x.split() else ""
                        if tag in ("former", "deceased") and tag not in notes:
                            notes.append(tag)
        if e.type == "PERSON" and org_guessed and e.name[:1].isupper():
            known = self._known(e)
            if known is not None and not (known[0].note or "").startswith(("former", "country")):
                k_country, k_roles = split_code(known[0].code)
                if k_country and k_country != country:
                    # the tables date the person's office: its country beats the guess
                    country, roles = k_country, list(k_roles) or roles
                    evidence.append(known[1])
        if roles == ["MIL"] and country is None and e.type == "ORG" and self._group_forces(e):
            # "Tigrayan forces", "Kurdish forces": the forces of a people or a region no
            # country is named by are no state's army (CAMEO: rebels)
            roles = ["REB"]
        if len(roles) > 1 and "ELI" in roles:
            roles.remove("ELI")  # "army spokesman", "the former minister": the office says more
        if len(roles) > 1 and "REL" in roles and set(roles) & _OFFICIAL:
            roles.remove("REL")  # "Cardinal X, the Vatican's secretary of state": the office
        if len(roles) > 1 and "CVL" in roles:
            roles.remove("CVL")  # "vice president of women's affairs": the office says more
        # "the Security Council", "the General Assembly" with no country of its own:
        # the United Nations body of that name
        if country is None and e.type == "ORG":
            un = self.kb.igos.get(norm("UN " + e.name))
            if un is not None:
                code, un_roles, _label = un
                return Actor(code=join_code(code, un_roles), country=code,
                             roles=list(un_roles), evidence=[
                                 _span_evidence(e.mentions[0]),
                                 Evidence(kind="knowledge", text=f"{e.name}: UN {e.name}")])
        # "told reporters": an audience, not an actor, unless the text says whose
        if country is None and e.type != "PERSON" and self._audience(e):
            return None
        # 5. an institution with a role but no country, or a person the text and the
        # tables say nothing of: where the story is
        context = self.context_country
        # ("the two main opposition parties": bodies that act at home are of one place,
        # two of them too; "all parties" or "the two parties" to a truce are the sides
        # of a conflict)
        counts = [m.group(0).lower() for t in texts for m in _SEVERAL.finditer(t.text)]
        # ("337 suspected users in 38 countries", "activists from across Europe": where
        # the words after a mention place its people, many places)
        counts += [m.group(1).lower() for x in e.mentions
                   if (m := _IN_MANY.match(self.text, x.end))]
        several = bool(counts) and not (
            e.type == "ORG" and roles and set(roles) <= _LOCAL_ROLES | {"LEG"}
            and all(re.fullmatch(r"(the\s+)?two", w) for w in counts))
        if e.type == "PERSON" and (not roles or roles == ["ELI"]):
            spouse = self.spouse_of(e)
            if spouse is not None:
                # CAMEO 3.2.4: the family of the powerful are elites, of their country
                country = spouse[0].country or country
                roles = ["ELI"]
                evidence.append(spouse[1])
        if country is None and e.type == "ORG" and roles and set(roles) <= _LOCAL_ROLES | _SITED \
                and not any(_FOREIGN_WORDS & set(t.text.lower().split()) for t in texts):
            # ("foreign security forces" in Belgrade are no Serbs)
            # "killed five civilians in Kharkiv", "police arrested a German tourist in
            # Bali", "gunmen stormed a hotel in Kabul": people, police, courts and armed
            # groups of no named country act where the clause puts them -- after the
            # country of a body they are named together with ("Venezuela's government
            # and the opposition resumed talks in Mexico City")
            where = self._owner_country(e) or self._conjoined_country(e) \
                or self._custodian_country(e) \
                or (self._counterpart_country(e) if set(roles) & _INSURGENT_ROLES else None) \
                or self._place_of_clause(e)
            if where is not None:
                country = where[0]
                evidence.append(where[1])
        if country is None and e.type == "ORG" and "MIL" in roles:
            sender = self._sender_country(e)  # "Uganda has deployed special forces to Juba"
            if sender is not None:
                country = sender[0]
                evidence.append(sender[1])
        if country is None and e.type == "ORG":
            run = self._runner_country(e)  # "the Houthi-run Saba news agency"
            if run is not None:
                country = run[0]
                evidence.append(run[1])
        if country is None and e.type in ("ORG", "FAC") and roles:
            # "the Jenin refugee camp", "the Mosul city council": the town it is named
            # after says where it is, before the article's country does
            inner = self._inner_place(e) or (
                self._masthead_place(e) if "MED" in roles else None)
            if inner is not None:
                country = inner[0]
                evidence.append(inner[1])
        if country is None and e.type == "ORG":
            # "the Bharatiya Janata Party" in a story datelined Islamabad: a party the
            # tables know is its own country's, before the story's
            # (not a word that is a body's too: "Congress")
            country = self._party_country(e, bodies=False)
        if country is None and e.type == "PERSON":
            stance = self._stance_country(e)  # "Putin ally X", "Hamas supporter Y"
            if stance is not None:
                country = stance[0]
                evidence.append(stance[1])
        if country is None and context and not several and (roles or e.type == "PERSON") \
                and not self._speaks_for_unknown(e) and not _abroad(e):
            country = context
            evidence.append(Evidence(kind="context", text=f"article country {country}"))
        if e.type == "PERSON" and roles in ([], ["ELI"]) and not former_trade:
            led = self._government_of(e)
            if led is not None:
                # "the Johnson administration": its head; "Ian Smith's government", read
                # when Smith was long out of office: what the text says of him is of
                # his years in it (the text beats the tables' "former")
                roles = ["GOV"]
                evidence.append(led)
                if "former" in notes:
                    notes.remove("former")
        if e.type == "PERSON" and country and not roles and not former_trade \
                and e.name[:1].isupper():  # a named person, not "his son"
            suspect = self._suspect(e)
            if suspect is not None:
                # "X was arrested", "the extradition of X", "the alleged operator X": a
                # private person the text makes a suspect or a convict (Phoenix CRM)
                roles = ["CRM"]
                evidence.append(suspect)
        if e.type == "PERSON" and country and not roles and country not in self.kb.igo_codes:
            # a named person with no office, rank or trade in the text or the tables is
            # a private citizen (CAMEO CVL)
            roles = ["CVL"]
            evidence.append(Evidence(kind="context", text="no office or trade named: civilian"))
        if country is None and e.type == "ORG":
            # "the Law and Justice party" in a story that names no country: the party's
            country = self._party_country(e)
        side = self._party_side(e, country or (self.context_country if e.type == "ORG"
                                               else None), roles, texts)
        if side is not None:
            country, roles, ev = side
            evidence.append(ev)
        if country is None and not roles:
            return None
        return Actor(code=join_code(country, roles), country=country, roles=roles,
                     evidence=evidence, note="; ".join(notes) or None)

    def _half_of_country(self, named: list[Span]) -> Actor | None:
        """"the North" in a story that names North Korea: that country, as the press
        shortens one of a country's two halves ("visited the border with the North");
        "the South" likewise for South Korea (not for South Africa: no North Africa
        country)."""
        if not named or any(m.text not in ("North", "South") or self.text[
                max(0, m.start - 4):m.start].lower() != "the " for m in named):
            return None
        other_half = {"North": "South", "South": "North"}[named[0].text]
        halves = {iso for other in self.entities if other.type == "GPE"
                  for m in other.mentions if m.text.startswith(named[0].text + " ")
                  and (iso := self.kb.country(m.text)) is not None
                  # (a country of two halves: not "the South" of a story naming South Africa)
                  and self.kb.country(other_half + m.text[len(named[0].text):]) is not None}
        if len(halves) != 1:
            return None
        iso = halves.pop()
        return Actor(code=iso, country=iso, roles=[], evidence=[
            _span_evidence(named[0]), Evidence(kind="context", text=f"the country named {iso}")])

    def _party_country(self, e: Entity, bodies: bool = True) -> str | None:
        """The country of the party the tables know by one of ``e``'s names (with
        ``bodies`` False, not a word that is a body's too: "Congress"); an acronym the
        text gives a longer name of its own is that name's ("Citizens' Democratic
        Alliance (CDA)" is no Dutch CDA)."""
        longer = [x for x in e.mentions if len(x.text.split()) > 1 and x.text[:1].isupper()]
        for m in e.mentions:
            if not m.text[:1].isupper() or (not bodies and self.kb.role(
                    re.sub(r"^the\s+", "", m.text, flags=re.I)) is not None):
                continue
            c = self.kb.party_country(m.text)
            if c is None:
                continue
            if m.text.isupper() and longer and not any(
                    self.kb.party_country(x.text) == c for x in longer):
                continue
            return c
        return None

    def _org_roles(self, name: str) -> list[str]:
        """Roles of an organisation from its name, its head words first
        ("Citizens' Democratic Alliance" is an alliance, not citizens)."""
        words = _words(name)
        people, of, _rest = name.partition(" of ")
        lead = self.kb.role(" ".join(w for w in _words(people) if w.lower() not in (
            "the", "a", "an")).lower()) if of else None
        if lead is not None and lead.kind == "group" and list(lead.roles) == ["CVL"]:
            # "Supporters of the former leader", "Relatives of the soldiers": people
            # of those named, not those people (whose followers' side comes later)
            return ["CVL"]
        for k in range(min(3, len(words)), 0, -1):
            role = self.kb.role(" ".join(words[-k:]).lower())
            if role:
                return list(role.roles)
        first = self.kb.role(words[0].lower()) if len(words) > 1 else None
        if first is not None and first.kind == "person":
            # "General Labour Confederation", "General Motors": a rank that opens a
            # body's name is no officer of it
            return _roles_in(self.kb, " ".join(words[1:]))
        return _roles_in(self.kb, name) or self._body_roles(name)

    def _body_roles(self, name: str) -> list[str]:
        """Roles of a public body by the shape of its name: a word before its head noun
        that makes a role with it ("House Oversight and Reform Committee" is a House
        committee, "Independent Electoral and Boundaries Commission" an electoral one),
        else a state's body ("Internal Revenue Service", "US Geological Survey", "Punjab
        Provincial Disaster Management Authority") when a word of the state or a
        country's or region's name goes before a head such as "service" or "agency"."""
        lead = _words(re.split(r"\s+(?:of|for|on|to|in)\s+", name, maxsplit=1)[0])
        if len(lead) < 2:
            return []
        head, modifiers = lead[-1].lower(), lead[:-1]
        for w in modifiers:
            role = self.kb.role(f"{w.lower()} {head}")
            if role is not None and role.kind == "group":
                return list(role.roles)
        if head not in _BODY_HEADS:
            return []
        if any(w.lower() in _STATE_MARKERS for w in modifiers) \
                or _country_in(self.kb, " ".join(modifiers)) \
                or (not _COMPASS.match(modifiers[0])
                    and self._own_named(modifiers[0], regions=True)):
            return ["GOV"]
        return []

    def _stance_country(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country of whoever a stance word right before a person's name is toward
        ("Putin ally Oleg Varenkov", "Hamas supporter Ahmed Yousef"): theirs too."""
        m = e.mentions[0] if e.mentions else None
        before = re.search(r"(\S+)(\s+)$", self.text[max(0, m.start - 40):m.start]) \
            if m is not None else None
        if m is None or before is None or not _stance_word(before.group(1)):
            return None
        stop = m.start - len(before.group(2))  # the stance word's end
        end = len(self.text[:stop - len(before.group(1))].rstrip())  # the name's before it
        for x in self.entities:
            if x is e or x.actor is None or not x.actor.country \
                    or x.actor.country in self.kb.igo_codes:
                continue
            for n in x.mentions:
                if n.end == end or (n.end == end - 2 and self.text[n.end:end] in ("'s", "’s")):
                    return x.actor.country, Evidence(
                        kind="text", start=n.start, end=stop, text=self.text[n.start:stop])
        return None


def _stance_word(description: str) -> bool:
    """Does a description end in a word for someone's stance toward the one named
    before it ("Kremlin critic", "a close Putin ally"), not a post with them?"""
    words = _role_part(description).lower().split()
    return bool(words) and re.sub(r"s$", "", words[-1]) in evaluation_words().get(
        "stance_person_noun", frozenset())
