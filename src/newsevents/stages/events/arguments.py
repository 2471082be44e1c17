"""The doer and the target of a matched predicate: subjects (passives, participles,
reduced relatives, misparsed clauses), objects and the prepositions a pattern names, and
the target a verb takes when the text names none in its place.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from ...knowledge.events import evaluation_words, event_words
from ...nlp import participle_namers
from ..quotes import DOCUMENTS, SPEECH_VERBS
from . import anaphora, mood, participants
from .candidates import NAME_ITEMS, Candidate, Match
from .grammar import (
    _ACCIDENT_NOUNS,
    _ACCIDENTS,
    _ANAPHORS,
    _ANIMALS,
    _ANSWERING,
    _ARSON_WORDS,
    _BACKGROUND,
    _BARE_ACCIDENTS,
    _BLAMING,
    _CAUSING,
    _CROWD_VERBS,
    _DEMAND,
    _DEMANDERS,
    _DIRECTED,
    _DISASTERS,
    _DOER_DEPS,
    _EXCHANGE_VERBS,
    _FORCE_ROOTS,
    _GOODS,
    _GROUP_PRONOUNS,
    _HARDWARE,
    _HARM_PARTICIPLES,
    _HELPING,
    _HOLDING,
    _JUDGING,
    _LOCATIVE,
    _MAKING,
    _MOURNING,
    _NOT_TARGET_DEPS,
    _PLAN_JUDGING,
    _POSTURES,
    _REFUSE,
    _SPEECH,
    _STATE_VERBS,
    _STATIVE,
    _SUPPORT_VERBS,
    _SYMPATHY,
    _TEMPORAL_PREPS,
    _TIME_NOUNS,
    _WHEN_PREPS,
    _lemma,
    _mend,
    _mutual,
    _singular,
)

if TYPE_CHECKING:
    from .coder import Coder


def participle_patient(coder: Coder, t: Any) -> Any:
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
        return coder.child(gov, "nsubj", "nsubjpass") if gov.pos_ in ("VERB", "AUX") \
            else None
    if t.tag_ == "VBN" and _lemma(t) not in _STATIVE \
            and any(c.dep_ == "agent" for c in t.children) \
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in t.children):
        # "16 people were killed, most of them shot by police": a participle with its own
        # subject and a "by" agent is a passive; the subject is the one it was done to
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    if t.tag_ == "VBN" and t.dep_ == "conj" and _lemma(t) not in _STATIVE \
            and any(c.dep_ == "auxpass" for c in t.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
            and t.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "auxpass" for c in t.head.children) \
            and any(c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children):
        # "some users pleaded guilty or were convicted": the subject an active verb
        # shares with a passive one joined to it is the one the passive is done to
        return coder.child(t.head, "nsubj")
    if t.tag_ == "VBN" and t.dep_ == "conj" and _lemma(t) not in _STATIVE \
            and t.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent")
                        for c in t.children):
        # "At least 50 people were injured and 300 arrested": a passive whose "were"
        # the first one gives is done to the same kind of people
        return coder.child(t.head, "nsubjpass")
    if (t.tag_ == "VBN" or (t.tag_ == "VBD" and _lemma(t) in _HARM_PARTICIPLES)) \
            and t.dep_ == "conj" and _lemma(t) not in _STATIVE \
            and t.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.head.children) \
            and not any(c.dep_ in ("nsubjpass", "aux", "auxpass", "dobj", "agent")
                        for c in t.children) \
            and any(c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children):
        # "156 officers had been injured and more than 300 people arrested": the
        # second passive's own noun, parsed as its subject, is the one it is done to
        # (also "... detained and 32 officers injured", tagged a past tense)
        return coder.child(t, "nsubj")
    if t.tag_ != "VBN" or t.dep_ not in ("advcl", "acl") or _lemma(t) in _STATIVE:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in t.children):
        return None
    if misparsed_main(coder, t):
        return None
    if t.dep_ == "acl":
        # a sentence whose root is a noun was misparsed ("Doctors from two aid groups
        # donated ..."), and "..., a rights group protested" is a speaker inverted
        root = t
        while root.head.i != root.i:  # (cheaper than Token.sent)
            root = root.head
        if _lemma(t) in SPEECH_VERBS or (root.pos_ not in ("VERB", "AUX") and not (
                # ... but a headline's "Opposition leader arrested ahead of vote": the
                # noun and the participle right after it, with no object, are a passive
                root.i == t.head.i and t.i == root.i + 1)):
            return None
        return t.head if t.head.pos_ in ("NOUN", "PROPN", "PRON") else None
    return coder.child(t.head, "nsubj", "nsubjpass")


def misparsed_main(coder: Coder, t: Any) -> bool:
    """Is ``t`` a main verb the parser hung on its subject as a participle? "William
    Conley, a district judge, ordered that ballots be counted": after a name and its
    appositive (or in a sentence whose root is a noun), a verb with a clause or an
    object of its own is what the name did, not what was done to it."""
    if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or \
            t.head.pos_ not in ("PROPN", "NOUN"):
        return False
    aside = t.i > 0 and coder.doc[t.i - 1].text == "," and any(
        k.dep_ in ("relcl", "appos") and k.i < t.i for k in coder.kids(t.head))
    # (after an aside on the name, no headline's passive: "China, which has close ties
    # with both, offered to mediate")
    if not any(c.dep_ in ("ccomp", "dobj") or (c.dep_ == "xcomp" and (t.tag_ == "VBD" or aside))
               for c in coder.kids(t)) and _lemma(t) not in _CROWD_VERBS:
        # "Man arrested in Nairobi", "Man ordered to pay": a headline's passive; a past
        # tense with an open complement is a main verb ("..., called on his supporters
        # to block roads"), and so is a crowd's verb ("Relatives of the soldiers
        # protested outside ...")
        return False
    root = t
    while root.head.i != root.i:
        root = root.head
    if root.pos_ not in ("VERB", "AUX") or _bare_gerund_root(coder, root):
        return True
    return t.i > 0 and coder.doc[t.i - 1].text == "," and any(
        c.dep_ == "appos" and c.i < t.i for c in coder.kids(t.head))


def _bare_gerund_root(coder: Coder, root: Any) -> bool:
    """Is the sentence's root a participle with no auxiliary but a subject ("Kenyan police
    officers leading a security mission clashed with ..."): a subject's modifier the parser
    took for the main verb?"""
    return root.tag_ == "VBG" and coder.child(root, "nsubj") is not None and not any(
        c.dep_ in ("aux", "auxpass") for c in coder.kids(root))


def misparsed_doer(coder: Coder, t: Any) -> Any:
    """Who did the main verb ``t`` the parser hung as a participle (``misparsed_main``):
    the noun it hangs on, or, past a relative clause or an appositive of a sentence
    whose root is a name ("Mondlane, who says the vote was rigged in favour of the ruling
    party, called on ..."), that name."""
    on_path, h = False, t.head
    while h.head.i != h.i:
        on_path = on_path or h.dep_ in ("relcl", "appos")
        h = h.head
    root = h
    if on_path and root.pos_ in ("PROPN", "NOUN") and root.i < t.i:
        return root
    if _bare_gerund_root(coder, root):
        return coder.child(root, "nsubj")
    return t.head


def glued_subject(coder: Coder, verb: Any) -> Any:
    """"Hamas freed three hostages on Saturday and Israel released 183 prisoners": the
    parser joins "Israel" to "Saturday" and hangs "released" on the first verb with no
    subject; a past tense with none, right after a name so joined by "and" to a noun of
    the clause before, has that name for subject."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "conj", "ccomp") or verb.i == 0 \
            or coder.child(verb, "nsubj", "nsubjpass") is not None:
        return None
    name = coder.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "conj" or name.i not in coder.tok_entity \
            or name.head.dep_ in ("nsubj", "nsubjpass") or not any(
                c.dep_ == "cc" and c.lower_ == "and" and c.i < name.i
                for c in coder.kids(name.head)):
        return None
    return name


def accident_result(verb: Any) -> bool:
    """Is ``verb`` a participle told as the result of an accident ("a boat that capsized
    off Pylos, killing 78", "the plane crashed, killing 40"), or an accident's own harm
    ("a stampede killed 30"): no one's act?"""
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and _lemma(verb.head) in _ACCIDENTS) \
        or any(c.dep_ == "nsubj" and c.lemma_.lower() in _ACCIDENT_NOUNS
               and not _by_agent(c) for c in verb.children) or (  # ("a stampede killed 30")
            # "after the collapse of a station roof killed 16", the parser hanging the
            # accident on "after": the phrase right before a verb with no subject
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.i > 0 and any(
                x.lemma_.lower() in _ACCIDENT_NOUNS and x.right_edge.i == verb.i - 1
                and not _by_agent(x)
                for x in verb.doc[max(0, verb.i - 12):verb.i]))


def accidental_cause(coder: Coder, verb: Any) -> bool:
    """Is a harm told with no doer said to come from an accident, a disaster or an
    animal ("twelve were killed in a bus crash", "died in floods", "killed by a bear",
    "killed in a shark attack", "were killed when a fire broke out")? No one's act."""
    causes = prep_objects(coder, verb, {"in", "by", "during"}) + [
        s for c in coder.kids(verb) if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in coder.kids(c))
        for s in coder.kids(c) if s.dep_ == "nsubj"]
    return any(_accident(coder, n) for n in causes)


