"""``python -m dg_plan``: the dg-plan command line."""

from __future__ import annotations

from ._cli import main

raise SystemExit(main())
