"""Who a phrase names: the entity behind a token (a name, a pronoun, "its neighbour",
"members of X", "the two leaders", "both sides"), and the conjoined actors of a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from ...knowledge.actors import norm
from ...knowledge.events import evaluation_words
from . import arguments
from .grammar import (
    _COLLECTIVES,
    _MEMBERS,
    _PAIR_NOUNS,
    _PEOPLE_PAIRS,
    _QUANTITIES,
    _first_person,
    _mutual,
)

if TYPE_CHECKING:
    from ...records import Entity
    from .candidates import Candidate
    from .coder import Coder


def entity_of(coder: Coder, t: Any, depth: int = 0) -> str | None:
    eid = resolve(coder, t, depth)
    return None if eid in coder.audience else eid


def resolve(coder: Coder, t: Any, depth: int = 0) -> str | None:
    if _first_person(t):
        q = coder.quote_at(t)
        return q.speaker if q is not None else None
    if t.lower_ in ("its", "their") and t.i not in coder.tok_entity:
        return owner(coder, t)
    if t.lower_ in ("it", "they") and t.i not in coder.tok_entity:
        # the one who says it; else whom the entities stage read it as ("The Red
        # Cross said ... They distributed food": the subject of the sentence before)
        return speaker_of_clause(coder, t) or coder.pronoun_entity.get(t.i)
    of_them = any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lower_ in ("them", "those") for g in c.children) for c in coder.kids(t))
    if (t.lower_ in _QUANTITIES or t.like_num) and t.i not in coder.tok_entity and (
            not t.like_num or of_them) \
            and (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "dobj" and of_them)):
        # (a number only as "12 of them"; an object only so: "fighting that has killed
        # thousands" killed no party named before, "detained dozens of them" did)
        counted = counted_group(coder, t)
        if counted is not None:
            return counted
    if t.lower_ in ("those", "these") and t.pos_ == "PRON" and any(
            c.dep_ in ("acl", "relcl", "amod") for c in coder.kids(t)):
        return None  # "release those detained", "those responsible": no one named
    if t.lower_ == "them" and t.i not in coder.tok_entity:
        # "police fired tear gas at them": whom the entities stage read it as (never
        # the clause's own subject)
        return coder.pronoun_entity.get(t.i)
    group = group_of_members(coder, t)
    if group is not None:
        return group
    if t.lemma_.lower() in ("neighbour", "neighbor") and t.i not in coder.tok_entity \
            and t.tag_ == "NN" and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                       for c in coder.kids(t)):
        return other_country_before(coder, t)
    eid = coder.tok_entity.get(t.i)
    if (eid is not None and coder.by_id[eid].type in ("GPE", "NORP")
            and t.tag_ not in ("NNS", "NNPS")
            and t.text not in coder.by_id[eid].name.split()):
        # (a country's own name is no nationality: "aid to Ukraine, Defence
        # Secretary Grant Shapps said" is parsed with Shapps in apposition)
        # "A New Zealander, Liam Porter, appeared": the person the nationality
        # stands before
        for c in coder.kids(t):
            other = coder.tok_entity.get(c.i) if (
                c.dep_ == "appos" and c.pos_ == "PROPN") else None
            if other is not None and coder.by_id[other].type == "PERSON":
                return other
    if eid is None and t.pos_ == "NOUN" and t.i + 1 < len(coder.doc):
        # "sentenced [opposition politician] Ilya Yashin", the parse hanging the
        # object on the title: the person the title stands before
        nxt = coder.by_id.get(coder.tok_entity.get(t.i + 1) or "")
        if nxt is not None and nxt.type == "PERSON" and any(
                d.start <= t.idx < d.end for d in nxt.descriptions):
            return str(nxt.id)
    if eid is not None:
        if coder.by_id[eid].actor is None and depth < 2:
            # "Iraqi Kurds", "Afghan Taliban": a group the tables do not code is
            # coded by the country that qualifies it
            for c in coder.kids(t):
                if c.dep_ in ("compound", "amod", "nmod") and c.i not in same(coder, eid, t):
                    other = entity_of(coder, c, depth + 1)
                    if other is not None and coder.by_id[other].actor is not None:
                        return other
        return where_people_live(coder, t, eid)
    if depth < 2:
        # "its European Community partners" are the Community's, not its owner's;
        # "the Hutu rebel group, FDD,": a coded name before an uncoded one
        uncoded = None
        # ("his family accused the security forces", "a critic of President Saied": a
        # person's kin, lawyers or critics are not the person, by possessive or by "of")
        related = t.lemma_.lower() in evaluation_words().get("relation_noun", frozenset())
        for deps in (("compound", "amod", "nmod", "appos"), () if related else ("poss",)):
            for c in coder.kids(t):
                if c.dep_ in deps and not stance(coder, c) and not (
                        c.dep_ == "appos" and c.i not in coder.tok_entity
                        and coder.roles(c.lemma_.lower()) is None):
                    # (an appositive that names no one and no role is not who they
                    # are: "Thousands of supporters rallied, some waving Russian flags")
                    eid = entity_of(coder, c, depth + 1)
                    if eid is not None and coder.by_id[eid].actor is not None:
                        return eid
                    uncoded = uncoded or eid
        if uncoded is not None:
            return uncoded
        # "the Saudi-led coalition": the parse hangs the leader on the participle
        for c in coder.kids(t):
            if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in ("lead", "run"):
                for g in coder.kids(c):
                    eid = entity_of(coder, g, depth + 1) if g.dep_ in (
                        "npadvmod", "compound", "nmod", "amod") else None
                    if eid is not None:
                        return eid
        # "a lawsuit filed by Texas", "measures imposed by the government": an act
        # or a document stands for its author
        if t.lemma_.lower() in evaluation_words().get("authored_noun", frozenset()):
            for c in coder.kids(t):
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    agent = coder.child(c, "agent")
                    g = coder.child(agent, "pobj") if agent is not None else None
                    eid = entity_of(coder, g, depth + 1) if g is not None else None
                    if eid is not None:
                        return eid
        # "the detention of the activists by Egyptian police was illegal": an act
        # named with its doer's "by" stands for that doer, not for whom it is "of"
        g = arguments.by_agent(coder, t) if t.pos_ == "NOUN" else None
        eid = entity_of(coder, g, depth + 1) if g is not None else None
        if eid is not None and coder.by_id[eid].actor is not None:
            return eid
        # "leaders of Iran": a noun whose "of" names who it is; "thousands of
        # Nigerians" is the Nigerians
        step = 0 if t.lower_ in _QUANTITIES or t.pos_ == "NUM" else 1
        # ("a critic of President Saied" is not Saied)
        for c in coder.kids(t):
            if c.dep_ == "prep" and c.lower_ == "of" and not related:
                for g in coder.kids(c):
                    if g.dep_ == "pobj":
                        eid = entity_of(coder, g, depth + step)
                        if eid is not None:
                            return eid
        # "opposition groups in Zimbabwe", "students from Kosovo": people coded by
        # the country they are in, as CAMEO codes groups
        if t.tag_ in ("NNS", "NNPS") or t.lower_ in _COLLECTIVES:
            for c in coder.kids(t):
                if c.dep_ == "prep" and c.lower_ in ("in", "from", "throughout", "across"):
                    g = coder.child(c, "pobj")
                    eid = coder.tok_entity.get(g.i) if g is not None else None
                    if eid is not None and coder.by_id[eid].type == "GPE":
                        return eid

    return None


def other_country_before(coder: Coder, t: Any) -> str | None:
    """"Burundi closed its border with Rwanda, accusing its neighbour of backing
    rebels": the country named last before ``t`` that is not the clause's own."""
    doer = arguments.subject(coder, t.head) if t.head.pos_ == "VERB" else None
    own = coder.country(entity_of(coder, doer) if doer is not None else None)
    start = coder.sents[max(0, coder.sent_of.get(t.i, 0) - 1)].start
    for i in range(t.i - 1, start - 1, -1):
        e = coder.by_id.get(coder.tok_entity.get(i) or "")
        if e is not None and e.type == "GPE" and e.actor is not None \
                and e.actor.code == e.actor.country and e.actor.country != own:
            return str(e.id)
    return None


