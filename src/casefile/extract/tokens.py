"""Token attributes of one Doc as plain Python lists, read once and kept with the Doc.

Every `doc[i]` and every step of `for tok in doc` builds a new spaCy Token object, and the
rules walk each article many times over; reading a column of attributes once with
Doc.to_array and indexing lists is several times cheaper. The lists give exactly what the
Token attributes of the same names give (`lower[i] == doc[i].lower_`), so a rule can skip
the tokens it would ignore and build Token objects only for the rest.

    table = tokens_of(doc)
    for i in table.where_lower({"he", "she"}): ...
    start, end = table.sent_of(span)     # == (span.sent.start, span.sent.end)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from functools import cached_property
from typing import Any

from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_LOWER,
    IS_STOP,
    LEMMA,
    LENGTH,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    TAG,
)
from spacy.tokens import Doc, Span, Token

from casefile.extract.pipeline import text_of

_KEY = "casefile_tokens"


class TokenTable:
    """Columns of one Doc's token attributes, each computed on first use."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._memo: dict[str, Any] = {}

    def _strings(self, attr: int) -> list[str]:
        strings = self.doc.vocab.strings
        return [strings[h] for h in self.doc.to_array(attr).tolist()]

    @cached_property
    def text(self) -> list[str]:
        """Token.text of each token."""
        return self._strings(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        """Token.lower_ of each token."""
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        """Token.lemma_ of each token."""
        return self._strings(LEMMA)

    @cached_property
    def pos(self) -> list[str]:
        """Token.pos_ of each token."""
        return self._strings(POS)

    @cached_property
    def tag(self) -> list[str]:
        """Token.tag_ of each token."""
        return self._strings(TAG)

    @cached_property
    def is_lower(self) -> list[bool]:
        """Token.is_lower of each token."""
        return [bool(v) for v in self.doc.to_array(IS_LOWER).tolist()]

    @cached_property
    def is_stop(self) -> list[bool]:
        """Token.is_stop of each token."""
        return [bool(v) for v in self.doc.to_array(IS_STOP).tolist()]

    @cached_property
    def ent_type(self) -> list[str]:
        """Token.ent_type_ of each token."""
        return self._strings(ENT_TYPE)

    @cached_property
    def dep(self) -> list[str]:
        """Token.dep_ of each token."""
        return self._strings(DEP)

    @cached_property
    def head(self) -> list[int]:
        """Token.head.i of each token (to_array gives the offset to the head, unsigned)."""
        offsets = self.doc.to_array(HEAD).astype("int64").tolist()
        return [i + off for i, off in enumerate(offsets)]

    @cached_property
    def like_num(self) -> list[bool]:
        """Token.like_num of each token."""
        return [bool(v) for v in self.doc.to_array(LIKE_NUM).tolist()]

    @cached_property
    def _sents(self) -> tuple[list[int], list[int]]:
        """Each token's sentence as (start token, end token), the way Span.sent finds it."""
        n = len(self.doc)
        if not self.doc.has_annotation("SENT_START") or "sents" in self.doc.user_hooks \
                or "sent" in self.doc.user_span_hooks:
            sents = [(s.start, s.end) for s in (t.sent for t in self.doc)]
            return [s for s, _ in sents], [e for _, e in sents]
        flags = self.doc.to_array(SENT_START).tolist()
        starts = [0] * n
        start = 0
        for i, flag in enumerate(flags):
            if flag == 1:
                start = i
            starts[i] = start
        ends = [n] * n
        end = n
        for i in range(n - 1, -1, -1):
            ends[i] = end
            if flags[i] == 1:
                end = i
        return starts, ends

    def sent_of(self, span: Span | Token) -> tuple[int, int]:
        """(span.sent.start, span.sent.end) without building the sentence Span: like
        Span.sent, the sentence of the span's first token."""
        starts, ends = self._sents
        i = span.i if isinstance(span, Token) else span.start
        return starts[i], ends[i]

    def sent_text(self, span: Span | Token) -> str:
        """span.sent.text without building the sentence Span (the Doc's text is the
        article's, token by token, so the slice between its end tokens is the same)."""
        start, end = self.sent_of(span)
        idx, length = self.column(IDX), self.column(LENGTH)
        return text_of(self.doc)[idx[start]: idx[end - 1] + length[end - 1]]

    @cached_property
    def sent_bounds(self) -> list[tuple[int, int]]:
        """(start, end) token of each sentence of doc.sents, in order."""
        starts, ends = self._sents
        return [(i, ends[i]) for i, start in enumerate(starts) if start == i]

    def span_text(self, start: int, end: int) -> str:
        """doc[start:end].text (start < end) without building the Span."""
        idx, length = self.column(IDX), self.column(LENGTH)
        return text_of(self.doc)[idx[start]: idx[end - 1] + length[end - 1]]

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """doc.ents, read once: each read of Doc.ents builds its Spans again."""
        return tuple(self.doc.ents)

    @cached_property
    def sent_start_chars(self) -> list[int]:
        """The start_char of each sentence of doc.sents, in order."""
        starts, _ = self._sents
        idx = self.column(IDX)
        return [idx[i] for i, start in enumerate(starts) if start == i]

    def sent_index(self, char: int) -> int:
        """The index in doc.sents of the last sentence starting at or before a character."""
        return bisect_right(self.sent_start_chars, char) - 1

    def column(self, attr: int) -> list[int]:
        """One attribute (a spacy.attrs ID) of each token, as Doc.to_array gives it."""
        key = f"column:{attr}"
        if key not in self._memo:
            self._memo[key] = self.doc.to_array(attr).tolist()
        return self._memo[key]

    def where(self, test: Callable[[str], bool]) -> list[int]:
        """Indices of the tokens whose lower-case form passes `test`, in text order."""
        return [i for i, w in enumerate(self.lower) if test(w)]

    def where_lower(self, words: Collection[str]) -> list[int]:
        """Indices of the tokens whose lower-case form is in `words`, in text order."""
        return [i for i, w in enumerate(self.lower) if w in words]

    def tokens(self, indices: list[int]) -> Iterator[Token]:
        """The Token objects at some indices, in the given order."""
        doc = self.doc
        return (doc[i] for i in indices)

    def memo(self, name: str, make: Callable[[TokenTable], Any]) -> Any:
        """A value derived from this Doc, computed by `make` once and kept."""
        if name not in self._memo:
            self._memo[name] = make(self)
        return self._memo[name]


def tokens_of(doc: Doc) -> TokenTable:
    """The TokenTable of a Doc, made once and kept in its user_data (as text_of does)."""
    table = doc.user_data.get(_KEY)
    if table is None or table.doc is not doc:
        table = doc.user_data[_KEY] = TokenTable(doc)
    return table
