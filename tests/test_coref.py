"""Joining descriptions and pronouns to people (extract/coref.py), on small reports written
for these tests."""

from __future__ import annotations

import pytest

from casefile.extract.coref import attach_descriptions, attach_pronouns
from casefile.extract.mentions import find_mentions
from casefile.extract.people import group_names
from casefile.extract.pipeline import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def people_of(nlp, text):
    doc = nlp(text)
    mentions = find_mentions(doc)
    people = group_names(doc, [m for m in mentions if m.kind == "name"])
    people = attach_descriptions(doc, people, [m for m in mentions if m.kind == "desc"])
    resolved = attach_pronouns(people, [m for m in mentions if m.kind == "pron"],
                               {id(p): None for p in people})
    return people, resolved


def named(people, name):
    return next(p for p in people if p.full_name == name)


def test_a_description_identified_on_a_day_as_a_name_is_that_person(nlp):
    people, _ = people_of(nlp, "A woman was hurt on Larkspur Road late Friday. The woman was "
                               "identified Saturday as Dana Kowalski.")
    dana = named(people, "Dana Kowalski")
    assert {m.head for m in dana.descriptions()} == {"woman"}


def test_a_pronoun_identified_as_a_name_joins_its_description_to_the_name(nlp):
    people, resolved = people_of(
        nlp, "A 41-year-old woman was hurt on Larkspur Road late Friday. She was identified "
             "on Saturday as Dana Kowalski, a nurse from Pine Hollow.")
    assert [p.full_name for p in people] == ["Dana Kowalski"]
    dana = people[0]
    assert any(m.age == 41 for m in dana.descriptions())
    assert all(p is dana for p in resolved.values())


def test_two_unnamed_people_stay_apart_without_such_a_link(nlp):
    people, _ = people_of(nlp, "A 41-year-old woman and a 19-year-old man were hurt on "
                               "Larkspur Road. She told police she heard four shots.")
    assert len([p for p in people if not p.names]) == 2


def test_a_possessive_pronoun_before_identified_is_not_the_name(nlp):
    people, _ = people_of(nlp, "A 41-year-old woman was hurt on Larkspur Road late Friday. "
                               "Police identified her son as Dana Kowalski, who was not hurt.")
    dana = named(people, "Dana Kowalski")
    assert not any(m.age == 41 for m in dana.mentions)


def test_a_description_police_identified_as_a_name_is_that_person(nlp):
    people, _ = people_of(nlp, "A 41-year-old woman was hurt on Larkspur Road late Friday. "
                               "Police identified the woman on Sunday as Dana Kowalski.")
    dana = named(people, "Dana Kowalski")
    assert "woman" in {m.head for m in dana.descriptions()}


def test_an_identified_pronoun_follows_the_pronoun_before_it_to_its_description(nlp):
    people, _ = people_of(
        nlp, "A 16-year-old girl caught a stray round on Larkspur Road. She was flown "
             "to a clinic in Pine Hollow, where she died on Monday. Deputies later "
             "identified her as Dana Kowalski.")
    dana = named(people, "Dana Kowalski")
    assert any(m.age == 16 for m in dana.descriptions())
    assert not [p for p in people if not p.names]


def test_a_pronoun_named_as_someones_relative_is_not_that_someone(nlp):
    people, _ = people_of(nlp, "A 52-year-old man was arrested on Larkspur Road. He was "
                               "identified as Dana Kowalski's brother.")
    dana = named(people, "Dana Kowalski")
    assert not dana.descriptions()


def test_a_description_identified_as_someones_relative_is_not_that_someone(nlp):
    people, _ = people_of(nlp, "A 52-year-old man was arrested on Larkspur Road. Police "
                               "identified the man as Dana Kowalski's brother.")
    dana = named(people, "Dana Kowalski")
    assert not dana.descriptions()


def test_sons_of_two_different_owners_are_two_people(nlp):
    people, _ = people_of(nlp, (
        "Marla Quennel's son, Tobin Quennel, was shot at the house on Larkspur Road. "
        "Police said the 12-year-old son of Dale Brisco fired the gun. "
        "Brisco's 12-year-old son was taken into custody."))
    tobin = named(people, "Tobin Quennel")
    assert not any(m.age == 12 for m in tobin.mentions)


def test_the_same_owners_son_stays_one_person(nlp):
    people, _ = people_of(nlp, (
        "Dale Brisco's 12-year-old son fired the gun on Larkspur Road. "
        "Brisco's 12-year-old son was taken into custody."))
    sons = [p for p in people if any(m.kind == "desc" and m.head == "son" for m in p.mentions)]
    assert len(sons) == 1


def test_an_aged_description_after_according_to_a_name_is_not_the_source(nlp):
    people, _ = people_of(nlp, (
        "Officer Dana Kowalski spoke to reporters on Larkspur Road. "
        "According to Kowalski, the 41-year-old driver fled on foot."))
    dana = named(people, "Dana Kowalski")
    assert not any(m.kind == "desc" and m.head == "driver" for m in dana.mentions)


