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


# --- reading: formats, column mapping, fetching -------------------------------------------

# The format names, kept here in step with casefile.read.FORMATS (a test checks) so that
# --help does not import the readers.
INPUT_FORMATS = ("txt", "html", "jsonl", "csv", "warc", "feed", "urls")


def _field_map(ctx, param, values: tuple[str, ...]) -> dict[str, str]:
    from casefile.read import FieldMapError, parse_map

    try:
        return parse_map(values)
    except FieldMapError as exc:
        raise click.BadParameter(str(exc))


_READ_OPTIONS = [
    click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=None,
                 help="Read every source as this format, whatever its extension (default: by "
                 "extension; - is text; http(s) addresses are fetched)."),
    click.option("--map", "field_map", multiple=True, callback=_field_map, metavar="FIELD=COLUMN",
                 help="CSV/JSONL: take an article field (id, text, title, published, url) from "
                 "another column, e.g. --map text=body --map published=date. Repeatable."),
    click.option("--user-agent", default=None, metavar="TEXT",
                 help="User-Agent sent when fetching pages, feeds and URL lists "
                 "(add a contact address, as sites ask crawlers to) [default: casefile/VERSION (news "
                 "research crawler)]."),
    click.option("--cache-dir", default=None, metavar="DIR",
                 help="Where fetched pages are kept so a re-run does not fetch them again "
                 "[default: $CASEFILE_CACHE_DIR or ~/.cache/casefile/http]."),
    click.option("--no-cache", is_flag=True, help="Fetch every page anew and keep nothing."),
    click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
                 help="Seconds to wait for one page."),
    click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
                 help="Further tries after a timeout or a server error (5xx, 429), with "
                 "exponential backoff; never after a 404."),
    click.option("--per-host", type=click.IntRange(min=1), default=2, show_default=True,
                 help="Pages fetched at once from one site."),
    click.option("--ignore-robots", is_flag=True,
                 help="Do not obey robots.txt (only with the site's permission)."),
]


def read_options(command):
    """Add the reading options to a command, which receives them as one `reading` argument:
    the keyword arguments of casefile.read.iter_articles (input_format, fields, fetch)."""
    import functools

    @functools.wraps(command)
    def wrapper(*args, input_format, field_map, user_agent, cache_dir, no_cache, timeout,
                retries, per_host, ignore_robots, **kwargs):
        from casefile.read import FetchOptions
        from casefile.read.cache import default_cache_dir
        from casefile.read.fetch import DEFAULT_USER_AGENT

        fetch = FetchOptions(
            user_agent=user_agent or DEFAULT_USER_AGENT,
            cache_dir=None if no_cache else (cache_dir or default_cache_dir()),
            timeout=timeout, retries=retries, per_host=per_host, robots=not ignore_robots,
        )
        kwargs["reading"] = {"input_format": input_format, "fields": field_map or None,
                             "fetch": fetch}
        return command(*args, **kwargs)

    for option in reversed(_READ_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


quiet_option = click.option("--quiet", "-q", is_flag=True,
                            help="No progress bar and no summary; errors are still reported.")
