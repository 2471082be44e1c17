"""Whether an act happened: intended, hoped, demanded, denied, conditional, refused or
reported, and acts embedded under another act's verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...knowledge.events import Pattern, event_words
from . import arguments
from .candidates import Candidate
from .grammar import (
    _ATTEMPT,
    _ATTEMPT_NOUNS,
    _BACKGROUND,
    _CARRYING_OUT,
    _CLAIM_NOUNS,
    _CLAIM_OR_DEMAND,
    _DEMAND,
    _DEMAND_NOUNS,
    _DEMAND_THAT,
    _DENY,
    _FORCE_ROOTS,
    _FUTURE_ADJ,
    _HOPE,
    _INTENT,
    _INTENT_NOUNS,
    _REFUSE,
    _SPEECH,
    _SUPPORT_VERBS,
    _lemma,
    _nobody,
    _threat,
)

if TYPE_CHECKING:
    from .coder import Coder


def modality_of(coder: Coder, t: Any) -> tuple[str, bool, bool]:
    """(modality, negated, refused) of the event triggered at ``t``."""
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.pos_ in ("VERB", "AUX") \
            and _lemma(t.head) in _SUPPORT_VERBS:
        # "said they would continue talks with Kinshasa": an act noun staged by its
        # verb is what the verb's own auxiliaries and governors make it
        return modality_of(coder, t.head)
    negated = any(c.dep_ == "neg" for c in coder.kids(t)) or any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and _nobody(c) for c in coder.kids(t)) or (
        # "left the country without being arrested"
        t.dep_ == "pcomp" and t.head.lower_ == "without")
    aux = {c.lower_ for c in coder.kids(t) if c.dep_ in ("aux", "auxpass")}
    verb = t
    if t.pos_ == "ADJ" and t.dep_ in ("acomp", "attr") and t.head.i != t.i:
        # "the US must be ready to mediate": the copula carries the modal
        verb = t.head
        aux |= {c.lower_ for c in coder.kids(t.head) if c.dep_ in ("aux", "auxpass")}
        negated = negated or any(c.dep_ == "neg" for c in coder.kids(t.head))
    modality = "asserted"
    if aux & {"will", "shall", "'ll", "wo"}:
        modality = "intended"
    elif aux & {"would"} and reported(coder, verb):
        modality = "intended"  # "said they would blockade Paris": the future, reported
    elif aux & {"would", "could", "might", "may"}:
        modality = "conditional"
    elif aux & {"should", "must", "ought"}:
        modality = "demanded"
    if t.pos_ == "NOUN" and any(c.lower_ in _FUTURE_ADJ for c in coder.kids(t)):
        modality = "intended"
    supposed = False
    if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != t.i:
        # "warned that an Israeli offensive in Rafah would lead to a catastrophe": an
        # act that only would or could do something is only supposed (not "could have
        # killed dozens": that strike happened), unless a verb above says more ("hoped
        # that the next visit would ...": hoped)
        said = {c.lower_ for c in coder.kids(t.head) if c.dep_ in ("aux", "auxpass")}
        supposed = bool(said & {"would", "could", "might", "may"}) and "have" not in said
    if modality == "asserted" and imperative(coder, t):
        modality = "demanded"  # "Take a knife and attack the police": an order
    refused = False
    h = t
    for _ in range(4):
        dep = h.dep_
        gov = h.head
        if gov.i == h.i:
            break
        if h is t and dep == "acl" and t.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass") for c in coder.kids(t)):
            break  # "agreed to a truce brokered by Qatar": the truce was brokered
        if dep == "conj" and h.tag_ == "VBD" and gov.tag_ == "VB" \
                and gov.dep_ in ("xcomp", "ccomp") and gov.head.i != gov.i:
            # "urged the doctors to return and offered to meet them": a past tense is
            # no infinitive's conjunct; it is the urging verb's
            h = gov.head
            continue
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                  for c in coder.kids(h)):
            modality = "conditional"
        if dep == "advcl" and modality == "asserted" and any(
                c.dep_ == "mark" and c.lower_ == "until" for c in coder.kids(h)) and (
                h.tag_ in ("VBZ", "VBP") or modality_of(coder, gov)[0] != "asserted"):
            # "vowed to keep marching until he resigned", "will stay until the president
            # resigns": the end awaited, not an act done ("ruled until he resigned" is)
            modality = "conditional"
        if dep in ("ccomp", "pcomp") and any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                             for c in coder.kids(h)):
            modality = "conditional"  # "did not say whether he accepted the verdict", "an
            # investigation into whether Meta had breached the rules"
        lemma = _lemma(gov)
        if dep in ("xcomp", "ccomp", "acl", "relcl", "pobj", "dobj", "nsubj", "advcl",
                   "prep"):
            # the nearest governing verb decides: "wants to deepen", told reporters
            settled = modality != "asserted"
            if lemma in _REFUSE and dep == "xcomp":
                refused = True
            elif settled:
                pass
            elif lemma in _HOPE or (gov.pos_ == "NOUN" and lemma in {"hope", "wish"}):
                modality = "hoped"
            elif lemma in _DENY and dep == "ccomp" and any(
                    c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i > h.i
                    and (c.lemma_.lower() in _CLAIM_NOUNS or any(
                        # (", a charge Athens denies", the claim parsed as the name's)
                        g.dep_ == "compound" and g.lemma_.lower() in _CLAIM_NOUNS
                        for g in coder.kids(c))) for c in coder.kids(gov)):
                # "accused Rwanda of sending soldiers, a charge Kigali has long denied":
                # parsed as the denial's clause, the act said before the charge denied
                break
            elif lemma in _DENY and (dep == "ccomp" or (dep == "xcomp" and h.tag_ == "VBG")):
                # ("denied that it had struck", "denied targeting civilians")
                modality = "denied"
            elif lemma in _DEMAND and (dep == "xcomp" or (
                    dep == "ccomp" and lemma in _DEMAND_THAT and not (
                        lemma in _CLAIM_OR_DEMAND and coder._indicative(h)))):
                # ("insisted the protests were organised abroad": a claim, as it is)
                modality = "demanded"
            elif lemma in _INTENT and (dep == "xcomp" or (
                    dep == "prep" and h.lower_ == "to")):
                modality = "intended"
            elif dep == "acl" and gov.pos_ == "NOUN" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in coder.kids(h)) and (
                    gov.lemma_.lower() in _INTENT_NOUNS | _ATTEMPT_NOUNS | _DEMAND_NOUNS):
                # "unveiled a plan to deploy troops", "a bid to seize the airport",
                # "rejected calls to resign": an act planned, tried or asked for
                noun = gov.lemma_.lower()
                doing = carried_out(coder, gov)
                if doing is None:
                    modality = "intended" if noun in _INTENT_NOUNS else \
                        "demanded" if noun in _DEMAND_NOUNS else "attempted"
                else:
                    # "went ahead with its plan": as the carrying verb has it ("would go
                    # ahead with": intended)
                    modality, done_neg, _ = modality_of(coder, doing)
                    negated = negated or done_neg
            elif lemma in _ATTEMPT and dep == "xcomp":
                # "tried to storm": what the trying verb's own auxiliaries make it
                tried = modality_of(coder, gov)[0]
                modality = "attempted" if tried == "asserted" else tried
            if any(c.dep_ == "neg" for c in coder.kids(gov)) and lemma in (
                    _INTENT | _HOPE | _ATTEMPT | {"agree", "be"}):
                negated = True
        if dep not in ("xcomp", "conj", "acl", "pobj", "prep", "dobj", "ccomp", "pcomp"):
            break
        h = gov
    if supposed and modality == "asserted":
        modality = "conditional"
    return modality, negated, refused


def carried_out(coder: Coder, noun: Any) -> Any:
    """The verb that carries out the plan, promise or call ``noun`` ("went ahead with
    its plan", "made good on a promise", "implemented the plan"), or None."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = _lemma(verb)
    doing = lemma in _CARRYING_OUT or any(
        f"{lemma} {c.lower_}" in _CARRYING_OUT for c in coder.kids(verb)
        if c.dep_ in ("prt", "advmod", "acomp", "prep")) or (
        noun.dep_ == "pobj" and f"{lemma} {noun.head.lower_}" in _CARRYING_OUT)
    return verb if doing else None


def imperative(coder: Coder, t: Any) -> bool:
    """Is ``t`` a verb in the imperative: its base form, no subject, no auxiliary,
    heading its sentence or a clause or conjunct of one ("Take a knife and attack
    the tourists")?"""
    h = t
    for _ in range(3):
        kids = coder.kids(h)
        if h.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (
                c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "don't"))
                for c in kids):
            return False
        if h.dep_ == "conj":
            h = h.head
            continue
        if h.dep_ == "ROOT":
            return True
        # "said: 'Take a knife ...'", "Do not attack civilians, the general told":
        # the clause opens its sentence or a quotation
        first = min([h.i, *(c.left_edge.i for c in kids if c.i < h.i)])
        before = coder.doc[first - 1] if first > 0 else None
        return h.dep_ in ("ccomp", "xcomp", "advcl", "acl", "parataxis") and (
            before is None or first == h.sent.start
            or before.text in ('"', "“", ":", "'", "‘"))
    return False