def _accident(coder: Coder, n: Any) -> bool:
    lemma = n.lemma_.lower()
    kids = coder.kids(n)
    mods = [c for c in kids if c.dep_ in ("compound", "amod", "poss", "nmod")]
    # ("a shark attack": a lowercase animal alone before it; not "a lone wolf attack",
    # "a Tiger rebel attack")
    animal = len(mods) == 1 and mods[0].lemma_.lower() in _ANIMALS \
        and mods[0].text.islower() and not coder.kids(mods[0])
    # ("in a fire": one not told before, "the fire" may be one set in the sentence before)
    bare = lemma in _BARE_ACCIDENTS and not mods and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids)
    if not (lemma in _ACCIDENT_NOUNS or lemma in _DISASTERS or lemma in _ANIMALS
            or bare or animal):
        return False
    if _by_agent(n) or any(x.dep_ == "agent" for x in n.subtree):
        return False  # (not "a fire set by militants")
    if any(g.lemma_.lower() in _ANAPHORS for c in kids if c.dep_ == "prep" and c.lower_ == "of"
           for g in coder.kids(c) if g.dep_ == "pobj"):
        return False  # an outbreak or an eruption "of violence" is violence
    if any(x.i in coder.tok_entity and x.i != n.i and not (
            x.dep_ == "pobj" and x.head.lower_ in _LOCATIVE) for x in n.subtree):
        return False  # an actor named in it: "a crash blamed on a Russian missile", "a
        # collision with a Chinese coast guard ship" (not "a bus crash in Peru")
    # ... or said to be set: "a fire at a mosque, which police said was started deliberately"
    return not any(x.lower_ in _ARSON_WORDS for x in n.sent)


def _by_agent(noun: Any) -> bool:
    """Does ``noun`` name its doer with "by" ("the sinking of the Moskva by Ukrainian
    missiles")? Then it is no accident."""
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.subtree)


def subject(coder: Coder, verb: Any) -> Any:
    """The token that does ``verb``: subject, passive agent, or inherited."""
    if misparsed_main(coder, verb):
        return misparsed_doer(coder, verb)
    glued = glued_subject(coder, verb)
    if glued is not None:
        return glued
    speaker = speaker_of_misparsed_conj(coder, verb) or doer_of_content_conj(coder, verb)
    if speaker is not None:
        return speaker
    if accident_result(verb):
        return None  # "a boat that capsized off Pylos, killing 78": no one's act
    if participle_patient(coder, verb) is not None or state_patient(coder, verb) is not None:
        # a bare passive participle: its doer is its "by" agent or nobody named
        agent = coder.child(verb, "agent")
        return coder.child(agent, "pobj") if agent is not None else None
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "of", "over") \
            and verb.head.head.pos_ == "VERB" and _lemma(verb.head.head) in _PUNISHING \
            and coder.child(verb, "nsubj") is None:
        # "sentenced the mayor to prison for insulting officials": the one punished did
        # it, not the court
        punished = coder.child(verb.head.head, "dobj", "nsubjpass")
        if punished is not None:
            return punished
    if verb.dep_ in ("conj", "advcl") and verb.i > 0 \
            and coder.child(verb, "nsubj", "nsubjpass") is None:
        prev = coder.doc[verb.i - 1]
        if prev.dep_ == "conj" and prev.pos_ in ("NOUN", "PROPN") and prev.head.i < prev.i \
                and prev.head.dep_ == "pobj" and coder.tok_entity.get(prev.i) is not None:
            # "removed Castillo from office and police arrested him": the parse joins
            # "police" to "office"; it is the subject of the verb right after it
            return prev
    if verb.dep_ == "advcl" and coder.child(verb, "nsubj", "nsubjpass") is None:
        # "struck targets in Iraq, a day after an attack near Ankara killed five people":
        # the parser hangs the subject on the time phrase; the act named there did it
        for c in coder.kids(verb):
            prep = next((p for p in coder.kids(c) if p.dep_ == "prep"
                         and p.lower_ in _BACKGROUND), None) if c.dep_ == "npadvmod" else None
            g = coder.child(prep, "pobj") if prep is not None else None
            if g is not None and g.pos_ == "NOUN" and g.i < verb.i:
                return g
        if verb.tag_ == "VBD":
            # "... after an attack on a defence company near Ankara killed five people":
            # the time phrase hangs on the main verb, its noun the finite verb's subject
            for prep in coder.kids(verb.head):
                g = coder.child(prep, "pobj") if prep.dep_ == "prep" \
                    and prep.lower_ in _BACKGROUND and prep.i < verb.i else None
                if g is not None and g.pos_ == "NOUN" and g.i < verb.i:
                    return g
    h = verb
    shared = False  # climbed from a conjoined verb: the subject, never the agent
    raised = False  # climbed from an open complement ("is expected to meet")
    prev = None
    for _ in range(6):
        if h is not verb and misparsed_main(coder, h):
            return misparsed_doer(coder, h)  # ("China, which ..., offered to mediate and
            # urged restraint": the urging is the misparsed main verb's doer's)
        if (prev is not None and prev.dep_ == "prep" and prev.lower_ != "by"
                and h.dep_ == "acl" and h.tag_ == "VBN" and h.head.pos_ in ("NOUN", "PROPN")):
            # "executed a man convicted of killing a guard", "a student arrested for
            # insulting the king": the act under a reduced passive's preposition is
            # the one it was done to, never the main clause's subject
            return h.head
        if (prev is not None and prev.dep_ == "prep" and prev.lower_ != "by"
                and h.dep_ == "advcl" and h.tag_ == "VBN" and h.head.pos_ in ("VERB", "AUX")
                and coder.child(h, "nsubj", "nsubjpass", "auxpass") is None):
            # "Duterte was impeached, accused of misusing funds and threatening the
            # president": so is a reduced passive set beside its clause, whose subject
            # it was done to
            patient = coder.child(h.head, "nsubjpass", "nsubj")
            if patient is not None:
                return patient
        agent = coder.child(h, "agent")
        if agent is not None and coder.child(h, "nsubj") is not None:
            agent = None  # "the leaders spoke by telephone": an active verb's means
        if agent is not None and not shared:
            pobj = coder.child(agent, "pobj")
            if pobj is not None:
                return pobj
        subjects = [c for c in coder.kids(h) if c.dep_ in ("nsubj", "csubj")
                    and c.lower_ != "whom"]  # ("whom": an object)
        # (of two, the one that names someone: "The main opposition | Republican
        # People's Party called ...", parsed as two subjects)
        subj = next((c for c in subjects if c.i in coder.tok_entity),
                    subjects[0] if subjects else None) or next(
            (x for a in coder.kids(h) if a.dep_ in ("aux", "auxpass")
             for x in coder.kids(a) if x.dep_ == "nsubj"), None)
        # (the parser may hang the subject on the auxiliary: "Egypt and Qatar are
        # mediating ..., officials said")
        if subj is not None:
            if subj.lower_ in ("who", "which", "that") and h.dep_ == "relcl":
                return h.head
            return subj
        nsp = coder.child(h, "nsubjpass")
        if nsp is not None:
            if shared or _lemma(h) in _STATIVE:
                return nsp  # "Israel is opposed to", "forces were engaged in"
            if raised and _lemma(h) in evaluation_words().get("raising_verb", ()):
                return nsp  # "the minister is expected to meet", "is said to have fled"
            return None  # a passive with no agent: nobody named
        if h.dep_ == "relcl":
            return h.head
        if h.dep_ == "acl" and h.head.pos_ == "NOUN" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in coder.kids(h)):
            # "citing the government's decision to halt the talks", "the decision of
            # the government to halt": the one whose decision, plan or bid it is
            owner = coder.child(h.head, "poss") or next(
                (coder.child(c, "pobj") for c in coder.kids(h.head)
                 if c.dep_ == "prep" and c.lower_ == "of" and c.i < h.i), None) or next(
                # ("a government plan to deploy police": the government's)
                (c for c in coder.kids(h.head) if c.dep_ == "compound"
                 and coder.code(coder.tok_entity.get(c.i)) is not None), None)
            if owner is not None:
                return owner
            if h.head.dep_ == "dobj" and _lemma(h.head.head) in _PLAN_JUDGING:
                return None  # "the court suspended a plan to deploy police", "criticised
                # a proposal to impose sanctions": not the judge's own act
        if h.dep_ == "acl" and h.tag_ == "VBG" and h.head.lemma_.lower() in DOCUMENTS and (
                (h.head.dep_ == "pobj" and h.head.head.lower_ not in ("in", "through", "via"))
                or (h.head.dep_ == "dobj" and _lemma(h.head.head) in _PLAN_JUDGING)):
            # "a report accusing the army": the document's author, its possessor if
            # named; not the doer of whatever it is part of ("suspended the BBC over its
            # coverage of a report accusing ...") or judged by ("criticised a report
            # accusing ..."); but "said in a statement accusing ..." is the speaker's
            return coder.child(h.head, "poss")
        if h is not verb and h.dep_ == "conj":
            # "said the reporter was being held and vowed to push for his release": the
            # verb an infinitive completes may be the speaker's misparsed conjunct
            spoken = speaker_of_misparsed_conj(coder, h)
            if spoken is not None:
                return spoken
        if h.dep_ == "xcomp" and h.head.i != h.i and _lemma(h.head) in _CAUSING:
            made = coder.child(h.head, "dobj")
            if made is not None:
                return made  # "Iran's move prompted France and Germany to warn": they warn
        if h.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp", "pcomp", "prep", "pobj",
                      "acomp", "dobj") and h.head.i != h.i:
            # "was indicted by the court and will resign": the one indicted resigns
            shared = h.dep_ == "conj" and h.pos_ in ("VERB", "AUX")
            # (not "is said to have been arrested": that one is the patient)
            raised = h.dep_ == "xcomp" and coder.child(h, "auxpass") is None
            prev, h = h, h.head
            continue
        return None
    return None


