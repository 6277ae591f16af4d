"""The model's products through numpy's BLAS: every layer uses them, and the parse is the stock model's."""
from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from detente.nlp import load_model
from detente.nlp.blas import blas_ops, one_blas_thread
from detente.nlp.model import load_stock_model, with_recogniser

# Written for this test: clauses of several shapes and lengths, passives, coordination, numbers and names.
OWN_SENTENCES = [
    "Kenya and Tanzania signed a border agreement in Arusha on Monday after two days of talks.",
    "The envoy was expelled by the Polish foreign ministry, which accused him of spying for a rival service.",
    "Troops withdrew.",
    "Officials in Ottawa said the sanctions, first announced in March, would stay until the prisoners were freed.",
    "Brazil's president rejected the offer, while Argentina urged both sides to return to the table by 12 June.",
    "Rebels fired 14 rockets at the airport overnight, killing three soldiers and wounding dozens of civilians.",
]


def _parse(nlp, texts):
    return [[(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc]
            for doc in nlp.pipe(texts)]


def test_every_layer_of_the_model_multiplies_through_numpy():
    ops = blas_ops()
    layers = [node for _name, proc in load_model().components if hasattr(proc, "model")
              for node in proc.model.walk()]
    assert layers and all(node.ops is ops for node in layers)


@pytest.mark.parametrize("trans1,trans2", [(False, False), (True, False), (False, True), (True, True)])
def test_the_product_is_blis_product_up_to_rounding(trans1, trans2):
    rng = numpy.random.default_rng(5)
    x = rng.standard_normal((40, 30) if not trans1 else (30, 40), dtype="float32")
    y = rng.standard_normal((30, 20) if not trans2 else (20, 30), dtype="float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    numpy.testing.assert_allclose(blas_ops().gemm(x, y, trans1=trans1, trans2=trans2), expected, rtol=1e-4, atol=1e-4)
    out = numpy.zeros((40, 20), dtype="float32")
    assert blas_ops().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-4)


def test_parses_and_entities_equal_the_stock_model():
    # the recogniser is loaded only when asked for (nlp/model.py); added, its layers multiply through numpy too
    assert _parse(with_recogniser(load_model()), OWN_SENTENCES) == _parse(load_stock_model(), OWN_SENTENCES)
    test_every_layer_of_the_model_multiplies_through_numpy()


def test_one_blas_thread_says_whether_it_found_openblas():
    assert one_blas_thread() in (True, False)
