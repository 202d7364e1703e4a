"""merge: one incident record from its reports' records, people across reports, conflicts."""

from __future__ import annotations

from typing import Any

from casefile.merge import merge_records
from casefile.models import (
    Article,
    Conflict,
    ConflictValue,
    Event,
    Evidence,
    Location,
    Participant,
    Record,
)


def rec(article: str, published: str, *people: Participant, killed: int = 1,
        injured: int = 0, date: str | None = "2022-03-01", city: str = "Leeds",
        **fields: Any) -> Record:
    """A report's record with evidence ev1 for each person."""
    evidence = {"ev1": Evidence(article=article, start=0, end=4, text="text")}
    return Record(id=f"rec_{article}", articles=[article], published=published,
                  killed=killed, injured=injured, date=date, incident_type="stabbing",
                  location=Location(text=city, city=city), participants=list(people),
                  evidence=evidence, **fields)


def person(pid: str, name: str | None = None, **fields) -> Participant:
    fields.setdefault("role", "victim")
    return Participant(id=pid, name=name, evidence=["ev1"], **fields)


def names(record: Record) -> list[str | None]:
    return [p.name for p in record.participants]


def test_name_variants_are_one_person() -> None:
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "Dorsey")),
        rec("b", "2022-03-02", person("p1", "Mark Dorsey", age=38)),
        rec("c", "2022-03-03", person("p1", "Mark Dorsee")),
    ]).record
    (mark,) = merged.participants
    assert mark.name == "Mark Dorsey" and mark.age == 38
    assert set(mark.aliases) == {"Dorsey", "Mark Dorsee"}
    spelling = [c for c in merged.conflicts if c.kind == "spelling"]
    assert spelling and {v.value for v in spelling[0].values} == {"dorsey", "dorsee"}


def test_namesakes_and_unnamed_victims_stay_apart() -> None:
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "John Smith"), person("p2", "Mary Smith"),
            person("p3", description="a man"), person("p4", description="a man")),
        rec("b", "2022-03-02", person("p1", "Mary Smith"), person("p2", "Smith")),
    ]).record
    assert names(merged) == ["John Smith", "Mary Smith", None, None]


def test_an_unnamed_person_named_later_is_one_person() -> None:
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", description="the 26-year-old driver", age=26,
                                      gender="male", role="suspect")),
        rec("b", "2022-03-04", person("p1", "Dan Hart", age=26, role="suspect")),
    ]).record
    (dan,) = merged.participants
    assert dan.name == "Dan Hart" and dan.description == "the 26-year-old driver"


def test_ages_that_disagree_are_a_conflict() -> None:
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "Ann Lee", age=41)),
        rec("b", "2022-03-02", person("p1", "Ann Lee", age=38)),
        rec("c", "2022-03-03", person("p1", "Ann Lee", age=38)),
    ]).record
    assert merged.participants[0].age == 38  # the majority
    (age,) = [c for c in merged.conflicts if c.field == "age"]
    assert age.participant == "p1" and [v.value for v in age.values] == [41, 38]
    assert age.values[0].evidence == ["a/ev1"]


def test_counts_the_majority_else_the_later_report() -> None:
    reports = [rec("a", "2022-03-01", killed=0, injured=1),
               rec("b", "2022-03-05", killed=1, injured=0)]
    merged = merge_records("inc_1", reports)
    assert merged.record.killed == 1  # a tie: the later report
    assert merged.record.injured == 0
    assert {c.field for c in merged.record.conflicts} >= {"killed", "injured"}
    assert [v["value"] for v in merged.values["killed"]] == [0, 1]
    majority = merge_records("inc_1", [*reports, rec("c", "2022-03-06", killed=0, injured=1)])
    assert (majority.record.killed, majority.record.injured) == (0, 1)


def test_a_stated_count_outweighs_people_counted() -> None:
    hurt = [person("p1", "Ann Vale", status=["injured"])]
    # Two reports list one injured person (so say 1); one states three wounded.
    reports = [rec("a", "2022-03-01", *hurt, injured=1, injured_basis="people",
                   injured_evidence=["ev1"]),
               rec("b", "2022-03-02", injured=3, injured_basis="text",
                   injured_evidence=["ev1"]),
               rec("c", "2022-03-03", *hurt, injured=1, injured_basis="people",
                   injured_evidence=["ev1"])]
    merged = merge_records("inc_1", reports).record
    assert (merged.injured, merged.injured_basis, merged.injured_evidence) == (
        3, "text", ["b/ev1"])
    # The headline's number outweighs one report's people, not two reports' statements.
    title = [rec("a", "2022-03-01", killed=2, killed_basis="people"),
             rec("b", "2022-03-02", killed=1, killed_basis="title")]
    assert merge_records("inc_1", title).record.killed == 1
    stated = [*title, rec("c", "2022-03-03", killed=2, killed_basis="text"),
              rec("d", "2022-03-04", killed=2, killed_basis="text")]
    assert merge_records("inc_1", stated).record.killed == 2


