"""Put each hand-written mutant back into the code and check that its tests fail.

The mutants are the bugs a mutation audit found the suite missed or caught by one
assertion only (issue 16). Each is applied to the working tree, the tests named for
it are run, and the file is restored, whatever happens. Run from the repository root:

    .venv/bin/python tools/hand_mutants.py            # every mutant
    .venv/bin/python tools/hand_mutants.py M3 M5      # some of them

Exits non-zero when a mutant survives its tests. Not part of .ci/run (about a minute).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutant:
    key: str
    what: str
    path: str
    change: Callable[[str], str]
    tests: tuple[str, ...]


def _replace(old: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        if text.count(old) != 1:
            sys.exit(f"the code to mutate is not found once: {old!r}")
        return text.replace(old, new)

    return change


def _edit_task(number: int, edit: Callable[[dict[str, object]], None]) -> Callable[[str], str]:
    """Change one task of the shipped data, as a build bug would."""

    def change(text: str) -> str:
        doc = json.loads(text)
        (task,) = (t for t in doc["tasks"] if t["number"] == number)
        edit(task)
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"

    return change


def _drop_unit(task: dict[str, object]) -> None:
    units = task["units"]
    if isinstance(units, list):
        units.remove("省残联")


def _drop_last_character(task: dict[str, object]) -> None:
    text = task["text"]
    if isinstance(text, str):
        task["text"] = text[:-1]


MUTANTS: tuple[Mutant, ...] = (
    Mutant(
        "M1",
        "a Plan accepts tasks out of order (the ordering rule removed)",
        "src/dg_plan/_plan.py",
        _replace(
            "    numbers = [t.number for t in value]\n    if numbers != sorted(set(numbers)):",
            "    numbers = [t.number for t in value]\n    if False:",
        ),
        (
            "tests/core/test_rules.py::test_a_plan_refuses_tasks_out_of_order",
            "tests/core/test_rules.py::test_no_generated_plan_survives_its_tasks_reversed",
            "tests/core/test_fuzz_corruptions.py",
        ),
    ),
    Mutant(
        "M2",
        "a Plan accepts parts that do not cover every task (the coverage rule removed)",
        "src/dg_plan/_plan.py",
        _replace(
            "if self.sections and sorted(covered) != list(by_number):",
            "if False:",
        ),
        (
            "tests/core/test_rules.py::test_a_plan_refuses_parts_that_leave_a_task_out",
            "tests/core/test_rules.py::test_a_plan_refuses_a_task_in_two_parts",
            "tests/core/test_fuzz_corruptions.py",
        ),
    ),
    Mutant(
        "M3",
        "a Task accepts a mention that ends past its text (the bound removed)",
        "src/dg_plan/_model.py",
        _replace(
            "if m.start < last_end or m.end > len(self.text):",
            "if m.start < last_end:",
        ),
        (
            "tests/core/test_rules.py::test_a_task_refuses_a_mention_that_ends_past_its_text",
            "tests/core/test_rules.py::test_every_mention_past_the_text_is_refused",
            "tests/core/test_fuzz_corruptions.py",
        ),
    ),
    Mutant(
        "M4",
        "select(role=...) without a unit uses the leads for every role",
        "src/dg_plan/_plan.py",
        _replace(
            "found.append({t.number for t in self.tasks if t.units_in(role)})",
            "found.append({t.number for t in self.tasks if t.leads})",
        ),
        (
            "tests/core/test_rules.py::test_select_by_role_alone_on_a_plan_made_by_hand",
            "tests/core/test_rules.py::test_select_by_role_alone_on_the_shipped_plan",
            "tests/core/test_query_laws.py::test_select_is_the_intersection_of_its_criteria",
        ),
    ),
    Mutant(
        "M5",
        "a collective's role overrides the unit's own (the guard dropped)",
        "src/dg_plan/_query.py",
        _replace(
            "                if task.number not in found:\n",
            "                if True:\n",
        ),
        (
            "tests/core/test_rules.py::test_a_units_own_role_wins_over_its_collectives",
            "tests/core/test_query_laws.py::test_a_named_unit_answers_in_its_own_role",
        ),
    ),
    Mutant(
        "M6",
        "February always has 28 days",
        "src/dg_plan/_model.py",
        _replace(
            "return first.replace(day=calendar.monthrange(year, month)[1])",
            "return first.replace(day=28 if month == 2 else calendar.monthrange(year, month)[1])",
        ),
        (
            "tests/core/test_rules.py::test_a_month_end_is_the_day_before_the_next_month_begins",
            "tests/core/test_rules.py::test_february_has_the_days_of_its_year",
        ),
    ),
    Mutant(
        "M7",
        "a period is case-sensitive (2024q1 refused)",
        "src/dg_plan/_dates.py",
        _replace(
            "text = period.strip().upper() if isinstance(period, str) else None",
            "text = period.strip() if isinstance(period, str) else None",
        ),
        (
            "tests/core/test_rules.py::test_a_period_reads_the_same_in_either_case",
            "tests/core/test_rules.py::test_lower_case_periods_on_the_shipped_plan",
        ),
    ),
    Mutant(
        "M8",
        "due_between answers in deadline order instead of plan order",
        "src/dg_plan/_plan.py",
        _replace(
            "        return index.in_order(index.between(first, last))\n",
            "        return index.between(first, last)\n",
        ),
        (
            "tests/core/test_rules.py::test_due_between_answers_in_the_plans_order_not_the_deadlines",
            "tests/core/test_query_laws.py::test_consecutive_ranges_partition_the_dated_tasks",
        ),
    ),
    Mutant(
        "M9",
        "the deadline strategy ignores max_date for month ends",
        "src/dg_plan/strategies/_deadlines.py",
        _replace(
            "date = min(datetime.date(year, month + 1, day), max_date)",
            "date = datetime.date(year, month + 1, day)",
        ),
        ("tests/strategies/test_strategies.py::test_deadlines_keep_to_a_bound_inside_a_month",),
    ),
    Mutant(
        "M10",
        "a unit (省残联) dropped from task 24's data",
        "src/dg_plan/data/plan.json",
        _edit_task(24, _drop_unit),
        ("tests/core/test_differential.py",),
    ),
    Mutant(
        "M11",
        "a task-text cell loses its last character",
        "src/dg_plan/data/plan.json",
        _edit_task(100, _drop_last_character),
        ("tests/core/test_differential.py",),
    ),
)


def _run(mutant: Mutant) -> list[str]:
    """Return the tests that fail with the mutant in place (none: it survives)."""
    path = ROOT / mutant.path
    original = path.read_text(encoding="utf-8")
    mutated = mutant.change(original)
    try:
        path.write_text(mutated, encoding="utf-8")
        result = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
            [
                sys.executable,
                "-m",
                "pytest",
                "--no-cov",
                "-q",
                "-rf",
                "-p",
                "no:randomly",
                *mutant.tests,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        path.write_text(original, encoding="utf-8")
    return [line.split()[1] for line in result.stdout.splitlines() if line.startswith("FAILED ")]


def main(keys: list[str]) -> int:
    chosen = [m for m in MUTANTS if not keys or m.key in keys]
    survivors = 0
    for mutant in chosen:
        failed = _run(mutant)
        survivors += not failed
        print(f"{mutant.key} {'killed by' if failed else 'SURVIVED'}: {mutant.what}")
        for test in failed:
            print(f"    {test}")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
