"""The Chinese help at 80 columns, options with choices, a command's other names (reader15).

reader15 (issue 23), faults 11, 12 and 20: ``track collect --help`` ran its --replace
and --first-number help past 80 columns, broken mid-clause by the terminal; --role
took 牵头 but its help never said so, and its usage line read ``{lead,responsible,
support}``; the main help listed ``unit (units)`` with ASCII brackets.
"""

from __future__ import annotations

import re

import pytest

from dg_plan._cli.terminal import width
from helpers.chinese import help_runs
from helpers.cli import call

# Where a clause of Chinese ends: a line of help ending here breaks between clauses.
CLAUSE_END = tuple("、，；：。）”")


@pytest.fixture
def columns_80(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")


def _prose(out: str) -> list[str]:
    """The lines of a help that are prose: not its usage block, not an example's line."""
    usage, _, rest = out.partition("\n\n")
    assert usage.startswith("用法：")
    return [line for line in rest.splitlines() if not line.startswith("  dg-plan ")]


def _help_of(out: str, option: str) -> str:
    """The help of *option*, its lines as printed (joined by newlines)."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf" +{option}( |$)", line))
    said = [lines[start].strip()[len(option) :].strip()]
    for line in lines[start + 1 :]:
        if not line.startswith(" " * 10) or line.lstrip().startswith("-"):
            break
        said.append(line.strip())
    return "\n".join(s for s in said if s)


@pytest.mark.usefixtures("columns_80")
@pytest.mark.parametrize("args", help_runs(), ids=" ".join)
def test_no_line_of_chinese_help_runs_past_80_columns(args):
    out = call("--lang", "zh", *args).stdout
    assert [line for line in _prose(out) if width(line) > 80] == []


@pytest.mark.usefixtures("columns_80")
@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("track", "collect"), "--replace"),
        (("track", "collect"), "--first-number 编号"),
        (("track", "chase"), "--first-number 编号"),
    ],
)
def test_the_long_option_helps_break_between_clauses(args, option):
    said = _help_of(call("--lang", "zh", *args, "--help").stdout, option)
    lines = [line for line in said.splitlines() if line]
    assert len(lines) > 1
    assert all(line.endswith(CLAUSE_END) for line in lines[:-1]), lines


@pytest.mark.usefixtures("columns_80")
def test_replace_says_who_replaces_what_and_what_is_said():
    said = "".join(
        _help_of(call("--lang", "zh", "track", "collect", "--help").stdout, "--replace").split()
    )
    assert said.startswith("与--into同用：")
    assert "单位重新报回" in said
    assert "替换台账中该单位数据截止日期相同的报送记录" in said
    assert "并附说明" not in said


@pytest.mark.parametrize("args", [("unit",), ("tasks",)])
def test_role_says_the_chinese_words_and_the_usage_names_the_role(args):
    out = call("--lang", "zh", *args, "--help").stdout
    assert "也可写作牵头、负责、配合" in "".join(out.split())
    assert "--role 职责" in out
    assert "{lead,responsible,support}" not in out
    english = call("--lang", "en", *args, "--help").stdout
    assert "--role {lead,responsible,support}" in english


@pytest.mark.parametrize(
    ("args", "chinese", "value"),
    [
        (("list-units", "--kind"), "省委部门", "party"),
        (("list-platforms", "--kind"), "移动应用", "app"),
        (("tasks", "--kind"), "持续推进", "ongoing"),
        (("due", "--undated"), "适时推进", "when_appropriate"),
    ],
)
def test_a_kind_is_taken_in_the_chinese_its_help_gives(args, chinese, value):
    out = call("--lang", "zh", args[0], "--help").stdout
    assert f"{value}（{chinese}）" in "".join(out.split())
    assert "也可写作括号内的中文名称" in "".join(out.split())
    assert re.search(rf"{args[1]} \[?类型", out)
    said = call("--lang", "zh", *args, chinese)
    assert said.returncode == 0, said.stderr
    assert said.stdout == call("--lang", "zh", *args, value).stdout


def test_a_command_s_other_name_in_full_width_brackets():
    out = call("--lang", "zh", "--help").stdout
    assert "unit（units）" in out
    assert "unit (units)" not in out
    # The descriptions still line up: unit（units） is as wide as its padding allows.
    lines = [line for line in out.splitlines() if line.startswith(("    unit", "    tasks "))]
    starts = {width(line) - width(line[4:].split(" ", 1)[-1].lstrip()) for line in lines}
    assert len(starts) == 1, lines
    assert "unit (units)" in call("--lang", "en", "--help").stdout


@pytest.mark.usefixtures("columns_80")
@pytest.mark.parametrize("args", help_runs(), ids=" ".join)
def test_the_usage_line_fits_80_columns_by_display_width(args):
    usage = call("--lang", "zh", *args).stdout.partition("\n\n")[0]
    # due's required group of options is one part, which argparse never breaks.
    wide = [line for line in usage.splitlines() if width(line) > 80 and "(--by" not in line]
    assert wide == []
