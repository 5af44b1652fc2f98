"""dg_plan.strategies and the hypothesis plugin: every drawn object is valid.

The checks below restate the model's rules independently of its validators, together
with what the JSON format needs to carry an object unchanged, and every strategy's
draws (directly and through st.from_type) are held to them.
"""

from __future__ import annotations

import calendar
import datetime
import importlib.metadata
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import dg_plan
from dg_plan import (
    Deadline,
    DeadlineKind,
    Mention,
    Note,
    NoteKind,
    Origin,
    Plan,
    PlanMetadata,
    Platform,
    PlatformKind,
    Provenance,
    Section,
    Successor,
    Task,
    Unit,
    UnitKind,
    strategies,
)
from dg_plan._hypothesis_plugin import STRATEGY_OF_TYPE, _hypothesis_setup_hook
from dg_plan._text import lookup_key

DOC = Path(__file__).resolve().parents[2] / "docs" / "strategies.md"
# For find() and a test expected to fail: the first example found will do, unshrunk.
# Search deterministically, and long enough never to miss (find() stops at the first match).
UNSHRUNK = settings(phases=[Phase.generate], database=None, derandomize=True, max_examples=2000)
# find() reports the example it returns, unshrunk here: a repr that may run to tens of
# kB (a plan, a section, a task with its provenance), never shown.
LARGE_REPR = pytest.mark.filterwarnings(
    "ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning"
)
JSON_SAFE = 2**53  # the integers every JSON reader carries exactly


# -- the rules, restated -----------------------------------------------------------------


def check_str(value, *, nonempty=False):
    assert type(value) is str
    value.encode("utf-8")  # no lone surrogates: JSON text can carry it
    assert value or not nonempty


def check_int(value, minimum):
    assert type(value) is int
    assert minimum <= value < JSON_SAFE


def check_strs(value):
    assert type(value) is tuple
    for item in value:
        check_str(item, nonempty=True)


def check_deadline(deadline):
    assert type(deadline) is Deadline
    assert type(deadline.kind) is DeadlineKind
    if deadline.kind is DeadlineKind.DATE:
        assert type(deadline.date) is datetime.date
    else:
        assert deadline.date is None
    assert Deadline.parse(str(deadline)) == deadline


def check_successor(successor):
    assert type(successor) is Successor
    check_str(successor.name, nonempty=True)
    check_str(successor.name_en)
    check_str(successor.source, nonempty=True)
    assert successor.since is None or type(successor.since) is datetime.date


def check_unit(unit):
    assert type(unit) is Unit
    check_str(unit.name, nonempty=True)
    check_str(unit.full_name)
    check_strs(unit.aliases)
    assert type(unit.kind) is UnitKind
    check_str(unit.name_en)
    assert type(unit.name_en_official) is bool
    for names in (unit.members, unit.member_of):
        check_strs(names)
        assert len(set(names)) == len(names)
    assert not unit.members or unit.kind is UnitKind.COLLECTIVE
    assert unit.name not in unit.members
    if unit.successor is not None:
        check_successor(unit.successor)
    check_strs(unit.sources)
    check_str(unit.note)


def check_platform(platform):
    assert type(platform) is Platform
    check_str(platform.name, nonempty=True)
    check_strs(platform.aliases)
    assert type(platform.kind) is PlatformKind
    check_str(platform.name_en)
    assert type(platform.name_en_official) is bool
    check_strs(platform.sources)
    check_str(platform.note)


def check_mention(mention):
    assert type(mention) is Mention
    check_str(mention.platform, nonempty=True)
    check_int(mention.start, 0)
    check_int(mention.end, mention.start + 1)


def check_span(span):
    assert type(span) is tuple
    assert len(span) == 2
    check_int(span[0], 0)
    check_int(span[1], span[0])


def check_rows(rows, number):
    assert type(rows) is tuple
    assert rows
    for row in rows:
        check_int(row, 1)
    assert list(rows) == sorted(set(rows))
    assert number is None or number in rows


def check_note(note):
    assert type(note) is Note
    assert type(note.kind) is NoteKind
    assert note.render("en") == str(note)
    assert note.render("zh")


