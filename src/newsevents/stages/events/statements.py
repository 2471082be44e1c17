"""What quotations do: a speaker criticising (CAMEO 111) or praising (051) an actor.

Wire stories report much of politics as speech: "the opposition leader called the
plan 'a raid on our savings'", "'The governor ignores the courts,' said Senator
Grant", "the prime minister wrote: 'The nation mourns a great leader'".
A trained coder codes these as criticism or praise of the actor spoken of; a
plain statement with no judgement in it is not an event (plain "said" has no code).

For every quotation in the speaker's own words (direct or partial, with a speaker):

* **judgement**: the quotation condemns or praises when it uses a word of
  ``knowledge/data/evaluation_words.tsv`` of one kind and none of the other;
  otherwise VADER's compound valence of the quotation decides, beyond
  :data:`CONDEMN_BELOW` / :data:`PRAISE_ABOVE`. No judgement, no event.
* **whom it judges**: the object of a naming verb before the quotation ("called
  *the move* ...", "described *Trump's conduct* as ..."): the actor it is, its
  possessor, or the doer of the earlier event it refers back to ("the move", "the
  stabbing"); else an actor that is the subject of a clause of the quotation, or
  that subject's possessor ("*Nabil's* murder is unacceptable"); else, for a
  quotation that is what a clause says of its subject ('said *the government's*
  plan was "a power grab"'), that subject. Never the speaker,
  a first-person pronoun (the speaker again), an audience, or the speaker's own
  country itself ("the will of Azerbaijan", in an Azerbaijani minister's mouth). No actor, no event:
  "the attack killed twelve" judges no one.
* **accusations in reported speech** (:func:`accusations`): "protesters claimed Iran
  is meddling" -- an accusing verb (``accusing_verb`` in the same file) whose clause
  has an actor as its subject (or passive agent) accuses that actor (112); so does a
  plain speech verb whose clause says its subject is behind, involved in or
  responsible for something ("said Rwanda was behind the attacks";
  ``accusing_predicate``); a court that rules so finds the actor liable (116:
  "ruled that the government had violated the constitution").
* **judging words without quotation marks** (:func:`named_judgements`): "Moscow
  called the sanctions illegal", "described the arrests as unacceptable" -- a naming
  verb whose object is given a word of the condemn or praise lists judges whom the
  object stands for (never the speaker's own side); so does a speech verb whose
  reported clause says what its subject is ("the PDCI said the decision was
  politically motivated").
* **trigger**: the speech verb that introduces the quotation ("said", "wrote",
  "called"), so the event sits in the sentence that reports the speech; for a
  quotation with no speech verb of its own, the verb the judged actor is the
  subject of. A
  lexicon event already coded on that verb keeps its code, except a plain statement
  (010: "commented", "remarked"), which becomes the criticism or praise it makes; a
  criticism or praise of it with no target takes the one found here. A speech verb's
  "on"/"about" object is whom it judges too ("commented on *the council's* decision").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ...knowledge.events import evaluation_words, event_words
from ...records import Quote
from . import anaphora, arguments, mood, participants
from .candidates import Candidate
from .grammar import _ADVOCATES, _ANAPHORS, _ATTACK_NOUNS

if TYPE_CHECKING:
    from .coder import Coder

#: CAMEO's plain statement ("commented", "remarked"), which a judgement makes more of
PLAIN = "010"
CRITICISM = "111"
ACCUSATION = "112"
#: CAMEO's finding of guilt or liability (a court's ruling that an actor did wrong)
FOUND_GUILTY = "116"
PRAISE = "051"
#: VADER compound valence (-1 .. 1) at or below which a quotation condemns
CONDEMN_BELOW = -0.5
#: ... and at or above which it praises
PRAISE_ABOVE = 0.5
#: subjects and possessors: the words a quotation's clauses are about
_ABOUT_DEPS = ("nsubj", "nsubjpass")


@cache
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@cache
def _words(kind: str) -> re.Pattern[str] | None:
    words = evaluation_words().get(kind)
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


#: the words for acts of violence: anaphor nouns of force and nothing else ("killing",
#: "murder", "bombing"; not "decision" or "move", which may refer back to anything)
_VIOLENCE = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w) for w in sorted(
        (w for w in _ATTACK_NOUNS if all(r[:2] in ("17", "18", "19", "20") for r in _ANAPHORS[w])),
        key=len, reverse=True)) + r")(?![\w-])", re.I)


#: a danger denied ("no threat to", "no longer a danger to", "see no danger to")
_NO_DANGER = re.compile(r"\b(?:no|not|never|nor)\s+(?:\w+\s+){0,2}(?:threat|danger|menace)\s+to\b",
                        re.I)


def judgement(text: str) -> str | None:
    """CRITICISM, PRAISE or None for a quotation's words."""
    condemn, praise = _words("condemn"), _words("praise")
    text = _NO_DANGER.sub(" ", text)  # (a danger denied condemns no one)
    bad = bool(condemn and condemn.search(text))
    good = bool(praise and praise.search(text))
    if bad != good:
        return CRITICISM if bad else PRAISE
    if bad and _VIOLENCE.search(text):
        # "the senseless killing of a courageous journalist": praise of the victim does
        # not undo the condemnation of what was done to them
        return CRITICISM
    valence = _analyzer().polarity_scores(text)["compound"]
    if valence <= CONDEMN_BELOW:
        return CRITICISM
    if valence >= PRAISE_ABOVE:
        return PRAISE
    return None


