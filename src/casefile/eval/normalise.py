"""How names, places and states are compared in evaluation (docs/evaluation.md)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Generational suffixes are not surnames: "Raymond Patterson III" is a Patterson.
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
_NICKNAME = re.compile(r"[\"“”][^\"“”]*[\"“”]")  # John "Ace" Doe
_ALIAS = re.compile(r"\s+(?:aka|a/k/a|a\.k\.a\.)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.\-]+")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[^\w]|_")
# Abbreviations GVA spells out ("Saint Louis") that reports often do not ("St. Louis").
_PLACE_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_COUNTY = re.compile(r"\s+(?:county|parish|borough)$")
_STATE_ALIASES = {"washington dc": "district of columbia", "dc": "district of columbia",
                  "washington d c": "district of columbia"}
_CITY_ALIASES = {"new york city": "new york", "nyc": "new york"}


def word_key(word: str) -> str:
    """A word as compared: lower case, possessive and punctuation dropped."""
    return _NOT_ALNUM.sub("", _POSSESSIVE.sub("", word).lower())


def surname_keys(name: str | None) -> set[str]:
    """The surname keys of a name: its last real token, one per 'AKA' alternative."""
    if not name:
        return set()
    keys = set()
    for alternative in _ALIAS.split(_NICKNAME.sub(" ", name)):
        tokens = [word_key(t) for t in alternative.split()]
        tokens = [t for t in tokens if t and t not in _SUFFIXES]
        if tokens:
            keys.add(tokens[-1])
    return keys


def surname_forms(name: str | None) -> set[str]:
    """The surname keys of a name and the parts of a compound one: "Ann Gale-Moss" is a
    "galemoss", a "gale" and a "moss", as reports shorten it."""
    keys = surname_keys(name)
    if name:
        for alternative in _ALIAS.split(_NICKNAME.sub(" ", name)):
            tokens = [t for t in alternative.split() if word_key(t) not in _SUFFIXES]
            if tokens and "-" in tokens[-1]:
                keys.update(k for k in map(word_key, tokens[-1].split("-")) if len(k) > 1)
    return keys


# A surname of MIN_FUZZY letters or more may differ by one letter between a report and the
# archive ("Milet" / "Millet", "McFarlane" / "MacFarlane", "Thompkins" / "Tompkins"):
# the report is right to spell it as it does, so the two agree.
MIN_FUZZY = 5


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one letter apart (one changed, added, dropped, or
    two neighbours swapped)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1]


def _close(a: str, b: str) -> bool:
    # Not the first letter ("Hernandez" / "Fernandez" are two names), nor an "s" at the
    # end alone ("Williams" / "William": a surname and a first name).
    return len(a) >= MIN_FUZZY and len(b) >= MIN_FUZZY and a[0] == b[0] \
        and a.rstrip("s") != b.rstrip("s") and _one_edit(a, b)


def surnames_agree(left: set[str], right: set[str]) -> bool:
    """Whether two sets of surname forms share a surname, spelt alike or one letter apart."""
    if left & right:
        return True
    return any(_close(a, b) for a in left for b in right)


def first_key(name: str | None) -> str:
    """The first token of a name as compared, used only to break ties between namesakes."""
    tokens = [word_key(t) for t in _NICKNAME.sub(" ", name or "").split()]
    tokens = [t for t in tokens if t]
    return tokens[0] if tokens else ""


def word_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word of a text as (key, start, end)."""
    for match in _WORD.finditer(text):
        key = word_key(match.group().strip(".-'’"))
        if key:
            yield key, match.start(), match.end()


def _place(value: str) -> str:
    # An apostrophe joins its word ("Lee’s Summit" = "Lees Summit"), as it does in surnames.
    value = re.sub(r"['’]", "", value.lower())
    words = [_PLACE_WORDS.get(w, w) for w in re.findall(r"[a-z0-9]+", value)]
    return " ".join(words)


def city_alternatives(city_or_county: str) -> set[str]:
    """The normalised place names that count as GVA's city_or_county.

    "Chicago (Rogers Park)" accepts Chicago or Rogers Park; "Franklin County" and
    "Franklin (county)" accept "Franklin County" or "Franklin".
    """
    match = re.fullmatch(r"\s*(.*?)\s*\((.*)\)\s*", city_or_county)
    outer, inner = (match.group(1), match.group(2)) if match else (city_or_county, "")
    names = {outer}
    if inner.strip().lower() == "county":
        names.add(f"{outer} county")
    elif inner.strip():
        names.add(inner)
    result = set()
    for name in names:
        key = place_key(name)
        if key:
            result.add(key)
            result.add(_COUNTY.sub("", key))
    return result


def place_key(value: str | None) -> str:
    """A place name as compared: lower case, words only, abbreviations spelled out."""
    key = _place(value or "")
    return _CITY_ALIASES.get(key, key)


def place_keys(value: str | None) -> set[str]:
    """A predicted place's keys: as written and without a trailing 'County'."""
    key = place_key(value)
    return {key, _COUNTY.sub("", key)} - {""}


def state_key(value: str | None) -> str:
    """A state name as compared: lower case, punctuation dropped, DC spellings unified."""
    key = " ".join(re.findall(r"[a-z]+", (value or "").lower()))
    return _STATE_ALIASES.get(key, key)
