"""Query results and the indexes that answer them.

Every query answers from an :class:`Index` built once per plan, on the first query,
so no query scans the plan.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from ._errors import InvalidQueryError
from ._model import Deadline, DeadlineKind, Platform, Role, Task, Unit

if TYPE_CHECKING:
    from ._plan import Plan

__all__ = [
    "Index",
    "Involvement",
    "Responsibility",
    "TimelineEntry",
    "WorkloadBucket",
    "WorkloadRow",
    "parse_period",
    "to_date",
]


@attrs.frozen
class Responsibility:
    """One task a unit answers for, and how.

    Args:
        task: The task.
        unit: The unit that was asked about.
        role: The role in which it answers for the task.
        via: The collective through which the unit answers for it (各省辖市政府 for
            a city government), or ``None`` when the task names the unit itself.
    """

    task: Task
    unit: Unit
    role: Role
    via: Unit | None = None

    def __repr__(self) -> str:
        """Return a short form: ``<Responsibility 洛阳市人民政府 responsible task 1 via …>``."""
        from . import _display  # noqa: PLC0415 - imported when first shown

        return _display.responsibility_repr(self)

    def _repr_html_(self) -> str:
        """Return the responsibility as a one-row HTML table, for notebooks."""
        from . import _display  # noqa: PLC0415 - imported when first shown

        return _display.responsibility_html(self)


@attrs.frozen
class Involvement:
    """A unit's part in the tasks that mention a platform.

    Args:
        unit: The unit.
        lead: The tasks mentioning the platform that the unit leads, in order.
        responsible: Those it is responsible for without leading, in order.
        support: Those it supports, in order.
    """

    unit: Unit
    lead: tuple[Task, ...]
    responsible: tuple[Task, ...]
    support: tuple[Task, ...] = ()

    @property
    def tasks(self) -> tuple[Task, ...]:
        """Every task of the involvement, in order."""
        return tuple(sorted((*self.lead, *self.responsible, *self.support), key=lambda t: t.number))

    def __repr__(self) -> str:
        """Return a short form: ``<Involvement 省委网信办: lead 1 (173), responsible 0>``."""
        from . import _display  # noqa: PLC0415 - imported when first shown

        return _display.involvement_repr(self)

    def _repr_html_(self) -> str:
        """Return the involvement as a one-row HTML table, for notebooks."""
        from . import _display  # noqa: PLC0415 - imported when first shown

        return _display.involvement_html(self)


@attrs.frozen
class TimelineEntry:
    """A deadline and the tasks due by it, in order.

    Args:
        deadline: The deadline.
        tasks: The tasks due by it, in the plan's order.
    """

    deadline: Deadline
    tasks: tuple[Task, ...]

    def __repr__(self) -> str:
        """Return a short form: ``<TimelineEntry 2024年6月底前: 13 tasks: 3, 5, 7, …>``."""
        from . import _display  # noqa: PLC0415 - imported when first shown

        return _display.timeline_entry_repr(self)

    def _repr_html_(self) -> str:
        """Return the entry as a one-row HTML table, for notebooks."""
        from . import _display  # noqa: PLC0415 - imported when first shown

        return _display.timeline_entry_html(self)


@attrs.frozen
class WorkloadBucket:
    """Counts of one unit's tasks for one deadline year or undated kind.

    Args:
        label: The year (``"2024"``) or the undated kind as printed (``"持续推进"``).
        lead: How many of those tasks the unit leads.
        responsible: How many it is responsible for without leading.
        support: How many it supports.
    """

    label: str
    lead: int
    responsible: int
    support: int = 0

    @property
    def total(self) -> int:
        """Every task of the unit in this bucket."""
        return self.lead + self.responsible + self.support


@attrs.frozen
class WorkloadRow:
    """How many tasks one unit leads, is responsible for and supports, per deadline bucket.

    Args:
        unit: The unit.
        lead: Tasks it leads.
        responsible: Tasks it is responsible for without leading.
        support: Tasks it supports.
        buckets: The same split per deadline year, then per undated kind; every
            bucket of the plan appears, with zeros where the unit has none.
    """

    unit: Unit
    lead: int
    responsible: int
    support: int
    buckets: tuple[WorkloadBucket, ...]

    @property
    def total(self) -> int:
        """Every task of the unit."""
        return self.lead + self.responsible + self.support

    def __repr__(self) -> str:
        """Return a short form: ``<WorkloadRow 省发展改革委: lead 25, responsible 7>``."""
        from . import _display  # noqa: PLC0415 - imported when first shown

        return _display.workload_row_repr(self)

    def _repr_html_(self) -> str:
        """Return the row as a one-row HTML table, for notebooks."""
        from . import _display  # noqa: PLC0415 - imported when first shown

        return _display.workload_row_html(self)


def to_date(value: object, argument: str) -> datetime.date:
    """Return *value* as a date: a :class:`datetime.date` or an ISO ``YYYY-MM-DD`` string.

    Raises:
        InvalidQueryError: *value* is neither (a :class:`datetime.datetime` is refused too:
            deadlines are days, not instants).
    """
    if type(value) is datetime.date:
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidQueryError("expected a datetime.date or a 'YYYY-MM-DD' string", argument, value)


_PERIOD = re.compile(r"([0-9]{4})(?:(H[12])|(Q[1-4])|-([0-9]{2}))?")


def parse_period(period: object) -> tuple[datetime.date, datetime.date]:
    """Return the first and last day of a named period.

    Periods are a year (``"2024"``), a half (``"2024H1"``), a quarter (``"2024Q3"``) or
    a month (``"2024-06"``); case and surrounding spaces are ignored.

    >>> parse_period("2024H1")
    (datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))

    Raises:
        InvalidQueryError: *period* is none of these.
    """
    text = period.strip().upper() if isinstance(period, str) else None
    m = _PERIOD.fullmatch(text) if text else None
    if m is None or not 1 <= int(m[1]) <= 9999:
        raise InvalidQueryError(
            "expected a period such as '2024', '2024H1', '2024Q3' or '2024-06'", "period", period
        )
    year = int(m[1])
    if m[2]:
        first_month, months = (1 if m[2] == "H1" else 7), 6
    elif m[3]:
        first_month, months = 3 * int(m[3][1]) - 2, 3
    elif m[4]:
        first_month, months = int(m[4]), 1
        if not 1 <= first_month <= 12:
            raise InvalidQueryError("no such month", "period", period)
    else:
        first_month, months = 1, 12
    start = datetime.date(year, first_month, 1)
    end = start + relativedelta(months=months - 1, day=31)
    return start, end


# The workload bucket of tasks that print no deadline (str() of such a deadline is "").
UNSPECIFIED_BUCKET = "未明确"


def _bucket(deadline: Deadline) -> str:
    if deadline.date is not None:
        return str(deadline.date.year)
    return str(deadline) or UNSPECIFIED_BUCKET


class Index:
    """The lookup tables behind every query, built once per plan."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        direct: dict[str, list[tuple[Task, Role]]] = {u.name: [] for u in plan.units}
        by_platform: dict[str, list[Task]] = {p.name: [] for p in plan.platforms}
        undated: dict[DeadlineKind, list[Task]] = {
            k: [] for k in DeadlineKind if k is not DeadlineKind.DATE
        }
        dated: list[tuple[datetime.date, int, Task]] = []
        by_deadline: dict[Deadline, list[Task]] = {}
        for task in plan.tasks:
            for role in Role:
                for unit in task.units_in(role):
                    direct[unit.name].append((task, role))
            for platform in task.platforms:
                by_platform[platform.name].append(task)
            if task.deadline.date is None:
                undated[task.deadline.kind].append(task)
            else:
                dated.append((task.deadline.date, task.number, task))
            by_deadline.setdefault(task.deadline, []).append(task)
        dated.sort(key=lambda d: (d[0], d[1]))
        self.direct: Mapping[str, tuple[tuple[Task, Role], ...]] = MappingProxyType(
            {k: tuple(v) for k, v in direct.items()}
        )
        self.by_platform: Mapping[str, tuple[Task, ...]] = MappingProxyType(
            {k: tuple(v) for k, v in by_platform.items()}
        )
        self.undated: Mapping[DeadlineKind, tuple[Task, ...]] = MappingProxyType(
            {k: tuple(v) for k, v in undated.items()}
        )
        self.dates = tuple(d[0] for d in dated)
        self.dated = tuple(d[2] for d in dated)
        self.timeline = tuple(TimelineEntry(d, tuple(ts)) for d, ts in sorted(by_deadline.items()))
        self.position = MappingProxyType({t.number: i for i, t in enumerate(plan.tasks)})
        self.section_numbers = MappingProxyType(
            {
                s.id: frozenset(t.number for t in s.tasks)
                for part in plan.sections
                for s in part.walk()
            }
        )
        # Memoised answers. Two threads may compute one at the same time; both get
        # equal, immutable values, and one of them is kept.
        self.responsibilities: dict[tuple[str, Role | None], tuple[Responsibility, ...]] = {}
        self.involvements: dict[str, tuple[Involvement, ...]] = {}
        self.workloads: dict[bool, tuple[WorkloadRow, ...]] = {}
        self.buckets = tuple(
            dict.fromkeys(_bucket(e.deadline) for e in self.timeline if e.deadline.is_dated)
        ) + tuple(
            # UNSPECIFIED has a bucket only in a plan that has such a task.
            _bucket(Deadline(k))
            for k in DeadlineKind
            if k is not DeadlineKind.DATE and (k is not DeadlineKind.UNSPECIFIED or self.undated[k])
        )

    def in_order(self, tasks: Iterable[Task]) -> tuple[Task, ...]:
        """Return *tasks* in the plan's order, each once."""
        position = self.position
        return tuple(sorted(set(tasks), key=lambda t: position[t.number]))

    def between(self, start: datetime.date, end: datetime.date) -> tuple[Task, ...]:
        """The dated tasks due from *start* to *end*, inclusive, in deadline order."""
        lo = bisect.bisect_left(self.dates, start)
        hi = bisect.bisect_right(self.dates, end)
        return self.dated[lo:hi]

    def before(self, day: datetime.date) -> tuple[Task, ...]:
        """The dated tasks due strictly before *day*, in deadline order."""
        return self.dated[: bisect.bisect_left(self.dates, day)]

    def responsibilities_of(self, unit: Unit, role: Role | None) -> tuple[Responsibility, ...]:
        """A unit's own tasks and those of its collectives, in task order.

        A task that names the unit itself is answered in the unit's own role, even when
        a collective it belongs to has another role in the same task; *role* filters
        that one answer per task, so the roles partition the tasks.
        """
        key = (unit.name, role)
        cached = self.responsibilities.get(key)
        if cached is not None:
            return cached
        if role is not None:
            result = tuple(r for r in self.responsibilities_of(unit, None) if r.role is role)
            self.responsibilities[key] = result
            return result
        found: dict[int, Responsibility] = {}
        for task, task_role in self.direct.get(unit.name, ()):
            found[task.number] = Responsibility(task, unit, task_role)
        for collective_name in unit.member_of:
            collective = self.plan.unit(collective_name)
            for task, task_role in self.direct.get(collective_name, ()):
                if task.number not in found:
                    found[task.number] = Responsibility(task, unit, task_role, via=collective)
        result = tuple(found[n] for n in sorted(found, key=self.position.__getitem__))
        self.responsibilities[key] = result
        return result

    def involvement(self, platform: Platform) -> tuple[Involvement, ...]:
        """The units of the tasks mentioning *platform*, ranked by involvement."""
        cached = self.involvements.get(platform.name)
        if cached is not None:
            return cached
        by_role: dict[str, dict[Role, list[Task]]] = {}
        for task in self.by_platform.get(platform.name, ()):
            for unit in task.units:
                roles = by_role.setdefault(unit.name, {r: [] for r in Role})
                roles[task.role_of(unit)].append(task)
        order = {u.name: i for i, u in enumerate(self.plan.units)}
        ranked = sorted(
            by_role,
            key=lambda n: (
                -len(by_role[n][Role.LEAD]),
                -sum(len(ts) for ts in by_role[n].values()),
                order[n],
            ),
        )
        result = tuple(
            Involvement(self.plan.unit(n), *(tuple(by_role[n][r]) for r in Role)) for n in ranked
        )
        self.involvements[platform.name] = result
        return result

    def workload(self, include_members: bool) -> tuple[WorkloadRow, ...]:
        """Per unit: tasks led, responsible for and supported, per deadline bucket."""
        cached = self.workloads.get(include_members)
        if cached is not None:
            return cached
        rows = []
        for unit in self.plan.units:
            if not include_members and not self.direct.get(unit.name):
                continue
            column = {role: i for i, role in enumerate(Role)}
            counts = {b: [0, 0, 0] for b in self.buckets}
            totals = [0, 0, 0]
            for r in self.responsibilities_of(unit, None):
                totals[column[r.role]] += 1
                counts[_bucket(r.task.deadline)][column[r.role]] += 1
            buckets = tuple(WorkloadBucket(b, c[0], c[1], c[2]) for b, c in counts.items())
            lead, responsible, support = totals
            rows.append(WorkloadRow(unit, lead, responsible, support, buckets))
        result = tuple(sorted(rows, key=lambda r: (-r.lead, -r.total)))
        self.workloads[include_members] = result
        return result
