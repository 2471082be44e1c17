"""Mentions by role ("the SNSC chief", "the police"), kinship ("his son") and pronoun."""

from __future__ import annotations

from typing import Any

from ...knowledge.actors import norm
from ...knowledge.events import evaluation_words, event_words
from ..quotes import DOCUMENTS
from .model import Mention
from .names import Names
from .words import (
    _BARE_MEANS,
    _BARE_SENSES,
    _BLOC_NOUNS,
    _EXECUTIVE_NOUNS,
    _GROUP_PRONOUNS,
    _GROUP_QUANTIFIERS,
    _HELD_THINGS,
    _ISLAND_NOUNS,
    _KIN_GENDER,
    _KINSHIP,
    _LOCATIVE_PREPS,
    _MEMBER_NOUNS,
    _NOUN_DEPS,
    _OF_VERBS,
    _OTHER_PARTIES,
    _PLACE_DETERMINERS,
    _PLACE_NOUNS,
    _POSSESSIVE,
    _PRONOUNS,
    _REGION_NOUNS,
    _REPRESENTATIVES,
)

#: person nouns whose "of" names someone else ("a critic of X", "an aide of Y")
_RELATION_NOUNS = evaluation_words().get("relation_noun", frozenset())
#: Verbs that give a label ("called X a hostile force"): what they give names no one.
_NAMING_VERBS = evaluation_words().get("naming_verb", frozenset())


