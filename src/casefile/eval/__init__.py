"""eval: score extracted records against Gun Violence Archive gold data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from casefile.errors import CasefileError
from casefile.eval.gold import SPLITS, GoldData, load_gold, select, split_of
from casefile.eval.predictions import SavedPredictions, write_records
from casefile.eval.report import EvalReport, bcubed, format_text, write_failures
from casefile.eval.score import score_article
from casefile.models import Article, Record

__all__ = ["SPLITS", "AlignmentError", "EvalReport", "GoldData", "SavedPredictions",
           "bcubed", "evaluate", "format_text", "load_gold", "select", "split_of",
           "write_failures", "write_records"]


class AlignmentError(CasefileError):
    """The extractor returned records that do not line up with the articles given."""


class SupportsExtract(Protocol):
    def extract(self, article: Article) -> Record: ...


def _records(extractor: SupportsExtract, articles: list[Article],
             n_process: int) -> Iterator[Record]:
    extract_many = getattr(extractor, "extract_many", None)
    if extract_many is not None:
        return iter(extract_many(articles, n_process=n_process))
    return (extractor.extract(article) for article in articles)


def evaluate(
    gold_dir: str | Path,
    extractor: SupportsExtract,
    *,
    split: str = "all",
    limit: int | None = None,
    n_process: int = 1,
    progress: Callable[[int, int], None] | None = None,
    keep_records: list[Record] | None = None,
) -> EvalReport:
    """Extract every article of a gold split and score the records against GVA.

    `progress(done, total)` is called after each article; `keep_records`, if given,
    receives every record (to save predictions).
    """
    gold = load_gold(gold_dir)
    articles = select(gold, split, limit)
    report = EvalReport(gold_dir=str(gold_dir), split=split)
    records: Iterator[Record] = _records(extractor, articles, n_process)
    done = 0
    for article, record in zip(articles, records):
        # A record for another article would silently score the wrong text.
        if record.articles and article.id not in record.articles:
            raise AlignmentError(f"record {record.id} is for articles {record.articles}, "
                                 f"expected article {article.id}")
        incident = gold.incidents[article.extra["incident_id"]]
        report.articles.append(score_article(article, incident, record))
        if keep_records is not None:
            keep_records.append(record)
        done += 1
        if progress is not None:
            progress(done, len(articles))
    if done != len(articles) or next(records, None) is not None:
        raise AlignmentError(f"the extractor did not return one record per article "
                             f"({len(articles)} articles)")
    return report
