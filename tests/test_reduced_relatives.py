"""A reduced relative clause the parser read as the verb is rewired (extract/reduced_relatives)."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract import Extractor
from casefile.extract.pipeline import load_nlp
from casefile.models import Article


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, noun, harm, verb", [
    ("A man shot and killed early Thursday has been identified as Jo Doe.",
     "man", "shot", "identified"),
    ("Two people shot outside the club were identified as Jo Doe and Ann Roe.",
     "people", "shot", "identified"),
    ("A woman shot in the neck early Sunday is expected to survive.",
     "woman", "shot", "expected"),
    ("Police said the boy shot near his home was taken to a hospital.",
     "boy", "shot", "taken"),
])
def test_harm_verb_becomes_a_clause_on_its_noun(nlp, text, noun, harm, verb):
    doc = nlp(text)
    n, h, v = _token(doc, noun), _token(doc, harm), _token(doc, verb)
    assert h.head == n and h.dep_ == "acl"
    assert n.head == v and n.dep_ in ("nsubj", "nsubjpass")
    assert len(list(doc.sents)) == 1
    assert v.sent.root == (v if v.dep_ == "ROOT" else v.head)


@pytest.mark.parametrize("text", [
    "The man shot his wife and was arrested.",
    "A man shot and has been charged.",
    "The victim's brother ran over to a neighbor's house to call police.",
    "He shot and was arrested at the scene.",
])
def test_the_shooters_own_acts_are_left_alone(nlp, text):
    doc = nlp(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert subject.head.dep_ == "ROOT" and subject.head.lemma_ in ("shoot", "run")


def test_the_named_person_is_the_one_shot():
    article = Article(id="rr", title="Shooting in town",
                      text="A man shot and killed Tuesday night in Elm Park has been "
                           "identified as Jo Doe.", published=dt.date(2016, 5, 5))
    record = Extractor().extract(article)
    doe = next(p for p in record.participants if p.name == "Jo Doe")
    assert doe.role == "victim" and "killed" in doe.status
    assert (record.killed, record.injured) == (1, 0)


def test_a_state_someone_was_found_in_is_not_their_act(nlp):
    doc = nlp("Authorities found 59-year-old Carol Sandor and her 32-year-old daughter "
              "Marietta Hale shot to death.")
    sands, shot = _token(doc, "Sandor"), _token(doc, "shot")
    assert sands.dep_ == "dobj" and sands.head.lemma_ == "find"
    assert shot.head == sands and shot.dep_ == "acl"


def test_a_list_found_in_a_state_shares_it(rules_record):
    record = rules_record("Authorities found 59-year-old Carol Sandor and her 32-year-old "
                          "daughter Marietta Hale shot to death.")
    assert {p.name: p.status for p in record.participants} == {
        "Carol Sandor": ["killed"], "Marietta Hale": ["killed"]}


def test_a_participle_hung_on_the_noun_that_owns_a_person_is_the_persons(nlp):
    doc = nlp("Police have released the identity of the man found shot and killed Saturday "
              "morning in the town.")
    assert _token(doc, "found").head == _token(doc, "man")


def test_one_found_shot_and_killed_is_dead(rules_record):
    record = rules_record("Police have released the identity of the man found shot and killed "
                          "Saturday morning in the town. Officers found 49-year-old Howard Pell "
                          "shot in the head.", title="Police name man in Saturday shooting")
    assert record.killed == 1 and record.injured == 0


def test_a_passive_read_as_a_state_is_mended(nlp):
    # the parser reads "was critically injured" as "was" with a state
    doc = nlp("Brian Dalton was at the store. Dalton was critically injured, but he is "
              "expected to survive.")
    injured = _token(doc, "injured")
    assert injured.dep_ == "ROOT"
    assert [(c.text, c.dep_) for c in injured.lefts][:2] == [("Dalton", "nsubjpass"),
                                                              ("was", "auxpass")]


def test_the_last_of_a_list_found_after_another_verb_shares_its_state(nlp):
    # the parser ends the list at the first name and hangs "shot" on "entered"
    doc = nlp("Police, who said they recovered at least one weapon, took him into custody, "
              "entered the house and found Megan Kerrick, 22, and Robert Munro, 21, fatally "
              "shot.")
    munro, shot = _token(doc, "Munro"), _token(doc, "shot")
    assert munro.dep_ == "conj" and munro.head.text == "Kerrick"
    assert shot.dep_ == "acl"


def test_a_subject_read_as_a_second_object_is_the_next_verbs_subject(nlp):
    doc = nlp("Zaria Pennock-Dale was struck in the shoulder and her father, Marcus Dale, 31, "
              "was shot in the right arm on Elm Boulevard, police said.")
    father = _token(doc, "father")
    assert (father.dep_, father.head.text) == ("nsubjpass", "shot")
    # a second object joined by "and" that no verb follows stays an object
    doc = nlp("She was struck in the shoulder and the arm, police said.")
    assert _token(doc, "arm").dep_ == "conj"
