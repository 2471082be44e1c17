"""Each distinct name resolved once for the article by scoring its gazetteer
candidates: a prior from population, kind and capital status, and the article's
context (countries, regions, qualifiers, lists, distance); weights in log10 units."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise

from ...knowledge.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    country_neighbours,
    distance_km,
    name_key,
)
from .model import _Group, _Toponym
from .names import _bare, _generic, _shortened_area, _spelling_of_a_city
from .words import (
    _AREA_MODIFIERS,
    _FEATURE_WORDS,
    AREA,
    EMBEDDED,
    NOTED_CITY,
    PLACE_LABELS,
    SMALL_TOWN,
)

# Scoring weights (log10 units: +1 is worth a tenfold population).
FEATURE_BONUS = {"continent": 2.5, "country": 2.5, "area": 1.0, "region": 0.0, "city": 0.0}
#: What a sea, island or region with no population counts as (a place of some three
#: million): above a small town of its name ("Pacific, Missouri"; "Luzon", a town on it).
AREA_PRIOR = 6.5
ADMIN1_BONUS = 1.5  # a state or province ...
ADMIN1_WEIGHT = 200_000  # ... of this many people in its towns (an underestimate: West
# Virginia's are 782,000): a parish of Jamaica (Manchester, 62,000) is no likelier than a
# town of its size
NAMESAKE_TOWN = -2.0  # a town named like a state of its own country (California, Maryland)
SHADOWED_REGION = -4.0  # "Tehran" is the city more often than the province around it
REGION_PRIOR_CAP = 6.6  # a region's population is the sum of its cities': cap it
CAPITAL_BONUS = 3.0
OWN_NAME_BONUS = 1.0
COUNTRY_CONTEXT = 3.5
NEIGHBOUR_CONTEXT = 1.5  # a place in a country bordering one the article names ...
NEIGHBOUR_KM = 500.0  # ... within this distance of that country's point
REGION_CONTEXT = 2.5
CONTAINS_CONTEXT = 1.5
NEAR_BONUS = 2.0
NEAR_KM = 50.0
FAR_KM = 800.0
QUALIFIER_BONUS = 10.0
SIBLING_BONUS = 1.5  # per name of the same kind in the list, up to MAX_SIBLINGS
MAX_SIBLINGS = 4
ROUNDS = 4
#: "Paris, Texas", "Paris (Texas)", "Tripoli, in northern Lebanon": what stands between a
#: place and the area that qualifies it (the word before the area: ``_AREA_MODIFIERS``)
_QUALIFIER_GAP = re.compile(r"^\s*(?:,|\()\s*(?:in\s+(?:the\s+)?(?:([\w-]+)\s+)?)?$")
#: An area's kind after its name ("the Sulu region", "Punjab province").
_AREA_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate|prefecture|"
                         r"voivodeship|district|county|parish|state)\b(?!\s+of\b)")
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or))\s*$")




def _group(toponyms: list[_Toponym], gaz: Gazetteer,
           body: Callable[[str], bool] = lambda name: False, text: str = "") -> list[_Group]:
    """The toponyms grouped by name, each group with its gazetteer candidates (a name
    the tables know as a ``body``'s, "Hamas", is only a place that bears it as its own
    name: not Hamm, which some call Hamas, nor a place spelt like it). A name that is
    both a town and the area around it is two groups where the words after a mention
    say "area" ("shelled Donetsk ... officials in the Donetsk region"; ``text``: the
    article)."""
    groups: dict[str, _Group] = {}
    for t in toponyms:
        key = name_key(t.text)
        if t.span is not None and text and (t.label == AREA or _AREA_AFTER.match(
                text, t.span.end)) and {"region", "city"} <= {
                c.feature for c in gaz.candidates(t.text)}:
            key += " #area"
        if key not in groups:
            cands = [] if _generic(t.text) else list(gaz.candidates(t.text))
            if body(t.text):
                cands = [c for c in cands if c.is_named(t.text)]
            elif not cands and t.label in PLACE_LABELS and hasattr(gaz, "spelt_like"):
                cands = list(gaz.spelt_like(t.text))  # "Deir Ezzor", tagged a place
            cands = _part_of_country(t.text, cands, gaz)
            groups[key] = _Group(key, [], cands, shadowed=_shadowed(cands, t.text),
                                 outgrown=_outgrown(cands, t.text))
        groups[key].toponyms.append(t)
    return list(groups.values())


def _part_of_country(name: str, candidates: list[GazetteerEntry],
                     gaz: Gazetteer) -> list[GazetteerEntry]:
    """"South Lebanon", "Northern Syria": a direction before a country's name is a
    part of that country, not a small town of another named so (South Lebanon,
    Ohio); names that are a place of their own ("South Sudan", "North Korea",
    "West Virginia", a noted city) keep their candidates."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in _AREA_MODIFIERS:
        return candidates
    rest = " ".join(words[1:])
    country = [e for e in gaz.candidates(rest) if e.feature == "country" and e.is_named(rest)]
    if not country or any(e.feature != "city" or e.population >= NOTED_CITY
                          or e.country == country[0].country for e in candidates):
        return candidates
    return country


