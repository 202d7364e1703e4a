"""Digressions: which written dates mark a passage about another incident."""

from __future__ import annotations

import spacy

from casefile.extract.digressions import (
    _far_dates,
    _names_other_event,
    _playlist_entry,
    _sites,
    digression_sentences,
    only_in_digressions,
)
from casefile.extract.mentions import Mention
from casefile.extract.people import Person


def _far_texts(text: str, incident_date: str) -> list[str]:
    return [text[a:b] for a, b in _far_dates(text, incident_date)]


def test_a_month_and_year_far_from_the_incident_is_another_events():
    text = "In July 2011, a man was shot in the lot. In June 2020, police said, a girl was hurt."
    assert _far_texts(text, "2020-06-12") == ["July 2011"]


def test_a_month_and_year_next_to_the_incidents_is_its_own():
    # the month before may hold the incident itself near its turn
    assert _far_texts("The shooting in May 2020 shocked the town.", "2020-06-01") == []
    assert _far_texts("The shooting in April 2020 shocked the town.", "2020-06-01") == ["April 2020"]


def test_a_month_alone_that_ended_days_before_the_incident_is_another_events():
    text = "Once more. In March, a man was shot in the lot. In April, a girl was hurt."
    assert _far_texts(text, "2018-04-12") == ["In March"]
    # but the month that ended two days before may hold the incident's own start
    assert _far_texts(text, "2018-04-02") == []


def test_a_date_a_week_or_two_off_is_another_events_and_days_off_are_not():
    text = "On June 2, a boy was shot. On June 10, a man was hurt. On June 14, police spoke."
    assert _far_texts(text, "2020-06-12") == ["June 2"]


def _person(doc, written: str, at: int = 0) -> Person:
    start = doc.text.index(written, at)
    return Person([Mention(span=doc.char_span(start, start + len(written)), kind="name",
                           name_tokens=written.split())])


