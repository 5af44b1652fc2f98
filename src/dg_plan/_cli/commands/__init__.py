"""The commands' handlers: each takes the plan and the parsed arguments, returns a result.

A handler never prints and never asks whether JSON was wanted: :mod:`..render` shows
what it returns. Queries (overview, show, unit, tasks, search, platform, due, timeline,
workload, list-units, list-platforms) are in :mod:`.queries`; export, import and plot
in :mod:`.files`; the track actions in :mod:`.track`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from dg_plan._plan import Plan

__all__ = ["Handler"]

#: A command's handler.
Handler = Callable[[Plan, argparse.Namespace], object]
