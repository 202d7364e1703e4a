"""merge: one incident record from the records of its reports.

Every field keeps every value seen, with its evidence and the report's date (`values`);
the record shows the best-supported one:
- counts: a vote of the reports weighted by where each got its number (a number the text
  states outweighs people counted one by one; COUNT_WEIGHTS, INJURED_WEIGHTS), a tie of
  the dead to the later report, of the hurt to the larger number;
- date, place, type: the value most reports give (for dates, of those the reports read, not
  took from their publication day); on a tie the earlier report, because first reports
  are written nearest the event (a trial report dates the trial);
- people: grouped across reports (people.py); a person's role is the one most
  reports give (a tie of victim and suspect to suspect, others to the latest), the
  status is everything that happened, events in time order, except that the dead are
  not arrested: when reports say both of one person, the side fewer reports give is
  dropped (it was another person's fate).
Values that really disagree (two ages, two full dates, two counts, two spellings of a
surname) become conflicts. A named victim or suspect that only one report mentions is set
aside as uncorroborated (values["uncorroborated"]) when the other reports account for the
role without them: the dead beyond the killed count, a second suspect where the others
agree on one. Setting aside every such person (CORROBORATE_FROM) is off: most are right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from casefile.merge.people import (
    Mention,
    Person,
    clean_person,
    fold_report,
    group_people,
    same_surname,
)
from casefile.models import (
    Conflict,
    ConflictValue,
    DateBasis,
    Event,
    Evidence,
    Location,
    Method,
    Participant,
    Quote,
    Record,
    Role,
)
from casefile.resolve.features import name_tokens, place_key

H = TypeVar("H", bound=Hashable)
# From this many reports on, a named victim or suspect whom only one report mentions is
# set aside in values["uncorroborated"] rather than listed among the participants; None:
# never. It once raised strict participant F1 on gva-dev (tune) from 0.43 to 0.47, but with
# the current extractor the people only one report names are mostly right (the report that
# names the whole family): off, strict F1 0.739, on from 3 reports 0.712, from 5 0.724.
# Measured again with the name fixes of people.py (tune, merged strict F1 74.5 off):
# from 2 / 3 / 4 reports 69.8 / 73.1 / 73.6; variants measured at 74.0-74.3 off: only when
# no other report's text has the surname 70.4 / 73.1 / 73.3 (from 2 / 3 / 4), only the
# dead beyond the killed count +0.1, only one-word names +0.0. Two in three of the people
# a single report names are right.
CORROBORATE_FROM: int | None = None
ARREST_EVENTS = ("arrested", "charged", "convicted")
# The roles whose people are named and counted as the incident's (the dead of a bystander's
# or an officer's report are not in the killed count the same way).
SCORED_ROLES = ("victim", "suspect")
# Order of a person's events when two have the same date (or none).
EVENT_ORDER = ("injured", "killed", "unharmed", "arrested", "charged", "released",
               "convicted", "acquitted")


@dataclass
class Merged:
    """An incident: its merged record and every value each report gave."""

    record: Record
    values: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def time_key(record: Record) -> tuple[str, str]:
    """How reports are ordered in time: by publication date, then article id."""
    return (record.published or "9999-99-99", record.articles[0] if record.articles else "")


def _ev(article: str, ids: Sequence[str]) -> list[str]:
    # Evidence ids are only unique within one article's record.
    return [f"{article}/{i}" for i in ids]


def _vote(items: Sequence[tuple[H, int]], *, latest: bool) -> H | None:
    """The value given most often; a tie goes to the latest (or earliest) report."""
    if not items:
        return None
    counts = Counter(value for value, _ in items)
    top = max(counts.values())
    tied = [(order, value) for value, order in items if counts[value] == top]
    return (max(tied) if latest else min(tied))[1]


# How much one report's count weighs in the vote, by where the report got it (Record's
# killed_basis / injured_basis): a number the text states, then the headline's number, over
# people counted one by one (a report names only those it knows of) and a zero nothing
# stated; a count worked out from several numbers least. Measured on gva-dev (tune,
# incidents of two or more reports, grouped as the archive groups them): killed right 444
# -> 453 of 495, injured 398 -> 415, against the former rules (strict majority else lower
# median; injured by the reports whose count differs from the people they list). The same
# table held on both halves of tune (by incident id): killed 211/233 -> 210/243, injured
# 187/211 -> 202/213.
COUNT_WEIGHTS: dict[str, float] = {"text": 3.0, "title": 2.0, "people": 0.5, "none": 1.0,
                                   "inferred": 0.5}
# People counted one by one weigh half a report that found none: one person told twice,
# or a dead person told hurt before they died, counts one too many. Measured on tune,
# incidents of two or more reports as the archive groups them: injured right 412 -> 421 of
# 497 (rules alone), 418 -> 424 (out of fold); merged per incident injured 84.9 -> 85.4 and
# 85.3 -> 85.6, killed 93.1 -> 93.6 (rules alone and out of fold alike).
# The injured count of a headline is no better than people counted one by one were:
# headlines lead with the dead and round up or leave out the wounded (per article on tune,
# the injured of a headline is right 69% / 80% of the time on the two halves, people 85% /
# 86%, against 94% for the killed of a headline), so it weighs as a report that found none.
INJURED_WEIGHTS: dict[str, float] = {**COUNT_WEIGHTS, "title": 1.0}
WEIGHTS = {"killed": COUNT_WEIGHTS, "injured": INJURED_WEIGHTS}


def _weighted_count(records: Sequence[Record], status: str) -> tuple[int, Record]:
    """The count with the most weight behind it (WEIGHTS), and the report that gives
    it: a tie of the dead goes to the later report (the story moved on: a victim died), a
    tie of the hurt to the larger number. `records` are in time order."""
    weights = WEIGHTS[status]
    weight: dict[int, float] = {}
    last: dict[int, int] = {}
    for i, r in enumerate(records):
        value = getattr(r, status)
        weight[value] = weight.get(value, 0.0) + weights[getattr(r, f"{status}_basis")]
        last[value] = i
    top = max(weight.values())
    tied = [v for v in weight if weight[v] == top]
    # A tie of the hurt goes to the larger number: a report that counts fewer mostly left
    # some out (more came to hospital; a list stopped short). Measured on tune, merged per
    # incident: injured 85.9 -> 86.2 (rules alone), 86.3 -> 86.4 (out of fold); for the
    # dead the later report does better (killed 94.3 -> 94.1 with the larger).
    value = max(tied) if status == "injured" else max(tied, key=lambda v: last[v])
    # the report that gives it on the strongest basis, the latest of those
    source = max((i for i, r in enumerate(records) if getattr(r, status) == value),
                 key=lambda i: (weights[getattr(records[i], f"{status}_basis")], i))
    return value, records[source]


def _later_toll(records: Sequence[Record], killed: int, source: Record) -> tuple[int, Record]:
    """A higher death toll that a report later than the vote's source states (in its text
    or headline) wins: the story moved on, a victim died. `records` are in time order.
    Measured out of fold on tune, merged: killed per incident 92.9 -> 93.0."""
    i = next(k for k, r in enumerate(records) if r is source)
    later = [r for r in records[i + 1:] if r.killed > killed and r.killed_basis in ("text", "title")]
    if not later:
        return killed, source
    record = max(later, key=lambda r: r.killed)
    return record.killed, record


def _hurt_since_died(injured: int, records: Sequence[Record], killed: int) -> int:
    """The hurt that the reports giving the injured count knew, less those of them that
    have died since: a report that told fewer dead than the incident now has counted the
    later dead among its hurt ("a man was shot", then "the man has died"). Of the reports
    that give the same count, the one that knew the most dead tells: the others may only
    have missed a death it told of."""
    knew = max(r.killed for r in records if r.injured == injured)
    return max(0, injured - max(0, killed - knew))


def _date_basis(record: Record) -> DateBasis:
    """Where a report's date came from; records stored before `date_basis` existed tell it
    by their evidence (a text date has some, a title date only its words)."""
    if record.date_basis != "none" or record.date is None:
        return record.date_basis
    return "text" if record.date_evidence else "title" if record.date_text else "published"


def _field_values(records: Sequence[Record], get: Callable[[Record], Any],
                  evidence: Callable[[Record], list[str]]) -> list[dict[str, Any]]:
    out = []
    for record in records:
        value = get(record)
        if value is None:
            continue
        out.append({"value": value, "article": record.articles[0],
                    "published": record.published,
                    "evidence": _ev(record.articles[0], evidence(record))})
    return out


def _conflict(field_name: str, values: list[dict[str, Any]], *, participant: str | None = None,
              kind: str = "value", key: Callable[[Any], Hashable] = lambda v: v,
              ) -> Conflict | None:
    by_value: dict[Hashable, ConflictValue] = {}
    for item in values:
        k = key(item["value"])
        if k not in by_value:
            by_value[k] = ConflictValue(value=item["value"], evidence=[])
        by_value[k].evidence.extend(item["evidence"])
    if len(by_value) < 2:
        return None
    return Conflict(participant=participant, field=field_name, kind=kind,  # type: ignore[arg-type]
                    values=list(by_value.values()))


def _location_evidence(record: Record) -> list[str]:
    return list(record.location.evidence) if record.location else []


def _city(record: Record) -> str | None:
    location = record.location
    if location is None:
        return None
    return place_key(location.city or location.place) or None


def _role(mentions: Sequence[Mention]) -> Role:
    """The role most reports give; a tie between victim and suspect goes to suspect (a
    report that calls someone the suspect has read that they fired, while the dead are
    victims by default), any other tie to the latest report (the story moves on)."""
    votes = Counter(m.person.role for m in mentions if m.person.role != "other")
    if votes["suspect"] and votes["suspect"] == votes["victim"] == max(votes.values()):
        return "suspect"
    return _vote([(m.person.role, i) for i, m in enumerate(mentions)
                  if m.person.role != "other"], latest=True) or "other"


def _merge_person(pid: str, person: Person, conflicts: list[Conflict]) -> Participant:
    mentions = person.mentions
    order = {id(m): i for i, m in enumerate(mentions)}
    names = [(m.person.name, order[id(m)]) for m in mentions if m.person.name]
    # The fullest name wins ("John Doe" over "Doe"); among full names the
    # surname spelling most reports use, then the name given most, then the latest.
    surname_votes = Counter(name_tokens(n)[-1] for n, _ in names if name_tokens(n))
    name_votes = Counter(n for n, _ in names)
    name = max(names, key=lambda item: (len(name_tokens(item[0])),
                                        surname_votes[(name_tokens(item[0]) or [""])[-1]],
                                        name_votes[item[0]], item[1]))[0] if names else None
    aliases = []
    for m in mentions:
        for alias in (m.person.name, *m.person.aliases):
            if alias and alias != name and alias not in aliases:
                aliases.append(alias)
    spellings: list[dict[str, Any]] = [
        {"value": name_tokens(m.person.name)[-1], "evidence": _ev(m.article, m.person.evidence)}
        for m in mentions if name_tokens(m.person.name)]
    distinct: set[str] = {s["value"] for s in spellings}
    if len(distinct) > 1 and all(same_surname(a, b) for a in distinct for b in distinct):
        found = _conflict("name", spellings, participant=pid, kind="spelling")
        if found:
            conflicts.append(found)
    ages: list[dict[str, Any]] = [
        {"value": m.person.age, "evidence": _ev(m.article, m.person.evidence)}
        for m in mentions if m.person.age is not None]
    age: int | None = _vote([(a["value"], i) for i, a in enumerate(ages)], latest=True)
    if (found := _conflict("age", ages, participant=pid)) is not None:
        conflicts.append(found)
    gender = _vote([(m.person.gender, i) for i, m in enumerate(mentions) if m.person.gender],
                   latest=True)
    role = _role(mentions)
    events: dict[str, Event] = {}
    for m in mentions:
        for event in m.person.events:
            ev = _ev(m.article, event.evidence)
            if event.type in events:
                known = events[event.type]
                known.evidence.extend(e for e in ev if e not in known.evidence)
                if known.date is None or (event.date and event.date < known.date):
                    known.date = event.date or known.date
            else:
                events[event.type] = Event(type=event.type, date=event.date or m.published,
                                           evidence=ev)
        for status in m.person.status:
            events.setdefault(status, Event(type=status, date=m.published))
    # The dead are not arrested: when reports say both of one person, one of them took
    # another person's fate (a suspect's arrest read as the victim's). The side fewer
    # reports give is dropped.
    said = [{*m.person.status, *(e.type for e in m.person.events)} for m in mentions]
    arrests = sum(bool(s.intersection(ARREST_EVENTS)) for s in said)
    if "killed" in events and arrests:
        killed = sum("killed" in s for s in said)
        for kind in (ARREST_EVENTS if killed >= arrests else ("killed",)):
            events.pop(kind, None)
    ordered = sorted(events.values(),
                     key=lambda e: (e.date or "9999", EVENT_ORDER.index(e.type)))
    description = next((m.person.description for m in mentions if m.person.description), None)
    evidence = [e for m in mentions for e in _ev(m.article, m.person.evidence)]
    return Participant(
        id=pid, name=name, aliases=aliases, description=description, age=age,
        gender=gender, role=role, status=[e.type for e in ordered], events=ordered,
        evidence=list(dict.fromkeys(evidence)),
    )


def dead_beyond_count(participants: Sequence[Participant], support: dict[str, int],
                      killed: int) -> list[Participant]:
    """The named dead that only one report gives, when they are all the record lists
    beyond its killed count: the people several reports name, and the count, already
    account for the dead; the extras are mostly people of other cases a report mentioned
    (an earlier shooting, a victim of the week). Only when they fit in the excess: if
    more single-report dead than extra are listed, which is wrong is not known, and all
    stay. (Merged strict F1 on tune, halves by incident: 79.0 -> 80.1 / 83.5 -> 84.2.)"""
    dead = [p for p in participants
            if p.name and p.role in SCORED_ROLES and "killed" in p.status]
    excess = len(dead) - killed
    lone = [p for p in dead if support[p.id] == 1]
    if excess <= 0 or len(lone) > excess:
        return []
    return lone


def lone_suspects(participants: Sequence[Participant],
                  support: dict[str, int]) -> list[Participant]:
    """The named suspects that only one report gives, when the other reports agree on one
    suspect: a second suspect of one report is mostly someone of another case it mentions
    (an arrest the same week, an older charge). With two or more suspects that several
    reports name, the incident had several, and a lone one may be one more."""
    suspects = [p for p in participants if p.name and p.role == "suspect"]
    if sum(support[p.id] > 1 for p in suspects) != 1:
        return []
    return [p for p in suspects if support[p.id] == 1]


def merge_records(incident_id: str, records: Sequence[Record]) -> Merged:
    """The incident record of its reports' records (any order)."""
    records = sorted(records, key=time_key)
    if not records:
        raise ValueError("an incident needs at least one report")
    first = records[0]
    values = {
        "killed": _field_values(records, lambda r: r.killed, lambda r: r.killed_evidence),
        "injured": _field_values(records, lambda r: r.injured, lambda r: r.injured_evidence),
        "date": _field_values(records, lambda r: r.date, lambda r: r.date_evidence),
        "city": _field_values(records, _city, _location_evidence),
        "incident_type": _field_values(
            records, lambda r: None if r.incident_type == "unknown" else r.incident_type,
            lambda r: []),
    }
    order = {r.articles[0]: i for i, r in enumerate(records)}

    def vote(name: str, latest: bool) -> Any:
        return _vote([(v["value"], order[v["article"]]) for v in values[name]],
                     latest=latest)

    relevant = [r for r in records if r.relevant] or list(records)
    killed, killed_record = _weighted_count(relevant, "killed")
    killed, killed_record = _later_toll(relevant, killed, killed_record)
    injured, injured_record = _weighted_count(relevant, "injured")
    injured = _hurt_since_died(injured, relevant, killed)
    # A full date beats a month or a year ("more specific"), a date a report read beats its
    # publication day taken for want of one; then the most given.
    full = [v for v in values["date"] if len(v["value"]) == 10]
    read = {r.articles[0] for r in records if _date_basis(r) != "published"}
    date_values = full or values["date"]
    date_values = [v for v in date_values if v["article"] in read] or date_values
    full = [v for v in full if v["article"] in read] or full
    date = _vote([(v["value"], order[v["article"]]) for v in date_values], latest=False)
    date_record = next((r for r in records if r.date == date and r.articles[0] in read), None) \
        or next((r for r in records if r.date == date), None)
    city = vote("city", latest=False)
    location: Location | None = None
    location_record = next((r for r in records if city and _city(r) == city), None)
    location_record = location_record or next((r for r in records if r.location), None)
    if location_record is not None and location_record.location is not None:
        loc = location_record.location
        location = loc.model_copy(update={
            "evidence": _ev(location_record.articles[0], loc.evidence)})
    incident_type: Method = vote("incident_type", latest=False) or "unknown"
    methods = list(dict.fromkeys(m for r in records for m in r.methods))

    conflicts: list[Conflict] = []
    for name, conflict_values in (("killed", values["killed"]),
                                  ("injured", values["injured"]), ("date", full)):
        if (found := _conflict(name, conflict_values)) is not None:
            conflicts.append(found)

    mentions: list[Mention] = []
    folded: dict[tuple[int, str], str] = {}
    for i, r in enumerate(records):
        kept, gone = fold_report([clean_person(p) for p in r.participants])
        folded.update(((i, old), new) for old, new in gone.items())
        mentions.extend(Mention(report=i, article=r.articles[0], published=r.published,
                                person=p) for p in kept)
    people = group_people(mentions)
    person_id: dict[tuple[int, str], str] = {}
    participants = []
    uncorroborated = []
    support: dict[str, int] = {}
    for n, person in enumerate(people, 1):
        pid = f"p{n}"
        for m in person.mentions:
            person_id[m.report, m.person.id] = pid
        merged_person = _merge_person(pid, person, conflicts)
        support[pid] = len(person.reports())
        if (CORROBORATE_FROM is not None and len(records) >= CORROBORATE_FROM
                and len(person.reports()) == 1
                and merged_person.name and merged_person.role in ("victim", "suspect")):
            uncorroborated.append(merged_person.model_dump(mode="json"))
        else:
            participants.append(merged_person)
    if len(records) > 1:
        beyond = {p.id for p in (*dead_beyond_count(participants, support, killed),
                                 *lone_suspects(participants, support))}
        uncorroborated.extend(p.model_dump(mode="json") for p in participants if p.id in beyond)
        participants = [p for p in participants if p.id not in beyond]
    if uncorroborated:
        values["uncorroborated"] = uncorroborated
    for (i, old), new in folded.items():
        person_id[i, old] = person_id[i, new]

    quotes = []
    for i, r in enumerate(records):
        for q in r.quotes:
            quotes.append(Quote(speaker=person_id.get((i, q.speaker or "")), text=q.text,
                                evidence=_ev(r.articles[0], q.evidence)))
        for c in r.conflicts:  # a report's own inconsistencies stay conflicts
            conflicts.append(c.model_copy(update={
                "participant": person_id.get((i, c.participant or "")),
                "values": [ConflictValue(value=v.value, evidence=_ev(r.articles[0], v.evidence))
                           for v in c.values]}))
    evidence: dict[str, Evidence] = {}
    for r in records:
        for key, ev in r.evidence.items():
            evidence[f"{r.articles[0]}/{key}"] = ev
    record = Record(
        id=incident_id,
        articles=[r.articles[0] for r in records],
        title=first.title,
        published=first.published,
        url=first.url,
        relevant=any(r.relevant for r in records),
        relevance=max(r.relevance for r in records),
        incident_type=incident_type,
        methods=methods,
        date=date,
        date_text=date_record.date_text if date_record else None,
        date_evidence=_ev(date_record.articles[0], date_record.date_evidence)
        if date_record else [],
        date_basis=_date_basis(date_record) if date_record else "none",
        location=location,
        killed=killed,
        injured=injured,
        killed_basis=killed_record.killed_basis,
        killed_evidence=_ev(killed_record.articles[0], killed_record.killed_evidence),
        injured_basis=injured_record.injured_basis,
        injured_evidence=_ev(injured_record.articles[0], injured_record.injured_evidence),
        participants=participants,
        quotes=quotes,
        conflicts=conflicts,
        evidence=evidence,
    )
    return Merged(record=record, values=values)