#: Verbs by which a speaker commits to an act ("said the sanctions were illegal and vowed
#: to respond"): spoken acts, like demands.
_COMMITTING = frozenset({"vow", "pledge", "promise", "threaten", "offer"})
#: the occasions two parties meet at ("the sidelines of the summit", "talks in Doha")
_VENUES = event_words()["venue_noun"]


def speaker_of_misparsed_conj(coder: Coder, verb: Any) -> Any:
    """"The United States said the election was not free and urged the government
    to release activists": the parser hangs "urged" on the reported clause's verb;
    a verb of speaking, demanding or blaming ("... was lawful and accused foreign
    diplomats of interfering") there, with no subject of its own, whose
    clause's subject is no actor ("the election"), is the speaker's."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.dep_ != "ccomp" \
            or _lemma(head.head) not in _SPEECH \
            or _lemma(verb) not in _DEMAND | _SPEECH | _DEMANDERS | _COMMITTING | _JUDGING \
            or coder.child(verb, "nsubj", "nsubjpass") is not None:
        return None
    inner = coder.child(head, "nsubj", "nsubjpass")
    backshifted = any(a.dep_ == "aux" and a.lower_ == "had" for a in coder.kids(head)) \
        and verb.tag_ == "VBD" and not any(a.dep_ == "aux" for a in coder.kids(verb))
    # ("said the administration had acted in bad faith and ordered officials to halt
    # the flights": a reported past perfect, then the narrator's plain past)
    # (a passive clause's subject is its patient, no doer of what is vowed next: "said
    # the reporter was being held as a bargaining chip and vowed to push for his release")
    if inner is not None and not backshifted and inner.dep_ != "nsubjpass" and (
            participants.entity_of(coder, inner) is not None
            or (inner.lemma_.lower() in evaluation_words().get("authored_noun", frozenset())
                and _lemma(verb) not in _COMMITTING  # (no document vows)
                # (nor does an act speak: "said the measures violated trade rules and
                # warned")
                and inner.lemma_.lower() not in evaluation_words().get("mute_noun", ())
                # (nor does one that only "is" something: "said the decision was
                # unlawful and called for a new inquiry")
                and not (_lemma(head) == "be" and coder.child(head, "acomp")))) \
            and not (_lemma(head) == "be" and coder.child(head, "attr") is not None):
        # ("said the decision was a whitewash and called for a new inquiry", "said the two
        # men were not members of its service and asked Venezuela for information": what
        # someone or something is said to be does not go on to ask)
        return None  # "said Iran was meddling and threatened ...": Iran's, maybe;
        # "said the draft resolution condemned ... and demanded": the document's
    return coder.child(head.head, "nsubj")


def doer_of_content_conj(coder: Coder, verb: Any) -> Any:
    """"The United States said there was evidence that González had won and threatened
    new sanctions", "Britain said it had proof that Russia was behind the poisoning and
    expelled 23 diplomats": the parser hangs the verb on the clause a noun's "that"
    opens; in the plain past with no subject of its own, after that clause's past
    perfect or its "was" of a state, it is the narrator's, done by the subject of the
    clause that holds the noun."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ != "VBD" \
            or head.dep_ != "acl" or head.head.pos_ != "NOUN" \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in coder.kids(head)) \
            or coder.child(verb, "nsubj", "nsubjpass") is not None \
            or any(a.dep_ == "aux" for a in coder.kids(verb)):
        return None
    auxes = {a.lower_ for a in coder.kids(head) if a.dep_ == "aux"}
    state = _lemma(head) == "be" and not any(
        c.dep_ in ("acomp", "attr") and c.pos_ == "VERB" for c in coder.kids(head))
    if "had" not in auxes and not state:
        return None  # "evidence that Iran supplied drones and trained fighters": Iran's
    gov = head.head.head  # the verb whose object or attribute the noun is
    if head.head.dep_ not in ("dobj", "attr", "pobj") or gov.pos_ not in ("VERB", "AUX"):
        return None
    subj = coder.child(gov, "nsubj")
    if subj is not None and subj.dep_ == "expl":
        subj = None
    if subj is None or subj.lower_ == "there":
        # "said there was evidence ...": the one who says it
        up = gov.head if gov.dep_ == "ccomp" else None
        subj = coder.child(up, "nsubj") if up is not None else None
    return subj


def prep_objects(coder: Coder, t: Any, preps: AbstractSet[str]) -> list[Any]:
    out: list[Any] = []
    for c in coder.kids(t):
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in coder.kids(c) if g.dep_ == "pobj")
            # "an investigation into whether Meta had breached the rules": the one the
            # clause is about
            out.extend(n for g in coder.kids(c) if g.dep_ == "pcomp"
                       for n in coder.kids(g) if n.dep_ in ("nsubj", "nsubjpass")
                       and n.pos_ in ("NOUN", "PROPN"))
        if c.dep_ == "prt":  # "crack down on": the preposition hangs on the particle
            for cc in coder.kids(c):
                if cc.dep_ == "prep" and cc.lower_ in preps:
                    out.extend(g for g in coder.kids(cc) if g.dep_ == "pobj")
    return out


