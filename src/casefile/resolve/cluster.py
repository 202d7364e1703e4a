"""Clustering: reports joined by a scored link form one incident (connected components).

Components of the graph whose edges are the compared pairs scoring at or above the
threshold do not depend on the order the reports come in, which is what makes ingest
order-independent and incremental: a new report only ever joins, or joins together, the
incidents it links to.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable

from casefile.resolve.blocking import BLOCK_CAP, NEIGHBOURS, block_keys, sort_day
from casefile.resolve.features import Report
from casefile.resolve.score import CUT, linear


class Sorted:
    """A block past BLOCK_CAP: its reports sorted by (sort day, article id), held as three
    parallel lists. Sorting by (day, article id) picks the same neighbours whatever the
    numbers are. Finding a day's place reads only the days (a few thousand int objects
    shared by all reports, so mostly in the CPU cache) and the numbers are a slice, where
    a list of (day, id, number) tuples would read one scattered tuple per step and per
    neighbour: at 100k reports most of those reads miss the caches."""

    __slots__ = ("days", "ids", "numbers")

    def __init__(self, entries: list[tuple[int, str, int]]) -> None:
        entries.sort()
        self.days = [day for day, _, _ in entries]
        self.ids = [article_id for _, article_id, _ in entries]
        self.numbers = [number for _, _, number in entries]

    def nearest(self, day: int) -> list[int]:
        """The numbers of the reports to compare with a report of this day: the
        NEIGHBOURS before it and from it."""
        at = bisect.bisect_left(self.days, day)
        return self.numbers[max(0, at - NEIGHBOURS):at + NEIGHBOURS]

    def insert(self, day: int, article_id: str, number: int) -> None:
        """Add a report in its place: after those of earlier days, and among those of its
        day in order of article id (ids compared only there)."""
        days = self.days
        low = bisect.bisect_left(days, day)
        at = bisect.bisect_right(self.ids, article_id, low, bisect.bisect_right(days, day, low))
        days.insert(at, day)
        self.ids.insert(at, article_id)
        self.numbers.insert(at, number)


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


# What a block holds: the number of its one report (most blocks: a term in two weeks), a
# tuple of the numbers of up to BLOCK_CAP reports, or a Sorted past that.
Block = int | tuple[int, ...] | Sorted


class Resolver:
    """Resolve in memory: add reports one at a time, read the incidents at any point.

    What it keeps grows with the archive, and at 100k reports it is far bigger than the
    CPU caches, so every look-up in it is likely a cache miss: hence its compact form.
    Reports are numbered in the order they come in, and everything inside works on these
    numbers (ints in lists) rather than on article ids in dicts: the reports, the
    union-find parents, the members of blocks. A block of one report (more than half
    the blocks) is its number; of up to BLOCK_CAP reports, a tuple of numbers (one small
    object, which the garbage collector stops tracking, unlike a list); only a block past
    the cap is a Sorted (parallel lists of days, article ids and numbers).
    """

    def __init__(self) -> None:
        self._number: dict[str, int] = {}  # article id -> number
        self._reports: list[Report] = []  # by number
        self._days: list[int] = []  # sort day, by number
        self._article_ids: list[str] = []  # by number
        self._parent: list[int] = []  # union-find over numbers, path halving
        self._blocks: dict[str, Block] = {}
        self.compared = 0

    def _candidates(self, keys: list[str], day: int) -> tuple[set[int], list[Block | None]]:
        """The numbers of the stored reports sharing a key (capped per key), and the block
        of each key (None for a new key), for _index to add to without looking it up."""
        found: set[int] = set()
        fetched = [self._blocks.get(key) for key in keys]
        for block in fetched:
            if block is None:
                continue
            if type(block) is int:
                found.add(block)
            elif type(block) is tuple:
                found.update(block)
            else:
                found.update(block.nearest(day))  # type: ignore[union-attr]
        return found, fetched

    def candidates(self, report: Report) -> set[str]:
        """The stored reports that share a blocking key with report (capped per key)."""
        found, _ = self._candidates(block_keys(report), sort_day(report))
        return {self._article_ids[n] for n in found} - {report.article_id}

    def _find(self, number: int) -> int:
        parent = self._parent
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    def _links(self, report: Report, found: set[int]) -> list[int]:
        reports, parent = self._reports, self._parent
        joined: set[int] = set()
        linked = []
        # In order of article id, as ever: which pairs are scored (and so `compared`)
        # depends on the order, the incidents do not.
        for number in sorted(found, key=self._article_ids.__getitem__):
            root = number  # find(number), inline: this loop runs for every candidate
            while parent[root] != root:
                parent[root] = parent[parent[root]]
                root = parent[root]
            if root in joined:
                continue
            self.compared += 1
            # same_incident(report, reports[number]), one call less per pair
            if linear(report, reports[number]) >= CUT:
                joined.add(root)
                linked.append(number)
        return linked

    def links(self, report: Report) -> list[str]:
        """Stored reports that report scores as the same incident: at least one in each
        incident it links to (once one member links, the rest of that incident need not
        be scored: the components come out the same)."""
        found, _ = self._candidates(block_keys(report), sort_day(report))
        found.discard(self._number.get(report.article_id, -1))
        return [self._article_ids[n] for n in self._links(report, found)]

    def add(self, report: Report) -> list[str]:
        """Add a report (no-op when its article is known); returns the reports it links to."""
        if report.article_id in self._number:
            return []
        keys = block_keys(report)  # once, for both the candidates and the index
        day = sort_day(report)
        found, fetched = self._candidates(keys, day)
        linked = self._links(report, found)
        number = self._index(report, keys, fetched, day)
        for other in linked:
            self._union(number, other)
        return [self._article_ids[n] for n in linked]

    # The same rule as UnionFind.union, over report numbers in a list: the Resolver keeps
    # its own parents for speed (no dict look-up per step); UnionFind serves train.py.
    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            # The smaller number represents (any rule would do: groups() sorts).
            if rb < ra:
                ra, rb = rb, ra
            self._parent[rb] = ra

    def index(self, report: Report) -> None:
        """Make a report a candidate for later ones, without linking it to anything."""
        if report.article_id not in self._number:
            keys = block_keys(report)
            self._index(report, keys, [self._blocks.get(key) for key in keys],
                        sort_day(report))

    def _index(self, report: Report, keys: list[str], fetched: list[Block | None],
               day: int) -> int:
        """Store a report and add it to the blocks of its keys (fetched: their blocks as
        they are now; keys has no repeats, so each is still current)."""
        number = len(self._reports)
        self._number[report.article_id] = number
        self._reports.append(report)
        self._parent.append(number)
        self._days.append(day)
        self._article_ids.append(report.article_id)
        blocks = self._blocks
        for key, block in zip(keys, fetched):
            if block is None:
                blocks[key] = number
            elif type(block) is int:
                blocks[key] = (block, number)
            elif type(block) is tuple:
                if len(block) < BLOCK_CAP:
                    blocks[key] = block + (number,)  # a new tuple is cheap at this size
                else:  # past the cap: sorted by (day, article id) from now on
                    blocks[key] = Sorted([(self._days[n], self._article_ids[n], n)
                                          for n in (*block, number)])
            else:
                block.insert(day, report.article_id, number)  # type: ignore[union-attr]
        return number

    def groups(self) -> list[list[str]]:
        """The incidents so far: lists of article ids."""
        members: dict[int, list[str]] = defaultdict(list)
        for number, article_id in enumerate(self._article_ids):
            members[self._find(number)].append(article_id)
        return sorted(sorted(group) for group in members.values())


def resolve(reports: Iterable[Report]) -> list[list[str]]:
    """Group reports into incidents; the same groups whatever the order of reports.

    The reports are added in order of their day (then article id), as an archive grows:
    a block past BLOCK_CAP keeps each report's nearest in date, so the order added would
    otherwise matter there; and a report's candidates are then mostly the reports added
    last, still in the CPU cache (at 100k reports, a third less time than in random order).
    """
    resolver = Resolver()
    for report in in_order(reports):
        resolver.add(report)
    return resolver.groups()


def in_order(reports: Iterable[Report]) -> list[Report]:
    """Reports in the order resolve adds them: by day, then article id."""
    return sorted(reports, key=lambda r: (sort_day(r), r.article_id))
