"""Hypothesis strategies that generate valid dg_plan objects, from deadlines to whole plans.

Every object a strategy here draws satisfies every rule of the model, and every plan
survives the JSON format unchanged (``loads(dumps(plan)) == plan``): dated deadlines
have a :class:`datetime.date`, numbers are positive, names are unique under the
lookups' key, collectives and their members agree, leads are among the units, and
every mention lies within its task's text.

>>> from hypothesis import given
>>> from dg_plan.strategies import plans
>>> @given(plans(min_tasks=1, max_tasks=5))
... def test_tasks_have_units(plan):
...     assert all(task.units for task in plan.tasks)
>>> test_tasks_have_units()

Strategies with ``from_shipped=True`` draw from the shipped plan's own units,
platforms or deadlines; the shipped plan is loaded the first time such a strategy
is drawn from, never when it is made. The same strategies are registered with
:func:`hypothesis.strategies.from_type` through the ``hypothesis`` entry point, so
``st.from_type(dg_plan.Task)`` works without importing this module.

This module needs hypothesis: ``pip install 'dg_plan[hypothesis]'``.

The strategies are written in private modules of this package, one per kind of
object (``_deadlines``, ``_registries`` for units and platforms, ``_parts`` for
mentions, notes and provenance, ``_tasks``, ``_plans``, ``_tracking``) on top of
``_common``; this module is their public face, and each public strategy answers to
``dg_plan.strategies`` as its module.
"""

from __future__ import annotations

from dg_plan._compat import missing

# InvalidArgument and Role are not strategies: the strategies' docstrings name them
# ("Raises: InvalidArgument"), and the documentation resolves them here.
try:
    from hypothesis.errors import InvalidArgument  # noqa: F401
except ImportError as exc:  # pragma: no cover - run in a subprocess by the tests
    raise missing("hypothesis", "hypothesis", "dg_plan.strategies") from exc

from dg_plan._model import Role  # noqa: F401

from ._deadlines import deadlines
from ._parts import mentions, notes, origins, provenances
from ._plans import plan_metadata, plans, sections
from ._registries import platforms, successors, units
from ._tasks import tasks
from ._tracking import ledgers, reports

__all__ = [
    "deadlines",
    "ledgers",
    "mentions",
    "notes",
    "origins",
    "plan_metadata",
    "plans",
    "platforms",
    "provenances",
    "reports",
    "sections",
    "successors",
    "tasks",
    "units",
]

# Each strategy answers to this module, where the documentation and users find it.
for _strategy in (
    deadlines,
    ledgers,
    mentions,
    notes,
    origins,
    plan_metadata,
    plans,
    platforms,
    provenances,
    reports,
    sections,
    successors,
    tasks,
    units,
):
    _strategy.__module__ = __name__
del _strategy
