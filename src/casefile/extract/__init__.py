"""extract: one Article in, one Record (its case record) out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from casefile.extract.analyse import build_record
from casefile.extract.pipeline import load_nlp
from casefile.models import Article, Record

__all__ = ["Extractor", "extract_article"]


class Extractor:
    """Runs the spaCy pipeline and casefile's rules over articles."""

    def __init__(self, model: str | None = None):
        self.nlp = load_nlp(model)

    def docs(self, articles: Iterable[Article], n_process: int = 1,
             batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
        """Each article with its parsed Doc."""
        buffered: list[Article] = []

        def texts() -> Iterator[str]:
            for article in articles:
                buffered.append(article)
                yield article.text

        for doc in self.nlp.pipe(texts(), n_process=n_process, batch_size=batch_size):
            yield buffered.pop(0), doc

    def extract(self, article: Article) -> Record:
        """The case record of one article."""
        return build_record(self.nlp(article.text), article)

    def extract_many(self, articles: Iterable[Article], n_process: int = 1,
                     batch_size: int = 32) -> Iterator[Record]:
        """The case records of many articles, in order."""
        for article, doc in self.docs(articles, n_process=n_process, batch_size=batch_size):
            yield build_record(doc, article)


def extract_article(article: Article, model: str | None = None) -> Record:
    """The case record of one article, with the configured (or given) model."""
    return Extractor(model).extract(article)
