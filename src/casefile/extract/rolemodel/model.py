"""The role model: three linear heads over one hashed feature vector, and its file format.

Heads: role (softmax over ROLES), harm (softmax over HARMS) and arrested (sigmoid). Like
casefile.relevance it is a hand-written numpy model: it loads in milliseconds, its scores
do not move with the spaCy version, and training is deterministic full-batch numpy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from casefile.errors import ModelError
from casefile.extract.rolemodel.features import N_FEATURES

ROLES = ("victim", "suspect", "other")
HARMS = ("killed", "injured", "unharmed")
WEIGHTS_FILE = "weights.npz"
META_FILE = "meta.json"
FORMAT = "casefile.rolemodel.hashed-logreg.v1"
# Columns of the weight matrix: the role head, the harm head, then arrested.
N_OUT = len(ROLES) + len(HARMS) + 1


@dataclass(frozen=True)
class Prediction:
    """The model's belief about one person."""

    role_probs: dict[str, float]
    harm_probs: dict[str, float]
    arrested: float  # probability that the person was arrested (or charged)

    @property
    def role(self) -> str:
        return max(self.role_probs, key=lambda k: self.role_probs[k])

    @property
    def harm(self) -> str:
        return max(self.harm_probs, key=lambda k: self.harm_probs[k])


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


class RoleModel:
    """Weights (n_features x N_OUT) and biases (N_OUT) of the three heads."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, meta: dict | None = None):
        if weights.shape != (N_FEATURES, N_OUT) or bias.shape != (N_OUT,):
            raise ModelError(
                f"role model weights have shape {weights.shape}, expected "
                f"({N_FEATURES}, {N_OUT}): retrain with `python -m casefile.extract.rolemodel.train`")
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float64)
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> RoleModel:
        """The model in `path` (a directory), or the one shipped with casefile (cached)."""
        if path is None:
            return _shipped()
        return cls._read(Path(path))

    @classmethod
    def _read(cls, folder: Path) -> RoleModel:
        try:
            meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
            with np.load(folder / WEIGHTS_FILE) as saved:
                weights = saved["weights"]
                bias = saved["bias"]
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(
                f"cannot load the role model from {folder}: {exc}; it needs {META_FILE} and "
                f"{WEIGHTS_FILE} as written by `python -m casefile.extract.rolemodel.train`"
            ) from exc
        if meta.get("format") != FORMAT:
            raise ModelError(f"{folder / META_FILE}: format {meta.get('format')!r}, "
                             f"expected {FORMAT!r}")
        return cls(weights, bias, meta)

    def save(self, folder: str | Path) -> None:
        """Write the weights (float16, compressed) and the metadata."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(folder / WEIGHTS_FILE, weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float32))
        meta = {**self.meta, "format": FORMAT, "n_features": N_FEATURES,
                "roles": list(ROLES), "harms": list(HARMS)}
        (folder / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n",
                                        encoding="utf-8")

    def logits(self, index: np.ndarray, value: np.ndarray) -> np.ndarray:
        return value @ self.weights[index] + self.bias

    def predict_vector(self, index: np.ndarray, value: np.ndarray) -> Prediction:
        """The prediction for one hashed feature vector."""
        z = self.logits(index, value)
        role = softmax(z[: len(ROLES)])
        harm = softmax(z[len(ROLES): len(ROLES) + len(HARMS)])
        arrested = float(sigmoid(z[-1]))
        return Prediction(role_probs={r: float(p) for r, p in zip(ROLES, role)},
                          harm_probs={h: float(p) for h, p in zip(HARMS, harm)},
                          arrested=arrested)


@lru_cache(maxsize=1)
def _shipped() -> RoleModel:
    folder = resources.files("casefile") / "data" / "rolemodel"
    with resources.as_file(folder) as path:
        return RoleModel._read(Path(path))
