"""Train the relevance model, choose its threshold, and measure it on held-out articles.

Run:  python -m casefile.relevance.train --gva ../shared/data/gva-dev \\
          --negatives ../shared/data/negatives-dev --out src/casefile/data/relevance

Deterministic: full-batch optimisation from zero weights, no sampling, fixed splits.
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from casefile.adam import Adam
from casefile.relevance.data import (
    Example,
    read_gva,
    read_labelled,
    read_negatives,
    stable_bucket,
)
from casefile.relevance.features import N_FEATURES, featurise
from casefile.relevance.model import RelevanceModel

DEFAULT_HARD = Path(__file__).resolve().parents[3] / "training" / "relevance" / "hardset.jsonl"


@dataclass(frozen=True)
class Settings:
    """Training knobs; the defaults are the ones the shipped model was trained with."""

    epochs: int = 400
    learning_rate: float = 0.05
    l2: float = 1e-4
    # The hand-written articles are few but are the only ones that teach the hard cases
    # (non-violent crime, accidents, sport's "shot"; stabbings and UK court reports).
    hard_weight: float = 4.0
    folds: int = 5
    # Threshold rule: the highest score threshold that keeps this recall on out-of-fold
    # incident reports. Recall comes first: a missed incident is lost for good, a false
    # alarm only costs the NLP time and a reviewer's glance.
    target_recall: float = 0.985


class _Matrix:
    """Rows of hashed features in CSR-like arrays, so full-batch steps are vectorised."""

    def __init__(self, examples: Sequence[Example]):
        rows, indices, values = [], [], []
        for row, example in enumerate(examples):
            index, value = featurise(example.title, example.text)
            rows.append(np.full(index.size, row, dtype=np.int64))
            indices.append(index)
            values.append(value)
        self.n = len(examples)
        self.rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
        self.indices = np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64)
        self.values = np.concatenate(values) if values else np.zeros(0, dtype=np.float32)

    def subset(self, keep: np.ndarray) -> _Matrix:
        """The rows where `keep` is True, renumbered."""
        new = _Matrix([])
        renumber = np.cumsum(keep) - 1
        mask = keep[self.rows]
        new.n = int(keep.sum())
        new.rows = renumber[self.rows[mask]]
        new.indices = self.indices[mask]
        new.values = self.values[mask]
        return new

    def dot(self, weights: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=weights[self.indices] * self.values,
                           minlength=self.n)

    def grad(self, per_row: np.ndarray) -> np.ndarray:
        return np.bincount(self.indices, weights=per_row[self.rows] * self.values,
                           minlength=N_FEATURES)


def _sample_weights(examples: Sequence[Example], settings: Settings) -> np.ndarray:
    """Each class weighs half of the loss; hard-set articles count `hard_weight` times."""
    raw = np.array([settings.hard_weight if e.source == "hard" else 1.0 for e in examples])
    labels = np.array([e.label for e in examples])
    out = np.zeros(len(examples))
    for value in (True, False):
        mask = labels == value
        if mask.any():
            out[mask] = raw[mask] / raw[mask].sum() / 2
    return out


def _fit(matrix: _Matrix, labels: np.ndarray, sample: np.ndarray,
         settings: Settings) -> tuple[np.ndarray, float]:
    """Weighted logistic regression with L2, by full-batch Adam (no randomness)."""
    adam = Adam(np.zeros(N_FEATURES), 0.0, settings.learning_rate)
    for _ in range(settings.epochs):
        z = matrix.dot(adam.weights) + adam.bias
        error = (1.0 / (1.0 + np.exp(-z)) - labels) * sample
        adam.step(matrix.grad(error) + settings.l2 * adam.weights, float(error.sum()))
    weights, bias = adam.weights, float(adam.bias)
    return weights, bias


def fit(examples: Sequence[Example], settings: Settings = Settings()) -> RelevanceModel:
    """A model trained on `examples` (its threshold is 0.5 until `train` calibrates it)."""
    matrix = _Matrix(examples)
    labels = np.array([e.label for e in examples], dtype=np.float64)
    weights, bias = _fit(matrix, labels, _sample_weights(examples, settings), settings)
    return RelevanceModel(weights.astype(np.float32), bias)


def out_of_fold_logits(examples: Sequence[Example], settings: Settings) -> np.ndarray:
    """Each example's logit from a model trained on the other folds (folds by group)."""
    matrix = _Matrix(examples)
    labels = np.array([e.label for e in examples], dtype=np.float64)
    # A different hash salt from the holdout rule, so folds cut across it evenly.
    fold = np.array([stable_bucket(f"fold:{e.group}", settings.folds) for e in examples])
    logits = np.zeros(len(examples))
    for k in range(settings.folds):
        train_mask = fold != k
        if not train_mask.any() or train_mask.all():
            continue
        part = [e for e, keep in zip(examples, train_mask) if keep]
        weights, bias = _fit(matrix.subset(train_mask), labels[train_mask],
                             _sample_weights(part, settings), settings)
        logits[~train_mask] = matrix.subset(~train_mask).dot(weights) + bias
    return logits


