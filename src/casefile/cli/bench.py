"""casefile bench: extract against plain spaCy."""

from __future__ import annotations

import json

import click

from casefile.cli.main import main
from casefile.cli.options import _fail, model_option, stderr_console
from casefile.errors import CasefileError


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
        with stderr_console().status("Benchmarking extract, then plain spaCy…"):
            report = run_bench(articles, model, n_process=n_process, limit=limit)
    except CasefileError as exc:
        raise _fail(exc)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo(format_bench(report))
