"""Grouping the name mentions of one report into people (extract/people.py), on small
reports written for these tests."""

from __future__ import annotations

import pytest

from casefile.extract.mentions import find_mentions
from casefile.extract.people import group_names
from casefile.extract.pipeline import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def people_of(nlp, text):
    doc = nlp(text)
    return group_names(doc, [m for m in find_mentions(doc) if m.kind == "name"])


def test_a_name_run_into_one_more_word_is_the_same_person(nlp):
    # a caption line: the name run into the town
    people = people_of(nlp, "Police said Daniel Kowalski, 19, died Saturday.\n\n"
                            "Daniel Kowalski Brennan\n\nAge: 19")
    assert [p.full_name for p in people] == ["Daniel Kowalski"]
    assert len(people[0].names) == 2

