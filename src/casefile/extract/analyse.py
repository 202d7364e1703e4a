"""From a parsed Doc to the article's Record: calls each rule module in turn."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from casefile.extract.counts import count_sources, find_methods, killed_injured
from casefile.extract.counts.basis import count_basis
from casefile.extract.dates import find_incident_date
from casefile.extract.evidence import EvidenceBank
from casefile.extract.participants import (
    analyse_people,
    custody_from_headline,
    harm_from_counts,
    no_deaths,
)
from casefile.extract.places import find_location
from casefile.extract.quotes import find_quotes
from casefile.models import Article, Record


def record_id(article_id: str) -> str:
    return "inc_" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def build_record(doc: Doc, article: Article) -> Record:
    """The Record of one article from its parsed Doc."""
    # The Doc was made from this text, so the rules need not join its tokens again.
    doc.user_data.setdefault("casefile_text", article.text)
    doc.user_data["casefile_title"] = article.title or ""  # the role model reads its counts
    bank = EvidenceBank(article.id, article.text)
    record = Record(
        id=record_id(article.id),
        articles=[article.id],
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        url=article.url,
    )
    date = find_incident_date(doc, article.published, bank, title=article.title)
    if date:
        record.date, record.date_text, record.date_evidence = date.date, date.text or None, date.evidence
        record.date_basis = date.basis  # type: ignore[assignment]
    record.location = find_location(doc, bank, title=article.title, url=article.url)
    methods = find_methods(doc)
    record.methods = methods  # type: ignore[assignment]
    record.incident_type = methods[0] if methods else "unknown"  # type: ignore[assignment]
    analysed = analyse_people(doc, bank, record.date, record.location, article.published)
    record.participants = analysed.participants
    record.conflicts = analysed.conflicts
    sources = count_sources(doc, record.participants, article.title)
    record.killed, record.injured = killed_injured(doc, record.participants, article.title,
                                                   sources)
    (record.killed_basis, record.killed_evidence), (record.injured_basis, record.injured_evidence) \
        = count_basis(doc, sources, record.killed, record.injured, bank)
    if record.killed == 0:
        no_deaths(record.participants)
    harm_from_counts(record.participants, record.killed, record.injured,
                     {"killed": record.killed_evidence, "injured": record.injured_evidence},
                     record.date)
    custody_from_headline(record.participants, article.title or "")
    record.quotes = find_quotes(doc, analysed, bank)
    record.evidence = bank.items
    return record