def check_origin(origin):
    assert type(origin) is Origin
    check_str(origin.file)
    check_str(origin.sheet)
    for numbers in (origin.rows, origin.lines):
        assert type(numbers) is tuple
        for n in numbers:
            check_int(n, 1)
        assert list(numbers) == sorted(set(numbers))
    assert type(origin.cells) is tuple
    for field, cell in origin.cells:
        # The unit columns by role too, as the importer names them (leads, responsible, support).
        assert field in {"number", "text", "deadline", "units", "leads", "responsible", "support"}
        check_str(cell, nonempty=True)


def check_provenance(provenance, number=None):
    assert type(provenance) is Provenance
    if provenance.page is not None:  # None: a source without pages
        check_int(provenance.page, 1)
    check_rows(provenance.deadline_rows, number)
    check_rows(provenance.units_rows, number)
    for notes in (provenance.alternatives, provenance.notes):
        assert type(notes) is tuple
        for note in notes:
            check_note(note)
    for span in (provenance.text_span, provenance.units_span):
        assert span is None or check_span(span) is None
    assert type(provenance.deadline_spans) is tuple
    for span in provenance.deadline_spans:
        check_span(span)
    assert provenance.origin is None or check_origin(provenance.origin) is None


def check_task(task):
    assert type(task) is Task
    check_int(task.number, 1)
    check_str(task.text, nonempty=True)
    check_deadline(task.deadline)
    assert type(task.units) is tuple
    assert task.units
    for unit in task.units:
        check_unit(unit)
    names = [u.name for u in task.units]
    assert len(set(names)) == len(names)
    # The leads are some of the units, in the same order.
    assert type(task.leads) is tuple
    positions = [names.index(lead.name) for lead in task.leads]
    assert positions == sorted(set(positions))
    assert all(task.units[i] == lead for i, lead in zip(positions, task.leads, strict=True))
    check_str(task.units_text)
    # Mentions lie in the text, in order, apart; the platforms are the ones mentioned,
    # in order of first mention (which is all the JSON format records).
    end = 0
    for mention in task.mentions:
        check_mention(mention)
        assert end <= mention.start
        assert mention.end <= len(task.text)
        end = mention.end
    for platform in task.platforms:
        check_platform(platform)
    assert [p.name for p in task.platforms] == list(
        dict.fromkeys(m.platform for m in task.mentions)
    )
    if task.provenance is not None:
        check_provenance(task.provenance, task.number)


def check_section(section, depth=0):
    assert type(section) is Section
    check_str(section.id, nonempty=True)
    check_int(section.number, 1)
    check_str(section.label)
    check_str(section.title, nonempty=True)
    numbers = [t.number for t in section.tasks]
    assert numbers == sorted(set(numbers))
    for task in section.tasks:
        check_task(task)
    assert section.declared_count in (None, len(section.tasks))
    # Each task is in one subsection at most: the format stores a section's own tasks.
    nested = [t.number for s in section.subsections for t in s.tasks]
    assert len(set(nested)) == len(nested)
    assert set(nested) <= set(numbers)
    for subsection in section.subsections:
        check_section(subsection, depth + 1)


def check_metadata(metadata):
    assert type(metadata) is PlanMetadata
    check_str(metadata.title, nonempty=True)
    for text in (metadata.document, metadata.attachment, metadata.issuer, metadata.source_file):
        check_str(text)
    assert metadata.issued is None or type(metadata.issued) is datetime.date
    if metadata.period is not None:
        first, last = metadata.period
        check_int(first, 1)
        check_int(last, first)
    assert re.fullmatch(r"|[0-9a-f]{64}", metadata.source_sha256)


def check_names_unique(items):
    keys = {}
    for item in items:
        for name in item.names:
            assert keys.setdefault(lookup_key(name), item.name) == item.name, name


