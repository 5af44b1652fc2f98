"""Query results: what the queries return, made when the first query is asked.

The classes here are created when this module is first imported, which is on the
first query (or the first use of ``dg_plan.Involvement`` and its siblings), not at
``import dg_plan``.
"""

from __future__ import annotations

import attrs

from . import _display
from ._deadline import Deadline
from ._model import Role, Task, Unit

__all__ = ["Involvement", "Responsibility", "TimelineEntry", "WorkloadBucket", "WorkloadRow"]


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
        return _display.responsibility_repr(self)

    def _repr_html_(self) -> str:
        """Return the responsibility as a one-row HTML table, for notebooks."""
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
        return _display.involvement_repr(self)

    def _repr_html_(self) -> str:
        """Return the involvement as a one-row HTML table, for notebooks."""
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
        return _display.timeline_entry_repr(self)

    def _repr_html_(self) -> str:
        """Return the entry as a one-row HTML table, for notebooks."""
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
        return _display.workload_row_repr(self)

    def _repr_html_(self) -> str:
        """Return the row as a one-row HTML table, for notebooks."""
        return _display.workload_row_html(self)
