"""Word lists and patterns of the entities stage: the small closed classes the rules test
(honorifics, pronouns, particles, kinship words, prepositions of place); the open
vocabularies (roles, organisation words, countries) are data in ``knowledge/data``."""

from __future__ import annotations

import re

from ...knowledge.events import event_words
from ...knowledge.gazetteer import place_words

#: spaCy labels that name actors or places; dates and numbers have stages of their own.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "mme",
               "m.", "gen.", "col.", "lt.", "sgt.", "prof.", "rev.", "sen.", "rep.", "gov.",
               "cde", "cde.", "comrade",
               # Arabic and Malay forms of address: honours, not offices ("Sheikh Tamim"
               # is Qatar's emir, "Sheikh Hasina" Bangladesh's premier, "Datuk Seri X" a
               # minister); the office comes from the text or the tables
               "sheikh", "sheik", "shaikh", "sheikha", "shaikha", "datuk", "dato", "dato'",
               "datin", "tun"}
_FEMALE_HONORIFICS = {"mrs", "mrs.", "ms", "ms.", "madam", "mme", "sheikha", "shaikha", "datin"}
_MALE_HONORIFICS = {"mr", "mr.", "sir", "m.", "sheikh", "sheik", "shaikh"}
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
             "she": "f", "her": "f", "hers": "f", "herself": "f"}
