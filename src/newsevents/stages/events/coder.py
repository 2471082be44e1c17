"""Events: who did what to whom, coded in CAMEO and PLOVER from the parse.

For every verb (and event noun) whose lemma is in the lexicon
(``knowledge/data/events.tsv``), the patterns for it are tried, most specific
first: an object constraint ("hold" + talks), a particle ("crack down"),
then the plain verb. A pattern that matches gives:

* **source**: the subject (its conjuncts too: "Iran and Azerbaijan agreed"
  gives two events), the agent of a passive ("was attacked by rebels"), the
  subject of the governing verb for an infinitive or a conjoined verb, the
  antecedent of "who"; for nouns the possessor, "of" or "by". First-person
  pronouns inside a quotation are the quote's speaker, and so is a verb with
  no subject inside it: the speaker is the source of what the quote does.
* **target**: the direct object, the object of a preposition the pattern
  names, or for relations "between the two countries"/"bilateral" with no
  named partner, the article's main counterpart of the source's country.
* **modality** and **negation**: ``will``/``plans to``/``next visit`` ->
  intended, ``hopes``/``expressed hope that`` -> hoped, ``should``/``urged
  to`` -> demanded, ``denied that`` -> denied, ``if``/``would`` ->
  conditional; ``not``/``never`` -> negated (a negated meeting is kept,
  flagged, and never counted as a meeting). "Refused to meet" is itself a
  rejection (125), and not yielding is holding out ("did not concede", "has not
  released the hostages": 124). An intended meeting is CAMEO 036, an intended attack a
  threat (138), following the codebook.
* **where and when**: a place named in the sentence, else the dateline's;
  a date resolved in the sentence (``date_from="text"``), else the
  publication date (``"published"``), else none.

Quotations also say things: a speaker who condemns or praises an actor in
their own words criticises (111) or praises (051) it (:mod:`.statements`).

This module matches the lexicon's patterns and assembles the events; each other
kind of rule has its own module of the package (see :mod:`newsevents.stages.events`),
whose functions take the :class:`Coder` of the article as their first argument.

No pattern, no event: there is no default code. Sentences that are
boilerplate (bylines, photo captions, "Reporting by") are skipped. The same
event said twice (headline and body) is one event with ``mentions=2``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...knowledge.events import EventLexicon, Pattern, evaluation_words, event_words
from ...records import (
    Cameo,
    Entity,
    Event,
    EventEvidence,
    Place,
    Plover,
    Quote,
    Span,
    TimeExpression,
)
from .. import Context, Stage
from . import anaphora, arguments, conventions, mood, participants, setting
from .candidates import NAME_ITEMS, Candidate, Match
from .grammar import (
    _ACTIVITIES,
    _ANAPHORS,
    _ANIMALS,
    _ARMED,
    _ARMED_MEN,
    _ATTACK_NOUNS,
    _BARE_ACCIDENTS,
    _BILATERAL,
    _BOILERPLATE,
    _CAPACITY,
    _CAPTIVE_STATES,
    _CAUSE_NOUNS,
    _CLAIM_OR_DEMAND,
    _COLLECTIVES,
    _DELEGATIONS,
    _DEMANDED,
    _DIRECTED,
    _DISASTERS,
    _EMOTION_VERBS,
    _EXCHANGE_VERBS,
    _FIGURATIVE_CAPTIVES,
    _FOR_TO,
    _FORCE_PURPOSE,
    _GOING_ON,
    _GROUP_PRONOUNS,
    _HARDWARE,
    _HELPING,
    _IDIOMS,
    _INTENDED,
    _IRREGULARS,
    _MEASURES,
    _NOT_DONE,
    _OFFICIAL_PROTEST,
    _OWN_NOUNS,
    _OWNING,
    _PERSON_OBJECTS,
    _PROPOSING,
    _QUANTITIES,
    _RESTATING,
    _SIDES,
    _STATIVE,
    _TIME_NOUNS,
    _TRIGGER_DEPS,
    _UPROOTED_ROLES,
    _WONT,
    _before_story,
    _first_person,
    _lemma,
    _mend,
    _multi_words,
    _mutual,
    _nobody,
    _refusal,
    _singular,
    _threat,
)
from .statements import (
    accusations,
    defences,
    named_judgements,
    statement_events,
    threats,
    vote_judgements,
)


def _armed_side(coder: Coder, eid: str) -> bool:
    """Is the actor a military, police or armed group?"""
    e = coder.by_id.get(eid)
    return e is not None and e.actor is not None and bool(set(e.actor.roles) & _ARMED)


def code_events(ctx: Context) -> list[Event]:
    return Coder(ctx).run()


#: the object word any one person satisfies ("freed a person", so "freed a teacher"; not
#: "people", which in an entry for mass expulsion or killing means many)
_ANYONE = frozenset({"person"})
#: the roles of people an official's word ("official", "leader", "minister") may stand for
_PUBLIC_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "OPP", "PTY",
                           "REB", "INS", "SEP", "UAF", "IGO"})
#: the roles of an office whose remit a "for" or "on" phrase names ("the EU's envoy for the
#: dialogue", "the UN rapporteur on torture"; not "an activist on hunger strike")
_OFFICES = frozenset({"GOV", "IGO", "JUD", "LEG", "MIL"})


#: word lists of event_words.tsv (see its header): modals of what should be done, verbs
#: whose plain present states, verbs of advice
_DEMANDING_MODALS = event_words()["demanding_modal"]
_STATING_VERBS = event_words()["stating_verb"]
_ADVISING = event_words()["advising_verb"]
#: ... but a measure advised is one asked for ("suggested a ceasefire", "recommended
#: sanctions"; ``advised_object`` rows of event_words.tsv)
_ADVISED = event_words()["advised_object"]
#: Verbs that take no object of the verb joined after them (``unshared_verb`` rows)
_UNSHARED = event_words()["unshared_verb"]


class Coder:
    """The state of one article's coding: its parse, entities, places, dates and
    quotations, and the token-to-entity maps every rule reads."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.text: str = ctx.article.text
        self.lex: EventLexicon = ctx.knowledge.events
        self.entities: list[Entity] = ctx["entities"]
        self.by_id = {e.id: e for e in self.entities}
        # "met reporters", "told the press": an audience, never a source or a target
        kb = ctx.knowledge.actors
        self.igo_codes = kb.igo_codes  # (an organisation's actor country is its code)
        self.audience = {
            e.id for e in self.entities if e.actor is None and e.type != "PERSON"
            and e.mentions and all(
                (r := kb.role(" ".join(w for w in m.text.lower().split()
                                       if w not in ("the", "a", "some")))) is not None
                and r.kind == "audience" for m in e.mentions)}
        self.roles = kb.role
        self.capitals = kb.capitals  # (a capital stands for its state; another town not)
        self.places: list[Place] = ctx.slots.get("places") or []
        self.dates: list[TimeExpression] = ctx.slots.get("dates") or []
        self.quotes: list[Quote] = ctx.slots.get("quotes") or []
        self.found: list[Candidate] = []
        self._phrases: dict[int, tuple[list[str], int]] = {}
        self.sents = ctx.sentences()
        self.toks = ctx.tokens()
        self.sent_of: dict[int, int] = {}
        for i, s in enumerate(self.sents):
            for k in range(s.start, s.end):  # indices: no Token objects made
                self.sent_of[k] = i
        self.skip_sents = {i for i, s in enumerate(self.sents) if _BOILERPLATE.match(s.text)}
        self._children: dict[int, list[Any]] = {}
        # token -> entity: the smallest mention covering the token wins
        self.tok_entity: dict[int, str] = {}
        # (plural and neuter pronouns are resolved here, clause by clause: the
        # entities stage's reading of them is for coreference, and a last resort)
        self.pronoun_entity: dict[int, str] = {}
        for e in self.entities:
            for m in e.mentions:
                if m.text.lower() in ("they", "them", "it"):
                    for t in self.doc.char_span(m.start, m.end, alignment_mode="expand") or ():
                        self.pronoun_entity[t.i] = e.id
        spans = sorted(((m.end - m.start, m.start, m.end, e.id) for e in self.entities
                        for m in e.mentions if m.text.lower() not in _GROUP_PRONOUNS),
                       reverse=True)
        for _size, start, end, eid in spans:
            for t in self.doc.char_span(start, end, alignment_mode="expand") or ():
                self.tok_entity[t.i] = eid

    # ------------------------------------------------------------ entities

    def quote_at(self, t: Any) -> Quote | None:
        for q in self.quotes:
            if q.kind != "indirect" and q.start <= t.idx < q.end:
                return q
        return None

    def kids(self, t: Any) -> list[Any]:
        """``t.children``, built once per token (spaCy makes new Token objects each time)."""
        kids = self._children.get(t.i)
        if kids is None:
            kids = self._children[t.i] = list(t.children)
        return kids

    def child(self, t: Any, *deps: str) -> Any:
        if t is None:
            return None
        return next((c for c in self.kids(t) if c.dep_ in deps), None)

    def _extra_words(self, t: Any, words: tuple[str, ...], on_object: bool = False) -> Any:
        """The token the trigger's extra words end on ("call for" -> "for"), or None.
        A preposition that only dates the act is no part of it ("called the vote a sham
        on Monday" is not "call on"). A last preposition may hang on the direct object,
        where the parser often puts it, when what it brings is the verb's for sure: a
        listed word (``on_object``, "stripped 94 opponents of their citizenship") or a
        gerund ("charged a student activist with insulting the monarchy"), never a
        noun's own phrase ("accused the leader of the opposition")."""
        cur = t
        obj = self.child(t, "dobj")
        for k, w in enumerate(words):
            nxt = None
            last = obj is not None and k == len(words) - 1
            for host in (cur, t, *((obj,) if last else ())):
                nxt = next((c for c in self.kids(host) if c.dep_ in _TRIGGER_DEPS and
                            (c.lower_ == w or c.lemma_.lower() == w) and
                            not self._dates_only(c)), None)
                if nxt is None and host is t and w in _FOR_TO:
                    # "called for his death to be investigated": the preposition is the
                    # mark of a for-to clause; the clause's verb is the complement
                    nxt = next((m for c in self.kids(t) if c.dep_ in ("advcl", "ccomp")
                                and any(k.dep_ == "aux" and k.lower_ == "to"
                                        for k in self.kids(c))
                                for m in self.kids(c) if m.dep_ == "mark" and m.lower_ == w),
                               None)
                if nxt is not None and host is obj and (nxt.dep_ != "prep" or nxt.i < obj.i or (
                        not on_object and self.child(nxt, "pcomp") is None)):
                    nxt = None
                if nxt is not None:
                    break
            if nxt is None:
                return None
            cur = nxt
        return cur

    def _dates_only(self, prep: Any) -> bool:
        objs = [g for g in self.kids(prep) if g.dep_ == "pobj"] if prep.dep_ == "prep" else []
        return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)

    def _object_match(self, comp: Any, objects: frozenset[str],
                      force: bool = False) -> str | None:
        """The object item ``comp`` satisfies (a lemma, or a run of lemmas with its head),
        or one of the objects joined to it does ("recovered a guidebook and an air gun");
        ``force``: for an act of force, whose objects are ground, never stances."""
        if comp is None:
            return None
        found = self._one_object_match(comp, objects, force)
        if found is None and comp.dep_ in ("dobj", "nsubjpass", "pobj") \
                and not self._actor_noun(comp):  # ("seized the suspects and their cars")
            found = next((m for x in comp.conjuncts if x.i > comp.i and x.pos_ == "NOUN"
                          and (m := self._one_object_match(x, objects, force))), None)
        return found

    def _one_object_match(self, comp: Any, objects: frozenset[str],
                          force: bool = False) -> str | None:
        """:meth:`_object_match` for ``comp`` alone."""
        if comp.pos_ == "PRON" and comp.lower_ in ("it", "them") and comp.dep_ in ("dobj",
                                                                                "nsubjpass"):
            # "eased the sanctions ... but reimposed them": what the pronoun stands for
            ante = self.antecedent(comp)
            if ante is not None:
                return self._object_match(ante, objects, force)
        lemma: str = comp.lemma_.lower()
        if not force and lemma in evaluation_words().get("stance_noun", ()) and not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("on", "about", "over"))
                for c in self.kids(comp)):
            return None  # "attacked Ukrainian positions": ground, not a stance (for an
            # act of force it is ground: "its jets struck rebel positions")
        if lemma in _ACTIVITIES:
            # "suspended operations at its embassy in Tehran": what works at the place
            # is the object, not the work itself (no military operation)
            # (the parser may hang the "at" on the verb, right after the noun)
            at = next((c for c in self.kids(comp) if c.dep_ == "prep" and c.lower_ == "at"),
                      None) or next((c for c in self.kids(comp.head) if comp.dep_ == "dobj"
                                     and c.dep_ == "prep" and c.lower_ == "at"
                                     and c.i == comp.right_edge.i + 1), None)
            inner = self.child(at, "pobj") if at is not None else None
            if inner is not None and inner.pos_ in ("NOUN", "PROPN") and not (
                    inner.ent_type_ in ("DATE", "TIME") or inner.lemma_.lower() in _TIME_NOUNS):
                return self._object_match(inner, objects)  # (not "at dawn")
        if lemma in objects or comp.lower_ in objects:
            return lemma
        if comp.pos_ == "PROPN":
            # "ousted president Mohamed Morsi": the title before a name is the object word
            title: str | None = next(
                (str(c.lemma_).lower() for c in self.kids(comp) if c.dep_ == "compound"
                 and c.pos_ == "NOUN" and c.lemma_.lower() in objects), None)
            if title is not None:
                return title
        if "person" in objects and comp.pos_ == "PROPN":
            # "released Pavel Jurin": a list of people words takes a named person too,
            # and "released six Americans" people named by their nationality
            e = self.by_id.get(self.tok_entity.get(comp.i) or "")
            if e is not None and (e.type == "PERSON" or (
                    e.type in ("NORP", "GPE") and comp.tag_ == "NNPS")):
                return "person"
        if "country" in objects and comp.pos_ == "PROPN":
            # "suspended Gabon", "recognised Palestine": a list with "country" takes a
            # country named
            e = self.by_id.get(self.tok_entity.get(comp.i) or "")
            if e is not None and e.type == "GPE" and e.actor is not None \
                    and e.actor.code == e.actor.country:
                return "country"
        if "outlet" in objects and comp.pos_ == "PROPN":
            # "suspended the BBC and Voice of America": a list with "outlet" takes a
            # news outlet named
            e = self.by_id.get(self.tok_entity.get(comp.i) or "")
            if e is not None and e.actor is not None and "MED" in e.actor.roles:
                return "outlet"
        # "Tributes were paid": a capitalised common noun the model read as a name has
        # no lemma of its own
        if (comp.tag_ == "NNPS" or (comp.pos_ == "PROPN" and comp.is_sent_start)) \
                and _singular(lemma) in objects:
            return _singular(lemma)
        # ("doses", which the lemmatiser reads as "dos")
        if lemma in _MEASURES or _singular(comp.lower_) in _MEASURES or comp.pos_ == "NUM":
            # "25,000 tons of food aid", "$50,000 worth of goods", "$8 billion in
            # assets": what is measured
            for c in self.kids(comp):
                if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                    inner = self.child(c, "pobj")
                    if inner is not None:
                        return self._object_match(inner, objects)
        if lemma in _ACTIVITIES:
            # "suspended the activities of all political parties": the parties
            of = next((c for c in self.kids(comp) if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = self.child(of, "pobj") if of is not None else None
            if inner is not None:
                return self._object_match(inner, objects)
        # a multi-word item must hold the complement's own lemma (the run includes
        # its head), so only the items with that word are tried, longest first
        items = _multi_words(objects).get(lemma)
        if not items:
            return None
        phrase = self._phrases.get(comp.i)
        if phrase is None:
            words_ = [x for x in comp.subtree if not x.is_punct]
            phrase = self._phrases[comp.i] = (
                [x.lemma_.lower() for x in words_],
                next(i for i, x in enumerate(words_) if x.i == comp.i))
        lemmas, head = phrase
        for o, words in items:
            n = len(words)
            for i in range(max(0, head - n + 1), min(head, len(lemmas) - n) + 1):
                if lemmas[i:i + n] == words:
                    return o
        return None

    def antecedent(self, pron: Any) -> Any:
        """The noun "it" or "them" stands for: the nearest verb's object (or what is
        protested "against" or "over") of its number before it, in its sentence or the
        one before."""
        plural = pron.lower_ == "them"
        sent = self.sent_of.get(pron.i, 0)
        start = self.sents[max(0, sent - 1)].start
        for i in range(pron.i - 1, start - 1, -1):
            x = self.toks[i]
            if x.pos_ == "NOUN" and (x.dep_ in ("dobj", "nsubjpass") or (
                    x.dep_ == "pobj" and x.head.lower_ in ("against", "over", "about"))) \
                    and (x.tag_ == "NNS") == plural:
                return x  # (or what a protest is against: "rallied against the law")
        return None

    def _match(self, t: Any, p: Pattern, facts: dict[str, Any]) -> Match | None:
        """Does pattern ``p`` fit at ``t``? ``facts`` holds what every pattern of
        the same token needs (its children by dependency), computed once."""
        extra = p.extra
        if extra and extra[0] not in facts["words"]:
            return None  # the first extra word hangs on no child: no need to look further
        last = self._extra_words(t, extra, bool(p.objects)) if extra else t
        if last is None:
            return None
        passive: bool = facts["passive"]
        kind = p.kind
        # the complement: object of the trigger's last preposition, else the direct object
        if last is not t and last.dep_ in ("prep", "agent"):  # "spoke by telephone"
            comp = self.child(last, "pobj", "pcomp")
        elif last is not t and last.dep_ == "mark":  # "called for X to be investigated"
            comp = last.head
        elif kind == "adj":
            comp = facts["xcomp"] or next(
                (g for c in self.kids(t) if c.dep_ == "prep" for g in self.kids(c)
                 if g.dep_ in ("pobj", "pcomp")), None)
        else:
            comp = facts["dobj"]
            if passive and comp is None:
                comp = facts["nsubjpass"]
            if comp is not None and comp.tag_ == "WDT" and t.dep_ == "relcl" \
                    and t.head.pos_ == "NOUN" and t.head.i < comp.i:
                comp = t.head  # "new lockdown measures, which the government dropped"
            if comp is not None and f"{_lemma(t)} {comp.lemma_.lower()}" in _IDIOMS:
                return None  # "forced their way into a market": no one forced
        xcomp = None
        matched: str | None = None
        if p.objects:
            matched = self._object_match(comp, p.objects,
                                         force=p.code[:2] in ("15", "17", "18", "19", "20"))
            if matched is None and comp is not None and p.objects & _PERSON_OBJECTS \
                    - _CAPTIVE_STATES:
                # "release Prime Minister Mahendra Chaudhry": a named person is a person
                # (not for "took Y hostage": "was taken to hospital" names no captive)
                # (for an entry that takes names only, the object itself, not a person
                # in its phrase: "recognizing victories by Zoran Djindjic's coalition"
                # recognises no Djindjic)
                # (nor a noun for something else that names a person in its phrase:
                # "captured the arrival of the president" captures no one)
                own = p.objects <= NAME_ITEMS or (
                    comp.pos_ == "NOUN" and comp.lemma_.lower() not in _MEASURES
                    and self.child(comp, "poss") is None)  # ("questioned the President's
                # power": whose it is, is)
                e = self.by_id.get((self.tok_entity.get(comp.i) if own
                                    else participants.entity_of(self, comp)) or "")
                if e is not None and e.type == "PERSON" and (
                        comp.pos_ != "NOUN" or p.objects & _ANYONE
                        or e.actor is None or set(e.actor.roles) & _PUBLIC_ROLES):
                    # (but a common noun for a private person says what they are:
                    # "expelled a teacher" is no expelled official)
                    matched = "person"
            if matched is None:
                x = facts["xcomp"]
                if x is not None and (x.lemma_.lower() in p.objects or (
                        x.tag_ == "VBG" and x.lower_ in p.objects)) and not (
                        x.lemma_.lower() == "go" and any(
                            c.dep_ in ("xcomp", "conj", "acomp", "dobj") for c in self.kids(x))):
                    # (but "told critics to go hang", "go and fight": no going away)
                    xcomp, matched = x, (x.lemma_.lower() if x.lemma_.lower() in p.objects
                                         else x.lower_)  # ("resume fighting")
            if matched is None and "town" in p.objects and self._town_taken(t, comp):
                matched = "town"
            if matched is None and kind != "adj":
                # "held two engineers hostage", "took 12 soldiers captive": what the
                # object is made, a second object or its predicate
                after = [c for c in self.kids(comp) if c.dep_ == "amod" and c.i > comp.i] \
                    if comp is not None else []  # ("soldiers captive", read as a modifier)
                x = next((c for c in [*self.kids(t), *after] if c.dep_ in ("dobj", "oprd", "amod")
                          and c is not comp and c.lemma_.lower() in p.objects), None)
                if x is not None:
                    matched = x.lemma_.lower()
            if matched is None:
                return None
        elif p.code == "043" and kind == "verb" and comp is not None and not passive \
                and not self._actor_noun(comp):
            return None  # "received his education", "hosted the Olympics": no visitor
        elif p.code == "042" and kind == "verb" and not extra and p.targets \
                and not set(p.targets) & {"dobj", "iobj", "poss", "subj"} \
                and not any(c.dep_ == "prep" and c.lower_ in p.targets for c in self.kids(t)):
            return None  # a journey with no destination is no visit ("flew above the rally")
        elif p.words[:2] == ("call", "for") and facts["dobj"] is not None:
            return None  # "which they called a step toward justice for the victims": naming
        elif p.code[:2] in ("02", "10") and not extra and _lemma(t) in _CLAIM_OR_DEMAND \
                and self._indicative(self.child(t, "ccomp")):
            return None  # "insisting she was never pressured": a claim, not a demand
        elif p.code == "020" and not extra and _lemma(t) in _ADVISING and (
                comp is None or comp.lemma_.lower() not in _ADVISED) and (
                facts["xcomp"] is None and self.controlled(t) is None and not any(
                    c.dep_ in ("advcl", "ccomp") and self.child(c, "aux") is not None
                    and self.child(c, "aux").lower_ == "to" for c in self.kids(t)) and (
                    self.child(t, "ccomp") is None
                    or self._indicative(self.child(t, "ccomp")))):
            return None  # ("suggested a link between Israel and the explosion")
        elif p.code[:2] == "03" and _lemma(t) == "agree" and comp is None \
                and self._stated(self.child(t, "ccomp")):
            return None  # "agreed that the vote had been peaceful": a view shared, no
            # intent to act ("agreed that talks would resume" is one)
        if matched in _CAPTIVE_STATES and comp is not None and any(
                x.lemma_.lower() in _FIGURATIVE_CAPTIVES
                for x in (*comp.subtree, *(self.kids(facts["dobj"]) if facts["dobj"] is not None
                                           and facts["dobj"] is not comp else ()),
                          *([facts["dobj"]] if facts["dobj"] is not None else []))
                if x.i != comp.i):
            return None  # "holding the whole union hostage": a figure of speech
        return Match(pattern=p, trigger=t, last=last, obj=comp, xcomp=xcomp,
                      subject=None, passive=passive, matched=matched)

    def town_at(self, tok: Any) -> Place | None:
        """The town the places stage resolved the mention holding token ``tok`` to."""
        return next((p for p in self.places if p.feature == "city"
                     and any(m.start <= tok.idx < m.end for m in p.mentions)), None)

    def _town_taken(self, t: Any, comp: Any) -> bool:
        """Is ``comp`` a named town that an armed force takes by doing ``t`` ("Taliban
        fighters entered Kabul", "Russian troops entered Kherson")? A town's name stands
        for the word "town" of a pattern only then: a president entering Kabul takes
        nothing, nor do a state's own troops entering its own town, nor troops that
        come for a parade, exercises or treatment."""
        town = self.town_at(comp) if comp is not None and comp.pos_ == "PROPN" else None
        doer = arguments.subject(self, t)
        if town is None or doer is None or any(
                c.dep_ == "prep" and c.lower_ == "for" for c in self.kids(t)):
            return False
        doers = [self.by_id[eid] for eid, _ in participants.entities_of(self, doer)
                 if eid in self.by_id]
        actors = [e.actor for e in doers if e.actor is not None]
        if any(set(a.roles) & _ARMED - {"MIL"} for a in actors):
            return True  # rebels, insurgents, armed groups
        armed = doer.lemma_.lower() in _ARMED_MEN or any(
            "MIL" in a.roles for a in actors)
        if _singular(doer.lower_) in _HARDWARE:
            # "Russian drones struck Sumy": the weapon's country's act
            actors = actors or [e.actor for eid, _ in participants.nationality_of(self, doer)
                                if (e := self.by_id.get(eid)) is not None
                                and e.actor is not None]
            armed = True
        if armed and not actors and _singular(doer.lower_) in _IRREGULARS:
            return True  # "Kurdish fighters captured Raqqa": irregulars no table codes
        return armed and bool(actors) and all(a.country != town.country for a in actors)

    @staticmethod
    def _indicative(clause: Any) -> bool:
        """Does a that-clause state a fact ("she was never pressured", "it has done
        nothing wrong") rather than what should be ("that Y withdraw", "that Y must
        go")? Its verb or an auxiliary of it is a past or a present form ("have
        withdrawn", "are behind"), or a modal of what will or may be ("he would not
        resign", "may resign"), or its verb one of being or staying ("remain"); a plain
        present, "that they leave", may be either, and stays a demand."""
        if clause is None:
            return False
        return clause.tag_ in ("VBD", "VBZ") or (clause.lemma_.lower() in _STATING_VERBS
                                                  and clause.tag_ != "VB") \
            or any(c.dep_ in ("aux", "auxpass") and (
                c.tag_ in ("VBD", "VBZ", "VBP") or (
                    c.tag_ == "MD" and c.lower_ not in _DEMANDING_MODALS))
                for c in clause.children)

    @staticmethod
    def _stated(clause: Any) -> bool:
        """Does a that-clause say what is or was ("the vote had been peaceful", "it is
        fair"), with no modal of what will or should be?"""
        if clause is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            return False
        if any(c.dep_ == "xcomp" and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to"
                                         for a in c.children) for c in clause.children):
            return False  # "agreed that the next round is to be held in Baghdad": a plan
        return clause.tag_ in ("VBD", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ") for c in clause.children)

    def _actor_noun(self, t: Any) -> bool:
        """Does noun ``t`` name who can be received or met: an entity's mention, a
        person's or group's role ("the minister", "refugees"), a body ("the
        delegation"), or a name the model tags as such?"""
        return (t.i in self.tok_entity or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                or self.roles(t.lower_) is not None or self.roles(t.lemma_.lower()) is not None
                or t.lemma_.lower() in _COLLECTIVES | _DELEGATIONS
                or (t.tag_ == "PRP" and t.lower_ not in ("it", "its", "itself")))

    def controlled(self, t: Any) -> Any:
        """The object of a verb of allowing or ordering that the parser made the
        subject of its infinitive: "allowed [UN aid convoys] to enter", "let [IAEA
        inspectors] visit" (a clausal complement with "to", or after "let", and a
        subject of its own)."""
        comp = self.child(t, "ccomp")
        if comp is None or not (_lemma(t) == "let" or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in self.kids(comp))):
            return None  # ("let inspectors visit": a bare infinitive)
        subj = self.child(comp, "nsubj")
        # (a noun, not a pronoun: "a licence allowing him to buy weapons" lets someone
        # act, whom the lexicon's objects do not describe)
        return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None

    def named_person(self, eid: str) -> bool:
        """Is ``eid`` a person the text names ("John Okello", not "the president")?"""
        e = self.by_id.get(eid)
        return e is not None and e.type == "PERSON" and any(
            m.text[:1].isupper() and m.text.split()[-1][:1].isupper() and len(m.text.split()) > 1
            for m in e.mentions)

    def shared_object(self, t: Any) -> Any:
        """The object a verb shares with the verb joined right after it ("did not
        concede or admit defeat", "attacked and killed three soldiers": the parse hangs
        it on the second); None where the second has a subject of its own."""
        if t.pos_ != "VERB" or self.child(t, "dobj", "ccomp", "xcomp") is not None \
                or _lemma(t) in _UNSHARED:
            return None  # (not "resigned and joined the opposition", "rallied and demanded")
        second = next((c for c in self.kids(t) if c.dep_ == "conj" and c.pos_ == "VERB"
                       and c.i - t.i <= 3 and all(self.toks[k].dep_ == "cc" or
                                                  self.toks[k].pos_ == "ADV"
                                                  for k in range(t.i + 1, c.i))), None)
        if second is None or self.child(second, "nsubj", "nsubjpass") is not None:
            return None
        return self.child(second, "dobj")

    def gap_object(self, t: Any) -> Any:
        """The noun an object relative clause modifies, which is its verb's object:
        "a charge the paramilitary group rejected", "an allegation Moscow denied"
        (the subject named in the clause, the object left as a gap); also through a
        verb of saying: "Mohammed Deif, whom Israel says it killed"."""
        said = t.head if t.dep_ == "ccomp" and t.head.dep_ == "relcl" else None
        if said is not None and said.head.pos_ in ("NOUN", "PROPN") and said.head.i < t.i \
                and (any(c.lower_ in ("whom", "which", "that") and c.dep_ in ("dep", "dobj")
                         for c in self.kids(said))
                     # ("whom" is never a subject, wherever the parser hangs it)
                     or any(c.lower_ == "whom" for c in self.kids(t))) \
                and any(c.dep_ == "nsubj" and c.lower_ != "whom" for c in self.kids(t)) \
                and not any(c.dep_ in ("nsubjpass", "auxpass", "dobj", "ccomp", "xcomp")
                            for c in self.kids(t)):
            return said.head
        if t.dep_ != "relcl" or t.head.pos_ not in ("NOUN", "PROPN") or t.head.i > t.i:
            return None
        subj = self.child(t, "nsubj")
        if subj is None or subj.tag_ in ("WP", "WDT") or subj.i < t.head.i or any(
                c.dep_ in ("nsubjpass", "auxpass", "dobj", "ccomp", "xcomp")
                or (c.dep_ == "prep" and self.child(c, "pobj") is None)
                for c in self.kids(t)):
            return None  # ("the man who attacked", "the town they fled from")
        return t.head

    def _no_act(self, best: Match, t: Any) -> bool:
        """Does the pattern that fits ``t`` name no act on anyone here: harm to animals,
        people carried somewhere, carrying on ("pressed forward"), a feeling said in
        passing, protection of one's own?"""
        victim = (self.child(t, "dobj", "nsubjpass") or next(
            (o for c in t.conjuncts if c.i > t.i and (o := self.child(c, "dobj")) is not None),
            None)) if best.pattern.kind == "verb" else None  # ("kill and eat animals")
        if victim is not None and best.pattern.code[:2] in ("18", "19", "20") and all(
                (v.lemma_.lower() in _ANIMALS or v.lemma_.lower() in _DISASTERS
                 or v.lemma_.lower() in _BARE_ACCIDENTS) and v.i not in self.tok_entity
                and v.lemma_.lower() != best.matched  # (not "opened fire")
                for v in (victim, *victim.conjuncts)):
            return True  # "people who kill and eat animals", "firefighters battled the
            # blaze": no one's harm (but "shot two rhinos and a ranger" harmed the ranger)
        carried = self.child(t, "dobj") if best.pattern.code[:3] in ("042", "043") \
            and best.pattern.kind == "verb" and "dobj" not in best.pattern.targets \
            and not best.matched else None
        if carried is not None and carried.lemma_.lower() not in _DELEGATIONS \
                and carried.lemma_.lower() not in _ANAPHORS \
                and carried.ent_type_ not in ("TIME", "DATE", "QUANTITY", "CARDINAL"):
            return True  # "flew them to Guatemala": people carried, no visit made (not
            # "headed a delegation to Moscow", "flew the ten hours to Tokyo", nor "will
            # travel to Riyadh, the first such trip in years", the trip the parser hangs
            # on the verb as its object)
        if best.pattern.kind == "verb" and best.pattern.code[:2] in ("02", "10") \
                and self.child(t, "dobj") is None and any(
                    c.dep_ in ("advmod", "prt") and f"{_lemma(t)} {c.lower_}" in _GOING_ON
                    for c in self.kids(t)):
            return True  # "reversing course and pressing forward": carrying on, no demand
            # (but "troops pushed forward into the town" advance)
        if t.dep_ == "acl" and t.tag_ == "VBN" and _lemma(t) in _EMOTION_VERBS:
            return True  # "Muslim hackers angered by the cartoons defaced 3,000 sites":
            # what moved them, said in passing, no disapproval reported
        return best.pattern.code[:3] == "074" and self._own_protected(best, t)

    def _own_protected(self, best: Match, t: Any) -> bool:
        """Is the object of a verb of protecting the protector's own ("scrambled jets to
        protect its airspace", "to protect its embassy"): no protection given to another?"""
        obj = best.obj
        if obj is None or _lemma(t) not in _HELPING or not any(
                c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "my")
                for c in self.kids(obj)):
            return False
        if obj.lemma_.lower() in _OWN_NOUNS:
            return True
        whose = self.country(participants.entity_of(self, obj))
        protector = best.subject or arguments.subject(self, t)
        return whose is not None and protector is not None and whose in {
            self.country(e) for e, _ in participants.entities_of(self, protector)}

    def _said_again(self, m: Match) -> Candidate | None:
        """The earlier event a light verb's definite object names again ("made the
        appeal", "repeated the call", "issued the threat" after the appeal, the call or
        the threat was told): the same act, if one of its kind was told before."""
        o = m.obj
        if m.pattern.kind != "verb" or not m.matched or o is None or o.pos_ != "NOUN" \
                or _lemma(m.trigger) not in _RESTATING \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                           for c in self.kids(o)):
            return None
        roots = _ANAPHORS.get(o.lemma_.lower())
        if not roots or not m.pattern.code.startswith(roots):
            return None
        told = next((c for c in reversed(self.found) if c.trigger.i < m.trigger.i
                     and c.source is not None and c.code[:2] == m.pattern.code[:2]
                     and not c.negated), None)
        subj = arguments.subject(self, m.trigger)
        doers = participants.entities_of(self, subj) if subj is not None else []
        # (only by the one who did it: "the United States conducted the strikes" after
        # Israel's is the Americans' own act)
        if told is None or not doers or not all(
                e == told.source or (self.country(e) is not None
                                     and self.country(e) == self.country(told.source))
                for e, _ in doers):
            return None
        return told

    def _fills(self, m: Match) -> int:
        """1 if a preposition the pattern takes its target from hangs on the trigger or
        its object, else 0."""
        preps: set[str] = set()
        for h in (m.trigger, m.obj):
            for c in self.kids(h) if h is not None else ():
                if c.dep_ in ("dative", "iobj"):
                    preps.add("iobj")
                if c.dep_ in ("prep", "dative") and not any(
                        g.ent_type_ in ("DATE", "TIME") for g in self.kids(c)):
                    preps.add(c.lower_)  # (not "in March")
        return 1 if preps.intersection(m.pattern.targets) else 0

    def _try(self, t: Any, patterns: list[Pattern]) -> tuple[list[Candidate], Any]:
        """Events from the best pattern that fits ``t``; and the token it used up."""
        best: Match | None = None
        patient = (arguments.participle_patient(self, t) or arguments.raised_patient(self, t)
                   or arguments.state_patient(self, t)) \
            if t.pos_ in ("VERB", "AUX") else None
        facts = {"passive": (self.child(t, "nsubjpass", "auxpass") is not None
                             and _lemma(t) not in _STATIVE)  # "Israel is opposed to"
                 or patient is not None,
                 "dobj": self.child(t, "dobj") or self.gap_object(t) or self.controlled(t)
                 or self.shared_object(t),
                 # ("allow refugees to return": the model makes the infinitive a
                 # clause of its own, "refugees" its subject)
                 "xcomp": self.child(t, "xcomp") or next(
                     (c for c in self.kids(t) if c.dep_ == "ccomp" and c.pos_ == "VERB"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in self.kids(c))),
                     None),
                 "nsubjpass": self.child(t, "nsubjpass") or patient,
                 "words": {w for c in self.kids(t) for w in (c.lower_, c.lemma_.lower())}
                 | {c.lower_ for d in self.kids(t) if d.dep_ == "dobj"
                    for c in self.kids(d) if c.dep_ == "prep"}
                 | {m.lower_ for c in self.kids(t) if c.dep_ in ("advcl", "ccomp")
                    for m in self.kids(c) if m.dep_ == "mark" and m.lower_ in _FOR_TO}}
        for p in patterns:
            m = self._match(t, p, facts) if p.kind != "noun" else self._match_noun(t, p)
            # (of two as specific, the one whose target preposition the text has: "sent
            # warships near Cyprus" is a show of force, not arms sent to Cyprus)
            if m is not None and (best is None or m.score > best.score or (
                    m.score == best.score and self._fills(m) > self._fills(best))):
                best = m
        if best is None:
            return [], None
        if best.pattern.kind == "verb" and _lemma(t) in evaluation_words().get(
                "naming_verb", frozenset()) and best.obj is not None and any(
                c.dep_ in ("oprd", "attr", "acomp") and c.i > best.obj.i for c in self.kids(t)):
            # "called the strike barbaric": the strike named, not a strike called
            return [], None
        if self._no_act(best, t):
            return [], None
        told = self._said_again(best)
        if told is not None:
            # "Baerbock called on Israel to allow more aid ... She made the appeal
            # during a visit to Jordan": the appeal told before, not another one
            told.repeats.append(EventEvidence(
                sentence=self.sent_of.get(t.i, 0), start=t.idx, end=t.idx + len(t.text),
                text=t.text))
            return [], best.obj
        judging = "subj" in best.pattern.targets and (
            best.pattern.kind == "adj" or (best.pattern.kind == "noun" and t.dep_ == "attr"))
        # ("the sanctions are illegal", "the decision was a whitewash": a judgement of the
        # copula's subject)
        if best.pattern.kind == "adj" or judging:
            best.subject = arguments.subject(self, t.head if t.dep_ in ("acomp", "attr") else t)
        elif best.pattern.kind == "verb":
            best.subject = arguments.subject(self, t)
        p = best.pattern
        sources: list[tuple[str, Any]]
        if judging:
            # "Nabil's murder is unacceptable": what the adjective judges is its subject;
            # who judges is whoever says so, in a quotation or in reported speech
            q = self.quote_at(t)
            judge = (q.speaker if q is not None and q.speaker
                     else participants.speaker_of_clause(self, t))
            sources = [(judge, None)] if judge else []
        elif p.kind == "noun":
            sources = arguments.positions(self, p.sources or ("poss", "by", "of"), best) \
                or arguments.noun_doer(self, t)
        elif p.sources:
            sources = arguments.positions(self, p.sources, best)
        else:
            sources = (participants.entities_of(self, best.subject)
                       if best.subject is not None else [])
            if best.subject is not None and all(self.by_id[e].actor is None for e, _ in sources):
                sources = arguments.law_maker(self, best.subject) or sources
            if not sources and not best.passive:  # "the market was shelled": nobody named
                q = self.quote_at(t)
                if q is not None and q.speaker and (best.subject is None or
                                                    _first_person(best.subject)):
                    sources = [(q.speaker, None)]
        if sources and p.kind == "verb" and mood.reported_act(self, t, p):
            sources = []  # "the attacker stabbed two people": nobody the tables code
        if best.subject is not None and not best.passive and _nobody(best.subject):
            sources = []  # "No group has claimed responsibility": done by no one
        if not sources and p.kind == "verb" and best.subject is not None \
                and best.subject.pos_ == "NOUN":
            # "Israeli air strikes hit ...", "Ukrainian drones attacked ...", "a Saudi-led
            # coalition air strike killed ...": the country the act or weapon is said to be
            sources = participants.nationality_of(self, best.subject)
        if not sources and best.subject is not None and best.subject.pos_ == "NOUN" and \
                best.subject.i not in self.tok_entity:
            sources = conventions.crowd_place(self, t, best.subject)
        crowd = best.subject is not None and (best.subject.ent_type_ in ("NORP", "CARDINAL")
                                              or best.subject.lower_ in _QUANTITIES)
        if p.kind == "verb" and p.code[:2] == "14" and _lemma(t) in _OFFICIAL_PROTEST \
                and sources and all(arguments.state(self, e) for e, _ in sources) and not crowd:
            # "Kenya protested the arrest of its citizens": a state complains officially
            # (114); it does not take to the streets ("thousands of Serbians protested",
            # "Serbians protested": its people do)
            p = dataclasses.replace(p, code="114")
            best.pattern = p
        used = best.xcomp if best.xcomp is not None else best.obj
        if p.code == "015" and used is best.obj and used is not None \
                and used.lemma_.lower() not in _OWNING:
            used = None  # an act claimed is an act ("claimed the killing of a commander")
        if (p.code[:2] in ("05", "11", "12") or p.code[:3] == "016") \
                and used is best.obj \
                and used is not None and (any(
                    c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("on", "against", "from"))
                    for c in self.kids(used)) or arguments.by_agent(self, used) is not None):
            used = None  # an act judged with its own doer is still an act ("welcomed the
            # EU's sanctions on Russia", "dismissed the warning from Washington", "the
            # detention of a journalist by Iranian authorities was criticised")
        if p.code == "072" and p.kind == "verb" and any(
                c.dep_ in ("advcl", "xcomp") and _lemma(c) in _FORCE_PURPOSE and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in self.kids(c))
                for c in self.kids(t)):
            # "sending warships and aircraft to encircle the island": the sender's own
            # forces deployed (154), no arms given
            p = dataclasses.replace(p, code="154")
            best.pattern = p
        if p.code[:2] == "13" and best.matched == "strike" and sources and (all(
                (e := self.by_id.get(s)) is not None and e.actor is not None
                and "LAB" in e.actor.roles for s, _ in sources) or (not arguments.prep_objects(
                    self, best.obj if best.obj is not None else t, {"on", "against"})
                    and not any(arguments.state(self, s) or _armed_side(self, s)
                                for s, _ in sources))):
            # "the union threatened strikes", "teachers threatened a strike over pay":
            # walkouts (133), not military strikes ("threatened strikes on Israeli bases")
            p = dataclasses.replace(p, code="133")
            best.pattern = p
        targets = arguments.positions(self, p.targets, best)
        own = {e for e, _ in sources}
        for k in range(1, len(p.targets)):
            if not targets or not all(e in own for e, _ in targets):
                break
            # "barred IAEA inspectors from two of its nuclear sites": the doer's own
            # sites are no target; the next position may name one
            targets = arguments.positions(self, p.targets[k:], best)
        urged = self.child(t, "dobj") if best.xcomp is not None else None
        if p.code == "166" and urged is not None and urged.lemma_.lower() in \
                evaluation_words().get("diplomat_noun", frozenset()):
            # "told the French ambassador to leave": diplomats expelled are relations
            # cut (CAMEO 161's usage note)
            p = dataclasses.replace(p, code="161")
            best.pattern = p
        if urged is not None and targets and {self.code(e) for e, _ in targets} <= {
                self.code(e) for e, _ in sources}:
            # "France urged Iran to release two French nationals": the speaker's own
            # people are whom it asks for; the one urged is the target
            targets = participants.entities_of(self, urged) or targets
        if p.kind == "noun" and not targets and p.code[:2] in ("18", "20") \
                and t.lemma_.lower() in evaluation_words().get("victim_noun", frozenset()):
            # "her murder", "Khashoggi's assassination": a person's attack noun with no
            # "of" names its victim (but "Israel's assassination of Y" its doer, and
            # "Assad's chemical attack" is his)
            poss = self.child(t, "poss")
            victims = [(e, x) for e, x in sources if x is poss and poss is not None
                       and self.by_id[e].type == "PERSON"]
            if victims:
                sources = [(e, x) for e, x in sources if (e, x) not in victims]
                targets = victims
        if sources and targets:
            # what the doer is found inside ("criticism of the decision from Kenya") is
            # not the target as well
            doers = {tok.i for _, tok in sources if tok is not None}
            targets = [(e, tok) for e, tok in targets if tok is None or tok.i not in doers]
        if targets and p.kind == "verb" and p.code[:2] in ("11", "12") \
                and best.obj is not None and any(c.dep_ in ("prep", "agent") and c.lower_ == "by"
                                                 for c in self.kids(best.obj)):
            # "condemned the arrest of X by the police": the act's doer is the one
            # criticised, not whom it was done to
            own = {s for s, _ in sources}
            doer = [x for x in arguments.doer_of(self, best.obj) if x[0] not in own]
            targets = doer or targets
        # "was accused of treason": the one accused, also where the constrained
        # word is the preposition's object, not the verb's
        of_prep = best.last is not t and best.last.dep_ == "prep"
        if not targets and best.passive and (not p.objects or of_prep) and "dobj" in p.targets:
            nsp = facts["nsubjpass"]
            targets = participants.entities_of(self, nsp) if nsp is not None else []
        if not targets and mood.reported_act(self, t, p) and t.head.pos_ == "VERB":
            # "twin bombings struck the cathedral": what the act's verb hit
            for x in [self.child(t.head, "dobj"), *arguments.prep_objects(self,
                    t.head, {"on", "at", "against", "into"})]:
                targets = targets or ([] if x is None else participants.entities_of(self, x))
        if judging:
            # "the state of emergency is unconstitutional": the act judged stands for
            # whoever did it earlier ("Trump declared a state of emergency"); a judgement
            # of nothing anyone did or is ("a law of 1867 ... unconstitutional"), or of
            # the judge, is none
            judges = {s for s, _ in sources}
            judged = [x for x in targets if x[0] not in judges]
            subj = best.subject
            if not judged and subj is not None and subj.pos_ == "NOUN":
                judged = [x for x in anaphora.event_anaphor(self, subj, t) if x[0] not in judges]
            targets = judged  # (the judge never judges itself: a parse's subject)
        if not targets and len(sources) > 1 and any(
                x is not None and x.lower_ in ("other", "another") and any(
                    c.lower_ in ("each", "one") for c in self.kids(x))
                for x in (self.child(t, "dobj"), *arguments.prep_objects(self, t, _DIRECTED))):
            # "Both sides blamed each other": each the other, whatever the act
            return self._reciprocal(t, p, sources), used
        if not targets and p.targets != ("-",):
            targets = arguments.fallback_target(self, best, sources)
        diplomats = evaluation_words().get("diplomat_noun", frozenset())
        if targets and sources and p.code[:2] in ("08", "12", "13", "16") and all(
                tok is not None and tok.lemma_.lower() in diplomats
                and self.child(tok, "poss") is not None for _, tok in targets) \
                and {self.country(e) for e, _ in targets} <= {self.country(s) for s, _ in sources}:
            # "France refused to withdraw its envoy", "would not recall its ambassador":
            # a state's own diplomats (whose, the text says) are the means; its
            # relations are with the state they are posted to, the one the story
            # pairs it with
            partner = arguments.counterpart(self, sources[0][0])
            targets = [(partner, None)] if partner is not None else []
        if targets and len(sources) > 1 and _mutual(p.code):
            # "India and China agreed to withdraw troops": their own troops are the
            # means, not a party; the two agree with each other
            homes = {self.country(s) for s, _ in sources} - {None}
            targets = [(e, x) for e, x in targets if self.named_person(e) or (
                self.country(e) is not None and (
                    self.country(e) not in homes or self.code(e) == self.country(e)))]
            # (a person named is a party, whatever country the story gives them:
            # "Kenya and Uganda recognised John Okello as president")
        if not targets and len(sources) > 1 and p.targets != ("-",) and (
                _mutual(p.code) or (p.kind == "verb" and _lemma(t) in _EXCHANGE_VERBS)) \
                and not (p.code == "0871" and self._mediators(best.subject)):
            # (but "Mediators Qatar and Egypt extended the ceasefire": theirs to broker)
            # "Kenya and Uganda agreed ...": each with the other (but "X and Y paid
            # tribute" praise someone else, not each other)
            return self._reciprocal(t, p, sources), used
        if not targets and p.kind == "verb" and not p.objects and p.code[:2] == "04":
            # a meeting is with someone: "received surgery", "the council met on Monday"
            # are no contact between two parties
            return [], used
        if p.code in ("1723", "1724") and sources and all(
                self.country(s) in self.igo_codes for s, _ in sources):
            # "the WHO declared a public health emergency": a body of states declares,
            # it imposes no emergency rule or curfew on anyone
            return [], used
        if (p.code[:3] == "042" and self._no_visit(sources, targets)) or (
                p.code[:3] == "043" and targets and self._no_visit(targets, [])):
            # (a host's guests are its targets: "Chad hosts 600,000 refugees" is no visit)
            return [], used
        if p.code[:3] == "150" and self._uprooted(sources):
            # "migrants tried to cross into the EU": people on the move show no force
            return [], used
        return self._combine(t, p, sources, targets), used

    def _no_visit(self, sources: list[tuple[str, Any]], targets: list[tuple[str, Any]]) -> bool:
        """Is a journey by ``sources`` to ``targets`` no visit? People fleeing or moving
        make none ("the arrival of 400,000 refugees", "migrants arrived in Lampedusa"),
        nor do police who come for a person ("officers arrived at the politician's
        home")."""
        if not sources:
            return False
        if self._uprooted(sources):
            return True
        return bool(targets) and all("COP" in self._roles(s) for s, _ in sources) and all(
            self.by_id[x].type == "PERSON" for x, _ in targets if x in self.by_id)

    def _roles(self, eid: str) -> set[str]:
        e = self.by_id.get(eid)
        return set(e.actor.roles) if e is not None and e.actor is not None else set()

    def _uprooted(self, sources: list[tuple[str, Any]]) -> bool:
        """Are all ``sources`` people on the move (refugees, civilians)?"""
        return bool(sources) and all(
            (r := self._roles(s)) and r <= _UPROOTED_ROLES for s, _ in sources)

    def _reciprocal(self, t: Any, p: Pattern,
                    sides: list[tuple[str, Any]]) -> list[Candidate]:
        out: list[Candidate] = []
        for s_id, s_tok in sides:
            others = [(o, tok) for o, tok in sides if o != s_id]
            out.extend(self._combine(t, p, [(s_id, s_tok)], others))
        return out

    def _match_noun(self, t: Any, p: Pattern) -> Match | None:
        words = p.words
        if len(words) > 1:  # "n:air strike": the words before the head precede it
            before = [x.lemma_.lower() for x in self.doc[max(0, t.i - len(words) + 1):t.i]]
            if before != list(words[:-1]):
                return None
        return Match(pattern=p, trigger=t, last=t, obj=None, xcomp=None, subject=None,
                      passive=False, matched=None)

    def _combine(self, t: Any, p: Pattern, sources: list[tuple[str, Any]],
                 targets: list[tuple[str, Any]]) -> list[Candidate]:
        if not sources and not targets and not mood.reported_act(self, t, p):
            return []
        sent = self.sent_of.get(t.i, 0)
        if not targets and p.targets != ("-",) and _BILATERAL.search(self.sents[sent].text):
            partner = arguments.counterpart(self, sources[0][0] if sources else None)
            if partner is not None:
                targets = [(partner, None)]
        modality, negated, refused = mood.modality_of(self, t)
        if modality == "conditional" and mood.open_question(self, t):
            return []  # "will decide whether to put him on trial": asked, not done or
            # threatened
        code = p.code
        targets = [(e, tok) for e, tok in targets
                   if all(e != s_id for s_id, _ in sources)]
        demander = arguments.demander(self, t) if modality == "demanded" and not negated else None
        if demander is not None and not sources and targets \
                and all(demander != e for e, _ in targets):
            # "Maduro said Machado and Gonzalez should be jailed": no one named to do
            # it, the one who demands it is the act's source (modality "demanded")
            sources = [(demander, None)]
        elif demander is not None and all(demander != s_id for s_id, _ in sources) and sources:
            # "Russia said Sudan must return the helicopter": Russia demands it of Sudan
            code = _DEMANDED.get(code[:2], "100")
            targets, sources = sources, [(demander, None)]
            modality = "asserted"
        elif refused or (negated and modality == "intended" and code[:2] in _WONT) or (
                negated and modality == "asserted" and code[:2] == "08"
                and participants.held_out(self, t)):
            # "refused to meet"; "will not accept any more refugees", "said it would
            # not meet the kidnappers' demands": a refusal, not a negated cooperation;
            # not yielding is holding out ("did not concede defeat", "has not released
            # the hostages": 1243), where not meeting is only no meeting
            code = _refusal(code)
            negated = False
            modality = "asserted"
            refusers = arguments.refusers(self, t) if refused else []
            mine = {s_id for s_id, _ in sources}
            if refusers and not any(r in mine for r, _ in refusers):
                # "the junta refused to let the envoy meet the prisoners": the junta
                # refuses the envoy
                targets = list(sources) or targets
                sources = refusers
        elif modality == "intended" and not negated and mood.decided(self, t, code):
            modality = "asserted"  # "agreed to impose sanctions": decided, so done
        elif modality in ("intended", "hoped", "conditional") and _threat(code):
            code = _threat(code) or code  # a coercive act to come is a threat (13x)
        elif modality in ("intended", "hoped") and code[:2] in _INTENDED:
            code = _INTENDED[code[:2]]
        out = []
        none: list[tuple[str | None, Any]] = [(None, None)]
        for s_id, s_tok in list(sources) or none:
            for t_id, t_tok in list(targets) or none:
                if s_id is not None and s_id == t_id:
                    continue
                if self._unpaired(code, t, s_id, t_id, t_tok):
                    continue
                out.append(Candidate(code=code, source=s_id, target=t_id, trigger=t,
                                      sentence=sent, modality=modality, negated=negated,
                                      source_tok=s_tok, target_tok=t_tok))
        return out

    def _unpaired(self, code: str, t: Any, s_id: str | None, t_id: str | None,
                  t_tok: Any) -> bool:
        """Is (``s_id``, ``t_id``) no pair for ``code`` at ``t``: a bare coercion of one's
        own side, or a proposal that appeals to no other side?"""
        if code == "170" and t_tok is not None and t_id is not None \
                and self.country(t_id) == self.country(s_id) \
                and not self._roles(t_id) & (_SIDES | {"CVL", "CRM"}) and any(
                    c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")
                    and participants.entity_of(self, c) == s_id for c in self.kids(t_tok)):
            return True  # "lost a confidence vote, forcing his government to resign": no
            # one coerces his own side
        # a proposal presented to one's own cabinet or parliament is no third party's
        # appeal to the sides (CAMEO 027); one handed to rebels at home is ("handed a
        # peace proposal to the ELN")
        return code == "027" and (
            (t_id is None and _lemma(t) in _PROPOSING) or (
                t_id is not None and self.country(t_id) in (None, self.country(s_id))
                and not self._roles(t_id) & _SIDES))

    def _mediators(self, subject: Any) -> bool:
        """Is ``subject`` said to be mediators ("Mediators Qatar and Egypt", "Qatar and
        Egypt, the mediators,")?"""
        if subject is None:
            return False
        return any(_singular(x.lower_) in ("mediator", "broker", "guarantor", "facilitator")
                   for x in subject.subtree)  # ("Mediators", capitalised: no lemma)

    def dateline_country(self) -> str | None:
        """The country of the story's dateline ("DHAKA --" -> BGD), if it has one."""
        return next((p.country for p in self.places if p.dateline and p.country), None)

    def country(self, eid: str | None) -> str | None:
        e = self.by_id.get(eid or "")
        return e.actor.country if e is not None and e.actor is not None else None

    def run(self) -> list[Event]:
        found: list[Candidate] = []
        self.found = found  # the events so far, for "the demand" to refer back to
        used: set[int] = set()
        verbs_: list[Any] = []
        nouns_: list[Any] = []
        skip = self.skip_sents
        naming = evaluation_words().get("naming_verb", frozenset())

        def nouns_of_sentence() -> None:
            """The event nouns of a sentence, once its verbs are read (a verb's object
            is no event of its own), before the next sentence's verbs: "in the latest
            attack by al-Shabab ... the president condemned the attack" refers back to
            it, which it could not if nouns came only after all verbs."""
            if not nouns_:
                return
            attacks = {c.trigger.i for c in found if c.code[:2] in ("18", "19", "20")}
            for t in nouns_:
                if t.i in used or (t.dep_ == "nsubj" and t.head.i in attacks and getattr(
                        arguments.doerless_subject(self, t.head), "i", None) == t.i):
                    continue  # "a bombing killed 12": one act, coded on its verb
                if t.dep_ == "dobj" and t.head.lemma_.lower() in naming:
                    continue  # "called the stabbing barbaric": the act judged, not a new one
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "during") \
                        and t.head.head.i in attacks and t.i not in attacks \
                        and t.lemma_.lower() in _ATTACK_NOUNS and not any(
                            c.dep_ == "prep" and c.lower_ == "by" for c in self.kids(t)):
                    continue  # "killed a Hamas official ..., in an Israeli attack": the
                    # killing's own act, which says who did it (one with its own "by" is
                    # told as an act of its own: "in the latest attack by al-Shabab")
                office = self.roles(t.head.head.lemma_.lower())
                if t.dep_ == "pobj" and t.head.lower_ in ("for", "on") and office is not None \
                        and office.kind in ("person", "generic") \
                        and set(office.roles) & _OFFICES:
                    continue  # "the EU's envoy for the Belgrade-Pristina dialogue", "the
                    # UN rapporteur on torture": a title's remit, no act
                lemma = t.lower_ if t.tag_ == "VBG" else t.lemma_.lower()
                if lemma in self.lex.nouns and not conventions.background(self, t):
                    got, _ = self._try(t, self.lex.nouns[lemma])
                    found.extend(got)
            nouns_.clear()

        current = None
        for t in self.toks:
            if self.sent_of.get(t.i) != current:
                nouns_of_sentence()
                current = self.sent_of.get(t.i)
            pos = t.pos_
            if pos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN") or \
                    self.sent_of.get(t.i) in skip:
                continue
            if pos == "VERB" and t.tag_ == "VBG" and t.dep_ == "dobj" \
                    and t.head.lemma_.lower() in naming \
                    and any(c.dep_ == "det" for c in t.children):
                pos = "NOUN"  # "called the stabbing an act of ...": the act, as a noun
            if pos == "VERB" and t.tag_ == "VBG" and t.dep_ in ("nsubj", "nsubjpass") \
                    and t.lower_ in self.lex.nouns and not any(
                        c.dep_ in ("nsubj", "aux", "dobj") for c in t.children):
                pos = "NOUN"  # "Fighting between Thailand and Cambodia killed 35": the
                # act, a gerund the parser made a verb
            if pos in ("NOUN", "PROPN"):
                nouns_.append(t)
                continue
            if pos == "VERB" and t.tag_ == "VBN" and any(
                    c.dep_ == "det" and c.i < t.i for c in t.children):
                continue  # "the accused", "the wounded": people, a participle as a noun
            if pos == "VERB" and t.tag_ == "VBN" and t.dep_ in ("oprd", "acomp") \
                    and t.head.lemma_.lower() in naming:
                continue  # "called the protesters 'foreign-funded'": a label, no act
            if pos == "VERB" and t.tag_ == "VBN" and t.dep_ == "acomp" \
                    and t.lower_ in self.lex.adjectives and _lemma(t) not in self.lex.verbs \
                    and not any(g.lemma_.lower() in _DISASTERS for c in self.kids(t)
                                if c.dep_ in ("prep", "agent") for g in self.kids(c)):
                pos = "ADJ"  # "was concerned about the sentence": the adjective, tagged a
                # participle
            if pos == "ADJ":
                lemma = t.lemma_.lower() if t.pos_ == "ADJ" else t.lower_
                if lemma not in self.lex.adjectives or t.dep_ in ("amod", "compound"):
                    continue  # "the criminal threat": a word on a noun predicates nothing
                table = self.lex.adjectives[lemma]
            else:
                if t.dep_ == "acl" and t.head.lemma_.lower() in _CAPACITY | _NOT_DONE and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                    continue  # "respected the right to protest": what may be done;
                    # "the government's failure to stop attacks": what was not done
                verbs_.append(t)
                lemma = _lemma(t)
                if lemma not in self.lex.verbs:
                    lemma = _mend(t.lower_, self.lex.verbs) or lemma
                    if lemma not in self.lex.verbs:
                        continue
                table = self.lex.verbs[lemma]
            got, token = self._try(t, table)
            if got:
                found.extend(got)
                if token is not None:
                    used.add(token.i)  # "imposed sanctions" is not also n:sanction
        nouns_of_sentence()
        found.extend(statement_events(self, found))
        found.extend(accusations(self, found))
        found.extend(defences(self, found))
        found.extend(threats(self, found))
        found.extend(named_judgements(self, found))
        found.extend(vote_judgements(self, found))
        found.extend(conventions.bare_demands(self, verbs_, {c.trigger.i for c in found}))
        found.extend(conventions.assemblies(self, verbs_, {c.trigger.i for c in found}))
        found.extend(conventions.imposed_rules(self, verbs_, {c.trigger.i for c in found}))
        found.extend(conventions.policy_intents(self, verbs_, {c.trigger.i for c in found}))
        found.extend(conventions.unwelcome_envoys(self, verbs_, {c.trigger.i for c in found}))
        found.extend(conventions.bare_refusals(self, verbs_, found))
        found.extend(conventions.custody(self, verbs_, found))
        found = [c for c in found if c.trigger.pos_ not in ("NOUN", "PROPN")
                 or not anaphora.told_again(self, c.trigger, found)]
        conventions.detention_orders(self, found)
        conventions.warnings(self, found)
        found = mood.fold_embedded(self, found)
        self.found = found  # (what "the arrests" may refer back to: folded ones gone)
        anaphora.result_doers(self, found)
        conventions.riots(self, found)  # (a crowd's storming is no attack to carry on)
        anaphora.chained_doers(self, found)
        anaphora.claimed_attacks(self, found)
        conventions.implied_doers(self, found)  # (before the protest targets: "protests in Basra")
        anaphora.anaphor_targets(self, found)
        found.extend(anaphora.joined_acts(self, found))
        anaphora.shared_addressee(self, found)
        conventions.victims_spoken_of(self, found)
        conventions.court_findings(self, found)
        conventions.judged_acts(self, found)
        conventions.legal_targets(self, found)
        found.extend(conventions.mirrored(self, found))
        conventions.riots(self, found)  # (and the doers carried since)
        conventions.protest_targets(self, found)
        conventions.home_targets(self, found)
        conventions.state_respondents(self, found)
        found.extend(conventions.wrongful_acts(self, found))  # (once the acts have doers)
        conventions.contested_votes(self, found)
        conventions.seized_power(self, found)
        conventions.judged_rules(self, found)
        conventions.crowd_targets(self, found)
        conventions.vote_targets(self, found)
        conventions.the_dead(self, found)
        conventions.attack_targets(self, found)
        conventions.aid_targets(self, found)
        conventions.expelled_envoys(self, found)
        conventions.convicted_people(self, found)
        conventions.expelled_diplomats(self, found)
        conventions.cyber_attacks(self, found)
        conventions.joint_exercises(self, found)
        conventions.own_forces(self, found)
        conventions.judged_deeds(self, found)
        found[:] = conventions.misread(self, found)
        # an event is who did what to whom: an act with no doer, named or by the
        # conventions above ("she was forced to", "the site was damaged"), is not coded,
        # as event-data coders have it (the PLOVER gold: 1 record of 322 has no source)
        return self._events(self._distinct(
            [c for c in found if c.source is not None and not self._about_a_cause(c)]))

    def _about_a_cause(self, c: Candidate) -> bool:
        """Is ``c`` support, praise or criticism of a cause (``_CAUSE_NOUNS``, words in
        -ism) that no name stands for ("has supported LGBT rights", "supported education
        and healthcare"): a stance, no event between actors? (Not a rejection: "rejected
        the result" is aimed at whoever declared it.)"""
        t = c.trigger
        if c.target is not None or c.code not in ("051", "111") or t.pos_ != "VERB":
            return False
        obj = self.child(t, "dobj")
        if obj is None or obj.pos_ != "NOUN":
            return False
        lemma = obj.lemma_.lower()
        return (lemma in _CAUSE_NOUNS or lemma.endswith("ism")) \
            and not any(x.i in self.tok_entity for x in obj.subtree)

    def _distinct(self, found: list[Candidate]) -> list[Candidate]:
        """One event per trigger, source and target code: "sanctions on the Taliban
        ... Afghanistan ... bin Laden" names three targets; if two of them code
        alike, the event is one. Doers named together ("a civil liberties union and
        a rights fund sued the state") each did it, whatever their codes."""
        seen: set[tuple[Any, ...]] = set()
        out = []
        for c in found:
            key = (c.trigger.i, c.code, c.source or None,
                   self.code(c.target) or c.target)
            if key not in seen:
                seen.add(key)
                out.append(c)
        return out

    def code(self, eid: str | None) -> str | None:
        e = self.by_id.get(eid or "")
        return e.actor.code if e is not None and e.actor is not None else None

    def _span(self, tok: Any, eid: str | None) -> Span | None:
        if tok is None:
            return None
        e = self.by_id.get(eid or "")
        if e is not None:
            for m in e.mentions:
                if m.start <= tok.idx < m.end:
                    return Span(start=m.start, end=m.end, text=m.text)
        return Span(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text)

    def _events(self, found: list[Candidate]) -> list[Event]:
        merged: dict[tuple[Any, ...], Candidate] = {}
        order: list[tuple[Any, ...]] = []
        for c in sorted(found, key=lambda c: c.trigger.idx):
            key = (c.source, c.target, c.code, c.modality, c.negated)
            ev = self.evidence_of(c)
            if key in merged:
                first = merged[key]
                if ev.start != self.evidence_of(first).start:
                    first.repeats.append(ev)
                continue
            merged[key] = c
            order.append(key)
        # "he stabbed two people ... he stabbed again": the same act said again with
        # one argument left out is the act, not another one
        # (every event has its doer by now: run() leaves out the rest)
        for key in list(order):
            source, target = key[:2]
            if target is not None:
                continue
            fuller = next((k for k in order if k is not key and k[2:] == key[2:]
                           and k[0] == source and k[1] is not None), None)
            if fuller is None:
                continue
            c, first = merged.pop(key), merged[fuller]
            order.remove(key)
            first.repeats.extend([self.evidence_of(c), *c.repeats])
        places = setting.places(self, found)
        out = []
        for n, key in enumerate(order, start=1):
            c = merged[key]
            cameo = self.lex.cameo(c.code)
            date, date_from, precision, date_text = setting.date_for(self, c)
            background = date_from == "text" and _before_story(date, precision,
                                                               self.ctx.article.published)
            out.append(Event(
                id=f"v{n}", source=c.source, target=c.target,
                cameo=Cameo(code=c.code, root=c.code[:2], quad_class=cameo.quad_class,
                            goldstein=cameo.goldstein, base_code=c.code[:3]),
                plover=(Plover(category=cameo.plover_category, mode=cameo.plover_mode)
                        if cameo.plover_category else None),
                place=places.get(id(c)), date=date, date_from=date_from,
                modality=c.modality, negated=c.negated, mentions=1 + len(c.repeats),
                evidence=self.evidence_of(c), source_mention=self._span(c.source_tok, c.source),
                target_mention=self._span(c.target_tok, c.target), repeats=c.repeats,
                inferred=c.inferred, date_precision=precision, date_text=date_text,
                background=background))
        return out

    def evidence_of(self, c: Candidate) -> EventEvidence:
        """The words of ``c``'s trigger (and its particle: "carried out"), as evidence."""
        t = c.trigger
        end = t.idx + len(t.text)
        prt = next((x for x in self.kids(t) if x.dep_ == "prt"), None)
        if prt is not None and prt.i == t.i + 1:
            end = prt.idx + len(prt.text)
        return EventEvidence(sentence=c.sentence, start=t.idx, end=end, text=self.text[t.idx:end])


STAGE = Stage(name="events", run=code_events, assigns="events",
              requires=("entities", "actors", "places", "dates", "quotes"))

__all__ = ["STAGE", "code_events"]
