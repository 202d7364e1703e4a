"""The readable case file: facts, people, quotes and conflicts, each with its evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.models import (
    Article,
    Conflict,
    ConflictValue,
    Event,
    Evidence,
    Location,
    Participant,
    Quote,
    Record,
)
from casefile.render import render_text

TEXT = (
    "Mother killed in Kensal Vale attack\n\n"
    "Dana Kowalski, 43, was stabbed in Kensal Vale, north London, on 24 January. "
    "The suspect, Mark Dorsey, 41, was hit by a car and died. "
    "Ms Kowalksi's son said: \"She was kind to everyone.\" "
    "Dorsey, 38, had been released from prison."
)


def span(article: Article, text: str, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(text, start + 1)
    return Evidence(article=article.id, start=start, end=start + len(text), text=text)


@pytest.fixture
def article() -> Article:
    return Article.make(TEXT, title="Mother killed in Kensal Vale attack",
                        published=dt.date(2022, 1, 25), source="story.txt")


@pytest.fixture
def record(article: Article) -> Record:
    ev = {
        "ev1": span(article, "Dana Kowalski, 43"),
        "ev2": span(article, "was stabbed"),
        "ev3": span(article, "Mark Dorsey, 41"),
        "ev4": span(article, "hit by a car and died"),
        "ev5": span(article, "on 24 January"),
        "ev6": span(article, "Kensal Vale, north London"),
        "ev7": span(article, "She was kind to everyone."),
        "ev8": span(article, "Kowalksi"),
        "ev9": span(article, "Dorsey, 38"),
    }
    return Record(
        id="inc_test", articles=[article.id], title=article.title, published="2022-01-25",
        incident_type="stabbing", methods=["stabbing", "vehicle"],
        date="2022-01-24", date_text="24 January", date_evidence=["ev5"],
        location=Location(text="Kensal Vale, north London", place="Kensal Vale", city="London",
                          country="GB", evidence=["ev6"]),
        killed=2, injured=0,
        participants=[
            Participant(id="p1", name="Dana Kowalski", age=43, gender="female", role="victim",
                        status=["killed"], evidence=["ev1", "ev2"],
                        events=[Event(type="killed", date="2022-01-24", evidence=["ev2"])]),
            Participant(id="p2", name="Mark Dorsey", aliases=["Dorsey"], age=41,
                        gender="male", role="suspect", status=["killed"],
                        events=[Event(type="killed", evidence=["ev4"])], evidence=["ev3"]),
            Participant(id="p3", description="her son", role="relative"),
        ],
        quotes=[Quote(speaker="p3", text="She was kind to everyone.",
                      evidence=["ev7"])],
        conflicts=[
            Conflict(participant="p2", field="age", kind="value",
                     values=[ConflictValue(value=41, evidence=["ev3"]),
                             ConflictValue(value=38, evidence=["ev9"])]),
            Conflict(participant="p1", field="name", kind="spelling",
                     values=[ConflictValue(value="Kowalski", evidence=["ev1"]),
                             ConflictValue(value="Kowalksi", evidence=["ev8"])]),
        ],
        evidence=ev,
    )


def test_incident_facts(record, article):
    out = render_text(record, article)
    assert out.startswith("Mother killed in Kensal Vale attack\n")
    assert "stabbing" in out and "vehicle" in out
    assert "2022-01-24" in out and "“24 January”" in out
    assert "Kensal Vale, north London" in out and "GB" in out
    assert "Killed:   2" in out and "Injured:  0" in out


def test_people_with_their_facts(record, article):
    out = render_text(record, article)
    for fact in ("Dana Kowalski", "victim", "female", "age 43", "Mark Dorsey", "suspect",
                 "also called: Dorsey", "her son", "relative", "killed on 2022-01-24"):
        assert fact in out, fact
    assert out.index("Dana Kowalski —") < out.index("Mark Dorsey —") < out.index("her son")


def test_evidence_shown_as_sentence_with_span_marked(record, article):
    out = " ".join(render_text(record, article).split())  # undo wrapping
    # The span is bracketed inside the sentence it came from.
    assert "“[Dana Kowalski, 43], was stabbed in Kensal Vale, north London, on 24 January.”" in out
    assert "“Dana Kowalski, 43, [was stabbed] in Kensal Vale, north London, on 24 January.”" in out
    assert "“The suspect, [Mark Dorsey, 41], was hit by a car and died.”" in out
    assert "“The suspect, Mark Dorsey, 41, was [hit by a car and died].”" in out


def test_quotes_name_their_speaker(record, article):
    out = render_text(record, article)
    assert "her son (p3): “She was kind to everyone.”" in out


def test_conflicts_list_each_value_with_evidence(record, article):
    out = " ".join(render_text(record, article).split())
    assert "Mark Dorsey (p2) — age, different values:" in out
    assert "41 “The suspect, [Mark Dorsey, 41]" in out
    assert "38 “[Dorsey, 38], had been released from prison.”" in out
    assert "Dana Kowalski (p1) — name, spelled differently:" in out
    assert "'Kowalksi' “Ms [Kowalksi]'s son said: \"She was kind to everyone.\"”" in out


def test_nearly_empty_record(article):
    out = render_text(Record(id="inc_x", articles=[article.id]), article)
    assert "Mother killed in Kensal Vale attack" in out  # the article's title
    assert "unknown" in out and "none found" in out


def test_untitled_and_dangling_evidence(article):
    bare = article.model_copy(update={"title": ""})
    record = Record(
        id="inc_x", articles=[bare.id],
        participants=[Participant(id="p1", evidence=["ev1", "ev404"])],
        evidence={"ev1": Evidence(article="other-article", start=0, end=5, text="Hello")},
    )
    out = render_text(record, bare)
    assert "(untitled)" in out
    assert "unnamed person p1" in out
    assert "“Hello”" in out  # from another article: shown as stored
    assert "ev404" in out


def test_long_sentence_is_cut_near_the_span():
    text = "word " * 400 + "the key fact here " + "word " * 400
    art = Article.make(text)
    start = text.index("the key fact")
    record = Record(id="inc_x", articles=[art.id], date_evidence=["ev1"], evidence={
        "ev1": Evidence(article=art.id, start=start, end=start + 12, text="the key fact")})
    out = " ".join(render_text(record, art).split())
    assert "“…word word" in out and "[the key fact] here word" in out and " word…”" in out
    assert len(out) < 1500


def test_whole_sentence_span_stays_in_its_sentence(article):
    start = article.text.index("The suspect")
    end = article.text.index("Ms Kowalksi")  # the sentence and the space after it
    record = Record(
        id="inc_x", articles=[article.id],
        participants=[Participant(id="p1", evidence=["ev1"])],
        quotes=[Quote(text="Hello.")],
        evidence={"ev1": Evidence(article=article.id, start=start, end=end,
                                  text=article.text[start:end])},
    )
    out = " ".join(render_text(record, article).split())
    assert "“[The suspect, Mark Dorsey, 41, was hit by a car and died.]”" in out
    assert "unknown speaker: “Hello.”" in out
