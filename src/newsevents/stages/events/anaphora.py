"""Back-references: an act or an actor referred back to ("condemned the strike", "the
charges", "both sides", "the attack" claimed), and doers carried along a chain of events.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from ...knowledge.events import evaluation_words
from ...records import HAPPENED
from . import arguments, conventions, mood, participants
from .candidates import Candidate
from .grammar import (
    _ANAPHORS,
    _COURT_WORDS,
    _FORCE_MEANS,
    _FORCE_ROOTS,
    _OWNING,
    _RULE_BRINGING,
    _RULE_TEXTS,
    _SAME_ACT,
    _lemma,
)

#: Verbs of ordering: a court's order is its ruling.
_ORDERING = evaluation_words().get("order_verb", frozenset())

if TYPE_CHECKING:
    from .coder import Coder


def named_thing(coder: Coder, noun: Any) -> tuple[str, str | None]:
    """A noun's lemma and its "of" object's ("state of emergency" is not "state")."""
    of = next((c for c in coder.kids(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = coder.child(of, "pobj") if of is not None else None
    return noun.lemma_.lower(), pobj.lemma_.lower() if pobj is not None else None


def event_anaphor(coder: Coder, noun: Any, trigger: Any, code: str = "",
                  besides: frozenset[str] = frozenset()) -> list[tuple[str, Any]]:
    """The doers of the earlier event that "the demand", "the arrests", "the
    verdict" refers back to (both, for an act two did together): the last one before
    ``trigger`` of a fitting kind;
    and "the curfew" the last event whose object was a curfew ("the army imposed a
    curfew ... protesters defied the curfew": the army's)."""
    beside = ((noun.dep_ in ("appos", "npadvmod") or (
        trigger.dep_ == "relcl" and trigger.head.i == noun.i)) and noun.left_edge.i > 0
        and coder.doc[noun.left_edge.i - 1].text == ",") or (
        # "sentenced X to life, in a ruling condemned by rights groups": the "in" phrase
        # of the clause names the clause's own act
        noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB"
        and noun.head.head.i < noun.i and trigger.head.i == noun.i
        and trigger.dep_ in ("acl", "relcl"))
    # "a series of launches that Seoul condemned": the acts a relative clause judges
    # are those its sentence told, whatever their determiner
    relative = trigger.dep_ == "relcl" and trigger.head.i == noun.i and any(
        c.tag_ == "WDT" and c.dep_ in ("dobj", "nsubjpass") for c in coder.kids(trigger))
    beside = beside or relative
    owned = owned_act(coder, noun, trigger, besides)
    if owned is not None:
        return owned
    if noun.pos_ == "PRON" and noun.lower_ in ("it", "this") and noun.head.i == trigger.i \
            and noun.dep_ == "dobj" and trigger.lemma_.lower() in evaluation_words().get(
                "naming_verb", frozenset()):
        # "detained the mayor ... the opposition called it a coup": the act told last,
        # in this sentence or the one before, by another side than the judge's
        here = coder.sent_of.get(trigger.i, 0)
        for c in reversed(coder.found):
            if c.trigger.i < trigger.i and here - 1 <= coder.sent_of.get(c.trigger.i, -9) \
                    and c.source is not None and c.source not in besides \
                    and coder.code(c.source) not in besides and not c.negated \
                    and c.modality in HAPPENED and coder.quote_at(c.trigger) is None:
                return [(c.source, c.source_tok)]
        return []
    # ("called the ruling a coup": the parse's gerund with an article is the noun)
    gerund = noun.tag_ == "VBG" and noun.lower_ in _ANAPHORS
    if (noun.pos_ != "NOUN" and not gerund) or (not relative and not any(
            c.dep_ == "det" and (c.lower_ in ("the", "this", "that", "these", "those")
                                 or beside)
            for c in coder.kids(noun))):
        return []  # (", a charge the group denied": a noun set beside the act is it too)
    lemma = noun.lower_ if gerund else noun.lemma_.lower()
    roots = _ANAPHORS.get(lemma)
    if lemma == "use" and any(g.lemma_.lower() in _FORCE_MEANS for c in coder.kids(noun)
                              if c.dep_ == "prep" and c.lower_ == "of"
                              for g in coder.kids(c) if g.dep_ == "pobj"):
        roots = ("17", "18", "19", "20")  # "condemned the use of force": the act of force
    if beside and roots is None and lemma in ("claim", "assertion"):
        roots = ()  # the act just told, whatever it is ("accused the army of X, a claim
        # the army denies", "said it had retaken the town, a claim the rebels denied")
    elif roots is None and lemma in ("claim", "assertion"):
        roots = ("11",)  # "alleging vote rigging ... the commission rejected the claims"
    if roots is None and code[:2] == "08":
        return []  # ("lifted the curfew": eased at home, as CAMEO codes it)
    if roots == ("14",) and code[:2] == "14":
        return []  # "teachers joined the protests": with the protesters, not at them
    earlier = list(reversed(coder.found))
    if beside:  # what a noun set beside refers to is in its own sentence
        earlier = [c for c in earlier if coder.sent_of[c.trigger.i] == coder.sent_of[trigger.i]]
    if roots is not None:
        # "Israeli warplanes struck a village ... Hezbollah fired rockets ... Mikati
        # condemned the strike": the act named by the same word first, the nearest
        # act of its kind only after
        def same_word(c: Candidate) -> bool:
            return _same_word(coder, c, lemma)
        # (a claim beside an accusation is the accusation, not the act it names; a
        # verdict or a ruling a court's act before a police arrest)
        judicial = lemma in _COURT_WORDS

        def court(c: Candidate) -> bool:
            e = coder.by_id.get(c.source or "")
            return e is not None and e.actor is not None and "JUD" in e.actor.roles

        earlier.sort(key=lambda c: (not same_word(c), judicial and not court(c),
                                    roots == () and c.code[:2] != "11"))
    for c in earlier:
        if c.trigger.i >= trigger.i or c.source is None or c.source in besides \
                or coder.code(c.source) in besides:
            continue  # (nor the judge's own side's act: "called the move a mistake")
        if c.negated or c.modality in ("denied", "refused"):
            continue  # an act denied is no act to refer back to ("denied sending missiles")
        if lemma in _COURT_WORDS and c.modality not in HAPPENED and not (
                lemma == "decision" and c.modality == "intended"):
            continue  # a verdict or a ruling is one given, not one sought ("his lawyers
            # said they would appeal the verdict ... the commission welcomed the ruling");
            # a decision may be one announced ("China said it would lift tariffs ...
            # Farrell welcomed the decision")
        if lemma in _RULE_TEXTS:
            # "the bill", "the law": the act that made or brought it ("parliament
            # passed a law"), never one against it ("protesters rallied against a bill")
            obj = coder.child(c.trigger, "dobj")
            if obj is None or obj.lemma_.lower() not in _RULE_TEXTS \
                    or c.code[:2] in ("11", "12", "13", "14"):
                continue
        if roots is None:
            # a measure an earlier event imposed ("imposed a curfew", "declared a
            # state of emergency"), not any thing named twice ("captured the bridge
            # ... shelled the bridge"), nor people ("the protesters")
            obj = coder.child(c.trigger, "dobj")
            if obj is None or obj.i == noun.i or c.code[:2] not in ("16", "17") or \
                    named_thing(coder, obj) != named_thing(coder, noun) or \
                    coder.roles(noun.lower_) is not None:
                continue
        elif roots and not c.code.startswith(roots) and not (
                lemma in _COURT_WORDS and court(c) and (
                    c.code[:2] not in ("01", "02", "10") or _lemma(c.trigger) in _ORDERING)):
            continue  # (a court's ruling is whatever it did: "blocked the administration",
            # "ordered Israel to halt its offensive"; not what its prosecutors asked for:
            # "Prosecutors had asked for 12 years")
        # an act two did together is both parties' ("welcomed the agreement" between
        # the government and the rebels)
        doers = [(x.source, x.source_tok) for x in coder.found
                 if x.trigger.i == c.trigger.i and x.code == c.code and x.source is not None]
        return [d for k, d in enumerate(doers) if d[0] not in {e for e, _ in doers[:k]}]
    if lemma in _RULE_TEXTS:
        return _makers(coder, noun, trigger, besides)
    return []


def owned_act(coder: Coder, noun: Any, trigger: Any,
               besides: frozenset[str]) -> list[tuple[str, Any]] | None:
    """"His arrest", "Khan's detention": an act noun whose possessor is the one it was
    done to is the earlier act of its kind done to them, and stands for its doers
    ("Police arrested Imran Khan ... the court ruled that his arrest was illegal": the
    police); None when the noun is no such act or no such act was told."""
    poss = coder.child(noun, "poss")
    roots = _ANAPHORS.get(noun.lemma_.lower())
    if poss is None or not roots or noun.pos_ != "NOUN":
        return None
    owner = participants.entity_of(coder, poss)
    if owner is None:
        return None
    for c in reversed(coder.found):
        if c.trigger.i < trigger.i and c.target == owner and c.code.startswith(roots) \
                and c.source is not None and c.source not in besides \
                and coder.code(c.source) not in besides and not c.negated:
            return [(c.source, c.source_tok)]
    return None


def act_doers(coder: Coder, noun: Any, trigger: Any, found: list[Candidate],
              besides: frozenset[str] = frozenset(), code: str = "") -> list[tuple[str, Any]]:
    """Who did the act ``noun`` names: the act coded at the noun itself ("over the US
    sanctions"), its "by" agent ("the suspension of parliament by President Saied"), or
    the earlier act it refers back to (:func:`event_anaphor`); never whom it was done
    to ("the closure of three television stations": not the stations)."""
    coded = [(x.source, x.source_tok) for x in found if x.trigger.i == noun.i
             and x.source is not None and x.source not in besides and not x.negated]
    if coded:
        return coded[:1]
    # (the parser hangs "by" on the noun or on its "of" object)
    holders = [noun] + [g for k in coder.kids(noun) if k.dep_ == "prep" and k.lower_ == "of"
                        for g in coder.kids(k) if g.dep_ == "pobj"]
    agents = [(e, tok) for h in holders for k in coder.kids(h)
              if k.dep_ == "prep" and k.lower_ == "by"
              for g in coder.kids(k) if g.dep_ == "pobj"
              for e, tok in participants.entities_of(coder, g)
              if e not in besides and coder.by_id[e].actor is not None]
    if agents:
        return agents[:1]
    return [(e, tok) for e, tok in event_anaphor(coder, noun, trigger, code, besides)
            if e not in besides]


def _same_word(coder: Coder, c: Candidate, lemma: str) -> bool:
    """Is the earlier act ``c`` told with the word ``lemma`` or its family?"""
    # (the trigger, or the verb it completes: "voted to expel" for "the vote")
    t = c.trigger
    words = [t] + ([t.head] if t.dep_ in ("xcomp", "advcl") and any(
        k.dep_ == "aux" and k.lower_ == "to" for k in coder.kids(t)) else [])
    # (or the act the clause says it was done in: "killed 40 soldiers in an
    # attack on a base ... condemned the attack")
    words += [g for k in coder.kids(t) if k.dep_ == "prep" and k.lower_ in ("in", "during")
              for g in coder.kids(k) if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    # (or the thing it made: "signed an agreement with Somaliland ... denounce the
    # agreement", before a pledge told since)
    words += [g for g in coder.kids(t) if g.dep_ == "dobj" and g.pos_ == "NOUN"
              and c.code[:2] in ("03", "05", "06")]
    return any(other in _SAME_ACT.get(lemma, ()) or (
        len(min(other, lemma, key=len)) >= 4 and (
            lemma.startswith(other) or other.startswith(lemma)))
        for other in (w.lemma_.lower() for w in words))


def told_before(coder: Coder, noun: Any) -> Candidate | None:
    """The act of an earlier sentence that an event noun with "the" tells again ("Iran
    directed two arson attacks ... the attacks on a synagogue and a restaurant were acts
    of aggression"): the last one with a doer, of the noun's kind and told with its word
    (or its family); none for a noun of no kind (``_ANAPHORS``)."""
    lemma = noun.lemma_.lower()
    roots = _ANAPHORS.get(lemma)
    if not roots or noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")
            for c in coder.kids(noun)):
        return None
    here = coder.sent_of.get(noun.i, 0)
    return next((c for c in reversed(coder.found)
                 if coder.sent_of.get(c.trigger.i, 0) < here and c.source is not None
                 and not c.negated and c.modality == "asserted"
                 and c.code.startswith(roots) and _same_word(coder, c, lemma)), None)


def _makers(coder: Coder, noun: Any, trigger: Any,
            besides: frozenset[str]) -> list[tuple[str, Any]]:
    """Who made or brought the rules "the bill" refers back to when that was no coded
    event: the subject of the last clause before it that passed, adopted, introduced
    ... a text of that kind ("Parliament passed a law on foreign agents ... the
    president vowed to veto the law": parliament)."""
    for t in reversed(coder.toks[:min(noun.i, trigger.i)]):
        obj = coder.child(t, "dobj") if t.pos_ == "VERB" else None
        if obj is None or obj.lemma_.lower() not in _RULE_TEXTS \
                or t.lemma_.lower() not in _RULE_BRINGING:
            continue
        subj = coder.child(t, "nsubj")
        ents = participants.entities_of(coder, subj) if subj is not None else []
        ents = [(e, x) for e, x in ents if e not in besides and coder.code(e) not in besides]
        if ents:
            return ents
    return []


def told_again(coder: Coder, noun: Any, found: list[Candidate]) -> bool:
    """"Police fired tear gas at protesters ... the minister said the protests had
    been infiltrated": a definite event noun with no doer or target of its own
    ("the protests", "the attack") that an earlier event of its kind in the
    article already is, is that event told again, not a new one."""
    roots = _ANAPHORS.get(noun.lemma_.lower())
    if not roots or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                            for c in coder.kids(noun)):
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") or (
            c.dep_ == "prep" and c.lower_ in ("by", "of", "against", "on", "between", "in"))
           for c in coder.kids(noun)):
        return False  # "the police crackdown", "the attack on the base": told anew
    return any(c.trigger.i < noun.i and c.code.startswith(roots) for c in found)