def test_an_age_between_identified_as_and_the_name_still_names_the_pronoun(nlp):
    from casefile.extract.coref import _PRON_IDENTIFIED
    assert _PRON_IDENTIFIED.match(" was identified as 18-year-old ")
    assert _PRON_IDENTIFIED.match(" was identified as ")
    assert not _PRON_IDENTIFIED.match(" was identified as the brother of ")


def test_a_description_said_to_be_a_name_is_that_person(nlp):
    people, _ = people_of(nlp, "A man was shot on Larkspur Road late Friday. Police said the "
                               "dead man was Dana Kowalski, 45.")
    assert "man" in {m.head for m in named(people, "Dana Kowalski").descriptions()}


def test_a_victim_whose_name_is_given_is_that_person(nlp):
    people, _ = people_of(nlp, "A man was shot on Larkspur Road late Friday. The victim's "
                               "name was Dana Kowalski.")
    assert "victim" in {m.head for m in named(people, "Dana Kowalski").descriptions()}


def test_a_pronoun_whose_name_is_given_is_that_person(nlp):
    people, resolved = people_of(nlp, "A man was shot on Larkspur Road late Friday. His name "
                                      "was Dana Kowalski.")
    assert [p.full_name for p in people] == ["Dana Kowalski"]
    assert all(p is people[0] for p in resolved.values())


def test_a_name_said_to_be_someone_elses_relative_is_not_the_victim(nlp):
    people, _ = people_of(nlp, "A man was shot on Larkspur Road late Friday. The victim's "
                               "name was Dana Kowalski's brother.")
    assert not any(p.full_name == "Dana Kowalski" and p.descriptions() for p in people)


def test_one_noun_told_two_ways_in_a_sentence_is_two_people(nlp):
    people, _ = people_of(nlp, "An older brother was handling a rifle when it went off, fatally "
                               "wounding his younger brother at the family home.")
    assert len([p for p in people if any(m.head == "brother" for m in p.descriptions())]) == 2
    people, _ = people_of(nlp, "The boy's mother ran outside carrying the boy.")
    assert len([p for p in people if any(m.head == "boy" for m in p.descriptions())]) == 1


def test_a_pronoun_a_speaker_quotes_is_someone_else(nlp):
    text = ("A teen was shot in the foot on Saturday. “The rifle was old,” Capt. Ivo Brandt said "
            "Tuesday. “He didn’t notice the wound until later,” he said.")
    people, _ = people_of(nlp, text)
    brandt = named(people, "Ivo Brandt")
    # the quoted "He" is not the speaker; the "he" who said it is
    assert [m.span.text for m in brandt.mentions if m.kind == "pron"] == ["he"]


def test_a_pronoun_shot_after_an_officials_words_is_the_victim_before(nlp):
    text = ("Officers were called to Elm Street. “We think the victim was robbed of his shoes,” said "
            "Deputy Chief Ivo Brandt. He was shot in the abdomen.")
    people, _ = people_of(nlp, text)
    assert not [m for m in named(people, "Ivo Brandt").mentions if m.kind == "pron"]
    victim = next(p for p in people if any(m.head == "victim" for m in p.descriptions()))
    assert "He" in [m.span.text for m in victim.mentions if m.kind == "pron"]


def test_a_pronoun_taken_to_hospital_after_a_chiefs_words_is_the_officer_shot(nlp):
    # both are officials by their words; the one the sentence told shot is the one taken
    people, _ = people_of(nlp, "The officer was shot in the leg, Chief Ivo Brandt said. He was "
                               "taken to a hospital.")
    assert not [m for m in named(people, "Ivo Brandt").mentions if m.kind == "pron"]
    officer = next(p for p in people if any(m.head == "officer" for m in p.descriptions()))
    assert "He" in [m.span.text for m in officer.mentions if m.kind == "pron"]


def test_an_official_saying_he_was_taken_to_hospital_is_the_one_taken(nlp):
    people, _ = people_of(nlp, "A guard was shot at the show on Saturday. Sgt. Ivo Brandt said he "
                               "was taken to a hospital.")
    assert [m.span.text for m in named(people, "Ivo Brandt").mentions if m.kind == "pron"] == ["he"]


def test_a_reflexive_pronoun_is_its_own_clauses_subject(nlp):
    people, _ = people_of(nlp, "Dana Kowalski is facing charges after her 8-year-old son shot "
                               "himself while playing with a handgun.")
    assert not [m for m in named(people, "Dana Kowalski").mentions if m.kind == "pron"
                and m.span.text == "himself"]
    son = next(p for p in people if any(m.head == "son" for m in p.descriptions()))
    assert "himself" in [m.span.text for m in son.mentions]


def test_a_plural_pronoun_stands_for_the_group_just_before(nlp):
    from casefile.extract.coref import plural_groups

    doc = nlp("Wade Orrin and Cal Brisco were shot outside a bar. They were taken to Elm "
              "Hospital, where they died. Police said they have no suspects.")
    people, _ = people_of(nlp, doc.text)
    groups = plural_groups(doc, people)
    assert [m.span.text for m, _ in groups] == ["They", "they"]
    for _, group in groups:
        assert sorted(p.full_name for p in group) == ["Cal Brisco", "Wade Orrin"]


