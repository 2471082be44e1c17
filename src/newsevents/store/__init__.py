"""The embedded DuckDB store.

The schema is ``schema.sql`` beside this file (tables ``articles``,
``entities``, ``mentions``, ``places``, ``dates``, ``quotes``, ``events``,
``tone``, ``skipped``, ``meta``). Writes are idempotent and atomic:

* one transaction per batch, so a process killed in the middle leaves the
  store as it was after the last complete batch;
* an article already stored by the same pipeline (same fingerprint: version,
  model, stages) is left alone; one stored by another pipeline has all its
  rows replaced in the same transaction.

Rows are inserted column-wise with ``UNNEST`` (one statement per table and
batch), which is some 40 times faster than ``executemany`` in DuckDB.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ..memory import ActorMemory, Memory, memory_rows
from ..records import Analysis, Skipped
from .rows import first_row
from .stories import StoryIndex

SCHEMA_VERSION = 1
#: Tables holding rows of one article each, keyed by ``article_id``.
ARTICLE_TABLES = ("entities", "mentions", "places", "dates", "quotes", "events",
                  "event_mentions", "tone", "actor_memory")


@dataclass(slots=True)
class WriteResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0

    def __iadd__(self, other: WriteResult) -> WriteResult:
        self.added += other.added
        self.replaced += other.replaced
        self.unchanged += other.unchanged
        return self


def _rows(a: Analysis) -> dict[str, list[dict[str, Any]]]:
    """The rows one analysis puts in each table."""
    art = a.article
    aid = art.id
    by_id = {e.id: e for e in a.entities}

    def code(entity_id: str | None) -> str | None:
        ent = by_id.get(entity_id or "")
        return ent.actor.code if ent and ent.actor else None

    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [{
            "id": aid, "url": art.url, "title": art.title, "source": art.source,
            "published": art.published, "dateline": art.dateline, "license": art.license,
            "language": art.language, "origin": art.origin, "text": art.text,
            "pipeline": a.pipeline.fingerprint,
            "analysis": json.dumps(a.to_dict(), ensure_ascii=False),
        }],
        "entities": [{
            "article_id": aid, "id": e.id, "name": e.name, "type": e.type,
            "actor_code": e.actor.code if e.actor else None,
            "country": e.actor.country if e.actor else None,
            "roles": list(e.actor.roles) if e.actor else [], "n_mentions": len(e.mentions),
        } for e in a.entities],
        "mentions": [{
            "article_id": aid, "entity_id": e.id, "start": m.start, "end": m.end, "text": m.text,
        } for e in a.entities for m in e.mentions],
        "places": [{
            "article_id": aid, "id": p.id, "name": p.name, "geonameid": p.geonameid,
            "country": p.country, "feature": p.feature, "lat": p.lat, "lon": p.lon,
            "n_mentions": len(p.mentions), "confidence": p.confidence,
        } for p in a.places],
        "dates": [{
            "article_id": aid, "start": d.start, "end": d.end, "text": d.text, "date": d.date,
        } for d in a.dates],
        "quotes": [{
            "article_id": aid, "id": q.id, "kind": q.kind, "text": q.text, "start": q.start,
            "end": q.end, "speaker": q.speaker,
            "speaker_name": by_id[q.speaker].name if q.speaker in by_id else None,
            "speaker_text": q.speaker_mention.text if q.speaker_mention else None, "cue": q.cue,
        } for q in a.quotes],
        "events": [{
            "article_id": aid, "id": v.id, "source": v.source, "target": v.target,
            "source_code": code(v.source), "target_code": code(v.target),
            "code": v.cameo.code, "base_code": v.cameo.base_code, "root_code": v.cameo.root,
            "quad_class": v.cameo.quad_class, "goldstein": v.cameo.goldstein,
            "plover_category": v.plover.category if v.plover else None,
            "plover_mode": v.plover.mode if v.plover else None,
            "place": v.place, "date": v.date, "date_from": v.date_from,
            "date_precision": v.date_precision, "background": v.background,
            "modality": v.modality,
            "negated": v.negated, "mentions": v.mentions, "sentence": v.evidence.sentence,
            "start": v.evidence.start, "end": v.evidence.end, "trigger": v.evidence.text,
        } for v in a.events],
        "tone": [{"article_id": aid, **{k: v for k, v in a.tone.to_dict().items()
                                        if k != "sentences"}}] if a.tone else [],
        "event_mentions": [{
            "article_id": aid, "event_id": v.id, "n": n, "sentence": ev.sentence,
            "start": ev.start, "end": ev.end, "text": ev.text,
        } for v in a.events for n, ev in enumerate([v.evidence, *v.repeats])],
        "actor_memory": memory_rows(a),
    }
    return rows


class Store:
    """A newsevents DuckDB file. Open with :meth:`open`; use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path
        self._columns: dict[str, list[tuple[str, str]]] = {}
        #: near-duplicate index, built on the first write (a server keeps it across writes)
        self.stories_index: StoryIndex | None = None

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        path = str(path)
        if read_only and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"no store at {path}: run `newsevents ingest` first, or give --db")
        try:
            con = duckdb.connect(path, read_only=read_only)
            con.execute("SET enable_progress_bar = false")  # a migration prints no bar
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"the store {path} is in use by another process; wait for it to finish "
                    "or use another --db"
                ) from None
            if "not a valid duckdb database" in str(exc).lower():
                raise StoreError(f"{path} is not a newsevents store (not a DuckDB file)") from None
            raise StoreError(f"cannot open the store {path}: {_first_line(exc)}") from None
        except duckdb.Error as exc:
            raise StoreError(f"{path} is not a newsevents store: {_first_line(exc)}") from None
        store = cls(con, path)
        try:
            store._migrate(read_only)
        except BaseException:
            con.close()
            raise
        return store

    def _migrate(self, read_only: bool) -> None:
        """Check the schema version; create the schema in a new, empty file.

        A DuckDB file that holds other tables and no newsevents schema is
        refused rather than written into.
        """
        began = False
        try:
            tables = {r[0] for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables").fetchall()}
            version = self._schema_version() if "meta" in tables else None
            if version is None and tables:
                raise StoreError(f"{self.path} is a DuckDB database but not a newsevents store; "
                                 "use another --db")
            if version is not None and version > SCHEMA_VERSION:
                raise StoreError(
                    f"the store {self.path} has schema version {version}, newer than this "
                    f"newsevents understands ({SCHEMA_VERSION}); upgrade newsevents")
            if version is None and read_only:
                raise StoreError(f"{self.path} is not a newsevents store (no schema)")
            if not read_only:
                sql = resources.files(__package__).joinpath("schema.sql").read_text("utf-8")
                self.con.execute("BEGIN TRANSACTION")
                began = True
                self.con.execute(sql)
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                                 [str(SCHEMA_VERSION)])
                self._backfill()
                self.con.execute("COMMIT")
        except duckdb.Error as exc:
            if began:
                self.con.execute("ROLLBACK")
            raise StoreError(f"cannot prepare the store {self.path}: {_first_line(exc)}") from None

    def _backfill(self) -> None:
        """Stores written before the ``event_mentions`` table existed get their
        events' own mentions (n = 0, the evidence); repeats come back when the
        articles are ingested again by a newer pipeline. Stores written before
        ``events.date_precision`` get the column (NULL: read as a day), before
        ``places.confidence`` that one (NULL); before ``events.context`` (and its
        bounds), the events' sentences are found (once: a store of a million events
        takes some seconds)."""
        self.con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS date_precision VARCHAR")
        self.con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS background BOOLEAN")
        self.con.execute("ALTER TABLE places ADD COLUMN IF NOT EXISTS confidence DOUBLE")
        self.con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS context_start INTEGER")
        self.con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS context_end INTEGER")
        self.con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS context VARCHAR")
        self._fill_contexts()
        self.con.execute(
            'INSERT INTO event_mentions SELECT e.article_id, e.id, 0, e.sentence, e.start, '
            'e."end", e.trigger FROM events e WHERE NOT EXISTS (SELECT 1 FROM '
            "event_mentions m WHERE m.article_id = e.article_id AND m.event_id = e.id)")

    def _fill_contexts(self, articles: Sequence[str] | None = None) -> None:
        """Keep the sentence of each event that has none (of ``articles`` only, if
        given): its bounds in the article and its words, so that reading and
        searching it needs neither the article nor a pattern run over it."""
        from .queries import context_bounds_sql

        start, end = context_bounds_sql("ta.text")
        only = "AND v.article_id IN (SELECT unnest(?::VARCHAR[]))" if articles is not None else ""
        params = [list(articles)] if articles is not None else []
        self.con.execute(
            f"UPDATE events v SET context_start = {start}, context_end = {end} "
            f"FROM articles ta WHERE ta.id = v.article_id AND v.context_start IS NULL {only}",
            params)
        self.con.execute(
            "UPDATE events v SET context = substr(ta.text, v.context_start + 1, "
            "v.context_end - v.context_start) FROM articles ta WHERE ta.id = v.article_id "
            f"AND v.context IS NULL AND v.context_start IS NOT NULL {only}", params)

    def _schema_version(self) -> int | None:
        try:
            row = first_row(self.con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"))
        except duckdb.Error:
            return None
        if row is None:
            return None
        try:
            return int(row[0])
        except (TypeError, ValueError):
            return None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def fingerprints(self, ids: Iterable[str]) -> dict[str, str]:
        """Pipeline fingerprint of each of ``ids`` that is stored."""
        ids = list(ids)
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, pipeline FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    def write(self, analyses: Sequence[Analysis], skipped: Sequence[Skipped] = ()) -> WriteResult:
        """Store a batch in one transaction; see the module docstring."""
        result = WriteResult()
        stored = self.fingerprints(a.article.id for a in analyses)
        fresh: list[Analysis] = []
        for a in analyses:
            old = stored.get(a.article.id)
            if old == a.pipeline.fingerprint:
                result.unchanged += 1
                continue
            if old is None:
                result.added += 1
            else:
                result.replaced += 1
            fresh.append(a)
        tables: dict[str, list[dict[str, Any]]] = {}
        for a in fresh:
            for table, rows in _rows(a).items():
                tables.setdefault(table, []).extend(rows)
        replaced = [a.article.id for a in fresh if a.article.id in stored]
        done = [a.article.origin for a in analyses if a.article.origin]
        try:
            self.con.execute("BEGIN TRANSACTION")
            if replaced:
                for table in (*ARTICLE_TABLES, "articles"):
                    key = "id" if table == "articles" else "article_id"
                    self.con.execute(
                        f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))",
                        [replaced])
            for table, rows in tables.items():
                self._insert(table, rows)
            if tables.get("events"):
                self._fill_contexts([a.article.id for a in fresh])
            if done:
                self.con.execute(
                    "DELETE FROM skipped WHERE origin IN (SELECT unnest(?::VARCHAR[]))", [done])
            if skipped:
                self.con.executemany(
                    "INSERT OR REPLACE INTO skipped (origin, reason, detail) VALUES (?, ?, ?)",
                    [(s.origin, s.reason, s.detail) for s in skipped])
            self._link_stories(fresh)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            self.stories_index = None  # (it may hold articles the rollback took back)
            raise StoreError(f"writing to {self.path} failed: {_first_line(exc)}; the store "
                             "keeps what the last complete batch left") from None
        return result

    def _link_stories(self, fresh: Sequence[Analysis]) -> None:
        """Each new article joins the story it nearly repeats, or starts its own
        (:mod:`newsevents.store.stories`)."""
        if not fresh:
            return
        if self.stories_index is None:
            self.stories_index = StoryIndex(
                (r[0], r[1], bytes(r[2])) for r in
                self.con.execute("SELECT article_id, story, signature FROM stories").fetchall())
        rows = []
        for a in fresh:
            if self.stories_index.story_of(a.article.id) is None:
                story, sig = self.stories_index.assign(a.article.id, a.article.text)
                rows.append((a.article.id, story, sig))
        if rows:
            self.con.executemany("INSERT OR IGNORE INTO stories VALUES (?, ?, ?)", rows)

    def stories(self, *, min_articles: int = 1, limit: int = 50) -> list[dict[str, Any]]:
        """Stories with their articles, largest first: ``story`` (its first article's
        id), ``articles`` (how many), ``outlets`` (distinct sources), ``first`` and
        ``last`` publication dates, ``title`` (the first article's)."""
        if "stories" not in self._tables():
            return []
        rows = self.con.execute("""
            SELECT s.story, count(*) AS n, count(DISTINCT a.source), min(a.published),
                   max(a.published), any_value(f.title)
            FROM stories s JOIN articles a ON a.id = s.article_id
            LEFT JOIN articles f ON f.id = s.story
            GROUP BY s.story HAVING count(*) >= ?
            ORDER BY n DESC, s.story LIMIT ?""", [min_articles, limit]).fetchall()
        return [{"story": r[0], "articles": int(r[1]), "outlets": int(r[2]),
                 "first": r[3].isoformat() if r[3] else None,
                 "last": r[4].isoformat() if r[4] else None, "title": r[5]} for r in rows]

    def _tables(self) -> set[str]:
        return {r[0] for r in self.con.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}

    def _rollback(self) -> None:
        """Undo the open transaction; a failure here (a full disk, a transaction the
        database already aborted) changes nothing more and is not a second error."""
        with contextlib.suppress(duckdb.Error):
            self.con.execute("ROLLBACK")

    def _table_columns(self, table: str) -> list[tuple[str, str]]:
        if table not in self._columns:
            rows = self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
            self._columns[table] = [(r[0], r[1]) for r in rows]
        return self._columns[table]

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = [(n, t) for n, t in self._table_columns(table) if n in rows[0]]
        names = ", ".join(f'"{n}"' for n, _ in columns)
        values = ", ".join(f"unnest(${i}::{t}[])" for i, (_, t) in enumerate(columns, start=1))
        params = [[row[n] for row in rows] for n, _ in columns]
        self.con.execute(f"INSERT INTO {table} ({names}) SELECT {values}", params)

    # ------------------------------------------------------------ reading

    def events(self, *, sort: str | None = None, **filters: Any) -> duckdb.DuckDBPyRelation:
        """The stored events as a lazy DuckDB relation: every row the filters of
        :func:`~newsevents.store.queries.query_events` find (``actor``, ``dyad``,
        ``code``, ``since`` ...), with its article, actors, place, CAMEO name and
        sentence. ``.df()`` makes a pandas frame, ``.pl()`` a polars one, ``.arrow()``
        an Arrow table (each needs that library installed); ``.filter()``,
        ``.aggregate()`` and SQL go on in DuckDB."""
        from .queries import events_relation

        return events_relation(self.con, sort=sort, **filters)

    def quotes(self, **filters: Any) -> duckdb.DuckDBPyRelation:
        """The stored quotations as a lazy DuckDB relation (filters ``speaker``,
        ``actor``, ``contains``, ``since``, ``until``), as :meth:`events`."""
        from .quotes import quotes_relation

        return quotes_relation(self.con, **filters)

    def table(self, name: str) -> duckdb.DuckDBPyRelation:
        """One of the store's tables (``articles``, ``entities``, ``places`` ...) as a
        DuckDB relation."""
        if name not in ("articles", *ARTICLE_TABLES, "skipped", "stories"):
            from ..errors import ConfigError

            raise ConfigError(f"the store has no table {name!r}: it has articles, "
                              f"{', '.join(ARTICLE_TABLES)}, skipped and stories")
        return self.con.table(name)

    def analysis(self, article_id: str) -> Analysis | None:
        """The stored record of one article, exactly as it was analysed."""
        row = first_row(self.con.execute("SELECT analysis FROM articles WHERE id = ?",
                                         [article_id]))
        return Analysis.from_dict(json.loads(row[0])) if row else None

    def analyses(self, *, since: str | None = None, until: str | None = None,
                 batch: int = 500, offset: int = 0,
                 limit: int | None = None) -> Iterator[Analysis]:
        """Every stored record (optionally by publication date), oldest first; ``offset``
        and ``limit`` page through them in that order."""
        sql = ("SELECT analysis FROM articles WHERE ($since IS NULL OR published >= $since) "
               "AND ($until IS NULL OR published <= $until) "
               "ORDER BY published NULLS LAST, id LIMIT $limit OFFSET $offset")
        cur = self.con.execute(sql, {"since": since, "until": until, "offset": offset,
                                     "limit": limit})
        while rows := cur.fetchmany(batch):
            for (raw,) in rows:
                yield Analysis.from_dict(json.loads(raw))

    def added_times(self) -> dict[str, dt.datetime]:
        """Article id -> when it was stored (UTC): GDELT's ``DATEADDED``."""
        return dict(self.con.execute("SELECT id, ingested_at FROM articles").fetchall())

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        out = {}
        for table in ("articles", *ARTICLE_TABLES, "skipped"):
            row = first_row(self.con.execute(f"SELECT count(*) FROM {table}"))
            out[table] = int(row[0]) if row else 0
        return out

    def article_summary(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Per article: title, date, origin and counts of entities, quotes, events."""
        sql = """
            SELECT a.id, a.title, a.published, a.origin,
                   (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities,
                   (SELECT count(*) FROM places p WHERE p.article_id = a.id) AS places,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
                   (SELECT count(*) FROM events v WHERE v.article_id = a.id) AS events
            FROM articles a ORDER BY a.published NULLS LAST, a.origin, a.id
        """
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def actor_memory(self) -> ActorMemory:
        """Everything the stored articles said of people, indexed by name."""
        rows = self.con.execute(
            "SELECT name_key, article_id, name, code, date, evidence FROM actor_memory").fetchall()
        return ActorMemory((r[0], "", Memory(r[1], r[2], r[3], r[4], r[5])) for r in rows)

    def actors(self, *, etype: str | None = None, code: str | None = None,
               name: str | None = None, limit: int = 50,
               offset: int = 0) -> list[dict[str, Any]]:
        """Actors across articles: (name, type, code) with article and mention counts.

        Most mentioned first (then by name, type and code, so that pages with
        ``limit``/``offset`` neither repeat nor skip a row); filters: entity
        type, actor code prefix, part of the name (any case).
        :meth:`actors_total` counts them all.
        """
        if limit < 1 or offset < 0:
            from ..errors import ConfigError

            raise ConfigError(f"the limit must be at least 1, not {limit}" if limit < 1
                              else f"the offset must be 0 or more, not {offset}")
        where, params = self._actor_where(etype, code, name)
        # the page is chosen by mentions alone; its articles are counted for its rows
        # only (a distinct count over every actor is most of the time on a big store)
        cur = self.con.execute(f"""
            WITH page AS (
                SELECT name, type, actor_code, sum(n_mentions)::INTEGER AS mentions
                FROM entities WHERE {where}
                GROUP BY ALL ORDER BY mentions DESC, name, type, actor_code
                LIMIT ? OFFSET ?
            ),
            arts AS (
                SELECT e.name, e.type, e.actor_code, count(DISTINCT e.article_id) AS articles
                FROM entities e SEMI JOIN page p ON e.name = p.name AND e.type = p.type
                     AND e.actor_code IS NOT DISTINCT FROM p.actor_code
                WHERE {where} GROUP BY ALL
            )
            SELECT p.name, p.type, p.actor_code AS code, a.articles, p.mentions
            FROM page p JOIN arts a ON a.name = p.name AND a.type = p.type
                 AND a.actor_code IS NOT DISTINCT FROM p.actor_code
            ORDER BY p.mentions DESC, p.name, p.type, p.actor_code""",
            [*params, int(limit), int(offset), *params])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def actor_conflicts(self, *, window_days: int = 365,
                        limit: int = 100) -> list[dict[str, Any]]:
        """People coded with different countries in articles less than ``window_days``
        apart: the same name (any case, with or without diacritics) as GEOGOV in one
        article and TURGOV in another of the same year.

        Each conflict lists, per code, the articles, their dates and how the code was
        reached (``text``, ``knowledge``, ``dictionary``, ``memory``, ``context``), so a
        reader sees which rests on the article's own words; ``suggested`` is the code
        with the most articles whose code came from the text, then the most articles.
        Role changes of one country (USAGOV -> USAELI) are careers, not conflicts.
        """
        rows = self.con.execute(
            "SELECT lower(strip_accents(e.name)) AS key, e.name, e.actor_code, e.country, "
            "a.published, a.id, e.id FROM entities e JOIN articles a ON a.id = e.article_id "
            "WHERE e.type = 'PERSON' AND e.country IS NOT NULL AND e.actor_code IS NOT NULL "
            "AND strpos(trim(e.name), ' ') > 0 ORDER BY key, a.published").fetchall()
        groups: dict[str, list[tuple[Any, ...]]] = {}
        for row in rows:
            groups.setdefault(row[0], []).append(row)
        out: list[dict[str, Any]] = []
        for _key, members in groups.items():
            if len({m[3] for m in members}) < 2:
                continue
            clash = any(
                a[3] != b[3] and a[4] is not None and b[4] is not None
                and abs((a[4] - b[4]).days) < window_days
                for i, a in enumerate(members) for b in members[i + 1:])
            if not clash:
                continue
            codes: dict[str, dict[str, Any]] = {}
            for _k, _name, code, _country, published, aid, eid in members:
                entry = codes.setdefault(code, {"code": code, "articles": [], "dates": [],
                                                "from_text": 0})
                entry["articles"].append(aid)
                entry["dates"].append(published.isoformat() if published else None)
                if "text" in self._evidence_kinds(aid, eid):
                    entry["from_text"] += 1
            ranked = sorted(codes.values(), key=lambda c: (-c["from_text"], -len(c["articles"]),
                                                           c["code"]))
            dates = [m[4] for m in members if m[4] is not None]
            out.append({"name": members[0][1], "codes": ranked, "suggested": ranked[0]["code"],
                        "first": min(dates).isoformat() if dates else None,
                        "last": max(dates).isoformat() if dates else None})
            if len(out) >= limit:
                break
        return out

    def _evidence_kinds(self, article_id: str, entity_id: str) -> set[str]:
        row = first_row(self.con.execute(
            "SELECT analysis FROM articles WHERE id = ?", [article_id]))
        if not row:
            return set()
        analysis = json.loads(row[0]) if isinstance(row[0], str) else row[0]
        for e in analysis.get("entities", []):
            if e.get("id") == entity_id and e.get("actor"):
                return {ev.get("kind") for ev in e["actor"].get("evidence", [])}
        return set()

    def actors_total(self, *, etype: str | None = None, code: str | None = None,
                     name: str | None = None) -> int:
        """How many rows :meth:`actors` has with these filters, without a limit."""
        where, params = self._actor_where(etype, code, name)
        row = first_row(self.con.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM entities WHERE {where} "
            "GROUP BY name, type, actor_code)", params))
        return int(row[0]) if row else 0

    @staticmethod
    def _actor_where(etype: str | None, code: str | None,
                     name: str | None) -> tuple[str, list[Any]]:
        where, params = ["TRUE"], []
        if etype:
            where.append("type = ?")
            params.append(etype.upper())
        if code:
            where.append("starts_with(actor_code, ?)")
            params.append(code.upper())
        if name:
            where.append("contains(lower(name), lower(?))")
            params.append(name)
        return " AND ".join(where), params

    def skipped(self) -> list[Skipped]:
        rows = self.con.execute("SELECT origin, reason, detail FROM skipped ORDER BY origin")
        return [Skipped(r[0], r[1], r[2]) for r in rows.fetchall()]


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


__all__ = ["SCHEMA_VERSION", "Store", "WriteResult"]
