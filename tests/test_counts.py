"""Killed and injured counts from stated numbers, parsed with the real model."""

from __future__ import annotations

import pytest

from casefile.extract.counts import (
    count_statements,
    headline_counts,
    headline_one_dead,
    headline_one_hurt,
    killed_injured,
    listed_counts,
)
from casefile.extract.counts.headline_numbers import _says
from casefile.extract.pipeline import load_nlp
from casefile.models import Participant


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(("text", "expected"), [
    (("Four teens were shot Saturday night. One of them, a 16-year-old boy, died at the hospital. "
      "The other victims, ages 13, 17 and 19, were treated for minor injuries."), (1, 3)),
    ("Two people have been shot, one of them fatally, police said.", (1, 1)),
    ("One man is dead and another wounded after a shooting on Main Street.", (1, 1)),
    ("The shooting left three men and two women dead.", (5, 0)),
    ("Both were pronounced dead at the scene.", (2, 0)),
    ("One man was killed and another was wounded in the shooting.", (1, 1)),
    ("The gunman killed one man and wounded another.", (1, 1)),
    ("Three people were killed and a fourth was injured.", (3, 1)),
    # a participle without auxiliary: its "subject" is the people it was done to
    ("The brawl moved onto the sidewalk, leaving one dead and a dozen others wounded.", (1, 12)),
    ("Webb and four others were shot outside a store.", (0, 5)),
    # "also": besides those told of before, as the dead
    ("One man was killed. A woman and two other men were wounded too.", (1, 3)),
    ("She told deputies that she and three others had been shot.", (0, 4)),
    ("According to city police, three people were shot near the park.", (0, 3)),
    # one of those shot, described again, is not all the hurt
    ("Four people were shot outside a bar on Friday. One man was wounded in the leg.", (0, 4)),
    # A coordinated clause with its own subject is about other people.
    ("Four people were shot on the porch and three of them died.", (3, 1)),
    ("Three people were injured and one woman was pronounced dead at the house.", (1, 3)),
    # a plural without a number of its own shares the first's; a singular is one more
    ("Five men and women were hurt outside a bar on Larkspur Road.", (0, 5)),
    ("Two men and a woman were hurt outside a bar on Larkspur Road.", (0, 3)),
    ("Two men are dead and a third is in critical condition.", (2, 1)),
    ("The shooting claimed the lives of three teenagers.", (3, 0)),
    # the list is the plural's apposition
    ("The victims, a man and a woman, were pronounced dead.", (2, 0)),
    # the people "along with" whom the subject was harmed: all of them together
    ("A family wants answers for Jo Pell, who was found shot to death along with three others.",
     (4, 0)),
    ("Police said she was found dead along with her two children.", (3, 0)),
    ("Two men died along with three women in the crash.", (5, 0)),
    # a participle left bare after a passive: "at" says where, not whom it was fired at
    ("Three people were killed and another wounded at the house early Saturday.", (3, 1)),
    # a vague count is the least it says (as in a headline)
    ("Several people were wounded in the shooting.", (0, 3)),
    ("One man died. Multiple others were also hurt, none seriously.", (1, 2)),
    # a number of another, earlier incident told in a clause on it
    (("A man was shot and killed Sunday, and police say the shooting may be connected to one "
      "that wounded two people on the same block a week earlier."), (0, 0)),
    # the parse gives the verb both subjects; the number is of all, the death of one
    ('"Two people arguing over a parking spot, and one of them is dead," he said.', (1, 0)),
    # the number is of those who fired: the object hangs on the second verb
    ("Two officers shot and wounded a man who pointed a rifle at them.", (0, 0)),
    # where the hurt went is no roundup of other shootings
    (("Four people were wounded outside a bar early Sunday, but police found them only when "
      "they turned up at hospitals across the city."), (0, 4)),
    # the participle the parser hangs on the partitive "One" is the group's
    (("MILLBROOK, La. — One of two young men shot in the Oak Grove neighborhood Friday night "
      "has died, the Vale Parish coroner's office said."), (1, 1)),
    # a shot heard is gunfire, not a person ("shot" parsed as a noun with a number)
    (("Two men were killed. A neighbor told jurors she looked out her window after hearing the "
      "first shot and saw the man fall against his car. She said she heard one more shot a "
      "second or two later."), (2, 0)),
    # the list of an apposition to a plural subject tells how many it is
    (("The victims, a 19-year-old man and three 17-year-old girls, were taken to the "
      "hospital for treatment of wounds that were not life-threatening."), (0, 4)),
    # the parser makes the second people noun a compound; its number still counts
    ("3 adults and 2 juveniles ages 14 and 15 were taken to the hospital.", (0, 5)),
    # but the ages of an apposition are no list of people
    ("One man was killed. Three other male victims, ages 24, 25, and 41, were wounded.", (1, 3)),
    ('"We have two people deceased and one man fighting for his life," the captain said.',
     (2, 0)),
    # the k-th one who died since was one of those told hurt
    (("UPDATE: A second man has died after the shooting, police said.\n\n"
      "One man was killed and two others were wounded late Thursday outside a house."), (2, 1)),
])
def test_stated_numbers(nlp, text, expected):
    assert killed_injured(nlp(text), [], "") == expected


@pytest.mark.parametrize("text", [
    "Officers said as many as nine shell casings lay on the road.",
    "A 19-year-old man was shot in the leg on Tuesday.",
    "A 25 y/o man, a 29 y/o man and a 43 y/o man were shot and killed.",
    "Kalone Doe, 26 was shot in the left leg.",
    "Image 6 of 6 Man who shot himself while hunting dies 1 / 6 Back to Gallery",
    "A second suspect was arrested on Monday.",
    "Around 9 p.m., a girl younger than 10 was shot in the parking lot.",
    "Two men and another girl who were in the car were not injured.",
    # fired at, not hit
    "Three men and a truck were shot at on Larkspur Road.",
    # present when someone else was hurt
    "Police said three people were in a Larkspur Road apartment when the teen was shot.",
    # only attempted
    "The man accused of trying to kill 2 deputies and taking a woman hostage was charged.",
    # a later clause's number the parse hangs on the verb beside its object
    ("A teen is recovering after a friend accidentally shot him with a gun the two found in "
     "the woods, police said."),
])
def test_numbers_that_are_not_people(nlp, text):
    counts = count_statements(nlp(text))
    assert (counts.killed, counts.injured, counts.shot) == (0, 0, 0)