def test_status_events_in_time_order_and_role_from_the_latest_report() -> None:
    merged = merge_records("inc_1", [
        rec("c", "2022-06-01", person("p1", "Rob Vance", role="suspect", status=["charged"],
                                      events=[Event(type="charged", date="2022-05-30")])),
        rec("a", "2022-03-01", person("p1", "Rob Vance", role="witness", status=["arrested"])),
        rec("b", "2022-03-09", person("p1", "Rob Vance", role="suspect", status=["released"])),
    ]).record
    (rob,) = merged.participants
    assert [e.type for e in rob.events] == ["arrested", "released", "charged"]
    assert rob.status == ["arrested", "released", "charged"]
    assert rob.role == "suspect"
    assert merged.articles == ["a", "b", "c"]  # by publication date


def test_a_full_date_beats_a_month_and_the_first_reports_win_a_tie() -> None:
    merged = merge_records("inc_1", [rec("a", "2022-03-02", date="2022-03"),
                                     rec("b", "2022-03-03", date="2022-03-01"),
                                     rec("c", "2022-09-01", date="2022-08-30")]).record
    assert merged.date == "2022-03-01"
    assert any(c.field == "date" for c in merged.conflicts)


def test_evidence_and_a_reports_own_conflicts_are_kept() -> None:
    own = Conflict(participant="p1", field="age", kind="value",
                   values=[ConflictValue(value=30, evidence=["ev1"])])
    first = rec("a", "2022-03-01", person("p1", "Ann Lee")).model_copy(
        update={"conflicts": [own]})
    merged = merge_records("inc_1", [first, rec("b", "2022-03-02", person("p1", "Ann Lee"))])
    assert set(merged.record.evidence) == {"a/ev1", "b/ev1"}
    assert merged.record.participants[0].evidence == ["a/ev1", "b/ev1"]
    assert own.model_copy(update={"values": [ConflictValue(value=30, evidence=["a/ev1"])]}) \
        in merged.record.conflicts


def test_merge_does_not_depend_on_order() -> None:
    reports = [rec("a", "2022-03-01", person("p1", "Ann Lee", age=41)),
               rec("b", "2022-03-02", person("p1", "Ann Lee", age=38), killed=2)]
    assert (merge_records("i", reports).record
            == merge_records("i", list(reversed(reports))).record)


def test_a_name_only_one_of_three_reports_gives_is_set_aside_not_lost(monkeypatch) -> None:
    from casefile.merge import incident

    reports = [
        rec("a", "2022-03-01", person("p1", "Ann Lee"), person("p2", "Grocery Store")),
        rec("b", "2022-03-02", person("p1", "Ann Lee")),
        rec("c", "2022-03-03", person("p1", "Ann Lee")),
    ]
    # Off by default: everyone any report names is listed.
    assert names(merge_records("inc_1", reports).record) == ["Ann Lee", "Grocery Store"]
    monkeypatch.setattr(incident, "CORROBORATE_FROM", 3)
    merged = merge_records("inc_1", reports)
    assert names(merged.record) == ["Ann Lee"]
    (aside,) = merged.values["uncorroborated"]
    assert aside["name"] == "Grocery Store" and aside["evidence"] == ["a/ev1"]
    two = merge_records("inc_1", [rec("a", "2022-03-01", person("p1", "Ann Lee"),
                                      person("p2", "Bo Rees")),
                                  rec("b", "2022-03-02", person("p1", "Ann Lee"))])
    assert names(two.record) == ["Ann Lee", "Bo Rees"]  # two reports: nothing set aside


def test_the_dead_are_not_arrested_and_the_role_is_the_one_most_reports_give() -> None:
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "Ann Lee", status=["killed"])),
        rec("b", "2022-03-02", person("p1", "Ann Lee", role="suspect",
                                      status=["killed", "arrested"])),
        rec("c", "2022-03-03", person("p1", "Ann Lee", status=["killed"])),
    ]).record
    (ann,) = merged.participants
    assert ann.status == ["killed"] and ann.role == "victim"
    # More reports say arrested: the death was another person's.
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "Bo Rees", role="suspect", status=["killed"])),
        rec("b", "2022-03-02", person("p1", "Bo Rees", role="suspect", status=["arrested"])),
        rec("c", "2022-03-03", person("p1", "Bo Rees", role="suspect", status=["charged"])),
    ]).record
    (bo,) = merged.participants
    assert "killed" not in bo.status and {"arrested", "charged"} <= set(bo.status)


