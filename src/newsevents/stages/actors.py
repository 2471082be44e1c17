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
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ..knowledge.actors import ActorKB, Office, join_code, norm, split_code
from ..records import Actor, Entity, Evidence, Span
from . import Context, Stage

_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’.-]*")
_DECEASED = re.compile(r"\b(late|deceased|slain|assassinated)\b", re.I)
#: descriptions of groups from several countries: no single country from the context
_SEVERAL = re.compile(r"\b((?i:two|both|several|many|all|region'?s?|countries|nations|world|"
                      r"international|foreign|neighbou?rs?)|[Ww]estern(?!\s+[A-Z]))\b")
# ("Western" before a proper name is part of it: "Western Naval Command")
#: "X, the wife of [President] Y" (after X) and "Y's widow, X" (before X)
_SPOUSE_AFTER = re.compile(r",?\s+(?:the\s+|his\s+|her\s+)?(?:late\s+)?(?:wife|husband|widow|"
                           r"widower|spouse)\s+of\s+(?:(?:the\s+)?(?:late\s+|former\s+)?"
                           r"(?:[A-Z][a-z]+\s+)?(?:President|Prime\s+Minister|King|leader)\s+)?")
_SPOUSE_BEFORE = re.compile(r"(?:'s|’s|\b(?P<pronoun>[Hh]is|[Hh]er))\s+(?:late\s+)?(?:wife|husband|"
                            r"widow|widower|spouse),?\s+(?:—\s+)?$")
#: pronouns that entities list among mentions, which say nothing of an actor's name
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their",
                       "theirs", "its", "it", "themselves", "himself", "herself"})
#: an organisation after these words is whom an office is held toward, not its holder's
_TOWARD = re.compile(r"\b(to|toward|towards|with|at)\s+(the\s+)?$", re.I)
#: roles of office: once left, their holder is a former official (ELI); a former
#: nurse or reporter is a private citizen again
_OFFICIAL = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "PTY", "IGO",
                       "IMG", "INS", "UAF", "ELI"})
#: what a head of government heads ("Ian Smith's government", "the Obama administration")
_GOVERNMENTS = frozenset({"government", "administration", "cabinet", "regime", "presidency",
                          "premiership", "junta"})
_FORMER = re.compile(r"\b(former|ex-|then-|erstwhile|retired|ousted|deposed)", re.I)
#: an office not yet taken up ("President-elect X", "the incoming prime minister", "the
#: minister-designate"): the title is weak evidence, an office the tables date now wins
#: a head of a body named after "of the" ("president of the court")
_HEAD_OF = re.compile(r"\b(president|head|chief|chair|chairman|chairwoman|director|leader)"
                      r"\s+of\s+the\s+(\w+)\s*$", re.I)
#: the note of an office that heads a state or a government (``people.tsv``)
_HEAD = re.compile(r"(?:president|prime minister|premier|chancellor|king|queen|emir|"
                   r"sultan|supreme leader)\b(?! of the (?:senate|assembly|court|council|"
                   r"parliament|national assembly|chamber|bank|european))", re.I)
_NOT_YET = re.compile(r"-elect\b|\b(incoming|designate|presumptive)\b|-designate\b", re.I)


def _words(text: str) -> list[str]:
    return [w.rstrip(".").replace("’", "'") for w in _WORD.findall(text)]


def _country_in(kb: ActorKB, text: str) -> str | None:
    """The first country named (or its adjective) in ``text``."""
    words = _words(text)
    for i in range(len(words)):
        for j in range(min(len(words), i + 5), i, -1):
            phrase = " ".join(words[i:j])
            if not phrase[:1].isupper():
                continue
            iso = kb.country(phrase)
            if iso:
                return iso
    return None


def _roles_in(kb: ActorKB, text: str) -> list[str]:
    """Role codes of the longest role phrases in ``text``, in order; the default
    code of a generic head word ("director", "general secretary") only when no
    other role is named ("police director" is COP, "union general secretary" LAB)."""
    return _roles_and_kind(kb, text)[0]


