"""Entities: mentions grouped into document-level entities.

News names a person once in full and then by surname, title, role or
pronoun. This stage collects every kind of mention and groups them, in text
order, the way a careful reader does:

* **names** (spaCy NER, with errors fixed by what the grouping reveals: a
  surname tagged ORG, a country adjective tagged PERSON); a surname or
  ``Mr./President X`` joins the most salient person with that surname; an
  initial joins the full name it abbreviates;
* **titles and appositives** ("Azerbaijani President Ilham Aliyev", "Ali
  Shamkhani, the Secretary of Iran's Supreme National Security Council")
  become the person's ``descriptions``: role words, country, organisation;
* **role descriptions** ("the SNSC chief", "The Azeri president", "his
  Iranian counterpart") join the earlier person whose description is
  compatible (same country, organisation, role); a group noun with no such
  person ("Senegalese police", "the protesters") becomes an entity itself;
* **pronouns** (he/she/him/his/her) join the person who is the subject of the
  current or the closest earlier sentence, else the most recent person;
* **acronyms** ("(SNSC)" after a name, or matching its initials) join the
  organisation; **country references** (Iran, Iranian, Iranians, the
  Republic of ..., a capital used as the government's name: "Tehran
  considers") are one entity per country; **metonyms** and IGOs from the
  knowledge base ("the Kremlin", "the Zionist regime", "the U.N.") are
  entities of their own.

The actor codes are the next stage's work (:mod:`newsevents.stages.actors`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ..knowledge.actors import ActorKB, fold, norm
from ..knowledge.names import given_name_gender
from ..records import Entity, Span
from . import Context, Stage
from .quotes import DOCUMENTS

#: spaCy labels that name actors or places; dates and numbers have stages of their own.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "mme",
               "m.", "gen.", "col.", "lt.", "sgt.", "prof.", "rev.", "sen.", "rep.", "gov.",
               "cde", "cde.", "comrade"}
_FEMALE_HONORIFICS = {"mrs", "mrs.", "ms", "ms.", "madam", "mme"}
_MALE_HONORIFICS = {"mr", "mr.", "sir", "m."}
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
#: Nouns that, after "the", name the country the story is about.
_PLACE_NOUNS = {"country", "nation"}
#: Heads of role descriptions that say little about which person is meant.
_GENERIC_ROLE_WORDS = {"official", "chief", "head", "leader", "counterpart", "top", "senior",
                       "high-ranking", "spokesman", "spokeswoman", "spokesperson", "envoy",
                       "representative", "the", "of", "'s", "’s", "his", "her", "their"}
_KINSHIP = {"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband",
            "widow", "predecessor", "successor", "uncle", "cousin"}
_TITLE_MODIFIERS = {"late", "former", "ex", "then", "acting", "deputy", "vice", "interim",
                    "outgoing", "incoming", "senior", "top", "chief", "first", "newly", "elected",
                    "caretaker", "de", "facto", "new", "current", "sitting", "longtime", "veteran",
                    "embattled", "ousted", "appointed", "designate", "retired"}
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
#: verbs whose complement is what their subject is or becomes
_COPULAS = frozenset({"be", "become", "remain"})
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")


@dataclass(slots=True)
class Mention:
    """One stretch of text that refers to something, before grouping."""

    start: int
    end: int
    text: str
    kind: str  # name | nominal | pronoun | country | capital | metonym | igo | acronym
    label: str  # PERSON | ORG | GPE | NORP | LOC | FAC
    sent: int
    head: Any = None  # spaCy token
    country: str | None = None  # what the words say about nationality
    words: frozenset[str] = frozenset()  # content words of its role description
    role_head: str | None = None  # "president", "security official"
    group: bool = False  # a group noun (police) rather than a person title
    definite: bool = True
    gender: str | None = None
    key: str = ""
    descriptions: list[Span] = field(default_factory=list)
    #: appositives (", the Secretary of ...,"): mentions of the person themselves
    appositives: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Cluster:
    label: str
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    descriptions: list[Span] = field(default_factory=list)
    appositives: list[Span] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    words: set[str] = field(default_factory=set)
    role_heads: set[str] = field(default_factory=set)
    gender: str | None = None
    key: str = ""  # country iso3 / metonym / igo key for non-name clusters

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def last_name(self) -> str | None:
        full = [n for n in self.names if len(n.split()) > 1]
        name = max(full or self.names, key=lambda n: len(n.split()), default=None)
        return fold(name.split()[-1]) if name else None

    @property
    def surnames(self) -> set[str]:
        """Words a lone surname may be: the last one, and for names of three words
        or more the ones before it too ("Villanueva" of "Jorge Villanueva Paredes")."""
        out: set[str] = set()
        for n in self.names:
            words = n.split()
            if len(words) > 1:
                out.add(fold(words[-1]))
                # "Mir-Mohammadi" is also written "Mohammadi"
                out.update(fold(p) for p in words[-1].split("-")[1:]
                           if len(p) >= 4 and p[:1].isupper())
            if len(words) > 2:
                out.update(fold(w) for w in words[1:-1] if w[:1].isupper())
        return out

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.country:
            self.countries[m.country] += 1
        self.words |= m.words
        if m.role_head:
            self.role_heads.add(m.role_head)
        self.descriptions.extend(m.descriptions)
        self.appositives.extend(m.appositives)
        if m.gender and not self.gender:
            self.gender = m.gender


# ---------------------------------------------------------------- helpers


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _trim(tokens: list[Any]) -> list[Any]:
    opened = next((k for k, t in enumerate(tokens) if t.text == "("), None)
    if opened and not any(t.text == ")" for t in tokens[opened:]):
        tokens = tokens[:opened]  # "Commission on Religious Freedom (USCIRF": the name ends
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct
                      or tokens[0].is_space or tokens[0].text in _POSSESSIVE):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in _POSSESSIVE or tokens[-1].is_punct
                      or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def mention_span(ent: Any, text: str) -> Span | None:
    """The character span of a spaCy entity, without "the" and a possessive."""
    tokens = _trim(list(ent))
    if not tokens:
        return None
    return _span(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) of each quotation, paragraph by paragraph, in one
    pass: curly marks and guillemets nest by count, a straight mark toggles; a
    quotation left open ends with its paragraph."""
    out: list[tuple[int, int]] = []
    start = -1
    depth = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if start >= 0:
                out.append((start, i))
            start, depth = -1, 0
        elif ch in "“«" or (ch == '"' and start < 0):
            if start < 0:
                start = i
            depth += 1 if ch != '"' else 0
        elif ch in "”»" or ch == '"':
            depth -= 1 if ch != '"' else 0
            if start >= 0 and depth <= 0:
                out.append((start, i))
                start, depth = -1, 0
    if start >= 0:
        out.append((start, len(text)))
    return out


