"""Nothing lost: an ingest killed with SIGKILL half way, run again, equals one clean run;
two ingests at once into one store make no duplicate incidents.

The ingests run as real subprocesses (`python -c`), with a small scripted extractor that
reads the made-up reports below, so the test needs no spaCy model and stays fast.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from casefile.merge import incidents_of
from casefile.read import iter_articles
from casefile.store import Store

# The extractor of the subprocesses: one line of each report gives a victim, place, date.
EXTRACTOR = r'''
import re, sys, time
from casefile.models import Location, Participant, Record

LINE = re.compile(r"(?P<name>[A-Z][a-z]+ [A-Z][a-z]+), (?P<age>\d+), was shot in "
                  r"(?P<city>[A-Z][a-z]+) on (?P<date>\d{4}-\d\d-\d\d)")


class Scripted:
    def __init__(self, pause=0.0):
        self.pause = pause

    def extract(self, article):
        time.sleep(self.pause)
        m = LINE.search(article.text)
        return Record(
            id="rec_" + article.id, articles=[article.id], title=article.title,
            published=article.published.isoformat() if article.published else None,
            url=article.url, incident_type="shooting", methods=["shooting"],
            date=m["date"], location=Location(text=m["city"], city=m["city"]), killed=1,
            participants=[Participant(id="p1", name=m["name"], age=int(m["age"]),
                                      role="victim", status=["killed"])])
'''
INGEST = EXTRACTOR + r'''
from casefile.read import iter_articles
from casefile.store import Store, ingest

db, feed, pause = sys.argv[1], sys.argv[2], float(sys.argv[3])
with Store.open(db) as store:
    ingest(iter_articles([feed]), store, Scripted(pause))
'''
FIRST = ["Ann", "Bob", "Cy", "Dee", "Eve", "Finn", "Gus", "Hal", "Ida", "Jo"]
LAST = ["Abbot", "Brennan", "Castillo", "Dunmore", "Eccles", "Farrow", "Gideon", "Hartley",
        "Ingram", "Jessop"]
CITIES = ["Ashby", "Brigg", "Cowes", "Deal"]


def write_feed(path: Path, incidents: int = 10, reports: int = 4) -> Path:
    """Made-up reports: `reports` articles for each of `incidents` shootings."""
    lines = []
    for i in range(incidents):
        name = f"{FIRST[i]} {LAST[i]}"
        day = f"2021-{1 + i:02}-{3 + i:02}"
        for n in range(reports):
            published = f"2021-{1 + i:02}-{4 + i + 3 * n:02}"
            lines.append({
                "url": f"https://news.example/{i}/{n}", "title": f"Shooting report {i}-{n}",
                "published": published,
                "text": f"Update {n}. {name}, {30 + i}, was shot in {CITIES[i % 4]} on {day}. "
                        f"Officers are still asking for witnesses to come forward."})
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def ingest_process(db: str, feed: Path, pause: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", INGEST, db, str(feed), str(pause)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def stored(db: str) -> int:
    """How many articles are filed under an incident (0 while the tables do not exist)."""
    engine = create_engine(db)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM incident_articles")).scalar()
    except SQLAlchemyError:
        return 0
    finally:
        engine.dispose()


def snapshot(db: str) -> dict:
    """Everything that must equal between two stores: articles, records and incidents."""
    with Store.open(db) as store:
        records = sorted(r.id for r in store.records())
        incidents = sorted((r.to_json() for r in store.incidents()), key=lambda r: r["id"])
        filed = sorted(a for r in incidents for a in r["articles"])
    return {"records": records, "incidents": incidents, "filed": filed}


def check_consistent(db: str) -> None:
    """Every stored article has its record and exactly one incident that lists it."""
    with Store.open(db) as store:
        records = {r.articles[0] for r in store.records()}
        listed = [a for r in store.incidents() for a in r.articles]
        assert sorted(listed) == sorted(records)
        for article in records:
            assert article in store.incident(store.incident_of(article)).record.articles


def expected(feed: Path) -> list[tuple[str, list[str]]]:
    """The incidents resolve and merge make of the feed in memory, in one go."""
    scope: dict = {}
    exec(EXTRACTOR, scope)  # noqa: S102  (the subprocesses' own extractor, our own text)
    articles = list(iter_articles([str(feed)]))
    records = [scope["Scripted"]().extract(a) for a in articles]
    return sorted((m.record.id, sorted(m.record.articles))
                  for m in incidents_of(articles, records))


def test_sigkill_half_way_then_again_equals_one_clean_run(db_url: str, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl")
    total = 40
    process = ingest_process(db_url, feed, pause=0.05)
    deadline = time.monotonic() + 120
    while stored(db_url) < total // 4:
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the ingest stored nothing in two minutes"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    done = stored(db_url)
    assert total // 4 <= done < total, "killed too late to test anything"
    check_consistent(db_url)

    again = ingest_process(db_url, feed)
    assert again.wait(timeout=120) == 0, again.stderr.read().decode()
    assert f"{total} read, {total - done} added, {done} already stored" \
        in ingest_summary(db_url)
    clean_db = f"sqlite:///{tmp_path / 'clean.db'}"
    clean = ingest_process(clean_db, feed)
    assert clean.wait(timeout=120) == 0, clean.stderr.read().decode()
    check_consistent(db_url)
    assert snapshot(db_url) == snapshot(clean_db)
    got = sorted((r["id"], sorted(r["articles"])) for r in snapshot(db_url)["incidents"])
    assert got == expected(feed)
    assert len(got) == 10


def ingest_summary(db: str) -> str:
    """The counts of the last ingest run, as IngestSummary prints them."""
    engine = create_engine(db)
    try:
        with engine.connect() as connection:
            read, added, skipped, failed = connection.execute(text(
                "SELECT read, added, skipped, failed FROM runs ORDER BY id DESC")).first()
    finally:
        engine.dispose()
    return f"{read} read, {added} added, {skipped} already stored, {failed} failed"


@pytest.mark.parametrize("processes", [2, 3])
def test_concurrent_ingests_make_no_duplicate_incidents(db_url: str, tmp_path: Path,
                                                        processes: int) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", incidents=6, reports=3)
    Store.open(db_url).close()  # created once, so the processes race on ingest only
    running = [ingest_process(db_url, feed) for _ in range(processes)]
    for process in running:
        assert process.wait(timeout=120) == 0, process.stderr.read().decode()
    check_consistent(db_url)
    got = sorted((r["id"], sorted(r["articles"])) for r in snapshot(db_url)["incidents"])
    assert got == expected(feed)
    assert len(got) == 6 and sum(len(a) for _, a in got) == 18
