"""A tiny hand-made gold directory and fake extractor for the eval tests."""

from __future__ import annotations

import json
from pathlib import Path

from casefile.models import Article, Location, Participant, Record

# Incident ids "2", "5", "6" fall in the tune split and "1" in the holdout (split_of).
INCIDENTS = [
    {"incident_id": "2", "date": "January 5, 2015", "state": "Illinois",
     "city_or_county": "Chicago (Englewood)", "address": "", "num_killed": 1, "num_injured": 1,
     "participants": [
         {"name": "John Smith", "type": "Victim", "status": "Killed", "age": "30",
          "gender": "Male"},
         {"name": "Mary Jones", "type": "Victim", "status": "Injured", "age": "25",
          "gender": "Female"},
         {"name": "Bob Brown Jr.", "type": "Subject-Suspect", "status": "Unharmed, Arrested",
          "age": "40", "gender": "Male"},
         {"type": "Victim", "status": "Injured", "age": "17", "gender": "Male"}],
     "categories": []},
    {"incident_id": "5", "date": "March 2, 2016", "state": "Ohio",
     "city_or_county": "Franklin County", "address": "", "num_killed": 0, "num_injured": 2,
     "participants": [
         {"name": "Ann Lee", "type": "Victim", "status": "Injured", "age": "19",
          "gender": "Female"},
         {"name": "Carl White", "type": "Subject-Suspect", "status": "Injured, Arrested",
          "age": "22", "gender": "Male"}],
     "categories": []},
    {"incident_id": "6", "date": "July 4, 2017", "state": "Texas", "city_or_county": "Houston",
     "address": "", "num_killed": 2, "num_injured": 0,
     "participants": [{"name": "Dan Fox", "type": "Subject-Suspect", "status": "Killed",
                       "gender": "Male"}],
     "categories": []},
    {"incident_id": "1", "date": "May 1, 2014", "state": "Iowa", "city_or_county": "Ames",
     "address": "", "num_killed": 1, "num_injured": 0, "participants": [], "categories": []},
]

ARTICLES = [
    {"article_id": "a1", "incident_id": "2", "title": "Man killed", "published": "2015-01-06",
     "url": None, "text": "John Smith, 30, was killed on Monday in Englewood. Mary Jones, 25, "
     "was wounded. Police arrested Bob Brown Jr., 40, at the scene."},
    {"article_id": "a2", "incident_id": "2", "title": "Charges", "published": "2015-01-09",
     "url": None, "text": "Smith died at the hospital. Brown was charged with murder."},
    {"article_id": "a3", "incident_id": "5", "title": "Two hurt", "published": "2016-03-03",
     "url": None, "text": "Ann Lee, 19, was shot and wounded in Franklin County."},
    {"article_id": "a4", "incident_id": "6", "title": "Standoff", "published": "2017-07-05",
     "url": None, "text": "Police said Dan Fox killed a man before he was shot dead."},
    {"article_id": "a5", "incident_id": "1", "title": "Ames", "published": "2014-05-02",
     "url": None, "text": "A man was shot dead in Ames."},
]


def person(pid: str, name: str | None, role: str, status: list[str], age: int | None = None,
           gender: str | None = None) -> Participant:
    return Participant(id=pid, name=name, role=role, status=status, age=age, gender=gender)


def records() -> dict[str, Record]:
    """Hand-made predictions, one per article id (expected scores: test_eval.py)."""
    return {
        "a1": Record(id="r1", articles=["a1"], killed=1, injured=1, date="2015-01-05",
                     location=Location(text="Chicago", city="Chicago", region="Illinois"),
                     participants=[
                         person("p1", "John Smith", "victim", ["killed"], 30, "male"),
                         person("p2", "Mary Jones", "suspect", ["injured"], 52, "female"),
                         person("p3", "Bob Brown", "suspect", ["charged"]),
                         person("p4", "Tom Green", "victim", []),
                         person("p5", "Officer Ray", "official", []),
                         person("p6", None, "victim", ["injured"]),
                     ]),
        "a2": Record(id="r1", articles=["a2"], killed=0, injured=1, date=None,
                     location=Location(text="Englewood", place="Englewood", region="IL"),
                     participants=[
                         person("p1", "Smith", "victim", ["injured"]),
                         person("p2", "Brown", "suspect", ["arrested", "convicted"]),
                     ]),
        "a3": Record(id="r3", articles=["a3"], killed=0, injured=2, date="2016-03-02",
                     location=Location(text="Franklin", city="Franklin", region="ohio"),
                     participants=[
                         person("p1", "Ann Lee", "victim", ["injured"], 19, "female"),
                         person("p2", "Carl White", "suspect", ["injured", "arrested"], 22),
                     ]),
        "a4": Record(id="r1", articles=["a4"], killed=2, injured=0, date="2017-07-04"),
        "a5": Record(id="r5", articles=["a5"], killed=1, date="2014-05-01",
                     location=Location(text="Ames", city="Ames", region="Iowa")),
    }


class FakeExtractor:
    """Answers each article with its hand-made record."""

    def __init__(self) -> None:
        self.records = records()
        self.seen: list[str] = []

    def extract(self, article: Article) -> Record:
        self.seen.append(article.id)
        return self.records[article.id]


def write_gold(root: Path, incidents: list[dict] | None = None,
               articles: list[dict] | None = None) -> Path:
    """Write the gold directory under root and return it."""
    root.mkdir(parents=True, exist_ok=True)
    for name, rows in (("incidents.jsonl", INCIDENTS if incidents is None else incidents),
                       ("articles.jsonl", ARTICLES if articles is None else articles)):
        (root / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return root
