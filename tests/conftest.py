from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import dg_plan

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "sources" / "000_7b812aca85ed3779.txt"


@pytest.fixture(scope="session")
def plan() -> dg_plan.Plan:
    return dg_plan.load_plan()


@pytest.fixture(scope="session")
def source_text() -> str:
    return SOURCE.read_text(encoding="utf-8")
