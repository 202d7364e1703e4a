"""The relevance check inside extract and ingest, with the real model and shipped weights."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from casefile.cli import main
from casefile.extract import Extractor
from casefile.models import Article
from casefile.store import Store

INCIDENT = ("A 24-year-old man was shot and killed outside a bar early Saturday, police said. "
            "Officers found the victim with a gunshot wound to the chest. A suspect was "
            "arrested on Sunday and charged with murder.")
BUSINESS = ("Shares in the carmaker rose 4% on Tuesday after it reported higher quarterly "
            "profits and raised its forecast for the year, helped by strong sales in Asia.")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_relevant_article_is_extracted(extractor: Extractor) -> None:
    record = extractor.extract(Article.make(INCIDENT, title="Man shot dead outside bar"))
    assert record.relevant and record.relevance >= 0.5 and record.skip_reason is None
    assert record.killed == 1 and record.participants


def test_irrelevant_article_gets_an_empty_record(extractor: Extractor) -> None:
    record = extractor.extract(Article.make(BUSINESS, title="Carmaker profits rise"))
    assert not record.relevant and record.relevance < 0.5
    assert record.participants == [] and record.killed == 0
    assert "not a report of a violent incident" in (record.skip_reason or "")


def test_extract_many_keeps_order_around_skipped_articles(extractor: Extractor) -> None:
    articles = [Article.make(BUSINESS + f" Note {i}.", title="Markets") for i in range(2)]
    articles.insert(1, Article.make(INCIDENT, title="Man shot dead outside bar"))
    records = list(extractor.extract_many(articles))
    assert [r.articles[0] for r in records] == [a.id for a in articles]
    assert [r.relevant for r in records] == [False, True, False]


def test_ingest_stores_irrelevant_article_as_skipped(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in [
        {"id": "a1", "title": "Man shot dead outside bar", "text": INCIDENT,
         "published": "2022-02-01"},
        {"id": "a2", "title": "Carmaker profits rise", "text": BUSINESS,
         "published": "2022-02-01"},
    ]) + "\n")
    db = str(tmp_path / "cases.db")
    result = CliRunner().invoke(main, ["ingest", str(feed), "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 read, 1 added, 1 skipped as not relevant" in result.stderr
    with Store.open(db) as store:
        assert store.count() == 2  # both records kept, so neither is read again
        assert store.incident_count() == 1
        incidents = list(store.incidents())
    assert [i.articles for i in incidents] == [["a1"]]


@pytest.mark.parametrize(("title", "extracted"), [
    ("Five Shot During Party At Larkspur Banquet Hall", True),
    ("As Many As 6 Wounded By Gunfire After Fight", True),
    ("2 killed, 3 hurt in crash on the interstate", False),  # a count, but no weapon
    ("Five must-pack items for spring travel", False),
])
def test_a_headline_counting_people_hurt_by_a_weapon_is_extracted(title, extracted) -> None:
    # the body around the story (links, page furniture) scored under the threshold
    from casefile.extract import reports_violence
    assert reports_violence(title, 0.3) is extracted
    assert reports_violence(title, 0.6)  # a passing score decides alone
