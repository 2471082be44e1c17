"""Word lists, labels and patterns of the places stage (the lists are data:
``knowledge/data/place_words.tsv``)."""

from __future__ import annotations

import re

from ...knowledge.gazetteer import ARABIC_ARTICLES, place_words
from ...sources.clean import DATELINE_MARKS

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels under which the small model often puts places ("Misrata" as PERSON).
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT"})
_COORDINATORS = frozenset({"and", "or", ",", "&"})
# Words around a name that say "place" (knowledge/data/place_words.tsv).
_WORDS = place_words()
#: Place names that are also common given names or surnames (for PERSON entities).
GIVEN_NAMES = _WORDS["given_name"]
#: Verbs whose object is usually a place ("struck Kharkiv", "reached Goma").
_PLACE_VERBS = _WORDS["place_verb"]
#: "shelled Saada": a place however small
_SIEGE_VERBS = _WORDS["siege_verb"]
#: Nouns of their acts, whose "of" names a place ("the shelling of Kherson").
_SIEGE_NOUNS = _WORDS["siege_noun"]
_ADVANCE_VERBS = _WORDS["advance_verb"]
#: Words before a name that make it a place ("in Goris", "diverted to Misrata").
_LOCATIVE = _WORDS["locative"]
#: Of these, the ones a person rarely follows.
_PLACE_ONLY_PREPOSITIONS = _WORDS["place_only_preposition"]
#: Nouns whose "of" introduces a place ("the outskirts of Kiev"), or that follow one.
_PLACE_NOUNS = _WORDS["place_noun"]
#: Compass words whose "of" introduces a place ("south of Marrakesh").
_DIRECTIONS = _WORDS["direction_word"]
#: Units of distance before one ("40 km north of Kyiv").
_DISTANCE_UNITS = _WORDS["distance_unit"]
#: What storms, quakes and guns do to places ("the typhoon devastated Tacloban").
_DISASTER_VERBS = _WORDS["disaster_verb"]
#: ... and what does it ("Typhoon Haiyan", "the quake", "artillery").
_DISASTER_NOUNS = _WORDS["disaster_noun"]
#: Words after a town's name that make it a place ("Fargo Mayor", "Gainesville residents").
_PLACE_HEADS = _WORDS["place_head"]
#: Words after a name's possessive that make it a place ("Kirkuk's governor").
_POSSESSED_HEADS = _WORDS["possessed_head"]
#: Words for a settlement whose "of" names one ("the town of Minova").
_SETTLEMENT_OF = _WORDS["settlement_of"]
#: The same after "a"/"an" ("an Alexandria man").
_PERSON_HEADS = _WORDS["person_head"]
#: Words before a town's name that make it a place ("downtown Greer", "south Fargo").
_AREA_MODIFIERS = _WORDS["area_modifier"]
#: The last word of a title held for a place ("the Archbishop of Gdańsk").
_TITLE_WORDS = _WORDS["title_word"]
#: The last word of an area's name ("Rapides Parish").
_AREA_WORDS = _WORDS["area_word"]
#: words for a state's office or body after a country's possessive ("Niger's ambassador")
_STATE_WORDS = _WORDS["state_word"]
#: words for an office of a state or province, never a country's ("Georgia Governor X")
REGION_OFFICES = _WORDS["region_office"]
#: the next word after a name, possessive or not ("Georgia Governor", "Georgia's governor")
REGION_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:new|former|top|then)\s+)?(\w+)")
#: the possessive and the next word or two after a name ("'s new ambassador")
_STATE_AFTER = re.compile(r"['’]s\s+(?:(?:new|former|top|own|military|interim|chief)\s+)?(\w+)")
#: Words that alone name no place ("the North").
_GENERIC_WORDS = _WORDS["generic_word"]
#: "Main Street": the town is not where the street is
_STREET_WORDS = _WORDS["street_word"]
#: "Harbor City", "Jerome Township": another settlement than the town of its first words
_SETTLEMENT_WORDS = _WORDS["settlement_word"]
#: "Interstate 64", "Highway 82", "Route 4": a numbered road
_ROAD_WORDS = _WORDS["road_word"]
#: "Griffith Park", "Trafalgar Square": a park or a square, of a town only of note
#: (a river is near the town or county named like it: "Kanawha River", "Catawba River")
_PARK_WORDS = _WORDS["park_word"]
#: "the Plateau district" (of Dakar): no administrative area for all its word
_LOOSE_AREA_WORDS = _WORDS["loose_area_word"]
#: "Perth, the capital of ...": a noun in apposition that says the name is a place
_APPOSITIVE_NOUNS = _WORDS["appositive_noun"]
#: "Red River", "South Island": a natural feature, no place that bears its name only
#: as a shortened or an old one
_FEATURE_WORDS = _WORDS["feature_word"]
_SEA_FEATURES = _WORDS["sea_feature"]
#: "Streatham High Road": the town's own street, in the town; as an area's road is
#: ("Freestone County Road 360")
_OWN_STREET = _WORDS["high_street_word"] | _AREA_WORDS
#: A word that makes a name the gazetteer does not know a place's ("Osney Island")
_PLACE_NAME_WORDS = _WORDS["place_name_word"]
#: The kinds of place a name's "X of" can open with ("the Province of Ontario")
_KIND_OF = _WORDS["kind_of"]
#: The parties a US lawmaker's home follows ("D-Columbus"; Minnesota's DFL)
_PARTY_LETTERS = frozenset(w.upper() for w in _WORDS["party_letter"])
#: Words of an organisation's name that seat it in the place it is named after
_BODY_WORDS = _WORDS["body_word"]
#: The last words of newspapers' names, whose places are no hint of the story's
_MASTHEAD_WORDS = _WORDS["masthead_word"]
#: ... of them, bodies often named after people, saints or virtues ("Harvard University")
_NAMED_BODY_WORDS = _WORDS["named_body_word"]
#: A place this big is a city of note: what "X City" or "X Township" means when the
#: gazetteer lacks the whole name (or a national capital), a well-known alternate name
#: ("Kiev"), a name the words around it need not vouch for.
NOTED_CITY = 100_000
#: How many letters two names of one length may differ by to be spellings of one
#: ("Kiev", "Kyiv": 2; "Zaporizhzhia", "Zaporizhzhya": 1)
SPELLING = 2
#: Words a place name never ends with ("The City of" before "Paris").
_DANGLING = frozenset({"of", "the", "and", "for", "in"})
#: The label of a place a title is held for, inside what the model took for a body.
TITLED = "TITLED"
#: The label of a place an organisation that is no body seated there is named after
#: ("Kansas State University"): context, never reported.
HINT = "HINT"
#: A place inside the name of a body seated there ("the Mansfield Police Department")
EMBEDDED = "EMBEDDED"
#: The label of a name listed before the plural of an area's kind ("Barrow and Jackson
#: counties"): only an area can be meant.
AREA = "AREA"
#: Dashes (or a colon) after an inline dateline ("CLINTON — A town couple ...",
#: "BEIRUT: The body of ..."): the marks that end a dateline the cleaner splits off.
_DATELINE_DASHES = frozenset(DATELINE_MARKS)
#: what ends the sentence (or headline) before an inline dateline, quotes included
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "’", "'"})
MAJOR_REGION = 500_000  # a state or province of note (not Jersey's parish of Trinity)
SMALL_TOWN = 15_000  # a LOC only this small place is named like is no match

_SPLIT = re.compile(r"\s*(?:-|–|—|/)\s*")
#: Arabic's article in lower case before a capitalised name ("al-Raqqah", "el-Fasher")
_ARTICLE = re.compile(r"(?:" + "|".join(a.strip() for a in ARABIC_ARTICLES) + r")-[A-Z]")
