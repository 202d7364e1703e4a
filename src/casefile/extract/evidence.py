"""Evidence: the spans of text that support each extracted value."""

from __future__ import annotations

from casefile.models import Evidence


class EvidenceBank:
    """Hands out stable ids (ev1, ev2, …) for spans of one article, one id per distinct span."""

    def __init__(self, article_id: str, text: str):
        self.article_id = article_id
        self.text = text
        self._ids: dict[tuple[int, int], str] = {}
        self.items: dict[str, Evidence] = {}

    def add(self, start: int, end: int) -> str:
        """The id of the span [start, end) of the article's text, adding it if new."""
        key = (start, end)
        if key not in self._ids:
            ev_id = f"ev{len(self._ids) + 1}"
            self._ids[key] = ev_id
            self.items[ev_id] = Evidence(
                article=self.article_id, start=start, end=end, text=self.text[start:end]
            )
        return self._ids[key]

    def add_span(self, span) -> str:  # a spaCy Span or Token
        """The id of a spaCy span or token."""
        if hasattr(span, "start_char"):
            return self.add(span.start_char, span.end_char)
        return self.add(span.idx, span.idx + len(span))