def reported(coder: Coder, verb: Any) -> bool:
    """Is ``verb`` (or the verb it is conjoined to) what a speech verb reports?
    "announced it would prohibit aid and would deny entry"."""
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v.dep_ == "ccomp" and _lemma(v.head) in _SPEECH


def reported_act(coder: Coder, t: Any, p: Pattern) -> bool:
    """Is ``t`` an attack reported with no party named, to be coded all the same
    (its doer implied: :func:`.conventions.implied_doers`)? "Twin bombings struck the
    cathedral" (an attack noun that is its clause's subject), "a man began to
    stab people" (an attack by someone no one names)."""
    if p.kind == "noun":
        return t.dep_ in ("nsubj", "nsubjpass") and \
            coder.lex.implied_doers.get(t.lemma_.lower()) == "country"
    return p.kind == "verb" and coder.lex.implied_doers.get(_lemma(t)) == "country" and \
        arguments.doerless_subject(coder, t) is not None


def governor(coder: Coder, t: Any, events_at: dict[int, list[Candidate]],
              topic: bool = False) -> tuple[Any, bool]:
    """The nearest token above ``t`` in its clause chain that triggered an
    event ("agreed to [re-open]", "demanded that the US [cancel]", "used tear
    gas to [disperse]"), and whether ``t`` is that event's content (an open
    or that-clause) rather than its purpose; ``None`` if there is none."""
    h = t
    content = False
    for _ in range(5):
        dep = h.dep_
        if dep == "conj" and h.tag_ in ("VBG", "VB") and h.head.tag_ == h.tag_ \
                and h.head.dep_ in ("pcomp", "pobj", "xcomp"):
            # "accused Israel of carrying out attacks and assassinating scientists",
            # "urged all sides to respect the law and allow access": a gerund or an
            # infinitive joined to another stands where that one stands
            h = h.head
            continue
        if dep == "conj" and h.pos_ == "ADP" and h.head.i != h.i:
            # "accused Eritrea of massing troops near the border and of supporting
            # rebels": a preposition joined to another stands where that one stands
            h = h.head
            continue
        if h.head.i == h.i or dep in ("conj", "relcl", "parataxis", "nsubj", "nsubjpass"):
            return None, False
        if dep == "ccomp" and h.i < h.head.i and coder.child(h.head, "dobj") is not None:
            return None, False  # "Kenya accused Uganda of arming rebels, a charge Kampala
            # denies": the parser makes the accusation what is denied; the verb after has
            # an object of its own
        if dep == "advcl" and not topic and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                    for c in coder.kids(h)):
            return None, False  # "..., killing one person": an act of its own
        if dep == "pcomp" and h.head.lower_ == "with" and coder.child(h, "nsubj") is not None:
            return None, False  # "..., with Israeli drones striking a car": so too
        if dep == "pobj" and h is t and h.head.lower_ in _BACKGROUND and h.pos_ == "NOUN":
            return None, False  # "called off the strike after talks with the minister",
            # "during his visit to Tokyo": a contact told in passing, of its own
        if dep == "pcomp" and h.head.lower_ in _BACKGROUND and (h.tag_ == "VBG" or (
                h.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being"
                                        for c in coder.kids(h)))):
            return None, False  # "stripped them of citizenship after releasing them",
            # "shelled the town after seizing the bridge": an act before, not a means;
            # so too done to one ("placed under surveillance after being released")
        if dep == "acl" and h.tag_ == "VBN" and any(c.dep_ == "agent" for c in coder.kids(h)) \
                and (h.head.dep_ == "dobj" or (h.head.dep_ == "pobj" and h.head.head.lower_
                                               == "in")) \
                and _lemma(h.head.head) not in event_words()["preventing_verb"]:
            return None, False  # "dismissed a lawsuit filed by the opposition", "..., in a
            # ruling condemned by rights groups": an act its own doer did, told in passing
            # (not one stopped: "prevented a demonstration staged by students"; nor one
            # deeper in what is done: "demanded the return of land seized by the army")
        content = content or dep in ("xcomp", "ccomp", "acl")
        h = h.head
        if h.i in events_at:
            return h, content
    return None, False