def check_plan(plan):
    assert type(plan) is Plan
    check_metadata(plan.metadata)
    numbers = [t.number for t in plan.tasks]
    assert numbers == sorted(set(numbers))
    for unit in plan.units:
        check_unit(unit)
    for platform in plan.platforms:
        check_platform(platform)
    check_names_unique(plan.units)
    check_names_unique(plan.platforms)
    units = {u.name: u for u in plan.units}
    platforms = {p.name: p for p in plan.platforms}
    for task in plan.tasks:
        check_task(task)
        assert all(units[u.name] == u for u in task.units)
        assert all(platforms[p.name] == p for p in task.platforms)
    # Collectives and members agree, and member_of is in the order the format derives.
    for unit in plan.units:
        assert all(member in units for member in unit.members)
        assert unit.member_of == tuple(c.name for c in plan.units if unit.name in c.members)
    covered = []
    by_number = {t.number: t for t in plan.tasks}
    for part in plan.sections:
        check_section(part)
        covered += [t.number for t in part.tasks]
        for section in part.walk():
            assert all(by_number[t.number] == t for t in section.tasks)
    if plan.sections:
        assert sorted(covered) == numbers
    assert dg_plan.loads(dg_plan.dumps(plan)) == plan


CHECKS = {
    Deadline: check_deadline,
    Mention: check_mention,
    Note: check_note,
    Origin: check_origin,
    Plan: check_plan,
    PlanMetadata: check_metadata,
    Platform: check_platform,
    Provenance: check_provenance,
    Section: check_section,
    Successor: check_successor,
    Task: check_task,
    Unit: check_unit,
}


def _unchecked(cls, **fields):
    """An object its validators never saw: what inference without the plugin aims at."""
    obj = object.__new__(cls)
    for field in attrs.fields(cls):
        default = field.default if field.default is not attrs.NOTHING else None
        object.__setattr__(obj, field.name, fields.get(field.name, default))
    return obj


_DATED = Deadline.month_end(2024, 6)


@pytest.mark.parametrize(
    ("check", "bad"),
    [
        (check_deadline, _unchecked(Deadline, kind=DeadlineKind.DATE, date=None)),
        (check_deadline, _unchecked(Deadline, kind=DeadlineKind.ONGOING, date=_DATED.date)),
        (check_mention, _unchecked(Mention, platform="豫事办", start=-1, end=2)),
        (check_unit, _unchecked(Unit, name="甲", members=("乙",))),
        (check_task, _unchecked(Task, number=-3, text="文", deadline=_DATED, units=(Unit("甲"),))),
        (check_task, _unchecked(Task, number=1, text="文", deadline=_DATED, units=())),
        (
            check_task,
            _unchecked(
                Task,
                number=1,
                text="豫事办",
                deadline=_DATED,
                units=(Unit("甲"),),
                platforms=(Platform("豫事办"),),
            ),
        ),
        (check_provenance, _unchecked(Provenance, page=1, deadline_rows=(2, 1), units_rows=(1,))),
        (
            check_section,
            _unchecked(Section, id="1", number=1, label="一", title="题", declared_count=4),
        ),
    ],
)
def test_the_checks_refuse_invalid_objects(check, bad):
    with pytest.raises(AssertionError):
        check(bad)


# -- st.from_type, through the entry point ------------------------------------------------


def test_the_entry_point_is_declared():
    (entry,) = (
        e for e in importlib.metadata.entry_points(group="hypothesis") if e.value.startswith("dg_")
    )
    assert entry.value == "dg_plan._hypothesis_plugin:_hypothesis_setup_hook", (
        "re-install the project (pip install -e .) to register the entry point"
    )
    assert entry.load() is _hypothesis_setup_hook


def test_every_public_model_class_has_a_strategy():
    # The model's classes; the query API's result types are made by queries, not drawn.
    public = {
        name
        for name in dg_plan.__all__
        if attrs.has(getattr(dg_plan, name))
        and getattr(dg_plan, name).__module__
        in {"dg_plan._model", "dg_plan._deadline", "dg_plan._plan", "dg_plan._notes"}
    }
    assert public == set(STRATEGY_OF_TYPE)
    assert public == {kind.__name__ for kind in CHECKS}
    assert set(STRATEGY_OF_TYPE.values()) <= set(strategies.__all__)


@pytest.mark.parametrize("kind", list(CHECKS), ids=lambda k: k.__name__)
@given(data=st.data())
def test_from_type_draws_valid_objects(kind, data):
    value = data.draw(st.from_type(kind))
    assert type(value) is kind
    CHECKS[kind](value)


