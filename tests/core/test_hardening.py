"""Shared state, fuzzed inputs, and what the package must never do."""

from __future__ import annotations

import contextlib
import datetime
import io
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import threading
from pathlib import Path
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dg_plan
from dg_plan import DeadlineKind, Role
from dg_plan._cli import main

SRC = Path(dg_plan.__file__).parent


def test_32_threads_get_one_plan_and_one_graph():
    code = textwrap.dedent(
        """
        import threading
        import dg_plan
        barrier = threading.Barrier(32)
        plans, graphs = [], []
        def work():
            barrier.wait()
            plan = dg_plan.load_plan()
            plans.append(plan)
            graphs.append(plan.graph())
            plan.tasks_for("发改委")
        threads = [threading.Thread(target=work) for _ in range(32)]
        for t in threads: t.start()
        for t in threads: t.join()
        assert len(plans) == len(graphs) == 32
        assert len({id(p) for p in plans}) == 1, "more than one plan"
        assert len({id(g) for g in graphs}) == 1, "more than one graph"
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_threads_share_one_index_and_graph_of_a_fresh_plan(plan):
    fresh = dg_plan.loads(dg_plan.dumps(plan))
    barrier = threading.Barrier(32)
    graphs, answers = [], []

    def work() -> None:
        barrier.wait()
        graphs.append(fresh.graph())
        answers.append(fresh.tasks_for("省公安厅"))

    threads = [threading.Thread(target=work) for _ in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(g) for g in graphs}) == 1
    assert len(set(answers)) == 1
    assert fresh._cache.index is not None


def test_no_returned_value_lets_a_caller_change_the_plan(plan):
    before = dg_plan.dumps(plan)
    task = plan.task(18)
    for obj, field in (
        (plan, "tasks"),
        (task, "units"),
        (task.deadline, "date"),
        (task.units[0], "aliases"),
        (task.provenance, "notes"),
        (plan.sections[0], "tasks"),
        (plan.metadata, "title"),
    ):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, field, None)
    for value in (
        plan.tasks,
        plan.units,
        plan.platforms,
        plan.sections,
        task.units,
        task.leads,
        task.provenance.alternatives,
        plan.tasks_for("省发展改革委"),
        plan.due_in("2024"),
        plan.timeline(),
        plan.workload(),
        plan.responsible_for("豫事办"),
        plan.responsibilities("洛阳市人民政府"),
    ):
        assert isinstance(value, tuple)
    with pytest.raises(TypeError):
        plan._by_number[1] = task  # type: ignore[index]
    with pytest.raises(TypeError):
        plan._cache.index.by_platform["豫事办"] = ()  # type: ignore[index]
    assert dg_plan.dumps(plan) == before


# -- fuzzing the entry points that take outside input ------------------------------

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(),
    st.binary(),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(), max_size=3),
    st.sampled_from(list(Role) + list(DeadlineKind)),
)


@given(name=st.one_of(st.text(), ANYTHING))
def test_unit_and_platform_lookup_raise_only_unknown_name(plan, name):
    for lookup, kind in ((plan.unit, dg_plan.Unit), (plan.platform, dg_plan.Platform)):
        try:
            found = lookup(name)
        except dg_plan.UnknownNameError as exc:
            assert exc.name is name or exc.name == getattr(name, "name", None)
            assert len(exc.suggestions) <= 5
        except dg_plan.InvalidQueryError as exc:
            assert not isinstance(name, (str, kind))
            assert exc.value is name
        else:
            assert isinstance(found, kind)


@given(query=st.one_of(st.text(), ANYTHING), limit=st.integers(0, 10))
def test_search_raises_only_invalid_query(plan, query, limit):
    try:
        found = plan.search_units(query, limit)
    except dg_plan.InvalidQueryError as exc:
        assert exc.argument == "query"
    else:
        assert len(found) <= limit


@given(start=ANYTHING, end=ANYTHING)
def test_date_queries_raise_only_invalid_query(plan, start, end):
    for call in (
        lambda: plan.due_between(start, end),
        lambda: plan.due_by(start),
        lambda: plan.overdue(start),
        lambda: plan.select(start=start, end=end),
    ):
        try:
            result = call()
        except dg_plan.InvalidQueryError as exc:
            assert exc.argument in {"start", "end", "date", "as_of"}
        else:
            assert isinstance(result, tuple)


@given(period=st.one_of(st.from_regex(r"\A\s*\d{1,5}([HhQq]\d|-\d{1,2})?\s*\Z"), ANYTHING))
def test_periods_raise_only_invalid_query(plan, period):
    try:
        result = plan.due_in(period)
    except dg_plan.InvalidQueryError as exc:
        assert exc.argument == "period"
        assert repr(period) in str(exc)
    else:
        assert all(t.deadline.is_dated for t in result)


@given(days=ANYTHING, as_of=ANYTHING, done=ANYTHING)
def test_progress_queries_raise_only_dg_plan_errors(plan, days, as_of, done):
    try:
        plan.due_within(days, as_of, done=done if done is not None else ())
    except (dg_plan.InvalidQueryError, dg_plan.UnknownTaskError):
        pass


@given(kind=ANYTHING, role=ANYTHING, section=ANYTHING)
def test_select_raises_only_dg_plan_errors(plan, kind, role, section):
    try:
        plan.select(kind=kind, role=role)
        plan.select(section=section if isinstance(section, str) else None)
    except (dg_plan.InvalidQueryError, dg_plan.UnknownNameError):
        pass


@given(text=st.one_of(st.text(), st.from_regex(r"\A\d{4}年\d{1,2}月(底|\d{1,2}日)前\Z")))
def test_deadline_parse_raises_only_invalid_deadline(text):
    try:
        deadline = dg_plan.Deadline.parse(text)
    except dg_plan.InvalidDeadlineError as exc:
        assert exc.text == text
        assert isinstance(exc, ValueError)
    else:
        assert dg_plan.Deadline.parse(str(deadline)) == deadline


@given(number=ANYTHING)
def test_task_lookup_raises_only_unknown_task(plan, number):
    try:
        task = plan.task(number)
    except dg_plan.UnknownTaskError as exc:
        assert exc.number is number
    else:
        assert task.number == number


# -- what the package never does ------------------------------------------------------


def test_no_pickle_eval_or_network_in_the_package():
    forbidden = re.compile(
        r"\b(pickle|marshal|shelve|eval|exec|urllib|http\.client|requests|socket)\b"
    )
    for path in SRC.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            assert not forbidden.search(code), f"{path.name}:{number}: {line.strip()}"


def test_data_is_read_with_importlib_resources():
    loader = (SRC / "_load.py").read_text(encoding="utf-8")
    assert "importlib import resources" in loader
    assert "__file__" not in loader


def test_dates_far_from_the_plan(plan):
    assert plan.due_within(10**6, datetime.date(9999, 1, 1)) == ()
    assert plan.overdue(datetime.date.min) == ()


# -- the command line, fuzzed -----------------------------------------------------------

WORDS = [
    "overview", "show", "unit", "units", "tasks", "platform", "due", "timeline", "workload",
    "list-units", "list-platforms", "export", "plot", "--json", "--role", "lead", "responsible",
    "support",
    "--by", "--between", "--in", "--undated", "--overdue", "--within", "--as-of", "--done",
    "--unit", "--platform", "--section", "--kind", "--start", "--end", "--plan", "--bom",
    "json", "csv", "xlsx", "graphml", "node-link", "ics", "graph", "out.png", "out.csv",
    "18", "0", "-1", "179", "2024H1", "2024H3", "2024-06-30", "2024-13-01", "发改委",
    "省发展委", "豫事办", "3.4", "-", "--help",
]  # fmt: skip


def _run_cli(args: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        mock.patch("sys.stdin", io.StringIO("")),
    ):
        try:
            status = main(args)
        except SystemExit as exit_:  # argparse exits on usage errors and --help
            status = exit_.code if isinstance(exit_.code, int) else 2
    return status, err.getvalue()


@given(
    args=st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            # Never a path outside the scratch folder: no separators.
            st.text(max_size=12).filter(lambda s: "/" not in s and "\\" not in s),
        ),
        max_size=6,
    )
)
def test_the_command_line_exits_cleanly_on_any_arguments(args):
    previous = Path.cwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            status, err = _run_cli(args)
        finally:
            os.chdir(previous)
    assert status in {0, 1, 2}, (status, err)
    assert "Traceback" not in err
    if status:
        assert err.strip(), "a failure must say why on standard error"
