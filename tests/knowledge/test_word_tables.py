"""The word tables of the stages: every kind a table holds is described in its header."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from importlib import resources

import pytest

from newsevents.knowledge.events import evaluation_words, event_words
from newsevents.knowledge.gazetteer import place_words


@pytest.mark.parametrize(("name", "table"), [
    ("event_words.tsv", event_words), ("evaluation_words.tsv", evaluation_words),
    ("place_words.tsv", place_words),
])
def test_every_kind_of_a_word_table_is_described(
        name: str, table: Callable[[], Mapping[str, frozenset[str]]]) -> None:
    text = resources.files("newsevents.knowledge").joinpath("data", name).read_text("utf-8")
    headings = re.findall(r"^#\s+([a-z_]+):", text, flags=re.MULTILINE)
    described = set(headings)
    # one description per kind: two meanings under one name mix their words
    assert len(headings) == len(described), sorted(
        k for k in described if headings.count(k) > 1)
    kinds = set(table())
    assert kinds, name
    assert kinds <= described, sorted(kinds - described)
    assert all(w == w.strip().lower() and w for ws in table().values() for w in ws)


def test_every_anaphor_noun_refers_back_to_codes_cameo_has() -> None:
    from newsevents.knowledge.events import anaphor_nouns, load_event_lexicon
    table = anaphor_nouns()
    text = resources.files("newsevents.knowledge").joinpath(
        "data", "anaphor_nouns.tsv").read_text("utf-8")
    rows = [ln.split("\t")[0] for ln in text.splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    assert len(rows) == len(set(rows)) == len(table), "a noun listed twice"
    codes = set(load_event_lexicon().codes)
    assert {"demand", "attack", "decision"} <= set(table)
    for noun, roots in table.items():
        assert all(any(c.startswith(r) for c in codes) for r in roots), (noun, roots)