def group_of_members(coder: Coder, t: Any) -> str | None:
    """"Fighters from the M23 rebel group", "militants of al-Shabab": a group's own
    people named by what they are and whose they are are that group."""
    if t.lower_ not in _MEMBERS:
        return None
    for c in coder.kids(t):
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            g = coder.child(c, "pobj")
            e = coder.by_id.get(coder.tok_entity.get(g.i) or "") if g is not None else None
            if e is not None and e.type == "ORG" and e.actor is not None:
                return str(e.id)
    return None


def stance(coder: Coder, t: Any) -> bool:
    """Is ``t`` the country of a "pro-" or "anti-" modifier ("the pro-Iranian
    Hizbollah group", "anti-Syria protesters")? A stance, not whose they are."""
    doc = coder.doc
    return (t.i >= 2 and doc[t.i - 1].text in ("-", "–")
            and doc[t.i - 2].lower_ in ("pro", "anti")) or \
        t.lower_.startswith(("pro-", "anti-"))


def same(coder: Coder, eid: str, t: Any) -> set[int]:
    """Token indices of the mention of ``eid`` that covers ``t``."""
    for m in coder.by_id[eid].mentions:
        if m.start <= t.idx < m.end:
            return {x.i for x in coder.doc.char_span(m.start, m.end, alignment_mode="expand")
                    or ()}
    return {t.i}