def _shadowed(candidates: list[GazetteerEntry], name: str) -> frozenset[str]:
    """Areas named like a town inside them (the province of Tehran, the Paris
    département): the bare name means the town (unless it is a state's own name
    and only an alternate name of the town: "Oklahoma"); and towns named like a
    state or province of their country (California, Maryland; not a capital:
    Washington): the bare name means the state."""
    towns = [c for c in candidates if c.feature == "city"]
    areas = frozenset(a.key for a in candidates if a.feature == "region" and any(
        t.within(a) and (t.is_named(name) or not a.is_named(name) or a.admin2 is not None)
        for t in towns))
    states = {a.country for a in candidates if a.feature == "region" and a.admin2 is None
              and a.key not in areas and a.is_named(name)}
    return areas | {t.key for t in towns if t.country in states and not t.capital}


def _outgrown(candidates: list[GazetteerEntry], name: str) -> frozenset[str]:
    """Provinces of the name with fewer people than a city of that very name in
    another country: a province counts as the likelier meaning for its size, not
    for being a province ("Gaza" is the city of 410,000, not Mozambique's province
    of 385,000, unless the story is Mozambique's)."""
    towns = [c for c in candidates if c.feature == "city" and c.is_named(name)]
    return frozenset(a.key for a in candidates if a.feature == "region" and any(
        t.country != a.country and t.population > a.population for t in towns))


#: "the Lebanese city of | Tripoli", "the southern Iraqi province of | Basra": a people's
#: adjective and a kind of place before "of"
_DEMONYM_KIND = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:(?:port\s+)?city|town|village|"
                           r"port|capital|province|region|district|state|governorate|"
                           r"enclave|island)\s+of\s+$")


def _demonym_kinds(groups: list[_Group], text: str, gaz: Gazetteer) -> None:
    """"The Lebanese city of Tripoli" is Lebanon's Tripoli, as "Tripoli, Lebanon" is:
    a name so introduced keeps only the readings in that people's country (if any)."""
    for g in groups:
        for t in g.toponyms:
            if t.span is None:
                continue
            m = _DEMONYM_KIND.search(text, max(0, t.span.start - 60), t.span.start)
            iso = gaz.demonym(m[1]) if m is not None else None
            if iso is None:
                continue
            inside = [c for c in g.candidates if c.country == iso]
            if inside:
                g.candidates = inside
                break