def statement_events(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """Criticism and praise in quotations (see the module docstring); events already
    ``found`` on a quotation's speech verb are completed, not repeated."""
    at_trigger = {c.trigger.i: c for c in found}
    out: list[Candidate] = []
    for q in coder.quotes:
        if not q.speaker or q.kind == "indirect":
            continue  # a reporter's paraphrase is not the speaker's own word
        code = judgement(q.text)
        if code is None:
            continue
        cue = _cue(coder, q)
        targets = (_named(coder, q, cue) or _spoken_of(coder, q, cue)) if cue is not None else []
        targets = targets or _about(coder, q, blame=code == CRITICISM) \
            or _predicated_of(coder, q)
        home = coder.country(q.speaker)
        targets = [(e, t) for e, t in targets if e != q.speaker and not (
            home and _bare_country(coder, e) == home)]
        if not targets and cue is not None and code == CRITICISM and _pities(coder, q):
            # '"People will suffer," said an analyst' after the devaluation: a
            # criticism of whoever did the act the story reports before it, for whom
            # it pities (inferred); of no one if no one else acted
            if cue.i not in at_trigger:
                doer = _last_doer(coder, found, cue, q.speaker)
                out.append(Candidate(code=code, source=q.speaker, target=doer, trigger=cue,
                                     sentence=coder.sent_of.get(cue.i, 0),
                                     inferred=["target"] if doer else []))
            continue
        if not targets and cue is not None and _judges_an_act(coder, cue):
            # 'called the shooting "a cowardly crime"', its doer not named: the
            # speaker's judgement all the same, of someone the text leaves open
            if cue.i not in at_trigger:
                out.append(Candidate(code=code, source=q.speaker, target=None, trigger=cue,
                                     sentence=coder.sent_of.get(cue.i, 0)))
            continue
        if not targets:
            continue
        # the speech verb; else the verb of the clause the judged actor is the subject of
        trigger = cue if cue is not None else targets[0][1].head
        known = at_trigger.get(trigger.i)
        if known is not None:
            if known.code == PLAIN:
                # "commented on the decision: '...'": a comment that judges is the
                # criticism or praise it makes
                known.code = code
            if known.target is None and known.code[:2] in ("11", "05"):
                known.target, known.target_tok = targets[0]
            continue
        for eid, tok in targets[:2]:
            out.append(Candidate(code=code, source=q.speaker, target=eid, trigger=trigger,
                                 sentence=coder.sent_of.get(trigger.i, 0), target_tok=tok))
    return out


def accusations(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """"Protesters claimed Iran is meddling", "claimed the protesters were sent by the
    government": a claim about what an actor did or is accuses it (112) -- the
    passive agent, else the subject of the claimed clause; a claim about things
    ("claimed 190 were dead") or about oneself accuses no one."""
    verbs = evaluation_words().get("accusing_verb", frozenset())
    taken = {c.trigger.i for c in found}
    out: list[Candidate] = []
    for t in coder.toks:
        if t.pos_ != "VERB" or t.i in taken or coder.child(t, "neg") is not None:
            continue
        said = _accusing_clause(coder, t) if t.lemma_.lower() in _SPEECH | _FINDING else None
        if t.lemma_.lower() not in verbs and said is None:
            continue
        clause = said or coder.child(t, "ccomp")
        subj = coder.child(t, "nsubj") or (
            # "denied the accusation and said Poland was violating ...": the shared one
            arguments.subject(coder, t) if t.dep_ == "conj" else None)
        obj = coder.child(t, "dobj")
        if obj is not None and (clause is None or coder.child(clause, "nsubj", "nsubjpass")
                                is None) and any(
                c.dep_ in ("conj", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")
                and coder.child(c, "nsubj", "nsubjpass") is None for c in coder.kids(t)):
            # "claimed Tehran, above all, is meddling", parsed as an object and a
            # conjoined verb: the object is the clause's subject
            clause = obj
        if clause is None or subj is None:
            continue
        sources = participants.entities_of(coder, subj)
        agent = coder.child(clause, "agent")
        who = coder.child(agent, "pobj") if agent is not None else None
        if who is None and clause is obj:
            who = obj
        if who is None:
            who = coder.child(clause, "nsubj", "nsubjpass")
            if who is not None and any(x.dep_ == "nummod" for x in who.children):
                continue  # "claimed 40 people were dead": a count, not an accusation
        if not sources or who is None:
            continue
        targets = _others(coder, who, sources)
        if who is not None and _act_of(coder, who):
            # "ruled that the closure of three stations was unconstitutional": the act's
            # doer is accused, never whom it was done to
            targets = anaphora.act_doers(coder, who, t, found,
                                         frozenset(e for e, _ in sources))
        if not targets and t.lemma_.lower() == "claim":
            # "Boko Haram claimed it had abducted 300 schoolboys": an act of force one
            # says one did oneself is claimed (015), aimed where the act was
            selves = {e for e, _ in participants.entities_of(coder, who)}
            act = next((c for c in found if c.trigger.i == clause.i and not c.negated
                        and c.code[:2] in ("18", "19", "20")), None)
            if act is not None and selves and selves <= {e for e, _ in sources}:
                out.extend(Candidate(code=CLAIMED, source=e, target=act.target, trigger=t,
                                     sentence=coder.sent_of.get(t.i, 0), source_tok=tok,
                                     target_tok=act.target_tok) for e, tok in sources)
                continue
        attr = coder.child(clause, "attr")
        if not targets and attr is not None:
            # "claimed the decree is a ploy by X to ...": the doer of what it is
            by = next((c for c in coder.kids(attr) if c.dep_ == "prep" and c.lower_ == "by"),
                      None)
            targets = _others(coder, coder.child(by, "pobj") if by is not None else None,
                              sources)
        out.extend(_said(coder, t, FOUND_GUILTY if _court_finds(coder, t, sources)
                         else ACCUSATION, sources, targets))
    return out


def _act_of(coder: Coder, noun: Any) -> bool:
    """Is ``noun`` an act done to what its "of" names ("the closure of the stations",
    "the detention of the refugees"), rather than an actor, and names no possessor
    (whose act it is, or to whom it was done: :func:`anaphora.owned_act`)? Not an act
    whose "of" may be its author (``authored_noun``: "the decree of the president",
    "the demands of the opposition")."""
    return noun.pos_ == "NOUN" and noun.i not in coder.tok_entity \
        and noun.lemma_.lower() in _judged_acts() \
        and any(k.dep_ == "prep" and k.lower_ == "of" for k in coder.kids(noun)) \
        and coder.child(noun, "poss") is None  # ("Saudi Arabia's execution of seven men")


@cache
def _judged_acts() -> frozenset[str]:
    """The nouns :func:`_act_of` reads as acts: the event nouns and the public measures,
    but not those whose "of" may be their author (``authored_noun``)."""
    return frozenset(_ANAPHORS.keys() | public_measures()) \
        - evaluation_words().get("authored_noun", frozenset())


@cache
def public_measures() -> frozenset[str]:
    """What a state alone decides at home: its laws and rules (not a court's ruling,
    which an appeal contests before another court), its elections and their results,
    the acts of ``state_act_noun`` (evaluation_words.tsv)."""
    words = evaluation_words()
    return frozenset().union(*(words.get(k, frozenset()) for k in (
        "law_noun", "vote_noun", "vote_outcome_noun", "state_act_noun"))) - {"ruling"}


def public_measure(coder: Coder, noun: Any) -> bool:
    """Is ``noun`` a measure only a state takes: one of :func:`public_measures`, or an
    act anyone may do (``public_act_noun``: a closure, a suspension) done to what only a
    state closes or suspends (``state_object_noun``: "the closure of the border", "the
    suspension of parliament") or to a state's body ("the suspension of the judges")?"""
    lemma = noun.lemma_.lower()
    if lemma in public_measures():
        return True
    if lemma not in evaluation_words().get("public_act_noun", frozenset()):
        return False

    def of_state(x: Any) -> bool:
        if x.lemma_.lower() in _state_things():
            return True
        eid = coder.tok_entity.get(x.i)
        a = coder.by_id[eid].actor if eid is not None else None
        return a is not None and (a.code == a.country
                                  or bool(set(a.roles) & {"GOV", "LEG", "JUD", "MIL", "COP"}))

    objects = arguments.prep_objects(coder, noun, {"of"})
    return bool(objects) and all(of_state(x) for x in objects)


@cache
def _state_things() -> frozenset[str]:
    """What only a state closes, suspends or postpones: ``state_object_noun`` and the
    public measures themselves ("the postponement of the election")."""
    return evaluation_words().get("state_object_noun", frozenset()) | public_measures()


#: CAMEO's verbal defence
DEFENDED = "052"
#: verbs by which one holds a belief one may say ("said she believed he was innocent")
_BELIEVING = frozenset({"believe", "think", "maintain", "insist", "argue", "stress"})


def defences(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """"His mother said she believed he was innocent", "the lawyers insisted their clients
    were blameless": one who says someone else is innocent defends them verbally (052).
    Not oneself ("insisted he was innocent", of the speaker: a denial), not denied ("was
    not innocent"), not a court's word (an acquittal is its own act)."""
    words = evaluation_words().get("vouching_predicate", frozenset())
    taken = {c.trigger.i for c in found}
    out: list[Candidate] = []
    for t in coder.toks:
        if t.pos_ != "VERB" or t.i in taken or t.lemma_.lower() not in _SPEECH | _BELIEVING \
                or coder.child(t, "neg") is not None:
            continue
        clause = coder.child(t, "ccomp")
        if clause is not None and clause.lemma_.lower() in _BELIEVING:
            clause = coder.child(clause, "ccomp")  # "said she believed he was innocent"
        if clause is None or clause.lemma_.lower() != "be" \
                or coder.child(clause, "neg") is not None or not any(
                    c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words
                    and coder.child(c, "neg") is None for c in coder.kids(clause)):
            continue
        subj = arguments.subject(coder, t)
        sources = [(e, x) for e, x in (participants.entities_of(coder, subj)
                                       if subj is not None else [])
                   if coder.by_id[e].actor is not None
                   and "JUD" not in coder.by_id[e].actor.roles]
        who = coder.child(clause, "nsubj")
        targets = _others(coder, who, sources) if who is not None else []
        if sources and targets:
            out.extend(_said(coder, t, DEFENDED, sources, targets))
    return out


def _court_finds(coder: Coder, t: Any, sources: list[tuple[str, Any]]) -> bool:
    """Is ``t`` a court's finding: a verb only courts find by ("ruled that"), or one of
    finding whose finder is a court ("the Supreme Court found that")?"""
    lemma = t.lemma_.lower()
    return lemma in _COURT_FINDING or (lemma in _FINDING and any(
        (a := coder.by_id[e].actor) is not None and "JUD" in a.roles for e, _ in sources))


def _others(coder: Coder, who: Any, sources: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The coded actors ``who`` names, other than the speakers."""
    own = {s for s, _ in sources}
    return [(e, x) for e, x in (participants.entities_of(coder, who) if who is not None else [])
            if e not in own and coder.by_id[e].actor is not None]


def _said(coder: Coder, t: Any, code: str, sources: list[tuple[str, Any]],
          targets: list[tuple[str, Any]]) -> list[Candidate]:
    """What each speaker's words at ``t`` do to the first actor they are about."""
    return [Candidate(code=code, source=source, target=target, trigger=t,
                      sentence=coder.sent_of.get(t.i, 0), source_tok=tok, target_tok=ttok)
            for source, tok in sources for target, ttok in targets[:1]]


#: CAMEO's claim of responsibility
CLAIMED = "015"
#: CAMEO's threat, not specified below
THREAT = "130"
#: speech verbs whose reported clause may threaten ("said Israel would pay a price")
_THREATENING_SPEECH = frozenset({"say", "warn", "tell", "vow", "declare", "insist", "add"})


def promises_harm(coder: Coder, clause: Any) -> bool:
    """Does the reported ``clause`` promise its subject harm ("would pay a heavy
    price", "was playing with fire": ``threat_phrase`` in evaluation_words.tsv)?"""
    verb = clause.lemma_.lower()
    heads = {g.lemma_.lower() for c in coder.kids(clause) if c.dep_ in ("dobj", "prep", "advmod")
             for g in [c, *coder.kids(c)]}
    if verb == "face" and ("from" in heads or not (
            any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "shall", "'ll")
                for c in coder.kids(clause))
            or clause.head.lemma_.lower() in ("warn", "threaten"))):
        return False  # "witnesses face reprisals (if they testify)", "migrants face
        # retaliation from armed groups": a danger told of, or another's; "would face a
        # crushing response", "warned that Moscow faces consequences" are promises
    return any(p[0] == verb and (len(p) == 1 or p[-1] in heads)
               for p in (tuple(x.split()) for x in evaluation_words().get("threat_phrase", ())))


def threats(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """"Iran said Israel would pay a heavy price", "China warned that the United
    States was playing with fire": a reported clause that promises its subject harm
    (``threat_phrase`` in evaluation_words.tsv) is the speaker's threat to that
    subject (130); one that promises harm to no actor, or to the speaker, is none."""
    # (a bare comment on the speech verb yields: "warned that X was playing with fire"
    # is no pessimistic comment, 012, but a threat)
    taken = {c.trigger.i for c in found if c.code[:2] != "01"}
    out: list[Candidate] = []
    for t in coder.toks:
        if t.pos_ != "VERB" or t.i in taken or t.lemma_.lower() not in _THREATENING_SPEECH:
            continue
        clause = coder.child(t, "ccomp")
        subj = coder.child(t, "nsubj")
        if clause is None or subj is None or coder.child(clause, "neg") is not None:
            continue
        if not promises_harm(coder, clause):
            continue
        sources = participants.entities_of(coder, subj)
        targets = _others(coder, coder.child(clause, "nsubj"), sources)
        if targets and sources:
            found[:] = [c for c in found if c.trigger.i != t.i]
        out.extend(_said(coder, t, THREAT, sources, targets))
    return out


#: how little evidence there is: none to speak of
_SCANT = frozenset({"no", "little", "scant", "insufficient", "scarce", "any"})
#: speech verbs whose reported clause may accuse ("said Rwanda was behind the attacks")
_EVENT_WORDS = event_words()
_SPEECH = _EVENT_WORDS["plain_speech"]
#: Verbs of a finding: "the court ruled that the government had violated the
#: constitution" (a court's finding, 116), "investigators found that police had
#: interfered" (an accusation)
_FINDING = _EVENT_WORDS["finding_verb"]
_COURT_FINDING = _EVENT_WORDS["court_finding_verb"]
#: Words for what was said ("said the minister's remarks were a provocation").
_SAID = _EVENT_WORDS["said_noun"]


def _accusing_clause(coder: Coder, t: Any) -> Any:
    """The clause ``t`` reports that says its subject is behind, involved in or
    responsible for something (``accusing_predicate`` in evaluation_words.tsv), also
    as what evidence or allegations say ("said there were credible allegations that
    India was behind the killing", ``evidence_noun``); else None."""
    words = evaluation_words().get("accusing_predicate", frozenset())
    acts = evaluation_words().get("accusing_act", frozenset())
    evidence = evaluation_words().get("evidence_noun", frozenset())
    overreach = evaluation_words().get("overreach_verb", frozenset())
    authority = evaluation_words().get("authority_noun", frozenset())
    own_acts = evaluation_words().get("actor_act", frozenset())
    conduct = evaluation_words().get("conduct_noun", frozenset())
    court = t.lemma_.lower() in _COURT_FINDING

    def accusing(clause: Any) -> bool:
        if clause is None or coder.child(clause, "neg") is not None:
            return False
        subj = coder.child(clause, "nsubj")
        if subj is not None and subj.i not in coder.tok_entity and subj.pos_ != "PRON" \
                and not (subj.lemma_.lower() in conduct and coder.child(subj, "poss") is not None):
            subj = None  # (an actor itself or its conduct, "Washington's policies"; not a
            # thing of one: "China's slowdown")
        if (clause.lemma_.lower() in overreach or (court and clause.lemma_.lower() == "lack")) \
                and subj is not None and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in authority
                    for c in coder.kids(clause)):
            return True  # "had exceeded its powers"; a court's "lacked the authority to"
        if clause.lemma_.lower() in own_acts and clause.pos_ == "VERB" and subj is not None:
            return True  # "was undermining peace"
        if clause.lemma_.lower() in words and clause.tag_ == "VBN":
            return True  # "were involved in the protests"
        if clause.lemma_.lower() in acts and clause.pos_ == "VERB" \
                and coder.child(clause, "nsubj", "agent") is not None:
            return True  # "was provoking a conflict", "is meddling in Iraq", "had been
            # rigged by the ruling party"
        return clause.lemma_.lower() == "be" and any(
            c.dep_ in ("prep", "acomp", "attr") and c.lemma_.lower() in words
            for c in coder.kids(clause))

    clause = coder.child(t, "ccomp")
    if clause is None or accusing(clause):
        return clause
    if coder.child(clause, "neg") is not None:
        return None
    for noun in coder.kids(clause):
        # what there is or what one has ("there were allegations that", "had evidence
        # that"), not what is judged ("the allegations that ... were absurd"), nor
        # little or none of it
        if noun.dep_ in ("attr", "dobj") and noun.lemma_.lower() in evidence \
                and not any(c.dep_ == "neg" or c.lower_ in _SCANT for c in coder.kids(noun)):
            inner = next((c for c in coder.kids(noun) if c.dep_ in ("acl", "ccomp")
                          and any(m.dep_ == "mark" and m.lower_ == "that"
                                  for m in coder.kids(c))), None)
            if accusing(inner):
                return inner
    return None


def _bare_country(coder: Coder, eid: str) -> str | None:
    """The country an entity is, if it is a country itself (not its government):
    a speaker's own country ("the will of Azerbaijan", said by an Azerbaijani
    minister) is no one the speaker judges."""
    actor = coder.by_id[eid].actor
    return actor.country if actor is not None and actor.code == actor.country else None


def _cue(coder: Coder, q: Quote) -> Any:
    """The speech verb that introduces ``q``: the nearest token outside it spelled as
    its cue, in the sentences the quotation touches."""
    if not q.cue:
        return None
    word = q.cue.split()[0].lower()
    first = coder.doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    lo = coder.sent_of.get(first[0].i, 0)
    hi = coder.sent_of.get(first[-1].i, lo)
    best = None
    for n in range(max(0, lo - 1), min(len(coder.sents), hi + 2)):
        s = coder.sents[n]
        for i in range(s.start, s.end):
            t = coder.doc[i]
            if t.lower_ != word or q.start <= t.idx < q.end:
                continue
            gap = q.start - t.idx if t.idx < q.start else t.idx - q.end
            if best is None or gap < best[0]:
                best = (gap, t)
    return best[1] if best is not None else None


def _actor(coder: Coder, t: Any) -> str | None:
    """The coded actor a word names, or its possessor's."""
    for x in (t, coder.child(t, "poss")):
        if x is None:
            continue
        eid = participants.entity_of(coder, x)
        if eid is not None and coder.by_id[eid].actor is not None:
            return eid
    return None


def _said_of(coder: Coder, t: Any) -> tuple[Any, Any]:
    """The subject and the predicate of the copula a speech verb reports ("said *the
    decision* was *politically motivated*"), or (None, None)."""
    cop = next((c for c in coder.kids(t) if c.dep_ == "ccomp" and c.lemma_.lower() == "be"
                and coder.child(c, "neg") is None), None)
    if cop is None:
        return None, None
    return coder.child(cop, "nsubj"), coder.child(cop, "acomp", "attr")


#: what is a danger "to" something ("a threat to democracy": ``condemn`` rows "threat to")
_DANGERS = frozenset({"threat", "danger", "menace"})


def _danger_denied(coder: Coder, said: Any) -> bool:
    """Is the danger ``said`` denied: "no threat to", "no longer a danger to", "poses no
    danger to", "was not a threat to"?"""
    if said.lemma_.lower() not in _DANGERS:
        return False
    verb = said.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in coder.kids(said)) or any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "longer")
        for c in coder.kids(verb))