#: Days and months, which the small model sometimes takes for people ("on Friday").
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december""".split())
#: Verbs whose subject is a speaker, hence a person or an organisation that speaks.
_SPEECH_VERBS = {"say", "tell", "add", "write", "announce", "claim", "state", "comment",
                 "note", "explain", "warn", "tweet", "argue", "insist", "deny", "urge"}
#: Lowercase words inside personal names ("Hamza bin Laden", "Arnel dela Vega").
_NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "del", "della", "dela", "da", "di",
                   "do", "dos", "du", "van", "von", "der", "den", "la", "le", "ben", "abu", "y"}
#: Particles of Arabic patronymic names, which are shortened to the first name.
_PATRONYMIC = {"bin", "bint", "ibn", "ben", "bn"}
#: Pronouns of organisations and groups ("it" is left out: mostly "it is", "it said").
_GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves", "its"}
#: Words that stand alone for a group named before ("Both received prison terms",
#: "All were released"): as subjects only, never "both countries".
_GROUP_QUANTIFIERS = {"both", "all"}
#: what a party or a movement is called after its name ("the Chadema party"; not "the
#: Trump administration", whose name is its head's)
_PARTY_WORDS = frozenset({"party", "movement", "front", "alliance", "coalition", "league"})
#: words that put a force abroad: "foreign troops" in Afghanistan are not its army
_FOREIGN_WORDS = frozenset({"foreign", "overseas"})
#: Nouns that, after "the", name the country the story is about.
_PLACE_NOUNS = {"country", "nation"}
#: ... and one that names an island state or territory of the story ("China held drills
#: around Taiwan after the island's president ...": Taiwan, not China)
_ISLAND_NOUNS = {"island"}
#: States and territories that are an island or islands (ISO 3166-1 alpha-3), which "the
#: island" and "the island nation" can name. Not Britain or Australia, which the press
#: rarely calls so (and whose "island" is mostly one of theirs).
_ISLAND_STATES = frozenset("""TWN CYP LKA CUB HTI DOM JAM ISL IRL MLT MDG MUS SYC MDV BHR
    SGP NZL JPN PHL IDN TLS FJI PNG SLB VUT WSM TON KIR NRU TUV MHL FSM PLW BRB TTO BHS
    GRD LCA VCT DMA ATG KNA COM CPV STP PRI GRL HKG MAC BMU CYM""".split())
#: Things a body holds, whose modifier names the body ("an army base", "a police
#: station", "rebel positions", "the parliament building"): what is done to them is
#: done to it, so the modifier is a mention of its own.
_HELD_THINGS = frozenset("""base station post checkpoint outpost position headquarters
    building compound convoy barracks camp office vehicle patrol helicopter aircraft
    jet plane ship vessel warship boat tank drone facility installation depot
    stronghold hideout garrison unit""".split())
#: What may come before them in a quotation: "this nation", "our country" (the country
#: the speaker and the story are in), "your country"; elsewhere only "the".
_PLACE_DETERMINERS = {"the", "this", "our", "your"}
#: "the state", "the province": the first-level region the story is in
_REGION_NOUNS = {"state", "province"}
#: Heads of role descriptions that say little about which person is meant.
_GENERIC_ROLE_WORDS = {"official", "chief", "head", "leader", "counterpart", "top", "senior",
                       "high-ranking", "spokesman", "spokeswoman", "spokesperson", "envoy",
                       "representative", "the", "of", "'s", "’s", "his", "her", "their"}
#: Offices one person rarely holds two of at once: a definite mention of one ("the
#: Turkish ambassador") is not a person introduced by another ("the mayor of
#: Istanbul, Ekrem Imamoglu"), whatever country they share (the last word compared).
_EXCLUSIVE_OFFICES = frozenset({"ambassador", "governor", "mayor", "minister", "president",
                                "senator", "judge", "prosecutor", "general", "king", "queen",
                                "chancellor", "speaker", "consul", "ombudsman", "sheriff",
                                "archbishop", "bishop", "pope", "emir", "sultan", "imam"})
_KINSHIP = {"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband",
            "widow", "predecessor", "successor", "uncle", "cousin"}
#: Whom "he" or "she" can be among them.
_KIN_GENDER = {"father": "m", "son": "m", "brother": "m", "husband": "m", "uncle": "m",
               "mother": "f", "daughter": "f", "sister": "f", "wife": "f", "widow": "f"}
_TITLE_MODIFIERS = {"late", "former", "ex", "then", "acting", "deputy", "vice", "interim",
                    "outgoing", "incoming", "senior", "top", "chief", "first", "newly", "elected",
                    "caretaker", "de", "facto", "new", "current", "sitting", "longtime", "veteran",
                    "embattled", "ousted", "appointed", "designate", "retired", "elect",
                    "presumptive"}
_LOCATIVE_PREPS = {"to", "in", "at", "from", "into", "near", "toward", "towards", "via",
                   "across", "through", "outside", "inside", "around", "within", "for"}
_PLACE_VERBS = {"visit", "reach", "leave", "enter", "tour", "arrive", "travel", "fly", "return"}
_QUOTE_CHARS = "\"“”«»"
#: a prepositional phrase between a role and the name it introduces ("The delegate to
#: the Security Council, Semi Tora,")
_INVERTED_PP = re.compile(r"(\s+(?:to|for|at|in|of)\s[^,;.\n\"“”]{1,80}?),\s*")
#: first words of an appositive that describes the name before it
_APPOSITIVE_STARTS = {"the", "a", "an", "another", "one", "of", "its", "his", "her", "their"}
#: participles by which a person speaks or works for an organisation
_SPEAKING_FOR = frozenset({"speak", "represent", "work", "serve"})
#: verbs whose "as" phrase is a role of their subject ("served as defence minister")
_SERVING = frozenset({"serve", "work", "act", "appoint", "name", "elect", "install",
                      "swear", "confirm", "reappoint", "nominate"})
#: between a role and the name it is given: "The attacker, identified as X,", "the
#: victim, who was later named as X", "the gunman was identified by police as X"
_IDENTIFIED_AS = re.compile(
    r"\s*,?\s*(?:(?:who|and)\s+)?(?:(?:was|were|has\s+been|had\s+been|is|have\s+been)\s+)?"
    r"(?:(?:later|since|officially|now|publicly|formally)\s+)?(?:identified|named)"
    r"(?:\s+by\s+[^,.;\"“”]{1,40}?)?\s+as\s+")
#: between two names of one person: "Bobi Wine, whose real name is Robert Kyagulanyi",
#: "Robert Kyagulanyi, better known as Bobi Wine", "Abu Mohammed al-Julani (born Ahmed
#: al-Sharaa)"
_OTHER_NAME = re.compile(
    r"\s*(?:,|\()\s*(?:whose\s+(?:real|birth|given|full|legal)\s+name\s+is|(?:real|birth)\s+"
    r"name:?|(?:also|better|widely|popularly)\s+known\s+as|a\.?k\.?a\.?|alias|born|n[ée]e)\s+")
#: verbs whose complement is what their subject is or becomes
_COPULAS = frozenset({"be", "become", "remain"})
#: verbs by which a relative clause says what body a person leads (", who heads X,")
_LEADING_VERBS = frozenset({"head", "lead", "chair", "run", "direct", "command", "govern"})
#: an age or a peerage between a name and its appositive: ", 54,", ", Lord Brodie,"
_AGE_OR_PEERAGE = re.compile(r",\s*(?:\d{1,3}|(?:Lord|Lady|Baron|Baroness|Sir|Dame)"
                             r"(?:\s+[A-Z][\w'’-]+){1,2})\s*,")


_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")


_VOWELS = re.compile(r"[aeiouy]")
#: a regnal number after a monarch's or a pope's name
_REGNAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)")


#: nouns by which a text resumes any organisation it has just named
_GENERIC_ORG_NOUNS = frozenset({"group", "organisation", "organization", "agency", "charity"})
#: head nouns that, bare, name a state's force, whatever armed group bears them in its name
_STATE_FORCE_HEADS = frozenset({"army", "military", "police", "navy", "gendarmerie"})
#: nouns for the people of a body named before them: "coast guard personnel", "security
#: personnel", "party members" are of that body, in its role
_MEMBER_NOUNS = frozenset({"personnel", "staff", "staffer", "member", "crew", "contingent"})
#: who speaks or acts for a person: "a spokesperson for President X", "an aide to X"
_REPRESENTATIVES = frozenset({"spokesperson", "spokesman", "spokeswoman", "aide", "adviser",
                              "advisor", "secretary"})
#: head nouns that name one country's executive: "the cabinet", "the administration"
#: and "the government" of one country in one article are one actor
_EXECUTIVE_NOUNS = {"cabinet": "government", "administration": "government",
                    "regime": "government", "legislature": "parliament"}
#: words around a body's head noun that do not make it another body: "the current
#: government of Iraq", "their government", "the country's central government" (but
#: "the provincial government", "the state government" are other bodies)
_BODY_MODIFIERS = frozenset({"current", "new", "incumbent", "interim", "transitional",
                             "caretaker", "central", "national", "federal", "their", "its",
                             "our", "country", "nation", "island"})
#: dependencies of a word that stands as a noun phrase ("the accused" as a participle)
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})
#: role nouns that name the same office another way ("the monarch" after "the Queen");
#: not one row of roles.tsv, which groups by code ("crown prince" is no king)
_ROLE_SYNONYMS = {
    "monarch": frozenset({"king", "queen", "sovereign", "emperor", "empress", "sultan", "emir"}),
    "sovereign": frozenset({"king", "queen", "monarch", "emperor", "empress", "sultan", "emir"}),
    "head of state": frozenset({"president", "king", "queen", "monarch", "emir", "sultan"}),
    "premier": frozenset({"prime minister"}),
    "prime minister": frozenset({"premier"}),
    "pontiff": frozenset({"pope"}),
    "pope": frozenset({"pontiff"}),
}
#: Words of organisations' names that alone after "the" mostly mean something else
#: ("sent to the front").
_BARE_SENSES = frozenset({"front"})
#: Words before a storm's name ("Cyclone Remal", "Hurricane Melissa", "Typhoon Haiyan"):
#: the name is the storm's, no person's or organisation's.
_STORM_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical storm",
                          "super typhoon", "superstorm", "tropical cyclone", "tropical depression"})
#: Words for weapons and vehicles whose model a name before them gives ("two Osprey
#: aircraft", "Patriot missiles", "Leopard tanks"): the name is a product's, no actor's
#: (the events stage's lists of hardware and of what flies, read from event_words.tsv).
_HARDWARE_HEADS = frozenset(event_words()["military_hardware"] | event_words()["airborne"])
#: "the Erez crossing", "the Evin prison": a site's name, though the model tags a person
_SITE_NOUNS = event_words()["site_noun"]
#: words of places' own names ("Lake", "Heights", "Street"): "King Fahd Causeway" and
#: "Prince Sultan Street" are no kings (the places stage's list, place_words.tsv)
_PLACE_NAME_WORDS = place_words()["place_name_word"]
#: Role nouns that, singular with no article, possessor or number, name a means, not a
#: body ("the use of force", "excessive force", "took power by force"; but "a
#: peacekeeping force", "the force" are bodies).
_BARE_MEANS = frozenset({"force"})
#: Words before "party"/"parties" that make them parties to something, not political
#: parties ("third parties", "all parties", "the warring parties"; also "parties to
#: the conflict")
_OTHER_PARTIES = frozenset({"third", "all", "warring", "other", "interested", "concerned",
                            "relevant", "contracting", "guilty", "injured", "responsible",
                            "affected", "involved"})
#: Words for an intergovernmental body named before ("the European Union ... the bloc",
#: "NATO ... the 32-nation alliance"): the nearest such organisation.
_BLOC_NOUNS = frozenset({"bloc", "alliance", "grouping"})
#: Words of someone standing in for an office's holder ("the acting president").
_STAND_IN = frozenset({"acting", "interim", "caretaker"})
#: Plural words for an armed group's people ("Al Shabaab attacked ... The militants
#: detonated"): with "the", the armed group named just before.
_ARMED_MEMBERS = frozenset({"militant", "rebel", "insurgent", "fighter", "jihadist",
                            "gunman", "guerrilla", "extremist", "attacker", "assailant"})
#: CAMEO roles of non-state armed groups (insurgents, rebels, separatists, militias).
_ARMED_ROLES = frozenset({"INS", "REB", "SEP", "UAF"})
#: Verbs whose "of" phrase after the object is the verb's ("accused the government of war
#: crimes", "stripped the minister of his post"), never part of the object's name.
_OF_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "warn", "rob",
                       "strip", "deprive", "inform", "remind", "notify", "absolve", "relieve"})
#: Words that make a country adjective part of a region's or a people's name ("Latin
#: American", "South African" is a country of its own and never reaches this list's
#: test: it is matched whole first).
_REGIONAL_PREFIXES = frozenset({"latin", "central", "native", "african", "asian", "arab",
                                "hispanic", "pan", "anglo", "afro"})
#: Numbers that count a group ("120 people", "at least three soldiers", "two dozen")
_NUMBER_WORD = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|"
                          r"eighty|ninety|hundred|thousand|dozen|million)\b")
#: Words of an estimate: a crowd counted so may be one counted otherwise.
_ESTIMATE = re.compile(r"\b(?:a\s+few|around|about|some|nearly|almost|roughly|approximately|"
                       r"estimated|up\s+to|hundreds|thousands|dozens|millions|several)\b")
#: verbs by which a state sends its own forces somewhere ("Uganda deployed special forces
#: to Juba": Uganda's, not the host's)
_SENDING = event_words()["sending_verb"]
