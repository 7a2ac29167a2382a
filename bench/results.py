"""One measured row of the benchmark table, and the table itself."""
import statistics
import time
from dataclasses import dataclass


class BenchError(RuntimeError):
    """The benchmark could not measure (missing data, a program that did not start)."""


@dataclass
class Result:
    metric: str
    value: float          # seconds, or MB for memory
    baseline: float | None
    target: str
    ok: bool
    unit: str = "s"
    informative: bool = False   # shown for what it tells, with no target of its own

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None


def median_time(function, repeat: int, setup=None) -> float:
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def table(results: list[Result]) -> str:
    lines = ["| måling | Samvirke | grunnlinje | forhold | mål | ok |",
             "|---|---:|---:|---:|---|---|"]
    for r in results:
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "–"
        verdict = "–" if r.informative else ("ja" if r.ok else "NEI")
        lines.append(f"| {r.metric} | {fmt(r.value, r.unit)} | {fmt(r.baseline, r.unit)} | "
                     f"{ratio} | {r.target} | {verdict} |")
    return "\n".join(lines)