def named_judgements(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """"Moscow called the sanctions illegal", "the opposition called the vote a sham",
    "described the arrests as unacceptable": a naming verb whose object is given a
    word that condemns or praises (the word lists only; no quotation needed) judges
    whom the object stands for -- the actor, whose it is, or the doer of the earlier
    event it refers back to. Quoted words are :func:`statement_events`' own."""
    verbs = evaluation_words().get("naming_verb", frozenset())
    condemn, praise = _words("condemn"), _words("praise")
    taken = {c.trigger.i for c in found}
    quoted = [(q.start, q.end) for q in coder.quotes]
    # (reported speech is no one's own words: "said the decision was politically
    # motivated" is judged here, not by statement_events)
    own_words = [(q.start, q.end) for q in coder.quotes if q.kind != "indirect"]
    out: list[Candidate] = []
    for t in coder.toks:
        if t.pos_ != "VERB" or t.i in taken or coder.child(t, "neg") is not None:
            continue
        if t.lemma_.lower() in _SPEECH | _COURT_FINDING:
            # "the PDCI said the decision was politically motivated": what a reported
            # copula says of its subject, as a naming verb would (and a court's ruling:
            # "ruled that the president's decree was unconstitutional")
            obj, said = _said_of(coder, t)
            named = coder.by_id.get(coder.tok_entity.get(obj.i) or "") if obj is not None \
                else None
            if said is not None and said.i in taken and said.lemma_.lower() not in _DANGERS:
                _speaker_judges(coder, t, said, found)
                continue  # (but "a threat to peace" is no threat made: judged here)
            if obj is None or said is None or (
                    obj.lemma_.lower() not in _ANAPHORS and obj.lemma_.lower() not in _SAID
                    and (named is None or named.actor is None or (
                        named.actor.roles and set(named.actor.roles) <= {"CVL", "CRM"}))):
                continue  # (an act, words or a named actor judged, not someone named for
                # what he is: "the ministry said the man was a criminal"; but "Iran said
                # Israel was a terrorist state")
        elif t.lemma_.lower() not in verbs:
            continue
        else:
            obj = coder.child(t, "dobj")
            if obj is None and t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN") \
                    and t.head.i < t.i and coder.child(t, "nsubj") is not None:
                obj = t.head  # "export controls, a move Beijing called economic bullying"
            said = next((c for c in coder.kids(t) if c.dep_ in (
                "oprd", "attr", "acomp", "xcomp", "dobj")  # (a second object)
                         and c.i > (obj.i if obj is not None else t.i)), None)
        if said is None:
            as_ = next((c for c in coder.kids(t) if c.dep_ == "prep" and c.lower_ == "as"), None)
            said = coder.child(as_, "pobj", "amod", "acomp") if as_ is not None else None
        if said is None and obj is not None:
            # "called the verdict politically motivated", the adjective parsed as the
            # object's own
            said = next((c for c in coder.kids(obj) if c.dep_ in ("acl", "amod")
                         and c.pos_ == "ADJ" and c.i > obj.i), None)
        if obj is None or said is None:
            continue
        if any(a <= said.idx < b for a, b in (
                own_words if t.lemma_.lower() in _SPEECH else quoted)):
            continue
        # the judging word is the phrase's head or says what the head is ("illegal",
        # "a sham", "a cowardly act"), not a word inside its complements ("a key
        # partner in the fight against illegal migration")
        heads = [said, *said.conjuncts]
        words = " ".join(x.text for h in heads for x in sorted((h, *(
            c for c in coder.kids(h) if c.dep_ in ("amod", "compound", "advmod")), *(
            # ... or its "of" ("an act of war", "a violation of sovereignty"), or what
            # it is a danger "to" ("a threat to democracy")
            x for c in coder.kids(h) if c.dep_ == "prep" and (
                c.lower_ == "of" or (c.lower_ == "to" and h.lemma_.lower() in _DANGERS))
            for x in (c, *(g for g in coder.kids(c) if g.dep_ == "pobj")))),
            key=lambda x: x.i))  # (in text order: "politically motivated")
        bad = bool(condemn and condemn.search(words)) and not _danger_denied(coder, said)
        good = bool(praise and praise.search(words))
        if bad == good:
            continue
        subj = arguments.subject(coder, t)
        sources = participants.entities_of(coder, subj) if subj is not None else []
        # (a defendant's lawyers share a court's code, not its side: "his lawyers said the
        # charges were politically motivated")
        advocates = subj is not None and subj.lemma_.lower() in _ADVOCATES
        own = {e for e, _ in sources} | (
            set() if advocates else {coder.code(e) for e, _ in sources})
        named = _actor(coder, obj) is not None
        # an actor named is judged whatever its code ("the president called the
        # government illegitimate"); an act referred back to, when not the judge's side's
        judges = frozenset() if advocates else frozenset().union(
            *(_side(coder, e) for e, _ in sources))
        targets: list[tuple[str | None, Any]] = [
            (e, x) for e, x in _judged(coder, obj, t, judges, found)
            if e not in own and (named or coder.code(e) not in own)]
        finding = bad and _court_finds(coder, t, sources)
        if not sources or not (targets or _act_of(coder, obj)):
            continue  # (an act judged whose doer is not yet known: the judgement stands,
            # its target left to the doers found later, conventions.judged_deeds)
        for s_id, s_tok in sources[:2]:
            for e, x in targets[:2] or [(None, None)]:
                code = (FOUND_GUILTY if finding else CRITICISM) if bad else PRAISE
                out.append(Candidate(code=code, source=s_id, target=e,
                                     trigger=t, sentence=coder.sent_of.get(t.i, 0),
                                     source_tok=s_tok, target_tok=x))
    return out


def _speaker_judges(coder: Coder, t: Any, said: Any, found: list[Candidate]) -> None:
    """"Turkey's president said Sweden's decision was unacceptable": the judging word
    the lexicon coded ("unacceptable", with its subject's possessor as the target)
    has no doer of its own; the one whose words they are judges."""
    subj = arguments.subject(coder, t)
    if subj is None:
        return
    for c in found:
        if c.trigger.i != said.i or c.source is not None or c.code not in (CRITICISM, PRAISE):
            continue
        speaker = next(((e, x) for e, x in participants.entities_of(coder, subj)
                        if e != c.target and coder.by_id[e].actor is not None), None)
        if speaker is not None:
            c.source, c.source_tok = speaker


def vote_judgements(coder: Coder, found: list[Candidate]) -> list[Candidate]:
    """"Observers said the vote was marred by intimidation", "the opposition said the
    election had been stolen", "the United States said Venezuela's election was neither
    free nor fair", "Washington called the election in Belarus a sham": a speaker who
    judges a vote or an election judges whoever held it (:func:`_vote_holder`):
    criticism (111) for a fault (``vote_fault`` in evaluation_words.tsv, a word that
    condemns, or a virtue denied), praise (051) for a virtue (``vote_virtue``: "free and
    fair"). Votes only, for their judging words ("stolen", "marred") say nothing of
    other things; the verbs of :func:`named_judgements`, which leaves these to here
    when the vote's holder is not an actor it finds."""
    words = evaluation_words()
    votes = words.get("vote_noun", frozenset())
    naming = words.get("naming_verb", frozenset())
    condemn = _words("condemn")
    taken = {c.trigger.i for c in found}
    out: list[Candidate] = []
    for t in coder.toks:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or t.i in taken or coder.child(t, "neg") is not None \
                or lemma not in _SPEECH | naming:
            continue
        vote, said, denied = _vote_said(coder, t, lemma in naming)
        if vote is None or said is None or vote.lemma_.lower() not in votes:
            continue
        faults = virtues = 0
        # ("called the election neither free nor fair": the denial is on the first word)
        denied = denied or any(c.dep_ == "preconj" and c.lower_ == "neither"
                               for c in coder.kids(said))
        for word in (said, *said.conjuncts):
            # each thing said of it: "free but not fair", "free but unfair", "less
            # than credible" deny a virtue
            phrase = " ".join(x.text for x in sorted((word, *(
                c for c in coder.kids(word) if c.dep_ in ("amod", "compound", "advmod"))),
                key=lambda x: x.i))
            head = word.lemma_.lower()
            fault = head in words.get("vote_fault", frozenset()) or bool(
                condemn and condemn.search(phrase))
            virtue = head in words.get("vote_virtue", frozenset())
            if virtue and (denied or any(
                    c.dep_ == "neg" or c.lower_ in ("less", "hardly", "far") for c in
                    coder.kids(word))):
                virtue, fault = False, True
            elif fault and denied:
                fault = False
            faults += fault
            virtues += virtue
        if not faults and not virtues:
            continue
        code = CRITICISM if faults else PRAISE
        subj = arguments.subject(coder, t)
        sources = [(e, x) for e, x in (participants.entities_of(coder, subj)
                                       if subj is not None else [])
                   if coder.by_id[e].actor is not None]
        if not sources:
            continue
        holder = _vote_holder(coder, vote, t, sources)
        if holder is None:
            continue
        eid, tok = holder
        out.extend(Candidate(code=code, source=s_id, target=eid, trigger=t,
                             sentence=coder.sent_of.get(t.i, 0), source_tok=s_tok,
                             target_tok=tok) for s_id, s_tok in sources[:2])
    return out


def _vote_said(coder: Coder, t: Any, naming: bool) -> tuple[Any, Any, bool]:
    """The vote, what is said of it and whether that is denied: "said the vote was
    (not) free", "said the election had been stolen", "called the election a sham"."""
    if naming:
        obj = coder.child(t, "dobj")
        said = next((c for c in coder.kids(t) if c.dep_ in ("oprd", "attr", "acomp", "xcomp",
                                                               "dobj")
                     and obj is not None and c.i > obj.i), None)
        if said is None:
            as_ = next((c for c in coder.kids(t) if c.dep_ == "prep" and c.lower_ == "as"),
                       None)
            said = coder.child(as_, "pobj", "amod", "acomp") if as_ is not None else None
        return obj, said, False
    for clause in coder.kids(t):
        if clause.dep_ != "ccomp":
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in coder.kids(clause)):
            break  # "said the election must be free and fair", "could be rigged": what
            # is asked or feared, no judgement of a vote held
        if clause.lemma_.lower() == "be":
            said = coder.child(clause, "acomp", "attr")
            denied = coder.child(clause, "neg") is not None or (
                said is not None and any(c.dep_ == "preconj" and c.lower_ == "neither"
                                         for c in coder.kids(said)))
            return coder.child(clause, "nsubj"), said, denied
        if clause.tag_ == "VBN" and coder.child(clause, "auxpass") is not None \
                and coder.child(clause, "neg") is None:
            return coder.child(clause, "nsubjpass"), clause, False
    return None, None, False


