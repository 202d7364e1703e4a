"""Learn the pair model's weights from a gold set's labelled pairs; writes weights.py.

    python -m casefile.resolve.train ../shared/data/gva-dev preds.jsonl [--split tune]

PREDICTIONS are per-article records saved by `casefile eval --predictions`. Articles of
one gold incident are the positive pairs; every other pair that blocking proposes is a
negative. The model is an L2-regularised logistic regression fitted by Newton's method
(20 weights: no library needed); the threshold is the one that gives the best B-cubed F1
of the resulting incidents on the same split. Only the tune split is used, so the
holdout stays unseen.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from casefile.eval import SavedPredictions, load_gold, select
from casefile.eval.report import bcubed, f1
from casefile.resolve.cluster import Resolver, UnionFind
from casefile.resolve.features import Report
from casefile.resolve.score import FEATURES, compare

L2 = 1.0
TOLERANCE = 0.001  # of B-cubed F1: thresholds this close score alike
WEIGHTS_FILE = Path(__file__).with_name("weights.py")


def candidate_pairs(reports: Sequence[Report]) -> list[tuple[str, str]]:
    """Every pair that blocking proposes, each once, as (earlier added, later added)."""
    resolver = Resolver()
    pairs = []
    for report in reports:
        for other in sorted(resolver.candidates(report)):
            pairs.append((other, report.article_id))
        resolver.index(report)  # the pairs, not the clusters, are wanted here
    return pairs


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 30) -> np.ndarray:
    """Logistic regression weights (bias last) by Newton's method with an L2 penalty."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.eye(xb.shape[1]) * l2
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        gradient = xb.T @ (p - y) + penalty @ w
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def clusters(ids: Sequence[str], pairs: Sequence[tuple[str, str]],
             keep: np.ndarray) -> dict[str, str]:
    """The cluster (representative) of each id after joining the kept pairs."""
    sets = UnionFind()
    for item in ids:
        sets.add(item)
    for (a, b), k in zip(pairs, keep):
        if k:
            sets.union(a, b)
    return {item: sets.find(item) for item in ids}


def pick_threshold(thresholds: Sequence[float], scores: Sequence[float],
                   tolerance: float = TOLERANCE) -> tuple[float, float]:
    """(F1, threshold): the highest threshold whose F1, averaged with its two
    neighbours', is within `tolerance` of the best such average.

    One step of the curve is a few pairs, so a peak between two dips is noise; and of
    thresholds that score alike the higher is safer, because an archive larger than the
    tune split holds more reports for a chance link, and one wrong link joins two whole
    incidents."""
    smoothed = []
    for n in range(len(thresholds)):
        near = scores[max(0, n - 1):n + 2]
        smoothed.append(sum(near) / len(near))
    top = max(smoothed)
    return max((threshold, score) for threshold, score in zip(thresholds, smoothed)
               if score >= top - tolerance)[::-1]


def main(argv: Sequence[str] | None = None) -> None:
    """Fit, pick the threshold, write weights.py, print what was measured."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir")
    parser.add_argument("predictions")
    parser.add_argument("--split", default="tune")
    parser.add_argument("--output", default=str(WEIGHTS_FILE))
    args = parser.parse_args(argv)
    gold = load_gold(args.gold_dir)
    saved = SavedPredictions(args.predictions)
    incidents: dict[str, set[str]] = defaultdict(set)
    articles = {}
    for article in select(gold, args.split, None):
        incidents[article.id].add(article.extra["incident_id"])
        articles[article.id] = article
    reports = sorted((Report.of(a, saved.extract(a)) for a in articles.values()),
                     key=lambda r: (r.day or 0, r.article_id))
    by_id = {r.article_id: r for r in reports}
    pairs = candidate_pairs(reports)
    x = np.array([compare(by_id[a], by_id[b]) for a, b in pairs])
    y = np.array([float(bool(incidents[a] & incidents[b])) for a, b in pairs])
    gold_positive = sum(len(v) * (len(v) - 1) // 2 for v in _members(incidents).values())
    print(f"{len(reports)} reports, {len(pairs)} candidate pairs, {int(y.sum())} positive "
          f"of {gold_positive} gold pairs (blocking recall {y.sum() / gold_positive:.3f})")
    w = fit(x, y)
    p = 1.0 / (1.0 + np.exp(-np.clip(x @ w[:-1] + w[-1], -30, 30)))
    ids = [r.article_id for r in reports]
    gold_label = [min(incidents[i]) for i in ids]
    thresholds = [round(float(t), 3) for t in np.arange(0.2, 0.96, 0.025)]
    scores = []
    for threshold in thresholds:
        cluster = clusters(ids, pairs, p >= threshold)
        precision, recall = bcubed([cluster[i] for i in ids], gold_label)
        scores.append(f1(precision, recall) or 0.0)
        print(f"threshold {threshold:.3f}: B-cubed P {precision:.4f} R {recall:.4f} "
              f"F1 {scores[-1]:.4f}")
    best = pick_threshold(thresholds, scores)
    print(f"best threshold {best[1]} (F1 {best[0]:.4f}, with its neighbours)")
    for name, weight in zip(FEATURES, w):
        print(f"  {name:<16} {weight:+.3f}")
    lines = [f"    {v:+.4f},  # {name}" for name, v in zip(FEATURES, w)]
    Path(args.output).write_text(
        '"""Weights of the pair model (score.py); written by '
        '`python -m casefile.resolve.train`."""\n\n'
        f"# Fitted on the {args.split} split of {Path(args.gold_dir).name}: {len(pairs)} "
        f"candidate pairs, {int(y.sum())} positive.\n"
        "WEIGHTS = (\n" + "\n".join(lines) + "\n)\n"
        f"BIAS = {w[-1]:.4f}\nTHRESHOLD = {best[1]}\n",
        encoding="utf-8")


def _members(incidents: dict[str, set[str]]) -> dict[str, set[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    for article, ids in incidents.items():
        for incident in ids:
            members[incident].add(article)
    return members


if __name__ == "__main__":
    main()
