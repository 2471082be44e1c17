"""Actor knowledge: countries, IGOs, metonyms, role titles, people with dated offices.

The project's own tables live in ``knowledge/data/`` (tab-separated, ``|``
between alternatives, a header line, ``#`` comments):

=================  ==========================================================
``countries.tsv``  iso3, names, adjectives, people, capital, seat
``igos.tsv``       code, names, acronyms, roles
``metonyms.tsv``   phrase, country, roles, note (Kremlin -> RUS GOV); armed groups
                   of one country in ``armed_groups.tsv``, the same columns
``roles.tsv``      phrase, roles, kind (person | group)
``people.tsv``     name, aliases, code, start, end, note (dated offices); more
                   in ``people/*.tsv``, one table a region
``org_words.tsv``  words that make a name an organisation's
``suspect_words.tsv``  verbs, nouns and modifiers that make a person a suspect (CRM)
``parties.tsv``    national parties and when they led the government (GOV vs OPP)
=================  ==========================================================

Users add their own dictionaries: TABARI/PETRARCH ``.actors`` files with
date-bounded codes (``[AZEGOV >031031]``), ``.agents`` files (``FARMER
[~AGR]``), and CSV files with the columns of ``people.tsv``. In-text
descriptions outrank all of these; see :mod:`newsevents.stages.actors`.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError

#: CAMEO role codes (three letters) the coder knows.
ROLE_CODES = frozenset(
    "GOV MIL COP JUD LEG OPP REB INS BUS MED EDU REL NGO IGO CVL REF LAB AGR HLH CRM SPY ELI "
    "PTY UAF SEP IMG MOD RAD ENV DEV HRI AMN LEG".split()
)


#: letters that Unicode does not decompose into a base letter and a mark
_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
                       "æ": "ae", "œ": "oe", "ə": "a", "ħ": "h"})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Casefolded, without diacritics: "Erdoğan" and "Erdogan", "Głódź" and "Glodz"
    are one key."""
    if text.isascii():
        return text.lower()
    t = unicodedata.normalize("NFKD", text.casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t.translate(_FOLD)


_FIRST_WORD = re.compile(r"[^\s\-–/.'’]*")


def first_word(key: str) -> str:
    """The leading word of a lookup key, cut at spaces, hyphens, slashes, dots and
    apostrophes ("guinea" of "guinea-bissau", "u" of "u.s.")."""
    hit = _FIRST_WORD.match(key)
    return hit.group(0) if hit else key


_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"'s?$")


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Lookup key: NFKC, casefolded, without diacritics, apostrophes unified, no
    leading "the", no possessive, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    t = _SPACES.sub(" ", fold(text)).strip(" .,;:")
    if t.startswith("the "):
        t = t[4:]
    return _POSSESSIVE.sub("", t)


def split_code(code: str) -> tuple[str | None, list[str]]:
    """``IRNGOV`` -> ("IRN", ["GOV"]); ``USAGOVMIL`` -> ("USA", ["GOV", "MIL"]);
    ``GOV`` -> (None, ["GOV"]); an organisation code is its generic prefix and its
    identifier, which stands where a country would: ``IGOUNOWHO`` -> ("UNOWHO", ["IGO"]),
    ``IMGMOSALQ`` -> ("MOSALQ", ["IMG"])."""
    code = code.strip().upper()
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not parts:
        return None, []
    if parts[0] in ("IGO", "NGO", "IMG") and len(parts) > 1:
        return "".join(parts[1:]), [parts[0]]
    if parts[0] in ROLE_CODES:
        return None, parts
    return parts[0], parts[1:]


def join_code(country: str | None, roles: Iterable[str]) -> str:
    """The CAMEO code: ``IRN`` + ``GOV``; an IGO or NGO is its prefix and its group
    code (``IGOUNO``, ``NGOAMN``), its other roles being descriptive."""
    roles = list(dict.fromkeys(roles))
    for prefix in ("IGO", "NGO", "IMG"):
        if country and prefix in roles:
            return prefix + country
    return (country or "") + "".join(roles)