def _vote_holder(coder: Coder, vote: Any, t: Any, sources: list[tuple[str, Any]],
                 ) -> tuple[str, Any] | None:
    """Who held the vote: the state whose it is ("Venezuela's election", "the
    Belarusian election") or where it was held ("the vote in Zimbabwe"); else, for a
    judge who is a state's people (its opposition, its courts), that state ("the
    election was stolen", says the opposition), and for a state or a body of states the
    dateline's state if it is another. Never the judge itself."""
    own = {e for e, _ in sources}
    found = _holder_named(coder, vote, t, own)
    if found is None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                             for c in coder.kids(vote)):
        # "Venezuela held a presidential election on Sunday. Washington said the vote was
        # rigged": the vote told of before, in its sentence or the two before
        first = coder.sents[max(coder.sent_of.get(vote.i, 0) - 2, 0)].start
        votes = evaluation_words().get("vote_noun", frozenset())
        for before in reversed(coder.toks[first:vote.i]):
            if before.lemma_.lower() not in votes or before.pos_ != "NOUN":
                continue
            found = _holder_named(coder, before, before.head, own)
            verb = before.head
            if found is None and before.dep_ == "dobj" \
                    and verb.lemma_.lower() in ("hold", "stage", "organise", "organize"):
                subj = coder.child(verb, "nsubj")
                e = coder.by_id.get(participants.entity_of(coder, subj) or "") \
                    if subj is not None else None
                if e is not None and e.actor is not None and e.id not in own and (
                        e.actor.code == e.actor.country or "GOV" in e.actor.roles):
                    found = (e.id, subj)
            if found is not None:
                break
    if found is not None:
        return found or None
    judge = coder.by_id[sources[0][0]].actor
    if judge is None:
        return None
    dateline = coder.dateline_country()
    # (a state's own people judge their own elections; a government, a body of states
    # or anyone else a foreign one -- the dateline's, if it is not theirs)
    at_home = judge.country and judge.country not in coder.igo_codes \
        and not {"GOV", "MIL", "IGO"} & set(judge.roles) and judge.code != judge.country
    country = judge.country if at_home else dateline if dateline != judge.country else None
    if not country:
        return None
    home = next((e.id for e in coder.entities if e.actor is not None
                 and e.actor.code == country and e.id not in own), None)
    return (home, None) if home is not None else None


