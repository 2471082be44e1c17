"""GKG 2.1 export: rows that parse back with the documented 27 columns."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from newsevents import Analysis, Pipeline, read
from newsevents.export import GKG_COLUMNS, gkg_row, write_gkg
from newsevents.knowledge import Knowledge
from newsevents.knowledge.gazetteer import GazetteerEntry, InMemoryGazetteer
from newsevents.records import (
    Article,
    Entity,
    PipelineInfo,
    Place,
    Quote,
    Span,
    TimeExpression,
    Tone,
)
from newsevents.stages import dates, entities, places, tone

TEXT = ("Ali Shamkhani met President Ilham Aliyev in Baku on Friday. "
        "The SNSC chief said Iran; wants #peace | now.")
GAZ = InMemoryGazetteer([
    GazetteerEntry(587084, "Baku", "city", "AZE", 40.37767, 49.89201, 2351300, "09", True),
    GazetteerEntry(130758, "Iran", "country", "IRN", 33.8, 51.67, 81800269),
])


def _analysis() -> Analysis:
    def span(word: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(word, start + 1)
        return Span(start, start + len(word), word)

    return Analysis(
        article=Article(id="abc123", text=TEXT, published="2021-12-18", dateline="TEHRAN",
                        url="https://www.mehrnews.com/news/1", source=None),
        entities=[
            Entity("e1", "Ali Shamkhani", "PERSON", [span("Ali Shamkhani")]),
            Entity("e2", "Ilham Aliyev", "PERSON", [span("Ilham Aliyev")]),
            Entity("e3", "SNSC", "ORG", [span("SNSC")]),
            Entity("e4", "Baku", "GPE", [span("Baku")]),
        ],
        places=[
            Place("p1", "Tehran", 112931, "IRN", "city", 35.69439, 51.42151, [], dateline=True),
            Place("p2", "Baku", 587084, "AZE", "city", 40.37767, 49.89201, [span("Baku")]),
            Place("p3", "Iran", 130758, "IRN", "country", 33.8, 51.67, [span("Iran")]),
            Place("p4", "Middle East", None, None, None, None, None, [span("The")]),
        ],
        dates=[TimeExpression("on Friday", TEXT.index("on Friday"),
                              TEXT.index("on Friday") + 9, "2021-12-17"),
               TimeExpression("the past 30 years", 0, 0, None)],
        quotes=[Quote("q1", "direct", "Iran; wants #peace | now", TEXT.index("Iran;"),
                      TEXT.index("Iran;") + 24, "e1", None, "said")],
        tone=Tone(tone=-1.5, positive=2.0, negative=3.5, polarity=5.5, activity_density=10.0,
                  self_group_density=0.0, word_count=20),
        pipeline=PipelineInfo("0.1.0", "en_test-1", ["entities"]),
    )


def _parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_one_row_of_27_columns_per_article() -> None:
    out = io.StringIO()
    assert write_gkg([_analysis(), _analysis()], out, gazetteer=GAZ) == 2
    rows = _parse(out.getvalue())
    assert len(GKG_COLUMNS) == 27
    assert [len(r) for r in rows] == [27, 27]


def test_fields() -> None:
    a = _analysis()
    row = dict(zip(GKG_COLUMNS, _parse("\t".join(gkg_row(a, gazetteer=GAZ)))[0], strict=True))
    baku = TEXT.index("Baku")
    assert row["GKGRECORDID"] == "20211218000000-abc123"
    assert row["V2.1DATE"] == "20211218000000"
    assert row["V2SOURCECOLLECTIONIDENTIFIER"] == "1"
    assert row["V2SOURCECOMMONNAME"] == "mehrnews.com"
    assert row["V2DOCUMENTIDENTIFIER"] == "https://www.mehrnews.com/news/1"
    assert row["V1PERSONS"] == "Ali Shamkhani;Ilham Aliyev"
    assert row["V2ENHANCEDPERSONS"] == f"Ali Shamkhani,0;Ilham Aliyev,{TEXT.index('Ilham')}"
    assert row["V2ENHANCEDORGANIZATIONS"] == f"SNSC,{TEXT.index('SNSC')}"
    v1 = row["V1LOCATIONS"].split(";")
    assert len(v1) == 3  # Tehran (dateline), Baku, Iran; not the place without a point
    assert v1[1] == "4#Baku, Azerbaijan#AJ#AJ09#40.37767#49.89201#587084"
    assert v1[2].startswith("1#Iran#IR#IR#")
    v2 = row["V2ENHANCEDLOCATIONS"].split(";")
    assert v2[0] == f"4#Baku, Azerbaijan#AJ#AJ09##40.37767#49.89201#587084#{baku}"
    assert len(v2) == 2  # the dateline has no offset
    assert row["V1.5TONE"] == "-1.5,2,3.5,5.5,10,0,20"
    assert row["V2.1ENHANCEDDATES"] == f"3#12#17#2021#{TEXT.index('on Friday')}"
    assert row["V2GCAM"] == "wc:20"
    # delimiters inside a quote cannot break the row or the field
    assert row["V2.1QUOTATIONS"] == f"{TEXT.index('Iran;')}|24|said|Iran wants peace now"
    names = row["V2.1ALLNAMES"].split(";")
    assert names[0] == "Ali Shamkhani,0" and f"Baku,{baku}" in names
    for empty in ("V1COUNTS", "V1THEMES", "V2.1AMOUNTS", "V2EXTRASXML"):
        assert row[empty] == ""


def test_unknown_date_and_no_url() -> None:
    a = _analysis()
    a.article.published = None
    a.article.url = None
    a.article.title = "Shamkhani in Baku"
    row = gkg_row(a, gazetteer=GAZ)
    assert row[0] == "00000000000000-abc123" and row[1] == "0"
    assert row[2] == "2" and row[4] == "Shamkhani in Baku"


def test_a_gkg_file_for_the_samples_parses_back(pipeline: Pipeline, samples: Path,
                                                tmp_path: Path) -> None:
    pipe = Pipeline(pipeline.nlp, stages=[entities.STAGE, places.STAGE, dates.STAGE,
                                          tone.STAGE], knowledge=Knowledge())
    results = [r for r in pipe.analyze_many(read([samples])) if isinstance(r, Analysis)]
    assert len(results) >= 10
    out = tmp_path / "samples.gkg.csv"
    assert write_gkg(results, out, header=True) == len(results)
    header, *rows = _parse(out.read_text("utf-8"))
    assert tuple(header) == GKG_COLUMNS
    assert len(rows) == len(results) and all(len(r) == 27 for r in rows)
    assert any(r[10] for r in rows) and all(r[15].count(",") == 6 for r in rows)
    for r, a in zip(rows, results, strict=True):
        for block in filter(None, r[10].split(";")):
            offset = int(block.split("#")[-1])
            assert any(m.start == offset for p in a.places for m in p.mentions)


def test_an_area_held_by_one_country_is_a_location_one_held_by_none_is_not() -> None:
    from newsevents.export.gkg import location_fields
    from newsevents.records import Place
    mindanao = Place("p1", "Mindanao", None, "PHL", "area", 7.5, 125.0, [])
    fields = location_fields(mindanao, None)
    assert fields is not None and fields[0] == "5" and fields[1].startswith("Mindanao, ")
    sea = Place("p2", "South China Sea", None, None, "area", 12.0, 114.0, [])
    assert location_fields(sea, None) is None  # GDELT needs a country
