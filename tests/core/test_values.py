"""Values as users hold them: numpy integers, pandas objects, datetimes, other plans."""

from __future__ import annotations

import datetime
import importlib.metadata
import importlib.util
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest

import dg_plan
from dg_plan import (
    Deadline,
    DeadlineKind,
    InvalidQueryError,
    Mention,
    Platform,
    Task,
    Unit,
    UnknownPlatformError,
    UnknownUnitError,
    ValidationError,
)

ROOT = Path(__file__).resolve().parents[2]


# -- integers that are not int -----------------------------------------------------------


def test_a_numpy_integer_finds_a_task(plan):
    np = pytest.importorskip("numpy")
    assert plan.task(np.int64(18)) is plan.task(18)
    assert plan.task(np.int32(1)).number == 1


def test_iterating_a_dataframe_column_gives_numbers_plan_task_takes(plan):
    frame = plan.to_dataframe()
    numbers = [plan.task(n).number for n in frame["number"].head(3)]
    assert numbers == [1, 2, 3]


def test_done_may_be_a_numpy_array_or_a_pandas_series(plan):
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    late = plan.overdue("2024-01-01")
    done = [t.number for t in late[:3]]
    expected = late[3:]
    assert plan.overdue("2024-01-01", done=np.array(done)) == expected
    assert plan.overdue("2024-01-01", done=pd.Series(done)) == expected
    assert plan.due_within(30, "2023-12-01", done=np.array(done)) == tuple(
        t for t in plan.due_within(30, "2023-12-01") if t.number not in done
    )


def test_a_bool_is_not_a_task_number(plan):
    with pytest.raises(dg_plan.UnknownTaskError):
        plan.task(True)


# -- days ----------------------------------------------------------------------------------


def test_an_impossible_day_is_called_one(plan):
    with pytest.raises(InvalidQueryError, match="impossible day") as info:
        plan.due_by("2024-02-30")
    assert info.value.value == "2024-02-30"
    # 2024/02/03 is a day (the one day grammar); 20240203 is none, on every Python.
    assert plan.due_by("2024/02/03") == plan.due_by(datetime.date(2024, 2, 3))
    with pytest.raises(InvalidQueryError, match=r"expected a day such as"):
        plan.due_by("20240203")


def test_a_datetime_is_refused_with_the_fix_in_the_message(plan):
    with pytest.raises(InvalidQueryError, match=r"pass its \.date\(\)"):
        plan.overdue(datetime.datetime(2024, 7, 1, 9, 30))  # noqa: DTZ001
    pd = pytest.importorskip("pandas")
    with pytest.raises(InvalidQueryError, match=r"pass its \.date\(\)"):
        plan.due_by(pd.Timestamp("2024-07-01 09:30"))
    assert plan.due_by(pd.Timestamp("2024-07-01").date()) == plan.due_by("2024-07-01")
    # A timestamp at midnight, with no time zone, is a day (what a date column holds).
    assert plan.due_by(pd.Timestamp("2024-07-01")) == plan.due_by("2024-07-01")


# -- lookups -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", [5, None, 3.5, b"\xe5"])
def test_a_unit_or_platform_that_is_no_name_is_a_query_error(plan, name):
    for lookup, argument in ((plan.unit, "unit"), (plan.platform, "platform")):
        with pytest.raises(InvalidQueryError) as info:
            lookup(name)
        assert (info.value.argument, info.value.value) == (argument, name)


def test_section_ids_are_strings(plan):
    with pytest.raises(InvalidQueryError, match="section ids are strings: use '1'"):
        plan.section(1)
    with pytest.raises(InvalidQueryError, match="section ids are strings"):
        plan.select(section=3.4)  # type: ignore[arg-type]
    assert plan.section("1").id == "1"


def test_units_and_platforms_from_another_plan_follow_one_rule(plan):
    copy = dg_plan.loads(dg_plan.dumps(plan))
    # The same data: resolves to this plan's own object.
    assert plan.unit(copy.unit("省发展改革委")) is plan.unit("省发展改革委")
    assert plan.platform(copy.platform("豫事办")) is plan.platform("豫事办")
    # The same name, different data: refused, for units and platforms alike.
    unit = attrs.evolve(plan.unit("省发展改革委"), note="changed")
    platform = attrs.evolve(plan.platform("豫事办"), note="changed")
    for lookup, item, error in (
        (plan.unit, unit, UnknownUnitError),
        (plan.platform, platform, UnknownPlatformError),
    ):
        with pytest.raises(error) as info:
            lookup(item)
        assert info.value.suggestions == ()
        assert "differs" in str(info.value)
        assert "did you mean" not in str(info.value)


# -- what the model checks ---------------------------------------------------------------