def where_people_live(coder: Coder, t: Any, eid: str) -> str:
    """"Bosnian Serbs", "ethnic Albanians in Serbia": a people named by the
    state they live in is coded by that state, as CAMEO does."""
    if t.tag_ not in ("NNS", "NNPS") or coder.by_id[eid].type != "GPE":
        return eid
    for c in coder.kids(t):
        other = None
        if c.dep_ in ("amod", "compound"):
            other = coder.tok_entity.get(c.i)
        elif c.dep_ == "prep" and c.lower_ in ("in", "of", "from"):
            pobj = coder.child(c, "pobj")
            other = coder.tok_entity.get(pobj.i) if pobj is not None else None
        if other is not None and other != eid and coder.by_id[other].type == "GPE":
            return other
    if any(c.lower_ == "ethnic" for c in coder.kids(t)):
        # "ethnic Albanians demonstrated in Serbia": where they live, not their kin state
        sent = coder.sents[coder.sent_of.get(t.i, 0)]
        for x in sent:
            if x.dep_ == "pobj" and x.head.lower_ == "in":
                other = coder.tok_entity.get(x.i)
                if other is not None and other != eid and coder.by_id[other].type == "GPE":
                    return other
    return eid


def owner(coder: Coder, t: Any) -> str | None:
    """"North Korea fired shells off its west coast": "its" is the doer of its
    own clause; with no doer there, the one who says it ("Hungary said its
    troops would ...")."""
    h = t.head
    for _ in range(6):
        if h.pos_ in ("VERB", "AUX"):
            if _force_on(coder, h, t):
                # "armed gangs attacked its ambulance": one's own things are not what
                # one attacks; "its" is whose the clause above speaks of ("MSF
                # suspended its operations after ...", "the army said ...")
                up = h.head if h.dep_ in ("advcl", "ccomp", "conj") and h.head.i != h.i \
                    else None
                subj = coder.child(up, "nsubj") if up is not None else None
                if subj is not None and subj.lower_ not in ("its", "their"):
                    eid = coder.tok_entity.get(subj.i) or entity_of(coder, subj, 2)
                    if eid is not None:
                        return eid
                break
            subj = coder.child(h, "nsubj")
            if subj is not None and subj.i != t.i and subj.lower_ not in ("its", "their"):
                eid = coder.tok_entity.get(subj.i) or entity_of(coder, subj, 2)
                if eid is not None:
                    return eid
            break
        if h.head.i == h.i:
            break
        h = h.head
    return speaker_of_clause(coder, t)