@given(st.from_type(Plan))
def test_from_type_draws_plans_of_the_documented_size(plan):
    # docs/strategies.md: at most 8 tasks, 5 units and 4 platforms, so that a downstream
    # suite's first inputs come quickly enough for hypothesis's too_slow health check.
    assert len(plan.tasks) <= 8
    assert len(plan.units) <= 5
    assert len(plan.platforms) <= 4


@LARGE_REPR
def test_from_type_reaches_the_documented_size():
    # The bound is reached, not just respected: the plans are not smaller than stated.
    sizes = st.from_type(Plan).map(lambda p: len(p.tasks))  # small reprs
    assert find(sizes, lambda n: n == 8, settings=UNSHRUNK) == 8


@given(st.from_type(Task))
def test_a_task_from_type_fits_in_a_plan_of_its_own(task):
    section = Section("1", 1, "一", "标题", tasks=(task,))
    plan = Plan(PlanMetadata("题"), (section,), (task,), task.units, task.platforms)
    check_plan(plan)


# -- each strategy and its arguments --------------------------------------------------------


@given(
    kinds=st.sets(st.sampled_from(DeadlineKind), min_size=1),
    bounds=st.lists(st.dates(), min_size=2, max_size=2).map(sorted),
    data=st.data(),
)
def test_deadlines_keep_to_their_kinds_and_dates(kinds, bounds, data):
    deadline = data.draw(strategies.deadlines(kinds=kinds, min_date=bounds[0], max_date=bounds[1]))
    check_deadline(deadline)
    assert deadline.kind in kinds
    assert deadline.date is None or bounds[0] <= deadline.date <= bounds[1]


@given(st.dates(max_value=datetime.date(9999, 11, 30)), st.integers(0, 27), st.data())
def test_deadlines_keep_to_a_bound_inside_a_month(day, back, data):
    # The hard case on purpose: max_date falls inside a month, so that month's end is
    # past the bound; half the dated deadlines are month ends, so every example tests it.
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        day -= datetime.timedelta(days=1)
    low = max(day.replace(day=1), day - datetime.timedelta(days=back))
    for _ in range(4):
        dated = strategies.deadlines(kinds=[DeadlineKind.DATE], min_date=low, max_date=day)
        drawn = data.draw(dated)
        assert low <= drawn.date <= day


@LARGE_REPR
@pytest.mark.parametrize("form", ["月底前", "日前"])
def test_deadlines_print_both_dated_forms(form):
    found = find(
        strategies.deadlines(kinds=[DeadlineKind.DATE]), lambda d: form in str(d), settings=UNSHRUNK
    )
    assert str(found).endswith(form)


@given(strategies.deadlines(from_shipped=True))
def test_shipped_deadlines_are_the_plans_own(plan, deadline):
    assert deadline in {t.deadline for t in plan.tasks}


@given(kinds=st.sets(st.sampled_from(UnitKind), min_size=1), data=st.data())
def test_units_keep_to_their_kinds(kinds, data):
    unit = data.draw(strategies.units(kinds=kinds))
    check_unit(unit)
    assert unit.kind in kinds


@given(
    strategies.units(from_shipped=True),
    strategies.units(kinds=[UnitKind.COLLECTIVE], from_shipped=True),
)
def test_shipped_units_are_the_plans_own(plan, unit, collective):
    assert unit in plan.units
    assert collective in plan.units
    assert collective.kind is UnitKind.COLLECTIVE


@given(kinds=st.sets(st.sampled_from(PlatformKind), min_size=1), data=st.data())
def test_platforms_keep_to_their_kinds(kinds, data):
    platform = data.draw(strategies.platforms(kinds=kinds))
    check_platform(platform)
    assert platform.kind in kinds


@given(strategies.platforms(kinds=[PlatformKind.APP], from_shipped=True))
def test_shipped_platforms_are_the_plans_own(plan, platform):
    assert platform in plan.platforms
    assert platform.kind is PlatformKind.APP


@given(strategies.mentions(platform="豫事办", max_end=3))
def test_mentions_keep_to_their_arguments(mention):
    check_mention(mention)
    assert mention.platform == "豫事办"
    assert mention.end <= 3


@given(
    st.integers(1, 500).flatmap(lambda n: st.tuples(st.just(n), strategies.provenances(number=n)))
)
def test_provenance_rows_hold_the_task_number(number_provenance):
    number, provenance = number_provenance
    check_provenance(provenance, number)