def choose_cut(logits: np.ndarray, labels: np.ndarray, target_recall: float) -> float:
    """The highest logit cut that keeps `target_recall` of the positives at or above it."""
    positives = np.sort(logits[labels])
    if positives.size == 0:
        return 0.0
    allowed_misses = math.floor((1 - target_recall) * positives.size)
    return float(positives[allowed_misses])


def measure(model: RelevanceModel, examples: Sequence[Example],
            threshold: float = 0.5) -> dict:
    """Recall, precision and per-category rates of `model` on `examples`."""
    scores = np.array([model.score(e.title, e.text) for e in examples])
    flagged = scores >= threshold
    labels = np.array([e.label for e in examples])
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for example, hit in zip(examples, flagged):
        key = f"{'pos' if example.label else 'neg'}/{example.source}/{example.category}"
        by_category[key][0] += int(hit)
        by_category[key][1] += 1
    tp = int((flagged & labels).sum())
    fp = int((flagged & ~labels).sum())
    fn = int((~flagged & labels).sum())
    return {
        "articles": len(examples),
        "positives": int(labels.sum()),
        "negatives": int((~labels).sum()),
        "recall": tp / (tp + fn) if tp + fn else None,
        "precision": tp / (tp + fp) if tp + fp else None,
        "false_positives": fp,
        "false_negatives": fn,
        "flagged_by_category": {k: v for k, v in sorted(by_category.items())},
        "misses": sorted(
            (round(float(s), 3), e.source, e.category, e.id, (e.title or e.text)[:70])
            for e, s, hit in zip(examples, scores, flagged) if hit != e.label
        ),
    }


def train(gva: str | Path, negatives: str | Path, hard: str | Path | None = DEFAULT_HARD,
          settings: Settings = Settings()) -> tuple[RelevanceModel, dict]:
    """Train on the non-held-out articles, calibrate, and measure on the held-out ones."""
    examples = read_gva(gva) + read_negatives(negatives)
    if hard is not None:
        examples += read_labelled(hard)
    training = [e for e in examples if not e.holdout]
    held_out = [e for e in examples if e.holdout]
    labels = np.array([e.label for e in training])
    if labels.all() or not labels.any():
        raise ValueError("training needs both relevant and non-relevant articles")

    oof = out_of_fold_logits(training, settings)
    cut = choose_cut(oof, labels, settings.target_recall)
    model = fit(training, settings)
    # Shift the bias so the chosen cut scores exactly 0.5: THRESHOLD stays 0.5 for every
    # trained model and a score reads as "above or below the line" at a glance.
    model.bias -= cut
    model.meta = {
        "threshold": 0.5,
        "trained_on": {"articles": len(training), "positives": int(labels.sum())},
        "settings": settings.__dict__,
        "cut_logit": cut,
    }
    report = {"held_out": measure(model, held_out),
              "held_out_gva": measure(model, [e for e in held_out if e.source == "gva"]),
              "out_of_fold_recall": float((oof[labels] >= cut).mean())}
    return model, report


def _format(report: dict) -> str:
    lines = []
    for name in ("held_out", "held_out_gva"):
        part = report[name]
        recall = "n/a" if part["recall"] is None else f"{part['recall']:.3f}"
        precision = "n/a" if part["precision"] is None else f"{part['precision']:.3f}"
        lines.append(f"{name}: {part['articles']} articles ({part['positives']} relevant, "
                     f"{part['negatives']} not): recall {recall}, precision {precision}")
    lines.append("flagged relevant, held out, by category:")
    for key, (hit, total) in report["held_out"]["flagged_by_category"].items():
        lines.append(f"  {key:<40} {hit:>4}/{total:<4} ({hit / total:.1%})")
    lines.append("held-out mistakes (score, source, category, id, start):")
    lines += [f"  {m}" for m in report["held_out"]["misses"]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: train, write the model, print the held-out report."""
    parser = argparse.ArgumentParser(prog="python -m casefile.relevance.train",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--gva", required=True, help="gva-dev folder (articles.jsonl)")
    parser.add_argument("--negatives", required=True, help="negatives-dev folder or JSONL")
    parser.add_argument("--hard", default=str(DEFAULT_HARD),
                        help="hand-written labelled JSONL ('' for none)")
    parser.add_argument("--out", required=True, help="folder for weights.npz and meta.json")
    args = parser.parse_args(argv)
    model, report = train(args.gva, args.negatives, args.hard or None)
    model.save(args.out)
    print(_format(report))
    print(f"out-of-fold recall at the chosen threshold: {report['out_of_fold_recall']:.3f}")
    print(f"model written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