@pytest.mark.parametrize(("title", "expected"), [
    ("2 killed, 3 hurt in shooting", (2, 3, 0)),
    ("1 dead, 3 critically injured after store shooting", (1, 3, 0)),
    ("3 people shot, 1 fatally, on South Side", (1, 0, 3)),
    ("2 adults, 1 child dead in murder-suicide", (3, 0, 0)),
    ("Teen killed in shooting, three others wounded", (0, 3, 0)),
    ("Mother of 6 killed, 4 hospitalized after gunfire", (0, 4, 0)),
    ("Four men shot near park", (0, 0, 4)),
    ("Teen, 3 adults shot at home", (0, 0, 4)),
    ("Late brawl leaves 6-year-old, 2 others shot on Larkspur Road", (0, 3, 0)),
    ("Larkspur Road gunfire left teen, 4 others hurt", (0, 5, 0)),
    ("Gunman kills man, 2 others hurt in Pine Hollow", (0, 2, 0)),
    # a verb before one person and a number of others: all of them
    ("Gunfire that hurt a 9-year-old, 3 others on Larkspur Road", (0, 4, 0)),
    ("Gunman kills teen, 2 others at a party", (3, 0, 0)),
    ("Neighbor wounds man, 19, on Larkspur Road", (0, 0, 0)),  # an age
    # a number of people, then people one by one, then the harm
    ("Two women, child shot in home on Larkspur Road", (0, 0, 3)),
    # the killer's own life after the dead he is said to have killed
    ("Gunman kills 3, wounds 2 before taking own life", (4, 2, 0)),
    ("Half a dozen shot at a party on Larkspur Road", (0, 0, 6)),
    ("Woman and 2 children wounded in drive-by", (0, 3, 0)),
    ("2-year-old boy accidentally shot", (0, 0, 0)),
    # an active verb before the number of people it was done to
    ("Drive-by shooter kills 1, injures 3", (1, 3, 0)),
    ("Gunfire kills three and wounds two, including a teen", (3, 2, 0)),
    ("Gunman fatally shoots 1, injures 4 at bar", (1, 4, 0)),
    ("Men arrested for gunning down 3 teens on Larkspur Road", (3, 0, 0)),
    ("Brothers charged with shooting eight people", (0, 0, 8)),
    ("Man shoots 3 times at passing car", (0, 0, 0)),
    ("Man indicted in shooting that injured 7", (0, 7, 0)),
    # found dead; a multiple of deaths; the killer besides those he killed
    ("Five people found dead in home", (5, 0, 0)),
    ("4 found shot dead in home", (4, 0, 0)),
    ("Father and two children found dead inside home", (3, 0, 0)),
    ("Woman, 2 children found dead in apparent murder-suicide", (3, 0, 0)),
    ("Police: man, 2 killed", (2, 0, 0)),
    ("Brothers to stand trial for quadruple murder", (4, 0, 0)),
    ("Police investigate apparent double murder-suicide", (3, 0, 0)),
    ("Teens identified in double fatal shooting", (2, 0, 0)),
    ("Police investigating triple shooting", (0, 0, 3)),
    ("Pine Hollow double shooting-suicide under investigation", (0, 0, 0)),
    ("3 dead in quadruple shooting", (3, 0, 4)),
    ("Four shot to death, then gunman kills himself", (5, 0, 0)),
    ("Seven slain by gunman who then killed himself", (8, 0, 0)),
    ("3 dead, including gunman who then shot himself", (3, 0, 0)),
    # those he killed, and then the killer
    ("Mother kills two children, then fatally shoots self", (3, 0, 0)),
    ("Gunman kills 4 before taking his own life", (5, 0, 0)),
    ("Two boys killed, father commits suicide", (3, 0, 0)),
    # those listed one by one as killed, then the killer (a plural is two)
    ("Dad fatally shot twin daughters, himself", (3, 0, 0)),
    # a list of the killed ends at the next verb: the wife was wounded
    ("Father kills 2 children, wounds wife before killing himself", (3, 0, 0)),
    ("Father kills 2 children, wife before killing himself", (4, 0, 0)),
    ("Man who shot and killed son, himself, had a violent past", (2, 0, 0)),
    ("Man kills 4-month-old before shooting himself", (2, 0, 0)),
    ("Deaths ruled murder-suicide; mother shot husband, infant son, then herself", (3, 0, 0)),
    ("Man shoots wife, then himself", (0, 0, 0)),
    # the dead listed, or counted, after a plural of death
    ("Teen arraigned on shooting deaths of mother, brother", (2, 0, 0)),
    ("2 men charged in slayings of 2 teens", (2, 0, 0)),
    ("2 dead in murder-suicide", (2, 0, 0)),
    # the k-th person dying: k dead at least; not an arrest in a death, nor a count of deaths
    ("Fourth victim dies after Larkspur Road shooting", (4, 0, 0)),
    ("Police locate second body after Tuesday drive-by shooting", (2, 0, 0)),
    ("6th person has died after Pine Hollow fire station shooting", (6, 0, 0)),
    ("Third man arrested in death of Pine Hollow teen", (0, 0, 0)),
    ("Second death at Larkspur Road bar in a month", (0, 0, 0)),
    # people listed one by one, with no number, before their harm
    ("Father, daughter, 9, found dead in Pine Hollow home", (2, 0, 0)),
    ("Mother and son shot to death", (2, 0, 0)),
    ("2 officers shot, suspect and bystander killed in rampage", (2, 0, 2)),
    ("Teen boy, 3 women shot outside Larkspur Road bar", (0, 0, 4)),
    # the number shot in "shooting of five"; not an age
    ("2 critically wounded in shooting of five on Larkspur Road", (0, 2, 5)),
    ("Man wanted in shooting of 11 year old child captured", (0, 0, 0)),
    ("Man, woman wounded outside Larkspur Road bar", (0, 2, 0)),
    ("Man shot, woman killed on Larkspur Road", (0, 0, 0)),
    ("Husband suspected of slaying wife and son dies in hospital", (0, 0, 0)),
    # people put in hospital
    ("Shooting sends 3 to hospital", (0, 3, 0)),
    ("Larkspur Road shooting lands four men in hospital", (0, 4, 0)),
    ("3 in the hospital after shooting, 1 dead", (1, 3, 0)),
    # a day of a month is no number of people
    ("Springfield man shot Dec. 30 dies; charge upgraded to murder", (0, 0, 0)),
])
def test_headline_counts(title, expected):
    c = headline_counts(title)
    assert (c.killed, c.injured, c.shot) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Body found after shootout at Pine Hollow motel", 1),
    ("Man arrested after bodies found on Larkspur Road", 2),
    ("Police release body camera video of Pine Hollow shooting", 0),
    # a death of an earlier incident the headline recalls; the unborn
    ("Gunfire wounds several at home of relatives of child fatally shot last year", 0),
    ("Fourth suspect arrested in drive-by that killed unborn baby", 0),
    # words of death that tell none
    ("2 men charged with attempted murder in drive-by shooting", 0),
    ("County homicide detectives investigating 2 shootings on Larkspur Road", 0),
    # one accused of a killing has died: the one killed and he (not a death in jail)
    ("Pine Hollow man accused of shooting, killing baby, dies", 2),
    ("Man charged with murder of girlfriend dies in jail", 1),
    # a number of deaths: so many dead; not one of several incidents', nor a year
    ("Police hold man in 5 Larkspur stabbing deaths", 5),
    ("Man charged in three killings at Larkspur Road home", 3),
    ("Police seek leads in each of 3 Pine Hollow murders", 1),
    ("Pair faces trial in 2013 slayings", 0),
    # deaths in the plural: two at least; murders and a suicide: three
    ("Larkspur man held in tavern slayings appears in court", 2),
    ("Pine Hollow murders-suicide: neighbors recall quiet family", 3),
])
def test_the_deaths_a_headline_tells_beyond_its_numbers(nlp, title, expected):
    assert killed_injured(nlp("Police are investigating."), [], title)[0] == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Two dead, several injured in Pine Hollow shooting", (2, 3)),
    ("Multiple people injured in Larkspur Road shooting", (0, 2)),
])
def test_several_in_a_headline_is_a_floor(nlp, title, expected):
    assert killed_injured(nlp("Police are investigating."), [], title) == expected
    # a number the body states is more exact
    doc = nlp("Police said five people were injured.")
    assert killed_injured(doc, [], title)[1] == 5