class _Finder:
    """Looks phrases up in the knowledge base over token n-grams."""

    def __init__(self, kb: ActorKB, text: str) -> None:
        self.kb = kb
        self.text = text

    def country_of_tokens(self, tokens: list[Any]) -> tuple[str, int, int] | None:
        """First country name/adjective among ``tokens``: (iso3, first i, last i).

        Phrases are looked up as written ("Democratic People's Republic of Korea"),
        like the knowledge-base scan of the whole article does."""
        n = len(tokens)
        for i in range(n):
            if not (tokens[i].is_title or tokens[i].is_upper):
                continue
            for j in range(min(n, i + 6), i, -1):
                end = tokens[j - 1].idx + len(tokens[j - 1].text)
                key = norm(self.text[tokens[i].idx:end])
                iso = self.kb.country(key) if key else None
                if iso:
                    return iso, tokens[i].i, tokens[j - 1].i
        return None

    def role_at(self, head: Any) -> tuple[str, bool, list[Any]] | None:
        """The role phrase ending at ``head`` (with its compounds): (phrase, is_group, tokens)."""
        compounds = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i < head.i]
        chain = [head]
        for c in sorted(compounds, key=lambda t: -t.i):
            if c.i == chain[0].i - 1:
                chain.insert(0, c)
        for k in range(len(chain)):
            toks = chain[k:]
            phrase = " ".join(t.lower_ for t in toks[:-1]) + (" " if len(toks) > 1 else "")
            for form in (phrase + head.lower_, phrase + head.lemma_.lower()):
                role = self.kb.role(form.strip())
                if role:
                    return form.strip(), role.kind in ("group", "audience"), toks
        return None


# ---------------------------------------------------------------- the stage


def find_entities(ctx: Context) -> list[Entity]:
    return Resolver(ctx).run()