#: Roles of men under arms outside a state's forces, and of those who attack for them.
_IRREGULAR = frozenset({"UAF", "INS", "REB", "SEP", "CRM"})


def _irregular(coder: Coder, eid: str | None) -> bool:
    e = coder.by_id.get(eid or "")
    return e is not None and e.actor is not None and bool(_IRREGULAR & set(e.actor.roles))


def chained_doers(coder: Coder, found: list[Candidate]) -> None:
    """"A gunman opened fire on shoppers in Derby ... Two women were injured": a
    violent act told in a passive verb with no doer, right after an attack whose doer
    the text names (in the same sentence or the two before), is that attack's
    doing, as a coder reads the chain of events; flagged inferred. Not across a
    quotation, and not an act the text gives a "by" agent of its own."""
    for c in found:
        if c.source is not None or c.code[:2] not in ("18", "19", "20") or \
                coder.quote_at(c.trigger) is not None:
            continue
        t = c.trigger
        if t.pos_ not in ("VERB", "AUX") or not (
                any(k.dep_ in ("auxpass", "nsubjpass") for k in t.children)
                or arguments.participle_patient(coder, t) is not None) or any(
                k.dep_ == "agent" and names_actor(coder, k) for k in t.children):
            continue  # (an attack noun's doer is often the verb's: "orchestrated")
        since = [x for k in coder.kids(t) if (k.dep_ == "prep" and k.lower_ == "since") or (
            k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                      for m in coder.kids(k)))
                 for x in coder.kids(k) if x.dep_ in ("pobj", "nsubj")]
        if since and not any(
                all(r[:2] in _FORCE_ROOTS for r in _ANAPHORS.get(x.lemma_.lower(), ("",)))
                for x in since):
            continue  # "300 people have been killed since the protests began", "since
            # January": a toll over a span, not the attack told (but "since the raid
            # began": the raid's)
        # ("were injured after being attacked by protesters": the same sentence's
        # attack, before or after)
        earlier = [a for a in found if a is not c and a.source is not None
                   and (a.trigger.i < t.i or a.sentence == c.sentence)
                   and "source" not in a.inferred and a.code[:2] in ("18", "19", "20")
                   and c.sentence >= a.sentence and not a.negated
                   and a.modality == "asserted" and coder.quote_at(a.trigger) is None]
        before = [a for a in earlier if c.sentence - a.sentence <= 2]
        if not before and len({a.source for a in earlier}) == 1 and not any(
                k.dep_ == "prep" and k.lower_ in ("in", "at", "near") for k in t.children):
            # further back, the story's one attack whose doer it names ("Russian drones
            # struck a block in Sumy ... The mayor said nine people had been killed"),
            # unless the act says where it happened: another incident, maybe
            before = earlier
        near = max(before, key=lambda a: a.trigger.i if a.trigger.i < t.i else -1,
                   default=None)
        if near is not None and _irregular(coder, near.source) and _irregular(coder, c.target) \
                and coder.code(c.target) != coder.code(near.target):
            continue  # "gunmen stormed a hotel ... all five gunmen were killed": the
            # attackers' own men fell to the other side, not to their own attack (but
            # "attacked a rival militia ... nine militiamen were killed": its victims)
        if near is not None and near.source != c.target:
            c.source, c.source_tok = near.source, near.source_tok
            c.inferred.append("source")
            iso = conventions.story_country(coder, c) if arguments.victims(coder, c) and (
                c.target is None or not coder.country(c.target)) else None
            home = conventions.institution(coder, iso, "country") if iso is not None else None
            if home is not None and home != c.source:
                # "two women were injured": the people of the country where it happened
                c.target = home
                c.inferred.append("target")