def test_headline_number_beats_people(nlp):
    doc = nlp("A man was killed and a woman was killed. A man was shot.")
    assert killed_injured(doc, [], "1 dead, 2 hurt in shooting") == (1, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two men were shot on Friday. No one else was injured.", (0, 2)),
    ("Five members of a family were found shot dead at their home on Sunday.", (5, 0)),
    ("Two men were found shot to death in a car on Sunday.", (2, 0)),
    ("Police said a gunman killed two people and then himself inside the office.", (3, 0)),
    ("Police say the gunman killed one person, wounded three others, and then killed himself.",
     (2, 3)),
    ("Four people were shot dead at a farm by a man who later shot himself.", (5, 0)),
    ("A gunman killed four people at a church before taking his own life.", (5, 0)),
    # a total already: the killer is among them
    ("All three were dead; officers believe the father took his own life.", (3, 0)),
    ("He killed his wife and children before shooting himself, leaving five people dead.", (5, 0)),
    ("The rampage left seven people dead before the gunman killed himself.", (8, 0)),
    # "others" than one told killed
    ("A gunman who was shot and killed by police had gone on a rampage that left two others dead.",
     (3, 0)),
    ("One man was killed and two others were wounded.", (1, 2)),
])
def test_negation_and_found_dead(nlp, text, expected):
    assert killed_injured(nlp(text), [], "") == expected


def _person(role: str, status: list[str], name: str | None = None, age: int | None = None,
            description: str | None = None) -> Participant:
    return Participant(id="p", name=name, role=role, status=status, age=age,  # type: ignore[arg-type]
                       description=description)


def test_only_victims_and_suspects_are_counted(nlp):
    doc = nlp("The victim died at the scene.")
    people = [_person("victim", ["killed"], name="Jane Roe"),
              _person("official", ["killed"], name="John Doe"),   # a misread coroner
              _person("other", ["injured"], name="Sam Poe")]      # someone of another story
    assert killed_injured(doc, people, "") == (1, 0)


def test_bare_descriptions_count_once_and_not_beside_the_dead(nlp):
    doc = nlp("A woman was shot. She died later.")
    dead_and_vague = [_person("victim", ["killed"], name="Jane Roe"),
                      _person("victim", ["injured"], description="a woman")]
    assert killed_injured(doc, dead_and_vague, "") == (1, 0)
    two_vague = [_person("victim", ["injured"], description="a man"),
                 _person("victim", ["injured"], description="the victim")]
    assert killed_injured(doc, two_vague, "") == (0, 1)
    aged = [_person("victim", ["injured"], description="a 20-year-old man", age=20),
            _person("victim", ["injured"], description="a 21-year-old man", age=21)]
    assert killed_injured(doc, aged, "") == (0, 2)
    dead_and_another = [_person("victim", ["killed"], name="Jane Roe"),
                        _person("victim", ["injured"], description="another man")]
    assert killed_injured(doc, dead_and_another, "") == (1, 1)
    bare_suspect = [_person("suspect", ["injured"], description="the suspect")]
    assert killed_injured(doc, bare_suspect, "") == (0, 0)


@pytest.mark.parametrize(("title", "expected"), [
    ("Man dies after shooting on Main Street", True),
    ("Boy, 9, dies in accidental shooting", True),
    ("Man kills wife, then himself", False),
    ("Woman and child killed in crash of gunfire", False),
    ("Two men killed in shooting", False),
    ("Man shot, wounded on porch", False),
    ("Mother, father, toddler dead after shooting", False),
    ("Toddler, man killed in shooting", False),
    ("Third woman dies after shooting at Pine Hollow party", False),
    ("Four-year-old fatally wounded at Pine Hollow farm", True),
    ("Teen dies of wound he gave himself at Larkspur Road cabin", True),
    ("Man shoots neighbor before killing himself in Pine Hollow", False),
    ("10-month-old dies after Larkspur Road shooting", True),
    ("Teen dies after quadruple shooting in Pine Hollow", False),
    # the site's name after spaced dashes is no part of it (its "2" is no second person)
    ("Man Arrested For Accidental Fatal Shooting - WXYZ Channel 2 - City News, Weather", True),
    ("Man arrested after bodies found on Larkspur Road", False),
    # an attempted murder is nobody's death
    ("Man charged with attempted murder in Larkspur Road shooting", False),
    ("Man charged with murder in Larkspur Road shooting", True),
    # an animal's death is no person's
    ("Man shot neighbor, killed his dog in Larkspur Road dispute", False),
])
def test_headline_one_dead(title, expected):
    assert headline_one_dead(title) is expected


def test_one_dead_headline_caps_people_of_other_stories(nlp):
    doc = nlp("Jane Roe died on Sunday. Last year John Doe was killed nearby.")
    people = [_person("victim", ["killed"], name="Jane Roe"),
              _person("victim", ["killed"], name="John Doe")]
    assert killed_injured(doc, people, "")[0] == 2
    assert killed_injured(doc, people, "Woman dies after shooting")[0] == 1
    # one the body says was "also" killed is a second death of the story
    doc = nlp("An officer was shot at the house. A woman was also killed and two other "
              "officers were injured. Last year John Doe was killed nearby.")
    people = [_person("victim", ["killed"], name="Jane Roe"),
              _person("victim", ["killed"], description="a woman"),
              _person("victim", ["killed"], name="John Doe")]
    assert killed_injured(doc, people, "Town mourns after officer's death")[0] == 2


def test_undescribed_dead_count_once_and_not_beside_the_named(nlp):
    doc = nlp("The victim died.")
    assert killed_injured(doc, [_person("victim", ["killed"], name="Jane Roe"),
                                _person("victim", ["killed"], description="the victim")], "")[0] == 1
    assert killed_injured(doc, [_person("victim", ["killed"], description="a girl"),
                                _person("victim", ["killed"], description="the child")], "")[0] == 1


