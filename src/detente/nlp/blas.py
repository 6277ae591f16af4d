"""The model's matrix products through numpy's BLAS (OpenBLAS) instead of blis, one thread a process.

Why: the tok2vec and parser layers of en_core_web_sm are mostly matrix products (thinc's `NumpyOps.gemm`, about
80 % of tok2vec's time on real text), and thinc computes them with blis, whose kernels on the machines measured
(AMD EPYC with AVX-512) ran at about a third of the speed of the OpenBLAS that numpy ships: 34 against 97 GFLOPS
for the (1600 x 288) x (288 x 288) products of a batch of 64 sentences, one thread each (docs/scaling.md,
session 19). The products are the same up to float rounding (summation order); the parses and events were
identical on every development corpus measured.

OpenBLAS is held to one thread: a worker already has a core of its own, and OpenBLAS's threads wait by spinning,
so a second thread a process would only burn the other worker's CPU.
"""
from __future__ import annotations

import ctypes
import functools
import glob
import os

# The function numpy's bundled OpenBLAS (scipy-openblas) exports to set its thread count; the plain name of a
# system OpenBLAS is tried after it.
THREAD_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                  "openblas_set_num_threads")


@functools.lru_cache(maxsize=1)
def blas_ops():
    """thinc's NumpyOps with its gemm taken from thinc's generic Ops (numpy.dot); every other op unchanged."""
    from thinc.api import NumpyOps
    from thinc.backends.ops import Ops

    class BlasOps(NumpyOps):
        gemm = Ops.gemm

    return BlasOps()


def use_numpy_blas(nlp):
    """The pipeline with every layer of every component computing its products through numpy (blas_ops)."""
    ops = blas_ops()
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    one_blas_thread()
    return nlp


def one_blas_thread() -> bool:
    """Hold numpy's OpenBLAS to one thread; False when no OpenBLAS library with a known setter is found."""
    import numpy

    root = os.path.dirname(os.path.dirname(numpy.__file__))
    for path in sorted(glob.glob(os.path.join(root, "numpy.libs", "*openblas*.so*"))):
        library = ctypes.CDLL(path)
        for name in THREAD_SETTERS:
            setter = getattr(library, name, None)
            if setter is not None:
                setter(ctypes.c_int(1))
                return True
    return False