class Resolver:
    """Collects mentions of one article and groups them into entities."""

    def __init__(self, ctx: Context) -> None:
        self.doc = ctx.doc
        self.text: str = ctx.article.text
        self.kb = ctx.knowledge.actors
        self.memory = ctx.knowledge.memory
        self.gazetteer = ctx.knowledge.gazetteer
        self.find = _Finder(self.kb, self.text)
        self.tokens: list[Any] = ctx.tokens()  # spaCy builds Token objects on each pass
        self.sent_of: dict[int, int] = {}
        self.sent_starts: list[int] = []
        self.sent_char_starts: list[int] = []
        for s_i, sent in enumerate(ctx.sentences()):
            self.sent_starts.append(sent.start)
            self.sent_char_starts.append(sent.start_char)
            for k in range(sent.start, sent.end):  # indices: no Token objects made
                self.sent_of[k] = s_i
        self.taken: set[int] = set()  # token indices already inside a mention
        self.person_tokens: set[int] = set()  # tokens of person names
        self.org_tokens: set[int] = set()  # tokens of organisations, metonyms, IGOs
        self.described: set[int] = set()  # tokens of titles and appositives
        self.quotes = quoted_regions(self.text)
        self.quote_starts = [q[0] for q in self.quotes]
        self.in_nominal: set[int] = set()  # tokens inside role descriptions
        self.clusters: list[Cluster] = []
        self.person_names: dict[str, Cluster] = {}
        self.org_aliases: dict[str, Cluster] = {}
        self.keyed: dict[str, Cluster] = {}
        self.subject_of_sent: dict[int, Cluster] = {}
        self.persons_of_sent: dict[int, list[Cluster]] = {}  # in order of mention
        self.group_subject_of_sent: dict[int, Cluster] = {}  # organisations, groups
        self.last_person: Cluster | None = None
        self.surnames: set[str] = set()  # last words of full person names in the text
        self.patronymic_given: set[str] = set()  # "Qaboos" of "Qaboos bin Said"

    # ------------------------------------------------------------ mentions

    def run(self) -> list[Entity]:
        mentions = self._name_mentions()
        mentions += self._nominal_mentions()
        mentions += self._pronoun_mentions()
        mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
        for m in mentions:
            self._place(m)
        self._late_surnames()
        self._inverted_appositives()
        self._titles_by_parse()
        self._org_anaphora()
        self._one_body_by_country()
        return self._records()

    def _mention(self, tokens: list[Any], kind: str, label: str, **kw: Any) -> Mention:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        root = max(tokens, key=lambda t: (t.head.i < tokens[0].i or t.head.i > tokens[-1].i,
                                          t.head == t))
        return Mention(start=start, end=end, text=self.text[start:end], kind=kind, label=label,
                       sent=self.sent_of.get(tokens[0].i, 0), head=root, **kw)

    def _name_mentions(self) -> list[Mention]:
        out: list[Mention] = []
        ents = self.doc.ents  # spaCy builds the tuple on every read
        surnames = self.surnames = {e[-1].text for e in ents
                                    if e.label_ == "PERSON" and len(e) > 1}
        person_words = {e[-1].text for e in ents if e.label_ == "PERSON"}
        # "Qaboos" after "Qaboos bin Said": Arabic names are shortened to the first
        first_names = self.patronymic_given = {
            e[0].text for e in ents if e.label_ == "PERSON" and len(e) > 2
            and any(t.lower_ in _PATRONYMIC for t in e[1:-1])}
        full_names = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 1}
        # Phrases the knowledge base knows (countries, IGOs, metonyms), longest first,
        # anywhere: they overrule the NER labels they overlap.
        out += self._kb_phrases()
        # "Nabil Hasan al-Quaety ... al-Quaety": lone surnames, however tokenised
        folded_surnames = {fold(e.text.split()[-1]) for e in ents
                           if e.label_ == "PERSON" and len(e.text.split()) > 1}
        for ent in ents:
            tokens = _trim(list(ent))
            lone_surname = bool(tokens) and " " not in self._text_of(tokens) and fold(
                self._text_of(tokens)) in folded_surnames
            if ent.label_ not in ENTITY_LABELS and not lone_surname:
                continue  # ("Mukherjee" tagged PRODUCT is still Mukherjee)
            label = ent.label_
            if label == "PERSON" and tokens and tokens[0].lower_ in _NAME_PARTICLES \
                    and tokens[0].i > 0:
                given = self.doc[tokens[0].i - 1]  # "Arnel | dela Vega": the model cut
                if given.pos_ == "PROPN" and given.text[:1].isupper() and not given.ent_type_:
                    tokens = [given, *tokens]
            name = (self._person_name_in(tokens, label, person_words)
                    if label in ("ORG", "PERSON", "GPE") else None)
            if name is None and label in ("ORG", "GPE", "NORP") and len(tokens) > 2:
                # "told NPR Hamza bin Laden had ...": a name seen as a person elsewhere
                # after the medium's or a place's name
                name = next((tokens[k:] for k in (1, 2) if len(tokens) - k > 1 and
                             self._text_of(tokens[k:]) in full_names), None)
            if name is not None:
                # "Nikki Holland", "Vermont Bernie Sanders", "Tanya Davies" tagged ORG
                label, tokens = "PERSON", name
                out = self._reclaim(out, tokens)
            elif label in ("ORG", "FAC") and not all(t.i in self.taken for t in tokens):
                # "Iran's Supreme National Security Council": the country is a mention of
                # its own; "Security Council of Azerbaijan" keeps its country inside.
                k = 0
                while k < len(tokens) and tokens[k].i in self.taken:
                    k += 1
                tokens = _trim(tokens[k:])
                if all(t.i in self.taken for t in tokens):
                    continue
            else:
                tokens = self._longest_run([t for t in tokens if t.i not in self.taken])
            if not tokens or not any(c.isalpha() for t in tokens for c in t.text):
                continue
            if len(tokens) == 1 and label != "PERSON" and self._after_place_prep(tokens[0]):
                pass  # "travelled to Amman": the city, whoever else is called Amman
            elif lone_surname or (len(tokens) == 1 and (tokens[0].text in surnames or (
                    tokens[0].text in first_names and label != "PERSON"))):
                # "Shamkhani" tagged ORG or NORP in one place; "to Johnson" after Boris
                # Johnson is no town; "Qaboos" after "Qaboos bin Said" no place
                label = "PERSON"
            elif label == "PERSON" and self._is_town(tokens):
                label = "GPE"  # "in Dakar" tagged PERSON
            elif label in ("PERSON", "ORG") and self._medium(tokens, surnames):
                continue  # "said on Twitter": where it was said, not who
            elif label == "ORG" and self._after_person_title(tokens):
                label = "PERSON"  # "Vice-President Moody Awori" tagged ORG
            if label == "PERSON" and len(tokens) == 1 and tokens[0].i > 0 \
                    and self.doc[tokens[0].i - 1].lower_ == "the" and (
                        (r := self.kb.role(tokens[0].lower_)) is not None and r.kind == "person"):
                continue  # "the Queen", "the Pope" tagged PERSON: a role, resolved as one
            if label == "PERSON":
                # "Grand Ayatollah X", "Crown Prince Y", "Chief Superintendent Z" inside
                # the model's name: the title is left before the name, as a title
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
            while tokens and tokens[0].lower_ in _HONORIFICS:
                honorific = tokens[0].lower_
                tokens = tokens[1:]
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
                gender = given_name_gender(tokens[0].text)  # "Emily Spanton" is no "he"
            m = self._mention(tokens, "name", label, gender=gender, key=norm(text))
            if label == "PERSON":
                m.descriptions = self._titles_and_appositives(tokens, m)
            elif label == "ORG":
                self._org_country(tokens, m)
                acro = _ACRONYM_AFTER.match(self.text, m.end)
                if acro:
                    out.append(Mention(start=acro.start(1), end=acro.end(1), text=acro.group(1),
                                       kind="acronym", label="ORG", sent=m.sent,
                                       key=norm(acro.group(1)), words=frozenset({m.key})))
            out.append(m)
            self.taken.update(t.i for t in tokens)
            if label == "PERSON":
                self.person_tokens.update(t.i for t in tokens)
                if len(tokens) > 1:  # "Antoine Quirin" tagged ORG: "Quirin" is his too
                    folded_surnames.add(fold(self._text_of(tokens).split()[-1]))
            elif label == "ORG":
                self.org_tokens.update(t.i for t in tokens)
        out += self._titled_names()
        out += self._missed_names(out)
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
        of a verb of saying, or with a surname used for a person elsewhere. A leading
        place ("Vermont Bernie Sanders") is left out of the name."""
        if len(tokens) < 2 or len(tokens) > 5:
            return None
        words = tokens
        if label != "PERSON" and (self.kb.country(words[0].text) or any(
                (c.feature == "country" or (c.feature == "region" and c.admin2 is None))
                and c.is_named(words[0].text) for c in self.gazetteer.candidates(words[0].text))):
            words = words[1:]  # "Vermont Bernie Sanders", "Scotland Nicola Sturgeon"
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
        if (self._titled(words[0].i - 1)
                or (speaks and self.kb.is_given_name(words[0].text))
                or (words[-1].text in person_words)):
            return words
        return None

    def _titled(self, i: int) -> bool:
        """Is there a person's title just before token ``i`` ("MP", "First Minister of
        Scotland", "Organisation of Islamic Cooperation (OIC) head")?"""
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
        """A capital or a big city after "in/at/to/from/near", not a person."""
        i = tokens[0].i - 1
        if i < 0 or self.doc[i].lower_ not in ("in", "at", "to", "from", "near", "outside"):
            return False
        text = self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
        if norm(text) in self.kb.capitals:
            return True
        return any(c.population >= 500_000 for c in self.gazetteer.candidates(text))

    def _after_person_title(self, tokens: list[Any]) -> bool:
        """Proper nouns right after a person's title ("Vice-President ...", "officers
        Antoine Quirin and ...")."""
        i = tokens[0].i - 1
        if i < 0 or not all(t.pos_ == "PROPN" for t in tokens) or len(tokens) > 4:
            return False
        prev = self.doc[i]
        role = self.kb.role(prev.lower_) or self.kb.role(prev.lemma_.lower())
        return role is not None and role.kind in ("person", "generic") and (
            prev.is_title or self._shared_plural_title(tokens) is prev)

    def _shared_plural_title(self, tokens: list[Any]) -> Any | None:
        """The plural title two coordinated names share ("officers Antoine Quirin and
        Nicolas Redouane"): for the first name, the title right before it and "and" a
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

    def _longest_run(self, tokens: list[Any]) -> list[Any]:
        """Tokens of an entity that are not already taken, as one contiguous run."""
        runs: list[list[Any]] = []
        for t in tokens:
            if runs and t.i == runs[-1][-1].i + 1:
                runs[-1].append(t)
            else:
                runs.append([t])
        return _trim(max(runs, key=len)) if runs else []

    def _kb_phrases(self) -> list[Mention]:
        out: list[Mention] = []
        toks = self.tokens
        i = 0
        while i < len(toks):
            t = toks[i]
            if not (t.is_title or t.is_upper) or t.is_punct:
                i += 1
                continue
            found = None
            # phrases end on a capitalised word and do not run over a comma or a stop
            # ("Bosnia and Herzegovina", "Democratic People's Republic of Korea")
            stop = i + 1
            while stop < min(len(toks), i + 7) and toks[stop].i == toks[stop - 1].i + 1 and \
                    toks[stop].text not in (",", ";", ":", "(", ")", '"', "“", "”"):
                stop += 1
            for j in range(stop, i, -1):
                last = toks[j - 1]
                if j > i + 1 and not (last.is_title or last.is_upper):
                    continue
                # the text as written: "People's" stays one word
                key = norm(self.text[t.idx:last.idx + len(last.text)])
                if not key:
                    continue
                if self.kb.country(key):
                    found = ("country", j, key)
                elif key in self.kb.metonyms:
                    found = ("metonym", j, key)
                elif key in self.kb.igos:
                    found = ("igo", j, key)
                elif key in self.kb.capitals:
                    found = ("capital", j, key)
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
                i = j  # "Amman" after "Sudesh Amman": the man, left to the names
                continue
            if kind == "capital":
                if not self._capital_is_government(span_tokens):
                    i = j
                    continue
                iso = self.kb.capitals[key]
                m = self._mention(span_tokens, "capital", "GPE", country=iso, key=iso)
            elif kind == "country":
                iso = self.kb.country(key) or ""
                m = self._mention(span_tokens, "country", "GPE", country=iso, key=iso)
            elif kind == "igo":
                m = self._mention(span_tokens, "igo", "ORG", key="igo:" + self.kb.igos[key][0])
            else:
                country, _roles, _note, label = self.kb.metonyms[key]
                m = self._mention(span_tokens, "metonym", "ORG", key="met:" + norm(label),
                                  country=country)
            out.append(m)
            self.taken.update(t.i for t in span_tokens)
            if kind in ("metonym", "igo"):
                self.org_tokens.update(t.i for t in span_tokens)
            i = j
        return out

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
        ("Sudesh Amman ... Amman sent messages") is that person where it is not after a
        preposition of place ("in Amman", "to Amman")."""
        if len(tokens) != 1 or tokens[0].text not in self.surnames:
            return False
        t = tokens[0]
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "I":
            return False  # inside the full name itself: the names pass takes it
        return not self._after_place_prep(t)

    def _after_place_prep(self, t: Any) -> bool:
        return t.i > 0 and self.doc[t.i - 1].lower_ in _LOCATIVE_PREPS

    def _text_of(self, tokens: list[Any]) -> str:
        return self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]

    def _capital_is_government(self, tokens: list[Any]) -> bool:
        """A capital names the government unless it is where someone goes or is."""
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
            role = self.kb.role(t.lower_) or self.kb.role(t.lemma_.lower())
            is_title = (
                t.lower_ in _TITLE_MODIFIERS
                or t.lower_ in _KINSHIP
                # a person's title, not a group the name follows ("told local media
                # Adamowicz's heart ...", "announcing to journalists Adamowicz ...")
                or (role is not None and (
                    (role.kind != "group" and t.tag_ not in ("NNS", "NNPS"))
                    # a body inside a title, before the title's own role word: "Member of
                    # parliament (MP)", "union Aslef general secretary" -- not "on live
                    # television Erdogan"
                    or (seen_role and (t.dep_ in ("compound", "nmod", "amod")
                                       or (i > 0 and self.doc[i - 1].lower_ == "of")))))
                or self.kb.country(t.text) is not None
                or (t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ"))
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
        if after < len(self.doc) and self.doc[after].text == ",":
            j = after + 1
            end = j
            has_role = False
            closed = False
            while j < len(self.doc) and j < after + 20:
                t = self.doc[j]
                if t.text in (",", ";", ".") and not (t.text == "," and j == after + 1):
                    closed = True
                    break
                if has_role and t.tag_ in ("VBG", "VBN") and t.dep_ == "acl":
                    closed = True  # "a Toronto lawyer representing Spanton": ends there
                    break
                if t.lower_ in ("who", "which", "that", "said", "says") or (t.pos_ in (
                        "VERB", "AUX") and t.dep_ != "amod"):  # "Algeria's leading activist"
                    break
                if (self.kb.role(t.lower_) or self.kb.role(t.lemma_.lower())
                        or j in self.org_tokens or self.kb.country(t.text)):
                    has_role = True
                end = j
                j += 1
            first = self.doc[after + 1] if after + 1 < len(self.doc) else None
            closed = closed or j >= len(self.doc) or self.doc[j].is_sent_start
            if (closed and first is not None and first.lower_ in _KINSHIP
                    and after + 2 < len(self.doc) and self.doc[after + 2].lower_ == "of"):
                # "Mohammed Waseem, brother of Qandeel Baloch, was sentenced": the man
                # himself, though what he is said to be is another's kin, no office
                kin = list(self.doc[after + 1:end + 1])
                m.appositives.append(_span(self.text, kin[0].idx, kin[-1].idx + len(kin[-1].text)))
                self.described.update(t.i for t in kin[:2])
            # another person's name makes it a list ("Al-Othaimeen, Pope Francis, and")
            listed = any(self.doc[k].ent_type_ == "PERSON" and not (
                k + 1 < len(self.doc) and self.doc[k + 1].text in _POSSESSIVE)
                for k in range(after + 1, end + 1))
            if not has_role and end > after + 1:
                # a role of several words: "the Speaker of the House"
                seq = [x.lower_ for x in self.doc[after + 1:end + 1]]
                has_role = self._has_role_phrase(seq, shortest=2)
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
        # "Jennifer Lu of Marriage Equality Coalition Taiwan", "Nikki Holland of the UK's
        # National Crime Agency": the organisation the person speaks for
        of_org = self._of_organisation(tokens[-1].i + 1)
        after = tokens[-1].i + 1
        if of_org is None and after + 1 < len(self.doc) and self.doc[after].text == ",":
            # "Sharif Hotak, of the Maidan Wardak provincial council, described": an
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

        * an appositive whose end no comma closes ("Michael Makuei, the Information
          Minister paid tribute") or that starts with an adverb ("Tom Frieden,
          formerly the director of ...");
        * the noun a name is the appositive of ("Another former Trump adviser,
          Sebastian Gorka, said");
        * "speaking for / representing X" right after the name;
        * ", of the provincial council," after the name;
        * coordinated titles ("businessman and Trump loyalist Stephen Schwarzman",
          "retired FBI agent and terrorism specialist Ali Soufan").
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
                # "An Australian, Brenton Tarrant, appeared": a demonym says whose
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
                if span and not self._names_other(span) and self._describes(span):
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
        return any((t.i in self.person_tokens or t.ent_type_ == "PERSON")
                   and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].text in _POSSESSIVE)
                   and not (t.dep_ == "compound" and t.head.i in inside
                            and t.head.i not in self.person_tokens)
                   for t in span)

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
        token ``i``: its tokens ("Jong Woo Son from South Korea")."""
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
        """"of the Maidan Wardak provincial council" (a body by its role noun), "of
        Marriage Equality Coalition Taiwan" (capitalised words with an organisation word
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

    def _group_word(self, word: str) -> bool:
        role = self.kb.role(word)
        return role is not None and role.kind == "group"

    def _missed_names(self, found: list[Mention]) -> list[Mention]:
        """Surnames of people the NER found, where it did not tag them."""
        surnames = {m.text.split()[-1] for m in found if m.label == "PERSON" and
                    len(m.text.split()) > 1}
        out = []
        for t in self.tokens:
            if t.i in self.taken or t.i in self.described or t.pos_ != "PROPN" \
                    or not t.is_title:
                continue
            if t.lower_ in _CALENDAR or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL",
                                                        "MONEY", "PERCENT", "QUANTITY"):
                continue  # "on Friday": a surname in the tables is still a day here
            if t.text not in surnames and not self._known_surname(t.text):
                continue
            role = self.kb.role(t.lower_)
            if role is not None and role.kind == "person" and t.i > 0 \
                    and self.doc[t.i - 1].lower_ == "the":
                continue  # "the Queen", "the King": a title, not Mr King
            out.append(self._mention([t], "name", "PERSON", key=norm(t.text)))
            self.taken.add(t.i)
        return out

    def _known_surname(self, word: str) -> bool:
        if self.kb.is_known_surname(word):
            return True
        return self.memory is not None and self.memory.knows(word)

    def _nominal_mentions(self) -> list[Mention]:
        out = []
        for t in self.tokens:
            if t.i in self.taken or t.i in self.described or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if t.dep_ in ("compound", "amod") and t.head.lemma_.lower() not in DOCUMENTS:
                continue  # a modifier: "President" in "President Aliyev", "police station"
                # (but "the government statement" is the government's)
            kin = self._relative(t)
            if kin is not None:
                out.append(kin)
                continue
            hit = self.find.role_at(t)
            if not hit:
                continue
            phrase, is_group, role_tokens = hit
            is_group = is_group or t.tag_ in ("NNS", "NNPS")
            left = t.i
            for c in t.lefts:
                if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "advmod"):
                    left = min(left, c.left_edge.i)
            right = t.i
            for c in t.rights:
                noun_of = c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
                if noun_of and c.right_edge.i - t.i <= 10:
                    right = max(right, c.right_edge.i)
            tokens = [x for x in self.doc[left:right + 1]]
            comma = next((k for k, x in enumerate(tokens) if x.i > t.i and x.text == ","), None)
            if comma is not None:  # "the director of X, Mariela Belski,": the name is apart
                tokens = tokens[:comma]
            while tokens and (tokens[-1].is_punct or tokens[-1].text in _POSSESSIVE):
                tokens = tokens[:-1]
            while tokens and (tokens[0].is_punct or tokens[0].is_space):
                tokens = tokens[1:]
            if not tokens or any(x.i in self.person_tokens for x in tokens):
                continue
            det = tokens[0].lower_
            if det in ("our", "my", "we"):
                continue  # "our country's ...": the speaker's side, resolved by events
            found = self.find.country_of_tokens(tokens)
            words = frozenset(x.lower_ for x in tokens if x.is_alpha)
            acr = {x.lower_ for x in tokens if x.is_upper and len(x.text) > 1}
            m = self._mention(tokens, "nominal", "ORG" if is_group else "PERSON",
                              country=found[0] if found else None, words=words | acr,
                              role_head=phrase, group=is_group,
                              definite=det not in ("a", "an", "another", "one", "some"))
            m.head = t
            out.append(m)
            self.taken.update(range(role_tokens[0].i, t.i + 1))
            self.in_nominal.update(x.i for x in tokens)
        return out

    def _relative(self, t: Any) -> Mention | None:
        """A relative named by kinship ("her husband", "his daughter", "the son of
        Qandeel Baloch"): a person of their own, never the one they are related to."""
        if t.lemma_.lower() not in _KINSHIP or t.tag_ not in ("NN", "NNP"):
            return None
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if owner is None and of is None:
            return None
        if t.dep_ == "appos" or any(c.dep_ == "appos" for c in t.children):
            return None  # "his son, Abhijit Mukherjee": the name is the mention
        nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.text == ","):
            return None  # "his son Abhijit" / "his widow, Denise": named right after
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
                          words=frozenset({t.lemma_.lower()}), key=whose)
        m.head = t
        self.taken.update(x.i for x in tokens if x.lower_ not in _PRONOUNS)
        return m

    def _pronoun_mentions(self) -> list[Mention]:
        out = []
        for t in self.tokens:
            if t.i in self.taken or (t.lower_ not in _PRONOUNS and t.lower_ not in
                                     _GROUP_PRONOUNS and t.lower_ not in _PLACE_NOUNS):
                continue
            quote = self._quote_at(t.idx)
            gender = _PRONOUNS.get(t.lower_)
            if quote is not None:
                # inside a quotation "he" is someone the quotation itself named before
                # ("we told the president ... He resisted"); otherwise left alone
                if gender is not None:
                    m = self._mention([t], "quoted_pronoun", "PERSON", gender=gender)
                    m.key = str(quote)
                    out.append(m)
                continue
            if gender is not None:
                out.append(self._mention([t], "pronoun", "PERSON", gender=gender))
            elif t.lower_ in _GROUP_PRONOUNS and t.i not in self.in_nominal:
                # "they", "their", "its": the organisation or group that is the subject
                # of this sentence or the last one (not "its forces", whose owner the
                # events stage reads clause by clause)
                out.append(self._mention([t], "group_pronoun", "ORG"))
            elif (t.tag_ == "NN" and t.i > 0 and self.doc[t.i - 1].lower_ == "the"
                  and t.dep_ not in ("compound", "amod", "nmod")
                  and not any(c.dep_ in ("amod", "compound") for c in t.children)):
                # "the country", "the nation": the country the story is about
                out.append(self._mention([self.doc[t.i - 1], t], "country_ref", "GPE"))
        return out

    # ------------------------------------------------------------ grouping

    def _new(self, m: Mention) -> Cluster:
        c = Cluster(label=m.label, key=m.key)
        c.add(m)
        if m.kind == "name":
            c.names.append(m.text)
        self.clusters.append(c)
        return c

    def _place(self, m: Mention) -> None:
        self._place_one(m)
        if m.head is not None and m.head.dep_ in ("nsubj", "nsubjpass") and m.kind not in (
                "pronoun", "group_pronoun"):
            placed = next((c for c in reversed(self.clusters) if c.mentions and
                           c.mentions[-1] is m), None)
            if placed is not None and placed.label != "PERSON":
                self.group_subject_of_sent.setdefault(m.sent, placed)

    def _place_one(self, m: Mention) -> None:
        if m.kind in ("country", "capital", "metonym", "igo"):
            c = self.keyed.get(m.key)
            if c is None:
                c = self.keyed[m.key] = self._new(m)
                c.label = "GPE" if m.kind in ("country", "capital") else "ORG"
            else:
                c.add(m)
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
            return
        if m.kind == "pronoun":
            self._place_pronoun(m)
        if m.kind == "group_pronoun":
            self._place_group_pronoun(m)
        if m.kind == "quoted_pronoun":
            self._place_quoted_pronoun(m)
        if m.kind == "country_ref":
            self._place_country_ref(m)

    def _quote_at(self, pos: int) -> int | None:
        """The opening mark of the quotation around ``pos``, if any."""
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        if k >= 0 and self.quotes[k][0] < pos < self.quotes[k][1]:
            return self.quotes[k][0]
        return None

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

    def _place_group_pronoun(self, m: Mention) -> None:
        for back in range(0, 2):
            c = self.group_subject_of_sent.get(m.sent - back)
            if c is None or c.first >= m.start:
                continue
            if m.text.lower() in ("its", "itself") and c.label not in ("ORG", "GPE"):
                continue
            c.add(m)
            return

    def _place_country_ref(self, m: Mention) -> None:
        countries = [c for c in self.clusters if c.label == "GPE" and c.key and
                     c.key == (c.mentions[0].country or "") and c.first < m.start]
        if countries:
            max(countries, key=lambda c: max(x.start for x in c.mentions
                                             if x.start < m.start)).add(m)

    def _note_person(self, c: Cluster, m: Mention) -> None:
        self.last_person = c
        named = self.persons_of_sent.setdefault(m.sent, [])
        if c not in named:
            named.append(c)
        head = m.head
        if head is not None and head.dep_ in ("nsubj", "nsubjpass"):
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
        if c is None:
            c = self._new(m)
        else:
            c.add(m)
            c.names.append(m.text)
        self.person_names[key] = c
        for variant in (_transliteration_key(m.text), _first_last(m.text)):
            if variant:
                self.person_names.setdefault(variant, c)
        self._note_person(c, m)

    def _by_surname(self, surname: str) -> Cluster | None:
        s = fold(surname)
        cands = [c for c in self.clusters if c.label == "PERSON" and
                 (c.last_name == s or s in c.surnames)]
        if not cands:
            return None
        return max(cands, key=lambda c: (sum(1 for x in c.mentions if x.kind == "name"),
                                         -c.first))

    def _by_given_name(self, word: str) -> Cluster | None:
        """The one person whose full name starts with ``word`` ("Brenton" after
        "Brenton Tarrant"; "Qaboos" after "Qaboos bin Said", where Arabic names
        are shortened to the first)."""
        w = fold(word)
        cands = [c for c in self.clusters if c.label == "PERSON" and any(
            len(n.split()) > 1 and fold(n.split()[0]) == w for n in c.names)]
        return cands[0] if len(cands) == 1 else None

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
        c = self.org_aliases.get(key)
        if c is None:
            if m.text.isupper() and len(m.text) <= 8:
                c = next((x for x in self.clusters if x.label == "ORG" and x.names and
                          _initials(x.names[0]) == m.text.casefold()), None)
            elif _initials(m.text):
                c = self.org_aliases.get(_initials(m.text))
        if c is not None and m.country and c.countries and m.country not in c.countries:
            # "the Georgian National Security Council" is not the Turkish one
            c = self.org_aliases.get(f"{key}|{m.country}")
            key = f"{key}|{m.country}"
        if c is None:
            c = self._new(m)
        else:
            c.add(m)
            c.names.append(m.text)
        self.org_aliases[key] = c
        if len(m.text.split()) > 1:
            self.org_aliases.setdefault(_initials(m.text), c)

    def _place_nominal(self, m: Mention) -> None:
        said = None if m.group else self._predicate_of(m)
        if said is not None:
            holder, history = said
            holder.add(m)
            if not history:  # "served as minister": history, not a title
                holder.descriptions.append(_span(self.text, m.start, m.end))
            return
        if not m.group and m.definite and not self._name_follows(m):
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

    def _titles_by_parse(self) -> None:
        """A role whose head the parse ties to the name right after it ("Retired FBI
        agent and terrorism specialist Ali Soufan") is that person's, wherever the
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
        conjunct or apposition in the parse ("agent and specialist Ali Soufan")."""
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

    def _name_follows(self, m: Mention) -> bool:
        """"the director of Amnesty International, Mariela Belski, said": the role
        introduces the name after it, not a person named before."""
        hit = re.match(r"\s*,\s*", self.text[m.end:m.end + 5])
        if hit is None:
            return False
        at = m.end + hit.end()
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        return span is not None and span[0].ent_type_ == "PERSON"

    def _best_person_for(self, m: Mention) -> Cluster | None:
        best, best_score = None, 0.0
        specific = {w for w in m.words if w not in _GENERIC_ROLE_WORDS}
        owner = m.text.split()[0].lower() in ("his", "her", "their")
        for c in self.clusters:
            if c.label != "PERSON" or c.first >= m.start:
                continue
            if owner and any(x.sent == m.sent and x.start < m.start for x in c.mentions):
                continue  # "Mugabe fired his vice president": the owner is someone else
            c_country = c.countries.most_common(1)[0][0] if c.countries else None
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
            if m.role_head and m.role_head in c.role_heads:
                score += 3
            overlap = specific & c.words
            score += 1.5 * len(overlap)
            if "counterpart" in m.words and m.country and c_country == m.country:
                score += 1
            # described by more than a nationality ("An Australian, X" is not described)
            described = any(w not in _DETERMINERS and self.kb.country(w) is None
                            for w in c.words)
            if specific and not overlap and described and not (m.country and c_country):
                continue  # "the president" is not the man described as minister
            last = max(x.end for x in c.mentions if x.start < m.start)
            score += 1.0 / (1 + (m.start - last) / 500)
            score += 0.1 * len(c.mentions)
            if score > best_score:
                best, best_score = c, score
        return best if best_score >= 1.5 else None

    def _known_country(self, c: Cluster) -> str | None:
        """The one country the knowledge base gives for a person's full names."""
        countries = set()
        for n in c.names:
            if len(n.split()) > 1:
                for office in self.kb.people.get(norm(n), ()):
                    countries.add(office.code[:3])
        return countries.pop() if len(countries) == 1 else None

    def _place_pronoun(self, m: Mention) -> None:
        cands: list[Cluster] = []
        subj = self.subject_of_sent.get(m.sent)
        if subj is not None and subj.first < m.start:
            cands.append(subj)
        for back in range(1, 4):
            s = self.subject_of_sent.get(m.sent - back)
            if s is not None:
                cands.append(s)
            # then the other people of that sentence, in order ("According to X, the
            # pandemic is new. He said ...": X, before an earlier sentence's subject)
            cands.extend(self.persons_of_sent.get(m.sent - back, []))
        if self.last_person is not None:
            cands.append(self.last_person)
        for c in cands:
            if c.gender and m.gender and c.gender != m.gender:
                continue
            if c.label != "PERSON":
                continue
            c.add(m)
            self._note_person(c, m)
            return

    def _late_surnames(self) -> None:
        """A surname seen before its full name ("Aliyev ... Ilham Aliyev") joins it."""
        for c in list(self.clusters):
            if c.label != "PERSON" or any(len(n.split()) > 1 for n in c.names) or not c.names:
                continue
            target = self._by_surname(c.names[0])
            if target is not None and target is not c and any(len(n.split()) > 1
                                                              for n in target.names):
                for m in c.mentions:
                    target.add(m)
                target.names.extend(c.names)
                self.clusters.remove(c)

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
                # "vice president of women and family affairs Masoumeh Ebtekar": a
                # lowercase role right before a name is its title
                adjacent = (between == " " and not nominal.group and nominal.head is not None
                            and nominal.head.text.islower())
                closed = self.text[m.end:m.end + 2].lstrip()[:1] == ","
                if pp and not closed:
                    pp = None  # "met the minister in Baghdad, Ali Hassan said": no appositive
                # "The attacker, identified as Sudesh Amman, ...": the same man
                named = _IDENTIFIED_AS.fullmatch(between)
                if target is not c and (re.fullmatch(r"\s*,\s*", between) or pp or adjacent
                                        or named):
                    for x in c.mentions:
                        target.add(x)
                    end = nominal.end + (pp.end(1) if pp else 0)
                    target.descriptions.append(_span(self.text, nominal.start, end))
                    self.clusters.remove(c)
                    break

    # ------------------------------------------------------------ records

    def _org_anaphora(self) -> None:
        """"the court" after "the Court of Session", "the House" after "the House of
        Representatives", "the committee" after "the House Judiciary Committee": a
        definite noun phrase whose head is the head noun of an organisation named
        before it is that organisation (the one named last), whether or not the noun
        is a role of its own."""
        named: list[tuple[int, str, Cluster]] = []  # (position, head noun, cluster)
        for c in self.clusters:
            if c.label != "ORG":
                continue
            for m in c.mentions:
                if m.kind == "name" and len(m.text.split()) > 1:
                    head = _org_head(m.text)
                    if head:
                        named.append((m.start, head, c))
        if not named:
            return
        named.sort(key=lambda x: x[0])
        heads = {h for _, h, _ in named}
        placed = {(m.start, m.end) for c in self.clusters for m in c.mentions}
        for t in self.tokens:
            generic = t.lemma_.lower() in _GENERIC_ORG_NOUNS and t.is_lower
            if t.pos_ not in ("NOUN", "PROPN") or not (t.lemma_.lower() in heads or generic) \
                    or t.tag_ in ("NNS", "NNPS") or t.dep_ in ("compound", "amod"):
                continue
            lefts = [x for x in t.lefts]
            if not lefts or lefts[0].lower_ not in (("the", "this") if generic else ("the",)) \
                    or any(
                    x.dep_ not in ("det", "amod", "compound", "nummod", "punct") or
                    x.ent_type_ in ("GPE", "NORP", "PERSON") for x in lefts) \
                    or any(x.dep_ == "prep" for x in t.rights):
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
            for pos, head, c in named:
                # "the group", "this organisation": an organisation named in the last
                # three sentences, whatever its head noun
                if pos < start and (head == t.lemma_.lower() or (
                        generic and sent - self._sent_at(pos) <= 3)):
                    n, _, _ = before.get(id(c), (0, 0, c))
                    before[id(c)] = (n + 1, pos, c)
            if not before:
                continue
            target = max(before.values(), key=lambda x: (x[0], x[1]))[2]
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

    def _one_body_by_country(self) -> None:
        """"Parliament of the United Kingdom", "the UK parliament", "the British
        parliament" and "Parliament": one body, named by its head noun and at most its
        country. Merged when the article names it for one country only; "the Labour
        Party" and "the Conservative Party" are not of this shape and stay apart."""
        groups: dict[str, list[tuple[Cluster, str | None]]] = {}
        for c in self.clusters:
            if c.label != "ORG" or not c.mentions:
                continue
            shape = self._head_and_country(c)
            if shape is not None:
                groups.setdefault(shape[0], []).append((c, shape[1]))
        for members in groups.values():
            countries = {iso for _, iso in members if iso}
            if len(members) < 2 or len(countries) > 1:
                continue
            keep = max((c for c, _ in members), key=lambda c: (len(c.mentions), -c.first))
            for c, _ in members:
                if c is keep:
                    continue
                for m in c.mentions:
                    keep.add(m)
                keep.names.extend(c.names)
                keep.descriptions.extend(c.descriptions)
                self.clusters.remove(c)

    def _head_and_country(self, c: Cluster) -> tuple[str, str | None] | None:
        """(head noun, country) when every named mention of an organisation is its
        head noun with only a country, "the" and "of" around it."""
        head: str | None = None
        country: str | None = None
        named = [m for m in c.mentions if m.kind in ("name", "nominal")]
        if not named or len(named) < len([m for m in c.mentions if m.kind not in (
                "pronoun", "group_pronoun", "acronym")]):
            return None
        for m in named:
            words = re.sub(r"[’']s\b", "", m.text).split()
            rest: list[str] = []
            k = 0
            while k < len(words):
                w = words[k]
                if w.lower() in ("the", "of"):
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
            if head is not None and rest[0] != head:
                return None
            head = rest[0]
        if head is None or head in _GENERIC_ORG_NOUNS:
            return None
        return head, country or (c.countries.most_common(1)[0][0] if c.countries else None)

    def _sent_at(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_char_starts, pos) - 1

    def _records(self) -> list[Entity]:
        clusters = sorted(self.clusters, key=lambda c: c.first)
        out = []
        for n, c in enumerate(clusters, start=1):
            mentions = sorted({(m.start, m.end) for m in c.mentions}
                              | {(a.start, a.end) for a in c.appositives})
            spans = [_span(self.text, s, e) for s, e in mentions]
            descs = sorted({(d.start, d.end) for d in c.descriptions})
            out.append(Entity(
                id=f"e{n}", name=self._name(c), type=c.label, mentions=spans,
                descriptions=[_span(self.text, s, e) for s, e in descs]))
        return out

    def _name(self, c: Cluster) -> str:
        kinds = {m.kind for m in c.mentions}
        if "country" in kinds or "capital" in kinds:
            iso = c.mentions[0].country or ""
            return self.kb.country_label.get(iso, c.mentions[0].text)
        if "metonym" in kinds or "igo" in kinds:
            return _strip_det(c.mentions[0].text)
        if c.names:  # the longest: a full name, an organisation's long form
            return max(c.names, key=lambda n: (len(n.split()), len(n)))
        first = min(c.mentions, key=lambda m: m.start)
        return _strip_det(first.text)