@given(data=st.data())
def test_tasks_draw_from_a_fixed_pool(plan, data):
    pool = plan.units[:6]
    chosen = plan.platforms[:3]
    task = data.draw(
        strategies.tasks(number=7, units=pool, platforms=chosen, provenance=True, max_units=2)
    )
    check_task(task)
    assert task.number == 7
    assert set(task.units) <= set(pool)
    assert len(task.units) <= 2
    assert set(task.platforms) <= set(chosen)
    assert task.provenance is not None
    assert 7 in task.provenance.deadline_rows


@given(strategies.tasks(platforms=(), provenance=False, max_mentions=0))
def test_tasks_without_platforms_or_provenance(task):
    check_task(task)
    assert task.mentions == task.platforms == ()
    assert task.provenance is None


@given(strategies.tasks(from_shipped=True))
def test_shipped_tasks_use_the_plans_units_and_platforms(plan, task):
    check_task(task)
    assert set(task.units) <= set(plan.units)
    assert set(task.platforms) <= set(plan.platforms)


@LARGE_REPR
def test_tasks_mention_platforms_by_alias():
    task = find(
        strategies.tasks(),
        lambda t: any(t.text[m.start : m.end] != m.platform for m in t.mentions),
        settings=UNSHRUNK,
    )
    check_task(task)


@given(strategies.sections(max_depth=1, number=3))
def test_sections_without_subsections(section):
    check_section(section)
    assert section.subsections == ()
    assert section.id == "3"
    assert section.label == "三"


@LARGE_REPR
def test_sections_reach_their_depth():
    deep = find(
        strategies.sections(min_tasks=1, max_depth=3),
        lambda s: any(sub.subsections for sub in s.subsections),
        settings=UNSHRUNK,
    )
    check_section(deep)
    assert deep.subsections[0].id == f"{deep.id}.1"


@given(data=st.data())
def test_sections_of_given_tasks(plan, data):
    given_tasks = data.draw(st.lists(st.sampled_from(plan.tasks), max_size=8))
    section = data.draw(strategies.sections(tasks=given_tasks))
    check_section(section)
    assert list(section.tasks) == sorted(set(given_tasks), key=lambda t: t.number)


@given(strategies.plans(min_tasks=3, max_tasks=6, min_parts=2, max_parts=2, consecutive=True))
def test_plans_keep_to_their_sizes(plan):
    check_plan(plan)
    assert [t.number for t in plan.tasks] == list(range(1, len(plan.tasks) + 1))
    assert 3 <= len(plan.tasks) <= 6
    assert len(plan.sections) == 2


@given(strategies.plans(min_tasks=1, max_tasks=3, min_parts=0, max_parts=0, max_depth=1))
def test_plans_without_sections(plan):
    check_plan(plan)
    assert plan.sections == ()


@given(strategies.plans(max_tasks=0, units=(), platforms=()))
def test_plans_without_tasks_need_no_units(plan):
    check_plan(plan)
    assert plan.tasks == plan.units == plan.platforms == ()


@given(strategies.plans(max_tasks=4, from_shipped=True, provenance=True))
def test_shipped_plans_use_the_shipped_registries(plan, drawn):
    check_plan(drawn)
    assert drawn.units == plan.units
    assert drawn.platforms == plan.platforms
    assert all(t.provenance is not None for t in drawn.tasks)


def test_the_shipped_plan_meets_the_rules_the_strategies_keep(plan):
    check_plan(plan)


@given(data=st.data())
def test_plans_with_given_units_and_platforms(plan, data):
    plan_units = tuple(u for u in plan.units if u.kind is UnitKind.GOVERNMENT)
    drawn = data.draw(strategies.plans(max_tasks=4, units=plan_units, platforms=()))
    check_plan(drawn)
    assert drawn.units == plan_units
    assert drawn.platforms == ()


