"""The states that the text's US telephone numbers belong to: a tip line or a police
number ("call 302-555-0100") is a local number of the area the story is in.

Whether a number is a valid one is the phonenumbers package's word (Google's
libphonenumber); the state of its area code is read from data/area_codes.json, a table
built from that package's geocoding data (casefile.data.build_area_codes: importing the
geocoder itself costs about 100 MiB a process). A number counts as the publisher's site does:
weakly for its state (a story may give the number of an office elsewhere), and more for
the namesakes of a town that lie in that state (vote.py).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

import phonenumbers

from casefile.extract.places.mentions import PlaceMention

W_PHONE = 0.5  # one number's vote for its state, against 1.0 for a state the text names


def phone_mentions(text: str) -> list[PlaceMention]:
    """A state vote for each distinct US geographic number in the text (toll-free and other
    non-geographic numbers name no place)."""
    out: list[PlaceMention] = []
    seen: set[str] = set()
    # (phonenumbers' own matcher reads every character of the text and costs more than a
    # twentieth of the pipeline's time; a regular expression finds the few candidates)
    for hit in _NUMBER.finditer(text):
        try:
            number = phonenumbers.parse(hit.group(), "US")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number) or number.country_code != 1:
            continue
        state = _area_codes().get(str(number.national_number)[:3])
        if not state or hit.group() in seen:
            continue
        seen.add(hit.group())
        # like the site's own state (site=True): its namesakes of a town are the likelier
        out.append(PlaceMention(hit.start(), hit.end(), "state", W_PHONE, region=state, site=True))
    return out


# A ten-digit North American number: "302-555-0143", "(302) 555-0143", "302.555.0143"
_NUMBER = re.compile(r"(?<![\d-])\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}(?![\d-])")


@cache
def _area_codes() -> dict[str, str]:
    """US area code -> full state name."""
    text = resources.files("casefile.data").joinpath("area_codes.json").read_text("utf-8")
    table: dict[str, str] = json.loads(text)
    return table
