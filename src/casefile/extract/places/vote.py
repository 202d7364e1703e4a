"""The weighted vote of the place mentions for the incident's (country, region).

Each mention votes for the regions it could be in, by its weight: a state counts whole, a
county or a city splits its vote among the states that have one of that name (a city by
population; a county by the towns of it the text names, else by population). A name with
no namesake in the state of a big city whose police act, or that the site's address
names, is likely a neighbourhood of that city. Likewise a small town's name with no
namesake in a state the site's address names ("nbcconnecticut") is likely a town of it
the gazetteer lacks.
The site's mentions vote too, more weakly: namesakes in the site's state count for more,
and a US station's call sign (W east of the Mississippi, K west) favours its side. A
headline tail's state the text never names gives way to the text's (stations carry
stories from afar).
"""

from __future__ import annotations

from collections import defaultdict

from casefile.extract.places.geonames import GazPlace, gazetteer
from casefile.extract.places.mentions import PlaceMention

# Weights of each kind of vote; measured on gva-dev.
_V_STATE = 1.0
_V_COUNTY = 0.8
_V_CITY = 0.6
_V_COUNTRY = 0.5
_W_ABROAD = 0.25  # the prior of a place abroad when the site is known to be at home
_W_POLICED = 0.25  # a place with no namesake in the state of a big city whose police act
POLICE_MIN_POPULATION = 100000  # a city whose police make that so must be this big
_TEXT_OVER_TAIL = 0.4  # how strong, against a headline tail's, the text's own place must be
_W_HOME = 10.0  # how much likelier a namesake in the site's own state is
_W_SIDE = 3.0  # how much likelier a namesake on the side of the Mississippi a station's is


def candidates(m: PlaceMention) -> list[GazPlace]:
    """The gazetteer places a city-like mention may be."""
    g = gazetteer()
    name = m.city if m.kind == "district" else m.name
    places = g.lookup(name) if name else []
    if m.region:
        places = [pl for pl in places if pl.region == m.region]
    if m.country:
        places = [pl for pl in places if pl.country == m.country]
    return places


def region_of(pl: GazPlace) -> tuple[str, str]:
    return pl.country, pl.region


def _narrowed(shares: dict[str, float], placed: set[str] | None) -> dict[str, float]:
    """The shares of the states where the text places the name, renormalised; else all."""
    kept = {st: v for st, v in shares.items() if st in (placed or set())}
    if not kept:
        return shares
    total = sum(kept.values())
    return {st: v / total for st, v in kept.items()}


def vote(mentions: list[PlaceMention], home: str | None = None,
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
                 for pl in candidates(m)} & counties
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
    policed = {max(candidates(m), key=lambda pl: pl.population).region for m in mentions
               if (m.police or m.host and m.kind == "site") and candidates(m)
               and max(pl.population for pl in candidates(m)) >= POLICE_MIN_POPULATION}
    # a state the site's address names ("nbcconnecticut"): a small town's name with no
    # namesake there is likelier one of its towns the gazetteer lacks (New England's towns
    # are not in it); a big city's is not (city papers report their neighbours' news)
    hosted = {m.region for m in mentions if m.host and m.kind == "state" and m.region}
    # the votes of the text and the site's address, without a headline tail's
    own: dict[tuple[str, str], float] = defaultdict(float)

    def give(key: tuple[str, str], v: float, m: PlaceMention) -> None:
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
        places = candidates(m)
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
                and max(pl.population for pl in places) < POLICE_MIN_POPULATION:
            elsewhere = _W_POLICED
        for pl in places:
            share = size[pl] / total * prior[pl] / top
            give(region_of(pl), m.weight * _V_CITY * share * elsewhere, m)
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
