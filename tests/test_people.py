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



def test_a_name_run_on_by_a_word_is_an_alias_not_a_misspelling():
    from casefile.extract import extract_article
    from casefile.models import Article

    text = ("Police said Daniel Kowalski, 19, died Saturday after a shooting on Larkspur "
            "Road.\n\nFamily members said Daniel Kowalski Brennan loved to fish.")
    record = extract_article(Article(id="al", text=text))
    (daniel,) = [p for p in record.participants if p.name == "Daniel Kowalski"]
    assert daniel.aliases == ["Daniel Kowalski Brennan"]
    assert not [c for c in record.conflicts if c.participant == daniel.id]


def test_a_first_name_with_a_suffix_joins_the_full_name(nlp):
    people = people_of(nlp, "Police said 7-year-old Corey Lindqvist Jr. was shot on Elm Street. "
                            "Corey Jr. was released from the hospital on Sunday.")
    assert [p.full_name for p in people] == ["Corey Lindqvist Jr."]
    assert len(people[0].names) == 2


def test_a_description_after_a_run_on_dateline_starts_at_its_determiner():
    from casefile.extract.mentions import find_mentions
    from casefile.extract.pipeline import load_nlp
    doc = load_nlp()("LARKSPUR COUNTY, VA - A 15-year-old male is in critical condition after a "
                     "shooting Thursday.")
    assert [m.span.text for m in find_mentions(doc) if m.kind == "desc"] == ["A 15-year-old male"]



def test_a_holiday_named_for_a_parent_is_no_description():
    from casefile.extract.mentions import find_mentions
    from casefile.extract.pipeline import load_nlp
    doc = load_nlp()("Two men were indicted in the Mother's Day shooting that killed a father "
                     "and wounded his nephew. Mother's Day had just begun.")
    assert [m.span.text for m in find_mentions(doc) if m.kind == "desc"] == [
        "a father", "his nephew"]


def test_the_people_a_plural_subject_is_are_descriptions():
    from casefile.extract.mentions import find_mentions
    from casefile.extract.pipeline import load_nlp
    doc = load_nlp()("Four people were shot at a party. The other two wounded were a 17-year-old "
                     "boy and a 19-year-old woman. He was a student.")
    assert [m.span.text for m in find_mentions(doc) if m.kind == "desc"] == [
        "a 17-year-old boy", "a 19-year-old woman"]

@pytest.mark.parametrize("text, apart", [
    ("Officers found Marko Tevita Lund, 36, and his son Marko Sione Lund, 6, inside.", True),
    ("Dale Owen Pruitt Sr. and his son Dale Owen Pruitt Jr. were shot.", True),
    ("Dale Owen Pruitt, 50, was shot. Dale O. Pruitt was taken to a hospital.", False),
])
def test_middle_names_and_suffixes_tell_people_apart(nlp, text, apart):
    people = people_of(nlp, text)
    assert len(people) == (2 if apart else 1)


@pytest.mark.parametrize("text, apart", [
    # a suffix on one name only, and two ages (one in months)
    (("Police said Cole Varga, 31, opened fire. The child was identified as 14-month-old Cole "
      "Varga Jr."), True),
    ("Cole Varga Jr., 31, opened fire. Cole Varga was arrested on Friday.", False),
])
def test_a_suffix_and_two_ages_tell_people_apart(nlp, text, apart):
    from casefile.extract.attributes import set_name_ages
    doc = nlp(text)
    names = [m for m in find_mentions(doc) if m.kind == "name"]
    set_name_ages(doc, names)
    assert len(group_names(doc, names)) == (2 if apart else 1)


def test_a_bare_surname_shared_by_a_parent_and_a_child_is_the_parents(rules_record):
    record = rules_record("Corwin Tallis, 45, was arraigned in the death of Daylen Tallis, 9, the "
                          "prosecutor said. Daylen was found in a bedroom with a gunshot wound. "
                          "Tallis was charged with second-degree murder.")
    people = {p.name: p for p in record.participants}
    assert "charged" in people["Corwin Tallis"].status
    assert "charged" not in people["Daylen Tallis"].status


def test_a_bare_surname_that_dies_is_the_namesake_named_first(rules_record):
    # the relative quoted last is not the one "pronounced dead"
    record = rules_record("Officers shot Dale Maudry, 57, at his home on Sunday. The officers said "
                          "someone fired at them first. Rena Maudry told reporters that her husband "
                          "was shooting at a burglar. Maudry was pronounced dead at the scene.")
    people = {p.name: p for p in record.participants}
    assert "killed" in people["Dale Maudry"].status
    assert "killed" not in people["Rena Maudry"].status



def test_a_lone_surname_whose_later_verb_shoots_is_the_namesake_charged(nlp):
    # "walked in, argued ... and then shot her": the verb of violence shares the subject;
    # the namesake charged, not the one named last before, is the one who shot
    people = people_of(nlp, (
        "Tobin Brannagh-Oyel, 38, was charged with first-degree murder on Thursday. Officers "
        "found Lucia Brannagh-Oyel, 36, dead inside the house. According to an affidavit, "
        "Brannagh-Oyel walked in, argued with the woman and then shot her."))
    by_name = {p.full_name: p for p in people}
    assert len(by_name["Tobin Brannagh-Oyel"].names) == 2
    assert len(by_name["Lucia Brannagh-Oyel"].names) == 1



def test_a_lone_surname_held_in_jail_is_not_the_namesake_found_dead(nlp):
    people = people_of(nlp, (
        "Police were called after Tobin Brannagh, 47, called 911 and said he had shot his "
        "wife. Officers found Lucia Brannagh, 44, dead in the living room with a gunshot "
        "wound.\n\nBrannagh is being held in the county jail on $1 million bond."))
    by_name = {p.full_name: p for p in people}
    assert len(by_name["Tobin Brannagh"].names) == 2
    assert len(by_name["Lucia Brannagh"].names) == 1


def test_an_alias_after_a_clause_is_the_same_person(nlp):
    people = people_of(nlp, (
        "Police obtained a warrant charging Tobin Lamar Brannagh, 21, with murder. Brannagh, "
        "who police said goes by \"T,\" has also used the name Tobias Brannon, according to "
        "a wanted notice."))
    assert len(people) == 1
    assert [a for a, _ in people[0].aliases] == ["Tobias Brannon"]
