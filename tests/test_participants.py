"""Rules of participants.py that work on finished participants."""

from casefile.extract.participants import harm_from_counts, no_deaths
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


def test_an_unnamed_gunman_is_the_named_dead_whose_own_death_a_pronoun_tells():
    from casefile.extract.participants import _Final, _shooter_who_died
    from casefile.extract.roles import Cue

    def run(hint, named_suspect=False):
        named, unnamed = _finals("Deputies found Tobin Arkwell dead. The gunman was not seen.")
        dead = Cue("status", "killed", named.mentions[0], named.mentions[0].root)
        finals = [_Final(named, "victim", {"killed": dead}, own_hand_hint=hint),
                  _Final(unnamed, "suspect", {})]
        if named_suspect:
            other, _ = _finals("Police named Wren Ostrova. The gunman was not seen.")
            finals.append(_Final(other, "suspect", {}))
        _shooter_who_died(finals)
        return finals

    finals = run(True)
    assert len(finals) == 1 and finals[0].role == "suspect" and "killed" in finals[0].statuses
    assert _joined_the_gunman(finals[0])
    assert len(run(False)) == 2  # nothing ties the dead to the gunman
    assert len(run(True, named_suspect=True)) == 3  # the named suspect is the gunman


def _joined_the_gunman(final):
    return any(m.kind == "desc" and m.head == "gunman" for m in final.person.mentions)


def test_a_gunman_who_killed_himself_is_the_named_dead_a_pronoun_says_did():
    from casefile.extract import Extractor
    from casefile.models import Article

    text = ("A gunman killed two neighbours in Pine Hollow on Friday, police said. "
            "Marta Vell, 61, and Otto Brandauer, 58, died at the scene. "
            "Hours later deputies tried to talk Dale Rennick out of his house. "
            "They said he walked into the yard and killed himself.")
    record = Extractor().extract(Article.make(text))
    rennick = next(p for p in record.participants if p.name and p.name.endswith("Rennick"))
    assert rennick.role == "suspect" and "killed" in rennick.status
    assert not any(p.role == "suspect" and not p.name for p in record.participants)


def test_a_description_beside_a_name_speaks_of_that_person():
    from casefile.extract.mentions import find_mentions
    from casefile.extract.participants import _beside_name
    from casefile.extract.people import Person
    from casefile.extract.pipeline import load_nlp

    def beside(text):
        doc = load_nlp()(text)
        mentions = find_mentions(doc)
        name = next(m for m in mentions if m.kind == "name")
        desc = next(m for m in mentions if m.kind == "desc" and m.head == "uncle")
        return _beside_name(doc, desc, Person(mentions=[name]))

    assert beside("The coroner said the uncle, 52-year-old Tobin Arkwell, shot himself.")
    assert beside("Tobin Arkwell, 52, the uncle, was found in the barn.")
    assert not beside("Coroner Tobin Arkwell says the uncle shot himself in the barn.")


def test_one_whose_death_beside_his_name_is_called_a_suicide_is_the_shooter():
    from casefile.extract import Extractor
    from casefile.models import Article

    text = ("Deputies in Pine Hollow are looking into a shooting at a farmhouse on Sunday. "
            "The coroner said the girl, 9-year-old Nessa Vell, died of gunshot wounds. "
            "The death of her uncle, 52-year-old Tobin Arkwell, was ruled a suicide.")
    record = Extractor().extract(Article.make(text))
    roles = {p.name: (p.role, p.status) for p in record.participants if p.name}
    assert roles["Tobin Arkwell"] == ("suspect", ["killed"])
    assert roles["Nessa Vell"] == ("victim", ["killed"])


def test_an_arrest_sought_is_no_status():
    from casefile.extract.mentions import find_mentions
    from casefile.extract.participants import _statuses
    from casefile.extract.people import Person
    from casefile.extract.pipeline import load_nlp
    from casefile.extract.roles import mention_cues

    def statuses(text):
        m = next(m for m in find_mentions(load_nlp()(text)) if m.kind == "name")
        return set(_statuses(Person(mentions=[m]), "suspect", mention_cues(m)))

    assert "arrested" not in statuses("Police issued a warrant for the arrest of Dana Kowalski.")
    assert "arrested" not in statuses("Police have an arrest warrant out for Dana Kowalski.")
    assert "arrested" in statuses("A tip led to the arrest of Dana Kowalski, police said.")
    assert "arrested" in statuses("The arrest of Dana Kowalski came on Sunday.")


