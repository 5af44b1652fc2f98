"""The command line's edges: version, closed pipes, narrow encodings, terminals, widths."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

import dg_plan
from dg_plan._cli import main
from dg_plan._cli.terminal import AMBIGUOUS_WIDTH as _AMBIGUOUS_WIDTH
from dg_plan._cli.terminal import table, width, wrap

WORD = re.compile(r"[A-Za-z]+")


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dg_plan", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env={**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8", **env},
        check=False,
        timeout=60,
    )


def call(*args: str, tty: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    out.isatty = lambda: tty  # type: ignore[method-assign]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def test_version():
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"dg-plan {dg_plan.__version__}\n")


def test_list_platforms_refuses_an_unknown_kind_with_the_choices():
    status, out, err = call("list-platforms", "--kind", "foo")
    assert (status, out) == (2, "")
    assert "invalid choice: 'foo'" in err
    assert all(k.value in err for k in dg_plan.PlatformKind)


def test_an_ascii_terminal_gets_a_message_not_a_traceback():
    result = run("show", "18", PYTHONIOENCODING="ascii")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "cannot show Chinese text" in result.stderr
    assert "PYTHONIOENCODING=utf-8" in result.stderr


def test_a_closed_pipe_exits_quietly_with_141():
    # The reader goes away before dg-plan writes: every write meets a closed pipe.
    with subprocess.Popen(
        [sys.executable, "-m", "dg_plan", "due", "--undated"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    ) as process:
        process.stdout.close()
        err = process.stderr.read().decode()
        status = process.wait(timeout=60)
    assert status == 141, err
    assert err == ""


def test_head_ends_a_pipe_with_status_0_or_141():
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    script = f'"{sys.executable}" -m dg_plan due --undated | head -1; echo "${{PIPESTATUS[0]}}"'
    result = subprocess.run(
        [bash, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.stdout.splitlines()[-1] in {"0", "141"}, result.stderr
    assert "Traceback" not in result.stderr


def test_binary_export_refuses_a_terminal():
    status, out, err = call("export", "xlsx", "-", tty=True)
    assert (status, out) == (2, "")
    assert "xlsx is binary" in err


def test_text_export_to_a_terminal_is_fine():
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8")
    out.isatty = lambda: True  # type: ignore[method-assign]
    with contextlib.redirect_stdout(out):
        status = main(["export", "json", "-"])
    assert status == 0
    assert dg_plan.loads(raw.getvalue()) == dg_plan.load_plan()


@pytest.mark.parametrize("suffix", ["eps", "jpg", "ps", "txt", ""])
def test_plot_accepts_exactly_the_formats_it_documents(tmp_path, suffix):
    status, _, err = call("plot", "timeline", str(tmp_path / f"plot.{suffix}"))
    assert status == 2
    assert "use .png, .svg or .pdf" in err
    assert not list(tmp_path.iterdir())
    status, help_text, _ = call("--help")
    assert "draw a plot to a file (.png, .svg, .pdf)" in help_text


def test_tasks_role_without_unit_does_what_its_help_says(plan):
    status, help_text, _ = call("tasks", "--help")
    assert status == 0
    assert "alone: tasks naming a unit in it" in " ".join(help_text.split())
    status, out, _ = call("tasks", "--role", "lead", "--json")
    assert status == 0
    assert [r["number"] for r in json.loads(out)] == [t.number for t in plan.tasks if t.leads]


def test_notes_wrap_at_word_boundaries(plan, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    status, out, _ = call("show", "42")
    assert status == 0
    words = {w for note in plan.task(42).provenance.notes for w in WORD.findall(str(note))}
    notes = out[out.index("Notes:") :].split("\n\n")[0].splitlines()[1:]
    for line in notes:
        assert width(line) <= 60
        for word in WORD.findall(line):
            assert word in words, f"{word!r} is a piece of a word: {line!r}"
    assert any("crossing" in line for line in notes)


def test_wrap_keeps_words_and_breaks_chinese_anywhere():
    lines = wrap("one cell crossing the page break 推行极简审批和协同化集成化", 20, indent="  ")
    assert lines[0] == "  one cell crossing"
    assert all(width(line) <= 20 for line in lines)
    assert "".join(line.strip() for line in lines).replace(" ", "") == (
        "onecellcrossingthepagebreak推行极简审批和协同化集成化"
    )
    assert wrap("", 10, indent="  ") == ["  "]


def test_widths_come_from_wcwidth():
    assert width("“豫事办”") == 8  # the quotation marks are ambiguous: narrow by default
    assert width("e\u0301") == 1  # a combining accent takes no column
    assert width("\u200b") == 0
    token = _AMBIGUOUS_WIDTH.set(2)
    try:
        assert width("“豫事办”") == 10
        assert width("…") == 2
    finally:
        _AMBIGUOUS_WIDTH.reset(token)


def test_wide_ambiguous_aligns_for_east_asian_terminals(monkeypatch):
    rows = [["“a”", "x"], ["abcd", "y"]]
    assert table(rows).splitlines() == ["“a”   x", "abcd  y"]
    token = _AMBIGUOUS_WIDTH.set(2)
    try:
        assert table(rows).splitlines() == ["“a”  x", "abcd   y"]
    finally:
        _AMBIGUOUS_WIDTH.reset(token)
    monkeypatch.setenv("COLUMNS", "80")
    for name in ("LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    narrow = call("tasks", "--platform", "豫事办")[1]
    wide = call("--wide-ambiguous", "tasks", "--platform", "豫事办")[1]
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert call("--lang", "en", "tasks", "--platform", "豫事办")[1] == wide
    row = {
        out: next(line for line in out.splitlines() if line.startswith("18 "))
        for out in (narrow, wide)
    }
    token = _AMBIGUOUS_WIDTH.set(2)
    try:
        assert width(row[wide]) <= 80
        assert width(row[narrow]) > 80  # too wide where “ ” … take two columns
    finally:
        _AMBIGUOUS_WIDTH.reset(token)
