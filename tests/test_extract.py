"""Behaviour of the extract stage on small reports written for these tests."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from casefile.extract import Extractor
from casefile.models import Article

REPORT = (
    "Marta Kowalczyk, 51, was stabbed to death outside a bakery on Friday by her former "
    "husband Dorian Pembleton, who also used the surname Pembleford.\n\n"
    "Ms Kowalczyk died in hospital. Pembleton was arrested at the scene.\n\n"
    "Police had given his age as 47, but his age was given in court as 45.\n\n"
    "Inspector Harold Quenby said: \"This was a shocking attack on a woman in broad daylight.\"\n\n"
    "Relatives of Ms Kowalzcyk described her as kind."
)


@pytest.fixture(scope="module")
def record():
    article = Article.make(REPORT, published=dt.date(2023, 5, 8))
    return Extractor().extract(article)


def _person(record, surname):
    return next(p for p in record.participants if p.name and p.name.endswith(surname))


def test_victim_and_suspect(record):
    victim = _person(record, "Kowalczyk")
    assert victim.role == "victim"
    assert "killed" in victim.status
    assert victim.age == 51
    assert victim.gender == "female"
    suspect = _person(record, "Pembleton")
    assert suspect.role == "suspect"
    assert "arrested" in suspect.status


def test_alias_is_not_a_conflict(record):
    suspect = _person(record, "Pembleton")
    assert "Pembleford" in suspect.aliases
    spellings = [c for c in record.conflicts if c.kind == "spelling"]
    assert all("Pembleford" not in [v.value for v in c.values] for c in spellings)


def test_misspelt_surname_is_a_conflict(record):
    victim = _person(record, "Kowalczyk")
    conflict = next(c for c in record.conflicts if c.participant == victim.id and c.field == "name")
    assert {v.value for v in conflict.values} == {"Kowalczyk", "Kowalzcyk"}


def test_two_ages_are_a_conflict(record):
    suspect = _person(record, "Pembleton")
    conflict = next(c for c in record.conflicts if c.participant == suspect.id and c.field == "age")
    assert {v.value for v in conflict.values} == {45, 47}


def test_official_and_quote(record):
    official = _person(record, "Quenby")
    assert official.role == "official"
    assert any(q.speaker == official.id for q in record.quotes)


def test_every_evidence_id_points_at_its_text(record):
    for ev in record.evidence.values():
        assert REPORT[ev.start:ev.end] == ev.text
    for p in record.participants:
        assert all(e in record.evidence for e in p.evidence)


def test_method_and_counts(record):
    assert record.incident_type == "stabbing"
    assert record.killed == 1


def test_suspect_of_a_murder_suicide_is_among_the_dead():
    from casefile.extract import extract_article
    text = ("Tom Smith, 45, shot his wife, Mary Smith, 40, and then himself at their home on "
            "Monday, police said. Police called it a murder-suicide.")
    record = extract_article(Article(id="ms", text=text, published=dt.date(2020, 1, 2)))
    by_name = {p.name: p for p in record.participants if p.name}
    assert by_name["Tom Smith"].role == "suspect"
    assert "killed" in by_name["Tom Smith"].status
    assert by_name["Mary Smith"].role == "victim"



def test_a_suspect_in_custody_is_not_among_the_dead():
    from casefile.extract.participants import _alive_in_custody, _Final
    charged = _Final(None, "suspect", {"killed": None, "charged": None})  # type: ignore[arg-type]
    dead = _Final(None, "suspect", {"killed": None})  # type: ignore[arg-type]
    victim = _Final(None, "victim", {"killed": None, "arrested": None})  # type: ignore[arg-type]
    _alive_in_custody([charged, dead, victim])
    assert list(charged.statuses) == ["charged"]
    assert list(dead.statuses) == ["killed"]
    assert "killed" in victim.statuses


def test_people_of_another_incident_are_no_victims():
    from casefile.extract import extract_article
    text = ("Oskar Brandvold, 34, was shot and killed outside his home on Maple Street on "
            "Saturday night, police said.\n\n"
            "Brandvold was pronounced dead at the scene. No arrests have been made.\n\n"
            "In a separate shooting earlier this month, Kelvin Ashdown, 19, was killed on "
            "Birch Avenue.\n\n"
            "Police asked anyone who saw the shooting of Brandvold to call them.")
    record = extract_article(Article(id="dg", text=text, published=dt.date(2020, 6, 14)))
    by_name = {p.name: p for p in record.participants if p.name}
    assert by_name["Oskar Brandvold"].role == "victim"
    other = by_name.get("Kelvin Ashdown")
    assert other is None or (other.role == "other" and "killed" not in other.status)
    assert record.killed == 1


def test_digressions_open_on_cues_and_end_with_their_paragraph():
    import spacy

    from casefile.extract.digressions import digression_sentences, only_in_digressions
    from casefile.extract.mentions import Mention
    from casefile.extract.people import Person
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = ("Ann Doe was shot on Main Street Friday. "  # the article's own incident
            "Doe died at a hospital.\n\n"
            "Last year, Bo Roe was killed nearby. "  # a time before: a digression
            "Roe was 20.\n\n"
            "Cy Poe, 30, was arrested Saturday. "  # a new paragraph: the article's again
            "In an unrelated case in 2009, Di Loe was shot. "  # a year far off
            "Doe was a nurse.")  # the article's person again: the digression ends
    doc = nlp(text)

    def person(name, *more):
        mentions = []
        for written in (name, *more):
            start = text.rindex(written) if more and written == more[-1] else text.index(written)
            span = doc.char_span(start, start + len(written))
            mentions.append(Mention(span=span, kind="name", name_tokens=written.split()))
        return Person(mentions)

    people = [person("Ann Doe", "Doe"), person("Bo Roe"), person("Cy Poe"), person("Di Loe")]
    digressions = digression_sentences(doc, people, "2020-06-12")
    assert [only_in_digressions(p, digressions) for p in people] == [False, True, False, True]
    sents = list(doc.sents)
    assert sents[-1].start not in digressions
    # The first sentence is always the article's own, whatever its cues.
    doc = nlp("Eve Coe was sentenced for a shooting last year. She was 20.")
    assert digression_sentences(doc, [], "2020-06-12") == set()


def test_an_ordinal_counts_the_incident_among_others_only_with_a_period():
    from casefile.extract.digressions import _names_other_event
    assert _names_other_event("It was the city's 20th homicide this year.")
    assert _names_other_event("Police are investigating a separate shooting on Elm Street.")
    assert not _names_other_event("Police responded to the second shooting minutes later.")
    assert not _names_other_event("He is charged with the October 25th murder of a girl.")
    assert not _names_other_event("He faces a charge of second-degree murder.")
    assert not _names_other_event("Two men were killed Thursday in separate shootings.")


def test_the_model_says_who_took_part_and_a_strong_cue_which_side():
    from casefile.extract import extract_article
    from casefile.extract.rolemodel import predicting_with
    from casefile.extract.rolemodel.model import Prediction
    text = "Police arrested Lars Quist, 31, on Monday in the shooting of a man downtown."

    def saying(role):
        def provider(doc, person, cues):
            probs = {"victim": 0.05, "suspect": 0.05, "other": 0.05, role: 0.9}
            return Prediction(probs, {"killed": 0.05, "injured": 0.05, "unharmed": 0.9}, 0.9)
        return provider

    def role_of_quist(role):
        with predicting_with(saying(role)):
            record = extract_article(Article(id="lk", text=text, published=dt.date(2020, 1, 8)))
        return next(p for p in record.participants if p.name == "Lars Quist").role

    assert role_of_quist("victim") == "suspect"  # the arrest tells the side
    assert role_of_quist("other") == "other"  # the model, who took part


def test_an_attacker_who_died_stays_a_suspect():
    from casefile.extract import extract_article
    text = ("John Doe, 41, stabbed his former partner Jane Roe, 43, in the street on Monday "
            "morning, police said. A passing driver then struck Doe with his car. "
            "Doe and Roe were both pronounced dead at the scene.")
    record = extract_article(Article(id="attacker", text=text, published=dt.date(2022, 1, 25)))
    by_name = {p.name: p for p in record.participants if p.name}
    assert by_name["John Doe"].role == "suspect"
    assert "killed" in by_name["John Doe"].status
    assert by_name["Jane Roe"].role == "victim"


def test_a_quote_of_a_role_noun_goes_to_the_one_person_with_that_role():
    text = ("Police said Tom Ashby, 40, was shot in the leg outside his home on Larkspur Road "
            "on Sunday night. His neighbour, Dana Kowalski, 34, was arrested and charged with "
            "assault.\n\nHer lawyer, Petra Vasquez, asked for bail on Monday.\n\n"
            "The lawyer said her client was \"frightened and acted to protect her children\".")
    record = Extractor().extract(Article.make(text, published=dt.date(2023, 5, 8)))
    lawyer = _person(record, "Vasquez")
    assert lawyer.role == "lawyer"
    (quote,) = [q for q in record.quotes if q.text.startswith("frightened")]
    assert quote.speaker == lawyer.id


def _extract_as_the_model_says(text, role, harm, arrested):
    """The record of a text with a role model that says the same of everyone."""
    from casefile.extract import extract_article
    from casefile.extract.rolemodel import predicting_with
    from casefile.extract.rolemodel.model import Prediction

    def says(doc, person, cues):
        return Prediction({r: 0.9 if r == role else 0.05 for r in ("victim", "suspect", "other")},
                          {h: 0.9 if h == harm else 0.05 for h in ("killed", "injured", "unharmed")},
                          arrested)

    with predicting_with(says):
        return extract_article(Article(id="lq", text=text, published=dt.date(2020, 1, 8)))


@pytest.mark.parametrize(("text", "killed"), [
    # nothing in the text tells a death: the model's death is not taken
    ("Lars Quist, 31, was shot in the leg on Larkspur Road on Monday, police said.", False),
    # a word of death elsewhere: the model may know whose it is
    ("Lars Quist, 31, was shot on Larkspur Road on Monday. Police called the shooting fatal.",
     True),
])
def test_a_death_only_the_model_gives_needs_a_word_of_death_in_the_text(text, killed):
    record = _extract_as_the_model_says(text, role="victim", harm="killed", arrested=0.1)
    quist = next(p for p in record.participants if p.name == "Lars Quist")
    assert ("killed" in quist.status) is killed
    assert record.killed == int(killed)
    if not killed:
        assert "injured" in quist.status and record.injured == 1


@pytest.mark.parametrize(("text", "arrested"), [
    ("Lars Quist, 31, shot a man on Larkspur Road on Monday, police said.", False),
    ("Lars Quist, 31, shot a man on Larkspur Road on Monday. He was later taken into custody.",
     True),
])
def test_an_arrest_only_the_model_gives_needs_a_word_of_arrest_in_the_text(text, arrested):
    record = _extract_as_the_model_says(text, role="suspect", harm="unharmed", arrested=0.9)
    quist = next(p for p in record.participants if p.name == "Lars Quist")
    assert quist.role == "suspect"
    assert ("arrested" in quist.status) is arrested


@pytest.mark.parametrize(("text", "death", "legal"), [
    ("Two killings in a week", True, False),
    ("No fatalities were reported", True, False),
    ("He dies in hospital", True, False),
    ("A diet of fast food", False, False),
    ("Charges were filed on Monday", False, True),
])
def test_words_of_death_and_arrest_are_found_with_their_endings(text, death, legal):
    from casefile.extract.participants import _death_words, _legal_words
    assert bool(_death_words().search(text)) is death
    assert bool(_legal_words().search(text)) is legal


@pytest.mark.parametrize("text, age", [
    ("A ten-year-old girl was shot and killed on Monday night, police said.", 10),
    ("Police said a twenty-one-year-old man was wounded in the leg.", 21),
    ("Seventeen-year-old Corbin Halloway was shot in the arm on Friday.", 17),
])
def test_an_age_written_in_words_is_read(text, age):
    from casefile.extract import extract_article
    record = extract_article(Article(id="aw", text=text, published=dt.date(2020, 6, 14)))
    victims = [p for p in record.participants if p.role == "victim"]
    assert [p.age for p in victims] == [age]


def test_an_age_before_and_is_not_the_name_afters(rules_record):
    # "the 17-year-old and Doe": two people, the age is not Doe's
    record = rules_record("Corbin Halloway, 18, was shot in the thigh on Friday. Police said "
                          "the 17-year-old and Halloway had argued for months.")
    assert [p.age for p in record.participants if p.name == "Corbin Halloway"] == [18]
    assert not any(c.field == "age" for c in record.conflicts)


def test_a_nickname_known_across_town_is_an_alias_and_a_suffixed_names_age_is_read(rules_record):
    record = rules_record(
        "For 30 years, if you needed a car, you went to see Tiny Vandermeer.\n\n"
        "Harlan Vandermeer Sr., 61, known across the east side as \"Tiny,\" was shot and killed "
        "Tuesday in the office of his used-car lot, police said.\n\n"
        "His son, Harlan Vandermeer Jr., 38, said the family would reopen the lot.")
    dead = [p for p in record.participants if "killed" in p.status]
    assert len(dead) == 1 and dead[0].age == 61 and "Tiny" in dead[0].aliases


def test_an_unnamed_victim_of_another_incident_joins_no_one_of_this_one():
    from casefile.extract import extract_article
    text = ("Corwin Quarrington was shot several times outside a store on Tern Road on "
            "Saturday night and died at a hospital. His cousin, Emrys Quarrington, 20, was "
            "shot in the leg and is expected to recover.\n\n"
            "It was one of several shootings in the city over the weekend. A 34-year-old man was "
            "wounded Sunday afternoon on Birch Road, and a woman was found shot to death Friday "
            "night in an apartment complex. No arrests have been made in either case.")
    record = extract_article(Article(id="oa", text=text, published=dt.date(2020, 6, 14),
                                     title="Man killed, cousin wounded in Tern Road shooting"))
    by_name = {p.name: p for p in record.participants if p.name}
    assert by_name["Emrys Quarrington"].status == ["injured"]
    assert by_name["Emrys Quarrington"].gender != "female"


def test_a_spouse_is_the_one_named_with_the_couples_surname():
    from casefile.extract import extract_article
    text = ("A man fatally shot his wife and then himself in their home on Sunday, police said.\n\n"
            "The medical examiner on Monday identified the couple as Osric Tolvanen, 61, and "
            "Marit Tolvanen, 58.\n\n"
            "Investigators believe Osric Tolvanen shot his wife during an argument and then "
            "shot himself.\n\n"
            "Marit Tolvanen worked as a teacher's aide for 15 years, a school spokeswoman said.")
    record = extract_article(Article(id="sp", text=text, published=dt.date(2020, 6, 15),
                                     title="Police: Husband shot wife, then himself"))
    by_name = {p.name: p for p in record.participants if p.name}
    assert (by_name["Marit Tolvanen"].role, by_name["Marit Tolvanen"].status) == ("victim", ["killed"])
    assert by_name["Osric Tolvanen"].role == "suspect"
    assert [p for p in record.participants if not p.name and p.role == "victim"] == []


def test_a_name_found_dead_of_a_wound_is_dead(rules_record):
    text = ("Police said Gregor Tolvanen shot his mother.\n\n"
            "When a robot was sent inside shortly after 6 p.m., officers found Tolvanen dead of a "
            "self-inflicted gunshot wound in an upstairs bedroom.")
    record = rules_record(text, title="Man kills mother")
    by_name = {p.name: p for p in record.participants if p.name}
    assert "killed" in by_name["Gregor Tolvanen"].status


POLICE_SHOOTING = (
    "The police department on Monday released body-camera video showing the moments before "
    "an officer shot and killed a 34-year-old man during a disturbance call last month.\n\n"
    "The video, recorded by Officer Brant Hadwell's camera, shows Dario Quennell-Ostrander "
    "walking toward officers across the front yard. When Quennell-Ostrander was within about "
    "10 feet, Hadwell fired three shots.\n\n"
    "Quennell-Ostrander was pronounced dead at a hospital. No officers were hurt.")


def test_an_officer_who_fired_in_the_line_of_duty_is_no_suspect(rules_record):
    record = rules_record(POLICE_SHOOTING, title="Police release video of fatal shooting")
    by_name = {p.name: p for p in record.participants if p.name}
    assert by_name["Brant Hadwell"].role == "official"
    # an officer who shot by accident is one
    text = ("Deputy Brant Hadwell accidentally shot her daughter at their home on Saturday, "
            "the sheriff said. The girl, 9, was treated at a hospital.")
    record = rules_record(text, title="Deputy accidentally shoots daughter")
    assert {p.name: p for p in record.participants if p.name}["Brant Hadwell"].role == "suspect"


def test_a_name_told_only_as_dead_is_the_dead_suspect_described(rules_record):
    record = rules_record(POLICE_SHOOTING, title="Police release video of fatal shooting")
    by_name = {p.name: p for p in record.participants if p.name}
    assert by_name["Dario Quennell-Ostrander"].role == "suspect"
    assert by_name["Dario Quennell-Ostrander"].status == ["killed"]
    assert record.killed == 1


def test_a_gun_owner_charged_only_with_leaving_it_to_a_child_is_no_suspect(rules_record):
    text = ("A 2-year-old boy was wounded Friday when he found a loaded handgun in a bedroom "
            "and it went off, police said.\n\n"
            "Police arrested 34-year-old Dorian Pellworth-Vane, who owns the gun. He was charged "
            "with failure to store a firearm safely to protect a minor.")
    record = rules_record(text, title="Man charged after boy, 2, shoots himself")
    by_name = {p.name: p for p in record.participants if p.name}
    assert by_name["Dorian Pellworth-Vane"].role == "other"
    assert "charged" in by_name["Dorian Pellworth-Vane"].status
    # one charged with the shooting itself stays a suspect
    record = rules_record(text.replace("failure to store a firearm safely to protect a minor",
                                       "aggravated assault"), title="Man charged in shooting")
    assert {p.name: p for p in record.participants if p.name}["Dorian Pellworth-Vane"].role == "suspect"
    # the same charge in other words
    for charge in ("culpable negligence", "making a firearm accessible to a minor"):
        record = rules_record(text.replace(
            "failure to store a firearm safely to protect a minor", charge), title="Charged")
        owner = {p.name: p for p in record.participants if p.name}["Dorian Pellworth-Vane"]
        assert owner.role == "other", charge


def test_a_lone_surname_goes_to_the_namesake_its_sentence_gives_a_gender(rules_record):
    # Husband and wife share a surname; "his way", "He" and the arrest tell which one the
    # lone surname is.
    text = ("Police said Dario Fenwick-Asher went to a house on Elm Street at about 10 p.m. "
            "Tuesday, where his estranged wife, Greta Fenwick-Asher, 31, was staying.\n\n"
            "Fenwick-Asher forced his way in through the back door and fired several shots, "
            "police said. Greta Fenwick-Asher was shot in the leg. She was taken to a hospital.\n\n"
            "Dario Fenwick-Asher, 34, was taken into custody Wednesday. He faces a charge of "
            "malicious wounding.")
    record = rules_record(text, title="Man accused of shooting estranged wife")
    by_name = {p.name: p for p in record.participants if p.name}
    assert by_name["Greta Fenwick-Asher"].role == "victim"
    assert by_name["Dario Fenwick-Asher"].role == "suspect"



def test_a_lone_surname_is_not_an_adult_of_the_name_named_only_after_it(rules_record):
    # a child called by surname: the aunt named later is not yet anyone it could be
    text = ("A 16-year-old boy accidentally shot a 15-year-old friend in the face Saturday "
            "night, police said.\n\n"
            "Tomas Ferrandel, 15, remained in critical condition Tuesday.\n\n"
            "The bullet struck Ferrandel in the jaw.\n\n"
            "Ferrandel's aunt, Odile Ferrandel, said he had undergone two surgeries.")
    record = rules_record(text, title="Teen shot in face")
    by_name = {p.name: p for p in record.participants if p.name}
    assert by_name["Odile Ferrandel"].role != "victim"
    assert by_name["Tomas Ferrandel"].role == "victim"


def test_stopping_early_on_several_processes_ends_the_workers(tmp_path):
    # A caller that stops reading (or an error in the records' analysis) must not leave
    # spaCy's worker processes waiting forever to send a batch: the process exits.
    script = tmp_path / "stop.py"
    script.write_text(
        "from casefile.extract import Extractor\n"
        "from casefile.models import Article\n"
        "texts = ['Jo Doe, 20, was shot on Main Street on Friday, police said. ' * 20] * 120\n"
        "articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]\n"
        "records = Extractor(None).extract_many(articles, n_process=2, batch_size=4)\n"
        "for i, _ in enumerate(records):\n"
        "    if i == 3:\n"
        "        break\n"
        "records.close()\n"
        "print('stopped')\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False,
                          timeout=180)
    assert done.returncode == 0 and done.stdout.strip() == "stopped", done.stderr[-2000:]
