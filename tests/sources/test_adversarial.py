"""Inputs built to make the cleaner or the quote stage hang: each must finish.

No timing is asserted: an alarm turns a hang (the old licence pattern ran for
minutes on "Creative Commons" and 400 spaces) into a failure instead of a stuck
suite. Hypothesis tries the cleaner on arbitrary text within a bounded budget.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.sources.clean import (
    MAX_WORD,
    find_license,
    normalize_text,
    split_dateline,
)


@contextmanager
def _must_finish(seconds: int = 60) -> Iterator[None]:
    def hang(_signum: int, _frame: object) -> None:
        raise AssertionError(f"did not finish within {seconds} s: catastrophic backtracking?")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


ADVERSARIAL = [
    "Creative Commons" + " " * 20_000,
    "Creative Commons " + "- " * 10_000 + "x",
    "Creative Commons " + "Attribution " * 5_000 + "x",
    "Creative Commons " + "Attribution-" * 5_000,
    "CC BY" + "-NC" * 10_000,
    "CC0 " * 10_000,
    ("Licensed under " + "a" * 50_000 + ". ") * 2,
    "A" * 100_000,
    "TEHRAN" + " TEHRAN" * 20_000 + " — story",
    "WASHINGTON, " + "A" * 50_000 + " - x",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_the_cleaner_finishes_on_adversarial_text(text: str) -> None:
    with _must_finish():
        find_license(text)
        split_dateline(text)
        normalize_text(text)


def test_a_licence_is_still_found_after_the_rewrite() -> None:
    text = ("Story. This article is published under the Creative Commons Attribution 4.0 "
            "International License.")
    assert find_license(text) == ("CC-BY-4.0", 7, len(text))


def test_long_runs_without_a_space_are_cut_and_nothing_is_lost() -> None:
    run = '"' * (3 * MAX_WORD + 5)
    out = normalize_text("Start. " + run + " end.")
    assert max(len(w) for w in out.split()) == MAX_WORD
    assert out.replace(" ", "") == ("Start." + run + "end.")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Creative Commons Attribution-ShareAlike 4.0 "
                                             "Licence CC BY NC\n.,—TEHRAN")), max_size=400))
def test_the_cleaner_on_generated_text(text: str) -> None:
    with _must_finish(30):
        found = find_license(text)
        if found is not None:
            spdx, start, end = found
            assert 0 <= start <= end <= len(text) and spdx
        _city, rest = split_dateline(text)
        assert rest == text or text.endswith(rest)


def test_the_quote_stage_finishes_with_thousands_of_quotations(pipeline) -> None:  # type: ignore[no-untyped-def]
    from newsevents import Analysis, from_text

    text = "Intro. " + " ".join(f'He said "ok {i}."' for i in range(3_000))
    with _must_finish(120):
        result = pipeline.analyze(from_text(text, published="2020-01-01"))
    assert isinstance(result, Analysis) and len(result.quotes) == 3_000


@pytest.mark.parametrize("name", [
    "a" * 100_000, "al " * 30_000 + "x", "ha" * 50_000 + "h", "aeiou" * 20_000 + "bcdfg",
    "Wad Madani" * 10_000,
], ids=["letters", "articles", "final-h", "vowels", "repeated"])
def test_the_gazetteer_s_name_forms_finish_on_adversarial_names(name: str) -> None:
    from newsevents.knowledge.gazetteer import name_key, prefixed_keys, skeleton
    from newsevents.knowledge.geonames import default_gazetteer

    gaz = default_gazetteer()
    with _must_finish():
        forms = list(prefixed_keys(name_key(name)))
        skeleton(name_key(name))
        found = gaz.spelt_like(name)
    assert forms[0] == name_key(name) and found == []
