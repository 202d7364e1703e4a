"""The casefile command line: a thin click layer over the library."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from casefile import settings
from casefile.errors import CasefileError, InputError


def _date(ctx, param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2022-03-01")


model_option = click.option("--model", default=None, help=settings.MODEL.help
                            + f" [default: ${settings.MODEL.env} or {settings.MODEL.default}]")
db_option = click.option("--db", default=None, help=settings.DB.help
                         + f" [default: ${settings.DB.env} or {settings.DB.default}]")


def _fail(exc: CasefileError) -> click.ClickException:
    return click.ClickException(str(exc))


@click.group()
@click.version_option()
def main() -> None:
    """casefile: news reports of violent incidents in, evidence-linked case records out."""


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Publication date of plain-text input (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="json",
              show_default=True, help="Output: JSON (one object, or a list), JSON lines, or a readable case file.")
@click.option("--input-format", type=click.Choice(["txt", "html", "jsonl"]), default=None,
              help="Read every FILE as this format, whatever its extension (default: by extension; - is text).")
@model_option
def extract(files: tuple[str, ...], published: dt.date | None, fmt: str, input_format: str | None,
            model: str | None) -> None:
    """Print the case record of each article in FILES (.txt, .html, .jsonl, or - for stdin).

    An unreadable file is reported on stderr and skipped; the exit status is then 1.

    Example:

        casefile extract report.txt --published 2022-03-01 --format text

        cat report.txt | casefile extract - --published 2022-03-01
    """
    from casefile.extract import Extractor
    from casefile.read import iter_articles
    from casefile.render import render_text

    try:
        extractor = Extractor(model)
    except CasefileError as exc:
        raise _fail(exc)
    failed = 0
    records = []
    for item in iter_articles(files, published=published, input_format=input_format):
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"Error: {item}", err=True)
            continue
        record = extractor.extract(item)
        if fmt == "jsonl":
            click.echo(json.dumps(record.to_json(), ensure_ascii=False))
        elif fmt == "text":
            click.echo(render_text(record, item))
        else:
            records.append(record.to_json())
    if fmt == "json" and records:
        out = records[0] if len(records) == 1 else records
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    if failed:
        sys.exit(1)


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


# --- eval and bench --------------------------------------------------------------------


@main.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False))
@click.option("--split", type=click.Choice(["all", "tune", "holdout"]), default="all",
              show_default=True, help="Incidents to score: a stable ~80/20 split by incident id.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Score only the first N articles of the split.")
@click.option("--n-process", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for extraction.")
@click.option("--failures", "failures_path", type=click.Path(dir_okay=False), default=None,
              help="Write one JSON line per article: gold, predicted and failed metrics "
                   "(tune split only, so the holdout stays unseen).")
@click.option("--predictions", "predictions_path", type=click.Path(dir_okay=False),
              default=None, help="Save the extracted records (JSONL) for --rescore.")
@click.option("--rescore", "rescore_path", type=click.Path(dir_okay=False), default=None,
              help="Score records saved with --predictions instead of extracting again.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@model_option
def eval_command(gold_dir: str, split: str, limit: int | None, n_process: int,
                 failures_path: str | None, predictions_path: str | None,
                 rescore_path: str | None, as_json: bool, model: str | None) -> None:
    """Score extraction against gold incidents in GOLD_DIR (articles.jsonl, incidents.jsonl).

    Metrics are defined in docs/evaluation.md.

    Example:

        casefile eval ../shared/data/gva-dev --split tune --limit 200 --failures fail.jsonl
    """
    from rich.progress import Progress

    from casefile.eval import SavedPredictions, evaluate, format_text, write_failures, write_records

    if failures_path and split != "tune":
        raise click.ClickException("--failures shows each article's gold record; use it "
                                   "only with --split tune so the holdout stays unseen")
    if predictions_path and rescore_path:
        raise click.ClickException("use --predictions (save) or --rescore (load), not both")
    records: list | None = [] if predictions_path else None
    try:
        extractor = SavedPredictions(rescore_path) if rescore_path else _eval_extractor(model)
        console = _stderr_console()
        # Off a terminal (a pipe, a log) a bar is noise, and rich would leave a blank line.
        with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
            task = bar.add_task("Scoring", total=None)

            def advance(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = evaluate(gold_dir, extractor, split=split, limit=limit,
                              n_process=n_process, progress=advance, keep_records=records)
    except CasefileError as exc:
        raise _fail(exc)
    try:
        if failures_path:
            write_failures(report, failures_path)
        if predictions_path and records is not None:
            write_records(records, predictions_path)
    except OSError as exc:
        raise click.ClickException(f"cannot write {exc.filename}: {exc.strerror}")
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo(format_text(report))


def _eval_extractor(model: str | None):
    from casefile.extract import Extractor

    return Extractor(model)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@main.command("bench")
@click.argument("articles", type=click.Path(dir_okay=False))
@click.option("--n-process", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes, the same for both sides.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Use only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@model_option
def bench_command(articles: str, n_process: int, limit: int | None, as_json: bool,
                  model: str | None) -> None:
    """Time casefile extract against plain spaCy nlp.pipe on the texts of ARTICLES.jsonl.

    Each side runs in its own process (so peak memory is its own); model load and a
    short warm-up are not timed.

    Example:

        casefile bench ../shared/data/gva-dev/articles.jsonl --limit 300
    """
    from casefile.bench import format_bench, run_bench

    try:
        with _stderr_console().status("Benchmarking extract, then plain spaCy…"):
            report = run_bench(articles, model, n_process=n_process, limit=limit)
    except CasefileError as exc:
        raise _fail(exc)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo(format_bench(report))
