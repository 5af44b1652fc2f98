"""What :meth:`Task.involvement <dg_plan.Task.involvement>` answers: a query's result.

Its own module, below the model, so that it is made at import (the model returns it)
but is not one of the model's classes (a strategy draws those).
"""

from __future__ import annotations

import attrs

from ._vocabulary import Role

__all__ = ["TaskRole"]


@attrs.frozen
class TaskRole:
    """The role one task gives a unit, and the collective it holds it through.

    What :meth:`Task.involvement` returns.

    Args:
        task: The task's number.
        unit: The unit's name: the task's own unit, or the member as its collective
            lists it (洛阳市人民政府 for 洛阳市).
        role: The role: the unit's own, or its collective's.
        via: The name of the collective through which the unit holds the role
            (各省辖市政府), or ``None`` when the task names the unit itself.
    """

    task: int
    unit: str
    role: Role
    via: str | None = None

    @property
    def direct(self) -> bool:
        """Whether the task names the unit itself (not through a collective)."""
        return self.via is None