def result_doers(coder: Coder, found: list[Candidate]) -> None:
    """"Police fired live rounds at protesters as thousands marched ..., killing two
    people": a killing told as the result ("killing", "wounding") of a clause whose verb
    is no violence (the parser hangs it on the nearest verb) is the doing of the violent
    act of its sentence that comes before it."""
    for c in found:
        t = c.trigger
        if c.code[:2] not in ("18", "19", "20") or t.tag_ != "VBG" or t.dep_ != "advcl":
            continue
        head = t.head
        if any(a.trigger.i == head.i and a.code[:2] in ("17", "18", "19", "20") for a in found):
            continue  # ("attacked the convoy, killing 14": the attack's own result)
        if arguments.accident_result(t):
            continue  # ("a boat that capsized, killing 78": an accident, no one's act)
        violent = [a for a in found if a is not c and a.sentence == c.sentence
                   and a.trigger.i < head.i and a.source is not None and not a.negated
                   and a.code[:2] in ("17", "18", "19", "20") and a.source != c.target]
        if violent:
            act = violent[-1]
            c.source, c.source_tok = act.source, act.source_tok


def names_actor(coder: Coder, agent: Any) -> bool:
    """Does a "by" agent name someone? "killed by an improvised explosive device"
    or "by a car bomb" names the means; the doer is as unnamed as in "was killed"."""
    head = coder.child(agent, "pobj")
    if head is None:
        return False
    for k in (head, *head.conjuncts):
        if k.pos_ == "PRON":
            return True
        for x in (k, *(c for c in coder.kids(k) if c.dep_ in ("compound", "poss"))):
            e = coder.by_id.get(coder.tok_entity.get(x.i) or "")
            if e is not None and e.actor is not None and \
                    e.type not in ("GPE", "LOC", "FAC") and not arguments.weapon(coder, e.id):
                return True
    return False


