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


def _finals(text):
    """The named and unnamed mentions of `text` as one-mention people, for the final steps."""
    from casefile.extract.mentions import find_mentions
    from casefile.extract.people import Person
    from casefile.extract.pipeline import load_nlp

    mentions = find_mentions(load_nlp()(text))
    name = next(m for m in mentions if m.kind == "name")
    desc = next(m for m in mentions if m.kind == "desc" and m.head == "gunman")
    return Person(mentions=[name]), Person(mentions=[desc])


def test_a_gunman_who_died_joins_the_named_suspect_of_no_stated_harm():
    from casefile.extract.participants import _absorb_decided, _Final
    from casefile.extract.roles import Cue

    named, unnamed = _finals("Police named Gordon Halvik as the suspect. The gunman died.")
    died = Cue("status", "killed", unnamed.mentions[0], unnamed.mentions[0].root)
    finals = _absorb_decided([_Final(named, "suspect", {}), _Final(unnamed, "suspect",
                                                                    {"killed": died})])
    assert len(finals) == 1
    assert "killed" in finals[0].statuses
    # a suspect in custody is alive: a death read elsewhere is someone else's
    named, unnamed = _finals("Police named Gordon Halvik as the suspect. The gunman died.")
    held = Cue("status", "arrested", named.mentions[0], named.mentions[0].root)
    finals = _absorb_decided([_Final(named, "suspect", {"arrested": held}),
                              _Final(unnamed, "suspect", {"killed": died})])
    assert len(finals) == 2
