"""Tone: GDELT V2Tone-style figures per article and per sentence.

Words are scored one sentence at a time (``doc.sents``) with the VADER
sentiment lexicon (vaderSentiment; 7,500 English words with a valence from
-4 to +4). A word counts as positive or negative by the sign of its valence,
flipped when one of the three words before it in the same sentence negates
it ("not", "never", "n't", "without", ...: VADER's own list). Counting words
within sentences, rather than scoring the whole text at once, keeps the
figures from saturating on long articles. The figures follow the GKG 2.1
codebook's V1.5TONE field:

``positive`` / ``negative``
    percentage of the article's words with a positive / negative valence;
``tone``
    ``positive - negative`` (-100 .. +100; news is usually within +-10);
``polarity``
    ``positive + negative``: the percentage of words found in the lexicon;
``activity_density``
    percentage of words that are verbs (spaCy's VERB, not auxiliaries): our
    proxy for GDELT's "active words", whose list is not published;
``self_group_density``
    percentage of words that are personal or possessive pronouns;
``word_count``
    words: tokens with a letter or digit in them.

``Tone.sentences`` holds ``tone``/``positive``/``negative`` of each sentence,
computed the same way over that sentence's words, with the sentence's span.

The lexicon is read once per process (:func:`vader_lexicon`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from ..records import SentenceTone, Tone
from . import Context, Stage

NEGATION_WINDOW = 3
_lock = threading.Lock()
_lexicon: tuple[dict[str, float], frozenset[str]] | None = None


def vader_lexicon() -> tuple[dict[str, float], frozenset[str]]:
    """VADER's word -> valence table and its negation words, loaded once."""
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

                words = {w: float(v) for w, v in SentimentIntensityAnalyzer().lexicon.items()}
                _lexicon = (words, frozenset(NEGATE) | {"n't", "no", "not"})
    return _lexicon


@dataclass(slots=True)
class _Counts:
    words: int = 0
    positive: int = 0
    negative: int = 0
    active: int = 0
    pronouns: int = 0

    def add(self, other: _Counts) -> None:
        self.words += other.words
        self.positive += other.positive
        self.negative += other.negative
        self.active += other.active
        self.pronouns += other.pronouns


def _pct(n: int, total: int) -> float:
    return round(100.0 * n / total, 4) if total else 0.0


def count_sentence(tokens: Any, lexicon: dict[str, float], negations: frozenset[str]) -> _Counts:
    """Word, positive, negative, verb and pronoun counts of one sentence."""
    c = _Counts()
    recent: list[str] = []
    for tok in tokens:
        if tok.is_space or tok.is_punct or not any(ch.isalnum() for ch in tok.text):
            continue
        c.words += 1
        lower = tok.lower_.replace("’", "'")
        valence = lexicon.get(lower)
        if valence:
            if any(w in negations or w.endswith("n't") for w in recent[-NEGATION_WINDOW:]):
                valence = -valence
            if valence > 0:
                c.positive += 1
            else:
                c.negative += 1
        if tok.pos_ == "VERB":
            c.active += 1
        if tok.tag_ in {"PRP", "PRP$"}:
            c.pronouns += 1
        recent.append(lower)
    return c


def find_tone(ctx: Context) -> Tone:
    lexicon, negations = vader_lexicon()
    text = ctx.article.text
    total = _Counts()
    sentences: list[SentenceTone] = []
    for n, sent in enumerate(ctx.sentences()):
        c = count_sentence(sent, lexicon, negations)
        total.add(c)
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        pos, neg = _pct(c.positive, c.words), _pct(c.negative, c.words)
        sentences.append(SentenceTone(sentence=n, start=start, end=end,
                                      tone=round(pos - neg, 4), positive=pos, negative=neg))
    pos, neg = _pct(total.positive, total.words), _pct(total.negative, total.words)
    return Tone(
        tone=round(pos - neg, 4),
        positive=pos,
        negative=neg,
        polarity=round(pos + neg, 4),
        activity_density=_pct(total.active, total.words),
        self_group_density=_pct(total.pronouns, total.words),
        word_count=total.words,
        sentences=sentences,
    )


STAGE = Stage(name="tone", run=find_tone, assigns="tone", requires=("doc",))

__all__ = ["STAGE", "count_sentence", "find_tone", "vader_lexicon"]