def test_headline_of_injured_only_means_nobody_died(nlp):
    doc = nlp("Police said the victims were taken to hospitals.")
    people = [_person("victim", ["killed"], name="Jane Roe")]  # a misread harm
    assert killed_injured(doc, people, "7 injured in drive-by shooting") == (0, 7)
    assert killed_injured(doc, people, "7 injured, 1 dead in drive-by shooting") == (1, 7)


def test_one_dead_headline_means_nobody_else_hurt(nlp):
    doc = nlp("A man was shot on Friday. He died at the hospital.")
    people = [_person("victim", ["killed"], name="John Doe"),
              _person("victim", ["injured"], name="Johnny Doe")]  # the same man, split
    assert killed_injured(doc, people, "Man dies after shooting") == (1, 0)
    assert killed_injured(doc, people, "Shooting on Main Street") == (1, 1)


def test_one_dead_headline_leaves_a_victim_hurt_beside_a_dead_suspect(nlp):
    doc = nlp("Police shot a man who had shot his mother. She was taken to a hospital.")
    people = [_person("suspect", ["killed"], name="John Doe"),
              _person("victim", ["injured"], description="his mother")]
    assert killed_injured(doc, people, "Man dies in police shooting") == (1, 1)


@pytest.mark.parametrize(("title", "expected"), [
    ("Woman and son hurt in Larkspur Road shooting", False),
    ("Boy, 6, wounds himself with uncle's rifle near Larkspur Road", True),
    ("Boy, 8, accidentally shot at Pine Hollow home", True),
    ("Teen in serious condition after Larkspur Road shooting", True),
    ("Teen, man wounded in Larkspur Road shooting", False),
    ("Two teens shot near Pine Hollow school", False),
    ("Man dies after Larkspur Road shooting", False),
    ("Police seek gunman", False),
])
def test_headline_one_hurt(title, expected):
    assert headline_one_hurt(title) is expected


def test_one_hurt_headline_caps_the_hurt_people_found(nlp):
    doc = nlp("Her arm carried a bullet wound, a deputy noted. Medics flew her to Pine Hollow General.")
    people = [_person("victim", ["injured"], age=8, description="the girl"),
              _person("victim", ["injured"], name="Casey Marsh")]  # the same girl, named later
    assert killed_injured(doc, people, "Girl, 8, hurt by stray bullet near Larkspur Road") == (0, 1)
    assert killed_injured(doc, people, "Stray bullet near Larkspur Road") == (0, 2)
    # a number the body states is not capped
    doc = nlp("Two girls were hit by pellets on Larkspur Road.")
    assert killed_injured(doc, people, "Girl, 8, hurt by stray bullet near Larkspur Road") == (0, 2)


def test_one_shot_and_another_killed_in_a_headline(nlp):
    # one shot, another killed: one hurt, though the body's "one was shot" counted the dead
    doc = nlp("Police said one person was shot in the exchange.")
    people = [_person("suspect", ["killed"]), _person("victim", ["injured"], age=44)]
    title = "Pine Hollow police officer shot, suspect killed in shootout"
    assert killed_injured(doc, people, title) == (1, 1)
    # one person shot and killed
    assert killed_injured(doc, people[:1], "Man shot, killed in Pine Hollow") == (1, 0)
    # "shot to death" is a killing
    title = "Man shot to death in Pine Hollow related to 3-year-old killed by stray bullet"
    assert killed_injured(doc, people[:1], title)[1] == 0


def test_headline_hurt_means_someone_hurt_beside_the_shot_who_died(nlp):
    doc = nlp("Two men were shot on Larkspur Road on Sunday. Both died at the scene.")
    assert killed_injured(doc, [], "") == (2, 0)
    assert killed_injured(doc, [], "2 dead, girl wounded in Larkspur Road shooting") == (2, 1)


def test_headline_death_is_one_of_those_found_hurt(nlp):
    doc = nlp("A man was shot on Friday. Another man was wounded.")
    people = [_person("victim", ["injured"], name="John Doe"),
              _person("victim", ["injured"], name="Jim Roe")]
    assert killed_injured(doc, people, "Fatal shooting on Main Street") == (1, 1)
    assert killed_injured(doc, people, "Shooting on Main Street") == (0, 2)


def test_people_listed_together_are_counted_at_least(nlp):
    doc = nlp("Ray Doe and another teenager were shot outside a house. Doe died at the hospital.")
    people = [_person("victim", ["killed"], name="Ray Doe")]
    assert killed_injured(doc, people, "") == (1, 1)
    doc = nlp("Police said the girl, her uncle and a neighbor were hit by gunfire.")
    assert killed_injured(doc, [], "") == (0, 3)
    doc = nlp("Dana Kowalski and her son are recovering from their wounds.")
    assert killed_injured(doc, [], "") == (0, 2)
    # a plural member is two at least
    doc = nlp("He fired 23 times, hitting the brothers, their mother and a 15-year-old sister.")
    assert killed_injured(doc, [], "") == (0, 4)
    # a list is a lower bound: three people found dead outnumber the two listed
    doc = nlp("He shot and killed Jane Roe and John Roe on Friday.")
    dead = [_person("victim", ["killed"], name=n) for n in ("Jane Roe", "John Roe", "Jim Roe")]
    assert killed_injured(doc, dead, "")[0] == 3
    # the dead listed as whose bodies were found, a described person each
    doc = nlp("Deputies entered the home and found the bodies of a 6-year-old child, a man "
              "and a woman.")
    described = [_person("victim", ["killed"]) for _ in range(3)]
    assert killed_injured(doc, described, "")[0] == 3
    # a body found is one dead at least
    doc = nlp("Three agents were hurt in the shootout. Officers later found a body in the room.")
    assert killed_injured(doc, [], "") == (1, 3)


@pytest.mark.parametrize("text", [
    "She feared he would hurt her or her son.",
    "Sam Roe and Joe Poe are charged with first-degree murder and attempted first-degree murder.",
    "The teen and his friends were at the park when the boy shot himself.",
    "Maria Roe and her 12-year-old brother were not injured.",
])
def test_lists_that_are_not_harm(nlp, text):
    counts = listed_counts(nlp(text))
    assert (counts.killed, counts.injured, counts.shot) == (0, 0, 0)