def _roles_and_kind(kb: ActorKB, text: str) -> tuple[list[str], bool]:
    """:func:`_roles_in` and whether the roles are only a generic word's default."""
    words = [w.lower() for w in _words(text)]
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


def _published(ctx: Context) -> dt.date | None:
    try:
        return dt.date.fromisoformat(ctx.article.published) if ctx.article.published else None
    except ValueError:
        return None


def code_actors(ctx: Context) -> dict[str, Actor]:
    """Give every entity of ``ctx["entities"]`` its actor (also set on the entity)."""
    kb = ctx.knowledge.actors
    entities: list[Entity] = ctx["entities"]
    day = _published(ctx)
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
    # a spouse is coded by the official's code: once every official has one
    for e in entities:
        if e.type == "PERSON" and (e.actor is None or e.actor.roles == ["CVL"]) \
                and coder.spouse_of(e) is not None:
            actor = coder.code(e)
            if actor is not None:
                e.actor = actor
                out[e.id] = actor
    return out


class _Coder:
    def __init__(self, kb: ActorKB, entities: list[Entity], day: dt.date | None,
                 ctx: Context) -> None:
        self.kb = kb
        self.entities = entities
        self.day = day
        self.text = ctx.article.text
        self.memory = getattr(ctx.knowledge, "memory", None)
        self.gazetteer = ctx.knowledge.gazetteer
        self.context_country = self._context_country(ctx)
        self.named_countries: set[str | None] = {*self._countries_named(), self.context_country}
        self.doc = ctx.doc

    def _place_country(self, name: str) -> str | None:
        """The country of a country, capital or town name (the most populous match)."""
        iso = self.kb.country(name) or self.kb.capitals.get(norm(name))
        if iso:
            return iso
        cands = [c for c in self.gazetteer.candidates(name) if c.country]
        if not cands:
            return None
        return max(cands, key=lambda c: c.population).country

    def _context_country(self, ctx: Context) -> str | None:
        dateline = ctx.article.dateline
        if dateline:
            iso = self._place_country(dateline.title())
            if iso:
                return iso
        counts = self._countries_named()
        return counts.most_common(1)[0][0] if counts else None

    def _countries_named(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for e in self.entities:
            iso = self._place_country(e.name) if e.type in ("GPE", "LOC") else None
            if iso:  # names, not "the country" or "its"
                counts[iso] += sum(1 for m in e.mentions if m.text[:1].isupper()
                                   and m.text.lower() not in ("they", "their", "its", "them"))
        return counts

    def code(self, e: Entity) -> Actor | None:
        first = e.mentions[0] if e.mentions else None
        # 1. the thing itself is a country, metonym or IGO the knowledge base knows
        if first is not None:
            for m in e.mentions:
                key = norm(m.text)
                if key in self.kb.metonyms:
                    country, roles, note, _label = self.kb.metonym(key, self.day)
                    return Actor(code=join_code(country, roles), country=country,
                                 roles=list(roles), evidence=[_span_evidence(m)],
                                 note=note or None)
                if key in self.kb.igos:
                    code, roles, _label = self.kb.igos[key]
                    return Actor(code=join_code(code, roles), country=code, roles=list(roles),
                                 evidence=[_span_evidence(m)])
            if e.type in ("GPE", "NORP", "LOC"):
                for m in e.mentions:
                    iso = self.kb.country(m.text) or self.kb.capitals.get(norm(m.text))
                    if iso:
                        return Actor(code=iso, country=iso, roles=[],
                                     evidence=[_span_evidence(m)])
                if e.type == "GPE":  # a town stands for its country, as in GDELT
                    iso = self._place_country(e.name)
                    if iso:
                        return Actor(code=iso, country=iso, roles=[],
                                     evidence=[_span_evidence(e.mentions[0]),
                                               Evidence(kind="knowledge",
                                                        text=f"{e.name}: a place in {iso}")])
                return None
        if e.type not in ("PERSON", "ORG", "FAC"):
            return None
        return self._described(e)

    def _described(self, e: Entity) -> Actor | None:
        country: str | None = None
        roles: list[str] = []
        evidence: list[Evidence] = []
        notes: list[str] = []
        texts = list(e.descriptions)
        if e.type != "PERSON":
            # an organisation's own name says what it is ("Interior Ministry", "... of Azerbaijan")
            texts = [*e.mentions[:1], *texts]
            before = self._possessor_before(e)
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
            c = _country_in(self.kb, words)
            if c is None and e.type == "PERSON":
                c = self._town_country(words)  # "a Toronto lawyer"
            owner = self._possessor(e, d) if c is None and e.type == "PERSON" else None
            if owner is not None:  # "the pope's envoy", "Putin's spokesman"
                c = owner[0]
            if e.type == "PERSON":
                r, generic = _roles_and_kind(self.kb, words)
                head_of = _HEAD_OF.search(words)
                body = self.kb.role(head_of.group(2).lower()) if head_of else None
                if body is not None and body.kind == "group" and set(body.roles) - {"GOV"}:
                    # "the Lord President of the court", "the head of the army": the
                    # body's role, not a head of state's
                    r = list(body.roles)
                if owner is not None and r == ["ELI"] and owner[1]:
                    r = list(owner[1])  # "Putin's spokesman" speaks for the presidency
            else:
                r, generic = self._org_roles(d.text), False
            linked = self._linked_org(e, d)
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
        several = any(_SEVERAL.search(t.text) for t in texts)
        if e.type == "PERSON" and (not roles or roles == ["ELI"]):
            spouse = self.spouse_of(e)
            if spouse is not None:
                # CAMEO 3.2.4: the family of the powerful are elites, of their country
                country = spouse[0].country or country
                roles = ["ELI"]
                evidence.append(spouse[1])
        if country is None and e.type == "ORG" and roles == ["CVL"]:
            # "killed five civilians in Kharkiv": people where the clause puts them
            where = self._place_of_clause(e)
            if where is not None:
                country = where[0]
                evidence.append(where[1])
        if country is None and context and not several and (roles or e.type == "PERSON"):
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
        if country is None and e.type == "ORG" and "PTY" in roles:
            # "the Law and Justice party" in a story that names no country: the party's
            country = next((c for m in e.mentions if m.text[:1].isupper()
                            and (c := self.kb.party_country(m.text))), None)
        side = self._party_side(e, country or (self.context_country if e.type == "ORG"
                                               else None), roles, texts)
        if side is not None:
            country, roles, ev = side
            evidence.append(ev)
        if country is None and not roles:
            return None
        return Actor(code=join_code(country, roles), country=country, roles=roles,
                     evidence=evidence, note="; ".join(notes) or None)

    def _party_side(self, e: Entity, country: str | None, roles: list[str],
                    texts: list[Span]) -> tuple[str, list[str], Evidence] | None:
        """A party of a country in ``parties.tsv`` is GOV while it leads the national
        government and OPP while it does not (CAMEO 3.1.6), by the article's date: the
        party itself ("the Labour Party", "the MDC", "Republican officials") and a
        person the text gives only a party role ("Labour Party leader X")."""
        if country is None or self.day is None or country not in self.kb.parties:
            return None
        if e.type == "PERSON":
            if roles != ["PTY"]:
                return None
            candidates = list(texts)
        elif e.type == "ORG":
            candidates = [m for m in e.mentions if m.text[:1].isupper()]
            if roles and not set(roles) <= {"PTY", "OPP", "GOV", "CVL"}:
                # "the Democratic-led House Judiciary Committee" is LEG; but a party's
                # own name whose head is a body's word ("Indian National Congress") is
                # the party
                candidates = [m for m in candidates
                              if (p := self.kb.party_in(country, m.text)) is not None
                              and norm(m.text) == norm(p)]
                if not candidates:
                    return None
        else:
            return None
        for t in candidates:
            party = self.kb.party_in(country, t.text)
            if party is None:
                continue
            governs = self.kb.governs(country, party, self.day)
            held = "led" if governs else "did not lead"
            return country, (["GOV"] if governs else ["OPP"]), Evidence(
                kind="knowledge", text=f"{party}: {held} the government of {country} on "
                                       f"{self.day.isoformat()}")
        return None

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
                # Varin['s spokesman]")
                if d.start <= m.end < d.end and self.text[m.end:m.end + 2] in ("'s", "’s"):
                    return other.actor.country, list(other.actor.roles)
        for hit in re.finditer(r"([A-Za-z][\w.-]*)['’]s\b", d.text):
            key = norm(hit.group(1))
            if key in self.kb.metonyms:  # "the pope's", "the Kremlin's"
                country, roles, _note, _label = self.kb.metonym(key, self.day)
                if country not in self.kb.igo_codes:
                    return country, list(roles)
        return None

    def _place_of_clause(self, e: Entity) -> tuple[str, Evidence] | None:
        """The country of the place ("in X", "at X", "near X") of the clause an
        entity's first mention stands in."""
        m = e.mentions[0]
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        verb = span.root.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        preps = [c for c in verb.children if c.dep_ == "prep"]
        # ... and one level down: "at a wedding in Yemen"
        preps += [g for c in preps for x in c.children if x.dep_ == "pobj"
                  for g in x.children if g.dep_ == "prep"]
        for c in preps:
            if c.lower_ not in ("in", "at", "near"):
                continue
            for x in c.children:
                if x.dep_ != "pobj" or x.ent_type_ not in ("GPE", "LOC", "FAC"):
                    continue
                name = self.text[x.left_edge.idx:x.idx + len(x.text)]
                name = re.sub(r"^(?:the|northern|southern|eastern|western|central)\s+", "",
                              name, flags=re.I)
                iso = self._place_country(name) or self._place_country(x.text)
                if iso:
                    return iso, Evidence(kind="text", start=x.idx, end=x.idx + len(x.text),
                                         text=x.text)
        return None

    def head_of(self, e: Entity) -> Entity | None:
        """The person an organisation's name says heads it: "the Obama administration",
        "the Johnson government" (a surname or full name, then a word of
        ``_GOVERNMENTS``)."""
        words = e.name.split()
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
        """Is the entity only ever a bare audience noun ("reporters", "the press")?"""
        for m in e.mentions:
            words = [w for w in _words(m.text) if w.lower() not in ("the", "a", "some")]
            role = self.kb.role(" ".join(words).lower()) if words else None
            if role is None or role.kind != "audience":
                return False
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

    def _title_held_before(self, e: Entity, texts: list[Span], country: str | None) -> bool:
        """Is the in-text title an office the tables say this person had left before
        the article's date (and hold no other office on it)?"""
        if self.day is None or len(e.name.split()) < 2:
            return False
        offices = self.kb.people.get(norm(e.name), [])
        if not offices or any(o.valid_on(self.day) for o in offices):
            return False
        titles = " ".join(t.text.lower() for t in texts)
        if re.search(r"\b(current|incumbent|now|sitting|newly|new|incoming|acting)\b", titles):
            return False
        for o in offices:
            if o.end is None or o.end >= self.day or (country and not o.code.startswith(country)):
                continue
            if self.kb.latest_office(e.name, self.day) == o:
                continue  # died in office: the title is still his
            # "president (resigned)", "sultan of Muscat and Oman (deposed ...)": the title
            held = re.sub(r"\s*\(.*?\)", "", (o.note or "").split(";")[0].lower())
            held = re.split(r"\b(?:of|for|from)\b|,", held)[0].strip()
            if held and re.search(rf"\b{re.escape(held)}\b", titles):
                return True
        return False

    def _org_roles(self, name: str) -> list[str]:
        """Roles of an organisation from its name, its head words first
        ("Citizens' Democratic Alliance" is an alliance, not citizens)."""
        words = _words(name)
        for k in range(min(3, len(words)), 0, -1):
            role = self.kb.role(" ".join(words[-k:]).lower())
            if role:
                return list(role.roles)
        return _roles_in(self.kb, name)

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

    def _linked_org(self, e: Entity, d: Span) -> Entity | None:
        """An organisation mentioned inside a description ("of Iran's SNSC"); not
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
        return None

    def _known(self, e: Entity) -> tuple[Office, Evidence] | None:
        names = [e.name, *self.kb.shorter_names(e.name)]
        if len(e.name.split()) == 1:
            # a lone surname: the one person of that name the tables know of
            full = [n for n in self.kb.full_names(e.name) if self.kb.offices(n, self.day)]
            # ... and of the article's countries, or under the title the tables record:
            # "King Hassan of Morocco" is not a Sudanese central banker named Hassan
            titles = {w.lower() for d in e.descriptions for w in _words(d.text)}
            # ... or the head of a state or government, whom news calls by surname
            # alone ("Erdogan said", "the Biden administration")
            full = [n for n in full if any(
                split_code(o.code)[0] in self.named_countries
                or titles & set(_words((o.note or "").lower()))
                or _HEAD.match(o.note or "")
                for o in self.kb.offices(n, self.day))]
            # aliases of one person share their office entries
            people = _persons(self.kb, full)
            if len(people) > 1:
                # "President Aliyev": the one whose office is the title itself, not the
                # first vice president of that name
                said = {re.sub(r"^(?:the|former)\s+", "", d.text.lower()).strip()
                        for d in e.descriptions}
                full = [n for n in full if any(
                    (o.note or "").split(";")[0].strip().lower() in said
                    for o in self.kb.offices(n, self.day))]
                people = _persons(self.kb, full)
            if len(people) == 1:
                names.append(full[0])
        for name in names:
            office = self.kb.latest_office(name, self.day)
            if office is not None:
                return office, _office_evidence(name, office)
        if self.memory is not None:
            hit: tuple[Office, Evidence] | None = self.memory.lookup(e.name, self.day)
            if hit is not None:
                return hit
        return self._country_known(e)

    def _country_known(self, e: Entity) -> tuple[Office, Evidence] | None:
        """No office on the article's date, but the tables know the person at
        another time ("President Bush" in 2000, between the two): a person's
        country outlives their offices, so the country is given, not the role.
        A lone surname counts only if the article's title for the person is the
        office the tables record ("President Bush", not "King Hassan")."""
        name = e.name
        offices = self.kb.people.get(norm(name), [])
        if not offices and len(name.split()) == 1:
            titles = {w.lower() for d in e.descriptions for w in _words(d.text)}
            led = self._government_of(e) is not None  # "the Obama administration"
            offices = [o for n in self.kb.full_names(name) for o in self.kb.people[norm(n)]
                       if titles & set(_words((o.note or "").lower()))
                       or (led and _HEAD.match(o.note or ""))]
        countries = {split_code(o.code)[0] for o in offices}
        countries.discard(None)
        if len(countries) != 1:
            return None
        country = countries.pop() or ""
        office = Office(country, None, None, "country from an office held at another time")
        return office, Evidence(kind="knowledge",
                                text=f"{name}: {country} (an office held at another time)")


def actor_of(entity: Entity | None) -> str | None:
    return entity.actor.code if entity is not None and entity.actor is not None else None


STAGE = Stage(name="actors", run=code_actors, assigns="actors", requires=("entities",))

__all__ = ["STAGE", "actor_of", "code_actors"]