class Nominals(Names):
    """Mentions by role ("the SNSC chief", "the police"), kinship ("his son") and pronoun."""

    def _nominal_mentions(self) -> list[Mention]:
        out = []
        for t in self.tokens:
            if t.i in self.taken or t.i in self.described:
                continue
            if any(a < t.idx < b for a, b in self.text_names):
                continue  # 'a "foreign agents" bill': the bill's name, no agents
            if t.pos_ not in ("NOUN", "PROPN") and not (
                    # "ordered the accused remain in custody": a participle used as a noun
                    t.pos_ in ("VERB", "ADJ") and t.dep_ in _NOUN_DEPS
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)):
                continue
            if t.dep_ in ("compound", "amod") and t.head.lemma_.lower() not in DOCUMENTS \
                    and not (t.head.lemma_.lower() in _HELD_THINGS and t.head.i > t.i
                             and self.find.role_at(t) and not t.ent_type_):
                continue  # a modifier: "President" in "President Aliyev", "police officer"
                # (but "the government statement" is the government's, and "the army
                # base" the army's)
            kin = self._relative(t)
            if kin is not None:
                out.append(kin)
                continue
            hit = self.find.role_at(t)
            if not hit:
                named = self._named_head(t) or self._bloc(t)
                if named is not None:
                    out.append(named)
                    self.taken.update((t.i - 1, t.i))
                continue
            phrase, is_group, role_tokens = hit
            if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                continue  # "No officer was instructed to shoot": no one
            if (t.dep_ in ("oprd", "attr") or (t.dep_ == "pobj" and t.head.lower_ == "as")) \
                    and (t.head.head if t.dep_ == "pobj" else t.head).lemma_.lower() \
                    in _NAMING_VERBS:
                continue  # 'called Beijing a "foreign hostile force"', "described them as
                # terrorists": a label given, no one named
            mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nummod")]
            if t.lemma_.lower() == "party" and t.is_lower and (any(
                    c.dep_ == "prep" and c.lower_ == "to" for c in t.children) or (
                    any(c.lower_ in _OTHER_PARTIES for c in t.children if c.dep_ in (
                        "amod", "det", "nummod", "predet"))
                    and all(c.lower_ in _OTHER_PARTIES for c in mods))):
                continue  # "third parties", "all parties to the conflict": no party's
                # (but "the two main opposition parties", "all political parties")
            if t.lower_ in _BARE_MEANS and not any(
                    c.dep_ in ("det", "poss", "nummod") for c in t.children):
                continue  # "the excessive use of force": a means
            is_group = is_group or t.tag_ in ("NNS", "NNPS")
            left = t.i
            for c in t.lefts:
                if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "advmod") \
                        and not (c.dep_ == "amod" and c.lower_ in _LOCATIVE_PREPS):
                    # (not "outside" of "rallied outside parliament", parsed an adjective)
                    left = min(left, c.left_edge.i)
            for c in t.lefts:
                joined = [x for x in c.children if x.dep_ == "conj" and x.i < t.i]
                if c.dep_ in ("nmod", "compound") and joined and not self.kb.country(
                        joined[0].text) and ((c.pos_ == "PROPN" and self.kb.country(c.text)) or (
                            c.pos_ == "NOUN" and joined[0].pos_ == "PROPN"
                            and (r := self.kb.role(c.lemma_.lower())) is not None
                            and r.kind == "group")):
                    # "Congo and M23 rebels will hold talks", "Congo's government and M23
                    # rebels signed": a state (or its body) and the group's rebels, not
                    # rebels of both
                    left = max(left, joined[0].left_edge.i)
                cc = next((x for x in c.children if x.dep_ == "cc"), None)
                if c.dep_ in ("nmod", "compound") and c.ent_type_ == "ORG" and cc is not None \
                        and not joined and cc.i < t.i and all(
                            x.is_lower or x.ent_type_ in ("NORP", "GPE")
                            for x in self.doc[cc.i + 1:t.i + 1]):
                    # "Russia's Africa Corps and Malian troops": a named body and the
                    # troops after the "and", which the parse left unjoined (not inside
                    # one name: "the Disaster and Emergency Management Presidency")
                    left = max(left, cc.i + 1)
            if t.lemma_.lower() in _MEMBER_NOUNS and not self.kb.role(t.lemma_.lower()):
                # "U.S. military personnel": the body's words and what stands right
                # before them (a country, an article), not a misparsed phrase around
                # them ("an air base housing U.S. military personnel")
                left = role_tokens[0].i
                while left > 0 and (prev := self.doc[left - 1]).head.i == t.i and (
                        prev.dep_ in ("det", "poss") or prev.ent_type_ in ("GPE", "NORP")):
                    left -= 1
            right = t.i
            for c in t.rights:
                # "the president of Burundi"; "the spokesperson for the government"
                if c.lower_ == "of" and t.dep_ == "dobj" and t.head.lemma_.lower() in _OF_VERBS:
                    continue  # "accused the government of war crimes": the charge
                if c.lower_ == "of" and t.lemma_.lower() in _RELATION_NOUNS and not is_group:
                    continue  # "a critic of President Saied": someone else's "of"
                noun_of = c.dep_ == "prep" and (c.lower_ == "of" or (
                    c.lower_ == "for" and not is_group) or (
                    c.lower_ == "to" and t.lemma_.lower() in _REPRESENTATIVES)) and any(
                    g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
                # "Experts from the United Nations": people of a named body, theirs (not
                # "at", where people are: "migrants at a UN camp")
                noun_of = noun_of or (c.dep_ == "prep" and c.lower_ == "from"
                                      and is_group and any(
                                          g.ent_type_ == "ORG" and g.pos_ == "PROPN"
                                          for g in c.subtree))
                if noun_of and c.right_edge.i - t.i <= 10:
                    right = max(right, c.right_edge.i)
            tokens = [x for x in self.doc[left:right + 1]]
            comma = next((k for k, x in enumerate(tokens) if x.i > t.i and x.text == ","), None)
            if comma is not None:  # "the director of X, Lucia Ferrer,": the name is apart
                tokens = tokens[:comma]
            while tokens and (tokens[-1].is_punct or tokens[-1].text in _POSSESSIVE):
                tokens = tokens[:-1]
            while tokens and (tokens[0].is_punct or tokens[0].is_space):
                tokens = tokens[1:]
            if not tokens or (any(x.i in self.person_tokens for x in tokens) and not (
                    # "the Trump administration", "the Maduro government": a head of
                    # government's name before the body is its name, not the mention
                    is_group and t.lemma_.lower() in _EXECUTIVE_NOUNS.keys() | {"government"}
                    and (all(x.i < t.i for x in tokens if x.i in self.person_tokens) or (
                        # "the government of President Nicolas Maduro": the same, after
                        t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "of"
                        and all(x.i > t.i + 1 for x in tokens if x.i in self.person_tokens)))
                    and not any(x.text in _POSSESSIVE for x in tokens)) and not (
                    # "a spokesperson for President X", "an aide to X": someone who
                    # speaks for the person named after the role, not that person
                    not is_group and t.lemma_.lower() in _REPRESENTATIVES
                    and all(x.i > t.i for x in tokens if x.i in self.person_tokens)) and not (
                    # "Hasina's supporters", "relatives of Imran Khan": people of the
                    # person named, not that person
                    (is_group and t.tag_ in ("NNS", "NNPS")
                     and all(self._owner_phrase(x, t) for x in tokens
                             if x.i in self.person_tokens))
                    # "Machado's campaign manager", "Putin's spokesman": someone of theirs
                    or (not is_group and all(self._owner_phrase(x, t, of=False) for x in tokens
                                             if x.i in self.person_tokens)))):
                continue
            det = tokens[0].lower_
            if det in ("our", "my", "we"):
                continue  # "our country's ...": the speaker's side, resolved by events
            found = self.find.country_of_tokens(tokens)
            words = frozenset(x.lower_ for x in tokens if x.is_alpha)
            acr = {x.lower_ for x in tokens if x.is_upper and len(x.text) > 1}
            # "as quoted by Greek Reporter": a capitalised role phrase with no article
            # or possessive inside a sentence is a name (an outlet's), not an anaphor
            bare_name = (not is_group and t.text[:1].isupper() and t.i > t.sent.start
                         and tokens[0].dep_ not in ("det", "poss")
                         and tokens[0].text[:1].isupper() and tokens[0].i > t.sent.start)
            m = self._mention(tokens, "nominal", "ORG" if is_group else "PERSON",
                              country=found[0] if found else None, words=words | acr,
                              role_head=phrase, group=is_group,
                              definite=det not in ("a", "an", "another", "one", "some")
                              and not bare_name)
            m.head = t
            out.append(m)
            if is_group and len(tokens) > 1 and t.is_lower:
                self.org_heads.setdefault(t.lower_, []).append(m)
            self.taken.update(range(role_tokens[0].i, t.i + 1))
            self.in_nominal.update(x.i for x in tokens)
        return out

    def _named_head(self, t: Any) -> Mention | None:
        """"Nigeria's electoral commission declared ... accused the commission of
        rigging": "the" and the last word of an organisation named before (the nearest
        such) is that organisation, a mention of its name."""
        if t.pos_ not in ("NOUN", "PROPN") or t.tag_ not in ("NN", "NNP") or not t.is_lower \
                or t.i == 0 or t.lower_ not in self.kb.org_words or t.lower_ in _BARE_SENSES:
            return None  # (a body's word: "the commission", not "the front" troops go to;
            # a lowercase word the tagger calls a proper noun is still the word)
        det = self.doc[t.i - 1]
        charge = t.dep_ == "dobj" and t.head.lemma_.lower() in _OF_VERBS
        if det.lower_ != "the" or det.head.i != t.i or det.i in self.taken or any(
                c.i < t.i and c.i != det.i for c in t.children) or (not charge and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                for c in t.children)):
            return None  # ("the commission of inquiry" is another; "accused the
            # commission of rigging": the charge)
        named = [m for m in self.org_heads.get(t.lower_, ()) if m.end <= det.idx]
        if not named:
            return None
        first = named[-1]
        if first.kind == "nominal":  # "Nigeria's electoral commission": a body by its role
            return self._mention([det, t], "nominal", "ORG", country=first.country,
                                 words=first.words, role_head=first.role_head, group=True,
                                 definite=True)
        return self._mention([det, t], "name", "ORG", key=first.key)

    @staticmethod
    def _owner_phrase(x: Any, t: Any, of: bool = True) -> bool:
        """Is ``x`` inside the possessive (or, with ``of``, the "of" phrase) of ``t``?"""
        while x.i != t.i and x.head.i != x.i:
            if x.head.i == t.i:
                return bool(x.dep_ == "poss" or (of and x.dep_ == "prep" and x.lower_ == "of"))
            x = x.head
        return False

    def _bloc(self, t: Any) -> Mention | None:
        """"The European Union ... the bloc", "NATO ... the 32-nation alliance": the
        nearest intergovernmental organisation named before, within three sentences."""
        if t.lower_ not in _BLOC_NOUNS or t.tag_ != "NN" or t.i == 0:
            return None
        left = [c for c in t.children if c.i < t.i]
        det = next((c for c in left if c.dep_ == "det" and c.lower_ == "the"), None)
        if det is None or det.i in self.taken or any(
                c is not det and not (c.dep_ in ("amod", "compound", "nummod") and (
                    c.like_num or any(x.like_num for x in c.subtree)))
                for c in left):
            return None  # ("the opposition alliance", "a new alliance": another)
        igos = [m for m in self.igo_mentions if m.end <= det.idx
                and m.sent >= self.sent_of.get(t.i, 0) - 3]
        if not igos:
            return None
        tokens = [x for x in self.doc[det.i:t.i + 1]]
        return self._mention(tokens, "igo", "ORG", key=igos[-1].key)

    def _relative(self, t: Any) -> Mention | None:
        """A relative named by kinship ("her husband", "his daughter", "the son of
        Ayesha Khan"): a person of their own, never the one they are related to."""
        if t.lemma_.lower() not in _KINSHIP or t.tag_ not in ("NN", "NNP"):
            return None
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if owner is None and of is None:
            return None
        if t.dep_ == "appos":
            return None  # "Rahul Mehta, his son,": the name is the mention
        # "his son, Rahul Mehta", "his widow Denise": a mention of its own, which the
        # resolver joins to the name right after it (Merging._kin_named)
        left = min([t.i] + [c.left_edge.i for c in t.lefts if c.dep_ in ("poss", "amod", "det")])
        tokens = list(self.doc[left:t.i + 1])
        # whose relative: the owner's words, a pronoun by its sentence
        if owner is not None:
            whose = (f"{owner.lower_}@{self.sent_of.get(t.i, 0)}"
                     if owner.pos_ == "PRON" else norm(owner.text))
        else:
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            whose = norm(obj.text) if obj is not None else f"@{t.i}"
        m = self._mention(tokens, "kin", "PERSON", role_head=t.lemma_.lower(),
                          words=frozenset({t.lemma_.lower()}), key=whose,
                          gender=_KIN_GENDER.get(t.lemma_.lower()))
        m.head = t
        self.taken.update(x.i for x in tokens if x.lower_ not in _PRONOUNS)
        return m

    def _pronoun_mentions(self) -> list[Mention]:
        out = []
        for t in self.tokens:
            if t.i in self.taken or (t.lower_ not in _PRONOUNS and t.lower_ not in
                                     _GROUP_PRONOUNS and t.lower_ not in _PLACE_NOUNS
                                     and t.lower_ not in _REGION_NOUNS
                                     and t.lower_ not in _ISLAND_NOUNS
                                     and not _standalone_group(t)
                                     and not _acting_it(t)):
                continue
            quote = self._quote_at(t.idx)
            gender = _PRONOUNS.get(t.lower_)
            if quote is not None:
                # inside a quotation "he" is someone the quotation itself named before
                # ("we told the president ... He resisted"); "our country", "this
                # nation" the country the story is about; otherwise left alone
                if gender is not None:
                    m = self._mention([t], "quoted_pronoun", "PERSON", gender=gender)
                    m.key = str(quote)
                    out.append(m)
                elif t.lower_ in _PLACE_NOUNS and t.tag_ == "NN" and t.dep_ not in (
                        "compound", "amod", "nmod"):
                    tokens = self._place_reference(t, quoted=True)
                    if tokens is not None:
                        out.append(self._mention(tokens, "country_ref", "GPE", key="quoted"))
                continue
            if gender is not None:
                out.append(self._mention([t], "pronoun", "PERSON", gender=gender))
            elif (t.lower_ in _GROUP_PRONOUNS and t.i not in self.in_nominal) or \
                    _standalone_group(t) or _acting_it(t):
                # "they", "their", "its": the organisation or group that is the subject
                # of this sentence or the last one (not "its forces", whose owner the
                # events stage reads clause by clause)
                out.append(self._mention([t], "group_pronoun", "ORG"))
            elif t.tag_ == "NN" and t.dep_ not in ("compound", "amod", "nmod"):
                tokens = self._place_reference(t)
                if tokens is not None:
                    kind = "region_ref" if t.lower_ in _REGION_NOUNS else (
                        "island_ref" if any(x.lower_ in _ISLAND_NOUNS for x in tokens)
                        else "country_ref")
                    out.append(self._mention(tokens, kind, "GPE"))
        return out

    def _place_reference(self, t: Any, quoted: bool = False) -> list[Any] | None:
        """"the country", "the African nation", "the state"; in a quotation also "this
        nation", "our country": the place the story is about, if nothing but a
        determiner and words that name no country of their own come before the noun,
        and no "of" after it ("the state of emergency"). (Out of quotations "that
        country" after two countries is either.)"""
        lefts = list(t.lefts)
        if not lefts or lefts[0].lower_ not in (_PLACE_DETERMINERS if quoted else ("the",)) \
                or lefts[0].i != min(
                x.i for x in t.subtree) or any(x.dep_ == "prep" for x in t.rights):
            return None
        for x in lefts[1:]:
            if x.dep_ not in ("amod", "compound") or self.kb.country(x.text) is not None \
                    or (x.ent_type_ in ("GPE", "ORG", "PERSON") and x.i in self.taken):
                return None
        if t.lower_ in _REGION_NOUNS and (len(lefts) > 1 or lefts[0].lower_ != "the"):
            return None  # "the Gulf state", "the Indian state": another place
        return list(self.doc[lefts[0].i:t.i + 1])


def _standalone_group(t: Any) -> bool:
    """"Both" or "all" as a subject of its own ("Both received prison terms"), not
    a determiner ("both countries") nor with a noun after it ("all of the men")."""
    return t.lower_ in _GROUP_QUANTIFIERS and t.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("prep", "det", "amod", "compound") for c in t.children)


#: verbs whose "it" is no one: the weather, the time, a clause put off to the end ("it is
#: unclear whether", "it seems", "it took three days")
_IMPERSONAL = event_words()["impersonal_verb"]


def _acting_it(t: Any) -> bool:
    """Is ``t`` an "it" that acts, the subject of a verb of doing or saying outside a
    quotation ("The junta expelled the ambassador. It accused him of interference",
    "Hungary sealed its border. It also deployed 2,000 soldiers"), which stands for the
    body or the country named before, as "its" does?"""
    return t.lower_ == "it" and t.dep_ == "nsubj" and t.head.pos_ == "VERB" \
        and t.head.lemma_.lower() not in _IMPERSONAL and not any(
            c.dep_ in ("acomp", "attr", "ccomp") and c.i > t.head.i and c.pos_ == "ADJ"
            for c in t.head.children)