@pytest.mark.parametrize("text", [
    "Five people were shot in three separate shootings overnight, police said.",
    "Seven people were killed in a string of shootings across the county.",
    "Police said 22 people were shot across the city, most of them young men.",
    "With six people shot in four hours, the department ran short of officers.",
    "In the last seven months, 47 people were killed on the county's roads.",
    "The shootings of seven people in under two days alarmed the town.",
    "In other Friday attacks around Pine Hollow, six neighbors were wounded.",
    # over two days: not one incident
    "Nine people were shot in Pine Hollow Friday night and Saturday, police said.",
    "Police said 11 people were shot between Saturday and early Sunday.",
    "Eight neighbors were hurt from Thursday evening to early Friday in Pine Hollow.",
    # a bare plural is several incidents: "in the attacks" may be one's
    "A teen was killed and seven others were wounded in attacks around Pine Hollow.",
    # a tally of the year
    "At least six children in Pine Hollow have been shot and killed this year.",
    # a tally of a month
    "At least 40 people were killed in the county in March alone.",
    "Nine people have been shot in Pine Hollow so far this month.",
    # a yearly rate
    "About a dozen children in the state die annually because of accidental shootings.",
    # a city's toll of a weekend
    "The chief said 17 people were shot in the city over the weekend, five fatally.",
    "He said 23 people were shot across Pine Hollow between Friday evening and Monday.",
])
def test_numbers_of_several_incidents(nlp, text):
    assert killed_injured(nlp(text), [], "") == (0, 0)


@pytest.mark.parametrize("text", [
    "Two men were wounded in the attacks on Larkspur Road, police said.",
    "A woman is charged in shootings of two men on Larkspur Road.",
    # the incident counted among the year's: its own numbers
    "Two men were wounded on Larkspur Road, the town's fourth shooting this year.",
])
def test_plural_incidents_of_one_story(nlp, text):
    assert killed_injured(nlp(text), [], "") == (0, 2)


def test_a_party_over_two_days_is_one_incident(nlp):
    doc = nlp("Two men were shot at a party that ran from Friday night into Saturday morning.")
    assert killed_injured(doc, [], "") == (0, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("A man was killed on Friday. Four other men sustained non-life-threatening injuries.", (0, 4, 0)),
    ("Two victims were taken to a hospital by ambulance.", (0, 0, 2)),
    ("Four people were sent to the hospital with gunshot wounds late Monday.", (0, 0, 4)),
    ("Three men arrived at a nearby hospital with gunshot wounds.", (0, 0, 3)),
    ("Three people sustained non-fatal bullet wounds.", (0, 0, 3)),
    # "others" are those besides the dead
    ("Three others arrived at a nearby hospital with gunshot wounds.", (0, 3, 0)),
    ("All three had suffered fatal gunshot wounds.", (3, 0, 0)),
    ("Two brothers are charged in the shooting deaths of four women at an apartment.", (4, 0, 0)),
    ("Three partygoers were killed at a house party.", (3, 0, 0)),
    ("One of the three men shot and killed on Friday was a cousin.", (3, 0, 0)),
    ("Four people shot on Sunday were taken to hospitals.", (0, 0, 4)),
    ("Officers said a total of 12 people were shot during the brawl.", (0, 0, 12)),
    # "a total of" is the whole number, not a part of it as "one of the victims"
    ("A total of three men sustained injuries, deputies reported.", (0, 3, 0)),
    # a relative clause tells what happened to those it hangs on; not what they did
    ("Dana Kowalski was one of seven people who were wounded near Larkspur Road.", (0, 7, 0)),
    ("The two cousins who died in the crossfire were buried on Monday.", (2, 0, 0)),
    ("The two men who shot at the store in Pine Hollow were arrested.", (0, 0, 0)),
    # "young" is no "yo" (years old)
    ("Detectives said four young people had been hit by gunfire.", (0, 0, 4)),
    ("It was the shooting at the park that left 17 people wounded.", (0, 17, 0)),
    ("Two deputies were wounded in the exchange of gunfire.", (0, 2, 0)),
    # a list of videos of other stories
    ("3:50 Defendant in deaths of six miners resentenced.", (0, 0, 0)),
    # one of them taken to hospital says nothing of how many were hurt
    ("One of the victims was transported to a hospital.", (0, 0, 0)),
    # in a hospital's condition: alive and hurt
    ("Two others remain in critical condition.", (0, 2, 0)),
    # "to hospital" with no article, which the parser may read as an infinitive's "to"
    ("Eight victims were rushed to hospital with bullet wounds, medics said.", (0, 0, 8)),
    ("Four people were found suffering from gunshot wounds on Larkspur Road.", (0, 0, 4)),
    # the parser hangs the people on "remained", the auxiliary
    ("Six young men remained hospitalized Sunday after the Pine Hollow party.", (0, 6, 0)),
    ("He and two other people are in fair condition.", (0, 3, 0)),
    ("Two people were in the car.", (0, 0, 0)),
    ("Both passengers were injured and flown to a trauma center.", (0, 2, 0)),
    ("Both men were charged with murder.", (0, 0, 0)),
    # recovering from wounds: alive and hurt
    ("Three neighbors are still recovering from bullet wounds, the sheriff noted.", (0, 3, 0)),
    # the wounds in the clause "what" opens
    ("Three other guests suffered what doctors described as minor injuries.", (0, 3, 0)),
    # "more" stands for people, the number hung on the adjective
    ("The gunfire on Larkspur Road left one dead and four more hurt.", (1, 4, 0)),
    ("Police found eight more shell casings.", (0, 0, 0)),
    ("Half a dozen people were shot outside a bar.", (0, 0, 6)),
])
def test_wounds_and_hospitals(nlp, text, expected):
    c = count_statements(nlp(text))
    assert (c.killed, c.injured, c.shot) == expected


def test_described_dead_of_another_role_than_the_named(nlp):
    doc = nlp("A girl was shot and killed. Police said John Doe then shot himself.")
    people = [_person("suspect", ["killed"], name="John Doe"),
              _person("victim", ["killed"], description="a girl")]
    assert killed_injured(doc, people, "")[0] == 2
    people = [_person("victim", ["killed"], name="Jane Doe"),
              _person("victim", ["killed"], description="a girl")]
    assert killed_injured(doc, people, "")[0] == 1


def test_headline_of_several_incidents(nlp):
    doc = nlp("A man was shot and killed on Friday night outside a store.")
    people = [_person("victim", ["killed"], name="John Doe")]
    assert killed_injured(doc, people, "3 dead, 22 wounded in weekend shootings")[0] == 1
    assert killed_injured(doc, people, "4 killed in Pine Hollow Saturday and Sunday")[0] == 1
    assert killed_injured(doc, people, "Man killed outside store as 30 shot across Pine Hollow "
                                       "over weekend") == (1, 0)
    # the body says the headline's numbers are of several incidents
    doc = nlp("Three people were killed and 11 others wounded in shootings across the city on "
              "Monday. A man was shot and killed outside a store.")
    assert killed_injured(doc, people, "3 dead, 11 wounded on Monday")[0] == 1
    doc = nlp("A man was shot and killed outside a store. Police said two others died later.")
    assert killed_injured(doc, people, "3 dead in store shooting")[0] == 3