def positions(coder: Coder, where: tuple[str, ...], m: Match) -> list[tuple[str, Any]]:
    """Actors at the first of ``where`` that names one (target or source slots)."""
    if m.matched == "outlet" and m.obj is not None and m.obj.pos_ == "PROPN" \
            and where is m.pattern.targets:
        # "suspended the BBC and Voice of America": the outlets named are the target
        # (whatever the parser hangs on the first: "the BBC | of America")
        named = participants.entities_of(coder, m.obj)
        named += [(e, x) for c in m.obj.conjuncts for e, x in participants.entities_of(coder, c)
                  if e not in {n for n, _ in named}]
        if named:
            return named
    if where is m.pattern.targets and m.obj is not None and m.pattern.objects \
            and m.obj.lemma_.lower() in _BORDER_NOUNS and where != ("-",):
        # "reopened its borders with Mongolia to tourists": the neighbour beyond the
        # border, before whoever may now cross it
        withs = prep_objects(coder, m.obj, {"with"}) + [
            g for c in coder.kids(m.trigger) if c.i == m.obj.i + 1 and c.lower_ == "with"
            for g in coder.kids(c) if g.dep_ == "pobj"]  # (or hung on the verb)
        beyond = [(e, x) for w in withs for e, x in participants.entities_of(coder, w)]
        if beyond:
            return beyond
    for pos in where:
        found: list[Any] = []
        if pos == "-":
            return []
        if pos == "dobj":
            if m.xcomp is not None:
                # "urged Iran to release the prisoners", "asked New Delhi to extradite
                # her": the one urged, as CAMEO codes appeals (0253: "that target releases
                # persons"; 0213: in extraditions the country, not the person); the
                # object of what is asked only when no one urged is named
                found = [coder.child(m.trigger, "dobj"), coder.child(m.xcomp, "dobj")]
            elif m.last is not m.trigger and m.last.dep_ == "prep":
                # "threatened South Korea with military action": the verb's own object,
                # or the noun an object relative clause is on ("two diplomats it
                # accused of spying")
                found = [coder.child(m.trigger, "dobj") or coder.gap_object(m.trigger)]
            elif m.pattern.objects:
                # the constrained object is the target only where the lexicon says
                # so first ("train troops", "summon the ambassador")
                found = [m.obj] if m.pattern.targets[0] == "dobj" else []
            else:
                found = [m.obj]
        elif pos == "told":
            # "ordered French troops to leave the country": the one ordered
            found = [coder.child(m.trigger, "dobj")] if m.xcomp is not None else []
        elif pos == "iobj":
            d = coder.child(m.trigger, "dative", "iobj")
            found = [coder.child(d, "pobj") or d] if d is not None else []
        elif pos == "poss":
            host = m.trigger if m.pattern.kind == "noun" else m.obj
            found = [coder.child(host, "poss")] if host is not None else []
            if host is not None and found == [None] and m.pattern.kind != "noun":
                # "blocked a European Union plan", "rejected the Kremlin proposal": a
                # name before the noun is its owner as a possessive is
                held = coder.tok_entity.get(host.i)
                coded = held is not None and coder.by_id[held].actor is not None
                found = [c for c in coder.kids(host) if ((
                    c.dep_ == "compound" and c.pos_ == "PROPN") or (
                    # ... and a people's adjective: "recognised a Palestinian state" (not
                    # where the two are an actor: "praised the Ukrainian army")
                    c.dep_ == "amod" and c.ent_type_ == "NORP" and not coded))
                         and c.i + 1 == host.i and any(
                             coder.by_id[e].actor is not None
                             for e, _ in participants.entities_of(coder, c))]
                # (but "blocked the Europe Bridge": a place's name, no actor; and "the
                # Bucha massacre" is where, not who)
        elif pos == "subj":
            t = m.trigger
            if t.tag_ == "VBG" and t.dep_ == "advcl" and coder.child(t, "nsubj") is None \
                    and _lemma(t.head) in _SPEECH:
                # "Iran executed a man ..., Mizan said, drawing condemnation": what draws
                # it is the act told before it in the sentence, whoever reports it
                # (the main one: not "a man convicted of killing a guard")
                act = min((c for c in coder.found if c.trigger.i < t.i
                           and c.sentence == coder.sent_of.get(t.i)
                           and c.source is not None and c.code[:2] not in ("01", "02")),
                          key=lambda c: sum(1 for _ in c.trigger.ancestors), default=None)
                if act is not None and act.source is not None:
                    return [(act.source, act.source_tok)]
            if t.tag_ == "VBG" and t.dep_ == "advcl" and coder.child(t, "nsubj") is None \
                    and t.head.dep_ == "relcl" and t.i > 0 and coder.doc[t.i - 1].text == ",":
                # "deporting thousands of Afghans who lack papers, drawing criticism": the
                # parse hangs the participle on the relative clause; it is the main act's
                main = t.head.head
                while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
                    main = main.head
                doer = subject(coder, main) if main.pos_ in ("VERB", "AUX") else None
                got = participants.entities_of(coder, doer) if doer is not None else []
                if got:
                    return got
            found = [m.subject]
        else:
            hosts = [x for x in (m.obj, m.last, m.trigger) if x is not None
                     and not (pos == "by" and m.passive and x is not m.obj)]
            if pos == "by" and m.pattern.kind == "noun":
                # "the expulsion of two diplomats by Lithuania": the parser hangs the doer
                # on the one acted on
                hosts += prep_objects(coder, m.trigger, {"of"})
            if m.obj is not None and pos != "by" and m.obj.conjuncts:
                # "sent 30 warplanes and nine navy ships near Taiwan": the phrase the
                # parser hangs on the last of the objects joined is all of theirs
                hosts.append(max(m.obj.conjuncts, key=lambda x: x.i))
            if pos == "against":
                # "marched through the capital to protest against the cuts": the
                # purpose clause says against whom
                hosts += [c for c in coder.kids(m.trigger) if c.dep_ == "advcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in coder.kids(c))]
            if m.obj is not None and m.obj.pos_ == "PRON" and m.obj.lower_ in ("it", "them"):
                # "eased sanctions on Venezuela ... but reimposed them": on whom they were
                ante = coder.antecedent(m.obj)
                # (the phrase may hang on the noun or on its verb: "lifted tariffs on X")
                hosts += [ante, ante.head] if ante is not None else []
            # (the agent of a passive is its doer: "was condemned by the UN")
            if pos == "from" and m.pattern.kind == "noun":
                # "criticism of the decision from Kenya": the parser hangs the
                # critic on what is criticised; "condemnation came from X",
                # "statements of condemnation have come from X": on the verb
                hosts += prep_objects(coder, m.trigger, {"of"})
                hosts += arrived_from(coder, m.trigger)
            found = [x for h in hosts for x in prep_objects(coder, h, {pos})
                     if x.ent_type_ not in ("DATE", "TIME")]  # ("on Saturday")
            if not found and m.obj is not None:
                # "tariffs of 25 percent on imports": the phrase hung on the measure;
                # "pledged 2 billion euros in military aid to Ukraine": on what it is
                found = [x for o in prep_objects(
                    coder, m.obj, {"of", "in"} if pos in ("to", "for") else {"of"})
                    for x in prep_objects(coder, o, {pos})]
            if not found and pos == "by" and m.obj is not None:
                # "attacked the proclamation of the Golan Heights as Israeli territory by
                # Donald Trump": the act's doer, however deep the parser hung the "by"
                found = [coder.child(k, "pobj") for k in m.trigger.subtree
                         if k.i > m.obj.i and k.lower_ == "by" and k.dep_ in ("prep", "agent")
                         and within_clause(k, m.trigger)][:1]
            t = m.trigger
            if not found and m.pattern.kind == "noun" and (
                    t.dep_ == "dobj" or (t.dep_ == "nsubj" and pos == "between")):
                # "approved a loan to Kenya", "fighting erupted between the army and
                # the RSF": the parser hangs the noun's phrase on the verb whose
                # object or subject the noun is; only a phrase after the noun
                found = [x for x in prep_objects(coder, t.head, {pos}) if x.i > t.i]
        for x in found:
            if x is None or (m.pattern.objects and x is m.obj and pos not in ("dobj", "told")):
                continue  # ("told" is the one ordered, whose act matched: never the object)
            if pos == "dobj" and x.tag_ in ("WDT", "WP") and m.trigger.dep_ == "relcl" \
                    and m.trigger.head.i < x.i:
                x = m.trigger.head  # "Estonia's envoy, whom it accused of spying": the envoy
            # "sent troops to its border with Ukraine": the neighbour beyond it, not
            # whose border it is
            # (the parser may hang the "with" on the verb: "sent police to their
            # borders with Ecuador")
            ents = [e for w in prep_objects(coder, x, {"with"}) + [
                        g for c in coder.kids(x.head.head) if c.i == x.i + 1
                        and c.lower_ == "with" and x.head.dep_ in ("prep", "dative")
                        for g in coder.kids(c) if g.dep_ == "pobj"]
                    for e in participants.entities_of(coder, w)] \
                if x.lemma_.lower() in _BORDER_NOUNS else []
            if not ents and (pos == "subj" or (pos in ("dobj", "poss") and m.pattern.code[:2]
                                               in ("11", "12") and not m.pattern.objects)):
                # "ruled that his arrest was illegal", "condemned his arrest": the act
                # done to him stands for whoever did it (not "Israel's attack", whose
                # owner did it)
                ents = anaphora.owned_act(coder, x.head if pos == "poss" else x, m.trigger,
                                          frozenset()) or []
            if not ents and pos == "dobj" and m.pattern.code[:2] in ("11", "12") \
                    and x.pos_ == "NOUN" and by_agent(coder, x) is not None:
                # "the deportation of 200 Haitians by the Dominican Republic was
                # condemned": the act judged is its doer's, not whom it was done to
                judge = coder.tok_entity.get(m.subject.i) if m.subject is not None else None
                ents = [(e, tok) for e, tok in doer_of(coder, x) if e != judge]
            ents = ents or participants.entities_of(coder, x)
            if not ents and pos in ("against", "over") and x.pos_ == "NOUN":
                # "protested against the cuts ordered by President Milei", "against new
                # rules on fertiliser use adopted by the EU": the act's doer
                ents = act_doer(coder, x)
            if not ents and pos == "dobj" and x.pos_ == "PRON" and x.lower_ == "them":
                # "detained 30 protesters and later released them": those detained
                ante = coder.antecedent(x)
                ents = participants.entities_of(coder, ante) if ante is not None else []
            if not ents and x.lemma_.lower() in _GOODS:
                # "tariffs on imports from Canada and Mexico": whose goods they are
                # ... or where they are made ("electric vehicles made in China")
                froms = [k for k in coder.kids(x) if k.dep_ == "prep" and k.lower_ == "from"]
                froms += [k for a in coder.kids(x) if a.dep_ == "acl" and a.tag_ == "VBN"
                          and a.lemma_.lower() in _MAKING
                          for k in coder.kids(a) if k.dep_ == "prep" and k.lower_ == "in"]
                ents = [e for k in froms for g in coder.kids(k) if g.dep_ == "pobj"
                        for e in participants.entities_of(coder, g)]
            if not ents and (pos == "subj" or (pos == "dobj" and m.pattern.code[:2] in ("11", "12")
                                                and not m.pattern.objects) or (
                    # "expressed concern over the arrest", "voiced alarm at the
                    # killings": so does the act a worry or a complaint is about
                    pos in ("over", "about", "at") and m.pattern.code[:2] in ("01", "11", "12"))):
                # "The arrests drew criticism from the EU": the act stands for
                # whoever did it; "police fired tear gas ... Brussels condemned the
                # violence": so does the act condemned
                if x.tag_ == "WDT" and m.trigger.dep_ == "relcl":
                    x = m.trigger.head  # "a series of launches that Seoul condemned"
                if x.pos_ == "PRON" and x.lower_ in ("it", "them"):
                    # "rallied against the law, and the president vowed to veto it"
                    x = coder.antecedent(x) or x
                # (a government condemning "the killings" means another's before its
                # own forces' told since: "the army killed 12 of the attackers ... the
                # president condemned the killings")
                # (only for acts of force: a minister may criticise his parliament's vote)
                roots = _ANAPHORS.get(x.lemma_.lower()) or ()
                forceful = bool(roots) and all(r[:2] in _FORCE_ROOTS or r[:2] == "14"
                                               for r in roots)
                own = _state_side(coder, m.subject) if m.pattern.code[:2] in ("11", "12") \
                    and forceful else frozenset()
                ents = (own and anaphora.event_anaphor(coder, x, m.trigger, m.pattern.code,
                                                       besides=own)) \
                    or anaphora.event_anaphor(coder, x, m.trigger, m.pattern.code)
            if pos == "dobj" and m.pattern.code[:2] in ("18", "19", "20"):
                # "shelled rebel-held villages", "bombed Houthi-controlled areas of
                # Hodeidah": ground is attacked for whoever holds it
                ents = held_by(coder, x) or ents
            if pos in ("in", "at", "near"):
                # "targeted a ship in the Red Sea": a place no one holds (a sea, a
                # desert) is where, not whom
                ents = [(e, tok) for e, tok in ents if coder.by_id[e].actor is not None]
                if m.pattern.code[:3] in ("045", "046"):
                    # "talks mediated by Turkey in Ankara": a town is a mediation's venue
                    # (a visit's is its host: "arrived in Amman")
                    ents = [(e, tok) for e, tok in ents
                            if tok is None or coder.town_at(tok) is None]
            if pos == "dobj" and m.pattern.code[:2] in ("15", "18", "19", "20"):
                # troops deployed are the means; soldiers kidnapped are the target
                ents = [(e, tok) for e, tok in ents if not weapon(coder, e) or (
                    m.pattern.code[:2] != "15" and not hardware(coder, e))]
            urged = coder.child(m.trigger, "dobj") if pos == "dobj" and m.xcomp is not None \
                else None
            if ents and urged is not None and x is not urged \
                    and all(coder.country(e) is None for e, _ in ents):
                # "urged Ankara to release all journalists held in its prisons": people
                # of no country asked for are whose release the one urged holds
                continue
            if ents:
                return ents
    return []


def _where_struck(coder: Coder, struck: Any, own_ids: set[str],
                  mine: set[str | None]) -> list[tuple[str, Any]]:
    """Whom a judgement of an act of force whose doer is not named is aimed at: by
    convention the country where it happened -- the place its "in", "at" or "near"
    names ("the killing of two aid workers in Sudan"), else the place or the country's
    ground it struck ("the attack on Israel", "the strikes on Ukrainian cities"), never
    the people it struck ("a UN convoy", "Chinese nationals") nor the judge's own
    country ("India condemned the attack in Pahalgam": no one)."""
    def fits(e: str) -> bool:
        return e not in own_ids and coder.country(e) is not None \
            and coder.country(e) not in mine
    objs = [x for x in struck.subtree if x.dep_ == "pobj"
            and within_clause(x, struck, by_parse=True)]
    for x in objs:
        if x.head.lower_ in ("in", "at", "near"):
            e = coder.by_id.get(coder.tok_entity.get(x.i) or "")
            if e is not None and e.type in ("GPE", "LOC") and coder.country(e.id):
                return [(e.id, x)] if fits(e.id) else []
    for x in objs:
        if x.head.lower_ not in ("on", "against") or x.head.head.i != struck.i:
            continue
        e = coder.by_id.get(coder.tok_entity.get(x.i) or "")
        if e is not None and e.type in ("GPE", "LOC"):
            return [(e.id, x)] if fits(e.id) else []
        if e is None and x.pos_ == "NOUN" and coder.roles(x.lower_) is None \
                and coder.roles(x.lemma_.lower()) is None:
            # ground or works of a country ("Ukrainian cities", "Iran's nuclear
            # facilities"), not its people ("Nigerian soldiers")
            ents = [(i, tok) for i, tok in participants.entities_of(coder, x) if fits(i)]
            if ents:
                return ents[:1]
    return []


#: Acts a threat aimed at no one answers (rejection, threats, sanctions, coercion, force).
_ANSWERED_ROOTS = frozenset({"12", "13", "16", "17", "18", "19", "20"})
#: Verbs of striking back ("vowed to retaliate", "vowed to respond"): aimed at whoever
#: struck first
_RETALIATE = frozenset({"retaliate", "avenge", "revenge", "respond", "react"})
#: Nouns whose "with" names the state on the other side ("its border with Ukraine")
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def act_doer(coder: Coder, noun: Any) -> list[tuple[str, Any]]:
    """The actors that did the act a noun names: its possessor ("Milei's cuts") or
    the agent of a participle in its phrase, wherever the parser hung the participle
    ("cuts to public universities ordered by Milei", "rules on fertiliser use adopted by
    the EU")."""
    poss = coder.child(noun, "poss")
    if poss is not None:
        return participants.entities_of(coder, poss)
    for k in noun.subtree:
        if k.dep_ == "agent" and k.head.dep_ == "acl" and k.head.tag_ == "VBN":
            g = coder.child(k, "pobj")
            if g is not None:
                return participants.entities_of(coder, g)
    return []


#: The roles of a state's own bodies and forces
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _state_side(coder: Coder, subject: Any) -> frozenset[str]:
    """The article's entities of the state a government subject speaks for: the
    country, its government, forces, police, courts, legislature (empty for anyone
    else)."""
    if subject is None:
        return frozenset()
    states = {ent.actor.country for e, _ in participants.entities_of(coder, subject)
              if (ent := coder.by_id.get(e)) is not None and ent.actor is not None
              and ent.actor.country and "GOV" in ent.actor.roles}
    return frozenset(e.id for e in coder.entities if e.actor is not None
                     and e.actor.country in states
                     and (not e.actor.roles or set(e.actor.roles) & _STATE_ROLES))


#: Verbs of a punishment a court has decided, whose "for"/"of" gerund is what their object
#: did ("sentenced X for insulting officials"); not an accusation's, which is alleged
#: ("accused Israel of attacking": left to the accusation)
_PUNISHING = frozenset({"sentence", "convict", "jail", "imprison", "fine", "punish", "execute"})


#: dependencies that open a clause of its own
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})


