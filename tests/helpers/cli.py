"""Running the command line as a user does: in a new process, or in this one (faster)."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from unittest import mock

from dg_plan._cli import main


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m dg_plan`` in a new process, as a user would."""
    env = {**os.environ, "COLUMNS": "120", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "dg_plan", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        env=env,
        check=False,
        timeout=60,
    )


def call(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line in this process (faster; the subprocess runs cover the rest)."""
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        mock.patch("sys.stdin", io.StringIO(stdin or "")),
    ):
        status = main(list(args))
    return subprocess.CompletedProcess(args, status, out.getvalue(), err.getvalue())


def ok(*args: str, stdin: str | None = None, process: bool = False) -> str:
    """The output of a run that succeeds and says nothing on stderr."""
    result = (run if process else call)(*args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def succeeds(*args: str) -> str:
    """The output of an in-process run that succeeds, whatever it says on stderr."""
    result = call(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout
