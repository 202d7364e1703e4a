"""Incidents in the store: resolve one new article against the stored ones, merge in place.

Everything here runs inside the transaction that stores the article, after the resolve
lock is taken (Store._resolving): an article is never stored without its incident, and
two ingests never resolve at once, so they cannot make two incidents of one.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from casefile.merge import incident_id, merge_records
from casefile.models import Record
from casefile.resolve import Report, block_keys, same_incident
from casefile.resolve.blocking import BLOCK_CAP, NEIGHBOURS, sort_day
from casefile.store.schema import (
    ArticleRow,
    BlockKeyRow,
    IncidentRow,
    MemberRow,
    RecordRow,
    RedirectRow,
    utcnow,
)

# An arbitrary constant naming casefile's resolve lock among PostgreSQL advisory locks.
RESOLVE_LOCK = 0x63617365
KEY_LENGTH = 200
_LAST = dt.date.max  # the same order as merge.first_article


def _candidates(session: Session, report: Report) -> set[str]:
    """Stored articles sharing a key with report; per key at most the nearest in date."""
    keys = [k[:KEY_LENGTH] for k in block_keys(report)]
    if not keys:
        return set()
    sizes = dict(session.execute(
        select(BlockKeyRow.key, func.count()).where(BlockKeyRow.key.in_(keys))
        .group_by(BlockKeyRow.key)).all())
    small = [k for k, n in sizes.items() if n <= BLOCK_CAP]
    found: set[str] = set()
    if small:
        found.update(session.scalars(
            select(BlockKeyRow.article_id).where(BlockKeyRow.key.in_(small))))
    day = sort_day(report)
    for key in sorted(k for k, n in sizes.items() if n > BLOCK_CAP):
        # The same neighbours as cluster.nearest: the NEIGHBOURS before the day and the
        # NEIGHBOURS from it on, by (day, article id).
        in_key = select(BlockKeyRow.article_id).where(BlockKeyRow.key == key)
        found.update(session.scalars(
            in_key.where(BlockKeyRow.day < day)
            .order_by(BlockKeyRow.day.desc(), BlockKeyRow.article_id.desc())
            .limit(NEIGHBOURS)))
        found.update(session.scalars(
            in_key.where(BlockKeyRow.day >= day)
            .order_by(BlockKeyRow.day, BlockKeyRow.article_id).limit(NEIGHBOURS)))
    found.discard(report.article_id)
    return found


def _first(session: Session, article_ids: set[str]) -> str:
    """The first report of a set of articles: earliest published, then smallest id."""
    rows = session.execute(select(ArticleRow.id, ArticleRow.published)
                           .where(ArticleRow.id.in_(article_ids))).all()
    return min(rows, key=lambda row: (row.published or _LAST, row.id)).id


def attach(session: Session, report: Report) -> str:
    """File a just-stored article under its incident (new, joined or joining several)."""
    candidates = _candidates(session, report)
    linked: set[str] = set()
    if candidates:
        rows = session.execute(select(MemberRow.incident_id, MemberRow.report)
                               .where(MemberRow.article_id.in_(candidates))).all()
        for row in rows:
            # One link into an incident is enough: its other members need no scoring.
            if row.incident_id not in linked and same_incident(
                    report, Report.from_json(row.report)):
                linked.add(row.incident_id)
    members = {report.article_id}
    if linked:
        members.update(session.scalars(
            select(MemberRow.article_id).where(MemberRow.incident_id.in_(linked))))
    new_id = incident_id(_first(session, members))
    if session.get(IncidentRow, new_id) is None:
        session.add(IncidentRow(id=new_id, relevant=True, data={}, values={}, articles=0,
                                updated_at=utcnow()))
        session.flush()
    gone = sorted(linked - {new_id})
    if gone:
        session.execute(update(MemberRow).where(MemberRow.incident_id.in_(gone))
                        .values(incident_id=new_id))
        # Old links keep working: ids that pointed at a merged incident now point on.
        session.execute(update(RedirectRow).where(RedirectRow.new_id.in_(gone))
                        .values(new_id=new_id))
        session.execute(delete(RedirectRow).where(RedirectRow.old_id == new_id))
        for old in gone:
            session.add(RedirectRow(old_id=old, new_id=new_id, created_at=utcnow()))
        session.execute(delete(IncidentRow).where(IncidentRow.id.in_(gone)))
    session.add(MemberRow(article_id=report.article_id, incident_id=new_id,
                          report=report.to_json()))
    day = sort_day(report)
    for key in dict.fromkeys(k[:KEY_LENGTH] for k in block_keys(report)):
        session.add(BlockKeyRow(key=key, article_id=report.article_id, day=day))
    session.flush()
    remerge(session, new_id)
    return new_id


def remerge(session: Session, incident: str) -> None:
    """Rebuild one incident's merged record from its reports' records."""
    data = session.scalars(
        select(RecordRow.data).join(MemberRow, MemberRow.article_id == RecordRow.article_id)
        .where(MemberRow.incident_id == incident)).all()
    merged = merge_records(incident, [Record.model_validate(d) for d in data])
    record = merged.record
    row = session.get(IncidentRow, incident)
    if row is None:
        raise LookupError(f"incident {incident} vanished inside its own transaction")
    row.relevant = record.relevant
    row.published = dt.date.fromisoformat(record.published) if record.published else None
    row.date = record.date
    row.articles = len(record.articles)
    row.data = record.to_json()
    row.values = merged.values
    row.updated_at = utcnow()


def pending(session: Session) -> list[str]:
    """Stored articles not yet filed under an incident (a store from before incidents)."""
    query = (select(RecordRow.article_id)
             .outerjoin(MemberRow, MemberRow.article_id == RecordRow.article_id)
             .join(ArticleRow, ArticleRow.id == RecordRow.article_id)
             .where(MemberRow.article_id.is_(None), RecordRow.relevant.is_(True))
             .order_by(ArticleRow.published, ArticleRow.id))
    return list(session.scalars(query))


def resolve_target(session: Session, incident: str) -> str | None:
    """The incident an id names now: itself, or where its redirect points; None if unknown."""
    if session.get(IncidentRow, incident) is not None:
        return incident
    return session.scalar(select(RedirectRow.new_id).where(RedirectRow.old_id == incident))
