"""A stated number of people (Statement) and the counts they add up to (Counts).

The types the count modules share: the numbers stated in sentences (stated_counts.py,
listed_people.py), the headline's numbers (headline_numbers.py) and the decision among
them (counts/__init__.py). They live alone so that those modules need not import one another
for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Counts:
    killed: int = 0
    injured: int = 0
    shot: int = 0  # people hurt, killed included, when a sentence says so ("four were shot")


@dataclass
class Statement:
    """One stated number of people: "four teens were shot" -> ("shot", 4, start)."""

    kind: str  # "killed", "injured" or "shot" (hurt, killed included)
    n: int
    start: int  # character offset, so the lede can be preferred
    listed: bool = False  # people listed one by one, not a number: at least so many
    # the dead are those someone killed ("the gunman killed three"): the killer not among them
    by_killer: bool = False
    # people besides others told of: "three others were hurt", "another man was shot"
    others: bool = False
    # a first report the text says was since corrected: "police initially said four ..."
    superseded: bool = False
    # the k-th one has died since ("a second man has died"): one of those told hurt before
    since: bool = False


def tally(found: list[Statement], listed: bool) -> Counts:
    counts = Counts()
    for s in found:
        if s.listed == listed:
            setattr(counts, s.kind, max(getattr(counts, s.kind), s.n))
    return counts


def alt(ws: list[str] | set[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in ws)
