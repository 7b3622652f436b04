"""The vendor-neutral sliding-window limiter, driven by a fake clock (nothing here waits)."""

from __future__ import annotations

import pytest

from emulators.core.ratelimit import SlidingWindowLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_allows_up_to_the_limit_then_says_how_long_to_wait(clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(clock)
    for _ in range(3):
        assert limiter.allow("k", 3, 60) is None
        clock.now += 5
    # Requests at 1000, 1005, 1010; now 1015: the oldest leaves the window at 1060.
    assert limiter.allow("k", 3, 60) == pytest.approx(45)


def test_window_slides_one_request_at_a_time(clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(clock)
    for _ in range(3):
        assert limiter.allow("k", 3, 60) is None
        clock.now += 10
    clock.now = 1060.0  # the first request (t=1000) has left; the others (1010, 1020) have not
    assert limiter.allow("k", 3, 60) is None
    wait = limiter.allow("k", 3, 60)
    assert wait == pytest.approx(10)  # until the t=1010 request leaves
    clock.now += wait or 0
    assert limiter.allow("k", 3, 60) is None


def test_rejected_requests_are_not_counted(clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(clock)
    assert limiter.allow("k", 1, 60) is None
    for _ in range(50):
        assert limiter.allow("k", 1, 60) == pytest.approx(60)
    clock.now += 60
    assert limiter.allow("k", 1, 60) is None


def test_keys_are_independent(clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(clock)
    assert limiter.allow(("token-a", 1), 1, 60) is None
    assert limiter.allow(("token-a", 1), 1, 60) is not None
    assert limiter.allow(("token-b", 1), 1, 60) is None
    assert limiter.allow(("token-a", 2), 1, 60) is None


def test_wait_is_always_positive_and_reset_forgets(clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(clock)
    assert limiter.allow("k", 2, 1.5) is None
    assert limiter.allow("k", 2, 1.5) is None
    clock.now += 1.4999
    wait = limiter.allow("k", 2, 1.5)
    assert wait is not None and 0 < wait <= 1.5
    limiter.reset()
    assert limiter.allow("k", 2, 1.5) is None


def test_zero_limit_never_allows(clock: FakeClock) -> None:
    assert SlidingWindowLimiter(clock).allow("k", 0, 30) == 30.0


def test_default_clock_is_monotonic() -> None:
    limiter = SlidingWindowLimiter()
    assert limiter.allow("k", 1, 60) is None
    wait = limiter.allow("k", 1, 60)
    assert wait is not None and 59 < wait <= 60


def test_keys_whose_requests_left_the_window_are_forgotten(clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(clock)
    for key in range(1000):
        assert limiter.allow(key, 5, 60) is None
    assert len(limiter) == 1000
    clock.now += 61
    assert limiter.allow("fresh", 5, 60) is None
    assert len(limiter) == 1


def test_memory_is_capped_at_max_keys_dropping_the_least_recently_used(clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(clock, max_keys=100)
    assert limiter.allow("busy", 1, 60) is None
    for key in range(500):
        assert limiter.allow(key, 1, 60) is None
        if key % 50 == 0:
            assert limiter.allow("busy", 1, 60) is not None  # still limited: used recently, so kept
    assert len(limiter) == 100
    assert limiter.allow(0, 1, 60) is None  # long unused: forgotten, so a fresh window