def within_clause(t: Any, verb: Any, by_parse: bool = False) -> bool:
    """Does ``t`` hang on ``verb`` through phrases only: no other verb between, or, by
    the parse's links (``by_parse``), no clause between (a noun the tagger reads as a
    verb, "a freeze on X", is no clause then)?"""
    while t.i != verb.i:
        if by_parse and t.dep_ in _CLAUSE_DEPS:
            return False
        t = t.head
        if not by_parse and t.i != verb.i and t.pos_ in ("VERB", "AUX"):
            return False
        if t.head.i == t.i and t.i != verb.i:
            return False
    return True


def state(coder: Coder, eid: str) -> bool:
    """A state or its government: a country itself, or an actor with a government
    role ("Kenya", "the foreign ministry", "Kenyan officials")."""
    e = coder.by_id.get(eid)
    if e is None or e.actor is None or not e.actor.country:
        return False
    return (e.actor.code == e.actor.country and e.type == "GPE") or \
        "GOV" in e.actor.roles


def arrived_from(coder: Coder, noun: Any) -> list[Any]:
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


def weapon(coder: Coder, eid: str) -> bool:
    """"North Korea fired several rounds of artillery": a military word whose
    country is only the article's guess is what is fired, not whom it is fired at."""
    e = coder.by_id.get(eid)
    return e is not None and e.actor is not None and "MIL" in e.actor.roles and any(
        ev.kind == "context" for ev in e.actor.evidence)


def hardware(coder: Coder, eid: str) -> bool:
    """Is the entity named by a word for weapons or vehicles ("artillery",
    "warplanes"), not for people ("two soldiers", "troops")?"""
    e = coder.by_id.get(eid)
    return e is not None and _singular(e.name.split()[-1].lower()) in _HARDWARE


def refusers(coder: Coder, t: Any) -> list[tuple[str, Any]]:
    """Who refuses ``t``: the subject of the "refuse"/"decline" verb above it."""
    h = t
    for _ in range(4):
        if h.head.i == h.i:
            return []
        h = h.head
        if _lemma(h) in _REFUSE:
            subj = subject(coder, h)
            return participants.entities_of(coder, subj) if subj is not None else []
    return []


def demander(coder: Coder, t: Any) -> str | None:
    """Who says that ``t`` must happen: the subject of the speech verb above it."""
    h = t.head if t.pos_ == "ADJ" and t.dep_ in ("acomp", "attr") else t
    for _ in range(4):
        if h.dep_ in ("ccomp", "xcomp", "advcl", "conj") and h.head.i != h.i:
            gov = h.head
            if _lemma(gov) in _DEMANDERS:
                subj = subject(coder, gov)
                if subj is not None:
                    return participants.entity_of(coder, subj)
            h = gov
        else:
            break
    return None


