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

No pattern, no event: there is no default code. Sentences that are
boilerplate (bylines, photo captions, "Reporting by") are skipped. The same
event said twice (headline and body) is one event with ``mentions=2``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
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
from ..dates import granularity
from ..quotes import SPEECH_VERBS
from .candidates import Candidate
from .statements import accusations, named_judgements, statement_events

#: the word lists of this module's grammar (knowledge/data/event_words.tsv)
_WORDS = event_words()
#: dependencies that lead from a temporal expression to the word it dates
_DATE_LINKS = frozenset({"pobj", "prep", "npadvmod", "nmod", "compound", "amod", "poss",
                         "nummod", "det", "case", "appos", "tmod", "advmod"})
#: pronouns of groups and organisations, resolved by this stage itself
_GROUP_PRONOUNS = _WORDS["group_pronouns"]
#: Verbs of protest that a state does by complaining (114), never in the street (14x)
_OFFICIAL_PROTEST = _WORDS["official_protest"]

_INTENT = _WORDS["intent"]
_HOPE = _WORDS["hope"]
#: Verbs of trying: "tried to storm parliament" reports an attempt made, not a plan
#: (PLOVER codes attempted assassinations as assaults); "will try to" is a plan.
_ATTEMPT = _WORDS["attempt"]
_DEMAND = _WORDS["demand"]
#: Verbs whose that-clause is a demand ("insisted that Iran must"); "told
#: reporters that" is speech.
_DEMAND_THAT = _WORDS["demand_that"]
_DENY = _WORDS["deny"]
_REFUSE = _WORDS["refuse"]
_FUTURE_ADJ = _WORDS["future_adj"]
#: How a trigger's extra words may hang on it ("crack down", "call for", "step down").
_TRIGGER_DEPS = {"prt", "advmod", "npadvmod", "prep", "oprd", "acomp", "ccomp", "agent"}
#: Object words that stand for people: a named person satisfies them too.
_PERSON_OBJECTS = _WORDS["person_objects"]

#: What "took Y hostage" makes its object: the state, not who the object is.
_CAPTIVE_STATES = _WORDS["captive_states"]

#: Nouns that measure what the object really is ("tons of aid").
_MEASURES = _WORDS["measures"]
_CAPACITY = _WORDS["capacity_noun"]
_HARDWARE = _WORDS["military_hardware"]
#: Speech and demand verbs whose subject demands what a "must" clause says.
_DEMANDERS = _WORDS["demanders"]
#: What a demand that someone do it is (event root -> CAMEO 10x).
_DEMANDED = {"03": "100", "04": "106", "05": "107", "06": "101", "07": "103", "08": "105",
             "16": "105", "17": "105", "19": "1056", "12": "105"}

#: Words that count people ("tens of thousands of students").
_QUANTITIES = _WORDS["quantities"]
#: Prepositions that put an event noun in the background of the sentence.
_BACKGROUND = _WORDS["background"]
#: prepositions that also open a for-to clause ("called for the talks to resume")
_FOR_TO = _WORDS["for_to"]
#: What "the two ..." and "both ..." stand for: the last two sides named.
_PEOPLE_PAIRS = _WORDS["people_pairs"]
_PAIR_NOUNS = _WORDS["pair_nouns"]
#: Event nouns that refer back to an earlier event, with the CAMEO roots it may
#: have ("the demand" -> a demand or appeal; empty: any event, "the decision").
_ANAPHORS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("demand", "call", "appeal", "request", "ultimatum", "plea"), ("10", "02")),
    **dict.fromkeys(("offer", "proposal", "plan", "initiative", "invitation", "pledge",
                     "promise"), ("03",)),
    **dict.fromkeys(("sanction", "embargo", "ban", "restriction", "expulsion", "boycott"),
                    ("16", "17")),
    **dict.fromkeys(("arrest", "detention", "raid", "crackdown", "seizure", "expulsion"),
                    ("17",)),
    **dict.fromkeys(("verdict", "ruling", "sentence", "conviction", "indictment"),
                    ("11", "17")),
    # (the charges are a prosecutor's or a court's, not a critic's: no 111)
    "charge": ("112", "115", "116", "17"),
    **dict.fromkeys(("attack", "strike", "bombing", "shelling", "killing", "assault", "stabbing",
                     "shooting", "murder", "massacre", "death",
                     "airstrike", "incursion", "invasion", "annexation", "occupation",
                     "offensive", "bombardment", "blockade"), ("18", "19", "20")),
    **dict.fromkeys(("accusation", "allegation", "criticism", "condemnation"), ("11",)),
    **dict.fromkeys(("protest", "demonstration", "rally", "march", "riot", "unrest"),
                    ("14",)),
    **dict.fromkeys(("deal", "agreement", "accord", "ceasefire", "truce", "treaty"),
                    ("03", "05", "08")),
    **dict.fromkeys(("announcement", "statement", "declaration", "vote"), ()),
    # a move is something done, not words about another's act: criticism, praise,
    # appeals, and rejections, which news mostly reports as said ("the Greek minister
    # criticised the conversion, UNESCO rejected it ... the commission criticised the
    # move": the converter's)
    **dict.fromkeys(("decision", "move", "step", "decree", "order", "measure", "policy",
                     "law", "bill"), ("03", "04", "06", "07", "08", "10", "13", "14", "15",
                                      "16", "17", "18", "19", "20")),
}
#: Verbs whose object event is watched or talked about, not done.
_OBSERVING = _WORDS["observing"]
#: Nouns for people no one has named, coded by where they act.
_PEOPLE = _WORDS["people"]
#: Singular nouns that name a group of people ("the opposition in Zimbabwe").
_COLLECTIVES = _WORDS["collectives"]
_MEMBERS = _WORDS["members"]
#: Bodies of people sent somewhere, whom a host receives.
_DELEGATIONS = _WORDS["delegations"]
#: Participles that are states of their subject, not passives ("Israel is opposed to").
_STATIVE = _WORDS["stative"]
#: Verbs whose object noun is the act their subject does ("staged a rally",
#: "began a hunger strike", "announced a suspension of air links").
_SUPPORT_VERBS = _WORDS["support_verbs"]
#: Where a target is not: the doer's side of the clause, times, asides.
_NOT_TARGET_DEPS = frozenset({"npadvmod", "tmod", "punct", "aux", "auxpass", "neg", "mark",
                              "cc"})
_DOER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})
#: Prepositions that point an act at someone, for targets the lexicon did not place.
_DIRECTED = _WORDS["directed"]
_LOCATIVE = _WORDS["locative"]
_PLACE_VERBS = _WORDS["place_verbs"]
_FIRST_PERSON = _WORDS["first_person"]
_BILATERAL = re.compile(r"\b(bilateral|two countries|both countries|two nations|both nations|"
                        r"two sides|both sides|the two states|two neighbou?rs|each other|"
                        r"two capitals)\b", re.I)
_BOILERPLATE = re.compile(r"^\s*[\(\[]?\s*(photo|file photo|caption|reporting by|writing by|"
                          r"editing by|additional reporting|compiled by|copyright|all rights "
                          r"reserved|subscribe|sign up|read more|related:)", re.I)
#: Words that, in a quotation about an actor, make the quotation a criticism (111).
#: CAMEO codes of rules eased or imposed at home: their target, unnamed, is the
#: doer's own country (:meth:`_Coder._home_targets`)
_HOME_ACTS = ("081", "082", "083", "1721", "1722", "1723", "1724",
              # and the threats to impose them ("may declare a national emergency")
              "1321", "1322", "1323", "1324")

_KNOWN_GOVERNORS = _INTENT | _HOPE | _DEMAND | _DENY | _REFUSE | _ATTEMPT

#: What an event that is only intended or hoped for becomes (CAMEO root -> code).
_INTENDED = {"04": "036", "05": "030", "06": "031", "07": "033", "08": "035"}
#: What a coercive act announced for later is: a threat (CAMEO 13x).
_THREATS = {"14": "133", "15": "138", "161": "1313", "162": "1311", "163": "1312", "164": "134",
            "165": "135", "166": "136", "16": "131", "1723": "1323", "1724": "1324",
            "172": "132", "17": "137", "191": "1381", "192": "1382", "18": "1383", "19": "138",
            "20": "138"}
_SPEECH = _WORDS["speech"]
#: Verbs the coder reasons about by lemma, for mending the model's lemmas.
_KNOWN_VERBS = _KNOWN_GOVERNORS | _SUPPORT_VERBS | _DEMANDERS | _SPEECH | _STATIVE


def _first_person(t: Any) -> bool:
    """"we", "us", "our" as pronouns -- "US" the country is a proper noun."""
    return t.pos_ == "PRON" and t.lower_ in _FIRST_PERSON


def _threat(code: str) -> str | None:
    for key in (code[:4], code[:3], code[:2]):
        if key in _THREATS:
            return _THREATS[key]
    return None


#: What refusing to do it is (by root; a yielding act's refusal by its own kind: not
#: releasing is 1243, not easing sanctions 1244).
_REFUSED = {"04": "125", "03": "125", "06": "121", "07": "122", "08": "124", "05": "120",
            "081": "1241", "082": "1242", "083": "123", "084": "1243", "085": "1244",
            "086": "1245", "087": "1246"}
#: Roots whose announced negation ("will not accept") is a refusal; a meeting that
#: will not happen is only a negated meeting. A yielding act (08) that did not happen
#: is one too: not yielding is holding out.
_WONT = {"03", "05", "06", "07", "08"}


def _refusal(code: str) -> str:
    return _REFUSED.get(code[:3]) or _REFUSED.get(code[:2], "120")


@functools.lru_cache(maxsize=4096)
def _multi_words(objects: frozenset[str]) -> dict[str, list[tuple[str, list[str]]]]:
    """The multi-word items of an object set, by each word they hold, longest first."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for o in sorted((o for o in objects if " " in o), key=lambda o: (-len(o.split()), o)):
        words = o.split()
        for w in set(words):
            out.setdefault(w, []).append((o, words))
    return out


def _mend(low: str, known: Any) -> str | None:
    """The form of the inflected word ``low`` that is in ``known``, if any."""
    for suffix, repl in (("es", "e"), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
                         ("ing", ""), ("ied", "y"), ("ies", "y")):
        if low.endswith(suffix) and low[: -len(suffix)] + repl in known:
            return low[: -len(suffix)] + repl
    return None


def _lemma(t: Any) -> str:
    """The lemma, mended where the small model gets it wrong ("hopes" -> "hop",
    "staged" -> "stag", "waged" -> "wag")."""
    lemma = str(t.lemma_).lower()
    if lemma in _KNOWN_VERBS:
        return lemma
    return _mend(str(t.lower_), _KNOWN_VERBS) or lemma


@dataclass(slots=True)
class _Match:
    pattern: Pattern
    trigger: Any
    last: Any
    obj: Any
    xcomp: Any
    subject: Any
    passive: bool
    matched: str | None

    @property
    def score(self) -> tuple[int, int, int]:
        p = self.pattern
        return (1 if self.matched else 0, len(p.words),
                len(self.matched.split()) if self.matched else 0)


#: how long before publication a dated event counts as the story's background
BACKGROUND_DAYS = 31


def _before_story(date: str | None, precision: str | None, published: str | None) -> bool:
    """Did the event end more than :data:`BACKGROUND_DAYS` before publication (a
    week, a month or a year ends on its last day)?"""
    if not date or not published:
        return False
    try:
        day, pub = dt.date.fromisoformat(date), dt.date.fromisoformat(published)
    except ValueError:
        return False
    if precision == "year":
        day = dt.date(day.year, 12, 31)
    elif precision == "week":
        day += dt.timedelta(days=6)
    elif precision == "month":
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return (pub - day).days > BACKGROUND_DAYS


#: what is paid or offered to the dead ("paid tribute", "offered condolences"): aimed at
#: the one who died when the text names no one
_MOURNING = _WORDS["mourning"]


#: Prepositions after which "being arrested" happened to the clause's subject ("died
#: after being shot"); "without being arrested" did not happen (negated).
_WHEN_PREPS = _WORDS["when_preps"]
#: Words that name no one: "nobody was arrested", "none of them".
_NO_ONE = _WORDS["no_one"]


def _nobody(x: Any) -> bool:
    """Is ``x`` a phrase that names no one ("no one", "no troops", "none of the
    protesters")? An act done by or to no one did not happen."""
    return x.lower_ in _NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in x.children)


def _singular(word: str) -> str:
    """A plural noun's bare form by its spelling, where no lemma can be trusted."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _mutual(code: str) -> bool:
    """Can actors named together do this to each other when the text names no one
    else ("Kenya and Uganda agreed", "met", "clashed")? Cooperation, consultation and
    fighting can; praise, demands, accusations and the rest are done to a third."""
    return code[:2] in ("03", "04", "06", "19") or code[:3] in ("050", "054", "057")


#: CAMEO codes whose events are reciprocal by nature (the manual: meetings 040 and 044,
#: telephone calls 041, negotiations 046, signed agreements 057 "are reciprocal
#: events"): "X met with Y" is also Y meeting X.
_RECIPROCAL_CODES = frozenset({"040", "041", "044", "046", "057"})
_SWAPPED = {"source": "target", "target": "source"}
#: Killings, which stay killings whoever does them.
_KILLINGS = frozenset({"186", "1823"})
#: Who holds people: police, armies, spies, courts.
_FORCES = frozenset({"COP", "MIL", "SPY", "JUD"})


def code_events(ctx: Context) -> list[Event]:
    return _Coder(ctx).run()


def _governing_verb(tok: Any) -> Any:
    """The nearest verb above ``tok`` in the parse (itself if a verb), else the root."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


