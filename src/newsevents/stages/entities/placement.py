"""Each mention, in text order, joins the entity it refers to or starts one."""

from __future__ import annotations

import bisect
import re
from typing import Any

from ...knowledge.actors import fold, norm
from ...knowledge.events import evaluation_words, event_words
from .model import Cluster, Mention, _first_last, _initials, _span, _strip_det, _transliteration_key
from .nominals import Nominals
from .words import (
    _COPULAS,
    _DETERMINERS,
    _ESTIMATE,
    _EXCLUSIVE_OFFICES,
    _GENERIC_ROLE_WORDS,
    _ISLAND_STATES,
    _NUMBER_WORD,
    _QUOTE_CHARS,
    _ROLE_SYNONYMS,
    _SERVING,
    _STAND_IN,
)

#: What naming a country in the same sentence (0) or the one before (1) adds to its
#: mentions so far when "the country" is read: "Mozambique was hit too; the
#: country's president ..." is Mozambique, in a story about Malawi.
COUNTRY_RECENCY = {0: 3, 1: 1}


class Placement(Nominals):
    """Each mention, in text order, joins the entity it refers to or starts one."""

    def _join(self, c: Cluster | None, m: Mention) -> Cluster:
        """A name joins the entity found for it, or starts one."""
        if c is None:
            return self._new(m)
        c.add(m)
        c.names.append(m.text)
        return c

    def _new(self, m: Mention) -> Cluster:
        c = Cluster(label=m.label, key=m.key)
        c.add(m)
        if m.kind == "name":
            c.names.append(m.text)
        self.clusters.append(c)
        return c

    def _place(self, m: Mention) -> None:
        self._place_one(m)
        if m.head is not None and _subject_head(m.head) and m.kind not in (
                "pronoun", "group_pronoun"):
            placed = next((c for c in reversed(self.clusters) if c.mentions and
                           c.mentions[-1] is m), None)
            if placed is not None and placed.label != "PERSON" and \
                    m.sent not in self.group_subject_of_sent:
                self.group_subject_of_sent[m.sent] = placed
                self.group_subject_at[m.sent] = m.start

    def _place_one(self, m: Mention) -> None:
        if m.kind in ("country", "capital", "metonym", "igo"):
            c = self.keyed.get(m.key)
            if c is None:
                c = self.keyed[m.key] = self._new(m)
                c.label = "GPE" if m.kind in ("country", "capital") else "ORG"
            else:
                c.add(m)
            if m.kind in ("metonym", "igo") and len(m.text.split()) > 1:
                # "the paramilitary Rapid Support Forces ... The RSF said": the
                # initials of a known body's name are that body
                self.known_initials.setdefault(_initials(m.text), c)
            return
        if m.kind == "acronym":
            target = next(iter(m.words), "")
            c = self.org_aliases.get(target) or self.org_aliases.get(m.key)
            if c is None:
                c = self._new(m)
            else:
                c.add(m)
            c.aliases.add(m.key)
            self.org_aliases[m.key] = c
            return
        if m.kind == "name":
            if m.label == "PERSON":
                self._place_person(m)
            elif m.label == "ORG":
                self._place_org(m)
            else:
                c = self.keyed.get(f"{m.label}:{m.key}")
                if c is None:
                    c = self.keyed[f"{m.label}:{m.key}"] = self._new(m)
                else:
                    c.add(m)
                    c.names.append(m.text)
            return
        if m.kind == "nominal":
            self._place_nominal(m)
            return
        if m.kind == "kin":
            # one relative per kinship word and owner; never joined to the owner, and
            # never a name ("son" is no surname: not Masayoshi Son, not Bui Thanh Son)
            key = f"kin:{m.role_head}:{m.key}"
            c = self.keyed.get(key)
            if c is None:
                c = self.keyed[key] = self._new(m)
            else:
                c.add(m)
            # "X's mother died ... She was": whom a later pronoun may be
            self._note_person(c, m)
            return
        if m.kind == "pronoun":
            self._place_pronoun(m)
        if m.kind == "group_pronoun":
            self._place_group_pronoun(m)
        if m.kind == "quoted_pronoun":
            self._place_quoted_pronoun(m)
        if m.kind in ("country_ref", "island_ref"):
            self._place_country_ref(m)
        if m.kind == "region_ref":
            self._place_region_ref(m)

    def _place_quoted_pronoun(self, m: Mention) -> None:
        opening = int(m.key)
        windows = [(opening, m.start)]
        # '"President Trump treats ...," said X. "He knows ...': a quotation resumed
        # after its attribution continues the one before it
        k = bisect.bisect_right(self.quote_starts, opening) - 2
        if k >= 0:
            prev_open, prev_close = self.quotes[k]
            gap = self.text[prev_close + 1:opening]
            if len(gap) <= 120 and "\n" not in gap and not any(q in gap for q in _QUOTE_CHARS):
                windows.append((prev_open, prev_close))
        best: tuple[int, Cluster] | None = None
        for c in self.clusters:
            if c.label != "PERSON" or (c.gender and m.gender and c.gender != m.gender):
                continue
            for x in c.mentions:
                if any(a < x.start < b for a, b in windows) and x.start < m.start and \
                        x.kind in ("name", "nominal") and (best is None or x.start > best[0]):
                    best = (x.start, c)
        if best is not None:
            best[1].add(m)
            return
        memo = (opening, m.gender)
        if memo not in self.quoted_about:
            self.quoted_about[memo] = self._quoted_about(m, opening)
        about = self.quoted_about[memo]
        if about is not None:
            about.add(m)

    def _quoted_about(self, m: Mention, opening: int) -> Cluster | None:
        """Whom "he" or "she" in a quotation that names nobody refers to: not the
        speaker (the subject of the sentence that opens the quotation), but a person
        named in that sentence ("said of Brandt: 'His ...'", "Brandt's lawyer told
        reporters: 'He ...'"), else the article's main person so far ("Berg said,
        'He was a generous man'" in an obituary)."""
        sent = bisect.bisect_right(self.sent_char_starts, opening) - 1
        speaker = self.subject_of_sent.get(sent)

        def fits(c: Cluster) -> bool:
            return (c.label == "PERSON" and c is not speaker
                    and not (c.gender and m.gender and c.gender != m.gender))

        named = [c for c in self.persons_of_sent.get(sent, []) if fits(c)
                 and any(x.kind == "name" and x.sent == sent and x.start < opening
                         for x in c.mentions)]
        if named:
            return named[-1]
        if speaker is None:
            return None  # who speaks is not known yet: the main person may be the speaker
        counts = [(sum(1 for x in c.mentions if x.start < opening), c) for c in self.clusters
                  if fits(c) and any(x.kind == "name" for x in c.mentions)]
        counts = [x for x in counts if x[0] >= 3]
        if not counts:
            return None
        top = max(n for n, _ in counts)
        leaders = [c for n, c in counts if n == top]
        return leaders[0] if len(leaders) == 1 else None

    def _place_group_pronoun(self, m: Mention) -> None:
        own = _own_subject(m.head) if m.text.lower() == "them" else (
            _own_subject(_object_them(m.head)) if m.text.lower() == "they" else None)
        acted_on = _object_people(m.head) if m.text.lower() == "they" else None
        if acted_on is None and m.text.lower() == "they":
            acted_on = self._crowd_acted_on(m)
        if acted_on is not None:
            # "police arrested 200 farmers as they tried to march": the people acted on
            # are who "they" are in the clause of the moment, not the police
            c = next((c for c in self.clusters for x in c.mentions
                      if x.start <= acted_on.idx < x.end), None)
            if c is not None:
                c.add(m)
                return
        if m.text.lower() == "its":
            near = self._nearest_body(m)
            if near is not None:
                near.add(m)
                return
        for back in range(0, 2):
            c = self.group_subject_of_sent.get(m.sent - back)
            if c is None or self.group_subject_at.get(m.sent - back, m.start) >= m.start:
                continue  # ("As they tried ..., police fired": not the police)
            if m.text.lower() in ("its", "itself") and c.label not in ("ORG", "GPE"):
                continue
            at = self.group_subject_at.get(m.sent - back)
            subj = next((x for x in c.mentions if x.start == at), None)
            if m.text.lower() in ("it", "its", "itself") and subj is not None \
                    and subj.head is not None and subj.head.tag_ in ("NNS", "NNPS"):
                continue  # ("Protesters rallied against the law, and X vowed to veto it")
            if own is not None and any(x.start <= own < x.end for x in c.mentions):
                # "police fired tear gas at them": not the police, whom "themselves"
                # would name; the group of the sentence before
                continue
            c.add(m)
            return

    def _crowd_acted_on(self, m: Mention) -> Any | None:
        """The crowd a "they" who gathers, marches or rallies is, when the sentence
        before (or its own, earlier) acted on people of a crowd: "Kenyan police arrested
        40 protesters on Tuesday. *They* had gathered outside parliament" (the
        protesters, not the police who are the sentence's subject); else None."""
        t = m.head
        if t is None or t.dep_ != "nsubj" or t.head.lemma_.lower() not in \
                event_words()["crowd_verb"]:
            return None
        here = self.sent_of.get(t.i)
        if here is None:
            return None
        start = self.sent_starts[max(here - 1, 0)]
        objs = [x for x in self.tokens[start:t.i] if x.dep_ == "dobj" and x.tag_ == "NNS"
                and x.lemma_.lower() in _CROWD and x.head.pos_ == "VERB"
                and x.head.lemma_.lower() in _CUSTODY]
        return objs[-1] if objs else None

    def _nearest_body(self, m: Mention) -> Cluster | None:
        """"its": the organisation or country named last before it in its own clause
        ("sued the state of Kentucky over its new law", "a lawsuit against the state of
        Montana over its 2018 law"), not a place where something happens ("said in
        London that its profits"), a modifier ("U.S. troops"), a partner ("held talks
        with the EU about its nuclear programme": Iran's) or one named in another
        clause ("told the IAEA that inspectors could visit its sites"); else None, and
        the subject of the sentence is."""
        clause = _clause_verb(m.head) if m.head is not None else None
        # (a verb conjoined to another, with no subject of its own, shares its clause:
        # "urged Myanmar to take back the refugees and accused its army": Myanmar's)
        clauses = {clause.i} if clause is not None else {None}
        while clause is not None and clause.dep_ == "conj" and clause.head.i != clause.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            clause = _clause_verb(clause.head)
            clauses.add(clause.i)
        best: tuple[int, Cluster] | None = None
        for c in self.clusters:
            if c.label not in ("ORG", "GPE"):
                continue
            for x in c.mentions:
                if x.sent != m.sent or x.start >= m.start or x.kind.endswith("pronoun") or (
                        x.head is not None and x.head.tag_ in ("NNS", "NNPS")):
                    continue  # (nor "troops", which "its" cannot be)
                span = self.doc.char_span(x.start, x.end, alignment_mode="expand")
                if span is None or _modifies(span) or self._after_place_prep(span[0]) or \
                        _clause_verb(span.root).i not in clauses or (
                        span.root.dep_ == "pobj" and span.root.head.lower_ in _PARTNER_PREPS):
                    continue
                if best is None or x.start > best[0]:
                    best = (x.start, c)
        return best[1] if best is not None else None

    def _place_country_ref(self, m: Mention) -> None:
        """"the country": the country named most so far, a recent one preferred ("U.S.
        troops left Iraq in 2011 ... troops now in the country": Iraq, not the U.S.;
        a reporter in Kenya does not make "the country" of a story about Burundi
        Kenya); in a quotation, the country the story is about. "The island" is
        an island state so (none named: no one)."""
        countries = [c for c in self.clusters if c.label == "GPE" and c.key and
                     c.key == (c.mentions[0].country or "") and c.first < m.start
                     and (m.kind != "island_ref" or c.key in _ISLAND_STATES)]
        if not countries:
            return

        def salience(c: Cluster) -> tuple[int, int]:
            before = [x for x in c.mentions if x.start < m.start and x.kind != "country_ref"]
            # ("Chilean advisers are now in the country": a modifier says whose, not where)
            gap = min((m.sent - x.sent for x in before if not self._modifier(x)), default=9)
            recent = COUNTRY_RECENCY.get(gap, 0) if m.key != "quoted" else 0
            return (len(before) + recent, max(x.start for x in c.mentions if x.start < m.start))

        max(countries, key=salience).add(m)

    def _modifier(self, m: Mention) -> bool:
        """Is the mention a word modifying a noun ("Chilean" in "Chilean troops")?"""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and _modifies(span)

    def _place_region_ref(self, m: Mention) -> None:
        """"the state" after "Wisconsin": the first-level region named last."""
        regions = [c for c in self.clusters if c.label == "GPE" and c.first < m.start
                   and self._first_level_region(c.mentions[0].text)]
        if regions:
            max(regions, key=lambda c: max(x.start for x in c.mentions
                                           if x.start < m.start)).add(m)

    def _first_level_region(self, name: str) -> bool:
        return any(g.feature == "region" and g.admin2 is None and g.is_named(name)
                   for g in self.gazetteer.candidates(name))

    def _note_person(self, c: Cluster, m: Mention) -> None:
        self.last_person = c
        named = self.persons_of_sent.setdefault(m.sent, [])
        if c not in named:
            named.append(c)
        head = m.head
        if head is not None and (head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass")
                and head.head.i < head.i)):
            # (the parse may hang the name on its title: "Prime Minister | Sheikh
            # Hasina resigned")
            self.subject_of_sent.setdefault(m.sent, c)

    def _place_person(self, m: Mention) -> None:
        # an organisation's acronym or name the NER called a person
        if m.key in self.org_aliases:
            self.org_aliases[m.key].add(m)
            return
        parts = m.text.split()
        key = norm(m.text)
        c = self.person_names.get(key)
        if c is None and len(parts) == 1:
            c = self._by_surname(parts[0]) or self._by_given_name(parts[0])
        if c is None and len(parts) > 1:
            # "I. Aliyev" -> "Ilham Aliyev"; an earlier lone surname joins the full name
            c = self._by_initial(parts)
        if c is None and len(parts) > 1:
            # "Usama bin Ladin" after "Osama bin Laden": one name in two transliterations
            c = self.person_names.get(_transliteration_key(m.text) or key)
        if c is None and len(parts) > 1:
            # "Robert Gabriel Mugabe" and "Robert Mugabe": a middle name more or less
            c = self.person_names.get(_first_last(m.text) or key)
        if c is None and len(parts) > 1:
            # "Peter Deng" after "Peter Deng Akol": the first words of one full name
            c = self._by_leading_words(parts)
        c = self._join(c, m)
        self.person_names[key] = c
        for variant in (_transliteration_key(m.text), _first_last(m.text)):
            if variant:
                self.person_names.setdefault(variant, c)
        self._note_person(c, m)

    def _by_leading_words(self, parts: list[str]) -> Cluster | None:
        """The one person whose longer full name begins with all of ``parts``."""
        words = [fold(p) for p in parts]
        cands = [c for c in self.clusters if c.label == "PERSON" and any(
            len(n.split()) > len(words) and [fold(w) for w in n.split()[:len(words)]] == words
            for n in c.names)]
        return cands[0] if len(cands) == 1 else None

    def _by_surname(self, surname: str) -> Cluster | None:
        s = fold(surname)
        cands = [c for c in self.clusters if c.label == "PERSON" and
                 (c.last_name == s or s in c.surnames)]
        if not cands:
            return None
        return max(cands, key=lambda c: (sum(1 for x in c.mentions if x.kind == "name"),
                                         -c.first))

    def _by_given_name(self, word: str) -> Cluster | None:
        """The one person whose full name starts with ``word`` ("Liam" after
        "Liam Porter"; "Qaboos" after "Qaboos bin Said", where Arabic names
        are shortened to the first)."""
        return self._by_leading_words([word])

    def _by_initial(self, parts: list[str]) -> Cluster | None:
        first, last = parts[0], fold(parts[-1])
        for c in self.clusters:
            if c.label != "PERSON" or c.last_name != last:
                continue
            full = [n.split() for n in c.names]
            if all(len(n) == 1 for n in full):
                return c  # only the surname was seen so far
            if first.endswith(".") and any(n[0].startswith(first[0]) for n in full if len(n) > 1):
                return c
        return None

    def _place_org(self, m: Mention) -> None:
        key = m.key
        bare = self._without_country(m.text)  # "Foreign Ministry" of "Iranian Foreign Ministry"
        c = self.org_aliases.get(key) or (self.org_aliases.get(bare) if bare else None)
        if c is None:
            if m.text.isupper() and len(m.text) <= 8:
                c = next((x for x in self.clusters if x.label == "ORG" and x.names and
                          _initials(x.names[0]) == m.text.casefold()), None) \
                    or self.known_initials.get(m.text.casefold())
                ahead = self.initials_ahead.get(m.text.casefold())
                if c is None and ahead is not None:
                    # "Sudan's army retakes Wad Madani from RSF" over "... from the
                    # paramilitary Rapid Support Forces": the body named in full later
                    c = self.keyed.get(ahead)
                    if c is None:
                        c = self.keyed[ahead] = self._new(m)
                        self.org_aliases[key] = c
                        return
            elif _initials(m.text):
                c = self.org_aliases.get(_initials(m.text))
        if c is not None and m.country and c.countries and m.country not in c.countries:
            # "the Georgian National Security Council" is not the Turkish one
            c = self.org_aliases.get(f"{key}|{m.country}")
            key = f"{key}|{m.country}"
        c = self._join(c, m)
        self.org_aliases[key] = c
        if bare:
            self.org_aliases.setdefault(bare, c)
        if len(m.text.split()) > 1:
            self.org_aliases.setdefault(_initials(m.text), c)

    def _without_country(self, name: str) -> str | None:
        """The key of an organisation's name without the country before it."""
        words = name.split()
        for n in (3, 2, 1):
            if len(words) > n + 1 and self.kb.country(" ".join(words[:n])) is not None:
                return norm(" ".join(words[n:]))
        return None

    def _place_nominal(self, m: Mention) -> None:
        said = None if m.group else self._predicate_of(m)
        if said is not None:
            holder, history = said
            holder.add(m)
            if not history:  # "served as minister": history, not a title
                holder.descriptions.append(_span(self.text, m.start, m.end))
            return
        # ("Somaliland's foreign minister", a name the model left untagged: someone of
        # that place, not a minister named before)
        unknown_owner = m.country is None and m.head is not None and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and c.i not in self.person_tokens
            for c in m.head.children)
        if not m.group and m.definite and not unknown_owner and not self._name_follows(m):
            best = self._best_person_for(m)
            if best is not None:
                best.add(m)
                best.descriptions.append(_span(self.text, m.start, m.end))
                self._note_person(best, m)
                return
        # a group ("Senegalese police"), or a person no one was introduced as
        key = f"nominal:{m.country or ''}:{m.role_head}"
        c = self.keyed.get(key) if m.definite or m.group else None
        if c is None and m.country is None and (m.definite or m.group):
            # "The police" after "Senegalese police": the same group
            c = next((x for k, x in self.keyed.items()
                      if k.startswith("nominal:") and k.endswith(f":{m.role_head}")), None)
        counted = _count_of(m.text)
        if c is not None and counted and any(
                (other := _count_of(x.text)) and other != counted for x in c.mentions):
            c = None  # "at least three people" killed, "120 people" detained: two groups
        if c is not None and counted and m.role_head in ("people", "person") and not any(
                _count_of(x.text) for x in c.mentions):
            c = None  # "the people of Bangladesh" ... "30 people were detained": a people
            # at large, then some counted
        if c is not None and (re.search(r"\bother\b", m.text, re.I) or (
                m.text.lower() == "people" and any(_NUMBER_WORD.search(x.text.lower())
                                                   for x in c.mentions))):
            # "about 100 other people": others; "urged people to take to the streets"
            # after "100 people" were named: people at large, not those counted
            c = None
        if c is None:
            c = self._new(m)
            c.label = m.label
            c.names.append(_strip_det(m.text))
            self.keyed[key] = c
        else:
            c.add(m)
        c.descriptions.append(_span(self.text, m.start, m.end))
        if not m.group:
            self._note_person(c, m)

    def _predicate_of(self, m: Mention) -> tuple[Cluster, bool] | None:
        """The person a role is said of, and whether it is history (the simple past):
        "X, who later served as defence minister", "Y was appointed as ambassador":
        the subject of the serving verb (through coordinated verbs and a relative
        clause's antecedent)."""
        h = m.head
        if h is None:
            return None
        if h.dep_ in ("attr", "oprd") and h.head.lemma_.lower() in _COPULAS:
            # "He became finance minister in 1982", "She is the new ambassador"
            verb = h.head
        elif h.dep_ == "pobj" and h.head.lower_ == "as":
            verb = h.head.head
            if verb.lemma_.lower() not in _SERVING:
                return None
        else:
            return None
        history = verb.tag_ == "VBD"
        subj = None
        while True:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.dep_ != "conj":
                break
            verb = verb.head
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            # ", who": the name right before the comma ("the son of General X, who
            # served"), wherever the parse hung the clause
            before = self.doc[subj.i - 2] if subj.i >= 2 else None
            named = (before is not None and self.doc[subj.i - 1].text == ","
                     and before.ent_type_ == "PERSON")
            subj = before if named else verb.head
        if subj is None:
            return None
        for c in self.clusters:
            if c.label == "PERSON" and any(x.start <= subj.idx < x.end for x in c.mentions):
                return c, history
        return None

    def _name_follows(self, m: Mention) -> bool:
        """"the director of Amnesty International, Lucia Ferrer, said": the role
        introduces the name after it, not a person named before."""
        hit = re.match(r"\s*,\s*", self.text[m.end:m.end + 5])
        if hit is None:
            return False
        at = m.end + hit.end()
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return False
        t = span[0]
        # (the model may leave a first name out of the person: "Slawoj [Leszek Glodz]")
        return bool(t.ent_type_ == "PERSON" or (
            t.pos_ == "PROPN" and t.is_title and t.i + 1 < len(self.doc)
            and self.doc[t.i + 1].ent_type_ == "PERSON"))

    def _best_person_for(self, m: Mention) -> Cluster | None:
        """The person named before whom a definite role mention refers to, if any."""
        best, best_score = None, 0.0
        specific = {w for w in m.words if w not in _GENERIC_ROLE_WORDS}
        owner = m.text.split()[0].lower() in ("his", "her", "their")
        role = self.kb.role(m.role_head) if m.role_head else None
        criminal = role is not None and "CRM" in role.roles  # "the accused", "the suspect"
        igo = self._names_igo(m)
        for c in self.clusters:
            if c.label != "PERSON" or c.first >= m.start:
                continue
            if owner and any(x.sent == m.sent and x.start < m.start for x in c.mentions):
                continue  # "Moyo fired his vice president": the owner is someone else
            if m.words & _STAND_IN and not c.words & _STAND_IN:
                continue  # "the acting president" is not the president removed
            c_country = c.countries.most_common(1)[0][0] if c.countries else None
            if igo and (c_country or self._known_country(c) or "IGO")[:3] != "IGO":
                continue  # "the United Nations Secretary-General" is not India's
                # foreign secretary: a body's office is no one's of a country
            score = 0.0
            if m.country and c_country is None:
                # "the president of Russia" is not a president whose country is not
                # known to be Russia: the tables may know it; else only a bare name
                c_country = self._known_country(c)
                if c_country is None and c.role_heads:
                    continue
            if m.country and c_country:
                if m.country != c_country:
                    continue
                score += 3
            synonyms = _ROLE_SYNONYMS.get(m.role_head or "", frozenset())
            if m.role_head and (m.role_head in c.role_heads or synonyms & c.role_heads):
                score += 3
            overlap = specific & c.words | (synonyms & (c.words | c.role_heads))
            title = re.sub(r"^(?:former|ex-?)\s*", "", m.role_head or "")
            if " " in title and self._held(c, title):
                # "Raila Odinga ... the former prime minister": an office the tables
                # say the person held, whatever the text called them
                score += 3
                overlap = overlap | {title}
            score += 1.5 * len(overlap)
            if "counterpart" in m.words and m.country and c_country == m.country:
                score += 1
            if criminal and self._charged(c, m.start):
                score += 3  # "X ... charged with murder ... the accused": the one charged
            # described by more than a nationality ("An Australian, X" is not described)
            described = any(w not in _DETERMINERS and self.kb.country(w) is None
                            for w in c.words)
            if specific and not overlap and described and not (m.country and c_country):
                continue  # "the president" is not the man described as minister
            if role is not None and specific and not overlap and self._other_office(c, role):
                continue  # "Iran's foreign minister" is not "Iranian General" Soleimani
            office = (m.role_head or "").split()[-1:]
            theirs = {h.split()[-1] for h in c.role_heads if h}
            if office and office[0] in _EXCLUSIVE_OFFICES and theirs and not (
                    theirs & ({office[0]} | synonyms)) and theirs <= _EXCLUSIVE_OFFICES:
                continue  # "the Turkish ambassador" is not Istanbul's mayor
            last = max(x.end for x in c.mentions if x.start < m.start)
            score += 1.0 / (1 + (m.start - last) / 500)
            score += 0.1 * len(c.mentions)
            if score > best_score:
                best, best_score = c, score
        return best if best_score >= 1.5 else None

    def _held(self, c: Cluster, title: str) -> bool:
        """Do the people tables say someone of ``c``'s full names held an office of
        ``title`` ("prime minister"), by its note?"""
        for n in c.names:
            if " " not in n:
                continue
            for office in self.kb.people.get(norm(n), ()):
                note = (office.note or "").lower()
                if note.startswith(title) or f" {title}" in note.split(";")[0]:
                    return True
        return False

    def _names_igo(self, m: Mention) -> bool:
        """Does a role mention name an international organisation the tables know
        (``igos.tsv``: of states, or an NGO), as "The United Nations Secretary-General"
        does? (A state's own body, "the SNSC chief", is a national office.)"""
        words = m.text.split()
        return any(
            (phrase := " ".join(words[i:i + n]).strip(".,'’"))[:1].isupper()
            and norm(phrase) in self.kb.igos and self.kb.country(phrase) is None
            for n in range(min(6, len(words)), 0, -1) for i in range(len(words) - n + 1))

    def _other_office(self, c: Cluster, role: Any) -> bool:
        """Is ``c`` described only by offices of other kinds than ``role`` (a general,
        MIL, for "the foreign minister", GOV)?"""
        theirs = [r for h in c.role_heads if (r := self.kb.role(h)) is not None and r.roles]
        return bool(theirs) and bool(role.roles) and not any(
            set(r.roles) & set(role.roles) for r in theirs)

    def _charged(self, c: Cluster, before: int) -> bool:
        """Is a named mention of ``c`` before ``before`` the one a suspect word acts on
        (``suspect_words.tsv``: "X was arrested", "X appeared in court, charged with
        murder", "police detained X")?"""
        verbs = self.kb.suspect_words.get("verb", frozenset())
        for x in c.mentions:
            if x.kind != "name" or x.start >= before or x.head is None:
                continue
            t = x.head.head if x.head.dep_ == "appos" else x.head  # "An Australian, X,"
            gov = t.head
            if gov.lemma_.lower() in verbs and t.dep_ in ("nsubjpass", "dobj"):
                return True
            if t.dep_ in ("nsubj", "nsubjpass") and any(
                    k.dep_ in ("advcl", "conj", "xcomp") and k.lemma_.lower() in verbs
                    and k.tag_ == "VBN" for k in gov.children):
                return True
        return False

    def _known_country(self, c: Cluster) -> str | None:
        """The one country the knowledge base gives for a person's full names (or,
        for a surname alone, "Macron", for the full names it knows of that surname)."""
        countries = set()
        for n in c.names:
            fulls = [n] if len(n.split()) > 1 else self.kb.full_names(n)
            for full in fulls:
                for office in self.kb.people.get(norm(full), ()):
                    countries.add(office.code[:3])
        return countries.pop() if len(countries) == 1 else None

    def _place_pronoun(self, m: Mention) -> None:
        cands: list[Cluster] = []
        # a subject pronoun in a clause under another: that clause's subject first
        # ("Soufan told NPR Hamza had appeared in videos since he was a boy": Hamza)
        local = self._clause_subject(m.head) if m.head is not None else None
        if local is not None:
            cands.append(local)
        subj = self.subject_of_sent.get(m.sent)
        if subj is not None and subj.first < m.start:
            cands.append(subj)
        if m.head is not None and m.head.dep_ in _OBJECT_DEPS:
            # an object pronoun: then the people named before it in its own sentence,
            # the nearest first ("Republicans broke with Trump and urged him to
            # concede": Trump), never the subject of its own clause ("Chinese President
            # Xi Jinping praised him": not Xi)
            cands.extend(c for c in reversed(self.persons_of_sent.get(m.sent, []))
                         if any(x.sent == m.sent and x.start < m.start for x in c.mentions))
            own = _own_subject(m.head)
            cands = [c for c in cands if own is None
                     or not any(x.start <= own < x.end for x in c.mentions)]
        elif m.head is not None and m.head.dep_ == "poss" and m.head.tag_ == "PRP$":
            # a possessive: after its sentence's subject, the people named before it in
            # its own sentence, the nearest first ("Khan's supporters, who attacked
            # military buildings after his arrest": Khan, not the last sentence's minister)
            cands.extend(c for c in reversed(self.persons_of_sent.get(m.sent, []))
                         if any(x.sent == m.sent and x.start < m.start for x in c.mentions))
        for back in range(1, 4):
            s = self.subject_of_sent.get(m.sent - back)
            if s is not None:
                cands.append(s)
            # then the other people of that sentence, in order ("According to X, the
            # pandemic is new. He said ...": X, before an earlier sentence's subject)
            cands.extend(self.persons_of_sent.get(m.sent - back, []))
        if self.last_person is not None:
            cands.append(self.last_person)
        # "His father ... His father was": whose father is not the father
        t = m.head
        kin = t.head.lemma_.lower() if t is not None and t.dep_ == "poss" else None
        for c in cands:
            if c.gender and m.gender and c.gender != m.gender:
                continue
            if kin and any(x.kind == "kin" and x.role_head == kin for x in c.mentions):
                continue
            if c.label != "PERSON":
                continue
            c.add(m)
            self._note_person(c, m)
            return


    def _clause_subject(self, t: Any) -> Cluster | None:
        """The person named as the subject of the clause a subordinate clause's subject
        pronoun ``t`` hangs under (an adverbial clause under a reported clause), if that
        clause is itself reported ("told NPR [Hamza had appeared ... since he was]")."""
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "advcl":
            return None
        gov = t.head.head
        if gov.dep_ not in ("ccomp", "xcomp"):
            return None
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i >= t.i or subj.pos_ == "PRON":
            return None
        return next((c for c in self.clusters if c.label == "PERSON" and any(
            x.start <= subj.idx < x.end for x in c.mentions)), None)


