"""Blocking: the keys under which two reports are compared at all.

Two reports are compared only when they share a key. A key's block is small for most keys
(a surname in one region, a city in one week); for a block that grows past BLOCK_CAP (a
common surname or word in a large archive) a report is compared with its NEIGHBOURS nearest in
date on each side, the sorted-neighbourhood method. That bounds the comparisons per
report, so resolve grows linearly with the number of reports, whatever the data.
"""

from __future__ import annotations

from functools import lru_cache

from casefile.resolve.features import Report

BLOCK_CAP = 12
NEIGHBOURS = 6
CITY_DAYS = 7  # a city block spans a week, in two overlapping tilings (see _buckets)
REGION_DAYS = 3
TERM_KEYS = 6  # the longest (rarest) words only: each key is up to 2 x NEIGHBOURS comparisons
TERM_DAYS = 14  # a shared capitalised word of the text (a street, a bar) within two weeks


def _buckets(day: int, width: int) -> tuple[str, str]:
    # Two tilings offset by half a width: two days at most width // 2 apart always share
    # a bucket in one of them, without comparing every pair in a sliding window.
    return f"{day // width}", f"{(day + width // 2) // width}h"


@lru_cache(maxsize=1 << 16)
def _place_words(city: str, region: str) -> frozenset[str]:
    # The same for every report of a place: made once per place, not once per report.
    return frozenset(city.split()) | frozenset(region.split())


def block_keys(report: Report) -> list[str]:
    """Every blocking key of a report, without repeats, in a stable order."""
    # A bare surname is common across a country: only within one region is it a block.
    city, region = report.city, report.region
    keys: list[str] = [f"s:{name}:{region}" for name in sorted(report.surnames)]
    if report.published is not None and report.published != report.day:
        # A wrong incident date must not hide a report: its publication day counts too.
        if city:
            keys += [f"c:{city}:{b}" for b in _buckets(report.published, CITY_DAYS)]
        if region:
            keys += [f"r:{region}:{b}" for b in _buckets(report.published, REGION_DAYS)]
    keys += [f"n:{name}" for name in sorted(report.names)]
    if report.day is not None:
        if city:
            keys += [f"c:{city}:{b}" for b in _buckets(report.day, CITY_DAYS)]
        if region:
            keys += [f"r:{region}:{b}" for b in _buckets(report.day, REGION_DAYS)]
    # A report without a place, or with the wrong one, still names the street, the bar,
    # the victim the extractor missed: a capitalised word of its opening within two weeks
    # is a key (the place's own words are already keys above).
    first, second = _buckets(sort_day(report), TERM_DAYS)
    # Longest first, then alphabetical: sort by word, then (stably) by length, longest
    # first; the same order as a key of (-len, word), without a Python call per word.
    terms = sorted(sorted(report.terms - _place_words(city, region)), key=len, reverse=True)
    for term in terms[:TERM_KEYS]:
        keys += (f"t:{term}:{first}", f"t:{term}:{second}")
    return list(dict.fromkeys(keys))


def sort_day(report: Report) -> int:
    """The day a report is sorted by inside a block (0 when it has none)."""
    return report.day or report.published or 0