def test_a_group_told_dead_by_a_plural_pronoun_is_dead(rules_record):
    record = rules_record("Wade Orrin, 32, and Cal Brisco, 31, were shot outside a bar on "
                          "Sunday. They were taken to Elm Hospital, where they were "
                          "pronounced dead.")
    assert {p.name: p.status for p in record.participants} == {
        "Wade Orrin": ["killed"], "Cal Brisco": ["killed"]}


def test_a_quote_in_single_marks_is_a_quote():
    from casefile.extract.mentions import quoted_spans

    doc = load_nlp()("Cpl Dan Rourke said: 'He was basically executed.' Doe's car was "
                     "found. The boys' mother said ‘They are gone’.")
    quotes = [doc.text[a:b] for a, b in quoted_spans(doc)]
    assert quotes == ["'He was basically executed.'", "‘They are gone’"]


def test_a_list_the_parser_read_as_appositions_stays_a_list(nlp):
    people, _ = people_of(nlp, "A 59-year-old man, 49-year-old woman and 53-year-old man "
                               "suffered gunshot wounds to the leg.")
    assert sorted(m.age for p in people for m in p.mentions) == [49, 53, 59]
    assert len(people) == 3


@pytest.mark.parametrize("then", ["The two men died at the scene.",
                                  "The victims died at a hospital."])
def test_a_definite_plural_noun_stands_for_the_group_before(rules_record, then):
    record = rules_record(f"Shane Newbold, 42, and Justin Hallett, 25, were found in the "
                          f"home. {then}")
    assert {p.name: p.status for p in record.participants} == {
        "Shane Newbold": ["killed"], "Justin Hallett": ["killed"]}


def test_a_kin_description_in_the_sentence_of_a_named_person_is_someone_elses(nlp):
    # "her cousin" beside Ann Roe is not Roe, though Roe was described as a cousin before
    people, _ = people_of(nlp, "Kai Lund, 19, was shot dead at a party. Lund's cousin, Ann Roe, "
                               "was also at the party. A few days later, Roe had a message for "
                               "her cousin's killer.")
    roe = named(people, "Ann Roe")
    assert "her cousin" not in [m.span.text for m in roe.mentions]


def test_a_pronoun_that_speaks_is_the_one_who_spoke_before(rules_record):
    record = rules_record("A police officer was shot in the leg on Friday, Chief Ivo Brandt said. "
                          "Fellow officers took the 16-year veteran to the hospital, and his injuries were "
                          "not considered life-threatening, he said.")
    assert not [p for p in record.participants if p.name == "Ivo Brandt"
                and (p.role == "victim" or p.status)]
    assert [(p.role, p.status) for p in record.participants if not p.name] == [
        ("victim", ["injured"])]


def test_a_pronoun_of_the_sentence_after_is_one_the_text_gave_its_gender(rules_record):
    # "she" is the woman, not the man named last whose gender the text has not told
    record = rules_record("Chief Ivo Brandt said the woman killed was the wife of the alleged "
                          "shooter, Dale Okafor. She was shot before the officers arrived.")
    okafor = next(p for p in record.participants if p.name == "Dale Okafor")
    assert okafor.gender != "female"


def test_a_pronoun_pronounced_dead_after_a_speakers_words_is_the_one_found(rules_record):
    record = rules_record("Ulric Banda, 21, was found with a gunshot wound in a parked car on "
                          "Monday, said Deputy Kim Oyelaran of the sheriff's office. He was "
                          "pronounced dead at the scene, she said.")
    banda = next(p for p in record.participants if p.name == "Ulric Banda")
    assert banda.status == ["killed"]
    assert not [p for p in record.participants if p.name == "Kim Oyelaran" and p.status]


def test_a_pronoun_resolved_tells_its_persons_gender_to_the_next(nlp):
    # once "he" is Ivo Brandt's, the next "He" is his rather than the man described before
    # (whose gender the text told, where Brandt's it had not)
    doc = nlp("A man said Ivo Brandt, 17, was asleep in his bedroom when he was shot. He later "
              "died at a hospital.")
    mentions = find_mentions(doc)
    people = group_names(doc, [m for m in mentions if m.kind == "name"])
    people = attach_descriptions(doc, people, [m for m in mentions if m.kind == "desc"])
    genders = {id(p): "male" if p.descriptions() else None for p in people}
    attach_pronouns(people, [m for m in mentions if m.kind == "pron"], genders)
    brandt = named(people, "Ivo Brandt")
    assert "He" in [m.span.text for m in brandt.mentions if m.kind == "pron"]


def test_the_object_of_a_verb_is_not_its_subjects_apposition(nlp):
    people, _ = people_of(nlp, "The boy survived and told police that his uncle, Ervin Okafor, "
                               "accidentally shot him.")
    assert "him" not in [m.span.text for m in named(people, "Ervin Okafor").mentions]


def test_all_three_stands_for_the_list_of_three_before(rules_record):
    # the parser makes a list of names with ages an apposition; "all three" is all of them
    record = rules_record("Police found Jon Vale, 36, Ann Vale, 16, and Kim Vale, 18, inside the "
                          "home. All three were dead.")
    assert sorted((p.name, p.status) for p in record.participants) == [
        ("Ann Vale", ["killed"]), ("Jon Vale", ["killed"]), ("Kim Vale", ["killed"])]


