"""Quotations: direct, partial and reported speech, and who said them.

The stage works in three steps, kept apart so that each can be tested and
improved alone:

1. **Marks** (:func:`pair_marks`). Quotation marks are paired from the
   characters alone, paragraph by paragraph: straight and curly double marks
   (mixed freely in one article, a straight mark's direction read from its
   neighbours), guillemets and German low marks. Single marks inside a double
   quotation are part of it (a quote within a quote); single marks are
   paired on their own only in an article that has no double marks at all
   (British style), and an apostrophe is never a mark. A quotation may run
   over several paragraphs when each paragraph after the first opens with a
   mark and only the last one closes. A mark that cannot be paired is
   reported as :class:`Unpaired` with a reason and skipped; marks are never
   paired across paragraphs otherwise, so one broken mark costs one quote.
2. **Cue and speaker mention**. For a quotation in the place of a sentence
   (at the start of a sentence, after a colon, or after "said,"), the cue is
   the nearest speech verb in the same sentence outside the marks, before,
   after or between two halves of the quote ("said", "noted", "X, for his
   part, emphasized", "X told reporters:", a colon lead-in ending the
   previous paragraph), or "according to X", or a trailing "— X". A quoted
   fragment inside a sentence is a *partial* quote only if a speech verb
   governs it in the parse (``called the talks "constructive"``, ``said the
   talks were "constructive"``); otherwise it is a scare quote or a title and
   not reported, as are fragments after "so-called", "dubbed", "titled",
   "known as" and the like. Reported speech (``kind: indirect``) is a speech
   verb with a complement clause (``ccomp`` or a "that"-clause), or "according
   to X" attached to a clause; its text is the clause without "that". The
   speaker mention is the subject of the cue verb (climbing from "saying" or
   "adding" to the verb they hang on), as a noun phrase without appositions
   or relative clauses: "the SNSC chief", "He", "Iran's senior security
   official". A full-sentence quotation with no cue in its sentence takes the
   speaker of the last statement (or the person subject) of the sentence just
   before it, or of the one before that when nobody else is named in between,
   within the same or the previous paragraph; otherwise it has no speaker.
3. **Speaker lookup** (:func:`resolve_speaker`). The speaker mention is looked
   up among the entities assigned by the ``entities`` stage: the entity one of
   whose mentions contains the head word of the speaker mention (so "the
   Azeri president" never resolves to "Azeri"); failing that, a PERSON entity
   whose name ends with the head word ("Shamkhani" -> "Ali Shamkhani"). This
   stage does no coreference of its own: "He" or "the SNSC chief" resolve as
   soon as the entities stage lists them among an entity's mentions.

Output conventions (:class:`newsevents.records.Quote`): ``start``/``end``
index ``article.text`` and ``text == article.text[start:end]``. For direct
and partial quotes the span is the words inside the marks without outer
blanks or a trailing comma (a quotation over several paragraphs keeps the
paragraph breaks and the marks that open the later paragraphs). A quotation
interrupted by its cue ("A," he said, "B.") is two quotes with one speaker.
A partial quote inside reported speech is reported twice: as the indirect
quote of the clause and as the partial quote of the quoted words. ``cue`` is
the cue as written, lower-cased ("stated", "pointed out", "expressed hope",
"according to", "—"). Quotes are numbered ``q1``, ``q2``, ... in text order.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..knowledge.events import event_words
from ..records import Entity, Quote, Span
from . import Context, Stage

log = logging.getLogger(__name__)

# ------------------------------------------------------------------ vocabulary

#: Verbs (lemmas) that introduce speech: direct, partial and reported.
SPEECH_VERBS = frozenset("""
    accuse acknowledge add admit advise affirm agree allege announce answer
    argue assert assure blame boast call caution characterise characterize charge
    claim comment complain
    concede conclude condemn confirm contend criticise criticize declare decry
    demand denounce deny describe disclose dismiss emphasise emphasize estimate
    explain hail highlight indicate inform insist lament maintain mention note
    observe plead pledge point portray praise predict proclaim promise propose protest
    recall recommend reiterate remark repeat report reveal say
    shout signal state stress suggest swear tell testify threaten tweet
    underline underscore urge vow warn welcome write
""".split())

#: Verbs that attribute a direct quotation but do not report a statement
#: (``"Why?" she asked``, ``"...," he continued``).
DIRECT_CUE_VERBS = frozenset("""
    answer ask begin chant continue cry exclaim joke laugh muse quip reply
    respond retort scream sigh smile wonder
""".split())

#: "expressed hope that ...": verb + stance noun + that-clause is reported speech.
STANCE_VERBS = frozenset({"express", "voice", "reiterate", "reaffirm", "convey"})
STANCE_NOUNS = frozenset("""
    hope concern confidence belief conviction regret satisfaction view
    readiness determination fear optimism disappointment anger outrage
    frustration dismay surprise gratitude sympathy doubt scepticism skepticism alarm
""".split())

#: an aside between dashes or brackets ("X commented -- which the BBC noted as
#: unusual -- '...'"): its verbs speak for no quotation outside it
_ASIDE = re.compile(r"\s(?:—|–|--)\s[^—–\n]{1,200}?\s(?:—|–|--)\s|\([^()\n]{1,200}\)")

#: Words just before a quoted fragment that make it a name, a title or a scare quote.
NAMING_WORDS = frozenset("""
    so-called dubbed titled entitled named nicknamed codenamed code-named
    read reads reading hashtag slogan slogans motto term word words phrase
    headline headlined marked billed
""".split())
#: Verbs that, as a participle after a noun ("a group called X"), name rather than speak.
NAMING_VERBS = frozenset({"call", "name", "dub", "title", "entitle", "label", "brand", "know"})

#: Heads of "according to X" that are documents, not speakers.
DOCUMENT_NOUNS = frozenset("""
    statement report data figure figures result results estimate survey poll
    count tally video footage document record census study analysis research
    website site law constitution rule plan agreement schedule ranking index
    list map image photo transcript release readout communique decree order
    indictment ruling verdict forecast projection model tradition calculation
    account assessment information note letter filing records documents
