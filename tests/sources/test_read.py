"""Reading inputs: text with front matter, HTML pages, JSON Lines, directories."""

from __future__ import annotations

import json
from pathlib import Path

from newsevents import Article, Options, Skipped, from_text, read
from newsevents.sources import iter_files
from newsevents.sources.files import human_size, split_front_matter


def test_front_matter_fills_metadata_and_leaves_the_body() -> None:
    art = from_text("---\ntitle: Talks in Tbilisi\npublished: 2024-03-09\nurl: https://x.invalid/a"
                    "\nauthors: Ann Lee; Bo Kim\n---\n\nTBILISI (NSW) — The two ministers met "
                    "on Saturday and agreed to meet again.")
    assert isinstance(art, Article)
    assert (art.title, art.published, art.url) == ("Talks in Tbilisi", "2024-03-09",
                                                   "https://x.invalid/a")
    assert art.authors == ["Ann Lee", "Bo Kim"]
    assert art.dateline == "TBILISI" and art.text.startswith("The two ministers")


def test_a_rule_of_dashes_in_a_story_is_not_front_matter() -> None:
    meta, body = split_front_matter("---\nThis is a story: it starts with a rule\n---\nEnd.")
    assert meta == {} and body.startswith("---")


def test_options_override_what_the_input_says() -> None:
    opts = Options(published="2021-12-18", source="Mehr", url="https://m.invalid/1")
    art = from_text("---\npublished: 2020-01-01\n---\nThe minister met his counterpart.", opts)
    assert isinstance(art, Article)
    assert (art.published, art.source, art.url) == ("2021-12-18", "Mehr", "https://m.invalid/1")


def _texts(tree: object, xpath: str) -> list[str]:
    return [" ".join(el.text_content().split()) for el in tree.xpath(xpath)]  # type: ignore[attr-defined]


def test_html_page_keeps_the_story_and_drops_navigation_ads_and_comments(samples: Path) -> None:
    import lxml.html

    page = samples / "web" / "ministry_visit.html"
    tree = lxml.html.fromstring(page.read_bytes())
    (art,) = list(read([page]))
    assert isinstance(art, Article), art
    assert art.published == "2024-05-14"
    assert art.dateline == "SEOUL"
    assert art.title and "Japan" in art.title
    assert art.authors, "the author meta tag should be read"
    text = " ".join(art.text.split())
    story = _texts(tree, "//article/p")
    assert len(story) >= 8
    for para in story[1:]:  # the first one starts with the dateline, which is split off
        assert para in text, para
    furniture = _texts(tree, "//nav//a | //*[contains(@class,'ad')]//p | //*[contains(@class,"
                             "'related')]//li | //*[contains(@class,'newsletter')]//p | "
                             "//*[contains(@class,'comment')]//p | //footer//li | "
                             "//*[@id='cookie-banner']/p")
    assert len(furniture) >= 15
    for bit in furniture:
        assert bit not in text, bit


def test_jsonl_gives_one_article_per_line_with_line_origins(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [
        {"text": "Rebels and the army agreed a ceasefire in the north on Monday, officials "
                 "said.", "title": "Ceasefire", "published": "2024-01-18"},
        {"text": "The defence minister resigned on Tuesday after a probe into contracts.",
         "url": "https://x.invalid/2", "authors": ["A. Writer"]},
    ]
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    got = list(read([f]))
    assert [type(g) for g in got] == [Article, Article]
    a, b = got
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.origin, b.origin) == (f"{f}:1", f"{f}:2")
    assert a.published == "2024-01-18" and b.url == "https://x.invalid/2"
    assert b.authors == ["A. Writer"]


def test_directories_are_read_recursively_and_other_files_passed_over(samples: Path) -> None:
    files = list(iter_files(samples))
    names = {f.name for f in files}
    assert "README.md" not in names
    assert {"ministry_visit.html", "briefs.jsonl", "01_diplomacy_visit.txt"} <= names
    items = list(read([samples]))
    assert all(isinstance(i, Article) for i in items), [i for i in items if isinstance(i, Skipped)]
    assert len(items) >= 15


def test_human_sizes() -> None:
    assert human_size(999) == "999 bytes"
    assert human_size(52_428_800) == "52.4 MB"
