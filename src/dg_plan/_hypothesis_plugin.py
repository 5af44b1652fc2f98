"""Register dg_plan's strategies with hypothesis, so ``st.from_type(dg_plan.Task)`` works.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, through the
``hypothesis`` entry point in pyproject.toml. The hook registers a function for each
type, so it neither imports :mod:`dg_plan.strategies` nor loads any data: a function
runs only when :func:`~hypothesis.strategies.from_type` first resolves its type.

Without these registrations hypothesis would infer strategies from the attrs fields
and build invalid objects (a dated deadline without a date, a negative task number).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__: list[str] = []

#: Each public type, and the function of dg_plan.strategies that draws it.
STRATEGY_OF_TYPE: Mapping[str, str] = MappingProxyType(
    {
        "Deadline": "deadlines",
        "Mention": "mentions",
        "Note": "notes",
        "Origin": "origins",
        "Plan": "plans",
        "PlanMetadata": "plan_metadata",
        "Platform": "platforms",
        "Provenance": "provenances",
        "Section": "sections",
        "Successor": "successors",
        "Task": "tasks",
        "Unit": "units",
    }
)

#: The types of :mod:`dg_plan.tracking`, and the function of dg_plan.strategies that draws
#: each (a report on the shipped plan; a ledger on a drawn plan).
TRACKING_STRATEGY_OF_TYPE: Mapping[str, str] = MappingProxyType(
    {"Ledger": "ledgers", "Report": "reports"}
)


#: Arguments for the strategies behind ``st.from_type``, where their own defaults draw
#: more than a downstream suite wants on every example. A whole plan at the defaults
#: (up to 20 tasks, 8 units, 6 platforms) takes about 0.05 s to draw, and hypothesis's
#: ``too_slow`` health check fails a test whose first ten inputs take over a second,
#: as a loaded CI machine showed; at these sizes a plan takes under half that. Call
#: :func:`dg_plan.strategies.plans` for bigger plans.
FROM_TYPE_ARGUMENTS: Mapping[str, Mapping[str, int]] = MappingProxyType(
    {"plans": MappingProxyType({"max_tasks": 8, "max_units": 5, "max_platforms": 4})}
)


def _resolver(name: str) -> Callable[[type], SearchStrategy[Any]]:
    def resolve(kind: type) -> SearchStrategy[Any]:
        from dg_plan import strategies  # noqa: PLC0415 - imported on first use only

        arguments = FROM_TYPE_ARGUMENTS.get(name, {})
        strategy: SearchStrategy[Any] = getattr(strategies, name)(**arguments)
        return strategy

    resolve.__qualname__ = resolve.__name__ = f"resolve_with_{name}"
    return resolve


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every public dg_plan type; called by hypothesis at import."""
    from hypothesis import strategies as st  # noqa: PLC0415 - hypothesis is importing us

    import dg_plan  # noqa: PLC0415 - loads no data
    from dg_plan import tracking  # noqa: PLC0415 - loads no data either

    for type_name, strategy_name in STRATEGY_OF_TYPE.items():
        st.register_type_strategy(getattr(dg_plan, type_name), _resolver(strategy_name))
    for type_name, strategy_name in TRACKING_STRATEGY_OF_TYPE.items():
        st.register_type_strategy(getattr(tracking, type_name), _resolver(strategy_name))
