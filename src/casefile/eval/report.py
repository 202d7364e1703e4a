"""The evaluation report: metrics summed over articles, as JSON or a text table."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefile.eval.score import FIELDS, ArticleScore, Counts


def ratio(numerator: float, denominator: float) -> float | None:
    """numerator / denominator, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


def f1(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean of precision and recall; an undefined one counts as 0 (None if both)."""
    if precision is None and recall is None:
        return None
    precision, recall = precision or 0.0, recall or 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def bcubed(predicted: list[str], gold: list[str]) -> tuple[float | None, float | None]:
    """B-cubed (precision, recall) of item i in cluster predicted[i] vs gold[i]."""
    if not predicted:
        return None, None
    pred_size: dict[str, int] = defaultdict(int)
    gold_size: dict[str, int] = defaultdict(int)
    both: dict[tuple[str, str], int] = defaultdict(int)
    for p, g in zip(predicted, gold, strict=True):
        pred_size[p] += 1
        gold_size[g] += 1
        both[p, g] += 1
    n = len(predicted)
    precision = sum(both[p, g] / pred_size[p] for p, g in zip(predicted, gold)) / n
    recall = sum(both[p, g] / gold_size[g] for p, g in zip(predicted, gold)) / n
    return precision, recall


# Upper bounds (words) of the length bands of the breakdown: a short brief, a usual report,
# a long report, and features, trial coverage and roundups (where other people abound).
LENGTH_BANDS: tuple[int, ...] = (300, 700, 1400)


def length_band(words: int) -> str:
    """The name of the length band an article of this many words falls in."""
    low = 0
    for high in LENGTH_BANDS:
        if words < high:
            return f"{low}-{high - 1}"
        low = high
    return f"{low}+"


def _prf(tp: int, tp_recall: int, predicted: int, gold: int) -> dict[str, Any]:
    precision, recall = ratio(tp, predicted), ratio(tp_recall, gold)
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall),
            "true_positives": tp, "predicted": predicted, "gold": gold}


@dataclass
class EvalReport:
    """Metrics of one evaluation run, and each article's score for failure analysis."""

    gold_dir: str
    split: str
    articles: list[ArticleScore] = field(default_factory=list)

    def totals(self) -> Counts:
        """The participant counts summed over all articles."""
        total = Counts()
        for score in self.articles:
            total.add(score.counts)
        return total

    def field_accuracy(self, name: str) -> dict[str, Any]:
        """Accuracy of one incident-level field, over articles and over incidents."""
        by_incident: dict[str, list[bool]] = defaultdict(list)
        for score in self.articles:
            by_incident[score.incident_id].append(score.fields[name])
        per_incident = [sum(v) / len(v) for v in by_incident.values()]
        right = sum(score.fields[name] for score in self.articles)
        return {"article": ratio(right, len(self.articles)),
                "incident": ratio(sum(per_incident), len(per_incident)),
                "right": right, "n": len(self.articles)}

    def by_length(self) -> dict[str, dict[str, Any]]:
        """Field accuracy and name precision/recall per article length band (words)."""
        bands: dict[str, list[ArticleScore]] = defaultdict(list)
        for score in self.articles:
            bands[length_band(score.words)].append(score)
        out: dict[str, dict[str, Any]] = {}
        for band in sorted(bands, key=lambda name: int(name.split("-")[0].rstrip("+"))):
            scores = bands[band]
            total = Counts()
            for score in scores:
                total.add(score.counts)
            out[band] = {"articles": len(scores),
                         **{name: ratio(sum(s.fields[name] for s in scores), len(scores))
                            for name in FIELDS},
                         "names": _prf(total.matched, total.matched_mentioned,
                                       total.predicted, total.gold_mentioned)}
        return out

    def metrics(self) -> dict[str, Any]:
        """Every metric, keyed as in docs/evaluation.md."""
        c = self.totals()
        grouping_p, grouping_r = bcubed([s.record_id for s in self.articles],
                                        [s.incident_id for s in self.articles])
        return {
            **{name: self.field_accuracy(name) for name in FIELDS},
            "names": _prf(c.matched, c.matched_mentioned, c.predicted, c.gold_mentioned),
            "strict": _prf(c.strict, c.strict_mentioned, c.predicted, c.gold_mentioned),
            "role": {"accuracy": ratio(c.role_right, c.role_n), "n": c.role_n},
            "status": {"accuracy": ratio(c.status_right, c.status_n), "n": c.status_n},
            "age": {"precision": ratio(c.age_predicted_right, c.age_predicted),
                    "recall": ratio(c.age_findable_right, c.age_findable),
                    "n_predicted": c.age_predicted, "n_findable": c.age_findable},
            "gender": {"precision": ratio(c.gender_right, c.gender_predicted),
                       "coverage": ratio(c.gender_predicted, c.gender_gold),
                       "n_predicted": c.gender_predicted, "n_gold": c.gender_gold},
            "grouping": {"precision": grouping_p, "recall": grouping_r,
                         "f1": f1(grouping_p, grouping_r),
                         "predicted_clusters": len({s.record_id for s in self.articles}),
                         "gold_clusters": len({s.incident_id for s in self.articles})},
            "by_length": self.by_length(),
        }

    def to_json(self) -> dict[str, Any]:
        """The report as JSON: where it came from, sizes and metrics."""
        return {"gold_dir": self.gold_dir, "split": self.split,
                "articles": len(self.articles),
                "incidents": len({s.incident_id for s in self.articles}),
                "metrics": self.metrics()}

    def failures(self) -> Iterable[dict[str, Any]]:
        """One JSON object per article: gold and predicted summaries and what failed."""
        for score in self.articles:
            yield {"article_id": score.article_id, "incident_id": score.incident_id,
                   "failed": score.failed, **score.detail}


def write_failures(report: EvalReport, path: str | Path) -> int:
    """Write report.failures() as JSON lines; returns how many."""
    with Path(path).open("w", encoding="utf-8") as handle:
        lines = [json.dumps(line, ensure_ascii=False) + "\n" for line in report.failures()]
        handle.writelines(lines)
    return len(lines)


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:5.1f}%"