def test_a_description_of_another_age_is_someone_else(nlp):
    people, _ = people_of(nlp, "A 4-year-old was found with a gun after another child was shot "
                               "inside a home. The 5-year-old was shot once in the torso.")
    four = next(p for p in people if any(m.age == 4 for m in p.mentions))
    assert not any(m.age == 5 for m in four.mentions)


def test_a_suspect_brought_in_after_a_name_of_the_same_age_is_someone_new(rules_record):
    record = rules_record("17-year-old Jalen Munro died at the scene and 20-year-old Luis "
                          "Navarro was hospitalized. Police say they identified a 17-year-old "
                          "suspect and are trying to find him.")
    people = {p.name or p.description: p for p in record.participants}
    assert people["Jalen Munro"].role == "victim"
    assert people["a 17-year-old suspect"].role == "suspect"


def test_an_object_pronoun_is_not_who_its_infinitive_makes_act(nlp):
    # "challenged Cruz to shoot him": Cruz does the shooting, so "him" is someone else
    people, _ = people_of(nlp, "During the exchange, Al Greer jokingly challenged Jose Cortez "
                               "to shoot him.")
    assert not [m for m in named(people, "Jose Cortez").mentions if m.kind == "pron"]
    assert [m.span.text for m in named(people, "Al Greer").mentions if m.kind == "pron"] == ["him"]


def test_a_reflexive_binds_to_who_was_able_to_act(nlp):
    people, _ = people_of(nlp, "Police said the boy was able to find his uncle's handgun in "
                               "the house and shoot himself in the thigh.")
    child = next(p for p in people if any(m.head == "boy" for m in p.descriptions()))
    assert "himself" in [m.span.text for m in child.mentions if m.kind == "pron"]


def test_a_subject_pronoun_is_the_sentences_subject_rather_than_an_owner(nlp):
    # "Doe's pistol": the owner of a thing is a weaker antecedent than the subject
    people, _ = people_of(nlp, "Police said Marcus Tell found Dwayne Orrick's loaded pistol "
                               "and while handling it, he accidentally shot himself.")
    assert "he" in [m.span.text for m in named(people, "Marcus Tell").mentions]
    assert "he" not in [m.span.text for m in named(people, "Dwayne Orrick").mentions]


def test_a_description_identified_as_a_name_is_that_person(nlp):
    # "later identified by police as", and a description far from its name
    people, _ = people_of(nlp, "The boy, later identified by police as Dario Cerna, was "
                               "pronounced dead at the hospital.")
    assert "The boy" in [m.span.text for m in named(people, "Dario Cerna").mentions]
    people, _ = people_of(nlp, "The female suspect who was captured hours before was "
                               "identified as 38-year-old Janelle Morrow.")
    assert "The female suspect" in [m.span.text for m in named(people, "Janelle Morrow").mentions]


def test_an_infants_age_in_months_keeps_the_infant_apart_from_the_grown_up(rules_record):
    # "4-month-old" is an age (0 in years): the son is not his 53-year-old father
    record = rules_record("A man who shot his 4-month-old son last week has died. Police said "
                          "53-year-old Dale Brask died a day after his son died.")
    people = {p.name or p.description: p for p in record.participants}
    son = next(p for key, p in people.items() if "son" in key)
    assert son.age == 0 and son.status == ["killed"]
    assert people["Dale Brask"].age == 53


def test_a_description_with_a_long_clause_identified_as_a_name_is_that_person(nlp):
    people, _ = people_of(nlp, "State police have identified the man shot and killed by "
                               "troopers on Saturday as Wes Velloway, 37.")
    assert [p.full_name for p in people] == ["Wes Velloway"]
    assert "man" in {m.head for m in people[0].descriptions()}
    # another name on the way is not the one identified
    people, _ = people_of(nlp, "Police identified the man who shot Cal Quennell on Saturday "
                               "as Wes Velloway.")
    assert "man" not in {m.head for m in named(people, "Cal Quennell").descriptions()}


def test_a_death_owned_by_a_pronoun_is_not_the_one_sought_for_it(nlp):
    people, resolved = people_of(nlp, "Ron Tellwright, 25, was shot and killed Saturday. "
                                      "Police are searching for a 27-year-old man in connection "
                                      "with his death.")
    ron = named(people, "Ron Tellwright")
    assert [p for p in resolved.values()] == [ron]


def test_a_description_identified_on_a_weekday_as_a_name_is_that_person(nlp):
    people, _ = people_of(nlp, "Officers shot and killed a man Thursday evening. The man, "
                               "identified Friday as Richard Dunmore, 52, died at the scene.")
    assert "man" in {m.head for m in named(people, "Richard Dunmore").descriptions()}


def test_a_description_identified_by_a_long_agency_as_a_name_is_that_person(nlp):
    people, _ = people_of(nlp, "Officers returned fire. The driver, identified by the Jefferson "
                               "County coroner as Darnell Reeson, 35, was pronounced dead.")
    assert "driver" in {m.head for m in named(people, "Darnell Reeson").descriptions()}


