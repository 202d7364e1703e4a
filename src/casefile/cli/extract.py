"""casefile extract: print the case record of each article."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from casefile.cli.main import main
from casefile.cli.options import _date, _fail, model_option, quiet_option, read_options
from casefile.errors import CasefileError, InputError


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Publication date of plain-text input (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="json",
              show_default=True, help="Output: JSON (one object, or a list), JSON lines, or a "
              "readable case file. With jsonl, progress and errors on stderr are JSON lines too.")
@read_options
@quiet_option
@model_option
def extract(files: tuple[str, ...], published: dt.date | None, fmt: str, reading: dict,
            quiet: bool, model: str | None) -> None:
    """Print the case record of each article in FILES.

    FILES may be .txt, .html, .jsonl, .csv, .warc/.warc.gz, .rss/.atom/.xml feeds, .urls
    lists, http(s) addresses (fetched), or - for stdin. An unreadable input is reported on
    stderr and skipped; a summary follows, and the exit status is then 1.

    Example:

        casefile extract report.txt --published 2022-03-01 --format text

        cat report.txt | casefile extract - --published 2022-03-01

        casefile extract export.csv --map text=body --map id=uid

        casefile extract crawl.warc.gz https://news.example.com/feed.rss
    """
    from casefile.cli.progress import Progress, choose_mode
    from casefile.extract import Extractor
    from casefile.read import expected_count, iter_articles
    from casefile.relevance import relevance_reason
    from casefile.render import render_text

    try:
        extractor = Extractor(model)
    except CasefileError as exc:
        raise _fail(exc)
    mode = choose_mode(quiet=quiet, machine=fmt == "jsonl")
    progress = Progress(mode, total=expected_count(files, reading["input_format"]),
                        description="extracting")
    records = []
    with progress:
        for item in iter_articles(files, published=published, **reading):
            if isinstance(item, InputError):
                progress.failure(item)
                continue
            record = extractor.extract(item)
            if not record.relevant:
                progress.item_skipped(item.source or item.id, relevance_reason(record.relevance))
            progress.item_read(item.source, item.id)
            if fmt == "jsonl":
                click.echo(json.dumps(record.to_json(), ensure_ascii=False))
            elif fmt == "text":
                click.echo(render_text(record, item))
            else:
                records.append(record.to_json())
    if fmt == "json" and records:
        out = records[0] if len(records) == 1 else records
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    progress.finish()
    if not progress.ok:
        sys.exit(1)
