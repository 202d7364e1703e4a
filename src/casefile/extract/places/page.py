"""Places the page names outside the report's text: the headline, and the publisher's site
(extract/sites.py: its host name, URL path, headline tail).

They carry no span of the text, so no evidence. The headline's places count strongly (it
is about this story); the site's more weakly: local news is mostly local, so the site
names the area the story is likely in (vote.py weighs its namesakes so).
"""

from __future__ import annotations

import re
from functools import cache

from casefile.extract import sites
from casefile.extract.places.geonames import (
    HOST_STATE_CITY_POPULATION,
    STATE_SIZE,
    gazetteer,
    place_data,
)
from casefile.extract.places.mentions import PlaceMention, on_road, place_patterns, place_tail
from casefile.lexicons import words as lexicon_words

W_TITLE = 3.0  # a place the headline names (headlines are not in the text: no evidence)
@cache
def _person_words() -> frozenset[str]:
    """Words that name a person ("Man", "Teen", "Mother"): a headline capitalises them, and
    a namesake town ("Man" in Côte d'Ivoire) is no place of the story."""
    return lexicon_words("person_nouns") | lexicon_words("male_nouns") | lexicon_words("female_nouns")


_TITLE_MIN_POPULATION = 20000  # a headline's one-word city the text lacks must be this big
_W_SITE = 2.0  # a place the publisher's site names (host, URL path, headline tail)
_SITE_MIN_POPULATION = 10000  # a city a site's name or URL names must be this big
# (a city in a host name under HOST_STATE_CITY_POPULATION only where the name begins)
_SITE_MIN_CHARS = 5  # the shortest place name looked for inside a host name


def title_mentions(title: str, known: set[str]) -> list[PlaceMention]:
    """Places the headline names, before any " - Station name" tail, with no span."""
    g = gazetteer()
    p = place_patterns()
    head = re.split(r"\s+[-|–—:]\s+|\s+\|\s*", title, maxsplit=1)[0] if title else ""
    out: list[PlaceMention] = []
    for m in p["city_state"].finditer(head):
        state = g.state(m["state"]) or g.postal.get(m["state"])
        if state:
            out.append(PlaceMention(-1, -1, "title", W_TITLE, name=m["city"].split()[-1],
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
                if not name or (i + size < n and words[i + size] in g.street_words) \
                        or name.lower() in _person_words():
                    continue
                at = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                if on_road(head, at, at + len(name)):
                    continue  # "Shooting on 900 block of Pennsylvania"
                state = g.state(name)
                if state:
                    out.append(PlaceMention(-1, -1, "state", W_TITLE, region=state))
                elif re.search(r"\b(?:County|Co\.?)$", name) and \
                        g.county_states(re.sub(r"\bCo\.?$", "County", name)):
                    out.append(PlaceMention(-1, -1, "county", W_TITLE,
                                        name=re.sub(r"\bCo\.?$", "County", name)))
                elif name not in g.agency_words and any(
                        pl.population >= _TITLE_MIN_POPULATION or g.key(name) in known
                        for pl in g.lookup(name) if pl.country in g.country_prior):
                    out.append(PlaceMention(-1, -1, "title", W_TITLE, name=name))
                elif name not in g.agency_words and name not in place_data()["not_places"] \
                        and name.lower() not in g.directions \
                        and any(pl.country == "US" for pl in g.lookup(name)):
                    # a small town: too many namesakes to vote, but the city if the
                    # region the rest finds has one ("Brackwell man accused of …")
                    out.append(PlaceMention(-1, -1, "title", W_TITLE, name=name, votes=False))
                else:
                    continue
                found = True
            if found:
                break
    return out


def site_mentions(url: str | None, title: str) -> list[PlaceMention]:
    """Places the publisher's site names, with no span: a big city or a state inside its
    host name ("fox13memphis"), a segment of its URL path ("/local/fort-worth/"), a
    "City, State" in the headline's tail ("… - Birmingham, AL")."""
    g = gazetteer()
    out: list[PlaceMention] = []

    def named(name: str, region: str | None = None, city: bool = False,
              host: bool = False) -> None:
        state = None if city else g.state(name)
        if state:
            out.append(PlaceMention(-1, -1, "state", _W_SITE, region=state, site=True, host=host))
        else:
            out.append(PlaceMention(-1, -1, "site", _W_SITE, name=name, region=region, site=True,
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
            if population >= HOST_STATE_CITY_POPULATION or (
                    population >= _SITE_MIN_POPULATION and begins
                    and hit not in place_data()["host_words"]):
                named(found, city=population < STATE_SIZE, host=True)
    for words in sites.path_words(url):
        in_path = _path_place(words)
        if in_path:  # only the first: "/chicago/…/austin/" is about Chicago's Austin
            named(in_path, host=True)
            break
    p = place_patterns()
    for tail in sites.title_tails(title):
        with_state = False
        for m in p["city_state"].finditer(tail):
            state = g.state(m["state"]) or g.postal.get(m["state"])
            if state:  # "WTVM.com-Columbus, GA"
                spaced = re.sub(r"[.-]", " ", m["city"])
                named(place_tail(spaced, state) or spaced.split()[-1], state)
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
