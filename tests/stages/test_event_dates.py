"""Event dates: only a temporal expression that governs the event dates it, with its
precision; otherwise the publication date, said as such."""

from __future__ import annotations

import pytest

from newsevents import Pipeline
from newsevents.records import Event

from .texts import analyse

PUBLISHED = "2021-12-18"  # a Saturday


def _events(pipe: Pipeline, text: str) -> list[Event]:
    return analyse(pipe, text, PUBLISHED).events


@pytest.mark.parametrize(("text", "trigger", "date", "precision", "words"), [
    ("Iran's foreign minister met his Azerbaijani counterpart on Friday.", "met",
     "2021-12-17", "day", "on Friday"),
    ("Russia and Ukraine agreed on Monday to resume talks.", "agreed", "2021-12-13", "day",
     "on Monday"),
    ("Earlier this year, Turkey's army attacked Kurdish positions in Syria.", "attacked",
     "2021-01-01", "year", "Earlier this year"),
    ("In March, Kenyan police arrested the opposition leader in Nairobi.", "arrested",
     "2021-03-01", "month", "In March"),
    # each clause its own date: "..., and on Monday X did B"
    ("Kenya suspended Uganda's envoy in April, and on Monday Kenya's government expelled "
     "two Ugandan diplomats.", "expelled", "2021-12-13", "day", "on Monday"),
    # a bare date the parse hangs on the object's modifier is the clause's
    ("Nigerian customs officers seized rifles bound for rebels in Kano last Thursday.",
     "seized", "2021-12-16", "day", "last Thursday"),
    ("Pakistani troops shelled militant positions near Quetta overnight.", "shelled",
     "2021-12-17", "day", "overnight"),
    ("The Peruvian president visited Cusco on 2 November 2021.", "visited", "2021-11-02",
     "day", "on 2 November 2021"),
    ("Turkish police detained 40 protesters in Ankara last week.", "detained", "2021-12-06",
     "week", "last week"),
    # the model's one DATE for "on Wednesday to nine years": the day, not the term
    ("A Colombian court in Bogota sentenced the former minister on Wednesday to nine years "
     "in prison.", "sentenced", "2021-12-15", "day", "on Wednesday"),
    ("Belgian and Dutch officials signed the border agreement on December 12 after months of "
     "talks.", "signed", "2021-12-12", "day", "on December 12"),
    ("Malian militants attacked an army base in Timbuktu overnight, killing seven soldiers.",
     "attacked", "2021-12-17", "day", "overnight"),
])
def test_a_governing_expression_dates_the_event_with_its_precision(
        pipeline: Pipeline, text: str, trigger: str, date: str, precision: str,
        words: str) -> None:
    found = [v for v in _events(pipeline, text) if v.evidence.text == trigger]
    assert found, [v.evidence.text for v in _events(pipeline, text)]
    v = found[0]
    assert (v.date, v.date_from, v.date_precision) == (date, "text", precision)
    assert v.date_text is not None and v.date_text.text == words


def test_a_date_of_another_clause_does_not_date_the_event(pipeline: Pipeline) -> None:
    # "on Friday" is when the ministry spoke, not when the convoy was attacked
    found = [v for v in _events(pipeline, "The ministry said on Friday that rebels had "
                                          "attacked a convoy near Goma.")
             if v.evidence.text == "attacked"]
    assert found
    v = found[0]
    assert (v.date, v.date_from, v.date_precision, v.date_text) == (
        PUBLISHED, "published", "day", None)


def test_a_later_act_joined_with_since_keeps_its_own_time(pipeline: Pipeline) -> None:
    # "seized power in 2021 and has since jailed": the jailing is not dated 2021
    found = [v for v in _events(pipeline, "Myanmar's army seized power on 1 February 2021 and "
                                          "has since jailed the elected leaders.")
             if v.evidence.text == "jailed"]
    assert found and found[0].date_from == "published"


def test_a_possessive_date_dates_only_its_noun(pipeline: Pipeline) -> None:
    # "after last year's coup": the coup is last year's, the suspension is not
    found = [v for v in _events(pipeline, "The African Union suspended Niger from all its "
                                          "institutions after last year's coup.")
             if v.evidence.text == "suspended"]
    assert found and found[0].date_from == "published"


def test_history_the_story_recalls_is_background(pipeline: Pipeline) -> None:
    text = ("Iranian forces attacked Kurdish rebels in Iraq on Friday. Iran last attacked "
            "the group in 2012, officials said.")
    events = {v.date: v for v in _events(pipeline, text) if v.evidence.text == "attacked"}
    assert events["2021-12-17"].background is False
    assert events["2012-01-01"].background is True
    assert events["2012-01-01"].date_precision == "year"


def test_a_date_past_the_calendars_end_keeps_the_article(pipeline: Pipeline) -> None:
    a = analyse(pipeline, "The minister will visit Paris tomorrow, officials said on Monday, "
                          "and the talks will continue next week in Rome.", "9999-12-31")
    assert a.events and all(v.date is None or v.date <= "9999-12-31" for v in a.events)
    assert all(d.date is None or d.date <= "9999-12-31" for d in a.dates)


@pytest.mark.parametrize("text", [
    "Ethiopia rejected the agreement of March 2020 with Egypt.",  # the agreement's date
    "Kenyan police arrested a man convicted last year of fraud.",  # the conviction's date
])
def test_a_date_inside_the_object_dates_the_object(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert events and events[0].date_from == "published", [(v.evidence.text, v.date)
                                                            for v in events]


def test_overnight_in_the_future_is_tonight(pipeline: Pipeline) -> None:
    found = [v for v in _events(pipeline, "Kenyan and Ugandan officials will hold talks "
                                          "overnight in Nairobi.")]
    assert found and {v.date for v in found} == {PUBLISHED}