def _force_on(coder: Coder, verb: Any, t: Any) -> bool:
    """Is ``t`` ("its", "their") the possessor of what ``verb``, an act of force, is
    done to: its object, or what it is fired on or aimed at ("attacked its ambulance",
    "fired on its convoy", "shelled their positions")?"""
    table = coder.lex.verbs.get(verb.lemma_.lower(), [])
    if not any(p.code[:2] in ("17", "18", "19", "20") or p.code[:3] == "145" for p in table):
        return False
    noun = t.head
    if any(c.lower_ == "own" for c in noun.children):
        return False  # "the army shelled its own villages": its own, said so
    return (noun.head.i == verb.i and noun.dep_ in ("dobj", "nsubjpass")) or (
        noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at") and noun.head.head.i == verb.i)


def held_out(coder: Coder, t: Any) -> bool:
    """Is the yielding act at ``t`` negated as held out ("did not release", "has
    not conceded")? Not "not yet" (still to come) nor "never" (a denial of the
    past: "said it had never released any of them")."""
    return not any(c.lower_ in ("yet", "never") for c in coder.kids(t))


def speaker_of_clause(coder: Coder, t: Any) -> str | None:
    """"Hungary said it would ...": "it" is the one who says, if that is not a person."""
    h = t.head
    for _ in range(4):
        if h.dep_ == "advcl" and any(c.dep_ == "mark" for c in coder.kids(h)):
            # "As they tried to storm the building, police fired": a clause of its
            # own, whose "they" need not be the main clause's subject
            break
        if h.dep_ == "relcl" and h.head.dep_ in ("dobj", "pobj", "nsubjpass") \
                and h.head.head.i != h.head.i:
            # "France expelled two diplomats it accused of spying, the ministry said":
            # a relative clause on what a clause acts on speaks of that clause's
            # subject, not of the speaker further up
            subj = coder.child(h.head.head, "nsubj")
            eid = (coder.tok_entity.get(subj.i) or entity_of(coder, subj, 2)) \
                if subj is not None and subj.i != t.i else None
            e = coder.by_id.get(eid or "")
            if e is not None and e.type != "PERSON":
                return eid
        if h.dep_ == "conj" and coder.child(h, "nsubj", "nsubjpass") is not None:
            break  # ("Protesters rallied, and the president said she would veto it": a
            # clause of its own, whose speaker is not the first clause's subject)
        if h.dep_ in ("ccomp", "xcomp", "conj", "advcl") and h.head.i != h.i:
            gov = h.head
            subj = coder.child(gov, "nsubj")
            if subj is not None and subj.i != t.i:
                eid = coder.tok_entity.get(subj.i) or entity_of(coder, subj, 2) \
                    or _named_in_compound(coder, subj)
                e = coder.by_id.get(eid or "")
                if e is not None and e.type != "PERSON":
                    return eid
            h = gov
        else:
            h = h.head
            if h.head.i == h.i:
                break
    return None


def _objects_before(coder: Coder, t: Any) -> Any | None:
    """The first of two or more people or bodies named together (or a plural noun) as an
    object of the verb a participle's "them" hangs under ("warrants for A and B, accusing
    them")."""
    verb = t.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    gov = verb.head
    objects = [c for c in coder.kids(gov) if c.dep_ == "dobj"] + [
        g for c in coder.kids(gov) if c.dep_ == "dobj" for p in coder.kids(c)
        if p.dep_ == "prep" for g in coder.kids(p) if g.dep_ == "pobj"] + [
        g for p in coder.kids(gov) if p.dep_ == "prep" for g in coder.kids(p)
        if g.dep_ == "pobj"]
    # (or one body of many named so: "sanctions on three commanders, accusing them")
    return next((o for o in objects if o.i < t.i and (o.conjuncts or o.tag_ == "NNS")
                 and o.i in coder.tok_entity), None)


def _named_in_compound(coder: Coder, t: Any) -> str | None:
    """The organisation a common noun is named by ("Ukraine's SBU security service":
    the SBU)."""
    return next((eid for c in coder.kids(t) if c.dep_ in ("compound", "amod", "nmod")
                 and (eid := coder.tok_entity.get(c.i)) is not None
                 and coder.by_id[eid].type in ("ORG", "FAC")), None)


def the_two(coder: Coder, t: Any) -> list[tuple[str, Any]]:
    """"The two leaders agreed", "both countries signed", "the leaders of the two
    countries spoke": the last two actors of different countries named before,
    people for people words (countries when no two people are named)."""
    noun = t.lemma_.lower()
    pair = t
    if noun in _PAIR_NOUNS and not any(c.lower_ in ("two", "both") for c in coder.kids(t)):
        # "the leaders of the two countries": the pair is in the "of" phrase
        pair = next((g for c in coder.kids(t) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in coder.kids(c) if g.dep_ == "pobj"
                     and g.lemma_.lower() in _PAIR_NOUNS), t)
    det = next((c for c in coder.kids(pair) if c.lower_ in ("two", "both") or (
        # "urged all sides": the story's parties, as "both sides" are
        c.lower_ == "all" and noun in ("side", "party") and pair.tag_ == "NNS")), None)
    if det is None or noun not in _PAIR_NOUNS:
        return []
    if det.lower_ == "two" and not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                       for c in coder.kids(pair)):
        return []  # "sentenced two men to death": two more, not the last two named
    if det.lower_ == "two" and noun in ("man", "woman"):
        # "arrested an American and two Spaniards ... the two men": the group counted two
        # (not "the two leaders", who are the two sides' own)
        counted = max(((m.start, e.id) for e in coder.entities for m in e.mentions
                       if m.start < t.idx and re.match(r"(?i)(?:the\s+)?two\s", m.text)
                       and e.type != "PERSON"), default=None)
        if counted is not None:
            return [(counted[1], t)]
    if noun in ("side", "party"):
        # "Ethiopia's government and Tigrayan forces signed a peace agreement ...
        # Both sides agreed": the two parties of the last act they did together,
        # whatever their countries
        here = coder.sent_of.get(t.i, 0)
        # (neither the urging side's own acts nor a mediation, whose mediator is no side:
        # "Egypt and Qatar, which mediated the truce, urged both sides")
        subj = arguments.subject(coder, t.head) if t.dep_ == "dobj" else None
        urgers = {coder.country(e) for e, _ in entities_of(coder, subj)} \
            if subj is not None else set()
        acts = [c for c in reversed(coder.found) if c.trigger.i < t.i
                and c.source is not None and c.target is not None
                and c.source != c.target and _mutual(c.code) and c.code != "045"
                and coder.country(c.source) not in urgers
                and coder.country(c.source) and coder.country(c.target)]
        # (two coded sides: not "an attack on a base in Nasir", a town no one codes)
        # (told just before; else the story's own two parties, whose talks or fight it
        # opened with, before any two countries named since: "the government and the
        # ELN resumed talks in Caracas ... Venezuela and Cuba ... called on both sides")
        last = next((c for c in acts if c.sentence >= here - 1), None) or next(
            (c for c in reversed(acts) if c.code[:2] in ("04", "19")), None)
        if last is None:
            # else the last two who acted against each other just before, of neither
            # the urging side's countries ("Hamas accused Israel of delaying ... Egypt
            # and Qatar urged both sides"; not "France congratulated Deby ... the AU
            # urged all parties to settle disputes": a praise makes no sides)
            last = last_adversaries(coder, t.i, frozenset(u for u in urgers if u), here - 1)
        if last is not None and last.source is not None and last.target is not None:
            # (two who did it together to a third are the sides: "fighting between
            # Thailand and Cambodia killed 35 people ... the two sides")
            doers = list(dict.fromkeys(c.source for c in coder.found if c.source is not None
                                       and c.trigger.i == last.trigger.i
                                       and c.code == last.code))
            if len(doers) == 2:
                return [(doers[0], t), (doers[1], t)]
            return [(last.source, t), (last.target, t)]
    people = noun in _PEOPLE_PAIRS
    # ("China urged both neighbours": two others than the one who urges them)
    subj = arguments.subject(coder, t.head) if t.dep_ == "dobj" else None
    own = coder.country(entity_of(coder, subj)) if subj is not None else None
    # ("both governments", "the two countries", "the two neighbours": states, not
    # smugglers of one or a port of one)
    states = noun in ("government", "country", "state", "nation", "neighbour", "neighbor",
                      "capital")
    found = last_two(coder, t, people, own, states)
    if not found and people:  # "the two leaders" of the two countries named
        found = last_two(coder, t, False, own)
    return found


