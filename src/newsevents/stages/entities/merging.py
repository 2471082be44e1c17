"""Passes over the whole article once every mention is placed: what only
the whole text shows."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Any

from ...knowledge.actors import _singular, fold, norm
from .model import Cluster, Mention, _org_head, _span, _strip_det, sender
from .placement import Placement
from .words import (
    _ARMED_MEMBERS,
    _ARMED_ROLES,
    _BODY_MODIFIERS,
    _EXECUTIVE_NOUNS,
    _FOREIGN_WORDS,
    _GENERIC_ORG_NOUNS,
    _IDENTIFIED_AS,
    _INVERTED_PP,
    _OTHER_NAME,
    _ROLE_SYNONYMS,
    _STATE_FORCE_HEADS,
)


class Merging(Placement):
    """Passes over the whole article once every mention is placed: what only
    the whole text shows."""

    def _absorb(self, keep: Cluster, c: Cluster, descriptions: bool = False,
                names: bool = True) -> None:
        """``c`` is ``keep``: its mentions and (unless not asked) names join it (and its
        descriptions, if asked), and it is no entity of its own."""
        for m in c.mentions:
            keep.add(m)
        if names:
            keep.names.extend(c.names)
        if descriptions:
            keep.descriptions.extend(c.descriptions)
        self.clusters.remove(c)

    def _late_surnames(self) -> None:
        """A surname seen before its full name ("Aliyev ... Ilham Aliyev") joins it."""
        for c in list(self.clusters):
            if c.label != "PERSON" or any(len(n.split()) > 1 for n in c.names) or not c.names:
                continue
            target = self._by_surname(c.names[0])
            if target is not None and target is not c and any(len(n.split()) > 1
                                                              for n in target.names):
                self._absorb(target, c)

    def _other_names(self) -> None:
        """"Bobi Wine, whose real name is Robert Kyagulanyi", "X, better known as Y":
        two names of one person."""
        names = sorted(((m, c) for c in self.clusters if c.label == "PERSON"
                        for m in c.mentions if m.kind == "name"), key=lambda mc: mc[0].start)
        for (m, first), (n, second) in itertools.pairwise(names):
            if first is not second and second in self.clusters and first in self.clusters \
                    and _OTHER_NAME.fullmatch(self.text[m.end:n.start]):
                self._absorb(first, second)

    def _inverted_appositives(self) -> None:
        """"Ecuador's interior minister, Andres Villacres, said": one person."""
        names = [(m, c) for c in self.clusters if c.label == "PERSON"
                 for m in c.mentions if m.kind == "name"]
        for c in list(self.clusters):
            if c.label != "PERSON" or any(m.kind == "name" for m in c.mentions):
                continue
            nominal = min(c.mentions, key=lambda m: m.start)
            if nominal.kind != "nominal":
                continue
            for m, target in names:
                between = self.text[nominal.end:m.start]
                # "The delegate to the Security Council, Semi Tora, said": the nominal's
                # own "to/for/at" phrase may stand between it and the name
                pp = _INVERTED_PP.fullmatch(between)
                # "deputy minister for trade and industry Leyla Farahani": a
                # lowercase role right before a name is its title
                adjacent = (between == " " and not nominal.group and nominal.head is not None
                            and nominal.head.text.islower())
                # (closed by a comma, or by the end of its sentence: "hosted Uganda's
                # Minister of State for Foreign Affairs, Okello Oryem.")
                after = self.text[m.end:m.end + 3]
                closed = after.lstrip()[:1] == "," or (
                    after[:1] in (".", ";") and (len(after) < 2 or after[1:2].isspace()))
                if pp and not closed:
                    pp = None  # "met the minister in Baghdad, Ali Hassan said": no appositive
                # "The attacker, identified as Daniel Okafor, ...": the same man
                named = _IDENTIFIED_AS.fullmatch(between)
                if target is not c and (re.fullmatch(r"\s*,\s*", between) or pp or adjacent
                                        or named):
                    for x in c.mentions:
                        target.add(x)
                    end = nominal.end + (pp.end(1) if pp else 0)
                    target.descriptions.append(_span(self.text, nominal.start, end))
                    self.clusters.remove(c)
                    break

    def _titles_by_parse(self) -> None:
        """A role whose head the parse ties to the name right after it ("Retired FBI
        agent and security specialist Ali Haddad") is that person's, wherever the
        role was placed before the name was known."""
        for c in list(self.clusters):
            for x in [x for x in c.mentions if x.kind == "nominal" and not x.group]:
                target = self._titled_person(x)
                if target is None or target is c:
                    continue
                c.mentions.remove(x)
                c.descriptions = [d for d in c.descriptions
                                  if (d.start, d.end) != (x.start, x.end)]
                target.add(x)
                target.descriptions.append(_span(self.text, x.start, x.end))
                if not c.mentions:
                    self.clusters.remove(c)
                    break

    def _titled_person(self, m: Mention) -> Cluster | None:
        """The person whose name the role's head is tied to right after it, as a
        conjunct or apposition in the parse ("agent and specialist Ali Haddad")."""
        h = m.head
        if h is None:
            return None
        for c in h.children:
            if c.dep_ in ("conj", "appos") and c.i > h.i and c.ent_type_ == "PERSON" \
                    and c.i - h.i <= 6:
                for cl in self.clusters:
                    if cl.label == "PERSON" and any(x.start <= c.idx < x.end
                                                    for x in cl.mentions):
                        return cl
        return None

    def _org_anaphora(self) -> None:
        """"the court" after "the Court of Session", "the House" after "the House of
        Representatives", "the committee" after "the House Judiciary Committee": a
        definite noun phrase whose head is the head noun of an organisation named
        before it is that organisation (the one named last), whether or not the noun
        is a role of its own."""
        named: list[tuple[int, str, Cluster, int]] = []  # (position, head noun, cluster, weight)
        for c in self.clusters:
            if c.label != "ORG":
                continue
            for m in c.mentions:
                if m.kind in ("name", "metonym", "igo"):
                    # "the council" after "the Southern Transitional Council"; "the
                    # group" after "Al-Qaeda" (a one-word name has no head of its own)
                    head = _org_head(m.text) if len(m.text.split()) > 1 else None
                    if head in _STATE_FORCE_HEADS:
                        head = None  # "the army" after "the Baloch Liberation Army" is
                        # the state's army, as news uses the bare word
                    # a subject is more salient than a name inside another's phrase
                    # ("Al Shabaab, which is linked to al Qaeda, claimed ... The group")
                    subject = m.head is not None and m.head.dep_ in ("nsubj", "nsubjpass")
                    named.append((m.start, head or "", c, 2 if subject else 1))
        if not named:
            return
        named.sort(key=lambda x: x[0])
        heads = {h for _, h, _, _ in named if h}
        placed = {(m.start, m.end) for c in self.clusters for m in c.mentions}
        for t in self.tokens:
            generic = t.lemma_.lower() in _GENERIC_ORG_NOUNS and t.is_lower
            if t.pos_ not in ("NOUN", "PROPN") or not (t.lemma_.lower() in heads or generic) \
                    or t.tag_ in ("NNS", "NNPS") or t.dep_ in ("compound", "amod"):
                continue
            # ("both the council and the government", "only this organisation": "both"
            # and "only" stand outside the phrase)
            lefts = [x for x in t.lefts if x.dep_ not in ("preconj", "advmod")]
            if not lefts or lefts[0].lower_ not in (("the", "this") if generic else ("the",)) \
                    or any(
                    x.dep_ not in ("det", "amod", "compound", "nummod", "punct") or
                    x.ent_type_ in ("GPE", "NORP", "PERSON") for x in lefts) \
                    or any(x.dep_ == "prep" and not _of_deed(x) for x in t.rights):
                continue  # "the Iranian parliament", "the court of appeal": other bodies
            start, end = lefts[0].idx, t.idx + len(t.text)
            if t.i in self.person_tokens or any(
                    s <= t.idx < e and (s, e) != (start, end) and e - s > end - start
                    for s, e in placed):
                continue  # inside a longer mention ("the Court of Session" itself)
            if any(start <= x.start and x.end <= end and x.kind == "name"
                   and x.text.casefold() != t.text.casefold()
                   for c in self.clusters for x in c.mentions):
                continue  # a name of its own: "the Abu Sayyaf Group"
            # the most salient one named before: most often named, then the last
            before: dict[int, tuple[int, int, Cluster]] = {}
            sent = self.sent_of.get(t.i, 0)
            for pos, head, c, weight in named:
                # "the group", "this organisation": an organisation named in the last
                # three sentences, whatever its head noun
                if pos < start and ((head and head == t.lemma_.lower()) or (
                        generic and sent - self._sent_at(pos) <= 3)):
                    n, _, _ = before.get(id(c), (0, 0, c))
                    before[id(c)] = (n + weight, pos, c)
            if not before and generic:
                # further back, only the one organisation the article has named so far
                # ("Boko Haram fighters killed ... [four sentences] ... women the group
                # had abducted")
                earlier = {id(c): (0, pos, c) for pos, _, c, _ in named if pos < start}
                if len(earlier) == 1:
                    before = earlier
            if not before:
                continue
            target = max(before.values(), key=lambda x: (x[0], x[1]))[2]
            own = {w.casefold() for n in target.names for w in n.split()}
            if any(x.pos_ == "PROPN" and x.text.casefold() not in own for x in lefts):
                continue  # "the Lok Sabha" after "the Rajya Sabha": a name of its own
            # what the phrase or its head word is now a mention of
            # ("House" alone, "the full House" as a role) gives way to the phrase
            for c in list(self.clusters):
                mine = [m for m in c.mentions if start <= m.start and m.end <= end and (
                    m.kind != "name" or m.text.casefold() == t.text.casefold())]
                if not mine:
                    continue
                c.mentions = [m for m in c.mentions if m not in mine]
                if not c.mentions:
                    self.clusters.remove(c)
            target.add(Mention(start=start, end=end, text=self.text[start:end],
                               kind="nominal", label="ORG",
                               sent=self.sent_of.get(t.i, 0), head=t))
            placed.add((start, end))

    def _same_words(self) -> None:
        """"the Iraqi Security Forces" and "Iraqi security forces": an organisation's name
        and a phrase of the very same words in other case are one organisation (when
        they name no two countries)."""
        by_words: dict[str, list[Cluster]] = {}
        for c in self.clusters:
            if c.label != "ORG":
                continue
            for m in c.mentions:
                if m.kind in ("name", "nominal") and len(m.text.split()) > 1:
                    key = _strip_det(m.text).casefold()
                    if len(key.split()) > 1 and c not in by_words.get(key, []):
                        by_words.setdefault(key, []).append(c)
        for same in by_words.values():
            same = [c for c in same if c in self.clusters]
            named = [c for c in same if any(_proper_name(m) for m in c.mentions)]
            if len(same) < 2 or len(named) != 1 or len({
                    iso for c in same for iso in c.countries}) > 1:
                continue
            for c in same:
                if c is not named[0]:
                    self._absorb(named[0], c)

    def _one_body_by_country(self) -> None:
        """"Parliament of the United Kingdom", "the UK parliament", "the British
        parliament" and "Parliament": one body, named by its head noun and at most its
        country. Merged when the article names it for one country only; "the Labour
        Party" and "the Conservative Party" are not of this shape and stay apart."""
        groups: dict[str, list[tuple[Cluster, str | None]]] = {}
        # "the Trump administration": the head of government's name says which one
        people = {fold(w) for p in self.clusters if p.label == "PERSON" for n in p.names
                  for w in n.split()}
        for c in self.clusters:
            if c.label != "ORG" or not c.mentions:
                continue
            shape = self._head_and_country(c, people)
            if shape is not None:
                groups.setdefault(shape[0], []).append((c, shape[1]))
        for members in groups.values():
            countries = {iso for _, iso in members if iso}
            if len(countries) > 1:
                # the government of each country apart; one with no country stays alone
                sets = [[c for c, iso in members if iso == x] for x in countries]
            else:
                sets = [[c for c, _ in members]]
            for same in sets:
                if len(same) < 2 or len({
                        norm(_strip_det(m.text)) for c in same for m in c.mentions
                        if m.kind in ("name", "metonym") and self._named_legislature(m.text)
                }) > 1:
                    continue  # the Lok Sabha and the Rajya Sabha: two houses, both named
                keep = max(same, key=lambda c: (len(c.mentions), -c.first))
                for c in same:
                    if c is not keep:
                        self._absorb(keep, c, descriptions=True)

    def _kin_named(self) -> None:
        """"had deposed his father, Emir Khalid bin Rashid": a relative named right
        after the kinship noun is that person (and "his father" later, too)."""
        names = sorted(((m.start, m, c) for c in self.clusters if c.label == "PERSON"
                        for m in c.mentions if m.kind == "name"), key=lambda x: x[0])
        starts = [x[0] for x in names]
        for c in list(self.clusters):
            if c.label != "PERSON" or not c.mentions or any(
                    m.kind not in ("kin", "pronoun", "quoted_pronoun") for m in c.mentions):
                continue
            for m in c.mentions:
                if m.kind != "kin":
                    continue
                k = bisect.bisect_left(starts, m.end)
                if k >= len(names):
                    continue
                _start, name, target = names[k]
                if target is c or not _KIN_APPOSITION.match(self.text[m.end:name.start]):
                    continue
                self._absorb(target, c)
                break

    def _kin_by_owner(self) -> None:
        """"his sister" in one sentence and "his sister" in the next: one person when both
        "his" are the same person; and the relative a description of that person names
        already ("Mohammed Waseem, brother of Qandeel Baloch" ... "his sister": Qandeel
        Baloch; "the son of X" ... "his father": X), by the reciprocal kinship."""
        def owner(m: Mention) -> Cluster | None:
            head = m.head
            poss = next((c for c in head.children if c.dep_ == "poss"), None) \
                if head is not None else None
            if poss is None:
                return None
            return next((c for c in self.clusters if c.label == "PERSON" and any(
                x.start <= poss.idx < x.end and x.kind != "kin" for x in c.mentions)), None)

        groups: dict[tuple[str, int], list[Cluster]] = {}
        owners: dict[tuple[str, int], Cluster] = {}
        for c in list(self.clusters):
            if c.label != "PERSON":
                continue
            for m in c.mentions:
                o = owner(m) if m.kind == "kin" and m.role_head else None
                if o is None or o is c:
                    continue
                key = (m.role_head or "", id(o))
                owners[key] = o
                if c not in groups.setdefault(key, []):
                    groups[key].append(c)
        for key, same in groups.items():
            same = [c for c in same if c in self.clusters]
            named = [c for c in same if any(m.kind == "name" for m in c.mentions)]
            if len(named) > 1 or not same:
                continue  # two named fathers: not for a kinship word to decide
            keep = named[0] if named else same[0]
            for c in same:
                if c is not keep and all(m.kind in ("kin", "pronoun") for m in c.mentions):
                    self._absorb(keep, c)
            if not named:
                relative = self._reciprocal(key[0], owners[key])
                if relative is not None and relative is not keep and keep in self.clusters:
                    self._absorb(relative, keep)

    def _reciprocal(self, kin: str, person: Cluster) -> Cluster | None:
        """The one named person ``person``'s descriptions relate them to such that they
        are ``person``'s ``kin``: "brother of Y" -> Y is their sister or brother."""
        wanted = _RECIPROCAL.get(kin, ())
        found = []
        for d in [*person.descriptions, *person.appositives]:
            words = d.text.lower().split()
            for i, w in enumerate(words[:-1]):
                if w in wanted and words[i + 1] == "of":
                    rest = d.start + len(" ".join(d.text.split()[:i + 2])) + 1
                    found += [c for c in self.clusters if c.label == "PERSON" and c is not
                              person and any(m.kind == "name" and rest <= m.start < d.end
                                             for m in c.mentions)]
        for m in person.mentions:  # "Omar Haddad, the son of Yusuf Haddad,"
            after = _KIN_AFTER_NAME.match(self.text, m.end) if m.kind == "name" else None
            if after is not None and after.group(1).lower() in wanted:
                found += [c for c in self.clusters if c.label == "PERSON" and c is not person
                          and any(x.kind == "name" and after.end() <= x.start
                                  < after.end() + 60 and not self.text[after.end():x.start]
                                  .count(",") for x in c.mentions)]
        return found[0] if len({id(c) for c in found}) == 1 else None

    def _cataphora(self) -> None:
        """"Opening his speech, Mayor Samir Nasser thanked ...", "After her arrival,
        Maria Lopez met ...": a pronoun in a phrase that opens the sentence, before its
        subject, is that subject when the subject is a named person."""
        first_name: dict[int, tuple[Mention, Cluster]] = {}  # token -> a person's name
        for c in self.clusters:
            if c.label != "PERSON":
                continue
            for m in c.mentions:
                if m.kind == "name" and m.head is not None:
                    first_name[m.head.i] = (m, c)
        for c in list(self.clusters):
            if c.label != "PERSON":
                continue
            for m in list(c.mentions):
                if m.kind != "pronoun" or m.head is None:
                    continue
                t = m.head
                opener = t
                while opener.head.i != opener.i and opener.dep_ not in ("advcl", "prep",
                                                                         "npadvmod"):
                    opener = opener.head
                root = opener.head
                if opener is t or opener.dep_ not in ("advcl", "prep", "npadvmod") \
                        or root.dep_ != "ROOT" or opener.i > root.i:
                    continue
                subjects = [x for x in root.children if x.dep_ in ("nsubj", "nsubjpass")]
                if not subjects or subjects[0].i < t.i:
                    continue
                # the subject is the name, or the title the name is attached to ("speaker
                # of the city Samir Nasser"; the parse may make both subjects of the verb)
                named = next((first_name[x.i] for x in subjects if x.i in first_name), None) \
                    or next((first_name[k] for subj in subjects
                             for k in range(subj.i, min(subj.i + 12, len(self.doc)))
                             if k in first_name
                             and any(a.i == subj.i for a in self.doc[k].ancestors)), None)
                if named is None:
                    continue
                _name, target = named
                if target is c or (target.gender and m.gender and target.gender != m.gender):
                    continue
                c.mentions.remove(m)
                target.add(m)
                if not c.mentions:
                    self.clusters.remove(c)
                    break

    def _role_before_name(self) -> None:
        """"... criticised by the Chilean interior minister. On Friday Chilean Interior
        Minister Nikos X said ...": an office of one country named before the person
        who holds it is that person, when one named person of that country holds it."""
        for c in list(self.clusters):
            if c.label != "PERSON" or any(m.kind == "name" for m in c.mentions):
                continue
            first = min((m for m in c.mentions if m.kind == "nominal"),
                        key=lambda m: m.start, default=None)
            if first is None or first.group or not first.definite or not first.role_head \
                    or not first.country:
                continue
            heads = {first.role_head} | _ROLE_SYNONYMS.get(first.role_head, frozenset())
            holders = [p for p in self.clusters if p is not c and p.label == "PERSON"
                       and any(m.kind == "name" for m in p.mentions)
                       and (p.role_heads & heads or set(first.role_head.split()) <= p.words)
                       and p.countries and p.countries.most_common(1)[0][0] == first.country]
            if len(holders) == 1 and holders[0].first > first.start:
                names = list(holders[0].names)
                self._absorb(holders[0], c, descriptions=True)
                holders[0].names = names  # the person's name, not the office's words

    def _one_force(self) -> None:
        """"Police", "the police", "armed officers" and "the West Yorkshire
        Police"; "troops", "the army" and "the armed forces": one force when the
        article names one country's police (or military) only, and at most one named
        force of that kind (CAMEO codes the force, not each squad)."""
        forces: dict[str, list[Cluster]] = {}
        for c in self.clusters:
            if c.label != "ORG" or not c.mentions:
                continue
            role = self._force_role(c)
            if role is not None:
                forces.setdefault(role, []).append(c)
        for members in forces.values():
            # (with the countries of the words right before their mentions: "Chinese
            # coast guard vessels ... the Philippine military", the adjectives being
            # mentions of the countries themselves)
            countries = {iso for c in members for iso in c.countries} | {
                iso for c in members for m in c.mentions
                if (iso := self._country_before(m.start)) is not None}
            # "the army ... [and it] expelled French troops": a force the story names
            # first with no country is its own country's, not the foreign one named later
            # with an adjective, which stays apart
            foreign = [c for c in members if (c.countries and any(
                m.kind == "nominal" and self.kb.country(m.text.split()[0]) is not None
                for m in c.mentions)) or any(self._sent_by(m) for m in c.mentions)]
            # (and the forces a named state sends: "Uganda has deployed special forces")
            if foreign and any(not c.countries and c.first < min(f.first for f in foreign)
                               for c in members):
                members = [c for c in members if c not in foreign]
            named = [c for c in members if any(_proper_name(m) for m in c.mentions)]
            if len(members) < 2 or len(countries) > 1:
                continue
            if len(named) > 1:
                # "the Armed Forces" and "the Coast Guard": "the army" and "troops"
                # are the main force, when one named force is it
                main = [c for c in named if any(_proper_name(m) and m.text.split()[-1].lower()
                                                in _MAIN_FORCES for m in c.mentions)]
                if len(main) == 1:
                    for c in members:
                        if c not in named and all(
                                (m.role_head or m.text.split()[-1]).lower() in _MAIN_FORCES
                                for m in c.mentions if m.kind == "nominal") and any(
                                m.kind == "nominal" for m in c.mentions):
                            self._absorb(main[0], c)
                continue
            keep = named[0] if named else max(members, key=lambda c: (len(c.mentions),
                                                                        -c.first))
            for c in members:
                if c is not keep and not _co_arguments(keep, c):
                    self._absorb(keep, c)

    def _sent_by(self, m: Mention) -> str | None:
        """The country named as the sender of the forces ``m`` names (:func:`sender`),
        in full ("The United States has deployed ...")."""
        doer = sender(m.head)
        if doer is None or doer.pos_ != "PROPN":
            return None
        return self.kb.country(" ".join(x.text for x in doer.subtree
                                        if x is doer or x.dep_ == "compound"))

    def _country_before(self, start: int) -> str | None:
        """The country whose name or adjective is the word right before ``start``."""
        hit = re.search(r"([A-Z][\w-]*)\s+$", self.text[max(0, start - 40):start])
        return self.kb.country(hit.group(1)) if hit else None

    def _one_perpetrator(self) -> None:
        """"The attacker", "the assailant", "the detained suspect": in one article, one
        person (the descriptions are singular and definite), and the one named person
        the text arrests or charges, if there is exactly one."""
        words = self.kb.suspect_words.get("perpetrator", frozenset())
        someone = self.kb.suspect_words.get("someone", frozenset())
        doers = self._deed_doers()
        described = [c for c in self.clusters if c.label == "PERSON" and (
            _only_described_as(c, words) or (
                # "a man ... began to stab people ... The man was shot": the doer
                _only_described_as(c, someone, definite=False)
                and any(m.head is not None and m.head.i in doers for m in c.mentions)))]
        if not described:
            return
        # the named person the text charges, or already calls "the attacker"
        charged = [c for c in self.clusters if c.label == "PERSON" and c not in described
                   and any(m.kind == "name" for m in c.mentions)
                   and (self._charged(c, len(self.text)) or any(
                       m.kind == "nominal" and m.role_head is not None
                       and m.role_head.split()[-1] in words for m in c.mentions))]
        keep = charged[0] if len(charged) == 1 else described[0]
        for c in described:
            if c is not keep:
                self._absorb(keep, c)

    def _role_then_name(self) -> None:
        """"Ukraine's foreign minister accused Moscow ... 'Russia is not interested in
        peace,' Andrii Sybiha wrote": a person first described by an office of a
        country, then named within three sentences, is that person when the tables say
        the one named held that office of that country on the day."""
        for c in list(self.clusters):
            naming = [m for m in c.mentions if m.kind not in ("pronoun", "quoted_pronoun")]
            if c.label != "PERSON" or not naming or not all(
                    m.kind == "nominal" and m.definite and m.role_head and m.country
                    for m in naming):
                continue
            first = min(naming, key=lambda m: m.start)
            role = first.role_head or ""
            later = []
            for other in self.clusters:
                if other is c or other.label != "PERSON":
                    continue
                names = [m for m in other.mentions if m.kind == "name"]
                if not names or min(m.start for m in names) < first.start \
                        or min(m.sent for m in names) - first.sent > 3:
                    continue
                fulls = [f for n in other.names
                         for f in ([n] if " " in n else self.kb.full_names(n))]
                if any(o.valid_on(self.day) and o.code[:3] == first.country
                       and (o.note or "").lower() == role.lower()
                       for f in fulls for o in self.kb.people.get(norm(f), ())):
                    later.append(other)
            if len(later) == 1:  # (the title joins as a description, not as a name)
                self._absorb(later[0], c, descriptions=True, names=False)

    def _one_armed_group(self) -> None:
        """"Al Shabaab fighters attacked a base ... The militants detonated a car bomb":
        "the militants", "the rebels" (definite, plural, nothing else named) are the
        armed group named last within three sentences before them, when its country
        is theirs or they name none."""
        groups: list[tuple[int, int, Cluster]] = []  # (position, sentence, cluster)
        for c in self.clusters:
            for m in c.mentions:
                if self._armed(m):
                    groups.append((m.start, m.sent, c))
        if not groups:
            return
        groups.sort(key=lambda g: g[0])
        for c in list(self.clusters):
            naming = [m for m in c.mentions if m.kind not in ("pronoun", "quoted_pronoun")]
            if not naming or not all(
                    m.kind == "nominal" and m.group and m.role_head is not None
                    and _singular(m.role_head.split()[-1]) in _ARMED_MEMBERS
                    and len(m.text.split()) == 2 and m.text.split()[0].lower() == "the"
                    for m in naming):
                continue
            first = min(naming, key=lambda m: m.start)
            before = [g for p, sent, g in groups if p < first.start and first.sent - sent <= 3
                      and g is not c]
            if not before:
                continue
            keep = before[-1]
            if first.country and keep.countries and first.country not in keep.countries:
                continue
            self._absorb(keep, c)

    def _armed(self, m: Mention) -> bool:
        """Is ``m`` a name of a non-state armed group the tables know?"""
        if m.kind == "metonym" and m.key.startswith("met:"):
            row = self.kb.metonyms.get(m.key[4:])
            return row is not None and bool(_ARMED_ROLES & set(row[1]))
        if m.kind == "igo" and m.key.startswith("igo:"):
            return self.kb.igo_kinds.get(m.key[4:]) in ("IMG", "NGM")
        return False

    def _deed_doers(self) -> set[int]:
        """Tokens that are the subject of an attack verb (``suspect_words.tsv``, deed),
        through the verbs it is the subject of ("a man entered a store ... and began to
        stab people")."""
        deeds = self.kb.suspect_words.get("deed", frozenset())
        out: set[int] = set()
        for t in self.tokens:
            if t.pos_ != "VERB" or t.lemma_.lower() not in deeds or t.tag_ == "VBN":
                continue
            h = t
            for _ in range(5):
                subj = next((x for x in h.children if x.dep_ == "nsubj"), None)
                if subj is not None:
                    out.add(subj.i)
                    break
                if h.dep_ not in ("xcomp", "conj") or h.head.i == h.i:
                    break
                h = h.head
        return out

    def _party_adjectives(self) -> None:
        """"Democratic" and "Republican" (the model's NORP) where the article names the
        Democratic Party: the party, as "Labour" is the Labour Party."""
        parties: dict[str, Cluster] = {}
        for c in self.clusters:
            if c.label != "ORG":
                continue
            for n in c.names:
                words = n.split()
                if len(words) == 2 and words[1] in ("Party", "party"):
                    parties.setdefault(fold(words[0]), c)
        if not parties:
            return
        for c in list(self.clusters):
            if c.label != "NORP" or not c.names or any(len(n.split()) != 1 for n in c.names):
                continue
            target = parties.get(fold(c.names[0]))
            if target is not None and target is not c:
                self._absorb(target, c)

    def _force_role(self, c: Cluster) -> str | None:
        """COP or MIL when every naming mention of an organisation is a police force
        or a military one (by its head word's role), else None."""
        found: set[str] = set()
        for m in c.mentions:
            if _FOREIGN_WORDS & set(m.text.lower().split()):
                return None  # "foreign security forces": someone else's force
            if any(norm(w) in self.kb.igos for w in [m.text, *m.text.split()]
                   if w[:1].isupper()):
                return None  # "the UN peacekeeping force", UNIFIL: no state's force
            known = self.kb.metonyms.get(norm(m.text)) \
                if m.kind in ("metonym", "name", "acronym") else None
            if known is not None and not set(known[1]) & {"COP", "MIL"}:
                # "the Rapid Support Forces", coded REB; "the National Liberation Army
                # (ELN)", rebels by the tables' acronym: no state's force
                return None
            _, of, owner = m.text.partition(" of ")
            owner = re.sub(r"^(?:(?:the|[a-z][\w-]*)\s+)*", "", owner)  # (its lowercase words)
            known = self.kb.metonyms.get(norm(owner)) if of and owner[:1].isupper() else None
            if known is not None and not set(known[1]) & {"COP", "MIL"}:
                # "three commanders of the paramilitary Rapid Support Forces": officers
                # of a body that is no state's force
                return None
            if m.kind == "nominal" and m.role_head:
                head = m.role_head
            elif m.kind in ("name", "metonym", "nominal"):
                head = (m.text.split() or [""])[-1].lower()
            else:
                continue
            role = self.kb.role(head or "")
            if role is None:
                return None
            found |= set(role.roles) & {"COP", "MIL"}
            if not set(role.roles) <= {"COP", "MIL"}:
                return None
        return found.pop() if len(found) == 1 else None

    def _head_and_country(self, c: Cluster,
                          people: set[str]) -> tuple[str, str | None] | None:
        """(head noun, country) when every named mention of an organisation is its
        head noun with only a country, "the" and "of" around it."""
        head: str | None = None
        country: str | None = None
        named = [m for m in c.mentions if m.kind in ("name", "nominal") or (
            m.kind == "metonym" and self._named_legislature(m.text) is not None)]
        if not named or len(named) < len([m for m in c.mentions if m.kind not in (
                "pronoun", "group_pronoun", "acronym")]):
            return None
        for m in named:
            if m.text.split()[0].lower() in ("its", "their", "his", "her"):
                return None  # "its troops": whose, a pronoun says, not a country's name
            known = self._named_legislature(m.text)
            if known is not None:  # "the Legislative Yuan", "the Knesset": a parliament
                if (head is not None and head != "parliament") or (
                        country and known != country):
                    return None
                head, country = "parliament", known
                continue
            words = re.sub(r"[’']s\b", "", m.text).split()
            rest: list[str] = []
            k = 0
            while k < len(words):
                w = words[k]
                if w.lower() in ("the", "of") or (w.lower() in _BODY_MODIFIERS
                                                   and k < len(words) - 1) or (
                        w[:1].isupper() and fold(w) in people and k < len(words) - 1):
                    k += 1
                    continue
                # a country of up to three words ("the United Kingdom", "UK", "British")
                found = next((n for n in (3, 2, 1) if k + n <= len(words) and
                              self.kb.country(" ".join(words[k:k + n]))), 0)
                if found:
                    iso = self.kb.country(" ".join(words[k:k + found]))
                    if country and iso != country:
                        return None
                    country = iso
                    k += found
                    continue
                rest.append(w.lower())
                k += 1
            if len(rest) != 1 or not rest[0].isalpha():
                return None
            word = _EXECUTIVE_NOUNS.get(rest[0], rest[0])
            if head is not None and word != head:
                return None
            head = word
        if head is None or head in _GENERIC_ORG_NOUNS:
            return None
        return head, country or (c.countries.most_common(1)[0][0] if c.countries else None)

    def _named_legislature(self, text: str) -> str | None:
        """The country of a legislature the tables know by name ("Knesset"), or None; a
        chamber of one ("the House of Commons", "the Senate") is a body of its own."""
        key = norm(_strip_det(text))
        if key not in self.kb.metonyms or set(key.split()) & _CHAMBER_WORDS:
            return None  # (one chamber, "the House of Commons", is not the parliament)
        country, roles, _note, _label = self.kb.metonym(key, None)
        return country if tuple(roles) == ("LEG",) and country else None

    def _sent_at(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_char_starts, pos) - 1


def _of_deed(prep: Any) -> bool:
    """Is ``prep`` an "of" with a gerund, which the parse may hang on an accusation's
    object ("accused the group | of breaching the truce"), not part of a body's name?"""
    return prep.lower_ == "of" and any(g.tag_ == "VBG" for g in prep.children)


def _co_arguments(a: Cluster, b: Cluster) -> bool:
    """Is a mention of ``a`` the subject and one of ``b`` the object of one verb, or the
    reverse? Then they are two ("Police arrested two officers", "troops fired on
    soldiers"), whatever else they share."""
    named = ("name", "nominal")  # (a pronoun's reading may be the error itself)
    for ma in a.mentions:
        for mb in b.mentions:
            if ma.kind not in named or mb.kind not in named:
                continue
            ha, hb = ma.head, mb.head
            if ha is None or hb is None or ha.head.i != hb.head.i or ha.i == hb.i:
                continue
            if {ha.dep_, hb.dep_} == {"nsubj", "dobj"}:
                return True
    return False


#: X is Y's <key> when Y is described as one of these "of X" ("his sister": the one he
#: is "brother of")
_RECIPROCAL = {
    "sister": ("brother", "sister"), "brother": ("brother", "sister"),
    "father": ("son", "daughter"), "mother": ("son", "daughter"),
    "son": ("father", "mother"), "daughter": ("father", "mother"),
    "wife": ("husband",), "husband": ("wife", "widow"), "widow": ("husband",),
}
#: words that name one chamber of a legislature, not the whole of it
_CHAMBER_WORDS = frozenset({"house", "senate", "chamber", "commons", "lords", "council",
                            "representatives", "deputies"})
#: "<name>, the son of ...": a kinship appositive right after a name
_KIN_AFTER_NAME = re.compile(r"\s*,\s*(?:the\s+|a\s+)?(?:eldest\s+|youngest\s+|younger\s+|"
                             r"older\s+|elder\s+)?([A-Za-z]+)\s+of\s+")
#: what may stand between a kinship noun and the relative's name: a comma and a title
_KIN_APPOSITION = re.compile(r"\s*,?\s*(?:[A-Z][\w.’'-]*\s+){0,3}$")


#: the head words of a country's main force and of the words for its members ("the
#: Armed Forces", "the army", "troops"; "the National Police", "officers"), not of a
#: branch beside it ("the Coast Guard", "the Navy", "the Border Guard")
_MAIN_FORCES = frozenset({"forces", "army", "military", "troops", "soldiers", "police",
                          "officers", "policemen", "gendarmerie"})


def _proper_name(m: Mention) -> bool:
    """A force's own name ("West Yorkshire Police", "Kenya Defence Forces"),
    not a capitalised common noun ("Police said", "Armed officers")."""
    words = m.text.split()
    return m.kind in ("name", "metonym") and len(words) > 1 and words[-1][:1].isupper()


def _only_described_as(c: Cluster, words: frozenset[str], definite: bool = True) -> bool:
    """Is every naming mention of ``c`` a singular "the <word>" (or, not ``definite``,
    "a <word>" too)?"""
    naming = [m for m in c.mentions if m.kind not in ("pronoun", "quoted_pronoun")]
    dets = ("the", "this") if definite else ("the", "this", "a", "an")
    return bool(naming) and all(
        m.kind == "nominal" and not m.group and m.role_head is not None
        and m.role_head.split()[-1] in words and m.text.split()[0].lower() in dets
        for m in naming)
