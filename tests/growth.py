"""Timing of growth for the growth tests: does a step take about twice as long on twice the input?

Linear work doubles from n to 2n, quadratic work quadruples and cubic work grows eightfold, so
``t(2n) <= 3 * t(n)`` tells linear steps from the others. Times are measured so that a busy
machine does not pass for growth:

- processor time, not wall time, so other processes weigh less;
- the best of several runs per size, the sizes taking turns so a busy moment slows both alike;
- the garbage collector held off while a run is timed (a pass over the whole heap is no growth);
- a size whose one run takes under :data:`MIN_SECONDS` is timed over repeats until it does, so
  that timer and scheduler noise stay small beside the measure;
- when a round looks super-linear, up to :data:`ROUNDS` rounds are measured and the best times
  kept: noise seldom strikes the small size in every round, real super-linear work always shows.
"""
from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Callable

MAX_RATIO = 3.0
RUNS = 3
ROUNDS = 3
MIN_SECONDS = 0.01

# A timed step: called with a salt, a non-negative integer new at every call, so that a step
# whose results are cached (spaCy keeps the tokens of every string it saw) can be given new input.
Step = Callable[[int], object]

_salts = itertools.count()


def _seconds(step: Step, repeats: int) -> float:
    """Processor seconds per call of ``repeats`` calls of ``step``."""
    salts = [next(_salts) for _ in range(repeats)]
    started = time.process_time()
    for salt in salts:
        step(salt)
    return (time.process_time() - started) / repeats


def _repeats_for(step: Step) -> int:
    """Calls per timed run so that one run lasts at least :data:`MIN_SECONDS`."""
    once = _seconds(step, 1)  # also warms caches and loads what the step loads lazily
    return max(1, min(50, int(MIN_SECONDS / max(once, 1e-6)) + 1))


def best_times(small: Step, large: Step, rounds: int = ROUNDS,
               max_ratio: float = MAX_RATIO) -> tuple[float, float]:
    """``(t(n), t(2n))``: the best processor seconds per call, measured as the module says."""
    repeats = (_repeats_for(small), _repeats_for(large))
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        gc.collect()
        gc.disable()
        try:
            for _ in range(RUNS):
                for k, step in enumerate((small, large)):
                    best[k] = min(best[k], _seconds(step, repeats[k]))
        finally:
            gc.enable()
        if best[1] <= max_ratio * best[0]:
            break
    return best[0], best[1]


def assert_linear_growth(small: Step, large: Step, label: str, max_ratio: float = MAX_RATIO) -> float:
    """Fail when ``large`` (the input at 2n) takes more than ``max_ratio`` times ``small`` (at n)."""
    t_small, t_large = best_times(small, large, max_ratio=max_ratio)
    ratio = t_large / t_small
    assert ratio <= max_ratio, (
        f"{label}: {t_small * 1000:.1f} ms at n, {t_large * 1000:.1f} ms at 2n "
        f"(x{ratio:.1f}): faster growth than the input")
    return ratio
