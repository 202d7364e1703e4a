"""Where the killed and injured counts came from, with the text that supports them."""

from __future__ import annotations

import datetime as dt

from casefile.extract import extract_article
from casefile.models import Article, Record


def extract(text: str, title: str = "") -> Record:
    return extract_article(Article(id="cb", text=text, title=title,
                                   published=dt.date(2021, 9, 6)))


def evidence_text(record: Record, ids: list[str]) -> list[str]:
    return [record.evidence[i].text for i in ids]


def test_a_stated_number_cites_its_sentence() -> None:
    record = extract("Three people were wounded in a shooting on Larkspur Road late Sunday, "
                     "police said. None of the injuries is thought to be life-threatening.")
    assert (record.injured, record.injured_basis) == (3, "text")
    (sentence,) = evidence_text(record, record.injured_evidence)
    assert sentence.startswith("Three people were wounded")
    assert (record.killed, record.killed_basis, record.killed_evidence) == (0, "none", [])


def test_people_counted_cite_their_mentions() -> None:
    record = extract("Dana Kowalski, 31, was shot and killed outside her home in Pine Hollow "
                     "on Sunday night, police said. Officers found her in the driveway.")
    assert (record.killed, record.killed_basis) == (1, "people")
    assert record.killed_evidence
    assert any("Kowalski" in t for t in evidence_text(record, record.killed_evidence))


def test_a_number_only_the_headline_gives_has_no_span() -> None:
    record = extract("A shooting outside a club on Larkspur Road sent several people to the "
                     "hospital early Sunday, police said.",
                     title="4 injured in shooting outside Pine Hollow club")
    assert (record.injured, record.injured_basis, record.injured_evidence) == (4, "title", [])
