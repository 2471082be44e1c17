"""The words around a name that say it is a place: a locative, "the outskirts
of", "Punjab province", "Fargo Mayor", "an Alexandria man", an inline dateline..."""

from __future__ import annotations

from typing import Any

from ...knowledge.gazetteer import GazetteerEntry, name_key
from .names import _major
from .words import (
    _ADVANCE_VERBS,
    _APPOSITIVE_NOUNS,
    _AREA_MODIFIERS,
    _AREA_WORDS,
    _COORDINATORS,
    _DATELINE_DASHES,
    _DIRECTIONS,
    _DISASTER_NOUNS,
    _DISASTER_VERBS,
    _DISTANCE_UNITS,
    _LOCATIVE,
    _PARTY_LETTERS,
    _PERSON_HEADS,
    _PLACE_HEADS,
    _PLACE_NAME_WORDS,
    _PLACE_NOUNS,
    _PLACE_ONLY_PREPOSITIONS,
    _PLACE_VERBS,
    _POSSESSED_HEADS,
    _SENTENCE_ENDS,
    _SIEGE_NOUNS,
    _SIEGE_VERBS,
    _STREET_WORDS,
    _TITLE_WORDS,
    _WORDS,
    GIVEN_NAMES,
    NOTED_CITY,
    TITLED,
)


