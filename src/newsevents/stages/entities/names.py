"""Mentions by name: the model's entities repaired, knowledge-base phrases,
names the model missed."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from ...knowledge.actors import first_word, fold, norm
from ...knowledge.gazetteer import place_words
from ...knowledge.names import given_name_gender
from ...records import Span as TextSpan
from ..places.words import NOTED_CITY
from .descriptions import Descriptions
from .model import _INITIAL, Mention, _initials, _name_shaped, _trim
from .words import (
    _ACRONYM_AFTER,
    _CALENDAR,
    _FEMALE_HONORIFICS,
    _HARDWARE_HEADS,
    _HONORIFICS,
    _LOCATIVE_PREPS,
    _MALE_HONORIFICS,
    _NAME_PARTICLES,
    _NOUN_DEPS,
    _PARTY_WORDS,
    _PATRONYMIC,
    _PLACE_NAME_WORDS,
    _PLACE_VERBS,
    _POSSESSIVE,
    _REGIONAL_PREFIXES,
    _REGNAL,
    _SITE_NOUNS,
    _SPEECH_VERBS,
    _STORM_WORDS,
    ENTITY_LABELS,
)

#: The most words a name in the tables has ("Organization for Security and Co-operation
#: in Europe" is nine tokens, "United Nations Relief and Works Agency for Palestine
#: Refugees in the Near East" thirteen).
_LONGEST_PHRASE = 14
#: words around place names (knowledge/data/place_words.tsv): the last word of an area's
#: name ("Lagos State"), place names that are also given names ("Paris", "Jordan": in a
#: person's name, a name), words between a preposition and a place ("in western Tigray")
_AREA_WORDS = place_words()["area_word"]
_PLACE_GIVEN_NAMES = place_words()["given_name"]
_AREA_MODIFIERS = place_words()["area_modifier"]
#: nouns whose "of" introduces a place ("the city of Wad Madani", "the outskirts of Kyiv")
_OF_PLACE = place_words()["place_noun"]
#: verbs whose object is usually a place ("struck Kharkiv", "visited Goma")
_PLACE_OBJECT_VERBS = place_words()["place_verb"]
#: the last word of a feature at sea named after a person or a ship ("Second Thomas Shoal")
_SEA_FEATURES = place_words()["sea_feature"]
#: the word before "of" in a water's name ("the Gulf of Oman"): no country after it
_WATER_OF = place_words()["water_of"]
#: the last word of a river's, a lake's, an island's or a mountain's name
_FEATURE_WORDS = place_words()["feature_word"]
#: the combining forms of country adjectives ("Sino-Indian", "Indo-Pakistani")
_COMBINING = {"sino": "China", "indo": "India", "anglo": "Britain", "franco": "France",
              "russo": "Russia", "greco": "Greece", "italo": "Italy", "turco": "Turkey",
              "afro": "", "euro": ""}


class Names(Descriptions):
    """Mentions by name: the model's entities repaired, knowledge-base phrases,
    names the model missed."""

    def _name_mentions(self) -> list[Mention]:
        out: list[Mention] = []
        # (spaCy builds the tuple on every read)
        ents = self._coordinated_names(self._split_at_commas(self._whole_names(self.doc.ents)))
        surnames = self.surnames = {e[-1].text for e in ents
                                    if e.label_ == "PERSON" and len(e) > 1}
        person_words = {e[-1].text for e in ents if e.label_ == "PERSON"}
        # "Qaboos" after "Qaboos bin Said": Arabic names are shortened to the first
        first_names = self.patronymic_given = {
            next((t.text for t in e if t.lower_ not in _HONORIFICS and self.kb.role(t.lower_)
                  is None), e[0].text)  # ("Sultan Fahad bin Nasser": Fahad)
            for e in ents if e.label_ == "PERSON" and len(e) > 2
            and any(t.lower_ in _PATRONYMIC for t in e[1:-1])}
        full_names = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 1}
        place_names = {e.text for e in ents if e.label_ in ("GPE", "LOC")}
        # Phrases the knowledge base knows (countries, IGOs, metonyms), longest first,
        # anywhere: they overrule the NER labels they overlap.
        out += self._kb_phrases()
        # "Samir al-Rimawi ... al-Rimawi": lone surnames, however tokenised
        folded_surnames = {fold(e.text.split()[-1]) for e in ents
                           if e.label_ == "PERSON" and len(e.text.split()) > 1}
        # ... and the first word of a name of three, which is a family name written
        # first or the name an Arabic one is shortened to ("Yoon Suk Yeol ... urged
        # Yoon", the model tagging "Yoon" a place; "Hassan Sheikh Mohamud ... Hassan")
        folded_surnames |= {fold(w[0]) for e in ents if e.label_ == "PERSON"
                            and len(w := e.text.split()) == 3 and self._family_first(w[0])}
        # ... and of a name of two, where the model tags the word alone another kind
        # ("Wang Yi ... Wang told Blinken", "Wang" tagged an organisation): a family name
        # written first, when it names no country, place or body
        first_words = {fold(w[0]) for e in ents if e.label_ == "PERSON"
                       and len(w := e.text.split()) == 2 and self._family_first(w[0])
                       and self.kb.role(w[0].lower()) is None}
        folded_surnames |= {fold(e.text) for e in ents if e.label_ in ("ORG", "GPE", "NORP")
                            and " " not in e.text.strip() and fold(e.text) in first_words
                            and not self.kb.knows(e.text)}
        # "a no-deal Brexit": a one-word name that takes an article somewhere in the
        # text is a thing's name, not a person's, wherever the model calls it a person
        # ("the Queen", "the Pope" are titles, left to the nominals anyway)
        articled = {t.text for t in self.tokens if t.pos_ == "PROPN" and t.text[:1].isupper()
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)}
        for ent in ents:
            tokens = _trim(list(ent))
            if ent.label_ == "PERSON" and tokens:
                tokens = self._hyphenated_end(tokens)
            if ent.label_ == "PERSON" and len(tokens) == 1 and tokens[0].text in articled:
                continue
            if ent.label_ == "PERSON" and len(tokens) == 1 and tokens[0].i + 1 < len(self.doc) \
                    and self.kb.role(f"{tokens[0].lower_} {self.doc[tokens[0].i + 1].lower_}"):
                continue  # "Riot police": the first word of a role the tables know
            if len(tokens) == 1 and (ent.label_ == "NORP" or (
                    # "Gunmen abducted ..." tagged a place: a common noun, not a name
                    ent.label_ in ("GPE", "LOC") and tokens[0].pos_ == "NOUN")) \
                    and self.kb.country(tokens[0].text) is None \
                    and (self.kb.role(tokens[0].lower_) or self.kb.role(tokens[0].lemma_.lower())):
                continue  # "Jihadists" tagged NORP: a role, a nominal's (no people's name)
            if tokens and not any(c.isupper() or c.isdigit() for x in tokens for c in x.text):
                continue  # "accused the council of fraud" tagged ORG: no name is all lowercase
            if tokens and ent.label_ in ("PERSON", "ORG", "NORP", "GPE") and (
                    tokens[0].lower_ in _STORM_WORDS or " ".join(
                        x.lower_ for x in self.doc[max(0, tokens[0].i - 2):tokens[0].i])
                    in _STORM_WORDS or (tokens[0].i > 0
                                        and self.doc[tokens[0].i - 1].lower_ in _STORM_WORDS)):
                continue  # "Cyclone Remal", "Hurricane Melissa": a storm, no actor
            if ent.label_ in ("ORG", "PERSON") and tokens and tokens[-1].dep_ == "compound" \
                    and tokens[-1].head.i > tokens[-1].i \
                    and tokens[-1].head.lemma_.lower() in _HARDWARE_HEADS \
                    and not self.kb.knows(self._text_of(tokens)):
                continue  # "two Osprey aircraft", "Patriot missiles": a model, no actor
            if ent.label_ == "PERSON" and tokens and _names_a_site(tokens[-1]) \
                    and not self.kb.knows(self._text_of(tokens)):
                continue  # "the Erez crossing", "the Evin prison", "the Kakuma and Dadaab
                # camps": a site, no person
            if ent.label_ in ("ORG", "PERSON") and tokens and self._inside_title(tokens):
                continue  # "Interior Minister X", "Secretary of State Y": a title's words
            lone_surname = bool(tokens) and " " not in self._text_of(tokens) and (fold(
                self._text_of(tokens)) in folded_surnames or (
                    # "Scholz spoke after Macron" with "Scholz" tagged a place: the
                    # surname of a person the tables know, which names no place
                    ent.label_ in ("GPE", "ORG", "NORP") and tokens[0].is_title
                    and self._tables_surname(tokens[0].text)))
            if ent.label_ not in ENTITY_LABELS and not lone_surname:
                continue  # ("Mehta" tagged PRODUCT is still Mehta)
            label = ent.label_
            if label == "PERSON" and len(tokens) > 1 and tokens[-1].is_title \
                    and tokens[-1].lower_ in _SEA_FEATURES:
                label = "LOC"  # "Sabina Shoal", "Edward Reef" tagged PERSON: a place
            after = self.doc[tokens[-1].i + 1] if tokens and tokens[-1].i + 1 < len(
                self.doc) else None
            if label == "PERSON" and after is not None and after.is_lower \
                    and after.lower_ in _PARTY_WORDS and tokens[-1].head.i == after.i \
                    and tokens[-1].dep_ == "compound":
                # "his Chadema party", "the Likud party" with the name tagged PERSON: the
                # party's name
                label, tokens = "ORG", [*tokens, after]
            while label == "PERSON" and tokens and tokens[-1].lower_ in _NAME_PARTICLES \
                    and tokens[-1].i + 1 < len(self.doc) and (
                        (nxt := self.doc[tokens[-1].i + 1]).lower_ in _NAME_PARTICLES
                        or (nxt.is_title and nxt.pos_ == "PROPN")):
                tokens = [*tokens, nxt]  # "Ursula von der | Leyen", "Ursula von | der
                # Leyen": the model cut the name at its particle (and tagged the rest a place)
            if label == "PERSON" and tokens and tokens[0].lower_ in _NAME_PARTICLES \
                    and tokens[0].i > 0:
                given = self.doc[tokens[0].i - 1]  # "Arnel | dela Vega": the model cut
                if given.pos_ == "PROPN" and given.text[:1].isupper() and not given.ent_type_:
                    tokens = [given, *tokens]
            elif label == "PERSON" and len(tokens) > 1 and tokens[0].i > 1 \
                    and self.doc[tokens[0].i - 2].text == ",":
                # ", Slawoj [Leszek Glodz],": an appositive name whose first word the
                # model left out (not a title, a country or a day)
                given = self.doc[tokens[0].i - 1]
                if given.pos_ == "PROPN" and given.is_title and not given.ent_type_ \
                        and given.is_alpha and self.kb.role(given.lower_) is None \
                        and self.kb.country(given.text) is None \
                        and given.lower_ not in _CALENDAR | _HONORIFICS:
                    tokens = [given, *tokens]
            name = (self._person_name_in(tokens, label, person_words)
                    if label in ("ORG", "PERSON", "GPE", "FAC") else None)
            if name is None and label in ("ORG", "GPE", "NORP") and len(tokens) > 2:
                # "told NPR Hamza bin Laden had ...": a name seen as a person elsewhere
                # after the medium's or a place's name
                name = next((tokens[k:] for k in (1, 2) if len(tokens) - k > 1 and
                             self._text_of(tokens[k:]) in full_names), None)
            if name is not None:
                # "Kate Rowe", "Vermont Bernie Sanders", "Jane Tilley" tagged ORG
                label, tokens = "PERSON", name
                out = self._reclaim(out, tokens)
            elif label == "ORG" and len(tokens) > 2 and tokens[1].lower_ == "of" and (
                    (r := self.kb.role(tokens[0].lower_)) is not None and r.kind == "person"):
                continue  # "the Archbishop of Gdansk" tagged ORG: an office, a nominal's
            elif label == "ORG" and tokens and tokens[-1].i + 1 < len(self.doc) \
                    and self.doc[tokens[-1].i + 1].ent_type_ == "PERSON" and (
                        (r := self.kb.role(self._text_of(tokens))) is not None
                        and r.kind == "person"):
                continue  # "Rear Admiral Daniel Hagari" with the rank tagged ORG: a title
            elif label in ("ORG", "FAC") and not all(t.i in self.taken for t in tokens):
                # "Iran's Supreme National Security Council": the country is a mention of
                # its own; "Security Council of Azerbaijan" keeps its country inside.
                k = 0
                while k < len(tokens) and tokens[k].i in self.taken:
                    k += 1
                # ... but a country or its adjective before the name without a possessive
                # is part of it: "Indian National Congress", "Philippine Coast Guard" (a
                # town is not: "Nairobi Health Institute" keeps Nairobi apart)
                if not (0 < k < len(tokens) and tokens[k].text not in _POSSESSIVE
                        and tokens[k - 1].text not in _POSSESSIVE
                        and self.kb.country(self._text_of(tokens[:k])) is not None):
                    tokens = _trim(tokens[k:])
                if all(t.i in self.taken for t in tokens):
                    continue
            else:
                tokens = self._longest_run([t for t in tokens if t.i not in self.taken])
            if not tokens or not any(c.isalpha() for t in tokens for c in t.text):
                continue
            if len(tokens) == 1 and label != "PERSON" and self._after_place_prep(tokens[0]) \
                    and (tokens[0].text not in surnames | first_names
                         or any(c.population >= 100_000 or c.capital
                                for c in self.gazetteer.candidates(tokens[0].text))):
                # "travelled to Amman": the city, whoever else is called Amman (but
                # "responding to Castellano's remarks", no place, is the man named before)
                pass
            elif lone_surname or (len(tokens) == 1 and (tokens[0].text in surnames or (
                    tokens[0].text in first_names and label != "PERSON"))):
                # "Shamkhani" tagged ORG or NORP in one place; "to Johnson" after Boris
                # Johnson is no town; "Qaboos" after "Qaboos bin Said" no place
                label = "PERSON"
            elif label in ("PERSON", "ORG") and (self._is_town(tokens) or (
                    label == "PERSON" and len(tokens) == 1 and tokens[0].text in place_names
                    and tokens[0].text not in surnames | first_names)):
                # "in Dakar" tagged PERSON, "through Buenos Aires" ORG; "Alexandria"
                # tagged GPE in one place and PERSON in another ("Steven Sachs of
                # Alexandria") is the place
                label = "GPE"
            elif label in ("PERSON", "ORG") and self._medium(tokens, surnames):
                continue  # "said on Twitter": where it was said, not who
            elif label == "ORG" and not self._site_after_title(tokens) and (
                    self._after_person_title(tokens) or self._titled_name(tokens)):
                label = "PERSON"  # "Vice-President Moody Awori", "King Felipe" tagged ORG
            elif label == "ORG" and len(tokens) > 1 and tokens[-1].lower_ in _AREA_WORDS \
                    and any(c.feature == "region" and c.is_named(self._text_of(tokens[:-1]))
                            for c in self.gazetteer.candidates(self._text_of(tokens[:-1]))):
                label = "GPE"  # "Lagos State", "Balkh Province" tagged ORG: the region
            elif label == "GPE" and len(tokens) == 2 and all(
                    t.pos_ == "PROPN" and t.is_title for t in tokens) \
                    and tokens[-1].dep_ == "nsubj" and tokens[-1].head.lemma_ in _SPEECH_VERBS \
                    and not self.gazetteer.candidates(self._text_of(tokens)) \
                    and not self.gazetteer.candidates(tokens[-1].text) \
                    and not self.kb.country(self._text_of(tokens)):
                # '"We will not be intimidated," said Ojango Omondi': a name the
                # gazetteer does not know, one that speaks, is a person's
                label = "PERSON"
            elif label in ("GPE", "LOC") and len(tokens) > 1 and tokens[-1].is_title and (
                    (r := self.kb.role(tokens[-1].lower_)) is not None and r.kind == "group"
                    and not self.gazetteer.candidates(self._text_of(tokens))):
                # "West Yorkshire Police", "Kent County Council" tagged GPE (but the West
                # Bank is a place)
                label = "ORG"
            if label == "PERSON" and self._site_after_title(tokens):
                label = "FAC"  # "King Fahd Causeway": a site named after a royal, no royal
            if label == "PERSON" and len(tokens) == 1 and tokens[0].i > 0 \
                    and self.doc[tokens[0].i - 1].lower_ == "the" and (
                        (r := self.kb.role(tokens[0].lower_)) is not None and r.kind == "person"):
                continue  # "the Queen", "the Pope" tagged PERSON: a role, resolved as one
            if label == "PERSON":
                # "Grand Ayatollah X", "Crown Prince Y", "Chief Superintendent Z" inside
                # the model's name: the title is left before the name, as a title
                # ... and a place before the title is a place of its own ("Alexandria
                # Police Spokeswoman Ashley Hildebrandt", "Dublin Mayor X")
                seat = self._seat_before_title(tokens) or (
                    # ("Alexandria | Police Chief | Ashley Hildebrandt" tagged apart)
                    tokens if len(tokens) == 1 and self._seat_before_title(
                        [*tokens, *self.doc[tokens[0].i + 1:tokens[0].i + 6]]) else [])
                if seat:
                    out.append(self._mention(seat, "name", "GPE",
                                             key=norm(self._text_of(seat))))
                    tokens = tokens[len(seat):]
                    if not tokens:
                        continue
                tokens = tokens[self._title_inside(tokens):]
                # "[Superintendent Arnel] Santos": the model ended the name on a word
                # that is a compound of the proper noun after it
                while (tokens and tokens[-1].dep_ == "compound" and tokens[-1].i + 1 < len(self.doc)
                       and tokens[-1].head.i == tokens[-1].i + 1
                       and self.doc[tokens[-1].i + 1].pos_ == "PROPN"
                       and self.doc[tokens[-1].i + 1].is_title
                       and not self.doc[tokens[-1].i + 1].ent_type_
                       and tokens[-1].i + 1 not in self.taken):
                    tokens = [*tokens, self.doc[tokens[-1].i + 1]]
            honorific = None
            before = self.doc[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
            if before is not None and (before.lower_ in _HONORIFICS or (
                    before.pos_ == "PROPN" and before.is_title and not before.ent_type_
                    and label == "PERSON" and self.kb.role(before.lower_) is None)) \
                    and before.i not in self.taken \
                    and norm(self.text[before.idx:tokens[-1].idx + len(tokens[-1].text)]) \
                    in self.kb.people:
                # the model left "Sheikh" out of "Sheikh Hasina", "Tarek" out of "Tarek
                # William Saab": the tables know the whole name
                tokens = [before, *tokens]
            while tokens and tokens[0].lower_ in _HONORIFICS and norm(
                    self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
            ) not in self.kb.people:  # "Sheikh Hasina": the tables know the whole name
                honorific = tokens[0].lower_
                tokens = tokens[1:]
            if not tokens:
                continue
            if label == "ORG":
                # "Ghana National Alliance (GNA) party" as one name: the name, then its
                # acronym (found after it below); the head noun after is the nominals'
                cut = next((k for k, t in enumerate(tokens) if t.text == "(" and k > 0), None)
                if cut is not None and _ACRONYM_AFTER.match(self.text, tokens[cut - 1].idx
                                                            + len(tokens[cut - 1].text)):
                    tokens = _trim(tokens[:cut])
                    if not tokens:
                        continue
            text = self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
            iso = self.kb.country(text)
            if iso:  # NER called a country or its adjective PERSON/ORG
                out.append(self._mention(tokens, "country", "GPE", country=iso, key=iso))
                self.taken.update(t.i for t in tokens)
                continue
            if label == "PERSON" and len(tokens) == 1 and tokens[0].pos_ not in ("PROPN", "NOUN"):
                continue
            if label in ("PERSON", "ORG") and all(t.lower_ in _CALENDAR for t in tokens):
                continue  # "Friday", "May": the model's people that are days and months
            gender = ("f" if honorific in _FEMALE_HONORIFICS else
                      "m" if honorific in _MALE_HONORIFICS else None)
            if gender is None and label == "PERSON" and len(tokens) > 1 \
                    and len(tokens[0].text) > 2 and tokens[0].is_alpha:
                # "Emily Brandt" is no "he"; "Sheikh Hasina", a title the tables keep in
                # the name, by the given name after it
                given = tokens[1] if tokens[0].lower_ in _HONORIFICS else tokens[0]
                gender = given_name_gender(given.text) if given.is_alpha else None
            m = self._mention(tokens, "name", label, gender=gender, key=norm(text))
            if label == "PERSON":
                m.descriptions = self._titles_and_appositives(tokens, m)
            elif label == "ORG":
                self._org_country(tokens, m)
                m.descriptions = self._kind_before(tokens)
                acro = _ACRONYM_AFTER.match(self.text, m.end)
                if acro:
                    out.append(Mention(start=acro.start(1), end=acro.end(1), text=acro.group(1),
                                       kind="acronym", label="ORG", sent=m.sent,
                                       key=norm(acro.group(1)), words=frozenset({m.key})))
            out.append(m)
            self.taken.update(t.i for t in tokens)
            if label == "PERSON":
                self.person_tokens.update(t.i for t in tokens)
                if len(tokens) > 1:  # "Julien Marchal" tagged ORG: "Marchal" is his too
                    folded_surnames.add(fold(self._text_of(tokens).split()[-1]))
            elif label == "ORG":
                self.org_tokens.update(t.i for t in tokens)
        out += self._titled_names()
        out += self._missed_names(out)
        out += self._acronyms_again(out)
        return out

    def _acronyms_again(self, found: list[Mention]) -> list[Mention]:
        """"the Ghana National Alliance (GNA) ... a member of the GNA": an acronym the
        text has defined is that organisation wherever it stands again, tagged or not;
        and "the paramilitary Rapid Support Forces ... accused the RSF", where the model
        tagged no entity: an all-caps word that spells the initials of a body the tables
        know, named before it, is that body's name (placed with it by its initials)."""
        defined = {m.text: m for m in found if m.kind == "acronym"}
        named: dict[str, Mention] = {}
        for f in found:
            # (bodies the tables know only: "IDP camps" are no Islamic Dawa Party's, nor
            # "GDP" a Gambia Democratic Party's)
            if f.label == "ORG" and f.kind in ("igo", "metonym") and len(f.text.split()) > 1:
                named.setdefault(_initials(f.text).upper(), f)
        spans = [(m.start, m.end) for m in found]
        out = []
        for t in self.tokens:
            m: Mention | None = defined.get(t.text)
            spelled = named.get(t.text) if m is None and t.is_upper and t.pos_ == "PROPN" \
                and 2 <= len(t.text) <= 8 and t.is_alpha else None
            first = m or spelled
            if first is None or t.idx <= first.start or t.i in self.taken or any(
                    s <= t.idx < e for s, e in spans):
                continue
            if m is not None:
                out.append(self._mention([t], "acronym", "ORG", key=m.key, words=m.words))
            else:
                out.append(self._mention([t], "name", "ORG", key=norm(t.text)))
            self.taken.add(t.i)
            self.org_tokens.add(t.i)
        return out

    def _titled_names(self) -> list[Mention]:
        """Names the model missed right after a person's title: "the United Kingdom's
        Queen Elizabeth II", "King Maha Vajiralongkorn" -- one to three capitalised
        words no entity took, and a regnal number."""
        out = []
        doc = self.doc
        for t in self.tokens:
            if t.i in self.taken or not t.is_title or t.pos_ not in ("PROPN", "NOUN"):
                continue
            role = self.kb.role(t.lower_)
            if role is None or role.kind != "person" or t.i + 1 >= len(doc):
                continue
            k = t.i + 1
            while (k < len(doc) and k - t.i <= 3 and k not in self.taken and doc[k].is_title
                   and doc[k].pos_ == "PROPN" and doc[k].is_alpha
                   and doc[k].ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP")
                   and not self.kb.role(doc[k].lower_) and not self.kb.country(doc[k].text)
                   and doc[k].lower_ not in _CALENDAR):
                k += 1
            if k == t.i + 1:
                continue
            if k < len(doc) and k not in self.taken and _REGNAL.fullmatch(doc[k].text):
                k += 1
            tokens = list(doc[t.i + 1:k])
            if all(x.lower_ in _HONORIFICS for x in tokens):
                continue  # "UAE President Sheikh | Mohamed bin Zayed": a form of address
                # before the name the model took, no name of its own
            text = self._text_of(tokens)
            m = self._mention(tokens, "name", "PERSON", key=norm(text))
            m.descriptions = self._titles_and_appositives(tokens, m)
            for d in m.descriptions:
                self.described.update(x.i for x in doc.char_span(
                    d.start, d.end, alignment_mode="expand") or ())
            self.described.add(t.i)
            out.append(m)
            self.taken.update(x.i for x in tokens)
            self.person_tokens.update(x.i for x in tokens)
        return out

    def _person_name_in(self, tokens: list[Any], label: str,
                        person_words: set[str]) -> list[Any] | None:
        """The tokens of a person's name inside an entity the model got wrong: a name
        tagged ORG or GPE, or one whose last word a country phrase took ("Holland").

        A name is two to four capitalised words (particles such as "bin", "de" allowed)
        with no organisation word (``org_words.tsv``) and no role word, in a person's
        place: after a person's title (through "of <place>", "(MP)"), as the subject
        of a verb of saying or set beside a person's role noun ("a police spokeswoman,
        Resila Onyango,"), or with a surname used for a person elsewhere; or with a
        middle initial ("Tyrise M. Bell"), which marks a person anywhere. A leading
        place ("Vermont Bernie Sanders") is left out of the name."""
        if len(tokens) < 2 or len(tokens) > 5:
            return None
        words = tokens
        if label != "PERSON" and (self.kb.country(words[0].text) or any(
                (c.feature == "country" or (c.feature == "region" and c.admin2 is None))
                and c.is_named(words[0].text) for c in self.gazetteer.candidates(words[0].text))):
            words = words[1:]  # "Vermont Bernie Sanders", "Wales Megan Price"
        if not _name_shaped(words, self.kb):
            return None
        taken_end = words[-1].i in self.taken and not any(t.i in self.taken for t in words[:-1])
        if label == "PERSON":
            # a person's name is kept whole when only a country phrase took its last word
            return words if taken_end and words[-1].i not in self.org_tokens else None
        if any(t.i in self.taken for t in words[:-1]):
            return None
        if taken_end and words[-1].i in self.org_tokens:
            return None
        head = words[-1]
        speaks = head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in _SPEECH_VERBS
        # "A police spokeswoman, Resila Onyango, said": set beside a person's role noun
        role = self.kb.role(head.head.lemma_.lower()) if head.dep_ == "appos" else None
        apposed = role is not None and role.kind in ("person", "generic") \
            and head.head.pos_ == "NOUN" and len(words) <= 3
        # "Tyrise M. Bell": a middle initial between two names is a person's mark
        initial = len(words) == 3 and _INITIAL.fullmatch(words[1].text) is not None \
            and len(words[0].text) > 2 and words[0].text.isalpha()
        if (self._titled(words[0].i - 1) or initial or apposed
                or ((speaks or (label == "FAC" and words[-1].lower_ not in _FEATURE_WORDS))
                    and self.kb.is_given_name(words[0].text))
                or (words[-1].text in person_words)
                # (a full name the people tables know: "led by Maria Corina Machado")
                or norm(self._text_of(words)) in self.kb.people):
            # (a "facility" of two or three plain capitalised words that begins with a
            # given name is a person: "opposition figure Yulia Navalnaya" tagged FAC)
            return words
        return None

    def _titled(self, i: int) -> bool:
        """Is there a person's title just before token ``i`` ("MP", "First Minister of
        Scotland", "Arab League (AL) head")?"""
        steps = 0
        while i >= 0 and steps < 8:
            t = self.doc[i]
            role = self.kb.role(t.lower_) or self.kb.role(t.lemma_.lower())
            if role is not None and role.kind in ("person", "generic"):
                return True
            if not (t.is_title or t.is_upper or t.lower_ in ("of", "from", "the", "(", ")")
                    or t.text in _POSSESSIVE):
                return False
            i -= 1
            steps += 1
        return False

    def _reclaim(self, found: list[Mention], tokens: list[Any]) -> list[Mention]:
        """Drop knowledge-base phrases ("Holland") found inside a person's name."""
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return [m for m in found if not (start <= m.start and m.end <= end)]

    def _medium(self, tokens: list[Any], surnames: set[str]) -> bool:
        """A one-word name a statement was made on or through ("said on Twitter",
        "wrote on Facebook", "told via Telegram"): a medium, not an actor (a name
        the article or the tables know as a person's is one: "commented on Trump")."""
        if len(tokens) != 1:
            return False
        t = tokens[0]
        if t.dep_ != "pobj" or t.head.lower_ not in ("on", "via", "over"):
            return False
        verb = t.head.head
        return (verb.pos_ == "VERB" and verb.lemma_ in _SPEECH_VERBS | {"post", "tweet"}
                and t.text not in surnames and not self._known_surname(t.text))

    def _is_town(self, tokens: list[Any]) -> bool:
        """A capital, a big city or a province after "in/at/to/from/near" ("in western
        Tigray"), or any name after "the city of", not a person."""
        i = tokens[0].i - 1
        while i > 0 and (self.doc[i].lower_ in _AREA_MODIFIERS or self.doc[i].lower_ == "the"):
            i -= 1  # ("from the Tigray region")
        text = self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
        if i >= 1 and self.doc[i].lower_ == "of" and self.doc[i - 1].lemma_.lower() in _OF_PLACE \
                and i == tokens[0].i - 1:
            return True  # "recaptured the city of Wad Madani" tagged PERSON: the city
        verb = self.doc[i] if i >= 0 else None
        if verb is not None and verb.pos_ == "VERB" and tokens[0].dep_ == "dobj" \
                and verb.lemma_.lower() in _PLACE_OBJECT_VERBS:
            # "visited Kharkiv", "shelled Mariupol" tagged PERSON: a city of note, or a
            # town of some size whose name is nobody's the tables know ("struck Kherson")
            known = self._known_surname(text) or self.kb.is_given_name(text)
            return any(c.feature == "city" and c.is_named(text) and (
                c.population >= 100_000 or (c.population >= 15_000 and not known))
                for c in self.gazetteer.candidates(text))
        if i < 0 or self.doc[i].lower_ not in ("in", "at", "to", "from", "near", "outside",
                                               "through", "across", "into", "around"):
            return False
        if norm(text) in self.kb.capitals:
            return True
        return any(c.population >= 500_000 or (c.feature == "region" and c.is_named(text))
                   for c in self.gazetteer.candidates(text))

    def _coordinated_names(self, ents: list[Any]) -> list[Any]:
        """"The House Oversight and Reform Committee", "the Confederated Salish and
        Kootenai Tribes": the model tags the words after the "and" of a name that
        coordinates inside it (and often one word before as a person or a people). A name that
        ends in an organisation's word (``org_words.tsv``) takes the capitalised words
        before its "and" back to the phrase's start; a word that is a person's name
        elsewhere in the text is not taken ("Biden and Senate Democrats")."""
        people = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        single = {e.start: e for e in ents if e.label_ in ("PERSON", "NORP") and len(e) == 1}
        drop: set[int] = set()
        out = []
        for e in ents:
            i = e.start
            if e.label_ not in ("ORG", "PERSON", "NORP", "FAC") or i < 2 \
                    or e[-1].lower_ not in self.kb.org_words \
                    or self.doc[i - 1].lower_ not in ("and", "&"):
                out.append(e)
                continue
            k = i - 1
            start = e.sent.start
            while k - 1 >= start:
                t = self.doc[k - 1]
                if not (t.is_alpha and t.is_title) or t.text in people or (
                        t.ent_type_ and (k - 1) not in single):
                    break
                k -= 1
            if k == i - 1:
                out.append(e)
                continue
            drop.update(x for x in range(k, i - 1) if x in single)
            out.append(Span(self.doc, k, e.end, label="ORG"))
        return [e for e in out if e.start not in drop or len(e) > 1]

    def _whole_names(self, ents: Any) -> list[Any]:
        """One person's name the model cut in two: "Hassan Sheikh" and "Mohamud" tagged
        side by side are "Hassan Sheikh Mohamud"; "Aung San" before the untagged
        proper nouns "Suu Kyi" is "Aung San Suu Kyi" (at most two more, none a role,
        an organisation's word or a day)."""
        out: list[Any] = []
        for ent in ents:
            prev = out[-1] if out else None
            if prev is not None and ent.label_ == "PERSON" and prev.label_ == "PERSON" \
                    and prev.end == ent.start and "\n" not in prev[-1].whitespace_:
                out[-1] = Span(self.doc, prev.start, ent.end, label="PERSON")
                continue
            out.append(ent)
        for n, ent in enumerate(out):
            if ent.label_ != "PERSON":
                continue
            end = ent.end
            while end < len(self.doc) and end - ent.end < 2:
                t = self.doc[end]
                if t.ent_type_ or t.pos_ != "PROPN" or not t.is_title or t.is_sent_start \
                        or "\n" in self.doc[end - 1].whitespace_ \
                        or t.lower_ in self.kb.org_words or self.kb.role(t.lower_) is not None \
                        or t.lower_ in _CALENDAR or t.lower_ in _HONORIFICS:
                    break
                end += 1
            if end > ent.end and (end == len(self.doc) or not (
                    self.doc[end].pos_ == "PROPN" and self.doc[end].is_title)):
                out[n] = Span(self.doc, ent.start, end, label="PERSON")
            start = out[n].start
            if len(ent) == 1 and start > 1 and self._lone_given_name(self.doc[start - 1]) and (
                    (r := self.kb.role(self.doc[start - 2].lower_)) is not None
                    and r.kind == "person"):
                # "Defence Minister Rustem | Umerov": the model tagged the surname only
                out[n] = Span(self.doc, start - 1, out[n].end, label="PERSON")
        return out

    def _tables_surname(self, word: str) -> bool:
        """Is ``word`` the surname of someone the tables know, and no country's, no
        place's of any size, no organisation word?"""
        return word.isalpha() and bool(self.kb.full_names(word)) \
            and self.kb.country(word) is None and word.lower() not in self.kb.org_words \
            and self.kb.role(word.lower()) is None and not any(
                (c.is_named(word) and c.population >= 1_000) or c.feature != "city"
                for c in self.gazetteer.candidates(word))

    def _family_first(self, word: str) -> bool:
        """Can ``word``, first of a name of three, stand alone for that person? A word,
        capitalised, that names no country and no place of size ("Montana Native
        Vote" tagged a person leaves Montana a state)."""
        return word.isalpha() and word[:1].isupper() and self.kb.country(word) is None \
            and not any(c.is_named(word) and (c.feature != "city" or c.population >= 15_000)
                        for c in self.gazetteer.candidates(word))

    def _lone_given_name(self, t: Any) -> bool:
        """An untagged capitalised proper noun that is no role, organisation word, day,
        honorific or country."""
        return not t.ent_type_ and t.pos_ == "PROPN" and t.is_title and t.is_alpha \
            and t.lower_ not in self.kb.org_words and self.kb.role(t.lower_) is None \
            and t.lower_ not in _CALENDAR and t.lower_ not in _HONORIFICS \
            and self.kb.country(t.text) is None

    def _split_at_commas(self, ents: Any) -> list[Any]:
        """"the mayor of Kharkiv, Ihor Terekhov," taken by the model for one
        organisation: a place the gazetteer knows, then the name after the comma."""
        out = []
        for ent in ents:
            comma = next((t.i for t in ent if t.text == ","), None)
            if ent.label_ not in ("ORG", "GPE") or comma is None or comma == ent.start \
                    or comma + 1 >= ent.end:
                out.append(ent)
                continue
            left, right = self.doc[ent.start:comma], self.doc[comma + 1:ent.end]
            words = [t for t in right if not t.is_punct]
            if not (self.gazetteer.candidates(left.text) and 2 <= len(words) <= 4
                    and all(t.is_title and t.pos_ == "PROPN" for t in words)):
                out.append(ent)
                continue
            out.append(Span(self.doc, left.start, left.end, label="GPE"))
            out.append(Span(self.doc, right.start, right.end, label="PERSON"))
        return out

    def _in_office(self, word: str) -> bool:
        """Is the capitalised ``word`` the surname of someone the people tables have in
        government (a GOV code: head of state or government, a minister) on the
        article's day?"""
        if not word[:1].isupper() or self.day is None:
            return False
        return any(o.valid_on(self.day) and o.code[3:6] == "GOV"
                   for full in self.kb.full_names(word)
                   for o in self.kb.people.get(norm(full), ()))

    def _hyphenated_end(self, tokens: list[Any]) -> list[Any]:
        """A person's name the model ends before the second half of a hyphenated given
        name ("Han Duck-soo" tagged "Han Duck"): the name runs on through it."""
        last = tokens[-1]
        i = last.i
        if i + 2 < len(self.doc) and not last.whitespace_ and self.doc[i + 1].text == "-" \
                and not self.doc[i + 1].whitespace_ and self.doc[i + 2].is_alpha \
                and self.doc[i + 2].is_lower and not self.doc[i + 2].ent_type_:
            return [*tokens, self.doc[i + 1], self.doc[i + 2]]
        return tokens

    def _inside_title(self, tokens: list[Any]) -> bool:
        """Are ``tokens`` the portfolio of a person's title the tables know ("Interior"
        in "Interior Minister", "Cabinet" in "Cabinet Secretary", "State" in "Secretary
        of State", "Foreign Affairs" in "Minister of State for Foreign Affairs")? A body
        before a lowercase word of its people stays a body ("Foreign Ministry
        spokesman")."""
        text = self._text_of(tokens).lower()
        doc = self.doc
        after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
        # ("Philippine Defence" before "Secretary": the country's word and the portfolio)
        own = tokens[1:] if len(tokens) > 1 and self.kb.country(tokens[0].text) else tokens
        for part in {text, self._text_of(own).lower()}:
            if after is not None and (r := self.kb.role(f"{part} {after.lower_}")) is not None \
                    and r.kind == "person" and (after.is_title or not (
                        self.kb.role(part) is not None
                        or any(t.lower_ in self.kb.org_words for t in tokens))):
                return True
        i = tokens[0].i
        if i > 1 and doc[i - 1].lower_ == "for" and not any(
                t.lower_ in self.kb.org_words for t in tokens):
            # "Secretary for Foreign Affairs", "Minister of State for Foreign Affairs"
            for j in range(i - 2, max(-1, i - 6), -1):
                if not doc[j].is_title:
                    break
                r = self.kb.role(doc[j].lower_)
                if r is not None and r.kind in ("person", "generic"):
                    return True
        # ("Member of Parliament": the parliament is a body of its own)
        return i > 1 and doc[i - 1].lower_ == "of" and self.kb.role(text) is None and (
            r := self.kb.role(f"{doc[i - 2].lower_} of {text}")) is not None \
            and r.kind == "person"

    def _site_after_title(self, tokens: list[Any]) -> bool:
        """A name after or with a person's title that ends in a site's or a body's word
        ("[King] Fahd Causeway", "[Queen] Mary University"): named after the person."""
        last = tokens[-1].lower_
        if len(tokens) < 2 or not (last in _SITE_NOUNS or last in self.kb.org_words
                                   or last in _PLACE_NAME_WORDS):
            return False
        prev = self.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        return bool(self._title_inside(tokens)) or (
            prev is not None and prev.is_title
            and (r := self.kb.role(prev.lower_)) is not None and r.kind == "person")

    def _titled_name(self, tokens: list[Any]) -> bool:
        """A person's title and a name of one to three words that opens with a given
        name or is a person the tables know, no body's word among them ("King Felipe",
        "Emir Tamim"; not "Queen Mary University", "General Motors")?"""
        k = self._title_inside(tokens)
        rest = tokens[k:]
        return bool(k) and 1 <= len(rest) <= 3 and (
            self.kb.is_given_name(rest[0].text)
            or norm(" ".join(t.text for t in rest)) in self.kb.people) and all(
            t.pos_ == "PROPN" and t.is_title and t.lower_ not in self.kb.org_words
            and t.lower_ not in _SITE_NOUNS and t.lower_ not in _PLACE_NAME_WORDS
            and not self.kb.role(t.lower_) for t in rest)

    def _after_person_title(self, tokens: list[Any]) -> bool:
        """Proper nouns right after a person's title ("Vice-President ...", "officers
        Julien Marchal and ...")."""
        i = tokens[0].i - 1
        words = [t for t in tokens if not (t.is_punct and t.text in "-‐")]
        if i < 0 or not all(t.pos_ == "PROPN" for t in words) or len(words) > 4:
            return False
        prev = self.doc[i]
        if prev.text == "," and 2 <= len(words) <= 4 and all(t.is_title for t in words) \
                and not any(t.lower_ in self.kb.org_words for t in words):
            # "The governor of Lagos State, Babajide Sanwo-Olu," "the commission's
            # chairman, Mahmood Yakubu," tagged ORG: the name an office introduces
            for j in range(i - 1, max(-1, i - 9), -1):
                r = self.kb.role(self.doc[j].lower_)
                if r is not None and r.kind in ("person", "generic") and j > 0 and \
                        self.doc[j - 1].lower_ in ("the", "a", "an", "'s", "’s"):
                    return True
            return False
        role = self.kb.role(prev.lower_) or self.kb.role(prev.lemma_.lower())
        return role is not None and role.kind in ("person", "generic") and (
            prev.is_title or self._shared_plural_title(tokens) is prev)

    def _longest_run(self, tokens: list[Any]) -> list[Any]:
        """Tokens of an entity that are not already taken, as one contiguous run."""
        runs: list[list[Any]] = []
        for t in tokens:
            if runs and t.i == runs[-1][-1].i + 1:
                runs[-1].append(t)
            else:
                runs.append([t])
        return _trim(max(runs, key=len)) if runs else []

    def _given_name(self, t: Any, j: int, key: str) -> bool:
        """Is the phrase from ``t`` up to token ``j`` an acronym of the tables written
        as a word that opens a longer name the model tags a person's ("Sana Mehmood":
        a singer, not SANA, the Syrian news agency)?"""
        ent = self.doc[t.i].ent_iob_ == "B" and self.doc[t.i].ent_type_ == "PERSON"
        if not ent or key not in self.kb.acronyms or t.is_upper:
            return False
        end = t.i + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        last = self.tokens[j - 1].i
        return bool(end > last + 1)

    def _kb_phrases(self) -> list[Mention]:
        out: list[Mention] = []
        toks = self.tokens
        starts = self.kb.phrase_starts
        i = 0
        while i < len(toks):
            t = toks[i]
            if not (t.is_title or t.is_upper or t.lower_ in _NAME_PARTICLES
                    or sum(c.isupper() for c in t.text) >= 2) or t.is_punct:
                i += 1  # ("al-Qa'ida" begins with a particle; "AfD" is an acronym)
                continue
            pair = self._country_pair(t)
            if pair:  # "the U.S.-Mexican border": two countries in one word
                out.extend(pair)
                self.taken.add(t.i)
                i += 1
                continue
            start_key = norm(t.text)
            if start_key and first_word(start_key) not in starts:
                i += 1  # no country, metonym, IGO or capital begins with this word
                continue
            found = None
            # phrases end on a capitalised word and do not run over a comma or a stop
            # ("Bosnia and Herzegovina", "Democratic People's Republic of Korea")
            stop = i + 1
            while stop < min(len(toks), i + _LONGEST_PHRASE) and \
                    toks[stop].i == toks[stop - 1].i + 1 and \
                    toks[stop].text not in (",", ";", ":", "(", ")", '"', "“", "”"):
                stop += 1
            for j in range(stop, i, -1):
                last = toks[j - 1]
                # the text as written: "People's" stays one word
                key = norm(self.text[t.idx:last.idx + len(last.text)])
                if not key:
                    continue
                if j > i + 1 and not (last.is_title or last.is_upper or last.text[:1].isupper()) \
                        and not (key in self.kb.igos and " " in key):
                    continue  # (but "the U.N. refugee agency" is the name the tables give)
                if self.kb.country(key):
                    found = ("country", j, key)
                elif key in self.kb.metonyms and not self._given_name(t, j, key) and not (
                        (r := self.kb.role(key)) is not None and r.kind == "person"):
                    # (a title that stands for a state, "the Pope", is left to the
                    # nominals: before a name it is that person's title)
                    found = ("metonym", j, key)
                elif key in self.kb.igos and not self._given_name(t, j, key) and not (
                        t.ent_type_ == "PERSON" and not self.kb.written_so(
                            self.text[t.idx:last.idx + len(last.text)])):
                    # ("Kim Jong Un", a person's name: no UN written "Un")
                    found = ("igo", j, key)
                elif key in self.kb.capitals:
                    found = ("capital", j, key)
                elif key in self.kb.party_phrases and not self._given_name(t, j, key) \
                        and not (key in self.kb.party_acronyms and sum(
                            c.isupper() for c in self.text[t.idx:last.idx + len(last.text)]) < 2) \
                        and not self._acronym_of_another(self.text[t.idx:last.idx + len(
                            last.text)], key):
                    # (an acronym written in capitals: "Lula da Silva" is no "DA")
                    found = ("party", j, key)
                if found:
                    break
            if not found:
                i += 1
                continue
            kind, j, key = found
            span_tokens = _trim(toks[i:j])
            if not span_tokens:
                i = j
                continue
            if kind != "igo" and self._surname_not_place(span_tokens):
                i = j  # "Amman" after "Daniel Amman": the man, left to the names
                continue
            first = span_tokens[0].i
            if kind in ("country", "capital") and first > 1 \
                    and self.doc[first - 1].lower_ == "of" \
                    and self.doc[first - 2].lower_ in _WATER_OF and self.doc[first - 2].is_title:
                i = j  # "the Gulf of Oman", "the Sea of Japan": the water, not the country
                continue
            if kind in ("country", "capital") and self._inside_place_name(span_tokens):
                i = j  # "Western Australia", "Northern Ireland", "New Mexico": a region's
                continue  # name that holds a country's, left to the names and places
            if kind == "country" and len(span_tokens) == 1 and span_tokens[0].i > 0 \
                    and self.doc[span_tokens[0].i - 1].lower_ in _REGIONAL_PREFIXES:
                i = j  # "Latin American countries", "African American voters": no US
                continue
            if kind in ("country", "capital") and len(span_tokens) == 1 \
                    and span_tokens[0].lower_ in _PLACE_GIVEN_NAMES \
                    and span_tokens[0].ent_type_ == "PERSON" and any(
                        e.start <= span_tokens[0].i < e.end and len(e) > 1
                        for e in self.doc.ents if e.label_ == "PERSON"):
                i = j  # "Paris Hilton", "Jordan Henderson": a given name in a person's name
                continue
            if kind == "capital":
                if not self._capital_is_government(span_tokens):
                    i = j
                    continue
                seat_of = self._seat_of(key)
                if seat_of is not None:
                    # "Beijing accused Brussels of protectionism" in a story about the
                    # EU: the organisation whose seat the city is
                    m = self._mention(span_tokens, "igo", "ORG", key="igo:" + seat_of)
                else:
                    iso = self.kb.capitals[key]
                    m = self._mention(span_tokens, "capital", "GPE", country=iso, key=iso)
            elif kind == "country":
                iso = self.kb.country(key) or ""
                m = self._mention(span_tokens, "country", "GPE", country=iso, key=iso)
            elif kind == "igo":
                m = self._mention(span_tokens, "igo", "ORG", key="igo:" + self.kb.igos[key][0])
            elif kind == "party":
                # ("Alternative for Germany", which the model tags nothing; "AfD" is it too;
                # "the Law and Justice party" with its word)
                after = span_tokens[-1].i + 1
                if after < len(self.doc) and self.doc[after].lower_ == "party":
                    span_tokens = [*span_tokens, self.doc[after]]
                    j = max(j, next((k + 1 for k in range(j, len(toks))
                                     if toks[k].i == after), j))
                m = self._mention(span_tokens, "name", "ORG",
                                  key=norm(self.kb.party_phrases[key]))
            else:
                country, _roles, _note, label = self.kb.metonyms[key]
                m = self._mention(span_tokens, "metonym", "ORG", key="met:" + norm(label),
                                  country=country)
                # "the U.S. Treasury": the country it begins with is named too
                for n in (3, 2, 1):
                    head = span_tokens[:n]
                    named = self.kb.country(self._text_of(head)) if n < len(span_tokens) \
                        else None
                    if named and head[0].lower_ != "the":
                        out.append(self._mention(head, "country", "GPE", country=named,
                                                 key=named))
                        break
            out.append(m)
            self.taken.update(t.i for t in span_tokens)
            if kind in ("metonym", "igo"):
                self.org_tokens.update(t.i for t in span_tokens)
            i = j
        return out

    def _inside_place_name(self, tokens: list[Any]) -> bool:
        """Is the country or capital in ``tokens`` the end of a longer place's name, a
        capitalised word before it making the name of a region or a town of note the
        gazetteer knows ("Western Australia", "Northern Ireland", "West Bengal", "New
        Mexico", "East Jerusalem")? Not a word of its own sentence's start ("Then Iran")
        nor a name that is a country too ("North Korea", "East Timor": the tables')."""
        first = tokens[0].i
        if first == 0:
            return False
        before = self.doc[first - 1]
        if not (before.is_alpha and before.is_title) or before.ent_type_ in ("PERSON", "ORG"):
            return False
        return self._town_or_area(f"{before.text} {self._text_of(tokens)}", NOTED_CITY)

    def _acronym_of_another(self, written: str, key: str) -> bool:
        """Is ``written``, a party's acronym in the tables, one the text gives a name of
        its own ("his Citizens' Democratic Alliance (CDA)": no Dutch CDA)?"""
        if not written.isupper():
            return False
        for hit in re.finditer(rf"([A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.-]*)){{0,6}})"
                               rf"\s*\(\s*{re.escape(written)}\s*\)", self.text):
            named = hit.group(1)
            if not any(self.kb.party_phrases.get(norm(" ".join(named.split()[k:])))
                       == self.kb.party_phrases[key] for k in range(len(named.split()))):
                return True
        return False

    def _country_pair(self, t: Any) -> list[Mention]:
        """"U.S.-Mexican", "Sino-Japanese" is one word for two countries ("Indo-Pakistani"
        too): a mention of each, at its own characters."""
        nxt = self.doc[t.i + 2] if t.i + 2 < len(self.doc) else None
        if t.lower_ in _COMBINING and _COMBINING[t.lower_] and nxt is not None \
                and self.doc[t.i + 1].text == "-" and self.kb.country(nxt.text):
            # "Sino-Indian" as three tokens: "Sino" is China's; "Indian" is found anyway
            iso = self.kb.country(_COMBINING[t.lower_]) or ""
            return [self._mention([t], "country", "GPE", country=iso, key=iso)]
        parts = t.text.split("-")
        if len(parts) != 2 or not all(parts):
            return []
        out = []
        at = t.idx
        for part in parts:
            found = self.kb.country(part) or self.kb.country(_COMBINING.get(part.lower(), ""))
            if not found:
                return []
            m = self._mention([t], "country", "GPE", country=found, key=found)
            m.start, m.end, m.text = at, at + len(part), part
            out.append(m)
            at += len(part) + 1
        return out

    def _seat_before_title(self, tokens: list[Any]) -> list[Any]:
        """The leading words of a person's name that are a town or area the gazetteer
        knows by that very name, a title and a name after them ("Alexandria | Police
        Spokeswoman | Ashley Hildebrandt"); else none."""
        if self._title_inside(tokens):
            return []
        for n in (3, 2, 1):
            if n + 1 >= len(tokens) or not all(t.is_title and t.is_alpha for t in tokens[:n]):
                continue
            if self._title_inside(tokens[n:]) and self._town_or_area(self._text_of(tokens[:n])):
                return tokens[:n]
        return []

    def _town_or_area(self, name: str, town_size: int = 0) -> bool:
        """Does the gazetteer know an area, or a town of ``town_size`` people or more,
        by the very name ``name``?"""
        return any(c.feature in ("region", "city") and c.is_named(name)
                   and (c.feature == "region" or c.population >= town_size)
                   for c in self.gazetteer.candidates(name))

    def _title_inside(self, tokens: list[Any]) -> int:
        """How many leading words of a person's name are a title (``roles.tsv``, a
        person's title of up to three words, with modifiers such as "Grand" or
        "Chief" before it); at least one capitalised word is left for the name."""
        k = 0
        while k < len(tokens) - 1:
            step = 0
            for n in (3, 2, 1):
                if k + n >= len(tokens):
                    continue
                words = tokens[k:k + n]
                if not all(t.is_title or t.is_upper for t in words):
                    continue
                role = self.kb.role(" ".join(t.lower_ for t in words))
                if role is not None and role.kind in ("person", "generic"):
                    step = n
                    break
            if not step:
                break
            k += step
        rest = tokens[k:]
        if k and not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
            return 0
        return k

    def _surname_not_place(self, tokens: list[Any]) -> bool:
        """A lone word that is the surname of a person named in full in the article
        ("Daniel Amman ... Amman had been released") is that person where it is not after a
        preposition of place ("in Amman", "to Amman")."""
        if len(tokens) != 1 or tokens[0].text not in self.surnames:
            return False
        t = tokens[0]
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "I":
            return False  # inside the full name itself: the names pass takes it
        return not self._after_place_prep(t)

    def _kind_before(self, tokens: list[Any]) -> list[TextSpan]:
        """"Aid group Sea-Watch": the kind of body the text puts before the name the
        model tagged an organisation, as its description (up to three words)."""
        start = tokens[0].i
        for k in range(max(0, start - 3), start):
            words = self.doc[k:start]
            if all((t.is_alpha and not t.is_sent_start) or t.i == k for t in words):
                role = self.kb.role(words.text.lower())
                if role is not None and role.kind == "group":
                    self.described.update(range(k, start))  # (no nominal of its own)
                    return [TextSpan(start=words.start_char, end=words.end_char,
                                     text=words.text)]
        return []

    def _seat_of(self, key: str) -> str | None:
        """The organisation whose seat the capital ``key`` is (``igos.tsv``), if the
        article names that organisation (or one of its bodies, "the European
        Commission") and not the capital's own country."""
        code = self.kb.igo_seats.get(key)
        if code is None:
            return None
        iso = self.kb.capitals.get(key)
        if any(self.kb.country(t.text) == iso for t in self.tokens if t.text[:1].isupper()):
            return None  # a story that names Belgium: "Brussels" may be Belgium's
        names = [n for n, (c, _roles, _label) in self.kb.igos.items() if c == code]
        names += [n for n, entry in self.kb.metonyms.items() if entry[0] == code]
        if any(re.search(rf"\b{re.escape(n)}\b", self.text, re.I) for n in names):
            return code
        return None

    def _capital_is_government(self, tokens: list[Any]) -> bool:
        """A capital names the government unless it is where someone goes or is, or
        the end of a longer place's name ("Mocimboa da Praia" is no Praia)."""
        end = tokens[-1].idx + len(tokens[-1].text)
        for k in range(tokens[0].i - 1, max(tokens[0].i - 4, -1), -1):
            t = self.doc[k]
            if not t.is_alpha or t.is_sent_start:
                break
            name = self.text[t.idx:end]
            if t.is_title and any(c.is_named(name) for c in self.gazetteer.candidates(name)):
                return False
        head = tokens[-1]
        if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS:
            return False
        if head.dep_ == "dobj" and head.head.lemma_ in _PLACE_VERBS:
            return False
        if head.dep_ in ("conj", "appos") and head.head.ent_type_ == "GPE":
            return self._capital_is_government([head.head])
        return True

    def _org_country(self, tokens: list[Any], m: Mention) -> None:
        """Country words in or just before an organisation's name."""
        window = list(self.doc[max(0, tokens[0].i - 3):tokens[-1].i + 1])
        found = self.find.country_of_tokens(window)
        if found:
            m.country = found[0]
        m.words = frozenset(t.lower_ for t in tokens if t.is_alpha)

    def _missed_names(self, found: list[Mention]) -> list[Mention]:
        """Surnames of people the NER found, where it did not tag them."""
        surnames = {m.text.split()[-1] for m in found if m.label == "PERSON" and
                    len(m.text.split()) > 1}
        # ... and the first word of a name of three ("Yoon Suk Yeol ... urged Yoon")
        surnames |= {w[0] for m in found if m.label == "PERSON"
                     and len(w := m.text.split()) == 3 and self._family_first(w[0])}
        # ... and the one-word names the people tables give a person the NER found ("Luiz
        # Inacio Lula da Silva ... invited Lula")
        def held(offices: Any) -> frozenset[tuple[str, Any]]:
            return frozenset((o.code, o.start) for o in offices or ())

        known = [held(offices) for m in found if m.label == "PERSON"
                 and (offices := self.kb.people.get(norm(m.text)))]
        out = []
        for t in self.tokens:
            if t.i in self.taken or t.i in self.described or not t.is_title:
                continue
            if t.pos_ == "PROPN" and t.text not in surnames and known \
                    and held(self.kb.people.get(norm(t.text))) in known:
                surnames.add(t.text)
            if t.pos_ != "PROPN" and not (
                    # "Trump flew over the crowd" with "Trump" parsed a common noun:
                    # the surname of someone this article names, standing as a noun phrase
                    # (or of someone in office that day: "Trump thanked Maduro's
                    # government", the article naming no Donald)
                    t.pos_ == "NOUN" and t.dep_ in _NOUN_DEPS and (
                        t.text in surnames or self._in_office(t.text))):
                continue
            if t.lower_ in _CALENDAR or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL",
                                                        "MONEY", "PERCENT", "QUANTITY"):
                continue  # "on Friday": a surname in the tables is still a day here
            if t.text not in surnames and not self._known_surname(t.text):
                continue
            after = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if after is not None and after.is_title and after.lower_ in _SEA_FEATURES:
                continue  # "the Second Thomas Shoal": a place's name, no Justice Thomas
            if after is not None and after.is_lower and t.dep_ == "compound" \
                    and t.head.i == after.i and after.lemma_.lower() in _SITE_NOUNS:
                continue  # "the Evin prison": a site's name, no Mr Evin
            role = self.kb.role(t.lower_)
            if role is not None and role.kind == "person" and t.i > 0 \
                    and self.doc[t.i - 1].lower_ == "the":
                continue  # "the Queen", "the King": a title, not Mr King
            words = [t]
            while (k := words[0].i - 1) >= 0 and k not in self.taken and (
                    p := self.doc[k]).pos_ == "PROPN" and p.is_title and p.is_alpha \
                    and p.dep_ == "compound" and p.head.i == t.i and not p.ent_type_ \
                    and self.kb.role(p.lower_) is None and p.lower_ not in _CALENDAR:
                words.insert(0, p)  # "Paulo Gonet", the model tagging neither word
            out.append(self._mention(words, "name", "PERSON", key=norm(
                " ".join(w.text for w in words))))
            self.taken.update(w.i for w in words)
        return out


def _names_a_site(t: Any) -> bool:
    """Does ``t`` name the site its noun phrase's head is ("the Erez crossing"), also as
    one of joined names before a plural ("the Kakuma and Dadaab camps")?"""
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    head = t.head
    return t.dep_ in ("compound", "nmod") and 0 < head.i - t.i <= 4 and head.is_lower \
        and head.lemma_.lower() in _SITE_NOUNS
