"""resolve: which reports describe the same incident (blocking → scoring → clustering).

    reports = [Report.of(article, record) for article, record in pairs]
    incidents = resolve(reports)   # [[article id, ...], ...]

Design and measurements: docs/resolve.md.
"""

from casefile.resolve.blocking import block_keys
from casefile.resolve.cluster import Resolver, UnionFind, in_order, resolve
from casefile.resolve.features import Report
from casefile.resolve.score import compare, same_incident, score

__all__ = ["Report", "Resolver", "UnionFind", "block_keys", "compare", "in_order", "resolve",
           "same_incident", "score"]
