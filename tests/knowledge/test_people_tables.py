"""The people tables: their size, their shape, and their agreement with Phoenix.

The tables under ``knowledge/data/people*.tsv`` are written for the project; the
PETRARCH2 Phoenix dictionaries in ``../shared/reference/petrarch`` were written by
others. Where both cover the same person on the same day they must agree: that is
the check that the tables are not invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.knowledge.actors import Office, fold, load_actor_kb, norm
from newsevents.knowledge.compare import agreement, read_dictionary


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_actor_kb()


def test_the_tables_know_people_of_every_region(kb) -> None:  # type: ignore[no-untyped-def]
    offices = [o for entries in kb.people.values() for o in entries]
    countries = {o.code[:3] for o in offices if o.code[:3] not in ("IGO", "NGO", "IMG")}
    assert len(countries) >= 170, sorted(countries)
    assert len({(o.code, o.start, o.note) for o in offices}) >= 10_000
    # every office row is dated and well formed
    assert all(o.start is not None for o in offices)
    assert all(o.end is None or o.start is None or o.start <= o.end for o in offices)


def test_spellings_resolve_to_one_person(kb) -> None:  # type: ignore[no-untyped-def]
    assert fold("Erdoğan") == fold("Erdogan") == "erdogan"
    assert norm("Sławoj Głódź") == "slawoj glodz"
    day = dt.date(2019, 6, 1)
    assert kb.latest_office("Recep Tayyip Erdogan", day) == kb.latest_office(
        "Recep Tayyip Erdoğan", day)


def test_agreement_on_a_hand_made_dictionary(tmp_path: Path) -> None:
    from newsevents.knowledge.actors import ActorKB

    kb = ActorKB()
    kb.add_office(["Anna Lind"], Office("SWEGOV", dt.date(1998, 10, 7), dt.date(2003, 9, 11),
                                        "foreign minister"))
    kb.add_office(["Bo Berg"], Office("SWELEG", dt.date(2000, 1, 1), dt.date(2004, 1, 1)))
    kb.add_office(["Cai Dahl"], Office("IGONAT", dt.date(2000, 1, 1), dt.date(2004, 1, 1)))
    actors = tmp_path / "x.actors"
    actors.write_text("ANNA_LIND_\n\t[SWEGOVFOR 980101-031231]\n"
                      "BO_BERG_\n\t[NORGOV 990101-051231]\n"
                      "CAI_DAHL_\n\t[DNKGOV 990101-051231]\n", encoding="utf-8")
    result = agreement(kb, read_dictionary([actors]))
    assert result.compared == 2  # the NATO office is a difference of convention
    assert result.conventions == 1
    assert result.country == 1 and result.role == 1
    assert result.disagreements and "bo berg" in result.disagreements[0]


def test_the_tables_agree_with_phoenix(kb, shared: Path) -> None:  # type: ignore[no-untyped-def]
    paths = sorted((shared / "reference" / "petrarch").glob("Phoenix.*.actors.txt"))
    assert paths, "no Phoenix actor dictionaries in ../shared/reference/petrarch"
    result = agreement(kb, read_dictionary(paths))
    assert result.compared >= 500, result.compared
    report = "\n".join(result.disagreements[:40])
    assert result.country_rate >= 0.95, f"{result.country_rate:.3f}\n{report}"
    assert result.role_rate >= 0.95, f"{result.role_rate:.3f}\n{report}"
