"""Mentions and clusters, the resolver's records, and the helpers that read names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ...knowledge.actors import ActorKB, fold, norm
from ...records import Span
from .words import (
    _DETERMINERS,
    _MEMBER_NOUNS,
    _NAME_PARTICLES,
    _POSSESSIVE,
    _SENDING,
    _VOWELS,
)


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


def sender(forces: Any) -> Any:
    """The subject that sends or deploys the forces whose head token is ``forces``
    ("Uganda has deployed special forces to Juba"): a state sends its own, not the
    host's; None when no sending verb takes them as its object."""
    if forces is None or forces.dep_ != "dobj" or forces.head.lemma_.lower() not in _SENDING:
        return None
    return next((c for c in forces.head.children if c.dep_ == "nsubj"), None)


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
        # ... and the modifiers of a modifier: "civil liberties group" ("civil" hangs on
        # "liberties")
        while chain[0].i > 0 and chain[0].i != head.i:
            prev = chain[0].doc[chain[0].i - 1]
            if prev.dep_ not in ("compound", "amod") or prev.head.i != chain[0].i:
                break
            chain.insert(0, prev)
        for k in range(len(chain)):
            toks = chain[k:]
            phrase = " ".join(t.lower_ for t in toks[:-1]) + (" " if len(toks) > 1 else "")
            forms = [phrase + head.lower_, phrase + head.lemma_.lower()]
            if any(not t.whitespace_ for t in toks[:-1]):
                # (and as written, for the hyphenated: "anti-corruption agency",
                # "state-run media"; a span's text, not the whole Doc's, which spaCy
                # rebuilds on every read)
                written = head.doc[toks[0].i:head.i].text_with_ws.lower()
                forms += [written + head.lower_, written + head.lemma_.lower()]
            for form in forms:
                role = self.kb.role(form.strip())
                if role and role.kind == "name" and not head.text[:1].isupper():
                    continue  # ("met at different times": a masthead's word, no name)
                if role:
                    return form.strip(), role.kind in ("group", "audience", "name"), toks
        if head.lemma_.lower() in _MEMBER_NOUNS and len(chain) > 1:
            # "Chinese coast guard personnel": the people of the body before them
            for k in range(len(chain) - 1):
                form = " ".join(t.lower_ for t in chain[k:-1])
                role = self.kb.role(form)
                if role and role.kind == "group":
                    return form, False, chain[k:]
        return None


_INITIAL = re.compile(r"[A-Z]\.")


def _name_shaped(tokens: list[Any], kb: ActorKB) -> bool:
    """Two to four capitalised words (and name particles) with no organisation or
    role word: the shape of a person's name (a middle initial allowed: "Tyrise M.
    Bell")."""
    caps = [t for t in tokens if t.lower_ not in _NAME_PARTICLES]
    if not 2 <= len(caps) <= 4 or tokens[0].lower_ in _NAME_PARTICLES:
        return False
    for k, t in enumerate(caps):
        if 0 < k < len(caps) - 1 and _INITIAL.fullmatch(t.text):
            continue
        word = t.text.replace("-", "").replace("'", "").replace("’", "")
        if not (word.isalpha() and t.text[:1].isupper() and not t.is_upper):
            return False
        if t.lower_ in kb.org_words or kb.role(t.lower_) is not None:
            return False
    return True


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