@pytest.mark.parametrize(
    "make",
    [
        lambda: strategies.deadlines(kinds=[]),
        lambda: strategies.deadlines(kinds=["date"]),
        lambda: strategies.deadlines(
            min_date=datetime.date(2025, 1, 1), max_date=datetime.date(2024, 1, 1)
        ),
        lambda: strategies.deadlines(min_date=datetime.datetime(2024, 1, 1)),  # noqa: DTZ001
        lambda: strategies.units(kinds=[PlatformKind.APP]),
        lambda: strategies.platforms(kinds=()),
        lambda: strategies.mentions(platform=""),
        lambda: strategies.mentions(max_end=0),
        lambda: strategies.provenances(number=0),
        lambda: strategies.tasks(number=0),
        lambda: strategies.tasks(units=()),
        lambda: strategies.tasks(units="省发展改革委"),
        lambda: strategies.tasks(units=[Unit("甲")], from_shipped=True),
        lambda: strategies.tasks(deadlines=Deadline(DeadlineKind.ONGOING)),
        lambda: strategies.sections(min_tasks=3, max_tasks=2),
        lambda: strategies.sections(max_depth=0),
        lambda: strategies.sections(tasks=[1, 2]),
        lambda: strategies.plans(min_tasks=-1),
        lambda: strategies.plans(units=()),
        lambda: strategies.plans(max_tasks=2.5),
        lambda: strategies.plans(min_parts=3, max_parts=1),
        lambda: strategies.plans(platforms=[Platform("甲")], from_shipped=True),
    ],
)
def test_invalid_arguments_are_refused_at_once(make):
    with pytest.raises(InvalidArgument):
        make()


@LARGE_REPR
def test_a_shipped_strategy_that_nothing_matches_says_so():
    none_match = strategies.deadlines(
        kinds=[DeadlineKind.DATE],
        from_shipped=True,
        min_date=datetime.date(2000, 1, 1),
        max_date=datetime.date(2000, 1, 2),
    )
    with pytest.raises(InvalidArgument, match="shipped"):
        find(none_match, lambda _: True, settings=UNSHRUNK)


# -- laziness, the plugin and a downstream suite, each in a fresh interpreter --------------


def _run(code, tmp_path, **env):
    environ = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**environ, **env},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_importing_hypothesis_registers_without_loading_anything(tmp_path):
    out = _run(
        """
        import sys
        import hypothesis
        from hypothesis import strategies as st
        from hypothesis.strategies._internal.types import _global_type_lookup
        import dg_plan, dg_plan._load
        assert dg_plan.Task in _global_type_lookup and dg_plan.Plan in _global_type_lookup
        assert "dg_plan.strategies" not in sys.modules, "the hook imported the strategies"
        assert not dg_plan._load._shipped, "the hook loaded the shipped plan"
        for kind in (dg_plan.Task, dg_plan.Plan, dg_plan.Unit):
            st.from_type(kind).validate()
        assert "dg_plan.strategies" in sys.modules
        from dg_plan import strategies
        shipped = [
            strategies.units(from_shipped=True), strategies.platforms(from_shipped=True),
            strategies.deadlines(from_shipped=True), strategies.tasks(from_shipped=True),
            strategies.plans(from_shipped=True),
        ]
        for s in shipped:
            s.validate()
        assert not dg_plan._load._shipped, "making a strategy loaded the shipped plan"

        @hypothesis.settings(max_examples=1, database=None)
        @hypothesis.given(shipped[0])
        def draw(unit):
            pass

        draw()
        assert dg_plan._load._shipped, "drawing a shipped unit did not load the plan"
        print("ok")
        """,
        tmp_path,
    )
    assert out.strip() == "ok"


def test_without_hypothesis_the_import_error_says_what_to_install(tmp_path):
    out = _run(
        """
        import sys
        sys.modules["hypothesis"] = None  # as if it were not installed
        import dg_plan
        try:
            import dg_plan.strategies
        except ImportError as exc:
            print(exc)
        """,
        tmp_path,
    )
    assert "pip install 'dg_plan[hypothesis]'" in out


