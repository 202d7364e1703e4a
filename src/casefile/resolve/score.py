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
    comparison vector and the set operations whose weight would not matter.
    """
    (w_surnames, w_names, w_clash, w_city, w_other_city, w_region, w_other_region, w_gap,
     w_same_day, w_no_day, w_published, w_terms, w_terms_j, w_title_j, w_kind, w_other_kind,
     w_counts, w_title, w_city_days, w_size) = WEIGHTS
    z = BIAS
    shared = len(a.surnames & b.surnames) if a.surnames and b.surnames else 0
    if shared:
        z += w_surnames * min(shared, 3)
        if a.names and b.names:
            z += w_names * min(len(a.names & b.names), 2)
    elif a.surnames and b.surnames:
        z += w_clash
    same_city = bool(a.city and b.city and a.city == b.city)
    if a.city and b.city:
        z += w_city + w_size * max(a.size, b.size) if same_city else w_other_city
    if a.region and b.region:
        z += w_region if same_city or a.region == b.region else w_other_region
    if a.day is not None and b.day is not None:
        gap = abs(a.day - b.day)
        z += w_gap * math.log1p(gap)
        if gap <= 1:
            z += w_same_day
        if same_city and gap <= 3:
            z += w_city_days
    else:
        z += w_no_day
    if a.published is not None and b.published is not None:
        z += w_published * math.log1p(abs(a.published - b.published))
    shared_terms = a.terms & b.terms
    if shared_terms:
        places = a.places | b.places
        if same_city:
            places |= a.parts | b.parts
        terms = len(shared_terms - places)
        if terms:
            z += w_terms * math.log1p(terms)
            z += w_terms_j * terms / (len(a.terms) - len(a.terms & places)
                                      + len(b.terms) - len(b.terms & places) - terms)
    if a.title and b.title:
        title = len(a.title & b.title)
        if title:
            z += w_title_j * title / (len(a.title) + len(b.title) - title)
            z += w_title * math.log1p(title)
    if a.kind != "unknown" and b.kind != "unknown":
        z += w_kind if a.kind == b.kind else w_other_kind
    if a.killed + a.injured > 0 and a.killed == b.killed and a.injured == b.injured:
        z += w_counts
    return z


def score(a: Report, b: Report) -> float:
    """The probability that a and b report the same incident."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, linear(a, b)))))


# The log-odds of THRESHOLD: comparing log-odds spares an exp per pair.
_CUT = math.log(THRESHOLD / (1.0 - THRESHOLD))


def same_incident(a: Report, b: Report) -> bool:
    """Whether the pair scores at or above the model's threshold."""
    return linear(a, b) >= _CUT
