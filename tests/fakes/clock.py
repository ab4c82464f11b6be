"""A virtual clock for the sources' pacing: time moves only when the client sleeps."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class VirtualClock:
    """`clock`/`sleep` for Options: the 3 s arXiv spacing is recorded, never slept."""

    now: float = 0.0
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        """The current virtual time."""
        return self.now

    def sleep(self, seconds: float) -> None:
        """Record the wait and advance time."""
        self.sleeps.append(round(seconds, 3))
        self.now += seconds