@dataclass(frozen=True, slots=True)
class Office:
    """A dated code for a person: valid from ``start`` to ``end`` (inclusive)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    note: str | None = None
    source: str = "knowledge"  # knowledge | dictionary

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Role:
    roles: tuple[str, ...]
    kind: str  # person | group | generic (a head word such as "chief", "director") |
    # name (a group's word only at the head of a name: "Times", "Herald")

    @property
    def generic(self) -> bool:
        """A head word whose code is a default: any more specific role outranks it."""
        return self.kind == "generic"


def former_code(code: str) -> str:
    """The code of a person after their office ended: CAMEO 3.2.4 codes former
    officials ELI with their country (``USAGOV`` -> ``USAELI``); organisation codes
    (IGO, NGO, IMG) are kept, their people having no country of their own there."""
    country, _roles = split_code(code)
    if country is None or code[:3] in ("IGO", "NGO", "IMG"):
        return code
    return country + "ELI"


@dataclass(slots=True)
class ActorKB:
    """Lookups for actor coding. Keys are :func:`norm` forms."""

    country_names: dict[str, str] = field(default_factory=dict)  # "azerbaijan" -> AZE
    adjectives: dict[str, str] = field(default_factory=dict)  # "azeri" -> AZE
    capitals: dict[str, str] = field(default_factory=dict)  # "baku" -> AZE
    country_label: dict[str, str] = field(default_factory=dict)  # AZE -> "Azerbaijan"
    regions: dict[str, str] = field(default_factory=dict)  # "latin american" -> LAM
    igos: dict[str, tuple[str, tuple[str, ...], str]] = field(default_factory=dict)
    #: the city the press names for an organisation ("brussels" -> EEC)
    igo_seats: dict[str, str] = field(default_factory=dict)
    #: phrase -> (country, roles, note, label); label is the row's first phrase
    metonyms: dict[str, tuple[str, tuple[str, ...], str, str]] = field(default_factory=dict)
    #: phrase -> [(start, end, entry)] for metonyms whose coding changed over time
    dated_metonyms: dict[str, list[tuple[dt.date | None, dt.date | None,
                                         tuple[str, tuple[str, ...], str, str]]]] = field(
        default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)  # "foreign minister" -> GOV
    people: dict[str, list[Office]] = field(default_factory=dict)
    agents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # from .agents files
    #: keys of metonyms and IGOs the tables write only as an acronym in capitals ("SANA",
    #: "NRK"): text written otherwise ("Sana", a given name) is not that body
    acronyms: set[str] = field(default_factory=set)
    #: words that mark a name as an organisation's ("party", "ministry", "agency")
    org_words: frozenset[str] = frozenset()
    #: kind (verb, noun, modifier) -> words that make a private person a suspect
    suspect_words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: country -> [(party, its names, start, end)]: when a party led the government
    parties: dict[str, list[tuple[str, tuple[str, ...], dt.date | None, dt.date | None]]] = \
        field(default_factory=dict)
    _party_patterns: dict[str, list[tuple[re.Pattern[str], str]]] = field(default_factory=dict)
    _phrase_starts: frozenset[str] | None = None
    _party_phrases: dict[str, str] | None = None
    _party_acronyms: frozenset[str] | None = None
    _party_countries: dict[str, set[str]] | None = None  # bare party name -> countries
    max_role_words: int = 1
    _surnames: dict[str, list[str]] | None = None  # surname -> full names, built on use
    _igo_codes: frozenset[str] | None = None
    _igo_kinds: dict[str, str] | None = None
    _given: set[str] | None = None

    # ------------------------------------------------------------ lookups

    @property
    def igo_codes(self) -> frozenset[str]:
        """Codes of the organisations in ``igos.tsv`` (UNO, EEC, MOSALQ, ...)."""
        if self._igo_codes is None:
            self._igo_codes = frozenset(code for code, _roles, _label in self.igos.values())
        return self._igo_codes

    @property
    def igo_kinds(self) -> dict[str, str]:
        """Code of each organisation in ``igos.tsv`` -> its generic role (IGO, NGO, NGM,
        IMG): a body of states, an NGO, a movement, an armed group."""
        if self._igo_kinds is None:
            self._igo_kinds = {code: roles[0] for code, roles, _label in self.igos.values()
                               if roles}
        return self._igo_kinds

    def country(self, text: str) -> str | None:
        """ISO alpha-3 for a country name, adjective or people noun."""
        key = norm(text)
        return self.country_names.get(key) or self.adjectives.get(key)

    def knows(self, text: str) -> bool:
        """Do the tables name a country, a metonym, an IGO or a user's agent so?"""
        key = norm(text)
        return self.country(text) is not None or key in self.metonyms or key in self.igos \
            or key in self.agents

    def names_body(self, text: str) -> bool:
        """Do the tables name an organisation, an armed group, a metonym of a body
        or a user's agent so ("Hamas", "the Taliban", "the Kremlin")?"""
        key = norm(text)
        return key in self.igos or key in self.metonyms or key in self.agents

    def written_so(self, text: str) -> bool:
        """Is ``text`` written as the tables write the name it folds to: an acronym
        ("SANA", "WAFA") in capitals? Asked of a person's name ("Sana Mehmood"): many
        acronyms are written as words too ("Nato", "Isis", "Unicef")."""
        return text.isupper() or norm(text) not in self.acronyms

    def region(self, text: str) -> str | None:
        """The CAMEO region code for a region's name or adjective ("the West" -> WST)."""
        return self.regions.get(norm(text))

    @property
    def party_phrases(self) -> dict[str, str]:
        """Folded party names the entities stage takes as organisations' names wherever
        they stand -> the party's usual name: names of two words or more ("Alternative
        for Germany", "Law and Justice") and acronyms of two capitals or more ("AfD",
        "BJP"); not one plain word, which may be anything ("Congress", "Renaissance")."""
        if self._party_phrases is None:
            out: dict[str, str] = {}
            for rows in self.parties.values():
                for party, names, _s, _e in rows:
                    for n in names:
                        if len(n.split()) > 1 or sum(c.isupper() for c in n) >= 2:
                            out.setdefault(norm(n), party)
            self._party_phrases = out
        return self._party_phrases

    @property
    def party_acronyms(self) -> frozenset[str]:
        """Folded party names that are acronyms ("DA", "AfD", "BJP"): written in capitals
        only ("Lula da Silva" has no Democratic Alliance in it)."""
        if self._party_acronyms is None:
            self._party_acronyms = frozenset(
                norm(n) for rows in self.parties.values() for _party, names, _s, _e in rows
                for n in names if " " not in n and sum(c.isupper() for c in n) >= 2)
        return self._party_acronyms

    @property
    def phrase_starts(self) -> frozenset[str]:
        """The first words of every country name, adjective, metonym, IGO name and
        capital (as :func:`first_word` cuts them): a word that begins none of them
        begins no knowledge-base phrase, so the entities stage tries no longer span."""
        if self._phrase_starts is None:
            keys: Iterable[str] = (*self.country_names, *self.adjectives, *self.metonyms,
                                   *self.igos, *self.capitals, *self.party_phrases)
            self._phrase_starts = frozenset(first_word(k) for k in keys)
        return self._phrase_starts

    def party_in(self, country: str, text: str) -> str | None:
        """The party of ``country`` (``parties.tsv``) that ``text`` names, by its name or
        an alias as whole words; acronyms and short aliases only as written ("PT", "DA")."""
        pats = self._party_patterns.get(country)
        if pats is None:
            pats = []
            for party, names, _start, _end in self.parties.get(country, ()):
                for n in names:
                    flags = 0 if (n.isupper() or len(n) <= 3) else re.I
                    pats.append((re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])", flags), party))
            pats.sort(key=lambda x: -len(x[0].pattern))
            self._party_patterns[country] = pats
        for pat, party in pats:
            if pat.search(text):
                return party
        return None

    def party_country(self, text: str) -> str | None:
        """The one country whose party ``text`` names in full ("the Law and Justice
        party", "Likud"): a party is its country's even where the text names none."""
        if self._party_countries is None:
            index: dict[str, set[str]] = {}
            for country, rows in self.parties.items():
                for _party, names, _s, _e in rows:
                    for n in names:
                        if len(n) > 3 or n.isupper():
                            index.setdefault(_bare_party(n), set()).add(country)
            self._party_countries = index
        found = self._party_countries.get(_bare_party(text), set())
        return next(iter(found)) if len(found) == 1 else None

    def governs(self, country: str, party: str, day: dt.date) -> bool:
        """Did ``party`` lead the national government of ``country`` on ``day``?"""
        for p, _names, start, end in self.parties.get(country, ()):
            if p != party or (start is None and end is None):
                continue  # a row with no dates: never led it
            if (start is None or start <= day) and (end is None or day < end):
                return True
        return False

    def role(self, phrase: str) -> Role | None:
        """Role codes for a title or group noun ("foreign minister", "police")."""
        key = norm(phrase)
        hit = self.roles.get(key) or self.roles.get(_singular(key))
        if hit:
            return hit
        agent = self.agents.get(key) or self.agents.get(_singular(key))
        return Role(agent, "group") if agent else None

    def _by_surname(self) -> dict[str, list[str]]:
        if self._surnames is None:
            index: dict[str, list[str]] = {}
            for k in self.people:
                if " " in k:
                    index.setdefault(k.rsplit(" ", 1)[1], []).append(k)
                    if any(o.code[:3] in _FAMILY_NAME_FIRST for o in self.people[k]):
                        # "Xi" of "Xi Jinping", "Yoon" of "Yoon Suk-yeol": the family
                        # name comes first in Chinese and Korean names
                        index.setdefault(k.split(" ", 1)[0], []).append(k)
            self._surnames = index
        return self._surnames

    def is_given_name(self, word: str) -> bool:
        """Is ``word`` the first name of someone in the tables ("Jacqueline", not
        "Goldman")?"""
        if self._given is None:
            self._given = {k.split(" ", 1)[0] for k in self.people if " " in k}
        return norm(word) in self._given

    def is_known_surname(self, word: str) -> bool:
        """Is ``word`` the last name of someone in the tables or dictionaries?"""
        return norm(word) in self._by_surname()

    def shorter_names(self, name: str) -> list[str]:
        """Known shorter forms of a long name with a patronymic: "Haitham bin Tariq
        Al Said" -> "Haitham bin Tariq" (the dynasty or family name dropped), when
        the tables know exactly that form."""
        words = name.split()
        if len(words) < 4 or not any(w.lower() in _PATRONYMIC for w in words[1:-1]):
            return []
        out = []
        for k in range(len(words) - 1, 2, -1):
            short = " ".join(words[:k])
            if norm(short) in self.people:
                out.append(short)
        return out

    def full_names(self, surname: str) -> list[str]:
        """Names in the tables whose last word is ``surname``."""
        return list(self._by_surname().get(norm(surname), ()))

    def offices(self, name: str, day: dt.date | None) -> list[Office]:
        """Offices a person held on ``day`` (all undated ones if day is None)."""
        return [o for o in self.people.get(norm(name), []) if o.valid_on(day)]

    def latest_office(self, name: str, day: dt.date | None) -> Office | None:
        """The office valid on ``day``; else the last one that ended before it."""
        entries = self.people.get(norm(name), [])
        valid = [o for o in entries if o.valid_on(day)]
        if valid:
            return max(valid, key=lambda o: o.start or dt.date.min)
        past = [o for o in entries if o.end and (day is None or o.end < day)]
        if past:
            last = max(past, key=lambda o: o.end or dt.date.min)
            if _died_in_office(last, day):
                return last  # what news says of the dead is what they did in office
            return Office(former_code(last.code), last.start, last.end,
                          _join_notes(f"former {last.code}", last.note), last.source)
        return None

    def metonym(self, key: str, day: dt.date | None) -> tuple[str, tuple[str, ...], str, str]:
        """The metonym entry for ``key`` valid on ``day`` (the Taliban are AFGREB before
        2021-08-15 and AFGGOV after); the undated entry when no dated one applies."""
        for start, end, entry in self.dated_metonyms.get(key, ()):
            if day is not None and (start is None or start <= day) and (end is None or day <= end):
                return entry
        return self.metonyms[key]

    # ------------------------------------------------------------ building

    def add_office(self, names: Iterable[str], office: Office) -> None:
        self._surnames = None
        self._given = None
        for name in names:
            if name.strip():
                self.people.setdefault(norm(name), []).append(office)

    def add_role(self, phrase: str, role: Role) -> None:
        key = norm(phrase)
        self.roles[key] = role
        self.max_role_words = max(self.max_role_words, len(key.split()))

    def load_user_file(self, path: str | Path) -> None:
        """Add a user dictionary: ``*.actors``/``*.txt`` (TABARI actors),
        ``*.agents`` (TABARI agents), ``*.csv`` (people columns)."""
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"dictionary {p} does not exist")
        text = p.read_text("utf-8", errors="replace")
        lower = p.name.lower()
        if lower.endswith(".csv"):
            self._load_people_rows(csv.DictReader(text.splitlines()), source="dictionary")
        elif "agent" in lower:
            self.agents.update(parse_tabari_agents(text))
        else:
            for names, offices in parse_tabari_actors(text):
                for office in offices:
                    self.add_office(names, office)

    def _load_people_rows(self, rows: Iterable[dict[str, str]], source: str) -> None:
        for row in rows:
            name = (row.get("name") or "").strip()
            code = (row.get("code") or "").strip().upper()
            if not name or not code:
                continue
            aliases = [a for a in (row.get("aliases") or "").split("|") if a.strip()]
            office = Office(code, _date(row.get("start")), _date(row.get("end")),
                            (row.get("note") or "").strip() or None, source)
            self.add_office([name, *aliases], office)


