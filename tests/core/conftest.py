"""Fixtures of the model's tests."""

from __future__ import annotations

import json

import pytest

import dg_plan


@pytest.fixture(scope="module")
def doc(plan):
    """The shipped plan as a JSON document (a fresh copy per test module, to corrupt)."""
    return json.loads(dg_plan.dumps(plan))