def _holder_named(coder: Coder, vote: Any, t: Any, own: set[str],
                  ) -> tuple[str, Any] | tuple[()] | None:
    """The state a vote's own words name: its possessor or adjective ("Venezuela's
    election", "the Belarusian election"), or the country it was held in ("the vote in
    Zimbabwe", also with the "in" hung on the verb ``t``); () where it was held in a
    place that is no country ("the referendum in Crimea": disputed, or a region's own);
    None where they name none."""
    near = [*(c for c in coder.kids(vote) if c.dep_ in ("poss", "amod", "compound")),
            *arguments.prep_objects(coder, vote, {"in", "of"}),
            # ("called the election in Belarus a sham", the "in" hung on the verb)
            *(g for c in coder.kids(t) if c.dep_ == "prep" and c.lower_ == "in"
              and c.i == vote.right_edge.i + 1 for g in coder.kids(c) if g.dep_ == "pobj")]
    for x in near:
        e = coder.by_id.get(participants.entity_of(coder, x) or "")
        if e is None or e.actor is None or not e.actor.country or e.id in own:
            continue
        if x.dep_ == "pobj" and not _a_country(coder, x):
            # "the election in Kosovo's north": the state whose part it is; else held
            # where a state's writ is disputed, or by a region ("in Crimea")
            owner = coder.child(x, "poss")
            if owner is not None and _a_country(coder, owner) \
                    and participants.entity_of(coder, owner) == e.id:
                return e.id, owner
            return ()
        return e.id, x
    return None


