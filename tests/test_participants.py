"""Rules of participants.py that work on finished participants."""

from casefile.extract.participants import no_deaths
from casefile.models import Event, Participant


def _person(pid, role, *events):
    p = Participant(id=pid, name=f"Person {pid}", role=role,
                    events=[Event(type=t, evidence=[f"ev{i}"]) for i, t in enumerate(events)])
    p.status = [e.type for e in p.events]
    return p


def test_no_deaths_turns_the_dead_into_the_hurt():
    victim = _person("p1", "victim", "killed")
    suspect = _person("p2", "suspect", "killed", "arrested")
    hurt_twice = _person("p3", "victim", "injured", "killed")
    no_deaths([victim, suspect, hurt_twice])
    assert victim.status == ["injured"]
    assert victim.events[0].evidence == ["ev0"]  # the harm keeps its sentence
    assert suspect.status == ["injured", "arrested"]
    assert hurt_twice.status == ["injured"]


def test_no_deaths_leaves_other_roles_alone():
    official = _person("p1", "official", "killed")
    no_deaths([official])
    assert official.status == ["killed"]