def _aged(doc, written: str, age: int):
    from casefile.extract.mentions import Mention
    from casefile.extract.people import Person

    start = doc.text.index(written)
    return Person([Mention(span=doc.char_span(start, start + len(written)), kind="name",
                           name_tokens=written.split(), age=age)])


def test_a_victim_killed_at_another_age_than_the_headlines_one_death_is_of_another_incident():
    import spacy

    from casefile.extract.participants import _Final, _headline_age

    doc = spacy.blank("en")("Dana Kowalski, 9, died. Lee Marsh, 31, died across town.")

    def roles(title: str) -> list[str]:
        finals = [_Final(_aged(doc, "Dana Kowalski", 9), "victim", {"killed": "cue"}),
                  _Final(_aged(doc, "Lee Marsh", 31), "victim", {"killed": "cue"})]
        _headline_age(title, finals)
        return [f.role + ("+killed" if "killed" in f.statuses else "") for f in finals]

    assert roles("Girl, 9, dies in Pine Hollow shooting") == ["victim+killed", "other"]
    assert roles("9-year-old girl killed on Larkspur Road") == ["victim+killed", "other"]
    # a headline of two deaths, or of no age, leaves both
    assert roles("Girl, 9, and man killed in Pine Hollow") == ["victim+killed", "victim+killed"]
    assert roles("Girl dies in Pine Hollow shooting") == ["victim+killed", "victim+killed"]
    # nobody killed has the headline's age: the headline may tell it wrong
    assert roles("Girl, 7, dies in Pine Hollow shooting") == ["victim+killed", "victim+killed"]


def _evidence():
    return {"killed": ["ev8"], "injured": ["ev9"]}


def test_victims_named_without_harm_take_the_only_harm_the_counts_tell():
    named = [_person("p1", "victim"), _person("p2", "victim"), _person("p3", "suspect", "arrested")]
    harm_from_counts(named, 2, 0, _evidence(), "2016-05-01")
    assert [p.status for p in named] == [["killed"], ["killed"], ["arrested"]]
    assert named[0].events[0].evidence == ["ev8"] and named[0].events[0].date == "2016-05-01"
    hurt = [_person("p1", "victim")]
    harm_from_counts(hurt, 0, 3, _evidence(), None)
    assert hurt[0].status == ["injured"] and hurt[0].events[0].evidence == ["ev9"]


def test_counts_with_both_harms_fill_the_one_left_open():
    # two dead and one hurt; the hurt one is found: the two unharmed victims are the dead
    people = [_person("p1", "victim", "injured"), _person("p2", "victim"), _person("p3", "victim")]
    harm_from_counts(people, 2, 1, _evidence(), None)
    assert [p.status for p in people] == [["injured"], ["killed"], ["killed"]]


def test_counts_with_room_in_both_harms_give_the_named_the_death():
    # "kills three, injures one ... police identified two of the victims as A and B"
    both = [_person("p1", "victim"), _person("p2", "victim")]
    harm_from_counts(both, 3, 1, _evidence(), None)
    assert [p.status for p in both] == [["killed"], ["killed"]]


def test_counts_give_no_harm_when_unclear_or_too_few():
    # room for one of the two dead: which of them is not told
    unclear = [_person("p1", "victim"), _person("p2", "victim")]
    harm_from_counts(unclear, 1, 3, _evidence(), None)
    assert [p.status for p in unclear] == [[], []]
    both = [_person("p1", "victim"), _person("p2", "victim")]
    harm_from_counts(both, 2, 2, _evidence(), None)
    assert [p.status for p in both] == [["killed"], ["killed"]]
    # "3 shot ... the victims were identified as A, B, C and D": no dead, so all hurt
    named = [_person(f"p{i}", "victim") for i in range(4)] + [_person("p9", "victim", "injured")]
    harm_from_counts(named, 0, 3, _evidence(), None)
    assert [p.status for p in named] == [["injured"]] * 5
    too_many = [_person("p1", "victim", "killed"), _person("p2", "victim")]
    harm_from_counts(too_many, 1, 0, _evidence(), None)  # the one dead is found: the other is not
    assert too_many[1].status == []