def _a_country(coder: Coder, x: Any) -> bool:
    """Is the word ``x`` in a mention of a country (not a region or a town)?"""
    return any(p.feature == "country" and any(m.start <= x.idx < m.end for m in p.mentions)
               for p in coder.places)


def _judged(coder: Coder, t: Any, trigger: Any, judges: frozenset[str] = frozenset(),
            found: list[Candidate] | None = None) -> list[tuple[str, Any]]:
    """Whom the words at ``t`` stand for: the actor they name, or whose they are, or
    the doer of the earlier event they refer back to ("the move", "the measure"), an
    act of another side than the ``judges``' (their ids and codes); the doer of an act
    done to someone ("the closure of the stations": not the stations)."""
    if _act_of(coder, t):
        return anaphora.act_doers(coder, t, trigger, coder.found if found is None else found,
                                  judges)
    eid = _actor(coder, t)
    if eid is not None:
        return [(eid, t)]
    return anaphora.event_anaphor(coder, t, trigger, besides=judges)


def _named(coder: Coder, q: Quote, cue: Any) -> list[tuple[str, Any]]:
    """'called *the move* "a power grab"': whom a naming verb's object stands for."""
    verbs = evaluation_words().get("naming_verb", frozenset())
    if cue.lemma_.lower() not in verbs:
        return []
    obj = coder.child(cue, "dobj")
    if obj is None or q.start <= obj.idx < q.end:
        return []
    judged = _judged(coder, obj, cue, _side(coder, q.speaker))
    if not judged:
        # 'called the indictment "election interference" by the Biden administration':
        # the doer the label names after the quotation
        label = next((c for c in coder.kids(cue) if c.dep_ in ("oprd", "attr", "xcomp")), None)
        by = next((c for c in coder.kids(label) if c.dep_ == "prep" and c.lower_ == "by"
                   and c.idx >= q.end), None) if label is not None else None
        doer = coder.child(by, "pobj") if by is not None else None
        if doer is not None:
            judged = [(e, x) for e, x in participants.entities_of(coder, doer)
                      if e != q.speaker and coder.by_id[e].actor is not None]
    return judged