def test_a_spouse_of_the_subject_of_the_clause_the_description_hangs_on(nlp):
    # "his wife" is the subject of its own clause; "his" is the subject's of the clause it
    # hangs on, whose wife is the other adult named with his surname
    people, _ = people_of(nlp, (
        "Police found Renske Aldaine-Pruitt, 44, and Corbin Aldaine-Pruitt, 47, dead of "
        "gunshot wounds at the house on Monday. Investigators believe Corbin Aldaine-Pruitt "
        "came to the house, where his estranged wife had been living since the summer."))
    wife = named(people, "Renske Aldaine-Pruitt")
    assert any(m.kind == "desc" and m.head == "wife" for m in wife.mentions)


def test_a_spouse_of_the_one_named_before_it_in_its_sentence(nlp):
    people, _ = people_of(nlp, (
        "Officers found Ilse Varkonyi-Dunn, 49, and Bertram Varkonyi-Dunn, 52, in the house. "
        "The coroner ruled Ilse Varkonyi-Dunn's death a homicide and her husband's death a "
        "suicide."))
    husband = named(people, "Bertram Varkonyi-Dunn")
    assert any(m.kind == "desc" and m.head == "husband" for m in husband.mentions)


def test_the_other_officer_is_not_the_officer_described_before(nlp):
    people, _ = people_of(nlp, (
        "A police officer was shot in the arm on Saturday. The wounded officer was treated "
        "and released. The department later said the other officer who fired was Patrolman "
        "Eli Strandvoll."))
    named_one = named(people, "Eli Strandvoll")
    assert not any(m.kind == "desc" and "wounded" in m.span.text for m in named_one.mentions)



def test_a_pronoun_shot_is_told_harm(nlp):
    # (a pronoun told harmed after a speaker's words is rather someone before them)
    from casefile.extract.coref import _told_harm

    doc = nlp("Moments later the gunman shot her twice in the arm.")
    her = next(m for m in find_mentions(doc) if m.kind == "pron")
    assert _told_harm(her)
    doc = nlp("Moments later the gunman told her to leave.")
    assert not _told_harm(next(m for m in find_mentions(doc) if m.kind == "pron"))


def test_a_body_parts_owner_is_the_one_the_harm_struck(nlp):
    from casefile.extract.coref import _body_owner

    doc = nlp("Deputies killed the gunman, Sheriff Ravi Oduya said. The jail guard, hit in "
              "his left knee by a stray round, was hurt.")
    mentions = find_mentions(doc)
    people = group_names(doc, [m for m in mentions if m.kind == "name"])
    people = attach_descriptions(doc, people, [m for m in mentions if m.kind == "desc"])
    ordered = sorted(((m.start, m, p) for p in people for m in p.mentions), key=lambda x: x[0])
    his = next(m for m in mentions if m.kind == "pron" and m.span.text == "his")
    owner = _body_owner(his, ordered)
    assert owner is not None and any(m.kind == "desc" and m.head == "guard"
                                     for m in owner.mentions)


def test_an_object_pronoun_is_none_of_the_names_listed_on_its_subject(nlp):
    people, _ = people_of(nlp, (
        "A toddler was wounded by a bullet on Friday. The toddler’s grandparents, Dario Quell "
        "and Mina Brask, rushed him to a clinic."))
    assert not any(m.kind == "pron" for m in named(people, "Mina Brask").mentions)
    child = next(p for p in people if not p.names)
    assert any(m.span.text == "him" for m in child.mentions)


def test_a_description_is_not_someone_introduced_only_after_it(nlp):
    # "his friend" of the lede is not "a friend of the family", a person introduced later
    people, _ = people_of(nlp, (
        "A teenager faces a murder charge after his friend died in a shooting on Friday. "
        "\"We are all heartbroken,\" said Odette Varnum, a friend of the family."))
    assert not any(m.kind == "desc" and m.span.text == "his friend"
                   for m in named(people, "Odette Varnum").mentions)


def test_the_second_man_is_the_second_man_described_before(nlp):
    people, _ = people_of(nlp, (
        "A man was shot in the leg on Main Street. A second man, 20, was wounded in the arm. "
        "The second man was taken to a hospital."))
    second = next(p for p in people if any(m.span.text == "A second man" for m in p.mentions))
    assert any(m.span.text == "The second man" for m in second.mentions)


def test_an_object_pronoun_in_a_persons_own_relative_clause_is_someone_else(nlp):
    people, _ = people_of(nlp, (
        "Ilse Varga-Moll, 62, was struck in the chest and died. Her grandson, Dario Quell, 19, "
        "who was sitting on the steps below her, was shot in the leg."))
    assert [m.span.text for m in named(people, "Dario Quell").mentions if m.kind == "pron"] == []
    assert "her" in [m.span.text for m in named(people, "Ilse Varga-Moll").mentions
                     if m.kind == "pron"]


def test_a_description_with_its_own_appositive_name_is_that_name(nlp):
    people, _ = people_of(nlp, (
        "Ilse Varga-Moll, 28, her boyfriend, Dario Quell, 31, and his cousin, Tomas Quell, 25, "
        "were found shot to death on Friday."))
    assert not any(m.kind == "desc" for m in named(people, "Ilse Varga-Moll").mentions)
    assert "her boyfriend" in [m.span.text for m in named(people, "Dario Quell").mentions]


