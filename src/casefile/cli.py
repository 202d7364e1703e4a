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
@model_option
def extract(files: tuple[str, ...], published: dt.date | None, fmt: str, model: str | None) -> None:
    """Print the case record of each article in FILES (.txt, .html, .jsonl, or - for stdin).

    Example:

        casefile extract report.txt --published 2022-03-01 --format text
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
    for item in iter_articles(files, published=published):
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