def _dropped(text: str, incident_date: str) -> list[bool]:
    """Whether each of the fixture's two people is named only in digressions."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    people = [_person(doc, "Ann Doe"), _person(doc, "Bo Roe")]
    digressions = digression_sentences(doc, people, incident_date)
    return [only_in_digressions(p, digressions) for p in people]


def test_a_date_a_week_before_the_incidents_opens_a_digression():
    text = ("Ann Doe was shot on Main Street on June 12. She died at a hospital. "
            "On {day}, Bo Roe was killed a block away.\n\n"
            "Her family asked for privacy.")
    assert _dropped(text.format(day="June 3"), "2020-06-12") == [False, True]
    # a day off is the same event, told by another clock
    assert _dropped(text.format(day="June 11"), "2020-06-12") == [False, False]


def test_a_date_weeks_after_the_incident_is_its_sequel_until_three_weeks():
    text = "Bo Roe was arrested on June 22 and charged with murder. He was sentenced on July 30."
    assert _far_texts(text, "2020-06-12") == ["July 30"]


def test_a_far_date_closing_its_paragraph_without_names_carries_into_the_next():
    text = ("Ann Doe was shot on Main Street on June 12. She died at a hospital.\n\n"
            "The block has seen other violence. On June 1, two men were killed nearby.\n\n"
            "Bo Roe, 30, was killed.")
    assert _dropped(text, "2020-06-12") == [False, True]
    # a far date whose sentence names its person tells all of it: the next paragraph is ours
    named = ("Ann Doe was shot on Main Street on June 12.\n\n"
             "On June 1, Cy Poe was killed nearby.\n\n"
             "Bo Roe, 30, was arrested and charged with murder.")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(named)
    people = [_person(doc, "Ann Doe"), _person(doc, "Cy Poe"), _person(doc, "Bo Roe")]
    digressions = digression_sentences(doc, people, "2020-06-12")
    assert [only_in_digressions(p, digressions) for p in people] == [False, True, False]


def test_a_far_date_naming_its_person_carries_on_where_the_next_paragraph_names_them_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def dropped(text: str) -> list[bool]:
        doc = nlp(text)
        roe = _person(doc, "Bo Roe")
        roe.mentions.extend(_person(doc, "Roe", text.index("Bo Roe") + 6).mentions)
        people = [_person(doc, "Ann Doe"), roe]
        digressions = digression_sentences(doc, people, "2020-06-12")
        return [only_in_digressions(p, digressions) for p in people]

    text = ("Ann Doe was shot on Main Street on June 12. She died at a hospital.\n\n"
            "On June 1, Bo Roe was killed nearby.\n\n"
            "The bullet that hit Roe broke a window.")
    assert dropped(text) == [False, True]
    # without the far date the same paragraphs are the article's own
    assert dropped(text.replace("June 1,", "June 12,")) == [False, False]


def test_a_phrase_tying_the_incident_to_another_opens_a_digression():
    text = ("Ann Doe was shot on Main Street on June 12. She died at a hospital. "
            "Saturday's shooting follows the fatal shooting of 5-year-old Bo Roe two blocks away.")
    assert _dropped(text, "2020-06-12") == [False, True]
    latest = ("Ann Doe was shot on Main Street on June 12. She died at a hospital. "
              "It is the latest in a run of attacks in the town. Bo Roe, 33, was "
              "killed at a car wash.")
    assert _dropped(latest, "2020-06-12") == [False, True]
    anniversary = ("Ann Doe was shot on Main Street on June 12. She died at a hospital. "
                   "The shooting comes days before the anniversary of the death of "
                   "Deputy Bo Roe.")
    assert _dropped(anniversary, "2020-06-12") == [False, True]
    other_news = ("Ann Doe was shot on Main Street on June 12. She died at a hospital.\n\n"
                  "In other news, a man was wounded on Elm Street. Bo Roe was shot in the arm.")
    assert _dropped(other_news, "2020-06-12") == [False, True]
    among = ("Ann Doe was shot on Main Street on June 12. She died at a hospital.\n\n"
             "It was one of several shootings in the city over the weekend. Bo Roe was "
             "wounded on Elm Street.")
    assert _dropped(among, "2020-06-12") == [False, True]
    one_of_them = ("Ann Doe was shot on Main Street on June 12. She died at a hospital.\n\n"
                   "There were 40 shootings in the city over the weekend. In one of the "
                   "deadliest incidents, Bo Roe was killed on Elm Street.")
    assert _dropped(one_of_them, "2020-06-12") == [False, True]
    one_of_two = ("Ann Doe was shot on Main Street on June 12. She died at a hospital.\n\n"
                  "The shooting was one of two overnight in the city. Hours earlier, Bo Roe "
                  "was found dead in a car.")
    assert _dropped(one_of_two, "2020-06-12") == [False, True]


def test_the_incident_counted_among_others_of_a_span_of_days_opens_a_digression():
    text = ("Ann Doe was found shot at the Larkspur Road flats on June 12. "
            "It was the third killing at the flats {span}. "
            "On Tuesday Bo Roe was stabbed in a hallway there.")
    assert _dropped(text.format(span="in six days"), "2020-06-12") == [False, True]
    assert _dropped(text.format(span="within the past two weeks"), "2020-06-12") == [False, True]
    # without a span the ordinal may count the article's own shots or victims
    assert _dropped(text.format(span="since noon"), "2020-06-12") == [False, True]
    assert _dropped(text.format(span="of the night"), "2020-06-12") == [False, False]


def test_a_date_years_before_tells_an_old_case_even_of_the_articles_own_people():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def dropped(day: str) -> list[bool]:
        doc = nlp("Ann Doe was shot dead on Larkspur Road on June 12. Police said Doe had "
                  f"a long record. On {day}, Doe killed Bo Roe, 30, outside a bar.")
        ann = _person(doc, "Ann Doe")
        for at in (doc.text.index("Doe had"), doc.text.index("Doe killed")):
            ann.mentions.append(_person(doc, "Doe", at).mentions[0])
        people = [ann, _person(doc, "Bo Roe")]
        digressions = digression_sentences(doc, people, "2020-06-12")
        return [only_in_digressions(p, digressions) for p in people]

    assert dropped("March 3, 2011") == [False, True]
    # a far date of this year, with the article's person named, may be the incident's own
    # (its date misread): Roe stays
    assert dropped("March 3, 2020") == [False, False]


def test_a_list_of_earlier_cases_headed_by_dates_and_colons_holds_far_dates():
    text = ("Earlier cases in the county:\nMay 9: a boy, 6, found a pistol in a drawer and "
            "shot himself.\nJune 10: a girl was hurt at 3:15 p.m. on Larkspur Road.")
    assert _far_texts(text, "2020-06-12") == ["May 9"]


def test_a_paragraph_on_another_event_that_names_no_one_carries_into_the_next():
    text = ("Ann Doe, 4, was shot at her home on Larkspur Road on June 12.\n\n"
            "Two weeks earlier, a similar situation two doors down, when a boy found "
            "a pistol under a bed. He was not badly hurt.\n\n"
            "Bo Roe, 30, was charged with leaving the gun within reach.")
    assert _dropped(text, "2020-06-12") == [False, True]
    # a time alone ("last month") may be the article's own story told back: no carry
    told_back = text.replace("Two weeks earlier, a similar situation two doors down, "
                             "when a boy", "Last month, a boy in the same block")
    assert _dropped(told_back, "2020-06-12") == [False, False]


def test_a_digression_listing_other_events_people_runs_past_its_sentence_limit():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    names = ["Cal Fenn", "Dee Marsh", "Eli Brandt", "Fay Corso", "Gus Pell"]
    listed = " ".join(f"{n} was killed on a different street." for n in names)
    doc = nlp("Ann Doe was shot on Larkspur Road on June 12. It is the latest in a run of "
              f"attacks in the town. {listed}")
    people = [_person(doc, "Ann Doe")] + [_person(doc, n) for n in names]
    digressions = digression_sentences(doc, people, "2020-06-12")
    # each sentence names someone new, and no one of the article's own: the list goes on
    assert [only_in_digressions(p, digressions) for p in people] == [False] + [True] * 5
    # a sentence naming no one after the limit ends it
    doc = nlp("Ann Doe was shot on Larkspur Road on June 12. It is the latest in a run of "
              f"attacks in the town. {listed.replace('Gus Pell', 'A man')} Gus Pell was "
              "arrested.")
    people = [_person(doc, "Ann Doe")] + [_person(doc, n) for n in names]
    digressions = digression_sentences(doc, people, "2020-06-12")
    assert only_in_digressions(people[-1], digressions) is False


def _every(doc, written: str) -> Person:
    """A person named wherever the text writes them."""
    person = _person(doc, written)
    at = doc.text.index(written) + 1
    while (at := doc.text.find(written, at)) >= 0:
        person.mentions.append(_person(doc, written, at).mentions[0])
        at += 1
    return person


def test_people_met_first_in_a_sure_digression_keep_to_it_when_named_again():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def dropped(cue: str) -> list[bool]:
        doc = nlp("Ann Doe was shot on Larkspur Road on June 12, 2020. She died that night.\n\n"
                  f"{cue}\n\nNeighbours left flowers at the gate.\n\n"
                  "Bo Roe limped home on a bad knee.")
        people = [_every(doc, "Ann Doe"), _every(doc, "Bo Roe")]
        digressions = digression_sentences(doc, people, "2020-06-12")
        return [only_in_digressions(p, digressions) for p in people]

    # an old date or another event named as such: Roe is of that other case
    assert dropped("On May 2, 2008, a gunman killed Bo Roe, 30, at a diner.") == [False, True]
    assert dropped("In a separate shooting, Bo Roe was hurt at a diner.") == [False, True]
    # a recent time may be the article's own case told back: Roe stays
    assert dropped("Last year, Bo Roe was hurt at a diner.") == [False, False]
    # a count among others ("the ninth killing this year") or a link to others ties the
    # article's own case to them: who it names is no stranger
    assert dropped("Bo Roe, 30, was the town's ninth killing this year.") == [False, False]
    assert dropped("Bo Roe, 30, is the latest in a run of attacks in the town.") == [False, False]


def test_a_roundups_next_shooting_at_another_block_is_a_digression_till_it_comes_back():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def dropped(block: str, coda: str = "") -> list[bool]:
        doc = nlp("Ann Doe, 24, was shot near 9 p.m. outside the 400 block of Larkspur Road, police "
                  "said. She died at a clinic.\n\n"
                  f"Near 11:15 p.m. a cyclist, 31, was killed on a bike path by the {block}.\n\n"
                  f"Medics drove the rider to a clinic, where he lay all night.\n\n{coda}"
                  "The rider was named as Bo Roe.")
        people = [_every(doc, "Ann Doe"), _every(doc, "Bo Roe")]
        digressions = digression_sentences(doc, people, "2020-06-12")
        return [only_in_digressions(p, digressions) for p in people]

    assert dropped("1200 block of West Pine Hollow Avenue") == [False, True]
    # the same block is the article's own shooting told on
    assert dropped("400 block of Larkspur Road") == [False, False]
    # back at the article's own block, the report is its own again
    assert dropped("1200 block of West Pine Hollow Avenue",
                   "Police searched the 400 block of Larkspur Road overnight.\n\n") == [False, False]


def test_a_year_written_before_an_event_noun_dates_that_event():
    assert _far_texts("Marchers recalled the 2011 shooting of a boy.", "2020-06-12") == ["2011"]
    assert _far_texts("Marchers recalled the 2020 shooting of a boy.", "2020-06-12") == []


def test_someone_named_first_as_the_name_of_another_case_is_of_that_case():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def dropped(opening: str, title: str = "") -> list[bool]:
        doc = nlp(f"Ann Doe was shot on Larkspur Road on June 12. {opening}\n\n"
                  "In Bo Roe's case, a guard fired at a boy holding a toy.\n\n"
                  "A judge later said Bo Roe was unarmed.")
        doc.user_data["casefile_title"] = title
        people = [_every(doc, "Ann Doe"), _every(doc, "Bo Roe")]
        digressions = digression_sentences(doc, people, "2020-06-12")
        return [only_in_digressions(p, digressions) for p in people]

    assert dropped("Her death brought back the Bo Roe case.") == [False, True]
    # unless the headline names them: then that case is the article's own
    assert dropped("Her death brought back the Bo Roe case.",
                   title="Guard in Bo Roe case speaks") == [False, False]
    # named first as a person of the article's own story, they stay
    assert dropped("Bo Roe, her cousin, was hurt too.") == [False, False]


def test_a_blotters_labelled_items_that_tell_no_harm_are_digressions():
    items = ("Shooting: Ann Doe, 24, was killed on Larkspur Road. Police have no suspect.\n\n"
             "Lost Wallet: Bo Roe, 40, was arrested for using a card he found. Police say "
             "Roe bought fuel with it. He paid it back. He was sorry. Bo Roe was released.\n\n")
    others = ("Broken Window: Someone tossed a rock at a shop pane.\n\n"
              "Loud Party: Officers asked a crowd to leave a yard.")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def dropped(text: str) -> list[bool]:
        doc = nlp(text)
        people = [_every(doc, "Ann Doe"), _every(doc, "Bo Roe")]
        digressions = digression_sentences(doc, people, "2020-06-12")
        return [only_in_digressions(p, digressions) for p in people]

    # the whole item, past the sentence limit
    assert dropped(items + others) == [False, True]
    # two labels make no list: "UPDATE:" paragraphs of one story
    assert dropped(items) == [False, False]
    # a page laid out by labels: its "Suspect:" item is the article's own person
    laid_out = items.replace("Lost Wallet:", "Suspect:")
    assert dropped(laid_out + others) == [False, False]


def test_someone_who_was_once_hurt_tells_of_an_earlier_event():
    text = ("Ann Doe was killed on Larkspur Road on June 12. Her death shook the street. "
            '"It is not safe," said Bo Roe, who {when} stabbed at a party nearby.')
    assert _dropped(text.format(when="was once"), "2020-06-12") == [False, True]
    assert _dropped(text.format(when="was"), "2020-06-12") == [False, False]
    # "once again" is the article's own time
    assert _dropped(text.format(when="was once again"), "2020-06-12") == [False, False]


def test_a_roundups_next_shooting_may_be_told_by_a_part_of_the_day():
    opening = "Ann Doe, 24, was hit by a stray round at the 400 block of Larkspur Road on Sunday.\n\n"
    assert _dropped(opening + "Late on a Tuesday evening Bo Roe, 40, was killed by the 1200 "
                    "block of Quarry Lane.", "2020-06-14") == [False, True]
    # no time of the day: nothing says it is a shooting of its own
    assert _dropped(opening + "Bo Roe, 40, was killed by the 1200 block of Quarry Lane.",
                    "2020-06-14") == [False, False]


def test_a_block_given_with_or_without_its_compass_word_is_the_same_block():
    opening = "Ann Doe, 24, was hit by a stray round at the 400 block of Larkspur Road on Sunday.\n\n"
    assert _dropped(opening + "Near 11 p.m. Bo Roe, 40, was killed by the 400 block of East "
                    "Larkspur Road.", "2020-06-14") == [False, False]
    assert _dropped(opening + "Near 11 p.m. Bo Roe, 40, was killed by the 900 block of East "
                    "Larkspur Road.", "2020-06-14") == [False, True]
    # an abbreviated compass word, a day after the street: still the same block
    assert _sites("at the 400 block of E. Larkspur Road Tuesday night") == \
        _sites("at the 400 block of Larkspur Road.")


def test_the_stories_before_the_headlines_passage_are_digressions():
    text = ("Bo Roe, 50, was hurt when a van struck him on Quarry Lane.\n\n"
            "Ann Doe was shot outside a diner on Larkspur Road late Friday.")
    own_start = text.index("Ann Doe")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    people = [_person(doc, "Ann Doe"), _person(doc, "Bo Roe")]
    digressions = digression_sentences(doc, people, "2020-06-12", own_start)
    assert [only_in_digressions(p, digressions) for p in people] == [False, True]
    # without the headline's passage the page's first story is the article's own
    digressions = digression_sentences(doc, people, "2020-06-12")
    assert [only_in_digressions(p, digressions) for p in people] == [False, False]


def test_a_police_logs_next_arrest_at_another_block_is_a_digression():
    opening = "Ann Doe, 24, was shot at the 400 block of Larkspur Road on Sunday.\n\n"
    assert _dropped(opening + "Bo Roe, 40, was arrested Friday evening in the 1200 block of "
                    "Quarry Lane on a warrant.", "2020-06-14") == [False, True]
    # at the article's own block, the arrest is its own
    assert _dropped(opening + "Bo Roe, 40, was arrested Friday evening in the 400 block of "
                    "Larkspur Road.", "2020-06-14") == [False, False]


def test_a_link_to_another_event_may_give_any_span_of_time():
    from casefile.extract.digressions import _names_other_event
    assert _names_other_event("The loss comes just two weeks after two students died in a crash.")
    assert _names_other_event("It came only three days after a man was shot nearby.")
    assert not _names_other_event("Officers came two hours after the call.")
    # an event that came so long after another, with no "just" or "only"
    assert _names_other_event("The killings came one week after a man was fatally shot nearby.")
    assert _names_other_event("The shooting came less than a month after a clerk was wounded.")


def test_a_playlist_line_of_other_videos_is_no_part_of_the_story():
    text = ("A teen was shot in Pine Hollow on Friday.\n\n0:27 Father of man killed during "
            "robbery talks about sentences Pause  0:43 Man found dead in park; suspect "
            "arrested  1:47 'I miss him'\n\nPolice are investigating.")
    entry = text.index("0:27")
    assert _playlist_entry(text, entry)
    assert not _playlist_entry(text, 0)
    assert not _playlist_entry(text, text.index("Police"))


def test_a_caption_carousel_that_opens_on_the_story_is_not_a_playlist():
    text = ("5 DEAD IN PINE HOLLOW SHOOTING Gunman kills 4 | 02:16 A gunman killed four people "
            "at a home. 1 of 2 | 02:52 Investigators say ...")
    assert not _playlist_entry(text, 0)


def test_a_clock_time_is_no_video_length():
    text = "4:14 PM Police arrived at the home on Elm Street. 5:30 PM The road reopened."
    assert not _playlist_entry(text, 0)


def test_playlist_entries_one_to_a_line_are_a_playlist():
    text = ("A teen was shot in Pine Hollow on Friday.\n\n26:35 Chief: Shooting of Dale Roe was "
            "'justified' Pause\n\n1:10 Shelter fills with evacuees\n\nPolice are investigating.")
    assert _playlist_entry(text, text.index("26:35"))
    assert _playlist_entry(text, text.index("1:10"))
    assert not _playlist_entry(text, text.index("Police"))


def test_an_incident_counted_as_the_nth_of_a_period_links_to_others():
    assert _names_other_event("The shooting is the third in the neighborhood this week.")
    assert _names_other_event("The killing was the city's 20th this year.")
    assert not _names_other_event("The shooting was the third call to the house.")
    # a count of a year, after a town's possessive; but a date before an event is no count
    assert _names_other_event("Doe's death is Pine Hollow's 58th homicide of 2018, police said.")
    assert _names_other_event("The killing is the county's 12th homicide in 2017.")
    assert not _names_other_event("Police reopened the October 25th murder case this year.")



def test_a_paragraph_opening_on_a_time_later_goes_on_with_the_digression():
    text = ("Ann Doe was shot on Main Street on June 12. She died at a hospital.\n\n"
            "Last month, a girl shot herself with a stolen gun but survived.\n\n"
            "{opening}, Bo Roe accidentally shot and killed his brother.")
    assert _dropped(text.format(opening="A few weeks later"), "2020-06-12") == [False, True]
    assert _dropped(text.format(opening="On Friday"), "2020-06-12") == [False, False]


def test_people_placed_in_a_picture_are_not_the_storys(rules_record):
    record = rules_record(
        "Dale Pruett, 30, was shot and killed Sunday on Elm Street, police said.\n\n"
        "Marla Quint, left, hugs Tobias Fenn, right, who was wounded in a shooting, "
        "at a vigil on Monday.", title="Man killed on Elm Street")
    roles = {p.name: (p.role, p.status) for p in record.participants}
    assert roles["Dale Pruett"] == ("victim", ["killed"])
    assert roles.get("Marla Quint", ("other", []))[0] == "other"
    assert roles.get("Tobias Fenn", ("other", []))[0] == "other"
    assert record.killed == 1


def test_a_court_outcome_dated_months_off_is_the_cases_own():
    from casefile.extract.pipeline import load_nlp

    text = ("Ann Doe was sentenced to 30 years in prison Friday for the shooting death of a "
            "neighbor. A jury convicted {who} of murder in March.")
    nlp = load_nlp()
    for who, other in (("Bo Roe", False), ("Bo Roe in 2011", True)):
        doc = nlp(text.format(who=who))
        people = [_person(doc, "Ann Doe"), _person(doc, "Bo Roe")]
        digressions = digression_sentences(doc, people, "2020-06-12")
        # a conviction years before the case is another case's
        assert [only_in_digressions(p, digressions) for p in people] == [False, other]


def test_a_name_as_a_landmarks_owner_does_not_end_a_digression():
    text = ("Ann Doe was shot on Main Street on June 12. She died at a hospital.\n\n"
            "In a separate shooting, a man was wounded on Elm Street. Bo Roe, who lives a "
            "block from Doe's home, was charged in that case.")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    ann = _person(doc, "Ann Doe")
    ann.mentions += _person(doc, "Doe", text.index("Doe's")).mentions
    bo = _person(doc, "Bo Roe")
    digressions = digression_sentences(doc, [ann, bo], "2020-06-12")
    assert [only_in_digressions(p, digressions) for p in (ann, bo)] == [False, True]


def test_a_shooting_earlier_this_week_is_another_events():
    text = ("Ann Doe was shot on Main Street on June 12. She died at a hospital.\n\n"
            "A man is in custody after a shooting earlier this week that left Bo Roe dead.")
    assert _dropped(text, "2020-06-12") == [False, True]


def test_other_people_hurt_in_a_tallys_other_events_are_surely_another_events():
    assert _names_other_event("The weekend's other victims included Tobin Alvey, 34.", sure=True)
    assert _names_other_event("The chief said four other people were wounded in separate "
                              "incidents, including Lamar Oskarsen.", sure=True)
    # "in separate shootings" alone may list the article's own incidents
    assert not _names_other_event("Two men were wounded in separate shootings on Elm Street.")
    assert not _names_other_event("The other victims were treated and released.")


def test_a_tallys_other_victims_are_no_participants(rules_record):
    record = rules_record(
        "OAKTON — Marvel Quist, 30, was shot and killed Saturday night outside his home on "
        "Birch Street, police said.\n\nAt a briefing Monday, Chief Dana Rolfe said four other "
        "people were wounded in separate incidents, including 23-year-old Lamar Oskarsen, who "
        "was shot in the stomach outside a store early Sunday.\n\nThe weekend's other victims "
        "included Tobin Alvey, 34, who was shot and killed outside a bar early Sunday.",
        "Man killed in Oakton shooting")
    victims = [p.name for p in record.participants if p.role == "victim" and p.name]
    assert victims == ["Marvel Quist"]


def test_a_year_before_an_event_noun_with_words_between_dates_another_event():
    text = ("He was on probation for a 2013 aggravated battery case. "
            "He drove a 2013 Ford Explorer to the store.")
    assert _far_texts(text, "2015-05-30") == ["2013"]


def test_a_towns_toll_and_the_dead_among_it_are_other_events(rules_record):
    record = rules_record(
        "OAKTON — A 6-year-old girl was shot in the back seat of her father's car on Saturday "
        "evening, police said. She is expected to survive.\n\nAt a briefing Monday, Chief Dana "
        "Rolfe said 21 people were shot across Oakton between Friday and Monday, three of them "
        "fatally. He said more officers would patrol on weekends.\n\nAmong the dead was Tobin "
        "Alvey, 22, who was shot outside an apartment complex about 11 p.m. Saturday.\n\n"
        "The chief also noted it had been a violent weekend across the city. Early Sunday, "
        "35-year-old Lamar Oskarsen was wounded in a shooting near the airport.",
        "Girl, 6, shot in back seat of car")
    assert [p.name for p in record.participants if p.role == "victim" and p.name] == []
    assert (record.killed, record.injured) == (0, 1)


def test_the_lines_of_links_to_other_stories_are_told_from_a_releases_short_lines():
    from casefile.extract.participants import _link_sentences
    from casefile.extract.pipeline import load_nlp
    text = ("Marcus Webb, 24, was shot and killed outside a diner on Friday night.\n\n"
            "Arrested on Feb. 21:\n\n"
            "Darnell HICKS, 19, of 100 Elm Ct in Dover\n\n"
            "Related stories: - Man charged in killing of Tanya Brooks - Police still seek "
            "leads in Elm Street slaying - Council votes on bike lanes\n")
    doc = load_nlp()(text)
    doc.user_data["casefile_title"] = "Man shot dead outside diner"
    linked = [s.text.strip() for s in doc.sents if s.start in _link_sentences(doc)]
    assert linked and all(s.startswith(("Related", "-", "Man", "Police", "Council")) for s in linked)
    assert not any("HICKS" in s for s in linked)
