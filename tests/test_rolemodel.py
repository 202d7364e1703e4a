"""The role model: its features, its training code, the shipped weights and the merge rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import numpy as np
import pytest

from casefile.errors import ModelError
from casefile.extract import extract_article
from casefile.extract.attributes import set_name_ages
from casefile.extract.mentions import find_mentions
from casefile.extract.people import group_names
from casefile.extract.pipeline import load_nlp
from casefile.extract.rolemodel import (
    HARMS,
    ROLES,
    Prediction,
    RoleModel,
    final_role,
    final_statuses,
    person_cues,
    person_features,
    predict,
    predicting_with,
)
from casefile.extract.rolemodel.features import N_FEATURES, vectorise
from casefile.extract.rolemodel.model import N_OUT
from casefile.extract.rolemodel.train import Example, Settings, fit, out_of_fold, per_class
from casefile.models import Article

TEXT = ("John Smith, 34, was shot and killed outside his home on Main Street on Saturday. "
        "Police arrested Mark Jones on Sunday and charged him with murder. "
        "\"We are heartbroken,\" said Mary Brown, a neighbor.")


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def _people(doc):
    mentions = find_mentions(doc)
    set_name_ages(doc, mentions)
    return {p.surname: p for p in group_names(doc, [m for m in mentions if m.kind == "name"])}


def test_features_hold_the_grammar_around_each_mention(doc):
    people = _people(doc)
    smith = person_features(doc, people["smith"])
    jones = person_features(doc, people["jones"])
    assert "dep:nsubjpass:shoot" in smith
    assert "verb:shoot:pass" in smith
    assert "cue:role:victim:strong" in smith
    assert "dep:dobj:arrest" in jones
    assert "cue:status:arrested" in jones
    assert "rule:suspect" in jones
    assert "speaker" in person_features(doc, people["brown"])
    assert smith == sorted(set(smith))


def test_features_are_stable_and_side_effect_free(doc):
    people = _people(doc)
    person = people["smith"]
    mentions_before = list(person.mentions)
    first = person_features(doc, person)
    again = person_features(doc, person, person_cues(person))
    assert first == again
    assert person.mentions == mentions_before
    index, value = vectorise(first)
    assert index.dtype == np.int64 and (index < N_FEATURES).all()
    assert np.isclose(float(value @ value), 1.0)
    assert vectorise([])[0].size == 0


def _fixture_examples(doc):
    people = _people(doc)
    labels = {"smith": ("victim", "killed", False), "jones": ("suspect", "unharmed", True),
              "brown": ("other", None, None)}
    examples = []
    for copy in range(4):  # four "incidents" of the same article
        for surname, (role, harm, arrested) in labels.items():
            examples.append(Example(features=person_features(doc, people[surname]),
                                    group=f"incident-{copy}", role=role, harm=harm,
                                    arrested=arrested))
    return examples


def test_training_on_a_tiny_fixture_gives_a_loadable_model(doc, tmp_path):
    examples = _fixture_examples(doc)
    settings = Settings(epochs=40, folds=2)
    model = fit(examples, settings)
    model.save(tmp_path)
    loaded = RoleModel.load(tmp_path)
    assert json.loads((tmp_path / "meta.json").read_text())["roles"] == list(ROLES)
    people = _people(doc)
    smith = predict(doc, people["smith"], model=loaded)
    jones = predict(doc, people["jones"], model=loaded)
    brown = predict(doc, people["brown"], model=loaded)
    assert (smith.role, jones.role, brown.role) == ("victim", "suspect", "other")
    assert smith.harm == "killed" and jones.arrested > 0.5
    again = fit(examples, settings)
    assert np.array_equal(again.weights, model.weights)  # deterministic
    logits = out_of_fold(examples, settings)
    assert logits.shape == (len(examples), N_OUT)
    assert set(per_class(examples, logits)["role"]) == {*ROLES, "accuracy"}


def test_the_role_head_does_not_read_the_rules_cues():
    # Two people alike but for the rules' cue: the role head cannot tell them apart, the
    # harm head can (features.ROLE_BLIND).
    examples = [Example(features=["bias", "w:shoot", f"cue:role:{role}:strong"], group=str(i),
                        role=role, harm=harm)
                for i, (role, harm) in enumerate([("victim", "killed"), ("other", None),
                                                  ("suspect", "unharmed")] * 3)]
    model = fit(examples, Settings(epochs=60))
    victim = model.predict_vector(*vectorise(["bias", "w:shoot", "cue:role:victim:strong"]))
    suspect = model.predict_vector(*vectorise(["bias", "w:shoot", "cue:role:suspect:strong"]))
    assert victim.role_probs == pytest.approx(suspect.role_probs)
    assert (victim.harm, suspect.harm) == ("killed", "unharmed")


def test_a_missing_or_foreign_model_is_a_model_error(tmp_path):
    with pytest.raises(ModelError):
        RoleModel.load(tmp_path)
    (tmp_path / "meta.json").write_text(json.dumps({"format": "other"}))
    np.savez(tmp_path / "weights.npz", weights=np.zeros((2, 2)), bias=np.zeros(2))
    with pytest.raises(ModelError):
        RoleModel.load(tmp_path)


def test_the_shipped_model_loads_and_gives_probabilities(doc):
    model = RoleModel.load()
    assert model is RoleModel.load()  # cached
    for person in _people(doc).values():
        prediction = predict(doc, person)
        assert set(prediction.role_probs) == set(ROLES)
        assert set(prediction.harm_probs) == set(HARMS)
        assert sum(prediction.role_probs.values()) == pytest.approx(1.0)
        assert sum(prediction.harm_probs.values()) == pytest.approx(1.0)
        assert 0.0 <= prediction.arrested <= 1.0


def _prediction(role: dict[str, float], harm: str = "killed", arrested: float = 0.0):
    harms = {h: 0.8 if h == harm else 0.1 for h in HARMS}
    return Prediction(role_probs=role, harm_probs=harms, arrested=arrested)


def test_final_role_promotes_demotes_and_keeps_other_roles():
    sure_victim = _prediction({"victim": 0.7, "suspect": 0.1, "other": 0.2})
    unsure = _prediction({"victim": 0.4, "suspect": 0.3, "other": 0.3})
    other = _prediction({"victim": 0.35, "suspect": 0.1, "other": 0.55})
    very_other = _prediction({"victim": 0.2, "suspect": 0.1, "other": 0.7})
    assert final_role("other", sure_victim) == "victim"
    # The model says whether the person took part; a strong cue of the rules which side
    # they were on.
    assert final_role("suspect", sure_victim) == "suspect"
    assert final_role("suspect", sure_victim, strong=False) == "victim"
    # The likeliest role wins however unsure (ROLE_THRESHOLD is 0), unless a floor is given.
    assert final_role("official", unsure) == "victim"
    assert final_role("official", unsure, threshold=0.5) == "official"
    assert final_role("other", other) == "other"
    assert final_role("victim", other) == "victim"  # below the demote threshold
    assert final_role("victim", very_other) == "other"
    assert final_role("official", very_other) == "official"


def test_final_statuses_take_the_model_harm_and_add_a_missing_arrest(doc):
    people = _people(doc)
    person = people["jones"]
    statuses = {c.value: c for c in person_cues(person) if c.kind == "status"}
    assert "arrested" in statuses
    out = final_statuses(statuses, person, "suspect", _prediction({}, "injured", 0.9))
    assert next(iter(out)) == "injured" and "arrested" in out and "charged" in out
    assert out["arrested"] is statuses["arrested"]
    smith = people["smith"]
    out = final_statuses({}, smith, "victim", _prediction({}, "unharmed", 0.7))
    assert set(out) == {"arrested"}
    assert final_statuses({}, smith, "other", _prediction({}, "killed", 0.9)) == {}


def test_the_dead_keep_an_arrest_only_when_the_model_says_so(doc):
    jones = _people(doc)["jones"]
    statuses = {c.value: c for c in person_cues(jones) if c.kind == "status"}
    assert {"arrested", "charged"} <= set(statuses)
    # "Police arrested Mark Jones": an arrest the text tells of the name itself holds him
    # alive against a death the model guessed
    held = final_statuses(statuses, jones, "suspect", _prediction({}, "killed", 0.1))
    assert "killed" not in held and {"arrested", "charged"} <= set(held)
    # a weaker cue (read from a sentence that only names him) gives way to the model
    weak = {k: dataclasses.replace(c, strong=False) for k, c in statuses.items()}
    dead_free = final_statuses(weak, jones, "victim", _prediction({}, "killed", 0.1))
    assert set(dead_free) == {"killed"}
    dead_held = final_statuses(weak, jones, "victim", _prediction({}, "killed", 0.8))
    assert {"killed", "arrested", "charged"} <= set(dead_held)
    alive = final_statuses(weak, jones, "suspect", _prediction({}, "unharmed", 0.1))
    assert {"arrested", "charged"} <= set(alive)  # the living keep the rules' legal steps


def test_predicting_with_answers_for_the_shipped_model(doc):
    person = _people(doc)["smith"]
    fixed = _prediction({"victim": 0.1, "suspect": 0.8, "other": 0.1}, "injured", 0.9)
    with predicting_with(lambda d, p, c: fixed):
        assert predict(doc, person) is fixed
    assert predict(doc, person) is not fixed


HARM_TEXT = ("Tom Baker was shot by Paul Gray and is in stable condition. "
             "Gray remains at large. Officers arrested Sam Hill, who later died at the hospital.")


def test_features_hold_phrases_near_the_mention_and_the_verbs_part():
    doc = load_nlp()(HARM_TEXT)
    people = _people(doc)
    baker, gray = person_features(doc, people["baker"]), person_features(doc, people["gray"])
    hill = person_features(doc, people["hill"])
    assert "gv:patient:harm" in baker and "ph:stable:after" in baker
    assert "phnear:stable" not in baker  # another person is named between
    assert "gv:agent:harm" in gray and "phnear:at_large" in gray
    assert "gv:patient:arrest" in hill and "phnear:died_later" in hill


def test_features_hold_what_the_article_and_its_headline_say():
    nlp = load_nlp()
    text = ("Three people were injured in a shooting on Friday. Police said John Smith, 20, "
            "was taken to a hospital.")
    doc = nlp(text)
    doc.user_data["casefile_title"] = "John Smith among 3 hurt in shooting"
    smith = person_features(doc, _people(doc)["smith"])
    assert "art:stated:injured:3-4" in smith
    assert "art:head:injured:3-4" in smith
    assert "art:kh:0:3-4" in smith  # nobody said to have died
    assert "in_title" in smith
    # Without a headline only the body's numbers speak.
    bare = nlp(text)
    plain = person_features(bare, _people(bare)["smith"])
    assert "art:head:injured:0" in plain and "in_title" not in plain


RANK_TEXT = ("Ann Lee was shot on Friday. Lee was taken to a hospital, and Lee died there. "
             "Police arrested Bob Cole. \"It is sad,\" said Sheriff Tim Ward.")


def test_features_rank_the_person_among_the_people_the_article_names():
    doc = load_nlp()(RANK_TEXT)
    people = _people(doc)
    lee, ward = person_features(doc, people["lee"]), person_features(doc, people["ward"])
    assert "rank:count:0" in lee and "rank:first:0" in lee  # named most and first
    assert "rank:count:0" not in ward and "rank:first:0" not in ward
    assert any(f.startswith("named_people:") for f in lee)


@pytest.mark.parametrize("sentence, kept", [
    ("Dale Okafor was wounded in the leg.", True),
    ("Dale Okafor was treated for a gunshot wound.", True),
    ("Dale Okafor was shot but survived.", True),
    ("Dale Okafor was shot in the chest.", False),  # the dead are shot too
])
def test_a_text_that_says_the_victim_lived_keeps_the_injury_over_a_model_death(sentence, kept):
    doc = load_nlp()(sentence)
    okafor = _people(doc)["okafor"]
    statuses = {c.value: c for c in person_cues(okafor) if c.kind == "status"}
    assert set(statuses) == {"injured"}
    out = final_statuses(statuses, okafor, "victim", _prediction({}, "killed", 0.1))
    assert set(out) == ({"injured"} if kept else {"killed"})


@pytest.mark.parametrize("sentence, kept", [
    ("Dale Okafor was also shot by a neighbor.", True),  # the name's own passive
    ("Police shot Dale Okafor in the leg.", False),  # an object: the model decides
])
def test_a_name_said_to_be_shot_keeps_the_injury_over_a_model_unharmed(sentence, kept):
    doc = load_nlp()(sentence)
    okafor = _people(doc)["okafor"]
    statuses = {c.value: c for c in person_cues(okafor) if c.kind == "status"}
    assert set(statuses) == {"injured"}
    out = final_statuses(statuses, okafor, "suspect", _prediction({}, "unharmed", 0.1))
    assert set(out) == ({"injured"} if kept else set())


def test_a_model_death_beyond_the_dead_the_text_states_is_not_taken():
    # "one man was killed" and the rules found him dead: the model's second death is a guess
    text = ("One man was killed in a shooting on Birch Street on Friday. Jo Tresk died at the "
            "scene. Police said Ann Okafor, his sister, was shot in the arm.")
    everyone_dead = _prediction({"victim": 0.8, "suspect": 0.1, "other": 0.1}, "killed")
    with predicting_with(lambda d, p, c: everyone_dead):
        record = extract_article(Article(id="m", text=text, published=dt.date(2020, 1, 8)))
    people = {p.name: p for p in record.participants}
    assert people["Jo Tresk"].status == ["killed"]
    assert people["Ann Okafor"].status == ["injured"]
    assert record.killed == 1


def test_a_headline_of_recovery_denies_a_death_the_model_alone_gives():
    text = ("Police said Laura Tresk, 1, was shot in the head by a stray bullet inside a home on "
            "Birch Street. Neighbors said the street has seen two killings this year.")
    everyone_dead = _prediction({"victim": 0.8, "suspect": 0.1, "other": 0.1}, "killed")
    with predicting_with(lambda d, p, c: everyone_dead):
        record = extract_article(Article(id="m", title="Newborn faces long recovery after "
                                         "stray bullet", text=text, published=dt.date(2020, 1, 8)))
    tresk = next(p for p in record.participants if p.name == "Laura Tresk")
    assert "killed" not in tresk.status


def test_build_takes_only_the_articles_whose_ids_match(tmp_path):
    """`--extra-ids`: examples of another gold folder only from the parts named."""
    from casefile.extract.rolemodel.train import build

    texts = {"x001": "Jo Pell, 30, was shot and killed on Elm Street on Saturday, police said.",
             "y001": "Al Roe, 41, was shot and wounded on Oak Street on Sunday, police said."}
    with open(tmp_path / "articles.jsonl", "w") as arts, \
            open(tmp_path / "incidents.jsonl", "w") as incs:
        for aid, text in texts.items():
            arts.write(json.dumps({"article_id": aid, "incident_id": aid, "title": "",
                                   "published": "2016-05-02", "url": "", "text": text}) + "\n")
            name, status = ("Jo Pell", "Killed") if aid == "x001" else ("Al Roe", "Injured")
            incs.write(json.dumps({
                "incident_id": aid, "date": "May 1, 2016", "state": "Ohio",
                "city_or_county": "Dayton", "address": "", "num_killed": int(status == "Killed"),
                "num_injured": int(status == "Injured"), "categories": [],
                "participants": [{"type": "Victim", "status": status, "name": name,
                                  "age": "", "gender": ""}]}) + "\n")
    examples, runs = build(tmp_path, "all", ids=r"x\d{3}")
    assert [run.article.id for run in runs] == ["x001"]
    assert [e.key[0] for e in examples] == ["x001"] and examples[0].role == "victim"
