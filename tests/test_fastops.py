"""The fast pipeline's models multiply matrices through numpy, one thread, same results."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from casefile.extract import fastops
from casefile.extract.fastops import OneThreadNumpyOps, _set_local_threads, use_fast_ops
from casefile.extract.pipeline import load_nlp


def _layers(nlp):
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


@pytest.mark.skipif(not fastops.numpy_blas_is_fast(), reason="numpy's BLAS is not optimised")
def test_fast_pipeline_layers_use_numpy_ops():
    fast, slow = load_nlp(fast=True), load_nlp(fast=False)
    fast_layers, slow_layers = list(_layers(fast)), list(_layers(slow))
    assert fast_layers and slow_layers
    assert all(isinstance(layer.ops, OneThreadNumpyOps) for layer in fast_layers)
    assert not any(isinstance(layer.ops, OneThreadNumpyOps) for layer in slow_layers)
    assert all(layer.ops.use_blis for layer in slow_layers)


@pytest.mark.parametrize("trans1,trans2", [(False, False), (True, False), (False, True),
                                           (True, True)])
def test_gemm_matches_blis(trans1, trans2):
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((7, 5) if not trans1 else (5, 7)).astype("f")
    y = rng.standard_normal((5, 3) if not trans2 else (3, 5)).astype("f")
    ops, blis = OneThreadNumpyOps(), NumpyOps(use_blis=True)
    expected = blis.gemm(x, y, trans1=trans1, trans2=trans2)
    got = ops.gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (7, 3)
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    out = numpy.zeros((7, 3), "f")
    assert ops.gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5)


def test_gemm_leaves_thread_setting_as_it_was():
    ops = OneThreadNumpyOps()
    limit = _set_local_threads()
    if limit is None:
        pytest.skip("numpy's BLAS has no thread-local setting here")
    calls = []

    def spy(n: int) -> int:
        calls.append(n)
        return limit(n)

    ops._limit = spy
    ops.gemm(numpy.ones((2, 2), "f"), numpy.ones((2, 2), "f"))
    assert calls[0] == 1 and len(calls) == 2
    before = limit(3)
    assert limit(before) == 3


def test_slow_blas_keeps_blis(monkeypatch):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("tagger")
    monkeypatch.setattr(fastops, "numpy_blas_is_fast", lambda: False)
    use_fast_ops(nlp)
    assert not any(isinstance(layer.ops, OneThreadNumpyOps) for layer in _layers(nlp))
    monkeypatch.setattr(fastops, "numpy_blas_is_fast", lambda: True)
    use_fast_ops(nlp)
    assert all(isinstance(layer.ops, OneThreadNumpyOps) for layer in _layers(nlp))


def test_numpy_blas_is_fast_reads_build_config(monkeypatch):
    fastops.numpy_blas_is_fast.cache_clear()
    monkeypatch.setattr(numpy.__config__, "CONFIG",
                        {"Build Dependencies": {"blas": {"name": "scipy-openblas"}}})
    assert fastops.numpy_blas_is_fast()
    fastops.numpy_blas_is_fast.cache_clear()
    monkeypatch.setattr(numpy.__config__, "CONFIG",
                        {"Build Dependencies": {"blas": {"name": "blas"}}})
    assert not fastops.numpy_blas_is_fast()
    fastops.numpy_blas_is_fast.cache_clear()