def test_suspects_with_no_custody_take_the_headlines():
    from casefile.extract.participants import custody_from_headline

    def suspects():
        return [_person("p1", "suspect"), _person("p2", "suspect"), _person("p3", "victim")]

    people = suspects()
    custody_from_headline(people, "Two arrested in shooting death of boy")
    assert [p.status for p in people] == [["arrested"], ["arrested"], []]
    people = suspects()
    custody_from_headline(people, "Three charged with murder of girl")
    assert [p.status for p in people][:2] == [["charged"], ["charged"]]
    one = [_person("p1", "suspect"), _person("p3", "victim")]
    custody_from_headline(one, "Man charged in shooting of neighbor")
    assert [p.status for p in one] == [["charged"], []]
    surrendered = suspects()[:1]
    custody_from_headline(surrendered, "Man sought in tavern killing turns himself in")
    assert surrendered[0].status == ["arrested"]
    # a plural with no number has room for all; an arraignment is a charge, a verdict a
    # conviction
    people = suspects()
    custody_from_headline(people, "Teens arraigned in weekend shooting")
    assert [p.status for p in people] == [["charged"], ["charged"], []]
    one = suspects()[:1]
    custody_from_headline(one, "Second suspect found guilty in club shooting")
    assert one[0].status == ["convicted"]
    for title in ("Man charged in shooting",  # room for one of the two
                  "No arrests in shooting of boy", "Shooting on Elm Street"):
        people = suspects()
        custody_from_headline(people, title)
        assert [p.status for p in people] == [[], [], []], title


def test_kin_of_two_kinds_to_one_owner_are_two_people(rules_record):
    record = rules_record("Police said Randall Voss fatally shot his daughter, and wounded "
                          "his wife, Anjali, before killing himself Friday at his home.")
    by_name = {p.name or p.description: p.status for p in record.participants}
    assert by_name["his daughter"] == ["killed"]
    assert by_name["Anjali Voss"] == ["injured"]


def test_the_hurt_are_the_dead_where_only_the_dead_have_room_for_them():
    hurt = [_person("p1", "victim", "injured"), _person("p2", "suspect", "arrested")]
    harm_from_counts(hurt, 1, 0, _evidence(), None)
    assert [p.status for p in hurt] == [["killed"], ["arrested"]]
    assert hurt[0].events[0].evidence == ["ev0", "ev8"]
    # "Two dead, one hurt ... Doe was hit in the chest. Roe was hit in the arm": the one
    # hurt cannot be both
    two = [_person("p1", "victim", "injured"), _person("p2", "victim", "injured")]
    harm_from_counts(two, 2, 1, _evidence(), None)
    assert [p.status for p in two] == [["killed"], ["killed"]]
    # room in the hurt too (a mass shooting's named survivors), room for only one of the
    # two dead, or no death to give: they stay hurt
    for killed, injured in ((49, 53), (2, 2), (1, 1), (0, 2)):
        kept = [_person("p1", "victim", "injured"), _person("p2", "victim", "injured")]
        harm_from_counts(kept, killed, injured, _evidence(), None)
        assert [p.status for p in kept] == [["injured"], ["injured"]], (killed, injured)
    # named people with no harm take the deaths first
    both = [_person("p1", "victim", "injured"), _person("p2", "victim"), _person("p3", "victim")]
    harm_from_counts(both, 2, 0, _evidence(), None)
    assert [p.status for p in both] == [["injured"], ["killed"], ["killed"]]


def test_a_child_is_not_the_grown_up_named_later(rules_record):
    # the two dead a first sentence describes are the named uncle and the child, and the
    # named father was hurt: neither description joins a grown-up of the other kind
    record = rules_record(
        "A 2-year-old boy and a man in his 20s were killed in a shooting, prosecutors said. "
        "The toddler and his uncle, Jon Dace, were both pronounced dead at the scene. The "
        "toddler's father, 20-year-old Rick Mallon, was shot in the leg. He is in the "
        "hospital being treated for his injuries.", title="Toddler, man killed in shooting")
    people = {p.name or p.description: p for p in record.participants}
    assert people["Rick Mallon"].status == ["injured"]
    assert record.killed == 2 and record.injured == 1


