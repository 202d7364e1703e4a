"""merge: names cleaned and people one report lists twice folded into one."""

from __future__ import annotations

from casefile.merge import merge_records
from casefile.merge.people import clean_name, fold_report
from casefile.models import Participant, Quote, Record


def person(pid: str, name: str | None = None, **fields) -> Participant:
    fields.setdefault("role", "victim")
    return Participant(id=pid, name=name, evidence=["ev1"], **fields)


def rec(article: str, published: str, *people: Participant, quotes=()) -> Record:
    return Record(id=f"rec_{article}", articles=[article], published=published, killed=1,
                  participants=list(people), quotes=list(quotes))


def test_a_spaced_hyphen_is_closed_and_a_suffix_is_no_name() -> None:
    assert clean_name("Ann Boyd - Lee") == "Ann Boyd-Lee"
    assert clean_name("Jr.") is None and clean_name(None) is None
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "Ann Boyd - Lee")),
        rec("b", "2022-03-02", person("p1", "Ann Boyd-Lee", age=30), person("p2", "Jr."))]).record
    (ann, nobody) = merged.participants
    assert ann.name == "Ann Boyd-Lee" and ann.age == 30 and not ann.aliases
    assert nobody.name is None


def test_a_person_one_report_lists_twice_is_one() -> None:
    kept, folded = fold_report([
        person("p1", "Juan Moreno-Salas", status=["killed"]),
        person("p2", "Moreno-Salas", status=["injured"], age=40),
        person("p3", "Ruiz", role="suspect"),
    ])
    assert [p.id for p in kept] == ["p1", "p3"] and folded == {"p2": "p1"}
    assert kept[0].aliases == ["Moreno-Salas"] and kept[0].age == 40
    assert kept[0].status == ["killed", "injured"]


def test_a_surname_two_people_of_a_report_share_stays_apart() -> None:
    kept, folded = fold_report([person("p1", "John Smith"), person("p2", "Mary Smith"),
                                person("p3", "Smith"), person("p4", "Smith", role="suspect"),
                                person("p5", "Lee", role="official"),
                                person("p6", "Ann Lee", role="suspect")])
    assert not folded and len(kept) == 6


def test_quotes_of_a_folded_person_point_at_the_merged_one() -> None:
    merged = merge_records("inc_1", [rec(
        "a", "2022-03-01", person("p1", "Dan Hart"), person("p2", "Hart"),
        quotes=[Quote(speaker="p2", text="I ran")])]).record
    (dan,) = merged.participants
    assert merged.quotes[0].speaker == dan.id


def test_a_reports_named_person_goes_before_its_unnamed_one() -> None:
    suspect = {"role": "suspect", "age": 19}
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "Allen Ivan", **suspect)),
        rec("b", "2022-03-02", person("p1", description="a gunman", **suspect),
            person("p2", "Allen Ivan", role="suspect")),
    ]).record
    named = [p for p in merged.participants if p.name]
    assert len(named) == 1 and len({e.split("/")[0] for e in named[0].evidence}) == 2


def test_a_middle_name_used_as_the_first_is_the_same_person() -> None:
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "Juan Brian Lee-Clark", role="suspect")),
        rec("b", "2022-03-02", person("p1", "Brian Lee-Clark", role="suspect"),
            person("p2", "Mary Lee-Clark", role="victim")),
    ]).record
    assert [p.name for p in merged.participants] == ["Juan Brian Lee-Clark", "Mary Lee-Clark"]


def test_a_short_surname_spelt_two_ways_under_one_first_name_is_one_person() -> None:
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "Wren Daly")),
        rec("b", "2022-03-02", person("p1", "Wren Dally"), person("p2", "Otto Daly"))]).record
    (wren, otto) = merged.participants
    assert {wren.name, *wren.aliases} == {"Wren Daly", "Wren Dally"}
    assert otto.name == "Otto Daly"
    # Without a shared first name a short surname must be spelt the same.
    apart = merge_records("inc_1", [rec("a", "2022-03-01", person("p1", "Daly")),
                                    rec("b", "2022-03-02", person("p1", "Dally"))]).record
    assert len(apart.participants) == 2