def test_the_case_file_says_where_each_count_came_from() -> None:
    from casefile.merge.casefile import render_case_file

    reports = [rec("a", "2022-03-01", killed=1, killed_basis="people", killed_evidence=["ev1"]),
               rec("b", "2022-03-02", killed=2, killed_basis="text", killed_evidence=["ev1"])]
    articles = [Article(id="a", text="text"), Article(id="b", text="text")]
    text = render_case_file(merge_records("inc_1", reports), articles)
    # the later report states two dead: its sentence decides, cited by source number
    assert "killed   2 (stated [2])" in text
    assert "injured 0" in text and "injured 0 (" not in text


def test_a_date_a_report_read_beats_publication_days() -> None:
    # two reports found no date and took their publication day; one read the date
    reports = [rec("a", "2022-03-02", date="2022-03-02", date_basis="published"),
               rec("b", "2022-03-02", date="2022-03-02", date_basis="published"),
               rec("c", "2022-03-03", date="2022-03-01", date_basis="text",
                   date_text="Tuesday", date_evidence=["ev1"])]
    merged = merge_records("inc_1", reports).record
    assert (merged.date, merged.date_basis, merged.date_evidence) == (
        "2022-03-01", "text", ["c/ev1"])
    assert not [c for c in merged.conflicts if c.field == "date"]  # a guess is no source
    # records stored before date_basis existed: a date with no evidence nor words is a guess
    old = [rec("a", "2022-03-02", date="2022-03-02"),
           rec("b", "2022-03-03", date="2022-03-01", date_evidence=["ev1"])]
    assert merge_records("inc_1", old).record.date == "2022-03-01"


def test_the_dead_only_one_report_names_beyond_the_killed_count_are_set_aside() -> None:
    dana = person("p1", "Dana Kowalski", status=["killed"])
    # The later report also recalls an older killing on Larkspur Road: one dead too many.
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", dana),
        rec("b", "2022-03-02", dana, person("p2", "Milo Brandt", status=["killed"])),
        rec("c", "2022-03-03", dana),
    ])
    assert names(merged.record) == ["Dana Kowalski"]
    (aside,) = merged.values["uncorroborated"]
    assert aside["name"] == "Milo Brandt"
    # Two dead is the count: both stay.
    two = merge_records("inc_1", [
        rec("a", "2022-03-01", dana, killed=2),
        rec("b", "2022-03-02", dana, person("p2", "Milo Brandt", status=["killed"]),
            killed=2),
    ])
    assert names(two.record) == ["Dana Kowalski", "Milo Brandt"]
    # One too many but two dead that one report each names: which is wrong is not known.
    both = merge_records("inc_1", [
        rec("a", "2022-03-01", person("p1", "Dana Kowalski", status=["killed"])),
        rec("b", "2022-03-02", person("p2", "Milo Brandt", status=["killed"])),
    ])
    assert names(both.record) == ["Dana Kowalski", "Milo Brandt"]
    # A single report is scored as it is.
    alone = merge_records("inc_1", [
        rec("a", "2022-03-01", dana, person("p2", "Milo Brandt", status=["killed"]))])
    assert names(alone.record) == ["Dana Kowalski", "Milo Brandt"]


def test_a_second_suspect_only_one_report_names_is_set_aside_when_others_agree_on_one() -> None:
    vic = person("p1", "Dana Kowalski", status=["injured"])
    sus = person("p2", "Orrin Fell", role="suspect", status=["arrested"])
    other = person("p3", "Tamsin Greaves", role="suspect", status=["charged"])
    merged = merge_records("inc_1", [
        rec("a", "2022-03-01", vic, sus, killed=0, injured=1),
        rec("b", "2022-03-02", vic, sus, other, killed=0, injured=1),
    ])
    assert names(merged.record) == ["Dana Kowalski", "Orrin Fell"]
    assert [p["name"] for p in merged.values["uncorroborated"]] == ["Tamsin Greaves"]
    # No suspect that several reports name: nothing to tell a second one apart by.
    kept = merge_records("inc_1", [
        rec("a", "2022-03-01", vic, killed=0, injured=1),
        rec("b", "2022-03-02", vic, sus, other, killed=0, injured=1),
    ])
    assert names(kept.record) == ["Dana Kowalski", "Orrin Fell", "Tamsin Greaves"]
    # Two suspects named by several reports: the incident had more than one.
    third = person("p4", "Ivo Marsh", role="suspect", status=["arrested"])
    many = merge_records("inc_1", [
        rec("a", "2022-03-01", vic, sus, third, killed=0, injured=1),
        rec("b", "2022-03-02", vic, sus, third, other, killed=0, injured=1),
    ])
    assert len(names(many.record)) == 4