def fallback_target(coder: Coder, m: Match,
                    sources: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """No target where the pattern looks: an actor of another side that the
    event is directed at ("offered to hand over to Great Britain", "aid to
    Mozambique"), through a preposition on the trigger, its open clause or object."""
    mine = {coder.country(s) for s, _ in sources}
    own_ids = {s for s, _ in sources}
    own_codes = {coder.code(s) for s in own_ids} - {None}
    urged = coder.child(m.trigger, "dobj") if m.xcomp is not None else None
    if urged is not None and urged.pos_ == "NOUN" \
            and not participants.entities_of(coder, urged):
        return []  # "urged all parties to settle disputes through the courts": the ones
        # urged are named, though no one the tables code; nothing in what they are
        # urged to do is the target
    xlemma = _lemma(m.xcomp) if m.xcomp is not None else ""
    home = mine - {None}  # (an uncoded doer's side is no side)

    def against_us(c: Candidate) -> bool:
        """Was ``c`` done to the doer's side by another?"""
        return c.source is not None and c.source not in own_ids \
            and coder.country(c.source) not in home \
            and (c.target in own_ids or coder.country(c.target) in home)
    if own_ids and (xlemma in _RETALIATE or _lemma(m.trigger) in _RETALIATE):
        # "India struck Pakistan ... Sharif vowed to retaliate": against the last one
        # who used force on the vower's side
        blow = participants.last_act(coder, m.trigger.i, _FORCE_ROOTS - {"17"}, against_us)
        if blow is not None and blow.source is not None:
            return [(blow.source, blow.source_tok)]
    if m.pattern.code[:2] == "13" and own_ids and m.xcomp is None \
            and coder.child(m.trigger, "xcomp") is None and not prep_objects(
                coder, m.trigger, {"against", "on", "at", "to", "with"}):
        # "Canada imposed tariffs on Chinese cars. China warned that it would take all
        # necessary steps": a threat aimed at no one, with no act of its own named
        # ("threatened to resign" is not one), answers the last hostile act against
        # the one who makes it
        blow = participants.last_act(coder, m.trigger.i, _ANSWERED_ROOTS, against_us)
        if blow is not None and blow.source is not None:
            return [(blow.source, blow.source_tok)]
    if m.pattern.code == "016" and own_ids:
        # "Gonet accused Bolsonaro of leading a criminal organisation. Bolsonaro denied
        # any wrongdoing": a denial answers the last accusation or charge against them
        # (else the last arrest or charge: "a court ordered the arrest of Imamoglu on
        # corruption charges ... Imamoglu denied the charges")
        # (a state denies for its organs: "Britain accused Russia's GRU ... Moscow denied
        # involvement")
        state = any(coder.by_id[e].type == "GPE" for e in own_ids if e in coder.by_id)

        def organ(eid: str | None) -> bool:  # a state's government, army, police or spies
            e = coder.by_id.get(eid or "")
            return e is not None and e.actor is not None and bool(
                {"GOV", "MIL", "COP", "SPY"} & set(e.actor.roles))

        def accused_us(c: Candidate) -> bool:
            return c.source is not None and c.source not in own_ids and c.target in own_ids

        def against_our_organs(c: Candidate) -> bool:
            return c.source is not None and c.source not in own_ids and organ(c.target) \
                and coder.country(c.target) in mine and coder.country(c.source) not in mine

        for accused in (accused_us, against_our_organs) if state else (accused_us,):
            for roots in (frozenset({"11"}), frozenset({"17"})):
                accuser = participants.last_act(coder, m.trigger.i, roots, accused)
                if accuser is not None and accuser.source is not None:
                    return [(accuser.source, accuser.source_tok)]
    if (m.matched or m.trigger.lemma_.lower()) in _MOURNING:
        # "Tributes were paid by world leaders": to the one whose death the article
        # reports
        dead = deceased(coder, m.trigger)
        if dead is not None and dead[0] not in own_ids:
            return [dead]
        # ... or to the victims of the last killing it reports ("an attack killed more
        # than 70 people ... Niger sent condolences")
        killed = participants.last_act(
            coder, m.trigger.i, _FORCE_ROOTS - {"17"},
            lambda c: c.target is not None and c.target not in own_ids
            and coder.country(c.target) not in mine)
        if killed is not None and killed.target is not None:
            return [(killed.target, None)]

    def other(found: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        # another actor: not a source, nor coded as one ("the opposition demanded
        # that the president ..." is Zimbabwe's opposition to Zimbabwe's government)
        if len(own_ids) > 1:  # "Czechia and Albania upgraded their ties": each other
            return [(e, tok) for e, tok in found if coder.country(e) not in mine]
        return [(e, tok) for e, tok in found
                if e not in own_ids and coder.code(e) not in own_codes]

    if m.pattern.code == "045" and m.trigger.dep_ == "acl" and m.trigger.tag_ == "VBN" \
            and m.trigger.head.pos_ == "NOUN":
        # "agreed to a truce brokered by Saudi Arabia": a deal's mediator mediates
        # between whoever the deal is between, else whoever made it
        noun = m.trigger.head
        sides = prep_objects(coder, noun, {"between"})
        gov = noun.head.head if noun.dep_ == "pobj" else noun.head
        maker = subject(coder, gov) if noun.dep_ in ("dobj", "pobj") \
            and gov.pos_ in ("VERB", "AUX") else None
        for x in (*sides, *([maker] if maker is not None and not sides else [])):
            ents = other(participants.entities_of(coder, x))
            if ents:
                return ents
    if m.pattern.code[:3] == "045":
        # "France and the United States have been trying to broker a deal to calm the
        # border": between the last two who acted against each other, of neither
        # mediator's country
        last = participants.last_adversaries(coder, m.trigger.i,
                                             frozenset(c for c in mine if c is not None))
        if last is not None and last.source is not None and last.target is not None:
            return [(last.source, last.source_tok), (last.target, last.target_tok)]
    # "demanded that the Sudanese government end curbs": who is to act
    clause = coder.child(m.trigger, "ccomp")
    subj = coder.child(clause, "nsubj", "nsubjpass") if clause is not None else None
    if subj is not None:
        # (not the source's own state: "Russia's foreign ministry warned that Moscow
        # would expel British diplomats" is no warning to Russia)
        ents = [(e, tok) for e, tok in other(participants.entities_of(coder, subj))
                if not (coder.code(e) == coder.country(e) and coder.country(e) in mine)]
        if ents:
            return ents
    # "condemned the attack on a UN convoy in Mali": whom an act of force struck is not
    # whom its judgement is aimed at
    struck = m.obj if m.pattern.code[:2] in ("11", "12") and m.obj is not None \
        and m.obj.pos_ == "NOUN" and (kinds := _ANAPHORS.get(m.obj.lemma_.lower())) \
        and all(r[:2] in _FORCE_ROOTS for r in kinds) else None
    xcomp = m.xcomp or coder.child(m.trigger, "xcomp")
    xobj = coder.child(xcomp, "dobj") if xcomp is not None else None
    hosts = [x for x in (m.trigger, xcomp, m.obj, xobj) if x is not None]
    # (where two parties sign or meet is no third party: "Armenia and Azerbaijan signed
    # a peace agreement at the White House"; one side's "talks at the Kremlin" are with
    # Russia)
    meeting = len(own_ids) > 1 and (_mutual(m.pattern.code) or m.pattern.code[:2] == "04")
    for host in hosts:
        if host is struck:
            continue
        for x in prep_objects(coder, host, _DIRECTED - ({"at"} if meeting else set())):
            if meeting and x.lemma_.lower() in _VENUES:
                continue  # "met on the sidelines of the NATO summit": where, not with whom
            ents = other(participants.entities_of(coder, x))
            if ents:
                return ents
    # "pledged $50 million to help Bangladesh cope": whom the purpose clause of a
    # promise, an aid or a cooperation says it is for (not of a demand: "demanding a
    # U.N. presence to protect them" asks the U.N.)
    for c in coder.kids(m.trigger) if m.pattern.code[:2] in ("03", "05", "06", "07") else ():
        if c.dep_ != "advcl" or _lemma(c) not in _HELPING or not any(
                k.dep_ == "aux" and k.lower_ == "to" for k in coder.kids(c)):
            continue
        comp = coder.child(c, "ccomp", "xcomp")
        for x in (coder.child(c, "dobj"), coder.child(comp, "nsubj") if comp is not None
                  else None):
            ents = other(participants.entities_of(coder, x)) if x is not None else []
            if ents:
                return ents
    # "threatened to stop the talks if the United States goes ahead": a threat is
    # aimed at the one whose act would carry it out
    # ... and an offer or readiness the one whose act it waits for ("ready to negotiate
    # if Beijing shows good faith")
    if m.pattern.code[:2] in ("13", "03") or threat_like(coder, m.trigger):
        # (an adjective's condition hangs on its copula, an open clause's on the verb it
        # completes: "was ready [to resume talks] if X")
        up = [m.trigger]
        while up[-1].dep_ in ("acomp", "attr", "xcomp") and up[-1].head.i != up[-1].i \
                and len(up) < 4:
            up.append(up[-1].head)
        for host in (*up, m.xcomp or coder.child(m.trigger, "xcomp")):
            for c in coder.kids(host) if host is not None else ():
                # (the parser may make the condition a complement: "threatened to strike
                # if the government went ahead")
                if c.dep_ in ("advcl", "ccomp") and any(
                        k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in coder.kids(c)):
                    subj = coder.child(c, "nsubj", "nsubjpass")
                    ents = other(participants.entities_of(coder, subj)) if subj is not None else []
                    if ents:
                        return ents
    if m.pattern.code[:2] == "16" and m.obj is not None:
        # "imposed sanctions including a freeze on Niger's assets": whom a measure's own
        # phrases aim it at, however deep ("on", "against" or a possessor in them)
        for x in m.trigger.subtree:  # (the parser may hang "including" on the verb)
            if x.i <= m.obj.i or not within_clause(x, m.trigger, by_parse=True):
                continue
            if (x.dep_ == "pobj" and x.head.lower_ in ("on", "against")) or x.dep_ == "poss":
                ents = [(e, tok) for e, tok in other(participants.entities_of(coder, x))
                        if coder.by_id[e].actor is not None]
                if ents:
                    return ents
    # "rejected a U.S. request", "denounced Serbia's suppression": whose thing it is
    for host in (m.obj, xobj):
        if host is None or (m.pattern.objects and host is m.obj and m.matched and
                            is_instrument(coder, host)):
            continue
        if any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in coder.kids(host)):
            # "attacked the recognition of the region by X": the act's doer, not
            # what it was done to
            ents = other(doer_of(coder, host))
            if ents:
                return ents
        ents = [(e, tok) for e, tok in other(participants.entities_of(coder, host))
                if not weapon(coder, e)
                # ("Tributes were paid", the model's name: the act's own noun)
                and not (m.matched and m.matched not in NAME_ITEMS and host is m.obj
                         and tok is not None and tok.i == host.i)]
        if ents:
            return ents
    # "condemned the crackdown the army launched", "attacked the recognition of
    # the region by the government of Slovakia": the doer of the
    # act the event is aimed at
    for host in [x for h in hosts for x in prep_objects(coder, h, _DIRECTED)] + [
            x for x in (m.obj, xobj) if x is not None]:
        ents = other(doer_of(coder, host))
        if ents:
            return ents
    # "Belarus rejected the demand", "condemned the arrests": the earlier event
    # the object refers back to is whom this one answers
    # (and the noun a participle is said of: "a ruling condemned by rights groups")
    t = m.trigger
    patient = t.head if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ == "NOUN" \
        and coder.child(t, "agent") is not None else None
    for host in (m.obj, xobj, patient):
        found = anaphora.event_anaphor(coder, host, m.trigger, m.pattern.code) \
            if host is not None else []
        # (an act judged is its doer's, of whatever country: a Turkish rights group
        # condemns a Turkish court's ruling)
        ents = [(e, tok) for e, tok in found if e not in own_ids] \
            if host is patient else other(found)
        if ents:
            return ents
    if struck is not None:
        return _where_struck(coder, struck, own_ids, mine)
    # "sent 21 personnel to Bosnia", "contribute troops to a force in Liberia": the
    # country the act is done in or sent to, as CAMEO codes it
    venue = (len(own_ids) > 1 and (_mutual(m.pattern.code) or _lemma(m.trigger) in
                                   _EXCHANGE_VERBS)) or m.pattern.code[:2] == "04" or (
        m.obj is not None and m.obj.lemma_.lower() in _VENUES)
    # ("swapped prisoners in Doha": each other, where; "walked out of the talks in
    # Washington": the talks' place)
    # (a meeting in a place is no meeting with it: "ECOWAS leaders met in Abuja")
    for x in clause_tokens(coder, m.trigger, depth=4):
        if x.dep_ != "pobj" or x.head.lower_ not in ("to", "in", "into", "inside"):
            continue
        if venue and x.head.lower_ != "to":
            continue  # "the government and the opposition resumed talks in Mexico
            # City": where two parties meet each other, not a third
        eid = coder.tok_entity.get(x.i)
        e = coder.by_id.get(eid or "")
        if e is not None and e.type == "GPE" and coder.country(eid) not in mine:
            return [(e.id, x)]
    if m.pattern.code[:2] in ("11", "12") or m.pattern.code[:3] == "114":
        # "Japan lodged a protest after a Chinese aircraft carrier sailed near its
        # islands": a complaint is aimed at whoever did what it answers (not a demand:
        # "demanded elections after a court cleared him" asks no court)
        for c in coder.kids(m.trigger):
            if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "after"
                                         for k in coder.kids(c)):
                subj = coder.child(c, "nsubj")
                ents = other(participants.entities_of(coder, subj)) if subj is not None else []
                if not ents and subj is not None and subj.pos_ == "NOUN":
                    ents = other(participants.nationality_of(coder, subj))
                if ents:
                    return ents
    crowd = _crowd_of_protest(coder, m, own_ids)
    if crowd:
        return crowd
    # "threatened to resume attacks in Israel", "mobilized reservists for a war
    # against Iraq", "prevented the demonstration staged by students": the
    # nearest other actor in the event's own clause, outside its subject
    own = {s for s, _ in sources}
    if len(own) > 1:
        return []  # "Kenya and Uganda agreed": each other, as the caller codes it
    instrument = {x.i for x in m.obj.subtree} if (
        m.obj is not None and m.pattern.objects and is_instrument(coder, m.obj)) else set()
    related = evaluation_words().get("relation_noun", frozenset())
    inside = {y.i for _, tok in sources if tok is not None for y in tok.children
              if y.dep_ in ("compound", "poss")}
    for x in clause_tokens(coder, m.trigger, depth=5, skip=_NOT_TARGET_DEPS):
        if x.i in instrument or pair_member(coder, x):
            continue  # "mobilized army reservists": the means, not the target
        if x.i in inside:
            continue  # "attacks by Yemen's Houthi rebels": a name in the doer's phrase
        if any(a.lower_ == "according" for a in x.ancestors if a.i != m.trigger.i
               and m.trigger.i in {g.i for g in a.ancestors}):
            continue  # "..., according to a UN report": who tells it, not whom it is at
        if any(a.lemma_.lower() in related for a in x.ancestors if a.i != m.trigger.i
               and m.trigger.i in {g.i for g in a.ancestors}):
            continue  # "detained a critic of President Saied": not Saied
        if x.dep_ == "poss" and x.head.dep_ == "pobj" and x.head.head.lower_ in _TEMPORAL_PREPS:
            continue  # "attacked military buildings after his arrest": when, not whom
        if x.dep_ == "pobj" and x.head.i > 0 and (
                coder.doc[x.head.i - 1].lemma_.lower() in _SYMPATHY
                or x.head.head.lemma_.lower() in _SYMPATHY):
            continue  # "targeted a ship in solidarity with Gaza": for whom, not at whom
        # (and the country set beside the town: "the summit in Kazan, Russia")
        at = x.head if x.dep_ == "appos" and x.head.dep_ == "pobj" else x
        if (venue or m.pattern.code[:2] == "17") and at.dep_ == "pobj" \
                and at.head.lower_ in _LOCATIVE and at.head.lower_ not in _DIRECTED:
            continue  # ("met in Abuja": where, not with whom; "broke up a protest
            # outside parliament": where the crowd was, not whom the police acted on)
        eid = participants.entity_of(coder, x, 2)
        e = coder.by_id.get(eid or "")
        if e is None or e.actor is None or not e.actor.country or eid in own or \
                weapon(coder, e.id):
            continue
        if coder.country(eid) in mine and not e.actor.roles:
            continue  # "the fighting in Lebanon" is not an act against Lebanon's own
        return [(e.id, x)]
    return []