def test_another_set_apart_from_the_shooter_is_not_one_more_victim(rules_record):
    record = rules_record("A Lakeview man is accused of accidentally shooting another man in "
                          "the head Friday evening, police said. Leo Lopp, 58, faces a "
                          "manslaughter charge in the death of John McLane, 53.",
                          title="Man arrested on manslaughter charge")
    assert (record.killed, record.injured) == (1, 0)
    # "another" after a victim is one more
    record = rules_record("A man was shot on Main Street and another man was wounded nearby.",
                          title="Police investigate Main Street shooting")
    assert [p.description for p in record.participants] == ["A man", "another man"]


def test_an_arrest_keeps_the_day_the_text_gives_it(rules_record):
    # published Wednesday 2020-01-08: "Tuesday" is the 7th
    record = rules_record("Jo Vance, 24, shot and wounded a neighbor on Sunday. Vance was "
                          "arrested Tuesday and charged with assault, police said Wednesday.",
                          title="Man charged in shooting")
    vance = next(p for p in record.participants if p.name == "Jo Vance")
    assert [(e.type, e.date) for e in vance.events if e.type != "injured"] == [
        ("arrested", "2020-01-07"), ("charged", "2020-01-07")]


def test_an_arrest_dated_before_the_incident_is_of_the_past(rules_record):
    text = ("Jo Vance, 24, shot and wounded his neighbor on Sunday, police said. "
            "Vance was arrested {when}.")
    for when in ("in March 2019", "in 2012"):
        past = rules_record(text.format(when=when), title="Man wounded in shooting")
        vance = next(p for p in past.participants if p.name == "Jo Vance")
        assert vance.role == "suspect" and "arrested" not in vance.status, when
    # an arrest of no day, or of a day after the incident's, is this incident's
    for when in ("again", "on Monday"):
        now = rules_record(text.format(when=when), title="Man wounded in shooting")
        vance = next(p for p in now.participants if p.name == "Jo Vance")
        assert "arrested" in vance.status, when


def test_a_past_arrest_told_first_does_not_hide_this_incidents(rules_record):
    record = rules_record("Jo Vance, 24, shot and wounded his neighbor on Sunday, police said. "
                          "Vance was arrested in March 2019. Vance was arrested on Monday.",
                          title="Man wounded in shooting")
    vance = next(p for p in record.participants if p.name == "Jo Vance")
    assert [(e.type, e.date) for e in vance.events if e.type == "arrested"] == [
        ("arrested", "2020-01-06")]


def test_a_name_given_a_description_is_the_one_it_introduced(rules_record):
    record = rules_record("A 9-year-old boy is dead after a tractor accident on Sunday night. "
                          "The victim was pronounced dead at the scene. Deputies have "
                          "identified the boy as Ethan Marlowe of Brightwater.",
                          title="Boy killed in tractor accident")
    ethan = next(p for p in record.participants if p.name == "Ethan Marlowe")
    assert (ethan.role, ethan.status, ethan.age) == ("victim", ["killed"], 9)
    assert not [p for p in record.participants if p.name is None and p.role == "victim"]


def test_the_subjects_of_two_joined_clauses_are_two_people(rules_record):
    record = rules_record("Nico Brannoch, 25, was killed and his girlfriend, who was also "
                          "shot, survived, police said.", title="Man killed in shooting")
    people = {p.name or p.description: p for p in record.participants}
    assert people["Nico Brannoch"].status == ["killed"]
    assert people["his girlfriend"].status == ["injured"]


def test_a_name_told_only_a_hospital_stay_takes_the_role_of_the_description_it_names(rules_record):
    record = rules_record("A man who led police on a chase was shot by an officer Monday after "
                          "he pointed a handgun at officers, authorities said.\n\nThe man, "
                          "identified as Colby Raskell, 31, was hospitalized in critical "
                          "condition.", title="Officer shoots man after chase")
    raskell = next(p for p in record.participants if p.name == "Colby Raskell")
    assert (raskell.role, raskell.status) == ("suspect", ["injured"])
    assert not [p for p in record.participants if p.description == "A man"]