#: prepositions whose object is what an act or a feeling is about
_ABOUT_PREPS = frozenset({"about", "over", "at", "with", "against", "on"})


def anaphor_targets(coder: Coder, found: list[Candidate]) -> None:
    """"Y was stabbed ... The minister called the stabbing barbaric": an event whose
    object refers back to an earlier one is aimed at that one's doer, also when the
    doer is known only by convention (:func:`.conventions.implied_doers`, which runs after the
    events are read)."""
    extra: list[Candidate] = []
    for c in found:
        if c.target is not None or c.source is None:
            continue
        obj = coder.child(c.trigger, "dobj") or coder.gap_object(c.trigger)
        # ... or what it is about ("concerned by the verdict", "protested over the
        # ruling", "angry at the decision")
        about = arguments.prep_objects(coder, c.trigger, _ABOUT_PREPS | (
            {"by"} if c.trigger.pos_ == "ADJ" else set())) if obj is None else []
        targets = []
        for o in ([obj] if obj is not None else about):
            # (what one condemns or rejects is not one's own act: "the court's arrest
            # warrant ... the court condemned the move" is the sanctions told before it;
            # but "Trump defended the move" is his own)
            own = frozenset({c.source}) if c.code[:2] in ("11", "12") else frozenset()
            targets = [(e, tok) for e, tok in event_anaphor(coder, o, c.trigger, c.code,
                                                            besides=own)
                       if e != c.source]
            if targets:
                break
        if targets:
            c.target, c.target_tok = targets[0]
            extra += [dataclasses.replace(c, target=e, target_tok=tok, repeats=[],
                                          inferred=list(c.inferred)) for e, tok in targets[1:]]
    found.extend(extra)


