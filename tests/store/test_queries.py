"""Querying stored events: filters, order, paging, dyad direction, timelines, bound values."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsevents import ConfigError, Store
from newsevents.records import (
    Actor,
    Analysis,
    Article,
    Cameo,
    Entity,
    Event,
    EventEvidence,
    PipelineInfo,
    Place,
    Plover,
    Span,
)
from newsevents.store.queries import (
    COLUMNS,
    MAX_FILL_YEARS,
    TIMELINE_COLUMNS,
    EventFilters,
    count_distinct_events,
    count_events,
    dyad_timeline,
    events_page,
    query_events,
)

INFO = PipelineInfo(version="test", model="none", stages=["events"])


@dataclass
class E:
    """One event to store: ids of entities, CAMEO, date, sentence."""

    id: str
    source: str
    target: str
    code: str
    quad: int
    goldstein: float
    date: str | None
    sentence: int
    plover: str | None = None
    place: str | None = None
    modality: str = "asserted"
    negated: bool = False


def _analysis(aid: str, published: str, actors: dict[str, tuple[str, str]],
              events: list[E], places: list[Place] | None = None,
              title: str | None = None) -> Analysis:
    text = " ".join(f"{name} did something {n}." for n, (name, _) in enumerate(actors.values()))
    text += " padding" * 40
    entities = []
    for eid, (name, code) in actors.items():
        start = text.index(name)
        country = code[:3] if not code.startswith(("IGO", "NGO")) else code[3:]
        entities.append(Entity(eid, name, "ORG", [Span(start, start + len(name), name)],
                               Actor(code, country, [])))
    out = []
    for v in events:
        start = v.sentence * 10
        out.append(Event(
            id=v.id, source=v.source, target=v.target,
            cameo=Cameo(v.code, v.code[:2], v.quad, v.goldstein, v.code[:3]),
            plover=Plover(v.plover) if v.plover else None, place=v.place, date=v.date,
            date_from="text" if v.date else None, modality=v.modality, negated=v.negated,
            evidence=EventEvidence(v.sentence, start, start + 3, text[start:start + 3])))
    return Analysis(article=Article(id=aid, text=text, published=published, title=title,
                                    url=f"https://example.org/{aid}", origin=f"{aid}.txt"),
                    entities=entities, places=places or [], events=out, pipeline=INFO)


BAKU = Place("p1", "Baku", 587084, "AZE", "city", 40.38, 49.89)

ANALYSES = [
    _analysis("art-1", "2021-12-18", {
        "e1": ("Ali Shamkhani", "IRNGOV"), "e2": ("Ilham Aliyev", "AZEGOV"),
        "e3": ("Israel", "ISR")}, [
        E("v1", "e1", "e2", "040", 1, 1.0, "2021-12-17", 0, "CONSULT", place="p1"),
        E("v2", "e2", "e1", "036", 1, 4.0, "2021-12-17", 1, "AGREE", modality="intended"),
        E("v3", "e1", "e3", "111", 3, -2.0, "2021-12-18", 2, "ACCUSE"),
        E("v4", "e2", "e1", "042", 1, 1.9, "2021-12-16", 3, "CONSULT", negated=True),
        E("v10", "e1", "e2", "057", 1, 8.0, "2021-12-17", 5, "AGREE"),
    ], places=[BAKU], title="Shamkhani in Baku"),
    _analysis("art-2", "2022-01-05", {
        "e1": ("Azerbaijan", "AZE"), "e2": ("the Iranian army", "IRNMIL")}, [
        E("v1", "e2", "e1", "190", 4, -10.0, "2022-01-04", 0, "FIGHT"),
        E("v2", "e1", "e2", "046", 1, 7.0, "2022-01-03", 1, "CONSULT"),
    ]),
    _analysis("art-3", "2021-12-20", {
        "e1": ("Iraq", "IRQGOV"), "e2": ("Baku government", "AZEGOV")}, [
        E("v1", "e1", "e2", "040", 1, 1.0, "2021-12-20", 0, "CONSULT"),
        E("v2", "e2", "e1", "010", 1, 0.0, None, 1),
    ]),
]

ALL = [("art-2", "v1"), ("art-2", "v2"), ("art-3", "v1"), ("art-1", "v3"), ("art-1", "v1"),
       ("art-1", "v2"), ("art-1", "v10"), ("art-3", "v2")]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("events") / "events.duckdb"
    with Store.open(path) as s:
        s.write(ANALYSES)
        yield s


def _keys(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["article_id"], r["id"]) for r in rows]


def test_all_events_newest_first_then_article_then_text_order(store: Store) -> None:
    rows = query_events(store.con)
    assert _keys(rows) == ALL  # the negated one is left out; the undated one comes last
    assert count_events(store.con) == len(ALL)
    assert set(rows[0]) == set(COLUMNS)
    meeting = rows[ALL.index(("art-1", "v1"))]
    assert meeting["date"] == "2021-12-17" and meeting["published"] == "2021-12-18"
    assert meeting["title"] == "Shamkhani in Baku"
    assert meeting["url"] == "https://example.org/art-1" and meeting["origin"] == "art-1.txt"
    assert (meeting["source_name"], meeting["source_code"]) == ("Ali Shamkhani", "IRNGOV")
    assert (meeting["target_name"], meeting["target_code"]) == ("Ilham Aliyev", "AZEGOV")
    assert (meeting["place_name"], meeting["place_country"]) == ("Baku", "AZE")
    assert (meeting["lat"], meeting["lon"]) == (40.38, 49.89)  # the place's coordinates
    assert (meeting["code"], meeting["root_code"], meeting["quad_class"]) == ("040", "04", 1)
    assert meeting["plover_category"] == "CONSULT" and meeting["negated"] is False
    assert rows[-1]["date"] is None


def test_negated_events_on_request(store: Store) -> None:
    rows = query_events(store.con, include_negated=True)
    assert ("art-1", "v4") in _keys(rows) and len(rows) == len(ALL) + 1
    assert count_events(store.con, include_negated=True) == len(ALL) + 1


@pytest.mark.parametrize(("actor", "expected"), [
    ("IRN", {("art-1", "v1"), ("art-1", "v2"), ("art-1", "v3"), ("art-1", "v10"),
             ("art-2", "v1"), ("art-2", "v2")}),
    ("irngov", {("art-1", "v1"), ("art-1", "v2"), ("art-1", "v3"), ("art-1", "v10")}),
    ("IRNMIL", {("art-2", "v1"), ("art-2", "v2")}),
    ("ISR", {("art-1", "v3")}),
    ("IR", set(ALL)),
    ("GOV", set()),
    ("USA", set()),
])
def test_actor_is_a_prefix_of_source_or_target(store: Store, actor: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert set(_keys(query_events(store.con, actor=actor))) == expected
    assert count_events(store.con, actor=actor) == len(expected)


def test_dyad_matches_both_directions_and_nothing_else(store: Store) -> None:
    irn_aze = {("art-1", "v1"), ("art-1", "v2"), ("art-1", "v10"), ("art-2", "v1"),
               ("art-2", "v2")}
    assert set(_keys(query_events(store.con, dyad=("IRN", "AZE")))) == irn_aze
    assert set(_keys(query_events(store.con, dyad=("aze", "irn")))) == irn_aze
    assert _keys(query_events(store.con, dyad=("IRN", "ISR"))) == [("art-1", "v3")]
    assert query_events(store.con, dyad=("ISR", "AZE")) == []
    rows = query_events(store.con, dyad=("IRNMIL", "AZE"))
    assert [(r["source_code"], r["target_code"]) for r in rows] == [("IRNMIL", "AZE"),
                                                                    ("AZE", "IRNMIL")]


def test_code_plover_quad_class_and_modality(store: Store) -> None:
    assert set(_keys(query_events(store.con, code="04"))) == {
        ("art-1", "v1"), ("art-2", "v2"), ("art-3", "v1")}
    assert _keys(query_events(store.con, code="046")) == [("art-2", "v2")]
    assert _keys(query_events(store.con, code="19")) == [("art-2", "v1")]
    assert set(_keys(query_events(store.con, plover="consult"))) == {
        ("art-1", "v1"), ("art-2", "v2"), ("art-3", "v1")}
    assert _keys(query_events(store.con, quad_class=4)) == [("art-2", "v1")]
    assert _keys(query_events(store.con, quad_class=3)) == [("art-1", "v3")]
    assert _keys(query_events(store.con, modality="intended")) == [("art-1", "v2")]
    assert count_events(store.con, modality="asserted") == len(ALL) - 1


def test_dates_are_inclusive_bounds_on_the_event_date(store: Store) -> None:
    assert _keys(query_events(store.con, since="2021-12-18")) == ALL[:4]
    assert _keys(query_events(store.con, until="2021-12-17")) == ALL[4:7]
    assert _keys(query_events(store.con, since="2021-12-17", until="2021-12-17")) == ALL[4:7]
    assert count_events(store.con, since="2022-01-04", until="2030-01-01") == 1
    assert query_events(store.con, since="2030-01-01") == []


def test_place_by_name_country_or_geonames_id(store: Store) -> None:
    for place in ("Baku", "baku", "AZE", "587084"):
        assert _keys(query_events(store.con, place=place)) == [("art-1", "v1")]
    assert query_events(store.con, place="Tehran") == []


def test_filters_combine(store: Store) -> None:
    rows = query_events(store.con, dyad=("IRN", "AZE"), code="0", quad_class=1,
                        since="2021-12-17", until="2021-12-31")
    assert _keys(rows) == [("art-1", "v1"), ("art-1", "v2"), ("art-1", "v10")]
    assert count_events(store.con, actor="AZE", plover="CONSULT", since="2022-01-01") == 1


def test_paging_with_limit_offset_and_count(store: Store) -> None:
    total = count_events(store.con)
    pages = [query_events(store.con, limit=3, offset=n) for n in range(0, total + 3, 3)]
    assert [len(p) for p in pages] == [3, 3, 2, 0]
    assert [k for p in pages for k in _keys(p)] == ALL


@pytest.mark.parametrize("sort", [None, "-goldstein", "code"])
def test_a_deep_page_chosen_by_its_keys_is_the_same_page(store: Store, sort: str | None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.store import queries

    shallow = [query_events(store.con, limit=3, offset=n, sort=sort) for n in (1, 3, 6)]
    monkeypatch.setattr(queries, "DEEP", 1)  # every page but the first chosen by keys
    deep = [query_events(store.con, limit=3, offset=n, sort=sort) for n in (1, 3, 6)]
    assert deep == shallow and [len(p) for p in deep] == [3, 3, 2]


@pytest.mark.parametrize("evil", [
    "IRN' OR '1'='1", "%", "_RN", "IRN'; DROP TABLE events; --", "') OR TRUE --"])
def test_sql_in_filters_is_data(store: Store, evil: str) -> None:
    assert query_events(store.con, actor=evil) == []
    assert query_events(store.con, dyad=(evil, "AZE")) == []
    assert query_events(store.con, plover=evil) == []
    assert query_events(store.con, place=evil) == []
    assert count_events(store.con, actor=evil) == 0
    assert dyad_timeline(store.con, evil, "AZE") == []
    assert count_events(store.con) == len(ALL)  # nothing was dropped


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"limit": 0}, "the limit must be at least 1, not 0"),
    ({"offset": -1}, "the offset must be 0 or more, not -1"),
    ({"since": "yesterday"}, "since must be a date as YYYY-MM-DD, not 'yesterday'"),
    ({"until": "2021-13-01"}, "until must be a date as YYYY-MM-DD, not '2021-13-01'"),
    ({"since": "2022-01-02", "until": "2022-01-01"},
     "since (2022-01-02) is after until (2022-01-01): no date can be in between"),
    ({"quad_class": 5}, "the QuadClass is 1, 2, 3 or 4, not 5"),
    ({"code": "04' OR 1=1"}, "a CAMEO code is 2 to 4 digits, like 04 or 043, not \"04' OR 1=1\""),
    ({"dyad": ("IRN", " ")}, "a dyad is two actor codes, like IRN,AZE, not ('IRN', ' ')"),
    ({"modality": "maybe"}, "the modality is one of asserted, attempted, intended, hoped, "
                            "demanded, denied, conditional, not 'maybe'"),
])
def test_bad_values_are_config_errors(store: Store, kwargs: dict[str, object],
                                      message: str) -> None:
    with pytest.raises(ConfigError) as err:
        query_events(store.con, **kwargs)
    assert str(err.value) == message


def test_empty_filters_mean_no_filter() -> None:
    assert EventFilters.make(actor="", code=" ", plover="", place="", modality="") == (
        EventFilters())
    assert EventFilters().where() == ("NOT v.negated", [])


def test_only_a_place_filter_joins_a_table_to_the_events() -> None:
    assert EventFilters.make(place="Baku").join() == (
        "LEFT JOIN places p ON p.article_id = v.article_id AND p.id = v.place")
    assert EventFilters.make(actor="IRN", dyad=("IRN", "AZE"), code="04", plover="consult",
                             quad_class=1, since="2021-01-01", until="2022-01-01",
                             modality="asserted", include_negated=True).join() == ""


def test_pages_and_counts_agree_for_every_filter(store: Store) -> None:
    for filters in ({}, {"place": "Baku"}, {"place": "AZE", "include_negated": True},
                    {"actor": "IRN"}, {"dyad": ("AZE", "IRN"), "until": "2022-01-03"},
                    {"include_negated": True}, {"code": "04", "quad_class": 1}):
        total = count_events(store.con, **filters)
        every = query_events(store.con, limit=100, **filters)
        assert len(every) == total, filters
        paged = [row for offset in range(0, total, 2) for row in query_events(
            store.con, limit=2, offset=offset, **filters)]
        assert paged == every, filters


def test_entities_and_places_are_joined_to_the_rows_of_every_page(store: Store) -> None:
    names = [(r["source_name"], r["target_name"], r["place_name"], r["title"])
             for offset in range(len(ALL)) for r in query_events(store.con, limit=1,
                                                                 offset=offset)]
    assert names[4] == ("Ali Shamkhani", "Ilham Aliyev", "Baku", "Shamkhani in Baku")
    assert names[0] == ("the Iranian army", "Azerbaijan", None, None)
    assert all(source is not None and target is not None for source, target, _, _ in names)


# ------------------------------------------------------------------ timelines

def _timeline(store: Store, a: str, b: str, **kwargs: object) -> list[tuple[object, ...]]:
    rows = dyad_timeline(store.con, a, b, **kwargs)
    assert all(tuple(r) == TIMELINE_COLUMNS for r in rows)
    return [tuple(r[c] for c in TIMELINE_COLUMNS) for r in rows]


def test_weekly_timeline_counts_by_quad_class_and_direction(store: Store) -> None:
    # intended (v2), negated (v4), IRQ (art-3) and undated events are not counted
    assert _timeline(store, "IRN", "AZE") == [
        ("2021-12-13", 2, 0, 0, 0, 2, 4.5, 2, 0),
        ("2022-01-03", 1, 0, 0, 1, 2, -1.5, 1, 1),
    ]
    assert _timeline(store, "aze", "irn", by="week") == [
        ("2021-12-13", 2, 0, 0, 0, 2, 4.5, 0, 2),
        ("2022-01-03", 1, 0, 0, 1, 2, -1.5, 1, 1),
    ]


def test_daily_and_monthly_buckets(store: Store) -> None:
    assert [r[0] for r in _timeline(store, "IRN", "AZE", by="day")] == [
        "2021-12-17", "2022-01-03", "2022-01-04"]
    assert _timeline(store, "IRN", "AZE", by="month") == [
        ("2021-12-01", 2, 0, 0, 0, 2, 4.5, 2, 0),
        ("2022-01-01", 1, 0, 0, 1, 2, -1.5, 1, 1),
    ]
    assert _timeline(store, "IRNGOV", "ISR", by="month") == [
        ("2021-12-01", 0, 0, 1, 0, 1, -2.0, 1, 0)]


def test_timeline_date_bounds_and_gaps(store: Store) -> None:
    assert [r[0] for r in _timeline(store, "IRN", "AZE", since="2022-01-01")] == ["2022-01-03"]
    assert [r[0] for r in _timeline(store, "IRN", "AZE", until="2022-01-03", by="day")] == [
        "2021-12-17", "2022-01-03"]
    filled = _timeline(store, "IRN", "AZE", fill=True)
    assert [r[0] for r in filled] == ["2021-12-13", "2021-12-20", "2021-12-27", "2022-01-03"]
    assert filled[1] == ("2021-12-20", 0, 0, 0, 0, 0, None, 0, 0)
    assert [r[0] for r in _timeline(store, "USA", "CHN", by="month", since="2021-11-15",
                                    until="2022-02-01", fill=True)] == [
        "2021-11-01", "2021-12-01", "2022-01-01", "2022-02-01"]
    assert _timeline(store, "USA", "CHN", fill=True) == []


@pytest.mark.parametrize(("by", "since", "expected"), [
    ("day", "9999-12-30", ["9999-12-30", "9999-12-31"]),
    ("week", "9999-12-20", ["9999-12-20", "9999-12-27"]),
    ("month", "9999-11-15", ["9999-11-01", "9999-12-01"]),
])
def test_filling_stops_at_the_end_of_the_calendar(store: Store, by: str, since: str,
                                                  expected: list[str]) -> None:
    rows = _timeline(store, "IRN", "AZE", by=by, since=since, until="9999-12-31", fill=True)
    assert [r[0] for r in rows] == expected
    assert all(r[1:] == (0, 0, 0, 0, 0, None, 0, 0) for r in rows)


def test_filling_more_than_fifty_years_is_refused(store: Store) -> None:
    assert MAX_FILL_YEARS == 50
    months = _timeline(store, "IRN", "AZE", by="month", since="1972-01-01",
                       until="2021-12-31", fill=True)
    assert len(months) == 50 * 12
    assert [(r[0], r[5]) for r in months if r[5]] == [("2021-12-01", 2)]
    for kwargs in ({"since": "1971-12-01", "until": "2022-01-31"},  # 50 years and 2 months
                   {"since": "2021-12-01", "until": "9999-12-31"},
                   {"since": "0001-01-01"}):  # from 0001 to the last event
        with pytest.raises(ConfigError, match="spans more than 50 years"):
            dyad_timeline(store.con, "IRN", "AZE", by="month", fill=True, **kwargs)
    # without fill, any span is fine: only the periods with events come back
    assert len(dyad_timeline(store.con, "IRN", "AZE", since="0001-01-01",
                             until="9999-12-31")) == 2


@pytest.mark.parametrize(("args", "kwargs", "message"), [
    (("IRN", "AZE"), {"by": "year"}, "--by is one of day, week, month, not 'year'"),
    (("IRN", ""), {}, "a dyad timeline needs two actor codes, like IRN AZE"),
    (("IRN", "AZE"), {"since": "soon"}, "since must be a date as YYYY-MM-DD, not 'soon'"),
])
def test_bad_timeline_arguments(store: Store, args: tuple[str, str], kwargs: dict[str, object],
                                message: str) -> None:
    with pytest.raises(ConfigError) as err:
        dyad_timeline(store.con, *args, **kwargs)
    assert str(err.value) == message


def test_a_fresh_store_has_no_events(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.duckdb") as s:
        assert query_events(s.con) == [] and count_events(s.con) == 0
        assert dyad_timeline(s.con, "IRN", "AZE", by="day") == []


def test_a_timeline_counts_an_event_reported_twice_once(tmp_path: Path) -> None:
    actors = {"e1": ("Ali Shamkhani", "IRNGOV"), "e2": ("Ilham Aliyev", "AZEGOV")}
    meeting = E("v1", "e1", "e2", "040", 1, 1.0, "2021-12-17", 0, "CONSULT", place="p1")
    reports = [_analysis(aid, "2021-12-18", actors, [meeting], places=[BAKU])
               for aid in ("wire-1", "wire-2", "wire-3")]
    # the same two, another day: another meeting
    reports.append(_analysis("wire-4", "2021-12-20", actors, [
        E("v1", "e1", "e2", "040", 1, 1.0, "2021-12-19", 0, "CONSULT", place="p1")],
        places=[BAKU]))
    with Store.open(tmp_path / "s.duckdb") as s:
        s.write(reports)
        rows = dyad_timeline(s.con, "IRN", "AZE", by="month")
        assert count_events(s.con) == 4  # the reports are all listed
        assert count_distinct_events(s.con) == 2  # ... of two meetings
    assert [(r["period"], r["total"], r["a_to_b"]) for r in rows] == [("2021-12-01", 2, 2)]


def test_an_attempt_counts_as_having_happened_a_plan_does_not(tmp_path: Path) -> None:
    events = [E("v1", "e1", "e2", "190", 4, -10.0, "2022-03-01", 0, "ASSAULT",
                modality="attempted"),
              E("v2", "e1", "e2", "190", 4, -10.0, "2022-03-02", 1, "ASSAULT",
                modality="intended")]
    with Store.open(tmp_path / "s.duckdb") as s:
        s.write([_analysis("a", "2022-03-03", {"e1": ("Ruritania", "RUR"),
                                               "e2": ("Freedonia", "FRE")}, events)])
        rows = dyad_timeline(s.con, "RUR", "FRE", by="day")
        assert [(r["period"], r["total"]) for r in rows] == [("2022-03-01", 1)]


@pytest.mark.parametrize("filters", [
    {}, {"text": "Shamkhani"}, {"text": "baku"}, {"text": "nobody at all"},
    {"text": "did", "sort": "-goldstein"}, {"text": "did", "place": "AZE"},
    {"text": "did", "offset": 3, "limit": 2}, {"text": "did", "offset": 50},
    {"text": "did", "sort": "-published"}, {"text": "did", "offset": 1000},
    {"text": "did", "include_negated": True, "actor": "AZE"},
])
def test_a_page_and_its_total_together_are_the_page_and_the_count(
        store: Store, filters: dict[str, object]) -> None:
    paging = {k: filters[k] for k in ("limit", "offset", "sort") if k in filters}
    rest = {k: v for k, v in filters.items() if k not in paging}
    rows, total = events_page(store.con, **paging, **rest)
    assert rows == query_events(store.con, **paging, **rest)
    assert total == count_events(store.con, **rest)
