"""Where and when: the place an event happened (the clause's locative, else the
story's) and the temporal expression that governs its clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...knowledge.events import evaluation_words
from ...records import Place, Span, TimeExpression
from ..dates import granularity
from .candidates import Candidate
from .grammar import (
    _DATE_LINKS,
    _LOCATIVE,
    _PLACE_VERBS,
    _TEMPORAL_PREPS,
    _WORDS,
    _governing_verb,
    _lemma,
)

if TYPE_CHECKING:
    from .coder import Coder

_SCENE_NOUNS = _WORDS["scene_noun"]


def place_in(coder: Coder, sent: int, trigger: Any,
             ) -> tuple[str | None, str | None, str | None]:
    """(a town or region named in the sentence, a country named in it, a country
    named in the trigger's own phrases or clause): where
    the event's own verb says it happened ("met the chancellor in Berlin"), else
    its clause ("met in Baku" over "... who lives in Paris"; "The president, who
    visited Paris, met ..."), else the sentence's first such place (or a town inside
    that area); never a place named
    only inside a quotation the event is not in ("'We will go to Geneva,' he
    said in Baku")."""
    s = coder.sents[sent]
    quote = coder.quote_at(trigger)
    clause = {t.i for t in trigger.subtree} | {trigger.head.i}
    found: list[tuple[int, int, Place, Any]] = []
    for p in coder.places:
        for m in p.mentions:
            if not (s.start_char <= m.start < s.end_char):
                continue
            tok = coder.doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is None or not len(tok) or not locative(coder, tok):
                continue
            inside = coder.quote_at(tok.root)
            if inside is not None and inside is not quote:
                continue
            if any(a.dep_ == "prep" and a.lower_ in _TEMPORAL_PREPS
                   and not a.left_edge.i <= trigger.i <= a.right_edge.i
                   for a in tok.root.ancestors):
                continue  # another act's place, told in a time phrase ("struck targets in
                # Iraq after an attack near Ankara")
            # first a place of the trigger's own verb ("met ... in Berlin"), then of
            # its clause ("The president, who visited Paris, met ..."), then others
            rank = 0 if _governing_verb(tok.root).i == trigger.i else (
                1 if tok.root.i in clause else 2)
            found.append((rank, m.start, p, tok.root))
    found.sort(key=lambda f: (f[0], f[1]))
    first = next(((rank, p) for rank, _, p, _ in found if p.feature != "country"), None)
    local = first[1].id if first is not None else None
    if first is not None and first[1].feature == "region":
        # a town of the same rank inside the area, where the act was, is more precise
        # ("In Oromia, gunmen abducted students near Ambo"; not "a man from Houston")
        local = next((p.id for rank, _, p, tok in found if rank == first[0]
                      and p.feature == "city" and _inside(coder, p, first[1])
                      and _at(tok)), local)
    country = next((p.id for _, _, p, _ in found if p.feature == "country"), None)
    near = next((p.id for rank, _, p, _ in found if p.feature == "country" and rank <= 1), None)
    return local, country, near


#: prepositions that put an act at a place, not its people's origin or its road's end
_AT = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})


def _at(tok: Any) -> bool:
    """Does the place at token ``tok`` say where something was done ("near Ambo",
    "shelled Kherson"), not whence or whither ("elders from Ambo", "the highway to
    Karachi")?"""
    while tok.head.i != tok.i and (tok.dep_ in ("conj", "appos", "compound") or (
            # "in the town of Kramatorsk", "on the outskirts of Culiacan"
            tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lower_ in _SCENE_NOUNS)):
        tok = tok.head if tok.dep_ != "pobj" else tok.head.head
    return (tok.dep_ == "pobj" and tok.head.lower_ in _AT | {"on"}) or (
        tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PLACE_VERBS)


def _inside(coder: Coder, town: Place, area: Place) -> bool:
    gaz = coder.ctx.knowledge.gazetteer
    inner = gaz.get(town.geonameid) if town.geonameid is not None else None
    outer = gaz.get(area.geonameid) if area.geonameid is not None else None
    return inner is not None and outer is not None and inner.within(outer)


def locative(coder: Coder, span: Any) -> bool:
    """Is this place mention (a spaCy span) where something happens ("in Baku",
    "visited Baku"), rather than an actor ("Tehran said") or a modifier
    ("Tehran-Baku ties")? A place that names the town or area a noun of places
    stands for is where that noun is ("shelled the city of Kherson", "in Guanajuato
    state", "visited Syunik province")."""
    head = span.root
    if head.dep_ in ("compound", "pobj") and head.head.i != head.i:
        # "Guanajuato | state", "the city of | Kherson"
        site = head.head if head.dep_ == "compound" else (
            head.head.head if head.head.lower_ == "of" and head.head.dep_ == "prep" else None)
        if site is not None and site.lower_ in _SCENE_NOUNS and _scene(site):
            return True
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE:
        return True
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _PLACE_VERBS:
        return True
    return head.dep_ in ("npadvmod",) or (head.dep_ == "conj" and locative_tok(coder, head))


