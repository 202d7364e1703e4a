"""The spaCy models' matrix products through numpy's BLAS, on the calling thread only.

thinc's NumpyOps multiplies matrices with blis. On the development machine (AMD EPYC,
x86_64) blis's float32 gemm runs at about a third of the speed of the OpenBLAS that numpy
ships with (about 33 vs 90 GFLOP/s for a tok2vec-sized product, one thread), and the small
model's two tok2vec networks (the shared one and the NER's own) spend about 70% of their
time in gemm. `use_fast_ops` gives every layer of the pipeline's models a NumpyOps that
hands the products to numpy.dot instead: the same arithmetic up to rounding (on 300 gva-dev
articles, 123k tokens, the same tags, heads, labels and entities).

numpy's OpenBLAS may use every core for a large product, while extract's parallelism is
`n_process` (one core per process, as blis); so each product runs on the calling thread
alone, through OpenBLAS's thread-local setting where the library has it (OpenBLAS 0.3.27
or later, found among the process's loaded libraries on Linux). Elsewhere the BLAS keeps
its own thread settings.

The transition loops of the parser and NER keep thinc's C-level BLAS (blis): their
products are small (one row per open parse state) and are not numpy calls. A numpy built
on a BLAS not known to be optimised (the reference BLAS of some systems would be slower
than blis) leaves the models as they are.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from functools import cache
from typing import Any

import numpy
from spacy.language import Language
from thinc.api import NumpyOps

# numpy build names (numpy.__config__) of optimised BLAS libraries.
_FAST_BLAS = ("openblas", "mkl", "accelerate", "blis")


@cache
def numpy_blas_is_fast() -> bool:
    """Whether numpy was built on an optimised BLAS (by its build configuration)."""
    try:
        config: Any = numpy.__config__.CONFIG  # type: ignore[attr-defined]
        name = str(config["Build Dependencies"]["blas"]["name"]).lower()
    except (AttributeError, KeyError, TypeError):
        return False
    return any(fast in name for fast in _FAST_BLAS)


@cache
def _set_local_threads() -> Callable[[int], int] | None:
    """OpenBLAS's `openblas_set_num_threads_local`, if numpy's BLAS is an OpenBLAS that has it."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:
        return None
    for path in sorted(paths):
        try:
            function = ctypes.CDLL(path).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        function.argtypes = [ctypes.c_int]
        function.restype = ctypes.c_int
        return function  # type: ignore[no-any-return]
    return None


class OneThreadNumpyOps(NumpyOps):
    """NumpyOps whose gemm is numpy.dot on the calling thread (blis is not used)."""

    name = "casefile_numpy"

    def __init__(self) -> None:
        super().__init__(use_blis=False)
        numpy.dot(numpy.ones((2, 2), "f"), numpy.ones((2, 2), "f"))  # loads numpy's BLAS
        self._limit = _set_local_threads()

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False,
             trans2: bool = False) -> Any:
        if self._limit is None:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        before = self._limit(1)
        try:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        finally:
            self._limit(before)


def use_fast_ops(nlp: Language) -> Language:
    """Give every layer of the pipeline's thinc models a OneThreadNumpyOps (if numpy's
    BLAS is an optimised one)."""
    if not numpy_blas_is_fast():
        return nlp
    ops = OneThreadNumpyOps()
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if isinstance(layer.ops, NumpyOps):
                layer.ops = ops
    return nlp
