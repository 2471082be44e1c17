"""The coder's grammar: the word lists it reasons with (``knowledge/data/event_words.tsv``)
and the small predicates on tokens and codes that every kind of rule shares.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from ...knowledge.events import anaphor_nouns, event_words

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
#: Nouns whose infinitive is an act planned, tried or asked for ("a plan to deploy
#: troops", "a bid to seize the airport", "calls to resign").
_INTENT_NOUNS = _WORDS["intent_noun"]
_ATTEMPT_NOUNS = _WORDS["attempt_noun"]
_DEMAND_NOUNS = _WORDS["demand_noun"]
#: Verbs by which one judges, stops or backs another's plan ("suspended a plan to deploy").
_PLAN_JUDGING = _WORDS["plan_judging_verb"]
#: Light verbs whose definite object may name an act told before ("made the appeal").
_RESTATING = _WORDS["restating_verb"]
#: Verbs of staying or becoming whose participle is done to their subject ("remain banned").
_STATE_VERBS = _WORDS["state_verb"]
#: Verbs of being moved by an act ("horrified by the attack").
_EMOTION_VERBS = _WORDS["emotion_verb"]
#: A verb and its particle that say one carries on ("pressing forward").
_GOING_ON = _WORDS["going_on"]
#: What a side protects of its own ("its airspace").
_OWN_NOUNS = _WORDS["own_noun"]
#: Participles of where forces are ("troops remain deployed").
_POSTURES = _WORDS["posture_participle"]
#: People who speak for the one acted on ("his lawyers said"), neither his jailers nor him.
_ADVOCATES = _WORDS["advocate_noun"]
#: Verbs (and particles) that carry out a plan ("went ahead with its plan").
_CARRYING_OUT = _WORDS["carrying_out"]
#: Verbs of handing a proposal to others ("presented a ceasefire proposal to Hamas").
_PROPOSING = _WORDS["proposing_verb"]
#: Roles of the sides of a conflict at home, to whom a proposal is another side's.
_SIDES = frozenset({"REB", "INS", "SEP", "OPP", "UAF"})
_DEMAND = _WORDS["demand"]
#: Verbs whose that-clause is a demand ("insisted that Iran must"); "told
#: reporters that" is speech.
_DEMAND_THAT = _WORDS["demand_that"]
#: ... of which those whose that-clause is a claim when it says what is or was
#: ("suggested the vote had been rigged").
_CLAIM_OR_DEMAND = _WORDS["claim_or_demand"]
_DENY = _WORDS["deny"]
#: natural disasters and epidemics: where aid with no recipient goes (conventions.aid_targets)
_DISASTERS = _WORDS["disaster"]
_REFUSE = _WORDS["refuse"]
_FUTURE_ADJ = _WORDS["future_adj"]
#: How a trigger's extra words may hang on it ("crack down", "call for", "step down").
_TRIGGER_DEPS = {"prt", "advmod", "npadvmod", "prep", "oprd", "acomp", "ccomp", "agent"}
#: Object words that stand for people: a named person satisfies them too.
_PERSON_OBJECTS = _WORDS["person_objects"]

#: What "took Y hostage" makes its object: the state, not who the object is.
_CAPTIVE_STATES = _WORDS["captive_states"]
#: ... and what they are said of as a figure of speech ("held the union hostage").
_FIGURATIVE_CAPTIVES = _WORDS["figurative_captive"]

#: Nouns that measure what the object really is ("tons of aid").
_MEASURES = _WORDS["measures"]
#: Nouns that stand for what their "of" names ("the activities of the parties").
_ACTIVITIES = _WORDS["activity_noun"]
_CAPACITY = _WORDS["capacity_noun"]
#: Nouns whose to-infinitive names what was not done ("failure to stop the attacks").
_NOT_DONE = _WORDS["not_done_noun"]
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
#: "sent warships to encircle the island": forces deployed, not arms given
_FORCE_PURPOSE = _WORDS["force_purpose"]
#: Event nouns that refer back to an earlier event, with the CAMEO roots it may
#: have ("the demand" -> a demand or appeal; empty: any event, "the decision"), from
#: ``knowledge/data/anaphor_nouns.tsv``.
_ANAPHORS: dict[str, tuple[str, ...]] = anaphor_nouns()
#: Nouns of attacks ("the strike", "an Israeli attack"): those whose anaphor may be an
#: armed assault.
_ATTACK_NOUNS = frozenset(w for w, roots in _ANAPHORS.items() if "19" in roots)
#: Verbs of a purpose clause naming whom an act is for ("to help Bangladesh cope").
_HELPING = _WORDS.get("helping_verb", frozenset())
#: Roles of people who move without being sent: their arrival is no visit (042).
_UPROOTED_ROLES = frozenset({"REF", "CVL"})
#: Lemmas that name the same act ("the ouster" of a vote to remove): each lemma -> its group.
_SAME_ACT: dict[str, frozenset[str]] = {
    w: group for row in _WORDS.get("act_synonyms", ())
    for group in [frozenset(row.split("|"))] for w in group}
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
_CROWD_VERBS = _WORDS["crowd_verb"]
#: roots of acts of force: coercion, assault, fighting, mass violence
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
#: Causes one supports or condemns ("LGBT rights", "education"; and words in -ism).
_CAUSE_NOUNS = _WORDS["cause_noun"]
#: What is said against someone ("a charge Kigali denied").
_CLAIM_NOUNS = _WORDS["claim_noun"]
#: What one claims for an act, the object of a claim that is no act itself ("claimed
#: responsibility for", "claimed credit for"; not "claimed the attack").
_OWNING = frozenset({"responsibility", "credit"})
#: Times of day and points in time after "at" ("at dawn"): no place.
_TIME_NOUNS = _WORDS["time_noun"]
#: What force is used with ("the use of tear gas" is the act of force told before).
_FORCE_MEANS = _WORDS["force_means"]
#: Verbs whose bare past form after a passive is that passive again ("... and 32 injured").
_HARM_PARTICIPLES = _WORDS["harm_participle"]
#: Participles of holding ground ("rebel-held villages"): the place is the holder's.
_HOLDING = _WORDS["holding_participle"]
#: Nouns of taking a side ("in solidarity with Gaza"): whom an act is for.
_SYMPATHY = _WORDS["sympathy_noun"]
#: Verbs of blaming or rejecting, the speaker's when hung on a reported clause.
_JUDGING = _WORDS["judging_verb"]
#: Verbs whose object noun is the act their subject does ("staged a rally",
#: "began a hunger strike", "announced a suspension of air links").
_SUPPORT_VERBS = _WORDS["support_verbs"]
#: Verbs whose object answers for the act in their "for" phrase ("blamed the Taliban for
#: a bombing"): that object is the act's doer.
_ANSWERING = _WORDS["answering_verb"]
#: Verbs that put an act on someone with "on" ("an attack Hamas blamed on Israel").
_BLAMING = _WORDS["blaming_verb"]
#: Verbs that make their object do what their open clause says ("prompted France to
#: warn"): the object does it.
_CAUSING = _WORDS["causing_verb"]
#: What an attack on is aimed at a state's military ("a military base").
_MILITARY_SITES = _WORDS["military_site"]
#: Words before a site that make it the army's ("a military convoy").
_MILITARY_MODIFIERS = _WORDS["military_modifier"]
#: Participles that say where goods come from ("electric vehicles made in China").
_MAKING = _WORDS["making_verb"]
#: What a killing or an attack may be done to that is no actor's harm ("kill animals").
_ANIMALS = _WORDS["animal"]
#: A verb and its object that name no act on anyone ("forced their way into").
_IDIOMS = _WORDS["idiom"]
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
#: doer's own country (:func:`.conventions.home_targets`)
#: prepositions that tie an act to another act in time, not to a place ("struck targets
#: in Iraq after an attack near Ankara": Ankara is the attack's), nor to whom it is aimed
#: at ("attacked military buildings after his arrest")
_TEMPORAL_PREPS = frozenset({"after", "before", "since", "until", "following", "during"})
_HOME_ACTS = ("081", "082", "083", "1721", "1722", "1723", "1724",
              # and the threats to impose them ("may declare a national emergency")
              "1321", "1322", "1323", "1324")

_KNOWN_GOVERNORS = _INTENT | _HOPE | _DEMAND | _DENY | _REFUSE | _ATTEMPT

#: What an event that is only intended or hoped for becomes (CAMEO root -> code).
_INTENDED = {"04": "036", "05": "030", "06": "031", "07": "033", "08": "035"}
#: What a coercive act announced for later is: a threat (CAMEO 13x).
_THREATS = {"14": "133", "15": "138", "161": "1313", "162": "1311", "163": "1312", "164": "134",
            "165": "135", "166": "136", "16": "131", "1723": "1323", "1724": "1324",
            "172": "132", "17": "137", "191": "1381", "192": "1382", "18": "1383", "19": "1384",
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
    # (but pledges of aid are to a third: "Saudi Arabia and the UAE pledged $100 million")
    # (nor mediation, which is between others: "France and the United States tried to
    # broker a deal"; nor support offered: "the US and the EU offered to support the talks")
    # (and truces: "Armenia and Azerbaijan declared a ceasefire", each with the other;
    # mediators who announce one are told apart by the events stage)
    return (code[:2] in ("03", "04", "06", "19")
            and code[:3] not in ("032", "033", "038", "039", "045")) \
        or code[:3] in ("050", "054", "057") or code == "0871"


#: Verbs that make whatever they do mutual when two parties do it together ("Armenia and
#: Azerbaijan exchanged prisoners", "the two sides traded accusations"): each to the other.
_EXCHANGE_VERBS = frozenset({"exchange", "swap", "trade"})
#: CAMEO codes whose events are reciprocal by nature (the manual: meetings 040 and 044,
#: telephone calls 041, negotiations 046, signed agreements 057 "are reciprocal
#: events"): "X met with Y" is also Y meeting X.
_RECIPROCAL_CODES = frozenset({"040", "041", "044", "046", "057"})
_SWAPPED = {"source": "target", "target": "source"}
#: Killings, which stay killings whoever does them.
_KILLINGS = frozenset({"186", "1823"})
#: Who holds people: police, armies, spies, courts.
_FORCES = frozenset({"COP", "MIL", "SPY", "JUD"})
#: Who takes towns by force: armies, rebels, insurgents, armed groups.
_ARMED = frozenset({"MIL", "REB", "INS", "UAF"})
#: Nouns for people under arms ("Taliban fighters", "Russian troops").
_ARMED_MEN = _WORDS["armed_men"]
#: Verbs of an accident, whose result ("..., killing 78") is no one's act.
_ACCIDENTS = _WORDS["accident_verb"]
#: Nouns of an accident: a harm it is the subject of is no one's act ("a stampede killed 30").
_ACCIDENT_NOUNS = _WORDS["accident_noun"] | _ACCIDENTS
#: ... and those that are one only when nothing modifies them ("in a fire", not "tank fire").
_BARE_ACCIDENTS = _WORDS["bare_accident_noun"]
#: Words that say a fire was set ("started deliberately", "an arson"): no accident.
_ARSON_WORDS = _WORDS["arson_word"]
#: Texts that make rules ("the bill") and the verbs that make or bring them ("passed").
_RULE_TEXTS = _WORDS["rule_text_noun"]
_RULE_BRINGING = _WORDS["rule_bringing_verb"]
#: Nouns for what a court does ("the verdict", "the ruling").
_COURT_WORDS = _WORDS["court_act_noun"]
#: What is shot down or intercepted in the air.
_AIRBORNE = _WORDS["airborne"]
#: ... of them, those who are no state's ("Kurdish fighters", "militants").
_IRREGULARS = _WORDS["irregulars"]
#: What a country trades ("tariffs on imports from Canada"): its goods stand for it.
_GOODS = _WORDS["goods"]
#: Verbs of going somewhere: their "to" names a destination, not where an act happened.
_MOTION_VERBS = _WORDS["motion_verbs"]


def _governing_verb(tok: Any) -> Any:
    """The nearest verb above ``tok`` in the parse (itself if a verb), else the root."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok
