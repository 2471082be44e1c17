"""What the tables know: the dated offices of people (with the corpus memory and user
dictionaries), parties in and out of government, offices already left."""

from __future__ import annotations

import re

from ...knowledge.actors import Office, join_code, norm, split_code
from ...records import Entity, Evidence, Span
from .clues import _Clues
from .text import _office_evidence, _persons, _words
from .words import _HEAD

#: a word right before a party's name that says whether it governs ("the ruling X")
_SIDE_BEFORE = re.compile(r"\b((?i:ruling|governing|opposition))\s+(?:[A-Z][\w'’-]*\s+)?$")

class _Tables(_Clues):
    """Lookups of the knowledge base by name and date."""

    def _known(self, e: Entity) -> tuple[Office, Evidence] | None:
        names = [e.name, *self.kb.shorter_names(e.name)]
        if len(e.name.split()) == 1:
            # a lone surname: the one person of that name the tables know of
            full = [n for n in self.kb.full_names(e.name) if self.kb.offices(n, self.day)]
            # ... and of the article's countries, or under the title the tables record:
            # "King Hassan of Morocco" is not a Sudanese central banker named Hassan
            titles = {w.lower() for d in e.descriptions for w in _words(d.text)}
            # ... or the head of a state or government, whom news calls by surname
            # alone ("Erdogan said", "the Biden administration")
            full = [n for n in full if any(
                split_code(o.code)[0] in self.named_countries
                or titles & set(_words((o.note or "").lower()))
                or self._heads_a_state(o.note or "")
                for o in self.kb.offices(n, self.day))]
            # aliases of one person share their office entries
            people = _persons(self.kb, full)
            if len(people) > 1:
                # "President Aliyev": the one whose office is the title itself, not the
                # first vice president of that name
                said = {re.sub(r"^(?:the|former)\s+", "", d.text.lower()).strip()
                        for d in e.descriptions}
                titled = [n for n in full if any(
                    (o.note or "").split(";")[0].strip().lower() in said
                    for o in self.kb.offices(n, self.day))]
                # ... and with no title, the one who heads a state on the day ("Aliyev
                # met Putin": the president, whom news calls by surname alone)
                full = titled if titled or said else [n for n in full if any(
                    self._heads_a_state(o.note or "") for o in self.kb.offices(n, self.day))]
                people = _persons(self.kb, full)
            if len(people) == 1:
                names.append(full[0])
        for name in names:
            office = self.kb.latest_office(name, self.day)
            if office is not None:
                return office, _office_evidence(name, office)
        if self.memory is not None:
            hit: tuple[Office, Evidence] | None = self.memory.lookup(e.name, self.day)
            if hit is not None:
                return hit
        return self._country_known(e)

    def _heads_a_state(self, note: str) -> bool:
        """Does an office's note say it heads a state or its government ("president",
        "prime minister of Iraq"), not a region ("president of Jubaland")?"""
        head = _HEAD.match(note)
        if head is None:
            return False
        of = re.match(r"\s+of\s+(?:the\s+)?([^;,(]+)", note[head.end():])
        return of is None or self.kb.country(of.group(1).strip()) is not None

    def _country_known(self, e: Entity) -> tuple[Office, Evidence] | None:
        """No office on the article's date, but the tables know the person at
        another time ("President Bush" in 2000, between the two): a person's
        country outlives their offices, so the country is given, not the role.
        A lone surname counts only if the article's title for the person is the
        office the tables record ("President Bush", not "King Hassan")."""
        name = e.name
        offices = self.kb.people.get(norm(name), [])
        if not offices and len(name.split()) == 1:
            titles = {w.lower() for d in e.descriptions for w in _words(d.text)}
            led = self._government_of(e) is not None  # "the Obama administration"
            offices = [o for n in self.kb.full_names(name) for o in self.kb.people[norm(n)]
                       if titles & set(_words((o.note or "").lower()))
                       or (led and _HEAD.match(o.note or ""))]
        countries = {split_code(o.code)[0] for o in offices}
        countries.discard(None)
        if len(countries) != 1:
            return None
        country = countries.pop() or ""
        # (an organisation's own prefix stays: a European commissioner out of office
        # is IGOEEC's, not "EEC")
        prefix = sorted({r for o in offices for r in split_code(o.code)[1][:1]
                         if r in ("IGO", "NGO", "IMG")})
        office = Office(join_code(country, prefix), None, None,
                        "country from an office held at another time")
        return office, Evidence(kind="knowledge",
                                text=f"{name}: {country} (an office held at another time)")

    def _title_held_before(self, e: Entity, texts: list[Span], country: str | None) -> bool:
        """Is the in-text title an office the tables say this person had left before
        the article's date (and hold no other office on it)?"""
        if self.day is None or len(e.name.split()) < 2:
            return False
        offices = self.kb.people.get(norm(e.name), [])
        if not offices or any(o.valid_on(self.day) for o in offices):
            return False
        titles = " ".join(t.text.lower() for t in texts)
        if re.search(r"\b(current|incumbent|now|sitting|newly|new|incoming|acting)\b", titles):
            return False
        for o in offices:
            if o.end is None or o.end >= self.day or (country and not o.code.startswith(country)):
                continue
            if self.kb.latest_office(e.name, self.day) == o:
                continue  # died in office: the title is still his
            # "president (resigned)", "sultan of Muscat and Oman (deposed ...)": the title
            held = re.sub(r"\s*\(.*?\)", "", (o.note or "").split(";")[0].lower())
            held = re.split(r"\b(?:of|for|from)\b|,", held)[0].strip()
            if held and re.search(rf"\b{re.escape(held)}\b", titles):
                return True
        return False

    def _party_side(self, e: Entity, country: str | None, roles: list[str],
                    texts: list[Span]) -> tuple[str, list[str], Evidence] | None:
        """A party of a country in ``parties.tsv`` is GOV while it leads the national
        government and OPP while it does not (CAMEO 3.1.6), by the article's date: the
        party itself ("the Labour Party", "the MDC", "Republican officials") and a
        person the text gives only a party role ("Labour Party leader X")."""
        if country is None or self.day is None or country not in self.kb.parties:
            return None
        if e.type == "PERSON":
            if roles != ["PTY"]:
                return None
            candidates = list(texts)
        elif e.type in ("ORG", "NORP"):  # "the Labour Party"; "Republicans", "Tories"
            candidates = [m for m in e.mentions if m.text[:1].isupper()]
            if roles and not set(roles) <= {"PTY", "OPP", "GOV", "CVL"}:
                # "the Democratic-led House Judiciary Committee" is LEG; but a party's
                # own name whose head is a body's word ("Indian National Congress") is
                # the party
                candidates = [m for m in candidates
                              if (p := self.kb.party_in(country, m.text)) is not None
                              and norm(m.text) == norm(p)]
                if not candidates:
                    return None
        else:
            return None
        for t in candidates:
            party = self.kb.party_in(country, t.text)
            if party is None:
                continue
            said = _SIDE_BEFORE.search(self.text[max(0, t.start - 30):t.start])
            if said is not None:
                # "the ruling Awami League", "the opposition Labour Party": the article
                # outranks the tables (a party's fortunes change faster than they do)
                start = t.start - len(said.group(0)) + said.start(1)
                side = "OPP" if said.group(1).lower() == "opposition" else "GOV"
                return country, [side], Evidence(kind="text", start=start, end=t.end,
                                                 text=self.text[start:t.end])
            governs = self.kb.governs(country, party, self.day)
            held = "led" if governs else "did not lead"
            return country, (["GOV"] if governs else ["OPP"]), Evidence(
                kind="knowledge", text=f"{party}: {held} the government of {country} on "
                                       f"{self.day.isoformat()}")
        return None