#: The dependencies of an object pronoun ("urged *him*", "fired at *them*").
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})


def _count_of(text: str) -> frozenset[str]:
    """The numbers a group's mention counts it by ("120 people", "at least three
    soldiers"), lowercased: two groups counted differently are two groups. An estimate
    counts nothing ("a few hundred people" and "around 200 people" may be one crowd)."""
    low = text.lower()
    if _ESTIMATE.search(low):
        return frozenset()
    return frozenset(w for w in _NUMBER_WORD.findall(low))


def _subject_head(t: Any) -> bool:
    """Is ``t`` a clause's subject, or what a counted subject counts ("*Thousands* of
    junta supporters rallied": the supporters)?"""
    if t.dep_ in ("nsubj", "nsubjpass"):
        return True
    of = t.head if t.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.dep_ in ("nsubj", "nsubjpass") \
        and (of.head.like_num or of.head.lower_ in event_words()["quantities"])


def _object_them(t: Any) -> Any | None:
    """The "them" a subordinate clause's "they" takes up ("police fired tear gas to
    disperse *them* after *they* tried to storm the building": the same people, not
    the police), or None."""
    if t is None or t.dep_ != "nsubj":
        return None
    clause = t.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
        return None
    return next((c for c in clause.head.subtree if c.lower_ == "them"
                 and c.dep_ in _OBJECT_DEPS and c.i < t.i), None)