""".split())

_ABBREVIATIONS = frozenset("""
    Mr Mrs Ms Dr Prof Gen Col Lt Maj Capt Sgt Cpl Adm Gov Sen Rep St Jr Sr No
    Inc Co Corp Ltd Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs etc
""".split())

_RELATIVE = frozenset({"who", "that", "which", "whom"})
_SPEAKER_TYPES = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
_NP_LEFT = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod"})
_CLIMB = frozenset({"advcl", "conj", "xcomp", "pcomp"})
#: verbs that make their object speak ("prompted France to warn that ..."): the object does
_CAUSING = event_words()["causing_verb"]
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
#: Texts that speak for whoever issued them: "a statement from the ministry said",
#: "the court's summary reads", "the government statement said".
DOCUMENTS = _DOCUMENTS = frozenset("""statement communique communiqué release summary report website
    letter tweet post message declaration notice announcement filing ruling judgment
    judgement order memo document transcript sheet indictment verdict petition
    affidavit""".split())
#: Units that speak for the body that owns them: "the military's media wing said", "the
#: ministry's press office said", "the group's political bureau said".
_UNITS = frozenset("""wing office bureau branch arm unit desk division cell mission""".split())
_TERMINAL = ".!?…"

# ------------------------------------------------------------------ 1. marks

_DOUBLE_OPEN = frozenset("“«„")
_DOUBLE_CLOSE = frozenset("”»")
_DOUBLE_EITHER = frozenset('"＂')
_SINGLE_OPEN = frozenset("‘‹‚")
_SINGLE_CLOSE = frozenset("’›")
_SINGLE_EITHER = frozenset("'")
_ALL_OPEN = _DOUBLE_OPEN | _SINGLE_OPEN
_ALL_CLOSE = _DOUBLE_CLOSE | _SINGLE_CLOSE
_ALL_MARKS = _ALL_OPEN | _ALL_CLOSE | _DOUBLE_EITHER | _SINGLE_EITHER
_BEFORE_OPEN = "([{—–-/:"
_AFTER_CLOSE = ".,;:!?)]}—–…"

#: A pair of marks further apart than this (in one paragraph) is not a quotation.
MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class Quoted:
    """Words between paired quotation marks.

    ``open``/``close`` are the offsets of the marks; ``start``/``end`` the
    quoted words (no marks, no outer blanks, no trailing comma).
    """

    open: int
    close: int
    start: int
    end: int
    paragraphs: int = 1


@dataclass(frozen=True, slots=True)
class Unpaired:
    """A quotation mark that was skipped, and why."""

    at: int
    mark: str
    reason: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated if the text has
    blank lines, else one paragraph per line."""
    sep = re.compile(r"\n[ \t]*\n\s*") if re.search(r"\n[ \t]*\n", text) else re.compile(r"\n+")
    out, pos = [], 0
    for m in sep.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _side(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either', from the characters around ``text[i]``."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left_free = prev.isspace() or prev in _BEFORE_OPEN or prev in _ALL_OPEN
    right_free = nxt.isspace() or nxt in _AFTER_CLOSE or nxt in _ALL_CLOSE
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    return "either"


def _role(ch: str, side: str, is_open: bool, single: bool) -> str | None:
    """What the mark ``ch`` does here: 'open', 'close' or None (not a mark)."""
    opens = _SINGLE_OPEN if single else _DOUBLE_OPEN
    closes = _SINGLE_CLOSE if single else _DOUBLE_CLOSE
    if ch in opens:
        return "close" if side == "close" and is_open and ch != "«" else "open"
    if ch in closes:
        if single and side == "either":
            return None  # an apostrophe: don't, Iran’s
        return "open" if side == "open" and not is_open else "close"
    # a straight mark
    if single and side == "either":
        return None
    if side == "open":
        return "open"
    if side == "close":
        return "close"
    return "close" if is_open else "open"


def _marks(text: str, lo: int, hi: int, single: bool) -> list[int]:
    chars = (_SINGLE_OPEN | _SINGLE_CLOSE | _SINGLE_EITHER) if single else (
        _DOUBLE_OPEN | _DOUBLE_CLOSE | _DOUBLE_EITHER)
    return [i for i in range(lo, hi) if text[i] in chars]


def _inner(text: str, open_at: int, close_at: int) -> tuple[int, int]:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def pair_marks(text: str) -> tuple[list[Quoted], list[Unpaired]]:
    """Pair the quotation marks of ``text``; see the module docstring."""
    single = not any(c in _DOUBLE_OPEN or c in _DOUBLE_CLOSE or c in _DOUBLE_EITHER
                     for c in text)
    found: list[Quoted] = []
    bad: list[Unpaired] = []
    # (opening mark, paragraphs so far) of a quotation the last paragraph left open
    carry: tuple[int, int] | None = None
    paras = paragraphs(text)
    for lo, hi in paras:
        open_at: int | None = None
        n_paras = 1
        marks = _marks(text, lo, hi, single)
        if carry is not None:
            first = next((i for i in range(lo, hi) if not text[i].isspace()), hi)
            if marks and marks[0] == first and _role(
                    text[first], _side(text, first, lo, hi), False, single) == "open":
                open_at, n_paras = carry[0], carry[1] + 1
                marks = marks[1:]
            else:
                bad.append(Unpaired(carry[0], text[carry[0]],
                                    "not closed at the end of its paragraph"))
            carry = None
        for i in marks:
            if text[i] in "\"'’" and i > lo and text[i - 1].isdigit() and open_at is None:
                continue  # a measure: 12" or 6' (or a decade: the '90s)
            role = _role(text[i], _side(text, i, lo, hi), open_at is not None, single)
            if role is None:
                continue
            if role == "open":
                if open_at is not None:
                    bad.append(Unpaired(open_at, text[open_at],
                                        "another opening mark follows before a closing one"))
                open_at, n_paras = i, 1
            elif open_at is None:
                bad.append(Unpaired(i, text[i], "a closing mark with no opening mark"))
            elif n_paras == 1 and i - open_at > MAX_QUOTE_CHARS:
                bad.append(Unpaired(open_at, text[open_at],
                                    f"paired mark is more than {MAX_QUOTE_CHARS} characters away"))
                open_at = None
            else:
                start, end = _inner(text, open_at, i)
                if end > start:
                    found.append(Quoted(open_at, i, start, end, n_paras))
                open_at = None
        if open_at is not None:
            tail = text[open_at + 1:hi].rstrip()
            if tail and tail[-1] in _TERMINAL + ":":
                carry = (open_at, n_paras)
            else:
                bad.append(Unpaired(open_at, text[open_at],
                                    "not closed at the end of its paragraph"))
    if carry is not None:
        bad.append(Unpaired(carry[0], text[carry[0]], "not closed at the end of the text"))
    for u in bad:
        log.debug("quotation mark %r at %d skipped: %s", u.mark, u.at, u.reason)
    return found, bad


# ------------------------------------------------------------------ 3. speaker lookup


def _contains(entity: Entity, start: int, end: int) -> int | None:
    """Length of the shortest mention of ``entity`` containing [start, end)."""
    sizes = [m.end - m.start for m in entity.mentions if m.start <= start and end <= m.end]
    return min(sizes) if sizes else None


def _surname_first(name: str) -> str | None:
    """The family name of a name written family name first with a hyphenated
    given name, as Chinese and Korean names are romanised: "Kim Bok-nam"."""
    words = name.split()
    if len(words) == 2 and "-" in words[1] and words[1][:1].isupper():
        return words[0].casefold()
    return None


def _by_surname(word: str, entities: list[Entity]) -> Entity | None:
    """The PERSON entity whose name is or ends with ``word``, longest name first."""
    key = word.casefold().removesuffix("'s").removesuffix("’s")
    if not key or not word[:1].isupper():
        return None
    people = [e for e in entities if e.type == "PERSON" and e.name.split()
              and (e.name.split()[-1].casefold() == key or _surname_first(e.name) == key)]
    if not people:
        return None
    return min(people, key=lambda e: (-len(e.name.split()), -len(e.mentions),
                                      min((m.start for m in e.mentions), default=0)))


def _full_name(entity: Entity, entities: list[Entity]) -> Entity:
    """A one-word PERSON entity ("Usubov") becomes the full-name one ("Ramil Usubov")."""
    if entity.type == "PERSON" and len(entity.name.split()) == 1:
        better = _by_surname(entity.name, entities)
        if better is not None:
            return better
    return entity


def resolve_speaker(text: str, heads: list[tuple[int, int]],
                    entities: list[Entity]) -> Entity | None:
    """The entity that the speaker mention names, or None.

    ``heads`` are character spans of the mention's head word first, then of
    other words that name the same speaker (an apposition: "the president,
    Ilham Aliyev,"). The entity with a mention containing the head wins
    (PERSON over ORG over GPE over NORP, then the tightest mention), else a
    PERSON or ORG entity that names one of the other words; a non-speaker type
    (a NORP-labelled surname) gives way to a PERSON entity whose name ends
    with the head word.
    """
    if not heads:
        return None
    best: Entity | None = None
    for n, (start, end) in enumerate(heads):
        hits = [(e, size) for e in entities if (size := _contains(e, start, end)) is not None]
        if n > 0:
            hits = [(e, size) for e, size in hits if e.type in ("PERSON", "ORG")]
        if not hits:
            continue
        entity, _ = min(hits, key=lambda h: (_SPEAKER_TYPES.get(h[0].type, 9), h[1]))
        if entity.type == "GPE" and n == 0:
            # "according to Amnesty International Kenya": a body's branch in the country
            # (the model ends the body's name before the country's)
            branch = next((e for e in entities if e.type == "ORG" and any(
                m.end < start and not text[m.end:start].strip() for m in e.mentions)), None)
            if branch is not None:
                return branch
        if entity.type in ("PERSON", "ORG", "GPE"):
            return _full_name(entity, entities)
        best = best or entity
    start, end = heads[0]
    person = _by_surname(text[start:end], entities)
    return person or best


# ------------------------------------------------------------------ 2. cues and speakers


@dataclass(slots=True)
class _Attribution:
    cue: str | None
    mention: Span | None = None
    heads: list[tuple[int, int]] = field(default_factory=list)
    sent: int = -1  # sentence index of the cue (or of the quote, without one)


@dataclass(slots=True)
class _Found:
    kind: str
    start: int
    end: int
    who: _Attribution | None
    anchor: int  # where the statement ends, for "the speaker just before"
    needs_context: bool = False
    marks: tuple[int, int] = (0, 0)  # a quotation's marks: (opening, after the closing)


class _Finder:
    """Quotes of one parsed article."""

    def __init__(self, text: str, doc: Any, entities: list[Entity],
                 tokens: list[Any] | None = None, sents: list[Any] | None = None) -> None:
        self.text = text
        self.doc = doc
        self.entities = entities
        self.tokens = tokens if tokens is not None else list(doc)
        self.starts = [t.idx for t in self.tokens]
        self.paras = paragraphs(text)
        self.para_starts = [lo for lo, _ in self.paras]
        self.sents = sents if sents is not None else list(doc.sents)
        self.sent_starts: list[int] = []
        self.sent_of_token: list[int] = [0] * len(self.tokens)
        for n, sent in enumerate(self.sents):
            self.sent_starts.append(sent.start_char)
            for k in range(sent.start, sent.end):  # indices: no Token objects made
                self.sent_of_token[k] = n
        # characters inside a person's name (not a pronoun or a description)
        self.person_chars: set[int] = {
            k for e in entities if e.type == "PERSON" for m in e.mentions
            if m.text[:1].isupper() and m.text.casefold() not in _PERSON_PRONOUNS
            and len(m.text.split()) <= 5 for k in range(m.start, m.end)}
        self.quoted, self.unpaired = pair_marks(text)
        # quoted regions, marks included, for "is this character inside a quotation?"
        self.region = [-1] * (len(text) + 1)
        for n, q in enumerate(self.quoted):
            for i in range(q.open, q.close + 1):
                self.region[i] = n

    # -------------------------------------------------------------- helpers

    def para_of(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def sent_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def tokens_in(self, lo: int, hi: int) -> list[Any]:
        a, b = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return [t for t in self.tokens[a:b] if t.idx + len(t.text) <= hi]

    def inside(self, t: Any) -> bool:
        at: int = t.idx
        return self.region[at] >= 0

    def span(self, lo: int, hi: int) -> Span:
        return Span(lo, hi, self.text[lo:hi])

    def abbreviation(self, dot: int) -> bool:
        # the word before the dot, read from a bounded window (a scan of the whole
        # text before every quote made the stage quadratic in the quotations)
        tail = self.text[max(0, dot - 40):dot]
        word = tail.split()[-1] if tail and not tail[-1].isspace() and tail.split() else ""
        word = word.lstrip("(\"“‘'")
        return (len(word) == 1 and word.isalpha()) or "." in word or word in _ABBREVIATIONS

    def terminal(self, q: Quoted) -> bool:
        return self.text[q.end - 1] in _TERMINAL

    def ends_sentence(self, q: Quoted) -> bool:
        """The quotation closes its sentence: "...?" he asked does not."""
        if not self.terminal(q):
            return False
        hi = self.paras[self.para_of(q.close)][1]
        k = q.close + 1
        while k < hi and self.text[k].isspace():
            k += 1
        if k >= hi:
            return True
        if self.text[k].islower():
            return False
        if self.text[q.end - 1] in "?!":
            # '"...?" Han asked.': a short attribution still belongs to the quote
            stop = re.search(r"[.!?]", self.text[k:hi])
            after = self.tokens_in(k, k + stop.start() if stop else hi)
            return not (len(after) <= 8 and any(self.is_cue_verb(t, direct=True)
                                                 for t in after))
        return True

    # -------------------------------------------------------------- speech verbs

    def is_cue_verb(self, t: Any, *, direct: bool = False) -> bool:
        if not t.tag_.startswith("VB") or t.dep_ == "amod":
            return False
        lemma = t.lemma_.lower()
        if lemma == "point":
            return any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
        if t.dep_ == "acl" and lemma in NAMING_VERBS:
            return False
        if lemma in SPEECH_VERBS or (direct and lemma in DIRECT_CUE_VERBS):
            return True
        return bool(lemma in STANCE_VERBS and self.stance_noun(t) is not None)

    @staticmethod
    def stance_noun(t: Any) -> Any | None:
        for c in t.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in STANCE_NOUNS:
                return c
        return None

    def cue_text(self, t: Any) -> str:
        if t.lemma_.lower() == "point":
            return f"{t.lower_} out"
        noun = self.stance_noun(t) if t.lemma_.lower() in STANCE_VERBS else None
        if noun is not None:
            return f"{t.lower_} {noun.lower_}"
        return str(t.lower_)

    # -------------------------------------------------------------- speaker mentions

    def noun_phrase(self, h: Any) -> tuple[Span, list[tuple[int, int]]] | None:
        """The mention around head ``h`` and the spans to look the speaker up by."""
        left = h.i
        for c in h.lefts:
            if c.dep_ in _NP_LEFT:
                left = min(left, c.left_edge.i)
        right = self.np_right(h)
        while left < right and (self.tokens[left].is_punct or self.tokens[left].is_space):
            left += 1
        while right > left and (self.tokens[right].is_punct or self.tokens[right].is_space
                                or self.tokens[right].dep_ == "case"):
            right -= 1
        lo = self.tokens[left].idx
        hi = self.tokens[right].idx + len(self.tokens[right].text)
        if hi <= lo:
            return None
        heads = [(h.idx, h.idx + len(h.text))]
        issuer = self.issuer(h)
        if issuer is not None:
            heads.insert(0, (issuer.idx, issuer.idx + len(issuer.text)))
        for c in h.children:
            if c.dep_ == "appos":
                # a name in apposition to a description names the speaker best:
                # "The opposition's spokesman, Daniel Okafor, said"
                named = c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG")
                at = 0 if named and h.pos_ == "NOUN" else len(heads)
                heads.insert(at, (c.idx, c.idx + len(c.text)))
        if h.pos_ in ("NOUN", "PROPN") and h.idx not in self.person_chars:
            # the name right after a title phrase: "Member of parliament (MP) Kevin
            # Conolly said", "Early opponent MP Tanya Davies said"
            k = right + 1
            stop = h.head.i if h.head.i > h.i else min(len(self.tokens), right + 8)
            while k < stop and k <= right + 7:
                t = self.tokens[k]
                if t.idx in self.person_chars:
                    heads.insert(0, (t.idx, t.idx + len(t.text)))
                    break
                if not (t.text in "()" or t.is_upper or t.is_title):
                    break
                k += 1
        if h.pos_ == "NOUN" and h.ent_type_ != "PERSON":
            # a name in apposition further down the description: "The delegate to
            # the Security Council, Semi Tora, told" (the parse hangs it on "Council")
            for t in h.subtree:
                if t.i > h.i and t.dep_ == "appos" and t.ent_type_ == "PERSON" \
                        and (t.idx, t.idx + len(t.text)) not in heads:
                    heads.insert(0, (t.idx, t.idx + len(t.text)))
                    break
        for t in self.tokens[left:right + 1]:
            # a name inside the phrase, not in a possessive ("Azerbaijan's ...")
            named = t.ent_type_ == "PERSON" or t.idx in self.person_chars
            if named and t is not h and t.dep_ != "poss" and not any(
                    a.dep_ == "poss" for a in t.ancestors if a.i >= left and a is not h):
                heads.append((t.idx, t.idx + len(t.text)))
        return self.span(lo, hi), heads

    @staticmethod
    def issuer(h: Any) -> Any | None:
        """Who issued a document that speaks: the owner ("the court's summary"), the
        source ("a statement from the ministry", "by the army"), or the modifier
        ("the government statement", "a White House statement"); and who owns a unit
        that speaks ("the military's media wing")."""
        if h.lemma_.lower() in _UNITS:
            # "the military's media wing", "the United Nations mission": its owner, where
            # the unit is no name of its own
            owner = [c for c in h.children if c.dep_ == "poss"] or [
                c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                and c.ent_type_ in ("ORG", "GPE", "NORP")]
            return owner[-1] if owner else None
        if h.lemma_.lower() not in _DOCUMENTS:
            return None
        for c in h.children:
            if c.dep_ == "poss":
                return c
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                    return obj
        if h.dep_ == "dobj" and h.head.pos_ == "VERB":
            # "The government issued a statement ...: '...'": who issued it
            # ("They released a statement which said": whom "they" are)
            subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.pos_ in ("PROPN", "NOUN") or subj.lower_ in (
                    "they", "it", "he", "she", "we")):
                return subj
        mods = [c for c in h.children if c.dep_ in ("compound", "amod", "nmod")
                and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP"))]
        if not mods:
            mods = [c for c in h.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        return mods[-1] if mods else None

    def np_right(self, h: Any, *, nested: bool = False) -> int:
        """Last token of the noun phrase headed by ``h``: its "of" phrases and a
        name after a title ("Ambassador to Bangladesh Kenji Morita"), no
        apposition or relative clause."""
        right: int = h.i
        rights = list(h.rights)
        for n, c in enumerate(rights):
            if c.i != right + 1:
                break
            # "Ministry of Disaster Management and Relief"
            if nested and c.dep_ == "cc" and n + 1 < len(rights) \
                    and rights[n + 1].dep_ == "conj" and rights[n + 1].pos_ == "PROPN":
                right = self.np_right(rights[n + 1], nested=True)
                break
            if c.dep_ != "prep":
                break
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is None or not (c.lower_ == "of" or (
                    c.lower_ in ("to", "for") and h.pos_ == "PROPN" and obj.pos_ == "PROPN")):
                break
            right = self.np_right(obj, nested=True)
        return right

    def subject(self, v: Any) -> Any | None:
        """The subject token of cue verb ``v``, climbing from "saying", "adding"."""
        t = v
        for _ in range(5):
            for c in t.children:
                if c.dep_ == "nsubj" and not c.is_punct and c.text not in _ALL_MARKS \
                        and (self.inside(v) or not self.inside(c)):
                    if c.lower_ in _RELATIVE and t.dep_ == "relcl":
                        return t.head
                    return c
            if t.dep_ == "acl" and t.head.i != t.i:
                return t.head
            if t is v and t.dep_ not in _CLIMB:
                passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
                return None if passive else self.left_neighbour(v)
            if t.dep_ == "xcomp" and t.head.i != t.i \
                    and t.head.lemma_.lower() in _CAUSING:
                made = next((c for c in t.head.children if c.dep_ == "dobj"), None)
                if made is not None:
                    return made  # "prompting France and Germany to warn that ...": they
            if t.dep_ in _CLIMB and t.head.i != t.i:
                t = t.head
                # "He said the plan failed, adding ...": "adding" hangs on the
                # reported clause but is said by the one who reports it
                if t.dep_ == "ccomp" and self.is_cue_verb(t.head):
                    t = t.head
                continue
            return None
        return None

    def left_neighbour(self, v: Any) -> Any | None:
        """When the parse gives a cue no subject: the noun just before it
        ("..., Marta Lindqvist, a Swedish diplomat, said:")."""
        k = v.i - 1
        while k >= v.sent.start and (self.tokens[k].is_punct or self.tokens[k].is_space
                                     or self.tokens[k].text in _ALL_MARKS
                                     or self.tokens[k].pos_ in ("ADV", "AUX", "PART")):
            k -= 1
        if k < v.sent.start or self.inside(self.tokens[k]):
            return None
        x = self.tokens[k]
        if x.dep_ == "appos":
            x = x.head
        return x if x.pos_ in ("NOUN", "PROPN", "PRON") else None

    def attribution(self, cue: Any, cue_text: str, subject: Any | None) -> _Attribution:
        who = _Attribution(cue=cue_text, sent=self.sent_of_token[cue.i])
        if subject is not None:
            np = self.noun_phrase(subject)
            if np is not None:
                who.mention, who.heads = np
        return who

    def according_to(self, t: Any) -> tuple[Any, Any] | None:
        """(the 'to' token, its object) when ``t`` starts "according to X"."""
        if t.lower_ != "according" or t.i + 1 >= len(self.tokens):
            return None
        to = self.tokens[t.i + 1]
        if to.lower_ != "to":
            return None
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        return to, obj

    # -------------------------------------------------------------- direct and partial

    def frame(self, q: Quoted) -> tuple[int, int]:
        """The sentence around quotation ``q``, found from the characters."""
        text = self.text
        plo = self.paras[self.para_of(q.open)][0]
        lo = plo
        i = q.open - 1
        while i >= plo:
            r = self.region[i]
            if r >= 0:
                other = self.quoted[r]
                if self.ends_sentence(other):
                    lo = other.close + 1
                    break
                i = other.open - 1
                continue
            if text[i] in _TERMINAL and text[i + 1].isspace() and not self.abbreviation(i):
                lo = i + 1
                break
            i -= 1
        phi = self.paras[self.para_of(q.close)][1]
        if self.ends_sentence(q):
            return lo, q.close + 1
        hi = phi
        j = q.close + 1
        while j < phi:
            r = self.region[j]
            if r >= 0:
                other = self.quoted[r]
                if self.ends_sentence(other):
                    hi = other.close + 1
                    break
                j = other.close + 1
                continue
            if text[j] in _TERMINAL and (j + 1 >= len(text) or text[j + 1].isspace()) \
                    and not self.abbreviation(j):
                hi = j + 1
                break
            j += 1
        return lo, hi

    def lead_in(self, q: Quoted) -> tuple[int, int] | None:
        """The last sentence of the paragraph before ``q`` if it ends with a colon."""
        n = self.para_of(q.open)
        if n == 0 or q.open != self.paras[n][0]:
            return None
        plo, phi = self.paras[n - 1]
        if not self.text[plo:phi].rstrip().endswith(":"):
            return None
        i = phi - 1
        while i > plo:
            if self.text[i] in _TERMINAL and self.text[i + 1].isspace() \
                    and self.region[i] < 0 and not self.abbreviation(i):
                return i + 1, phi
            i -= 1
        return plo, phi

    def frame_cue(self, q: Quoted, lo: int, hi: int) -> _Attribution | None:
        """The nearest cue around ``q`` in [lo, hi), outside every quotation."""
        best: tuple[int, _Attribution] | None = None

        def offer(dist: int, who: _Attribution) -> None:
            nonlocal best
            if best is None or dist < best[0]:
                best = (dist, who)

        asides = [a.span() for a in _ASIDE.finditer(self.text, lo, hi)
                  if not a.start() <= q.open < a.end()]
        outside = [t for t in self.tokens_in(lo, hi) if not self.inside(t)
                   and not any(a <= t.idx < b for a, b in asides)]
        for t in outside:
            dist = q.open - (t.idx + len(t.text)) if t.idx < q.open else t.idx - q.close
            if self.is_cue_verb(t, direct=True):
                offer(dist, self.attribution(t, self.cue_text(t), self.subject(t)))
            elif (acc := self.according_to(t)) is not None:
                who = self.attribution(t, "according to", acc[1])
                offer(dist, who)
        if best is not None:
            return best[1]
        # an attribution with a verb not in the list: "...," she laughed.
        after = [t for t in outside if t.idx > q.close]
        if self.text[q.end - 1] in ",?!" and 0 < len(after) <= 10:
            for t in after:
                if t.tag_.startswith("VB") and self.subject(t) is not None:
                    return self.attribution(t, str(t.lower_), self.subject(t))
        return None

    def trailing_dash(self, q: Quoted, hi: int) -> _Attribution | None:
        """'"..." — Kemal Aydıner, Turkish security chief': the speaker after a dash."""
        m = re.match(r"[ \t]*(?:—|–|--|-)[ \t]*", self.text[q.close + 1:hi])
        if not m:
            return None
        lo = q.close + 1 + m.end()
        stop = re.search(r"[,;(\n]|$", self.text[lo:hi])
        end = lo + (stop.start() if stop else hi - lo)
        words = [t for t in self.tokens_in(lo, end) if not t.is_punct and not t.is_space]
        if not words or not words[0].text[:1].isupper():
            return None
        inside = {t.i for t in words}
        head = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[-1])
        mention = self.span(words[0].idx, words[-1].idx + len(words[-1].text))
        heads = [(head.idx, head.idx + len(head.text))]
        heads += [(t.idx, t.idx + len(t.text)) for t in words
                  if t.ent_type_ == "PERSON" and t is not head]
        return _Attribution(cue="—", mention=mention, heads=heads, sent=self.sent_of(lo))

    def ancestor_cue(self, q: Quoted) -> _Attribution | None:
        """The speech verb that governs a quoted fragment, or "according to"."""
        toks = self.tokens_in(q.start, q.end)
        if not toks:
            return None
        ids = {t.i for t in toks}
        for r in toks:
            if r.head.i in ids and r.head.i != r.i:
                continue
            a = r
            for _ in range(12):
                if a.head.i == a.i:
                    break
                a = a.head
                if a.i in ids:
                    break
                if a.dep_ == "acl" and a.lemma_.lower() in NAMING_VERBS:
                    return None
                if self.is_cue_verb(a):
                    return self.attribution(a, self.cue_text(a), self.subject(a))
        for t in self.sents[self.sent_of_token[toks[0].i]]:
            acc = None if self.inside(t) else self.according_to(t)
            if acc is not None:
                return self.attribution(t, "according to", acc[1])
        return None

    def naming(self, q: Quoted) -> bool:
        """Is the fragment a name, title or scare quote by the words before it?"""
        before = self.text[max(0, q.open - 40):q.open].lower().split()
        if before and (before[-1] in NAMING_WORDS or " ".join(before[-2:]) == "known as"):
            return True
        prev = self.tokens_in(max(0, q.open - 30), q.open)
        if prev and prev[-1].lemma_.lower() in NAMING_VERBS and prev[-1].dep_ in ("acl", "amod"):
            return True
        words = re.findall(r"[^\W\d_][\w'’-]*", self.text[q.start:q.end])
        small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with"}
        title = (words and len(words) <= 8 and self.text[q.end - 1] not in _TERMINAL + ","
                 and all(w[0].isupper() for w in words if w.lower() not in small)
                 and words[0][0].isupper())
        if title:
            return True
        toks = [t for t in self.tokens_in(q.start, q.end) if not t.is_punct]
        return len(toks) == 1 and toks[0].dep_ in ("compound", "nmod") and \
            toks[0].head.pos_ in ("NOUN", "PROPN")

    def sentence_like(self, q: Quoted) -> bool:
        words = self.text[q.start:q.end].split()
        first = next((c for c in self.text[q.start:q.end] if c.isalnum()), "")
        if len(words) < 3 or not (first.isupper() or first.isdigit()):
            return False
        return any(t.pos_ in ("VERB", "AUX") for t in self.tokens_in(q.start, q.end))

    def classify(self, q: Quoted) -> _Found | None:
        text = self.text
        plo = self.paras[self.para_of(q.open)][0]
        k = q.open - 1
        while k >= plo and text[k].isspace():
            k -= 1
        prev = text[k] if k >= plo else None
        quoted = text[q.start:q.end]
        first = next((c for c in quoted if c.isalnum()), "")
        upper = first.isupper() or first.isdigit()
        lo, hi = self.frame(q)
        cue = self.trailing_dash(q, self.paras[self.para_of(q.close)][1])
        if cue is not None:
            return _Found("direct", q.start, q.end, cue, q.close + 1, marks=(q.open, q.close + 1))
        starts_sentence = (
            prev is None or prev in _TERMINAL + ":([—–-\"'" or prev in _ALL_CLOSE
            or (prev == "," and (upper or self._cue_ends_at(k)))
            or (upper and self.terminal(q) and len(quoted.split()) >= 3))
        if starts_sentence:
            cue = self.frame_cue(q, lo, hi)
            if cue is None:
                lead = self.lead_in(q)
                if lead is not None:
                    cue = self.frame_cue(q, *lead)
            marks = (q.open, q.close + 1)
            if cue is not None:
                return _Found("direct", q.start, q.end, cue, max(q.close + 1, hi), marks=marks)
            if self.sentence_like(q):
                return _Found("direct", q.start, q.end, None, q.close + 1, needs_context=True,
                              marks=marks)
        if self.naming(q):
            return None
        cue = self.ancestor_cue(q)
        if cue is None:
            return None
        return _Found("partial", q.start, q.end, cue, max(q.close + 1, hi))

    def _cue_ends_at(self, comma: int) -> bool:
        prev = self.tokens_in(max(0, comma - 40), comma)
        prev = [t for t in prev if not t.is_space]
        if bool(prev) and (self.is_cue_verb(prev[-1], direct=True) or (
                prev[-1].lower_ == "out" and len(prev) > 1 and self.is_cue_verb(prev[-2]))):
            return True
        # '"...," said Khan, "...': the attribution between the two halves of a
        # quotation (a closing mark, then a few words with a cue verb)
        # 'told a guard at the door, in French and English, "...': the words before the
        # comma hang on the cue verb (its object, a place, a manner)
        h = prev[-1] if prev else None
        for _ in range(5):
            if h is None or h.head.i == h.i or h.dep_ not in (
                    "pobj", "prep", "conj", "cc", "dobj", "dative", "npadvmod", "advmod",
                    "compound", "amod", "det"):
                break
            h = h.head
            if self.is_cue_verb(h, direct=True):
                return True
        closing = _ALL_CLOSE | _DOUBLE_EITHER
        k = len(prev) - 1
        while k >= 0 and prev[k].text not in closing and len(prev) - k <= 8:
            k -= 1
        return k >= 0 and prev[k].text in closing and any(
            self.is_cue_verb(t, direct=True) for t in prev[k + 1:])

    # -------------------------------------------------------------- reported speech

    def complement(self, v: Any) -> tuple[int, int] | None:
        """Token range of the clause that verb ``v`` reports, or None."""
        comps = [c for c in v.children if c.dep_ == "ccomp"]
        comps += [c for c in v.children if c.dep_ in ("advcl", "dobj", "xcomp")
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        noun = self.stance_noun(v) if v.lemma_.lower() in STANCE_VERBS else None
        if noun is not None:
            comps += [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        comps = [c for c in comps if (c.pos_ in ("VERB", "AUX") or any(
            x.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "cop") for x in c.children))
                 and not any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                             for m in c.children)]
        if not comps:
            return None
        lo = min(self.clause_start(c) for c in comps)
        hi = max(c.right_edge.i for c in comps)
        # a clause never runs over its cue verb or out of the verb's paragraph
        if lo < v.i < hi:
            lo = v.i + 1
        # "said on Monday it had ...": the time belongs to the saying
        first = self.tokens[lo]
        if lo == v.i + 1 and first.dep_ == "prep" and first.head in comps:
            subj = [x for x in first.head.children if x.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].left_edge.i == first.right_edge.i + 1:
                lo = first.right_edge.i + 1
        plo, phi = self.paras[self.para_of(v.idx)]
        while lo <= hi and self.tokens[lo].idx < plo:
            lo += 1
        while hi >= lo and self.tokens[hi].idx >= phi:
            hi -= 1
        for t in self.tokens[lo + 1:hi + 1]:
            nested = t.dep_ in ("advcl", "conj") and self.is_cue_verb(t) and any(
                c.dep_ == "ccomp" or c.text in '"“”«»' for c in t.children)
            if nested or self.according_to(t) is not None:
                hi = min(hi, t.left_edge.i - 1)
        toks = self.tokens
        while lo <= hi and (toks[lo].is_punct or toks[lo].is_space or toks[lo].dep_ == "cc"
                            or (toks[lo].lower_ == "that"
                                and (toks[lo].dep_ == "mark" or toks[lo].pos_ == "SCONJ"))):
            lo += 1
        while hi >= lo and (toks[hi].is_punct or toks[hi].is_space or toks[hi].dep_ == "cc"):
            hi -= 1
        if hi - lo < 2 or not any(t.pos_ in ("VERB", "AUX") for t in toks[lo:hi + 1]):
            return None
        return lo, hi

    @staticmethod
    def clause_start(c: Any) -> int:
        """First token of the clause headed by ``c``, after its "that"."""
        marks = [m.i for m in c.children if m.dep_ == "mark" and m.lower_ == "that"]
        start: int = c.left_edge.i
        return max(start, marks[0] + 1) if marks else start

    def reported(self, direct: list[tuple[int, int]]) -> tuple[list[_Found], list[_Found]]:
        """Indirect quotes, and every statement with a subject (for context)."""
        found: list[_Found] = []
        events: list[_Found] = []

        broken = [u.at for u in self.unpaired if u.mark not in "'’"]

        def blocked(lo: int, hi: int) -> bool:
            return any(a < hi and lo < b for a, b in direct) or any(
                lo - 2 <= at < hi for at in broken)

        for v in self.tokens:
            if self.inside(v) or not self.is_cue_verb(v):
                continue
            if any(c.dep_ == "neg" for c in v.children):
                continue
            subj = self.subject(v)
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
            who = self.attribution(v, self.cue_text(v), subj)
            end = v.idx + len(v.text)
            if subj is not None:
                events.append(_Found("event", v.idx, end, who, end))
            if passive and subj is None:
                continue
            rng = self.complement(v)
            if rng is None:
                continue
            lo, hi = self.balance(self.tokens[rng[0]].idx,
                                  self.tokens[rng[1]].idx + len(self.tokens[rng[1]].text))
            if blocked(lo, hi) or blocked(v.idx, end):
                continue
            found.append(_Found("indirect", lo, hi, who, max(hi, end)))
        for t in self.tokens:
            acc = None if self.inside(t) else self.according_to(t)
            if acc is None or acc[1] is None or acc[1].lemma_.lower() in DOCUMENT_NOUNS:
                continue
            rng = self.according_clause(t, acc[0])
            if rng is None:
                continue
            lo, hi = rng
            if blocked(lo, hi) or any(f.start < hi and lo < f.end for f in found):
                continue
            who = self.attribution(t, "according to", acc[1])
            found.append(_Found("indirect", lo, hi, who, hi))
            events.append(_Found("event", t.idx, hi, who, hi))
        return found, events

    def balance(self, lo: int, hi: int) -> tuple[int, int]:
        """Widen [lo, hi) to take in the marks of a quotation it starts or ends with."""
        if hi < len(self.text) and self.region[hi] >= 0:
            q = self.quoted[self.region[hi]]
            if q.close == hi and lo <= q.open:
                hi += 1
        if hi < len(self.text) and self.text[hi] == ")" and \
                self.text.count("(", lo, hi) > self.text.count(")", lo, hi):
            hi += 1
        if lo > 0 and self.region[lo - 1] >= 0:
            q = self.quoted[self.region[lo - 1]]
            if q.open == lo - 1 and q.close < hi:
                lo -= 1
        return lo, hi

    def according_clause(self, t: Any, to: Any) -> tuple[int, int] | None:
        """Character range of the clause that "according to X" attributes."""
        sent = t.sent
        a, b = t.i, max(to.right_edge.i, t.i + 1)
        before = [x for x in sent if x.i < a and not (x.is_punct or x.is_space)]
        after = [x for x in sent if x.i > b and not (x.is_punct or x.is_space)]
        part = after if not before else before if not after else before + after
        if not part:
            return None
        if before and after:
            part = [x for x in sent if not (x.is_punct or x.is_space)]
        if len(part) < 3 or not any(x.pos_ in ("VERB", "AUX") for x in part):
            return None
        return self.balance(part[0].idx, part[-1].idx + len(part[-1].text))

    # -------------------------------------------------------------- context

    def orphan_document(self, who: _Attribution) -> bool:
        """Is the speaker a document ("the charge sheet said", "the summary reads"),
        asked of one whose issuer names no one the entities stage found?"""
        if who.mention is None or not who.heads:
            return False
        toks = self.tokens_in(who.mention.start, who.mention.end)
        head = next((t for t in reversed(toks) if t.pos_ == "NOUN"), None)
        return head is not None and head.lemma_.lower() in _DOCUMENTS

    def from_context(self, q: _Found, known: list[_Found]) -> _Attribution | None:
        """The speaker of a cue-less quotation: the statement just before it."""
        k = q.start - 1
        while k >= 0 and (self.text[k].isspace() or self.text[k] in _ALL_OPEN
                          or self.text[k] in "\"'"):
            k -= 1
        if k < 0:
            return None
        para = self.para_of(q.start)
        if self.para_of(k) < para - 1:
            return None
        sp = self.sent_of(k)
        for sent in (sp, sp - 1):
            if sent < 0 or self.para_of(self.sent_starts[sent]) < para - 1:
                return None
            earlier = [f for f in known if f.who is not None and f.who.mention is not None
                       and f.who.sent == sent and f.anchor <= q.start]
            before = max(earlier, key=lambda f: f.anchor).who if earlier else None
            if before is not None:
                return _Attribution(cue=None, mention=before.mention, heads=list(before.heads),
                                    sent=self.sent_of(q.start))
            subj = self.person_subject(sent)
            if subj is not None:
                np = self.noun_phrase(subj)
                if np is not None:
                    return _Attribution(cue=None, mention=np[0], heads=np[1],
                                        sent=self.sent_of(q.start))
            if self.has_person(sent):
                return None
        return None

    def person_subject(self, sent: int) -> Any | None:
        root = self.sents[sent].root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or self.inside(subj):
            return None
        if subj.ent_type_ == "PERSON" or subj.lower_ in _PERSON_PRONOUNS - {"i", "we"}:
            return subj
        found = resolve_speaker(self.text, [(subj.idx, subj.idx + len(subj.text))],
                                self.entities)
        return subj if found is not None and found.type == "PERSON" else None

    def has_person(self, sent: int) -> bool:
        return any(t.ent_type_ == "PERSON" and not self.inside(t)
                   for t in self.sents[sent])

    # -------------------------------------------------------------- all together

    def run(self) -> list[Quote]:
        marked = [f for q in self.quoted if (f := self.classify(q)) is not None]
        direct = [f.marks for f in marked if f.kind == "direct"]
        indirect, events = self.reported(direct)
        known = sorted([*events, *[f for f in marked if not f.needs_context], *indirect],
                       key=lambda f: f.anchor)
        for f in sorted((f for f in marked if f.needs_context), key=lambda f: f.start):
            f.who = self.from_context(f, known)
            if f.who is not None:
                known.append(f)
                known.sort(key=lambda g: g.anchor)
        out: list[Quote] = []
        for n, f in enumerate(sorted([*marked, *indirect], key=lambda f: (f.start, f.end)),
                              start=1):
            speaker = None
            if f.who is not None and f.who.heads:
                entity = resolve_speaker(self.text, f.who.heads, self.entities)
                speaker = entity.id if entity is not None else None
            if speaker is None and f.who is not None and self.orphan_document(f.who):
                # '"The plot was stopped by the army," the charge sheet said': a text of
                # no one named speaks for whoever the story just told of
                alt = self.from_context(f, [g for g in known if g is not f])
                entity = resolve_speaker(self.text, alt.heads, self.entities) \
                    if alt is not None else None
                speaker = entity.id if entity is not None else None
            out.append(Quote(
                id=f"q{n}", kind=f.kind, text=self.text[f.start:f.end], start=f.start,
                end=f.end, speaker=speaker, speaker_mention=f.who.mention if f.who else None,
                cue=f.who.cue if f.who else None))
        return out


def find_quotes(ctx: Context) -> list[Quote]:
    """The ``quotes`` stage: direct, partial and indirect quotes with speakers."""
    text = ctx.article.text
    if not text.strip() or ctx.doc is None or len(ctx.doc) == 0:
        return []
    entities: list[Entity] = ctx["entities"]
    return _Finder(text, ctx.doc, entities, ctx.tokens(), ctx.sentences()).run()


STAGE = Stage(name="quotes", run=find_quotes, assigns="quotes", requires=("entities",))

__all__ = [
    "DIRECT_CUE_VERBS",
    "DOCUMENT_NOUNS",
    "NAMING_WORDS",
    "SPEECH_VERBS",
    "STAGE",
    "Quoted",
    "Unpaired",
    "find_quotes",
    "pair_marks",
    "paragraphs",
    "resolve_speaker",
]
