"""Text to hashed n-gram features: the only input the relevance model sees."""

from __future__ import annotations

import itertools
import re
import zlib

import numpy as np

# 2**18 buckets keep collisions rare for a vocabulary of a few hundred thousand n-grams
# while the shipped weights stay under a megabyte.
N_FEATURES = 2**18

# Only the start of an article is read: the lede says what the article reports, and long
# page furniture or comment threads further down would only add noise (and time).
MAX_TOKENS = 1500

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Numbers become their shape class: the training positives are from 2013-2017 and the
# negatives from 2004-2005, so exact years and figures would teach the model the decade.
_DIGITS = re.compile(r"[0-9]+")
_BOUNDARY = "<s>"


def tokens(title: str, text: str) -> list[str]:
    """Lower-cased word tokens of the title followed by the text, digits folded to '0'."""
    joined = f"{title}\n{text}" if title else text
    found = _TOKEN.findall(joined.lower().replace("\u2019", "'"))
    return [_DIGITS.sub("0", t) for t in found[:MAX_TOKENS]]


def _bucket(feature: str) -> int:
    # crc32 rather than hash(): Python salts str hashes per process, and the shipped
    # weights must line up with the features in every process.
    return zlib.crc32(feature.encode("utf-8")) % N_FEATURES


def featurise(title: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    """Indices and values of an article's unigram and bigram features (L2-normalised)."""
    words = tokens(title, text)
    grams = set(words)
    padded = [_BOUNDARY, *words]
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(padded))
    if not grams:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    # Presence, not counts, divided by sqrt(n): a long article and a two-line brief of
    # the same story should land on the same side of the threshold.
    index = np.unique(np.fromiter((_bucket(g) for g in grams), dtype=np.int64))
    value = np.full(index.shape, 1.0 / np.sqrt(index.size), dtype=np.float32)
    return index, value
