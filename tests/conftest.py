from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import dg_plan

# The asserts of the shared helpers (tests/helpers/) report their values, as a test's do.
pytest.register_assert_rewrite("helpers")

# One strength: the README's test command and CI both run this profile (CI sets no
# HYPOTHESIS_PROFILE). 100 examples a test: the bugs the hand-written mutants put back
# (tools/hand_mutants.py) are each killed by a test that draws its case on purpose, so
# strength comes from those, not from volume; at 300 the run took three times as long.
# "dev" is a quicker, weaker run for a few tests while editing:
# HYPOTHESIS_PROFILE=dev .venv/bin/python -m pytest --no-cov tests/test_x.py
settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "sources" / "000_7b812aca85ed3779.txt"


@pytest.fixture(scope="session")
def plan() -> dg_plan.Plan:
    return dg_plan.load_plan()


@pytest.fixture(scope="session")
def source_text() -> str:
    return SOURCE.read_text(encoding="utf-8")
