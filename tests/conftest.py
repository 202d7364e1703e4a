"""Shared fixtures: databases (SQLite always, PostgreSQL when configured) and fake extractors."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine

from casefile.models import Article, Location, Participant, Record
from casefile.store import Store

PG_ENV = "CASEFILE_TEST_PG_URL"


def _clear_database(url: str) -> None:
    """Drop every table, so each PostgreSQL test starts from an empty database."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            existing = MetaData()
            existing.reflect(connection)
            existing.drop_all(connection)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database: a fresh SQLite file, or the test PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'casefile.db'}"
        return
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"set {PG_ENV}=postgresql+psycopg://… to test against PostgreSQL")
    _clear_database(url)
    yield url
    _clear_database(url)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open, migrated, empty store."""
    with Store.open(db_url) as opened:
        yield opened


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """A factory of distinct small articles: make_article(1), make_article(2, url=…)."""

    def make(n: int = 1, **fields) -> Article:
        text = f"A man, {20 + n}, was stabbed in Leeds on Tuesday. Police arrested John Doe {n}."
        fields.setdefault("title", f"Stabbing number {n}")
        fields.setdefault("published", dt.date(2022, 3, n % 28 + 1))
        fields.setdefault("source", f"report{n}.txt")
        return Article.make(text, **fields)

    return make


class FakeExtractor:
    """Stands in for casefile.extract.Extractor: a fixed-shape record, and a count of calls."""

    def __init__(self, fail_on: set[str] | None = None):
        self.calls: list[str] = []
        self.fail_on = fail_on or set()

    def extract(self, article: Article) -> Record:
        self.calls.append(article.id)
        if article.id in self.fail_on:
            raise RuntimeError("the fake extractor was told to fail")
        return Record(
            id=f"inc_{article.id}",
            articles=[article.id],
            title=article.title,
            published=article.published.isoformat() if article.published else None,
            url=article.url,
            incident_type="stabbing",
            methods=["stabbing", "vehicle"],
            date="2022-03-01",
            date_text="on Tuesday",
            location=Location(text="Leeds", place="Leeds", city="Leeds", region="England",
                              country="GB"),
            killed=1,
            injured=2,
            participants=[
                Participant(id="p1", name="Ann Smith", role="victim", status=["killed"]),
                Participant(id="p2", name="Bob Jones", role="victim", status=["injured"]),
                Participant(id="p3", description="a 20-year-old man", role="victim"),
                Participant(id="p4", name="John Doe", role="suspect", status=["arrested"]),
            ],
        )


@pytest.fixture
def fake_extractor() -> FakeExtractor:
    """A fast extractor that records which articles it was asked to extract."""
    return FakeExtractor()


@pytest.fixture
def make_extractor() -> type[FakeExtractor]:
    """The fake extractor's class, for tests that need one that fails or several."""
    return FakeExtractor


@pytest.fixture
def rules_record() -> Callable[..., Record]:
    """Extract one article with the rules alone (the role model off), for tests of what
    the rules themselves say."""
    from casefile.errors import ModelError
    from casefile.extract import extract_article
    from casefile.extract.rolemodel import predicting_with

    def rules_only(doc, person, cues):
        raise ModelError("rules only")

    def extract(text: str, title: str = "") -> Record:
        with predicting_with(rules_only):
            return extract_article(Article(id="rules", title=title, text=text,
                                           published=dt.date(2020, 1, 8)))

    return extract
