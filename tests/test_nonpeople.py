"""Name-shaped words that are no people of the story (extract/mentions.py): bylines,
picture credits, speakers' labels, shops named by a possessive, and titles shared by a list."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from casefile.extract.mentions import named_mentions
from casefile.extract.nonpeople import _BYLINE, credit, names_a_thing
from casefile.extract.pipeline import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def names_of(nlp, text):
    return [m.name for m in named_mentions(nlp(text))]


@pytest.mark.parametrize("line,byline", [
    ("By", True), ("By: Hollis Brandt and", True), ("By Hollis Brandt and", True),
    ("Contributing: Hollis Brandt, Mira Okafor,", True), ("Posted by", True),
    ("By Sunday,", False), ("By Sunday, deputies said", False), ("Deputies said", False),
])
def test_byline_start(line, byline):
    assert bool(_BYLINE.match(line)) is byline


def test_names_of_a_byline_with_a_colon_are_no_people(nlp):
    names = names_of(nlp, "By: Hollis Brandt and Mira Okafor\n\nDeputies in Pine Hollow "
                          "said Rory Tasker, 31, was shot on Larkspur Road.")
    assert "Hollis Brandt" not in names and "Mira Okafor" not in names
    assert "Rory Tasker" in names


@pytest.mark.parametrize("line", ["Copyright 2015 Pineville Herald-Republic",
                                  "Copyright © 2014 Larkin Herald-Republic"])
def test_the_holder_of_a_copyright_line_is_no_person(nlp, line):
    names = names_of(nlp, "Deputies said Rory Tasker, 31, was shot on Larkspur Road.\n\n" + line)
    assert names == ["Rory Tasker"]


def test_a_credit_with_a_slash_is_no_person(nlp):
    # The model can take "Outlet/ Photographer" for one name: the slash marks a credit.
    doc = nlp("Gallery Westbrook Daily/ Ines Pardo\n\nRory Tasker, 31, was shot.")
    start = doc.text.index("Westbrook")
    span = doc.char_span(start, doc.text.index("\n"), alignment_mode="expand")
    assert credit(doc, span)
    assert not credit(doc, doc.char_span(doc.text.index("Rory"), doc.text.index(", 31")))


def test_a_speakers_label_is_no_mention(nlp):
    doc = nlp("Tova Lindqvist: Good evening, we are live on Larkspur Road.\n\n"
              "Deputies said Marcus Fell, 22, was shot in the leg.")
    names = [m.name for m in named_mentions(doc)]
    assert "Tova Lindqvist" not in names
    assert "Marcus Fell" in names


def test_a_name_before_a_colon_inside_a_sentence_stays(nlp):
    names = names_of(nlp, "Deputies said the driver was Robert Hallam: he lived nearby.")
    assert "Robert Hallam" in names


def test_a_possessive_that_owns_nothing_is_a_shop(nlp):
    names = names_of(nlp, "A vigil was held at Dana Kowalski's. "
                          "Dana Kowalski's has been open for 30 years.")
    assert "Dana Kowalski" not in names


def test_a_possessive_before_what_it_owns_is_a_person(nlp):
    names = names_of(nlp, "Dana Kowalski's mother said her daughter was shot on Larkspur Road.")
    assert "Dana Kowalski" in names


def test_a_plural_title_is_shared_by_the_names_it_heads(nlp):
    mentions = named_mentions(nlp("Officers Kyle Marlow, Rita Sol and Tanya Quist reported the "
                                  "crash on Larkspur Road. Her sons Ben Marlow and Tim Quist "
                                  "were home."))
    titles = {m.name: m.title for m in mentions}
    assert titles["Kyle Marlow"] == ["officer"]
    assert titles["Rita Sol"] == ["officer"]
    assert titles["Tanya Quist"] == ["officer"]
    assert titles.get("Tim Quist", []) == []


def test_a_title_reaches_a_surname_past_a_first_name_tagged_as_a_thing(nlp):
    doc = nlp("Officer Lexus Quill described the car. Quill said the driver sped off.")
    # The model can take the first name for a brand: the whole name is then no PERSON.
    doc.ents = [Span(doc, 1, 3, label="PRODUCT"), Span(doc, 7, 8, label="PERSON")]
    first = named_mentions(doc)[0]
    assert first.name == "Lexus Quill"
    assert first.title == ["officer"]


def test_an_entity_that_ends_inside_a_nickname_takes_the_surname(nlp):
    doc = nlp("Deputies charged Tavon “Tee” Rusk, 19, on Larkspur Road.")
    # The model can end the name inside the quotes and tag the surname alone.
    doc.ents = [Span(doc, 2, 5, label="PERSON"), Span(doc, 6, 7, label="PERSON")]
    assert named_mentions(doc)[0].name == "Tavon Rusk"


def test_a_title_written_without_its_point_is_a_title(nlp):
    mentions = named_mentions(nlp("Cpl Dana Kowalski said the man ran toward Larkspur Road."))
    assert [(m.name, m.title) for m in mentions] == [("Dana Kowalski", ["cpl."])]


def test_a_word_alone_the_text_writes_in_lower_case_is_no_name(nlp):
    doc = nlp("Gunfire echoed along Larkspur Road late Friday.\n\nDeputies said the gunfire "
              "hit Rory Tasker, 31. Tasker was taken to hospital.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")] + [e for e in doc.ents if e.start > 1]
    names = [m.name for m in named_mentions(doc)]
    assert "Gunfire" not in names
    assert "Rory Tasker" in names and "Tasker" in names


@pytest.mark.parametrize("word", ["Download", "Gunfire", "Vigil"])
def test_a_common_word_tagged_as_a_person_is_no_name(nlp, word):
    # the text never writes the word in lower case: only the lexicon tells it is no name
    doc = nlp(f"{word} the latest on Larkspur Road.\n\nDeputies said Rory Tasker, 31, was hurt.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")] + [e for e in doc.ents if e.start > 1]
    names = [m.name for m in named_mentions(doc)]
    assert word not in names
    assert "Rory Tasker" in names


@pytest.mark.parametrize("text,credited", [
    ("Deputies closed Larkspur Road. (Ines Pardo/for The Westbrook Daily)\n\n", "Ines Pardo"),
    ("Westbrook News reporter Ines Pardo contributed to this report.\n\n", "Ines Pardo"),
    ("Information from: Westbrook Daily Town Crier\n\n", "Westbrook Daily Town Crier"),
    ("Gunman slept with rifle By INES PARDO Staff Writer Published:\n\n", "INES PARDO"),
])
def test_credits_reporters_and_source_lines_are_no_people(nlp, text, credited):
    doc = nlp(text + "Rory Tasker, 31, was shot on Friday.")
    start = doc.text.index(credited)
    span = doc.char_span(start, start + len(credited), alignment_mode="expand")
    assert credit(doc, span)
    rory = doc.text.index("Rory")
    assert not credit(doc, doc.char_span(rory, rory + len("Rory Tasker")))


def test_a_hashtag_is_no_person(nlp):
    doc = nlp("Deputies closed the road #TaskerShooting. Rory Tasker, 31, was shot.")
    start = doc.text.index("TaskerShooting")
    assert credit(doc, doc.char_span(start, start + len("TaskerShooting")))


def test_by_that_starts_a_sentence_is_no_byline(nlp):
    doc = nlp("The store was closed. By Rory Tasker's account, the gunman fled on foot.")
    start = doc.text.index("Rory")
    assert not credit(doc, doc.char_span(start, start + len("Rory Tasker")))


def test_a_state_after_a_town_is_no_person(nlp):
    names = names_of(nlp, "Several people were shot in Larkspur, Wash, on Friday. "
                          "Rory Tasker, 31, died.")
    assert "Wash" not in names and "Rory Tasker" in names


def test_a_parish_before_its_sheriff_is_no_person(nlp):
    doc = nlp("Quellton Parish sheriff's deputies said Rory Tasker, 31, died.")
    start = doc.text.index("Quellton")
    span = doc.char_span(start, start + len("Quellton Parish"))
    assert names_a_thing(doc, span, ["Quellton", "Parish"])
    rory = doc.text.index("Rory")
    assert not names_a_thing(doc, doc.char_span(rory, rory + 11), ["Rory", "Tasker"])


def test_a_hospital_shortened_to_its_namesake_is_no_person(nlp):
    names = names_of(nlp, "Two victims were taken to Dorian Quell Medical Center. A third, "
                          "Rory Tasker, 31, was flown to Dorian Quell, where he died.")
    assert "Dorian Quell" not in names and "Rory Tasker" in names


def test_a_victims_name_on_a_fund_stays_a_person(nlp):
    names = names_of(nlp, "Rory Tasker, 31, was shot on Friday. Friends set up the Rory "
                          "Tasker Memorial Fund.")
    assert "Rory Tasker" in names


def test_a_station_dateline_run_into_the_next_word_is_no_person(nlp):
    # the model may take "KQRS)- Shots" for a name: a bracket is in no one's name
    doc = nlp("PINE HOLLOW (KQRS)- Shots rang out overnight, and four people were hurt.")
    start = doc.text.index("KQRS")
    span = doc.char_span(start, doc.text.index(" rang"), alignment_mode="expand")
    assert names_a_thing(doc, span, ["KQRS)", "Shots"])


@pytest.mark.parametrize("shop", ["Nail Salon", "Day Spa", "Corner Barbershop"])
def test_a_business_named_like_a_person_is_no_person(nlp, shop):
    doc = nlp(f"Deputies were called to Dara's {shop} for a victim.")
    start = doc.text.index(shop)
    span = doc.char_span(start, start + len(shop))
    assert names_a_thing(doc, span, shop.split())


def test_a_name_before_a_shopping_center_or_apartments_is_no_person(nlp):
    names = names_of(nlp, "A man was shot in the parking lot of the Larkspur Crossing shopping "
                          "center. Rory Tasker, 31, was arrested near the Quellton Heights "
                          "apartment complex.")
    assert "Larkspur Crossing" not in names and "Rory Tasker" in names


def test_a_street_crossing_one_given_a_compass_point_is_no_person(nlp):
    names = names_of(nlp, "Four people were shot at a block party on Larkspur Court, near E. "
                          "Tolliver and Marlowe, that was attended by about 100. Rory Tasker, "
                          "31, was hurt.")
    assert "Marlowe" not in names and "Rory Tasker" in names


def test_a_hospitals_name_is_no_person(rules_record):
    record = rules_record("The victims were all in stable condition at Penn Presbyterian. "
                          "Authorities arrived at the home, and Memorial Hermann spokeswoman Jo "
                          "Olguin said the boy was in surgery.")
    assert [p.name for p in record.participants if p.name] == ["Jo Olguin"]


def test_a_club_or_a_business_is_no_person(nlp):
    text = ("Two men were arrested outside Club Marovia, and police were called to the lot of "
            "Dunleavy Enterprises, where Rory Tasker was hurt.")
    doc = nlp(text)
    for name in ("Club Marovia", "Dunleavy Enterprises"):
        start = text.index(name)
        assert names_a_thing(doc, doc.char_span(start, start + len(name)), name.split()), name
    rory = text.index("Rory")
    assert not names_a_thing(doc, doc.char_span(rory, rory + 11), ["Rory", "Tasker"])


def test_a_county_written_short_is_no_person(nlp):
    doc = nlp("Bexley Cty shooting suspect caught near the county line.")
    assert names_a_thing(doc, doc[0:2], ["Bexley", "Cty"])


def test_a_name_before_a_hyphenated_bar_is_no_person(nlp):
    doc = nlp("Darro Quell's Go-Go Bar was the scene of a shooting that left three dead.")
    assert names_a_thing(doc, doc[0:2], ["Darro", "Quell"])


def test_a_towns_side_is_no_person(nlp):
    doc = nlp("Girl, 5, dies after shooting on Quellton's northeast side")
    start = doc.text.index("Quellton")
    span = doc.char_span(start, start + len("Quellton"))
    assert names_a_thing(doc, span, ["Quellton"])
    hurt = nlp("Rory Tasker's left side was grazed by a bullet.")
    assert not names_a_thing(hurt, hurt[0:2], ["Rory", "Tasker"])
