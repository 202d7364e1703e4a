"""Clustering: reports joined by a scored link form one incident (connected components).

Components of the graph whose edges are the compared pairs scoring at or above the
threshold do not depend on the order the reports come in, which is what makes ingest
order-independent and incremental: a new report only ever joins, or joins together, the
incidents it links to.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence

from casefile.resolve.blocking import BLOCK_CAP, NEIGHBOURS, block_keys, sort_day
from casefile.resolve.features import Report
from casefile.resolve.score import same_incident


def nearest(block: Sequence[tuple[int, str]], day: int) -> list[str]:
    """The ids of a block (sorted by day) to compare with a report of this day."""
    if len(block) <= BLOCK_CAP:
        return [item for _, item in block]
    at = bisect.bisect_left(block, (day, ""))
    return [item for _, item in block[max(0, at - NEIGHBOURS):at + NEIGHBOURS]]


class UnionFind:
    """Disjoint sets of ids, with path halving."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, item: str) -> None:
        """Make item a set of its own (no-op when known)."""
        self.parent.setdefault(item, item)

    def find(self, item: str) -> str:
        """The representative of item's set."""
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        """Join the sets of a and b."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller id represents, so a set's representative is order-independent.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra

    def groups(self) -> list[list[str]]:
        """Every set, each sorted, sets sorted by their first member."""
        members: dict[str, list[str]] = defaultdict(list)
        for item in self.parent:
            members[self.find(item)].append(item)
        return sorted(sorted(group) for group in members.values())


class Resolver:
    """Resolve in memory: add reports one at a time, read the incidents at any point."""

    def __init__(self) -> None:
        self.reports: dict[str, Report] = {}
        self.blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.sets = UnionFind()
        self.compared = 0

    def candidates(self, report: Report) -> set[str]:
        """The stored reports that share a blocking key with report (capped per key)."""
        day = sort_day(report)
        found: set[str] = set()
        for key in block_keys(report):
            block = self.blocks.get(key)
            if block:
                found.update(nearest(block, day))
        found.discard(report.article_id)
        return found

    def links(self, report: Report) -> list[str]:
        """Stored reports that report scores as the same incident: at least one in each
        incident it links to (once one member links, the rest of that incident need not
        be scored: the components come out the same)."""
        joined: set[str] = set()
        linked = []
        for candidate in sorted(self.candidates(report)):
            root = self.sets.find(candidate)
            if root in joined:
                continue
            self.compared += 1
            if same_incident(report, self.reports[candidate]):
                joined.add(root)
                linked.append(candidate)
        return linked

    def add(self, report: Report) -> list[str]:
        """Add a report (no-op when its article is known); returns the reports it links to."""
        if report.article_id in self.reports:
            return []
        linked = self.links(report)
        self.index(report)
        for other in linked:
            self.sets.union(report.article_id, other)
        return linked

    def index(self, report: Report) -> None:
        """Make a report a candidate for later ones, without linking it to anything."""
        self.reports[report.article_id] = report
        self.sets.add(report.article_id)
        day = sort_day(report)
        for key in block_keys(report):
            bisect.insort(self.blocks[key], (day, report.article_id))

    def groups(self) -> list[list[str]]:
        """The incidents so far: lists of article ids."""
        return self.sets.groups()


def resolve(reports: Iterable[Report]) -> list[list[str]]:
    """Group reports into incidents; the same groups whatever the order of reports."""
    resolver = Resolver()
    for report in reports:
        resolver.add(report)
    return resolver.groups()