def _crowd_of_protest(coder: Coder, m: Match,
                      own: set[str]) -> list[tuple[str, Any]]:
    """"Police used water cannon to break up a protest outside parliament ..., as
    demonstrators denounced the government": a repression (17x) of a protest the clause
    names is aimed at the protesters its sentence names."""
    if m.pattern.code[:2] != "17":
        return []
    heads = [m.trigger, m.xcomp or coder.child(m.trigger, "xcomp"),
             *[c for c in coder.kids(m.trigger) if c.dep_ == "advcl"]]
    objects = [x for h in heads if h is not None for x in coder.kids(h) if x.dep_ == "dobj"]
    if not any(p.code[:2] == "14" for x in objects
               for p in coder.lex.nouns.get(x.lemma_.lower(), [])):
        return []
    crowd = evaluation_words().get("protester_noun", frozenset())
    sent = coder.sent_of.get(m.trigger.i)
    for e in coder.entities:
        if e.actor is None or e.id in own:
            continue
        for x in e.mentions:
            span = coder.doc.char_span(x.start, x.end, alignment_mode="expand")
            if span is not None and coder.sent_of.get(span.root.i) == sent \
                    and span.root.lemma_.lower() in crowd:
                return [(e.id, None)]
    return []


def held_by(coder: Coder, noun: Any) -> list[tuple[str, Any]]:
    """Whoever holds the ground ``noun`` names, by a participle of holding before it
    ("rebel-held villages", "Houthi-controlled areas"): that holder's entity."""
    k = next(participle_namers(noun, _HOLDING), None)
    return participants.entities_of(coder, k) if k is not None else []


def deceased(coder: Coder, before: Any) -> tuple[str, Any] | None:
    """The person the article last reports dead before ``before`` ("X died on
    Friday", "X passed away"), if any."""
    found: tuple[str, Any] | None = None
    for t in coder.toks:
        if t.i >= before.i:
            break
        if t.lemma_.lower() not in ("die", "pass") or t.pos_ != "VERB" or (
                t.lemma_.lower() == "pass" and not any(
                    c.lower_ == "away" for c in coder.kids(t))):
            continue
        subj = coder.child(t, "nsubj")
        eid = participants.entity_of(coder, subj) if subj is not None else None
        e = coder.by_id.get(eid or "")
        if e is not None and e.type == "PERSON" and e.actor is not None:
            found = (e.id, subj)
    return found


def doer_of(coder: Coder, noun: Any) -> list[tuple[str, Any]]:
    """Who did the act a noun names: its "by" agent ("the proclamation ... by the
    president") or the subject of a relative clause on it ("the state of emergency
    Trump declared")."""
    reduced = reduced_relative(coder, noun)
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in coder.lex.nouns and not any(
            c.dep_ == "relcl" for c in coder.kids(noun)) and reduced is None):
        return []
    if reduced is not None:
        return participants.entities_of(coder, reduced)
    agent = by_agent(coder, noun)
    if agent is not None:
        return participants.entities_of(coder, agent)
    for c in coder.kids(noun):
        if c.dep_ == "relcl":
            subj = coder.child(c, "nsubj")
            if subj is not None and subj.pos_ != "PRON":
                return participants.entities_of(coder, subj)
    return []


def by_agent(coder: Coder, t: Any) -> Any:
    """The object of ``t``'s own "by" ("the proclamation ... by the president"), never a
    deadline ("the withdrawal of troops by the end of the year")."""
    def doer(c: Any) -> Any:
        g = coder.child(c, "pobj")
        if g is None or g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _TIME_NOUNS:
            return None
        return g

    def own_by(tok: Any, names: bool = False) -> Any:
        """The doer in ``tok``'s own "by" (only a noun or a name, if ``names``)."""
        return next((g for c in coder.kids(tok) if c.dep_ in ("prep", "agent")
                     and c.lower_ == "by" and (g := doer(c)) is not None
                     and (not names or g.pos_ in ("NOUN", "PROPN"))), None)

    g = own_by(t)
    if g is None and t.pos_ == "NOUN" and t.lemma_.lower() in coder.lex.nouns:
        # "the deportation of 200 Haitians by the Dominican Republic": the parser hangs
        # the doer on the one the act was done to
        g = next((g for o in prep_objects(coder, t, {"of"})
                  if (g := own_by(o, names=True)) is not None), None)
    if g is not None:
        return g
    h = t.head
    if t.dep_ == "dobj" and h.pos_ == "VERB" and coder.child(h, "auxpass") is None:
        # "condemned the killing of 19 protesters by police": the parser hangs the act's
        # "by" on the active verb whose object it is
        for c in coder.kids(h):
            if c.dep_ == "prep" and c.lower_ == "by" and c.i > t.i:
                g = doer(c)
                if g is not None and g.pos_ in ("NOUN", "PROPN"):
                    return g
    return None