def test_headline_of_several_incidents_with_no_dead(nlp):
    # nobody died in any of the incidents, the article's own included
    doc = nlp("A man walking on Larkspur Road was shot in the back late Tuesday.")
    people = [_person("victim", ["killed"], name="John Doe")]
    assert killed_injured(doc, people, "5 wounded in weekend shootings")[0] == 0
    assert killed_injured(doc, people, "1 dead, 4 wounded in weekend shootings")[0] == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Four people died. A fifth victim was rushed to a hospital in serious condition.", (4, 1)),
    ("Three men died at the scene. A fourth man suffered a gunshot wound to his arm.", (3, 1)),
    ("Two of the men later died. The third man survived.", (2, 1)),
    # an ordinal person who does the shooting, or is not hurt, counts nobody
    ("The two traded shots and then a third man arrived and began firing.", (0, 0)),
    ("Two men were killed. A third man was not hurt.", (2, 0)),
    # the k-th found dead "also": k dead
    ("Three people were found shot. A fourth person, Jo Roe, 45, was also found dead.", (4, 0)),
])
def test_the_nth_person_hurt(nlp, text, expected):
    assert killed_injured(nlp(text), [], "") == expected


def test_the_nth_person_dead_leaves_the_hurt_people_found(nlp):
    # "a third man has died": three dead at least, not three shot of whom all died
    doc = nlp("A third man has died after the gunfire outside a diner on Larkspur Road. "
              "Two men were killed there on Friday. Tom Ashby, 20, was treated for a wound.")
    people = [_person("victim", ["injured"], name="Tom Ashby")]
    assert killed_injured(doc, people, "") == (3, 1)


def test_wounds_a_headline_says_killed_are_no_one_else_hurt(nlp):
    doc = nlp("A man found shot in his car died at a hospital on Sunday.")
    people = [_person("victim", ["killed"], name="John Doe"),
              _person("victim", ["injured"], name="Johnny Doe")]  # the same man, split
    assert killed_injured(doc, people, "Man dies from injuries after being found shot")[1] == 0
    assert killed_injured(doc, people, "Boy, 10, succumbs to his wounds")[1] == 0
    assert killed_injured(doc, people, "Man dies, woman injured in shooting")[1] == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("A boy was killed. Another man was shot in the hand, but he should recover.", (0, 1, 0)),
    # "another" beside the shooter, not one more victim
    ("Police said a man accidentally shot another man in the head.", (0, 0, 0)),
    ("Another man was arrested on Monday.", (0, 0, 0)),
    ("A man was killed. Another man, 24, also suffered a gunshot wound to the hip.", (0, 1, 0)),
    ("Three people were found dead. A woman also suffered a gunshot wound to the face.", (0, 1, 0)),
    ("A man was also arrested.", (0, 0, 0)),
])
def test_another_person_hurt(nlp, text, expected):
    c = listed_counts(nlp(text))  # one more at least
    assert (c.killed, c.injured, c.shot) == expected


def test_another_shot_as_the_one_before_is_no_count(nlp):
    # "one ... was shot inside and another was shot outside": the same harm twice, dead or not
    doc = nlp("Four men were shot dead. One was shot inside the house and another was shot "
              "outside.")
    assert count_statements(doc).injured == 0


@pytest.mark.parametrize("title", ["Man shoots five people at his home", "5 shot on Larkspur Road"])
def test_headline_shot_number_caps_a_larger_stated_injured(nlp, title):
    doc = nlp("Police said the judge noted that 70 people were wounded in gun violence over the "
              "holiday weekend.")
    assert killed_injured(doc, [], title) == (0, 5)


def test_headline_number_of_a_kind_of_people_caps_nothing(nlp):
    doc = nlp("Two officers and four bystanders were injured.")
    assert killed_injured(doc, [], "2 officers shot on Larkspur Road") == (0, 6)


def test_one_dead_headline_and_another_person_hurt(nlp):
    doc = nlp("A boy was killed on Friday. Another man was shot in the arm.")
    assert killed_injured(doc, [], "Boy, 10, dead in shooting") == (1, 1)


def test_people_listed_as_taken_to_hospital(nlp):
    counts = listed_counts(nlp("Her uncle and his son were taken to the hospital."))
    assert counts.shot == 2
    # in a stated condition: alive, hurt and not killed
    counts = listed_counts(nlp("Her uncle and his son were rushed to the hospital in fair condition."))
    assert (counts.shot, counts.injured) == (0, 2)


def test_a_bare_victim_hurt_is_counted_beside_a_dead_suspect(nlp):
    doc = nlp("An officer was hit. The gunman was killed by police.")
    people = [_person("suspect", ["killed"], name="John Doe"),
              _person("victim", ["injured"], description="an officer")]
    assert killed_injured(doc, people, "") == (1, 1)
    people = [_person("victim", ["killed"], name="John Doe"),
              _person("victim", ["injured"], description="the man")]  # the dead, described
    assert killed_injured(doc, people, "") == (1, 0)


def test_one_dead_headline_and_a_killer_who_killed_himself(nlp):
    doc = nlp("Police said a man shot and killed a 7-month-old infant and then himself.")
    people = [_person("victim", ["killed"], description="a 7-month-old infant"),
              _person("suspect", ["killed"], name="John Doe")]
    assert killed_injured(doc, people, "Man suspected of shooting baby dies")[0] == 2
    # the headline tells it alone: one accused of the killing has died (not in custody,
    # a death long after)
    doc = nlp("Police said a man shot and killed a 7-month-old infant.")
    assert killed_injured(doc, people, "Man suspected of shooting baby dies")[0] == 2
    assert killed_injured(doc, people, "Man suspected of shooting baby dies in custody")[0] == 1


def test_a_vaguely_described_dead_and_one_aged_hurt_are_one_person(nlp):
    doc = nlp("The 4-year-old boy was shot in the rear seat. A child died at the hospital.")
    people = [_person("victim", ["killed"], description="A child"),
              _person("victim", ["injured"], description="the 4-year-old boy", age=4)]
    assert killed_injured(doc, people, "") == (1, 0)
    # a dead person of a name is not one told of by an age
    people[0] = _person("victim", ["killed"], name="Jane Roe")
    assert killed_injured(doc, people, "") == (1, 1)


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Man DIES after shooting", True), ("Deadly shooting on the east side", True),
     ("Near-death experience at the fair", False), ("Deadline passes for the council", False),
     ("Shooting: one dead", True), ("", False)],
)
def test_headline_says_a_whole_word(title, expected):
    # a word of the category, whole: not part of a longer or hyphenated word
    assert _says(title, "headline_killed") is expected


def test_link_lines_are_lists_of_other_stories_after_the_story_began():
    from casefile.extract.counts.other_incidents import link_lines
    text = ("Man shot on Elm Street\n\n"  # the story's own headline, before its first sentence
            "A man was shot twice on Elm Street on Sunday, police said.\n\n"
            "He is in stable condition.\n\n"
            "RELATED: Three dead in crash on the interstate\n\n"
            "MORE STORIES\n\n"
            "Two killed in house fire\n\n"
            "Photo: Officers at the scene. (Source: staff)\n")
    lines = [text[a:b] for a, b in link_lines(text)]
    assert lines == ["RELATED: Three dead in crash on the interstate", "MORE STORIES",
                     "Two killed in house fire"]


