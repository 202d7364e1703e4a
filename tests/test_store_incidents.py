"""Incidents in the store: resolve and merge on ingest, stable ids, redirects, pending."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import delete

from casefile.errors import NotFoundError
from casefile.merge import incident_id, incidents_of
from casefile.models import Article, Location, Participant, Record
from casefile.store import Store, ingest
from casefile.store.schema import BlockKeyRow, IncidentRow, MemberRow


class NamesExtractor:
    """Reads 'Victims: A B, C D. Place: X. Date: YYYY-MM-DD.' back into a record."""

    def extract(self, article: Article) -> Record:
        fields = dict(part.split(": ", 1) for part in article.text.rstrip(".").split(". "))
        people = [Participant(id=f"p{n}", name=name, role="victim", status=["injured"])
                  for n, name in enumerate(fields["Victims"].split(", "), 1)]
        place = fields["Place"]
        return Record(id=f"rec_{article.id}", articles=[article.id], title=article.title,
                      published=article.published.isoformat() if article.published else None,
                      date=fields["Date"], location=Location(text=place, city=place),
                      incident_type="shooting", injured=len(people), participants=people)


def article(n: int, victims: str, place: str, date: str, published: str | None = None) -> Article:
    return Article(id=f"art{n:02}", title=f"Report {n}",
                   text=f"Victims: {victims}. Place: {place}. Date: {date}.",
                   published=dt.date.fromisoformat(published or date))


ARTICLES = [
    article(1, "Ada Quill", "Arden", "2021-05-01"),
    article(2, "Ada Quill", "Arden", "2021-05-01", "2021-05-02"),
    article(3, "Ada Quill, Ben Rook", "Arden", "2021-05-01", "2021-05-03"),
    article(4, "Cal Stroud", "Bexley", "2021-08-10"),
    article(5, "Cal Stroud", "Bexley", "2021-08-10", "2021-08-12"),
    article(6, "Dora Penn", "Corby", "2021-11-20"),
]


def groups(store: Store) -> list[tuple[str, list[str]]]:
    return sorted((r.id, sorted(r.articles)) for r in store.incidents())


def fill(store: Store, articles: list[Article]) -> None:
    summary = ingest(articles, store, NamesExtractor())
    assert summary.ok, summary.failed


def test_ingest_files_each_article_under_its_incident(store: Store) -> None:
    fill(store, ARTICLES)
    assert groups(store) == sorted([
        (incident_id("art01"), ["art01", "art02", "art03"]),
        (incident_id("art04"), ["art04", "art05"]),
        (incident_id("art06"), ["art06"]),
    ])
    first = store.incident(incident_id("art01"))
    # Only one of the three reports names him: still listed (merge.CORROBORATE_FROM off).
    assert [p.name for p in first.record.participants] == ["Ada Quill", "Ben Rook"]
    assert "uncorroborated" not in first.values
    assert store.incident_of("art02") == incident_id("art01")


def test_the_store_gives_what_resolve_and_merge_give_in_memory(store: Store) -> None:
    fill(store, ARTICLES)
    records = [NamesExtractor().extract(a) for a in ARTICLES]
    in_memory = sorted((m.record.to_json() for m in incidents_of(ARTICLES, records)),
                       key=lambda r: r["id"])
    assert sorted((r.to_json() for r in store.incidents()), key=lambda r: r["id"]) == in_memory


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_incidents_and_ids_in_any_order(db_url: str, tmp_path, seed: int) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'ordered.db'}") as ordered:
        fill(ordered, ARTICLES)
        expected = groups(ordered)
    shuffled = ARTICLES[:]
    random.Random(seed).shuffle(shuffled)
    with Store.open(db_url) as store:
        fill(store, shuffled)
        assert groups(store) == expected
        fill(store, ARTICLES)  # again: nothing changes
        assert groups(store) == expected


def test_an_article_that_joins_two_incidents_leaves_a_redirect(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # The store's bookkeeping is under test, not the pair model: a shared surname links.
    monkeypatch.setattr("casefile.store.incidents.same_incident",
                        lambda a, b: bool(a.surnames & b.surnames))
    later = [article(7, "Ada Quill", "Arden", "2021-05-01", "2021-05-09"),
             article(8, "Eli Vance", "Arden", "2021-05-01", "2021-05-02")]
    fill(store, later)
    assert len(groups(store)) == 2
    old_ids = {r.id for r in store.incidents()}
    # A report naming both victims, published before either: one incident, a new id.
    fill(store, [article(9, "Ada Quill, Eli Vance", "Arden", "2021-05-01")])
    ((new_id, members),) = groups(store)
    assert new_id == incident_id("art09") and members == ["art07", "art08", "art09"]
    assert store.redirects() == {old: new_id for old in old_ids}
    for old in old_ids:
        assert store.incident(old).record.id == new_id
    with pytest.raises(NotFoundError):
        store.incident("inc_none")


def test_articles_stored_before_incidents_are_filed_on_the_next_ingest(store: Store) -> None:
    fill(store, ARTICLES[:3])
    expected = groups(store)
    with store._session("forget incidents", write=True) as session:  # a 0001-era store
        for table in (BlockKeyRow, MemberRow, IncidentRow):
            session.execute(delete(table))
    assert store.incident_count() == 0
    fill(store, [])
    assert groups(store) == expected