def test_a_sibling_of_an_unnamed_subject_is_not_taken_from_the_sentence_before(nlp):
    people, _ = people_of(nlp, (
        "Marlon Teague, 45, was sentenced Monday. Teague's brother, Orrin Teague, called the "
        "sentence harsh. Teague will get credit for time served. The boy was shot by his "
        "sister when she found a loaded shotgun."))
    assert not any(m.kind == "desc" and m.head == "sister"
                   for p in people if p.names for m in p.mentions)


def test_a_title_word_before_a_title_is_no_one_the_object_pronoun_stands_for(nlp):
    people, _ = people_of(nlp, (
        "The woman died at the scene. Deputy Coroner Lon Whitby identified her as Shaqueta "
        "Holloman, 27."))
    woman = named(people, "Shaqueta Holloman")
    assert "woman" in {m.head for m in woman.descriptions()}
    assert not any(m.kind == "desc" for m in named(people, "Lon Whitby").mentions)


def test_a_reflexive_after_before_binds_to_the_subject_of_the_verb_it_hangs_on(nlp):
    people, resolved = people_of(nlp, (
        "Coral Dunmire, 70, was found dead. A 44-year-old man shot and killed his mother and "
        "wounded his stepfather inside their home Sunday night before fatally shooting "
        "himself, police said."))
    himself = next(m for p in people for m in p.mentions if m.span.text == "himself")
    assert "man" in {m.head for m in resolved[id(himself)].descriptions()}


@pytest.mark.parametrize(("text", "name", "head"), [
    # a sibling opening its sentence is the one listed with the person named just before
    (("Wendell Crask, 33, is accused of shooting Dorian Felby, 26, and Amara Felby, 24, inside "
     "a home. Dorian Felby died early the next day. His sister, who was shot in the shoulder, "
     "was released a week later."), "Amara Felby", "sister"),
    # "the husband" is the one of the text's one couple whose wife is told
    (("Officers found Walden Oakry, 84, and his wife, Loretta Oakry, 81, in a bedroom. "
     "Investigators believe the husband shot his wife and then himself."), "Walden Oakry",
     "husband"),
    # identified by a long agency before "as" (the parser hangs "as" on the agent)
    (("Medics took a man to a hospital, where he died. The victim was identified Tuesday by the "
     "Montgomery County Coroner's Office as Darion Welk-Fitch, 24."), "Darion Welk-Fitch",
     "victim"),
    # a pronoun identified as a name joins the person of a pronoun two sentences back
    (("Police say the 47-year-old woman was standing in her backyard when she felt a sharp "
     "pain. Family members drove her to a hospital. She was listed in stable condition Monday. "
     "Police identified her Tuesday as Gracela Norvada."), "Gracela Norvada", "woman"),
])
def test_a_description_joins_the_named_person_it_is(nlp, text, name, head):
    people, _ = people_of(nlp, text)
    assert head in {m.head for m in named(people, name).descriptions()}


def _indefinite_heads(person):
    return sorted(m.head for m in person.descriptions() if not m.definite)


@pytest.mark.parametrize(("text", "name", "heads"), [
    # the man found hurt is the one the police then name
    (("Officers found a man lying in a driveway with gunshot wounds on Friday night. He "
     "died at a hospital. A second man was detained at the scene. Police identified the "
     "man as Tobin Varga, 36."), "Tobin Varga", ["man"]),
    # "the wounded man" is neither the man left dead nor the one who fired
    (("Gunfire on Alder Street left one man dead and another wounded early Sunday. A man "
     "walked up to the group and began firing, witnesses said. The medical examiner "
     "identified the man who died as Corwin Heale, 31. Police identified the wounded man "
     "as Lyle Brandt, 24."), "Lyle Brandt", []),
    # two men of two ages: which one is not said
    (("A 30-year-old man was found shot on Birch Road on Saturday, and a 34-year-old man "
     "was found wounded nearby. Police identified the man as Emmet Sorel."), "Emmet Sorel",
     []),
])
def test_a_man_identified_by_name_is_the_man_described_before(nlp, text, name, heads):
    people, _ = people_of(nlp, text)
    assert _indefinite_heads(named(people, name)) == heads


@pytest.mark.parametrize("text", [
    "Police said Ivo Brandt was the man Cal Ostrow shot. He was in stable condition Thursday.",
    "Officers said Ivo Brandt was the man who Cal Ostrow shot. He will be charged with robbery.",
])
def test_a_subject_pronoun_goes_on_with_the_subject_not_one_in_a_relative_clause(nlp, text):
    people, _ = people_of(nlp, text)
    assert [m.span.text for m in named(people, "Ivo Brandt").mentions if m.kind == "pron"] == ["He"]
    assert not [m for m in named(people, "Cal Ostrow").mentions if m.kind == "pron"]


