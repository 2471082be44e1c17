"""What the text says a named person is: titles before the name,
appositives after it, "of" the body they belong to."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from ...knowledge.events import anaphor_nouns
from ...records import Span
from .base import _State
from .model import Mention, _span, _trim
from .words import (
    _ACRONYM_AFTER,
    _AGE_OR_PEERAGE,
    _APPOSITIVE_STARTS,
    _GENERIC_ROLE_WORDS,
    _HONORIFICS,
    _KINSHIP,
    _LEADING_VERBS,
    _POSSESSIVE,
    _SPEAKING_FOR,
    _TITLE_MODIFIERS,
)

#: nouns of acts (the event nouns that refer back, ``anaphor_nouns.tsv``), which head a
#: phrase set after a name that says what happened, not who the named one is ("..., the
#: first visit by an Indian leader")
_EVENT_HEADS = frozenset(anaphor_nouns())


class Descriptions(_State):
    """What the text says a named person is: titles before the name,
    appositives after it, "of" the body they belong to."""

    def _body_led(self, after: int) -> list[Any] | None:
        """", who heads the central bank": the leading verb and the body it leads."""
        doc = self.doc
        if after + 2 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ != "who":
            return None
        verb = doc[after + 2]
        if verb.lemma_.lower() not in _LEADING_VERBS or verb.pos_ != "VERB":
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        return list(doc[verb.i:obj.right_edge.i + 1])

    def _titles_and_appositives(self, tokens: list[Any], m: Mention) -> list[Span]:
        """Descriptions of a person: the title before the name, the appositive after."""
        out: list[Span] = []
        words: set[str] = set()
        # Title: contiguous role words, country adjectives and modifiers before the name.
        i = tokens[0].i - 1
        left = tokens[0].i
        seen_role = False  # a person's role word met on the way back from the name
        while i >= 0:
            t = self.doc[i]
            if t.text == ")":  # "Member of Parliament (MP) Yvette Cooper"
                opening = next((k for k in range(i - 1, max(-1, i - 6), -1)
                                if self.doc[k].text == "("), None)
                if opening:
                    before = self.doc[opening - 1]
                    if before.is_title or self.kb.role(before.lower_):
                        inside = [self.kb.role(x.lower_) for x in self.doc[opening + 1:i]]
                        seen_role = seen_role or any(r is not None and r.kind != "group"
                                                     for r in inside)
                        i = opening - 1
                        continue
                break
            if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") \
                    and t.dep_ not in ("amod", "compound"):
                break  # "The demonstrators accused President X": the verb is no title
            if i == tokens[0].i - 1 and t.lower_ in ("for", "to"):
                break  # "Lawyers for Imran Khan", "an adviser to President X": whom they
                # serve, not his title
            role = self.kb.role(t.lower_) or self.kb.role(t.lemma_.lower())
            if role is not None and role.kind == "group" and t.tag_ in ("NNS", "NNPS") \
                    and not seen_role:
                break  # "Supporters of Imran Khan clashed": his people, no title of his
            is_title = (
                t.lower_ in _TITLE_MODIFIERS
                or t.lower_ in _KINSHIP
                # a person's title, not a group the name follows ("told local media
                # Novak's heart ...", "announcing to journalists Novak ...")
                or (role is not None and (
                    (role.kind != "group" and t.tag_ not in ("NNS", "NNPS"))
                    # a body inside a title, before the title's own role word: "Member of
                    # parliament (MP)", "union Aslef general secretary" -- not "on live
                    # television Erdogan"
                    or (seen_role and (t.dep_ in ("compound", "nmod", "amod")
                                       or (i > 0 and self.doc[i - 1].lower_ == "of")))))
                or self.kb.country(t.text) is not None
                or (t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ")
                    and t.ent_type_ not in ("DATE", "TIME"))  # not "On Wednesday"
                or (t.is_upper and len(t.text) > 1 and t.pos_ == "PROPN")
                or (t.text in _POSSESSIVE and i > 0)
                or t.lower_ in {"your", "his", "her", "their", "its"}
                or (t.text == "-" and i > 0)
                # "Secretary of State Warren Christopher", "Senator from Vermont"
                or (t.lower_ in ("of", "for", "and", "from", "to") and i > 0
                    and self.doc[i - 1].is_title and self.doc[i + 1].is_title)
            )
            if not is_title and t.is_alpha and i + 1 < tokens[0].i:
                # the first word of a role of several ("Senate minority leader",
                # "prime minister" after a lowercase "Former")
                nxt = self.doc[i + 1]
                is_title = self.kb.role(f"{t.lower_} {nxt.lower_}") is not None
            if not is_title and t.is_alpha and i > 0:
                # the last word of a role of two ("First lady Melania Trump")
                is_title = self.kb.role(f"{self.doc[i - 1].lower_} {t.lower_}") is not None
            if not is_title or i in self.person_tokens:
                break
            if role is not None and role.kind != "group":
                seen_role = True
            if (i in self.taken and i not in self.org_tokens and self.kb.country(t.text) is None
                    and t.ent_type_ not in ("GPE", "LOC")):
                break  # places stay in a title: "New Jersey governor", "Toronto lawyer"
            left = i
            i -= 1
        title = list(self.doc[left:tokens[0].i])
        while title and title[0].lower_ in {"and", "of", "for", "from", "to"}:
            title = title[1:]  # "Nyasha Moyo and | Tendai Chari": no title
        if title and title[-1].lower_ == "and":
            title = []  # "Machado and | Gonzalez", the first name missed: a list
        if title:
            self.described.update(t.i for t in title)
            while title and title[0].lower_ in {"your", "his", "her", "their", "its"}:
                title = title[1:]
            if title:
                out.append(_span(self.text, title[0].idx, title[-1].idx + len(title[-1].text)))
                words |= {t.lower_ for t in title if t.is_alpha}
                found = self.find.country_of_tokens(title)
                if found:
                    m.country = found[0]
        if not title:
            shared = self._shared_plural_title(tokens)
            if shared is not None:  # "opposition lawmakers Nyasha Moyo and Tendai Chari"
                first = min([shared.i, *(c.i for c in shared.children
                                         if c.dep_ in ("compound", "amod") and c.i < shared.i)])
                self.described.update(range(first, shared.i + 1))
                start = self.doc[first].idx
                out.append(_span(self.text, start, shared.idx + len(shared.text)))
        # Appositive: ", the Secretary of Iran's SNSC," right after the name.
        after = tokens[-1].i + 1
        # (past an age or a peerage first: "Maria Okafor, 54, the chief justice",
        # "Hamish Dunlop, Lord Brodie, the Lord President of the tribunal")
        skip = _AGE_OR_PEERAGE.match(self.text, self.doc[after].idx) \
            if after < len(self.doc) and self.doc[after].text == "," else None
        if skip:
            nxt = self.doc.char_span(skip.end() - 1, skip.end(), alignment_mode="expand")
            if nxt is not None and nxt[0].text == ",":
                peer = list(self.doc[after + 1:nxt[0].i])
                if peer and not peer[0].like_num:
                    # "Lord Brodie" is the same man: a mention of him, no one else
                    m.appositives.append(_span(self.text, peer[0].idx,
                                               peer[-1].idx + len(peer[-1].text)))
                    self.taken.update(t.i for t in peer)
                    self.person_tokens.update(t.i for t in peer)
                after = nxt[0].i
        if after < len(self.doc) and self.doc[after].text == ",":
            j = after + 1
            end = j
            has_role = False
            closed = False
            kin_at = None  # where "son of Y" starts after the role
            while j < len(self.doc) and j < after + 20:
                t = self.doc[j]
                if t.text in (",", ";", ".") and not (t.text == "," and j == after + 1):
                    closed = True
                    break
                if t.lower_ == "and" and has_role and j + 2 < len(self.doc) \
                        and self.doc[j + 1].lower_ in _KINSHIP and self.doc[j + 2].lower_ == "of":
                    # "X, the high-ranking al-Qaeda member and son of Y,": the role, and
                    # the kin of another named after it
                    closed = True
                    kin_at = j + 1
                    break
                if has_role and t.tag_ in ("VBG", "VBN") and t.dep_ == "acl":
                    closed = True  # "a Lyon lawyer representing Brandt": ends there
                    break
                if t.lower_ in ("who", "which", "that", "said", "says") or (t.pos_ in (
                        "VERB", "AUX") and t.dep_ != "amod"):  # "Algeria's leading activist"
                    # "X, the Lord President of the tribunal ruled": the verb the name is
                    # the subject of closes the appositive the writer left open
                    closed = has_role and t.pos_ == "VERB" and j > after + 2 and any(
                        c.dep_ == "nsubj" and tokens[0].i <= c.i <= tokens[-1].i
                        for c in t.children)
                    break
                if (self.kb.role(t.lower_) or self.kb.role(t.lemma_.lower())
                        or j in self.org_tokens or self.kb.country(t.text)):
                    has_role = True
                end = j
                j += 1
            first = self.doc[after + 1] if after + 1 < len(self.doc) else None
            closed = closed or j >= len(self.doc) or self.doc[j].is_sent_start
            if has_role and all(t.ent_type_ in ("GPE", "LOC") or t.is_punct
                                for t in self.doc[after + 1:end + 1]):
                # "Terry Jolly, 60, Lebanon, was arrested": a place alone is where
                # the person lives, no description of them (and no nationality)
                has_role = False
            if (closed and first is not None and first.lower_ in _KINSHIP
                    and after + 2 < len(self.doc) and self.doc[after + 2].lower_ == "of"):
                # "Tariq Mehmood, brother of Ayesha Khan, was sentenced": the man
                # himself, though what he is said to be is another's kin, no office
                self._kin_of_another(m, list(self.doc[after + 1:end + 1]))
            # another person's name makes it a list ("Al-Hamdan, Pope Francis, and")
            listed = any(self._person_tagged(self.doc[k]) and not (
                k + 1 < len(self.doc) and self.doc[k + 1].text in _POSSESSIVE)
                for k in range(after + 1, min(end + 1, len(self.doc))))
            if not has_role and end > after + 1:
                # a role of several words: "the Speaker of the House"
                seq = [x.lower_ for x in self.doc[after + 1:end + 1]]
                has_role = self._has_role_phrase(seq, shortest=2)
            heads = [x for x in self.doc[after + 1:end + 1]
                     if not after < x.head.i <= end and x.pos_ == "NOUN"]
            if has_role and len(heads) == 1 and heads[0].lower_ in _EVENT_HEADS:
                # "President Volodymyr Zelensky, the first visit by an Indian leader
                # since ...": the phrase is about an act, its role word another's
                has_role = False
            if closed and has_role and not listed and first is not None and end >= after + 1 and (
                    first.lower_ in _APPOSITIVE_STARTS or first.is_title
                    or first.lower_ in _TITLE_MODIFIERS
                    or self.kb.role(first.lower_) is not None
                    or self.kb.country(first.text)):
                app = list(self.doc[after + 1:end + 1])
                self.described.update(t.i for t in app)
                out.append(_span(self.text, app[0].idx, app[-1].idx + len(app[-1].text)))
                m.appositives.append(out[-1])
                words |= {t.lower_ for t in app if t.is_alpha}
                self._note_country(m, app)
                # an organisation named inside the appositive ("of Iran's SNSC")
                acro = _ACRONYM_AFTER.search(self.text, app[0].idx,
                                             app[-1].idx + len(app[-1].text) + 1)
                if acro:
                    words.add(acro.group(1).lower())
                if kin_at is not None:
                    # ... and "son of Y" is the man himself, as after a comma
                    stop = next((k for k in range(kin_at, min(len(self.doc), kin_at + 12))
                                 if self.doc[k].text in (",", ";", ".")), None)
                    if stop is not None and stop > kin_at + 2:
                        self._kin_of_another(m, list(self.doc[kin_at:stop]))
        # "X, who heads Nigeria's central bank,": the body the person leads
        led = self._body_led(tokens[-1].i + 1)
        if led is not None:  # (the body stays a mention of its own)
            out.append(_span(self.text, led[0].idx, led[-1].idx + len(led[-1].text)))
            words |= {t.lower_ for t in led[1:] if t.is_alpha}
            self._note_country(m, led)
        # "Lin Hsiu of Equal Rights Coalition Taiwan", "Kate Rowe of the UK's
        # National Crime Agency": the organisation the person speaks for
        of_org = self._of_organisation(tokens[-1].i + 1)
        after = tokens[-1].i + 1
        if of_org is None and after + 1 < len(self.doc) and self.doc[after].text == ",":
            # "Nazir Wali, of the Ghazni provincial council, said": an
            # appositive of its own, closed by a comma
            of_org = self._of_organisation(after + 1)
            close = of_org[-1].i + 1 if of_org else None
            if close is not None and (close >= len(self.doc)
                                      or self.doc[close].text not in (",", ".", ";")):
                of_org = None
        if of_org is not None:
            self.described.update(t.i for t in of_org)
            out.append(_span(self.text, of_org[0].idx, of_org[-1].idx + len(of_org[-1].text)))
            words |= {t.lower_ for t in of_org if t.is_alpha}
            self._note_country(m, of_org)
        for toks, is_mention in self._parsed_descriptions(
                tokens, has_title=left < tokens[0].i, has_appositive=bool(m.appositives)):
            sp = _span(self.text, toks[0].idx, toks[-1].idx + len(toks[-1].text))
            if any(o.start <= sp.start and sp.end <= o.end for o in out):
                continue
            self.described.update(t.i for t in toks)
            out.append(sp)
            if is_mention:
                m.appositives.append(sp)
            words |= {t.lower_ for t in toks if t.is_alpha}
            self._note_country(m, toks)
        m.words = frozenset(words)
        m.role_head = next((w for w in words if self.kb.role(w) and
                            w not in _GENERIC_ROLE_WORDS), None)
        return out

    def _note_country(self, m: Mention, tokens: list[Any]) -> None:
        """The first country a description of ``m`` names, if ``m`` has none yet."""
        if m.country is None:
            found = self.find.country_of_tokens(tokens)
            if found:
                m.country = found[0]

    def _parsed_descriptions(self, tokens: list[Any], has_title: bool,
                             has_appositive: bool) -> list[tuple[list[Any], bool]]:
        """Descriptions the dependency parse links to a name where the word-by-word
        reading above stops: (tokens, is it a mention of the person).

        * an appositive whose end no comma closes ("Peter Garang, the Information
          Minister said") or that starts with an adverb ("Tom Frieden,
          formerly the director of ...");
        * the noun a name is the appositive of ("Another former White House aide,
          Mark Ellison, said");
        * "speaking for / representing X" right after the name;
        * ", of the provincial council," after the name;
        * coordinated titles ("banker and party donor Alan Reid",
          "retired FBI agent and security specialist Ali Haddad").
        """
        doc = self.doc
        inside = {t.i for t in tokens}
        head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i),
                    tokens[-1])
        out: list[tuple[list[Any], bool]] = []
        if not has_appositive:
            for c in head.children:
                if c.dep_ == "appos" and c.i > tokens[-1].i:
                    span = self._phrase(list(c.subtree), c)
                    if (span and span[0].i <= tokens[-1].i + 2 and self._person_noun(c)
                            and self._describes(span)):
                        out.append((span, True))
            if head.dep_ == "appos" and head.head.i < tokens[0].i:
                noun = head.head
                # "The delegate to the U.S. House, NAME": the parse hangs the name on
                # the last noun; the role is the noun that phrase belongs to
                for _ in range(2):
                    if self._person_noun(noun) or noun.dep_ != "pobj" or \
                            noun.head.dep_ != "prep":
                        break
                    noun = noun.head.head
                span = self._phrase([t for t in noun.subtree if t.i < tokens[0].i], noun)
                between = doc[span[-1].i + 1:tokens[0].i] if span else []
                # "A New Zealander, Liam Porter, appeared": a demonym says whose
                demonym = noun.ent_type_ == "NORP" and self.kb.country(noun.text) is not None
                if (span and (self._person_noun(noun) or demonym) and self._describes(span) and all(
                        t.is_punct or t.i in self.described or t.lower_ in _HONORIFICS
                        for t in between)):
                    out.append((span, True))
        k = tokens[-1].i + 2
        if k < len(doc) and doc[k - 1].text == ",":
            c = doc[k]
            # the parse hangs "speaking for" on the name or on the verb: the comma decides
            if (c.tag_ == "VBG" and c.lemma_ in _SPEAKING_FOR) or (
                    c.dep_ == "prep" and c.lower_ == "of" and c.head.i in inside):
                span = self._phrase(list(c.subtree), c)
                if span and self._describes(span):
                    out.append((span, False))
        for c in head.children:
            if (c.i < tokens[0].i and c.dep_ in ("compound", "amod", "nmod")
                    and any(x.dep_ == "conj" for x in c.children)):
                span = list(doc[c.left_edge.i:tokens[0].i])
                # (titles, not a name the model missed: "Machado and Gonzalez")
                if span and not self._names_other(span) and self._has_role_phrase(
                        [t.lower_ for t in span], shortest=1):
                    out.append((span, False))
        return out

    def _person_noun(self, noun: Any) -> bool:
        """Is ``noun`` (with its compounds) a role one person holds -- not a kinship
        ("brother of X": the description is X's), not a body or a building ("a
        church", "the council")?"""
        if noun.lower_ == "one":  # "One of South Sudan's Vice Presidents, X, said"
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if noun is None:
                return False
        elif (noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _KINSHIP
              or noun.tag_ in ("NNS", "NNPS")):  # "the two legislators, A and B"
            return False
        found = self.find.role_at(noun)  # (its word or its lemma, with compounds)
        return found is not None and not found[1]

    def _phrase(self, subtree: list[Any], head: Any) -> list[Any] | None:
        """The contiguous part of a description around its ``head`` up to a comma,
        a relative clause or a quotation; None when it names another person."""
        toks = sorted(subtree, key=lambda t: t.i)
        left = [t for t in toks if t.i < head.i]
        right = [t for t in toks if t.i >= head.i]
        stop = {",", ";", ".", "(", "who", "which", "that", "whose", "\"", "“", "”"}
        keep_right: list[Any] = []
        for t in right:
            if t.i > head.i and t.lower_ in stop:
                break
            keep_right.append(t)
        keep_left: list[Any] = []
        for t in reversed(left):
            if t.lower_ in stop:
                break
            keep_left.insert(0, t)
        span = keep_left + keep_right
        while span and (span[-1].is_punct or span[-1].lower_ in ("and", "or")):
            span.pop()
        while span and span[0].is_punct:
            span.pop(0)
        if not span or any(b.i != a.i + 1 for a, b in pairwise(span)):
            return None
        while span[0].ent_iob_ == "I" and span[0].i > 0:
            # begins inside a name: "[National Institute of ... Disease]'s director"
            span.insert(0, self.doc[span[0].i - 1])
        return None if self._names_other(span) else span

    def _names_other(self, span: list[Any]) -> bool:
        """Does the phrase name another person (a list, not a description)? A name
        that only modifies the role ("a Trump adviser", "Obama's envoy") does not."""
        inside = {t.i for t in span}
        return any((t.i in self.person_tokens or self._person_tagged(t))
                   and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].text in _POSSESSIVE)
                   and not (t.dep_ == "compound" and t.head.i in inside
                            and t.head.i not in self.person_tokens)
                   for t in span)

    def _kin_of_another(self, m: Mention, kin: list[Any]) -> None:
        """"brother of Ayesha Khan", "son of Usama bin Ladin" after a name: a mention of
        the person named (their kin word and its "of" described, the other's name left
        to be a person of its own)."""
        m.appositives.append(_span(self.text, kin[0].idx, kin[-1].idx + len(kin[-1].text)))
        self.described.update(t.i for t in kin[:2])

    def _person_tagged(self, t: Any) -> bool:
        """Did the model tag ``t`` a person's -- not in a body the entities stage made an
        organisation of ("a high-ranking al-Shabab member" names no one)?"""
        return t.ent_type_ == "PERSON" and t.i not in self.org_tokens

    def _has_role_phrase(self, words: list[str], shortest: int) -> bool:
        """Is a role phrase of ``shortest`` words or more anywhere in ``words``?"""
        n = self.kb.max_role_words
        return any(self.kb.role(" ".join(words[a:b])) for a in range(len(words))
                   for b in range(a + shortest, min(len(words), a + n) + 1))

    def _describes(self, span: list[Any]) -> bool:
        """Does the phrase name a role, an organisation or a country?"""
        if self._has_role_phrase([t.lower_ for t in span], shortest=1):
            return True
        if any(self.kb.role(t.lemma_.lower()) for t in span):
            return True
        return any(t.i in self.org_tokens or t.ent_type_ == "ORG" for t in span) or (
            self.find.country_of_tokens(span) is not None)

    def _of_organisation(self, i: int) -> list[Any] | None:
        """"of [the] [Country's] ORGANISATION" or "from [the] COUNTRY" starting at
        token ``i``: its tokens ("Park Min-jun from South Korea")."""
        doc = self.doc
        if i < len(doc) and doc[i].lower_ == "from":
            j = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
            found = self.find.country_of_tokens(list(doc[j:j + 5]))
            if found and found[1] == j and doc[found[2]].ent_type_ in ("GPE", "NORP", ""):
                return _trim(list(doc[i:found[2] + 1]))
            return None
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        j = i + 1
        while j < len(doc) and (doc[j].lower_ == "the" or doc[j].text in _POSSESSIVE
                                or self.kb.country(doc[j].text) or (
                                    j + 1 < len(doc) and doc[j + 1].text in _POSSESSIVE
                                    and self._group_word(doc[j].lower_))):
            j += 1  # "of [the] [Iran's | the army's] ORGANISATION"
        if j < len(doc) and not (doc[j].ent_type_ in ("ORG", "NORP") or j in self.org_tokens):
            return self._of_unnamed_body(i, j)
        if j >= len(doc):
            return None
        if doc[j].ent_type_ == "NORP" and not self.kb.country(doc[j].text):
            return None
        k = j
        while k + 1 < len(doc) and (doc[k + 1].ent_iob_ == "I" or (
                k + 1 in self.org_tokens and doc[k + 1].ent_iob_ != "B")):
            k += 1
        return list(doc[i:k + 1])

    def _of_unnamed_body(self, i: int, j: int) -> list[Any] | None:
        """"of the Ghazni provincial council" (a body by its role noun), "of
        Equal Rights Coalition Taiwan" (capitalised words with an organisation word
        that the model tagged nothing): tokens from "of" to the body's last word."""
        doc = self.doc
        pobj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.i >= j and pobj.pos_ == "NOUN":
            hit = self.find.role_at(pobj)
            if hit is not None and hit[1] and pobj.i - i <= 7:
                return list(doc[i:pobj.i + 1])
        k = j
        while k < len(doc) and k - j < 6 and doc[k].is_title and doc[k].pos_ == "PROPN" \
                and doc[k].ent_type_ in ("", "GPE", "ORG"):
            k += 1
        if k > j + 1 and any(t.lower_ in self.kb.org_words for t in doc[j:k]):
            return list(doc[i:k])
        return None

    def _shared_plural_title(self, tokens: list[Any]) -> Any | None:
        """The plural title two coordinated names share ("officers Julien Marchal and
        Thomas Girard"): for the first name, the title right before it and "and" a
        name after it; for the second, the title before the first name."""
        doc = self.doc
        i = tokens[0].i - 1
        if i < 0:
            return None
        if doc[i].lower_ == "and":
            k = i - 1
            while k >= 0 and doc[k].pos_ == "PROPN" and k > i - 5:
                k -= 1
            if k == i - 1 or k < 0:
                return None
            noun, following_name = doc[k], True
        else:
            noun = doc[i]
            j = tokens[-1].i + 1
            following_name = (j + 1 < len(doc) and doc[j].lower_ == "and"
                              and doc[j + 1].pos_ == "PROPN")
        if noun.tag_ != "NNS" or not following_name:
            return None
        role = self.kb.role(noun.lower_) or self.kb.role(noun.lemma_.lower())
        return noun if role is not None and role.kind == "person" else None
