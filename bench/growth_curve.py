"""A cost curve for bench/growth.py: the cost of each batch against the records so far.

Each point is (records before the batch, seconds the batch took, units in it). The
curve prints per-unit cost at the checkpoints (10k, 50k, 100k, 200k: the median of
the batches within 5% of each), the ratio of the last checkpoint to the first, and is
drawn as a PNG (matplotlib, Agg backend: no display needed).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

CHECKPOINTS = (10_000, 50_000, 100_000, 200_000)
CHARTS = Path(__file__).resolve().parent / "charts"


@dataclass
class Curve:
    """Per-batch costs of one path as its table grows."""

    name: str
    unit: str  # what one unit is ("place", "event", ...)
    points: list[tuple[int, float, int]] = field(default_factory=list)

    def add(self, records_before: int, seconds: float, units: int) -> None:
        self.points.append((records_before, seconds, units))

    def per_unit_ms(self, at: int) -> float | None:
        """Median per-unit cost (ms) of the batches started within 5% of ``at`` records."""
        near = [s / u * 1000 for r, s, u in self.points if u and abs(r - at) <= at * 0.05]
        if not near:
            before = [(r, s, u) for r, s, u in self.points if u and r <= at]
            if not before or before[-1][0] < at * 0.8:
                return None
            near = [before[-1][1] / before[-1][2] * 1000]
        return statistics.median(near)

    def summary(self) -> dict:
        costs = {at: self.per_unit_ms(at) for at in CHECKPOINTS}
        known = [c for c in costs.values() if c is not None]
        units = sum(u for _, _, u in self.points)
        seconds = sum(s for _, s, _ in self.points)
        return {
            "path": self.name,
            "unit": self.unit,
            "per_unit_ms": {f"{at // 1000}k": _round(c) for at, c in costs.items()},
            "ratio_last_to_10k": round(known[-1] / known[0], 2) if len(known) > 1 else None,
            "units": units,
            "seconds": round(seconds, 1),
            "units_per_s": round(units / seconds) if seconds else None,
        }

    def print(self) -> None:
        print(f"\n{self.name}: cost per batch against {self.unit}s so far")
        step = max(1, len(self.points) // 20)
        for records, seconds, units in self.points[::step]:
            print(f"  {records:>9,}  {seconds * 1000:9.1f} ms / {units} {self.unit}s")
        print("  ", self.summary())

    def chart(self, slug: str) -> Path:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        CHARTS.mkdir(exist_ok=True)
        figure, axes = plt.subplots(figsize=(7, 3.5), dpi=100)
        xs = [r for r, _, u in self.points if u]
        ys = [s / u * 1000 for _, s, u in self.points if u]
        axes.plot(xs, ys, ".", markersize=3)
        axes.set_xlabel(f"{self.unit}s so far")
        axes.set_ylabel(f"ms per {self.unit}")
        axes.set_ylim(bottom=0)
        axes.set_title(self.name, fontsize=10)
        axes.grid(alpha=0.3)
        figure.tight_layout()
        path = CHARTS / f"{slug}.png"
        figure.savefig(path)
        plt.close(figure)
        return path


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