def _link_qualifiers(groups: list[_Group], text: str) -> None:
    """"Paris, Texas": the group of Texas qualifies the group of Paris; in
    "Washington and Oregon" (or "Kharkiv, Odesa"), each is the other's sibling."""
    where = {id(t): g for g, grp in enumerate(groups) for t in grp.toponyms}
    spans = sorted((t for grp in groups for t in grp.toponyms if t.span),
                   key=lambda t: t.span.start if t.span else 0)
    for a, b in pairwise(spans):
        assert a.span and b.span
        ga, gb = where[id(a)], where[id(b)]
        gap = text[a.span.end:b.span.start]
        if ga != gb and _LIST_GAP.match(gap):  # "Washington and Oregon"
            groups[ga].siblings.append(gb)
            groups[gb].siblings.append(ga)
        qualified = _QUALIFIER_GAP.match(gap)
        if not qualified or (qualified[1] and qualified[1].lower() not in _AREA_MODIFIERS):
            continue
        outer = [e for e in groups[gb].candidates if e.feature in ("region", "country")]
        if ga != gb and any(c.within(o) for c in groups[ga].candidates for o in outer):
            groups[ga].qualifiers.append(gb)
    # "the Sulu region", "Punjab province", "Kharkiv oblast": the word after the name
    # says it is the area, not a town named alike inside it
    for t in spans:
        assert t.span
        if t.label == AREA or _AREA_AFTER.match(text, t.span.end):
            named = groups[where[id(t)]]
            areas = [c for c in named.candidates if c.feature == "region"]
            if areas:
                named.candidates = areas
    # a body's seat is no country (a national body is the state, see _seat_name): "the
    # Georgia Bureau of Investigation" sits in the US state
    for named in groups:
        if all(t.label == EMBEDDED for t in named.toponyms):
            inner = [c for c in named.candidates if c.feature != "country"]
            named.candidates = inner or named.candidates
    # a list is all its names: each is a sibling of every other ("Alabama, Arkansas,
    # ..., New York, ..., Washington": twenty states, so New York is one too)
    for g in range(len(groups)):
        seen, todo = {g}, list(groups[g].siblings)
        while todo:
            o = todo.pop()
            if o not in seen:
                seen.add(o)
                todo.extend(groups[o].siblings)
        groups[g].siblings = sorted(seen - {g})


def prior(entry: GazetteerEntry, name: str, shadowed: frozenset[str] = frozenset(),
          outgrown: frozenset[str] = frozenset()) -> float:
    """How likely ``entry`` is meant by ``name`` before any context (``shadowed``:
    the keys of the candidates that yield to a namesake, see :func:`_shadowed`;
    ``outgrown``: see :func:`_outgrown`)."""
    pop = math.log10(max(entry.population, 1000))
    if entry.feature == "region":
        pop = min(pop, REGION_PRIOR_CAP)
        if entry.admin2 is None and entry.population >= ADMIN1_WEIGHT \
                and entry.key not in outgrown:
            pop += ADMIN1_BONUS
        if entry.key in shadowed:
            pop += SHADOWED_REGION
    elif entry.feature == "continent":
        pop = 7.0
    elif entry.feature == "area":
        pop = AREA_PRIOR
    elif entry.key in shadowed:
        pop += NAMESAKE_TOWN
    score = pop + FEATURE_BONUS.get(entry.feature, 0.0)
    if entry.capital:
        score += CAPITAL_BONUS
    if entry.is_named(name) or (entry.feature == "city" and _spelling_of_a_city(entry, name)):
        score += OWN_NAME_BONUS  # (a city of note spelt another way is called so:
        # "Odessa" is Odesa, a million people, before Odessa, Texas)
    return score


