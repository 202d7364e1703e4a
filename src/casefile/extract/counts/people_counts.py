"""Killed and injured counted from the people found (victims and suspects), each once.

The counts fall back on these when the text states no number: one person is often
described several times, so the bare descriptions are counted sparingly.
"""

from __future__ import annotations

import re

from casefile.lexicons import words
from casefile.models import Participant

_ANOTHER = re.compile(r"^(another|other|a second|the second|a third|the third)\b", re.IGNORECASE)


def bystander(p: Participant) -> bool:
    """Whether an unnamed person is introduced as someone other than the one aimed at: "a
    bystander", "a passerby". ("Another man" is not counted so: it is as often the victim
    told apart from the shooter, "he accidentally shot another man".)"""
    if p.name or not p.description:
        return False
    first, _, rest = p.description.lower().partition(" ")
    return first in ("a", "an") and bool(set(rest.split()) & words("apart_person_nouns"))


def killed_among(people: list[Participant]) -> int:
    """The dead among victims and suspects, each counted once: a dead person known only by
    a description ("the victim", "a 3-year-old girl") that did not join a named one is
    counted only when none of the named dead has their role, and then once for each role
    (a described victim and a described suspect are two)."""
    dead = [p for p in people if "killed" in p.status]
    named = sum(1 for p in dead if p.name)
    # A described victim is none of the named dead when they are all suspects, and a
    # described suspect none of them when they are all victims: "a girl was killed ...
    # Doe then shot himself", "the man shot his wife, then himself".
    described = {p.role for p in dead if not p.name} - {p.role for p in dead if p.name}
    return named + len(described)


def injured_among(people: list[Participant], killed: int) -> int:
    """People hurt and not killed, each counted once.

    A victim known only by a bare description ("a man", "the child": no name, no age, not
    "another man") is most often someone already counted, described before they died or in
    other words, so such victims count as one at most, and only when nobody was killed and
    no named or aged person was hurt. A suspect's injury counts only when the suspect is
    named or aged: for a bare "the suspect" the cue is mostly the victim's harm misread.
    """
    hurt = [p for p in people if "injured" in p.status and (
        p.role == "victim" or p.name or p.age is not None)]
    specific = [p for p in hurt if p.name or p.age is not None or (
        p.description and _ANOTHER.search(p.description))]
    # a dead person known by a bare description ("a child") may be one told of with an age
    # before they died ("the 4-year-old boy was shot"): one such pair is one person
    vague_dead = any("killed" in p.status and not p.name and p.age is None for p in people)
    aged = [p for p in specific if not p.name and p.age is not None and p.role == "victim"]
    if vague_dead and len(aged) == 1:
        specific.remove(aged[0])
    # a bare victim is none of the dead when they are all suspects: "an officer was hit
    # and the gunman was killed"
    dead_victim = any("killed" in p.status and p.role == "victim" for p in people)
    if killed and not dead_victim and not specific:
        return min(sum(1 for p in hurt if p.role == "victim"), 1)
    if specific and not killed and any(not p.name and p.age is None and p.description
                                       and _ANOTHER.search(p.description) for p in specific) \
            and any(p not in specific and p.role == "victim" for p in hurt):
        # "a man ... another man": the other is one more than the first, who is hurt too
        return len(specific) + 1
    if specific or killed:
        return len(specific)
    return min(len(hurt), 1)


def named_hurt(people: list[Participant]) -> int:
    """The people named as hurt and alive, each name once, and the bystanders hurt ("a
    bystander was struck in the arm")."""
    alive = [p for p in people if "injured" in p.status and "killed" not in p.status]
    return len({p.name for p in alive if p.name}) + sum(1 for p in alive if bystander(p))


def named_apart(people: list[Participant]) -> bool:
    """Whether someone was hurt whose surname none of the named dead has, or of an age none
    of the dead has, or told as a friend or kin, or a bystander was hurt: two people, so the hurt one is not the dead
    one described before he died (one surname may be one man the rules split in two;
    another beside them, "her parents, Jo Roe and Al Doe", is apart)."""
    alive = [p for p in people if "injured" in p.status and "killed" not in p.status]
    hurt = {p.name.split()[-1] for p in alive if p.name}
    dead = {p.name.split()[-1] for p in people if p.name and "killed" in p.status}
    # (and an unnamed victim hurt of another age than every dead person's: "Jo Doe, 29,
    # was killed ... a 12-year-old girl next door was hit in the foot")
    dead_ages = {p.age for p in people if "killed" in p.status and p.age is not None}
    aged_apart = bool(dead_ages) and any(
        p.role == "victim" and not p.name and p.age is not None and p.age not in dead_ages
        for p in alive)
    # (or one told as a friend or kin, of the dead: "His friend, a 15-year-old boy, was
    # grazed")
    companions = words("relative_nouns") | words("companion_nouns")
    kin_apart = any("killed" in p.status for p in people) and any(
        p.role == "victim" and not p.name and p.description
        and p.description.lower().split()[-1] in companions for p in alive)
    return bool(dead) and bool(hurt - dead) or aged_apart or kin_apart \
        or _victim_beside_dead_suspects(people) or any(
            p.role == "victim" and bystander(p) for p in alive)


def _victim_beside_dead_suspects(people: list[Participant]) -> bool:
    """Whether a victim lived where only suspects died: "police killed the man, who had
    shot his mother": the hurt victim is not the dead suspect, named or not."""
    dead_roles = {p.role for p in people if "killed" in p.status}
    return dead_roles == {"suspect"} and any(
        p.role == "victim" and "injured" in p.status and "killed" not in p.status for p in people)
