"""Scoring merged incidents: resolve + merge over a split, then score every article.

Each article is scored through the merged record of the incident it was resolved into:
the fields (killed, injured, date, place) and people of that record against the article's
gold incident, and the grouping (B-cubed) of articles into incidents against GVA's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from casefile.eval import SupportsExtract, evaluate
from casefile.eval.gold import load_gold, select
from casefile.eval.report import EvalReport
from casefile.eval.score import score_article
from casefile.merge import incidents_of
from casefile.models import Record


def evaluate_merged(
    gold_dir: str | Path,
    extractor: SupportsExtract,
    *,
    split: str = "all",
    limit: int | None = None,
    n_process: int = 1,
    progress: Callable[[int, int], None] | None = None,
    keep_records: list[Record] | None = None,
) -> EvalReport:
    """Extract every article of a split, resolve and merge them, score the incidents."""
    records: list[Record] = []
    evaluate(gold_dir, extractor, split=split, limit=limit, n_process=n_process,
             progress=progress, keep_records=records)
    if keep_records is not None:
        keep_records.extend(records)
    gold = load_gold(gold_dir)
    articles = select(gold, split, limit)
    incident_of: dict[str, Record] = {}
    for merged in incidents_of(articles, records):
        for article_id in merged.record.articles:
            incident_of[article_id] = merged.record
    report = EvalReport(gold_dir=str(gold_dir), split=f"{split} (merged)")
    for article in articles:
        gold_incident = gold.incidents[article.extra["incident_id"]]
        report.articles.append(score_article(article, gold_incident, incident_of[article.id]))
    return report
