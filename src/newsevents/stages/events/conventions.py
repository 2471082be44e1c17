"""What the conventions of news and of CAMEO give when the text leaves it unsaid:
arrests by the authorities of the place, protests aimed at the government, crowds
gathered before a seat of power, warnings, detention orders, background history, and
whole-article passes that add the events a clause implies.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from ...knowledge.events import evaluation_words, event_words
from ...knowledge.gazetteer import place_words
from ...records import HAPPENED
from . import anaphora, arguments, mood, participants, statements
from .candidates import Candidate
from .grammar import (
    _ADVOCATES,
    _AIRBORNE,
    _ANAPHORS,
    _ATTACK_NOUNS,
    _BACKGROUND,
    _DISASTERS,
    _FORCES,
    _HOME_ACTS,
    _KILLINGS,
    _LOCATIVE,
    _MILITARY_MODIFIERS,
    _MILITARY_SITES,
    _MOTION_VERBS,
    _NOT_TARGET_DEPS,
    _OBSERVING,
    _OWNING,
    _PEOPLE,
    _PLACE_VERBS,
    _QUANTITIES,
    _RECIPROCAL_CODES,
    _SPEECH,
    _SWAPPED,
    _TEMPORAL_PREPS,
    _lemma,
    _nobody,
    _singular,
)

if TYPE_CHECKING:
    from .coder import Coder


def crowd_place(coder: Coder, t: Any, subject: Any) -> list[tuple[str, Any]]:
    """"Hundreds of thousands of people blocked streets in Hong Kong": people
    no one has named are coded by where they act, as CAMEO codes crowds."""
    head = crowd_head(coder, subject)
    if head.lemma_.lower() not in _PEOPLE:
        return []
    for x in arguments.clause_tokens(coder, t, depth=3, skip=_NOT_TARGET_DEPS):
        if x.dep_ == "pobj" and x.head.lower_ in ("in", "across", "throughout"):
            eid = coder.tok_entity.get(x.i)
            e = coder.by_id.get(eid or "")
            if e is not None and e.type in ("GPE", "LOC") and e.actor is not None:
                return [(e.id, x)]
    return []


def crowd_head(coder: Coder, subject: Any) -> Any:
    """Who a crowd is: "protesters" of "hundreds of thousands of protesters", and of
    "they" that stands for them."""
    head = subject
    if head.pos_ == "PRON":
        e = coder.by_id.get(coder.tok_entity.get(head.i) or "")
        for m in e.mentions if e is not None else ():
            span = coder.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.pos_ == "NOUN":
                head = span.root
                break
    while head.lower_ in _QUANTITIES or head.pos_ == "NUM":
        nxt = next((g for c in coder.kids(head) if c.dep_ == "prep" and c.lower_ == "of"
                    for g in coder.kids(c) if g.dep_ == "pobj"), None)
        if nxt is None:
            break
        head = nxt
    return head


#: verbs of an accord coming apart ("the truce collapsed")
_FAILING = event_words()["failing_verb"]
#: nouns of a step in court, a request only when someone is addressed ("appeal")
_LEGAL_NOUNS = event_words()["legal_noun"]


def background(coder: Coder, t: Any) -> bool:
    """Is this event noun part of a name ("Asia-Pacific Economic Cooperation")
    or background ("after two days of fighting", "following the killing of",
    "since the invasion")? Neither is an event the sentence reports."""
    eid = coder.tok_entity.get(t.i)
    if eid is not None and coder.by_id[eid].type in ("ORG", "FAC", "GPE", "LOC", "NORP"):
        return True
    if t.dep_ in ("dobj", "nsubjpass") and _lemma(t.head) in _OBSERVING:
        # "to oversee a ceasefire", "discussed the attack", "called for the killing
        # to be investigated"
        return True
    if t.lemma_.lower() in _LEGAL_NOUNS and not any(
            k.dep_ == "prep" and k.lower_ in ("to", "for", "from") for k in coder.kids(t)) \
            and not (
            t.dep_ == "dobj" and _lemma(t.head) in ("make", "issue", "launch", "renew",
                                                    "repeat", "reiterate", "voice", "send")):
        return True  # "lost her final appeal", "will appeal against his conviction": a
        # step in court, no request to anyone
    if t.dep_ == "nsubj" and (_lemma(t.head) in _FAILING or (
            _lemma(t.head) == "break" and any(k.lower_ == "down" for k in coder.kids(t.head)))) \
            and coder.child(t.head, "xcomp") is None \
            and {p.code[:2] for p in coder.lex.nouns.get(t.lemma_.lower(), [])
                 if p.words == (t.lemma_.lower(),)} <= {"03", "05", "08"}:
        return True  # "the truce collapsed within hours", "the deal fell apart": no truce
        # declared, no deal made (but "the offensive failed to free the hostages" was one,
        # and talks that broke down were held)
    h = t
    for _ in range(4):  # "after two days of fierce fighting"
        if h.dep_ == "pobj" and h.head.lower_ in _BACKGROUND:
            return not _told_in_passing(coder, t, h)
        if h.dep_ not in ("pobj", "prep") or h.head.i == h.i:
            break
        h = h.head
    return _charged_with(coder, t)


def _told_in_passing(coder: Coder, t: Any, h: Any) -> bool:
    """Is the event noun ``t`` in a time phrase (``h`` its head) an act of the story told
    in passing, with its parties: a contact ("after a call with Vladimir Putin",
    "during his visit to Tokyo", "after talks with the health secretary"), not the
    background of years ("after years of talks", "since the invasion")?"""
    if t is not h:
        return False  # ("after two days of fighting": the days, not the act)
    roots = {p.code[:2] for p in coder.lex.nouns.get(t.lemma_.lower(), [])}
    if roots != {"04"} or h.head.lower_ not in ("after", "during", "following"):
        return False
    named = [x for x in arguments.prep_objects(coder, t, {"with", "to", "between"})
             if coder.tok_entity.get(x.i) is not None]
    return bool(named) or any(k.dep_ == "poss" for k in coder.kids(t))


#: verbs whose "of", "with" or "for" is a charge ("convicted of rebellion")
_CHARGING = event_words()["charging_verb"]


def _charged_with(coder: Coder, t: Any) -> bool:
    """Is the event noun ``t`` what someone is charged with, convicted of or arrested
    for ("convicted of conspiracy to commit rebellion", "charged with inciting a riot",
    "jailed for the murder"): the charge, not an act the sentence reports?"""
    h = t
    for _ in range(6):
        if h.head.i == h.i:
            return False
        if h.dep_ == "prep" and h.lower_ in ("of", "with", "for") \
                and h.head.pos_ in ("VERB", "ADJ") and (
                    _lemma(h.head) in _CHARGING or (h.head.lower_ == "guilty")):
            return True
        if h.dep_ in ("nsubj", "nsubjpass") and h.head.pos_ in ("VERB", "AUX"):
            return False  # (an act of its own clause: "charged with a murder in which a
            # bomb killed 3")
        h = h.head
    return False


def bare_demands(coder: Coder, verbs: list[Any], triggers: set[int]) -> list[Candidate]:
    """"The administration declared that China must drop barriers": a demand
    (100) of the one who says it on the one who must act, when the act itself
    is not in the lexicon."""
    out = []
    for t in verbs:
        if t.i in triggers or \
                any(c.i in triggers for c in coder.kids(t) if c.dep_ in ("acomp", "attr")):
            continue
        aux = {c.lower_ for c in coder.kids(t) if c.dep_ in ("aux", "auxpass")}
        if not aux & {"must", "should"} or any(c.dep_ == "neg" for c in coder.kids(t)):
            continue
        demander = arguments.demander(coder, t)
        subj = coder.child(t, "nsubj", "nsubjpass")
        if demander is None or subj is None or subj.i not in coder.tok_entity:
            continue  # "the borders of Iran should be safe": a thing, not an actor
        for eid, tok in participants.entities_of(coder, subj):
            if eid != demander:
                out.append(Candidate(code="100", source=demander, target=eid, trigger=t,
                                      sentence=coder.sent_of.get(t.i, 0), target_tok=tok))
    return out


def assemblies(coder: Coder, verbs: list[Any], triggers: set[int]) -> list[Candidate]:
    """"Hundreds of protesters gathered in Nairobi", "thousands gathered outside
    parliament": a crowd that comes together is demonstrating (141) when it is of
    protesters or stands at a seat of power (``assembly_verb``, ``protester_noun``,
    ``seat_of_power`` in evaluation_words.tsv); whom against, the protest rules
    decide, as for any protest. A gathering to mourn or to celebrate is neither."""
    words = evaluation_words()
    gather = words.get("assembly_verb", frozenset())
    out: list[Candidate] = []
    for t in verbs:
        if t.i in triggers or _lemma(t) not in gather:
            continue
        subj = arguments.subject(coder, t)
        if subj is None:
            continue
        head = crowd_head(coder, subj)
        seat = seat_of_power(coder, t)
        if head.lemma_.lower() not in words.get("protester_noun", frozenset()) \
                and seat is None:
            continue
        # outside "the National Congress": the body whose seat it is
        owner = participants.entity_of(coder, seat) if seat is not None else None
        if owner is not None and coder.by_id[owner].actor is None:
            owner = None
        modality, negated, _refused = mood.modality_of(coder, t)
        sources: list[tuple[str | None, Any]] = [
            *(participants.entities_of(coder, subj) or crowd_place(coder, t, subj))
        ] or [(None, None)]
        for eid, tok in sources:
            if eid is not None and eid == owner:
                continue
            out.append(Candidate(code="141", source=eid, target=owner, trigger=t,
                                 sentence=coder.sent_of.get(t.i, 0), modality=modality,
                                 negated=negated, source_tok=tok,
                                 target_tok=seat if owner is not None else None))
    return out


#: verbs of saying no that need no object after a request ("He resisted.")
_BARE_REFUSALS = event_words()["bare_refusal"]


def bare_refusals(coder: Coder, verbs: list[Any], found: list[Candidate]) -> list[Candidate]:
    """"We told the president we needed the government open. He resisted.": a refusal
    with no object of its own, right after a request or demand made of its subject,
    rejects that request (120), aimed at whoever made it."""
    out: list[Candidate] = []
    at = {c.trigger.i for c in found}
    for t in verbs:
        if t.i in at or _lemma(t) not in _BARE_REFUSALS or any(
                k.dep_ in ("dobj", "xcomp", "ccomp", "prep", "nsubjpass") for k in coder.kids(t)):
            continue
        subj = coder.child(t, "nsubj")
        who = participants.entities_of(coder, subj) if subj is not None else []
        if len(who) != 1:
            continue
        me = who[0][0]
        here = coder.sent_of.get(t.i, 0)
        asked = next((c for c in reversed(found) if c.trigger.i < t.i
                      and c.code[:2] in ("02", "10") and c.source not in (None, me)
                      and c.target == me and here - c.sentence <= 2), None)
        if asked is None:
            continue
        modality, negated, _refused = mood.modality_of(coder, t)
        out.append(Candidate(code="120", source=me, target=asked.source, trigger=t,
                             sentence=here, modality=modality, negated=negated,
                             source_tok=who[0][1], target_tok=asked.source_tok))
    return out


def ent_roles(coder: Coder, eid: str | None) -> set[str]:
    """The actor roles of entity ``eid`` (none for no entity or no actor)."""
    e = coder.by_id.get(eid or "")
    return set(e.actor.roles) if e is not None and e.actor is not None else set()


def unwelcome_envoys(coder: Coder, verbs: list[Any], triggers: set[int]) -> list[Candidate]:
    """"Ecuador declared Mexico's ambassador persona non grata": an expulsion of a
    diplomat (161, as the CAMEO manual codes diplomats expelled), whatever the parser
    makes of the Latin (a verb "persona", a noun "grata"). The doer is the subject of
    "declare"; whom, the people named between the verb and the phrase."""
    out: list[Candidate] = []
    toks = coder.toks
    for t in verbs:
        if t.i in triggers or _lemma(t) != "declare":
            continue
        end = coder.sents[coder.sent_of.get(t.i, 0)].end
        at = next((i for i in range(t.i + 1, min(t.i + 12, end - 2))
                   if toks[i].lower_ == "persona" and toks[i + 1].lower_ == "non"
                   and toks[i + 2].lower_ == "grata"), None)
        subj = arguments.subject(coder, t)
        if at is None or subj is None:
            continue
        sources = participants.entities_of(coder, subj)
        declared = []
        # the one phrase before the Latin, by its last word ("three French diplomats",
        # "Mexico's ambassador"), else whoever it names ("Mexico's envoy Raquel Serur")
        diplomats = evaluation_words()["diplomat_noun"]
        for i in [at - 1, *range(t.i + 1, at - 1)]:
            eid = coder.tok_entity.get(i)
            ent = coder.by_id.get(eid or "")
            if ent is not None and ent.actor is not None:
                declared.append((eid, toks[i]))
                break
        # a diplomat (by the word, or a named official): "declared the Russian singer
        # persona non grata" bars an artist, no envoy
        envoy = bool(declared) and any(
            toks[i].lemma_.lower() in diplomats
            or (toks[i].pos_ == "PROPN" and "GOV" in ent_roles(coder, declared[0][0]))
            for i in range(t.i + 1, at))
        if not envoy or not sources:
            continue
        modality, negated, _refused = mood.modality_of(coder, t)
        for eid, tok in sources:
            out.extend(Candidate(code="161", source=eid, target=who, trigger=t,
                                 sentence=coder.sent_of.get(t.i, 0), modality=modality,
                                 negated=negated, source_tok=tok, target_tok=wtok)
                       for who, wtok in declared if who != eid)
    return out


def imposed_rules(coder: Coder, verbs: list[Any], triggers: set[int]) -> list[Candidate]:
    """"The health ministry said masks will be mandatory in schools", "announced
    that wearing a face covering would become compulsory": an authority that says
    a thing will be compulsory or banned makes a rule, a demand (100) of its own
    country (``rule_predicate`` in evaluation_words.tsv; pandemic rules are
    demands, not coercion). Who says it must be a government, a legislature or a
    court."""
    rules = evaluation_words().get("rule_predicate", frozenset())
    out: list[Candidate] = []
    for t in verbs:
        if t.i in triggers:
            continue
        pred = t if t.tag_ == "VBN" and _lemma(t) in rules and \
            coder.child(t, "auxpass") is not None else next(
                (c for c in coder.kids(t) if c.dep_ in ("acomp", "attr")
                 and c.lemma_.lower() in rules), None)
        if pred is None or pred.i in triggers:
            continue
        if pred is not t and t.tag_ == "VBD":
            continue  # "said the sanctions were illegal": a judgement, no rule made
            # (a past passive is reported speech's tense: "said gatherings were banned")
        source = arguments.demander(coder, t)
        country = authority(coder, source)
        if source is None or country is None:
            continue
        home = home_of(coder, country, source)
        out.append(Candidate(code="100", source=source, target=home, trigger=pred,
                             sentence=coder.sent_of.get(pred.i, 0),
                             negated=coder.child(t, "neg") is not None,
                             inferred=["target"] if home is not None else []))
    return out


#: what a rule will or should undergo that changes it ("should be changed")
_CHANGED = event_words()["rule_change_verb"]
#: the modals by which a change is intended or called for, not reported done
_INTENT_MODALS = frozenset({"will", "would", "should", "must", "'ll", "shall"})
#: speech verbs by which a government tells what it will do with its own rules
_TELLING = event_words()["plain_speech"] | frozenset({"announce", "promise", "pledge", "vow"})


def policy_intents(coder: Coder, verbs: list[Any], triggers: set[int]) -> list[Candidate]:
    """"Prime Minister Ardern said the gun laws should be changed", "the president said
    the electoral law would be amended": a government that says its own law or policy
    will or should be changed expresses the intent to change policy (0342), aimed at
    its own country, flagged inferred. Who says it must be a government or a
    legislature, in the very clause its speech verb reports (not "said it was unclear
    whether", "said critics claimed"; not a speech verb denied); the rule its own
    (not "the Israeli policy", "the UN budget", "the president's decree" of another);
    changed by no one else named ("reviewed by the Senate"). Anyone else who says a law
    should change asks for it, which the lexicon codes when it does."""
    out: list[Candidate] = []
    for t in verbs:
        if t.i in triggers or t.tag_ != "VBN" or _lemma(t) not in _CHANGED \
                or coder.child(t, "auxpass") is None or not any(
                    k.dep_ == "aux" and k.lower_ in _INTENT_MODALS for k in coder.kids(t)) \
                or any(k.dep_ == "aux" and k.lower_ == "have" for k in coder.kids(t)) \
                or coder.child(t, "agent") is not None or any(
                    k.dep_ == "mark" and k.lower_ in ("whether", "if") for k in coder.kids(t)):
            continue  # (nor "should have been amended years ago", a regret)
        said = t.head
        if t.dep_ != "ccomp" or _lemma(said) not in _TELLING \
                or coder.child(said, "neg") is not None:
            continue
        rule = coder.child(t, "nsubjpass")
        if rule is None or rule.lemma_.lower() not in _STATE_TEXTS:
            continue
        speaker = coder.child(said, "nsubj")
        source = participants.entity_of(coder, speaker) if speaker is not None else None
        e = coder.by_id.get(source or "")
        if e is None or e.actor is None or not e.actor.country \
                or not set(e.actor.roles) & {"GOV", "LEG"}:
            continue
        owners = [k for k in coder.kids(rule) if k.dep_ in ("poss", "amod", "compound")
                  and not (k.dep_ == "poss" and k.pos_ == "PRON")]
        if any((k.dep_ == "poss" or k.i in coder.tok_entity or k.ent_type_ in (
                "NORP", "GPE", "ORG")) and coder.country(participants.entity_of(coder, k))
               != e.actor.country for k in owners):
            continue  # ("the Israeli policy", "the UN budget", "the president's decree":
            # another's rule; "New Zealand's gun laws" in its prime minister's mouth and
            # "its blasphemy law" are their own)
        modality, _, _ = mood.modality_of(coder, t)
        if modality in ("intended", "demanded"):
            modality = "asserted"  # (the intent is the event, CAMEO 03; a government's
            # "should" of its own law is its intent, not a demand of someone else)
        home = home_of(coder, e.actor.country, source)
        out.append(Candidate(code="0342", source=source, target=home, trigger=t,
                             sentence=coder.sent_of.get(t.i, 0), modality=modality,
                             negated=coder.child(t, "neg") is not None,
                             inferred=["target"] if home is not None else []))
    return out


def custody(coder: Coder, verbs: list[Any], found: list[Candidate]) -> list[Candidate]:
    """"Two suspects are in custody", "there were suspects in custody", "the
    opposition leader remains in detention": someone held is a detention (173),
    whose doer the conventions give (the authority that reports it, else the
    police of the place: ``custody:173`` in implied_doers.tsv). The trigger is
    the noun that says where they are held. Not one "already in prison", held
    before the story for something else."""
    held_in = evaluation_words().get("detention_noun", frozenset())
    at = {c.trigger.i: c for c in found}
    out: list[Candidate] = []
    for t in verbs:
        if t.i in at or _lemma(t) not in ("be", "remain", "stay"):
            continue
        if any(k.dep_ == "advmod" and k.lower_ == "already" for k in coder.kids(t)):
            continue  # "is already in prison in South Korea": held before, for something
            # else, no detention the story tells
        subj = coder.child(t, "nsubj")
        attr = coder.child(t, "attr")
        there = (subj is not None and subj.lower_ == "there") or coder.child(t, "expl")
        held = attr if there else subj
        if held is None:
            continue
        # "in custody", "in prison": the bare noun says held ("in the prison" is where)
        noun = next((n for h in (t, held) for n in arguments.prep_objects(coder, h, {"in", "under"})
                     if n.lemma_.lower() in held_in and not any(
                         k.dep_ == "det" and k.lower_ in ("the", "a", "an")
                         for k in coder.kids(n))), None)
        if noun is None:
            continue
        # people held, not "conditions in the prison" or "a fire in the prison"
        targets = [(e, x) for e, x in participants.entities_of(coder, held) if people(coder, e)]
        known = at.get(noun.i)
        if known is not None:
            # "in detention in Minsk" read as a detention of Minsk: the held are
            if targets and known.code[:2] == "17":
                known.target, known.target_tok = targets[0]
            continue
        if not targets and not _nobody(held):
            continue
        modality, _, _ = mood.modality_of(coder, t)
        out.append(Candidate(code="173", source=None,
                             target=targets[0][0] if targets else None, trigger=noun,
                             target_tok=targets[0][1] if targets else None,
                             sentence=coder.sent_of.get(noun.i, 0), modality=modality,
                             negated=coder.child(t, "neg") is not None or _nobody(held)))
    return out


def people(coder: Coder, eid: str) -> bool:
    """Is ``eid`` a person or people with an actor code (not a place or a thing)?"""
    e = coder.by_id.get(eid)
    return e is not None and e.actor is not None and e.type not in ("GPE", "LOC", "FAC")


def seat_of_power(coder: Coder, t: Any) -> Any:
    """The seat of power a gathering ``t`` is at ("outside parliament", "in front
    of the embassy", "at the presidential palace"), if any."""
    seats = evaluation_words().get("seat_of_power", frozenset())
    for prep in coder.kids(t):
        if prep.dep_ != "prep" or prep.lower_ not in ("outside", "at", "near", "before",
                                                      "in", "around", "on"):
            continue
        obj = coder.child(prep, "pobj")
        if obj is not None and obj.lower_ == "front":  # "in front of X"
            of = next((c for c in coder.kids(obj) if c.dep_ == "prep"
                       and c.lower_ == "of"), None)
            obj = coder.child(of, "pobj") if of is not None else None
        if obj is not None and obj.lemma_.lower() in seats and (
                prep.lower_ != "in" or obj is not coder.child(prep, "pobj")):
            return obj  # ("in parliament" is a sitting, "in front of" a crowd)
    obj = coder.child(t, "dobj")
    if obj is not None and obj.lemma_.lower() in seats and any(
            c.dep_ == "amod" and c.lower_ == "outside" for c in coder.kids(obj)):
        return obj  # "had gathered outside parliament", "outside" parsed its adjective
    return None


def warnings(coder: Coder, found: list[Candidate]) -> None:
    """A warning that something will or could happen is a threat (130) only when
    the warner's own side is to do it ("Iran warned that it would retaliate", "warned
    that police will no longer tolerate rallies"); a warning that something else could
    happen ("warned that the conflict could spread", "warned the delay could be a
    threat to security") is a pessimistic comment (012), as "warned of a crisis" is."""
    for c in found:
        if c.code != "130" or _lemma(c.trigger) != "warn" or c.source is None:
            continue
        comp = coder.child(c.trigger, "ccomp")
        subj = coder.child(comp, "nsubj", "nsubjpass") if comp is not None else None
        if subj is None or subj.pos_ == "PRON":
            continue  # ("warned that it would retaliate": the warner's own act)
        if comp is not None and statements.promises_harm(coder, comp):
            continue  # ("warned that the United States was playing with fire")
        home = coder.country(c.source)
        ents = participants.entities_of(coder, subj)
        if any(e == c.source or (home is not None and coder.country(e) == home)
               for e, _ in ents):
            continue
        c.code = "012"
        c.target, c.target_tok = None, None


def detention_orders(coder: Coder, found: list[Candidate]) -> None:
    """An order whose content is a detention is that detention, by whoever
    ordered it, as "ordered his arrest" is (CAMEO 173): "the judge ordered the
    accused remain in custody", "ordered that he be jailed", "ordered him held
    in detention". The detained is the content clause's subject."""
    words = evaluation_words()
    orders = words.get("order_verb", frozenset())
    held_in = words.get("detention_noun", frozenset())
    for g in found:
        t = g.trigger
        if g.code != "100" or t.pos_ != "VERB" or _lemma(t) not in orders:
            continue
        obj = coder.child(t, "dobj")
        # ("ordered the former minister jailed": the participle hangs on the object)
        for v in [*coder.kids(t), *(coder.kids(obj) if obj is not None else ())]:
            if v.dep_ not in ("ccomp", "xcomp", "oprd", "acl") or v.pos_ not in (
                    "VERB", "AUX") or (v.dep_ == "acl" and v.tag_ != "VBN"):
                continue
            inner = next((c for c in found if c.trigger.i == v.i and c.code[:2] == "17"
                          and not c.negated), None)
            if inner is None and not any(n.lemma_.lower() in held_in for n in
                                         arguments.prep_objects(coder, v, {"in", "under", "into"})):
                continue
            # the held: the content clause's subject ("that he be detained"), else
            # the inner act's own target or object ("ordered the police to take the
            # leader into custody": the leader, not the police); the order's object
            # only when it is the one held ("ordered the accused remain in custody")
            subj = coder.child(v, "nsubj", "nsubjpass")
            vobj = coder.child(v, "dobj")
            held = participants.entities_of(coder, subj) if subj is not None else []
            if not held and inner is not None and inner.target is not None:
                held = [(inner.target, inner.target_tok)]
            if not held and vobj is not None:
                held = participants.entities_of(coder, vobj)
            if not held and v.dep_ == "xcomp":
                continue  # (the ones ordered to act are not the held)
            g.code = inner.code if inner is not None else "173"
            if held and held[0][0] != g.source:
                g.target, g.target_tok = held[0]
            break




def strike_doer(coder: Coder, c: Candidate) -> tuple[str, Any] | None:
    """"35 people were killed in Israeli strikes", "wounded during Russian shelling": a
    harm told with no doer, in or during an attack whose nationality the text gives,
    is that attacker's; so is one the attack is the subject of ("the attack on the base
    by al-Shabab killed 20 soldiers", "an Israeli strike killed five")."""
    t = c.trigger
    if c.code[:2] not in ("18", "19", "20") or t.pos_ not in ("VERB", "AUX"):
        return None
    act = arguments.subject(coder, t)
    acts = [act] if arguments.unnamed(coder, act, "act") else []
    # (and an attack set beside the clause: "killed two soldiers in Mogadishu, an attack
    # the government blamed on al-Shabaab")
    beside = [x for x in t.subtree if x.dep_ in ("appos", "npadvmod") and x.i > t.i
              and x.lemma_.lower() in _ATTACK_NOUNS]
    for noun in [*acts, *arguments.prep_objects(coder, t, {"in", "during", "after", "amid"}),
                 *beside]:
        if noun not in acts and noun.lemma_.lower() not in _ATTACK_NOUNS:
            continue
        for eid, tok in arguments.noun_doer(coder, noun, attack=True):
            if eid != c.target:
                return eid, tok
    return None


#: verbs of dying, whose subject is whom the attack they die in harmed
_DYING = event_words()["dying_verb"]
#: what forces are moved for that is no mobilisation ("moved to Poland for treatment")
_NOT_MOBILISED = event_words()["not_mobilised"]
#: curfews and emergencies imposed or eased, which a state does on its own ground
_HOME_MEASURES = frozenset({"1723", "1724", "0813", "0814"})


def implied_doers(coder: Coder, found: list[Candidate]) -> None:
    """A doer the sentence does not name, by convention (``implied_doers.tsv``):
    "was arrested" -> the police of the place's country, "was sentenced" -> its
    courts, "five were killed" -> the country where it happened. Only for verbs in
    the passive with no "by" agent that names someone ("killed by a car bomb" names
    none) and event nouns with no doer; flagged."""
    joint: list[Candidate] = []
    for c in found:
        if c.source is not None or coder.quote_at(c.trigger) is not None:
            continue
        t = c.trigger
        held = custodian(coder, c)
        if held is not None and held[0] != c.target:
            # "placed under police surveillance", "taken into army custody": the
            # text names who holds them, in a word before the noun
            c.source, c.source_tok, inferred = held
            if inferred:
                c.inferred.append("source")
            continue
        named = strike_doer(coder, c)
        if named is not None:
            c.source, c.source_tok = named
            continue
        told = anaphora.told_before(coder, t) if t.pos_ == "NOUN" else next(
            (x for x in reversed(found) if x.trigger.i < t.i and x.source is not None
             and c.target is not None and x.target == c.target and x.code[:3] == c.code[:3]
             and coder.sent_of.get(x.trigger.i) != coder.sent_of.get(t.i)), None)
        # ("Police arrested the two journalists ... The two journalists were arrested
        # outside the court, their lawyer said": the same act told again in the passive)
        if told is not None:
            # "the attacks on a synagogue ... were acts of aggression": the attacks told
            # before, said again (a mention of that event, not a new one with a doer
            # found by convention: left with none, it goes, its words kept as the
            # earlier event's)
            told.repeats.append(coder.evidence_of(c))
            continue
        lemma = _lemma(t) if t.pos_ in ("VERB", "AUX") else t.lemma_.lower()
        doer = coder.lex.implied_doers.get(f"{lemma}:{c.code}") or \
            coder.lex.implied_doers.get(lemma)
        crowd = c.code.startswith("14") and t.pos_ in ("VERB", "AUX") and arguments.unnamed(
            coder, arguments.subject(coder, t), "crowd")
        if crowd:
            doer = "country"  # "thousands rallied in Hong Kong": its people, as a protest
            # that names no protesters is coded
        if doer is None or (doer == "country" and (
                arguments.accidental_cause(coder, t) or _toll_over_time(coder, t))):
            continue  # ("twelve were killed in a bus crash": no one's act; "2,000 have
            # been killed since January": a toll of many acts, none of them told)
        if c.code == "0841" and not any(
                n.lemma_.lower() in evaluation_words().get("detention_noun", frozenset())
                for n in arguments.prep_objects(coder, t, {"from"})):
            continue  # released from prison is the state's doing; hostages freed are not
        # "received a prison term": the one who receives is the one acted on
        converse = c.target_tok is not None and c.target_tok.dep_ == "nsubj" and \
            c.target_tok.head.i == t.i
        if t.pos_ in ("VERB", "AUX") and not converse:
            passive = any(k.dep_ in ("auxpass", "nsubjpass") for k in t.children) or (
                t.tag_ == "VBN" and t.dep_ in ("acl", "amod", "relcl")) or (
                arguments.participle_patient(coder, t) is not None)
            passive = passive or crowd or arguments.doerless_subject(coder, t) is not None
            if not passive or any(k.dep_ == "agent" and anaphora.names_actor(coder, k)
                                  for k in t.children):
                continue
        if doer == "self":
            # "Thousands of Pakistani troops were deployed along the border": the force
            # said to be moved is the one moving, as its state's
            subj = next((k for k in coder.kids(t) if k.dep_ == "nsubjpass"), None)
            head = crowd_head(coder, subj) if subj is not None else None
            purposes = arguments.prep_objects(coder, t, {"for"})
            away = head is None or any(
                k.lower_ in ("home", "away", "back", "out") for k in coder.kids(t)) or any(
                    k.lower_ in ("wounded", "injured", "sick") for k in coder.kids(head)) or any(
                    x.lemma_.lower() in _NOT_MOBILISED
                    or (x.ent_type_ == "DATE" and not x.lower_.startswith("first"))
                    for x in purposes)
            # ("were sent home", "moved away from Kyiv", "moved to Poland for treatment",
            # "deployed in Mali for nearly a decade": no mobilisation)
            movers = [(e, x) for e, x in (participants.entities_of(coder, subj)
                                          if subj is not None and not away else [])
                      if coder.country(e) and e != c.target]
            if movers:
                c.source, c.source_tok = movers[0]
                c.inferred.append("source")
            continue
        if doer in ("COP", "JUD"):
            reporter = reporting_authority(coder, t)
            if reporter is not None and reporter != c.target:
                # "Police director X said 71 people were arrested", "authorities
                # announced that 337 users were arrested": who reports the arrests
                # made them
                c.source = reporter
                c.inferred.append("source")
                # ("authorities in the UK and the US announced": each state's)
                said_by = next((x for x in coder.sents[c.sentence]
                                if coder.tok_entity.get(x.i) == reporter
                                and coder.tok_entity.get(x.head.i) != reporter), None)
                joint += [dataclasses.replace(c, source=e, source_tok=x, inferred=["source"],
                                              repeats=[])
                          for e, x in (participants.entities_of(coder, said_by)[1:]
                                       if said_by is not None else [])
                          if e not in (reporter, c.target)]
                continue
        if c.code in _HOME_MEASURES and t.dep_ in ("acl", "amod"):
            continue  # "shortened the nightly curfew imposed in Sudan": the measure
            # in force, described, not one imposed in the story
        # (a curfew's place must be named: "in the one-time French colony" names none)
        iso = story_country(coder, c, named_only=c.code in _HOME_MEASURES)
        if iso is None:
            continue
        foe = other_side(coder, c) if doer == "country" else None
        if foe is not None:
            # "a clash in which 20 Indian soldiers and four Chinese troops were killed":
            # the other side's forces, not the soldiers' own country
            c.source = foe
            c.inferred.append("source")
            continue
        eid = institution(coder, iso, doer)
        subj = next((k for k in coder.kids(t) if k.dep_ == "nsubjpass"), None)
        if eid is not None and subj is not None and any(
                coder.tok_entity.get(x.i) == eid for x in (subj, *subj.conjuncts)):
            continue  # "Sirte and Misrata were also hit": both struck, neither the doer
        tt = c.target_tok
        if eid is not None and eid == c.target and doer != "country" and tt is not None \
                and tt.dep_ == "pobj" and tt.head.lower_ in _LOCATIVE:
            # "nobody was arrested in Basra": the place the act was in is its doer's
            # country, not whom it was done to
            c.target, c.target_tok = None, None
        # "twelve were killed in Maiduguri": the country acts on its own people,
        # as event data codes a domestic attack with no named doer (NGA -> NGA)
        if eid is not None and (eid != c.target or doer == "country"):
            c.source = eid
            c.inferred.append("source")
            if c.code in _HOME_MEASURES and c.target != eid:
                # a curfew or an emergency the state imposes or lifts where it is, on
                # its own people ("a curfew was imposed in the Kenyan town of Garissa")
                c.target, c.target_tok = eid, None
                c.inferred.append("target")
            if doer == "country" and arguments.victims(coder, c) and (
                    c.target is None or not coder.country(c.target)):
                # "began to stab people": the people of the country where it happened
                c.target = eid
                c.inferred.append("target")
    found.extend(joint)


def _toll_over_time(coder: Coder, t: Any) -> bool:
    """Is the harm ``t`` a toll over a span of time ("have been killed in the region
    since January", "were killed over the past year")?"""
    return any(c.dep_ == "prep" and (c.lower_ == "since" or (
        c.lower_ in ("over", "during", "in") and any(
            g.lower_ in ("past", "last") for x in coder.kids(c) for g in coder.kids(x))))
        for c in coder.kids(t))


def other_side(coder: Coder, c: Candidate) -> str | None:
    """The other side's armed force named in the sentence of a doerless killing of a
    country's forces ("20 Indian soldiers and four Chinese troops were killed"): one
    force of one other country, else nobody (soldiers killed at home alone are left to
    the domestic convention); for police hurt, the one crowd of protesters the story has
    just named; for people hurt, the one force that has just used force on that crowd."""
    victim = coder.by_id.get(c.target or "")
    if victim is None or victim.actor is None or not victim.actor.country:
        return None
    if "COP" in victim.actor.roles:
        # "48 people were arrested and 21 officers injured", after police dispersed
        # protesters: the crowd police faced in that sentence or the two before it
        return _crowd_faced(coder, c, victim.actor.country)
    if victim.actor.roles and set(victim.actor.roles) <= {"CVL", "OPP"}:
        # "Police fired tear gas at protesters in Nairobi. At least 20 people were
        # injured": the force that used it on a crowd of theirs just before
        return _force_on_crowd(coder, c, victim.actor.country)
    if "MIL" not in victim.actor.roles:
        return None
    s = coder.sents[c.sentence]
    others = {eid for t in s for eid, _ in participants.entities_of(coder, t)
              if (e := coder.by_id.get(eid)) is not None and e.actor is not None
              and e.actor.country and e.actor.country != victim.actor.country
              and e.actor.country not in coder.igo_codes and "MIL" in e.actor.roles}
    return next(iter(others)) if len(others) == 1 else None


def _force_on_crowd(coder: Coder, c: Candidate, country: str) -> str | None:
    """The one police or military force of ``country`` that used force (CAMEO 17 to
    19) on the crowd of protesters :func:`_crowd_faced` finds, in the sentence of ``c``
    or one of the two before it, else None."""
    crowd = _crowd_faced(coder, c, country)
    if crowd is None:
        return None
    forces = {x.source for x in coder.found if x is not c and x.target == crowd
              and x.source is not None and not x.negated
              and x.modality in HAPPENED and x.code[:2] in ("17", "18", "19")
              and c.sentence - 2 <= x.sentence <= c.sentence
              and (e := coder.by_id.get(x.source)) is not None and e.actor is not None
              and e.actor.country == country and {"COP", "MIL"} & set(e.actor.roles)}
    return next(iter(forces)) if len(forces) == 1 else None


def _crowd_faced(coder: Coder, c: Candidate, country: str) -> str | None:
    """The one crowd of protesters (OPP, or named by a protester word) of ``country``
    that the sentence of ``c`` or one of the two before it names, else None."""
    crowd = evaluation_words().get("protester_noun", frozenset())
    found = set()
    for e in coder.entities:
        if e.actor is None or e.actor.country != country or e.type == "PERSON":
            continue
        words = {_singular(m.text.split()[-1].lower()) for m in e.mentions if m.text.split()}
        if "OPP" not in e.actor.roles and not words & crowd:
            continue
        if any(c.sentence - 2 <= coder.sent_of.get(t.i, -1) <= c.sentence
               for m in e.mentions for t in coder.doc.char_span(
                   m.start, m.end, alignment_mode="expand") or ()):
            found.add(e.id)
    if len(found) > 1:
        # ("dispersed thousands of protesters ... the demonstrators were protesting":
        # named twice, the crowd is the one force was just used on)
        found = {x.target for x in coder.found if x.target in found and not x.negated
                 and x.code[:2] in ("17", "18", "19")
                 and c.sentence - 2 <= x.sentence <= c.sentence}
    return next(iter(found)) if len(found) == 1 else None


def riots(coder: Coder, found: list[Candidate]) -> None:
    """Violence by protesters is a violent protest (CAMEO 145, "protest violently,
    riot"): "protesters stormed parliament", "demonstrators clashed with police",
    "rioters attacked a police station" -- not an armed assault (18x, 19x)."""
    crowd = evaluation_words().get("protester_noun", frozenset())
    for c in found:
        e = coder.by_id.get(c.source or "")
        if e is None or c.code[:2] not in ("18", "19") or c.code in _KILLINGS:
            continue  # (protesters who kill have killed: 186, 1823 stay)
        tok = c.source_tok
        words = [tok.lemma_.lower()] if tok is not None and tok.pos_ in ("NOUN", "PROPN") \
            and tok.lower_ not in _QUANTITIES \
            else [_singular(m.text.split()[-1].lower()) for m in e.mentions if m.text.split()]
        # ("thousands of demonstrators stormed": the counted crowd)
        if any(w in crowd for w in words):
            c.code = "145"


def mirrored(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """The other direction of an event reciprocal by nature (``_RECIPROCAL_CODES``):
    "the Taliban met with a US envoy" is the envoy meeting the Taliban too, as CAMEO
    codes it ("Kenya and Uganda met" gives both already)."""
    have = {(c.trigger.i, c.code, c.source, c.target) for c in found}
    out = []
    for c in found:
        if c.code not in _RECIPROCAL_CODES or c.source is None or c.target is None \
                or c.negated or (c.trigger.i, c.code, c.target, c.source) in have:
            continue
        tok = c.target_tok
        if tok is not None and (tok.dep_ == "poss" or any(
                k.dep_ == "poss" and coder.tok_entity.get(k.i) == c.target
                for k in coder.kids(tok))):
            continue  # "ratified Sweden's bid to join NATO": whose bid, not a partner
        out.append(dataclasses.replace(
            c, source=c.target, target=c.source, source_tok=c.target_tok,
            target_tok=c.source_tok, repeats=[],
            inferred=[_SWAPPED.get(x, x) for x in c.inferred]))
        have.add((c.trigger.i, c.code, c.target, c.source))
    return out


def custodian(coder: Coder, c: Candidate) -> tuple[str, Any, bool] | None:
    """Who a passive act puts someone "under", "in" or "into" the hands of, named
    by a word before the noun ("placed under police surveillance", "taken into
    military custody"): that actor, or the police or army of the country where it
    happened (flagged inferred: the text names the force, not which entity)."""
    t = c.trigger
    if t.pos_ not in ("VERB", "AUX") or not any(
            k.dep_ in ("auxpass", "nsubjpass") for k in t.children) or any(
            k.dep_ == "agent" for k in t.children):
        return None
    holds = evaluation_words().get("custody_noun", frozenset())
    for noun in arguments.prep_objects(coder, t, {"under", "in", "into"}):
        if noun.lemma_.lower() not in holds:
            continue  # ("arrested in a military hospital": no one's hands)
        for m in coder.kids(noun):
            if m.dep_ not in ("compound", "amod", "nmod") or m.i > noun.i:
                continue
            eid = coder.tok_entity.get(m.i)
            e = coder.by_id.get(eid or "")
            if e is not None and e.actor is not None and set(e.actor.roles) & _FORCES:
                return (e.id, m, False)
            role = coder.roles(m.lower_)
            force = next((r for r in role.roles if r in _FORCES),
                         None) if role is not None and role.kind == "group" else None
            iso = story_country(coder, c) if force is not None else None
            eid = institution(coder, iso, force) if iso and force else None
            if eid is not None:
                return (eid, m, True)
    return None


#: acts done to someone, whose "of" is whom they were done to: the event nouns of coercion,
#: reduced relations and force (anaphor_nouns.tsv: "detention", "closure", "shelling"), and
#: the acts of state (``state_act_noun``: "deportation", "expulsion"); not the acts whose
#: "of" may be their author (``authored_noun``: "the offensive of the army", "the
#: policies of the United States", "the sanctions of the EU")
_DONE_TO = (frozenset(w for w, roots in _ANAPHORS.items()
                      if roots and all(r[:2] in ("16", "17", "18", "19", "20") for r in roots))
            | evaluation_words()["state_act_noun"]) - evaluation_words()["authored_noun"]


def victims_spoken_of(coder: Coder, found: list[Candidate]) -> None:
    """"called for his death to be investigated", "condemned Haddad's murder": the
    one whose death or murder it is, is spoken of, not asked or accused; a
    condemnation is aimed at the killing's doer (as the events stage coded it), a
    demand at no one the text names."""
    victims = evaluation_words().get("victim_noun", frozenset()) | {"death"}
    by_trigger = {c.trigger.i: c for c in found}
    for c in found:
        tok = c.target_tok
        if tok is None or c.code[:2] not in ("02", "10", "11", "12"):
            continue
        # (the token found for the target: the possessor, the "of" object, or the
        # death noun itself, whose possessor the entity is)
        # ... and, judged or rejected, any act done to someone ("condemned the detention
        # of journalists", "rejected the closure of the stations": the jailer's, the
        # closer's act, not the jailed's)
        done_to = victims | (_DONE_TO if c.code[:2] in ("11", "12") else frozenset())
        noun = tok if tok.lemma_.lower() in done_to else tok.head if tok.dep_ == "poss" \
            else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if noun is None or noun.lemma_.lower() not in done_to or noun.i == c.trigger.i \
                or (noun.lemma_.lower() not in victims and tok.dep_ != "pobj" and not (
                    tok.i == noun.i and coder.child(noun, "poss") is None)):
            continue  # (but the possessor of any other act is its doer: "Washington's
            # policies", "Kenya's ban")
        if (tok.dep_ == "poss" or (tok.i == noun.i and coder.child(noun, "poss") is not None)) \
                and c.code[:2] in ("11", "12") and any(
                k.dep_ == "prep" and k.lower_ == "of" for k in coder.kids(noun)):
            continue  # "condemned Iran's execution of protesters": Iran executes (the
            # possessor found, or the noun it possesses)
        if c.code[:2] in ("02", "10") and (noun.head.i == c.trigger.i or (
                noun.dep_ == "pobj" and noun.head.head.i == c.trigger.i)):
            continue  # "called for the death of X": what is demanded is done to X
        # the killing itself, or the attack on the same victim reported before
        act = by_trigger.get(noun.i) or next(
            (a for a in reversed(found) if a.trigger.i < c.trigger.i
             and a.code[:2] in ("18", "19", "20") and a.target == c.target), None)
        doer = next((coder.child(k, "pobj") for k in noun.subtree
                     if k.lower_ == "by" and k.dep_ in ("prep", "agent")), None) \
            or arguments.by_agent(coder, noun)  # (a "by" the parser hung on the verb)
        named = [(e, x) for e, x in (participants.entities_of(coder, doer) if doer is not None
                                     else []) if e != c.source]
        if c.code[:2] in ("11", "12") and act is not None and act.source is not None \
                and act.source != c.source:
            c.target, c.target_tok = act.source, act.source_tok
        elif c.code[:2] in ("11", "12") and named:
            c.target, c.target_tok = named[0]  # "the killing of a protester by police"
        else:
            c.target, c.target_tok = None, None


def legal_targets(coder: Coder, found: list[Candidate]) -> None:
    """"Rights groups filed a lawsuit against the curfew", "challenged the curfew in
    court", "filed a motion claiming the state of emergency is unconstitutional", "sued
    to overturn the law": a legal action against a measure is aimed at whoever took
    the measure (:func:`anaphora.act_doers`: its "by" agent, the act coded at it, the
    act the text told before). A court petitioned or asked ("petitioned the Supreme
    Court", "a petition asking the court to annul the vote") is where the case is
    brought, not whom it is against; one sued is ("the tribunal was sued by ...")."""
    for c in found:
        tok = c.target_tok
        obj = coder.child(c.trigger, "dobj")
        forum = tok is not None and _lemma(c.trigger) != "sue" and (
            (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "before", "at"))
            # ("in court": where; "petitioned the Supreme Court": to whom, not against whom)
            or (tok.dep_ in ("dobj", "nsubjpass") and c.target is not None
                and _court(coder, c.target) and (
                    tok.head == c.trigger or (
                        tok.head.dep_ in ("acl", "xcomp", "advcl")
                        and tok.head.head in (c.trigger, obj)))))
        if (c.target is not None and not forum) or c.source is None or c.code[:3] != "115":
            continue
        for noun in _contested(coder, c.trigger):
            doers = anaphora.act_doers(coder, noun, c.trigger, found, frozenset({c.source}))
            if not doers and noun.pos_ == "PROPN":
                # "filed a case at the ICJ accusing Israel of genocide": the one accused
                doers = [(e, tok) for e, tok in participants.entities_of(coder, noun)
                         if e != c.source and coder.by_id[e].actor is not None
                         and not _court(coder, e)]
            if doers:
                c.target, c.target_tok = doers[0]
                break
        else:
            if forum:  # a court where the case was brought is not whom it was against
                c.target, c.target_tok = None, None


def _contested(coder: Coder, verb: Any) -> list[Any]:
    """The measures a legal action contests, nearest first: the verb's object, what
    its object (the lawsuit, the motion) is against or claims, what it sues to undo."""
    out: list[Any] = []
    obj = coder.child(verb, "dobj")
    if obj is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        obj = verb.head  # "a lawsuit filed by Texas which tried to overturn the results"
    heads = [verb] + ([obj] if obj is not None else [])
    for h in heads:
        for k in coder.kids(h):
            if k.dep_ == "prep" and k.lower_ in ("against", "over"):
                out += [g for g in coder.kids(k) if g.dep_ == "pobj"]
            elif k.dep_ == "prep" and k.lower_ == "for":
                # "petitioned for a ruling on the prorogation", "asked for an injunction
                # against the ban": what the ruling sought is on
                for sought in (g for g in coder.kids(k) if g.dep_ == "pobj"):
                    out += arguments.prep_objects(coder, sought, {"on", "against", "over"})
            elif k.dep_ in ("acl", "relcl", "xcomp", "advcl") and k.pos_ == "VERB":
                # "a motion claiming the emergency is unconstitutional", "sued to overturn
                # the law", "a lawsuit challenging the ban", "a lawsuit seeking to
                # overturn the results", "a petition asking the court to annul the vote"
                inner = coder.child(k, "ccomp")
                if inner is not None:
                    out += [g for g in coder.kids(inner) if g.dep_ in ("nsubj", "nsubjpass")]
                out += [g for g in coder.kids(k) if g.dep_ == "dobj"]
                undo = coder.child(k, "xcomp")
                if undo is not None:
                    out += [g for g in coder.kids(undo) if g.dep_ == "dobj"]
    if obj is not None and obj.pos_ == "NOUN":
        out.append(obj)  # "challenged the curfew in court"
    return out


def state_respondents(coder: Coder, found: list[Candidate]) -> None:
    """A court that rules an act of state unlawful, or a legal action that contests one
    ("sued to overturn the election results", "petitioned for a ruling on the
    prorogation", "ruled that the closure of the border was unconstitutional"), with
    no doer named, is against the state that took it: the country of the court or of
    whoever brought the action, as the text names it (the country itself, else its
    government); flagged ``inferred``. Acts of state only
    (:func:`statements.public_measure`: a lawsuit over a death, the closure of a
    factory name no respondent), not a court of a body of states, not a measure that
    names another country ("over the US sanctions") or a doer, not a state's own
    government suing."""
    for c in found:
        if c.target is not None or c.source is None or c.negated \
                or c.code[:3] not in ("115", "116") or _declined(coder, c.trigger):
            continue
        country = coder.country(c.source)
        actor = coder.by_id[c.source].actor
        if not country or country in coder.igo_codes or (
                c.code[:3] == "115" and actor is not None
                and set(actor.roles) & {"GOV", "LEG"}):
            continue  # (a state's own government that sues does not sue itself)
        nouns = _contested(coder, c.trigger) if c.code[:3] == "115" \
            else _ruled_on(coder, c.trigger)
        measure = next((n for n in nouns if statements.public_measure(coder, n)), None)
        if measure is None or any(
                (x.i in coder.tok_entity
                 and coder.country(coder.tok_entity[x.i]) not in (None, country))
                # ("the dismissal of the workers by the bank", "the bank's closure of
                # the account": a doer named, if uncoded)
                or x.dep_ in ("agent", "poss") or (x.dep_ == "prep" and x.lower_ == "by")
                for x in measure.subtree):
            continue
        home = home_of(coder, country, besides=c.source) \
            or government_of(coder, country, besides=c.source)
        if home is None:
            continue
        c.target, c.target_tok = home, None
        c.inferred.append("target")


def _declined(coder: Coder, verb: Any) -> bool:
    """Is ``verb`` denied or declined ("did not find that", "declined to rule that")?"""
    return coder.child(verb, "neg") is not None or (
        verb.dep_ == "xcomp" and (_lemma(verb.head) in ("decline", "refuse", "fail")
                                  or coder.child(verb.head, "neg") is not None))


def _ruled_on(coder: Coder, verb: Any) -> list[Any]:
    """What a court's ruling verb finds on: its object ("found the suspension
    unlawful") or the subject of the clause it reports ("ruled that the closure ...
    was unconstitutional")."""
    clause = coder.child(verb, "ccomp")
    return [x for x in (coder.child(verb, "dobj"),
                        coder.child(clause, "nsubj", "nsubjpass") if clause is not None
                        else None) if x is not None]


#: what a judgement says an act or a rule is that, said by a court, finds it against the law
_UNLAWFUL = evaluation_words()["unlawful_word"]
#: the verbs by which a court finds ("ruled that ...", "found that ...")
_RULINGS = event_words()["court_finding_verb"] | event_words()["finding_verb"]


def court_findings(coder: Coder, found: list[Candidate]) -> None:
    """"The Court of Session found the prorogation unlawful", "Kenya's Supreme Court
    ruled that the election was unlawful": a court that rules an act or a rule unlawful
    does not criticise it (CAMEO 111), it finds its doer liable in law (116) -- the
    doer, never whom the act was done to ("found the detention of the refugees
    unlawful": not the refugees; the state that held them, if the text codes it). Only
    a ruling: the court's own verb of finding, outside a quotation, not denied ("neither
    illegal nor unconstitutional"); lawyers or prosecutors who say an act is illegal,
    or a minister, still criticise."""
    for c in found:
        if c.code != "111" or c.source is None or c.negated or not _court(coder, c.source) \
                or coder.quote_at(c.trigger) is not None:
            continue
        t = c.trigger
        if _lemma(t) in _RULINGS:  # "found the suspension unlawful"
            ruling = t
            word = next((k for k in coder.kids(t) if k.dep_ in ("acomp", "oprd", "ccomp")
                         and k.lemma_.lower() in _UNLAWFUL), None)
            judged = coder.child(t, "dobj") or (
                coder.child(word, "nsubj") if word is not None else None)
        else:  # "ruled that the election was unlawful"
            clause = t.head if t.dep_ == "acomp" else t
            ruling, word = clause.head, t
            if clause.dep_ != "ccomp" or _lemma(ruling) not in _RULINGS:
                continue  # ("lawyers said the detention was unlawful": no finding)
            judged = coder.child(clause, "nsubj", "nsubjpass")
        if word is None or word.lemma_.lower() not in _UNLAWFUL or any(
                k.dep_ in ("neg", "preconj") for k in coder.kids(word)):
            continue
        if _declined(coder, ruling):
            c.negated = True  # "did not find that ...", "declined to rule that ..."
            continue
        c.code = "116"
        if not any(x.trigger.i == ruling.i for x in found):
            c.trigger = ruling  # the court's own verb is the evidence, as for the
            # findings statements.py codes
        if judged is not None and judged.pos_ == "NOUN" and any(
                k.dep_ == "prep" and k.lower_ == "of" for k in coder.kids(judged)):
            # "the detention of the refugees": whose act it was, not whom it was done to
            doer = next((x for x in found if x.trigger.i == judged.i and x.source is not None
                         and x.source != c.source), None)
            c.target, c.target_tok = (doer.source, doer.source_tok) if doer is not None \
                else (None, None)


#: how an act is said to have been done that says it was a wrong ("wrongfully jailed")
_WRONGFUL = evaluation_words()["wrongful_adverb"]
#: verbs by which one says an act done was a wrong
_SAYING = event_words()["plain_speech"] | evaluation_words()["accusing_verb"] | frozenset(
    {"complain", "write", "testify"})


def wrongful_acts(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """"The activist said he was wrongfully imprisoned", "his lawyers said she had been
    arbitrarily detained by Turkish police": to say an act of force or coercion was
    done wrongfully is to accuse its doer (112) -- whoever the text or its conventions
    made the act's doer; the act itself stays coded. Not when the speaker is that doer."""
    out: list[Candidate] = []
    taken = {c.trigger.i for c in found}
    for c in list(found):
        t = c.trigger
        if c.code[:2] not in ("17", "18", "19", "20") or c.source is None or c.negated \
                or c.modality != "asserted" or not any(
                k.dep_ == "advmod" and k.lower_ in _WRONGFUL for k in coder.kids(t)):
            continue  # (not what is denied: "said police had not arbitrarily detained")
        clause = t
        while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
            clause = clause.head
        said = clause.head
        if clause.dep_ != "ccomp" or _lemma(said) not in _SAYING or said.i in taken:
            continue
        subj = coder.child(said, "nsubj") or (
            # "jumped on stage and claimed he was wrongfully imprisoned": the shared one
            arguments.subject(coder, said) if said.dep_ == "conj" else None)
        speakers = [(e, tok) for e, tok in (participants.entities_of(coder, subj)
                                            if subj is not None else [])
                    if e != c.source and coder.by_id[e].actor is not None
                    and not _court(coder, e)]  # (a court that says so finds; see above)
        out.extend(Candidate(code="112", source=e, target=c.source, trigger=said,
                             sentence=c.sentence, source_tok=tok, target_tok=c.source_tok)
                   for e, tok in speakers)
        taken.add(said.i)
    return out


def judged_acts(coder: Coder, found: list[Candidate]) -> None:
    """"The UN condemned the execution of four protesters in Iran": a judgement of an
    act only a state does (an execution, an arrest, a detention, a crackdown) whose
    doer the text leaves unnamed is aimed at the state where it happened -- only a
    country named in the act's own phrase, never the sentence's other places; flagged
    inferred. A killing or a kidnapping may be anyone's: no target is guessed."""
    for c in found:
        if c.target is not None or c.code[:2] not in ("11", "12") \
                or coder.quote_at(c.trigger) is not None:
            continue
        act = _judged_act(coder, c.trigger)
        if act is None:
            continue
        iso = next((p.country for p in coder.places if p.country for m in p.mentions
                    for t in [coder.doc.char_span(m.start, m.end, alignment_mode="expand")]
                    if t is not None and t.root.dep_ == "pobj" and t.root.head.lower_ == "in"
                    and act.left_edge.i <= t.root.i <= act.right_edge.i), None)
        eid = institution(coder, iso, "country") if iso else None
        if eid is not None and eid != c.source:
            c.target = eid
            c.inferred.append("target")


def _judged_act(coder: Coder, verb: Any) -> Any:
    """The act of force a judging verb is about, if its doer goes unnamed: the object
    ("condemned the execution of ...") or what outrage or condemnation is expressed
    over."""
    objs = [coder.child(verb, "dobj")] + [
        coder.child(p, "pobj") for p in coder.kids(verb)
        if p.dep_ == "prep" and p.lower_ in ("over", "about", "at")]
    for obj in objs:
        if obj is None or obj.pos_ != "NOUN":
            continue
        if obj.lemma_.lower() in ("outrage", "condemnation", "criticism") and obj.dep_ == "dobj":
            obj = next((coder.child(p, "pobj") for p in coder.kids(obj)
                        if p.dep_ == "prep" and p.lower_ in ("over", "about", "at", "of")), None)
            if obj is None:
                continue
        # acts only a state does: arrests, detentions, executions, crackdowns,
        # expulsions (a killing or a kidnapping may be anyone's)
        patterns = coder.lex.nouns.get(obj.lemma_.lower(), [])
        force = obj.lemma_.lower() == "execution" or any(p.code[:2] == "17" for p in patterns)
        if force and not any(k.dep_ == "poss" for k in coder.kids(obj)) and not any(
                k.i > obj.i and (k.dep_ == "agent" or (k.dep_ == "prep" and k.lower_ == "by"))
                and arguments.within_clause(k, verb) for k in verb.subtree):
            return obj  # ("the arrest of a protester by police": a doer named)
    return None


#: giving aid (07x) and promising it (033x)
_AID_CODES = ("07", "033", "162")  # (and aid cut: "suspended development aid")


def the_dead(coder: Coder, found: list[Candidate]) -> None:
    """Those who die in an attack are whom it harmed ("twelve soldiers died in a Taliban
    attack on a checkpoint in Kandahar": the soldiers, not the town), where the attack
    names no actor it was aimed at."""
    for c in found:
        t = c.trigger
        if c.code[:2] not in ("18", "19", "20") or t.pos_ != "NOUN" or t.dep_ != "pobj" \
                or t.head.lower_ not in ("in", "during") or _lemma(t.head.head) not in _DYING:
            continue
        aimed = coder.by_id.get(c.target or "")
        if aimed is not None and aimed.actor is not None and aimed.type not in (
                "GPE", "LOC", "FAC"):
            continue  # ("died in an attack on a police station": the police)
        dead = coder.child(t.head.head, "nsubj")
        # (where it struck: the place it names, or the one the sentence names)
        where = coder.country(c.target) if aimed is not None else story_country(
            coder, c, named_only=True)
        doer = coder.country(c.source) if c.source is not None else None
        victims = [(e, x) for e, x in (participants.entities_of(coder, dead)
                                       if dead is not None else [])
                   if coder.code(e) and e != c.source and (
                       # (of the place attacked, where it is known: "two journalists died
                       # in an Israeli airstrike on a house in southern Lebanon" are not
                       # Israel's; else not given the story's country if it is the doer's)
                       coder.country(e) == where if where else not (
                           _by_context(coder, e) and coder.country(e) in (doer, None)))]
        if c.source is None or "source" in c.inferred:
            # (with no doer named, armed men who die in an attack are its doers: "three
            # suicide bombers died in an attack on a hotel")
            victims = [(e, x) for e, x in victims if not _ARMED_ROLES & set(
                coder.by_id[e].actor.roles if coder.by_id[e].actor else ())]
        if victims:
            c.target, c.target_tok = victims[0]


#: roles of those who carry out attacks
_ARMED_ROLES = frozenset({"UAF", "INS", "REB", "CRM", "SEP"})


def _by_context(coder: Coder, eid: str) -> bool:
    """Was the country of entity ``eid`` only the story's, no word of its own?"""
    e = coder.by_id.get(eid)
    return e is not None and e.actor is not None and any(
        v.kind == "context" for v in e.actor.evidence)


def attack_targets(coder: Coder, found: list[Candidate]) -> None:
    """An attack whose text names no target actor is on the country where it
    struck ("a car bomb hit an army post outside Ghazni" -> AFG,
    "twin bombings struck the Magsaysay Arcade in Davao, Philippines" -> PHL), as
    event data codes a place attacked: only with a place named in a prepositional
    phrase of the sentence ("in", "near", "on") or the dateline, never the doer's own
    name or the article's most named country; flagged inferred."""
    for c in found:
        if (c.target is not None and (coder.country(c.target) or coder.code(c.target))) \
                or c.code[:2] not in ("18", "19", "20") \
                or coder.quote_at(c.trigger) is not None:
            continue  # (a target with no code, "the Magsaysay Arcade", gives way; people
            # coded by a role alone, "killing several militants", do not)
        if _shot_down(coder, c):
            # "the air force shot down 84 of the missiles fired at the country": at
            # whoever fired them, the last attacker of the shooter's country told before
            doer = _last_attacker(coder, found, c)
            if doer is not None:
                c.target = doer
                c.inferred.append("target")
            continue
        iso = story_country(coder, c, named_only=True)
        if iso is None:
            continue
        site = coder.child(c.trigger, "dobj") or next(
            iter(arguments.prep_objects(coder, c.trigger, {"on"})), None)
        # ("attacked a military base in Arauca, killing two soldiers", "ambushed a
        # military convoy": its army, if named)
        military = site is not None and (site.lemma_.lower() in _MILITARY_SITES or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in _MILITARY_MODIFIERS
            for c in coder.kids(site)))
        eid = institution(coder, iso, "MIL" if military else "country")
        if eid is None or (eid == c.source and "source" not in c.inferred):
            # ("in retaliation for an Iranian missile attack", datelined Tehran: a state
            # named as the doer does not strike itself; a doer inferred from the place,
            # the convention's own self-dyad, does)
            continue
        c.target = eid
        c.inferred.append("target")


def _shot_down(coder: Coder, c: Candidate) -> bool:
    """Is ``c`` a shooting down or an interception of missiles, drones or aircraft?"""
    t = c.trigger
    if _lemma(t) not in ("shoot", "intercept", "down", "destroy", "neutralize", "neutralise"):
        return False
    # what follows the verb, however parsed ("shot down 84 of the 127 missiles fired at
    # the country" is parsed with "84" the subject of "fired")
    for x in coder.toks[t.i + 1:t.i + 9]:
        if x.is_punct or (x.pos_ == "VERB" and x.dep_ != "prt"):
            return False
        if x.pos_ == "NOUN" and x.lemma_.lower() in _AIRBORNE:
            return True
    return False


def _last_attacker(coder: Coder, found: list[Candidate], c: Candidate) -> str | None:
    """The doer of the last attack before ``c`` by another country than its doer's."""
    home = coder.country(c.source)
    before = [x for x in found if x.trigger.i < c.trigger.i and x.source is not None
              and x.code[:2] in ("18", "19", "20") and x is not c
              and coder.country(x.source) not in (None, home)]
    return max(before, key=lambda x: x.trigger.i).source if before else None


def aid_targets(coder: Coder, found: list[Candidate]) -> None:
    """Aid given, pledged or cut with no recipient named goes to where it is given
    ("pledged aid for flood victims in Sindh" -> PAK) or, with no place of its
    own, to the dateline's country ("DHAKA -- Japan pledged $120 million in emergency
    aid" -> BGD); never the giver's own; flagged inferred. (Not any place of the
    sentence: "allocate funding for a wall along the border with Mexico" gives
    nothing to Mexico.)"""
    dateline = coder.dateline_country()
    for c in found:
        if (c.target is not None and coder.country(c.target)) \
                or not c.code.startswith(_AID_CODES) or coder.quote_at(c.trigger) is not None:
            continue
        s = coder.sents[c.sentence]
        here = [p.country for p in coder.places if p.country for m in p.mentions
                if s.start_char <= m.start < s.end_char
                and (tok := coder.doc.char_span(m.start, m.end, alignment_mode="expand"))
                is not None and locative_of(tok.root, c.trigger)]
        iso = here[0] if here else (_struck(coder, c.sentence) or dateline)
        if iso is None or iso == coder.country(c.source):
            continue
        eid = institution(coder, iso, "country")
        if eid is None or eid == c.source:
            continue
        c.target = eid
        c.inferred.append("target")


def _struck(coder: Coder, sentence: int) -> str | None:
    """The country of the place a disaster told in this sentence or the one before
    struck ("an earthquake struck southern Turkey", "floods in Libya"), if one."""
    for n in (sentence, sentence - 1):
        if n < 0 or n >= len(coder.sents):
            continue
        for t in coder.sents[n]:
            if t.pos_ != "NOUN" or _lemma(t) not in _DISASTERS:
                continue
            # the clause it is the subject of, or its own phrase
            span = t.head if t.dep_ in ("nsubj", "nsubjpass") else t
            lo = min(x.idx for x in span.subtree)
            hi = max(x.idx + len(x.text) for x in span.subtree)
            for p in coder.places:
                if p.country and any(lo <= m.start and m.end <= hi for m in p.mentions):
                    return p.country
    return None


#: nouns for people, of any kind: whom a conviction takes into custody
_HUMAN_NOUNS = event_words()["people"] | event_words()["person_objects"] \
    | event_words()["crowd_noun"]
#: what a court can uphold that is no custody ("upheld the fine")
_PENALTIES_PAID = evaluation_words()["paid_penalty"]


def convicted_people(coder: Coder, found: list[Candidate]) -> None:
    """A person or people found guilty are detained (173), as the CAMEO manual has it
    for 116: "this event form refers typically to rulings against non-individuals
    ... When individuals are found guilty and are therefore detained, use 173 instead"
    ("a Cairo court convicted 12 activists", "found Ilya Yashin guilty", "upheld the
    prison sentence of Osman Kavala"). A state, a firm or a party found guilty or
    liable, a civil liability ("found liable") and a fine upheld stay 116."""
    for c in found:
        if c.code != "116" or c.target is None:
            continue
        t = c.trigger
        lemma = _lemma(t) if t.pos_ in ("VERB", "AUX") else t.lemma_.lower()
        guilty = next((k for k in coder.kids(t) if k.lower_ == "guilty"), None)
        if lemma == "find" and guilty is None:
            continue
        if guilty is not None and any(k.dep_ == "neg" for k in coder.kids(guilty)):
            c.negated = True  # "found the doctors not guilty": no finding, an acquittal
            continue
        if any(x.lower_ == "absentia" for x in t.subtree) or any(
                x.lower_ == "absentia" for x in coder.kids(t.head) if t.dep_ == "conj"):
            continue  # "convicted in absentia": no one taken into custody
        if lemma == "uphold" and any(k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower()
                                     in _PENALTIES_PAID for k in coder.kids(t)):
            continue
        if lemma not in ("convict", "conviction", "find", "uphold", "pronounce"):
            continue
        e = coder.by_id.get(c.target)
        tok = c.target_tok
        if e is not None and (e.type == "PERSON" or (
                e.type not in ("GPE", "LOC", "FAC") and tok is not None
                and tok.pos_ == "NOUN" and tok.lemma_.lower() in _HUMAN_NOUNS)):
            c.code = "173"


def expelled_diplomats(coder: Coder, found: list[Candidate]) -> None:
    """"Lithuania's expulsion of two Belarusian diplomats", "the expulsion of the
    ambassador by Niger": diplomats expelled are a cut in relations (161), as the
    CAMEO manual has it (166: "when diplomats are withdrawn or expelled, use 161"),
    not the expulsion of a person (174). (The verb's table rows say so by their
    object; an event noun's rows constrain no object.)"""
    diplomats = evaluation_words()["diplomat_noun"]
    for c in found:
        tok = c.target_tok
        if c.code == "174" and tok is not None and tok.pos_ == "NOUN" \
                and tok.lemma_.lower() in diplomats:
            c.code = "161"


def joint_exercises(coder: Coder, found: list[Candidate]) -> None:
    """"The United States and South Korea began joint naval exercises", "India held
    joint drills with France": exercises held together are military cooperation (062),
    each side with the other, not a show of force (150) at no one."""
    by_trigger: dict[int, list[Candidate]] = {}
    for c in found:
        if c.code == "150" and c.source is not None:
            by_trigger.setdefault(c.trigger.i, []).append(c)
    for cands in by_trigger.values():
        t = cands[0].trigger
        obj = coder.child(t, "dobj")
        joint = obj is not None and any(k.dep_ == "amod" and k.lower_ in ("joint", "combined")
                                        for k in coder.kids(obj))
        homes = {coder.country(c.source) for c in cands}
        partners = [e for x in arguments.prep_objects(coder, t, {"with"})
                    + (arguments.prep_objects(coder, obj, {"with"}) if obj is not None else [])
                    if x.lemma_.lower() not in _HARDWARE and not any(
                        k.lower_.endswith(("-made", "-supplied", "-built")) or k.lower_ in (
                            "made", "supplied", "built") for k in x.subtree)
                    for e, _ in participants.entities_of(coder, x)
                    if coder.country(e) and coder.country(e) not in homes
                    and not arguments.weapon(coder, e)]
        # (not "drills with US-made F-16 jets", nor its own units: "with its frontline
        # units", "with the Chinese coast guard")
        sources = list(dict.fromkeys(c.source for c in cands if c.source is not None))
        if len(sources) == 2 and (joint or partners):
            for c in cands:
                c.code = "062"
                c.target = sources[1] if c.source == sources[0] else sources[0]
                c.target_tok = None
        elif len(sources) == 1 and partners:  # "held naval drills with China"
            for c in cands:
                c.code, c.target, c.target_tok = "062", partners[0], None


def judged_deeds(coder: Coder, found: list[Candidate]) -> None:
    """'"The murder of Ahmed Saleh is unacceptable," said Anna Weiss', "called the
    killing a crime": a criticism that names no one, whose words judge an act the text
    told and coded before ("the murder", "the killing"), is aimed at that act's doer --
    whoever the text or its conventions made the doer -- flagged inferred. Never at the
    judge's own side, nor at the judge's own country when the conventions made it the
    doer (a union that calls a murder horrific does not blame its state)."""
    for c in found:
        if c.code[:2] != "11" or c.source is None or c.target is not None:
            continue
        t = c.trigger
        sent = coder.sents[c.sentence]
        quote = coder.quote_at(t)
        nouns = [x for x in coder.doc[sent.start:sent.end]
                 if x.pos_ == "NOUN" and x.dep_ in ("nsubj", "nsubjpass", "dobj")
                 and (x.head.i == t.i or x.head.head.i == t.i
                      or (quote is None and any(q.start <= x.idx < q.end and q.speaker ==
                                                c.source for q in coder.quotes)))]
        besides = statements._side(coder, c.source)
        home = coder.country(c.source)
        # (the judge's own country, where the conventions made it an earlier act's doer)
        own = {x.source for x in found if home and x.trigger.i < t.i and x.source
               and "source" in x.inferred and coder.country(x.source) == home}
        for noun in nouns:
            doers = [(e, tok) for e, tok in anaphora.act_doers(coder, noun, t, found, besides,
                                                                c.code)
                     if e != c.source and e not in own]
            if doers:
                c.target, c.target_tok = doers[0]
                c.inferred.append("target")
                break


def own_forces(coder: Coder, found: list[Candidate]) -> None:
    """"He had ordered heightened alert from troops", "the minister deployed soldiers":
    a state that puts its own forces on alert, mobilises or deploys them (15x) does not
    aim at them; the one it aims at is named otherwise, or no one is."""
    for c in found:
        if c.code[:2] != "15" or c.target is None or c.source is None:
            continue
        home = coder.country(c.source)
        if home and coder.country(c.target) == home \
                and ent_roles(coder, c.target) & {"MIL", "COP", "SPY"} \
                and not ent_roles(coder, c.target) & {"GOV", "REB", "INS", "UAF", "OPP"}:
            c.target, c.target_tok = None, None


#: the forces of a state and armed groups, whose searches are raids and whose blocking
#: is a blockade ("Houthi rebels blocked ships in the Red Sea")
_STATE_FORCES = frozenset({"COP", "MIL", "SPY", "JUD", "GOV", "REB", "INS", "UAF", "CRM"})
#: a state's own organs that hold people (not armed groups)
_OFFICIAL_FORCES = frozenset({"COP", "MIL", "SPY", "JUD", "GOV"})
#: who strike by stopping work: workers, teachers, doctors, students, farmers, traders,
#: journalists, civilians and the opposition
_WORKING = frozenset({"LAB", "EDU", "HLH", "AGR", "BUS", "MED", "CVL", "OPP", "REL"})
#: whom a search for is a rescue's ("searched the house for survivors")
_SOUGHT_ALIVE = event_words()["sought_alive"]
#: craft sent near a country as a show of force, unless sent to do something
_CRAFT = event_words()["craft_noun"]
#: purposes that make craft sent a deployment still ("to encircle Taiwan")
_FORCE_PURPOSES = event_words()["force_purpose"]
#: weapons and craft: an attack by them is by force, whatever it hits
_HARDWARE = event_words()["airborne"] | event_words()["military_hardware"]


def misread(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """Readings of a table row that its doer or its phrases undo: a search by rescuers
    or for survivors is no raid ("firefighters searched the house for survivors");
    regret expressed to no one and for nothing of one's own is no apology ("expressed
    regret over the decision"); craft sent on a mission are no show of force ("sent a
    patrol ship to search for missing fishermen"); the release of a thing frees no one;
    a strike by no one who works is no labour strike; a convoy blocked by people who
    are no state's force nor armed group is obstructed, a protest (144), not a blockade
    (191: "farmers blocked the president's convoy"); and a strike by drones or missiles
    is by force, not by computer ("drones targeted a data center")."""
    out = []
    for c in found:
        t = c.trigger
        lemma = _lemma(t) if t.pos_ in ("VERB", "AUX") else t.lemma_.lower()
        e = coder.by_id.get(c.source or "")
        a_state = e is not None and e.type == "GPE" and e.actor is not None \
            and e.actor.code == e.actor.country  # (a country itself)
        roles = ent_roles(coder, c.source)
        state = bool(roles & _STATE_FORCES) or a_state
        official = bool(roles & _OFFICIAL_FORCES) or a_state
        sought = arguments.prep_objects(coder, t, {"for"})
        obj = coder.child(t, "dobj")
        if c.code == "171" and lemma == "seize" and official and obj is not None \
                and obj.lemma_.lower() in event_words()["wanted_noun"]:
            c.code = "173"  # "police seized two suspects": an arrest
        if c.code == "181" and lemma == "seize" and official:
            c.code = "173"  # people a state's forces seize are detained ("the coast guard
            # seized fishermen"), not abducted as by gunmen ("seized 15 passengers")
        if c.code == "087" and obj is not None and obj.lemma_.lower() == "operation" \
                and roles & {"NGO", "IGO"} and "MIL" not in roles \
                and not any(k.dep_ in ("amod", "compound") for k in coder.kids(obj)):
            c.code = "1623"  # an aid agency suspending its operations cuts its aid ("MSF
            # suspended its operations in Haiti"), no military de-escalation
        if c.code == "015" and lemma == "claim" and official and not any(
                x.lemma_.lower() in _OWNING for x in coder.kids(t)):
            continue  # (a state's forces claiming a kill report a battle: "the army claimed
            # it had killed 40 militants"; the act is coded, no admission)
        if c.code == "171" and lemma == "search" and (
                not state or any(x.lemma_.lower() in _SOUGHT_ALIVE for x in sought)):
            continue  # (a search for survivors is a rescue; troops searching homes for
            # weapons raid them)
        if c.code == "055" and lemma == "express" and obj is not None \
                and obj.lemma_.lower().startswith("regret") and not (
                    arguments.prep_objects(coder, t, {"to", "for"})
                    or arguments.prep_objects(coder, obj, {"to", "for"})):
            continue  # (regret to someone, or for one's own act, is an apology: "expressed
            # regret for the killing of seven aid workers")
        if c.code == "154" and lemma == "send" and obj is not None \
                and obj.lemma_.lower() in _CRAFT and any(
                    k.dep_ in ("advcl", "xcomp") and _lemma(k) not in _FORCE_PURPOSES and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in coder.kids(k))
                    for k in coder.kids(t)):
            continue  # "sent a patrol ship to search for missing fishermen": a mission,
            # no show of force
        told_doer = arguments.by_agent(coder, t) is not None or any(
            k.dep_ == "poss" for k in coder.kids(t))
        if c.code[:2] in ("08", "12") and t.pos_ == "NOUN" and lemma == "release" and (
                c.target is None or not people(coder, c.target) or not told_doer
                or (coder.by_id[c.target].type == "ORG" and not ent_roles(coder, c.target))):
            continue  # "the release of the report by the UN": no one freed; "mediation by
            # Qatar failed to secure the release of the hostages": no one named frees them
        if c.code == "143" and lemma == "strike" and (
                state or not ent_roles(coder, c.source) & _WORKING):
            continue  # "oil workers struck", "the strike by doctors": a labour strike only
            # by people who work; a state's or an armed group's strike is an attack, which
            # its own words code ("Israel struck overnight, killing 12"), and one by no one
            # named is nothing
        if c.code[:2] == "11" and _claimed_in_filing(coder, t, found):
            continue  # "filed a motion claiming the state of emergency is unconstitutional":
            # the grounds of a legal action, which is coded (115), are no second event
        if c.code == "191" and lemma in ("block", "turn") and not state:
            c.code = "144"
        if c.code == "176" and c.source_tok is not None \
                and c.source_tok.lemma_.lower() in _HARDWARE:
            c.code = "190"
        out.append(c)
    return out


#: a filing by which a legal action is brought ("a motion claiming ...")
_FILINGS = event_words()["filing_noun"]


def _claimed_in_filing(coder: Coder, t: Any, found: list[Candidate]) -> bool:
    """Is ``t`` said in the clause by which a filing the text codes as a legal action
    (115) makes its claim ("a motion claiming the emergency is unconstitutional", "a
    lawsuit alleging that the ban was illegal"), or by which its bringer does ("filed a
    lawsuit, alleging that the ban was illegal")?"""
    filed = {c.trigger.i for c in found if c.code[:3] == "115"}
    h = t
    while h.dep_ in ("ccomp", "acomp", "oprd", "conj", "xcomp") and h.head is not h:
        h = h.head
    if h.dep_ == "advcl" and h.tag_ == "VBG" and h.head.i in filed:
        return True  # "filed a lawsuit against the government, alleging the ban was illegal"
    if h.dep_ != "acl" or h.head.lemma_.lower() not in _FILINGS:
        return False
    filing = h.head
    return filing.i in filed or filing.head.i in filed


#: who attack by computer ("hackers")
_CYBER_DOERS = event_words()["cyber_doer"]
#: acts a hacker's attack, breach or strike would otherwise be coded as
_CYBER_READINGS = frozenset({"128", "180", "190", "1711"})


def cyber_attacks(coder: Coder, found: list[Candidate]) -> None:
    """"Iranian hackers attacked the website of Israel's water authority", "Chinese
    hackers breached the Treasury": what hackers attack, breach or hit they attack by
    computer (176), not by force or defiance (``cyber_doer``)."""
    for c in found:
        tok = c.source_tok
        if c.code not in _CYBER_READINGS or tok is None or c.trigger.pos_ != "VERB":
            continue
        words = {tok.lemma_.lower(), *(k.lemma_.lower() for k in coder.kids(tok)
                                       if k.dep_ in ("compound", "amod"))}
        if words & _CYBER_DOERS or (tok.lemma_.lower() in ("group", "unit")
                                    and any(w.startswith(("hack", "cyber")) for w in words)):
            c.code = "176"


def expelled_envoys(coder: Coder, found: list[Candidate]) -> None:
    """Diplomats a country expels, their country not said, are of the one other
    country the sentence names ("Britain said Russia was behind the poisoning and
    expelled 23 diplomats" -> Russia), not of the story's country (flagged inferred)."""
    extra: list[Candidate] = []
    for c in found:
        if c.code != "161" or c.target is None or c.source is None:
            continue
        target = coder.by_id.get(c.target)
        home = coder.country(c.source)
        if target is None or target.actor is None or coder.country(c.target) != home \
                or not any(x.kind == "context" for x in target.actor.evidence):
            continue
        # (the parse may hang the "from" on the verb: "expelled diplomats | from X")
        sent_from = _countries_from(coder, c.target_tok, home) \
            or _countries_from(coder, c.trigger, home)
        if sent_from:
            # "expelled diplomats from seven countries, including Argentina and Chile":
            # the countries the text sends them from, each
            c.target = sent_from[0]
            extra += [dataclasses.replace(c, target=e, repeats=[], inferred=list(c.inferred))
                      for e in sent_from[1:]]
            continue
        s = coder.sents[c.sentence]
        others = {e.actor.code for e in coder.entities if e.type == "GPE" and e.actor
                  and e.actor.code and e.actor.code != home and len(e.actor.code) == 3
                  and any(s.start_char <= m.start < s.end_char for m in e.mentions)}
        if len(others) != 1:
            continue
        eid = institution(coder, others.pop(), "country")
        if eid is not None:
            c.target = eid
            c.inferred.append("target")
    found.extend(extra)


def _countries_from(coder: Coder, tok: Any, home: str | None) -> list[str]:
    """The country entities named in the "from" phrase of ``tok`` ("diplomats from
    seven Latin American countries, including Argentina, Chile and Peru"), not
    ``home``."""
    if tok is None:
        return []
    out: list[str] = []
    for p in coder.kids(tok):
        if p.dep_ != "prep" or p.lower_ != "from":
            continue
        for x in p.subtree:
            eid = coder.tok_entity.get(x.i)
            e = coder.by_id.get(eid or "")
            if e is not None and e.type == "GPE" and e.actor is not None \
                    and e.actor.code == e.actor.country and e.actor.country != home \
                    and eid not in out:
                out.append(str(eid))
    return out


def reporting_authority(coder: Coder, t: Any) -> str | None:
    """The police, court, prosecutor or government official who says or announces
    the clause ``t`` is in (its speech verb's subject), if any."""
    h = t
    for _ in range(4):
        if h.dep_ not in ("ccomp", "conj", "xcomp") or h.head.i == h.i:
            if h.head.i == h.i:
                return None
            h = h.head
            continue
        gov = h.head
        if _lemma(gov) in _SPEECH:
            subj = coder.child(gov, "nsubj")
            if subj is None or subj.lemma_.lower() in _ADVOCATES:
                return None  # ("was released from prison, his lawyers said": theirs to
                # tell, not their doing)
            eid = coder.tok_entity.get(subj.i) or participants.entity_of(coder, subj, 2)
            e = coder.by_id.get(eid or "")
            if e is not None and e.actor is not None and set(e.actor.roles) & {
                    "COP", "JUD", "GOV", "MIL", "SPY"}:
                return eid
            return None
        h = gov
    return None


#: nouns of areas a place's name goes before ("Baluchistan province", "Idlib region")
_AREA_NOUNS = place_words()["place_noun"]


def story_country(coder: Coder, c: Candidate, named_only: bool = False) -> str | None:
    """The country where an event happened: a place in the trigger's own phrase
    ("killed in a car bombing in central Baghdad", "near the town of Samarra"),
    else a place named in its sentence (towns before countries; not a modifier
    such as "anti-Syria"), else the dateline's, else the country the article
    names most."""
    s = coder.sents[c.sentence]
    best: tuple[int, str] | None = None
    for p in coder.places:
        if not p.country:
            continue
        for m in p.mentions:
            if not s.start_char <= m.start < s.end_char:
                continue
            tok = coder.doc.char_span(m.start, m.end, alignment_mode="expand")
            head = tok.root if tok is not None else None
            if head is not None and head.dep_ in ("compound", "poss") \
                    and head.head.dep_ == "pobj" and head.head.lemma_.lower() in _AREA_NOUNS:
                head = head.head  # "in Pakistan's Baluchistan province": the province's
            if head is None or head.dep_ in ("amod", "compound", "nmod", "poss"):
                continue
            visited = head.dep_ == "dobj" and _lemma(head.head) in _PLACE_VERBS
            if named_only and not (head.dep_ == "pobj" or visited or (
                    head.dep_ in ("appos", "conj") and head.head.dep_ == "pobj")):
                continue  # "Russia launched strikes": the doer, not where it struck
            # (a place visited is the sentence's place after those of its phrases: "invited
            # Lula to visit Kyiv to see the effects of Russia's invasion", datelined Beijing)
            first = head
            while first.dep_ in ("conj", "appos") and first.head.i != first.i:
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ == "with":
                continue  # "targeted a ship in solidarity with Gaza": for whom, not where
            if first.dep_ == "pobj" and not locative_of(first, c.trigger) and (
                    first.head.lower_ == "from" or (
                        first.head.lower_ in ("to", "toward", "towards")
                        and _lemma(first.head.head) in _MOTION_VERBS)):
                # "the attack drew condemnation from France": who spoke; "resigned and
                # fled to India after protests in which 300 people were killed": where
                # someone went
                continue
            rank = (0 if locative_of(head, c.trigger) else 2) + (
                1 if p.feature == "country" else 0) + (4 if visited else 0)
            if best is None or rank < best[0]:
                best = (rank, p.country)
    if best is not None:
        return best[1]
    dateline = next((p for p in coder.places if p.dateline and p.country), None)
    if dateline is not None:
        return dateline.country
    if named_only:
        return None
    counts: dict[str, int] = {}
    for e in coder.entities:
        if e.type == "GPE" and e.actor is not None and e.actor.code == e.actor.country:
            counts[e.actor.code] = counts.get(e.actor.code, 0) + len(e.mentions)
    return max(counts, key=lambda k: counts[k]) if counts else None


def locative_of(place: Any, trigger: Any) -> bool:
    """Is ``place`` in a chain of prepositional phrases hanging on ``trigger`` or on
    its object ("killed in a bombing in central Baghdad", "struck militant targets in
    Iraq"), not someone's origin ("a missionary from Calgary was arrested")?"""
    t = place
    for _ in range(8):
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ in _TEMPORAL_PREPS:
            return False  # (nor a place of another act it follows: "struck targets in
            # Iraq after an attack on a company near Ankara")
        t = t.head.head
        if t.i == trigger.i or (t.dep_ == "dobj" and t.head.i == trigger.i):
            return True
    return False



def institution(coder: Coder, iso: str, doer: str) -> str | None:
    """The article's entity for the police (COP), courts (JUD), army (MIL) or
    intelligence service (SPY) of ``iso``, else the country itself."""
    if doer in _FORCES:
        for e in coder.entities:
            if e.actor is not None and e.actor.country == iso and doer in e.actor.roles \
                    and e.type != "PERSON" and not any(
                        _singular(m.text.split()[-1].lower()) in _ADVOCATES
                        for m in e.mentions if m.text.split()):
                return e.id  # (a prisoner's lawyers are no court: "his lawyers said")
    # (a town the model tagged a nationality, "in Tunis", or a location, "in Kharkiv")
    for kind in ("GPE", "NORP", "LOC"):
        for e in coder.entities:
            if e.type == kind and e.actor is not None and e.actor.code == iso:
                return e.id
    return None


def protest_targets(coder: Coder, found: list[Candidate]) -> None:
    """A protest that names nobody it is against is against the authorities
    of the protesters' own country ("Algerian landowners began a hunger strike"
    -> Algeria), as CAMEO codes domestic protest; the country must be named in
    the article, and its mention in the sentence is the evidence."""
    for c in found:
        if c.code[:2] != "14" or c.target is not None or c.source is None:
            continue
        country = coder.country(c.source)
        # "Young Algerians blocked roads": the people are coded by their country,
        # and so is the government they protest against -- DZA -> DZA, as CAMEO has it
        home = next((e for e in coder.entities if e.actor is not None and
                     e.actor.code == country), None)
        if home is None:
            continue
        sent = coder.sents[c.sentence]
        tok = next((coder.doc[i] for i in range(sent.start, sent.end)
                    if coder.tok_entity.get(i) == home.id), None)
        if tok is None:
            continue
        c.target, c.target_tok = home.id, tok


#: what is counted of a vote: "rejected the result", "demanded a recount"
_TALLIES = event_words()["tally_noun"]


def contested_votes(coder: Coder, found: list[Candidate]) -> None:
    """"His main rival rejected the result and demanded a recount": a vote rejected,
    disputed or counted again on demand, with no one named who declared it, is contested before
    the country's own authorities (the home country, as CAMEO codes domestic
    politics); only when the sentence or the one before is about a vote (``vote_noun``
    or a winner), for "the result" of anything else is no election's; flagged."""
    votes = evaluation_words().get("vote_noun", frozenset())
    for c in found:
        if c.target is not None or c.source is None or not (
                c.code[:2] in ("10", "12") or c.code[:3] == "111"):
            continue
        obj = coder.child(c.trigger, "dobj") or coder.shared_object(c.trigger)
        if obj is None or obj.lemma_.lower() not in votes | _TALLIES or (
                c.code[:2] == "10" and obj.lemma_.lower() not in _TALLIES):
            continue  # (a demand for elections asks no one named: "demanded immediate
            # elections"; a recount is of a result declared)
        if obj.lemma_.lower() in _TALLIES:
            start = coder.sents[max(c.sentence - 1, 0)].start
            end = coder.sents[c.sentence].end  # ("rejected the results of the election")
            if not any(x.lemma_.lower() in votes | {"winner", "election"}
                       for x in coder.toks[start:end]):
                continue
        country = coder.country(c.source)
        # (else its government: "Tshisekedi was declared the winner" in a story
        # datelined Kinshasa that names no Congo)
        home = (home_of(coder, country) or government_of(coder, country)) if country else None
        if home is None or home == c.source:
            continue
        c.target, c.target_tok = home, None
        c.inferred.append("target")


#: what a state makes that its people judge ("criticised the new abortion law")
_STATE_TEXTS = event_words()["rule_text_noun"] | event_words()["state_text"]


def judged_rules(coder: Coder, found: list[Candidate]) -> None:
    """"The archbishop criticised the new abortion law", "the proceedings of the abortion
    bill were criticised by the archbishop", "Odinga condemned the new tax law": a law,
    bill, policy or budget judged, whose maker the text does not name, is its country's
    doing (the state's, as CAMEO codes domestic criticism of policy); the critic's own
    country, flagged inferred. Only for one who is no part of that state itself."""
    for c in found:
        if c.target is not None or c.source is None or c.code[:2] not in ("05", "11", "12"):
            continue
        t = c.trigger
        obj = coder.child(t, "dobj", "nsubjpass")
        if obj is None:
            continue
        texts = [obj, *(x for x in arguments.prep_objects(coder, obj, {"of"}))]
        if not any(x.pos_ == "NOUN" and x.lemma_.lower() in _STATE_TEXTS
                   and not any(k.dep_ == "poss" for k in coder.kids(x)) for x in texts):
            continue
        e = coder.by_id.get(c.source)
        country = coder.country(c.source)
        if e is None or e.actor is None or not country or set(e.actor.roles) & {
                "GOV", "LEG", "MIL", "COP", "JUD", "SPY"}:
            continue  # (a government judging a bill may judge its own parliament's; the
            # state's own organs are no critics of the state)
        home = home_of(coder, country)
        if home is not None and home != c.source:
            c.target, c.target_tok = home, None
            c.inferred.append("target")


def seized_power(coder: Coder, found: list[Candidate]) -> None:
    """"Soldiers in Gabon seized power": a coup is aimed at the country's government
    (its government named in the story, else the country), flagged inferred."""
    for c in found:
        if c.target is not None or c.source is None or c.code[:2] != "17":
            continue
        obj = coder.child(c.trigger, "dobj")
        if obj is None or obj.lemma_.lower() != "power" or any(
                k.dep_ in ("amod", "compound") for k in coder.kids(obj)):
            continue  # (not "seized power plants", "nuclear power")
        country = coder.country(c.source)
        gov = (government_of(coder, country, c.source) or home_of(coder, country)) \
            if country else None
        if gov is not None and gov != c.source:
            c.target, c.target_tok = gov, None
            c.inferred.append("target")


def home_targets(coder: Coder, found: list[Candidate]) -> None:
    """A government, legislature or court that eases or imposes rules at home
    and names no one they apply to acts on its own country ("the legislature
    voted to legalize same-sex marriage" -> TWN, "declared a state of emergency"
    -> the country), as CAMEO codes domestic policy, and so does a court's order
    that names no one it is made to; flagged ``inferred``."""
    for c in found:
        if c.target is not None or c.source is None or not (
                c.code.startswith(_HOME_ACTS) or (c.code[:2] in ("10", "12")
                                                   and _court(coder, c.source)
                                                   and coder.quote_at(c.trigger) is None)
                or _election_yielded(coder, c)):
            # (a court's order that names no one is made to its country's authorities:
            # "a judge ordered that absentee ballots be accepted"; and what it rejects,
            # its country's: "the court annulled the first round of the election")
            continue
        country = authority(coder, c.source)
        home = home_of(coder, country) if country is not None else None
        if home is None:
            continue
        sent = coder.sents[c.sentence]
        c.target = home
        c.target_tok = next((coder.doc[i] for i in range(sent.start, sent.end)
                             if coder.tok_entity.get(i) == home), None)
        c.inferred.append("target")


#: what one concedes, or will not, when one concedes an election (``conceded_noun``)
_CONCEDED = evaluation_words()["conceded_noun"]


def _election_yielded(coder: Coder, c: Candidate) -> bool:
    """Is ``c`` conceding an election or accepting its result, or refusing to ("did
    not concede defeat", "refused to concede the election", "accepted the results"),
    which a state's government does before its own country when it names no rival?"""
    if c.code not in ("080", "124", "1243"):
        return False
    t = c.trigger
    verb = coder.child(t, "xcomp") if _lemma(t) == "refuse" else t
    if verb is None or _lemma(verb) not in ("concede", "accept"):
        return False  # (and "accepted the results")
    obj = coder.child(verb, "dobj") or coder.shared_object(verb)
    votes = evaluation_words().get("vote_noun", frozenset())
    return obj is not None and obj.lemma_.lower() in _CONCEDED | votes


#: what is fired when shooting at no one named ("opened fire", "fired shots";
#: ``shot_noun`` rows of event_words.tsv)
_SHOTS = event_words()["shot_noun"]


def _at_the_crowd(coder: Coder, c: Candidate) -> bool:
    """May force other than crowd control be aimed at a crowd just told of: shooting
    or killing that names nothing else it hit ("soldiers opened fire, killing three"),
    in a sentence that names no place of its own ("In Sinaloa, soldiers opened fire on
    a convoy", "fired missiles overnight" are other acts)?"""
    t = c.trigger
    obj = coder.child(t, "dobj")
    if obj is not None and not (obj.like_num or obj.lemma_.lower() in _SHOTS):
        return False
    if any(k.dep_ == "prep" and k.lower_ in ("on", "at", "into") for k in coder.kids(t)):
        return False
    s = coder.sents[c.sentence]
    return not any(s.start_char <= m.start < s.end_char for p in coder.places
                   for m in p.mentions)


def vote_targets(coder: Coder, found: list[Candidate]) -> None:
    """A state, its government or a body of states that rejects, condemns or praises an
    election held abroad and names no one ("The United States, Argentina and Peru
    rejected the result", datelined Caracas) judges the state of the dateline that held
    it; flagged ``inferred``. Only a foreign judge (a rival at home is left to the
    anaphors), only the dateline's state (the country a story names most may be a
    judge's), and a result, an outcome or a tally only where an election or a vote is
    named in the sentence or the one before (not "the result of the union vote", "the
    outcome of the inquiry")."""
    words = evaluation_words()
    votes = words.get("vote_noun", frozenset())
    outcomes = words.get("vote_outcome_noun", frozenset())
    iso = coder.dateline_country()
    if iso is None:
        return
    for c in found:
        if c.target is not None or c.source is None or c.code[:2] not in ("05", "11", "12"):
            continue
        judge = coder.by_id.get(c.source)
        if judge is None or judge.actor is None or not judge.actor.country \
                or judge.actor.country == iso or not (
                    judge.actor.code == judge.actor.country or "GOV" in judge.actor.roles
                    or judge.actor.country in coder.igo_codes):
            continue
        obj = coder.child(c.trigger, "dobj")
        lemma = obj.lemma_.lower() if obj is not None else ""
        if obj is None or any(k.dep_ == "prep" and k.lower_ == "on" for k in coder.kids(obj)):
            continue  # ("praised the vote on the ceasefire": a cabinet's, no election)
        if lemma in outcomes:
            near = [coder.sents[n] for n in (c.sentence - 1, c.sentence) if n >= 0]
            if not any(t.lemma_.lower() in votes and t.i != obj.i for s in near for t in s):
                continue
        elif lemma not in votes:
            continue
        home = home_of(coder, iso) or home_of(coder, iso + "GOV")
        if home is None or home == c.source:
            continue
        c.target, c.target_tok = home, None
        c.inferred.append("target")


def crowd_targets(coder: Coder, found: list[Candidate]) -> None:
    """Crowd control that names no one it was used on ("riot police fired tear gas",
    CAMEO 175), or shooting that names nothing else (:func:`_at_the_crowd`), was used
    on the crowd the story has just told of: the protesters of the force's country
    named in its sentence or the two before it, or the doers of a protest told in its
    sentence or the one before ("Thousands of students marched ... police fired pepper
    spray"); flagged ``inferred``."""
    for c in found:
        if c.target is not None or c.source is None or c.negated \
                or c.code[:3] not in ("175", "180", "190", "193") \
                or (c.code != "175" and not _at_the_crowd(coder, c)):
            continue
        force = coder.by_id.get(c.source)
        if force is None or force.actor is None or not force.actor.country \
                or not {"COP", "MIL"} & set(force.actor.roles):
            continue
        crowd = _crowd_faced(coder, c, force.actor.country)
        if crowd is None:
            marchers = {x.source for x in found if x.code[:2] == "14" and x.source is not None
                        and c.sentence - 1 <= x.sentence <= c.sentence
                        and x.trigger.i < c.trigger.i
                        and coder.country(x.source) == force.actor.country}
            crowd = next(iter(marchers)) if len(marchers) == 1 else None
        if crowd is None or crowd == c.source:
            continue
        c.target, c.target_tok = crowd, None
        c.inferred.append("target")


def _court(coder: Coder, eid: str) -> bool:
    e = coder.by_id.get(eid)
    return e is not None and e.actor is not None and "JUD" in e.actor.roles


def authority(coder: Coder, eid: str | None) -> str | None:
    """The country of an entity that makes rules at home: a state itself, its
    government, legislature or courts; else None."""
    actor = coder.by_id[eid].actor if eid is not None else None
    if actor is None or not actor.country or not (
            actor.code == actor.country or set(actor.roles) & {"GOV", "LEG", "JUD"}):
        return None
    country: str = actor.country
    return country


def home_of(coder: Coder, country: str, besides: str | None = None) -> str | None:
    """The entity that is ``country`` itself (not ``besides``), if the text names it."""
    return next((e.id for e in coder.entities if e.actor is not None
                 and e.actor.code == country and e.id != besides), None)


def government_of(coder: Coder, country: str, besides: str | None = None) -> str | None:
    """The first entity of ``country``'s government (not ``besides``) the text names
    ("President Felix Tshisekedi"), if any."""
    return next((e.id for e in coder.entities if e.actor is not None
                 and e.actor.country == country and "GOV" in e.actor.roles
                 and e.id != besides), None)
