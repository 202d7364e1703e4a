"""People across reports: which participants of an incident's reports are one person.

Named people match on surname (exact, or a near spelling) with a compatible first name
("John" ~ "J." ~ none); namesakes with different first names stay apart. An unnamed
person ("the 26-year-old driver") joins a person of another report only when exactly one
has the same role and age (and no other gender); two unnamed victims of one report are
never joined, because one report names its people apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler

from casefile.models import Participant
from casefile.resolve.features import close_hyphens, name_tokens

# Near spellings of one surname ("Kowalski", "Kowalksi") score above this; different
# surnames of similar shape ("Jones", "Jonas") mostly do not. Short names must be exact.
SPELLING_SIMILARITY = 0.9
MIN_FUZZY_LENGTH = 5


@dataclass
class Mention:
    """One participant of one report, with where it came from."""

    report: int  # index of the report, in time order
    article: str
    published: str | None
    person: Participant


@dataclass
class Person:
    """One person of the incident: the mentions of every report that refer to them."""

    mentions: list[Mention] = field(default_factory=list)

    def reports(self) -> set[int]:
        """The reports that mention this person."""
        return {m.report for m in self.mentions}

    def surnames(self) -> set[str]:
        """The surname keys of every name given to this person."""
        return {tokens[-1] for m in self.mentions for tokens in _names(m.person)}

    def firsts(self) -> set[str]:
        """The first-name keys of every full name given to this person."""
        return {tokens[0] for m in self.mentions for tokens in _names(m.person)
                if len(tokens) > 1}

    def ages(self) -> set[int]:
        """Every age given to this person."""
        return {m.person.age for m in self.mentions if m.person.age is not None}

    def genders(self) -> set[str]:
        """Every gender given to this person."""
        return {m.person.gender for m in self.mentions if m.person.gender}

    def roles(self) -> set[str]:
        """Every role given to this person."""
        return {m.person.role for m in self.mentions}

    def named(self) -> bool:
        """Whether any report names this person."""
        return any(m.person.name for m in self.mentions)


def clean_name(name: str | None) -> str | None:
    """A name as the record shows it: a spaced-out hyphen closed up; None for a "name"
    with nothing but a suffix or punctuation in it ("Jr.")."""
    if not name or not name_tokens(name):
        return None
    return close_hyphens(name)


def clean_person(person: Participant) -> Participant:
    """The participant with its name and aliases cleaned (a copy when anything changed)."""
    aliases = [a for a in (clean_name(a) for a in person.aliases) if a]
    name = clean_name(person.name)
    if name is None and aliases:
        name = aliases.pop(0)
    if name == person.name and aliases == person.aliases:
        return person
    return person.model_copy(update={"name": name, "aliases": list(dict.fromkeys(aliases))})


def _one_in_report(full: Participant, short: Participant) -> bool:
    """Whether one report's two participants are one person the extractor listed twice:
    the same surname, the shorter name the surname alone or the end of the fuller one
    ("Moreno-Salas", "Juan Moreno-Salas"), and roles that agree (or one 'other')."""
    if not _roles_agree(full.role, short.role):
        return False
    a, b = name_tokens(full.name), name_tokens(short.name)
    return bool(a) and bool(b) and len(b) < len(a) and a[-len(b):] == b


def _fold(full: Participant, short: Participant) -> Participant:
    status = list(dict.fromkeys([*full.status, *short.status]))
    known = {e.type for e in full.events}
    role = full.role if full.role != "other" else short.role
    return full.model_copy(update={
        "aliases": list(dict.fromkeys([*full.aliases, short.name, *short.aliases])),
        "age": full.age if full.age is not None else short.age,
        "gender": full.gender or short.gender,
        "description": full.description or short.description,
        "role": role, "status": status,
        "events": [*full.events, *(e for e in short.events if e.type not in known)],
        "evidence": list(dict.fromkeys([*full.evidence, *short.evidence])),
    })


def fold_report(participants: list[Participant]) -> tuple[list[Participant], dict[str, str]]:
    """One report's participants with the people it lists twice folded into one
    ("Juan Moreno-Salas" and "Moreno-Salas"), and which id went into which. Only an
    unambiguous fold: a surname two people of the report share stays apart."""
    by_length = sorted(participants, key=lambda p: -len(name_tokens(p.name)))
    kept: dict[str, Participant] = {}
    folded: dict[str, str] = {}
    for person in by_length:
        if person.name:
            fits = [k for k in kept.values() if _one_in_report(k, person)]
            if len(fits) == 1:
                kept[fits[0].id] = _fold(fits[0], person)
                folded[person.id] = fits[0].id
                continue
        kept[person.id] = person
    return [kept[p.id] for p in participants if p.id in kept], folded


def _names(person: Participant) -> list[list[str]]:
    names = (person.name, *person.aliases) if person.name else ()
    return [tokens for tokens in (name_tokens(n) for n in names) if tokens]


def same_surname(a: str, b: str) -> bool:
    """Whether two surname keys are one surname, allowing a near spelling."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_LENGTH:
        return False
    return JaroWinkler.similarity(a, b) >= SPELLING_SIMILARITY