def joined_acts(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """"Britain imposed sanctions on two Israeli ministers ... Australia, Canada and
    Norway joined the measures": who joins an act told before does it too, to the same
    target (not a crowd joining a protest, which :mod:`.coder` codes as a protest)."""
    out: list[Candidate] = []
    for t in coder.toks:
        if t.pos_ != "VERB" or _lemma(t) != "join" or coder.child(t, "neg") is not None:
            continue
        obj = coder.child(t, "dobj")
        roots = _ANAPHORS.get(obj.lemma_.lower()) if obj is not None else None
        if not roots or not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in coder.kids(obj)):
            continue
        if any(c.trigger.i == t.i for c in found):
            continue  # (joining a strike or a boycott is coded by the lexicon)
        modality, negated, refused = mood.modality_of(coder, t)
        if modality != "asserted" or negated or refused:
            continue  # ("refused to join the sanctions", "is considering joining")
        # only measures taken against a party (sanctions, embargoes, cut ties), not
        # arrests or attacks ("the FBI joined the investigation")
        act = next((c for c in reversed(found) if c.trigger.i < t.i and c.source is not None
                    and c.code.startswith(roots) and c.code[:2] == "16" and not c.negated
                    and c.modality in HAPPENED), None)
        if act is None:
            continue
        subj = arguments.subject(coder, t)
        for eid, tok in participants.entities_of(coder, subj) if subj is not None else []:
            for x in [c for c in found if c.trigger.i == act.trigger.i and c.code == act.code]:
                if eid not in (x.source, x.target):
                    out.append(dataclasses.replace(
                        x, source=eid, source_tok=tok, trigger=t,
                        sentence=coder.sent_of.get(t.i, 0), repeats=[], inferred=[]))
    return out


