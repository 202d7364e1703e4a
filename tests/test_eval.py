"""evaluate(): metric values computed by hand on a tiny gold directory (tests/eval_gold.py)."""

from __future__ import annotations

import json

import pytest
from eval_gold import ARTICLES, INCIDENTS, FakeExtractor, person, write_gold

from casefile.errors import GoldDataError
from casefile.eval import (
    AlignmentError,
    SavedPredictions,
    bcubed,
    evaluate,
    load_gold,
    select,
    split_of,
    write_records,
)
from casefile.eval.gold import _participant
from casefile.eval.normalise import (
    city_alternatives,
    place_keys,
    surname_forms,
    surname_keys,
    surnames_agree,
)
from casefile.eval.report import f1, length_band
from casefile.eval.score import TextWords, match_people, mentioned, predicted_harm
from casefile.models import Record


@pytest.fixture
def gold_dir(tmp_path):
    return write_gold(tmp_path / "gold")


@pytest.fixture
def metrics(gold_dir):
    return evaluate(gold_dir, FakeExtractor(), split="tune").metrics()


def test_tune_split_scores_the_tune_articles(gold_dir):
    fake = FakeExtractor()
    report = evaluate(gold_dir, fake, split="tune")
    assert fake.seen == ["a1", "a2", "a3", "a4"]
    assert report.to_json()["articles"] == 4
    assert report.to_json()["incidents"] == 3


@pytest.mark.parametrize("split, expected", [("holdout", ["a5"]),
                                              ("all", ["a1", "a2", "a3", "a4", "a5"])])
def test_other_splits(gold_dir, split, expected):
    fake = FakeExtractor()
    evaluate(gold_dir, fake, split=split)
    assert fake.seen == expected


def test_limit_takes_the_first_articles(gold_dir):
    fake = FakeExtractor()
    evaluate(gold_dir, fake, split="tune", limit=2)
    assert fake.seen == ["a1", "a2"]


def test_field_accuracy(metrics):
    # killed: a2 wrong; injured: all right; date: a2 wrong; city: a4 has no location;
    # state: a2 says "IL" (not the full name), a4 none.
    assert metrics["killed"]["article"] == 0.75
    assert metrics["killed"]["incident"] == pytest.approx((0.5 + 1 + 1) / 3)
    assert metrics["injured"]["article"] == 1.0
    assert metrics["date"]["article"] == 0.75
    assert metrics["city"]["article"] == 0.75
    assert metrics["city"]["incident"] == pytest.approx(2 / 3)
    assert metrics["state"]["article"] == 0.5
    assert metrics["state"]["incident"] == pytest.approx(0.5)


def test_names(metrics):
    names = metrics["names"]
    # 8 predicted named victims/suspects; 7 matches (1 spurious Tom Green); 7 gold
    # mentioned (Jones is not in a2, White not in a3); White's match is not a recall hit.
    assert (names["true_positives"], names["predicted"], names["gold"]) == (7, 8, 7)
    assert names["precision"] == 7 / 8
    assert names["recall"] == pytest.approx(6 / 7)
    assert names["f1"] == pytest.approx(2 * (7 / 8) * (6 / 7) / (7 / 8 + 6 / 7))


def test_strict(metrics):
    # Wrong: Jones's role in a1, Smith's status in a2 (injured, gold killed).
    assert metrics["strict"]["precision"] == 5 / 8
    assert metrics["strict"]["recall"] == pytest.approx(4 / 7)


def test_attributes_of_matched_people(metrics):
    assert metrics["role"] == {"accuracy": 6 / 7, "n": 7}
    assert metrics["status"] == {"accuracy": 6 / 7, "n": 7}
    # Predicted ages: Smith 30 ok, Jones 52 (25) wrong, Lee 19 ok, White 22 ok.
    assert metrics["age"]["precision"] == 3 / 4
    # Ages written near the surname: Smith, Jones, Brown (a1), Lee (a3); 2 found.
    assert metrics["age"]["recall"] == 2 / 4
    assert metrics["gender"] == {"precision": 1.0, "coverage": 3 / 7, "n_predicted": 3,
                                 "n_gold": 7}


