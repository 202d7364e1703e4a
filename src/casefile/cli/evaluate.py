"""casefile eval: score extraction against gold incidents."""

from __future__ import annotations

import json

import click

from casefile.cli.main import main
from casefile.cli.options import _fail, model_option, stderr_console
from casefile.errors import CasefileError


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
@click.option("--merged", is_flag=True,
              help="Resolve and merge the articles into incidents first; score each article "
                   "through its incident's record (and the grouping, B-cubed).")
@model_option
def eval_command(gold_dir: str, split: str, limit: int | None, n_process: int,
                 failures_path: str | None, predictions_path: str | None,
                 rescore_path: str | None, as_json: bool, merged: bool,
                 model: str | None) -> None:
    """Score extraction against gold incidents in GOLD_DIR (articles.jsonl, incidents.jsonl).

    Metrics are defined in docs/evaluation.md.

    Example:

        casefile eval ../shared/data/gva-dev --split tune --limit 200 --failures fail.jsonl
    """
    from rich.progress import Progress

    from casefile.eval import SavedPredictions, evaluate, format_text, write_failures, write_records
    from casefile.eval.merged import evaluate_merged

    if failures_path and split != "tune":
        raise click.ClickException("--failures shows each article's gold record; use it "
                                   "only with --split tune so the holdout stays unseen")
    if predictions_path and rescore_path:
        raise click.ClickException("use --predictions (save) or --rescore (load), not both")
    records: list | None = [] if predictions_path else None
    try:
        extractor = SavedPredictions(rescore_path) if rescore_path else _eval_extractor(model)
        console = stderr_console()
        # Off a terminal (a pipe, a log) a bar is noise, and rich would leave a blank line.
        with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
            task = bar.add_task("Scoring", total=None)

            def advance(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            score = evaluate_merged if merged else evaluate
            report = score(gold_dir, extractor, split=split, limit=limit,
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
