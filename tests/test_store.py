"""The store: migrations, round-trips, all-or-nothing writes, ingest and export."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, select, text

from casefile.errors import InputError, NotFoundError, StoreError
from casefile.models import Record
from casefile.store import CSV_COLUMNS, Failure, Store, ingest
from casefile.store.engine import MIGRATIONS
from casefile.store.schema import Base, RunRow


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head
    return head


# --- opening and migrating -------------------------------------------------------------


def test_open_creates_schema_at_head(store: Store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "records", "runs", "alembic_version"} <= tables
    with store.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()


def test_migrations_match_models(store: Store) -> None:
    """A model changed without a migration shows up here as a difference."""
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_reopen_keeps_data(db_url: str, make_article, fake_extractor) -> None:
    article = make_article(1)
    with Store.open(db_url) as store:
        store.add(article, fake_extractor.extract(article))
    with Store.open(db_url) as store:
        assert store.has_article(article.id)
        assert store.count() == 1


def test_plain_path_is_a_sqlite_file(tmp_path) -> None:
    path = tmp_path / "plain.db"
    with Store.open(str(path)) as store:
        assert store.engine.dialect.name == "sqlite"
    assert path.exists()


def test_default_database_comes_from_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CASEFILE_DB", str(tmp_path / "env.db"))
    with Store.open() as store:
        assert store.url.endswith("env.db")


@pytest.mark.parametrize("url, expected", [
    ("nosuchdb://localhost/x", "no driver"),
    ("postgresql+psycopg://someone:s3cret@127.0.0.1:1/casefile", "cannot open database"),
    ("sqlite:////no/such/directory/casefile.db", "cannot open database"),
    ("/no/such/directory/casefile.db", "cannot open database"),
    ("://nonsense", "not a database URL"),
])
def test_bad_database_is_one_clean_line(url: str, expected: str) -> None:
    with pytest.raises(StoreError) as caught:
        Store.open(url)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message
    assert "s3cret" not in message


def test_file_that_is_not_a_database(tmp_path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database, just some notes " * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(str(path))


def test_database_from_a_newer_casefile(db_url: str) -> None:
    Store.open(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'fffffffffff'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer casefile"):
        Store.open(db_url)


def _open_and_close(url: str) -> str | None:
    try:
        Store.open(url).close()
    except StoreError as exc:
        return str(exc)
    return None


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_processes_opening_a_new_database_at_once(db_url: str) -> None:
    """Parallel ingest workers all open (and so migrate) the same new database."""
    with multiprocessing.get_context("fork").Pool(4) as pool:
        assert pool.map(_open_and_close, [db_url] * 4) == [None] * 4


# --- adding and reading back -----------------------------------------------------------


def test_add_round_trip(store: Store, make_article, fake_extractor) -> None:
    article = make_article(1, url="https://example.com/news/1", extra={"gold": "inc_7"})
    record = fake_extractor.extract(article)
    store.add(article, record, model="fake")
    assert store.has_article(article.id)
    assert not store.has_article("no-such-id")
    assert store.article(article.id) == article
    assert store.record(record.id) == record
    assert list(store.records()) == [record]


def test_columns_copy_the_record(store: Store, make_article, fake_extractor) -> None:
    article = make_article(1)
    store.add(article, fake_extractor.extract(article))
    with store.engine.connect() as connection:
        row = connection.execute(text(
            "SELECT relevant, incident_type, date, city, region, country, killed, injured "
            "FROM records")).one()
        hashed = connection.execute(text("SELECT content_hash FROM articles")).scalar_one()
    assert tuple(row) == (True, "stabbing", "2022-03-01", "Leeds", "England", "GB", 1, 2)
    assert len(hashed) == 16


def test_missing_ids_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.article("nope")
    with pytest.raises(NotFoundError):
        store.record("nope")


def test_records_come_back_in_insertion_order(store: Store, make_article, fake_extractor) -> None:
    articles = [make_article(n) for n in range(1, 6)]
    for article in articles:
        store.add(article, fake_extractor.extract(article))
    assert [r.articles[0] for r in store.records()] == [a.id for a in articles]


def test_adding_an_article_twice_fails_cleanly(store: Store, make_article, fake_extractor) -> None:
    article = make_article(1)
    store.add(article, fake_extractor.extract(article))
    with pytest.raises(StoreError, match=f"cannot store article {article.id}"):
        store.add(article, fake_extractor.extract(article))
    assert store.count() == 1


def test_failure_mid_transaction_leaves_nothing(store: Store, make_article,
                                                fake_extractor) -> None:
    first, second = make_article(1), make_article(2)
    store.add(first, fake_extractor.extract(first))
    # The article row goes in, then the record collides with a stored record's id:
    # the whole transaction must roll back, article included.
    clashing = fake_extractor.extract(second).model_copy(
        update={"id": fake_extractor.extract(first).id})
    with pytest.raises(StoreError):
        store.add(second, clashing)
    assert not store.has_article(second.id)
    assert store.count() == 1
    # ... and the store is still usable afterwards.
    store.add(second, fake_extractor.extract(second))
    assert store.count() == 2


def test_record_of_another_article_is_refused(store: Store, make_article,
                                              fake_extractor) -> None:
    first, second = make_article(1), make_article(2)
    with pytest.raises(StoreError, match="not a record of article"):
        store.add(second, fake_extractor.extract(first))
    assert not store.has_article(second.id)


# --- ingest ----------------------------------------------------------------------------


def test_ingest_adds_every_new_article(store: Store, make_article, fake_extractor) -> None:
    articles = [make_article(n) for n in range(1, 4)]
    summary = ingest(articles, store, fake_extractor, model="fake")
    assert (summary.read, summary.added, summary.skipped_existing) == (3, 3, 0)
    assert summary.ok and summary.failed == []
    assert store.count() == 3


def test_ingest_twice_is_a_no_op(store: Store, make_article, fake_extractor) -> None:
    articles = [make_article(n) for n in range(1, 4)]
    ingest(articles, store, fake_extractor)
    before = list(store.records())
    fake_extractor.calls.clear()
    summary = ingest(articles, store, fake_extractor)
    assert (summary.read, summary.added, summary.skipped_existing) == (3, 0, 3)
    assert fake_extractor.calls == []  # not even re-extracted
    assert list(store.records()) == before


def test_ingest_same_article_twice_in_one_batch(store: Store, make_article,
                                                fake_extractor) -> None:
    article = make_article(1)
    summary = ingest([article, article], store, fake_extractor)
    assert (summary.added, summary.skipped_existing) == (1, 1)
    assert fake_extractor.calls == [article.id]


def test_ingest_counts_unreadable_inputs_and_goes_on(store: Store, make_article,
                                                     fake_extractor) -> None:
    heard: list[Failure] = []
    items = [make_article(1), InputError("feed.jsonl", "not JSON", line=3), make_article(2)]
    summary = ingest(items, store, fake_extractor, on_failure=heard.append)
    assert (summary.read, summary.added, len(summary.failed)) == (3, 2, 1)
    assert not summary.ok
    assert str(summary.failed[0]) == "feed.jsonl:3: not JSON"
    assert heard == summary.failed


def test_ingest_isolates_a_failed_extraction(store: Store, make_article,
                                             make_extractor) -> None:
    bad, good = make_article(1), make_article(2)
    extractor = make_extractor(fail_on={bad.id})
    summary = ingest([bad, good], store, extractor)
    assert summary.added == 1
    assert [f.where for f in summary.failed] == [f"report1.txt (article {bad.id})"]
    assert "RuntimeError" in summary.failed[0].reason
    assert not store.has_article(bad.id)
    # Fixed later, the failed article goes in on the next run.
    assert ingest([bad, good], store, make_extractor()).added == 1


def test_ingest_writes_an_audit_row(store: Store, make_article, fake_extractor) -> None:
    items = [make_article(1), make_article(1), InputError("x.txt", "is empty")]
    summary = ingest(items, store, fake_extractor, model="fake-model")
    with store.engine.connect() as connection:
        run = connection.execute(select(RunRow)).one()
        record_run = connection.execute(text("SELECT run_id, model FROM records")).one()
    assert run.id == summary.run_id
    assert (run.command, run.model, run.read, run.added, run.skipped, run.failed) == (
        "ingest", "fake-model", 3, 1, 1, 1)
    assert run.finished_at is not None
    assert tuple(record_run) == (summary.run_id, "fake-model")


# --- export ----------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store, make_article, fake_extractor) -> Store:
    """A store with two relevant records and one irrelevant one."""
    for n in (1, 2):
        article = make_article(n, url=f"https://example.com/{n}")
        store.add(article, fake_extractor.extract(article))
    other = make_article(3)
    store.add(other, fake_extractor.extract(other).model_copy(update={"relevant": False}))
    return store


def test_export_jsonl_per_article(filled: Store) -> None:
    out = io.StringIO()
    assert filled.export("jsonl", out, per_article=True) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [
        r.to_json() for r in filled.records(relevant_only=True)]
    assert Record.model_validate_json(lines[0]).killed == 1


def test_export_jsonl_is_one_line_per_incident(filled: Store) -> None:
    # The fake extractor gives every article the same people, place and date: one incident,
    # of the relevant articles only (one that reports no incident is filed under none).
    out = io.StringIO()
    assert filled.export("jsonl", out) == 1
    (incident,) = [Record.model_validate_json(line) for line in out.getvalue().splitlines()]
    assert sorted(incident.articles) == sorted(
        r.articles[0] for r in filled.records(relevant_only=True))
    assert len(incident.articles) == 2
    assert incident.id.startswith("inc_") and incident.killed == 1
    assert [p.name for p in incident.participants] == [
        "Ann Smith", "Bob Jones", None, "John Doe"]


def test_export_everything(filled: Store) -> None:
    out = io.StringIO()
    assert filled.export("jsonl", out, relevant_only=False, per_article=True) == 3


def test_export_csv(filled: Store) -> None:
    out = io.StringIO()
    assert filled.export("csv", out, per_article=True) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == CSV_COLUMNS
    row = rows[0]
    first = next(filled.records())
    assert row["id"] == first.id
    assert row["articles"] == first.articles[0]
    assert row["url"] == "https://example.com/1"
    assert row["methods"] == "stabbing;vehicle"
    assert (row["date"], row["city"], row["country"]) == ("2022-03-01", "Leeds", "GB")
    assert (row["killed"], row["injured"], row["participants"]) == ("1", "2", "4")
    assert row["victims"] == "Ann Smith;Bob Jones"
    assert row["suspects"] == "John Doe"


def test_export_csv_of_an_empty_store_is_a_header(store: Store) -> None:
    out = io.StringIO()
    assert store.export("csv", out) == 0
    assert out.getvalue() == ",".join(CSV_COLUMNS) + "\n"


def test_export_unknown_format(store: Store) -> None:
    with pytest.raises(StoreError, match="use one of: jsonl, csv"):
        store.export("xml", io.StringIO())  # type: ignore[arg-type]
