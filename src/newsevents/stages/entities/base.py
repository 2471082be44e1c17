"""The resolver's state: the parse, the knowledge, the mentions and clusters so far."""

from __future__ import annotations

import bisect
import re
from typing import Any

from .. import Context
from .model import Cluster, Mention, _Finder, quoted_regions
from .words import _LOCATIVE_PREPS

#: What follows a quotation that names a text ('the "foreign agents" bill')
_TEXT_NOUN = re.compile(r"\s*(?:bill|law|act|legislation|decree|amendment|resolution)s?\b",
                        re.I)


class _State:
    """The resolver's state: the parse, the knowledge, the mentions and clusters so far."""

    def __init__(self, ctx: Context) -> None:
        self.doc = ctx.doc
        self.text: str = ctx.article.text
        self.kb = ctx.knowledge.actors
        self.memory = ctx.knowledge.memory
        self.gazetteer = ctx.knowledge.gazetteer
        self.day = ctx.published_day()
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
        #: quotations that are a text's name ('a "foreign agents" bill'): no actor in them
        self.text_names = [(a, b) for a, b in self.quotes
                           if b - a <= 60 and _TEXT_NOUN.match(self.text, b + 1)]
        self.in_nominal: set[int] = set()  # tokens inside role descriptions
        #: organisations' names by their last word ("commission" of "Nigeria's
        #: electoral commission"), in text order, for "the commission" later
        self.org_heads: dict[str, list[Any]] = {}
        #: intergovernmental organisations named so far, in text order ("the bloc")
        self.igo_mentions: list[Any] = []
        self.clusters: list[Cluster] = []
        self.person_names: dict[str, Cluster] = {}
        self.org_aliases: dict[str, Cluster] = {}
        #: the initials of the knowledge base's bodies named so far ("rsf"), for a
        #: later all-caps acronym only
        self.known_initials: dict[str, Cluster] = {}
        #: the initials of every body the tables know that the article names, with its
        #: key, before any is placed ("RSF" in a headline over "the Rapid Support Forces")
        self.initials_ahead: dict[str, str] = {}
        self.keyed: dict[str, Cluster] = {}
        self.subject_of_sent: dict[int, Cluster] = {}
        self.persons_of_sent: dict[int, list[Cluster]] = {}  # in order of mention
        self.group_subject_of_sent: dict[int, Cluster] = {}  # organisations, groups
        self.group_subject_at: dict[int, int] = {}  # where that subject starts
        self.last_person: Cluster | None = None
        #: whom "he"/"she" in a quotation is about, by (opening, gender): one look a quote
        self.quoted_about: dict[tuple[int, str | None], Cluster | None] = {}
        self.surnames: set[str] = set()  # last words of full person names in the text
        self.patronymic_given: set[str] = set()  # "Qaboos" of "Qaboos bin Said"

    def _mention(self, tokens: list[Any], kind: str, label: str, **kw: Any) -> Mention:
        # (a phrase that runs to the end of a line may take its line break along)
        tokens = [t for t in tokens if not t.is_space] or tokens
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        root = max(tokens, key=lambda t: (t.head.i < tokens[0].i or t.head.i > tokens[-1].i,
                                          t.head == t))
        return Mention(start=start, end=end, text=self.text[start:end], kind=kind, label=label,
                       sent=self.sent_of.get(tokens[0].i, 0), head=root, **kw)

    def _text_of(self, tokens: list[Any]) -> str:
        return self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]

    def _quote_at(self, pos: int) -> int | None:
        """The opening mark of the quotation around ``pos``, if any."""
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        if k >= 0 and self.quotes[k][0] < pos < self.quotes[k][1]:
            return self.quotes[k][0]
        return None

    def _known_surname(self, word: str) -> bool:
        if self.kb.is_known_surname(word):
            return True
        return self.memory is not None and self.memory.knows(word)

    def _after_place_prep(self, t: Any) -> bool:
        return t.i > 0 and self.doc[t.i - 1].lower_ in _LOCATIVE_PREPS

    def _group_word(self, word: str) -> bool:
        role = self.kb.role(word)
        return role is not None and role.kind == "group"
