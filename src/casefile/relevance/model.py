"""The relevance model: a logistic regression over hashed n-grams, and its file format.

Why a hand-written linear model rather than a spaCy textcat: the filter runs on every
article before the NLP pipeline, so it must load in milliseconds and score without a
tokenizer pipeline; its weights are one small .npz whose scores do not change with the
spaCy version; and training is a few seconds of deterministic numpy.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from casefile.errors import ModelError
from casefile.relevance.features import N_FEATURES, featurise

WEIGHTS_FILE = "weights.npz"
META_FILE = "meta.json"
FORMAT = "casefile.relevance.hashed-logreg.v1"


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))


class RelevanceModel:
    """Scores how likely an article reports a violent incident (or a development in one)."""

    def __init__(self, weights: np.ndarray, bias: float, meta: dict | None = None):
        if weights.shape != (N_FEATURES,):
            raise ModelError(
                f"relevance weights have shape {weights.shape}, expected ({N_FEATURES},): "
                "retrain with `python -m casefile.relevance.train`"
            )
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> RelevanceModel:
        """The model in `path` (a directory), or the one shipped with casefile (cached)."""
        if path is None:
            return _shipped()
        return cls._read(Path(path))

    @classmethod
    def _read(cls, folder: Path) -> RelevanceModel:
        try:
            meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
            with np.load(folder / WEIGHTS_FILE) as saved:
                weights = saved["weights"]
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(
                f"cannot load the relevance model from {folder}: {exc}; it needs "
                f"{META_FILE} and {WEIGHTS_FILE} as written by `python -m casefile.relevance.train`"
            ) from exc
        if meta.get("format") != FORMAT:
            raise ModelError(f"{folder / META_FILE}: format {meta.get('format')!r}, expected {FORMAT!r}")
        return cls(weights, meta["bias"], meta)

    def save(self, folder: str | Path) -> None:
        """Write the weights (float16, compressed: small enough to ship) and metadata."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(folder / WEIGHTS_FILE, weights=self.weights.astype(np.float16))
        meta = {**self.meta, "format": FORMAT, "bias": self.bias, "n_features": N_FEATURES}
        (folder / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n",
                                        encoding="utf-8")

    def score(self, title: str, text: str) -> float:
        """Probability-like score in 0..1 that the article reports a violent incident."""
        index, value = featurise(title, text)
        return _sigmoid(float(self.weights[index] @ value) + self.bias)


@lru_cache(maxsize=1)
def _shipped() -> RelevanceModel:
    folder = resources.files("casefile") / "data" / "relevance"
    with resources.as_file(folder) as path:
        return RelevanceModel._read(Path(path))
