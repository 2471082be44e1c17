"""Bad input: a clear per-input message or a typed ``Skipped(reason)``.

Never a traceback, and never a half-written store. Every input file is made
by the test under ``tmp_path``; nothing here needs the network or ../shared.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result

from newsevents import Options, Pipeline
from newsevents.cli import cli
from newsevents.errors import SourceError
from newsevents.records import Article, Skipped
from newsevents.sources import from_text, read
from newsevents.store import Store

# ---------------------------------------------------------------- inputs

WIRE_PROTEST = (
    "NAIROBI (NSW) - Kenyan police fired tear gas on Tuesday to disperse several hundred "
    "protesters who had gathered outside parliament to oppose a proposed increase in fuel "
    "taxes, witnesses said. The Interior Ministry said 27 people had been arrested and that "
    "three officers were slightly injured when demonstrators threw stones. Opposition leader "
    "Grace Wanjiru condemned the arrests and called for the detained protesters to be "
    "released without conditions. Finance Minister Peter Otieno told lawmakers the new taxes "
    "were needed to reduce the budget deficit and repay foreign loans.\n"
)

WIRE_SANCTIONS = (
    "BRUSSELS (NSW) - European Union foreign ministers agreed on Monday to impose sanctions on "
    "12 officials in Belarus accused of organising the violent suppression of street protests, "
    "diplomats said. The measures freeze any assets the officials hold in the bloc and ban them "
    "from travelling to its 27 member states. EU foreign policy chief Anna Lindqvist said the "
    "ministers were ready to add more names if the crackdown continued. The Belarusian foreign "
    "ministry called the decision unlawful and said Minsk would respond with measures of its "
    "own against European companies.\n"
)

# English with accented words; all of these letters exist in Latin-1.
LATIN1_CAFE = (
    "Swiss officials said on Tuesday that the café owners of Zürich would receive emergency "
    "support after weeks of protests over rising energy prices. The economy ministry said "
    "about 400 businesses in the city had asked for help, and that the first payments would "
    "be made before the end of the month. Restaurant groups welcomed the decision.\n"
)
LATIN1_SAO_PAULO = (
    "Swiss and Brazilian officials met in Zürich on Tuesday to sign a coffee trade agreement, "
    "the economy ministry said. Exporters from São Paulo will be able to sell to every café in "
    "the country without tariffs from next year. Brazilian trade minister João Mendes said the "
    "deal was fair, and talks on a wider accord would resume in March.\n"
)

FRENCH = (
    "Le gouvernement français a annoncé mardi une nouvelle série de mesures pour soutenir les "
    "agriculteurs touchés par la sécheresse, a déclaré le ministre de l'Agriculture lors d'une "
    "conférence de presse à Paris. Les syndicats agricoles ont salué ces annonces mais estiment "
    "qu'elles restent insuffisantes face à l'ampleur de la crise qui frappe le secteur depuis "
    "plusieurs mois, et ils appellent à une nouvelle manifestation la semaine prochaine.\n"
)

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"


def _binary_bytes() -> bytes:
    rng = random.Random(20240713)
    body = bytearray(rng.randbytes(16_384))
    body[100:110] = b"\x00" * 10  # NULs for sure, whatever the random bytes
    return PNG_HEADER + bytes(body)


def _write_repeated(path: Path, size: int, sentence: bytes) -> None:
    """A text file of exactly ``size`` bytes, written in large chunks."""
    chunk = sentence * (1_000_000 // len(sentence) + 1)
    with path.open("wb") as fh:
        left = size
        while left > 0:
            piece = chunk[:left]
            fh.write(piece)
            left -= len(piece)
    assert path.stat().st_size == size


def read_one(path: Path, options: Options | None = None) -> Article | Skipped:
    items = list(read([path], options or Options()))
    assert len(items) == 1, items
    return items[0]


def assert_skipped(item: Article | Skipped, reason: str, origin: Path | str) -> Skipped:
    assert isinstance(item, Skipped), f"expected Skipped({reason!r}), got {item!r}"[:500]
    assert item.reason == reason, item
    assert item.origin == str(origin)
    assert item.detail.strip(), "a Skipped must say why in its detail"
    return item


# ---------------------------------------------------------------- library level


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  \n\n   "], ids=["empty", "whitespace"])
def test_empty_and_blank_files_are_skipped_as_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    assert_skipped(read_one(path), "empty", path)


@pytest.mark.parametrize("name", ["image.png", "disguised.txt", "page.html"])
def test_binary_file_is_skipped_as_binary(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_binary_bytes())
    assert_skipped(read_one(path), "binary", path)


def test_latin1_file_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(LATIN1_CAFE.encode("latin-1"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # the test really is about a non-UTF-8 file
    item = read_one(path)
    assert isinstance(item, Article), item
    assert "café" in item.text
    assert "Zürich" in item.text
    assert item.text == LATIN1_CAFE.strip()


def test_latin1_file_with_accents_is_decoded_exactly(tmp_path: Path) -> None:
    # Regression: charset_normalizer alone guesses cp1250 here ('Săo Paulo').
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(LATIN1_SAO_PAULO.encode("latin-1"))
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(LATIN1_SAO_PAULO, encoding="utf-8")
    item = read_one(latin1)
    assert isinstance(item, Article), item
    for word in ("café", "Zürich", "São Paulo", "João"):
        assert word in item.text, (word, item.text)
    reference = read_one(utf8)
    assert isinstance(reference, Article)
    assert item.text == reference.text
    assert item.id == reference.id


def test_utf8_file_with_bom(tmp_path: Path) -> None:
    text = "ZURICH (NSW) - " + LATIN1_SAO_PAULO
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    without = tmp_path / "plain.txt"
    without.write_bytes(text.encode("utf-8"))
    item, reference = read_one(with_bom), read_one(without)
    assert isinstance(item, Article), item
    assert isinstance(reference, Article), reference
    assert "\ufeff" not in item.text
    assert item.text.startswith("Swiss and Brazilian officials")
    assert item.dateline == "ZURICH"  # the BOM did not hide the dateline
    assert "São Paulo" in item.text and "café" in item.text
    assert (item.text, item.id) == (reference.text, reference.id)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_file_with_bom_is_text(tmp_path: Path, encoding: str) -> None:
    # Regression: its NUL bytes once made a UTF-16 file "binary".
    path = tmp_path / "utf16.txt"
    path.write_bytes("\ufeff".encode(encoding) + WIRE_PROTEST.encode(encoding))
    item = read_one(path)
    assert isinstance(item, Article), item
    reference = from_text(WIRE_PROTEST, origin=str(path))
    assert isinstance(reference, Article)
    assert (item.text, item.id, item.dateline) == (reference.text, reference.id, "NAIROBI")


def test_windows_1252_file_with_curly_quotes(tmp_path: Path) -> None:
    # What a word processor saves as "Text": curly quotes, dashes, accents.
    text = ("Brazilian trade minister João Mendes said the deal was \u201ca good day for both "
            "countries\u201d \u2014 and that talks would resume in São Paulo. " + LATIN1_CAFE)
    path = tmp_path / "word.txt"
    path.write_bytes(text.encode("cp1252"))
    item = read_one(path)
    assert isinstance(item, Article), item
    assert item.text == text.strip()


def test_50_mb_file_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    _write_repeated(path, 50_000_000, b"The minister said talks would resume next week. ")
    item = assert_skipped(read_one(path), "too_large", path)
    assert "50.0 MB" in item.detail or "50000000" in item.detail, item.detail


def test_max_bytes_option_moves_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(WIRE_PROTEST, encoding="utf-8")
    size = path.stat().st_size
    assert size > 500
    assert isinstance(read_one(path), Article)  # well under the default limit
    assert_skipped(read_one(path, Options(max_bytes=size - 1)), "too_large", path)
    item = read_one(path, Options(max_bytes=size))  # the limit is inclusive
    assert isinstance(item, Article), item
    assert "tear gas" in item.text


def test_max_bytes_can_be_raised_above_the_default(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    _write_repeated(path, 5_500_000, b"The minister said talks would resume next week. ")
    assert_skipped(read_one(path), "too_large", path)
    item = read_one(path, Options(max_bytes=6_000_000))
    assert isinstance(item, Article), item
    assert item.text.startswith("The minister said talks would resume next week.")


def test_jsonl_bad_lines_are_skipped_with_their_line_number(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": WIRE_PROTEST, "title": "Kenya protest"}),  # 1 good
        '{"text": "Police said on Monday that the march',  # 2 invalid JSON
        "[1, 2]",  # 3 not an object
        json.dumps({"title": "A headline and nothing else"}),  # 4 no text
        "",  # 5 blank: nothing to read, nothing to report
        json.dumps({"text": 42}),  # 6 text is not a string
        json.dumps({"text": WIRE_SANCTIONS, "published": "2024-03-18"}),  # 7 good
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read([path], Options()))
    by_origin = {item.origin: item for item in items}
    assert len(by_origin) == len(items), "each line is reported at most once"
    assert set(by_origin) == {f"{path}:{n}" for n in (1, 2, 3, 4, 6, 7)}

    good = [by_origin[f"{path}:1"], by_origin[f"{path}:7"]]
    assert all(isinstance(a, Article) for a in good), good
    assert good[0].title == "Kenya protest" and "tear gas" in good[0].text
    assert good[1].published == "2024-03-18" and "sanctions" in good[1].text
    for n in (2, 3, 4, 6):
        assert_skipped(by_origin[f"{path}:{n}"], "malformed", f"{path}:{n}")


def test_jsonl_line_over_the_limit_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    big = json.dumps({"text": "The minister said talks would resume. " * 400})
    path.write_text(json.dumps({"text": WIRE_PROTEST}) + "\n" + big + "\n", encoding="utf-8")
    items = list(read([path], Options(max_bytes=5_000)))
    assert len(items) == 2
    assert isinstance(items[0], Article)
    assert_skipped(items[1], "too_large", f"{path}:2")


def test_french_article_is_not_english(tmp_path: Path) -> None:
    assert len(FRENCH.split()) >= 40
    path = tmp_path / "article.txt"
    path.write_text(FRENCH, encoding="utf-8")
    item = assert_skipped(read_one(path), "not_english", path)
    assert "fr" in item.detail


@pytest.mark.parametrize("html", [
    "<html><body><div><p>Police said <b>on Monday <i>that the protesters <table><tr><td>"
    "had left</p></div></span>",
    "<<<>>><html<body>>>&&&;;<p<p<p></x></y> The minister said the talks had failed.",
    "<html><!-- a comment that never ends <body><p>Officials said the border was open.</p>",
    "<html><body>" + "<div>" * 3000 + "The minister said talks would resume." + "</div>" * 7,
    "<html><body><p>&#0; &#xD800; &#99999999; &bogus; The minister said</p></body></html>",
    '<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>Talks resumed.</p></body>',
    "<html><body><svg><text>Fighting broke out<p>near the border</svg></body>",
    "<" * 5000,
], ids=["unclosed", "garbage", "open-comment", "deep", "bad-entities", "xml-decl", "svg", "lt"])
def test_malformed_html_is_an_article_or_skipped(tmp_path: Path, html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    item = read_one(path)
    if isinstance(item, Skipped):
        assert_skipped(item, item.reason, path)
        assert item.reason in {"malformed", "no_text"}, item
    else:
        assert isinstance(item, Article)
        assert item.text.strip()
        assert item.origin == str(path)


def test_html_page_without_text_is_no_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<!doctype html><html><head><title>Home</title>"
        "<script>var story = '<p>not a story</p>';</script></head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div></div>"
        "<footer></footer></body></html>",
        encoding="utf-8",
    )
    assert_skipped(read_one(path), "no_text", path)


def test_missing_path_raises_source_error(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(WIRE_PROTEST, encoding="utf-8")
    missing = tmp_path / "no" / "such-article.txt"
    items = read([good, missing], Options())
    with pytest.raises(SourceError) as info:
        next(iter(items))  # before anything is read, not after the good file
    assert str(missing) in str(info.value)


# ---------------------------------------------------------------- command line


def _invoke(args: list[str]) -> Result:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert "Traceback" not in result.output
    assert "Traceback" not in result.stderr
    return result


def _one_error_line(result: Result) -> str:
    assert result.exit_code == 1, (result.exit_code, result.output)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newsevents: error: "), lines[0]
    return lines[0]


def test_cli_ingest_directory_with_bad_files(tmp_path: Path, pipeline: Pipeline) -> None:
    assert pipeline.nlp is not None  # the model is loaded once; the CLI reuses it
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_protest.txt").write_text(WIRE_PROTEST, encoding="utf-8")
    (src / "b_sanctions.txt").write_text(WIRE_SANCTIONS, encoding="utf-8")
    (src / "c_latin1.txt").write_bytes(LATIN1_CAFE.encode("latin-1"))
    bad = {
        src / "d_empty.txt": "empty",
        src / "e_binary.txt": "binary",
        src / "f_huge.txt": "too_large",
    }
    (src / "d_empty.txt").write_bytes(b"")
    (src / "e_binary.txt").write_bytes(_binary_bytes())
    _write_repeated(src / "f_huge.txt", 6_000_000,
                    b"Officials said the talks would resume next week. ")
    db = tmp_path / "store.duckdb"

    result = _invoke(["ingest", str(src), "--db", str(db)])

    assert result.exit_code == 3, (result.exit_code, result.output)
    skipped_lines = [ln for ln in result.stderr.splitlines()
                     if ln.startswith("newsevents: skipped ")]
    assert len(skipped_lines) == len(bad), result.stderr
    for path, reason in bad.items():
        prefix = f"newsevents: skipped {path}: {reason}: "
        matching = [ln for ln in skipped_lines if ln.startswith(prefix)]
        assert len(matching) == 1, (prefix, result.stderr)
        assert matching[0][len(prefix):].strip(), "the reason needs a detail"
    huge_line = next(ln for ln in skipped_lines if "f_huge.txt" in ln)
    assert "6.0 MB" in huge_line
    for good in ("a_protest.txt", "b_sanctions.txt", "c_latin1.txt"):
        assert good not in "\n".join(skipped_lines)
    assert f"{db}: 3 added" in result.stdout

    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 3
        origins = {r[0]: r[1] for r in store.con.execute(
            "SELECT origin, text FROM articles").fetchall()}
        skipped = store.skipped()
    assert set(origins) == {str(src / n) for n in
                            ("a_protest.txt", "b_sanctions.txt", "c_latin1.txt")}
    latin = origins[str(src / "c_latin1.txt")]
    assert "café" in latin and "Zürich" in latin
    assert {(s.origin, s.reason) for s in skipped} == {(str(p), r) for p, r in bad.items()}


def test_cli_ingest_with_a_missing_path_stores_nothing(tmp_path: Path,
                                                       pipeline: Pipeline) -> None:
    assert pipeline.nlp is not None
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_protest.txt").write_text(WIRE_PROTEST, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    db = tmp_path / "store.duckdb"
    result = _invoke(["ingest", str(src), str(missing), "--db", str(db)])
    line = _one_error_line(result)
    assert str(missing) in line
    if db.exists():  # an empty store is fine; a half-written one is not
        with Store.open(db, read_only=True) as store:
            assert store.counts()["articles"] == 0


def test_cli_analyze_missing_file(tmp_path: Path, pipeline: Pipeline) -> None:
    assert pipeline.nlp is not None
    missing = tmp_path / "nowhere.txt"
    result = _invoke(["analyze", str(missing)])
    line = _one_error_line(result)
    assert str(missing) in line
    assert result.stdout == ""


def test_cli_analyze_bad_published_date(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(WIRE_PROTEST, encoding="utf-8")
    result = _invoke(["analyze", "--published", "2021-13-45", str(path)])
    line = _one_error_line(result)
    assert "2021-13-45" in line
    assert "--published" in line or "date" in line
    assert result.stdout == ""


def test_cli_stats_of_missing_store(tmp_path: Path) -> None:
    db = tmp_path / "nothing-here.duckdb"
    result = _invoke(["stats", "--db", str(db)])
    line = _one_error_line(result)
    assert str(db) in line
    assert "ingest" in line
    assert not db.exists(), "stats must not create a store"


def test_cli_stats_of_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    db = tmp_path / "notes.duckdb"
    content = "These are my notes, not a database.\n" * 20
    db.write_text(content, encoding="utf-8")
    result = _invoke(["stats", "--db", str(db)])
    line = _one_error_line(result)
    assert str(db) in line
    assert db.read_text(encoding="utf-8") == content, "stats must not touch the file"


# DuckDB files that are databases, but not newsevents stores.
FOREIGN_DBS = {
    "meta-without-key": ["CREATE TABLE meta (x INTEGER)", "INSERT INTO meta VALUES (1)"],
    "meta-bad-version": ["CREATE TABLE meta (key VARCHAR, value VARCHAR)",
                         "INSERT INTO meta VALUES ('schema_version', 'abc')"],
    "other-articles": ["CREATE TABLE articles (id INTEGER, body VARCHAR)",
                       "INSERT INTO articles VALUES (1, 'my own data')"],
}


def _foreign_db(path: Path, statements: list[str]) -> list[tuple[str, str]]:
    con = duckdb.connect(str(path))
    try:
        for sql in statements:
            con.execute(sql)
    finally:
        con.close()
    return _tables(path)


def _tables(path: Path) -> list[tuple[str, str]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT table_name, column_name FROM information_schema.columns "
                           "ORDER BY table_name, column_name").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("kind", [
    "meta-without-key",
    "meta-bad-version",
    "other-articles",
])
def test_cli_stats_of_a_duckdb_file_that_is_not_a_store(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "other.duckdb"
    before = _foreign_db(db, FOREIGN_DBS[kind])
    result = _invoke(["stats", "--db", str(db)])
    line = _one_error_line(result)
    assert str(db) in line
    assert _tables(db) == before


@pytest.mark.parametrize("kind", [
    "meta-without-key",
    "meta-bad-version",
    "other-articles",
])
def test_cli_ingest_into_a_duckdb_file_that_is_not_a_store(tmp_path: Path, kind: str,
                                                           pipeline: Pipeline) -> None:
    assert pipeline.nlp is not None
    db = tmp_path / "other.duckdb"
    before = _foreign_db(db, FOREIGN_DBS[kind])
    story = tmp_path / "story.txt"
    story.write_text(WIRE_PROTEST, encoding="utf-8")
    result = _invoke(["ingest", str(story), "--db", str(db)])
    line = _one_error_line(result)
    assert str(db) in line
    assert _tables(db) == before, "someone else's database was changed"