def test_a_tie_between_victim_and_suspect_goes_to_suspect() -> None:
    # One report has the dead man as the gunman, the other only as one of the dead.
    tied = [rec("a", "2022-03-01", person("p1", "Tobin Varga", role="suspect",
                                          status=["killed"])),
            rec("b", "2022-03-02", person("p1", "Tobin Varga", status=["killed"]))]
    (tobin,) = merge_records("inc_1", tied).record.participants
    assert tobin.role == "suspect"
    # More reports call him a victim: the vote stands.
    more = [*tied, rec("c", "2022-03-03", person("p1", "Tobin Varga", status=["killed"]))]
    assert merge_records("inc_1", more).record.participants[0].role == "victim"
    # Other ties still go to the latest report.
    other = [rec("a", "2022-03-01", person("p1", "Nell Ambrose", role="witness")),
             rec("b", "2022-03-02", person("p1", "Nell Ambrose"))]
    assert merge_records("inc_1", other).record.participants[0].role == "victim"


def test_a_tie_of_the_hurt_goes_to_the_larger_number() -> None:
    reports = [rec("a", "2022-03-01", killed=1, killed_basis="text", injured=3,
                   injured_basis="text"),
               rec("b", "2022-03-02", killed=0, killed_basis="text", injured=2,
                   injured_basis="text")]
    merged = merge_records("inc_1", reports).record
    assert merged.injured == 3
    assert merged.killed == 0  # the dead: the later report


def test_a_headlines_injured_count_weighs_no_more_than_people_counted() -> None:
    # The earlier report's headline says two wounded; two later ones name three.
    reports = [rec("a", "2022-03-01", killed=1, killed_basis="title", injured=2,
                   injured_basis="title"),
               rec("b", "2022-03-02", killed=2, killed_basis="people", injured=3,
                   injured_basis="people"),
               rec("c", "2022-03-03", killed=1, killed_basis="people", injured=3,
                   injured_basis="people")]
    merged = merge_records("inc_1", reports).record
    # A tie for the injured goes to the later reports; the headline's dead still win.
    assert (merged.injured, merged.injured_basis) == (3, "people")
    assert (merged.killed, merged.killed_basis) == (1, "title")


def test_people_counted_weigh_half_a_report_that_found_none() -> None:
    # one hurt person counted may be the dead told before they died, or one told twice
    reports = [rec("a", "2022-03-01", killed=1, killed_basis="text", injured=0),
               rec("b", "2022-03-02", killed=1, killed_basis="text", injured=1,
                   injured_basis="people")]
    assert merge_records("inc_1", reports).record.injured == 0
    # and so for the dead: two reports that count two dead people one by one weigh as
    # one report that found one dead and stated nothing, and the later wins the tie
    dead = [rec("a", "2022-03-01", killed=2, killed_basis="people"),
            rec("b", "2022-03-02", killed=2, killed_basis="people"),
            rec("c", "2022-03-03", killed=1, killed_basis="none")]
    assert merge_records("inc_1", dead).record.killed == 1


def test_a_later_report_of_a_higher_death_toll_wins() -> None:
    # two early reports of one dead; a week later one states that a second victim died
    reports = [rec("a", "2022-03-01", killed=1, injured=1, killed_basis="text"),
               rec("b", "2022-03-02", killed=1, injured=1, killed_basis="text"),
               rec("c", "2022-03-09", killed=2, injured=0, killed_basis="text",
                   killed_evidence=["ev1"])]
    merged = merge_records("inc_1", reports).record
    assert (merged.killed, merged.killed_evidence) == (2, ["c/ev1"])
    # a higher toll the people of a report count (no number stated) does not
    counted = [*reports[:2], rec("c", "2022-03-09", killed=2, killed_basis="people")]
    assert merge_records("inc_1", counted).record.killed == 1


def test_the_hurt_who_died_since_leave_the_injured_count() -> None:
    # two early reports of one dead and one hurt (stated); later the hurt one died
    reports = [rec("a", "2022-03-01", killed=1, injured=1, killed_basis="text",
                   injured_basis="text"),
               rec("b", "2022-03-02", killed=1, injured=1, killed_basis="text",
                   injured_basis="text"),
               rec("c", "2022-03-09", killed=2, injured=0, killed_basis="text",
                   injured_basis="none")]
    merged = merge_records("inc_1", reports).record
    assert (merged.killed, merged.injured) == (2, 0)
    # one more hurt than later died stays hurt
    more = [rec("a", "2022-03-01", killed=1, injured=3, killed_basis="text", injured_basis="text"),
            rec("b", "2022-03-09", killed=2, injured=0, killed_basis="text", injured_basis="none")]
    assert merge_records("inc_1", more).record.injured == 2
    # of the reports that give the count, the one that knew the most dead tells: the
    # other's hurt are not the dead it missed
    missed = [rec("a", "2022-03-01", killed=2, injured=8, killed_basis="text",
                  injured_basis="text"),
              rec("b", "2022-03-03", killed=0, injured=8, killed_basis="none",
                  injured_basis="text")]
    assert merge_records("inc_1", missed).record.injured == 8
