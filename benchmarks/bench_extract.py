"""Benchmark casefile extract against plain spaCy and record the figures in docs/benchmarks.md.

Usage:

    .venv/bin/python benchmarks/bench_extract.py ../shared/data/gva-dev/articles.jsonl --limit 300

Prints the table and replaces the "extract vs plain spaCy" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt

from report import machine, write_section  # a sibling script module

from casefile.bench import format_bench, run_bench

TITLE = "## extract vs plain spaCy"




def section(table: str, command: str) -> str:
    """The markdown section holding one run's figures."""
    return (f"{TITLE}\n\n"
            f"What it measures: articles/s, words/s, CPU seconds and peak resident memory of "
            f"`casefile "
            f"extract` (spaCy pipeline plus casefile's rules, building each Record) and of "
            f"plain spaCy `nlp.pipe` with the same model's full pipeline, the same texts, "
            f"batch size and `n_process`. Each side runs in its own Python process, so memory "
            f"peaks do not mix; model load and a 10-article warm-up are not timed.\n\n"
            f"- Command: `{command}`\n- Machine: {machine()}\n"
            f"- Date: {dt.date.today().isoformat()}\n\n```\n{table}\n```\n")




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--model", default=None)
    parser.add_argument("--no-write", action="store_true", help="Print only.")
    args = parser.parse_args()
    report = run_bench(args.articles, args.model, n_process=args.n_process, limit=args.limit)
    table = format_bench(report)
    print(table)
    if not args.no_write:
        options = (f" --limit {args.limit}" if args.limit else "") + (
            f" --n-process {args.n_process}" if args.n_process != 1 else "")
        write_section(TITLE, section(table, f"casefile bench {args.articles}{options}"))


if __name__ == "__main__":
    main()
