"""What resolve knows of a report's town from the gazetteer: its size, the names of its
county and its neighbourhoods, and the abbreviations of its state."""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from casefile.resolve.words import COUNTY_WORDS

_NOT_ALNUM = re.compile(r"[^\w]|_")


class Town(NamedTuple):
    population: int
    # The words of its county's name, without "County", and of its neighbourhoods' names
    # ("Brask County", "Far Hollow"): the parts of town every report of it may name.
    parts: frozenset[str]


def place_key(value: str | None) -> str:
    """A place name as compared: lower case, words only."""
    return " ".join(re.findall(r"[a-z0-9]+", (value or "").lower()))


@cache
def _towns() -> dict[tuple[str, str], Town]:
    """The gazetteer's towns (read_towns)."""
    path = resources.files("casefile.data").joinpath("gazetteer.csv")
    with path.open("r", encoding="utf-8") as fh:
        rows = csv.reader(fh)
        next(rows)
        return read_towns(rows)


def read_towns(rows: Iterable[Sequence[str]]) -> dict[tuple[str, str], Town]:
    """(place key of a town, of its region) -> the biggest town of that name there, from
    gazetteer rows (name, region, county, country, population, city of a neighbourhood)."""
    towns: dict[tuple[str, str], Town] = {}
    neighbourhoods: dict[tuple[str, str], set[str]] = {}
    for name, region, county, _country, population, city in rows:
        key = (place_key(name), place_key(region))
        if key not in towns or int(population) > towns[key].population:
            towns[key] = Town(int(population),
                              frozenset(place_key(county).split()) - COUNTY_WORDS)
        if city:  # a neighbourhood of that city
            words = neighbourhoods.setdefault((place_key(city), place_key(region)), set())
            words.update(place_key(name).split())
    for key, words in neighbourhoods.items():
        if key in towns:
            towns[key] = towns[key]._replace(parts=towns[key].parts | words)
    return towns


@cache
def _region_forms() -> dict[str, frozenset[str]]:
    """Place key of a state -> its abbreviations as terms read them ("Ind." is "ind")."""
    text = resources.files("casefile.data").joinpath("places.json").read_text("utf-8")
    forms: dict[str, set[str]] = {}
    for form, region in json.loads(text)["us_state_abbreviations"].items():
        forms.setdefault(place_key(region), set()).add(_NOT_ALNUM.sub("", form.lower()))
    return {region: frozenset(keys) for region, keys in forms.items()}


@lru_cache(maxsize=1 << 16)  # one float object for every report of a town
def city_size(city: str, region: str) -> float:
    """log10 of a city's population, 0 when the gazetteer lacks it. A big city has several
    shootings a day, so two of its reports of one day are often two incidents; two
    reports of one small town seldom are."""
    town = _towns().get((city, region)) if city else None
    return math.log10(1 + town.population) if town else 0.0


def city_parts(city: str, region: str) -> frozenset[str]:
    """The words of a city's county and neighbourhoods (Town.parts); none without a city."""
    town = _towns().get((city, region)) if city else None
    return town.parts if town else frozenset()


@lru_cache(maxsize=1 << 16)
def place_words(city: str, region: str) -> frozenset[str]:
    """The words of a place's own name: its city's and region's, and the region's
    abbreviations ("Ind." is "ind"), which reports of any incident there write.

    Cached: every Report of one place then holds the same frozenset (less memory, and
    score.linear skips the union of a set with itself)."""
    return (frozenset(city.split()) | frozenset(region.split())
            | _region_forms().get(region, frozenset()))