def last_adversaries(coder: Coder, before: int, besides: frozenset[str],
                     since: int = 0) -> Candidate | None:
    """The last act before token ``before`` (from sentence ``since`` on) that one did
    against another (CAMEO 10 and up: no praise or aid makes sides), the two of
    different countries, neither of the countries ``besides``: the parties that "both
    sides" or a mediation means when the text names none."""
    return next((c for c in reversed(coder.found) if c.trigger.i < before
                 and c.sentence >= since and c.code[:2] >= "10"
                 and c.source is not None and c.target is not None
                 and (a := coder.country(c.source)) and (b := coder.country(c.target))
                 and a != b and not {a, b} & besides), None)


def last_act(coder: Coder, before: int, roots: AbstractSet[str],
             keep: Callable[[Candidate], bool]) -> Candidate | None:
    """The last act told before token ``before`` whose CAMEO root is one of ``roots``
    and that ``keep`` accepts: the blow a vow to retaliate answers, the accusation a
    denial answers, the killing condolences are for."""
    return next((c for c in reversed(coder.found) if c.trigger.i < before
                 and c.code[:2] in roots and keep(c)), None)


def last_two(coder: Coder, t: Any, people: bool, skip: str | None = None,
             states: bool = False) -> list[tuple[str, Any]]:
    seen: dict[str, str] = {}
    for i in range(t.i - 1, -1, -1):
        eid = coder.tok_entity.get(i)
        e = coder.by_id.get(eid or "")
        if e is None or e.actor is None or not e.actor.country or e.actor.country == skip:
            continue
        if people != (e.type == "PERSON"):
            continue
        if states and not ((e.type == "GPE" and e.actor.code == e.actor.country
                            and not _a_town(coder, e)) or "GOV" in e.actor.roles):
            continue  # ("the two neighbours": Eritrea, not its port of Assab)
        seen.setdefault(e.actor.country, e.id)
        if len(seen) == 2:
            return [(x, t) for x in reversed(list(seen.values()))]
    return []