def test_a_mention_covers_a_name_of_its_platform():
    platform = Platform("豫事办", aliases=("豫事办APP",))
    ok = Task(
        1,
        "推广豫事办APP",
        Deadline(DeadlineKind.ONGOING),
        (Unit("a"),),
        platforms=(platform,),
        mentions=(Mention("豫事办", 2, 8),),
    )
    assert ok.mentions[0].end == 8
    with pytest.raises(ValidationError, match="reads '广豫事'") as info:
        attrs.evolve(ok, mentions=(Mention("豫事办", 1, 4),))
    assert info.value.field == "mentions"


def test_a_dated_deadline_outside_the_period_is_refused(plan):
    task = plan.task(1)
    late = attrs.evolve(task, deadline=Deadline.month_end(2204, 6))
    tasks = (late, *plan.tasks[1:])
    with pytest.raises(ValidationError, match="task 1 is due 2204-06-30, outside") as info:
        dg_plan.Plan(plan.metadata, (), tasks, plan.units, plan.platforms)
    assert (info.value.field, info.value.value) == ("tasks", 1)
    unbounded = attrs.evolve(plan.metadata, period=None)
    assert dg_plan.Plan(unbounded, (), tasks, plan.units, plan.platforms).task(1) == late


# -- a user's script under mypy --strict -----------------------------------------------------

USES = """
import datetime

import networkx
import pandas

graph: networkx.MultiDiGraph[str] = plan.graph()
frame: pandas.DataFrame = plan.to_dataframe()
due = plan.due_by(datetime.date(2024, 6, 30)) + plan.due_between("2024-01-01", "2024-06-30")
late = plan.overdue(datetime.date(2024, 7, 1), done=[1, 2, task])

from dg_plan import tracking

ledger = tracking.Ledger(plan, [])
reports: pandas.DataFrame = ledger.to_dataframe()
again: tracking.Ledger = tracking.loads(plan, tracking.dumps(ledger))
"""

MISUSES = """
wrong_graph: str = plan.graph()
wrong_frame: int = plan.to_dataframe()
wrong_day = plan.due_by(20240630)
from dg_plan import tracking

wrong_reports: int = tracking.Ledger(plan, []).to_dataframe()
"""


def _readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", text, re.DOTALL)
    assert block is not None
    lines = [line[4:] for line in block[1].splitlines() if line.startswith((">>> ", "... "))]
    return "\n".join(lines) + "\n"


def test_the_readmes_examples_pass_mypy_strict(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (the lint extra)")
    for stubs in ("pandas-stubs", "types-networkx"):
        try:
            importlib.metadata.version(stubs)
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{stubs} is not installed (the lint extra)")
    example = _readme_example()
    assert "plan.task(18)" in example
    (tmp_path / "good.py").write_text(example + textwrap.dedent(USES), encoding="utf-8")
    (tmp_path / "bad.py").write_text(example + textwrap.dedent(MISUSES), encoding="utf-8")
    # mypy reads pandas-stubs and networkx's stubs for these few lines: tens of seconds
    # from cold. Its cache lives in the repository's .mypy_cache (ignored by git), apart
    # from the one `mypy --strict src` keeps, so that a second run rechecks only the
    # two files.
    cache = ROOT / ".mypy_cache" / "readme-examples"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "good.py", "bad.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not [e for e in errors if e.startswith("good.py")], result.stdout
    # The types are real: each misuse is caught (with Any, none would be).
    assert len([e for e in errors if e.startswith("bad.py")]) == 4, result.stdout


def test_due_within_takes_numpy_days(plan):
    np = pytest.importorskip(
        "numpy", reason="numpy comes with pandas: pip install 'dg_plan[pandas]'"
    )
    assert plan.due_within(np.int64(90), "2024-01-01") == plan.due_within(90, "2024-01-01")
    with pytest.raises(dg_plan.InvalidQueryError):
        plan.due_within(True, "2024-01-01")
    with pytest.raises(dg_plan.InvalidQueryError):
        plan.due_within(np.int64(-1), "2024-01-01")


def test_a_report_takes_a_numpy_task_number():
    np = pytest.importorskip(
        "numpy", reason="numpy comes with pandas: pip install 'dg_plan[pandas]'"
    )
    import datetime  # noqa: PLC0415

    from dg_plan.tracking import Report, Status  # noqa: PLC0415

    report = Report(np.int64(18), "省发展改革委", Status.IN_PROGRESS, datetime.date(2024, 1, 1))
    assert report.task == 18
    assert type(report.task) is int
    with pytest.raises(dg_plan.InvalidTypeError):
        Report(True, "省发展改革委", Status.IN_PROGRESS, datetime.date(2024, 1, 1))
