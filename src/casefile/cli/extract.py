"""casefile extract: print the case record of each article."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from casefile.cli.main import main
from casefile.cli.options import _date, _fail, model_option
from casefile.errors import CasefileError, InputError


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
