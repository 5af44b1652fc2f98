"""argparse's own words in dg-plan's Chinese, alike on Python 3.10 to 3.13.

The versions differ: 3.13 looks a section heading's colon up in the catalog
(``"%(heading)s:"``), 3.10 to 3.12 append an ASCII ``:``; 3.10 writes ``argument X:``
without the catalog; 3.12.8 and 3.13.1 stopped quoting the choices of an invalid
choice. dg-plan says each the same way on all of them (``_cli.parser.HelpFormatter``,
``_cli.parser.Parser``). Only the running Python is tested here; the paths of the others are
forced where they can be.
"""

from __future__ import annotations

import argparse
import re

import pytest

from dg_plan import _i18n
from dg_plan._cli import arguments, parser
from helpers.chinese import english_left, help_runs
from helpers.cli import call

COMMANDS = (
    "overview、show、unit、units、tasks、search、platform、due、timeline、workload、"
    "list-units、list-platforms、export、import、plot、site、track"
)


@pytest.mark.parametrize("args", help_runs(), ids=" ".join)
def test_every_heading_ends_with_the_chinese_colon(args):
    out = call("--lang", "zh", *args).stdout
    assert out.startswith("用法：dg-plan")
    assert "\n选项：\n" in out
    # No line of the help ends with an ASCII colon: headings, examples, all of them.
    assert [line for line in out.splitlines() if line.endswith(":")] == []
    english = call("--lang", "en", *args).stdout
    assert "\noptions:\n" in english


def test_a_heading_already_said_is_left_as_it_is(monkeypatch):
    # Python 3.13's path: argparse itself wrote "选项：" from the catalog.
    monkeypatch.setattr(
        argparse.RawDescriptionHelpFormatter, "format_help", lambda _self: "\n选项：\n  -h\n"
    )
    with _i18n.using("zh"):
        formatter = parser.HelpFormatter("dg-plan")
        formatter.start_section("选项")
        assert formatter.format_help() == "\n选项：\n  -h\n"


def test_a_heading_with_the_ascii_colon_gets_the_chinese_one(monkeypatch):
    # Python 3.10 to 3.12's path, forced whatever Python runs this.
    monkeypatch.setattr(
        argparse.RawDescriptionHelpFormatter,
        "format_help",
        lambda _self: "\n位置参数:\n  命令\n\n选项:\n  -h\n说明: 选项:\n",
    )
    with _i18n.using("zh"):
        formatter = parser.HelpFormatter("dg-plan")
        formatter.start_section("位置参数")
        formatter.start_section("选项")
        # Only a heading's own line changes.
        assert formatter.format_help() == "\n位置参数：\n  命令\n\n选项：\n  -h\n说明: 选项:\n"
    with _i18n.using("en"):
        formatter = parser.HelpFormatter("dg-plan")
        formatter.start_section("options")
        assert "\noptions:\n" not in formatter.format_help()  # the forced text has none


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh", "dg-plan：错误：选项“--lang”：需要一个值"),
        ("en", "dg-plan: error: argument --lang: expected one argument"),
    ],
)
def test_python_3_10s_english_argument_prefix_is_translated(capsys, language, expected):
    # Python 3.10's ArgumentError says "argument X: ..." without the catalog; the
    # parser says it from the error's own parts instead (the same on every Python).
    parser.route_argparse()
    running = parser.RUNNING.set(True)  # as inside dg-plan's main
    try:
        with _i18n.using(language), pytest.raises(SystemExit):
            arguments.build_parser().parse_args(["--lang"])
    finally:
        parser.RUNNING.reset(running)
    assert capsys.readouterr().err.splitlines()[-1] == expected


def test_an_argument_error_is_said_from_its_parts_not_its_text(capsys):
    # No text is read back: an error whose str() says something else is still said
    # from its argument name and message.
    class Odd(argparse.ArgumentError):
        def __str__(self) -> str:
            return "argument --lang: not this"

    def refuse(*_args):
        raise Odd(None, "需要一个参数")

    built = arguments.build_parser()
    built.add_argument("--odd", type=str, action="store")
    built._actions[-1].type = refuse
    parser.route_argparse()
    running = parser.RUNNING.set(True)  # as inside dg-plan's main
    try:
        with _i18n.using("zh"), pytest.raises(SystemExit):
            built.parse_args(["--odd", "x"])
    finally:
        parser.RUNNING.reset(running)
    assert capsys.readouterr().err.splitlines()[-1] == "dg-plan：错误：需要一个参数"


def test_an_invalid_choice_names_the_choices_alike_on_every_python():
    zh = call("--lang", "zh", "frob").stderr.splitlines()[-1]
    # One plain sentence: the argument named as its subject, not glued on as 参数“命令”：.
    assert zh == f"dg-plan：错误：命令“frob”无效，可选值：{COMMANDS}"
    en = call("--lang", "en", "frob").stderr.splitlines()[-1]
    choices = COMMANDS.replace("、", ", ")
    assert en == f"dg-plan: error: argument COMMAND: invalid choice: 'frob' (choose from {choices})"
    role = call("--lang", "zh", "tasks", "--role", "boss").stderr.splitlines()[-1]
    assert role.endswith("：错误：--role 的取值“boss”无效，可选值：lead、responsible、support")
    assert english_left(role, {"boss"}) == set()


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        # show's number: what it should be (issue 23, the seventh reader).
        (["show", "abc"], "序号应为1—178之间的数字", "NUMBER should be a number from 1 to 178"),
        (
            ["due", "--within", "x"],
            "--within 的取值“x”不是有效的整数",
            "argument --within: invalid int value: 'x'",
        ),
    ],
)
def test_a_value_not_a_number_is_said_as_one_sentence(args, zh, en):
    said = call("--lang", "zh", *args)
    assert said.returncode == 2
    assert said.stderr.splitlines()[-1].endswith(f"：错误：{zh}")
    assert "参数“" not in said.stderr
    # English as argparse says it.
    assert call("--lang", "en", *args).stderr.splitlines()[-1].endswith(f": error: {en}")


def test_argparse_elsewhere_keeps_its_own_words():
    assert call("--lang", "zh", "frob").returncode == 2
    parser = argparse.ArgumentParser(prog="other")
    parser.add_argument("--x", choices=["a"])
    text = parser.format_help()
    assert re.search(r"^options:$", text, re.MULTILINE)
