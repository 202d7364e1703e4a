"""casefile eval and casefile bench on the command line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from eval_gold import FakeExtractor, write_gold

from casefile import cli
from casefile.cli import evaluate as eval_cli


@pytest.fixture
def gold_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(eval_cli, "_eval_extractor", lambda model: FakeExtractor())
    return str(write_gold(tmp_path / "gold"))


def run(*args: str):
    return CliRunner().invoke(cli.main, list(args))


def test_eval_json(gold_dir):
    result = run("eval", gold_dir, "--split", "tune", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["split"], data["articles"], data["incidents"]) == ("tune", 4, 3)
    assert data["metrics"]["names"]["precision"] == 7 / 8
    assert data["metrics"]["grouping"]["recall"] == 1.0


def test_eval_text_table(gold_dir):
    result = run("eval", gold_dir, "--split", "tune", "--limit", "3")
    assert result.exit_code == 0, result.output
    assert "articles=3" in result.stdout
    assert "killed" in result.stdout and "grouping (B-cubed)" in result.stdout


def test_eval_failures_file(gold_dir, tmp_path):
    out = tmp_path / "failures.jsonl"
    result = run("eval", gold_dir, "--split", "tune", "--failures", str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["article_id"] for line in lines] == ["a1", "a2", "a3", "a4"]
    assert lines[1]["failed"] == ["killed", "date", "state", "status"]


def test_eval_failures_refused_outside_tune(gold_dir, tmp_path):
    result = run("eval", gold_dir, "--failures", str(tmp_path / "f.jsonl"))
    assert result.exit_code == 1
    assert result.output.startswith("Error: --failures")


def test_eval_predictions_then_rescore(gold_dir, tmp_path, monkeypatch):
    saved = tmp_path / "pred.jsonl"
    first = run("eval", gold_dir, "--split", "tune", "--json", "--predictions", str(saved))
    assert first.exit_code == 0, first.output
    monkeypatch.setattr(eval_cli, "_eval_extractor", lambda model: pytest.fail("extracted again"))
    again = run("eval", gold_dir, "--split", "tune", "--json", "--rescore", str(saved))
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout) == json.loads(first.stdout)


@pytest.mark.parametrize("args, message", [
    (["eval", "/no/such/gold"], "Error: /no/such/gold: no such directory"),
    (["bench", "/no/such/articles.jsonl"], "Error: /no/such/articles.jsonl: no such file"),
])
def test_missing_inputs_are_one_clean_line(args, message):
    result = run(*args)
    assert result.exit_code == 1
    assert result.output.strip() == message + (
        " (expected one holding articles.jsonl and incidents.jsonl)" if "eval" in args else "")
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_malformed_gold_is_one_clean_line(gold_dir):
    path = f"{gold_dir}/incidents.jsonl"
    with open(path, "a") as handle:
        handle.write("{oops\n")
    result = run("eval", gold_dir)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}:5: not valid JSON")
    assert "Traceback" not in result.output


def test_bad_split_is_a_usage_error(gold_dir):
    result = run("eval", gold_dir, "--split", "train")
    assert result.exit_code == 2
