"""GDELT 2.0 event and mention export: rows that parse back with 61 and 16 columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from newsevents.export.gdelt import (
    EVENT_COLUMNS,
    HEDGED_CONFIDENCE,
    MENTION_COLUMNS,
    event_key,
    event_rows,
    global_event_id,
    mention_rows,
    write_gdelt_events,
    write_gdelt_mentions,
)
from newsevents.knowledge import geonames as gazetteer_module
from newsevents.knowledge.gazetteer import GazetteerEntry, InMemoryGazetteer
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
    SentenceTone,
    Span,
    Tone,
)

SENTENCES = [
    "Ali Shamkhani met Ilham Aliyev in Baku on Friday.",
    "Aliyev hopes to visit Iran.",
    "The United Nations did not condemn Iran.",
    "Shamkhani met Aliyev, officials said.",
    "Iran praised the United Nations.",
]
TEXT = " ".join(SENTENCES)
STARTS = [TEXT.index(s) for s in SENTENCES]
GAZ = InMemoryGazetteer([
    GazetteerEntry(587084, "Baku", "city", "AZE", 40.37767, 49.89201, 2351300, "09", True),
    GazetteerEntry(130758, "Iran", "country", "IRN", 33.8, 51.67, 81800269),
    GazetteerEntry(587116, "Azerbaijan", "country", "AZE", 40.5, 47.5, 10224900),
])
URL = "https://www.mehrnews.com/news/1"


def _span(word: str, sentence: int, nth: int = 0) -> Span:
    start = STARTS[sentence] - 1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    assert start < STARTS[sentence] + len(SENTENCES[sentence])
    return Span(start, start + len(word), word)


def _evidence(word: str, sentence: int) -> EventEvidence:
    s = _span(word, sentence)
    return EventEvidence(sentence, s.start, s.end, s.text)


def _analysis(**article: object) -> Analysis:
    fields: dict[str, object] = {"id": "abc123", "text": TEXT, "published": "2021-12-18",
                                 "url": URL, "source": "Mehr News Agency", "origin": "mehr.txt"}
    fields.update(article)
    iran = [_span("Iran", 1), _span("Iran", 2), _span("Iran", 4)]
    un = [_span("United Nations", 2), _span("United Nations", 4)]
    return Analysis(
        article=Article(**fields),  # type: ignore[arg-type]
        entities=[
            Entity("e1", "Ali Shamkhani", "PERSON",
                   [_span("Ali Shamkhani", 0), _span("Shamkhani", 3)],
                   Actor("IRNGOV", "IRN", ["GOV"])),
            Entity("e2", "Ilham Aliyev", "PERSON",
                   [_span("Ilham Aliyev", 0), _span("Aliyev", 1), _span("Aliyev", 3)],
                   Actor("AZEGOVELI", "AZE", ["GOV", "ELI"])),
            Entity("e3", "Iran", "GPE", iran, Actor("IRN", "IRN", [])),
            Entity("e4", "the United\nNations", "ORG", un, Actor("IGOUNO", "UNO", ["IGO"])),
            Entity("e5", "Baku", "GPE", [_span("Baku", 0)], None),
        ],
        places=[
            Place("p1", "Baku", 587084, "AZE", "city", 40.37767, 49.89201, [_span("Baku", 0)]),
            Place("p2", "Iran", 130758, "IRN", "country", 33.8, 51.67, iran),
        ],
        events=[
            Event(id="v1", source="e1", target="e2",
                  cameo=Cameo("040", "04", 1, 1.0, "040"), plover=Plover("CONSULT", "visit"),
                  place="p1", date="2021-12-17", date_from="text", mentions=2,
                  evidence=_evidence("met", 0), source_mention=_span("Ali Shamkhani", 0),
                  target_mention=_span("Ilham Aliyev", 0), repeats=[_evidence("met", 3)]),
            Event(id="v2", source="e2", target="e3", cameo=Cameo("036", "03", 1, 4.0),
                  modality="hoped", date="2021-12-18", date_from="published",
                  evidence=_evidence("visit", 1)),
            Event(id="v3", source="e4", target="e3", cameo=Cameo("111", "11", 3, -2.0),
                  negated=True, evidence=_evidence("condemn", 2)),
            Event(id="v4", source="e3", target="e4", cameo=Cameo("051", "05", 1, 3.4),
                  evidence=_evidence("praised", 4), source_mention=_span("Iran", 4)),
        ],
        tone=Tone(tone=-1.5, positive=2.0, negative=3.5, word_count=30, sentences=[
            SentenceTone(n, start, start + len(s), 0.0)
            for n, (start, s) in enumerate(zip(STARTS, SENTENCES, strict=True))]),
        pipeline=PipelineInfo("0.1.0", "none", ["events"]),
    )


def _parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _events(analyses: list[Analysis], **kwargs: object) -> list[dict[str, str]]:
    out = io.StringIO()
    count = write_gdelt_events(analyses, out, gazetteer=GAZ, **kwargs)  # type: ignore[arg-type]
    rows = _parse(out.getvalue())
    assert count == len(rows)
    assert all(len(r) == 61 for r in rows)
    return [dict(zip(EVENT_COLUMNS, r, strict=True)) for r in rows]


def _mentions(analyses: list[Analysis], **kwargs: object) -> list[dict[str, str]]:
    out = io.StringIO()
    count = write_gdelt_mentions(analyses, out, **kwargs)  # type: ignore[arg-type]
    rows = _parse(out.getvalue())
    assert count == len(rows)
    assert all(len(r) == 16 for r in rows)
    return [dict(zip(MENTION_COLUMNS, r, strict=True)) for r in rows]


def test_column_layouts_are_gdelts() -> None:
    assert len(EVENT_COLUMNS) == 61 and len(set(EVENT_COLUMNS)) == 61
    assert len(MENTION_COLUMNS) == 16 and len(set(MENTION_COLUMNS)) == 16
    assert EVENT_COLUMNS[:6] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
                                 "Actor1Code")
    assert EVENT_COLUMNS[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert EVENT_COLUMNS[35] == "Actor1Geo_Type" and EVENT_COLUMNS[51] == "ActionGeo_Type"
    assert EVENT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_global_event_id_is_stable_positive_and_distinct() -> None:
    # frozen: a change here renumbers every exported event
    assert global_event_id("abc123", "v1") == 1720955184272283642 >> 10
    ids = {global_event_id(a, v) for a in ("abc123", "abc124") for v in ("v1", "v2", "v10")}
    # below 2**53: a float64 reader (R, Stata, Excel, JavaScript) keeps it exact
    assert len(ids) == 6 and all(0 < i < 2**53 and float(i) == i for i in ids)


def test_only_asserted_unnegated_events_by_default() -> None:
    rows = _events([_analysis()])
    assert [r["EventCode"] for r in rows] == ["040", "051"]
    everything = _events([_analysis()], include_all=True)
    assert [r["EventCode"] for r in everything] == ["040", "036", "111", "051"]
    assert len({r["GlobalEventID"] for r in everything}) == 4


def test_event_fields() -> None:
    meeting, praise = _events([_analysis()])
    assert meeting["GlobalEventID"] == str(global_event_id("abc123", "v1"))
    assert (meeting["Day"], meeting["MonthYear"], meeting["Year"]) == ("20211217", "202112",
                                                                       "2021")
    assert meeting["FractionDate"] == "2021.9507"  # (11 * 30 + 17) / 365
    assert meeting["Actor1Code"] == "IRNGOV" and meeting["Actor1Name"] == "Ali Shamkhani"
    assert meeting["Actor1CountryCode"] == "IRN" and meeting["Actor1KnownGroupCode"] == ""
    assert (meeting["Actor1Type1Code"], meeting["Actor1Type2Code"]) == ("GOV", "")
    assert meeting["Actor2Code"] == "AZEGOVELI" and meeting["Actor2CountryCode"] == "AZE"
    assert [meeting[f"Actor2Type{n}Code"] for n in (1, 2, 3)] == ["GOV", "ELI", ""]
    assert meeting["Actor1EthnicCode"] == meeting["Actor1Religion1Code"] == ""
    assert meeting["IsRootEvent"] == "1"
    assert [meeting[c] for c in ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                 "GoldsteinScale")] == ["040", "040", "04", "1", "1"]
    assert [meeting[c] for c in ("NumMentions", "NumSources", "NumArticles", "AvgTone")] == [
        "2", "1", "1", "-1.5"]
    # people are placed in their actor's country; the action happened in Baku
    assert [(meeting[f"Actor{n}Geo_Type"], meeting[f"Actor{n}Geo_Fullname"],
             meeting[f"Actor{n}Geo_FeatureID"]) for n in (1, 2)] == [
        ("1", "Iran", "IR"), ("1", "Azerbaijan", "AJ")]
    assert [meeting[f"ActionGeo_{f}"] for f in (
        "Type", "Fullname", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
    )] == ["4", "Baku, Azerbaijan", "AJ", "AJ09", "", "40.37767", "49.89201", "587084"]
    assert meeting["DATEADDED"] == "20211218000000" and meeting["SOURCEURL"] == URL

    # no event date: the publication date; an IGO target; a country actor placed
    assert praise["Day"] == "20211218" and praise["IsRootEvent"] == "0"
    assert praise["GoldsteinScale"] == "3.4" and praise["EventBaseCode"] == "051"
    assert praise["Actor1Code"] == "IRN" and praise["Actor1Geo_Type"] == "1"
    assert praise["Actor1Geo_CountryCode"] == "IR" and praise["Actor1Geo_Fullname"] == "Iran"
    assert praise["Actor2Code"] == "IGOUNO" and praise["Actor2Name"] == "the United Nations"
    assert praise["Actor2CountryCode"] == "" and praise["Actor2KnownGroupCode"] == "UNO"
    assert praise["Actor2Type1Code"] == "IGO" and praise["ActionGeo_Type"] == ""


def test_added_and_missing_dates_and_url() -> None:
    (meeting, _) = _events([_analysis()], added=dt.datetime(2024, 1, 2, 3, 4, 5))
    assert meeting["DATEADDED"] == "20240102030405"
    a = _analysis(published=None, url=None)
    for v in a.events:
        v.date = None
    rows = _events([a])
    assert all(r[c] == "" for r in rows for c in ("Day", "MonthYear", "Year", "FractionDate",
                                                  "DATEADDED"))
    assert {r["SOURCEURL"] for r in rows} == {"mehr.txt"}
    mentions = _mentions([a])
    assert {(m["MentionType"], m["MentionIdentifier"], m["MentionSourceName"])
            for m in mentions} == {("2", "mehr.txt", "Mehr News Agency")}
    b = _analysis(source=None)
    assert {m["MentionSourceName"] for m in _mentions([b])} == {"mehrnews.com"}


def test_mentions_one_row_per_evidence_and_repeat() -> None:
    rows = _mentions([_analysis()])
    events = {r["GlobalEventID"] for r in _events([_analysis()])}
    assert {r["GlobalEventID"] for r in rows} == events
    first, repeat, praise = rows
    gid = str(global_event_id("abc123", "v1"))
    assert first["GlobalEventID"] == repeat["GlobalEventID"] == gid
    assert first["EventTimeDate"] == first["MentionTimeDate"] == "20211218000000"
    assert (first["MentionType"], first["MentionSourceName"], first["MentionIdentifier"]) == (
        "1", "Mehr News Agency", URL)
    assert first["SentenceID"] == "1"
    assert first["Actor1CharOffset"] == "0"
    assert first["Actor2CharOffset"] == str(TEXT.index("Ilham Aliyev"))
    assert first["ActionCharOffset"] == str(TEXT.index("met"))
    assert (first["InRawText"], first["Confidence"]) == ("1", "100")
    assert first["MentionDocLen"] == str(len(TEXT)) and first["MentionDocTone"] == "-1.5"
    assert first["MentionDocTranslationInfo"] == first["Extras"] == ""
    # the repeat: its own sentence, and the actors' mentions in that sentence
    assert repeat["SentenceID"] == "4"
    assert repeat["ActionCharOffset"] == str(_span("met", 3).start)
    assert repeat["Actor1CharOffset"] == str(_span("Shamkhani", 3).start)
    assert repeat["Actor2CharOffset"] == str(_span("Aliyev", 3).start)
    # no target mention: -1
    assert praise["SentenceID"] == "5" and praise["Actor2CharOffset"] == "-1"
    assert praise["Actor1CharOffset"] == str(_span("Iran", 4).start)


def test_repeat_offsets_unknown_without_sentence_bounds() -> None:
    a = _analysis()
    a.tone = None
    _, repeat, _ = _mentions([a])
    assert (repeat["Actor1CharOffset"], repeat["Actor2CharOffset"]) == ("-1", "-1")
    assert repeat["MentionDocTone"] == ""


def test_hedged_and_negated_mentions_say_so_when_included() -> None:
    rows = _mentions([_analysis()], include_all=True)
    assert len(rows) == 5
    by_id = {r["GlobalEventID"]: r for r in rows}
    hoped = by_id[str(global_event_id("abc123", "v2"))]
    negated = by_id[str(global_event_id("abc123", "v3"))]
    assert hoped["Confidence"] == negated["Confidence"] == str(HEDGED_CONFIDENCE)
    assert hoped["Extras"] == "<MODALITY>hoped</MODALITY>"
    assert negated["Extras"] == "<MODALITY>asserted</MODALITY><NEGATED>1</NEGATED>"


def test_files_with_and_without_header(tmp_path: Path) -> None:
    events, mentions = tmp_path / "x.export.CSV", tmp_path / "x.mentions.CSV"
    other = _analysis(id="other", published="2021-12-25")  # its v2 falls on another day
    assert write_gdelt_events([_analysis(), other], events, gazetteer=GAZ, header=True) == 3
    header, *rows = _parse(events.read_text("utf-8"))
    assert tuple(header) == EVENT_COLUMNS and len(rows) == 3
    assert len({r[0] for r in rows}) == 3
    assert write_gdelt_mentions([_analysis()], mentions) == 3
    assert all(len(r) == 16 for r in _parse(mentions.read_text("utf-8")))
    assert write_gdelt_events([], io.StringIO()) == 0


def test_one_event_in_many_articles_is_one_row_with_their_counts() -> None:
    """As GDELT counts: the same source, target, code, place and day in three
    articles of two outlets is one event of three articles, two sources and every
    article's mentions; the mention file lists them all under its id."""
    same = [_analysis(), _analysis(id="copy", origin="copy.txt"),
            _analysis(id="elsewhere", source="Trend", url="https://en.trend.az/1")]
    rows = [dict(zip(EVENT_COLUMNS, r, strict=True))
            for r in event_rows(same, gazetteer=GAZ)]
    meeting = next(r for r in rows if r["EventCode"] == "040")
    assert len([r for r in rows if r["EventCode"] == "040"]) == 1
    assert (meeting["NumMentions"], meeting["NumSources"], meeting["NumArticles"]) == (
        "6", "2", "3")
    assert meeting[EVENT_COLUMNS[0]] == str(global_event_id("abc123", "v1"))
    ids = [m[0] for m in mention_rows(same) if m[0] == meeting[EVENT_COLUMNS[0]]]
    assert len(ids) == 6
    # "did not meet" is never "met"
    denied = _analysis(id="denied")
    denied.events[0].negated = True
    assert len({event_key(a, a.events[0]) for a in (_analysis(), denied)}) == 2
    # another day is another event
    later = _analysis(id="later")
    later.events[0].date = "2021-12-20"
    rows = list(event_rows([_analysis(), later], gazetteer=GAZ))
    assert len([r for r in rows if r[EVENT_COLUMNS.index("EventCode")] == "040"]) == 2