def _side(coder: Coder, eid: str | None) -> frozenset[str]:
    """The judge's own side: its id and code, and for a government's people the state
    itself (a US official's "the move" is not the United States' act)."""
    e = coder.by_id.get(eid or "")
    if e is None:
        return frozenset()
    side = {e.id}
    if e.actor is not None:
        side.add(e.actor.code)
        if "GOV" in e.actor.roles and e.actor.country:
            side.add(e.actor.country)
    return frozenset(side)


def _spoken_of(coder: Coder, q: Quote, cue: Any) -> list[tuple[str, Any]]:
    """'commented on *the Legislative Yuan's decision*: "..."', 'spoke about *the
    move*', 'said of *Beijing's new law*', 'said, referring to *the US statement*': the
    actor that the speech verb's "on"/"about" object is, or whose it is, or
    the doer of the earlier event it refers back to; never the medium it is said on
    ("on state television", ``medium_noun``)."""
    preps = [c for c in coder.kids(cue) if c.dep_ == "prep" and (
        c.lower_ in ("on", "about")
        # 'said of Beijing's new law: "..."'
        or (c.lower_ == "of" and cue.lemma_.lower() in ("say", "write")))]
    # '..., the spokesman said, referring to the US statement'
    preps += [p for c in coder.kids(cue) if c.dep_ in ("advcl", "xcomp", "conj")
              and c.lemma_.lower() == "refer" for p in coder.kids(c)
              if p.dep_ == "prep" and p.lower_ == "to"]
    for c in preps:
        obj = coder.child(c, "pobj")
        if obj is None or q.start <= obj.idx < q.end:
            continue
        media = evaluation_words().get("medium_noun", frozenset())
        if (obj.lemma_.lower() in media or obj.lower_ in media) and not any(
                k.dep_ == "prep" and k.lower_ in ("of", "by") for k in coder.kids(obj)):
            continue  # "said on Voice of America's programme": where, not about whom
        end = q.start if q.start > c.idx else c.sent.end_char
        if any(x.lemma_.lower() in media and x.pos_ == "NOUN" and c.idx < x.idx < end
               and x.i > obj.i for x in c.sent):
            continue  # (the parse's object a name in the programme's title)
        judged = _judged(coder, obj, cue)
        if judged and all(_news_outlet(coder, e) for e, _ in judged):
            continue  # ("on the BBC's Focus on Africa programme", the parse losing the noun)
        return judged
    return []