class _Coder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.text: str = ctx.article.text
        self.lex: EventLexicon = ctx.knowledge.events
        self.entities: list[Entity] = ctx["entities"]
        self.by_id = {e.id: e for e in self.entities}
        # "met reporters", "told the press": an audience, never a source or a target
        kb = ctx.knowledge.actors
        self.audience = {
            e.id for e in self.entities if e.actor is None and e.type != "PERSON"
            and e.mentions and all(
                (r := kb.role(" ".join(w for w in m.text.lower().split()
                                       if w not in ("the", "a", "some")))) is not None
                and r.kind == "audience" for m in e.mentions)}
        self.roles = kb.role
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

    def _quote_at(self, t: Any) -> Quote | None:
        for q in self.quotes:
            if q.kind != "indirect" and q.start <= t.idx < q.end:
                return q
        return None

    def entity_of(self, t: Any, depth: int = 0) -> str | None:
        eid = self._entity_of(t, depth)
        return None if eid in self.audience else eid

    def _entity_of(self, t: Any, depth: int = 0) -> str | None:
        if _first_person(t):
            q = self._quote_at(t)
            return q.speaker if q is not None else None
        if t.lower_ in ("its", "their") and t.i not in self.tok_entity:
            return self._owner(t)
        if t.lower_ in ("it", "they") and t.i not in self.tok_entity:
            # the one who says it; else whom the entities stage read it as ("The Red
            # Cross said ... They distributed food": the subject of the sentence before)
            return self._speaker_of_clause(t) or self.pronoun_entity.get(t.i)
        if t.lower_ in _QUANTITIES and t.i not in self.tok_entity and not t.like_num \
                and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
            counted = self._counted_group(t)
            if counted is not None:
                return counted
        if t.lower_ in ("those", "these") and t.pos_ == "PRON" and any(
                c.dep_ in ("acl", "relcl", "amod") for c in self._kids(t)):
            return None  # "release those detained", "those responsible": no one named
        if t.lower_ == "them" and t.i not in self.tok_entity:
            # "police fired tear gas at them": whom the entities stage read it as (never
            # the clause's own subject)
            return self.pronoun_entity.get(t.i)
        group = self._group_of_members(t)
        if group is not None:
            return group
        if t.lemma_.lower() in ("neighbour", "neighbor") and t.i not in self.tok_entity \
                and t.tag_ == "NN" and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                           for c in self._kids(t)):
            return self._other_country_before(t)
        eid = self.tok_entity.get(t.i)
        if (eid is not None and self.by_id[eid].type in ("GPE", "NORP")
                and t.tag_ not in ("NNS", "NNPS")
                and t.text not in self.by_id[eid].name.split()):
            # (a country's own name is no nationality: "aid to Ukraine, Defence
            # Secretary Grant Shapps said" is parsed with Shapps in apposition)
            # "A New Zealander, Liam Porter, appeared": the person the nationality
            # stands before
            for c in self._kids(t):
                other = self.tok_entity.get(c.i) if (
                    c.dep_ == "appos" and c.pos_ == "PROPN") else None
                if other is not None and self.by_id[other].type == "PERSON":
                    return other
        if eid is None and t.pos_ == "NOUN" and t.i + 1 < len(self.doc):
            # "sentenced [opposition politician] Ilya Yashin", the parse hanging the
            # object on the title: the person the title stands before
            nxt = self.by_id.get(self.tok_entity.get(t.i + 1) or "")
            if nxt is not None and nxt.type == "PERSON" and any(
                    d.start <= t.idx < d.end for d in nxt.descriptions):
                return str(nxt.id)
        if eid is not None:
            if self.by_id[eid].actor is None and depth < 2:
                # "Iraqi Kurds", "Afghan Taliban": a group the tables do not code is
                # coded by the country that qualifies it
                for c in self._kids(t):
                    if c.dep_ in ("compound", "amod", "nmod") and c.i not in self._same(eid, t):
                        other = self.entity_of(c, depth + 1)
                        if other is not None and self.by_id[other].actor is not None:
                            return other
            return self._where_people_live(t, eid)
        if depth < 2:
            # "its European Community partners" are the Community's, not its owner's;
            # "the Hutu rebel group, FDD,": a coded name before an uncoded one
            uncoded = None
            for deps in (("compound", "amod", "nmod", "appos"), ("poss",)):
                for c in self._kids(t):
                    if c.dep_ in deps and not self._stance(c):
                        eid = self.entity_of(c, depth + 1)
                        if eid is not None and self.by_id[eid].actor is not None:
                            return eid
                        uncoded = uncoded or eid
            if uncoded is not None:
                return uncoded
            # "a lawsuit filed by Texas", "measures imposed by the government": an act
            # or a document stands for its author
            if t.lemma_.lower() in evaluation_words().get("authored_noun", frozenset()):
                for c in self._kids(t):
                    if c.dep_ == "acl" and c.tag_ == "VBN":
                        agent = self._child(c, "agent")
                        g = self._child(agent, "pobj") if agent is not None else None
                        eid = self.entity_of(g, depth + 1) if g is not None else None
                        if eid is not None:
                            return eid
            # "the detention of the activists by Egyptian police was illegal": an act
            # named with its doer's "by" stands for that doer, not for whom it is "of"
            g = self._by_agent(t) if t.pos_ == "NOUN" else None
            eid = self.entity_of(g, depth + 1) if g is not None else None
            if eid is not None and self.by_id[eid].actor is not None:
                return eid
            # "leaders of Iran": a noun whose "of" names who it is; "thousands of
            # Nigerians" is the Nigerians
            step = 0 if t.lower_ in _QUANTITIES or t.pos_ == "NUM" else 1
            for c in self._kids(t):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in self._kids(c):
                        if g.dep_ == "pobj":
                            eid = self.entity_of(g, depth + step)
                            if eid is not None:
                                return eid
            # "opposition groups in Zimbabwe", "students from Kosovo": people coded by
            # the country they are in, as CAMEO codes groups
            if t.tag_ in ("NNS", "NNPS") or t.lower_ in _COLLECTIVES:
                for c in self._kids(t):
                    if c.dep_ == "prep" and c.lower_ in ("in", "from", "throughout", "across"):
                        g = self._child(c, "pobj")
                        eid = self.tok_entity.get(g.i) if g is not None else None
                        if eid is not None and self.by_id[eid].type == "GPE":
                            return eid

        return None

    def _other_country_before(self, t: Any) -> str | None:
        """"Burundi closed its border with Rwanda, accusing its neighbour of backing
        rebels": the country named last before ``t`` that is not the clause's own."""
        doer = self._subject(t.head) if t.head.pos_ == "VERB" else None
        own = self._country(self.entity_of(doer) if doer is not None else None)
        start = self.sents[max(0, self.sent_of.get(t.i, 0) - 1)].start
        for i in range(t.i - 1, start - 1, -1):
            e = self.by_id.get(self.tok_entity.get(i) or "")
            if e is not None and e.type == "GPE" and e.actor is not None \
                    and e.actor.code == e.actor.country and e.actor.country != own:
                return str(e.id)
        return None

    def _group_of_members(self, t: Any) -> str | None:
        """"Fighters from the M23 rebel group", "militants of al-Shabab": a group's own
        people named by what they are and whose they are are that group."""
        if t.lower_ not in _MEMBERS:
            return None
        for c in self._kids(t):
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                g = self._child(c, "pobj")
                e = self.by_id.get(self.tok_entity.get(g.i) or "") if g is not None else None
                if e is not None and e.type == "ORG" and e.actor is not None:
                    return str(e.id)
        return None

    def _stance(self, t: Any) -> bool:
        """Is ``t`` the country of a "pro-" or "anti-" modifier ("the pro-Iranian
        Hizbollah group", "anti-Syria protesters")? A stance, not whose they are."""
        doc = self.doc
        return (t.i >= 2 and doc[t.i - 1].text in ("-", "–")
                and doc[t.i - 2].lower_ in ("pro", "anti")) or \
            t.lower_.startswith(("pro-", "anti-"))

    def _same(self, eid: str, t: Any) -> set[int]:
        """Token indices of the mention of ``eid`` that covers ``t``."""
        for m in self.by_id[eid].mentions:
            if m.start <= t.idx < m.end:
                return {x.i for x in self.doc.char_span(m.start, m.end, alignment_mode="expand")
                        or ()}
        return {t.i}

    def _where_people_live(self, t: Any, eid: str) -> str:
        """"Bosnian Serbs", "ethnic Albanians in Serbia": a people named by the
        state they live in is coded by that state, as CAMEO does."""
        if t.tag_ not in ("NNS", "NNPS") or self.by_id[eid].type != "GPE":
            return eid
        for c in self._kids(t):
            other = None
            if c.dep_ in ("amod", "compound"):
                other = self.tok_entity.get(c.i)
            elif c.dep_ == "prep" and c.lower_ in ("in", "of", "from"):
                pobj = self._child(c, "pobj")
                other = self.tok_entity.get(pobj.i) if pobj is not None else None
            if other is not None and other != eid and self.by_id[other].type == "GPE":
                return other
        if any(c.lower_ == "ethnic" for c in self._kids(t)):
            # "ethnic Albanians demonstrated in Serbia": where they live, not their kin state
            sent = self.sents[self.sent_of.get(t.i, 0)]
            for x in sent:
                if x.dep_ == "pobj" and x.head.lower_ == "in":
                    other = self.tok_entity.get(x.i)
                    if other is not None and other != eid and self.by_id[other].type == "GPE":
                        return other
        return eid

    def _owner(self, t: Any) -> str | None:
        """"North Korea fired shells off its west coast": "its" is the doer of its
        own clause; with no doer there, the one who says it ("Hungary said its
        troops would ...")."""
        h = t.head
        for _ in range(6):
            if h.pos_ in ("VERB", "AUX"):
                subj = self._child(h, "nsubj")
                if subj is not None and subj.i != t.i and subj.lower_ not in ("its", "their"):
                    eid = self.tok_entity.get(subj.i) or self.entity_of(subj, 2)
                    if eid is not None:
                        return eid
                break
            if h.head.i == h.i:
                break
            h = h.head
        return self._speaker_of_clause(t)

    def _held_out(self, t: Any) -> bool:
        """Is the yielding act at ``t`` negated as held out ("did not release", "has
        not conceded")? Not "not yet" (still to come) nor "never" (a denial of the
        past: "said it had never released any of them")."""
        return not any(c.lower_ in ("yet", "never") for c in self._kids(t))

    def _speaker_of_clause(self, t: Any) -> str | None:
        """"Hungary said it would ...": "it" is the one who says, if that is not a person."""
        h = t.head
        for _ in range(4):
            if h.dep_ == "advcl" and any(c.dep_ == "mark" for c in self._kids(h)):
                # "As they tried to storm the building, police fired": a clause of its
                # own, whose "they" need not be the main clause's subject
                break
            if h.dep_ in ("ccomp", "xcomp", "conj", "advcl") and h.head.i != h.i:
                gov = h.head
                subj = self._child(gov, "nsubj")
                if subj is not None and subj.i != t.i:
                    eid = self.tok_entity.get(subj.i) or self.entity_of(subj, 2)
                    e = self.by_id.get(eid or "")
                    if e is not None and e.type != "PERSON":
                        return eid
                h = gov
            else:
                h = h.head
                if h.head.i == h.i:
                    break
        return None

    def _the_two(self, t: Any) -> list[tuple[str, Any]]:
        """"The two leaders agreed", "both countries signed", "the leaders of the two
        countries spoke": the last two actors of different countries named before,
        people for people words (countries when no two people are named)."""
        noun = t.lemma_.lower()
        pair = t
        if noun in _PAIR_NOUNS and not any(c.lower_ in ("two", "both") for c in self._kids(t)):
            # "the leaders of the two countries": the pair is in the "of" phrase
            pair = next((g for c in self._kids(t) if c.dep_ == "prep" and c.lower_ == "of"
                         for g in self._kids(c) if g.dep_ == "pobj"
                         and g.lemma_.lower() in _PAIR_NOUNS), t)
        det = next((c for c in self._kids(pair) if c.lower_ in ("two", "both")), None)
        if det is None or noun not in _PAIR_NOUNS:
            return []
        if noun in ("side", "party"):
            # "Ethiopia's government and Tigrayan forces signed a peace agreement ...
            # Both sides agreed": the two parties of the last act they did together,
            # whatever their countries
            here = self.sent_of.get(t.i, 0)
            last = next((c for c in reversed(self.found) if c.trigger.i < t.i
                         and c.sentence >= here - 1  # (told just before, not long ago)
                         and c.source is not None and c.target is not None
                         and c.source != c.target and _mutual(c.code)), None)
            if last is not None and last.source is not None and last.target is not None:
                return [(last.source, t), (last.target, t)]
        people = noun in _PEOPLE_PAIRS
        found = self._last_two(t, people)
        if not found and people:  # "the two leaders" of the two countries named
            found = self._last_two(t, False)
        return found

    def _last_two(self, t: Any, people: bool) -> list[tuple[str, Any]]:
        seen: dict[str, str] = {}
        for i in range(t.i - 1, -1, -1):
            eid = self.tok_entity.get(i)
            e = self.by_id.get(eid or "")
            if e is None or e.actor is None or not e.actor.country:
                continue
            if people != (e.type == "PERSON"):
                continue
            seen.setdefault(e.actor.country, e.id)
            if len(seen) == 2:
                return [(x, t) for x in reversed(list(seen.values()))]
        return []

    def entities_of(self, t: Any) -> list[tuple[str, Any]]:
        if t.lower_ in ("who", "whom", "that", "which") and t.head.dep_ == "relcl" \
                and t.i not in self.tok_entity and t.head.head.i != t.head.i:
            # "demonstrators who were detained": the relative pronoun is its noun
            return self.entities_of(t.head.head)
        pair = self._the_two(t) if t.pos_ == "NOUN" else []
        if pair:
            return pair
        members = self._members(t) if t.pos_ in ("NOUN", "PROPN") else []
        if members:
            return members
        sides = self._sides(t) if t.tag_ == "NNS" else []
        if sides:
            return sides
        out: list[tuple[str, Any]] = []
        # (the parser may hang a list on the first member's appositive: "from OIC head
        # Yousef Al-Othaimeen, Pope Francis, and a spokesperson for the president")
        listed = [c for a in self._kids(t) if a.dep_ == "appos" for c in a.conjuncts
                  if c.i > a.i]
        for x in (t, *t.conjuncts, *listed):
            eid = self.entity_of(x)
            if eid is not None and all(eid != e for e, _ in out):
                out.append((eid, x))
        if len(out) == 1 and out[0][1] is t and t.i not in self.tok_entity:
            # "the Turkish and Greek sides": one noun, two countries
            for c in self._kids(t):
                if c.dep_ in ("amod", "compound") and c.conjuncts:
                    both = [(self.tok_entity.get(x.i), x) for x in (c, *c.conjuncts)]
                    if all(e is not None for e, _ in both) and len({e for e, _ in both}) > 1:
                        return [(e, x) for e, x in both if e is not None]
        return out

    def _sides(self, t: Any) -> list[tuple[str, Any]]:
        """"The presidents of Chile and Argentina", "the foreign ministers of Saudi
        Arabia, Oman and the UAE", "negotiators from the government and the rebels": one
        plural noun for several sides' people, each side its own actor (as "Kenya and
        Uganda" are)."""
        for c in self._kids(t):
            if c.dep_ != "prep" or c.lower_ not in ("of", "from"):
                continue  # ("negotiators from the government and the rebels": "from" too)
            g = self._child(c, "pobj")
            if g is None or not g.conjuncts:
                return []
            both = [(self.entity_of(x), x) for x in (g, *g.conjuncts)]
            if all(e is not None and self.by_id[e].actor is not None for e, _ in both) and \
                    len({e for e, _ in both}) == len(both) and (c.lower_ == "from" or all(
                        self.by_id[e].type == "GPE" for e, _ in both if e is not None)):
                return [(e, x) for e, x in both if e is not None]
            return []
        return []

    def _members(self, t: Any) -> list[tuple[str, Any]]:
        """"World leaders including Iran's Zarif and Britain's Johnson", "several
        countries, such as France and Germany": the coded actors the group names."""
        out: list[tuple[str, Any]] = []
        for c in self._kids(t):
            if c.dep_ != "prep" or c.lower_ not in ("including", "like", "as"):
                continue
            if c.lower_ == "as" and not any(k.lower_ == "such" for k in self._kids(c)) and \
                    not (c.i > 0 and self.doc[c.i - 1].lower_ == "such"):
                continue
            for g in self._kids(c):
                if g.dep_ != "pobj":
                    continue
                for x in (g, *g.conjuncts):
                    eid = self.entity_of(x)
                    e = self.by_id.get(eid or "")
                    if e is not None and e.actor is not None and all(eid != o for o, _ in out):
                        out.append((e.id, x))
        return out

    # ------------------------------------------------------------ arguments

    def _kids(self, t: Any) -> list[Any]:
        """``t.children``, built once per token (spaCy makes new Token objects each time)."""
        kids = self._children.get(t.i)
        if kids is None:
            kids = self._children[t.i] = list(t.children)
        return kids

    def _child(self, t: Any, *deps: str) -> Any:
        if t is None:
            return None
        return next((c for c in self._kids(t) if c.dep_ in deps), None)

    def _participle_patient(self, t: Any) -> Any:
        """The one a bare passive participle is done to: "Porter appeared in court,
        charged with murder" (the clause's subject), "the man arrested on Friday" (the
        noun it follows), "X died after being shot" (the subject of the clause the
        "after" phrase is in). None when ``t`` is no such participle."""
        if t.tag_ == "VBN" and t.dep_ in ("pcomp", "advcl") and _lemma(t) not in _STATIVE \
                and any(c.dep_ == "auxpass" and c.lower_ in ("being", "been")
                        for c in t.children) \
                and (t.dep_ == "advcl" or t.head.lower_ in _WHEN_PREPS) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in t.children):
            gov = t.head.head if t.dep_ == "pcomp" and t.head.dep_ == "prep" else t.head
            return self._child(gov, "nsubj", "nsubjpass") if gov.pos_ in ("VERB", "AUX") \
                else None
        if t.tag_ == "VBN" and t.dep_ == "conj" and _lemma(t) not in _STATIVE \
                and any(c.dep_ == "auxpass" for c in t.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                and t.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "auxpass" for c in t.head.children) \
                and any(c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children):
            # "some users pleaded guilty or were convicted": the subject an active verb
            # shares with a passive one joined to it is the one the passive is done to
            return self._child(t.head, "nsubj")
        if t.tag_ == "VBN" and t.dep_ == "conj" and _lemma(t) not in _STATIVE \
                and t.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.head.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent")
                            for c in t.children):
            # "At least 50 people were injured and 300 arrested": a passive whose "were"
            # the first one gives is done to the same kind of people
            return self._child(t.head, "nsubjpass")
        if t.tag_ != "VBN" or t.dep_ not in ("advcl", "acl") or _lemma(t) in _STATIVE:
            return None
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in t.children):
            return None
        if self._misparsed_main(t):
            return None
        if t.dep_ == "acl":
            # a sentence whose root is a noun was misparsed ("Doctors from two aid groups
            # donated ..."), and "..., a rights group protested" is a speaker inverted
            root = t
            while root.head.i != root.i:  # (cheaper than Token.sent)
                root = root.head
            if root.pos_ not in ("VERB", "AUX") or _lemma(t) in SPEECH_VERBS:
                return None
            return t.head if t.head.pos_ in ("NOUN", "PROPN", "PRON") else None
        return self._child(t.head, "nsubj", "nsubjpass")

    def _misparsed_main(self, t: Any) -> bool:
        """Is ``t`` a main verb the parser hung on its subject as a participle? "William
        Conley, a district judge, ordered that ballots be counted": after a name and its
        appositive (or in a sentence whose root is a noun), a verb with a clause or an
        object of its own is what the name did, not what was done to it."""
        if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or \
                t.head.pos_ not in ("PROPN", "NOUN"):
            return False
        if not any(c.dep_ in ("ccomp", "dobj") for c in self._kids(t)):
            return False  # "Man arrested in Nairobi": a headline's passive
        root = t
        while root.head.i != root.i:
            root = root.head
        if root.pos_ not in ("VERB", "AUX"):
            return True
        return t.i > 0 and self.doc[t.i - 1].text == "," and any(
            c.dep_ == "appos" and c.i < t.i for c in self._kids(t.head))

    def _subject(self, verb: Any) -> Any:
        """The token that does ``verb``: subject, passive agent, or inherited."""
        if self._misparsed_main(verb):
            return verb.head
        speaker = self._speaker_of_misparsed_conj(verb)
        if speaker is not None:
            return speaker
        if self._participle_patient(verb) is not None:
            # a bare passive participle: its doer is its "by" agent or nobody named
            agent = self._child(verb, "agent")
            return self._child(agent, "pobj") if agent is not None else None
        h = verb
        shared = False  # climbed from a conjoined verb: the subject, never the agent
        raised = False  # climbed from an open complement ("is expected to meet")
        for _ in range(6):
            agent = self._child(h, "agent")
            if agent is not None and self._child(h, "nsubj") is not None:
                agent = None  # "the leaders spoke by telephone": an active verb's means
            if agent is not None and not shared:
                pobj = self._child(agent, "pobj")
                if pobj is not None:
                    return pobj
            subj = self._child(h, "nsubj", "csubj") or next(
                (x for a in self._kids(h) if a.dep_ in ("aux", "auxpass")
                 for x in self._kids(a) if x.dep_ == "nsubj"), None)
            # (the parser may hang the subject on the auxiliary: "Egypt and Qatar are
            # mediating ..., officials said")
            if subj is not None:
                if subj.lower_ in ("who", "which", "that") and h.dep_ == "relcl":
                    return h.head
                return subj
            nsp = self._child(h, "nsubjpass")
            if nsp is not None:
                if shared or _lemma(h) in _STATIVE:
                    return nsp  # "Israel is opposed to", "forces were engaged in"
                if raised and _lemma(h) in evaluation_words().get("raising_verb", ()):
                    return nsp  # "the minister is expected to meet", "is said to have fled"
                return None  # a passive with no agent: nobody named
            if h.dep_ == "relcl":
                return h.head
            if h.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp", "pcomp", "prep", "pobj",
                          "acomp", "dobj") and h.head.i != h.i:
                # "was indicted by the court and will resign": the one indicted resigns
                shared = h.dep_ == "conj" and h.pos_ in ("VERB", "AUX")
                # (not "is said to have been arrested": that one is the patient)
                raised = h.dep_ == "xcomp" and self._child(h, "auxpass") is None
                h = h.head
                continue
            return None
        return None

    def _speaker_of_misparsed_conj(self, verb: Any) -> Any:
        """"The United States said the election was not free and urged the government
        to release activists": the parser hangs "urged" on the reported clause's verb;
        a verb of speaking or demanding there, with no subject of its own, whose
        clause's subject is no actor ("the election"), is the speaker's."""
        head = verb.head
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.dep_ != "ccomp" \
                or _lemma(head.head) not in _SPEECH \
                or _lemma(verb) not in _DEMAND | _SPEECH | _DEMANDERS \
                or self._child(verb, "nsubj", "nsubjpass") is not None:
            return None
        inner = self._child(head, "nsubj", "nsubjpass")
        if inner is not None and (self.entity_of(inner) is not None or inner.lemma_.lower()
                                  in evaluation_words().get("authored_noun", frozenset())):
            return None  # "said Iran was meddling and threatened ...": Iran's, maybe;
            # "said the draft resolution condemned ... and demanded": the document's
        return self._child(head.head, "nsubj")

    def _prep_objects(self, t: Any, preps: AbstractSet[str]) -> list[Any]:
        out: list[Any] = []
        for c in self._kids(t):
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
                out.extend(g for g in self._kids(c) if g.dep_ == "pobj")
            if c.dep_ == "prt":  # "crack down on": the preposition hangs on the particle
                for cc in self._kids(c):
                    if cc.dep_ == "prep" and cc.lower_ in preps:
                        out.extend(g for g in self._kids(cc) if g.dep_ == "pobj")
        return out

    def _positions(self, where: tuple[str, ...], m: _Match) -> list[tuple[str, Any]]:
        """Actors at the first of ``where`` that names one (target or source slots)."""
        for pos in where:
            found: list[Any] = []
            if pos == "-":
                return []
            if pos == "dobj":
                if m.xcomp is not None:
                    # "urged X to release the prisoners": the prisoners'; "urged the
                    # government to withdraw the bill": the one urged, when what is
                    # asked of it names no one
                    found = [self._child(m.xcomp, "dobj"), self._child(m.trigger, "dobj")]
                elif m.last is not m.trigger and m.last.dep_ == "prep":
                    # "threatened South Korea with military action": the verb's own object
                    found = [self._child(m.trigger, "dobj")]
                elif m.pattern.objects:
                    # the constrained object is the target only where the lexicon says
                    # so first ("train troops", "summon the ambassador")
                    found = [m.obj] if m.pattern.targets[0] == "dobj" else []
                else:
                    found = [m.obj]
            elif pos == "iobj":
                d = self._child(m.trigger, "dative", "iobj")
                found = [self._child(d, "pobj") or d] if d is not None else []
            elif pos == "poss":
                host = m.trigger if m.pattern.kind == "noun" else m.obj
                found = [self._child(host, "poss")] if host is not None else []
            elif pos == "subj":
                found = [m.subject]
            else:
                hosts = [x for x in (m.obj, m.last, m.trigger) if x is not None]
                if pos == "from" and m.pattern.kind == "noun":
                    # "criticism of the decision from Kenya": the parser hangs the
                    # critic on what is criticised; "condemnation came from X",
                    # "statements of condemnation have come from X": on the verb
                    hosts += self._prep_objects(m.trigger, {"of"})
                    hosts += self._arrived_from(m.trigger)
                found = [x for h in hosts for x in self._prep_objects(h, {pos})]
                t = m.trigger
                if not found and m.pattern.kind == "noun" and (
                        t.dep_ == "dobj" or (t.dep_ == "nsubj" and pos == "between")):
                    # "approved a loan to Kenya", "fighting erupted between the army and
                    # the RSF": the parser hangs the noun's phrase on the verb whose
                    # object or subject the noun is; only a phrase after the noun
                    found = [x for x in self._prep_objects(t.head, {pos}) if x.i > t.i]
            for x in found:
                if x is None or (m.pattern.objects and x is m.obj and pos != "dobj"):
                    continue
                ents = self.entities_of(x)
                if not ents and pos == "subj":
                    # "The arrests drew criticism from the EU": the act stands for
                    # whoever did it
                    ents = self._event_anaphor(x, m.trigger, m.pattern.code)
                if pos == "dobj" and m.pattern.code[:2] in ("15", "18", "19", "20"):
                    # troops deployed are the means; soldiers kidnapped are the target
                    ents = [(e, tok) for e, tok in ents if not self._weapon(e) or (
                        m.pattern.code[:2] != "15" and not self._hardware(e))]
                if ents:
                    return ents
        return []

    def _state(self, eid: str) -> bool:
        """A state or its government: a country itself, or an actor with a government
        role ("Kenya", "the foreign ministry", "Kenyan officials")."""
        e = self.by_id.get(eid)
        if e is None or e.actor is None or not e.actor.country:
            return False
        return (e.actor.code == e.actor.country and e.type == "GPE") or \
            "GOV" in e.actor.roles

    def _arrived_from(self, noun: Any) -> list[Any]:
        """The verb an act noun arrives by ("condemnation came from X", "statements of
        support poured in from X"), whose "from" names who acted; else nothing."""
        x = noun
        if x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.lower_ == "of" and \
                x.head.head.pos_ == "NOUN" and \
                x.head.head.lemma_.lower() in evaluation_words().get("act_carrier", ()):
            x = x.head.head  # "statements of condemnation"
        if x.dep_ in ("nsubj", "nsubjpass") and x.head.pos_ in ("VERB", "AUX") and \
                _lemma(x.head) in evaluation_words().get("arrival_verb", ()):
            return [x.head]
        return []

    def _weapon(self, eid: str) -> bool:
        """"North Korea fired several rounds of artillery": a military word whose
        country is only the article's guess is what is fired, not whom it is fired at."""
        e = self.by_id.get(eid)
        return e is not None and e.actor is not None and "MIL" in e.actor.roles and any(
            ev.kind == "context" for ev in e.actor.evidence)

    def _hardware(self, eid: str) -> bool:
        """Is the entity named by a word for weapons or vehicles ("artillery",
        "warplanes"), not for people ("two soldiers", "troops")?"""
        e = self.by_id.get(eid)
        return e is not None and _singular(e.name.split()[-1].lower()) in _HARDWARE

    # ------------------------------------------------------------ modality

    def _modality(self, t: Any) -> tuple[str, bool, bool]:
        """(modality, negated, refused) of the event triggered at ``t``."""
        negated = any(c.dep_ == "neg" for c in self._kids(t)) or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and _nobody(c) for c in self._kids(t)) or (
            # "left the country without being arrested"
            t.dep_ == "pcomp" and t.head.lower_ == "without")
        aux = {c.lower_ for c in self._kids(t) if c.dep_ in ("aux", "auxpass")}
        verb = t
        if t.pos_ == "ADJ" and t.dep_ in ("acomp", "attr") and t.head.i != t.i:
            # "the US must be ready to mediate": the copula carries the modal
            verb = t.head
            aux |= {c.lower_ for c in self._kids(t.head) if c.dep_ in ("aux", "auxpass")}
            negated = negated or any(c.dep_ == "neg" for c in self._kids(t.head))
        modality = "asserted"
        if aux & {"will", "shall", "'ll", "wo"}:
            modality = "intended"
        elif aux & {"would"} and self._reported(verb):
            modality = "intended"  # "said they would blockade Paris": the future, reported
        elif aux & {"would", "could", "might", "may"}:
            modality = "conditional"
        elif aux & {"should", "must", "ought"}:
            modality = "demanded"
        if t.pos_ == "NOUN" and any(c.lower_ in _FUTURE_ADJ for c in self._kids(t)):
            modality = "intended"
        if modality == "asserted" and self._imperative(t):
            modality = "demanded"  # "Take a knife and attack the police": an order
        refused = False
        h = t
        for _ in range(4):
            dep = h.dep_
            gov = h.head
            if gov.i == h.i:
                break
            if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                      for c in self._kids(h)):
                modality = "conditional"
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
                elif lemma in _DENY and dep == "ccomp":
                    modality = "denied"
                elif lemma in _DEMAND and (dep == "xcomp" or (
                        dep == "ccomp" and lemma in _DEMAND_THAT)):
                    modality = "demanded"
                elif lemma in _INTENT and (dep == "xcomp" or (
                        dep == "prep" and h.lower_ == "to")):
                    modality = "intended"
                elif lemma in _ATTEMPT and dep == "xcomp":
                    # "tried to storm": what the trying verb's own auxiliaries make it
                    tried = self._modality(gov)[0]
                    modality = "attempted" if tried == "asserted" else tried
                if any(c.dep_ == "neg" for c in self._kids(gov)) and lemma in (
                        _INTENT | _HOPE | _ATTEMPT | {"agree", "be"}):
                    negated = True
            if dep not in ("xcomp", "conj", "acl", "pobj", "prep", "dobj", "ccomp", "pcomp"):
                break
            h = gov
        return modality, negated, refused

    def _imperative(self, t: Any) -> bool:
        """Is ``t`` a verb in the imperative: its base form, no subject, no auxiliary,
        heading its sentence or a clause or conjunct of one ("Take a knife and attack
        the tourists")?"""
        h = t
        for _ in range(3):
            kids = self._kids(h)
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
            before = self.doc[first - 1] if first > 0 else None
            return h.dep_ in ("ccomp", "xcomp", "advcl", "acl", "parataxis") and (
                before is None or first == h.sent.start
                or before.text in ('"', "“", ":", "'", "‘"))
        return False

    # ------------------------------------------------------------ patterns

    def _reported(self, verb: Any) -> bool:
        """Is ``verb`` (or the verb it is conjoined to) what a speech verb reports?
        "announced it would prohibit aid and would deny entry"."""
        v = verb
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        return v.dep_ == "ccomp" and _lemma(v.head) in _SPEECH

    def _refusers(self, t: Any) -> list[tuple[str, Any]]:
        """Who refuses ``t``: the subject of the "refuse"/"decline" verb above it."""
        h = t
        for _ in range(4):
            if h.head.i == h.i:
                return []
            h = h.head
            if _lemma(h) in _REFUSE:
                subj = self._subject(h)
                return self.entities_of(subj) if subj is not None else []
        return []

    def _demander(self, t: Any) -> str | None:
        """Who says that ``t`` must happen: the subject of the speech verb above it."""
        h = t.head if t.pos_ == "ADJ" and t.dep_ in ("acomp", "attr") else t
        for _ in range(4):
            if h.dep_ in ("ccomp", "xcomp", "advcl", "conj") and h.head.i != h.i:
                gov = h.head
                if _lemma(gov) in _DEMANDERS:
                    subj = self._subject(gov)
                    if subj is not None:
                        return self.entity_of(subj)
                h = gov
            else:
                break
        return None

    def _fallback_target(self, m: _Match, sources: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        """No target where the pattern looks: an actor of another side that the
        event is directed at ("offered to hand over to Great Britain", "aid to
        Mozambique"), through a preposition on the trigger, its open clause or object."""
        mine = {self._country(s) for s, _ in sources}
        own_ids = {s for s, _ in sources}
        own_codes = {self._code(s) for s in own_ids} - {None}
        if (m.matched or m.trigger.lemma_.lower()) in _MOURNING:
            # "Tributes were paid by world leaders": to the one whose death the article
            # reports
            dead = self._deceased(m.trigger)
            if dead is not None and dead[0] not in own_ids:
                return [dead]

        def other(found: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
            # another actor: not a source, nor coded as one ("the opposition demanded
            # that the president ..." is Zimbabwe's opposition to Zimbabwe's government)
            if len(own_ids) > 1:  # "Czechia and Albania upgraded their ties": each other
                return [(e, tok) for e, tok in found if self._country(e) not in mine]
            return [(e, tok) for e, tok in found
                    if e not in own_ids and self._code(e) not in own_codes]

        # "demanded that the Sudanese government end curbs": who is to act
        clause = self._child(m.trigger, "ccomp")
        subj = self._child(clause, "nsubj", "nsubjpass") if clause is not None else None
        if subj is not None:
            ents = other(self.entities_of(subj))
            if ents:
                return ents
        xcomp = m.xcomp or self._child(m.trigger, "xcomp")
        xobj = self._child(xcomp, "dobj") if xcomp is not None else None
        hosts = [x for x in (m.trigger, xcomp, m.obj, xobj) if x is not None]
        for host in hosts:
            for x in self._prep_objects(host, _DIRECTED):
                ents = other(self.entities_of(x))
                if ents:
                    return ents
        # "threatened to stop the talks if the United States goes ahead": a threat is
        # aimed at the one whose act would carry it out
        if m.pattern.code[:2] == "13" or self._threat_like(m.trigger):
            for host in (m.trigger, m.xcomp or self._child(m.trigger, "xcomp")):
                for c in self._kids(host) if host is not None else ():
                    if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("if", "unless")
                                                 for k in self._kids(c)):
                        subj = self._child(c, "nsubj", "nsubjpass")
                        ents = other(self.entities_of(subj)) if subj is not None else []
                        if ents:
                            return ents
        # "rejected a U.S. request", "denounced Serbia's suppression": whose thing it is
        for host in (m.obj, xobj):
            if host is None or (m.pattern.objects and host is m.obj and m.matched and
                                self._is_instrument(host)):
                continue
            if any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in self._kids(host)):
                # "attacked the recognition of the region by X": the act's doer, not
                # what it was done to
                ents = other(self._doer_of(host))
                if ents:
                    return ents
            ents = [(e, tok) for e, tok in other(self.entities_of(host)) if not self._weapon(e)
                    # ("Tributes were paid", the model's name: the act's own noun)
                    and not (m.matched and host is m.obj and tok is not None
                             and tok.i == host.i)]
            if ents:
                return ents
        # "condemned the crackdown the army launched", "attacked the recognition of
        # the region by the government of Slovakia": the doer of the
        # act the event is aimed at
        for host in [x for h in hosts for x in self._prep_objects(h, _DIRECTED)] + [
                x for x in (m.obj, xobj) if x is not None]:
            ents = other(self._doer_of(host))
            if ents:
                return ents
        # "Belarus rejected the demand", "condemned the arrests": the earlier event
        # the object refers back to is whom this one answers
        for host in (m.obj, xobj):
            ents = other(self._event_anaphor(host, m.trigger, m.pattern.code)) \
                if host is not None else []
            if ents:
                return ents
        # "sent 21 personnel to Bosnia", "contribute troops to a force in Liberia": the
        # country the act is done in or sent to, as CAMEO codes it
        venue = len(own_ids) > 1 and _mutual(m.pattern.code)
        for x in self._clause_tokens(m.trigger, depth=4):
            if x.dep_ != "pobj" or x.head.lower_ not in ("to", "in", "into", "inside"):
                continue
            if venue and x.head.lower_ != "to":
                continue  # "the government and the opposition resumed talks in Mexico
                # City": where two parties meet each other, not a third
            eid = self.tok_entity.get(x.i)
            e = self.by_id.get(eid or "")
            if e is not None and e.type == "GPE" and self._country(eid) not in mine:
                return [(e.id, x)]
        # "threatened to resume attacks in Israel", "mobilized reservists for a war
        # against Iraq", "prevented the demonstration staged by students": the
        # nearest other actor in the event's own clause, outside its subject
        own = {s for s, _ in sources}
        if len(own) > 1:
            return []  # "Kenya and Uganda agreed": each other, as the caller codes it
        instrument = {x.i for x in m.obj.subtree} if (
            m.obj is not None and m.pattern.objects and self._is_instrument(m.obj)) else set()
        for x in self._clause_tokens(m.trigger, depth=5, skip=_NOT_TARGET_DEPS):
            if x.i in instrument or self._pair_member(x):
                continue  # "mobilized army reservists": the means, not the target
            eid = self.entity_of(x, 2)
            e = self.by_id.get(eid or "")
            if e is None or e.actor is None or not e.actor.country or eid in own or \
                    self._weapon(e.id):
                continue
            if self._country(eid) in mine and not e.actor.roles:
                continue  # "the fighting in Lebanon" is not an act against Lebanon's own
            return [(e.id, x)]
        return []

    def _deceased(self, before: Any) -> tuple[str, Any] | None:
        """The person the article last reports dead before ``before`` ("X died on
        Friday", "X passed away"), if any."""
        found: tuple[str, Any] | None = None
        for t in self.toks:
            if t.i >= before.i:
                break
            if t.lemma_.lower() not in ("die", "pass") or t.pos_ != "VERB" or (
                    t.lemma_.lower() == "pass" and not any(
                        c.lower_ == "away" for c in self._kids(t))):
                continue
            subj = self._child(t, "nsubj")
            eid = self.entity_of(subj) if subj is not None else None
            e = self.by_id.get(eid or "")
            if e is not None and e.type == "PERSON" and e.actor is not None:
                found = (e.id, subj)
        return found

    def _doer_of(self, noun: Any) -> list[tuple[str, Any]]:
        """Who did the act a noun names: its "by" agent ("the proclamation ... by the
        president") or the subject of a relative clause on it ("the state of emergency
        Trump declared")."""
        reduced = self._reduced_relative(noun)
        if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in self.lex.nouns and not any(
                c.dep_ == "relcl" for c in self._kids(noun)) and reduced is None):
            return []
        if reduced is not None:
            return self.entities_of(reduced)
        agent = self._by_agent(noun)
        if agent is not None:
            return self.entities_of(agent)
        for c in self._kids(noun):
            if c.dep_ == "relcl":
                subj = self._child(c, "nsubj")
                if subj is not None and subj.pos_ != "PRON":
                    return self.entities_of(subj)
        return []

    def _by_agent(self, t: Any) -> Any:
        """The object of ``t``'s own "by" ("the proclamation ... by the president")."""
        for c in self._kids(t):
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                g = self._child(c, "pobj")
                if g is not None:
                    return g
        return None

    def _reduced_relative(self, noun: Any) -> Any:
        """The subject of a relative clause with no "that" which the parser took for a
        second main verb ("filed a lawsuit against the state of emergency Trump
        declared" parsed as "filed ... and Trump declared"): a verb coordinated with
        no "and", "or" or comma before it, whose subject starts right after the noun
        phrase, is a clause on that noun."""
        doc = self.doc
        after = noun.right_edge.i + 1
        if after >= len(doc) or doc[after].pos_ not in ("PROPN", "NOUN", "DET", "ADJ"):
            return None
        subj = next((t for t in doc[after:min(after + 8, len(doc))]
                     if t.dep_ == "nsubj" and t.left_edge.i == after), None)
        v = subj.head if subj is not None else None
        if v is None or v.dep_ != "conj" or v.pos_ != "VERB" or subj is None or v.i < subj.i or any(
                doc[i].dep_ == "cc" or doc[i].is_punct for i in range(noun.i, v.i)):
            return None
        return subj

    def _named_thing(self, noun: Any) -> tuple[str, str | None]:
        """A noun's lemma and its "of" object's ("state of emergency" is not "state")."""
        of = next((c for c in self._kids(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = self._child(of, "pobj") if of is not None else None
        return noun.lemma_.lower(), pobj.lemma_.lower() if pobj is not None else None

    def _event_anaphor(self, noun: Any, trigger: Any,
                       code: str = "") -> list[tuple[str, Any]]:
        """The doer of the earlier event that "the demand", "the arrests", "the
        verdict" refers back to: the last one before ``trigger`` of a fitting kind;
        and "the curfew" the last event whose object was a curfew ("the army imposed a
        curfew ... protesters defied the curfew": the army's)."""
        if noun.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                for c in self._kids(noun)):
            return []
        lemma = noun.lemma_.lower()
        roots = _ANAPHORS.get(lemma)
        if roots is None and code[:2] == "08":
            return []  # ("lifted the curfew": eased at home, as CAMEO codes it)
        if roots == ("14",) and code[:2] == "14":
            return []  # "teachers joined the protests": with the protesters, not at them
        earlier = list(reversed(self.found))
        if roots is not None:
            # "Israeli warplanes struck a village ... Hezbollah fired rockets ... Mikati
            # condemned the strike": the act named by the same word first, the nearest
            # act of its kind only after
            def same_word(c: Candidate) -> bool:
                # (the trigger, or the verb it completes: "voted to expel" for "the vote")
                t = c.trigger
                words = [t] + ([t.head] if t.dep_ in ("xcomp", "advcl") and any(
                    k.dep_ == "aux" and k.lower_ == "to" for k in self._kids(t)) else [])
                return any(len(min(other, lemma, key=len)) >= 4 and (
                    lemma.startswith(other) or other.startswith(lemma))
                    for other in (w.lemma_.lower() for w in words))
            earlier.sort(key=lambda c: not same_word(c))
        for c in earlier:
            if c.trigger.i >= trigger.i or c.source is None:
                continue
            if roots is None:
                # a measure an earlier event imposed ("imposed a curfew", "declared a
                # state of emergency"), not any thing named twice ("captured the bridge
                # ... shelled the bridge"), nor people ("the protesters")
                obj = self._child(c.trigger, "dobj")
                if obj is None or obj.i == noun.i or c.code[:2] not in ("16", "17") or \
                        self._named_thing(obj) != self._named_thing(noun) or \
                        self.roles(noun.lower_) is not None:
                    continue
            elif roots and not c.code.startswith(roots):
                continue
            return [(c.source, c.source_tok)]
        return []

    def _counted_group(self, t: Any) -> str | None:
        """"Police fired tear gas at protesters. Several were arrested", "Dozens of them
        were arrested": a count with no noun of its own (or "of them") counts the last
        group of people named before it, in its sentence or the one before."""
        of = next((c for c in self._kids(t) if c.dep_ == "prep" and c.lower_ == "of"), None)
        g = self._child(of, "pobj") if of is not None else None
        if g is not None and g.lower_ not in ("them", "those"):
            return None  # "dozens of students": the "of" names them
        if any(c.dep_ in ("amod", "compound") for c in self._kids(t)):
            return None
        # (never the doer of the clause the count is the object of: "police detained
        # dozens of them")
        subj = self._child(t.head, "nsubj") if t.dep_ == "dobj" else None
        own = self.entity_of(subj) if subj is not None else None
        sent = self.sent_of.get(t.i, 0)
        start = self.sents[max(0, sent - 1)].start
        for i in range(t.i - 1, start - 1, -1):
            x = self.doc[i]
            eid = self.tok_entity.get(i)
            e = self.by_id.get(eid or "")
            if e is not None and x.tag_ in ("NNS", "NNPS") and x.dep_ != "compound" \
                    and e.type in ("ORG", "NORP") and e.actor is not None and e.id != own:
                return str(e.id)
        return None

    def _told_again(self, noun: Any, found: list[Candidate]) -> bool:
        """"Police fired tear gas at protesters ... the minister said the protests had
        been infiltrated": a definite event noun with no doer or target of its own
        ("the protests", "the attack") that an earlier event of its kind in the
        article already is, is that event told again, not a new one."""
        roots = _ANAPHORS.get(noun.lemma_.lower())
        if not roots or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                for c in self._kids(noun)):
            return False
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") or (
                c.dep_ == "prep" and c.lower_ in ("by", "of", "against", "on", "between", "in"))
               for c in self._kids(noun)):
            return False  # "the police crackdown", "the attack on the base": told anew
        return any(c.trigger.i < noun.i and c.code.startswith(roots) for c in found)

    def _threat_like(self, t: Any) -> bool:
        """Is ``t`` an act announced for later that the coder will code as a threat?"""
        modality = self._modality(t)[0]
        return modality in ("intended", "conditional")

    def _pair_member(self, x: Any) -> bool:
        """Is ``x`` one side of a hyphenated pair ("Tehran-Baku ties", "US-PRC
        relations")? Such a pair names a relation, not someone acted upon."""
        doc = self.doc
        for dash, other in ((x.i - 1, x.i - 2), (x.i + 1, x.i + 2)):
            if 0 <= other < len(doc) and doc[dash].text in ("-", "–") and \
                    self.tok_entity.get(other) is not None:
                return True
        return False

    def _is_instrument(self, obj: Any) -> bool:
        """Is the matched object the doer's own means ("troops", "reservists",
        "police") rather than someone acted upon?"""
        e = self.by_id.get(self.tok_entity.get(obj.i) or "")
        return e is not None and e.actor is not None and bool(
            set(e.actor.roles) & {"MIL", "COP", "SPY"})

    def _clause_tokens(self, t: Any, depth: int = 3,
                       skip: frozenset[str] = frozenset()) -> list[Any]:
        """Tokens below ``t`` down to ``depth`` levels, shallowest first, not into
        other clauses (nor below ``skip`` dependencies)."""
        out: list[Any] = []
        frontier = [t]
        for level in range(depth):
            nxt = [c for x in frontier for c in self._kids(x)
                   if c.dep_ not in ("ccomp", "advcl", "relcl", "parataxis", "conj")
                   and c.dep_ not in skip and not (level == 0 and skip and c.dep_ in _DOER_DEPS)]
            out.extend(nxt)
            frontier = nxt
        return out

    def _extra_words(self, t: Any, words: tuple[str, ...], on_object: bool = False) -> Any:
        """The token the trigger's extra words end on ("call for" -> "for"), or None.
        A preposition that only dates the act is no part of it ("called the vote a sham
        on Monday" is not "call on"). A last preposition may hang on the direct object,
        where the parser often puts it, when what it brings is the verb's for sure: a
        listed word (``on_object``, "stripped 94 opponents of their citizenship") or a
        gerund ("charged a student activist with insulting the monarchy"), never a
        noun's own phrase ("accused the leader of the opposition")."""
        cur = t
        obj = self._child(t, "dobj")
        for k, w in enumerate(words):
            nxt = None
            last = obj is not None and k == len(words) - 1
            for host in (cur, t, *((obj,) if last else ())):
                nxt = next((c for c in self._kids(host) if c.dep_ in _TRIGGER_DEPS and
                            (c.lower_ == w or c.lemma_.lower() == w) and
                            not self._dates_only(c)), None)
                if nxt is None and host is t and w in _FOR_TO:
                    # "called for his death to be investigated": the preposition is the
                    # mark of a for-to clause; the clause's verb is the complement
                    nxt = next((m for c in self._kids(t) if c.dep_ in ("advcl", "ccomp")
                                and any(k.dep_ == "aux" and k.lower_ == "to"
                                        for k in self._kids(c))
                                for m in self._kids(c) if m.dep_ == "mark" and m.lower_ == w),
                               None)
                if nxt is not None and host is obj and (nxt.dep_ != "prep" or nxt.i < obj.i or (
                        not on_object and self._child(nxt, "pcomp") is None)):
                    nxt = None
                if nxt is not None:
                    break
            if nxt is None:
                return None
            cur = nxt
        return cur

    def _dates_only(self, prep: Any) -> bool:
        objs = [g for g in self._kids(prep) if g.dep_ == "pobj"] if prep.dep_ == "prep" else []
        return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)

    def _object_match(self, comp: Any, objects: frozenset[str]) -> str | None:
        """The object item ``comp`` satisfies (a lemma, or a run of lemmas with its head)."""
        if comp is None:
            return None
        lemma: str = comp.lemma_.lower()
        if lemma in evaluation_words().get("stance_noun", ()) and not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("on", "about", "over"))
                for c in self._kids(comp)):
            return None  # "attacked Ukrainian positions": ground, not a stance
        if lemma in objects or comp.lower_ in objects:
            return lemma
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
        # "Tributes were paid": a capitalised common noun the model read as a name has
        # no lemma of its own
        if (comp.tag_ == "NNPS" or (comp.pos_ == "PROPN" and comp.is_sent_start)) \
                and _singular(lemma) in objects:
            return _singular(lemma)
        # ("doses", which the lemmatiser reads as "dos")
        if lemma in _MEASURES or _singular(comp.lower_) in _MEASURES or comp.pos_ == "NUM":
            # "25,000 tons of food aid", "$50,000 worth of goods", "$8 billion in
            # assets": what is measured
            for c in self._kids(comp):
                if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                    inner = self._child(c, "pobj")
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

    def _match(self, t: Any, p: Pattern, facts: dict[str, Any]) -> _Match | None:
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
            comp = self._child(last, "pobj", "pcomp")
        elif last is not t and last.dep_ == "mark":  # "called for X to be investigated"
            comp = last.head
        elif kind == "adj":
            comp = facts["xcomp"] or next(
                (g for c in self._kids(t) if c.dep_ == "prep" for g in self._kids(c)
                 if g.dep_ in ("pobj", "pcomp")), None)
        else:
            comp = facts["dobj"]
            if passive and comp is None:
                comp = facts["nsubjpass"]
        xcomp = None
        matched: str | None = None
        if p.objects:
            matched = self._object_match(comp, p.objects)
            if matched is None and comp is not None and p.objects & _PERSON_OBJECTS \
                    - _CAPTIVE_STATES:
                # "release Prime Minister Mahendra Chaudhry": a named person is a person
                # (not for "took Y hostage": "was taken to hospital" names no captive)
                e = self.by_id.get(self.entity_of(comp) or "")
                if e is not None and e.type == "PERSON":
                    matched = "person"
            if matched is None:
                x = facts["xcomp"]
                if x is not None and x.lemma_.lower() in p.objects:
                    xcomp, matched = x, x.lemma_.lower()
            if matched is None and kind != "adj":
                # "held two engineers hostage", "took 12 soldiers captive": what the
                # object is made, a second object or its predicate
                after = [c for c in self._kids(comp) if c.dep_ == "amod" and c.i > comp.i] \
                    if comp is not None else []  # ("soldiers captive", read as a modifier)
                x = next((c for c in [*self._kids(t), *after] if c.dep_ in ("dobj", "oprd", "amod")
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
                and not any(c.dep_ == "prep" and c.lower_ in p.targets for c in self._kids(t)):
            return None  # a journey with no destination is no visit ("flew above the rally")
        elif p.code == "100" and not extra and _lemma(t) == "insist" and self._indicative(
                self._child(t, "ccomp")):
            return None  # "insisting she was never pressured": a claim, not a demand
        return _Match(pattern=p, trigger=t, last=last, obj=comp, xcomp=xcomp,
                      subject=None, passive=passive, matched=matched)

    @staticmethod
    def _indicative(clause: Any) -> bool:
        """Does a that-clause state a fact ("she was never pressured", "it has done
        nothing wrong") rather than what should be ("that Y withdraw", "that Y must
        go")? Its verb or an auxiliary of it is a past or a third-person present form
        (a plain present, "that they leave", may be either, and stays a demand)."""
        if clause is None:
            return False
        return clause.tag_ in ("VBD", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ")
            for c in clause.children)

    def _actor_noun(self, t: Any) -> bool:
        """Does noun ``t`` name who can be received or met: an entity's mention, a
        person's or group's role ("the minister", "refugees"), a body ("the
        delegation"), or a name the model tags as such?"""
        return (t.i in self.tok_entity or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                or self.roles(t.lower_) is not None or self.roles(t.lemma_.lower()) is not None
                or t.lemma_.lower() in _COLLECTIVES | _DELEGATIONS
                or (t.tag_ == "PRP" and t.lower_ not in ("it", "its", "itself")))

    def _raised_patient(self, t: Any) -> Any:
        """"Odinga is said to have been arrested", "is expected to be sentenced": the
        subject of the raising verb is the one a passive complement is done to."""
        if t.dep_ != "xcomp" or self._child(t, "auxpass") is None or \
                self._child(t, "nsubjpass", "nsubj") is not None or \
                _lemma(t.head) not in evaluation_words().get("raising_verb", ()):
            return None
        return self._child(t.head, "nsubjpass")

    def _try(self, t: Any, patterns: list[Pattern]) -> tuple[list[Candidate], Any]:
        """Events from the best pattern that fits ``t``; and the token it used up."""
        best: _Match | None = None
        patient = (self._participle_patient(t) or self._raised_patient(t)) \
            if t.pos_ in ("VERB", "AUX") else None
        facts = {"passive": (self._child(t, "nsubjpass", "auxpass") is not None
                             and _lemma(t) not in _STATIVE)  # "Israel is opposed to"
                 or patient is not None,
                 "dobj": self._child(t, "dobj"), "xcomp": self._child(t, "xcomp"),
                 "nsubjpass": self._child(t, "nsubjpass") or patient,
                 "words": {w for c in self._kids(t) for w in (c.lower_, c.lemma_.lower())}
                 | {c.lower_ for d in self._kids(t) if d.dep_ == "dobj"
                    for c in self._kids(d) if c.dep_ == "prep"}
                 | {m.lower_ for c in self._kids(t) if c.dep_ in ("advcl", "ccomp")
                    for m in self._kids(c) if m.dep_ == "mark" and m.lower_ in _FOR_TO}}
        for p in patterns:
            m = self._match(t, p, facts) if p.kind != "noun" else self._match_noun(t, p)
            if m is not None and (best is None or m.score > best.score):
                best = m
        if best is None:
            return [], None
        if best.pattern.kind == "adj":
            best.subject = self._subject(t.head if t.dep_ in ("acomp", "attr") else t)
        elif best.pattern.kind == "verb":
            best.subject = self._subject(t)
        p = best.pattern
        if p.kind == "noun":
            sources = self._positions(p.sources or ("poss", "by", "of"), best) \
                or self._noun_doer(t)
        elif p.sources:
            sources = self._positions(p.sources, best)
        elif p.kind == "adj" and "subj" in p.targets:
            # "Nabil's murder is unacceptable": what the adjective judges is its subject;
            # who judges is whoever says so, in a quotation or in reported speech
            q = self._quote_at(t)
            judge = q.speaker if q is not None and q.speaker else self._speaker_of_clause(t)
            sources = [(judge, None)] if judge else []
        else:
            sources = self.entities_of(best.subject) if best.subject is not None else []
            if best.subject is not None and all(self.by_id[e].actor is None for e, _ in sources):
                sources = self._law_maker(best.subject) or sources
            if not sources and not best.passive:  # "the market was shelled": nobody named
                q = self._quote_at(t)
                if q is not None and q.speaker and (best.subject is None or
                                                    _first_person(best.subject)):
                    sources = [(q.speaker, None)]
        if sources and p.kind == "verb" and self._reported_act(t, p):
            sources = []  # "the attacker stabbed two people": nobody the tables code
        if not sources and p.kind == "verb" and best.subject is not None \
                and best.subject.pos_ == "NOUN":
            # "Israeli air strikes hit ...", "Ukrainian drones attacked ...", "a Saudi-led
            # coalition air strike killed ...": the country the act or weapon is said to be
            sources = self._nationality_of(best.subject)
        if not sources and best.subject is not None and best.subject.pos_ == "NOUN" and \
                best.subject.i not in self.tok_entity:
            sources = self._crowd_place(t, best.subject)
        used = best.xcomp if best.xcomp is not None else best.obj
        crowd = best.subject is not None and (best.subject.ent_type_ in ("NORP", "CARDINAL")
                                              or best.subject.lower_ in _QUANTITIES)
        if p.kind == "verb" and p.code[:2] == "14" and _lemma(t) in _OFFICIAL_PROTEST \
                and sources and all(self._state(e) for e, _ in sources) and not crowd:
            # "Kenya protested the arrest of its citizens": a state complains officially
            # (114); it does not take to the streets ("thousands of Serbians protested",
            # "Serbians protested": its people do)
            p = dataclasses.replace(p, code="114")
            best.pattern = p
        targets = self._positions(p.targets, best)
        urged = self._child(t, "dobj") if best.xcomp is not None else None
        if urged is not None and targets and {self._code(e) for e, _ in targets} <= {
                self._code(e) for e, _ in sources}:
            # "France urged Iran to release two French nationals": the speaker's own
            # people are whom it asks for; the one urged is the target
            targets = self.entities_of(urged) or targets
        if p.kind == "noun" and not targets and p.code[:2] in ("18", "20") \
                and t.lemma_.lower() in evaluation_words().get("victim_noun", frozenset()):
            # "her murder", "Khashoggi's assassination": a person's attack noun with no
            # "of" names its victim (but "Israel's assassination of Y" its doer, and
            # "Assad's chemical attack" is his)
            poss = self._child(t, "poss")
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
                                                 for c in self._kids(best.obj)):
            # "condemned the arrest of X by the police": the act's doer is the one
            # criticised, not whom it was done to
            own = {s for s, _ in sources}
            doer = [x for x in self._doer_of(best.obj) if x[0] not in own]
            targets = doer or targets
        # "was accused of treason": the one accused, also where the constrained
        # word is the preposition's object, not the verb's
        of_prep = best.last is not t and best.last.dep_ == "prep"
        if not targets and best.passive and (not p.objects or of_prep) and "dobj" in p.targets:
            nsp = facts["nsubjpass"]
            targets = self.entities_of(nsp) if nsp is not None else []
        if not targets and self._reported_act(t, p) and t.head.pos_ == "VERB":
            # "twin bombings struck the cathedral": what the act's verb hit
            for x in [self._child(t.head, "dobj"), *self._prep_objects(
                    t.head, {"on", "at", "against", "into"})]:
                targets = targets or ([] if x is None else self.entities_of(x))
        if p.kind == "adj" and "subj" in p.targets:
            # "the state of emergency is unconstitutional": the act judged stands for
            # whoever did it earlier ("Trump declared a state of emergency"); a judgement
            # of nothing anyone did or is ("a law of 1867 ... unconstitutional"), or of
            # the judge, is none
            judges = {s for s, _ in sources}
            judged = [x for x in targets if x[0] not in judges]
            subj = best.subject
            if not judged and subj is not None and subj.pos_ == "NOUN":
                judged = [x for x in self._event_anaphor(subj, t) if x[0] not in judges]
            targets = judged  # (the judge never judges itself: a parse's subject)
        if not targets and len(sources) > 1 and any(
                x is not None and x.lower_ in ("other", "another") and any(
                    c.lower_ in ("each", "one") for c in self._kids(x))
                for x in (self._child(t, "dobj"), *self._prep_objects(t, _DIRECTED))):
            # "Both sides blamed each other": each the other, whatever the act
            return self._reciprocal(t, p, sources), used
        if not targets and p.targets != ("-",):
            targets = self._fallback_target(best, sources)
        if targets and len(sources) > 1 and _mutual(p.code):
            # "India and China agreed to withdraw troops": their own troops are the
            # means, not a party; the two agree with each other
            homes = {self._country(s) for s, _ in sources} - {None}
            targets = [(e, x) for e, x in targets if self._country(e) is not None and (
                self._country(e) not in homes or self._code(e) == self._country(e))]
        if not targets and len(sources) > 1 and p.targets != ("-",) and _mutual(p.code):
            # "Kenya and Uganda agreed ...": each with the other (but "X and Y paid
            # tribute" praise someone else, not each other)
            return self._reciprocal(t, p, sources), used
        if not targets and p.kind == "verb" and not p.objects and p.code[:2] == "04":
            # a meeting is with someone: "received surgery", "the council met on Monday"
            # are no contact between two parties
            return [], used
        return self._combine(t, p, sources, targets), used

    def _reciprocal(self, t: Any, p: Pattern,
                    sides: list[tuple[str, Any]]) -> list[Candidate]:
        out: list[Candidate] = []
        for s_id, s_tok in sides:
            others = [(o, tok) for o, tok in sides if o != s_id]
            out.extend(self._combine(t, p, [(s_id, s_tok)], others))
        return out

    def _crowd_place(self, t: Any, subject: Any) -> list[tuple[str, Any]]:
        """"Hundreds of thousands of people blocked streets in Hong Kong": people
        no one has named are coded by where they act, as CAMEO codes crowds."""
        head = self._crowd_head(subject)
        if head.lemma_.lower() not in _PEOPLE:
            return []
        for x in self._clause_tokens(t, depth=3, skip=_NOT_TARGET_DEPS):
            if x.dep_ == "pobj" and x.head.lower_ in ("in", "across", "throughout"):
                eid = self.tok_entity.get(x.i)
                e = self.by_id.get(eid or "")
                if e is not None and e.type in ("GPE", "LOC") and e.actor is not None:
                    return [(e.id, x)]
        return []

    def _crowd_head(self, subject: Any) -> Any:
        """Who a crowd is: "protesters" of "hundreds of thousands of protesters"."""
        head = subject
        while head.lower_ in _QUANTITIES or head.pos_ == "NUM":
            nxt = next((g for c in self._kids(head) if c.dep_ == "prep" and c.lower_ == "of"
                        for g in self._kids(c) if g.dep_ == "pobj"), None)
            if nxt is None:
                break
            head = nxt
        return head

    def _noun_doer(self, t: Any) -> list[tuple[str, Any]]:
        """Who does an event noun the lexicon's positions left without a doer:
        its nationality ("Israeli air raids", "US sanctions"), else the subject of
        the verb that stages it ("Nigerians converged for a rally", "Italy
        announced a suspension of air links")."""
        mods = [c for c in self._kids(t) if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i]
        # "US Predator attacks": the nationality may qualify the modifier
        mods += [g for c in mods for g in self._kids(c) if g.dep_ in ("amod", "compound")]
        for c in mods:
            prev = self.doc[c.i - 1] if c.i > 0 else None
            if prev is not None and prev.lower_ in ("anti", "pro", "-"):
                continue
            eid = self.tok_entity.get(c.i)
            e = self.by_id.get(eid or "")
            if e is not None and e.actor is not None and e.type in ("GPE", "NORP", "ORG"):
                return [(e.id, c)]
        h = t
        if h.dep_ == "pobj" and h.head.dep_ == "prep":
            h = h.head
        if h.dep_ in ("dobj", "prep") and h.head.pos_ in ("VERB", "AUX") and \
                _lemma(h.head) in _SUPPORT_VERBS:
            subj = self._subject(h.head)
            if subj is not None:
                return self.entities_of(subj)
        return []

    def _match_noun(self, t: Any, p: Pattern) -> _Match | None:
        words = p.words
        if len(words) > 1:  # "n:air strike": the words before the head precede it
            before = [x.lemma_.lower() for x in self.doc[max(0, t.i - len(words) + 1):t.i]]
            if before != list(words[:-1]):
                return None
        return _Match(pattern=p, trigger=t, last=t, obj=None, xcomp=None, subject=None,
                      passive=False, matched=None)

    def _combine(self, t: Any, p: Pattern, sources: list[tuple[str, Any]],
                 targets: list[tuple[str, Any]]) -> list[Candidate]:
        if not sources and not targets and not self._reported_act(t, p):
            return []
        sent = self.sent_of.get(t.i, 0)
        if not targets and p.targets != ("-",) and _BILATERAL.search(self.sents[sent].text):
            partner = self._counterpart(sources[0][0] if sources else None)
            if partner is not None:
                targets = [(partner, None)]
        modality, negated, refused = self._modality(t)
        code = p.code
        targets = [(e, tok) for e, tok in targets
                   if all(e != s_id for s_id, _ in sources)]
        demander = self._demander(t) if modality == "demanded" and not negated else None
        if demander is not None and all(demander != s_id for s_id, _ in sources) and sources:
            # "Russia said Sudan must return the helicopter": Russia demands it of Sudan
            code = _DEMANDED.get(code[:2], "100")
            targets, sources = sources, [(demander, None)]
            modality = "asserted"
        elif refused or (negated and modality == "intended" and code[:2] in _WONT) or (
                negated and modality == "asserted" and code[:2] == "08"
                and self._held_out(t)):
            # "refused to meet"; "will not accept any more refugees", "said it would
            # not meet the kidnappers' demands": a refusal, not a negated cooperation;
            # not yielding is holding out ("did not concede defeat", "has not released
            # the hostages": 1243), where not meeting is only no meeting
            code = _refusal(code)
            negated = False
            modality = "asserted"
            refusers = self._refusers(t) if refused else []
            mine = {s_id for s_id, _ in sources}
            if refusers and not any(r in mine for r, _ in refusers):
                # "the junta refused to let the envoy meet the prisoners": the junta
                # refuses the envoy
                targets = list(sources) or targets
                sources = refusers
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
                out.append(Candidate(code=code, source=s_id, target=t_id, trigger=t,
                                      sentence=sent, modality=modality, negated=negated,
                                      source_tok=s_tok, target_tok=t_tok))
        return out

    def _nationality_of(self, noun: Any) -> list[tuple[str, Any]]:
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
            for c in self._kids(x):
                if (c.dep_ == "compound" and c.pos_ == "NOUN") or (
                        c.dep_ == "amod" and c.lower_ == "led"):  # "Saudi-led"
                    todo.append(c)
                elif c.dep_ in ("amod", "compound", "npadvmod"):
                    e = self.by_id.get(self.tok_entity.get(c.i) or "")
                    if e is None or e.actor is None:
                        continue
                    if e.actor.code == e.actor.country and e.type in ("GPE", "NORP"):
                        return [(e.id, c)]
                    if c.dep_ == "compound" and e.type in ("ORG", "PERSON"):
                        return [(e.id, c)]
        return []

    def _reported_act(self, t: Any, p: Pattern) -> bool:
        """Is ``t`` an attack reported with no party named, to be coded all the same
        (its doer implied: :meth:`_implied_doers`)? "Twin bombings struck the
        cathedral" (an attack noun that is its clause's subject), "a man began to
        stab people" (an attack by someone no one names)."""
        if p.kind == "noun":
            return t.dep_ in ("nsubj", "nsubjpass") and \
                self.lex.implied_doers.get(t.lemma_.lower()) == "country"
        return p.kind == "verb" and self.lex.implied_doers.get(_lemma(t)) == "country" and \
            self.doerless_subject(t) is not None

    def _unnamed(self, t: Any, kind: str) -> bool:
        """Is ``t`` a noun for a party nobody names or codes (``unnamed_parties.tsv``):
        no entity, or one no country is known for ("the attacker")?"""
        if t is None or t.pos_ != "NOUN":
            return False
        eid = self.tok_entity.get(t.i)
        if eid is not None and self._country(eid):
            return False
        words = self.lex.unnamed.get(kind, frozenset())
        mod = self._child(t, "compound")
        return t.lemma_.lower() in words or t.lower_ in words or (
            mod is not None and f"{mod.lemma_.lower()} {t.lemma_.lower()}" in words)

    def doerless_subject(self, verb: Any) -> Any:
        """The subject of ``verb`` when it names the act or its weapon, or someone
        nobody names ("a suicide bombing killed 12", "a car bomb hit the base", "a
        man began to stab people"), else None."""
        subj = self._subject(verb)
        if subj is not None and (self._unnamed(subj, "act") or self._unnamed(subj, "assailant")):
            return subj
        return None

    def _victims(self, c: Candidate) -> bool:
        """Are whom the act is done to people nobody names ("stabbed people", "three
        civilians were killed")?"""
        t = c.trigger
        if t.pos_ not in ("VERB", "AUX"):
            return False
        obj = self._child(t, "dobj", "nsubjpass") or self._participle_patient(t)
        return self._unnamed(obj, "victim")

    def _country(self, eid: str | None) -> str | None:
        e = self.by_id.get(eid or "")
        return e.actor.country if e is not None and e.actor is not None else None

    def _counterpart(self, source: str | None) -> str | None:
        """The country entity the article pairs with the source's country."""
        mine = self._country(source)
        best, best_n = None, 0
        for e in self.entities:
            if e.actor is None or not e.actor.country or e.actor.roles:
                continue
            if e.actor.country == mine or e.type not in ("GPE",):
                continue
            n = sum(1 for m in e.mentions if m.text.lower() not in _GROUP_PRONOUNS)
            if n > best_n:
                best, best_n = e.id, n
        return best

    # ------------------------------------------------------------ statements

    def _background(self, t: Any) -> bool:
        """Is this event noun part of a name ("Asia-Pacific Economic Cooperation")
        or background ("after two days of fighting", "following the killing of",
        "since the invasion")? Neither is an event the sentence reports."""
        eid = self.tok_entity.get(t.i)
        if eid is not None and self.by_id[eid].type in ("ORG", "FAC", "GPE", "LOC", "NORP"):
            return True
        if t.dep_ in ("dobj", "nsubjpass") and _lemma(t.head) in _OBSERVING:
            # "to oversee a ceasefire", "discussed the attack", "called for the killing
            # to be investigated"
            return True
        h = t
        for _ in range(4):  # "after two days of fierce fighting"
            if h.dep_ == "pobj" and h.head.lower_ in _BACKGROUND:
                return True
            if h.dep_ not in ("pobj", "prep") or h.head.i == h.i:
                return False
            h = h.head
        return False

    def _bare_demands(self, verbs: list[Any], triggers: set[int]) -> list[Candidate]:
        """"The administration declared that China must drop barriers": a demand
        (100) of the one who says it on the one who must act, when the act itself
        is not in the lexicon."""
        out = []
        for t in verbs:
            if t.i in triggers or \
                    any(c.i in triggers for c in self._kids(t) if c.dep_ in ("acomp", "attr")):
                continue
            aux = {c.lower_ for c in self._kids(t) if c.dep_ in ("aux", "auxpass")}
            if not aux & {"must", "should"} or any(c.dep_ == "neg" for c in self._kids(t)):
                continue
            demander = self._demander(t)
            subj = self._child(t, "nsubj", "nsubjpass")
            if demander is None or subj is None or subj.i not in self.tok_entity:
                continue  # "the borders of Iran should be safe": a thing, not an actor
            for eid, tok in self.entities_of(subj):
                if eid != demander:
                    out.append(Candidate(code="100", source=demander, target=eid, trigger=t,
                                          sentence=self.sent_of.get(t.i, 0), target_tok=tok))
        return out

    def _assemblies(self, verbs: list[Any], triggers: set[int]) -> list[Candidate]:
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
            subj = self._subject(t)
            if subj is None:
                continue
            head = self._crowd_head(subj)
            seat = self._seat_of_power(t)
            if head.lemma_.lower() not in words.get("protester_noun", frozenset()) \
                    and seat is None:
                continue
            # outside "the National Congress": the body whose seat it is
            owner = self.entity_of(seat) if seat is not None else None
            if owner is not None and self.by_id[owner].actor is None:
                owner = None
            modality, negated, _refused = self._modality(t)
            sources: list[tuple[str | None, Any]] = [
                *(self.entities_of(subj) or self._crowd_place(t, subj))] or [(None, None)]
            for eid, tok in sources:
                if eid is not None and eid == owner:
                    continue
                out.append(Candidate(code="141", source=eid, target=owner, trigger=t,
                                     sentence=self.sent_of.get(t.i, 0), modality=modality,
                                     negated=negated, source_tok=tok,
                                     target_tok=seat if owner is not None else None))
        return out

    def _imposed_rules(self, verbs: list[Any], triggers: set[int]) -> list[Candidate]:
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
                self._child(t, "auxpass") is not None else next(
                    (c for c in self._kids(t) if c.dep_ in ("acomp", "attr")
                     and c.lemma_.lower() in rules), None)
            if pred is None or pred.i in triggers:
                continue
            if pred is not t and t.tag_ == "VBD":
                continue  # "said the sanctions were illegal": a judgement, no rule made
                # (a past passive is reported speech's tense: "said gatherings were banned")
            source = self._demander(t)
            country = self._authority(source)
            if source is None or country is None:
                continue
            home = self._home(country, source)
            out.append(Candidate(code="100", source=source, target=home, trigger=pred,
                                 sentence=self.sent_of.get(pred.i, 0),
                                 negated=self._child(t, "neg") is not None,
                                 inferred=["target"] if home is not None else []))
        return out

    def _held(self, verbs: list[Any], found: list[Candidate]) -> list[Candidate]:
        """"Two suspects are in custody", "there were suspects in custody", "the
        opposition leader remains in detention": someone held is a detention (173),
        whose doer the conventions give (the authority that reports it, else the
        police of the place: ``custody:173`` in implied_doers.tsv). The trigger is
        the noun that says where they are held."""
        held_in = evaluation_words().get("detention_noun", frozenset())
        at = {c.trigger.i: c for c in found}
        out: list[Candidate] = []
        for t in verbs:
            if t.i in at or _lemma(t) not in ("be", "remain", "stay"):
                continue
            subj = self._child(t, "nsubj")
            attr = self._child(t, "attr")
            there = (subj is not None and subj.lower_ == "there") or self._child(t, "expl")
            held = attr if there else subj
            if held is None:
                continue
            # "in custody", "in prison": the bare noun says held ("in the prison" is where)
            noun = next((n for h in (t, held) for n in self._prep_objects(h, {"in", "under"})
                         if n.lemma_.lower() in held_in and not any(
                             k.dep_ == "det" and k.lower_ in ("the", "a", "an")
                             for k in self._kids(n))), None)
            if noun is None:
                continue
            # people held, not "conditions in the prison" or "a fire in the prison"
            targets = [(e, x) for e, x in self.entities_of(held) if self._people(e)]
            known = at.get(noun.i)
            if known is not None:
                # "in detention in Minsk" read as a detention of Minsk: the held are
                if targets and known.code[:2] == "17":
                    known.target, known.target_tok = targets[0]
                continue
            if not targets and not _nobody(held):
                continue
            modality, _, _ = self._modality(t)
            out.append(Candidate(code="173", source=None,
                                 target=targets[0][0] if targets else None, trigger=noun,
                                 target_tok=targets[0][1] if targets else None,
                                 sentence=self.sent_of.get(noun.i, 0), modality=modality,
                                 negated=self._child(t, "neg") is not None or _nobody(held)))
        return out

    def _people(self, eid: str) -> bool:
        """Is ``eid`` a person or people with an actor code (not a place or a thing)?"""
        e = self.by_id.get(eid)
        return e is not None and e.actor is not None and e.type not in ("GPE", "LOC", "FAC")

    def _seat_of_power(self, t: Any) -> Any:
        """The seat of power a gathering ``t`` is at ("outside parliament", "in front
        of the embassy", "at the presidential palace"), if any."""
        seats = evaluation_words().get("seat_of_power", frozenset())
        for prep in self._kids(t):
            if prep.dep_ != "prep" or prep.lower_ not in ("outside", "at", "near", "before",
                                                          "in", "around", "on"):
                continue
            obj = self._child(prep, "pobj")
            if obj is not None and obj.lower_ == "front":  # "in front of X"
                of = next((c for c in self._kids(obj) if c.dep_ == "prep"
                           and c.lower_ == "of"), None)
                obj = self._child(of, "pobj") if of is not None else None
            if obj is not None and obj.lemma_.lower() in seats and (
                    prep.lower_ != "in" or obj is not self._child(prep, "pobj")):
                return obj  # ("in parliament" is a sitting, "in front of" a crowd)
        return None

    # ------------------------------------------------------------ assembly

    def run(self) -> list[Event]:
        found: list[Candidate] = []
        self.found = found  # the events so far, for "the demand" to refer back to
        used: set[int] = set()
        verbs_, nouns_ = [], []
        skip = self.skip_sents
        naming = evaluation_words().get("naming_verb", frozenset())
        for t in self.toks:
            pos = t.pos_
            if pos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN") or \
                    self.sent_of.get(t.i) in skip:
                continue
            if pos == "VERB" and t.tag_ == "VBG" and t.dep_ == "dobj" \
                    and t.head.lemma_.lower() in naming \
                    and any(c.dep_ == "det" for c in t.children):
                pos = "NOUN"  # "called the stabbing an act of ...": the act, as a noun
            if pos in ("NOUN", "PROPN"):
                nouns_.append(t)
                continue
            if pos == "VERB" and t.tag_ == "VBN" and any(
                    c.dep_ == "det" and c.i < t.i for c in t.children):
                continue  # "the accused", "the wounded": people, a participle as a noun
            if pos == "ADJ":
                lemma = t.lemma_.lower()
                if lemma not in self.lex.adjectives or t.dep_ in ("amod", "compound"):
                    continue  # "the criminal threat": a word on a noun predicates nothing
                table = self.lex.adjectives[lemma]
            else:
                if t.dep_ == "acl" and t.head.lemma_.lower() in _CAPACITY and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                    continue  # "respected the right to protest": what may be done
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
        attacks = {c.trigger.i for c in found if c.code[:2] in ("18", "19", "20")}
        for t in nouns_:
            if t.i in used or (t.dep_ == "nsubj" and t.head.i in attacks and
                               getattr(self.doerless_subject(t.head), "i", None) == t.i):
                continue  # "a bombing killed 12": one act, coded on its verb
            if t.dep_ == "dobj" and t.head.lemma_.lower() in naming:
                continue  # "called the stabbing barbaric": the act judged, not a new one
            lemma = t.lemma_.lower()
            if lemma in self.lex.nouns and not self._background(t):
                got, _ = self._try(t, self.lex.nouns[lemma])
                found.extend(got)
        found.extend(statement_events(self, found))
        found.extend(accusations(self, found))
        found.extend(named_judgements(self, found))
        found.extend(self._bare_demands(verbs_, {c.trigger.i for c in found}))
        found.extend(self._assemblies(verbs_, {c.trigger.i for c in found}))
        found.extend(self._imposed_rules(verbs_, {c.trigger.i for c in found}))
        found.extend(self._held(verbs_, found))
        found = [c for c in found if c.trigger.pos_ not in ("NOUN", "PROPN")
                 or not self._told_again(c.trigger, found)]
        self._detention_orders(found)
        self._warnings(found)
        found = self._fold_embedded(found)
        self.found = found  # (what "the arrests" may refer back to: folded ones gone)
        self._chained_doers(found)
        self._claimed_attacks(found)
        self._implied_doers(found)  # (before the protest targets: "protests in Basra")
        self._anaphor_targets(found)
        self._shared_addressee(found)
        self._victims_spoken_of(found)
        found.extend(self._mirrored(found))
        self._riots(found)
        self._protest_targets(found)
        self._home_targets(found)
        self._attack_targets(found)
        # an event is who did what to whom: an act with no doer, named or by the
        # conventions above ("she was forced to", "the site was damaged"), is not coded,
        # as event-data coders have it (the PLOVER gold: 1 record of 322 has no source)
        return self._events(self._distinct(
            [c for c in found if c.source is not None]))

    def _law_maker(self, subj: Any) -> list[tuple[str, Any]]:
        """A law does what its makers do with it: "the parliament voted to pass a bill
        which decriminalized abortion", "the president signed a decree that bans
        rallies" -- the legislature decriminalized, the president bans. The makers are
        whoever passed, signed or issued the law in that clause, or its author ("the
        law parliament passed", "the decree by the president")."""
        e = self.by_id.get(self.tok_entity.get(subj.i) or "")
        if subj.lemma_.lower() not in evaluation_words().get("law_noun", frozenset()) and \
                (e is None or e.type != "LAW"):
            return []
        makes = evaluation_words().get("law_making_verb", frozenset())
        if subj.dep_ in ("dobj", "nsubjpass") and subj.head.pos_ == "VERB" and \
                _lemma(subj.head) in makes:  # ("criticized the law which bans": not theirs)
            doer = self._subject(subj.head)
            makers = self.entities_of(doer) if doer is not None else []
            if makers:
                return makers
        return self._doer_of(subj)

    def _warnings(self, found: list[Candidate]) -> None:
        """A warning that something will or could happen is a threat (130) only when
        the warner's own side is to do it ("Iran warned that it would retaliate", "warned
        that police will no longer tolerate rallies"); a warning that something else could
        happen ("warned that the conflict could spread", "warned the delay could be a
        threat to security") is a pessimistic comment (012), as "warned of a crisis" is."""
        for c in found:
            if c.code != "130" or _lemma(c.trigger) != "warn" or c.source is None:
                continue
            comp = self._child(c.trigger, "ccomp")
            subj = self._child(comp, "nsubj", "nsubjpass") if comp is not None else None
            if subj is None or subj.pos_ == "PRON":
                continue  # ("warned that it would retaliate": the warner's own act)
            home = self._country(c.source)
            ents = self.entities_of(subj)
            if any(e == c.source or (home is not None and self._country(e) == home)
                   for e, _ in ents):
                continue
            c.code = "012"
            c.target, c.target_tok = None, None

    def _detention_orders(self, found: list[Candidate]) -> None:
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
            obj = self._child(t, "dobj")
            # ("ordered the former minister jailed": the participle hangs on the object)
            for v in [*self._kids(t), *(self._kids(obj) if obj is not None else ())]:
                if v.dep_ not in ("ccomp", "xcomp", "oprd", "acl") or v.pos_ not in (
                        "VERB", "AUX") or (v.dep_ == "acl" and v.tag_ != "VBN"):
                    continue
                inner = next((c for c in found if c.trigger.i == v.i and c.code[:2] == "17"
                              and not c.negated), None)
                if inner is None and not any(n.lemma_.lower() in held_in for n in
                                             self._prep_objects(v, {"in", "under", "into"})):
                    continue
                # the held: the content clause's subject ("that he be detained"), else
                # the inner act's own target or object ("ordered the police to take the
                # leader into custody": the leader, not the police); the order's object
                # only when it is the one held ("ordered the accused remain in custody")
                subj = self._child(v, "nsubj", "nsubjpass")
                vobj = self._child(v, "dobj")
                held = self.entities_of(subj) if subj is not None else []
                if not held and inner is not None and inner.target is not None:
                    held = [(inner.target, inner.target_tok)]
                if not held and vobj is not None:
                    held = self.entities_of(vobj)
                if not held and v.dep_ == "xcomp":
                    continue  # (the ones ordered to act are not the held)
                g.code = inner.code if inner is not None else "173"
                if held and held[0][0] != g.source:
                    g.target, g.target_tok = held[0]
                break

    def _chained_doers(self, found: list[Candidate]) -> None:
        """"A gunman opened fire on shoppers in Derby ... Two women were injured": a
        violent act told in a passive verb with no doer, right after an attack whose doer
        the text names (in the same sentence or the two before), is that attack's
        doing, as a coder reads the chain of events; flagged inferred. Not across a
        quotation, and not an act the text gives a "by" agent of its own."""
        for c in found:
            if c.source is not None or c.code[:2] not in ("18", "19", "20") or \
                    self._quote_at(c.trigger) is not None:
                continue
            t = c.trigger
            if t.pos_ not in ("VERB", "AUX") or not (
                    any(k.dep_ in ("auxpass", "nsubjpass") for k in t.children)
                    or self._participle_patient(t) is not None) or any(
                    k.dep_ == "agent" and self._names_actor(k) for k in t.children):
                continue  # (an attack noun's doer is often the verb's: "orchestrated")
            # ("were injured after being attacked by protesters": the same sentence's
            # attack, before or after)
            before = [a for a in found if a is not c and a.source is not None
                      and (a.trigger.i < t.i or a.sentence == c.sentence)
                      and "source" not in a.inferred and a.code[:2] in ("18", "19", "20")
                      and 0 <= c.sentence - a.sentence <= 2 and not a.negated
                      and a.modality == "asserted" and self._quote_at(a.trigger) is None]
            near = max(before, key=lambda a: a.trigger.i if a.trigger.i < t.i else -1,
                       default=None)
            if near is not None and near.source != c.target:
                c.source, c.source_tok = near.source, near.source_tok
                c.inferred.append("source")
                iso = self._story_country(c) if self._victims(c) and (
                    c.target is None or not self._country(c.target)) else None
                home = self._institution(iso, "country") if iso is not None else None
                if home is not None and home != c.source:
                    # "two women were injured": the people of the country where it happened
                    c.target = home
                    c.inferred.append("target")

    def _implied_doers(self, found: list[Candidate]) -> None:
        """A doer the sentence does not name, by convention (``implied_doers.tsv``):
        "was arrested" -> the police of the place's country, "was sentenced" -> its
        courts, "five were killed" -> the country where it happened. Only for verbs in
        the passive with no "by" agent that names someone ("killed by a car bomb" names
        none) and event nouns with no doer; flagged."""
        for c in found:
            if c.source is not None or self._quote_at(c.trigger) is not None:
                continue
            t = c.trigger
            held = self._custodian(c)
            if held is not None and held[0] != c.target:
                # "placed under police surveillance", "taken into army custody": the
                # text names who holds them, in a word before the noun
                c.source, c.source_tok, inferred = held
                if inferred:
                    c.inferred.append("source")
                continue
            lemma = _lemma(t) if t.pos_ in ("VERB", "AUX") else t.lemma_.lower()
            doer = self.lex.implied_doers.get(f"{lemma}:{c.code}") or \
                self.lex.implied_doers.get(lemma)
            if doer is None:
                continue
            if c.code == "0841" and not any(
                    n.lemma_.lower() in evaluation_words().get("detention_noun", frozenset())
                    for n in self._prep_objects(t, {"from"})):
                continue  # released from prison is the state's doing; hostages freed are not
            # "received a prison term": the one who receives is the one acted on
            converse = c.target_tok is not None and c.target_tok.dep_ == "nsubj" and \
                c.target_tok.head.i == t.i
            if t.pos_ in ("VERB", "AUX") and not converse:
                passive = any(k.dep_ in ("auxpass", "nsubjpass") for k in t.children) or (
                    t.tag_ == "VBN" and t.dep_ in ("acl", "amod", "relcl")) or (
                    self._participle_patient(t) is not None)
                passive = passive or self.doerless_subject(t) is not None
                if not passive or any(k.dep_ == "agent" and self._names_actor(k)
                                      for k in t.children):
                    continue
            if doer in ("COP", "JUD"):
                reporter = self._reporting_authority(t)
                if reporter is not None and reporter != c.target:
                    # "Police director X said 71 people were arrested", "authorities
                    # announced that 337 users were arrested": who reports the arrests
                    # made them
                    c.source = reporter
                    c.inferred.append("source")
                    continue
            iso = self._story_country(c)
            if iso is None:
                continue
            eid = self._institution(iso, doer)
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
                if doer == "country" and self._victims(c) and (
                        c.target is None or not self._country(c.target)):
                    # "began to stab people": the people of the country where it happened
                    c.target = eid
                    c.inferred.append("target")

    def _names_actor(self, agent: Any) -> bool:
        """Does a "by" agent name someone? "killed by an improvised explosive device"
        or "by a car bomb" names the means; the doer is as unnamed as in "was killed"."""
        head = self._child(agent, "pobj")
        if head is None:
            return False
        for k in (head, *head.conjuncts):
            if k.pos_ == "PRON":
                return True
            for x in (k, *(c for c in self._kids(k) if c.dep_ in ("compound", "poss"))):
                e = self.by_id.get(self.tok_entity.get(x.i) or "")
                if e is not None and e.actor is not None and \
                        e.type not in ("GPE", "LOC", "FAC") and not self._weapon(e.id):
                    return True
        return False

    def _riots(self, found: list[Candidate]) -> None:
        """Violence by protesters is a violent protest (CAMEO 145, "protest violently,
        riot"): "protesters stormed parliament", "demonstrators clashed with police",
        "rioters attacked a police station" -- not an armed assault (18x, 19x)."""
        crowd = evaluation_words().get("protester_noun", frozenset())
        for c in found:
            e = self.by_id.get(c.source or "")
            if e is None or c.code[:2] not in ("18", "19") or c.code in _KILLINGS:
                continue  # (protesters who kill have killed: 186, 1823 stay)
            tok = c.source_tok
            words = [tok.lemma_.lower()] if tok is not None and tok.pos_ in ("NOUN", "PROPN") \
                else [_singular(m.text.split()[-1].lower()) for m in e.mentions if m.text.split()]
            if any(w in crowd for w in words):
                c.code = "145"

    def _mirrored(self, found: list[Candidate]) -> list[Candidate]:
        """The other direction of an event reciprocal by nature (``_RECIPROCAL_CODES``):
        "the Taliban met with a US envoy" is the envoy meeting the Taliban too, as CAMEO
        codes it ("Kenya and Uganda met" gives both already)."""
        have = {(c.trigger.i, c.code, c.source, c.target) for c in found}
        out = []
        for c in found:
            if c.code not in _RECIPROCAL_CODES or c.source is None or c.target is None \
                    or c.negated or (c.trigger.i, c.code, c.target, c.source) in have:
                continue
            out.append(dataclasses.replace(
                c, source=c.target, target=c.source, source_tok=c.target_tok,
                target_tok=c.source_tok, repeats=[],
                inferred=[_SWAPPED.get(x, x) for x in c.inferred]))
            have.add((c.trigger.i, c.code, c.target, c.source))
        return out

    def _custodian(self, c: Candidate) -> tuple[str, Any, bool] | None:
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
        for noun in self._prep_objects(t, {"under", "in", "into"}):
            if noun.lemma_.lower() not in holds:
                continue  # ("arrested in a military hospital": no one's hands)
            for m in self._kids(noun):
                if m.dep_ not in ("compound", "amod", "nmod") or m.i > noun.i:
                    continue
                eid = self.tok_entity.get(m.i)
                e = self.by_id.get(eid or "")
                if e is not None and e.actor is not None and set(e.actor.roles) & _FORCES:
                    return (e.id, m, False)
                role = self.roles(m.lower_)
                force = next((r for r in role.roles if r in _FORCES),
                             None) if role is not None and role.kind == "group" else None
                iso = self._story_country(c) if force is not None else None
                eid = self._institution(iso, force) if iso and force else None
                if eid is not None:
                    return (eid, m, True)
        return None

    def _victims_spoken_of(self, found: list[Candidate]) -> None:
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
            noun = tok if tok.lemma_.lower() in victims else tok.head if tok.dep_ == "poss" \
                else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if noun is None or noun.lemma_.lower() not in victims or noun.i == c.trigger.i:
                continue
            if c.code[:2] in ("02", "10") and (noun.head.i == c.trigger.i or (
                    noun.dep_ == "pobj" and noun.head.head.i == c.trigger.i)):
                continue  # "called for the death of X": what is demanded is done to X
            # the killing itself, or the attack on the same victim reported before
            act = by_trigger.get(noun.i) or next(
                (a for a in reversed(found) if a.trigger.i < c.trigger.i
                 and a.code[:2] in ("18", "19", "20") and a.target == c.target), None)
            if c.code[:2] in ("11", "12") and act is not None and act.source is not None \
                    and act.source != c.source:
                c.target, c.target_tok = act.source, act.source_tok
            else:
                c.target, c.target_tok = None, None

    def _anaphor_targets(self, found: list[Candidate]) -> None:
        """"Y was stabbed ... The minister called the stabbing barbaric": an event whose
        object refers back to an earlier one is aimed at that one's doer, also when the
        doer is known only by convention (:meth:`_implied_doers`, which runs after the
        events are read)."""
        for c in found:
            if c.target is not None or c.source is None:
                continue
            obj = self._child(c.trigger, "dobj")
            if obj is None:
                continue
            for eid, tok in self._event_anaphor(obj, c.trigger, c.code):
                if eid != c.source:
                    c.target, c.target_tok = eid, tok
                    break

    def _claimed_attacks(self, found: list[Candidate]) -> None:
        """"Two explosions killed more than 80 people ... The Islamic State claimed
        responsibility for the attack": an attack whose doer the text did not name is
        the one who claims it (CAMEO 015 "claim responsibility" for an attack noun that
        refers back to it); flagged ``inferred``. A named doer is never replaced."""
        for c in found:
            if c.code != "015" or c.source is None or c.negated or c.modality != "asserted":
                continue
            for_ = next((x for x in self._kids(c.trigger) if x.dep_ == "prep"
                         and x.lower_ == "for"), None)
            obj = self._child(c.trigger, "dobj")
            for_ = for_ or (next((x for x in self._kids(obj) if x.dep_ == "prep"
                                  and x.lower_ == "for"), None) if obj is not None else None)
            noun = self._child(for_, "pobj") if for_ is not None else None
            if noun is None or _ANAPHORS.get(noun.lemma_.lower()) != ("18", "19", "20"):
                continue
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
                    x.lower_ for x in self.sents[a.sentence]}]
            else:
                attacks = [a for a in attacks if a.sentence == attacks[-1].sentence]
            for a in attacks:
                if a.target == c.source:
                    continue
                a.source, a.source_tok = c.source, c.source_tok
                if "source" not in a.inferred:
                    a.inferred.append("source")

    def _shared_addressee(self, found: list[Candidate]) -> None:
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

    def _attack_targets(self, found: list[Candidate]) -> None:
        """An attack whose text names no target actor is on the country where it
        struck ("a car bomb hit an army post outside Ghazni" -> AFG,
        "twin bombings struck the Magsaysay Arcade in Davao, Philippines" -> PHL), as
        event data codes a place attacked: only with a place named in a prepositional
        phrase of the sentence ("in", "near", "on") or the dateline, never the doer's own
        name or the article's most named country; flagged inferred."""
        for c in found:
            if (c.target is not None and self._country(c.target)) \
                    or c.code[:2] not in ("18", "19", "20") \
                    or self._quote_at(c.trigger) is not None:
                continue  # (a target with no code, "the Magsaysay Arcade", gives way)
            iso = self._story_country(c, named_only=True)
            if iso is None:
                continue
            eid = self._institution(iso, "country")
            if eid is None:
                continue
            c.target = eid
            c.inferred.append("target")

    def _reporting_authority(self, t: Any) -> str | None:
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
                subj = self._child(gov, "nsubj")
                if subj is None:
                    return None
                eid = self.tok_entity.get(subj.i) or self.entity_of(subj, 2)
                e = self.by_id.get(eid or "")
                if e is not None and e.actor is not None and set(e.actor.roles) & {
                        "COP", "JUD", "GOV", "MIL", "SPY"}:
                    return eid
                return None
            h = gov
        return None

    def _story_country(self, c: Candidate, named_only: bool = False) -> str | None:
        """The country where an event happened: a place in the trigger's own phrase
        ("killed in a car bombing in central Baghdad", "near the town of Samarra"),
        else a place named in its sentence (towns before countries; not a modifier
        such as "anti-Syria"), else the dateline's, else the country the article
        names most."""
        s = self.sents[c.sentence]
        best: tuple[int, str] | None = None
        for p in self.places:
            if not p.country:
                continue
            for m in p.mentions:
                if not s.start_char <= m.start < s.end_char:
                    continue
                tok = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                head = tok.root if tok is not None else None
                if head is None or head.dep_ in ("amod", "compound", "nmod", "poss"):
                    continue
                if named_only and not (head.dep_ == "pobj" or (
                        head.dep_ in ("appos", "conj") and head.head.dep_ == "pobj")):
                    continue  # "Russia launched strikes": the doer, not where it struck
                first = head
                while first.dep_ in ("conj", "appos") and first.head.i != first.i:
                    first = first.head
                if first.dep_ == "pobj" and first.head.lower_ == "from" and \
                        not self._locative_of(first, c.trigger):
                    continue  # "the attack drew condemnation from France": who spoke
                rank = (0 if self._locative_of(head, c.trigger) else 2) + (
                    1 if p.feature == "country" else 0)
                if best is None or rank < best[0]:
                    best = (rank, p.country)
        if best is not None:
            return best[1]
        dateline = next((p for p in self.places if p.dateline and p.country), None)
        if dateline is not None:
            return dateline.country
        if named_only:
            return None
        counts: dict[str, int] = {}
        for e in self.entities:
            if e.type == "GPE" and e.actor is not None and e.actor.code == e.actor.country:
                counts[e.actor.code] = counts.get(e.actor.code, 0) + len(e.mentions)
        return max(counts, key=lambda k: counts[k]) if counts else None

    @staticmethod
    def _locative_of(place: Any, trigger: Any) -> bool:
        """Is ``place`` in a chain of prepositional phrases hanging on ``trigger``
        ("killed in a bombing in central Baghdad"), not someone's origin ("a
        missionary from Calgary was arrested")?"""
        t = place
        for _ in range(8):
            if t.dep_ != "pobj" or t.head.dep_ != "prep":
                return False
            t = t.head.head
            if t.i == trigger.i:
                return True
        return False

    def _institution(self, iso: str, doer: str) -> str | None:
        """The article's entity for the police (COP), courts (JUD), army (MIL) or
        intelligence service (SPY) of ``iso``, else the country itself."""
        if doer in _FORCES:
            for e in self.entities:
                if e.actor is not None and e.actor.country == iso and doer in e.actor.roles \
                        and e.type != "PERSON":
                    return e.id
        for e in self.entities:
            if e.type == "GPE" and e.actor is not None and e.actor.code == iso:
                return e.id
        return None

    def _protest_targets(self, found: list[Candidate]) -> None:
        """A protest that names nobody it is against is against the authorities
        of the protesters' own country ("Algerian landowners began a hunger strike"
        -> Algeria), as CAMEO codes domestic protest; the country must be named in
        the article, and its mention in the sentence is the evidence."""
        for c in found:
            if c.code[:2] != "14" or c.target is not None or c.source is None:
                continue
            country = self._country(c.source)
            # "Young Algerians blocked roads": the people are coded by their country,
            # and so is the government they protest against -- DZA -> DZA, as CAMEO has it
            home = next((e for e in self.entities if e.actor is not None and
                         e.actor.code == country), None)
            if home is None:
                continue
            sent = self.sents[c.sentence]
            tok = next((self.doc[i] for i in range(sent.start, sent.end)
                        if self.tok_entity.get(i) == home.id), None)
            if tok is None:
                continue
            c.target, c.target_tok = home.id, tok

    def _home_targets(self, found: list[Candidate]) -> None:
        """A government, legislature or court that eases or imposes rules at home
        and names no one they apply to acts on its own country ("the legislature
        voted to legalize same-sex marriage" -> TWN, "declared a state of emergency"
        -> the country), as CAMEO codes domestic policy; flagged ``inferred``."""
        for c in found:
            if c.target is not None or c.source is None or not c.code.startswith(_HOME_ACTS):
                continue
            country = self._authority(c.source)
            home = self._home(country) if country is not None else None
            if home is None:
                continue
            sent = self.sents[c.sentence]
            c.target = home
            c.target_tok = next((self.doc[i] for i in range(sent.start, sent.end)
                                 if self.tok_entity.get(i) == home), None)
            c.inferred.append("target")

    def _authority(self, eid: str | None) -> str | None:
        """The country of an entity that makes rules at home: a state itself, its
        government, legislature or courts; else None."""
        actor = self.by_id[eid].actor if eid is not None else None
        if actor is None or not actor.country or not (
                actor.code == actor.country or set(actor.roles) & {"GOV", "LEG", "JUD"}):
            return None
        country: str = actor.country
        return country

    def _home(self, country: str, besides: str | None = None) -> str | None:
        """The entity that is ``country`` itself (not ``besides``), if the text names it."""
        return next((e.id for e in self.entities if e.actor is not None
                     and e.actor.code == country and e.id != besides), None)

    def _distinct(self, found: list[Candidate]) -> list[Candidate]:
        """One event per trigger, source and target code: "sanctions on the Taliban
        ... Afghanistan ... bin Laden" names three targets; if two of them code
        alike, the event is one. Doers named together ("a civil liberties union and
        a rights fund sued the state") each did it, whatever their codes."""
        seen: set[tuple[Any, ...]] = set()
        out = []
        for c in found:
            key = (c.trigger.i, c.code, c.source or None,
                   self._code(c.target) or c.target)
            if key not in seen:
                seen.add(key)
                out.append(c)
        return out

    def _code(self, eid: str | None) -> str | None:
        e = self.by_id.get(eid or "")
        return e.actor.code if e is not None and e.actor is not None else None

    def _governor(self, t: Any, events_at: dict[int, list[Candidate]],
                  topic: bool = False) -> tuple[Any, bool]:
        """The nearest token above ``t`` in its clause chain that triggered an
        event ("agreed to [re-open]", "demanded that the US [cancel]", "used tear
        gas to [disperse]"), and whether ``t`` is that event's content (an open
        or that-clause) rather than its purpose; ``None`` if there is none."""
        h = t
        content = False
        for _ in range(5):
            dep = h.dep_
            if h.head.i == h.i or dep in ("conj", "relcl", "parataxis", "nsubj", "nsubjpass"):
                return None, False
            if dep == "advcl" and not topic and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                        for c in self._kids(h)):
                return None, False  # "..., killing one person": an act of its own
            content = content or dep in ("xcomp", "ccomp", "acl")
            h = h.head
            if h.i in events_at:
                return h, content
        return None, False

    def _fold_embedded(self, found: list[Candidate]) -> list[Candidate]:
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
            gov, content = self._governor(c.trigger, events_at)
            if gov is None and c.code[:2] in ("02", "10"):
                # "demonstrated in Kirkuk, calling for independence": the demand is the
                # protest's topic, not an event of its own (PLOVER manual, PROTEST)
                gov, content = self._governor(c.trigger, events_at, topic=True)
                if gov is not None and not any(g.code[:2] == "14" for g in events_at[gov.i]):
                    gov = None
            if gov is None:
                continue
            heads = [g for g in events_at[gov.i] if id(g) not in dropped]
            if not heads:
                continue
            own = {self._country(g.source) for g in heads} | {g.source for g in heads}
            same_side = c.source is None or c.source in own or self._country(c.source) in own
            if not same_side and not (content and c.modality != "asserted"):
                continue
            if same_side:
                fill, tok = c.target, c.target_tok
            else:
                fill, tok = c.source, c.source_tok
            for g in heads:
                if g.target is None and fill is not None and fill != g.source:
                    g.target, g.target_tok = fill, tok
            dropped.add(id(c))
        return [c for c in found if id(c) not in dropped]

    def _span(self, tok: Any, eid: str | None) -> Span | None:
        if tok is None:
            return None
        e = self.by_id.get(eid or "")
        if e is not None:
            for m in e.mentions:
                if m.start <= tok.idx < m.end:
                    return Span(start=m.start, end=m.end, text=m.text)
        return Span(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text)

    def _place_in(self, sent: int, trigger: Any) -> tuple[str | None, str | None]:
        """(a town or region named in the sentence, a country named in it): where
        the event's own verb says it happened ("met the chancellor in Berlin"), else
        its clause ("met in Baku" over "... who lives in Paris"; "The president, who
        visited Paris, met ..."), else the sentence's first such place; never a place named
        only inside a quotation the event is not in ("'We will go to Geneva,' he
        said in Baku")."""
        s = self.sents[sent]
        quote = self._quote_at(trigger)
        clause = {t.i for t in trigger.subtree} | {trigger.head.i}
        found: list[tuple[int, int, Place]] = []
        for p in self.places:
            for m in p.mentions:
                if not (s.start_char <= m.start < s.end_char):
                    continue
                tok = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if tok is None or not len(tok) or not self._locative(tok):
                    continue
                inside = self._quote_at(tok.root)
                if inside is not None and inside is not quote:
                    continue
                # first a place of the trigger's own verb ("met ... in Berlin"), then of
                # its clause ("The president, who visited Paris, met ..."), then others
                rank = 0 if _governing_verb(tok.root).i == trigger.i else (
                    1 if tok.root.i in clause else 2)
                found.append((rank, m.start, p))
        found.sort(key=lambda f: (f[0], f[1]))
        local = next((p.id for _, _, p in found if p.feature != "country"), None)
        country = next((p.id for _, _, p in found if p.feature == "country"), None)
        return local, country

    def _locative(self, span: Any) -> bool:
        """Is this place mention (a spaCy span) where something happens ("in Baku",
        "visited Baku"), rather than an actor ("Tehran said") or a modifier
        ("Tehran-Baku ties")?"""
        head = span.root
        if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE:
            return True
        if head.dep_ == "dobj" and head.head.lemma_.lower() in _PLACE_VERBS:
            return True
        return head.dep_ in ("npadvmod",) or (head.dep_ == "conj" and self._locative_tok(head))

    def _locative_tok(self, t: Any) -> bool:
        h = t.head
        return (h.dep_ == "pobj" and h.head.lower_ in _LOCATIVE) or (
            h.dep_ == "dobj" and h.head.lemma_.lower() in _PLACE_VERBS)

    def _places(self, found: list[Candidate]) -> dict[int, str | None]:
        """Where each event happened: a town named in its sentence; else, for a
        meeting, where the last visit or meeting was; else the dateline; else a
        country named in the sentence."""
        dateline = next((p.id for p in self.places if p.dateline), None)
        out: dict[int, str | None] = {}
        last_meeting: str | None = None
        for c in sorted(found, key=lambda c: c.trigger.idx):
            local, country = self._place_in(c.sentence, c.trigger)
            if local is not None:
                out[id(c)] = local
                if (c.code[:2] == "04" and c.modality == "asserted"
                        and self._quote_at(c.trigger) is None):
                    last_meeting = local  # where the reported visit or meeting took place
            elif c.code[:2] == "04" and last_meeting is not None:
                out[id(c)] = last_meeting
            else:
                out[id(c)] = dateline or country
        return out

    def _date_for(self, c: Candidate) -> tuple[str | None, str | None, str | None,
                                                   Span | None]:
        """(date, date_from, precision, the words): the temporal expression of the
        sentence that governs the event's clause ("met on Friday", "Friday's attack",
        "agreed on Monday to resume talks"), not one that dates another clause ("said
        on Friday that rebels had attacked"); else the publication date."""
        s = self.sents[c.sentence]
        # the nearest expression that governs it: "X did A in April, and on Monday Y did
        # B" dates B by Monday
        best: tuple[int, TimeExpression] | None = None
        for d in self.dates:
            if d.date and s.start_char <= d.start < s.end_char:
                steps = self._governs(d, c.trigger)
                if steps is not None and (best is None or steps < best[0]):
                    best = (steps, d)
        if best is not None:
            d = best[1]
            precision = granularity(d.text) or "day"
            return d.date, "text", precision, Span(d.start, d.end, d.text)
        if self.ctx.article.published:
            return self.ctx.article.published, "published", "day", None
        return None, None, None, None

    def _governs(self, d: TimeExpression, trigger: Any) -> int | None:
        """How many steps up from ``trigger`` the word ``d`` modifies is (0: the
        trigger itself), or None when ``d`` does not govern the trigger's clause."""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return None
        head = span.root
        # out of the expression's own phrase to the word it modifies: "on Friday" ->
        # "met", "Friday's attack" -> "attack", "last week" -> the verb
        for _ in range(6):
            if head.i == trigger.i:
                return 0
            if head.dep_ not in _DATE_LINKS or head.head.i == head.i:
                break
            possessive = head.dep_ == "poss"
            head = head.head
            if head.pos_ in ("VERB", "AUX") or possessive:
                break  # ("after last year's coup": the coup's date only)
        if head.dep_ == "dobj" and head.head.i == trigger.i and span.root.dep_ == "pobj" \
                and span.root.head.lower_ in ("on", "in", "at"):
            return 1  # "signed the agreement on December 12": the parse's object, the verb's day
        if span.root.dep_ in ("npadvmod", "advmod") and (head.dep_ in ("acl", "amod") or (
                head.pos_ not in ("VERB", "AUX") and head.i != trigger.i)) and not (
                head.pos_ == "VERB" and _lemma(head) in self.lex.verbs):
            # (not out of an act of its own: "a man convicted last year" is his)
            # "seized a shipment bound for rebels last Thursday", "will send aid worth
            # 200 million euros next month": a bare date the parse hangs on a modifier
            # of the object is the clause's
            for _ in range(6):
                head = head.head
                if head.pos_ in ("VERB", "AUX") or head.head.i == head.i or head.dep_ not in (
                        "dobj", "pobj", "prep", "attr", "acl", "amod", "nsubjpass", "npadvmod"):
                    break
        # then down from the trigger's side: the verb it hangs on shares its date
        # ("held talks on Friday", "met on Friday and signed", "decided on Monday to go"),
        # but not a verb joined with its own subject or a "since" ("..., and on Monday
        # the opposition demanded", "seized power in 2021 and has since jailed")
        t = trigger
        for steps in range(5):
            if t.i == head.i:
                return steps
            if t.dep_ == "conj" and any(
                    k.dep_ in ("nsubj", "nsubjpass") or (
                        k.dep_ == "advmod" and k.lower_ in evaluation_words().get(
                            "afterwards_adverb", ()))
                    for k in self._kids(t)):
                return None
            if t.dep_ in ("xcomp", "conj", "dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep",
                          "acl") and t.head.i != t.i:
                t = t.head
                continue
            break
        return None

    def _events(self, found: list[Candidate]) -> list[Event]:
        merged: dict[tuple[Any, ...], Candidate] = {}
        order: list[tuple[Any, ...]] = []
        for c in sorted(found, key=lambda c: c.trigger.idx):
            key = (c.source, c.target, c.code, c.modality, c.negated)
            ev = self._evidence(c)
            if key in merged:
                first = merged[key]
                if ev.start != self._evidence(first).start:
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
            first.repeats.extend([self._evidence(c), *c.repeats])
        places = self._places(found)
        out = []
        for n, key in enumerate(order, start=1):
            c = merged[key]
            cameo = self.lex.cameo(c.code)
            date, date_from, precision, date_text = self._date_for(c)
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
                evidence=self._evidence(c), source_mention=self._span(c.source_tok, c.source),
                target_mention=self._span(c.target_tok, c.target), repeats=c.repeats,
                inferred=c.inferred, date_precision=precision, date_text=date_text,
                background=background))
        return out

    def _evidence(self, c: Candidate) -> EventEvidence:
        t = c.trigger
        end = t.idx + len(t.text)
        prt = next((x for x in self._kids(t) if x.dep_ == "prt"), None)
        if prt is not None and prt.i == t.i + 1:
            end = prt.idx + len(prt.text)
        return EventEvidence(sentence=c.sentence, start=t.idx, end=end, text=self.text[t.idx:end])


STAGE = Stage(name="events", run=code_events, assigns="events",
              requires=("entities", "actors", "places", "dates", "quotes"))

__all__ = ["STAGE", "code_events"]
