"""Every report read from a returned file is one ``Report(...)`` would have accepted."""

from __future__ import annotations

import attrs
import pytest

from dg_plan.tracking import model, returns


def _checked(make):
    def made(*args, **kwargs):
        value = make(*args, **kwargs)
        attrs.validate(value)  # the field validators the reader does not run again
        return value

    return made


@pytest.fixture(autouse=True)
def _reports_read_pass_their_validators(monkeypatch):
    # The reader makes its reports and their sources without checking their fields
    # again (model.trusted_report); here each one made is checked, in every test.
    monkeypatch.setattr(returns, "trusted_report", _checked(model.trusted_report))
    monkeypatch.setattr(returns, "trusted_source", _checked(model.trusted_source))


@pytest.fixture
def wide_terminal(monkeypatch):
    """A terminal wide enough for the scorecard's one table (tests reading its figures).

    At the usual widths the table is printed as three by deadline:
    tests/tracking/test_reader17_wide_tables.py reads it so.
    """
    monkeypatch.setenv("COLUMNS", "400")