def _news_outlet(coder: Coder, eid: str) -> bool:
    """Is ``eid`` a news organisation (CAMEO MED, and nothing else)?"""
    e = coder.by_id.get(eid)
    return e is not None and e.actor is not None and e.type != "PERSON" and \
        set(e.actor.roles) == {"MED"}


def _predicated_of(coder: Coder, q: Quote) -> list[tuple[str, Any]]:
    """'said the government's plan was "a shameless power grab"': a quotation that is
    what a clause says of its subject judges that subject -- the actor it is, whose it
    is, or the doer of the earlier event it refers back to ("the measure")."""
    span = coder.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    root = span.root
    if root.pos_ in ("VERB", "AUX") and root.dep_ != "ROOT" and \
            mood.modality_of(coder, root)[0] == "asserted":
        # 'said the president had "heard the demands of women"': the quotation is what
        # its clause's subject, named before it, did or does (not what it "will" do:
        # a threat or a forecast is no judgement of a deed)
        subj = coder.child(root, "nsubj")
        if subj is not None and subj.idx < q.start:
            return _judged(coder, subj, root)
    if root.dep_ not in ("attr", "acomp", "oprd") or q.start <= root.head.idx < q.end:
        return []
    subj = coder.child(root.head, "nsubj")
    if subj is None or q.start <= subj.idx < q.end:
        return []
    return _judged(coder, subj, root.head)


def _judges_an_act(coder: Coder, cue: Any) -> bool:
    """Is ``cue`` a naming verb whose object is an act ("called the stabbing ...")?"""
    if cue.lemma_.lower() not in evaluation_words().get("naming_verb", frozenset()):
        return False
    obj = coder.child(cue, "dobj")
    return obj is not None and obj.lemma_.lower() in coder.lex.nouns


def _person_before(coder: Coder, at: int, speaker: str | None) -> str | None:
    """The coded person named last before offset ``at``, the speaker apart: whom a
    "he" or "she" in a quotation means when the entities stage left it open."""
    best: tuple[int, str] | None = None
    for e in coder.entities:
        if e.type != "PERSON" or e.id == speaker or e.actor is None:
            continue
        for m in e.mentions:
            if m.end <= at and (best is None or m.end > best[0]):
                best = (m.end, e.id)
    return best[1] if best is not None else None


def _about(coder: Coder, q: Quote, blame: bool = False) -> list[tuple[str, Any]]:
    """Actors that are the subjects of the quotation's clauses, in order (to ``blame``:
    not ordinary people, whom a criticism pities)."""
    span = coder.doc.char_span(q.start, q.end, alignment_mode="expand")
    out: list[tuple[str, Any]] = []
    for t in span or ():
        if t.dep_ not in _ABOUT_DEPS or not q.start <= t.head.idx < q.end:
            continue
        eid = _actor(coder, t)
        if eid is None and t.lower_ in ("he", "she") and t.i not in coder.tok_entity:
            eid = _person_before(coder, t.idx, q.speaker)
        if eid is None and t.pos_ == "NOUN":
            # '"This decision is a stain on our democracy"': the act it refers back to
            # is its doer's
            doers = anaphora.event_anaphor(coder, t, t.head, CRITICISM if blame else PRAISE,
                                           besides=_side(coder, q.speaker))
            eid = doers[0][0] if doers else None
        if blame and eid is not None and _unnamed_people(coder, eid, t):
            continue  # "People will suffer": whom a judgement pities, not whom it blames
            # (statement_events keeps the judgement, aimed at no one it names)
        if eid is not None and all(eid != e for e, _ in out):
            out.append((eid, t))
    return out


def _last_doer(coder: Coder, found: list[Candidate], cue: Any,
               speaker: str | None) -> str | None:
    """The source of the last event told before ``cue`` that is not a statement, by
    someone of another side than the ``speaker``."""
    side = coder.code(speaker) if speaker else None
    before = [c for c in found if c.trigger.i < cue.i and c.source is not None
              and c.source != speaker and coder.code(c.source) != side
              and c.code[:2] not in ("01", "02", "05", "11", "12")]
    return max(before, key=lambda c: c.trigger.i).source if before else None


def _pities(coder: Coder, q: Quote) -> bool:
    """Is a clause of the quotation about ordinary people ("People will suffer"), whom
    its judgement is for, not against?"""
    span = coder.doc.char_span(q.start, q.end, alignment_mode="expand")
    return any(t.dep_ in _ABOUT_DEPS and (eid := _actor(coder, t)) is not None
               and _unnamed_people(coder, eid, t) for t in span or ())


def _unnamed_people(coder: Coder, eid: str, t: Any) -> bool:
    """Is the subject ``t`` a common noun for ordinary people ("people", "families",
    "workers"), coded civilian, rather than an actor that can be blamed?"""
    e = coder.by_id.get(eid)
    return e is not None and e.actor is not None and list(e.actor.roles) == ["CVL"] \
        and t.pos_ == "NOUN" and not any(x.pos_ == "PROPN" for x in t.subtree)


__all__ = ["ACCUSATION", "CRITICISM", "PRAISE", "accusations", "judgement", "statement_events",
           "vote_judgements"]
