"""Scorecard and chase at scale: the cost per report at 1,000 and at 100,000 reports.

Usage: python benchmarks/bench_scorecard.py

One synthetic plan (``synthetic.py``) of 10,000 tasks, with 0, 1,000 and 100,000
made-up reports (``bench_tracking.made_up_reports``). For each: ``Ledger.scorecard``
and ``Ledger.chase`` on one day, each time the best of several samples with the
garbage collector off (``bench_tracking.best``). Printed per query:

- *raw*: the time over the reports, and its ratio 100,000 / 1,000;
- *marginal*: (time with n reports - time with none) / n, the cost the reports add,
  and its ratio 100,000 / 1,000.

Both queries pass over the tasks and, for each, its accountable units, with a
bisection of each unit's reports by day: the time grows with the plan, and with the
reports only by a logarithm. So the cost per report should stay flat or fall (ratio
1 or below); a ratio well above 1 would mean work that grows faster than the
reports. Tests never assert a time; this is run by hand.

Measured on the development machine (2 cores shared with other jobs), one run:
scorecard 114 ms with no report, 135 ms with 1,000 and 202 ms with 100,000: per
report, raw ratio 100,000 / 1,000 of 0.01, marginal 0.04 (21 µs, then 0.9 µs); chase
102, 107 and 188 ms: raw 0.02, marginal 0.17 (4.9 µs, then 0.85 µs). The plan's own
pass dominates. On a busier run the 1,000-report point fell within the noise of the
plan's pass (a marginal cost near zero), which makes the marginal ratio meaningless;
the raw ratio stayed at 0.01-0.02.

Reports here are made up; dg_plan holds no real implementation data.
"""

from __future__ import annotations

import json

from bench_tracking import AS_OF, best, made_up_reports  # sibling scripts: run as a script
from synthetic import synthetic_plan

import dg_plan
from dg_plan.tracking import Ledger

QUERIES = ("scorecard", "chase")


def timings(plan: dg_plan.Plan, n_reports: int, repeat: int) -> dict[str, float]:
    """Seconds per call of each query on *plan* with *n_reports* made-up reports."""
    ledger = Ledger(plan, made_up_reports(plan, n_reports))
    ledger.summary(AS_OF, by="part")  # the days of each unit's reports, built once
    return {
        "scorecard": best(lambda: ledger.scorecard(AS_OF), repeat),
        "chase": best(lambda: ledger.chase(AS_OF), repeat),
    }


def main() -> None:
    plan = dg_plan.loads(json.dumps(synthetic_plan(10_000), ensure_ascii=False))
    none, small, large = timings(plan, 0, 5), timings(plan, 1_000, 5), timings(plan, 100_000, 3)
    print("Scorecard and chase on one 10,000-task plan: cost per report (µs)")
    print(
        f"{'':10} {'raw 1k':>9} {'raw 100k':>9} {'ratio':>6}  "
        f"{'marg. 1k':>9} {'marg. 100k':>10} {'ratio':>6}"
    )
    for key in QUERIES:
        raw_s, raw_l = small[key] / 1_000, large[key] / 100_000
        marg_s = max(small[key] - none[key], 1e-9) / 1_000
        marg_l = max(large[key] - none[key], 1e-9) / 100_000
        print(
            f"{key:10} {raw_s * 1e6:9.2f} {raw_l * 1e6:9.2f} {raw_l / raw_s:6.2f}  "
            f"{marg_s * 1e6:9.2f} {marg_l * 1e6:10.2f} {marg_l / marg_s:6.2f}"
        )
    for key in QUERIES:
        print(f"  (with no reports: {key} {none[key] * 1e3:.1f} ms)")


if __name__ == "__main__":
    main()
