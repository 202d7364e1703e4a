"""Names of people: found in the text (extract/mentions.py) and grouped into people
(extract/people.py), on small reports written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from casefile.extract.mentions import find_mentions
from casefile.extract.names import _cap_text, named_mentions
from casefile.extract.people import group_names, similar_first
from casefile.extract.pipeline import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def people_of(nlp, text):
    doc = nlp(text)
    return group_names(doc, [m for m in find_mentions(doc) if m.kind == "name"])


def full_names(nlp, text):
    return [p.full_name for p in people_of(nlp, text)]


def test_hyphenated_surname_is_one_word(nlp):
    people = people_of(nlp, "Marisol Quenby-Taggart, 34, was shot on Friday. "
                            "Quenby-Taggart died later in hospital. Taggart had two children.")
    assert [p.full_name for p in people] == ["Marisol Quenby-Taggart"]
    assert people[0].surname == "quenby-taggart"
    assert len(people[0].names) == 3


@pytest.mark.parametrize("text", [
    "Etheridge-Lyle was struck in the chest and died at the scene.",
    "Our thoughts are with Mr. Etheridge-Lyle's family.",
    "Etheridge-Lyle's mother, Denise Lyle, said her son was kind.",
])
def test_a_hyphenated_surname_the_model_tags_in_halves_is_one_name(nlp, text):
    # the model tags "Lyle" (or "Etheridge") alone as a person, the other half as a place
    names = [m.name_tokens for m in find_mentions(nlp(text)) if m.kind == "name"]
    assert names[0] == ["Etheridge-Lyle"]
    assert ["Lyle"] not in names


def test_a_street_named_like_a_person_is_no_mention_of_them(nlp):
    people = people_of(nlp, "Dustin Harker was shot in the 1500 block of Quillon Street on "
                            "Tuesday. In October, Montez Quillon, 30, was killed. Quillon's "
                            "family held a vigil.")
    quillon = next(p for p in people if p.surname == "quillon")
    # "Quillon Street" names a street: the person is named in the later sentences alone
    assert [m.span.text for m in quillon.names] == ["Montez Quillon", "Quillon"]


@pytest.mark.parametrize("name", ["Dashawn Hale", "Tremont Holt"])
def test_a_name_taken_into_custody_is_a_name(nlp, name):
    # the model tags neither name; being taken into custody marks it as one
    text = (f"Deputies arrested a man in the shooting death of a store clerk. {name} was taken "
            "into custody without incident at a relative's home.")
    assert name in full_names(nlp, text)


def test_name_after_an_age(nlp):
    assert "Dravion Pelletreau" in full_names(
        nlp, "Police found 17-year-old Dravion Pelletreau shot in the head on Sunday.")


def test_age_before_a_noun_is_not_a_name(nlp):
    assert full_names(nlp, "Police said a 20-year-old Fort Wayne man was shot on Sunday.") == []


def test_a_suffix_ends_a_name_the_model_ran_on(nlp):
    # the sentencizer takes "Jr." for an abbreviation, and the model the next word for a name
    names = full_names(nlp, "Closing arguments began in the trial of Marcus Kemper Jr. "
                            "Kemper is charged with murder.")
    assert names == ["Marcus Kemper Jr."]


def test_a_known_surname_takes_the_first_name_the_model_tagged_with_it(nlp):
    doc = nlp("Mabry fled the scene. Agents were trying to capture Denver Mabry at the motel.")
    # the model can tag a first name that is a town's, and the surname with it, an organisation
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 10, 12, label="ORG")]
    assert [m.name for m in named_mentions(doc)] == ["Mabry", "Denver Mabry"]


def test_a_surname_alone_takes_the_first_name_that_opens_the_sentence(nlp):
    doc = nlp("Tamika Okafor, one of three people hurt, was driven to a hospital by a friend.")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]  # the model can take the first name for a word
    assert [m.name for m in named_mentions(doc)] == ["Tamika Okafor"]


def test_quoted_nickname_is_not_part_of_the_name(nlp):
    names = full_names(nlp, 'Tavarus "Bam" Okonkwo, 22, was killed on Saturday night.')
    assert names == ["Tavarus Okonkwo"]


def test_names_in_a_list_next_to_a_found_name(nlp):
    names = full_names(nlp, "Police arrested Desmond Okafor and Quentavious Brimwood "
                            "on Tuesday.")
    assert "Quentavious Brimwood" in names


def test_capitalised_inside(nlp):
    names = full_names(nlp, "DeShawn McTavish, 17, was found shot on the porch. "
                            "McTavish died at the scene.")
    assert names == ["DeShawn McTavish"]


def test_first_name_variants_are_one_person(nlp):
    names = full_names(nlp, "Anna Kowalczyk, 51, was shot on Friday. Her neighbour said "
                            "Ana Kowalczyk was kind. Kowalczyk died in hospital.")
    assert len(names) == 1


def test_middle_name_used_as_first_name(nlp):
    names = full_names(nlp, "Robert Tiernan Pembleton, 18, was shot on Friday. Friends said "
                            "Tiernan Pembleton loved football.")
    assert names == ["Robert Tiernan Pembleton"]


def test_relatives_of_one_surname_stay_apart(nlp):
    names = full_names(nlp, "Mark Dorrington, 40, and his wife Mary Dorrington, 38, "
                            "were shot at their home.")
    assert sorted(names) == ["Mark Dorrington", "Mary Dorrington"]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("mel", "melvin", True), ("ana", "anna", True), ("deborah", "debora", True),
    ("mark", "mary", False), ("harold", "garold", False), ("dylan", "daylen", False)])
def test_similar_first(a, b, same):
    assert similar_first(a, b) is same


def test_name_stops_at_a_lower_case_function_word(nlp):
    doc = nlp("Officers said 26-year-old Rosalind Quenby of Millbrook was found dead.")
    start = next(t.i for t in doc if t.text == "Rosalind")
    # The model sometimes takes "of <town>" into the name; tag it so.
    doc.ents = [Span(doc, start, start + 4, label="PERSON")]
    assert [m.name for m in find_mentions(doc) if m.kind == "name"] == ["Rosalind Quenby"]


def test_first_name_of_a_relative_takes_the_surname(nlp):
    names = full_names(nlp, "Ryan Quenby, 41, shot his wife and then himself. The victims "
                            "were Ryan Quenby and his daughter, Priya.")
    assert "Priya Quenby" in names


def test_first_names_joined_to_a_full_name(nlp):
    doc = nlp("Police said Dorian and Marcus Pelletreau were arrested.")
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 4, 6, label="PERSON")]
    names = [p.full_name for p in group_names(doc, [m for m in find_mentions(doc)
                                                      if m.kind == "name"])]
    assert sorted(names) == ["Dorian Pelletreau", "Marcus Pelletreau"]


def test_a_first_name_alone_stays_alone_without_family(nlp):
    names = full_names(nlp, "Ryan Quenby, 41, was shot. A neighbour, Priya, called 911.")
    assert "Priya" in names


def test_short_first_name_joins_the_full_name(nlp):
    people = people_of(nlp, "Benedict Ashgrove, 50, was shot on Friday. Friends said Ben "
                            "loved to fish.")
    assert [p.full_name for p in people] == ["Benedict Ashgrove"]


def test_a_town_is_not_a_person(nlp):
    # The model tags "Glen Ellyn" as a PERSON here; the gazetteer knows it is a town.
    doc = nlp("The family was driving between Glen Ellyn and Wheaton when the child was shot.")
    names = {m.name for m in find_mentions(doc) if m.kind == "name"}
    assert "Glen Ellyn" not in names


def test_caption_furniture_is_dropped(nlp):
    doc = nlp("Enlarge Dorian Pembleton was arrested on Friday.")
    names = {m.name for m in find_mentions(doc) if m.kind == "name"}
    assert "Dorian Pembleton" in names and "Enlarge Dorian Pembleton" not in names


def test_organisation_shaped_name_that_kills_is_a_name(nlp):

    doc = nlp("Investigators said Dravon Pelletreau shot Marta Kowalczyk.")
    # The small model often tags such names ORG; tag this one so, as it would.
    doc.ents = [Span(doc, e.start, e.end, label="ORG") for e in doc.ents]
    names = {m.name for m in find_mentions(doc) if m.kind == "name"}
    assert {"Dravon Pelletreau", "Marta Kowalczyk"} <= names


def test_capitalised_common_word_is_not_a_person(nlp):
    doc = nlp("Arrest documents show Dravon Pelletreau was on probation. "
              "He was under arrest on Friday.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")] + [e for e in doc.ents if e.start > 1]
    names = [p.full_name for p in group_names(doc, [m for m in find_mentions(doc)
                                                      if m.kind == "name"])]
    assert "Arrest" not in names and "Dravon Pelletreau" in names


def test_photo_credit_is_not_a_person(nlp):
    doc = nlp("Photo: Dravon Pelletreau/The Daily Courier\n\nMarta Kowalczyk, 51, was shot.")
    names = {m.name for m in find_mentions(doc) if m.kind == "name"}
    assert "Dravon Pelletreau" not in names and "Marta Kowalczyk" in names


def test_spaced_dash_ends_a_name(nlp):
    doc = nlp("Dravon Pelletreau - Lake County Jail booking photo")
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    assert [m.name for m in find_mentions(doc) if m.kind == "name"] == ["Dravon Pelletreau"]


def test_dateline_before_a_spaced_dash_is_not_a_name(nlp):
    doc = nlp("SPRINGFIELD - Dravon Pelletreau, 15, was remembered at a vigil on Monday.")
    doc.ents = [Span(doc, 0, 4, label="PERSON")] + [e for e in doc.ents if e.start >= 4]
    names = [m.name for m in find_mentions(doc) if m.kind == "name"]
    assert names[0] == "Dravon Pelletreau"


def names_in(nlp, text):
    doc = nlp(text)
    return {m.name for m in find_mentions(doc) if m.kind == "name"}


@pytest.mark.parametrize(("text", "thing"), [
    # The model tags each of these as a PERSON entity.
    (("Dorian Quell, 9, was shot and taken to Arnold Pembrook Children's Hospital, "
      "where he died."), "Arnold Pembrook Children"),
    ("Quell was flown to Marcus T. Haverly, Jr. Hospital of Dunmore County.",
     "Marcus T. Haverly"),
    ("A Willow Crest man was shot on Sunday. The Willow Crest man, 45, died.", "Willow Crest"),
    ("Police found the rifle. He dropped the Glock behind a fence.", "Glock"),
    ("Crowds gathered for the Ezra Quillon Jr. Day parade when Dorian Quell was shot.",
     "Ezra Quillon Jr. Day"),
    (("Officers found Gray suffering from a gunshot wound. He was transported to Children's of "
      "Alabama Hospital where he later died."), "Children"),
])
def test_names_of_places_and_things_are_not_people(nlp, text, thing):
    assert thing not in names_in(nlp, text)


def test_a_place_named_after_a_person_leaves_the_person(nlp):
    names = names_in(nlp, "Dorian Quell, 9, was shot and taken to Arnold Pembrook "
                          "Children's Hospital, where he died.")
    assert "Dorian Quell" in names


def test_a_credit_is_no_person_whatever_found_it(nlp):
    # The model tags the credit ORG; the name is found as the object of "shooting".
    names = names_in(nlp, "2 wounded in shooting Delia Marrow / Daily Post Casings were "
                          "found on the ground.")
    assert "Delia Marrow" not in names


def test_call_sign_and_person_noun_alone_are_not_names(nlp):
    doc = nlp("Husband held after killing wife dies. Copyright 2015 WQRT. All rights reserved.")
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 9, 10, label="PERSON")]
    assert names_in_doc(doc) == set()


def names_in_doc(doc):
    return {m.name for m in find_mentions(doc) if m.kind == "name"}


@pytest.mark.parametrize(("text", "thing"), [
    # The model tags each of these as a PERSON entity.
    ("The boy was shot near 24th and Ruby on Sunday.", "Ruby"),
    ("Lakeview Officers responded to the shooting.", "Lakeview Officers"),
    ("The boy was shot in a wooded area of Joint Base Harlow-Quenby in October.",
     "Joint Base Harlow-Quenby"),
    ("NBC10's Darla Spence reports from the scene where Dorian Quell, 19, was shot.",
     "Darla Spence"),
])
def test_streets_officers_bases_and_reporters_are_not_people(nlp, text, thing):
    assert thing not in names_in(nlp, text)


def test_an_acronym_ends_an_organisation_not_a_name(nlp):
    doc = nlp("Dorian Quell (Lakeview PD) was booked on Friday.")
    doc.ents = [Span(doc, 3, 5, label="PERSON")]
    assert "Lakeview PD" not in names_in_doc(doc)


@pytest.mark.parametrize(("text", "names"), [
    ("Tavio Childs, 17, and Marla Cousins, 20, were shot.",
     ["Tavio Childs", "Marla Cousins"]),
    ("Dorian Quentell KING, 23, was arrested on Friday.", ["Dorian Quentell KING"]),
    ("Parish Quellman, 30, was shot on Friday.", ["Parish Quellman"]),
])
def test_names_like_common_words_stay_names(nlp, text, names):
    assert full_names(nlp, text) == names


def test_middle_name_alone_joins_the_full_name(nlp):
    names = full_names(nlp, "Robert Tiernan Pembleton, 18, was shot on Friday. Tiernan loved "
                            "football, his coach said.")
    assert names == ["Robert Tiernan Pembleton"]


def test_name_words_the_model_cut_off_are_the_names(nlp):
    doc = nlp("Deputies found Teodoro V. Salas Quintanilla, wounded, near the gate.")
    doc.ents = [Span(doc, 2, 5, label="PERSON")]  # the model leaves the last word out
    assert names_in_doc(doc) == {"Teodoro V. Salas Quintanilla"}
    # Here the model tags "Kendrick" alone.
    assert "Kendrick Ja'Vion Mabry" in names_in(
        nlp, "The woman was with her 3-year-old grandson Kendrick Ja'Vion Mabry the day "
             "before her arrest.")


def test_a_title_before_a_name_is_not_taken_into_it(nlp):
    doc = nlp("Officials said Gov. Arvid Pellam visited the school.")
    doc.ents = [Span(doc, 3, 5, label="PERSON")]
    assert names_in_doc(doc) == {"Arvid Pellam"}


def test_names_the_model_misses_after_of_a_death_and_before_a_relative(nlp):
    assert "Tavion Marsh" in names_in(
        nlp, "A woman identifying herself as Tavion Marsh's mother called 911.")
    doc = nlp("Investigators are looking into the death of Maribel Quenby and her son.")
    doc.ents = [Span(doc, 7, 9, label="ORG")]  # the model often tags such a name ORG
    assert names_in_doc(doc) == {"Maribel Quenby"}
    doc = nlp("Desmond Okafor was arraigned Thursday in district court.")
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert names_in_doc(doc) == {"Desmond Okafor"}


def test_name_before_an_age_phrase_or_a_birth_date(nlp):
    doc = nlp("Police said Marvella Okonjo, a 31-year-old woman, was shot.")
    doc.ents = []  # as for the names the model misses
    assert names_in_doc(doc) == {"Marvella Okonjo"}
    # A police list: the model tags "Pell 07/01/1990" and nothing else.
    assert names_in(nlp, "VICTIM\n\nMarisol Quenby-Vance 04/15/1985, injured.\n\nSUSPECT\n\n"
                         "Dorian Pell 07/01/1990, deceased.") == {"Marisol Quenby-Vance",
                                                                  "Dorian Pell"}


def test_a_byline_is_no_person_and_a_name_ends_at_a_line_break(nlp):
    # The model tags the byline as one PERSON entity.
    assert names_in(nlp, "Marvella Okonjo Staff Photographer\n\nThe boy was shot on Friday.") \
        == set()
    doc = nlp("Relatives gathered. Dorian Quell\n\nMarcus Pell said the boy was shot.")
    doc.ents = [Span(doc, 3, 6, label="PERSON")]  # "Dorian Quell\n\n"
    assert "Dorian Quell" in names_in_doc(doc)


def test_a_name_after_taken_to_is_a_hospital(nlp):
    doc = nlp("Officer Dane Pell was shot. Pell was taken to Marlow Presbyterian, where he "
              "was in stable condition.")
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 6, 7, label="PERSON"),
                Span(doc, 10, 12, label="PERSON")]
    assert names_in_doc(doc) == {"Dane Pell", "Pell"}
    doc = nlp("Deputies were taken to Dane Pell's home.")
    doc.ents = [Span(doc, 4, 6, label="PERSON")]
    assert names_in_doc(doc) == {"Dane Pell"}


def test_a_surname_in_capitals_before_an_age(nlp):
    doc = nlp("Arrested on Friday:\n\nDorian Quentell MABRY, 23, of Woodbridge, was charged.")
    doc.ents = []
    assert "Dorian Quentell MABRY" in names_in_doc(doc)


def test_usual_forms_of_one_first_name_are_one_person(nlp):
    names = full_names(nlp, "Andrew Quellman, 21, shot his neighbor on Monday. Friends said "
                            "Andy Quellman had argued with her.")
    assert names == ["Andrew Quellman"]
    assert similar_first("bill", "william") and not similar_first("bill", "robert")


def test_a_quoted_nickname_joins_its_person(nlp):
    names = full_names(nlp, 'Emiliano "Lito" Fuentes, 15, was shot on Friday. Lito Fuentes '
                            'loved basketball. Friends said Lito was kind.')
    assert names == ["Emiliano Fuentes"]


def test_a_plural_title_is_a_title(nlp):
    doc = nlp("Robbery Unit Officers B. Quell and S. Marrow reported the shooting.")
    doc.ents = [Span(doc, 2, 5, label="PERSON")]
    assert next((m.name, m.title) for m in find_mentions(doc) if m.kind == "name") == \
        ("B. Quell", ["officer"])


def test_a_plural_title_is_no_part_of_a_name_the_model_tagged_otherwise(nlp):
    # the model may tag "Officers Brent Ostby" an organisation; the list finder takes the name
    names = full_names(nlp, "Dorian Quell, 36, died at the scene after Officers Brent Ostby "
                            "and Mara Sollen fired at him about 9:50 p.m.")
    assert "Brent Ostby" in names and not any(n.startswith("Officers") for n in names)


def test_a_reporter_is_no_person_of_the_story(nlp):
    assert "Darla Spence" not in names_in(
        nlp, "Darla Spence reports from the scene, where Dorian Quell, 19, was shot.")


def test_a_byline_line_is_no_person(nlp):
    doc = nlp("UPDATED\n\nBy Julieta Marrowby\n\nA man was shot on Friday.")
    doc.ents = [Span(doc, 3, 5, label="PERSON")]
    assert names_in_doc(doc) == set()


def test_a_credit_to_a_newspaper_is_no_person(nlp):
    names = names_in(nlp, "People gather to remember the victims on Sunday. Delia Marrow, The "
                          "Springfield (Ill.) Herald\n\nDorian Quell, 25, was shot.")
    assert names == {"Dorian Quell"}


def test_a_name_ending_in_a_place_word_is_a_place(nlp):
    doc = nlp("Deputies were called to the Quellman Dude Ranch on Sunday.")
    doc.ents = [Span(doc, 5, 8, label="PERSON")]
    assert names_in_doc(doc) == set()
    doc = nlp("The shooting happened near Marlow Lake Gardens late Friday.")
    doc.ents = [Span(doc, 4, 7, label="PERSON")]
    assert names_in_doc(doc) == set()
    doc = nlp("Police said the gunman opened fire outside Quellman Peaks on Sunday.")
    assert names_in_doc(doc) == set()  # the model's PERSON
    doc = nlp("Brutal Marlow East Side assault leaves man hurt")
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    assert names_in_doc(doc) == set()
    # Surnames that are also place words stay names.
    assert full_names(nlp, "Tavio Parish, 21, and Marla Jean Hall, 30, were arrested.") == \
        ["Tavio Parish", "Marla Jean Hall"]


def test_a_call_sign_with_its_band_is_not_a_name(nlp):
    doc = nlp("Copyright 2016 WXQR-TV. All rights reserved.")
    doc.ents = [Span(doc, 2, 5, label="PERSON")]
    assert names_in_doc(doc) == set()


def test_a_title_split_from_its_period_is_still_a_title(nlp):
    # The tokenizer writes "Sgt." as "Sgt" and "."
    doc = nlp("According to Springfield police Sgt. Marla Quenby, the boy was shot.")
    assert [(m.name, m.title) for m in find_mentions(doc) if m.kind == "name"] == \
        [("Marla Quenby", ["police", "sgt."])]


def test_a_name_found_by_a_rule_keeps_its_title(nlp):
    doc = nlp("Investigators said Detective Dravon Pelletreau shot the man.")
    doc.ents = [Span(doc, 3, 5, label="ORG")]  # found as the subject of "shot"
    assert [(m.name, m.title) for m in find_mentions(doc) if m.kind == "name"] == \
        [("Dravon Pelletreau", ["detective"])]


def test_streets_of_a_crossing_are_no_people(nlp):
    names = full_names(nlp, "Gunfire hit four guests at a cookout in the area of Gratmoor and "
                            "Whitlock on the east side. Another man was wounded near Wilsbury "
                            "and Roselind. Dana Kettering, 19, was shot in the leg.")
    assert names == ["Dana Kettering"]


def test_a_word_after_a_house_number_is_a_street(nlp):
    assert "Fondrell" not in full_names(
        nlp, "A man was found shot at 11290 Fondrell on Friday. Police arrested Jalen Mobray.")


def test_a_surname_in_a_place_slot_stays_a_person_when_named_elsewhere(nlp):
    names = full_names(nlp, "Officers found Tremaine Oskarson shot. Charges were filed "
                            "against a man in Oskarson's death. Police said Oskarson died.")
    assert names == ["Tremaine Oskarson"]


def test_a_website_in_a_dateline_is_no_name(nlp):
    doc = nlp("HOLT COUNTY, TX (KXYZNEWS.COM) – The sheriff is looking into the death of "
              "a farmhand.")
    assert not any(m.name.upper() == "KXYZNEWS.COM" for m in find_mentions(doc) if m.kind == "name")


def test_a_second_spelling_of_a_surname_is_kept_as_an_alias(nlp):
    people = people_of(nlp, "The bodies of 42-year-old Min Haungel and 6-year-old Hank Matra "
                            "were found on Tuesday. Huangel was located in the kitchen.")
    person = next(p for p in people if p.surname in ("haungel", "huangel"))
    assert {a for a, _ in person.aliases} & {"Huangel", "Min Haungel"}


def test_a_first_name_before_and_a_full_name_shares_its_surname(nlp):
    names = full_names(nlp, "He killed his wife, 49-year-old Lana J. Corvaldt, and her two "
                            "teenage sons, Felix and Hugo Corvaldt.")
    assert "Felix Corvaldt" in names and "Hugo Corvaldt" in names


def test_like_first_names_with_other_ages_are_two_people(nlp):
    from casefile.extract.attributes import set_name_ages

    doc = nlp("He is charged in the deaths of Freddy Lee Swigart, 70; Fred Swigart, 47; "
              "and Todd Amoss, 29.")
    mentions = find_mentions(doc)
    set_name_ages(doc, mentions)
    names = [p.full_name for p in group_names(doc, [m for m in mentions if m.kind == "name"])]
    assert "Freddy Lee Swigart" in names and "Fred Swigart" in names


def test_a_full_name_in_the_list_after_the_family_word_gives_no_surname(nlp):
    names = full_names(nlp, "Luis Ortega-Baines faces charges over the deaths of his wife and the "
                            "three boys, Mateo, 13, Pablo Vallin, 10, and Rafa, 4.")
    assert not any(n and n.endswith("Vallin") and n != "Pablo Vallin" for n in names)


def test_a_relative_named_before_the_family_word_gives_the_surname(nlp):
    names = full_names(nlp, "Deputies say Rachael Jonsberg and her son, Hugo, 5, "
                            "were both hurt.")
    assert "Hugo Jonsberg" in names or "Hugo" not in " ".join(n or "" for n in names)


def test_a_first_name_beside_a_relatives_word_is_a_name(nlp):
    names = full_names(nlp, "Ross Andersby faces charges over the deaths of Rachael Jonsberg, 30, "
                            "and her son, Hugo. Both were shot.")
    assert "Hugo Jonsberg" in names


@pytest.mark.parametrize(
    ("word", "expected"),
    [("McNeil", True), ("Doe", True), ("SWAT", False), ("doe", False), ("", False),
     ("Zoë", True), ("ÉMILE", False), ("Ørsted", True), ("O'Neil", True), ("A.J.", False)],
)
def test_capitalised_word(word, expected):
    # ASCII words take a short cut; the rest are read letter by letter
    assert _cap_text(word) is expected


def test_descriptions_of_people(nlp):
    # a person noun or "N-year-old" heads a description; one that only describes ("is a
    # suspect") introduces nobody
    doc = nlp("A 26-year-old was shot on Main Street. The driver is a suspect, police said.")
    descs = [(m.head, m.age) for m in find_mentions(doc) if m.kind == "desc"]
    assert ("person", 26) in descs
    assert any(head == "driver" for head, _ in descs)
    assert all(head != "suspect" for head, _ in descs)


def test_a_name_after_an_article_is_a_thing(nlp):
    names = full_names(nlp, "He boasted of the killing outside the Tobias Wren at noon. "
                            "Dario Quennell, 19, was charged.")
    assert names == ["Dario Quennell"]


def test_a_surname_before_family_after_an_article_is_a_name(nlp):
    names = full_names(nlp, "A friend of the Quennell family said Dario Quennell, 19, "
                            "was shot on Friday.")
    assert "Dario Quennell" in names


def test_a_name_of_two_words_written_only_where_streets_are_is_a_street(nlp):
    names = full_names(nlp, "The boy was shot at a playground on Harlan Pruett, halfway "
                            "between two schools. Dana Kowalski, 30, was charged.")
    assert names == ["Dana Kowalski"]


def test_one_word_closing_a_listed_name_and_age_is_a_town(nlp):
    names = full_names(nlp, "The victims were identified as Tobias Quell, 41, Marrowby; and "
                            "Jeb Tannard, 23, Kessington.")
    assert names == ["Tobias Quell", "Jeb Tannard"]
    # a first name after an age, the list going on, is a person
    assert "Abbie" in full_names(nlp, "The four girls, Yara, 14, Cindy Lou, 11, Abbie, 7, and "
                                      "Ida, 3, were found.")


def test_a_name_after_an_indefinite_article_is_a_shop_or_a_thing(nlp):
    names = full_names(nlp, "Bo Quintrell was shot outside a nearby Gorvan Pastries on "
                            "Tuesday. Dana Kowalski, 30, was arrested.")
    assert names == ["Bo Quintrell", "Dana Kowalski"]


def test_a_word_before_an_abbreviated_street_type_is_a_street(nlp):
    doc = nlp("Officers found Dana Kowalski shot near Tallis Ln. on Friday.")
    assert [m.name for m in find_mentions(doc) if m.kind == "name"] == ["Dana Kowalski"]


def test_one_word_before_neighborhood_is_a_place(nlp):
    doc = nlp("Gunfire erupted near his home in the Kessler neighborhood, said Dana Kowalski, 30.")
    assert [m.name for m in find_mentions(doc) if m.kind == "name"] == ["Dana Kowalski"]


# Streets and places the model may tag as people (as it did on reports like these): the
# PERSON spans are set by hand, so each test holds whatever the model would have said.
@pytest.mark.parametrize(("text", "spans"), [
    # a name after a compass word is a street, and so is the road it crosses
    (("A man was shot inside a store at West Harlowe and Tindall. Dana Kowalski, 30, "
     "was arrested."), [(8, 10), (11, 12), (13, 15)]),
    # one word the text also writes as a place name is that place
    (("Deputies from Marrowby County were called to the farm. Marrowby deputies said "
     "Dana Kowalski, 30, fired."), [(10, 11), (13, 15)]),
    # so is a full name
    (("Shots rang out at the Tallis Ridge Apartments late Monday. By Tuesday, Tallis "
     "Ridge was quiet and Dana Kowalski was charged."), [(14, 16), (19, 21)]),
])
def test_names_the_text_also_writes_as_places_are_places(nlp, text, spans):
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in spans]
    names = [m for m in find_mentions(doc) if m.kind == "name"]
    assert [p.full_name for p in group_names(doc, names)] == ["Dana Kowalski"]


def test_a_park_or_fund_may_bear_a_victims_name(nlp):
    assert full_names(nlp, "Dana Kowalski was shot on Monday. Friends gathered at Dana "
                           "Kowalski Park.") == ["Dana Kowalski"]


def test_a_name_whose_possessive_opens_a_business_name_is_no_person(nlp):
    doc = nlp("Dana Kowalski, 30, was shot outside Corwin Abernathy's Corner Pub on Friday.")
    assert [m.name for m in find_mentions(doc) if m.kind == "name"] == ["Dana Kowalski"]


@pytest.mark.parametrize("text, age", [
    ("Police said Lana Corvaldt, who was 34, died at the scene.", 34),
    ("Lana Corvaldt, who is 19 years old, was arrested.", 19),
    ("Lana Corvaldt, who was 34 when she moved to Pine Hollow, died.", None),
])
def test_an_age_in_a_who_clause_is_the_names(nlp, text, age):
    from casefile.extract.attributes import name_age

    doc = nlp(text)
    name = next(m for m in find_mentions(doc) if m.kind == "name")
    found = name_age(doc, name)
    assert (found[0] if found else None) == age


@pytest.mark.parametrize("text", [
    "Charges will be referred for two counts of Disorderly Conduct and Mr. Vance.",
    "Dell Ruiz was arrested for Possession of Marijuana.",
    "He had to surrender a stun gun, Mace and his badge.",
])
def test_an_offence_or_a_spray_is_no_person(nlp, text):
    names = {p.full_name for p in people_of(nlp, text)}
    assert not names & {"Disorderly Conduct", "Marijuana", "Possession of Marijuana", "Mace"}


def test_a_first_name_with_an_apostrophe_opening_a_sentence_is_the_names(nlp):
    assert full_names(nlp, "Her death comes a month after a rally.  A'lyssa Amara Marie Berkley "
                           "is also the youngest fatal gunshot victim in Central Florida this "
                           "year.") == ["A'lyssa Amara Marie Berkley"]


def test_a_first_name_with_an_apostrophe_cut_off_its_surname_is_the_names(nlp):
    doc = nlp("Tasia Tourentine is charged with neglect. D’tasia Tourentine was shot in the head "
              "inside her family's home.")
    assert [m.span.text for m in named_mentions(doc)] == ["Tasia Tourentine", "D’tasia Tourentine"]


def test_a_suffix_parted_from_its_point_before_an_age_is_the_names(nlp):
    # the tokenizer writes "Sr" and "." apart; the model finds no person here
    doc = nlp("Orvell Birch Sr., 77, was settling in for ice cream and westerns with his "
              "great-grandson on Monday when the gunfire erupted.")
    assert [m.name_tokens for m in named_mentions(doc)] == [["Orvell", "Birch", "Sr"]]


def test_a_gendered_title_gives_the_name_its_gender(nlp):
    genders = {m.span.text: m.gender for m in named_mentions(
        nlp("Police spokeswoman Shannon Cordell said the man is expected to survive."))}
    assert genders["Shannon Cordell"] == "female"


def test_a_hospital_the_model_took_whole_for_an_organisation_is_no_person(nlp):
    doc = nlp("Two other victims were taken by ambulance to Edward Vance Medical Center, he said. "
              "One of the victims was flown by helicopter to Edward Vance, where he later died.")
    assert not named_mentions(doc)


def test_a_first_name_found_with_a_recovered_surname_is_known_alone(rules_record):
    # the model tags "Orion Fenn" a work of art; "Fenn" alone is a person, and with it
    # the first name before it; "Orion" alone later is then the same boy, not a word
    text = ("Medics reached the house and found the child, Orion Fenn, bleeding from a wound "
            "to the jaw. Investigators said Fenn was alone in a bedroom while his stepfather, "
            "Milo Frame, 31, was in the yard. \"We believe Orion picked up Frame's loaded "
            "handgun and, while playing with it, he shot himself,\" a detective said.")
    record = rules_record(text, title="Boy shoots himself with handgun")
    frame = next(p for p in record.participants if p.name == "Milo Frame")
    assert "injured" not in frame.status


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Witnesses saw Dorian rob Quellman at the store.", 2, 5),  # a sentence's words
    ("Boy Accidentally Shot Cousin in Leg at Camp", 1, 4),  # a headline's words of harm
])
def test_words_of_a_sentence_tagged_as_a_person_are_no_name(nlp, text, start, end):
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="PERSON")]
    assert names_in_doc(doc) == set()
    # a particle inside a name is part of it
    doc = nlp("Police said Teo del Quellman, 30, was arrested.")
    doc.ents = [Span(doc, 2, 5, label="PERSON")]
    assert names_in_doc(doc) == {"Teo del Quellman"}


def test_a_childs_word_for_a_parent_is_no_name(nlp):
    doc = nlp("She said, 'Please call 911, my daddy hurt Mommy.'")
    mommy = next(t.i for t in doc if t.text == "Mommy")
    doc.ents = [Span(doc, mommy, mommy + 1, label="PERSON")]
    assert names_in_doc(doc) == set()


def test_a_tip_lines_name_is_no_person(nlp):
    doc = nlp("Anyone with information is asked to call Durham CrimeStoppers at 919-683-1200.")
    start = next(t.i for t in doc if t.text == "Durham")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    assert names_in_doc(doc) == set()


def test_a_known_surname_the_tagger_takes_for_an_adverb_is_a_name():
    from casefile.extract.names import named_mentions
    from casefile.extract.pipeline import load_nlp

    doc = load_nlp()("Police identified them Monday as Corwin Dunmore, 24, and Osric Pike, 27.\n\n"
                     "Pike, who was struck in the side, was in serious but stable condition; "
                     "Dunmore was treated and released early Monday, police said.")
    pikes = [m for m in named_mentions(doc) if m.name_tokens == ["Pike"]]
    assert [m.span.start_char for m in pikes] == [doc.text.index("\n\nPike,") + 2]


def test_a_hyphenated_name_the_model_missed_as_the_subject_of_violence_is_a_name():
    from casefile.extract.names import named_mentions
    from casefile.extract.pipeline import load_nlp

    doc = load_nlp()("Tavion Merriweather-Oakes of Wichita was shot once in the chest at a home, "
                     "according to police.")
    assert "Tavion Merriweather-Oakes" in [m.span.text for m in named_mentions(doc)]


def test_a_surname_alone_in_violence_takes_the_full_name_written_before():
    from casefile.extract.names import named_mentions
    from casefile.extract.pipeline import load_nlp

    doc = load_nlp()("Victim\n\nDied May 8, 2016\n\n8600 North Lamar Boulevard\n\n"
                     "Teodulo Amado Carrasquillo was at a taco truck in the 8600 block of North "
                     "Lamar Boulevard when a group of people cut in line in front of "
                     "Carrasquillo. Carrasquillo confronted the group, which led to a fistfight, "
                     "police said. The gunshots hit Carrasquillo and others. Carrasquillo died "
                     "at the scene.")
    names = [m.span.text for m in named_mentions(doc)]
    assert any(n.endswith("Amado Carrasquillo") for n in names)


@pytest.mark.parametrize("text,name", [
    ("Officers identified the teenager as Trevion Vask-Kellam of Elmbrook.", "Trevion Vask-Kellam"),
    (("Police identified the boy as Trevion Loach-Kellogg of Elmbrook, a sophomore at Ridge "
     "High School."), "Trevion Loach-Kellogg"),
])
def test_whoever_the_police_identified_the_words_after_as_are_a_name(nlp, text, name):
    # the small model tags these as nothing or an organisation
    assert [m.span.text for m in named_mentions(nlp(text))] == [name]


def test_a_first_name_found_alone_before_a_surname_found_alone_is_one_name(nlp):
    doc = nlp("A ribbon hangs on the chair, and a photo of Cordell Vantreese-Oakes, clippers "
              "in hand, sits by the mirror.\n\nVantreese-Oakes, 29, was shot and killed on "
              "Sunday at a cookout.\n\n\"He was the peacemaker,\" his mother said. \"Cordell "
              "would always find a third toy.\"\n\nCordell grew up in town.")
    assert [m.span.text for m in named_mentions(doc)][:2] == ["Cordell Vantreese-Oakes",
                                                              "Vantreese-Oakes"]


def test_a_name_in_apposition_to_a_relatives_word_is_a_name(nlp):
    # the model tags this one as an organisation
    doc = nlp("He leaves a wife, Tasheena Vantreese-Oakes, and two sons, ages 6 and 3.")
    assert [m.span.text for m in named_mentions(doc)] == ["Tasheena Vantreese-Oakes"]


def test_a_first_name_tagged_alone_before_a_known_hyphenated_surname_joins_it(nlp):
    doc = nlp("A black ribbon is tied around the headrest, and a photo of Cordell "
              "Vantreese-Oakes, clippers in hand, is propped against the mirror. "
              "Vantreese-Oakes, 29, was shot and killed on Sunday.")
    assert [m.span.text for m in named_mentions(doc)] == ["Cordell Vantreese-Oakes",
                                                          "Vantreese-Oakes"]


def test_a_first_name_with_an_apostrophe_found_alone_joins_the_surname_after_it(nlp):
    doc = nlp("OAKTON — Ty'Asha Quennell-Bryce has a new rule about fireworks.\n\n"
              "Quennell-Bryce, 8, was struck in the hip on July 4. Ty'Asha spent five days in "
              "the hospital.")
    assert next(m.span.text for m in named_mentions(doc)) == "Ty'Asha Quennell-Bryce"



@pytest.mark.parametrize(("text", "name"), [
    # a quoted nickname of several words, and one before a hyphenated surname
    ('Jerald "J-Boogie" Whitmark, 28, died Monday afternoon at a hospital, police said.',
     "Jerald Whitmark"),
    ('Anvell "Tuck" Lassiron-Bey, 30, was shot in the chest and died at a hospital.',
     "Anvell Lassiron-Bey"),
    # the subject of a verb of speech the model tagged as nothing
    (("MILLBROOK — Nearly three weeks after her son was gunned down outside a friend's house, "
     "Charmaine Kimble says she has finally started to sleep again."), "Charmaine Kimble"),
    # two first names the model tagged apart from a hyphenated surname
    ("He was charged with murder, police spokeswoman Ida Mae Fortenberry-Nell said.",
     "Ida Mae Fortenberry-Nell"),
    # a name in apposition to any relative's word
    (("Tolbrook worked at a poultry plant and had a 2-year-old daughter, said his "
     "grandmother, Ophelia Tolbrook."), "Ophelia Tolbrook"),
])
def test_names_the_model_splits_or_misses(nlp, text, name):
    assert name in full_names(nlp, text)


def test_a_name_the_model_tags_as_a_place_is_a_name_after_the_death_of(nlp):
    doc = nlp("Judge Ann Lee then sentenced Jo Roe, 22, to 20 to 40 years in state prison for "
              "third-degree murder in the death of Dontrell Amir Shabazz. A jury convicted Roe "
              "in July.")
    assert {e.label_ for e in doc.ents if e.text in ("Dontrell", "Shabazz")} == {"GPE"}
    assert "Dontrell Amir Shabazz" in [m.span.text for m in named_mentions(doc)]


def test_a_town_the_model_tags_as_a_place_is_no_name_even_beside_a_word_of_a_hospital(nlp):
    doc = nlp("Ivo Brandt of Shreveport died at Ochsner LSU Health Shreveport at 4:12 a.m. "
              "Saturday, according to the coroner's office.")
    assert not any("Shreveport" in m.span.text for m in named_mentions(doc))


def test_a_word_of_a_name_before_a_hospitals_general_is_no_person(nlp):
    doc = nlp("Mayor Delores Whitaker-Lind spoke on Monday. The teenager was taken to Lind "
              "General Hospital, where he died.")
    assert not any(m.span.text == "Lind" for m in named_mentions(doc))


def test_a_first_name_at_a_lines_start_before_a_named_age_is_kept(nlp):
    # the model tags only "Luis Quiroga"; a line's first word joins a name with an age after
    # it ("Jo Q. Doe, 22, of ..."), which a heading ("Contact Jane Doe") has not
    text = ("A grand jury has indicted two men in the shooting that killed a father, the office "
            "announced Wednesday.\nHector Luis Quiroga, 22, of Marlow, and Dwayne Patrick "
            "Orrin, 24, of Pike, are each charged with murder.")
    assert full_names(nlp, text) == ["Hector Luis Quiroga", "Dwayne Patrick Orrin"]


def test_a_road_word_as_a_middle_name_before_an_age_is_a_name(nlp):
    text = ("A short time later, Cody Lane Tarrow, 26, of Virgie, arrived at a medical center "
            "with shotgun wounds. Deputies closed Elm Lane Road for an hour.")
    assert full_names(nlp, text) == ["Cody Lane Tarrow"]


def test_a_police_releases_race_and_sex_code_gives_sex_and_leaves_the_age(nlp):
    from casefile.extract.attributes import set_name_ages

    doc = nlp("Victim: Anton Ray Quillo, H/M, 29, of Pueblo - deceased\n"
              "Suspect: Gabe Ortiz Marrow, B/F, 33, of Pueblo - in custody")
    mentions = [m for m in find_mentions(doc) if m.kind == "name"]
    set_name_ages(doc, mentions)
    assert [(m.name, m.age, m.gender) for m in mentions] == [
        ("Anton Ray Quillo", 29, "male"), ("Gabe Ortiz Marrow", 33, "female")]


def test_an_age_after_the_word_age_is_read_whatever_follows(nlp):
    from casefile.extract.attributes import set_name_ages

    doc = nlp("Victim: Dona Sue Quarrel, W/F, age 47 Suspect: Earl Tom Quarrel, W/M, age 50 - "
              "ARRESTED\n\nThe victims were Ann Roe, 50, and Lyra Roe, age 2 months.")
    mentions = [m for m in find_mentions(doc) if m.kind == "name"]
    set_name_ages(doc, mentions)
    ages = {m.name: m.age for m in mentions}
    assert ages["Dona Sue Quarrel"] == 47 and ages["Earl Tom Quarrel"] == 50
    assert ages["Lyra Roe"] is None  # months are no years


def test_a_towns_resident_and_a_rescue_squad_are_no_names(rules_record):
    record = rules_record(
        "A Brandon man was shot in the leg on Saturday, deputies said. Deputies and Crivitz "
        "Rescue reached him with an all-terrain vehicle.", title="Hunter shot in leg")
    assert not [p.name for p in record.participants if p.name]


def test_a_first_name_before_a_surname_taken_for_a_place_is_part_of_the_name(nlp):
    # the model tags the surname alone as a place and the first name as nothing; the surname is
    # a person's elsewhere (part of a relative's double surname)
    text = ("Alvertis Pangburn had been standing at that grill for most of Saturday "
            "afternoon.\n\n\"He was feeding everybody,\" said his sister, Velma "
            "Pangburn-Adeyemi. Pangburn grew up in the house at the end of the block.")
    assert "Alvertis Pangburn" in names_in(nlp, text)