def test_a_header_and_its_teasers_on_one_line_are_no_statements_of_the_story(nlp):
    # too long, and dotted ("Aug. 9"), for a link line, but a header's teasers all the same
    from casefile.extract.counts.other_incidents import incident_statements
    text = ("A man was shot twice on Elm Street on Sunday, police said. He died at a "
            "hospital.\n\n"
            "Related Stories: Two men killed in Aug. 9 shooting on Dakota Avenue in the north "
            "end Three arrested in west side robbery spree\n")
    every, _ = incident_statements(nlp(text), "Man shot on Elm Street")
    related = text.index("Related")
    assert not [s for s in every if s.start >= related]


def test_a_link_names_another_story_where_it_names_what_the_story_does_not():
    from casefile.extract.counts.other_incidents import _names_another_story
    known = {"man", "shot", "on", "elm", "street", "in", "riverton"}
    assert _names_another_story("+ Two hurt in Polk County barn fire", known)
    assert _names_another_story("Dozens feared lost as ferry sinks off Quarrow", known)
    assert not _names_another_story("UPDATE: one of the victims has died", known)
    assert not _names_another_story("READ MORE: UPDATED STORY: Two shot on Elm Street", known)
    assert not _names_another_story("RELATED: Man shot on Elm Street (bit.ly/Xq7Rt)", known)


def test_a_killer_who_died_elsewhere_in_the_text_is_added_to_those_he_killed(nlp):
    doc = nlp("Deputies said a man killed his sister and her husband at their farm near "
              "Pine Hollow. Hours later he shot himself on Larkspur Road.")
    people = [_person("suspect", ["killed"], description="a man"),
              _person("victim", ["killed"], name="Dana Kowalski")]
    assert killed_injured(doc, people, "")[0] == 3
    # nobody found dead among the suspects: the two he killed
    assert killed_injured(doc, people[1:], "")[0] == 2


@pytest.mark.parametrize(("text", "expected"), [
    # the number is not of those someone killed: it may hold the killer
    ("Three people were killed at the farm. The gunman then shot himself.", 3),
    ("The fire at the farm killed two. The gunman then shot himself.", 2),
    # the killer's death is told beside the number, and counted there
    ("The gunman killed his two cousins and then himself at the farm.", 3),
])
def test_a_number_of_dead_that_may_hold_the_killer_is_kept(nlp, text, expected):
    people = [_person("suspect", ["killed"], description="the gunman"),
              _person("victim", ["killed"], name="Dana Kowalski")]
    assert killed_injured(nlp(text), people, "")[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Three people were killed at the farm. Two brothers were taken to a hospital in fair condition.",
     (3, 2)),
    (("A gunman killed his two cousins and then himself at the farm. His aunt and her son were taken "
      "to a hospital in stable condition."), (3, 2)),
    # taken to a hospital, in no stated condition: the dead may be among them
    ("Three people were shot at the farm and taken to a hospital. One of them died.", (1, 2)),
])
def test_people_taken_to_hospital_in_a_condition_are_alive(nlp, text, expected):
    assert killed_injured(nlp(text), [], "") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Three hunters were dead and another in serious condition near Pine Hollow on Sunday.", (3, 1)),
    ("Two men were killed and a third in serious condition at the Larkspur Road house.", (2, 1)),
    ("Three people died and two in stable condition after the gunfire at the farm.", (3, 2)),
])
def test_people_in_a_condition_with_the_verb_left_out(nlp, text, expected):
    assert killed_injured(nlp(text), [], "") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Four people were wounded at the Larkspur Road party, one of them fatally.", (1, 3)),
    ("Deputies found five men wounded in the barn, two of them dead by then.", (2, 3)),
    ("Three teens were injured near Pine Hollow and one of them later died.", (1, 2)),
    # some of them hurt worse: none dead
    ("Five people were injured, two of them critically, at the Pine Hollow fair.", (0, 5)),
])
def test_the_wounded_of_whom_some_died(nlp, text, expected):
    assert killed_injured(nlp(text), [], "") == expected


def test_hurt_people_of_a_roundup(nlp):
    # the people found hurt are of several incidents: the article's own mostly hurt one
    doc = nlp("Dana Kowalski was hit in the arm on Larkspur Road. Later Mara Ostrow was shot in "
              "the leg near Pine Hollow, and Teo Brandt was grazed on Birch Lane.")
    people = [_person("victim", ["injured"], name="Dana Kowalski"),
              _person("victim", ["injured"], name="Mara Ostrow"),
              _person("victim", ["injured"], name="Teo Brandt")]
    assert killed_injured(doc, people, "Police look into weekend shootings") == (0, 1)
    assert killed_injured(doc, people, "Police look into Larkspur Road shooting") == (0, 3)


def test_a_named_hurt_person_beside_a_named_dead_one_is_counted(nlp):
    # "Teen charged with murder": one dead, but the suspect named as shot too is another
    doc = nlp("Jo Pratt was killed in the store. Ray Kell, who was also shot, was charged.")
    people = [_person("victim", ["killed"], name="Jo Pratt"),
              _person("suspect", ["injured", "charged"], name="Ray Kell")]
    assert killed_injured(doc, people, "Teen charged with murder in store shooting") == (1, 1)


def test_people_named_as_hurt_outnumber_a_stated_count(nlp):
    doc = nlp("Two people were wounded on Friday. Police named the wounded as Ann Roe, "
              "Bo Fitch and Cy Lamb.")
    people = [_person("victim", ["injured"], name=n) for n in ("Ann Roe", "Bo Fitch", "Cy Lamb")]
    assert killed_injured(doc, people, "Shooting on Main Street") == (0, 3)
    # not under a headline summing up several incidents
    assert killed_injured(doc, people, "Weekend shootings across the city leave 2 hurt")[1] <= 2


@pytest.mark.parametrize(("title", "one"), [
    ("Two Arrested in Shooting Death of 4-Year-Old Boy", True),
    ("Officers indicted on murder charges in boy's death", True),
    ("3 teens accused of killing 4-year-old girl", True),
    ("Boy, 6, accidentally kills himself - WXYZ Channel 4", True),
    ("Teen fatally shoots himself at party", True),
    ("Girl, 6, accidentally shoots herself", False),  # perhaps only hurt
    ("Two men charged in deaths of couple", False),
    ("Man kills wife, then himself", False),
    ("2 dead, 3 hurt in shooting", False),
])
def test_a_headline_with_one_dead_as_its_object(title, one):
    from casefile.extract.counts import headline_one_victim
    assert headline_one_victim(title) is one