def test_a_namesake_arrested_is_the_one_who_shot(rules_record):
    record = rules_record("Police said 49-year-old Lonnie Castellane shot Trina Castellane, 46, "
                          "twice in the upper body inside their home. She was taken to a "
                          "hospital in critical condition.\n\nCastellane was arrested at the "
                          "scene without incident.", title="Man charged in wife's shooting")
    people = {p.name: p for p in record.participants}
    assert (people["Lonnie Castellane"].role, people["Lonnie Castellane"].status) == (
        "suspect", ["arrested"])
    assert (people["Trina Castellane"].role, people["Trina Castellane"].status) == (
        "victim", ["injured"])


def test_the_people_of_a_blotters_other_items_are_no_participants(rules_record):
    from test_focus import BLOTTER
    record = rules_record(BLOTTER, title="Police blotter: Man shot in leg on Larkspur Road")
    assert {p.name for p in record.participants if p.name} == {"Jo Roe", "Al Poe"}
    assert (record.killed, record.injured) == (0, 1)


def test_the_people_of_another_towns_wire_story_and_of_related_teasers_are_none(rules_record):
    from test_focus import WIRE
    record = rules_record(WIRE + "\nRelated:\n\nTeen shot by Cal Quennell in Pine Hollow\n",
                          title="Man killed outside Kelmore bar")
    assert {p.name for p in record.participants if p.name} == {"Jo Roe"}
    assert record.killed == 1


def test_a_name_told_only_to_have_died_takes_the_role_of_the_description_it_names(rules_record):
    record = rules_record("A man was fatally wounded by a police officer Wednesday night after "
                          "he raised a handgun toward officers.\n\nThe man, identified as "
                          "38-year-old Wendell Raskell, died at a local hospital.",
                          title="Man shot, killed by officer")
    raskell = next(p for p in record.participants if p.name == "Wendell Raskell")
    assert (raskell.role, raskell.status) == ("suspect", ["killed"])
    assert record.killed == 1


def test_a_bare_surname_whose_death_is_told_is_the_namesake_named_first(rules_record):
    record = rules_record("Trevon Sallow, 25, was found with multiple gunshot wounds Saturday "
                          "and died at a hospital.\n\n\"He was trying to do everything right,\" "
                          "his cousin, LaTonya Sallow, said.\n\nSallow's death was the city's "
                          "11th homicide of the year.", title="Police identify man killed")
    people = {p.name: p for p in record.participants}
    assert people["Trevon Sallow"].status == ["killed"]
    assert "killed" not in people["LaTonya Sallow"].status


def test_a_bare_surname_that_shoots_is_the_namesake_who_shot(rules_record):
    record = rules_record("Police said Gregor Sorell shot his mother, Arlene Sorell, 71, in the "
                          "kitchen. A neighbor, 52-year-old Dale Whitby, heard the shots and ran "
                          "over; Sorell shot him once in the chest, police said.",
                          title="Man kills mother, wounds neighbor")
    people = {p.name: p for p in record.participants}
    assert people["Arlene Sorell"].role == "victim"
    assert people["Gregor Sorell"].role == "suspect"


def test_an_unnamed_robber_killed_does_not_join_the_clerk_who_was_not_hurt(rules_record):
    text = ("A convenience store clerk shot and killed an armed robber late Friday, police "
            "said.\n\n"
            "The clerk, Hollis Ambervane, 52, pulled a pistol he kept under the counter and "
            "fired several times. The robber was struck in the chest. He was pronounced dead "
            "at the scene.\n\n"
            "Ambervane was not hurt. He was questioned by detectives and released.")
    record = rules_record(text, title="Clerk kills robber")
    clerk = next(p for p in record.participants if p.name == "Hollis Ambervane")
    assert "killed" not in clerk.status


