"""Blocking: the keys under which two reports are compared at all.

Two reports are compared only when they share a key. A key's block is small for most keys
(a surname in one region, a city in one week); for a block that grows past BLOCK_CAP (a
common surname or word in a large archive) a report is compared with its NEIGHBOURS nearest in
date on each side, the sorted-neighbourhood method. That bounds the comparisons per
report, so resolve grows linearly with the number of reports, whatever the data.
"""

from __future__ import annotations

from collections.abc import Iterator

from casefile.resolve.features import Report

BLOCK_CAP = 12
NEIGHBOURS = 6
CITY_DAYS = 7  # a city block spans a week, in two overlapping tilings (see _buckets)
REGION_DAYS = 3
TERM_KEYS = 6  # the longest (rarest) words only: each key is up to 2 x NEIGHBOURS comparisons
TERM_DAYS = 14  # a shared capitalised word of the text (a street, a bar) within two weeks


def _buckets(day: int, width: int) -> Iterator[str]:
    # Two tilings offset by half a width: two days at most width // 2 apart always share
    # a bucket in one of them, without comparing every pair in a sliding window.
    yield f"{day // width}"
    yield f"{(day + width // 2) // width}h"


def block_keys(report: Report) -> list[str]:
    """Every blocking key of a report, without repeats, in a stable order."""
    # A bare surname is common across a country: only within one region is it a block.
    keys: list[str] = [f"s:{name}:{report.region}" for name in sorted(report.surnames)]
    if report.published is not None and report.published != report.day:
        # A wrong incident date must not hide a report: its publication day counts too.
        if report.city:
            keys += [f"c:{report.city}:{b}" for b in _buckets(report.published, CITY_DAYS)]
        if report.region:
            keys += [f"r:{report.region}:{b}" for b in _buckets(report.published, REGION_DAYS)]
    keys += [f"n:{name}" for name in sorted(report.names)]
    if report.day is not None:
        if report.city:
            keys += [f"c:{report.city}:{b}" for b in _buckets(report.day, CITY_DAYS)]
        if report.region:
            keys += [f"r:{report.region}:{b}" for b in _buckets(report.day, REGION_DAYS)]
    # A report without a place, or with the wrong one, still names the street, the bar,
    # the victim the extractor missed: a capitalised word of its opening within two weeks
    # is a key (the place's own words are already keys above).
    places = set(report.city.split()) | set(report.region.split())
    day = sort_day(report)
    for term in sorted(report.terms - places, key=lambda t: (-len(t), t))[:TERM_KEYS]:
        keys += [f"t:{term}:{b}" for b in _buckets(day, TERM_DAYS)]
    return list(dict.fromkeys(keys))


def sort_day(report: Report) -> int:
    """The day a report is sorted by inside a block (0 when it has none)."""
    return report.day or report.published or 0