def _died_in_office(office: Office, day: dt.date | None) -> bool:
    """Did the office end with its holder's death before ``day``? Such a person keeps
    the office's code: an obituary, an anniversary of an assassination or a trial of
    the killers speaks of the office holder (event data codes actors as they were when
    they acted), and the dead are no elite of the present (ELI)."""
    if day is None or office.end is None or office.end > day:
        return False
    return f"deceased {office.end.isoformat()}" in (office.note or "")


#: countries whose people's family name comes first ("Xi Jinping", "Kim Jong Un")
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
#: words that join a given name to a father's name ("bin", "ibn", "ould")
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben", "ould", "oglu", "ogly", "uulu"})


def _join_notes(*notes: str | None) -> str | None:
    parts = [n for n in notes if n]
    return "; ".join(dict.fromkeys(parts)) or None


def _singular(key: str) -> str:
    if key.endswith("ies"):
        return key[:-3] + "y"
    if key.endswith(("sses", "shes", "ches")):
        return key[:-2]
    if key.endswith("men"):
        return key[:-3] + "man"
    if key.endswith("s") and not key.endswith("ss"):
        return key[:-1]
    return key


def _date(value: str | None) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{value!r} is not a date (YYYY-MM-DD)") from None


# ---------------------------------------------------------------- TSV tables


