"""Pairwise scoring: the probability that two reports describe the same incident.

A logistic model over a few comparisons of two Reports. Its weights are learnt from the
labelled pairs of a gold set by `python -m casefile.resolve.train` and shipped in
weights.py; every comparison is symmetric, so score(a, b) == score(b, a).
"""

from __future__ import annotations

import math

from casefile.resolve.features import Report
from casefile.resolve.weights import BIAS, THRESHOLD, WEIGHTS

FEATURES = (
    "shared_surnames", "shared_names", "surname_clash", "same_city", "other_city",
    "same_region", "other_region", "day_gap", "same_day", "no_day", "published_gap",
    "shared_terms", "terms_jaccard", "title_jaccard", "same_kind", "other_kind",
    "same_counts", "shared_title", "same_city_days", "city_size",
)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def own_terms(a: Report, b: Report) -> tuple[frozenset[str], frozenset[str]]:
    """The terms of two reports other than the words of either's city or region, and of
    the city's county and neighbourhoods when they name the same city."""
    places = a.places | b.places
    if a.city and a.city == b.city:
        places |= a.parts | b.parts
    return a.terms - places, b.terms - places


def regions_agree(a: Report, b: Report) -> bool:
    """Whether two reports' regions count as the same: equal, or the city is the same.

    A report that names a town but not its state gets the state of the commonest town of
    that name, so one city with two regions is more often one guess than two towns."""
    return a.region == b.region or bool(a.city and a.city == b.city)


def compare(a: Report, b: Report) -> list[float]:
    """The comparison vector of two reports, in the order of FEATURES."""
    terms_a, terms_b = own_terms(a, b)
    shared_surnames = len(a.surnames & b.surnames)
    both_days = a.day is not None and b.day is not None
    gap = abs(a.day - b.day) if both_days else 0  # type: ignore[operator]
    published_gap = (abs(a.published - b.published)
                     if a.published is not None and b.published is not None else 0)
    both_city = bool(a.city and b.city)
    both_region = bool(a.region and b.region)
    known_kind = a.kind != "unknown" and b.kind != "unknown"
    same_region = regions_agree(a, b)
    return [
        min(shared_surnames, 3),
        min(len(a.names & b.names), 2),
        float(bool(a.surnames and b.surnames) and not shared_surnames),
        float(both_city and a.city == b.city),
        float(both_city and a.city != b.city),
        float(both_region and same_region),
        float(both_region and not same_region),
        math.log1p(gap),
        float(both_days and gap <= 1),
        float(not both_days),
        math.log1p(published_gap),
        math.log1p(len(terms_a & terms_b)),
        _jaccard(terms_a, terms_b),
        _jaccard(a.title, b.title),
        float(known_kind and a.kind == b.kind),
        float(known_kind and a.kind != b.kind),
        float(a.killed + a.injured > 0 and (a.killed, a.injured) == (b.killed, b.injured)),
        math.log1p(len(a.title & b.title)),
        float(both_city and a.city == b.city and both_days and gap <= 3),
        max(a.size, b.size) if both_city and a.city == b.city else 0.0,
    ]


def linear(a: Report, b: Report) -> float:
    """The model's log-odds for a pair: BIAS + WEIGHTS . compare(a, b), computed inline.

    Resolve scores every candidate pair, so this is the hot loop: it skips building the
    comparison vector and the set operations whose weight would not matter. Most pairs
    share no surname and no title word, so `isdisjoint` (which builds nothing) comes
    before counting what is shared; a new set is garbage to collect, and at 100k reports
    the collector's passes over all objects are a good part of the time. The terms are
    added to z in the order of FEATURES, so the sum is the same float bit for bit.
    """
    z = BIAS
    sa, sb = a.surnames, b.surnames
    if sa and sb:
        if sa.isdisjoint(sb):
            z += _W_CLASH
        else:
            # One shared surname when either has one (most reports): no set to build.
            z += _W_SURNAMES * (1 if len(sa) == 1 or len(sb) == 1 else min(len(sa & sb), 3))
            na, nb = a.names, b.names
            if na and nb and not na.isdisjoint(nb):
                z += _W_NAMES * min(len(na & nb), 2)
    ca, cb = a.city, b.city
    same_city = False
    if ca and cb:
        if ca == cb:
            same_city = True
            z += _W_CITY + _W_SIZE * max(a.size, b.size)
        else:
            z += _W_OTHER_CITY
    if a.region and b.region:
        z += _W_REGION if same_city or a.region == b.region else _W_OTHER_REGION
    day_a, day_b = a.day, b.day
    if day_a is not None and day_b is not None:
        gap = abs(day_a - day_b)
        z += _W_GAP * math.log1p(gap)
        if gap <= 1:
            z += _W_SAME_DAY
        if same_city and gap <= 3:
            z += _W_CITY_DAYS
    else:
        z += _W_NO_DAY
    if a.published is not None and b.published is not None:
        z += _W_PUBLISHED * math.log1p(abs(a.published - b.published))
    ta, tb = a.terms, b.terms
    shared_terms = ta & tb
    if shared_terms:
        # The words of either's place are not shared terms. Two reports of one place
        # share the very same frozensets (features.place_words and towns.city_parts are
        # cached), so a union of a set with itself is skipped.
        places = a.places if a.places is b.places else a.places | b.places
        if same_city:
            places = places | (a.parts if a.parts is b.parts else a.parts | b.parts)
        terms = len(shared_terms - places) if places else len(shared_terms)
        if terms:
            z += _W_TERMS * math.log1p(terms)
            z += _W_TERMS_J * terms / (len(ta) - len(ta & places)
                                       + len(tb) - len(tb & places) - terms)
    ha, hb = a.title, b.title
    if ha and hb and not ha.isdisjoint(hb):
        title = len(ha & hb)
        z += _W_TITLE_J * title / (len(ha) + len(hb) - title)
        z += _W_TITLE * math.log1p(title)
    if a.kind != "unknown" and b.kind != "unknown":
        z += _W_KIND if a.kind == b.kind else _W_OTHER_KIND
    if a.killed + a.injured > 0 and a.killed == b.killed and a.injured == b.injured:
        z += _W_COUNTS
    return z


# The weights by name, for linear(): module constants, not a tuple unpacked per pair.
(_W_SURNAMES, _W_NAMES, _W_CLASH, _W_CITY, _W_OTHER_CITY, _W_REGION, _W_OTHER_REGION, _W_GAP,
 _W_SAME_DAY, _W_NO_DAY, _W_PUBLISHED, _W_TERMS, _W_TERMS_J, _W_TITLE_J, _W_KIND,
 _W_OTHER_KIND, _W_COUNTS, _W_TITLE, _W_CITY_DAYS, _W_SIZE) = WEIGHTS

def score(a: Report, b: Report) -> float:
    """The probability that a and b report the same incident."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, linear(a, b)))))


# The log-odds of THRESHOLD: comparing log-odds spares an exp per pair.
CUT = math.log(THRESHOLD / (1.0 - THRESHOLD))


def same_incident(a: Report, b: Report) -> bool:
    """Whether the pair scores at or above the model's threshold."""
    return linear(a, b) >= CUT