def test_one_dead_in_the_headline_caps_the_dead_counted_among_people(nlp):
    people = [Participant(id="p1", name="Rory Tasker", role="victim", status=["killed"]),
              Participant(id="p2", name="Dorian Quell", role="suspect", status=["killed"])]
    text = "Rory Tasker, 4, was shot at a home on Larkspur Road. Dorian Quell was arrested."
    assert killed_injured(nlp(text), people, "Two arrested in shooting death of 4-year-old boy")[0] == 1
    assert killed_injured(nlp(text), people, "Two arrested after shooting on Larkspur Road")[0] == 2


@pytest.mark.parametrize("title", ["No one hurt in shooting", "Nobody injured after shots fired",
                                   "No injuries in shooting", "Teen nearly killed in shooting"])
def test_a_headline_that_denies_or_nearly_tells_a_harm_is_no_floor(nlp, title):
    doc = nlp("Several shots were fired at a home on Tuesday.")
    assert killed_injured(doc, [], title)[0] == 0
    if "nearly" not in title:
        assert killed_injured(doc, [], title) == (0, 0)
    assert killed_injured(doc, [], "Man hurt in shooting") == (0, 1)


def test_an_animal_killed_in_the_headline_is_no_death(nlp):
    doc = nlp("A man fired at his neighbor during a dispute on Tuesday.")
    assert killed_injured(doc, [], "Man shot neighbor, killed his dog in dispute")[0] == 0
    assert killed_injured(doc, [], "Man killed in dispute over dog")[0] == 1


def test_a_participle_the_parser_hung_on_the_verb_tells_the_objects_harm(nlp):
    doc = nlp("Police identified two men shot and killed at a house party.")
    assert count_statements(doc).killed == 2
    assert count_statements(nlp("Police arrested two men wanted in the shooting.")).killed == 0


def test_the_others_expected_to_survive_are_hurt(nlp):
    doc = nlp("One man died on Sunday. The other two victims are expected to survive.")
    assert count_statements(doc).injured == 2


def test_the_unborn_are_no_count(nlp):
    # in the headline, in a list, among the people found
    assert killed_injured(nlp("Police are investigating."), [],
                          "Pregnant woman's unborn baby killed, 4 others injured") == (0, 4)
    doc = nlp("He shot a pregnant teenager, killing her and the unborn child.")
    teen = [_person("victim", ["killed"], description="a pregnant teenager")]
    assert killed_injured(doc, teen, "")[0] == 1
    unborn = [_person("victim", ["killed"], description="an unborn baby")]
    assert killed_injured(nlp("Police are investigating."), unborn, "")[0] == 0


def test_those_a_killer_killed_leave_out_the_killer_found_dead(nlp):
    doc = nlp("Police said the gunman, who killed 49 people at the club, died in a shootout.")
    gunman = [_person("suspect", ["killed"], name="Omar Vance")]
    assert killed_injured(doc, gunman, "")[0] == 50
    assert killed_injured(doc, [], "")[0] == 49


def test_a_death_since_the_body_told_the_hurt_is_one_of_them(nlp):
    doc = nlp("Police said at least one person was injured with a gunshot wound to the chest.")
    assert killed_injured(doc, [], "Boy, 17, shot on Larkspur Road has died") == (1, 0)
    # "others" hurt are besides the dead
    doc = nlp("Three others were injured in the shooting and are expected to survive.")
    assert killed_injured(doc, [], "Teen dies in drive-by shooting on Larkspur Road") == (1, 3)


def test_the_nth_dead_after_others_hurt_is_one_dead(nlp):
    doc = nlp("Two suspects were hit and taken to a hospital. The third suspect was pronounced dead.")
    dead = [_person("suspect", ["killed"], name="Cal Redd")]
    assert killed_injured(doc, dead, "") == (1, 2)


def test_a_death_told_since_the_count_adds_to_the_killed_and_leaves_the_hurt(nlp):
    text = ("Two people were killed and three others wounded at a party early Saturday. Kia "
            "Bosk, 19, and Dean Hatch, 21, died at the scene.\n\nUPDATE: Police said Monday "
            "that a third victim, 20-year-old Marc Elling, died on Sunday.")
    dead = [Participant(id=f"p{i}", name=n, role="victim", status=["killed"])
            for i, n in enumerate(("Kia Bosk", "Dean Hatch", "Marc Elling"))]
    assert killed_injured(nlp(text), dead, "2 dead, 3 hurt in party shooting") == (3, 2)
    # without the named dead to show it, the number told stands
    assert killed_injured(nlp(text), dead[:2], "2 dead, 3 hurt in party shooting") == (2, 3)


@pytest.mark.parametrize("title", [
    "Man killed, teen girl grazed by bullet in Pine Hollow shooting",
    "19-year-old wounded in Larkspur shooting dies; second victim recovering",
])
def test_a_headline_with_one_dead_and_another_hurt_keeps_the_hurt(nlp, title):
    assert killed_injured(nlp("Police are investigating."), [], title) == (1, 1)


@pytest.mark.parametrize(("title", "killed"), [
    # a death by a crash or a collapse, or an animal's, is none of the shooting's
    ("Clerk shot in robbery; driver killed when suspect's car crashes", 0),
    ("Father collapses and dies after son is shot outside family home", 0),
    ("Weekend roundup: Deadly crash on highway, man shot outside store", 0),
    ("Man accused of firing shotgun at neighbor, killing his dog", 0),
    # but a death told with gunfire stays, a crash beside it or not
    ("Man shot dead after crash on highway", 1),
    ("Deadly shooting follows crash", 1),
])
def test_headline_deaths_by_other_means(title, killed):
    from casefile.extract.counts import headline_floor
    assert headline_floor(title).killed == killed



@pytest.mark.parametrize(("title", "floor"), [
    ("Teens wounded on Stratford Avenue; police ask for witnesses", (0, 2, 0)),
    ("Men shot outside bar", (0, 0, 2)),
    ("Women hurt in drive-by", (0, 2, 0)),
    # but not the ones who fired
    ("Deputies shot man who pointed gun", (0, 0, 1)),
    ("Deputies shot Jo Doe", (0, 0, 1)),
])
def test_plural_people_harmed_in_a_headline_are_two_at_least(title, floor):
    from casefile.extract.counts import headline_floor
    got = headline_floor(title)
    assert (got.killed, got.injured, got.shot) == floor


@pytest.mark.parametrize(("title", "injured"), [
    ("Driver killed, passenger hurt on East 116th; woman in car behind them grazed", 2),
    ("Man hurt, hospitalized after shooting", 1),  # one person, two words
    ("Teen wounded, man hurt in separate shootings", 1),  # several incidents
])
def test_each_headline_clause_of_a_person_hurt_is_one_hurt(title, injured):
    from casefile.extract.counts import headline_floor
    assert headline_floor(title).injured == injured
