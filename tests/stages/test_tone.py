"""Tone: GDELT-style figures per article and per sentence from the VADER lexicon."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import Analysis, Article, Pipeline, Tone, from_text
from newsevents.stages import tone

Score = Callable[[str], tuple[Tone, str]]


@pytest.fixture(scope="module")
def score(pipeline: Pipeline) -> Score:
    pipe = Pipeline(pipeline.nlp, stages=[tone.STAGE])

    def run(text: str) -> tuple[Tone, str]:
        art = from_text(text)
        assert isinstance(art, Article)
        result = pipe.analyze(art)
        assert isinstance(result, Analysis) and result.tone is not None, result
        return result.tone, art.text
    return run


def test_figures_are_percentages_of_words(score: Score) -> None:
    t, _ = score("The talks were a great success. Both sides praised the friendly atmosphere.")
    assert t.word_count == 12
    assert t.negative == 0.0
    # great, success, praised, friendly: 4 of 12 words
    assert t.positive == pytest.approx(100 * 4 / 12, abs=1e-3)
    assert t.tone == pytest.approx(t.positive - t.negative, abs=1e-3)
    assert t.polarity == pytest.approx(t.positive + t.negative, abs=1e-3)


def test_negative_news_has_negative_tone(score: Score) -> None:
    t, _ = score("Rebels killed ten civilians in a brutal attack. Survivors described terror.")
    assert t.tone < 0 < t.negative


def test_a_negation_flips_the_word_after_it(score: Score) -> None:
    good, _ = score("The minister said the plan was good.")
    not_good, _ = score("The minister said the plan was not good.")
    assert good.tone > 0 > not_good.tone


def test_each_sentence_is_scored_with_its_span(score: Score) -> None:
    t, text = score("We welcome the peaceful agreement. They condemned the deadly bombing.")
    assert [s.sentence for s in t.sentences] == [0, 1]
    first, second = t.sentences
    assert text[first.start:first.end] == "We welcome the peaceful agreement."
    assert text[second.start:second.end] == "They condemned the deadly bombing."
    assert first.tone > 0 > second.tone


def test_pronouns_and_verbs_give_the_densities(score: Score) -> None:
    t, _ = score("We told them that they must leave. Our neighbours agreed with us.")
    assert t.self_group_density > 30  # we, them, they, our, us: 5 of 13 words
    assert t.activity_density > 0


def test_a_text_without_words_scores_zero(score: Score) -> None:
    t, _ = score("... !!! ---")
    assert (t.word_count, t.tone, t.positive, t.negative) == (0, 0.0, 0.0, 0.0)


def test_the_lexicon_is_loaded_once() -> None:
    assert tone.vader_lexicon() is tone.vader_lexicon()
    words, negations = tone.vader_lexicon()
    assert words["good"] > 0 > words["terror"] and "not" in negations