def _short_misspelling(first: str | None, other_first: str | None, surname: str,
                       other: str) -> bool:
    """A short surname spelt two ways ("Lee" / "Leigh") under one full first name: too
    short for a near spelling alone, but the first name makes it one person."""
    return (first is not None and first == other_first and len(first) > 1
            and JaroWinkler.similarity(surname, other) >= SPELLING_SIMILARITY)


def _first_compatible(a: str | None, b: str | None) -> bool:
    # An initial, a short form ("Rob" / "Robert") or no first name at all is no conflict.
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a) or JaroWinkler.similarity(a, b) >= 0.9


def _name_match(person: Person, tokens: list[str]) -> int:
    """How well a name fits a person: 0 no, 1 near surname, 2 surname, 3 full name."""
    surname, first = tokens[-1], tokens[0] if len(tokens) > 1 else None
    best = 0
    for known in person.mentions:
        for other in _names(known.person):
            other_first = other[0] if len(other) > 1 else None
            if not (same_surname(surname, other[-1])
                    or _short_misspelling(first, other_first, surname, other[-1])):
                continue
            # A middle name used as the first ("Brian Lee" of "Juan Brian Lee").
            if not (_first_compatible(first, other_first)
                    or (first in other[1:-1]) or (other_first in tokens[1:-1])):
                return 0  # a namesake: same surname, another first name
            exact = surname == other[-1]
            full = exact and first is not None and first == other_first
            best = max(best, 3 if full else 2 if exact else 1)
    return best


def _roles_agree(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


def _compatible_unnamed(person: Person, new: Participant) -> bool:
    """Whether a mention and an unnamed person could be one: same role, gender and age
    (or, for people of no age, the same description: "a 20-year-old man")."""
    if new.role not in person.roles():
        return False
    genders = person.genders()
    if new.gender and genders and genders != {new.gender}:
        return False
    if new.age is not None:
        return person.ages() == {new.age}
    return bool(new.description) and not person.ages() and any(
        m.person.description == new.description for m in person.mentions)


def group_people(mentions: list[Mention]) -> list[Person]:
    """Group the mentions (in report order) into people, in order of first mention."""
    people: list[Person] = []
    # A report's named people first: "a gunman" of a report that also names him must
    # not take the place of the named man in the person other reports named.
    for mention in sorted(mentions, key=lambda m: (m.report, not _names(m.person))):
        # Two participants of one report are two people: the extractor merged its own.
        free = [p for p in people if mention.report not in p.reports()]
        chosen: Person | None = None
        names = _names(mention.person)
        if names:
            scored = [(max(_name_match(p, t) for t in names), i) for i, p in enumerate(free)]
            scored = [(s, i) for s, i in scored if s > 0]
            if scored:
                best = max(s for s, _ in scored)
                top = [free[i] for s, i in scored if s == best]
                same_role = [p for p in top if mention.person.role in p.roles()]
                chosen = (same_role or top)[0]
            else:
                # The person an earlier report left unnamed, now named.
                unnamed = [p for p in free if not p.named()
                           and _compatible_unnamed(p, mention.person)]
                chosen = unnamed[0] if len(unnamed) == 1 else None
        else:
            fits = [p for p in free if _compatible_unnamed(p, mention.person)]
            chosen = fits[0] if len(fits) == 1 else None
        if chosen is None:
            chosen = Person()
            people.append(chosen)
        chosen.mentions.append(mention)
    first = {id(m): i for i, m in enumerate(mentions)}
    return sorted(people, key=lambda p: min(first[id(m)] for m in p.mentions))
