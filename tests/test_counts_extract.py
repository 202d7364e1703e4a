"""Counts of whole reports, where the participants' rules and the counts work together."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract import extract_article
from casefile.models import Article


def test_numbers_of_another_incident_are_not_counted():
    text = ("Oskar Brandvold, 34, was shot and killed outside his home on Maple Street on "
            "Saturday night, police said.\n\n"
            "Brandvold was pronounced dead at the scene. No arrests have been made.\n\n"
            "In a separate shooting earlier this month, three men were wounded on Birch Avenue.\n\n"
            "Police asked anyone who saw the shooting of Brandvold to call them.")
    record = extract_article(Article(id="dg", text=text, published=dt.date(2020, 6, 14)))
    assert (record.killed, record.injured) == (1, 0)


def test_numbers_of_linked_stories_are_not_counted():
    text = ("Two men were shot outside a bar on Grove Street early Sunday, police said.\n\n"
            "Both were taken to a hospital with wounds that are not life-threatening. No one "
            "has been arrested.\n\n"
            "ALSO\n\n"
            "Council votes down budget plan\n\n"
            "Dozens feared dead as ferry sinks off Quarrow\n\n"
            "RELATED: Five dead, seven hurt in crash on Route 9\n")
    record = extract_article(Article(id="ln", text=text, published=dt.date(2020, 6, 14),
                                     title="Two men shot outside Grove Street bar"))
    assert (record.killed, record.injured) == (0, 2)


def test_numbers_of_a_link_to_the_story_itself_are_counted():
    # a link that names nothing the title does not is the story's own update
    text = ("Three people were hospitalized Sunday after an early-morning shooting on "
            "Grove Street, police said.\n\n"
            "The victims drove themselves to a hospital. No one has been arrested.\n\n"
            "UPDATE: one of the victims has died\n")
    record = extract_article(Article(id="lu", text=text, published=dt.date(2020, 6, 14),
                                     title="3 hospitalized after Grove Street shooting"))
    assert record.killed == 1


def test_one_hurt_of_another_surname_than_the_dead_is_someone_else(rules_record):
    # a one-death headline leaves the hurt out only where they may be the dead described
    # before they died; a hurt parent of another surname is not the child who died
    record = rules_record("Two-year-old Amy Bixby died Tuesday in a shooting. Her parents, "
                          "Jessa Stanton and Julian Bixby, were taken to the hospital with "
                          "gunshot wounds.", title="Girl killed in shooting")
    assert (record.killed, record.injured) == (1, 2)


def test_a_dateline_is_not_the_first_sentence_that_tells_the_incident(rules_record):
    # the story's first sentence gives the incident's own time ("last month"); the dateline
    # before it is no sentence of the story
    record = rules_record("CORVANE, Calif. —\nA student who fatally shot three people last month "
                          "before turning the gun on himself left a note, police said Friday.\n\n"
                          "Detectives said Jon Pelling had planned the attack.",
                          title="Note left by gunman")
    assert record.killed == 4


def test_a_station_pages_teasers_of_other_stories_are_not_the_reports(rules_record):
    teasers = ("Police say Arno Velko, 40, was shot and killed outside a store last week.\n\n"
               "Police say Arno Velko, 40, was shot and killed outside a store last week.\n\n"
               "The council put off a vote on the new bridge until spring.\n\n"
               "The council put off a vote on the new bridge until spring.\n\n")
    story = ("A 16-year-old boy was charged after his sister was grazed by a bullet at their "
             "home on Tuesday, police said.\n\n"
             "Police said the boy, Dell Ostrander, had been handling a handgun in his bedroom.")
    record = rules_record(teasers + story, title="Brother charged after sister hurt by gunfire")
    people = {p.name: p for p in record.participants}
    assert people["Dell Ostrander"].role == "suspect"
    # the teaser's dead man is someone mentioned, of no role in this report
    assert "Arno Velko" not in people or people["Arno Velko"].role == "other"
    assert record.killed == 0


def test_a_roundups_other_stories_name_no_one_of_its_report(rules_record):
    text = ("BRIDGE VOTE\n\nCouncil puts off bridge vote\n\n"
            "KELMORE, Wyo. (AP) - The council put off its vote on the new bridge until spring.\n\n"
            "RANCH SHOOTING\n\nRancher shoots neighbor\n\n"
            "FENNICK, Wyo. (AP) - Rancher Tom Halvard shot his neighbor in a dispute over a "
            "fence, the sheriff said. The neighbor was treated at a hospital.\n\n"
            "PLANE CRASH\n\nThree hurt in crash at airport\n\n"
            "KELMORE, Wyo. (AP) - Tamsin Yarrowby and two others were hurt when a small plane "
            "crashed on takeoff.\n")
    record = rules_record(text, title="Station News")
    names = {p.name for p in record.participants}
    assert "Tom Halvard" in names and "Tamsin Yarrowby" not in names
    assert record.injured == 1


def test_a_lede_that_tells_a_death_outdates_a_headline_of_the_hurt(rules_record):
    text = ("A teenager is dead after a shooting on Birch Street on Friday.\n\n"
            "The 15-year-old was found in the hallway of a building. A second teen was shot in "
            "the foot and treated at a hospital.")
    assert rules_record(text, title="2 people injured in shooting").killed == 1
    # the headline's hurt alone, where the lede tells no death, are no one dead
    text = ("Two teenagers were hurt in a shooting on Birch Street on Friday.\n\n"
            "One was shot in the foot and treated at a hospital.")
    assert rules_record(text, title="2 people injured in shooting").killed == 0


def test_others_hurt_are_besides_the_one_told_before():
    text = ("A man was shot in the leg on Grove Street late Sunday, police said.\n\n"
            "Two others showed up at a hospital with gunshot wounds a short time later.")
    record = extract_article(Article(id="ot", text=text, published=dt.date(2020, 6, 14),
                                     title="Shooting on Grove Street"))
    assert (record.killed, record.injured) == (0, 3)
    # with someone killed, the others are those besides the dead
    text = text.replace("was shot in the leg", "was shot and killed")
    record = extract_article(Article(id="ok", text=text, published=dt.date(2020, 6, 14),
                                     title="Shooting on Grove Street"))
    assert (record.killed, record.injured) == (1, 2)


def test_others_also_hurt_are_not_the_one_who_died_since():
    text = ("A 17-year-old boy wounded in a shooting outside a house party on Saturday has died, "
            "police said Wednesday.\n\n"
            "A 20-year-old man died at the scene. Two women, ages 19 and 22, were also wounded "
            "and are expected to survive, police said.")
    record = extract_article(Article(id="ds", text=text, published=dt.date(2020, 6, 17),
                                     title="Second victim dies after house party shooting"))
    assert (record.killed, record.injured) == (2, 2)


def test_the_one_wounded_who_died_since_is_not_also_hurt():
    text = ("A man who was shot on the city's south side last month has died, the coroner's "
            "office said Saturday.\n\n"
            "The man, 30, was shot in the head on Aug. 23 and had been on life support since. "
            "He died Thursday evening.")
    record = extract_article(Article(id="wd", text=text, published=dt.date(2016, 9, 17),
                                     title="Man wounded in August shooting dies"))
    assert (record.killed, record.injured) == (1, 0)



@pytest.mark.parametrize(("text", "title", "counts"), [
    # people hurt other than by gunfire are not counted ...
    (("Five shots were fired at a crowded ballpark Saturday night, leaving one man wounded, "
     "police said.\n\nDarnell Quibb, 26, was struck once in the leg and is expected to "
     "recover.\n\nTwo women suffered minor injuries when they were knocked down by people "
     "running from the gunfire. Both were treated at the scene, police said."), "", (0, 1)),
    # ... but those shot beside them are
    (("Three people were shot and a fourth person was cut by flying glass outside a bar on "
     "Grove Street early Sunday, police said. All were taken to a hospital."), "", (0, 3)),
    # a first report since corrected is no count, nor is a headline repeating it
    (("Three people were wounded by gunfire early Sunday outside a nightclub, police said, "
     "revising an earlier report that four people had been shot.\n\nPolice initially said "
     "four people had been shot, but a lieutenant said Monday that one of the four was cut "
     "by broken glass from a car window."), "4 shot outside nightclub", (0, 3)),
])
def test_counts_of_people_hurt_otherwise_and_of_first_reports(text, title, counts):
    record = extract_article(Article(id="c", text=text, published=dt.date(2020, 6, 14),
                                     title=title))
    assert (record.killed, record.injured) == counts


def test_a_headline_with_one_hurt_in_each_clause_tells_of_two():
    text = ("An officer was shot in the shoulder during a traffic stop Saturday night, and the "
            "driver he had pulled over was wounded when the officer returned fire.\n\n"
            "Officer Dale Verrin, 29, was treated and released. The driver, identified as "
            "Orrin Tasker, 34, was in serious condition and will be booked into jail.")
    for title in ("Officer shot during traffic stop; suspect wounded, in custody",
                  "Officer shot, suspect wounded during traffic stop"):
        record = extract_article(Article(id="hh", text=text, published=dt.date(2020, 6, 14),
                                         title=title))
        assert (record.killed, record.injured) == (0, 2), title


def test_a_headline_line_killed_then_a_comma_has_no_objects():
    # the parser reads "Man killed, sister and friend wounded" as "killed [the] sister"
    text = ("Brother killed, sister and friend wounded in drive-up shooting\n\n"
            "By Staff Writer\n\nA 19-year-old man was killed and his teenage sister and a friend were wounded "
            "Saturday night when two men opened fire on them outside their home.\n\n"
            "Darnell Quaye, 19, died at a hospital. His sister, Kiara Quaye, 16, was shot in "
            "the leg and was in stable condition Sunday.")
    record = extract_article(Article(id="hc", text=text, published=dt.date(2016, 3, 20),
                                     title="Brother killed, sister and friend wounded"))
    people = {p.name: p for p in record.participants if p.name}
    assert people["Kiara Quaye"].status == ["injured"]
    assert people["Darnell Quaye"].status == ["killed"]
    assert (record.killed, record.injured) == (1, 2)


def test_the_nth_person_hurt_otherwise_than_by_gunfire_is_not_counted_shot():
    text = ("One man is dead and a woman is recovering from a gunshot wound after a shooting "
            "Sunday night at a duplex.\n\nPolice initially said three people had been shot. "
            "On Monday, Capt. Dale Verrin said the third person, a 33-year-old man, was cut "
            "by glass from a broken window and was not struck by gunfire.")
    record = extract_article(Article(id="nt", text=text, published=dt.date(2013, 5, 27),
                                     title="Man killed, woman wounded; police revise number shot"))
    assert (record.killed, record.injured) == (1, 1)


def test_a_bystander_hurt_is_one_more_than_the_named_dead(rules_record):
    # "a bystander" introduces someone other than the one aimed at: not the named victim
    # who died, though the one-death headline and one stated shot would make them one
    record = rules_record(
        "Two men fired at the friends, striking one of them several times. A bystander, who "
        "did not know them, was struck once in the arm.\n\n"
        "The teenager, identified as Corwin Ballard, was taken to a hospital in critical "
        "condition. He was pronounced dead a short time later.\n\n"
        "The person who was shot in the arm was taken to the hospital in stable condition.",
        title="Man arrested in fatal shooting of 16-year-old")
    assert (record.killed, record.injured) == (1, 1)
    hurt = [p for p in record.participants if "injured" in p.status]
    assert [p.role for p in hurt] == ["victim"] and hurt[0].name is None


def test_one_introduced_after_the_named_dead_is_someone_else(rules_record):
    # "killed Doe and wounded a woman": the woman, told of after Doe's name with another
    # harm, is not Doe
    record = rules_record(
        "A gunman killed Khalil Ambrose Winder on Saturday night and wounded a woman standing "
        "near him. The woman was taken to a hospital in stable condition.",
        title="Man killed, woman hurt in shooting")
    hurt = [p for p in record.participants if "injured" in p.status]
    assert [(p.name, p.gender) for p in hurt] == [(None, "female")]
    dead = [p for p in record.participants if "killed" in p.status]
    assert [p.name for p in dead] == ["Khalil Ambrose Winder"] and dead[0].gender != "female"


@pytest.mark.parametrize("text, title, counts", [
    # an editor's note on an earlier version
    (("Editor's note: An earlier version of this story, citing initial police reports, said "
      "four people were shot. Police later said three people were shot and a fourth was "
      "injured climbing a fence while running from the scene.\n\n"
      "The shooting happened at about 1:10 a.m. outside a club on Kestrel Avenue."),
     "4 shot outside club", (0, 3)),
    # a page's first version kept below its update: the update's "two people were shot" over
    # the first version's "three were hurt" (and over the headline that repeats it)
    (("UPDATE (11:20 a.m.): Police now say two people were shot. A third person who was "
      "first counted among the wounded was cut by flying glass, a police spokesman said.\n\n"
      "Police identified the wounded men as Rory Fenwick, 23, and Adam Castellanos, 27.\n\n"
      "ORIGINAL STORY: Three people were hurt early Saturday in a shooting outside a "
      "nightclub on Tamarind Avenue, police said."),
     "Three shot outside nightclub, police say", (0, 2)),
])
def test_a_count_the_page_says_was_since_corrected_is_not_the_count(rules_record, text, title,
                                                                     counts):
    record = rules_record(text, title=title)
    assert (record.killed, record.injured) == counts



def test_a_gunman_killed_by_police_is_one_more_than_the_victims_told(rules_record):
    # the number told is of the victims; the gunman shot dead by police is one more
    record = rules_record(
        "A gunman went on a shooting rampage Friday night that left one woman dead and five "
        "others injured, police said.\n\n"
        "Police identified the gunman as Nicholas Glenn, 25. Officers shot and killed Glenn "
        "after he fired at them on a nearby street.",
        title="Police name gunman in West Side shooting rampage")
    assert record.killed == 2


def test_a_man_and_another_man_hurt_are_two(rules_record):
    record = rules_record(
        "Police found a man lying in the parking lot with a gunshot wound to his leg. While "
        "officers were tending to him, another man flagged down a patrol unit a block away. "
        "He had been hit in the back.", title="Shooting under investigation on Elm Avenue")
    assert (record.killed, record.injured) == (0, 2)


def test_one_hurt_of_another_age_than_the_dead_is_someone_else(rules_record):
    # the headline tells one death; the hurt girl is not the dead man described before
    record = rules_record(
        "A man was shot and killed on the porch of a house Saturday night, and one of the "
        "bullets went through the wall of the house next door and hit a 12-year-old girl in "
        "the foot, police said. Officers found Khalid Ashbury, 29, on the porch with gunshot "
        "wounds to his chest. He was taken to a hospital, where he died.",
        title="Man killed on porch; girl, 12, hit by stray bullet next door")
    assert (record.killed, record.injured) == (1, 1)


def test_the_dead_ones_friend_hurt_is_someone_else(rules_record):
    record = rules_record(
        "A 16-year-old boy shot while walking home Friday night died Sunday, police said. "
        "DaJuan Whitbeck and a friend were walking home when someone fired several shots. "
        "Whitbeck was hit in the back and head. He was taken to a hospital in critical "
        "condition and died there Sunday afternoon.\n\nHis friend, a 15-year-old boy, was "
        "grazed on the neck. He was treated at the hospital and released.",
        title="Teen shot Friday night dies; friend was grazed")
    assert (record.killed, record.injured) == (1, 1)