def test_a_downstream_suite_gets_valid_objects_from_type_alone(tmp_path):
    # Imports only dg_plan and hypothesis: the entry point does the rest.
    out = _run(
        """
        import sys
        import dg_plan
        from hypothesis import HealthCheck, given, settings, strategies as st

        # too_slow times the first draws; tests here never assert a time, and a
        # loaded machine fails it on any strategy of this size.
        @settings(max_examples=10, database=None, suppress_health_check=[HealthCheck.too_slow])
        @given(st.from_type(dg_plan.Task), st.from_type(dg_plan.Plan))
        def test(task, plan):
            assert type(task) is dg_plan.Task and type(plan) is dg_plan.Plan
            assert task.number >= 1 and task.units
            assert (task.deadline.date is None) is (not task.deadline.is_dated)
            part = dg_plan.Section("1", 1, "一", "标题", tasks=(task,))
            alone = dg_plan.Plan(
                dg_plan.PlanMetadata("题"), (part,), (task,), task.units, task.platforms
            )
            assert dg_plan.loads(dg_plan.dumps(alone)) == alone
            assert dg_plan.loads(dg_plan.dumps(plan)) == plan

        test()
        print("ok")
        """,
        tmp_path,
    )
    assert out.strip() == "ok"


# -- the documentation's example runs ----------------------------------------------------


def _doc_code():
    blocks = re.findall(
        r"^```python\n(.*?)^```", DOC.read_text(encoding="utf-8"), re.MULTILINE | re.DOTALL
    )
    assert blocks, f"{DOC} has no python code block"
    return "\n".join(blocks)


def test_the_documented_example_runs():
    namespace = {"__name__": "docs_strategies"}
    exec(compile(_doc_code(), str(DOC), "exec"), namespace)  # noqa: S102 - our own docs
    tests = {name: f for name, f in namespace.items() if name.startswith("test_")}
    assert len(tests) >= 4
    for test in tests.values():
        settings(max_examples=20)(test)()  # fewer: one of them draws plans of 50 tasks


def test_the_documented_example_fails_when_its_tool_is_wrong():
    namespace = {"__name__": "docs_strategies"}
    exec(compile(_doc_code(), str(DOC), "exec"), namespace)  # noqa: S102 - our own docs
    namespace["lead_counts"] = lambda _: {}  # a broken tool
    with pytest.raises(AssertionError):
        UNSHRUNK(namespace["test_lead_counts_add_up"])()


@given(strategies.notes(kinds=[NoteKind.CELL_MERGED]))
def test_notes_of_the_kinds_asked_for(note):
    assert note.kind is NoteKind.CELL_MERGED
    assert "cell" in note


def test_notes_refuse_other_kinds():
    with pytest.raises(InvalidArgument, match="NoteKind"):
        strategies.notes(kinds=["text"])
    with pytest.raises(InvalidArgument, match="NoteKind"):
        strategies.notes(kinds=[])


# -- the edge cases docs/strategies.md says they draw on purpose ---------------------------


@LARGE_REPR
@pytest.mark.parametrize(
    ("strategy", "case"),
    [
        (strategies.tasks(), lambda t: not t.leads and not t.responsible),
        (strategies.tasks(), lambda t: t.deadline.kind is DeadlineKind.UNSPECIFIED),
        (strategies.tasks(), lambda t: t.provenance is None and t.units_text == ""),
        (
            strategies.plans(),
            lambda p: any(u.kind is UnitKind.COLLECTIVE and not u.members for u in p.units),
        ),
        (
            strategies.plans(),
            lambda p: any(
                not u.member_of and not any(u in t.units for t in p.tasks) for u in p.units
            ),
        ),
        (strategies.plans(min_parts=0), lambda p: p.tasks and not p.sections),
        (strategies.plans(), lambda p: p.tasks and p.tasks[0].number > 1),
    ],
    ids=[
        "only-support",
        "unspecified",
        "no-provenance",
        "empty-collective",
        "unit-in-no-task",
        "no-parts",
        "from-2",
    ],
)
def test_the_documented_edge_cases_are_drawn(strategy, case):
    found = find(strategy, case, settings=UNSHRUNK)
    assert case(found)
    if isinstance(found, Task) and not found.leads and not found.responsible:
        # What the docs promise of such a task.
        assert found.accountable == found.support
        assert found.accountable
    if isinstance(found, Task) and found.deadline.kind is DeadlineKind.UNSPECIFIED:
        assert str(found.deadline) == ""
        assert found.deadline.date is None


def test_the_docs_name_the_edge_cases():
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    assert "A task with only supporting units" in text
    assert "`str(deadline)` is the empty string" in text
