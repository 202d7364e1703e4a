"""The relevance filter: the shipped model, the API around it, and the training code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile.errors import ModelError
from casefile.relevance import (
    THRESHOLD,
    RelevanceModel,
    is_relevant,
    relevance_reason,
    score,
)
from casefile.relevance.data import read_labelled
from casefile.relevance.features import featurise, tokens
from casefile.relevance.train import Settings, fit, train

INCIDENTS = [
    ("Man shot dead outside Dayton bar; police seek gunman",
     ("A 32-year-old man was shot and killed outside a bar on Main Street late Saturday, "
     "police said. Officers found him with several gunshot wounds. No arrests have been made "
     "and detectives are asking witnesses to come forward.")),
    ("Woman stabbed to death in Croydon",
     ("A murder investigation has been launched after a woman was stabbed to death at her home "
     "in Croydon, south London. A 41-year-old man has been arrested on suspicion of murder.")),
    ("", ("A man accused of fatally shooting his neighbor during an argument over a fence was "
     "charged with first-degree murder on Tuesday, the county prosecutor said.")),
]
ORDINARY = [
    ("Retailer shares jump as profits beat forecasts",
     ("Shares in the retailer rose 5% after it reported annual profits ahead of City "
     "expectations, helped by strong online sales over Christmas. The chief executive said "
     "the company would open 20 new stores next year.")),
    ("United edge past City in cup tie",
     ("A late header from the substitute gave United a 2-1 win over City in the fourth round "
     "of the FA Cup. The manager praised his side's spirit after they came from behind.")),
    ("New smartphone goes on sale",
     ("The latest phone from the technology company went on sale on Friday with a bigger "
     "screen, a faster chip and a longer-lasting battery. Queues formed outside shops.")),
]


@pytest.mark.parametrize(("title", "text"), INCIDENTS)
def test_incident_reports_score_high(title: str, text: str) -> None:
    value = score(title, text)
    assert value >= THRESHOLD
    assert is_relevant(value)


@pytest.mark.parametrize(("title", "text"), ORDINARY)
def test_ordinary_news_scores_low(title: str, text: str) -> None:
    value = score(title, text)
    assert value < THRESHOLD
    assert not is_relevant(value)


@pytest.mark.parametrize(("title", "text"), [*INCIDENTS, *ORDINARY, ("", ""), ("x", "")])
def test_scores_are_probabilities(title: str, text: str) -> None:
    assert 0.0 <= score(title, text) <= 1.0


def test_shipped_model_is_cached() -> None:
    assert RelevanceModel.load() is RelevanceModel.load()


def test_reason_names_score_and_threshold() -> None:
    assert relevance_reason(0.123) == (
        "relevance 0.12 < 0.50: not a report of a violent incident")


def test_tokens_fold_digits_and_join_title() -> None:
    assert tokens("Man, 45, shot", "In 2016 he wasn't hurt") == [
        "man", "0", "shot", "in", "0", "he", "wasn't", "hurt"]


def test_features_are_stable_and_normalised() -> None:
    index, value = featurise("A title", "Some text here.")
    again, _ = featurise("A title", "Some text here.")
    assert (index == again).all()
    assert abs(float((value**2).sum()) - 1.0) < 1e-5


def test_loading_a_missing_model_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="casefile.relevance.train"):
        RelevanceModel.load(tmp_path)


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_training_on_a_tiny_fixture_gives_a_loadable_model(tmp_path: Path) -> None:
    violent = ["shot and killed", "stabbed to death", "wounded by gunfire", "beaten to death"]
    calm = ["won the cup final", "profits rose sharply", "released a new album",
            "voted on the budget"]
    _write_jsonl(tmp_path / "gva" / "articles.jsonl", [
        {"article_id": f"a{i}", "incident_id": str(i), "title": "Police report",
         "text": f"A man was {violent[i % 4]} on Main Street on Friday, police said."}
        for i in range(24)])
    _write_jsonl(tmp_path / "neg" / "news.jsonl", [
        {"article_id": f"b{i}", "title": "", "category": "business",
         "text": f"The company {calm[i % 4]} on Friday, its chairman said."}
        for i in range(24)])
    _write_jsonl(tmp_path / "hard.jsonl", [
        {"id": "h1", "label": False, "category": "sport", "group": "sport-0",
         "text": "The striker shot wide and the keeper killed it in the shootout."},
        {"id": "h2", "label": True, "category": "stabbing", "group": "stab-0",
         "text": "A woman was stabbed to death in her home; her partner was charged."}])

    model, report = train(tmp_path / "gva", tmp_path / "neg", tmp_path / "hard.jsonl",
                          Settings(epochs=60, folds=2))
    model.save(tmp_path / "model")
    loaded = RelevanceModel.load(tmp_path / "model")

    assert loaded.meta["threshold"] == THRESHOLD
    shot = loaded.score("Police report", "A man was shot and killed on Main Street.")
    cup = loaded.score("", "The company won the cup final, its chairman said.")
    assert 0.0 <= cup < shot <= 1.0
    assert shot == pytest.approx(model.score("Police report",
                                             "A man was shot and killed on Main Street."),
                                 abs=1e-3)  # float16 weights on disk
    assert set(report) >= {"held_out", "held_out_gva"}


def test_training_is_deterministic(tmp_path: Path) -> None:
    _write_jsonl(tmp_path / "set.jsonl", [
        {"id": "1", "label": True, "text": "He was shot dead."},
        {"id": "2", "label": False, "text": "Shares rose today."}])
    examples = read_labelled(tmp_path / "set.jsonl")
    first = fit(examples, Settings(epochs=20))
    second = fit(examples, Settings(epochs=20))
    assert (first.weights == second.weights).all()
    assert first.bias == second.bias


def test_training_needs_both_labels(tmp_path: Path) -> None:
    _write_jsonl(tmp_path / "gva" / "articles.jsonl", [
        {"article_id": "a", "incident_id": "1", "title": "t", "text": "He was shot."}])
    _write_jsonl(tmp_path / "neg.jsonl", [])
    (tmp_path / "neg.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(ValueError, match="both"):
        train(tmp_path / "gva", tmp_path / "neg.jsonl", None)
