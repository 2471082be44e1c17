"""Word lists and patterns of the actors stage: the small closed classes its rules
test (pronouns, words of former and future office, heads of government); the open
vocabularies (roles, organisations, people) are data in ``knowledge/data``."""

from __future__ import annotations

import re

from ...knowledge.events import event_words

_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’.-]*")
_DECEASED = re.compile(r"\b(late|deceased|slain|assassinated)\b", re.I)
#: descriptions of groups from several countries: no single country from the context
#: ("the two sides", "both leaders", "several presidents", "two presidents"; but "two
#: police officers", "two cabinet ministers", a count of people the text introduces, are
#: of one place; nor is "foreign" in the name of an office, "Ministry of Foreign Affairs",
#: "the foreign ministry", the title "Foreign Minister" -- but "a visiting foreign
#: minister" or a foreign policy chief may be another country's)
_SEVERAL = re.compile(r"\b((?i:the\s+two|two(?=(?:\s+\w+){0,2}?\s+(?:presidents|leaders|"
                      r"heads|kings|premiers|prime|monarchs)\b)|several|many|both|all|"
                      r"region'?s?|countries|nations|world|international|"
                      r"foreign(?!\s+(?:ministry|office|service|affairs(?!\s+ministers?))\b)"
                      r"(?!(?<=(?-i:Foreign))\s+(?-i:Minister|Secretary)\b)|"
                      r"neighbou?rs?)|[Ww]estern(?!\s+[A-Z]))\b")
# ("Western" before a proper name is part of it: "Western Naval Command")
#: "X, the wife of [President] Y" (after X) and "Y's widow, X" (before X)
_SPOUSE_AFTER = re.compile(r",?\s+(?:the\s+|his\s+|her\s+)?(?:late\s+)?(?:wife|husband|widow|"
                           r"widower|spouse)\s+of\s+(?:(?:the\s+)?(?:late\s+|former\s+)?"
                           r"(?:[A-Z][a-z]+\s+)?(?:President|Prime\s+Minister|King|leader)\s+)?")
_SPOUSE_BEFORE = re.compile(r"(?:'s|’s|\b(?P<pronoun>[Hh]is|[Hh]er))\s+(?:late\s+)?(?:wife|husband|"
                            r"widow|widower|spouse),?\s+(?:—\s+)?$")
#: pronouns that entities list among mentions, which say nothing of an actor's name
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their",
                       "theirs", "its", "it", "themselves", "himself", "herself"})
#: an organisation after these words is whom an office is held toward, not its holder's
_TOWARD = re.compile(r"\b(to|toward|towards|with|at)\s+(the\s+)?$", re.I)
#: roles of office: once left, their holder is a former official (ELI); a former
#: nurse or reporter is a private citizen again
_OFFICIAL = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "PTY", "IGO",
                       "IMG", "INS", "UAF", "ELI"})
#: verbs of meeting and agreeing, whose place is a venue the parties may have come to
#: from anywhere ("signed a ceasefire with communist rebels in Oslo": no Norwegians)
_VENUE_VERBS = frozenset({"meet", "talk", "negotiate", "sign", "host", "mediate", "discuss",
                          "confer", "agree", "conclude", "initial", "broker"})
#: what such verbs make with someone ("signed an agreement with", "held talks with")
_VENUE_NOUNS = frozenset({"agreement", "accord", "deal", "truce", "ceasefire", "talk",
                          "negotiation", "meeting", "pact", "treaty", "memorandum"})
#: roles of armed groups that fight at home: a government that negotiates with them is
#: theirs
_INSURGENT_ROLES = frozenset({"REB", "UAF", "INS"})
#: participles that give a body the country of whoever is named with them ("the Houthi-run
#: news agency", "a Saudi-led coalition"); not "backed" or "funded"
_RUNNING = frozenset({"run", "lead", "control", "own", "operate"})
#: verbs whose object or subject is an audience, not an actor ("told reporters",
#: "briefed journalists", "met reporters", "reporters were told")
_LISTENING_VERBS = frozenset({"tell", "brief", "inform", "address", "say", "speak", "talk", "meet",
                              "write", "show", "ask", "answer", "update"})
