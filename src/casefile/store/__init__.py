"""store: articles, their case records and their incidents in SQLite or PostgreSQL.

    with Store.open("casefile.db") as store:
        summary = ingest(iter_articles(["reports/"]), store, Extractor())
        store.export("csv", sys.stdout)        # one row per incident
        case = store.incident("inc_…")         # an old, merged-away id works too
"""

from casefile.store.export import CSV_COLUMNS, flat_row
from casefile.store.ingest import Failure, IngestSummary, RecordExtractor, ingest
from casefile.store.store import ExportFormat, Store

__all__ = [
    "CSV_COLUMNS", "ExportFormat", "Failure", "IngestSummary", "RecordExtractor", "Store",
    "flat_row", "ingest",
]
