"""casefile ingest and casefile export, through the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import casefile.extract
from casefile.cli import main
from casefile.store import CSV_COLUMNS, Store

REPORT = """Man stabbed to death in Leeds

A 34-year-old man was stabbed to death in Leeds on Tuesday night. Police said John Smith,
34, died at the scene. A 19-year-old man was arrested on suspicion of murder.
"""


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch, make_extractor) -> None:
    """Replace the spaCy extractor with the fast fake for the CLI."""
    monkeypatch.setattr(casefile.extract, "Extractor", lambda model=None: make_extractor())


@pytest.fixture
def sources(tmp_path: Path) -> list[str]:
    """Two readable reports: a text file and a JSON lines file of two articles."""
    report = tmp_path / "report.txt"
    report.write_text(REPORT)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in [
        {"text": "A woman was shot in Bristol.", "url": "https://example.com/a",
         "title": "Shooting", "published": "2022-02-01"},
        {"text": "Two men were hurt in a knife fight.", "url": "https://example.com/b"},
    ]) + "\n")
    return [str(report), str(feed)]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_ingest_then_export(tmp_path: Path, sources: list[str], fake_model) -> None:
    db = str(tmp_path / "cases.db")
    result = run("ingest", *sources, "--db", db, "--published", "2022-03-01")
    assert result.exit_code == 0, result.output
    assert "3 read, 3 added, 0 skipped as not relevant, 0 already stored, 0 failed" in result.stderr
    result = run("export", "--db", db, "--format", "jsonl", "--per-article")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    assert {r["url"] for r in records} == {None, "https://example.com/a", "https://example.com/b"}
    # The fake extractor reports the same people, place and date each time: one incident.
    result = run("export", "--db", db, "--format", "jsonl")
    (incident,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(incident["articles"]) == sorted(r["articles"][0] for r in records)


def test_ingest_twice_adds_nothing(tmp_path: Path, sources: list[str], fake_model) -> None:
    db = str(tmp_path / "cases.db")
    run("ingest", *sources, "--db", db)
    result = run("ingest", *sources, "--db", db)
    assert result.exit_code == 0
    assert "3 read, 0 added, 0 skipped as not relevant, 3 already stored, 0 failed" in result.stderr


def test_bad_inputs_are_reported_and_the_rest_ingested(tmp_path: Path, sources: list[str],
                                                       fake_model) -> None:
    db = str(tmp_path / "cases.db")
    missing = str(tmp_path / "missing.txt")
    result = run("ingest", missing, *sources, "--db", db)
    assert result.exit_code == 1
    # the error, the summary and its reasons; nothing else: no log lines, no traceback
    error, summary, *reasons = result.stderr.splitlines()
    assert len(reasons) == 1 and reasons[0].startswith("  1 × ")
    assert error.startswith("Error: ") and "missing.txt" in error
    assert summary.startswith("4 read, 3 added, 0 skipped as not relevant, 0 already stored, 1 failed")
    assert "Traceback" not in result.output
    with Store.open(db) as store:
        assert store.count() == 3


def test_export_csv_to_a_file(tmp_path: Path, sources: list[str], fake_model) -> None:
    db, out = str(tmp_path / "cases.db"), tmp_path / "out.csv"
    run("ingest", *sources, "--db", db)
    result = run("export", "--db", db, "--format", "csv", "--output", str(out))
    assert result.exit_code == 0, result.output
    assert "1 records written" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1 and list(rows[0]) == CSV_COLUMNS
    assert rows[0]["victims"] == "Ann Smith;Bob Jones"
    assert len(rows[0]["articles"].split(";")) == 3


def test_database_from_the_environment(tmp_path: Path, sources: list[str], fake_model,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_DB", str(tmp_path / "env.db"))
    assert run("ingest", *sources).exit_code == 0
    assert len(run("export", "--format", "jsonl", "--per-article").stdout.splitlines()) == 3


@pytest.mark.parametrize("command", [
    ["ingest", "x.txt", "--db", "nosuchdb://host/db"],
    ["export", "--format", "csv", "--db", "nosuchdb://host/db"],
    ["show", "inc_x", "--db", "nosuchdb://host/db"],
])
def test_bad_database_is_one_error_line(command: list[str]) -> None:
    result = run(*command)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


def test_export_to_an_unwritable_path(tmp_path: Path) -> None:
    result = run("export", "--db", str(tmp_path / "c.db"), "--format", "csv",
                 "--output", str(tmp_path / "no" / "such" / "dir.csv"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write")


def test_export_needs_a_format(tmp_path: Path) -> None:
    result = run("export", "--db", str(tmp_path / "c.db"))
    assert result.exit_code == 2
    assert "--format" in result.stderr


def test_ingest_with_the_real_extractor(tmp_path: Path) -> None:
    """The whole way through once: reader, spaCy model, store, export."""
    report = tmp_path / "report.txt"
    report.write_text(REPORT)
    db = str(tmp_path / "cases.db")
    result = run("ingest", str(report), "--db", db, "--published", "2022-03-03")
    assert result.exit_code == 0, result.output
    result = run("export", "--db", db, "--format", "jsonl", "--all")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["published"] == "2022-03-03"
    assert record["title"] == "Man stabbed to death in Leeds"
    assert record["evidence"]  # the extractor found something and kept its evidence


def test_show_prints_the_case_file(tmp_path: Path, sources: list[str], fake_model) -> None:
    db = str(tmp_path / "cases.db")
    run("ingest", *sources, "--db", db, "--published", "2022-03-01")
    (incident,) = [json.loads(line) for line in
                   run("export", "--db", db, "--format", "jsonl").stdout.splitlines()]
    result = run("show", incident["id"], "--db", db)
    assert result.exit_code == 0, result.output
    text = result.stdout
    for heading in ("People", "Timeline", "Sources"):
        assert heading in text
    assert "Ann Smith" in text and "John Doe" in text
    assert "https://example.com/a" in text  # a source
    assert text.count("report: ") == 3  # each article on the timeline
    as_json = json.loads(run("show", incident["id"], "--db", db, "--json").stdout)
    assert as_json["id"] == incident["id"] and len(as_json["values"]["killed"]) == 3


def test_show_unknown_incident(tmp_path: Path) -> None:
    result = run("show", "inc_nothing", "--db", str(tmp_path / "c.db"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: no incident 'inc_nothing' in sqlite:///{tmp_path}/c.db\n"
