"""The cached attribute_ruler and lemmatizer give exactly the model's own annotations."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from casefile.extract.pipeline import load_nlp

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]

TEXTS = [
    "",
    " ",
    "\n\n",
    ("Two men were shot and killed Saturday night on Main Street, police said. "
     "A 16-year-old boy was wounded.\n\nOfficers arrested John Smith, 23, on Sunday."),
    "Y'all ain't gonna believe it. Let's go, c'mon!  There is a man here.\n\nI  saw you.",
    "Gotta go. She said she'd been hit twice; they're 'n' he's fine. It's 9:30 p.m.",
    "THE SUSPECT FLED.   Witnesses said the shooter, who wore a mask, ran toward I-95.",
    "Nothin' happened, nuthin' at all. Y'all know it, but I said nothing; but he did it.",
]


@pytest.fixture(scope="module")
def pipelines():
    return load_nlp(fast=False), load_nlp(fast=True)


def test_fast_pipeline_swaps_components(pipelines):
    slow, fast = pipelines
    assert "attribute_ruler" in slow.pipe_names and "lemmatizer" in slow.pipe_names
    assert "casefile_attribute_ruler_v1" in fast.pipe_names
    assert "casefile_lemmatizer_v1" in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    names = fast.pipe_names
    assert names.index("parser") < names.index("casefile_attribute_ruler_v1") \
        < names.index("casefile_lemmatizer_v1")


def test_load_nlp_is_cached():
    assert load_nlp() is load_nlp(None, True)
    assert load_nlp(fast=False) is not load_nlp()


def test_same_annotations(pipelines):
    slow, fast = pipelines
    # Twice through, so the second pass reads the caches the first one filled.
    for _ in range(2):
        for a, b in zip(slow.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
            assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
            assert [(t.lemma_, t.pos_, str(t.morph)) for t in a] == \
                [(t.lemma_, t.pos_, str(t.morph)) for t in b]


def test_same_matches_as_attribute_ruler(pipelines):
    _, fast = pipelines
    fast_ruler = fast.get_pipe("casefile_attribute_ruler_v1")
    ruler = fast_ruler.ruler
    with fast.select_pipes(disable=["casefile_attribute_ruler_v1", "casefile_lemmatizer_v1",
                                    "ner"]):
        docs = list(fast.pipe(TEXTS))
    for doc in docs:
        assert fast_ruler.match(doc) == ruler.match(doc)
    # The model's longer patterns ("gon na", "there is") run only from their first words.
    assert fast_ruler.start_id is not None
    assert any(e - s > 1 for doc in docs for _, _, s, e in fast_ruler.match(doc))


def test_longer_patterns_from_their_first_words(pipelines):
    _, fast = pipelines
    fast_ruler = fast.get_pipe("casefile_attribute_ruler_v1")
    with fast.select_pipes(disable=["casefile_attribute_ruler_v1", "casefile_lemmatizer_v1",
                                    "ner"]):
        doc = fast("I'm gonna go, gonna stay. There are two. Let's go y'all.")
    whole = fast_ruler.multi(doc, allow_missing=True, as_spans=False)
    starts = [i for i, ids in enumerate(fast_ruler.single(doc)) if fast_ruler.start_id in ids]
    assert sorted(fast_ruler._multi_matches(doc, starts)) == sorted(whole)
    assert len(whole) >= 3


def test_lemmatize_equals_spacy_rule_lemmatize(pipelines):
    slow, fast = pipelines
    fast_lem = fast.get_pipe("casefile_lemmatizer_v1")
    spacy_lem = slow.get_pipe("lemmatizer")
    for doc in slow.pipe(TEXTS):
        for token in doc:
            if token.pos_ in ("", "EOL", "SPACE"):
                continue
            fast_lem.lemmatizer.cache.clear()
            spacy_lem.cache.clear()
            assert fast_lem._lemmatize(token) == spacy_lem.rule_lemmatize(token), token.text


def test_words_no_pattern_names_share_one_cache_entry(pipelines):
    _, fast = pipelines
    ruler = fast.get_pipe("casefile_attribute_ruler_v1").single
    doc = fast("Alice walked home. Bertha walked home.")
    keys = ruler._keys(doc)
    # Two proper names that no pattern names fold to one key; "walked" keeps its own
    # LOWER only if some pattern names it, and the same word gives the same key.
    assert keys[0] == keys[4]
    assert keys[1] == keys[5]
    # A regex-tested value stays apart from other unnamed words.
    lower = {v for v, _ in [(ruler._canonical(c, doc.vocab.strings.add(w)), 0)
                            for c in ruler.folds for w in ("nothin'", "zzzq")]}
    assert len(lower) >= 2


def test_sentences_a_page_joined_before_a_number_are_split():
    nlp = load_nlp()
    text = ("Two cousins were hurt on Larkspur Road on Sunday afternoon.16-year-old Dana "
            "Kowalski was not hurt. It was 3.5 miles away, in room No.5 of the clinic.")
    doc = nlp(text)
    assert doc.text == text  # the text itself is unchanged
    assert [s[0].text for s in doc.sents] == ["Two", "16", "It"]


def test_a_name_and_an_age_joined_by_a_comma_are_split():
    doc = load_nlp()("Ravi Kessler,18, is charged. The fund holds 1,000 dollars.")
    assert [t.text for t in doc[:5]] == ["Ravi", "Kessler", ",", "18", ","]
    assert "1,000" in [t.text for t in doc]


def test_an_age_and_the_next_word_joined_by_a_comma_are_split():
    doc = load_nlp()("Ravi Kessler, 37,shot his wife. The fund holds 1,000 dollars.")
    words = [t.text for t in doc]
    assert words[3:6] == ["37", ",", "shot"] and "1,000" in words
    assert next(t for t in doc if t.text == "shot").pos_ == "VERB"


def test_a_title_written_short_ends_no_sentence():
    doc = load_nlp()("The man shot Sgt. Lee Marner several times, police said. "
                     "He was seen by Det. Ada Cole and Lt. Ann Poe.")
    assert [s.text for s in doc.sents] == [
        "The man shot Sgt. Lee Marner several times, police said.",
        "He was seen by Det. Ada Cole and Lt. Ann Poe."]
    assert next(t for t in doc if t.text == "Sgt.").norm_ == "sergeant"