def resolve(groups: Sequence[_Group], demonym_countries: Counter[str],
            demonym_points: Sequence[GazetteerEntry] = ()) -> None:
    """Choose an entry for every group, each in the light of the others
    (``demonym_points``: the countries the demonyms name, as gazetteer entries)."""
    for g in groups:
        if any(e.feature == "country" and e.is_named(g.name) for e in g.candidates):
            # "Ireland" is the country, never a town the gazetteer once called so
            # (West Springfield, Massachusetts): only entries of that very name compete
            g.candidates = [e for e in g.candidates if e.is_named(g.name)]
        g.candidates = _own_names_first(_initials_as_written(g.candidates, g.name), g.name)
        if g.name.isupper() and len(g.name) <= 3:
            # "EU", "US", "UK" written in capitals are short forms, never the towns
            # spelt with those letters (Eu in Normandy, Us in the Vexin, Uk in Siberia)
            g.candidates = [e for e in g.candidates
                            if e.name.lower() != g.name.lower() or e.name == g.name]
        if any(e.feature == "area" and e.geonameid is None and e.is_named(g.name)
               for e in g.candidates):
            # a feature news names ("the Middle East", "the Balkans") beats a small
            # town of that name wherever the story is
            g.candidates = [e for e in g.candidates
                            if e.feature != "city" or e.population >= NOTED_CITY]
        words = g.name.split()
        if _bare(words[-1]) in _FEATURE_WORDS:
            # a town or county that bears the name of a river or an island only as a
            # short or old name is not it ("Jeju Island" stays the island province);
            # the word alone ("Creek") is no name
            g.candidates = [e for e in g.candidates if len(words) > 1 and (
                e.is_named(g.name) or (e.feature != "city" and not _shortened_area(e)))]
        g.choice = max(g.candidates, key=lambda e: prior(e, g.name, g.shadowed, g.outgrown),
                       default=None)
        g.confidence = 1.0 if len(g.candidates) == 1 else None
    _pair_up(groups, demonym_countries, demonym_points)
    for _ in range(ROUNDS):
        changed = False
        for i, g in enumerate(groups):
            if len(g.candidates) < 2:
                continue
            context = _context(groups, i, demonym_countries, named=demonym_points)
            scored = [(_score(e, g.name, context, g.shadowed, g.outgrown), e.population, n)
                      for n, e in enumerate(g.candidates)]
            top = max(scored)
            best = g.candidates[top[2]]
            # scores are log10 odds: the choice's share of them all
            g.confidence = round(1 / sum(10 ** (sc - top[0]) for sc, _, _ in scored), 3)
            if best is not g.choice:
                g.choice, changed = best, True
        if not changed:
            break


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _initials_as_written(candidates: list[GazetteerEntry], name: str) -> list[GazetteerEntry]:
    """Initials with their full stops name what is so written: "L.A." is Los Angeles,
    though its key is that of "LA" and "La.", Louisiana's."""
    if not _INITIALS.fullmatch(name):
        return candidates
    written = [e for e in candidates if name == e.name or name in e.names]
    return written or candidates


def _own_names_first(candidates: list[GazetteerEntry], name: str) -> list[GazetteerEntry]:
    """A town GeoNames only once knew by ``name`` (an old or local alternate) yields
    to the towns of that country that bear it as their own, and any city to a
    bigger city of note that does: "Maryville" is one of the Maryvilles of the United
    States, not Beeville, Texas, whatever Texas the story names; "Philadelphia" is no
    Amman. A city of note keeps another spelling of its name against the villages of
    its country so spelt ("Zaporizhzhia" is Zaporizhzhya, not a village of 656), and
    its old names where no bigger city bears them ("Kiev", "Bombay", "Odessa" rather
    than Odessa, Texas)."""
    own = [e for e in candidates if e.feature == "city" and e.is_named(name)]
    if not own:
        return candidates
    biggest = max(e.population for e in own)
    noted = biggest if biggest >= NOTED_CITY else 0
    countries = {e.country for e in own}
    return [e for e in candidates if e.feature != "city" or e.is_named(name)
            or not ((e.country in countries and not (_spelling_of_a_city(e, name) and all(
                o.population < SMALL_TOWN for o in own if o.country == e.country)))
                    or e.population < noted)]


def _context(groups: Sequence[_Group], i: int, demonym_countries: Counter[str],
             instead: dict[int, GazetteerEntry] | None = None,
             named: Sequence[GazetteerEntry] = ()) -> _Context:
    """What the other groups say about group ``i`` (``instead``: choices assumed)."""
    def choice(j: int) -> GazetteerEntry | None:
        return (instead or {}).get(j, groups[j].choice)

    others = [c for j in range(len(groups)) if j != i and (c := choice(j)) is not None]
    g = groups[i]
    return _Context(others, {o.country for o in others} | set(demonym_countries),
                    [choice(q) for q in g.qualifiers], [choice(q) for q in g.siblings],
                    list(named))


def _pair_up(groups: Sequence[_Group], demonym_countries: Counter[str],
             named: Sequence[GazetteerEntry] = ()) -> None:
    """Two names that each have a reading inside the other ("Paris" and "Henry
    County": Paris, Tennessee lies in Henry County, Tennessee), or near the other
    ("New London" and "Winfield": two Iowa towns 20 km apart), are read together when
    that pair scores more than their separate best readings do, each scored in the
    light of the other: one name at a time, neither local reading could win
    (Paris is the French capital until Henry County is Tennessee's, and the reverse)."""
    areas: dict[tuple[str | None, str | None, str | None], list[tuple[int, GazetteerEntry]]] = {}
    for j, g in enumerate(groups):
        for r in g.candidates:
            if r.feature == "region" and r.country is not None and r.admin1 is not None:
                areas.setdefault((r.country, r.admin1, r.admin2), []).append((j, r))
    pairs = _near_pairs(groups, {g.choice.country for g in groups if g.choice is not None}
                        | set(demonym_countries))
    if not areas and not pairs:
        return
    for i, g in enumerate(groups):
        for c in g.candidates:
            if c.feature not in ("city", "region") or c.admin1 is None:
                continue
            keys = {(c.country, c.admin1, None), (c.country, c.admin1, c.admin2)}
            for key in keys:
                for j, r in areas.get(key, ()):
                    if j != i and c.within(r) and (c is not g.choice or r is not groups[j].choice):
                        pairs.append((i, c, j, r))
    best: dict[tuple[int, int], tuple[float, GazetteerEntry, GazetteerEntry]] = {}
    now: dict[int, float] = {}  # each group's score with the choices as they are

    def score_now(k: int) -> float:
        if k not in now:
            g = groups[k]
            assert g.choice is not None
            now[k] = _score(g.choice, g.name, _context(groups, k, demonym_countries,
                                                       named=named), g.shadowed, g.outgrown)
        return now[k]

    for i, c, j, r in pairs:
        a, b = groups[i], groups[j]
        if a.choice is None or b.choice is None:
            continue
        before = score_now(i) + score_now(j)
        after = _score(c, a.name, _context(groups, i, demonym_countries, {j: r}, named),
                       a.shadowed, a.outgrown) \
            + _score(r, b.name, _context(groups, j, demonym_countries, {i: c}, named),
                     b.shadowed, b.outgrown)
        if after > before and after - before > best.get((i, j), (0.0,))[0]:
            best[(i, j)] = (after - before, c, r)
    changed: set[int] = set()
    for (i, j), (_gain, c, r) in sorted(best.items(), key=lambda kv: -kv[1][0]):
        if i in changed or j in changed:
            continue
        groups[i].choice, groups[j].choice = c, r
        changed.update((i, j))


#: how near two readings of two names must be to be tried together, and how many of
#: each name's likeliest readings are tried
PAIR_KM = 2 * NEAR_KM
PAIR_READINGS = 12


def _near_pairs(groups: Sequence[_Group], countries: set[str | None]
                ) -> list[tuple[int, GazetteerEntry, int, GazetteerEntry]]:
    """Readings of two ambiguous names within PAIR_KM of each other that are not both
    chosen now: towns and counties that neighbour each other, in a country the story
    names or reads a place in now (``countries``; not two villages of a country it
    does not: "Miami" and "Ripley" in Queensland), and not where either name is read
    as a capital or a city of note now."""
    tops = []
    for g in groups:
        located = [c for c in g.candidates if c.feature in ("city", "region")
                   and c.lat is not None and c.lon is not None and c.country in countries]
        tops.append(sorted(located, key=lambda c: -prior(c, g.name, g.shadowed, g.outgrown))
                    [:PAIR_READINGS] if len(g.candidates) > 1 else [])
    # (a capital or a city of note is not read as a namesake for a neighbour's sake:
    # "Paris and London" are no two towns of Ontario, "Boston to Portland" no two of
    # New York state)
    held = {i for i, g in enumerate(groups) if g.choice is not None and (
        g.choice.capital or g.choice.population >= NOTED_CITY)}
    pairs = []
    for i, j in combinations(range(len(groups)), 2):
        if {i, j} & held:
            continue
        for c in tops[i]:
            for r in tops[j]:
                if (c is not groups[i].choice or r is not groups[j].choice) \
                        and c.key != r.key and _km(c, r) <= PAIR_KM:
                    pairs.append((i, c, j, r))
    return pairs


def _km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return distance_km(a.lat, a.lon, b.lat, b.lon)