def reduced_relative(coder: Coder, noun: Any) -> Any:
    """The subject of a relative clause with no "that" which the parser took for a
    second main verb ("filed a lawsuit against the state of emergency Trump
    declared" parsed as "filed ... and Trump declared"): a verb coordinated with
    no "and", "or" or comma before it, whose subject starts right after the noun
    phrase, is a clause on that noun."""
    doc = coder.doc
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


def threat_like(coder: Coder, t: Any) -> bool:
    """Is ``t`` an act announced for later that the coder will code as a threat?"""
    modality = mood.modality_of(coder, t)[0]
    return modality in ("intended", "conditional")


def pair_member(coder: Coder, x: Any) -> bool:
    """Is ``x`` one side of a hyphenated pair ("Tehran-Baku ties", "US-PRC
    relations")? Such a pair names a relation, not someone acted upon."""
    doc = coder.doc
    for dash, other in ((x.i - 1, x.i - 2), (x.i + 1, x.i + 2)):
        if 0 <= other < len(doc) and doc[dash].text in ("-", "–") and \
                coder.tok_entity.get(other) is not None:
            return True
    return False


def is_instrument(coder: Coder, obj: Any) -> bool:
    """Is the matched object the doer's own means ("troops", "reservists",
    "police") rather than someone acted upon?"""
    e = coder.by_id.get(coder.tok_entity.get(obj.i) or "")
    return e is not None and e.actor is not None and bool(
        set(e.actor.roles) & {"MIL", "COP", "SPY"})


def clause_tokens(coder: Coder, t: Any, depth: int = 3,
                   skip: frozenset[str] = frozenset()) -> list[Any]:
    """Tokens below ``t`` down to ``depth`` levels, shallowest first, not into
    other clauses (nor below ``skip`` dependencies)."""
    out: list[Any] = []
    frontier = [t]
    for level in range(depth):
        nxt = [c for x in frontier for c in coder.kids(x)
               if c.dep_ not in ("ccomp", "advcl", "relcl", "parataxis", "conj")
               and c.dep_ not in skip and not (level == 0 and skip and c.dep_ in _DOER_DEPS)]
        out.extend(nxt)
        frontier = nxt
    return out


def state_patient(coder: Coder, t: Any) -> Any:
    """"The party would remain banned", "he remains detained": the subject of a verb
    of staying or becoming is the one its participle was done to."""
    if t.tag_ != "VBN" or _lemma(t) in _STATIVE | _POSTURES or \
            coder.child(t, "nsubjpass", "dobj", "agent") is not None:
        return None  # ("troops remain deployed": where they are, their own doing)
    if t.dep_ in ("acomp", "xcomp", "oprd") and t.head.i != t.i \
            and _lemma(t.head) in _STATE_VERBS and coder.child(t, "nsubj") is None:
        return coder.child(t.head, "nsubj", "nsubjpass")
    aux = next((c for c in coder.kids(t) if c.dep_ in ("aux", "auxpass") and (
        _lemma(c) in _STATE_VERBS or _mend(c.lower_, _STATE_VERBS) is not None)), None)
    if aux is not None:  # (the parser's "remains" as an auxiliary, the subject on either)
        return coder.child(t, "nsubj") or coder.child(aux, "nsubj")
    return None


def raised_patient(coder: Coder, t: Any) -> Any:
    """"Odinga is said to have been arrested", "is expected to be sentenced": the
    subject of the raising verb is the one a passive complement is done to."""
    if t.dep_ != "xcomp" or coder.child(t, "auxpass") is None or \
            coder.child(t, "nsubjpass", "nsubj") is not None or \
            _lemma(t.head) not in evaluation_words().get("raising_verb", ()):
        return None
    return coder.child(t.head, "nsubjpass")


def noun_doer(coder: Coder, t: Any, attack: bool = False) -> list[tuple[str, Any]]:
    """Who does an event noun the lexicon's positions left without a doer:
    its nationality ("Israeli air raids", "US sanctions"), its "by" ("the attack on
    the base by al-Shabab") or, for an ``attack`` noun, its possessor ("Turkey's
    offensive"; "their imprisonment" is done to them), else the subject of
    the verb that stages it ("Nigerians converged for a rally", "Italy
    announced a suspension of air links")."""
    mods = [c for c in coder.kids(t) if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i]
    # "US Predator attacks": the nationality may qualify the modifier
    mods += [g for c in mods for g in coder.kids(c) if g.dep_ in ("amod", "compound")]
    for c in mods:
        prev = coder.doc[c.i - 1] if c.i > 0 else None
        if prev is not None and prev.lower_ in ("anti", "pro", "-"):
            continue
        eid = coder.tok_entity.get(c.i)
        e = coder.by_id.get(eid or "")
        if e is not None and e.actor is not None and e.type in ("GPE", "NORP", "ORG"):
            return [(e.id, c)]
    # "Turkey's offensive", "the attack on the base by al-Shabab": its possessor or agent
    for c in coder.kids(t):
        whom = c if c.dep_ == "poss" and attack else next(
            (g for g in coder.kids(c) if g.dep_ == "pobj"),
            None) if c.dep_ == "prep" and c.lower_ == "by" else None
        found = participants.entities_of(coder, whom) if whom is not None else []
        if found:
            return found
    for rel in coder.kids(t):
        if rel.dep_ == "relcl" and _lemma(rel) in _BLAMING:
            # "an attack that Hamas blamed on Israel": the one it is blamed on did it
            on = next((coder.child(c, "pobj") for c in coder.kids(rel)
                       if c.dep_ == "prep" and c.lower_ == "on"), None)
            found = participants.entities_of(coder, on) if on is not None else []
            if found:
                return found
    h = t
    if h.dep_ == "pobj" and h.head.dep_ == "prep":
        h = h.head
    if h.dep_ == "prep" and h.lower_ == "for" and h.head.pos_ == "VERB" \
            and _lemma(h.head) in _ANSWERING:
        # "blamed the Pakistani Taliban for a suicide bombing": who answers for it did it
        held = coder.child(h.head, "dobj")
        found = participants.entities_of(coder, held) if held is not None else []
        if found:
            return found
    if h.dep_ in ("dobj", "prep") and h.head.pos_ in ("VERB", "AUX") and \
            _lemma(h.head) in _SUPPORT_VERBS:
        subj = subject(coder, h.head)
        if subj is not None:
            return participants.entities_of(coder, subj)
    return []


def unnamed(coder: Coder, t: Any, kind: str) -> bool:
    """Is ``t`` a noun for a party nobody names or codes (``unnamed_parties.tsv``):
    no entity, or one no country is known for ("the attacker")?"""
    if t is None or t.pos_ != "NOUN":
        return False
    eid = coder.tok_entity.get(t.i)
    if eid is not None and coder.country(eid):
        return False
    words = coder.lex.unnamed.get(kind, frozenset())
    mod = coder.child(t, "compound")
    return t.lemma_.lower() in words or t.lower_ in words or (
        mod is not None and f"{mod.lemma_.lower()} {t.lemma_.lower()}" in words)


def doerless_subject(coder: Coder, verb: Any) -> Any:
    """The subject of ``verb`` when it names the act or its weapon, or someone
    nobody names ("a suicide bombing killed 12", "a car bomb hit the base", "a
    man began to stab people"), else None."""
    subj = subject(coder, verb)
    if subj is not None and (unnamed(coder, subj, "act") or unnamed(coder, subj, "assailant")):
        return subj
    return None


def victims(coder: Coder, c: Candidate) -> bool:
    """Are whom the act is done to people nobody names ("stabbed people", "three
    civilians were killed")?"""
    t = c.trigger
    if t.pos_ not in ("VERB", "AUX"):
        return False
    obj = coder.child(t, "dobj", "nsubjpass") or participle_patient(coder, t)
    return unnamed(coder, obj, "victim")


def counterpart(coder: Coder, source: str | None) -> str | None:
    """The country entity the article pairs with the source's country."""
    mine = coder.country(source)
    best, best_n = None, 0
    for e in coder.entities:
        if e.actor is None or not e.actor.country or e.actor.roles:
            continue
        if e.actor.country == mine or e.type not in ("GPE",):
            continue
        n = sum(1 for m in e.mentions if m.text.lower() not in _GROUP_PRONOUNS)
        if n > best_n:
            best, best_n = e.id, n
    return best


def law_maker(coder: Coder, subj: Any) -> list[tuple[str, Any]]:
    """A law does what its makers do with it: "the parliament voted to pass a bill
    which decriminalized abortion", "the president signed a decree that bans
    rallies" -- the legislature decriminalized, the president bans. The makers are
    whoever passed, signed or issued the law in that clause, or its author ("the
    law parliament passed", "the decree by the president")."""
    e = coder.by_id.get(coder.tok_entity.get(subj.i) or "")
    if subj.lemma_.lower() not in evaluation_words().get("law_noun", frozenset()) and \
            (e is None or e.type != "LAW"):
        return []
    makes = evaluation_words().get("law_making_verb", frozenset())
    if subj.dep_ in ("dobj", "nsubjpass") and subj.head.pos_ == "VERB" and \
            _lemma(subj.head) in makes:  # ("criticized the law which bans": not theirs)
        doer = subject(coder, subj.head)
        makers = participants.entities_of(coder, doer) if doer is not None else []
        if makers:
            return makers
    return doer_of(coder, subj)
