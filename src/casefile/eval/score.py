"""Scoring one article's Record against its GVA incident (definitions: docs/evaluation.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from casefile.eval.gold import GoldIncident, GoldParticipant
from casefile.eval.normalise import (
    city_alternatives,
    first_key,
    place_keys,
    state_key,
    surname_forms,
    surname_keys,
    surnames_agree,
    word_key,
    word_spans,
)
from casefile.models import Article, Participant, Record

FIELDS = ("killed", "injured", "date", "city", "state")
SCORED_ROLES = ("victim", "suspect")
AGE_WINDOW = 100  # characters either side of a surname mention where a gold age must appear
_ARRESTED = {"arrested", "charged", "convicted"}


@dataclass
class Counts:
    """Numerators and denominators of one article; sums of these make the report."""

    predicted: int = 0  # predicted named victims/suspects
    gold_mentioned: int = 0  # gold named participants whose surname is in the text
    matched: int = 0  # one-to-one surname matches (any gold named participant)
    matched_mentioned: int = 0  # of those, gold mentioned in the text
    strict: int = 0  # matches with role and status right
    strict_mentioned: int = 0
    role_n: int = 0
    role_right: int = 0
    status_n: int = 0
    status_right: int = 0
    age_predicted: int = 0  # matches with a predicted age and a gold age
    age_predicted_right: int = 0
    age_findable: int = 0  # matches whose gold age is written near their surname
    age_findable_right: int = 0
    gender_gold: int = 0  # matches with a gold gender
    gender_predicted: int = 0  # of those, with a predicted gender
    gender_right: int = 0

    def add(self, other: Counts) -> None:
        """Add another article's counts to these."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class ArticleScore:
    """What one article got right and wrong, with the summaries a failure line shows."""

    article_id: str
    incident_id: str
    record_id: str
    fields: dict[str, bool]
    counts: Counts
    failed: list[str]
    detail: dict[str, Any] = field(default_factory=dict)
    words: int = 0  # length of the article, for the breakdown by length


def predicted_harm(person: Participant) -> tuple[str, bool]:
    """(harm, arrested) of a predicted person: killed > injured > unharmed."""
    status = set(person.status)
    harm = "killed" if "killed" in status else "injured" if "injured" in status else "unharmed"
    return harm, bool(status & _ARRESTED)


def _full_key(name: str | None) -> str:
    return " ".join(k for k in (word_key(t) for t in (name or "").split()) if k)


def _person_keys(person: Participant) -> set[str]:
    keys = surname_forms(person.name)
    for alias in person.aliases:
        keys |= surname_forms(alias)
    return keys