def test_one_named_as_anothers_kin_is_told_apart_from_them():
    from casefile.extract.coref import attach_descriptions
    from casefile.extract.mentions import find_mentions
    from casefile.extract.participants import _told_apart
    from casefile.extract.people import group_names
    from casefile.extract.pipeline import load_nlp

    doc = load_nlp()("A boy was hit by a stray bullet on Friday. The boy's parents, Dario "
                     "Quell and Mina Brask, spoke to reporters.")
    mentions = find_mentions(doc)
    people = group_names(doc, [m for m in mentions if m.kind == "name"])
    people = attach_descriptions(doc, people, [m for m in mentions if m.kind == "desc"])
    boy = next(p for p in people if not p.names and any(m.head == "boy" for m in p.mentions))
    mother = next(p for p in people if p.full_name == "Mina Brask")
    assert _told_apart(boy, mother) and _told_apart(mother, boy)


def test_a_dead_suspect_only_accused_stays_dead(rules_record):
    text = ("Gunfire at a farmhouse on Sunday left three people dead and one hurt, deputies "
            "said.\n\n"
            "Deputies named the deceased gunman as Osgood Varnavas, 41, who turned the rifle on "
            "himself after killing his two brothers.\n\n"
            "Varnavas is also accused of wounding a neighbor.")
    record = rules_record(text, title="Three shot in murder-suicide")
    suspect = next(p for p in record.participants if p.name == "Osgood Varnavas")
    assert suspect.role == "suspect" and "killed" in suspect.status
    assert "charged" not in suspect.status


def test_a_named_person_told_unharmed_does_not_take_in_the_one_hit():
    # the clerk fired, "hitting the armed man": the one hit is someone the clerk is not
    from casefile.extract import Extractor
    from casefile.models import Article
    text = ("Two men tried to rob a store on Elm Street on Tuesday night. One pointed a gun at "
            "the clerk, Ivo Brandt, 45. Brandt pulled a handgun from beneath the counter and "
            "fired, hitting the armed man in the abdomen. Both men ran out. Brandt was not injured.")
    record = Extractor().extract(Article.make(text))
    brandt = next(p for p in record.participants if p.name == "Ivo Brandt")
    assert brandt.status == ["unharmed"]
    assert record.injured == 1


def test_a_name_only_in_an_inline_teaser_is_no_antecedent(rules_record):
    record = rules_record("Deputies were called to the campus for reports of an active shooter "
                          "about 9 a.m.\n\nRELATED: Inside the hill ranch where Oren Vasquell "
                          "was found dead\n\nThe sheriff said the suspect died from a "
                          "self-inflicted wound after shooting a student.",
                          title="Student wounded in campus shooting")
    assert not [p for p in record.participants if p.name]
    assert (record.killed, record.injured) == (1, 1)


def test_a_name_in_an_inline_teaser_of_the_story_itself_is_kept(rules_record):
    record = rules_record("Darnel Quist, 31, was shot in the leg Friday night on Ash Street, "
                          "police said.\n\nRELATED: Police name Quist as man wounded on Ash "
                          "Street\n\nNo arrests have been made.",
                          title="Man wounded on Ash Street")
    assert [p.name for p in record.participants if p.name] == ["Darnel Quist"]


def test_the_second_man_identified_is_not_the_gunman(rules_record):
    text = ("Two men were killed and three other people were wounded late Saturday when a man "
            "opened fire inside a social club, police said.\n\nJo Varrow, 29, died at the "
            "scene. A second man died a short time later at a hospital.\n\nLate Sunday, the "
            "medical examiner identified the second man who died as Al Quennell, 24.")
    record = rules_record(text, title="Two dead in club shooting")
    people = {p.name: p for p in record.participants if p.name}
    assert (people["Al Quennell"].role, people["Al Quennell"].status) == ("victim", ["killed"])


def test_a_childs_parent_is_not_the_child_the_counts_leave_room_for():
    import datetime as dt

    from casefile.extract import extract_article
    from casefile.models import Article
    text = ("A 2-year-old boy was accidentally shot in the stomach early Thursday. The boy's "
            "parents, Mike Walden and Misty Waring, drove him to the hospital, where he was "
            "airlifted to a medical center.")
    record = extract_article(Article(id="kin", title="Toddler shot", text=text,
                                     published=dt.date(2020, 1, 8)))
    people = {p.name: p for p in record.participants if p.name}
    assert "injured" not in people["Misty Waring"].status
    assert any(p.age == 2 and p.status == ["injured"] for p in record.participants)