#: people who protest by name, whoever acts on them
_PROTESTERS = evaluation_words()["protester_noun"]
#: crowds by name, what crowds do, and what the authorities do to hold people
#: (event_words.tsv: crowd_noun, crowd_act, custody_verb)
_CROWD = event_words()["crowd_noun"]
_CROWD_ACTS = event_words()["crowd_act"]
_CUSTODY = event_words()["custody_verb"]


def _object_people(t: Any) -> Any | None:
    """The plural object of the verb an "as"/"when"/"while" clause's "they" hangs under
    ("police arrested 200 farmers as *they* tried to march"), or None."""
    if t is None or t.dep_ != "nsubj":
        return None
    clause = t.head
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    # (after "after", "until", "unless", "because" only for what crowds and sides do:
    # "arrested dozens of activists after they blocked a highway"; not "arrested
    # dozens after they fired tear gas")
    gov = clause.head
    if clause.dep_ != "advcl":
        return None
    obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
    if obj is not None and (obj.tag_ != "NNS" or obj.lemma_.lower()
                            in event_words()["quantities"]):
        # "dozens of activists", "hundreds of protesters": the people counted
        of = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
        obj = of if of is not None else obj
    if obj is None or obj.tag_ != "NNS" or obj.i > t.i:
        return None
    # (after "after", "until", "unless", "because" only for what crowds do, to people
    # the authorities then held, or to protesters: "arrested dozens of activists after
    # they blocked a highway", "shot dead 12 protesters after they marched on the
    # palace"; not "arrested dozens after they fired tear gas", "kidnapped dozens of
    # students after they attacked a school")
    if not (marks & {"as", "when", "while"} or (
            marks & {"after", "until", "unless", "because", "before"}
            and clause.lemma_.lower() in _CROWD_ACTS
            and (gov.lemma_.lower() in _CUSTODY
                 or obj.lemma_.lower() in _PROTESTERS))):
        return None
    return obj


