"""Query results and the indexes that answer them.

Every query answers from an :class:`Index` built once per plan, on the first query,
so no query scans the plan.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from ._dates import parse_period
from ._deadline import Deadline, DeadlineKind
from ._model import Platform, Role, Section, Task, Unit
from ._results import Involvement, Responsibility, TimelineEntry, WorkloadBucket, WorkloadRow

if TYPE_CHECKING:
    from ._plan import Plan

__all__ = [
    "Index",
    "Involvement",
    "Responsibility",
    "Summary",
    "TimelineEntry",
    "WorkloadBucket",
    "WorkloadRow",
    "parse_period",
    "summarize",
]


@attrs.frozen
class Summary:
    """What a plan's overview shows, derived once for its text, JSON and HTML forms.

    Args:
        sections: Every section, each part followed by its subsections.
        deadlines: Each deadline with its number of tasks, in deadline order.
        leads: The units that lead most tasks (up to ten) with their counts, most first.
    """

    sections: tuple[Section, ...]
    deadlines: tuple[tuple[Deadline, int], ...]
    leads: tuple[tuple[Unit, int], ...]


def summarize(plan: Plan, top: int = 10) -> Summary:
    """Return the overview of *plan* (see :class:`Summary`)."""
    led: dict[str, int] = {}
    for task in plan.tasks:
        for unit in task.leads:
            led[unit.name] = led.get(unit.name, 0) + 1
    # Most first; ties in the order the units first lead a task.
    ranked = sorted(led.items(), key=lambda item: -item[1])[:top]
    return Summary(
        sections=tuple(s for part in plan.sections for s in part.walk()),
        deadlines=tuple((e.deadline, len(e.tasks)) for e in plan.timeline()),
        leads=tuple((plan.unit(name), n) for name, n in ranked),
    )


# The workload bucket of tasks that print no deadline (str() of such a deadline is ""):
# the glossary's term for "unspecified", as DeadlineKind.UNSPECIFIED's label.
UNSPECIFIED_BUCKET = "未注明"


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
        # Each task's part and the deepest section that holds it: the one placement
        # that rows, plots and the command line use.
        placement: dict[int, tuple[Section, Section]] = {}
        for part in plan.sections:
            for section in part.walk():  # parents come before their subsections
                for task in section.tasks:
                    placement[task.number] = (part, section)
        self.placement: Mapping[int, tuple[Section, Section]] = MappingProxyType(placement)
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
