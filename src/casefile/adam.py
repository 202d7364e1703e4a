"""Full-batch Adam for the small linear models casefile trains (relevance, roles).

Hand-written rather than a dependency: a dozen lines of numpy, deterministic (no
randomness, no threads), which is what lets a retraining reproduce the shipped weights.
"""

from __future__ import annotations

import numpy as np


class Adam:
    """Adam steps for a weight array and a bias (a float or an array), updated in place."""

    def __init__(self, weights: np.ndarray, bias, learning_rate: float,
                 beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8):
        self.weights, self.bias = weights, bias
        self.learning_rate, self.beta1, self.beta2, self.eps = learning_rate, beta1, beta2, eps
        self._m, self._v = np.zeros_like(weights), np.zeros_like(weights)
        self._mb = self._vb = np.zeros_like(bias) if isinstance(bias, np.ndarray) else 0.0
        self._step = 0

    def step(self, grad_weights: np.ndarray, grad_bias) -> None:
        """One update from the gradients of the loss."""
        b1, b2 = self.beta1, self.beta2
        self._step += 1
        self._m = b1 * self._m + (1 - b1) * grad_weights
        self._v = b2 * self._v + (1 - b2) * grad_weights * grad_weights
        self._mb = b1 * self._mb + (1 - b1) * grad_bias
        self._vb = b2 * self._vb + (1 - b2) * grad_bias * grad_bias
        c1, c2 = 1 - b1**self._step, 1 - b2**self._step
        self.weights -= self.learning_rate * (self._m / c1) / (np.sqrt(self._v / c2) + self.eps)
        self.bias = self.bias - self.learning_rate * (self._mb / c1) / (
            np.sqrt(self._vb / c2) + self.eps)