def _rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a packaged table as dicts (header line gives the keys)."""
    text = resources.files(__package__).joinpath("data", *name.split("/")).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return
    header = lines[0].split("\t")
    for ln in lines[1:]:
        cells = ln.split("\t")
        yield {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}


def _alts(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _table_exists(name: str) -> bool:
    return resources.files(__package__).joinpath("data", name).is_file()


def _people_tables() -> list[str]:
    """The regional tables of dated offices, ``data/people/*.tsv``, by name."""
    folder = resources.files(__package__).joinpath("data", "people")
    if not folder.is_dir():
        return []
    return sorted(f"people/{f.name}" for f in folder.iterdir() if f.name.endswith(".tsv"))


def _note_date(note: str, word: str) -> dt.date | None:
    """The date after ``from``/``until`` in a table note ("from 2021-08-15; ...")."""
    hit = re.search(rf"\b{word} (\d{{4}}-\d{{2}}-\d{{2}})\b", note)
    return dt.date.fromisoformat(hit.group(1)) if hit else None


def _bare_party(name: str) -> str:
    """A party's name folded, without a closing "party" ("the Law and Justice party",
    "Bharatiya Janata Party")."""
    return norm(re.sub(r"\s+[Pp]arty$", "", name.strip()))


def _acronym(phrase: str) -> bool:
    """Is ``phrase`` an acronym in capitals ("SANA", "ITAR-TASS", "RFE/RL")?"""
    return " " not in phrase and phrase.isupper() and sum(c.isalpha() for c in phrase) <= 8


def load_actor_kb(user_files: Iterable[str | Path] = ()) -> ActorKB:
    """The project's tables, then the user's dictionaries on top."""
    kb = ActorKB()
    if _table_exists("countries.tsv"):
        for row in _rows("countries.tsv"):
            iso3 = row["iso3"].upper()
            names = _alts(row.get("names", ""))
            if names:
                kb.country_label.setdefault(iso3, names[0])
            for n in names + _alts(row.get("people", "")):
                kb.country_names.setdefault(norm(n), iso3)
            for a in _alts(row.get("adjectives", "")):
                kb.adjectives.setdefault(norm(a), iso3)
            for c in _alts(row.get("capital", "")) + _alts(row.get("seat", "")):
                kb.capitals.setdefault(norm(c), iso3)
    if _table_exists("regions.tsv"):
        for row in _rows("regions.tsv"):
            for n in _alts(row.get("names", "")) + _alts(row.get("adjectives", "")):
                kb.regions.setdefault(norm(n), row["code"].upper())
    forms: dict[str, set[bool]] = {}  # key -> is each way the tables write it an acronym
    if _table_exists("igos.tsv"):
        for row in _rows("igos.tsv"):
            code = row["code"].upper()
            roles = tuple(_alts(row.get("roles", "")) or ["IGO"])
            names = _alts(row.get("names", ""))
            label = names[0] if names else code
            for n in names + _alts(row.get("acronyms", "")):
                kb.igos.setdefault(norm(n), (code, roles, label))
                forms.setdefault(norm(n), set()).add(_acronym(n))
            for c in _alts(row.get("seat", "")):
                kb.igo_seats.setdefault(norm(c), code)
    for table in ("metonyms.tsv", "armed_groups.tsv"):
        if not _table_exists(table):
            continue
        for row in _rows(table):
            roles = tuple(_alts(row.get("roles", "")))
            phrases = _alts(row.get("phrase", ""))
            note = row.get("note", "")
            entry = (row["country"].upper(), roles, note, phrases[0])
            start = _note_date(note, "from")
            end = _note_date(note, "until")
            for phrase in phrases:
                key = norm(phrase)
                if start or end:
                    kb.dated_metonyms.setdefault(key, []).append((start, end, entry))
                kb.metonyms.setdefault(key, entry)
                forms.setdefault(key, set()).add(_acronym(phrase))
    kb.acronyms = {k for k, f in forms.items() if f == {True}}
    if _table_exists("roles.tsv"):
        for row in _rows("roles.tsv"):
            role = Role(tuple(_alts(row.get("roles", ""))), row.get("kind", "person") or "person")
            for phrase in _alts(row.get("phrase", "")):
                kb.add_role(phrase, role)
    if _table_exists("org_words.tsv"):
        kb.org_words = frozenset(row["word"].casefold() for row in _rows("org_words.tsv"))
    if _table_exists("suspect_words.tsv"):
        kb.suspect_words = {row["kind"]: frozenset(_alts(row["words"]))
                            for row in _rows("suspect_words.tsv")}
    if _table_exists("parties.tsv"):
        for row in _rows("parties.tsv"):
            party_names = (row["party"], *_alts(row.get("aliases", "")))
            kb.parties.setdefault(row["country"], []).append(
                (row["party"], party_names, _date(row.get("start", "")), _date(row.get("end", ""))))
    if _table_exists("people.tsv"):
        kb._load_people_rows(_rows("people.tsv"), source="knowledge")
    for name in _people_tables():
        kb._load_people_rows(_rows(name), source="knowledge")
    for f in user_files:
        kb.load_user_file(f)
    return kb


# ---------------------------------------------------------------- TABARI formats

_CODE = re.compile(r"\[([^\]]*)\]")


def _tabari_date(token: str) -> dt.date | None:
    token = token.strip()
    if not token.isdigit():
        return None
    try:
        if len(token) == 8:
            return dt.date(int(token[:4]), int(token[4:6]), int(token[6:]))
        if len(token) == 6:
            yy = int(token[:2])
            return dt.date(2000 + yy if yy <= 30 else 1900 + yy, int(token[2:4]), int(token[4:]))
    except ValueError:
        return None
    return None


def parse_tabari_code(inside: str) -> Office | None:
    """``AZEGOV >031031`` -> Office("AZEGOV", start=2003-10-31)."""
    parts = inside.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip().upper()
    if not re.fullmatch(r"[A-Z]{3,}", code):
        return None
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    start = end = None
    if rest.startswith(">"):
        start = _tabari_date(rest[1:])
    elif rest.startswith("<"):
        end = _tabari_date(rest[1:])
    elif "-" in rest:
        a, b = rest.split("-", 1)
        start, end = _tabari_date(a), _tabari_date(b)
    elif rest:
        start = _tabari_date(rest)
    return Office(code, start, end, None, "dictionary")


def _tabari_phrase(raw: str) -> str:
    return raw.strip().strip("+").replace("_", " ").strip()


def parse_tabari_actors(text: str) -> Iterator[tuple[list[str], list[Office]]]:
    """Entries of a TABARI/PETRARCH ``.actors`` file: (names, dated codes)."""
    names: list[str] = []
    offices: list[Office] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = [o for o in (parse_tabari_code(c) for c in _CODE.findall(line)) if o]
        head = _CODE.sub("", line).split("{", 1)[0]
        if line[0] in " \t":  # indented: codes for the current entry
            offices.extend(codes)
            continue
        if line.startswith("+"):
            if _tabari_phrase(head):
                names.append(_tabari_phrase(head))
            offices.extend(codes)
            continue
        if names and offices:
            yield names, offices
        names, offices = ([_tabari_phrase(head)] if _tabari_phrase(head) else []), codes
    if names and offices:
        yield names, offices


def parse_tabari_agents(text: str) -> dict[str, tuple[str, ...]]:
    """A TABARI ``.agents`` file: phrase -> role codes (``[~GOV]``, ``[~GOVMIL]``)."""
    subs: dict[str, list[str]] = {}
    out: dict[str, tuple[str, ...]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        code = _CODE.search(line)
        if not code:
            continue
        roles_raw = code.group(1).strip().replace("~", "")
        roles = tuple(roles_raw[i:i + 3] for i in range(0, len(roles_raw), 3) if roles_raw)
        phrase = _CODE.sub("", line).split("{", 1)[0].strip()
        variants = [phrase]
        for token, words in subs.items():
            if token in phrase:
                variants = [v.replace(token, w) for v in variants for w in words]
        for v in variants:
            key = norm(v.replace("_", " "))
            if key and roles:
                out.setdefault(key, roles)
    return out


__all__ = [
    "ROLE_CODES",
    "ActorKB",
    "Office",
    "Role",
    "fold",
    "former_code",
    "join_code",
    "load_actor_kb",
    "norm",
    "parse_tabari_actors",
    "parse_tabari_agents",
    "parse_tabari_code",
    "split_code",
]