def entities_of(coder: Coder, t: Any) -> list[tuple[str, Any]]:
    if t.lower_ in ("who", "whom", "that", "which") and t.head.dep_ == "relcl" \
            and t.i not in coder.tok_entity and t.head.head.i != t.head.i:
        # "demonstrators who were detained": the relative pronoun is its noun
        return entities_of(coder, t.head.head)
    if t.lower_ == "them" and t.i not in coder.tok_entity and coder.pronoun_entity.get(t.i) is None:
        listed = _objects_before(coder, t)
        if listed is not None:
            # "issued warrants for Netanyahu and Gallant, accusing them of war crimes":
            # the ones the clause it hangs on named, together
            return entities_of(coder, listed)
    pair = the_two(coder, t) if t.pos_ == "NOUN" else []
    if pair:
        return pair
    members = members_of(coder, t) if t.pos_ in ("NOUN", "PROPN") else []
    if members:
        return members
    sides = sides_of(coder, t) if t.tag_ == "NNS" else []
    if sides:
        return sides
    joint = next((j for c in coder.kids(t) if c.dep_ == "prep" and c.lower_ == "in"
                  and (j := _joint_countries(coder, t, c))), []) if t.pos_ == "NOUN" else []
    if joint:
        return joint
    out: list[tuple[str, Any]] = []
    # (the parser may hang a list on the first member's appositive: "from OIC head
    # Yousef Al-Othaimeen, Pope Francis, and a spokesperson for the president")
    listed = [c for a in coder.kids(t) if a.dep_ == "appos" for c in a.conjuncts
              if c.i > a.i]
    group = entity_of(coder, t) if t.tag_ == "NNS" else None
    if group is not None and all(entity_of(coder, a) != group for a in coder.kids(t)
                                 if a.dep_ == "appos"):
        listed = []  # "Three Kenyan activists, A, B and C, sued": the names are the
        # group's members, one side, not more sides after the first (but "activists
        # A and B", one name with the noun, are two)
    # ... and a country is no appositive of another: "The United States, Brazil and
    # Colombia called for": Brazil is the list's second member
    listed = [a for a in coder.kids(t) if a.dep_ == "appos" and a.conjuncts
              and _country_entity(coder, a) and _country_entity(coder, t)] + listed
    if t.dep_ == "nsubj" and t.head.i != t.i:
        # "President X and President Y met", parsed as two subjects: both
        listed += [c for c in t.head.children if c.dep_ == "nsubj" and c.i != t.i and any(
            coder.doc[k].dep_ == "cc" and coder.doc[k].lower_ == "and"
            for k in range(min(t.i, c.i), max(t.i, c.i)))]
    for x in (t, *t.conjuncts, *listed):
        eid = entity_of(coder, x)
        if eid is not None and all(eid != e for e, _ in out):
            out.append((eid, x))
    if len(out) == 1 and out[0][1] is t:
        # "the Turkish and Greek sides", "Iranian and Azerbaijani foreign ministers":
        # one noun, two countries (also where the entities stage made it one actor)
        for c in coder.kids(t):
            if c.dep_ in ("amod", "compound") and c.conjuncts:
                both = [(coder.tok_entity.get(x.i), x) for x in (c, *c.conjuncts)]
                if all(e is not None for e, _ in both) and len({e for e, _ in both}) > 1:
                    return [(e, x) for e, x in both if e is not None]
            if c.dep_ == "nmod" and c.i < t.i and any(x.i < t.i for x in c.conjuncts):
                # "Congo's government and M23 rebels", parsed as the rebels' modifiers:
                # the body before the "and" is a side of its own
                e = coder.tok_entity.get(c.i)
                if e is not None and all(e != o for o, _ in out):
                    return [(e, c), *out]
    return out


