"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.cli import succeeds


@pytest.fixture(scope="session")
def audit_ledger(tmp_path_factory) -> tuple[Path, Path]:
    """省审计厅's template as of 2024-12-31 and the ledger collected from it untouched.

    Made once with dg-plan itself; the tests only read the two files.
    """
    folder = tmp_path_factory.mktemp("track")
    template = folder / "audit.xlsx"
    succeeds("track", "template", "省审计厅", str(template), "--as-of", "2024-12-31")
    ledger = folder / "ledger.json"
    # --strict: all or nothing, where a file left blank is no report (without it, the
    # blank file is set aside to be sent back, issue 21).
    succeeds("track", "collect", str(template), "-o", str(ledger), "--strict")
    return template, ledger