def _a_force_of_nature(verb: Any) -> bool:
    """Is the subject of ``verb`` a storm, a quake or guns ("Typhoon Haiyan", "the
    quake", "artillery"; ``disaster_noun``), not a team or a person?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(
        x.lemma_.lower() in _DISASTER_NOUNS or x.lower_ in _DISASTER_NOUNS
        for x in (subj, *(c for c in subj.children if c.dep_ in ("compound", "amod"))))


def _evidence(doc: Any, s: int, e: int, label: str, entry: GazetteerEntry,
              taken: set[int]) -> bool:
    """Do the words around tokens ``s:e`` say that they name a place?"""
    if entry.feature == "country" or (entry.capital and label != "PERSON"):
        return True
    name = doc[s:e].text
    if entry.capital and e - s == 1 and name_key(name) not in GIVEN_NAMES and not any(
            x.label_ == "PERSON" and len(x) > 1 and x[-1].text == name for x in doc.ents):
        return True  # "an aid package for Kyiv" tagged a person: a capital, no one's name
        # (not "Paris" nor the surname of someone the text names)
    if entry.feature == "region" and name.isupper() and len(name) >= 3 \
            and name in entry.names:
        return True  # a region's own abbreviation ("NSW", "QLD"), however tagged
    if label == "INNER":
        return _major(entry)
    prev = doc[s - 1] if s > 0 else None
    before = prev.lower_ if prev is not None else ""
    after = doc[e].lower_ if e < len(doc) else ""
    big = entry.population >= NOTED_CITY
    # (not a verb's particle: "laid off Warren"; though "capsized off Zanzibar" is
    # parsed so, with Zanzibar the object of "off")
    particle = prev is not None and prev.dep_ == "prt" and all(
        t.dep_ != "pobj" for t in doc[s:e])
    if before == "the" and entry.feature == "area" and s > 1 \
            and doc[s - 2].lower_ in _PLACE_ONLY_PREPOSITIONS:
        return True  # "spread across the Sahel", "fighting in the Donbas": a region's
        # or a sea's name after its article (not a town's or a state's: "in the
        # Guardian" is a paper, "the Little Miss title" no Mississippi)
    if before in _LOCATIVE and not particle \
            and not (s > 1 and doc[s - 2].lower_ == "according") and (
            label != "PERSON" or before in _PLACE_ONLY_PREPOSITIONS or big):
        return True
    if before == "of" and s > 1 and (doc[s - 2].lower_ in _PLACE_NOUNS
                                     or doc[s - 2].lemma_.lower() in _PLACE_NOUNS):
        return True
    if before == "of" and s > 1 and doc[s - 2].lemma_.lower() in _SIEGE_NOUNS and (
            label != "PERSON" or big) and after not in ("'s", "’s"):
        return True  # "the shelling of Kherson", "the siege of Mariupol" (not "a blockade
        # of Ford's plant", whose name is a firm's)
    if before == "of" and s > 1 and doc[s - 2].lower_ in _DIRECTIONS and (
            label in ("GPE", "LOC", "FAC") or (entry.feature == "city" and (
                big or (s > 2 and doc[s - 3].lemma_.lower() in _DISTANCE_UNITS)))):
        return True  # "villages south of Marrakesh", "40 km north-east of Kyiv" (not a
        # small namesake of a club or a player: "Chelsea finished south of Arsenal")
    verb = prev.head if prev is not None and prev.head.dep_ != "prt" else (
        prev.head.head if prev is not None else None)
    if before == "on" and prev is not None and prev.dep_ == "prep" and verb is not None \
            and verb.lemma_.lower() in _ADVANCE_VERBS and (verb.lemma_.lower() != "close" or any(
                c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)):
        return True  # "advanced on Kismayo", "closed in on Mosul" (not "closed on Monday")
    if prev is not None and prev.pos_ == "VERB" and (
            (prev.lemma_.lower() in _PLACE_VERBS and big) or (
                prev.lemma_.lower() in _SIEGE_VERBS and label != "PERSON")):
        return True
    if prev is not None and prev.pos_ == "VERB" and prev.lemma_.lower() in _DISASTER_VERBS \
            and (big or label != "PERSON") and _a_force_of_nature(prev):
        return True  # "the typhoon devastated Tacloban", "artillery pounded Bakhmut" (not
        # "Real Madrid pounded Sevilla")
    head = doc[e - 1]
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "Sirte and Al Bayda were also hit": the list's first name
    if head.dep_ == "nsubjpass" and head.head.pos_ == "VERB" \
            and label not in ("PERSON", "ORG") and entry.is_named(name) \
            and entry.feature == "city" and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in head.head.children) and (
            (head.head.lemma_.lower() in _PLACE_VERBS and big)
            or head.head.lemma_.lower() in _SIEGE_VERBS):
        # "Sirte was also hit", "Djibo was besieged" (by its own name; not a firm or a
        # team "hit with a fine", nor one the model tags a body: "Columbia was occupied")
        return True
    if after in {"province", "state", "region", "oblast", "governorate"} or (
            after in _PLACE_NOUNS and entry.feature != "city"):
        return True
    if before in _COORDINATORS and s > 1 and (s - 2) in taken:
        return True
    # "an Alexandria man", "a 24-year-old Elkhart man"; "Northbrook-based Crate & Barrel"
    aged = before == "old" and s > 2 and doc[s - 2].text == "-" and doc[s - 3].lower_ == "year"
    if after in _PLACE_HEADS or (after in _PERSON_HEADS and (before in ("a", "an") or aged)) \
            or (after == "-" and e + 1 < len(doc) and doc[e + 1].lower_ == "based"):
        return label != "PERSON" or name_key(doc[s:e].text) not in GIVEN_NAMES \
            or _before_head(doc, e)
    if after in _PERSON_HEADS and entry.is_named(name) and (
            prev is None or "\n" in prev.text_with_ws) and (
            label != "PERSON" or (name_key(name) not in GIVEN_NAMES and after not in _KIN
                                  and doc[e].tag_ == "NN")):
        # a headline's "Coral Gables man charged", "Alexandria woman charged" (the model
        # tags it a person), not "Mandela family" nor "Kennedy sons"
        return True
    if after in ("'s", "’s") and e + 1 < len(doc) and doc[e + 1].lower_ in _POSSESSED_HEADS:
        return True  # "Kirkuk's governor said", however the model tags Kirkuk
    if before in _AREA_MODIFIERS and prev is not None and (prev.is_lower or prev.is_sent_start):
        return True
    if _inline_dateline(doc, s, e) or label == TITLED:
        return True
    if after == "," and any(t.dep_ == "appos" and s <= t.head.i < e
                            and t.lemma_.lower() in _APPOSITIVE_NOUNS for t in doc[e + 1:e + 5]):
        return True  # "Perth, the capital of Western Australia"
    if e - s > 1 and doc[e - 1].lower_ in _AREA_WORDS and entry.feature == "region":
        return True  # "Rapides Parish", "Kanawha County"
    if before == "," and s > 1 and doc[s - 2].lower_.rstrip(".") in _STREET_WORDS \
            and doc[s - 2].is_title:
        return True  # an address: "618 E. Main Street, Annville", "Abbey Street, Cahir"
    if before == "of" and s > 1 and doc[s - 2].ent_type_ == "PERSON" and label != "PERSON":
        return True  # "Edward Moayyad of Southlake"
    if before == "of" and s > 3 and doc[s - 2].text == "," and doc[s - 3].like_num \
            and doc[s - 4].text == "," and label != "PERSON":
        return True  # "Rebecca Sears, 41, of Grovetown": a person's age and home
    if _party_home(doc, s) and entry.country == "USA":
        return True  # "state Sen. Ray Miller, D-Columbus": a US lawmaker's party and home
    return after in _COORDINATORS and e + 1 < len(doc) and (e + 1) in taken


#: what :func:`_evidence` is asked of a name the gazetteer does not know: nowhere of note
_NOWHERE = GazetteerEntry(None, "", "city", None, None, None)


def unknown_place(doc: Any, s: int, e: int, label: str, taken: set[int]) -> bool:
    """Do its words or the words around it say that tokens ``s:e``, a name the model
    tags a place and the gazetteer does not know, name one: a word of a place's name
    ("Osney Island", "the Middle East", "Golan Heights", ``place_name_word``) or what
    makes any name a place ("in Harwinton", "Thackerville residents", a dateline)?
    Not "Pawlenty's proposal", "Titan's request", "a Taser": the small model tags
    many a surname, firm or brand a place."""
    if e - s > 1 and any(t.lower_.rstrip(".") in _PLACE_NAME_WORDS for t in doc[s:e]):
        return True  # (a word alone is no name: "the North", "the Gulf")
    prev = doc[s - 1] if s > 0 else None
    if prev is not None and prev.pos_ == "VERB" and (
            prev.lemma_.lower() in _PLACE_VERBS or prev.lemma_.lower() in _SIEGE_VERBS):
        return True  # "floods hit Zarvokistan", "troops reached Kreminna"
    return _evidence(doc, s, e, label, _NOWHERE, taken)


#: person heads that are kin: "Mandela family", "Obama daughters" name a family
_KIN = frozenset({"family", "families", "son", "daughter", "father", "mother", "widow",
                  "grandfather", "grandmother", "mom", "dad"})


def _before_head(doc: Any, e: int) -> bool:
    """Does a place's word that no person's name takes follow the name ending before
    token ``e`` ("Alexandria police", "Alexandria officials"), not a title ("Georgia
    Mayor" is a woman)?"""
    return e < len(doc) and doc[e].lower_ in _PLACE_HEADS and doc[e].is_lower


def _party_home(doc: Any, s: int) -> bool:
    """Is token ``s`` a US lawmaker's home after the party's letter and a hyphen
    ("state Sen. Ray Miller, D-Columbus", "Tom Bakk, DFL-Cook")?"""
    return s > 1 and doc[s - 1].text == "-" and doc[s - 2].text in _PARTY_LETTERS


def _after_title(doc: Any, s: int) -> bool:
    """Does a title held for a place end just before token ``s`` ("Archbishop of |",
    "First Minister of |", "Senator from |")?"""
    return s > 1 and doc[s - 1].lower_ in ("of", "from") \
        and doc[s - 2].lower_ in _TITLE_WORDS


def _acronym_position(doc: Any, s: int) -> bool:
    """Is the capitalised token ``s`` inside a sentence of ordinary case? Not at the
    start of the text, a line or a sentence (a dateline: "COLUMBUS, Ohio (AP) --"),
    after a slash dateline ("MIEH MIEH/BEIRUT:"), or in a headline all in capitals
    ("ISRAEL STRIKES GAZA")."""
    prev = doc[s - 1] if s > 0 else None
    if prev is None or "\n" in prev.text_with_ws or prev.is_space or prev.text in ".!?":
        return False
    if prev.text == "/" and s > 1 and doc[s - 2].is_upper:
        return False
    lo = s
    while lo > 0 and "\n" not in doc[lo - 1].text_with_ws:
        lo -= 1
    hi = s
    while hi < len(doc) - 1 and "\n" not in doc[hi].text_with_ws:
        hi += 1
    return not all(t.is_upper for t in doc[lo:hi + 1] if t.is_alpha)


def _opens(doc: Any, s: int) -> bool:
    """Does token ``s`` open the text, a line or a sentence (or follow a byline's year)?"""
    prev = doc[s - 1] if s > 0 else None
    return prev is None or "\n" in prev.text_with_ws or prev.is_space \
        or prev.text in _SENTENCE_ENDS or (prev.like_num and len(prev.text) == 4)


def _inline_dateline(doc: Any, s: int, e: int) -> bool:
    """Tokens ``s:e`` in capitals open the text, a line or a sentence and a dash
    or a colon follows: "CLINTON — A town couple ...", "BEIRUT: The body ...", a
    headline run into the story ("Town couple faces charges. CLINTON — A town ..."),
    a byline's date before it ("March 24, 2009 MANSFIELD -- Mansfield Mayor ...")."""
    words = doc[s:e]
    if not all(t.is_upper or not t.is_alpha for t in words) or e >= len(doc) \
            or not any(t.is_alpha for t in words):
        return False
    if not _opens(doc, s) or doc[e].text not in _DATELINE_DASHES:
        return False
    if doc[e].text == ":":
        # a transcript's speaker ("MARTIN: Good morning", "CLINTON: We need a plan") is
        # a person of the article, and a label ("UPDATE:") no place
        last = doc[e - 1].lower_
        return words.text.casefold() not in _WORDS["kicker"] and not any(
            x.label_ == "PERSON" and x[-1].lower_ == last for x in doc.ents)
    return True
