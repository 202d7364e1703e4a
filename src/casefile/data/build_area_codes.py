"""Rebuild area_codes.json, the US state of each telephone area code, from the geocoding
data of the phonenumbers package (Google's libphonenumber).

Run: python -m casefile.data.build_area_codes   (writes src/casefile/data/area_codes.json)

Why a table of our own: importing `phonenumbers.geocoder` loads the descriptions of every
country's numbers in every language, about 100 MiB in each process that reads a text;
extract/places/phones.py needs only the US area codes, and an area code lies in one state.
Each code's state is the one its numbers' descriptions name ("Wilmington, DE" or
"Delaware"), over every exchange prefix; a code whose numbers name several states or none
is left out.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import phonenumbers
from phonenumbers import geocoder

from casefile.extract.places.geonames import gazetteer

OUT = Path(__file__).with_name("area_codes.json")


def area_codes() -> dict[str, str]:
    """Area code -> full state name."""
    g = gazetteer()
    table: dict[str, str] = {}
    for npa in range(200, 1000):
        states: Counter[str] = Counter()
        for nxx in range(200, 1000, 7):  # a spread of exchanges is enough to see the state
            number = phonenumbers.parse(f"+1{npa}{nxx}0100")
            if not phonenumbers.is_valid_number(number):
                continue
            where = geocoder.description_for_number(number, "en")
            state = g.postal.get(where.rsplit(", ", 1)[-1]) or g.state(where) if where else None
            if state:
                states[state] += 1
        if len(states) == 1:
            table[str(npa)] = next(iter(states))
    return table


def main() -> None:
    OUT.write_text(json.dumps(area_codes(), indent=0, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