def test_the_man_is_the_one_told_of_last_before_it_not_a_name_repeated_after(nlp):
    from casefile.extract.attributes import set_name_ages

    doc = nlp(
        "A 29-year-old man was fatally shot at a gas station Saturday night. Dario Quint, 29, "
        "was shot several times at the pumps, a police spokesman said. Quint was taken to a "
        "hospital, where he died.\n\nWitnesses said a man in a black hooded sweatshirt walked "
        "up to the pumps. The two exchanged words before the man pulled a handgun and opened "
        "fire.\n\nQuint's cousin said the family was in shock.")
    mentions = find_mentions(doc)
    set_name_ages(doc, mentions)  # (as participants.analyse_people does)
    people = group_names(doc, [m for m in mentions if m.kind == "name"])
    people = attach_descriptions(doc, people, [m for m in mentions if m.kind == "desc"])
    assert [m.span.text for m in named(people, "Dario Quint").descriptions()] == [
        "A 29-year-old man"]
    man = next(p for p in people if not p.names and "man" in _indefinite_heads(p))
    assert [m.span.text for m in man.descriptions()] == ["a man", "the man"]


def test_that_man_is_the_other_man_brought_in_just_before(nlp):
    people, _ = people_of(nlp, (
        "A 33-year-old man was shot and killed Thursday night at a cookout. Officers found "
        "the man in the backyard. Witnesses said Ivo Brandt had argued with another man "
        "earlier. That man left, returned and fired several shots."))
    that = next(p for p in people if any(m.span.text == "That man" for m in p.mentions))
    assert "another man" in [m.span.text for m in that.mentions]


def test_one_who_shot_someone_is_not_the_man_named_as_the_one_shot(nlp):
    people, _ = people_of(nlp, (
        "A 67-year-old man shot and wounded an intruder who kicked in his back door early "
        "Wednesday. The man who was shot, later identified as Ivo Brandt, 31, fell in the "
        "kitchen."))
    assert [m.span.text for m in named(people, "Ivo Brandt").descriptions()] == ["The man"]


def test_one_in_stable_condition_is_not_the_captain_who_says_so(nlp):
    people, _ = people_of(nlp, (
        "Officers found Ivo Brandt, 31, with a gunshot wound, according to police Capt. Nell "
        "Dacosta. Brandt was taken to a hospital and underwent surgery. Dacosta said Monday "
        "he was in serious but stable condition."))
    brandt = named(people, "Ivo Brandt")
    assert [m.span.text for m in brandt.mentions if m.kind == "pron"] == ["he"]


def test_the_driver_one_driver_shot_is_not_that_driver(nlp):
    from casefile.extract.coref import _shot_by
    from casefile.extract.people import Person

    doc = nlp("The sedan's driver fired back, striking the pickup driver in the shoulder.")
    mentions = find_mentions(doc)
    shooter = next(m for m in mentions if m.span.text == "The sedan's driver")
    hit = next(m for m in mentions if m.span.text == "the pickup driver")
    assert _shot_by(hit, Person([shooter]))
    assert not _shot_by(shooter, Person([hit]))


def test_a_wounded_man_named_in_apposition_is_the_man_the_police_hit_before(nlp):
    people, _ = people_of(nlp, (
        "A man stepped onto a landing and fired a handgun toward officers Saturday night. Two "
        "officers returned fire, hitting the man in the arm.\n\nThe wounded man, Ivo Brandt, "
        "28, was taken to a regional medical center, where he was in stable condition Monday."))
    assert _indefinite_heads(named(people, "Ivo Brandt")) == ["man"]


def test_one_who_told_someone_she_was_shot_is_the_one_shot(nlp):
    people, _ = people_of(nlp, (
        "A bleeding woman ran to a neighbor's door Sunday morning. The woman, Nell Dacosta, "
        "told the neighbor her husband had shot her, police said."))
    dacosta = named(people, "Nell Dacosta")
    assert "her" in [m.span.text for m in dacosta.mentions if m.kind == "pron"]




def test_one_whose_account_police_relate_may_be_the_one_shot_next(nlp):
    # "Police said" narrates; the account of one of the victims inside it is no narrator's
    people, _ = people_of(nlp, (
        "The victims were identified as Kip Lorne, 24, Tam Ordway, 26, Nell Dacosta, 21, and "
        "Sam Verrick, 23.\n\nLorne told police he and the group were riding in the van when "
        "someone began shooting, according to police. Police said Dacosta described hearing "
        "what she thought were firecrackers and being pulled down by her friend in the van. "
        "She was shot in the back."))
    prons = [m.span.text for m in named(people, "Nell Dacosta").mentions if m.kind == "pron"]
    assert "She" in prons


def test_he_of_where_the_taken_one_was_taken_is_him_not_the_driver(nlp):
    people, _ = people_of(nlp, "A man was shot on Elm Street late Friday. His brother Al "
                               "Quorne drove him to a hospital where he was pronounced dead.")
    man = next(p for p in people if not p.names)
    assert [m.span.text for m in man.mentions if m.kind == "pron"][-2:] == ["him", "he"]


def test_a_girl_and_a_boy_of_one_age_are_two_people(nlp):
    people, _ = people_of(nlp, "Twin killed, brother and teen girl wounded; 17-year-old "
                               "arrested\n\nAn 18-year-old man was killed and his twin brother "
                               "and a 17-year-old girl were wounded in a shooting Saturday night, "
                               "and police have arrested a 17-year-old boy in the case.")
    girl = next(p for p in people if any(m.span.text == "a 17-year-old girl"
                                         for m in p.descriptions()))
    assert not any(m.head == "boy" for m in girl.descriptions())