def _own_subject(t: Any) -> int | None:
    """Where the subject of the clause an object pronoun is in starts ("police fired
    tear gas at *them*": police), or None."""
    if t is None or t.dep_ not in _OBJECT_DEPS:
        return None
    v = t.head
    for _ in range(4):  # through "at", "on", "against" to the verb
        if v.pos_ in ("VERB", "AUX"):
            break
        v = v.head
    for _ in range(3):
        subj = next((k for k in v.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return int(subj.idx)
        if v.dep_ not in ("advcl", "xcomp", "conj") or v.head.i == v.i:
            return None
        # "Pakistan expelled two diplomats, accusing them of spying": a participle
        # or infinitive with no subject of its own shares its verb's (Pakistan)
        v = v.head
    return None


#: Prepositions that name a partner or an addressee, whom "its" rarely means
#: ("held talks with the EU about its programme", "wrote to the UN about its plan").
_PARTNER_PREPS = frozenset({"with", "to", "between", "among", "from"})


def _clause_verb(t: Any) -> Any:
    """The verb of the clause ``t`` is in (through nouns and prepositions), or the root."""
    h = t
    while h.head.i != h.i and h.pos_ not in ("VERB", "AUX"):
        h = h.head
    return h


def _modifies(span: Any) -> bool:
    """Does the phrase modify a noun ("Chilean" in "Chilean troops", "U.S." in "U.S.
    troops")?"""
    return span[-1].dep_ in ("amod", "compound")