def test_grouping_bcubed(metrics):
    # r1 = {a1, a2, a4}, r3 = {a3}; gold {a1, a2}, {a3}, {a4}.
    grouping = metrics["grouping"]
    assert grouping["precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 + 1 / 3) / 4)
    assert grouping["recall"] == 1.0
    assert grouping["f1"] == pytest.approx(0.8)
    assert (grouping["predicted_clusters"], grouping["gold_clusters"]) == (2, 3)


@pytest.mark.parametrize("words, band", [(0, "0-299"), (299, "0-299"), (300, "300-699"),
                                         (1399, "700-1399"), (1400, "1400+"), (9000, "1400+")])
def test_length_bands(words, band):
    assert length_band(words) == band


def test_breakdown_by_length(metrics):
    # Every fixture article is a short brief: one band, whose figures are the overall ones.
    assert list(metrics["by_length"]) == ["0-299"]
    band = metrics["by_length"]["0-299"]
    assert band["articles"] == 4
    assert band["killed"] == metrics["killed"]["article"]
    assert band["names"] == metrics["names"]


def test_bcubed_of_singletons():
    assert bcubed(["x", "y", "z"], ["g", "g", "h"]) == (1.0, pytest.approx((0.5 + 0.5 + 1) / 3))


def test_failures_say_what_failed(gold_dir):
    lines = {f["article_id"]: f for f in evaluate(gold_dir, FakeExtractor(),
                                                  split="tune").failures()}
    assert lines["a1"]["failed"] == ["names", "role", "age"]
    assert lines["a1"]["names"]["spurious"] == ["Tom Green"]
    assert lines["a2"]["failed"] == ["killed", "date", "state", "status"]
    assert lines["a3"]["failed"] == []
    assert lines["a4"]["names"]["missed"] == ["Dan Fox"]
    assert lines["a2"]["gold"]["date"] == "2015-01-05"
    assert lines["a2"]["predicted"]["participants"][0]["status"] == ["injured"]
    json.dumps(lines)  # every line is JSON-serialisable


@pytest.mark.parametrize("status, expected", [
    ("Killed", ("killed", False)),
    ("Injured, Arrested", ("injured", True)),
    ("Unharmed, Arrested", ("unharmed", True)),
    ("Killed, Unharmed, Arrested", ("killed", True)),
    ("Arrested", ("unharmed", True)),
    (None, (None, False)),
])
def test_gold_status_mapping(status, expected):
    gold = _participant({"name": "X Y", "type": "Victim", "status": status}, "here")
    assert (gold.harm, gold.arrested) == expected


@pytest.mark.parametrize("name,kept", [
    ("Officer", None), ("Agent", None), ("53", None), ("Unborn child", None),
    ("Officer Dale Pruett", "Officer Dale Pruett"), ("Reign", "Reign"), ("Amy Child", "Amy Child"),
])
def test_placeholder_gold_names_are_no_names(name, kept):
    # The archive writes "53" or "Officer" where it has no name: that person is unnamed,
    # so no report can be asked to name them (names recall) nor match them.
    assert _participant({"name": name, "type": "Victim", "status": "Injured"}, "").name == kept


@pytest.mark.parametrize("status, expected", [
    ([], ("unharmed", False)),
    (["killed", "injured"], ("killed", False)),
    (["injured", "charged"], ("injured", True)),
    (["convicted"], ("unharmed", True)),
    (["released"], ("unharmed", False)),
])
def test_predicted_status_mapping(status, expected):
    assert predicted_harm(person("p", "X", "suspect", status)) == expected


@pytest.mark.parametrize("left, right, agree", [
    ("Sean Malet", "Sean Mallet", True),          # one letter added
    ("Dana Thompkins", "Dana Tompkins", True),
    ("Lee Linsomb", "Lee Linscomb", True),
    ("Ann Stoner", "Ann Stoenr", True),             # two neighbours swapped
    ("Kiana Bowden", "Kiana Grant-Bowden", True),  # a part of a compound
    ("Ann Gale Moss", "Ann Gale-Moss", True),
    ("Frank Hernando", "Frank Fernando", False),  # not the first letter
    ("Billy Wilkins", "Billy Wilkin", False),     # not an "s" alone
    ("Ann Cole", "Ann Cale", False),                # too short to differ
    ("Ann Moss", "Ann Mills", False),
])
def test_surnames_agree(left, right, agree):
    assert surnames_agree(surname_forms(left), surname_forms(right)) is agree
    assert surnames_agree(surname_forms(right), surname_forms(left)) is agree


def test_a_gold_name_spelt_otherwise_is_mentioned_only_as_a_name():
    gold = _participant({"name": "Dennis Ather", "type": "Victim", "status": "Killed"}, "")
    assert not mentioned(gold, TextWords.of("Rather than wait, his father fled."))
    assert mentioned(gold, TextWords.of("Police named the man as Dennis Atther, 41."))
    assert not mentioned(gold, TextWords.of("POLICE NAMED HIM AS DENNIS ATTHER."))
    assert mentioned(gold, TextWords.of("DENNIS ATHER, 41, DIED."))  # spelt alike


@pytest.mark.parametrize("name, keys", [
    ("John Smith", {"smith"}),
    ('Tony "Red"  Colburn', {"colburn"}),
    ("Rowland Floyd  Patterson III", {"patterson"}),
    ("Ismael Moreno Jr.", {"moreno"}),
    ("Carla Lask AKA Carla Rhodin", {"lask", "rhodin"}),
    ("Tim O’Sullivan", {"osullivan"}),
    (None, set()),
])
def test_surname_keys(name, keys):
    assert surname_keys(name) == keys


@pytest.mark.parametrize("gold, predicted, ok", [
    ("Chicago (Rogers Park)", "Chicago", True),
    ("Chicago (Rogers Park)", "Rogers Park", True),
    ("Franklin County", "Franklin", True),
    ("Franklin", "Franklin County", True),
    ("Brown (county)", "Brown County", True),
    ("Saint Louis", "St. Louis", True),
    ("New York (Manhattan)", "New York City", True),
    ("Chicago", "Evanston", False),
    ("Oak’s Hill", "Oaks Hill", True),
    ("Oaks Hill", "Oak's Hill", True),
])
def test_city_matching(gold, predicted, ok):
    assert bool(place_keys(predicted) & city_alternatives(gold)) is ok


def test_namesakes_matched_by_first_name():
    gold = [_participant({"name": "Anton Hollis", "type": "Victim", "status": "Killed"}, ""),
            _participant({"name": "Joel Hollis", "type": "Subject-Suspect",
                          "status": "Killed"}, "")]
    predicted = [person("p1", "Joel Hollis", "suspect", []),
                 person("p2", "Anton Hollis", "victim", [])]
    assert match_people(predicted, gold) == [(0, 1), (1, 0)]


def test_f1_with_nothing_predicted():
    assert f1(None, 0.0) == 0.0
    assert f1(None, None) is None


def test_split_is_stable_and_about_a_fifth():
    ids = [str(n) for n in range(5000)]
    holdout = sum(split_of(i) == "holdout" for i in ids)
    assert 0.17 < holdout / len(ids) < 0.23
    assert [split_of(i) for i in ids[:50]] == [split_of(i) for i in ids[:50]]
    assert split_of("2") == "tune" and split_of("1") == "holdout"


def test_select_rejects_unknown_split(gold_dir):
    with pytest.raises(ValueError):
        select(load_gold(gold_dir), "train")


def test_an_article_listed_under_two_incidents_is_scored_twice(tmp_path):
    articles = ARTICLES + [dict(ARTICLES[3], incident_id="5")]
    gold = load_gold(write_gold(tmp_path / "g", articles=articles))
    assert [a.id for a in select(gold, "tune")] == ["a1", "a2", "a3", "a4", "a4"]


@pytest.mark.parametrize("which, line, content, message", [
    ("articles.jsonl", 2, "{not json", "not valid JSON"),
    ("articles.jsonl", 3, json.dumps({"article_id": "z", "text": "t"}), "missing incident_id"),
    ("articles.jsonl", 1, json.dumps({"article_id": "z", "incident_id": "99", "text": "t"}),
     "incident 99 is not in incidents.jsonl"),
    ("incidents.jsonl", 2, json.dumps(dict(INCIDENTS[0], incident_id="9", date="2015-01-05")),
     "is not like 'February 3, 2014'"),
    ("incidents.jsonl", 1, json.dumps(dict(INCIDENTS[0], num_killed="two")), "num_killed"),
    ("incidents.jsonl", 3, "[1, 2]", "expected a JSON object"),
])
def test_malformed_lines_name_file_and_line(tmp_path, which, line, content, message):
    root = write_gold(tmp_path / "g")
    path = root / which
    rows = path.read_text().splitlines()
    rows[line - 1] = content
    path.write_text("\n".join(rows) + "\n")
    with pytest.raises(GoldDataError, match=rf"{which}:{line}: .*{message}"):
        load_gold(root)


def test_missing_files(tmp_path):
    with pytest.raises(GoldDataError, match="no such directory"):
        load_gold(tmp_path / "absent")
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldDataError, match="incidents.jsonl: no such file"):
        load_gold(tmp_path / "empty")


def test_misaligned_records_are_refused(gold_dir):
    class Shifted(FakeExtractor):
        def extract(self, article):
            return self.records["a1"]

    with pytest.raises(AlignmentError, match="expected article a2"):
        evaluate(gold_dir, Shifted(), split="tune")


def test_too_few_records_are_refused(gold_dir):
    class Short:
        def extract_many(self, articles, n_process=1):
            return iter([Record(id="r", articles=[])])

    with pytest.raises(AlignmentError, match="one record per article"):
        evaluate(gold_dir, Short(), split="tune")


def test_saved_predictions_score_the_same(gold_dir, tmp_path):
    kept: list[Record] = []
    first = evaluate(gold_dir, FakeExtractor(), split="tune", keep_records=kept)
    write_records(kept, tmp_path / "pred.jsonl")
    again = evaluate(gold_dir, SavedPredictions(tmp_path / "pred.jsonl"), split="tune")
    assert again.metrics() == first.metrics()


def test_progress_is_reported(gold_dir):
    seen = []
    evaluate(gold_dir, FakeExtractor(), split="tune", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