def match_people(predicted: list[Participant],
                 gold: list[GoldParticipant]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs whose surnames agree (normalise.
    surnames_agree: alike, a part of a compound, or one letter apart)."""
    candidates = []
    gold_keys = [surname_forms(truth.name) for truth in gold]
    for i, person in enumerate(predicted):
        keys = _person_keys(person)
        for j, truth in enumerate(gold):
            if surnames_agree(keys, gold_keys[j]):
                # Namesakes (a father and son) are told apart by full name, then first
                # name, then role; otherwise order of appearance decides. A surname spelt
                # alike goes before one spelt otherwise.
                rank = (bool(keys & gold_keys[j]),
                        _full_key(person.name) == _full_key(truth.name),
                        first_key(person.name) == first_key(truth.name),
                        person.role == truth.role)
                candidates.append((rank, i, j))
    candidates.sort(key=lambda c: (tuple(not r for r in c[0]), c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass(frozen=True)
class TextWords:
    """The words of an article as compared: all of them, and the names among them (words
    written capitalised, never in lower case nor all in capitals), to which a spelling may
    differ by one letter ("Reason" at a sentence's start is no "Eason")."""

    keys: set[str]
    names: set[str]

    @classmethod
    def of(cls, text: str) -> TextWords:
        keys, lower = set(), set()
        for key, start, end in word_spans(text):
            keys.add(key)
            if not text[start].isupper() or text[start:end].isupper():
                lower.add(key)  # a word in lower case, or in capitals (no name's spelling)
        return cls(keys=keys, names=keys - lower)


def mentioned(truth: GoldParticipant, words: TextWords) -> bool:
    """Whether a gold person's surname appears in the article's text, spelt as the archive
    spells it, or as a name whose spelling agrees with it (surnames_agree)."""
    keys = surname_forms(truth.name)
    return bool(keys & words.keys) or any(surnames_agree(keys, {name}) for name in words.names)


def age_findable(truth: GoldParticipant, text: str) -> bool:
    """Whether the gold age is written within AGE_WINDOW characters of a surname mention."""
    if truth.age is None:
        return False
    keys = surname_keys(truth.name)
    number = re.compile(rf"(?<!\d){truth.age}(?!\d)")
    for key, start, end in word_spans(text):
        if key in keys and number.search(text, max(0, start - AGE_WINDOW), end + AGE_WINDOW):
            return True
    return False


def gold_summary(incident: GoldIncident) -> dict[str, Any]:
    """The gold incident as a failure line shows it."""
    return {
        "killed": incident.killed, "injured": incident.injured, "date": incident.date,
        "city": incident.city_or_county, "state": incident.state,
        "participants": [
            {"name": p.name, "role": p.role, "status": p.status_text, "age": p.age,
             "gender": p.gender} for p in incident.participants],
    }


def predicted_summary(record: Record) -> dict[str, Any]:
    """The predicted record as a failure line shows it."""
    location = record.location
    return {
        "killed": record.killed, "injured": record.injured, "date": record.date,
        "city": location.city if location else None,
        "place": location.place if location else None,
        "state": location.region if location else None,
        "participants": [
            {"name": p.name, "role": p.role, "status": list(p.status), "age": p.age,
             "gender": p.gender, **({"description": p.description} if p.description else {})}
            for p in record.participants],
    }


def score_fields(record: Record, incident: GoldIncident) -> dict[str, bool]:
    """Whether each incident-level field equals the gold one."""
    location = record.location
    cities = city_alternatives(incident.city_or_county)
    predicted_places = set()
    if location:
        predicted_places = place_keys(location.city) | place_keys(location.place)
    return {
        "killed": record.killed == incident.killed,
        "injured": record.injured == incident.injured,
        "date": record.date == incident.date,
        "city": bool(predicted_places & cities),
        "state": location is not None and bool(location.region)
        and state_key(location.region) == state_key(incident.state),
    }


def score_article(article: Article, incident: GoldIncident, record: Record) -> ArticleScore:
    """Score one article's record against the incident it reports."""
    fields = score_fields(record, incident)
    failed = [name for name in FIELDS if not fields[name]]
    text_words = TextWords.of(article.text)
    predicted = [p for p in record.participants if p.role in SCORED_ROLES and p.name]
    gold = [p for p in incident.participants if p.name]
    counts = Counts(predicted=len(predicted),
                    gold_mentioned=sum(mentioned(g, text_words) for g in gold))
    pairs = match_people(predicted, gold)
    problems: list[str] = []
    for i, j in pairs:
        person, truth = predicted[i], gold[j]
        is_mentioned = mentioned(truth, text_words)
        counts.matched += 1
        counts.matched_mentioned += is_mentioned
        role_ok = truth.role is None or person.role == truth.role
        if truth.role is not None:
            counts.role_n += 1
            counts.role_right += role_ok
        status_ok = True  # GVA gave no status: nothing to get wrong
        if truth.harm is not None:
            status_ok = predicted_harm(person) == (truth.harm, truth.arrested)
            counts.status_n += 1
            counts.status_right += status_ok
        if role_ok and status_ok:
            counts.strict += 1
            counts.strict_mentioned += is_mentioned
        age_ok = True
        if person.age is not None and truth.age is not None:
            counts.age_predicted += 1
            counts.age_predicted_right += person.age == truth.age
            age_ok = person.age == truth.age
        if age_findable(truth, article.text):
            counts.age_findable += 1
            counts.age_findable_right += person.age == truth.age
            age_ok = age_ok and person.age == truth.age
        gender_ok = True
        if truth.gender is not None:
            counts.gender_gold += 1
            if person.gender is not None:
                counts.gender_predicted += 1
                counts.gender_right += person.gender == truth.gender
                gender_ok = person.gender == truth.gender
        for name, ok in (("role", role_ok), ("status", status_ok), ("age", age_ok),
                         ("gender", gender_ok)):
            if not ok:
                problems.append(name)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    spurious = [p.name for i, p in enumerate(predicted) if i not in matched_p]
    missed = [g.name for j, g in enumerate(gold)
              if j not in matched_g and mentioned(g, text_words)]
    if spurious or missed:
        failed.append("names")
    failed.extend(name for name in ("role", "status", "age", "gender") if name in problems)
    detail = {
        "names": {"matched": [[predicted[i].name, gold[j].name] for i, j in pairs],
                  "missed": missed, "spurious": spurious},
        "gold": gold_summary(incident),
        "predicted": predicted_summary(record),
    }
    return ArticleScore(article_id=article.id, incident_id=incident.incident_id,
                        record_id=record.id, fields=fields, counts=counts, failed=failed,
                        detail=detail, words=len(article.text.split()))
