"""Near-duplicate articles are one story (store/stories.py)."""

from __future__ import annotations

from pathlib import Path

from newsevents import Analysis, Article, PipelineInfo, Store
from newsevents.store.stories import signature

INFO = PipelineInfo(version="test", model="none", stages=[])

WIRE = ("Kenyan police arrested twelve protesters in Nairobi on Monday after a march against "
        "new taxes turned violent, officials said. The protesters had gathered outside "
        "parliament since early morning, chanting slogans against the finance bill and the "
        "rising cost of living. Police fired tear gas to disperse the crowd, and several shops "
        "in the city centre were closed for the rest of the day. Opposition leaders condemned "
        "the arrests and called for the release of those detained, while the interior ministry "
        "said the officers had acted to protect property and keep order in the capital.")
OTHER = ("The foreign ministers of Chile and Peru met in Lima on Tuesday and agreed to reopen "
         "talks on their maritime border, a joint statement said. The two countries have "
         "disputed the boundary for decades, and the talks had been frozen since a court "
         "ruling. Both ministers said fishing communities on each side would be consulted "
         "before any new agreement was signed, and that a technical commission would meet in "
         "Santiago next month to prepare the first round.")


def _analysis(aid: str, text: str, source: str) -> Analysis:
    return Analysis(article=Article(id=aid, text=text, source=source, published="2024-03-04",
                                    title=f"Story {aid}"), pipeline=INFO)


def test_a_wire_story_from_several_outlets_is_one_story(tmp_path: Path) -> None:
    copy = ("NAIROBI (Outlet B) - " + WIRE.replace("twelve", "12")
            + " Reporting by a staff correspondent.")
    rewritten = WIRE.replace("officials said", "a police spokesman told reporters")
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([_analysis("a1", WIRE, "Outlet A"), _analysis("b1", OTHER, "Outlet A")])
        # a later batch (and a later session) links to what the store already holds
        store.write([_analysis("a2", copy, "Outlet B")])
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([_analysis("a3", rewritten, "Outlet C")])
        stories = store.stories()
    assert [(s["story"], s["articles"], s["outlets"]) for s in stories] == [
        ("a1", 3, 3), ("b1", 1, 1)]
    assert stories[0]["title"] == "Story a1"


def test_the_signature_estimates_how_much_two_texts_share() -> None:
    same = signature(WIRE).jaccard(signature(WIRE + " One more sentence at the end."))
    apart = signature(WIRE).jaccard(signature(OTHER))
    assert same > 0.8 and apart < 0.2
