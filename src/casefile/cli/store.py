"""casefile ingest and export: the store commands."""

from __future__ import annotations

import datetime as dt
import sys

import click

from casefile import settings
from casefile.cli.main import main
from casefile.cli.options import _date, _fail, db_option, model_option
from casefile.errors import CasefileError


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--published", callback=_date, help="Publication date of plain-text input (YYYY-MM-DD).")
@click.option("--input-format", type=click.Choice(["txt", "html", "jsonl"]), default=None,
              help="Read every SOURCE as this format, whatever its extension (default: by extension; - is text).")
@model_option
def ingest(sources: tuple[str, ...], db: str | None, published: dt.date | None,
           input_format: str | None, model: str | None) -> None:
    """Extract the record of each new article in SOURCES and store both in the database.

    An article already stored is skipped without being extracted again, so re-running an
    ingest only adds what is new. An unreadable input is reported on stderr and skipped;
    the exit status is then 1.

    Example:

        casefile ingest reports/*.txt feed.jsonl --published 2022-03-01 --db casefile.db
    """
    from casefile.extract import Extractor
    from casefile.read import iter_articles
    from casefile.store import Failure, Store
    from casefile.store import ingest as ingest_items

    def report(failure: Failure) -> None:
        click.echo(f"Error: {failure}", err=True)

    try:
        store = Store.open(db)
    except CasefileError as exc:
        raise _fail(exc)
    with store:
        try:
            extractor = Extractor(model)
            items = iter_articles(sources, published=published, input_format=input_format)
            summary = ingest_items(items, store, extractor, model=settings.MODEL.value(model),
                                   on_failure=report)
        except CasefileError as exc:
            raise _fail(exc)
        click.echo(f"{summary} ({store.url})", err=True)
    if not summary.ok:
        sys.exit(1)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), required=True,
              help="JSON lines (one record per line, the public contract) or CSV (one flat row per record).")
@click.option("--output", "-o", default="-", show_default=True, help="File to write, or - for stdout.")
@click.option("--all", "include_all", is_flag=True,
              help="Also export articles judged not to report a violent incident.")
def export(db: str | None, fmt: str, output: str, include_all: bool) -> None:
    """Write the stored records as JSON lines or CSV.

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
            n = store.export(fmt, out, relevant_only=not include_all)  # type: ignore[arg-type]
        except CasefileError as exc:
            raise _fail(exc)
    if output != "-":
        click.echo(f"{n} records written to {output}", err=True)
