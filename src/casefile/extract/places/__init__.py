"""The incident's place, resolved with an offline gazetteer: find_location.

The stage runs in four parts, each in its module:
- geonames.py: the offline gazetteer (GazPlace, Gazetteer, gazetteer());
- mentions.py: where the text names places, and how much each counts;
- page.py: what the headline and the publisher's site name;
- vote.py: the weighted vote of all those for a (country, region);
and here, the choice of the city within the region found.

The winning region picks the best-placed city mention that lies in it, the headline's
towns included; a dateline the text never names again counts little there (it is often
the court's or the bureau's town). When the region found has no town the text names, a
name of the text with no namesake in it is the city. A small town only the headline
names votes too, by its namesakes, when nothing else does.
A county found gives way to a town of it that the text names (else its city is the
county's main town, when much its biggest: GVA and the post office name unincorporated
places so); a town named as someone's home comes after the other towns and is no better
than a named county; a hospital's town is seldom the city (and never beats a named
county); a neighbourhood (a GeoNames section without a county) reports its city too, and
so does a place the text calls a neighborhood or section, with the big city of its
region that the text names.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc

from casefile.extract import sites
from casefile.extract.evidence import EvidenceBank
from casefile.extract.pipeline import text_of
from casefile.extract.places.geonames import GazPlace, gazetteer, place_data
from casefile.extract.places.mentions import PlaceMention, Weigher, text_mentions, text_towns
from casefile.extract.places.page import W_TITLE, site_mentions, title_mentions
from casefile.extract.places.phones import phone_mentions
from casefile.extract.places.vote import POLICE_MIN_POPULATION, candidates, region_of, vote
from casefile.models import Location

__all__ = ["find_location", "gazetteer"]

_W_DATELINE_ONCE = 1.0  # the rank, among cities, of a dateline the text never names again
_W_CARE = 0.25  # a hospital's town as the city ("Christ Medical Center in Oak Lawn")
_QUARTER_WORDS = "neighborhood|neighbourhood|section"  # after the name of a part of a city


def find_location(doc: Doc, bank: EvidenceBank, title: str = "",
                  url: str | None = None) -> Location | None:
    """The place of the incident the article reports, or None (see _located); where the
    text puts it in an unincorporated part of a county of the region found ("in
    unincorporated Harris County near Spring"), the place is that county, as the archives
    record it, and the city the town it is near."""
    found = _located(doc, bank, title, url)
    if found is None or not found.region:
        return found
    text = text_of(doc)
    hit = _UNINCORPORATED.search(text)
    if hit is None and _OUTSIDE_TOWNS.search(text):
        # "in an unincorporated area northeast of the city, the Doe County Sheriff's Office
        # said": the one county of the region the text names
        counties = {m["county"]: m for m in _COUNTY.finditer(text)
                    if found.region in gazetteer().county_states(m["county"])}
        hit = next(iter(counties.values())) if len(counties) == 1 else None
    if hit is None or found.region not in gazetteer().county_states(hit["county"]):
        return found
    ev = bank.add(hit.start("county"), hit.end("county"))
    return found.model_copy(update={"place": hit["county"], "text": hit["county"],
                                    "evidence": [ev]})


# "the 1900 block of Avenue H": the way American police give an address, which makes a
# town with a bigger namesake abroad (a "Birmingham" with no state) the American one
_US_BLOCK = re.compile(r"\b\d{2,5}\s+block\s+of\b", re.IGNORECASE)

# "in unincorporated Harris County", "the unincorporated Spring Valley area of Clark County"
# A county's name: "Harris County", "St. Tammany Parish"
_COUNTY_NAME = r"(?P<county>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}\s+(?:County|Parish))\b"
_UNINCORPORATED = re.compile(
    r"\bunincorporated\s+(?:(?:[A-Z][\w'-]*\s+){0,3}(?:area|section|community|part)\s+of\s+)?"
    + _COUNTY_NAME)


# Words that put a place outside any town, with no county after them
_OUTSIDE_TOWNS = re.compile(r"\bunincorporated\b|\boutside\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}"
                            r"city\s+limits\b")
_COUNTY = re.compile(r"(?<![\w.])" + _COUNTY_NAME)


def _located(doc: Doc, bank: EvidenceBank, title: str = "",
             url: str | None = None) -> Location | None:
    """The place of the incident the article reports, or None.

    The headline, when given, adds its places: it boosts the text's mentions of them, and
    gives the place (without evidence) when the text names none. The publisher's site (its
    URL, the headline's tail) adds a weaker vote for its own area."""
    mentions = text_mentions(doc)
    g0 = gazetteer()
    titled = title_mentions(title, {g0.key(m.name) for m in mentions if m.name})
    if titled:
        named = {g0.key(t.name) for t in titled if t.name}
        for m in mentions:
            if m.name and g0.key(m.name) in named:
                m.weight += W_TITLE
        mentions += titled
    mentions += site_mentions(url, title)
    mentions += phone_mentions(text_of(doc)) if mentions else []
    if not mentions:
        return None
    sign = sites.call_sign(url)
    side = frozenset(place_data()["call_sign_states"][sign]) if sign else frozenset()
    # "Polk County … on a lane in a town of it": the county of the state whose
    # town the text names, whether or not the entity recogniser saw the town
    county_names = {m.name for m in mentions if m.kind == "county"}
    in_text = text_towns(doc) if county_names or any(
        m.kind != "county" and g0.county_states(m.name) for m in mentions if m.name) else []
    towns = frozenset(pair for name in county_names for pair in _county_towns(in_text, name))
    home = sites.home_country(url) or ("US" if _US_BLOCK.search(text_of(doc)) else None)
    key = vote(mentions, home, side, towns)
    if key is None and any(m.kind == "title" and not m.votes for m in mentions):
        # a small town the headline names and nothing else places: its namesakes decide
        for m in mentions:
            m.votes = m.votes or m.kind == "title"
        home = sites.home_country(url) or ("US" if _US_BLOCK.search(text_of(doc)) else None)
    key = vote(mentions, home, side, towns)
    if key is None:
        return None
    cc, region = key
    g = gazetteer()
    # a hospital's town is no better than the county the text names ("PONTOTOC COUNTY –
    # … taken to a medical center in Tupelo")
    has_county = any(m.start >= 0 and m.name and region in g.county_states(m.name)
                     and not candidates(m) for m in mentions)
    # how often the text names each place (not as a hospital's town or as someone's home or
    # a landmark: "taken to a hospital in X", "15 miles south of downtown X" name the
    # dateline's city again, but not as the incident's)
    times_named: dict[str, int] = defaultdict(int)
    for m in mentions:
        if (m.start >= 0 or m.kind == "title") and m.name and not (m.care or m.aside):
            times_named[g.key(m.name)] += 1
    best: tuple[bool, bool, float, int] | None = None
    chosen: tuple[PlaceMention, GazPlace | None] | None = None
    for m in mentions:
        if m.kind in ("state", "country"):
            continue
        if m.kind == "county":
            ok = cc == "US" and region in g.county_states(m.name)
            pl = None
        else:
            in_region = [pl for pl in candidates(m) if region_of(pl) == key]
            pl = max(in_region, key=lambda p: p.population) if in_region else None
            # a dateline or "City, State" the gazetteer lacks still names the city
            ok = pl is not None or cc == "US" and (m.region == region or m.named)
        if not ok:
            continue
        # a county only when no city of the region is named: GVA-style records, and
        # readers, want the town
        weight = m.weight
        if m.kind == "dateline" and times_named.get(g.key(m.name), 0) < 2:
            # a dateline the report never names again is often where the reporter or the
            # court is ("PROVIDENCE – A Woonsocket man was sentenced")
            weight = _W_DATELINE_ONCE
        # a town the headline names and the text does not (the text names a court's or a
        # hospital's) competes by its weight; other places without a span come last; a
        # town named as someone's home comes after the others
        rank = (m.start >= 0 or m.kind == "title",
                m.kind != "county" and not (pl is None and g.county_states(m.name))
                and not (m.care and has_county) and not m.aside,
                weight * (_W_CARE if m.care else 1.0)
                + (1.0 if m.kind in ("dateline", "city_state") else 0.0), -m.start)
        if best is None or rank > best:
            best, chosen = rank, (m, pl)
    region_out = region or None
    if chosen is None and cc == "US" and region not in g.region_cities:
        # the text's town with no namesake in the region found is likelier one of its towns
        # the gazetteer lacks ("Bethany" on a Connecticut site) than none
        lacked = [m for m in mentions if m.kind == "city" and m.start >= 0 and m.votes
                  and not (m.aside or m.care)
                  and not any(pl.region == region for pl in g.lookup(m.name))]
        if lacked:
            m = max(lacked, key=lambda m: (m.weight, -m.start))
            ev = bank.add(m.start, m.end)
            return Location(text=text_of(doc)[m.start:m.end], place=_title(m.name),
                            city=_title(m.name), region=region_out, country=cc, evidence=[ev])
    if chosen is None:
        state_m = next((m for m in mentions if m.region == region and m.start >= 0), None)
        city_of = g.region_cities.get(region)
        if state_m is None:
            return Location(text=region or cc, place=city_of, city=city_of, region=region_out,
                            country=cc)
        ev = bank.add(state_m.start, state_m.end)
        return Location(text=text_of(doc)[state_m.start:state_m.end], place=city_of, city=city_of,
                        region=region_out, country=cc, evidence=[ev])
    m, pl = chosen
    if cc == "US" and (m.kind == "county" or pl is None and g.county_states(m.name)):
        town = _town_in_county(doc, in_text, m.name, region)
        if town is not None:
            m, pl = town
    if m.start < 0:  # from the headline: no span of the text to show
        if m.kind == "county":
            return Location(text=m.name, place=m.name, city=g.main_town(m.name, region),
                            region=region_out, country=cc)
        place = _name_of(pl, m.name, text_of(doc)[max(0, m.start - 4):m.start])
        city = pl.city if pl and pl.city else _quarter_city(doc, mentions, m, key) or place
        return Location(text=m.name, place=place, city=city, region=region_out, country=cc)
    ev = bank.add(m.start, m.end)
    span = text_of(doc)[m.start:m.end]
    if m.kind == "county" or pl is None and g.county_states(m.name):
        # a county without a town of it named: its main town, if one stands for it
        return Location(text=span, place=_title(m.name), city=g.main_town(m.name, region),
                        region=region_out, country=cc, evidence=[ev])
    if m.kind == "district":
        return Location(text=span, place=m.name, city=pl.name if pl else m.city,
                        region=region_out, country=cc, evidence=[ev])
    place = _name_of(pl, m.name, text_of(doc)[max(0, m.start - 4):m.start])
    city = pl.city if pl and pl.city else place
    if pl is None and region in g.region_cities:  # "Northeast, D.C.": a part of the city
        city = g.region_cities[region]
    if not (pl and pl.city):
        city = _quarter_city(doc, mentions, m, key) or city
    return Location(text=span, place=place, city=city, region=region_out, country=cc,
                    evidence=[ev])


def _quarter_city(doc: Doc, mentions: list[PlaceMention], m: PlaceMention,
                  key: tuple[str, str]) -> str | None:
    """The city of a place the text calls a part of one ("the Northgate neighborhood",
    "the city's Eastfield section"): the biggest of the region's big cities the
    text names, if it names one."""
    if not m.name or not re.search(rf"\b{re.escape(m.name)}[ \t]+(?:{_QUARTER_WORDS})\b",
                                   text_of(doc)):
        return None
    big = [c for x in mentions if x.start >= 0 and x.name != m.name and not x.site
           for c in candidates(x) if region_of(c) == key and not c.city
           and c.population >= POLICE_MIN_POPULATION]
    return max(big, key=lambda c: c.population).name if big else None


def _county_towns(in_text: list[tuple[int, int, str, list[GazPlace]]],
                  county: str) -> set[tuple[str, str]]:
    """The (county, state) pairs of a county's name whose towns the text names (in_text:
    text_towns)."""
    g = gazetteer()
    key = g.key(re.sub(r"\bCo\.?$", "County", county.title()))
    return {(key, pl.region) for _, _, _, towns in in_text for pl in towns
            if g.key(pl.county) == key and g.key(pl.name) != key}


def _town_in_county(doc: Doc, in_text: list[tuple[int, int, str, list[GazPlace]]],
                    county: str, region: str) -> tuple[PlaceMention, GazPlace] | None:
    """The best-placed name in the text (in_text: text_towns) of a town of the county, which
    the entity recogniser may have missed ("a Quarrow area apartment … Polk County")."""
    g = gazetteer()
    key = g.key(re.sub(r"\bCo\.?$", "County", county.title()))
    weigh = Weigher(doc)
    best: tuple[float, int, PlaceMention, GazPlace] | None = None
    for start, end, name, places in in_text:
        towns = [pl for pl in places if pl.region == region
                 and g.key(pl.county) == key and g.key(pl.name) != key]
        if towns:
            w = weigh(start)
            if best is None or (w, -start) > best[:2]:
                best = (w, -start, PlaceMention(start, end, "city", w, name=name),
                        max(towns, key=lambda t: t.population))
    return (best[2], best[3]) if best else None


def _name_of(pl: GazPlace | None, written: str, before: str = "") -> str:
    """The gazetteer's name of the place, without a "The" the text does not write as part
    of it ("in the Bronx" -> "Bronx", but "in The Dalles")."""
    if pl is None:
        return _title(written)
    if pl.name.startswith("The ") and not written.startswith("The ") \
            and not before.endswith("The "):
        return pl.name[4:]
    return pl.name


def _title(name: str) -> str:
    """ "FRANKLIN" -> "Franklin"; mixed-case names stay as written."""
    return name.title() if name.isupper() else name
