"""The per-Doc token lists give what spaCy's Token and Span attributes give."""

from __future__ import annotations

import pytest
from spacy.attrs import IS_TITLE

from casefile.extract.pipeline import load_nlp
from casefile.extract.tokens import tokens_of

TEXTS = [
    "",
    "\n",
    ("Two men were shot and killed Saturday night on Main Street, police said.\n\n"
     "A 16-year-old boy was wounded. Officers arrested John Smith, 23, on Sunday.  "
     "\"He ran,\" she said. Nothin' more."),
]


@pytest.fixture(scope="module")
def docs():
    return list(load_nlp().pipe(TEXTS))


def test_columns_equal_token_attributes(docs):
    for doc in docs:
        table = tokens_of(doc)
        assert table.text == [t.text for t in doc]
        assert table.lower == [t.lower_ for t in doc]
        assert table.tag == [t.tag_ for t in doc]
        assert table.is_lower == [t.is_lower for t in doc]
        assert table.is_stop == [t.is_stop for t in doc]
        assert table.lemma == [t.lemma_ for t in doc]
        assert table.pos == [t.pos_ for t in doc]
        assert table.ent_type == [t.ent_type_ for t in doc]
        assert table.like_num == [t.like_num for t in doc]
        assert table.column(IS_TITLE) == [int(t.is_title) for t in doc]
        assert table.dep == [t.dep_ for t in doc]
        assert table.head == [t.head.i for t in doc]  # heads before a token too


def test_sentences_equal_span_sent(docs):
    for doc in docs:
        table = tokens_of(doc)
        assert table.sent_start_chars == [s.start_char for s in doc.sents]
        assert table.sent_bounds == [(s.start, s.end) for s in doc.sents]
        assert [table.span_text(s, e) for s, e in table.sent_bounds] == \
            [s.text for s in doc.sents]
        assert [(e.start, e.end, e.label_) for e in table.ents] == \
            [(e.start, e.end, e.label_) for e in doc.ents]
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 4) + 1):
                span = doc[start:end]
                assert table.sent_of(span) == (span.sent.start, span.sent.end)
                assert table.sent_text(span) == span.sent.text
            assert table.sent_of(doc[start]) == (doc[start].sent.start, doc[start].sent.end)
        for char in range(len(doc.text)):
            expected = sum(1 for s in doc.sents if s.start_char <= char) - 1
            assert table.sent_index(char) == expected


def test_where_and_tokens(docs):
    doc = docs[2]
    table = tokens_of(doc)
    wanted = [t.i for t in doc if t.lower_ in {"he", "she"}]
    assert table.where_lower({"he", "she"}) == wanted
    assert table.where(lambda w: w.isdigit()) == [t.i for t in doc if t.lower_.isdigit()]
    assert [t.i for t in table.tokens(wanted)] == wanted


def test_table_is_kept_per_doc(docs):
    assert tokens_of(docs[2]) is tokens_of(docs[2])
    assert tokens_of(docs[1]) is not tokens_of(docs[2])
