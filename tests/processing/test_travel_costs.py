"""processing/travel_costs.py: pairs routed once and read back block by block."""

import numpy as np
import pytest

from zoast_plugin.core.costs import CostPairs
from zoast_plugin.core.errors import Cancelled
from zoast_plugin.processing.travel_costs import _Spooled


def make_blocks(calls):
    def blocks(progress=None):
        calls.append(1)
        for start in range(0, 10, 4):
            stop = min(start + 4, 10)
            yield CostPairs(np.arange(start, stop), np.arange(start, stop) % 3, np.arange(start, stop) * 0.5, 10, 3)
            if progress is not None:
                progress(stop / 10)

    return blocks


def as_tuples(blocks):
    return [(b.origin.tolist(), b.dest.tolist(), b.cost.tolist(), b.n_origins, b.n_destinations) for b in blocks]


def test_spooled_blocks_are_computed_once_and_read_back_identical():
    calls = []
    spooled = _Spooled(make_blocks(calls))
    first = as_tuples(spooled())
    fractions = []
    second = as_tuples(spooled(fractions.append))
    third = as_tuples(spooled())
    assert first == second == third == as_tuples(make_blocks([])())
    assert len(calls) == 1
    assert fractions[0] == 0.0 and fractions[-1] == 1.0


def test_an_interrupted_first_pass_is_computed_again():
    calls = []
    spooled = _Spooled(make_blocks(calls))

    def cancel(_fraction):
        raise Cancelled()

    with pytest.raises(Cancelled):
        list(spooled(cancel))
    stream = spooled()
    next(stream)
    stream.close()  # a consumer that stops early
    assert as_tuples(spooled()) == as_tuples(make_blocks([])())
    assert len(calls) == 3