def sides_of(coder: Coder, t: Any) -> list[tuple[str, Any]]:
    """"The presidents of Chile and Argentina", "the foreign ministers of Saudi
    Arabia, Oman and the UAE", "negotiators from the government and the rebels": one
    plural noun for several sides' people, each side its own actor (as "Kenya and
    Uganda" are)."""
    for c in coder.kids(t):
        if c.dep_ != "prep" or c.lower_ not in ("of", "from"):
            continue  # ("negotiators from the government and the rebels": "from" too)
        g = coder.child(c, "pobj")
        if g is not None and not g.conjuncts and g.lemma_.lower() in _PAIR_NOUNS and any(
                k.lower_ in ("two", "both") for k in coder.kids(g)):
            # "diplomats from both countries": the two sides named before the phrase
            pair = last_two(coder, t.left_edge, False)
            return [(e, g) for e, _ in pair] if len(pair) == 2 else []
        if g is None or not g.conjuncts:
            return []
        both = [(entity_of(coder, x), x) for x in (g, *g.conjuncts)]
        if all(e is not None and coder.by_id[e].actor is not None for e, _ in both) and \
                len({e for e, _ in both}) == len(both) and (c.lower_ == "from" or all(
                    coder.by_id[e].type == "GPE" for e, _ in both if e is not None)):
            return [(e, x) for e, x in both if e is not None]
        return []
    return []


#: the roles of the bodies that speak and act for a state at home
_STATE_BODIES = frozenset({"GOV", "COP", "JUD", "SPY"})


def _joint_countries(coder: Coder, t: Any, prep: Any) -> list[tuple[str, Any]]:
    """"Authorities in the United Kingdom and the United States announced", "police in
    France and Belgium arrested": one noun for the people of several states, each state
    a side -- the group itself for the country it was coded with, the other states
    named for theirs (not "protesters in Paris and Lyon": towns of one country)."""
    g = coder.child(prep, "pobj")
    group = coder.by_id.get(coder.tok_entity.get(t.i, ""))
    if g is None or not g.conjuncts or group is None or group.actor is None \
            or not group.actor.country or not set(group.actor.roles) & _STATE_BODIES \
            or t.dep_ not in ("nsubj", "nsubjpass"):
        return []  # (state bodies that act or speak together: protesters, farmers or
        # militants in two countries are no state; nor is an ally's army a side)
    states = [(coder.by_id.get(coder.tok_entity.get(x.i, "")), x) for x in (g, *g.conjuncts)]
    if not all(e is not None and e.type == "GPE" and e.actor is not None
               and e.actor.code == e.actor.country for e, _ in states):
        return []
    countries = [e.actor.country for e, _ in states if e is not None and e.actor is not None]
    if len(set(countries)) != len(countries) or group.actor.country not in countries:
        return []
    return [(group.id, t)] + [(e.id, x) for e, x in states if e is not None and e.actor
                              is not None and e.actor.country != group.actor.country]