def test_a_death_dated_years_before_is_not_this_incidents(rules_record):
    # "since their mother died in 2013": his mother ("when his mother passed") is no victim
    # of the shooting
    record = rules_record(
        "A man who police say shot his next-door neighbor during an argument Sunday evening "
        "was shot by police, authorities said.\n\n"
        "Warren Pike, 44, was charged Tuesday with attempted murder. His neighbor, Ross Tull, "
        "58, was shot once in the chest and was in stable condition.\n\n"
        "\"I baked him a pound cake when his mother passed,\" the neighbor's wife said. "
        "\"Then something changed in him.\"\n\n"
        "Pike's sister, Norma Pike Ellery, said her brother had been struggling with depression "
        "since their mother died in 2013.", title="Man shot neighbor")
    assert record.killed == 0
    assert not [p for p in record.participants if "killed" in p.status]


def test_an_officer_by_an_abbreviated_rank_who_fired_is_no_suspect(rules_record):
    record = rules_record(
        "Cpl. Dale Ambrose and Officer Nina Kopp returned fire, striking Warren Pike. No "
        "officers were hurt.", title="Man shot by police")
    roles = {p.name: p.role for p in record.participants}
    assert roles.get("Dale Ambrose") != "suspect"


def test_a_death_by_a_heart_attack_beside_a_shooting_is_not_counted(rules_record):
    # the father who collapsed beside his wounded son died of another cause than gunfire
    record = rules_record(
        "Marlon Quist, 24, was lying in the yard with a bullet wound in his leg. His father, "
        "Elroy Quist, knelt beside him and pressed his hands against the wound, then sat "
        "down on the curb and fell over.\n\n"
        "Elroy Quist was pronounced dead about an hour later of what doctors said was a "
        "massive heart attack. His son is expected to recover.",
        title="Man wounded outside family home")
    people = {p.name: p for p in record.participants}
    assert record.killed == 0
    assert people["Marlon Quist"].status == ["injured"]
    assert "Elroy Quist" not in people or (
        people["Elroy Quist"].role != "victim" and "killed" not in people["Elroy Quist"].status)


def test_a_bullet_in_the_heart_is_a_death_by_gunfire(rules_record):
    record = rules_record(
        "Dana Orloff, 31, was shot outside her home on Friday. Orloff was hit in the heart "
        "and died just after midnight.", title="Woman shot outside her home")
    assert record.killed == 1
    assert [p.status for p in record.participants if p.name == "Dana Orloff"] == [["killed"]]


def test_one_brought_in_hurt_after_a_named_death_is_someone_else(rules_record):
    record = rules_record(
        "Antwan Lusk had been shot in the back as he turned to run. Doctors operated on him "
        "through the night, and the father of two died Sunday afternoon, police said.\n\nLate Saturday, a 19-year-old man walked into the "
        "emergency department with a gunshot wound to his foot. Detectives determined that "
        "he had been on the steps when the shooting started.",
        title="Corner shooting leaves neighborhood shaken")
    hurt = [p for p in record.participants if p.status == ["injured"]]
    assert [(p.name, p.age) for p in hurt] == [(None, 19)]
    assert [p.name for p in record.participants if "killed" in p.status] == ["Antwan Lusk"]
    assert (record.killed, record.injured) == (1, 1)


def test_a_name_only_found_dead_is_the_dead_gunman_described_before(rules_record):
    record = rules_record(
        "A 63-year-old man shot and killed his wife and wounded their son-in-law at the "
        "couple's home Sunday before turning the gun on himself, authorities said.\n\n"
        "The family had gathered for dinner when Harlan Osterby got into an argument with "
        "his wife, Renee Osterby, 60. Their son-in-law, Brady Kjeld, 34, was struck in the "
        "shoulder. A tactical team found the husband dead in the bedroom.",
        title="Man killed wife, wounded son-in-law before turning gun on himself")
    people = {p.name: p for p in record.participants if p.name}
    assert (people["Harlan Osterby"].role, people["Harlan Osterby"].status) == ("suspect", ["killed"])
    assert record.killed == 2
