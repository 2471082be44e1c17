"""Given names and the gender they tell (``knowledge/names.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents import Analysis, Article, Pipeline, from_text
from newsevents.knowledge import names


def test_names_that_tell_and_names_that_do_not() -> None:
    assert names.given_name_gender("Emily") == "f"
    assert names.given_name_gender("JOE") == "m"
    assert names.given_name_gender("Sharmistha") == "f"
    # borne by women and men alike: the name does not tell
    for word in ("Jean", "Andrea", "Kim"):
        assert names.given_name_gender(word) is None
    assert names.given_name_gender("Qwzxv") is None


def test_the_table_is_built_once_into_the_cache(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path))
    monkeypatch.setattr(names, "_table", None)
    assert names.given_name_gender("Emily") == "f"
    built = list(tmp_path.glob("given_names-*.tsv"))
    assert len(built) == 1
    lines = built[0].read_text("utf-8").splitlines()
    assert "emily\tf" in lines and all(line.split("\t")[1] in "fm" for line in lines)


def test_a_pronoun_goes_to_the_person_its_gender_fits(pipeline: Pipeline) -> None:
    art = from_text("Administrator Emily Carter sent a letter to Joe Bradley on Monday. Bradley "
                    "said she had acted alone, and she denied any pressure.",
                    published="2024-03-09")
    assert isinstance(art, Article)
    result = pipeline.analyze(art)
    assert isinstance(result, Analysis)
    emily = next(e for e in result.entities if e.name == "Emily Carter")
    joe = next(e for e in result.entities if e.name == "Joe Bradley")
    assert [m.text for m in emily.mentions].count("she") == 2
    assert "she" not in [m.text for m in joe.mentions]
