"""extract: one Article in, one Record (its case record) out.

Every article is first scored by the relevance classifier (casefile.relevance); one that
does not report a violent incident gets a record with `relevant: false` and no people,
without running the NLP pipeline over it.
"""

from __future__ import annotations

import multiprocessing
import re
import warnings
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from functools import cache
from typing import cast

from spacy.tokens import Doc

from casefile.extract.analyse import build_record, record_id
from casefile.extract.counts import headline_counts
from casefile.extract.pipeline import load_nlp
from casefile.lexicons import methods
from casefile.models import Article, Record
from casefile.relevance import is_relevant, relevance_reason
from casefile.relevance import score as relevance_score

__all__ = ["Extractor", "extract_article", "reports_violence", "skipped_record"]


def skipped_record(article: Article, relevance: float) -> Record:
    """The record of an article judged not to report a violent incident."""
    return Record(
        id=record_id(article.id),
        articles=[article.id],
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        url=article.url,
        relevant=False,
        relevance=round(relevance, 4),
        skip_reason=relevance_reason(relevance),
    )


def reports_violence(title: str | None, relevance: float) -> bool:
    """Whether an article is extracted: its relevance score passes, or its headline counts
    people harmed by a weapon ("Five Shot During Party", "6 Wounded By Gunfire"), whatever
    its body holds (a page of links and furniture around the story scores low). A count
    without a weapon ("2 killed, 3 hurt in crash") is left to the score."""
    if is_relevant(relevance):
        return True
    counts = headline_counts(title or "")
    if counts.killed + counts.injured + counts.shot == 0:
        return False
    words = set(re.findall(r"[\w'-]+", (title or "").lower()))
    return bool(words & _weapon_words())


@cache
def _weapon_words() -> frozenset[str]:
    """The one-word method words of shooting, stabbing and explosions (lexicon `methods`)."""
    kept = ("shooting", "stabbing", "explosion")
    return frozenset(w for k, ws in methods().items() if k in kept for w in ws if " " not in w)


class Extractor:
    """Runs the relevance check, the spaCy pipeline and casefile's rules over articles.

    `check_relevance=False` extracts every article as if it were relevant (its score is
    still recorded). `fast=False` runs the model's own attribute_ruler and lemmatizer
    instead of casefile's cached equivalents (same annotations; see extract/fastpipes.py).
    """

    def __init__(self, model: str | None = None, *, check_relevance: bool = True,
                 fast: bool = True):
        self.nlp = load_nlp(model, fast)
        self.check_relevance = check_relevance

    def _score(self, article: Article) -> tuple[float, bool]:
        value = relevance_score(article.title, article.text)
        return value, reports_violence(article.title, value) or not self.check_relevance

    def extract(self, article: Article) -> Record:
        """The case record of one article."""
        value, relevant = self._score(article)
        if not relevant:
            return skipped_record(article, value)
        record = build_record(self.nlp(article.text), article)
        record.relevance = round(value, 4)
        return record

    def extract_many(self, articles: Iterable[Article], n_process: int = 1,
                     batch_size: int = 32) -> Iterator[Record]:
        """The case records of many articles, in order; only relevant ones are parsed."""
        # Articles in input order with their scores, from the first not yet yielded. When
        # nlp.pipe gives the doc of a relevant article, every article before it has been
        # scored, so the skipped ones ahead of it can be yielded first.
        pending: deque[tuple[Article, float, bool]] = deque()

        def texts() -> Iterator[str]:
            for article in articles:
                value, relevant = self._score(article)
                pending.append((article, value, relevant))
                if relevant:
                    yield article.text

        before = set(multiprocessing.active_children())
        # (a generator, which the finally below closes)
        docs = cast(Generator[Doc, None, None],
                    self.nlp.pipe(texts(), n_process=n_process, batch_size=batch_size))
        finished = False
        try:
            for doc in docs:
                while not pending[0][2]:
                    article, value, _ = pending.popleft()
                    yield skipped_record(article, value)
                article, value, _ = pending.popleft()
                record = build_record(doc, article)
                record.relevance = round(value, 4)
                yield record
            finished = True
        finally:
            if not finished and n_process > 1:
                # Stopped early (an error, or the caller stopped reading): spaCy's pipe
                # then joins its workers, which may wait forever to send a batch nobody
                # reads; end them first.
                for proc in set(multiprocessing.active_children()) - before:
                    proc.terminate()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # spaCy's "not all workers completed"
                    docs.close()
            else:
                docs.close()
        for article, value, _ in pending:
            yield skipped_record(article, value)


def extract_article(article: Article, model: str | None = None) -> Record:
    """The case record of one article, with the configured (or given) model."""
    return Extractor(model).extract(article)