#: people held, who are not of the place they are held in
_CAPTIVES = frozenset({"hostage", "captive", "prisoner", "detainee", "abductee"})
#: roles of bodies that act where they are (a government or an army may act abroad)
_LOCAL_ROLES = frozenset({"CVL", "COP", "JUD", "OPP", "UAF", "REB", "CRM", "REL"})
#: roles of institutions that are where they stand ("a school in Gaza City", "a hospital
#: in Khartoum"): the place of their clause is theirs
_SITED = frozenset({"EDU", "HLH"})
#: people who follow a person ("his supporters"), and the sides they share with the one
#: they follow (an opposition leader's supporters are the opposition; a president's are
#: citizens)
_FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "backer", "partisan"})
_FOLLOWED_SIDES = ("OPP", "PTY", "REB", "INS", "SEP")
#: what a head of government heads ("Ian Smith's government", "the Obama administration")
_GOVERNMENTS = frozenset({"government", "administration", "cabinet", "regime", "presidency",
                          "premiership", "junta"})
#: "pro-Iranian", "anti-Syria": a stance toward a country, not the country one is of;
#: the same right before a country's name.
#: ... and a backer named before "-backed", "-funded", "-aligned" ("the Saudi-backed
#: government in Aden" is Yemen's; but "the Saudi-led coalition" is Saudi Arabia's)
_STANCE = re.compile(r"\b(?i:pro|anti)\s*-\s*[A-Z][\w'’]*|\b[A-Z][\w'’]*\s*-\s*(?i:backed|"
                     r"funded|supported|sponsored|armed|trained|allied|aligned|linked|"
                     r"affiliated|inspired|friendly)\b")
_STANCE_BEFORE = re.compile(r"\b(?i:pro|anti)\s*-\s*$")
_FORMER = re.compile(r"\b(former|ex-|then-|erstwhile|retired|ousted|deposed)", re.I)
#: a head of a body named after "of the" ("president of the court")
_HEAD_OF = re.compile(r"\b(president|head|chief|chair|chairman|chairwoman|director|leader)"
                      r"\s+of\s+the\s+(\w+)\s*$", re.I)
#: the note of an office that heads a state or a government (``people.tsv``)
_HEAD = re.compile(r"(?:president|prime minister|premier|chancellor|king|queen|emir|"
                   r"sultan|supreme leader)\b(?! of the (?:senate|assembly|court|council|"
                   r"parliament|national assembly|chamber|bank|european))", re.I)
#: an office not yet taken up ("President-elect X", "the incoming prime minister", "the
#: minister-designate"): the title is weak evidence, an office the tables date now wins
_NOT_YET = re.compile(r"-elect\b|\b(incoming|designate|presumptive)\b|-designate\b", re.I)
#: CAMEO codes of what a state does to people in its custody: releases (0841), arrests
#: and detentions (173), expulsions (174)
_CUSTODY_CODES = ("0841", "173", "174")
#: words for a body's own people: "its leaders", "their spokesman" are the body's
_OWN_PEOPLE = frozenset({"leader", "leadership", "member", "official", "chief", "head",
                         "commander", "fighter", "militant", "spokesman", "spokeswoman",
                         "spokesperson", "representative", "delegate", "negotiator"})
#: head nouns of a public body's name ("Internal Revenue Service", "US Geological Survey"):
#: a state's when a word of the state goes before them (:data:`_STATE_MARKERS`, or a
#: country's or region's name); not "committee" or "council", which parties and
#: associations have too ("Democratic National Committee")
_BODY_HEADS = frozenset({"agency", "authority", "commission", "service", "survey",
                         "administration", "bureau", "office", "department", "directorate",
                         "ministry", "inspectorate", "secretariat", "centre", "center", "board"})
#: words of the state in a body's name ("National", "Federal", "Provincial")
_STATE_MARKERS = frozenset({"national", "federal", "state", "central", "internal", "royal",
                            "provincial", "regional", "municipal", "county", "metropolitan",
                            "governorate", "prefectural", "imperial"})
#: the people of a court itself (not the lawyers before it): unplaced, they are the one
#: international court a story names
_BENCH = event_words()["bench_noun"]
#: what may stand between a body's name and a title after it ("WFP country director",
#: "UNICEF spokesman"): nothing, or a word of the title's own
_TITLE_GAP = re.compile(r"\s+(?:(?:" + "|".join(sorted(event_words()["title_word"]))
                        + r")\s+){0,2}")