def claimed_attacks(coder: Coder, found: list[Candidate]) -> None:
    """"Two explosions killed more than 80 people ... The Islamic State claimed
    responsibility for the attack": an attack whose doer the text did not name is
    the one who claims it (CAMEO 015 "claim responsibility" for an attack noun that
    refers back to it); flagged ``inferred``. A named doer is never replaced."""
    for c in found:
        if c.code != "015" or c.source is None or c.negated or c.modality != "asserted":
            continue
        for_ = next((x for x in coder.kids(c.trigger) if x.dep_ == "prep"
                     and x.lower_ == "for"), None)
        obj = coder.child(c.trigger, "dobj")
        for_ = for_ or (next((x for x in coder.kids(obj) if x.dep_ == "prep"
                              and x.lower_ == "for"), None) if obj is not None else None)
        noun = coder.child(for_, "pobj") if for_ is not None else (
            obj if obj is not None and obj.lemma_.lower() not in _OWNING else None)
        if noun is not None and coder.code(c.source):
            # the act claimed and the acts told of it ("for a suicide bombing that killed
            # 12", "for rockets fired at Tel Aviv", "for killing 15 soldiers") are the
            # claimer's (a coded one's), not what was done to its own ("the attack in
            # which two of its gunmen were shot dead")
            claimed = {noun.i} | {x.i for x in coder.kids(noun) if x.dep_ in ("relcl", "acl")
                                  and coder.child(x, "nsubjpass", "auxpass") is None}
            for a in found:
                if a.trigger.i in claimed and a.code[:2] in ("18", "19", "20") \
                        and a.source is None and not a.negated \
                        and coder.code(a.target) != coder.code(c.source):
                    a.source, a.source_tok = c.source, c.source_tok
                    a.inferred.append("source")
        if noun is None or not {"18", "19", "20"} <= set(_ANAPHORS.get(noun.lemma_.lower(), ())):
            continue  # (an attack noun: "the attack", "the bombing")
        attacks = [a for a in found if a.trigger.i < c.trigger.i
                   and a.code[:2] in ("18", "19", "20")
                   and (a.source is None or "source" in a.inferred)]
        named = [a for a in found if a.trigger.i < c.trigger.i and a.source is not None
                 and "source" not in a.inferred and a.code[:2] in ("18", "19", "20")]
        if not attacks or named:
            continue  # (an attack whose doer the text names is that doer's)
        # the attack the claim names: by a name on it ("the Mogadishu attack", "the
        # attack in Mogadishu"), else the last one told (with its sentence's other acts)
        names = {x.lower_ for x in noun.subtree if x.pos_ == "PROPN"
                 and x.ent_type_ not in ("DATE", "TIME")}
        if names:
            attacks = [a for a in attacks if names & {
                x.lower_ for x in coder.sents[a.sentence]}]
        else:
            attacks = [a for a in attacks if a.sentence == attacks[-1].sentence]
        for a in attacks:
            if a.target == c.source:
                continue
            a.source, a.source_tok = c.source, c.source_tok
            if "source" not in a.inferred:
                a.inferred.append("source")


def shared_addressee(coder: Coder, found: list[Candidate]) -> None:
    """"Zelenskiy thanked Washington for its support and asked for more air
    defence": a request that names no one, joined to an act of the same doer that
    does, is made to the same party; flagged ``inferred``."""
    by_trigger = {c.trigger.i: c for c in found if c.target is not None}
    for c in found:
        t = c.trigger
        if c.target is not None or c.source is None or c.code[:2] not in ("02", "10") \
                or t.dep_ != "conj":
            continue
        first = by_trigger.get(t.head.i)
        if first is not None and first.source == c.source and first.code[:2] < "14":
            # (words or dealings addressed to someone, "thanked", "met", "condemned":
            # not whom one arrested, expelled or killed -- "arrested 20 supporters
            # and appealed for calm")
            c.target, c.target_tok = first.target, first.target_tok
            c.inferred.append("target")