def format_text(report: EvalReport) -> str:
    """The report as a plain-text table."""
    data = report.to_json()
    m = data["metrics"]
    lines = [(f"casefile eval: {data['gold_dir']}  split={data['split']}  "
             f"articles={data['articles']}  incidents={data['incidents']}"), ""]
    lines.append(f"{'field':<10}{'per article':>13}{'per incident':>14}")
    for name in FIELDS:
        lines.append(f"{name:<10}{_pct(m[name]['article']):>13}{_pct(m[name]['incident']):>14}")
    lines += ["", f"{'people':<22}{'precision':>10}{'recall':>9}{'F1':>9}   counts"]
    for key, label in (("names", "names (surname)"), ("strict", "strict (+role+status)")):
        row = m[key]
        lines.append(f"{label:<22}{_pct(row['precision']):>10}{_pct(row['recall']):>9}"
                     f"{_pct(row['f1']):>9}   tp={row['true_positives']} "
                     f"pred={row['predicted']} gold={row['gold']}")
    g = m["grouping"]
    lines.append(f"{'grouping (B-cubed)':<22}{_pct(g['precision']):>10}{_pct(g['recall']):>9}"
                 f"{_pct(g['f1']):>9}   clusters pred={g['predicted_clusters']} "
                 f"gold={g['gold_clusters']}")
    lines += ["", "on matched people"]
    lines.append(f"  role accuracy    {_pct(m['role']['accuracy'])}   n={m['role']['n']}")
    lines.append(f"  status accuracy  {_pct(m['status']['accuracy'])}   n={m['status']['n']}")
    lines.append(f"  age precision    {_pct(m['age']['precision'])}   "
                 f"n={m['age']['n_predicted']}")
    lines.append(f"  age recall       {_pct(m['age']['recall'])}   n={m['age']['n_findable']}")
    lines.append(f"  gender precision {_pct(m['gender']['precision'])}   "
                 f"n={m['gender']['n_predicted']}")
    lines.append(f"  gender coverage  {_pct(m['gender']['coverage'])}   n={m['gender']['n_gold']}")
    lines += ["", "by article length (words)",
              f"  {'words':<10}{'articles':>9}" + "".join(f"{n:>9}" for n in FIELDS)
              + f"{'names P':>9}{'names R':>9}"]
    for band, row in m["by_length"].items():
        lines.append(f"  {band:<10}{row['articles']:>9}"
                     + "".join(f"{_pct(row[n]):>9}" for n in FIELDS)
                     + f"{_pct(row['names']['precision']):>9}{_pct(row['names']['recall']):>9}")
    return "\n".join(lines)
