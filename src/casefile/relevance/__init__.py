"""relevance: does an article report a violent incident, or a development in one?

A small classifier that runs on every article before the NLP pipeline. Relevant: an act
of violence against people (shooting, stabbing, beating, strangling, ramming, arson,
bombing), including accidental shootings, or a development in such an incident (arrest,
charge, trial, sentence, inquest). Not relevant: other news, non-violent crime,
accidents, fires, disasters, natural deaths, and sport's or business's violent words.
"""

from __future__ import annotations

from casefile.relevance.model import RelevanceModel

__all__ = ["THRESHOLD", "RelevanceModel", "is_relevant", "relevance_reason", "score"]

# Scores are calibrated at training time so that the chosen cut is 0.5 (see train.py).
THRESHOLD = 0.5


def score(title: str, text: str) -> float:
    """The shipped model's relevance score (0..1) of an article."""
    return RelevanceModel.load().score(title, text)


def is_relevant(value: float) -> bool:
    """Whether a relevance score is at or above the threshold."""
    return value >= THRESHOLD


def relevance_reason(value: float) -> str:
    """Why an article was skipped, for the store and the CLI."""
    return (f"relevance {value:.2f} < {THRESHOLD:.2f}: "
            "not a report of a violent incident")
