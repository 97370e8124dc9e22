"""The growth timing itself: it passes linear work and fails work that grows faster."""
from __future__ import annotations

import pytest

from growth import assert_linear_growth


def cubic(n: int):
    return lambda _salt: sum(i ^ j ^ k for i in range(n) for j in range(n) for k in range(n))


def linear(n: int):
    return lambda _salt: sum(range(n))


def test_cubic_work_fails() -> None:
    with pytest.raises(AssertionError, match="faster growth than the input"):
        assert_linear_growth(cubic(40), cubic(80), "cubic")


def test_linear_work_passes() -> None:
    assert assert_linear_growth(linear(200_000), linear(400_000), "linear") < 3.0
