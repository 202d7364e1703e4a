"""Saved predictions: score records again without running extraction."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from casefile.errors import GoldDataError
from casefile.models import Article, Record


def write_records(records: Iterable[Record], path: str | Path) -> int:
    """Write records as JSON lines; returns how many."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
            count += 1
    return count


class SavedPredictions:
    """An extractor stand-in that answers each article with its saved record."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.records: dict[str, Record] = {}
        if not self.path.is_file():
            raise GoldDataError(f"{self.path}: no such predictions file")
        with self.path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = Record.model_validate_json(line)
                except ValidationError as exc:
                    first = exc.errors()[0]
                    raise GoldDataError(f"{self.path}:{number}: not a record "
                                        f"({first['msg']})") from None
                for article_id in record.articles:
                    self.records[article_id] = record

    def extract(self, article: Article) -> Record:
        """The saved record of this article."""
        try:
            return self.records[article.id]
        except KeyError:
            raise GoldDataError(f"{self.path}: no record for article {article.id}; "
                                f"save predictions for the same split and limit") from None

    def extract_many(self, articles: Iterable[Article], n_process: int = 1) -> Iterator[Record]:
        """The saved records of many articles, in order."""
        return (self.extract(article) for article in articles)
