"""The actor knowledge base and the TABARI/PETRARCH dictionary formats."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from newsevents.knowledge.actors import (
    ActorKB,
    load_actor_kb,
    parse_tabari_actors,
    parse_tabari_agents,
    parse_tabari_code,
    split_code,
)


def test_codes_split_into_country_and_roles() -> None:
    assert split_code("IRNGOV") == ("IRN", ["GOV"])
    assert split_code("IGOUNO") == ("UNO", ["IGO"])
    assert split_code("USAGOVMIL") == ("USA", ["GOV", "MIL"])
    assert split_code("COP") == (None, ["COP"])


def test_tabari_dates() -> None:
    o = parse_tabari_code("AZEGOV >031031")
    assert o is not None and (o.start, o.end) == (dt.date(2003, 10, 31), None)
    o = parse_tabari_code("AZEELI 410101-930624")
    assert o is not None and (o.start, o.end) == (dt.date(1941, 1, 1), dt.date(1993, 6, 24))
    o = parse_tabari_code("IGOUNO 20070101-20161231")
    assert o is not None and o.end == dt.date(2016, 12, 31)
    o = parse_tabari_code("USRAZE <911018")
    assert o is not None and (o.start, o.end) == (None, dt.date(1991, 10, 18))


def test_tabari_actor_entries_with_synonyms() -> None:
    entries = list(parse_tabari_actors(
        "# comment\nHEYDAR_ALIYEV_  # CountryInfo.txt\n\t[AZEELI 410101-930624]\n"
        "\t[AZEGOV 930624-031031]\nUN_ [IGOUNO]\n+U.N._\n"))
    assert entries[0][0] == ["HEYDAR ALIYEV"]
    assert [o.code for o in entries[0][1]] == ["AZEELI", "AZEGOV"]
    assert entries[1][0] == ["UN", "U.N."] and entries[1][1][0].code == "IGOUNO"


def test_tabari_agents_with_substitution_sets() -> None:
    agents = parse_tabari_agents("!PERSON! = MAN, WOMAN\nDAIRY!PERSON! [~AGR]\n"
                                 "POLICE [~COP]\nARMS_INDUSTRY [~BUSMIL]\n")
    assert agents["dairyman"] == ("AGR",) and agents["dairywoman"] == ("AGR",)
    assert agents["arms industry"] == ("BUS", "MIL")


def test_project_tables_load_and_know_the_basics() -> None:
    kb = load_actor_kb()
    assert kb.country("Azerbaijani") == kb.country("Azeri") == kb.country("Azerbaijan") == "AZE"
    assert kb.country("Republic of Azerbaijan") == "AZE"
    assert kb.capitals["baku"] == "AZE"
    assert kb.country("Islamic Republic of Iran") == "IRN"
    assert len({iso for iso in kb.country_names.values()}) >= 190
    role = kb.role("foreign minister")
    assert role is not None and "GOV" in role.roles
    police = kb.role("police")
    assert police is not None and police.roles[0] == "COP"
    # a cabinet's officers are the government's, not police; a House panel a legislature's
    for phrase, code in (("cabinet officers", "GOV"), ("cabinet member", "GOV"),
                         ("house committee", "LEG")):
        found = kb.role(phrase)
        assert found is not None and found.roles[0] == code, phrase
    assert kb.metonyms["kremlin"][0] == "RUS"


def test_phoenix_dictionaries_load_quickly_and_code_by_date(shared: Path) -> None:
    ref = shared / "reference" / "petrarch"
    kb = ActorKB()
    t0 = time.perf_counter()
    kb.load_user_file(ref / "Phoenix.Countries.actors.txt")
    kb.load_user_file(ref / "Phoenix.agents.txt")
    elapsed = time.perf_counter() - t0
    assert elapsed < 5, f"loading took {elapsed:.1f} s"
    assert len(kb.people) > 10_000 and len(kb.agents) > 1_000
    # Heydar Aliyev led Azerbaijan from 1993 to 2003.
    during = kb.latest_office("Heydar Aliyev", dt.date(1999, 1, 1))
    before = kb.latest_office("Heydar Aliyev", dt.date(1980, 1, 1))
    assert during is not None and during.code == "AZEGOV"
    assert before is not None and before.code == "AZEELI"


def test_bad_dictionary_paths_and_dates_are_clear_errors(tmp_path: Path) -> None:
    from newsevents.errors import ConfigError

    with pytest.raises(ConfigError, match="does not exist"):
        ActorKB().load_user_file(tmp_path / "nope.actors")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,aliases,code,start,end,note\nX Y,,USAGOV,yesterday,,\n")
    with pytest.raises(ConfigError, match="'yesterday' is not a date"):
        ActorKB().load_user_file(bad)


def test_armed_groups_agree_with_phoenix_on_their_country(shared: Path) -> None:
    """The armed groups of ``armed_groups.tsv`` and ``metonyms.tsv`` are written for
    the project; where the PETRARCH2 Phoenix dictionary of non-state actors names the
    same group, it must put it in the same country (the check that they are not
    invented)."""
    from newsevents.knowledge.actors import load_actor_kb, norm, parse_tabari_actors

    path = shared / "reference" / "petrarch" / "Phoenix.MilNonState.actors.txt"
    phoenix: dict[str, set[str]] = {}
    for names, offices in parse_tabari_actors(path.read_text("utf-8", errors="replace")):
        for name in names:
            phoenix.setdefault(norm(name), set()).update(o.code[:3] for o in offices)
    kb = load_actor_kb()
    armed = {k: entry[0] for k, entry in kb.metonyms.items()
             if set(entry[1]) & {"REB", "INS", "SEP", "UAF"}}
    # Phoenix codes many groups by region (CFR, WAF, SAS, ...): only its country codes
    # say anything about ours
    countries = set(kb.country_label)
    phoenix = {k: {c for c in v if c in countries} for k, v in phoenix.items()}
    both = [(k, country) for k, country in armed.items() if phoenix.get(k)]
    differ = [(k, country, sorted(phoenix[k])) for k, country in both
              if country not in phoenix[k]]
    assert len(armed) >= 200, len(armed)
    assert len(both) >= 30, len(both)
    assert 1 - len(differ) / len(both) >= 0.9, differ