@dataclass(slots=True)
class _Context:
    others: list[GazetteerEntry]  # what the article's other names resolve to now
    countries: set[str | None]  # countries named by them, demonyms and the dateline
    qualifiers: list[GazetteerEntry | None]  # "Texas" in "Paris, Texas"
    siblings: list[GazetteerEntry | None]  # "Oregon" in "Washington and Oregon"
    demonyms: list[GazetteerEntry] = field(default_factory=list)  # "Israeli": Israel


def _score(e: GazetteerEntry, name: str, ctx: _Context,
           shadowed: frozenset[str] = frozenset(),
           outgrown: frozenset[str] = frozenset()) -> float:
    score = prior(e, name, shadowed, outgrown)
    if e.country is not None and e.country in ctx.countries:
        score += COUNTRY_CONTEXT
    elif e.lat is not None and e.lon is not None and any(
            o.feature == "country" and o.lat is not None and o.lon is not None
            and e.country in country_neighbours().get(o.country or "", ())
            and distance_km(e.lat, e.lon, o.lat, o.lon) <= NEIGHBOUR_KM
            for o in (*ctx.others, *ctx.demonyms)):
        # "Gaza" in a story about Israel is not Mozambique's; a neighbour's place counts
        # near the country named, not across it ("Barcelona" beside Colombia is Spain's)
        score += NEIGHBOUR_CONTEXT
    if (e.feature == "city" or (e.feature == "region" and e.admin2 is not None)) and any(
            o.feature == "region" and e.within(o) for o in ctx.others):
        score += REGION_CONTEXT  # a town or a county in a state the article names
    if e.feature == "region" and e.key not in shadowed and any(
            o.feature == "city" and o.within(e) for o in ctx.others):
        score += CONTAINS_CONTEXT
    if e.lat is not None and e.lon is not None and e.feature in ("city", "region"):
        near = [distance_km(e.lat, e.lon, o.lat, o.lon) for o in ctx.others
                if o.feature in ("city", "region") and o.lat is not None and o.lon is not None
                and o.key != e.key]
        if near:
            d = min(near)
            score += NEAR_BONUS * _nearness(d)
    alike = sum(1 for q in ctx.siblings if q is not None and q.feature == e.feature and (
        q.country == e.country or e.feature == "country")
        and (q.admin2 is None) == (e.admin2 is None))
    # a list names things of one kind: states, or towns, or countries ("Germany,
    # Ireland, Saudi Arabia": Ireland is the country, not a town called so); the
    # longer the list, the surer
    score += SIBLING_BONUS * min(alike, MAX_SIBLINGS)
    if any(q is not None and e.within(q) for q in ctx.qualifiers):
        score += QUALIFIER_BONUS
    return score


def _nearness(km: float) -> float:
    """How near another place of the article ``km`` is, from 1 (within NEAR_KM) to 0
    (FAR_KM or more), on a log scale: 50 km against 300 km says far more than 550
    against 800 (places named together in a story are mostly a town's neighbours)."""
    if km <= NEAR_KM:
        return 1.0
    return max(0.0, math.log(FAR_KM / km) / math.log(FAR_KM / NEAR_KM))


def _no_match(groups: list[_Group], demonym_countries: Counter[str]) -> None:
    """A natural feature or a region the model tags LOC ("the Middle East", "the
    Pacific") that the gazetteer only knows as a small town of that name in a
    country the article does not otherwise name (Middle East, Pacific, Missouri
    in a story about Iran) is no match: kept as a toponym without an entry. So is
    any name that only an alternate name of such a town matches ("Bolan district" in
    a story about Pakistan is no Bolands, Antigua)."""
    doubtful = [g for g in groups if g.choice is not None and g.choice.feature == "city"
                and g.choice.population < SMALL_TOWN and not g.choice.capital
                and not g.qualifiers and (all(t.label == "LOC" for t in g.toponyms)
                                          or not g.choice.is_named(g.name))]
    skip = {id(g) for g in doubtful}
    named = {o.choice.country for o in groups if o.choice is not None and id(o) not in skip}
    for g in doubtful:
        assert g.choice is not None
        if g.choice.country not in named and g.choice.country not in demonym_countries:
            g.choice, g.confidence = None, None