def members_of(coder: Coder, t: Any) -> list[tuple[str, Any]]:
    """"World leaders including Iran's Zarif and Britain's Johnson", "several
    countries, such as France and Germany": the coded actors the group names."""
    out: list[tuple[str, Any]] = []
    for c in coder.kids(t):
        if c.dep_ != "prep" or c.lower_ not in ("including", "like", "as"):
            continue
        if c.lower_ == "as" and not any(k.lower_ == "such" for k in coder.kids(c)) and \
                not (c.i > 0 and coder.doc[c.i - 1].lower_ == "such"):
            continue
        for g in coder.kids(c):
            if g.dep_ != "pobj":
                continue
            for x in (g, *g.conjuncts):
                eid = entity_of(coder, x)
                e = coder.by_id.get(eid or "")
                if e is not None and e.actor is not None and all(eid != o for o, _ in out):
                    out.append((e.id, x))
    return out


def counted_group(coder: Coder, t: Any) -> str | None:
    """"Police fired tear gas at protesters. Several were arrested", "Dozens of them
    were arrested": a count with no noun of its own (or "of them") counts the last
    group of people named before it, in its sentence or the one before."""
    of = next((c for c in coder.kids(t) if c.dep_ == "prep" and c.lower_ == "of"), None)
    g = coder.child(of, "pobj") if of is not None else None
    if g is not None and g.lower_ not in ("them", "those"):
        return None  # "dozens of students": the "of" names them
    if any(c.dep_ in ("amod", "compound") for c in coder.kids(t)):
        return None
    # (never the doer of the clause the count is the object of: "police detained
    # dozens of them")
    subj = coder.child(t.head, "nsubj") if t.dep_ == "dobj" else None
    own = entity_of(coder, subj) if subj is not None else None
    sent = coder.sent_of.get(t.i, 0)
    start = coder.sents[max(0, sent - 1)].start
    for i in range(t.i - 1, start - 1, -1):
        x = coder.doc[i]
        eid = coder.tok_entity.get(i)
        e = coder.by_id.get(eid or "")
        if e is not None and x.tag_ in ("NNS", "NNPS") and x.dep_ != "compound" \
                and e.type in ("ORG", "NORP") and e.actor is not None and e.id != own:
            return str(e.id)
    return None


def nationality_of(coder: Coder, noun: Any) -> list[tuple[str, Any]]:
    """Whose act a noun's own modifiers say it is: the country of "Israeli air
    strikes", "a Saudi-led coalition air strike" (through the noun's compounds;
    only a country itself, never a place in it), or the coded group or person
    named before it ("a Hamas attack", "an al-Shabab ambush")."""
    todo, seen = [noun], set()
    while todo:
        x = todo.pop()
        if x.i in seen:
            continue
        seen.add(x.i)
        for c in coder.kids(x):
            if (c.dep_ == "compound" and c.pos_ == "NOUN") or (
                    c.dep_ == "amod" and c.lower_ == "led"):  # "Saudi-led"
                todo.append(c)
            elif c.dep_ in ("amod", "compound", "npadvmod"):
                e = coder.by_id.get(coder.tok_entity.get(c.i) or "")
                if e is None or e.actor is None:
                    continue
                if e.actor.code == e.actor.country and e.type in ("GPE", "NORP"):
                    return [(e.id, c)]
                if c.dep_ == "compound" and e.type in ("ORG", "PERSON"):
                    return [(e.id, c)]
    return []


def _a_town(coder: Coder, e: Entity) -> bool:
    """Is ``e`` a town the places stage resolved, other than a capital (which stands
    for its state: "Kabul vowed to respond")?"""
    return norm(e.name) not in coder.capitals and any(
        p.feature == "city" and any(m.start <= x.start < m.end for m in p.mentions)
        for p in coder.places for x in e.mentions)


def _country_entity(coder: Coder, t: Any) -> bool:
    e = coder.by_id.get(coder.tok_entity.get(t.i) or "")
    return e is not None and e.type == "GPE" and e.actor is not None \
        and e.actor.code == e.actor.country
