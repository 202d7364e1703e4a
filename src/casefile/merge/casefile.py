"""The case file of one incident as text: facts, people, conflicts, timeline, sources."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from casefile.merge.incident import Merged
from casefile.models import Article, Participant

RULE = "─" * 72


@dataclass(frozen=True)
class Entry:
    """One line of an incident's timeline."""

    date: str | None
    what: str
    source: str | None = None  # the article it came from


def _who(person: Participant) -> str:
    return person.name or person.description or f"unnamed {person.role}"


def _source_of(evidence: Sequence[str]) -> str | None:
    # Merged evidence ids are "article/ev" (merge.incident._ev).
    return evidence[0].split("/", 1)[0] if evidence else None


def _basis(basis: str, evidence: Sequence[str], cite: Callable[[str | None], str]) -> str:
    """How a merged count was found, and which report gave it: " (stated [2])"."""
    if basis == "none":
        return ""
    words = {"text": "stated", "title": "headline", "people": "people counted",
             "inferred": "worked out"}[basis]
    return f" ({words}{cite(_source_of(evidence))})"


def timeline(merged: Merged, articles: Sequence[Article]) -> list[Entry]:
    """The incident's story in date order: the event, each report, each person's events."""
    record = merged.record
    entries = []
    if record.date:
        place = record.location.text if record.location else ""
        entries.append(Entry(record.date, f"{record.incident_type} {place}".strip(),
                             _source_of(record.date_evidence)))
    for article in articles:
        published = article.published.isoformat() if article.published else None
        entries.append(Entry(published, f"report: {article.title or '(untitled)'}",
                             article.id))
    for person in record.participants:
        for event in person.events:
            if event.type in ("killed", "injured") and event.date is None:
                continue
            entries.append(Entry(event.date, f"{_who(person)} ({person.id}) {event.type}",
                                 _source_of(event.evidence)))
    # Undated entries last; on one day the incident before reports, reports before people.
    return sorted(entries, key=lambda e: (e.date is None, e.date or ""))


def render_case_file(merged: Merged, articles: Sequence[Article]) -> str:
    """The human-readable case file of a merged incident and its articles."""
    record = merged.record
    number = {a.id: n for n, a in enumerate(articles, 1)}

    def cite(article: str | None) -> str:
        return f" [{number[article]}]" if article in number else ""

    def counted(status: str) -> str:
        return _basis(getattr(record, f"{status}_basis"),
                      getattr(record, f"{status}_evidence"), cite)

    location = record.location
    lines = [f"Incident {record.id}", RULE,
             f"  what     {record.incident_type}"
             + (f" ({', '.join(record.methods)})" if record.methods else ""),
             f"  when     {record.date or 'unknown'}"
             + (f"  ({record.date_text})" if record.date_text else ""),
             f"  where    {location.text if location else 'unknown'}",
             f"  killed   {record.killed}{counted('killed')}"
             + f"    injured {record.injured}{counted('injured')}",
             f"  reports  {len(record.articles)}", "", "People", RULE]
    for person in record.participants:
        facts: list[str] = [person.role]
        if person.age is not None:
            facts.append(str(person.age))
        if person.gender:
            facts.append(person.gender)
        status = ", ".join(person.status) or "no status"
        lines.append(f"  {person.id:<4} {_who(person)} — {', '.join(facts)}: {status}")
        if person.aliases:
            lines.append(f"       also: {'; '.join(person.aliases)}")
    aside = merged.values.get("uncorroborated") or []
    if aside:
        lines += ["", "Mentioned by one report only (uncorroborated)", RULE]
        for other in aside:
            lines.append(f"  {other['id']:<4} {other.get('name')} — {other.get('role')}"
                         f"{cite(_source_of(other.get('evidence') or []))}")
    if merged.record.conflicts:
        lines += ["", "Conflicts", RULE]
        for conflict in record.conflicts:
            values = "; ".join(f"{v.value!r}{cite(_source_of(v.evidence))}"
                               for v in conflict.values)
            whose = f" of {conflict.participant}" if conflict.participant else ""
            lines.append(f"  {conflict.field}{whose} ({conflict.kind}): {values}")
    lines += ["", "Timeline", RULE]
    for entry in timeline(merged, articles):
        lines.append(f"  {entry.date or '   undated':<10}  {entry.what}{cite(entry.source)}")
    lines += ["", "Sources", RULE]
    for article in articles:
        published = article.published.isoformat() if article.published else "undated"
        lines.append(f"  [{number[article.id]}] {published}  {article.title or '(untitled)'}")
        lines.append(f"      {article.url or article.source or ''}  (article {article.id})")
    return "\n".join(lines)
