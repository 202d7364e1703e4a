"""Options and helpers shared by the casefile commands."""

from __future__ import annotations

import datetime as dt

import click

from casefile import settings
from casefile.errors import CasefileError


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




def stderr_console():
    """A rich console on stderr, so progress never mixes with records on stdout."""
    from rich.console import Console

    return Console(stderr=True)