def _name_shaped(tokens: list[Any], kb: ActorKB) -> bool:
    """Two to four capitalised words (and name particles) with no organisation or
    role word: the shape of a person's name."""
    caps = [t for t in tokens if t.lower_ not in _NAME_PARTICLES]
    if not 2 <= len(caps) <= 4 or tokens[0].lower_ in _NAME_PARTICLES:
        return False
    for t in caps:
        word = t.text.replace("-", "").replace("'", "").replace("’", "")
        if not (word.isalpha() and t.text[:1].isupper() and not t.is_upper):
            return False
        if t.lower_ in kb.org_words or kb.role(t.lower_) is not None:
            return False
    return True


_VOWELS = re.compile(r"[aeiouy]")
#: a regnal number after a monarch's or a pope's name
_REGNAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)")


def _first_last(name: str) -> str | None:
    """The first and last words of a name of two words or more, as a key ("Robert
    Gabriel Mugabe" and "Robert Mugabe"); particles ("bin", "de") stay with the
    surname, so "Hamza bin Laden" is not "Hamza Laden"."""
    words = name.split()
    if len(words) < 2 or any(w.lower() in _NAME_PARTICLES for w in words):
        return None
    return "^" + norm(f"{words[0]} {words[-1]}")


def _transliteration_key(name: str) -> str | None:
    """A key that two transliterations of one name share: "Osama bin Laden" and "Usama
    bin Ladin", "Mohammad"/"Mohammed", "Mammadli"/"Mamedli" -- the consonants of each
    word, doubled letters once. Words of four letters or fewer must be written alike
    ("Jon" and "Jan" Smith are two people), and the name must have two words or more."""
    words = [w for w in re.split(r"[\s\-]+", fold(name)) if w]
    if len(words) < 2:
        return None
    out = []
    for w in words:
        w = re.sub(r"[^a-z]", "", w)
        if len(w) <= 4:
            out.append(w)
            continue
        out.append(re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", w)))
    if sum(len(w) for w in out) < 5 or not all(out):
        return None
    return "~" + " ".join(out)


#: nouns by which a text resumes any organisation it has just named
_GENERIC_ORG_NOUNS = frozenset({"group", "organisation", "organization"})


def _org_head(name: str) -> str | None:
    """The head noun of an organisation's name, lowercase and singular: "court" of
    "Court of Session", "committee" of "House Judiciary Committee"."""
    words = re.sub(r"[^\w\s\-]", " ", name).split()
    if "of" in words:
        words = words[:words.index("of")]
    if not words or not words[-1].isalpha():
        return None
    head = words[-1].lower()
    if head.endswith("s") and not head.endswith(("ss", "us")):
        return None  # "United Nations", "Armed Forces": plural names are not resumed so
    return head


def _strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _DETERMINERS | {"his", "her", "their", "its"}:
        words = words[1:]
    return " ".join(words) or text


def _initials(name: str) -> str:
    skip = {"of", "the", "and", "for", "on", "in", "de", "la", "del"}
    return "".join(w[0] for w in name.replace("-", " ").split()
                   if w.lower() not in skip and w[:1].isalpha()).casefold()


STAGE = Stage(name="entities", run=find_entities, assigns="entities", requires=("doc",))
