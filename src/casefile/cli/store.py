"""casefile ingest and export: the store commands."""

from __future__ import annotations

import datetime as dt
import sys

import click

from casefile import settings
from casefile.cli.main import main
from casefile.cli.options import _date, _fail, db_option, model_option, quiet_option, read_options
from casefile.errors import CasefileError


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--published", callback=_date, help="Publication date of plain-text input (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text",
              show_default=True, help="Progress and summary on stderr: a bar and lines for "
              "people, or one JSON line per event for machines.")
@read_options
@quiet_option
@model_option
def ingest(sources: tuple[str, ...], db: str | None, published: dt.date | None, fmt: str,
           reading: dict, quiet: bool, model: str | None) -> None:
    """Extract the record of each new article in SOURCES, store both, and file the article
    under its incident (resolve: which stored reports describe the same incident; merge:
    the incident's record rebuilt from all its reports).

    SOURCES may be anything extract reads: files (.txt, .html, .jsonl, .csv, .warc,
    .warc.gz, feeds, .urls lists), http(s) addresses, or - for stdin. An article that does
    not report a violent incident is stored as skipped (not relevant) and filed under no
    incident. An article already stored is skipped without being extracted again, so
    re-running an ingest only adds what is new; the same articles in any order give the
    same incidents with the same ids. An unreadable input is reported on stderr and
    skipped; the exit status is then 1.

    Example:

        casefile ingest reports/*.txt feed.jsonl --published 2022-03-01 --db casefile.db

        casefile ingest crawl.warc.gz --quiet
    """
    from casefile.cli.progress import Progress, choose_mode
    from casefile.extract import Extractor
    from casefile.models import Article, Record
    from casefile.read import expected_count, iter_articles
    from casefile.relevance import relevance_reason
    from casefile.store import Failure, Store
    from casefile.store import ingest as ingest_items

    progress = Progress(choose_mode(quiet=quiet, machine=fmt == "jsonl"),
                        total=expected_count(sources, reading["input_format"]),
                        description="ingesting")

    def failed(failure: Failure) -> None:
        progress.item_failed(failure.where, failure.reason)

    def article_done(article: Article, record: Record | None) -> None:
        where = article.source or article.id
        if record is not None and not record.relevant:
            progress.item_skipped(where, relevance_reason(record.relevance))
        progress.item_read(where, article.id)

    try:
        store = Store.open(db)
    except CasefileError as exc:
        raise _fail(exc)
    with store:
        with progress:
            try:
                extractor = Extractor(model)
                items = iter_articles(sources, published=published, **reading)
                summary = ingest_items(items, store, extractor, model=settings.MODEL.value(model),
                                       on_failure=failed, on_article=article_done)
                incidents = store.incident_count()
            except CasefileError as exc:
                raise _fail(exc)
        if fmt == "jsonl":
            progress.finish(extra={"added": summary.added - summary.skipped_irrelevant,
                                   "already_stored": summary.skipped_existing,
                                   "incidents": incidents})
        elif not quiet:
            # One summary line of the ingest's own counts, then the reasons of failures.
            reasons = progress.summary().splitlines()[1:]
            click.echo("\n".join([f"{summary}; {incidents} incidents ({store.url})",
                                   *reasons]), err=True)
    if not summary.ok or not progress.ok:
        sys.exit(1)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), required=True,
              help="JSON lines (one record per line, the public contract) or CSV (one flat row per record).")
@click.option("--output", "-o", default="-", show_default=True, help="File to write, or - for stdout.")
@click.option("--all", "include_all", is_flag=True,
              help="Also export incidents (articles) judged not to report violence.")
@click.option("--per-article", is_flag=True,
              help="One record per article, as extracted, instead of one per incident.")
def export(db: str | None, fmt: str, output: str, include_all: bool, per_article: bool) -> None:
    """Write the stored incidents as JSON lines or CSV: one merged record per incident.

    Each record lists all the articles that report the incident (`articles`).

    Example:

        casefile export --format csv --output incidents.csv
    """
    import contextlib

    from casefile.store import Store

    try:
        store = Store.open(db)
    except CasefileError as exc:
        raise _fail(exc)
    with store, contextlib.ExitStack() as stack:
        try:
            # newline="" because the csv module writes its own line ends.
            out = (sys.stdout if output == "-" else
                   stack.enter_context(open(output, "w", encoding="utf-8", newline="")))
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror}")
        try:
            n = store.export(fmt, out, relevant_only=not include_all,  # type: ignore[arg-type]
                             per_article=per_article)
        except CasefileError as exc:
            raise _fail(exc)
    if output != "-":
        click.echo(f"{n} records written to {output}", err=True)


@main.command()
@click.argument("incident_id")
@db_option
@click.option("--json", "as_json", is_flag=True,
              help="Print the merged record and every value seen as JSON.")
def show(incident_id: str, db: str | None, as_json: bool) -> None:
    """Print the case file of one incident: its record, timeline, conflicts and sources.

    INCIDENT_ID may be an id that went away when its incident merged into another; the
    case file it now belongs to is shown.

    Example:

        casefile show inc_3f2a9c0d1e4b5a67 --db casefile.db
    """
    import json

    from casefile.merge.casefile import render_case_file
    from casefile.store import Store

    try:
        store = Store.open(db)
    except CasefileError as exc:
        raise _fail(exc)
    with store:
        try:
            merged = store.incident(incident_id)
            articles = [store.article(a) for a in merged.record.articles]
        except CasefileError as exc:
            raise _fail(exc)
    if as_json:
        click.echo(json.dumps({**merged.record.to_json(), "values": merged.values},
                              ensure_ascii=False, indent=2))
    else:
        click.echo(render_case_file(merged, articles))
