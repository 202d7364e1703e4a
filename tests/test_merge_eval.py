"""casefile eval --merged: resolve and merge the articles, score through the incidents."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from eval_gold import FakeExtractor, write_gold

from casefile import cli
from casefile.cli import evaluate as eval_cli
from casefile.eval.merged import evaluate_merged


@pytest.fixture
def gold_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(eval_cli, "_eval_extractor", lambda model: FakeExtractor())
    return str(write_gold(tmp_path / "gold"))


def test_merged_eval_scores_each_article_through_its_incident(gold_dir) -> None:
    report = evaluate_merged(gold_dir, FakeExtractor(), split="all")
    assert len(report.articles) == 5
    by_article = {s.article_id: s for s in report.articles}
    # Every article's record id is its incident's, so grouping is scored (B-cubed).
    assert all(s.record_id.startswith("inc_") for s in report.articles)
    grouping = report.metrics()["grouping"]
    assert grouping["gold_clusters"] == 4
    assert grouping["predicted_clusters"] <= 5
    # a3 is alone in its incident: its merged record has its own values.
    assert by_article["a3"].fields["injured"] is True


def test_merged_eval_on_the_command_line(gold_dir) -> None:
    result = CliRunner().invoke(cli.main, ["eval", gold_dir, "--split", "tune", "--merged",
                                           "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["split"] == "tune (merged)" and data["articles"] == 4
    assert data["metrics"]["grouping"]["f1"] is not None
