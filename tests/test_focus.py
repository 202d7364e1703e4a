"""The headline's passage on a page that opens on other stories."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from casefile.extract.focus import headline_passage, teaser_lines

TITLE = "Two hurt as gunfire erupts by Larkspur Road diner - Pine Hollow Herald"


def _doc(text: str, people: tuple[str, ...] = ()):
    doc = spacy.blank("en")(text)
    spans = []
    for name in people:
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        spans.append(Span(doc, span.start, span.end, label="PERSON"))
    doc.ents = spans
    return doc


def test_the_headlines_passage_after_other_stories_is_found():
    text = ("A council vote on bike lanes was put off.\n\n"
            "Two diners were grazed by gunfire by Larkspur Road late Friday.\n\n"
            "Both are expected to live.")
    assert headline_passage(_doc(text), TITLE) == text.index("Two diners")


def test_a_headline_told_by_the_first_paragraph_points_nowhere_later():
    text = ("Two diners were grazed by gunfire by Larkspur Road late Friday.\n\n"
            "A council vote on bike lanes was put off.")
    assert headline_passage(_doc(text), TITLE) is None


def test_a_paragraph_before_sharing_several_headline_words_is_the_same_story():
    text = ("A shooting on Larkspur Road left neighbours shaken.\n\n"
            "Two diners were grazed by gunfire by Larkspur Road late Friday.")
    assert headline_passage(_doc(text), TITLE) is None


def test_someone_named_before_and_again_in_the_passage_makes_it_one_story():
    text = ("Dana Kowalski, 19, asked to hold the pistol of a friend.\n\n"
            "Two diners were grazed by gunfire by Larkspur Road, and "
            "Kowalski was arrested.")
    assert headline_passage(_doc(text, ("Dana Kowalski",)), TITLE) is None
    # someone of another story, not named again, leaves the passage the headline's own
    # named again in the possessive
    again = text.replace("and Kowalski was arrested", "and Kowalski's car was towed")
    assert headline_passage(_doc(again, ("Dana Kowalski",)), TITLE) is None
    text = text.replace("and Kowalski was", "and a cook was")
    assert headline_passage(_doc(text, ("Dana Kowalski",)), TITLE) == text.index("Two diners")


def test_other_stories_may_be_asked_to_fill_several_paragraphs():
    text = ("A council vote on bike lanes was put off until the spring session, members said.\n\n"
            "Two diners were grazed by gunfire by Larkspur Road late Friday.")
    assert headline_passage(_doc(text), TITLE, stories=1) == text.index("Two diners")
    # one lede before the passage may be the same story in other words
    assert headline_passage(_doc(text), TITLE, stories=2) is None
    text = "A baker in Pine Hollow says a phone scam emptied the savings of his mother.\n\n" + text
    assert headline_passage(_doc(text), TITLE, stories=2) == text.index("Two diners")


TEASERS = ("A council vote on bike lanes was put off after a long night.\n\n"
           "A council vote on bike lanes was put off after a long night.\n\n"
           "A man was stabbed outside a bar on Quarry Street, police said.\n\n"
           "A man was stabbed outside a bar on Quarry Street, police said.\n\n")
STORY = ("Two diners were grazed by gunfire by Larkspur Road late Friday.\n\n"
         "Both are expected to live.")


def _lines(text: str, title: str | None) -> list[str]:
    return [text[a:b] for a, b in teaser_lines(text, title)]


def test_a_station_pages_lines_written_twice_are_teasers_of_other_stories():
    text = TEASERS + STORY
    assert len(_lines(text, TITLE)) == 4
    assert _lines(text, TITLE)[2].startswith("A man was stabbed")
    # and the headline's passage is found past them, whatever words they share
    assert headline_passage(_doc(text), TITLE) == text.index("Two diners")


def test_a_line_written_once_is_no_teaser():
    assert _lines("A man was hurt.\n\n" + STORY, TITLE) == []


def test_one_line_written_twice_that_shares_the_headlines_words_teases_the_story():
    own = "Gunfire by a Larkspur Road diner left two hurt on Friday.\n\n"
    assert _lines(own + own + STORY, TITLE) == []
    # one that shares none is another story's; with no headline, nothing tells
    other = "A council vote on bike lanes was put off.\n\n"
    assert len(_lines(other + other + STORY, TITLE)) == 2
    assert _lines(other + other + STORY, None) == []


ROUNDUP = ("Latest state news\n\n"
           "BRIDGE VOTE\n\nCouncil puts off bridge vote\n\n"
           "KELMORE, Wyo. (AP) - The council put off its vote on the new bridge until spring.\n\n"
           "RANCH SHOOTING\n\nMan shoots neighbor in land dispute\n\n"
           "FENNICK, Wyo. (AP) - A rancher shot his neighbor in a dispute over a fence, the "
           "sheriff said.\n\n"
           "PLANE CRASH\n\nThree hurt in crash at airport\n\n"
           "KELMORE, Wyo. (AP) - Three people were hurt when a small plane crashed.\n")


def test_a_roundups_story_is_the_first_that_tells_of_violence_under_a_site_title():
    from casefile.extract.focus import roundup_story
    start, end = roundup_story(ROUNDUP, "Station News")
    assert ROUNDUP[start:end].startswith("RANCH SHOOTING")
    assert "plane" not in ROUNDUP[start:end]


def test_a_roundups_story_is_the_one_the_headline_tells():
    from casefile.extract.focus import roundup_story
    start, end = roundup_story(ROUNDUP, "Three hurt in crash at Kelmore airport")
    assert ROUNDUP[start:end].startswith("PLANE CRASH")


def test_a_page_with_fewer_slugs_is_no_roundup():
    from casefile.extract.focus import roundup_story
    assert roundup_story(ROUNDUP.split("PLANE CRASH")[0], "Station News") is None


BLOTTER = ("Local News | Police Blotter\n\n"
           "Police blotter: Man shot in leg on Larkspur Road\n\n"
           "The following incidents were reported to police between Friday and Sunday.\n\n"
           "THEFT, 1900 block of Elm Street: A trailer was reported stolen from a lot, and Ray "
           "Doe, 44, was arrested and charged with theft.\n\n"
           "SHOOTING, 2300 block of Larkspur Road: Jo Roe, 27, was shot in the left leg after "
           "an argument, police said. Al Poe, 25, was arrested Saturday.\n\n"
           "CRASH - Ann Moe, 31, was arrested on a charge of driving while intoxicated after "
           "her car struck a pole. A passenger was taken to a hospital.\n")


def test_a_blotters_story_is_the_item_its_headline_tells():
    from casefile.extract.focus import blotter_story
    start, end = blotter_story(BLOTTER, "Police blotter: Man shot in leg on Larkspur Road")
    assert BLOTTER[start:end].startswith("SHOOTING") and "Ann Moe" not in BLOTTER[start:end]
    # under a title that names none, the first item that tells of violence
    start, _ = blotter_story(BLOTTER, "Police blotter for the weekend")
    assert BLOTTER[start:].startswith("SHOOTING")


def test_items_under_headings_make_a_blotter_too_and_a_page_not_called_one_is_none():
    from casefile.extract.focus import blotter_story
    items = ("Here are some of the incidents police handled this week.\n\n"
             "Bike stolen on Elm Street\n\nA bicycle was taken from a porch, and Ray Doe, 44, "
             "was arrested on a charge of theft.\n\n"
             "Homicide on Larkspur Road\n\nJo Roe, 34, was shot and killed outside an apartment "
             "complex, police said.\n\n"
             "Copper wire stolen\n\nAbout 800 feet of copper wire was stripped from pumps at "
             "a farm near Pine Hollow.\n")
    start, _ = blotter_story(items, "Police log: Man killed on Larkspur Road")
    assert items[start:].startswith("Homicide on Larkspur Road")
    assert blotter_story(items, "Man killed on Larkspur Road") is None
    assert blotter_story(BLOTTER.replace("CRASH - ", "Later, "), "Police blotter") is None


WIRE = ("KELMORE, Wyo. (AP) — A man was shot and killed outside a bar in Kelmore on Tuesday, "
        "police said. Jo Roe, 41, died at the scene.\n\n"
        "Police are looking for a man seen driving away.\n\n___\n\n"
        "FENNICK, Wyo. (AP) — Two people were killed when a truck hit their car on the "
        "highway. They were identified as Ann Moe and Al Poe.\n\n"
        "KELMORE, Wyo. (AP) — Update: police arrested a suspect in the bar shooting.\n")


def test_another_towns_wire_story_on_the_page_is_another_story():
    from casefile.extract.focus import wire_others
    others = wire_others(WIRE, "Man killed outside Kelmore bar")
    assert [WIRE[a:b].split(" ")[0] for a, b in others] == ["FENNICK,"]
    # a site's name for a title: the first story that tells of violence is the report's
    assert [WIRE[a:b].split(" ")[0] for a, b in wire_others(WIRE, "Station News")] == ["FENNICK,"]
    assert wire_others(WIRE.split("___")[0], "Man killed outside Kelmore bar") == []


def test_the_lines_under_a_related_header_are_teasers_of_other_stories():
    from casefile.extract.focus import related_lines
    text = ("Jo Roe was shot on Larkspur Road on Friday, police said.\n\nRelated:\n\n"
            "Man charged with murder in Pine Hollow double shooting\n\n"
            "Police: Woman shot by boyfriend on Elm Street\n\n"
            "Jo Roe shot on Larkspur Road Friday night\n\n"
            "Anyone with information is asked to call police.\n\n"
            "Cyclists ride for charity on Sunday\n")
    lines = [text[a:b] for a, b in related_lines(text, "Jo Roe shot on Larkspur Road")]
    # (the page's own story teased is no other, and a sentence ends the list)
    assert lines == ["Man charged with murder in Pine Hollow double shooting",
                     "Police: Woman shot by boyfriend on Elm Street"]


def test_a_teaser_ending_on_a_roads_abbreviation_does_not_end_the_list():
    from casefile.extract.focus import related_lines
    text = ("Jo Roe was shot on Larkspur Road on Friday, police said.\n\nRELATED STORIES\n\n"
            "2 wounded in shooting near N. 35th St.\n\n"
            "Police identify man, 19, killed in shooting near Elm and Vine\n\n"
            "Anyone with information is asked to call police.\n")
    lines = [text[a:b] for a, b in related_lines(text, "Jo Roe shot on Larkspur Road")]
    assert lines == ["2 wounded in shooting near N. 35th St.",
                     "Police identify man, 19, killed in shooting near Elm and Vine"]


PAGE = ("Jo Roe shot dead outside Larkspur Road diner\n\n"
        "By Ann Moe | Posted May 2, 2016\n\n"
        "PINE HOLLOW, Ore. — Jo Roe, 41, was shot and killed outside a diner on Larkspur "
        "Road on Friday night, police said.\n\n"
        "Police have made no arrest.\n\n"
        "NEARBY\n\n"
        "Fennick man charged after parking lot shooting\n\n"
        "By Herald staff | Posted May 1, 2016\n\n"
        "FENNICK — Police said Al Poe, 28, shot Cy Loe in the arm on Thursday. Poe was "
        "arrested at his home.\n\n"
        "MOST READ\n\n"
        "Council puts off vote on bike lanes\n\n"
        "Jo Roe shot dead outside Larkspur Road diner\n\n"
        + "A reader remembers the diner's pies and its regulars.\n\n" * 6 +
        "COMMENTS (3)\n\n"
        "hollowdad: RIP Jo. Praying for Tim Loe and the family.\n")


def test_a_story_printed_after_the_report_and_the_comments_are_the_pages_others():
    from casefile.extract.focus import foreign_spans, later_stories
    title = "Jo Roe shot dead outside Larkspur Road diner"
    later = [PAGE[a:b] for a, b in later_stories(PAGE, title)]
    assert [s.split("\n")[0] for s in later] == ["NEARBY", "COMMENTS (3)"]
    assert "Al Poe" in later[0] and "MOST READ" not in later[0]
    assert later[1].endswith("family.\n")
    # the report's own headline and byline over its dateline are the report's
    assert not any(a <= PAGE.index("Jo Roe, 41") < b for a, b in foreign_spans(PAGE, title))


def test_a_teaser_list_repeating_the_headline_does_not_make_a_later_story_the_reports():
    from casefile.extract.focus import wire_others
    # two wire datelines, and a "most read" list under the second story that repeats the
    # page's headline word for word: the report is still the first story
    page = PAGE.replace("FENNICK —", "FENNICK, Ore. —").replace("NEARBY\n\n", "").replace(
        "By Herald staff | Posted May 1, 2016\n\n", "")
    page = page.replace("Fennick man charged after parking lot shooting\n\n", "")
    spans = wire_others(page, "Jo Roe shot dead outside Larkspur Road diner")
    assert spans and all(page[a:b].startswith("FENNICK") for a, b in spans)


def test_a_related_line_with_several_teasers_is_one_line_of_links():
    from casefile.extract.focus import related_inline
    text = ("Jo Roe, 41, was shot Friday.\n\n"
            "Related stories: - Man charged in killing of Al Poe - Police still seek leads in "
            "Elm Street slaying of Cy Loe - Football team mourns player\n\n"
            "RELATED HEADLINES - Reward offered in killing of Ed Doe - Council vote: two years on\n\n"
            "Related: Police said the man was shot. Officers arrived.\n")
    lines = [text[a:b] for a, b in related_inline(text)]
    assert [line.split()[0] for line in lines] == ["Related", "RELATED"]  # not the sentences


SECOND = ("Jo Roe shot dead outside Larkspur Road diner\n\n"
          "PINE HOLLOW, Ore. — Jo Roe, 41, was shot and killed outside a diner on Larkspur "
          "Road on Friday night, police said.\n\n"
          "Police have made no arrest.\n\n"
          "{heading}\n\n"
          "{dateline}A 22-year-old man was shot in the arm early Wednesday outside a home. Al "
          "Poe was treated at a hospital and released.\n")


def test_a_story_right_under_a_section_heading_after_the_report_is_the_pages_other():
    from casefile.extract.focus import later_stories
    title = "Jo Roe shot dead outside Larkspur Road diner"
    for heading, dateline in (("ELSEWHERE", "FENNICK — "),
                              ("Also on the site: Fennick man hurt in shooting", "FENNICK — ")):
        page = SECOND.format(heading=heading, dateline=dateline)
        later = [page[a:b] for a, b in later_stories(page, title)]
        assert len(later) == 1 and later[0].startswith(heading) and "Al Poe" in later[0]
    # a heading over the report's own next paragraph is no other story (no dateline, no links)
    page = SECOND.format(heading="A FAMILY'S GRIEF", dateline="")
    assert later_stories(page, title) == []


def test_a_headline_in_capitals_after_the_links_heads_a_story_without_a_dateline():
    from casefile.extract.focus import later_stories
    title = "Jo Roe shot dead outside Larkspur Road diner"
    page = SECOND.format(heading="Read more: - Man charged in killing - Council votes on "
                                 "bike lanes\n\nFENNICK MAN HURT IN SHOOTING", dateline="")
    later = [page[a:b] for a, b in later_stories(page, title)]
    assert len(later) == 1 and later[0].startswith("FENNICK MAN HURT") and "Al Poe" in later[0]


def test_a_site_menu_over_the_report_is_no_paragraph_before_a_later_story():
    from casefile.extract.focus import later_stories
    title = "Man killed, another grazed in Saturday shooting on Elm Street"
    page = ("Valley Journal | Fennick, Ore.\n\n"
            "NEWS | BUSINESS | SPORTS | ENTERTAINMENT | LIFESTYLE | OPINION | OBITUARIES | E-EDITION\n\n"
            f"{title}\n\n"
            "By Jo Staffer\n\n"
            "Posted Oct 7, 2018 at 4:32 PM\n\n"
            "Updated Oct 8, 2018 at 7:15 AM\n\n"
            "FENNICK — A 27-year-old man was killed and a second man was grazed by a bullet "
            "Saturday night outside a store on Elm Street, police said.\n\n"
            "Police have made no arrest.\n")
    assert later_stories(page, title) == []


def test_a_teaser_with_its_date_in_brackets_is_no_sentence():
    from casefile.extract.focus import related_inline
    text = ("Jo Roe, 41, was shot Friday.\n"
            "Related coverage: - Man killed, teen wounded in Elm Street shooting (May 15, 2017) "
            "- Police investigate June 2 shooting that wounded Cy Loe\n"
            "Copyright 2017. All rights reserved.")
    assert [text[a:b].split()[0] for a, b in related_inline(text)] == ["Related"]


def test_teasers_one_after_another_with_only_their_dates_between_are_links():
    from casefile.extract.focus import related_inline
    text = ("Jo Roe, 41, was shot Friday.\n"
            "Related: Man, 45, hurt in Walnut Street stabbing (April 30, 2017) Eastfield woman "
            "charged in crash that killed motorcyclist Cy Loe (April 22, 2017) Police: Teen "
            "arrested after BB gun pointed at bus driver (April 9, 2017)\n"
            "Copyright 2017. All rights reserved.")
    assert [text[a:b].split()[0] for a, b in related_inline(text)] == ["Related:"]


def test_teasers_after_stars_with_a_day_in_brackets_are_links():
    from casefile.extract.focus import related_inline
    text = ("Jo Roe, 41, was shot Friday.\n"
            "More headlines: * School board approves contract * Elm City man, 52, Cy Loe, "
            "killed in Route 65 crash (Aug. 19) * Police seek man in store theft\n")
    assert [text[a:b].split()[0] for a, b in related_inline(text)] == ["More"]


def test_a_capitals_header_with_teasers_run_together_is_a_line_of_links():
    from casefile.extract.focus import related_inline
    text = ("Jo Roe, 41, was shot Friday.\n"
            "MOST POPULAR Elm City man, 71, Cy Loe, dies in house fire School levy fails by "
            "14 votes Arena announces summer concerts\n")
    assert [text[a:b].split()[0] for a, b in related_inline(text)] == ["MOST"]


def test_a_brief_under_its_headline_after_the_links_is_a_later_story():
    from casefile.extract.focus import later_stories
    text = ("PINE HOLLOW - Jo Roe, 41, pleaded guilty Monday to robbery for his part in a "
            "November holdup at a Larkspur Road store in which the clerk shot his accomplice.\n\n"
            "Related: Clerk who shot robber won't be charged (Nov. 22, 2016) Police seek man "
            "in bank robbery\n\n"
            "Man hurt in parkway crash\n\n"
            "PINE HOLLOW - A 63-year-old man was taken to a hospital after his car struck a "
            "guardrail on the parkway early Monday, police said. He was in fair condition.\n")
    spans = later_stories(text, "Man pleads guilty in robbery that ended with accomplice shot")
    assert [text[a:b].split("\n")[0] for a, b in spans] == ["Man hurt in parkway crash"]


def test_a_second_headline_and_dateline_under_a_datelined_report_are_another_story():
    from casefile.extract.focus import later_stories
    page = ("HARTWELL, S.D. (KXYZ) — A 27-year-old woman was shot in the hand early Saturday "
            "morning in central Hartwell, police said.\n\n"
            "Officers found the suspect a few blocks away and arrested him.\n\n"
            "Eastbrook man dies in Interstate 229 motorcycle crash\n\n"
            "HARTWELL, S.D. (KXYZ) — An Eastbrook man died Saturday evening after his "
            "motorcycle left the interstate, the highway patrol said.\n")
    spans = later_stories(page, "Woman shot in hand in central Hartwell")
    assert [page[a:b].split()[0] for a, b in spans] == ["Eastbrook"]


def test_an_earlier_update_of_a_live_page_under_its_label_is_no_other_story():
    from casefile.extract.focus import later_stories
    page = ("Update (Feb. 20):\n\n"
            "HARTWELL, AR - One of the men hurt in the shooting on Feb. 17 at a motel on Elm "
            "Road is being charged with murder, deputies said.\n\n"
            "Update (Feb. 18):\n\n"
            "HARTWELL, AR - Police have released the name of a man found dead at a local motel "
            "after a shooting Tuesday afternoon.\n")
    assert later_stories(page, "Police make arrest in deadly motel shooting") == []


def test_a_live_pages_original_story_under_its_label_is_no_later_story():
    from casefile.extract.focus import later_stories
    text = ("UPDATE (Tuesday, 4:15 p.m.): The 18-year-old shot Saturday night has died, "
            "police said. The charge against the suspect has been amended to murder.\n\n"
            "ORIGINAL STORY:\n\n"
            "LOUISVILLE, Ky. (WDRB) — An 18-year-old was critically injured in a shooting "
            "Saturday night, and police have arrested a 20-year-old man.\n\n"
            "Police say Demond Clayburn, 20, came out when officers knocked and was taken "
            "into custody.")
    assert later_stories(text, "Teen shot in neighborhood dies; suspect charged") == []