#: Roots of acts against someone (disapproval to force), which no agreement to do them makes
#: cooperation with their target.
_HOSTILE_ROOTS = frozenset({"11", "12", "16", "17", "18", "19", "20"})
#: Verbs by which a side decides to act ("agreed to impose", "decided to expel").
_DECIDING = frozenset({"agree", "decide", "vote", "resolve"})


def open_question(coder: Coder, t: Any) -> bool:
    """Is the act at ``t`` what a "whether" clause asks ("will decide whether to put him
    on trial", "did not say whether it had withdrawn")?"""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in coder.kids(t))


def decided(coder: Coder, t: Any, code: str) -> bool:
    """Is the act at ``t`` one its doers decided to do ("the EU agreed to impose
    sanctions", "parliament voted to expel the envoy"), a hostile act done by that
    decision rather than a threat of one? The deciding verb is plain past or present."""
    gov = t.head
    return (code[:2] in _HOSTILE_ROOTS and t.dep_ == "xcomp" and gov.i != t.i
            and _lemma(gov) in _DECIDING and not any(
                c.dep_ in ("neg", "aux") and c.lower_ != "to" for c in coder.kids(gov)))


#: Codes of an act of no kind named (coerce, assault, fight): the means says which.
_GENERIC_ACTS = frozenset({"170", "180", "190"})