def _scene(t: Any) -> bool:
    """Is token ``t`` (a noun) where its clause happens: "in" it, or the object of
    a verb of places, or listed with one that is?"""
    while t.dep_ == "conj":
        t = t.head
    return (t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE) or (
        t.dep_ == "dobj" and t.head.lemma_.lower() in _PLACE_VERBS)


def locative_tok(coder: Coder, t: Any) -> bool:
    return _scene(t.head)


def places(coder: Coder, found: list[Candidate]) -> dict[int, str | None]:
    """Where each event happened: a town named in its sentence; else, for a
    meeting, where the last visit or meeting was; else a country its clause names
    as where, when the dateline is in another; else the dateline."""
    dateline = next((p.id for p in coder.places if p.dateline), None)
    country_of = {p.id: p.country for p in coder.places}
    out: dict[int, str | None] = {}
    last_meeting: str | None = None
    for c in sorted(found, key=lambda c: c.trigger.idx):
        local, country, near = place_in(coder, c.sentence, c.trigger)
        if local is not None:
            out[id(c)] = local
            if (c.code[:2] == "04" and c.modality == "asserted"
                    and coder.quote_at(c.trigger) is None):
                last_meeting = local  # where the reported visit or meeting took place
        elif c.code[:2] == "04" and last_meeting is not None:
            out[id(c)] = last_meeting
        elif near is not None and dateline is not None \
                and country_of.get(near) != country_of.get(dateline):
            # a country the clause names as where ("struck targets in Iraq"), not the
            # dateline's town in another
            out[id(c)] = near
        else:
            out[id(c)] = dateline or country
    return out


def date_for(coder: Coder, c: Candidate) -> tuple[str | None, str | None, str | None,
                                               Span | None]:
    """(date, date_from, precision, the words): the temporal expression of the
    sentence that governs the event's clause ("met on Friday", "Friday's attack",
    "agreed on Monday to resume talks"), not one that dates another clause ("said
    on Friday that rebels had attacked"); else the publication date."""
    s = coder.sents[c.sentence]
    # the nearest expression that governs it: "X did A in April, and on Monday Y did
    # B" dates B by Monday
    best: tuple[int, TimeExpression] | None = None
    for d in coder.dates:
        if d.date and s.start_char <= d.start < s.end_char:
            steps = governs(coder, d, c.trigger)
            if steps is not None and (best is None or steps < best[0]):
                best = (steps, d)
    if best is not None:
        d = best[1]
        precision = granularity(d.text) or "day"
        return d.date, "text", precision, Span(d.start, d.end, d.text)
    if coder.ctx.article.published:
        return coder.ctx.article.published, "published", "day", None
    return None, None, None, None


def governs(coder: Coder, d: TimeExpression, trigger: Any) -> int | None:
    """How many steps up from ``trigger`` the word ``d`` modifies is (0: the
    trigger itself), or None when ``d`` does not govern the trigger's clause."""
    span = coder.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    # out of the expression's own phrase to the word it modifies: "on Friday" ->
    # "met", "Friday's attack" -> "attack", "last week" -> the verb
    for _ in range(6):
        if head.i == trigger.i:
            return 0
        if head.dep_ not in _DATE_LINKS or head.head.i == head.i:
            break
        possessive = head.dep_ == "poss"
        head = head.head
        if head.pos_ in ("VERB", "AUX") or possessive:
            break  # ("after last year's coup": the coup's date only)
    if head.dep_ == "dobj" and head.head.i == trigger.i and span.root.dep_ == "pobj" \
            and span.root.head.lower_ in ("on", "in", "at"):
        return 1  # "signed the agreement on December 12": the parse's object, the verb's day
    if span.root.dep_ in ("npadvmod", "advmod") and (head.dep_ in ("acl", "amod") or (
            head.pos_ not in ("VERB", "AUX") and head.i != trigger.i)) and not (
            head.pos_ == "VERB" and _lemma(head) in coder.lex.verbs):
        # (not out of an act of its own: "a man convicted last year" is his)
        # "seized a shipment bound for rebels last Thursday", "will send aid worth
        # 200 million euros next month": a bare date the parse hangs on a modifier
        # of the object is the clause's
        for _ in range(6):
            head = head.head
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i or head.dep_ not in (
                    "dobj", "pobj", "prep", "attr", "acl", "amod", "nsubjpass", "npadvmod"):
                break
    # then down from the trigger's side: the verb it hangs on shares its date
    # ("held talks on Friday", "met on Friday and signed", "decided on Monday to go"),
    # but not a verb joined with its own subject or a "since" ("..., and on Monday
    # the opposition demanded", "seized power in 2021 and has since jailed")
    t = trigger
    for steps in range(5):
        if t.i == head.i:
            return steps
        if t.dep_ == "conj" and any(
                k.dep_ in ("nsubj", "nsubjpass") or (
                    k.dep_ == "advmod" and k.lower_ in evaluation_words().get(
                        "afterwards_adverb", ()))
                for k in coder.kids(t)):
            return None
        if t.dep_ in ("xcomp", "conj", "dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep",
                      "acl") and t.head.i != t.i:
            t = t.head
            continue
        break
    return None