def test_without_a_gazetteer_the_process_one_places_the_actors() -> None:
    a = _analysis()
    a.places = []
    rows = list(event_rows([a]))
    assert gazetteer_module.load_count() >= 1
    assert len(rows) == 2 and all(r[51] == "" for r in rows)  # no action place
    assert [r[EVENT_COLUMNS.index("Actor1Geo_CountryCode")] for r in rows] == ["IR", "IR"]
    assert len(list(mention_rows([a]))) == 3


def test_headers_can_be_spelled_as_in_bigquery() -> None:
    from newsevents.export.gdelt import BIGQUERY_EVENT_COLUMNS, BIGQUERY_MENTION_COLUMNS
    from newsevents.export.gkg import BIGQUERY_GKG_COLUMNS, GKG_COLUMNS, write_gkg

    out = io.StringIO()
    write_gdelt_events([_analysis()], out, gazetteer=GAZ, header=True, bigquery=True)
    names = out.getvalue().splitlines()[0].split("\t")
    assert names == list(BIGQUERY_EVENT_COLUMNS) and len(names) == len(EVENT_COLUMNS)
    assert {"GLOBALEVENTID", "SQLDATE", "Actor1Geo_FullName", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL"} <= set(names)
    out = io.StringIO()
    write_gdelt_mentions([_analysis()], out, header=True, bigquery=True)
    assert out.getvalue().splitlines()[0].split("\t") == list(BIGQUERY_MENTION_COLUMNS)
    out = io.StringIO()
    write_gkg([_analysis()], out, gazetteer=GAZ, header=True, bigquery=True)
    gkg = out.getvalue().splitlines()[0].split("\t")
    assert gkg == list(BIGQUERY_GKG_COLUMNS) and len(gkg) == len(GKG_COLUMNS) == 27
    assert {"DATE", "SourceCommonName", "DocumentIdentifier", "V2Tone", "AllNames"} <= set(gkg)


def test_an_attempt_is_written_by_default_and_says_it_was_one() -> None:
    a = _analysis()
    a.events[0].modality = "attempted"  # "tried to meet": it happened, as an attempt
    rows = _mentions([a])
    first = next(r for r in rows if r["GlobalEventID"] == str(global_event_id("abc123", "v1")))
    assert first["Confidence"] == "100"
    assert first["Extras"] == "<MODALITY>attempted</MODALITY>"