def fold_embedded(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """One event per clause chain, as CAMEO codes a sentence: an act that is
    what another event agrees to, offers, demands, threatens or refuses
    ("Libya offered to hand over two suspects to Britain"), or that it is
    done for ("police used tear gas to disperse demonstrators"), is part of
    that event. The governing event keeps its code and takes the target it
    lacked from the embedded act: whom the act is done to, or, for a demand
    that someone else act, who is to act."""
    events_at: dict[int, list[Candidate]] = {}
    for c in found:
        events_at.setdefault(c.trigger.i, []).append(c)
    dropped: set[int] = set()

    def depth(c: Candidate) -> int:
        return sum(1 for _ in c.trigger.ancestors)

    for c in sorted(found, key=depth, reverse=True):
        gov, content = governor(coder, c.trigger, events_at)
        if gov is None and c.code[:2] in ("02", "10"):
            # "demonstrated in Kirkuk, calling for independence": the demand is the
            # protest's topic, not an event of its own (PLOVER manual, PROTEST)
            gov, content = governor(coder, c.trigger, events_at, topic=True)
            if gov is not None and not any(g.code[:2] == "14" for g in events_at[gov.i]):
                gov = None
        if gov is None:
            continue
        heads = [g for g in events_at[gov.i] if id(g) not in dropped]
        if not heads:
            continue
        if c.code[:2] in ("18", "19", "20") and all(
                g.code == "015" and _lemma(g.trigger) == "claim" and coder.code(g.source)
                for g in heads):
            # "claimed responsibility for the attack on a hotel": the claim, and the act
            # claimed, which is the claimer's (anaphora.claimed_attacks; what one
            # confesses to stays the confession's: "confessed to killing his sister")
            for g in heads:
                if g.target is None:
                    g.target, g.target_tok = c.target, c.target_tok
            continue
        obj = coder.child(gov, "dobj")
        purpose = c.trigger.head.i == gov.i and c.trigger.dep_ in ("xcomp", "advcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in coder.kids(c.trigger))
        shown = _lemma(c.trigger) in event_words()["force_purpose"] \
            and _lemma(c.trigger) not in event_words()["strike_purpose"]
        if purpose and not shown and all(g.code == "154" for g in heads) \
                and _lemma(gov) == "send" \
                and obj is not None and obj.lemma_.lower() in event_words()["craft_noun"]:
            # "sent navy ships off Pylos to rescue migrants", "sent warplanes into Iraq to
            # strike militants": what the craft were sent to do is the act (but "sent
            # warships to encircle Taiwan" is the show of force itself)
            dropped.update(id(g) for g in heads)
            continue
        own = {coder.country(g.source) for g in heads} | {g.source for g in heads}
        same_side = c.source is None or c.source in own or coder.country(c.source) in own
        if not same_side and not (content and c.modality != "asserted") and not all(
                g.code[:3] == "112" for g in heads):
            continue  # (what one is accused of is the accusation's, whoever did it:
            # "was impeached, accused of misusing funds and threatening the president";
            # not what a court found: "a man convicted of killing a guard" did kill)
        if same_side and c.code[:2] in _HOSTILE_ROOTS and all(
                g.code[:2] == "03" and g.trigger.lemma_.lower() in _DECIDING for g in heads):
            # "the EU agreed to impose sanctions on Russia": what the side agreed among
            # itself to do is the act, not cooperation with the one it is done to
            dropped.update(id(g) for g in heads)
            continue
        if same_side and c.code[:2] in ("02", "10") and c.source is not None \
                and all(g.code == "030" for g in heads):
            # 'proposed: "I request all the presidents to ..."': a proposal that others
            # act is the request it makes (CAMEO 02), not an offer of one's own (03)
            for g in heads:
                g.code = c.code
        if same_side and not (c.code[:2] in _FORCE_ROOTS
                              and all(g.code[:2] == "11" for g in heads)):
            fill, tok = c.target, c.target_tok
        else:
            # (an act of force blamed or condemned is aimed at its doer, never at whom
            # it was done to: "blamed the same group for attacks on their parliaments")
            fill, tok = c.source, c.source_tok
        # "threatened to fire missiles at Israel" (a strike: 138), "threatened to fire
        # striking doctors" (a dismissal: 132): a bare threat is the threat of the act
        # (only the act threatened itself, not what a warning says would happen:
        # "warned that it would retaliate" is a bare threat)
        named = (c.code if c.code[:2] == "13" else _threat(c.code)) \
            if same_side and c.trigger.dep_ == "xcomp" and c.trigger.head.i == gov.i \
            else None
        # "India retaliated by expelling six Canadian diplomats": a generic act is the
        # act its means names (161, not 170)
        means = c.code if same_side and c.trigger.dep_ == "pcomp" \
            and c.trigger.head.lower_ == "by" and c.trigger.head.head.i == gov.i else None
        for g in heads:
            if g.target is None and fill is not None and fill != g.source:
                g.target, g.target_tok = fill, tok
            if g.code == "130" and named:
                g.code = named
            if g.code in _GENERIC_ACTS and means:
                g.code = means
        dropped.add(id(c))
    return [c for c in found if id(c) not in dropped]
