"""The incident's place, resolved with an offline gazetteer."""

from __future__ import annotations

from spacy.tokens import Doc

from casefile.extract.evidence import EvidenceBank
from casefile.models import Location


def find_location(doc: Doc, bank: EvidenceBank) -> Location | None:
    """The place of the incident the article reports, or None."""
    return None  # TODO(places): implemented by the places work
