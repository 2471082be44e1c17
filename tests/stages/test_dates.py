"""Dates: temporal expressions found and resolved against the publication date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsevents import Analysis, Article, Pipeline, TimeExpression, from_text
from newsevents.stages import dates

SAT = dt.date(2021, 12, 18)  # a Saturday


@pytest.mark.parametrize(("expr", "expected"), [
    ("on Friday", "2021-12-17"),
    ("Friday night", "2021-12-17"),
    ("on Saturday", "2021-12-18"),  # the day of publication
    ("last Saturday", "2021-12-11"),
    ("next Tuesday", "2021-12-21"),
    ("yesterday", "2021-12-17"),
    ("Today", "2021-12-18"),
    ("last week", "2021-12-06"),  # a week named as such: its Monday
    ("earlier this week", "2021-12-13"),
    ("Earlier in the week", "2021-12-13"),  # the story's week, as "earlier this week"
    ("later in the month", "2021-12-01"),
    ("a week ago", "2021-12-11"),  # a count of days from publication
    ("two weeks ago", "2021-12-04"),
    ("next month", "2022-01-01"),
    ("in 2019", "2019-01-01"),
    ("last year", "2020-01-01"),
    ("on December 3", "2021-12-03"),
    ("Dec. 3, 2020", "2020-12-03"),
    ("in March", "2021-03-01"),
    ("early December", "2021-12-01"),
    ("the past 30 years", None),
    ("three days", None),
    ("the coming days", None),
    ("recent years", None),
    ("the 1990s", None),
    ("2 p.m.", None),
    # a 24-hour clock time is never a year
    ("0040 UTC", None),
    ("at 0040", None),
    ("at 1300", None),
    ("at about 0630", None),
    ("by 2030", "2030-01-01"),
])
def test_expressions_resolve_against_the_publication_date(expr: str,
                                                          expected: str | None) -> None:
    assert dates.resolve_date(expr, SAT) == expected


def test_the_future_tense_looks_forward() -> None:
    assert dates.resolve_date("on Monday", SAT, future=True) == "2021-12-20"
    assert dates.resolve_date("on December 3", SAT, future=True) == "2022-12-03"
    assert dates.resolve_date("last week", SAT, future=True) == "2021-12-06"


def test_without_a_publication_date_only_written_out_dates_resolve() -> None:
    assert dates.resolve_date("on Friday", None) is None
    assert dates.resolve_date("last year", None) is None
    assert dates.resolve_date("January 5, 2020", None) == "2020-01-05"
    assert dates.resolve_date("in 2019", None) == "2019-01-01"


@pytest.mark.parametrize(("expr", "grain"), [
    ("on Friday", "day"), ("December 3", "day"), ("next month", "month"),
    ("last week", "week"), ("two weeks ago", "day"),
    ("December 2021", "month"), ("in 2019", "year"), ("decades", None),
    ("earlier in the week", "week"), ("early in the year", "year")])
def test_granularity(expr: str, grain: str | None) -> None:
    assert dates.granularity(expr) == grain


Find = Callable[..., list[TimeExpression]]


@pytest.fixture(scope="module")
def find(pipeline: Pipeline) -> Find:
    pipe = Pipeline(pipeline.nlp, stages=[dates.STAGE])

    def run(text: str, published: str | None = "2021-12-18") -> list[TimeExpression]:
        art = from_text(text, published=published)
        assert isinstance(art, Article)
        result = pipe.analyze(art)
        assert isinstance(result, Analysis), result
        for d in result.dates:
            assert art.text[d.start:d.end] == d.text
        return result.dates
    return run


def test_the_stage_takes_the_leading_preposition_into_the_span(find: Find) -> None:
    found = find("Ali Shamkhani met President Ilham Aliyev on Friday in Baku.")
    assert [(d.text, d.date) for d in found] == [("on Friday", "2021-12-17")]


def test_the_stage_reads_the_tense_of_the_sentence(find: Find) -> None:
    found = find("The two ministers will meet again on Monday in Geneva.")
    assert [(d.text, d.date) for d in found] == [("on Monday", "2021-12-20")]


def test_reported_future_looks_forward(find: Find) -> None:
    found = find("He said the next meeting would be held in Trabzon in July.",
                 published="2024-04-05")
    assert [(d.text, d.date) for d in found] == [("in July", "2024-07-01")]


def test_durations_are_kept_without_a_date(find: Find) -> None:
    found = find("The two countries have cooperated over the past 30 years.")
    assert [(d.text, d.date) for d in found] == [("the past 30 years", None)]


def test_no_publication_date_means_no_relative_dates(find: Find) -> None:
    found = find("Police arrested two men on Friday after the riots of 2019.", published=None)
    assert {d.text: d.date for d in found} == {"on Friday": None, "2019": "2019-01-01"}


@pytest.mark.parametrize("expr", ["72-hour", "a 48-hour", "10-minute", "five-year",
                                  "a five-year", "twenty-five-year", "a 30-day", "a day-long"])
def test_a_length_written_as_one_word_is_no_date(expr: str) -> None:
    # dateparser reads "72-hour" as 1972 and "five-year" as May: a length, not a day
    assert dates.resolve_date(expr, dt.date(2026, 11, 20)) is None


def test_a_ceasefire_of_so_many_hours_is_dated_by_its_story(pipeline: Pipeline) -> None:
    art = from_text("Sudan's army and the Rapid Support Forces agreed to a 72-hour "
                    "ceasefire.", published="2026-11-20")
    assert isinstance(art, Article)
    a = pipeline.analyze(art)
    assert isinstance(a, Analysis)
    agreed = [v for v in a.events if v.evidence.text == "agreed"]
    assert agreed and all(v.date == "2026-11-20" and not v.background for v in agreed)


@pytest.mark.parametrize(("expr", "day", "grain"), [
    ("six months ago", "2026-05-01", "month"),   # counted in months: a month
    ("two years ago", "2024-01-01", "year"),
    ("three days ago", "2026-11-17", "day"),
    ("on the 5th", "2026-11-05", "day"),         # a day of the story's month
    ("on the 28th", "2026-10-28", "day"),        # ... or of the last, when still ahead
    ("the 2020-21 season", "2020-01-01", "year"),  # a span of years: its first
])
def test_counted_back_ordinal_days_and_spans_of_years(expr: str, day: str, grain: str) -> None:
    assert dates.resolve_date(expr, dt.date(2026, 11, 20)) == day
    assert dates.granularity(expr) == grain