def test_one_an_official_says_is_under_arrest_is_not_the_official(nlp):
    people, _ = people_of(nlp, "Two women were shot Monday. Police spokesman Lt. Dale Corrow "
                               "says officers found Rod Quarles, 30, in the parking lot. "
                               "Quarles was taken to a hospital. Corrow says he is under "
                               "arrest and will be charged with murder.")
    quarles = named(people, "Rod Quarles")
    assert "he" in [m.span.text for m in quarles.mentions if m.kind == "pron"]


def test_a_subject_pronoun_goes_on_with_the_subject_not_an_object_of_a_clause_of_time(rules_record):
    # "He" is the father who collapsed, not the son the officers were treating meanwhile
    record = rules_record(
        "Bram Oyelowo was shot in the leg on Friday. His father, Tobias Oyelowo, 57, ran out of "
        "the house and collapsed while officers were treating his son, a sergeant said. He was "
        "pronounced dead at a hospital.")
    status = {p.name: p.status for p in record.participants}
    assert status["Bram Oyelowo"] == ["injured"]
    assert status["Tobias Oyelowo"] == ["killed"]


def test_one_hit_is_not_the_one_the_sentence_before_says_began_shooting(nlp):
    people, _ = people_of(
        nlp, "Marla Quist told investigators that Dorian Pell kicked the door open and began "
             "shooting. She was hit as she dove behind a bed.")
    she = next(p for p in people for m in p.mentions if m.kind == "pron" and m.span.text == "She")
    assert she.full_name == "Marla Quist"


def test_an_age_that_opens_the_sentence_after_a_name_is_that_persons(nlp):
    # "The 18-year-old" goes back to the one just named, though another 18-year-old is
    # named further on
    people, _ = people_of(
        nlp, "Ryan Mercer had his dorm room assignment taped to his mirror.\n\nThe 18-year-old "
             "was to move into a residence hall in two weeks.\n\nLeland Marsh, 18, was charged "
             "with homicide on Sunday.")
    assert any(m.age == 18 for m in named(people, "Ryan Mercer").descriptions())
    assert not named(people, "Leland Marsh").descriptions()


def test_her_sister_is_not_the_one_named_as_her_sister_before(nlp):
    # Tamika was introduced as "her younger sister"; the "Her sister" of the sentence after
    # one about Tamika is Tamika's sister
    people, _ = people_of(nlp, (
        "Kenya Marsh, 31, was shot in the head outside her home on Saturday night. Her "
        "younger sister, Tamika Bledsoe, 27, was shot in the arm as she tried to pull her "
        "inside.\n\nTamika Bledsoe was treated at a hospital and released the next morning. "
        "Her sister was taken to the same hospital and later transferred to a trauma center."))
    tamika = named(people, "Tamika Bledsoe")
    assert not any(m.kind == "desc" and m.span.text == "Her sister" for m in tamika.mentions)


def test_an_object_pronoun_is_not_the_titled_subject_who_identified_him(nlp):
    # "Coroner Jo Doe identified him as ...": "him" is the man found dead, not the coroner
    people, _ = people_of(nlp, "Deputies found the victim lying at the foot of the stairs. "
                               "He was pronounced dead at the scene.\n\nDeputy Coroner Marla "
                               "Pettigrove identified him as Corwin Vellacourt.")
    corwin = named(people, "Corwin Vellacourt")
    assert "the victim" in {m.span.text for m in corwin.mentions}
    assert "the victim" not in {m.span.text for m in named(people, "Marla Pettigrove").mentions}


def test_a_subject_pronoun_goes_on_with_the_last_pronoun_of_its_gender(nlp):
    # nobody is told of in the window but by "him": "He" is the one "him" stands for
    people, _ = people_of(
        nlp, "Jerome Eastlake never made it off the stoop. The 26-year-old, who had grown "
             "up two doors down, was hit in the head and chest. Officers who arrived within "
             "minutes found him lying across the bottom step. He was pronounced dead at the "
             "scene.")
    jerome = named(people, "Jerome Eastlake")
    assert "He" in {m.span.text for m in jerome.mentions}


def test_the_object_of_a_participle_is_not_the_one_who_fired(nlp):
    # "one officer fired, hitting him": "him" is not the officer
    people, _ = people_of(
        nlp, "Tanner Rollins came out of the house carrying a handgun. He raised it toward "
             "them, and one officer fired, hitting him in the leg.")
    officer = next(p for p in people if any(m.span.text == "one officer" for m in p.mentions))
    assert "him" not in {m.span.text for m in officer.mentions}


def test_a_quoted_pronoun_does_not_go_on_with_the_last_pronoun(nlp):
    people, _ = people_of(
        nlp, "The clerk, Sameer Haddan, fired several times as the robber turned toward him. "
             "The robber died at the scene.\n\nHaddan said he had worked at the store for nine "
             "years and had never fired his gun before. \"He shot that man for nothing,\" he "
             "said.")
    sameer = named(people, "Sameer Haddan")
    quoted_he = [m for m in sameer.mentions if m.span.text == "He"]
    assert not quoted_he
