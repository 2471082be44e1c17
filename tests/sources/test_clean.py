"""Cleaning: datelines, licence lines, ids, dates, language."""

from __future__ import annotations

import pytest

from newsevents import Article, Skipped
from newsevents.sources.clean import (
    article_id,
    build_article,
    find_license,
    parse_published,
    split_dateline,
)

BODY = ("Police in the capital fired tear gas at several thousand demonstrators on Saturday, "
        "witnesses said, after a march against rising fuel prices turned violent near the "
        "parliament building. The interior ministry said 34 people had been detained.")


@pytest.mark.parametrize(("text", "city"), [
    ("TEHRAN— Ali Shamkhani met", "TEHRAN"),
    ("TBILISI, Georgia (NSW) — The president", "TBILISI, Georgia"),
    ("ALEXANDRIA, Va. - Police said", "ALEXANDRIA, Va."),
    ("LONDON, March 9 (Reuters) - Britain said", "LONDON"),
    ("NEW DELHI (AP) — India and Nepal", "NEW DELHI"),
    ("DAKAR (NSW) - Police fired", "DAKAR"),
    ("LIMA, Sept 12 (NSW) - A court", "LIMA"),
    ("ST. PETERSBURG, Russia -- Officials", "ST. PETERSBURG, Russia"),
    ("KYIV: Ukraine's army said", "KYIV"),
])
def test_datelines_are_split_off(text: str, city: str) -> None:
    found, rest = split_dateline(text)
    assert found == city
    assert text.endswith(rest) and rest[0].isupper() and not rest[0].isspace()


@pytest.mark.parametrize("text", [
    "US-led forces said on Monday",       # hyphenated word, not a dateline
    "NATO-backed talks resumed",
    "The minister said on Friday",         # no capitals
    "A - B testing",                       # one letter is not a city
    "UN Secretary-General Antonio said",
    "UPDATE: Police said on Monday",        # a label before a colon, not a place
    "EDITOR'S NOTE -- This story contains",
    "BREAKING: The minister resigned",
])
def test_story_openings_are_not_datelines(text: str) -> None:
    assert split_dateline(text) == (None, text)


@pytest.mark.parametrize(("line", "spdx"), [
    ("All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 "
     "International License.", "CC-BY-4.0"),
    ("This article is published under a Creative Commons Attribution-ShareAlike 4.0 "
     "International License.", "CC-BY-SA-4.0"),
    ("Licensed under CC BY-NC-ND 4.0.", "CC-BY-NC-ND-4.0"),
    ("Licensed under CC BY 4.0.", "CC-BY-4.0"),
    ("This work is dedicated to the public domain under CC0.", "CC0-1.0"),
    ("Text available under the Creative Commons Attribution-NonCommercial 3.0 Unported "
     "License.", "CC-BY-NC-3.0"),
])
def test_licence_lines_become_spdx_ids_and_leave_the_text(line: str, spdx: str) -> None:
    art = build_article(f"{BODY}\n\n{line}", origin="t")
    assert isinstance(art, Article)
    assert art.license == spdx
    assert art.text == BODY


def test_licence_at_the_end_of_the_last_paragraph_keeps_the_sentence_before() -> None:
    art = build_article(BODY + "   All Content by X is licensed under a Creative Commons "
                        "Attribution 4.0 International License.", origin="t")
    assert isinstance(art, Article)
    assert art.text == BODY and art.license == "CC-BY-4.0"


def test_mention_of_a_licence_inside_the_story_is_not_a_licence_line() -> None:
    text = BODY + " The group shares its photos as CC BY images on its website."
    assert find_license(text) is None


def test_dateline_and_offsets_refer_to_the_cleaned_text() -> None:
    art = build_article("DAKAR (NSW) - " + BODY, origin="t", published="2024-07-13T10:00:00Z")
    assert isinstance(art, Article)
    assert art.dateline == "DAKAR"
    assert art.text.startswith("Police in the capital")
    assert art.published == "2024-07-13"


def test_article_id_is_stable_across_white_space_and_case() -> None:
    assert article_id("Police fired  tear gas.\n") == article_id("police fired tear gas.")
    assert article_id("Police fired tear gas.") != article_id("Police fired water cannon.")


@pytest.mark.parametrize(("value", "iso"), [
    ("2024-03-09", "2024-03-09"),
    ("2024-05-14T09:30:00Z", "2024-05-14"),
    ("Tue, 14 May 2024 09:30:00 +0000", "2024-05-14"),
    ("yesterday-ish", None),
    ("", None),
    (None, None),
])
def test_published_dates_are_normalised(value: str | None, iso: str | None) -> None:
    assert parse_published(value) == iso


def test_non_english_articles_are_skipped_with_the_language() -> None:
    french = ("La police a tiré des gaz lacrymogènes samedi sur plusieurs milliers de "
              "manifestants dans la capitale, selon des témoins, après qu'une marche contre la "
              "hausse des prix du carburant a dégénéré près du parlement. Le ministère de "
              "l'Intérieur a indiqué que trente-quatre personnes avaient été interpellées.")
    result = build_article(french, origin="fr.txt")
    assert isinstance(result, Skipped)
    assert result.reason == "not_english" and "fr" in result.detail
    allowed = build_article(french, origin="fr.txt", languages=("en", "fr"))
    assert isinstance(allowed, Article) and allowed.language == "fr"


def test_html_title_repeated_as_first_line_is_dropped() -> None:
    art = build_article("Fuel protest turns violent\n" + BODY, origin="t",
                        title="Fuel protest turns violent")
    assert isinstance(art, Article)
    assert art.text == BODY and art.title == "Fuel protest turns violent"


def test_a_headline_line_over_a_dateline_is_the_title() -> None:
    art = build_article("Kenyan court jails ex-governor for graft\n\nNAIROBI (NSW) - " + BODY,
                        origin="t")
    assert isinstance(art, Article)
    assert (art.title, art.dateline) == ("Kenyan court jails ex-governor for graft", "NAIROBI")
    assert art.text.startswith("Police in the capital")
    # a first paragraph that is a sentence, or no dateline after it: the text stays whole
    for text in ("Police fired tear gas on Monday.\n\nNAIROBI (NSW) - " + BODY,
                 "Kenyan court jails ex-governor for graft\n\n" + BODY):
        art = build_article(text, origin="t")
        assert isinstance(art, Article) and art.title is None and art.dateline is None, text
