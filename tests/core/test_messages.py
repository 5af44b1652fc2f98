"""One message system: every kind of message is a kind plus values, rendered by one renderer.

The command line renders an error from its kind and values; it never reads the
English text of a message back with a regular expression.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import dg_plan
from dg_plan import _cli, _i18n
from dg_plan._cli import errors as cli_errors
from dg_plan._messages import LIST_SEPARATOR, MessageKind, placeholders, render
from dg_plan._notes import NoteKind
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._tracking_problems import TrackingProblemKind
from dg_plan.importing.findings import FindingKind

SRC = Path(dg_plan.__file__).resolve().parent
VALUE = "值"  # what every value is, in the renderings checked below


# -- (a) no regular expression over a message's text in the command line -------------------

_MATCHERS = {"match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"}


def _reads_message_text(node: ast.AST) -> bool:
    """Whether *node* is a message's text: ``x.reason``, ``x.message``, ``str(x)``."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.Attribute) and inner.attr in {"reason", "message", "args"}:
            return True
        if (
            isinstance(inner, ast.Call)
            and isinstance(inner.func, ast.Name)
            and inner.func.id in {"str", "repr", "format"}
        ):
            return True
    return False


def _regexes_over_messages(source: str) -> list[int]:
    """The lines where a regular expression is applied to a message's text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in _MATCHERS:
            continue
        target = node.func.value
        on_re = isinstance(target, ast.Name) and target.id == "re"
        compiled = isinstance(target, ast.Name) and target.id.isupper()
        arguments = node.args[1:] if on_re else node.args
        if (on_re or compiled) and any(_reads_message_text(a) for a in arguments):
            found.append(node.lineno)
    return found


def test_the_check_finds_a_regex_over_an_errors_text():
    # The check itself can fail: the code this change removed would be caught.
    removed = (
        "_AFTER = re.compile(r'start (\\S+) is after end (\\S+)')\n"
        "def f(exc):\n"
        "    reason = exc.reason\n"
        "    return _AFTER.fullmatch(exc.reason), re.match('x', str(exc))\n"
    )
    assert _regexes_over_messages(removed) == [4, 4]
    assert _regexes_over_messages("re.match('x', text)\n") == []


def test_the_command_line_never_parses_a_messages_text():
    for module in sorted((SRC / "_cli").rglob("*.py")):
        source = module.read_text(encoding="utf-8")
        assert _regexes_over_messages(source) == [], module
    for name in ("_AFTER", "_THROUGH_MEMBERS", "_NO_TASK", "_QUERY_REASONS"):
        assert not hasattr(_cli, name), name


# -- (b) every query error in English and Chinese ------------------------------------


def _filled(kind: MessageKind) -> dict[str, str]:
    """A value for every placeholder of every template of *kind* but its constants."""
    keys = set().union(*(placeholders(t) for t in kind.templates)) - kind.constants.keys()
    return dict.fromkeys(sorted(keys), VALUE)


@pytest.mark.parametrize("kind", list(QueryErrorKind))
def test_every_query_error_is_said_in_both_languages(kind):
    values = tuple(_filled(kind).items())
    en, zh = render(kind, values, "en"), render(kind, values, "zh")
    assert zh != en
    for rendering in (en, zh):
        assert "{" not in rendering, rendering
        assert "}" not in rendering, rendering
    left = zh.replace(VALUE, "")
    for constant in sorted(kind.constants.values(), key=len, reverse=True):
        left = left.replace(constant, "")
    assert not re.search(r"[A-Za-z]", left), zh
    assert re.search(r"[\u4e00-\u9fff]", left), zh
    # Each template, not only the most specific, is translated.
    for template in kind.templates:
        needed = tuple(dict.fromkeys(placeholders(template) - kind.constants.keys(), VALUE).items())
        assert render(kind, needed, "zh") != render(kind, needed, "en"), template


# A refusal to overwrite is said on the command line with its option (--force), not the
# library's argument (overwrite=True): tests/cli checks those two.
_OWN_WORDS = {QueryErrorKind.FILE_EXISTS, QueryErrorKind.NOTICES_EXIST}
# The refusals whose reason names the unit refused (a collective's template, a unit
# with no task): the command line does not quote it again.
_NAMES_ITS_VALUE = {
    QueryErrorKind.THROUGH_MEMBERS,
    QueryErrorKind.NAMES_NO_MEMBER,
    QueryErrorKind.NO_TASK_FOR_UNIT,
    # The two days, the unit and its task, and an empty query (no value to name).
    QueryErrorKind.START_AFTER_END,
    QueryErrorKind.NOT_TASK_UNIT,
    QueryErrorKind.EMPTY_QUERY,
}
# The common refusals, each said as one Chinese sentence naming the argument and the
# value (issue 23's fifth reader: no generic “x”无效： before the reason).
_SENTENCES = {
    QueryErrorKind.EXPECTED_DAY: (
        "期间“x”不是有效日期，请写作2024年12月31日、2024-12-31、2024/12/31或2024.12.31"
    ),
    QueryErrorKind.EXPECTED_PERIOD: (
        "期间“x”无法识别，请写作2024年、2024年上半年、2024年第三季度或2024年6月"
        "（也可写作2024H1、2024Q3、2024-06）"
    ),
    QueryErrorKind.NO_SUCH_MONTH: "期间“x”中的月份不存在",
    QueryErrorKind.EXPECTED_DAYS: "期间应为不小于0的整数，不能为“x”",
}


@pytest.mark.parametrize("kind", [k for k in QueryErrorKind if k not in _OWN_WORDS])
def test_the_command_line_renders_a_query_error_from_its_kind(kind):
    error = query_error(kind, "period", "x", **_filled(kind))
    assert (error.kind, error.values) == (kind, tuple(_filled(kind).items()))
    with _i18n.using("zh"):
        shown = cli_errors.query_error(error)
    if kind is QueryErrorKind.IMPOSSIBLE_DAY:
        # A plain sentence: the day does not exist, why (the detail, filled here
        # with a stand-in), and what to write instead.
        assert shown == "期间“x”不存在（值），请填写实际存在的日期"
    elif kind in _NAMES_ITS_VALUE:
        # The reason names the value already: said once, without “x”无效.
        assert shown == render(kind, error.values, "zh")
    elif kind in _SENTENCES:
        assert shown == _SENTENCES[kind]
    else:
        # Any other: the reason, then the value it refuses in brackets.
        assert shown == f"{render(kind, error.values, 'zh')}（期间为“x”）"
    assert "无效：" not in shown


def test_a_query_errors_english_text_is_unchanged():
    # The texts the library said before its errors had kinds.
    plan = dg_plan.load_plan()
    with pytest.raises(dg_plan.InvalidQueryError) as caught:
        plan.due_between("2025-01-01", "2024-01-01")
    assert str(caught.value) == "start 2025-01-01 is after end 2024-01-01 (start='2025-01-01')"
    assert caught.value.kind is QueryErrorKind.START_AFTER_END
    assert dict(caught.value.values) == {"start": "2025-01-01", "end": "2024-01-01"}
    with pytest.raises(dg_plan.InvalidQueryError) as caught:
        dg_plan.parse_period("2024H3")
    assert caught.value.reason == (
        "expected a period such as '2024', '2024H1', '2024Q3', '2024-06', '2024年上半年', "
        "'2024年第三季度' or '2024年6月'"
    )
    with pytest.raises(dg_plan.InvalidQueryError) as caught:
        plan.unit(3)
    assert caught.value.reason == "expected a unit name (str) or a Unit"


def test_an_error_with_a_reason_only_keeps_its_reason():
    weird = dg_plan.InvalidQueryError("some new reason", "fresh", 1)
    assert (weird.kind, weird.values) == (None, ())
    with _i18n.using("en"):
        assert cli_errors.query_error(weird) == "some new reason (fresh=1)"


def test_lists_are_joined_by_the_renderer_in_the_languages_way():
    # The rule: ", " between items in English, "、" in Chinese; callers pass the items.
    # Chinese names keep their 、 in an English sentence, as the library always said them.
    formats = query_error(QueryErrorKind.EXPECTED_FORMAT, "fmt", "doc", choices=("csv", "json"))
    assert dict(formats.values)["choices"] == f"csv{LIST_SEPARATOR}json"
    assert formats.reason == "expected one of csv, json"
    assert render(formats.kind, formats.values, "zh") == "应为以下之一：csv、json"
    members = query_error(
        QueryErrorKind.THROUGH_MEMBERS, "unit", "各市", unit="各市", members=("甲市", "乙市")
    )
    assert (
        members.reason == "各市 reports through its members (甲市、乙市); write a template for each"
    )
    assert "（甲市、乙市）" in render(members.kind, members.values, "zh")


def test_a_missing_value_is_refused():
    with pytest.raises(dg_plan.ValidationError, match="needs the values"):
        query_error(QueryErrorKind.START_AFTER_END, "start", "x", start="2024-01-01")


# -- one renderer, one base -----------------------------------------------------------


@pytest.mark.parametrize("kinds", [NoteKind, FindingKind, TrackingProblemKind, QueryErrorKind])
def test_every_kind_carries_its_templates(kinds):
    assert issubclass(kinds, MessageKind)
    for kind in kinds:
        assert kind.templates, kind
        assert kinds(kind.value) is kind  # the stable name finds the kind


def test_tracking_problem_kinds_keep_their_names():
    # The kinds were plain strings: the same names, now an enum's values.
    for name in ("bad_status", "plan_not_ledger", "not_json", "done_without_day_cell"):
        assert TrackingProblemKind(name).value == name
    found = dg_plan.TrackingProblem("bad", kind="bad_status", values={"choices": "甲"})
    assert found.kind is TrackingProblemKind.BAD_STATUS


def test_errors_imports_no_module_that_imports_it():
    tree = ast.parse((SRC / "_errors.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and (n.level or 0) > 0]
    assert imports == []
    inside = [
        n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom) and n.col_offset
    ]
    assert inside == []


def test_a_tracking_problems_kind_is_still_its_string():
    # Before kinds were an enum, TrackingProblem.kind was the plain string; code that
    # compares or prints it keeps working.
    problem = dg_plan.TrackingProblem(
        "x", kind="not_task_unit", values={"unit": "甲", "task": "1", "units": "乙"}
    )
    assert problem.kind == "not_task_unit"
    assert str(problem.kind) == f"{problem.kind}" == "not_task_unit"
    assert {problem.kind: 1}["not_task_unit"] == 1


def test_a_tracking_problem_made_by_hand_with_a_kind_alone_keeps_its_reason():
    problem = dg_plan.TrackingProblem("状态写错了", kind="bad_status")
    assert problem.kind is dg_plan.TrackingProblemKind.BAD_STATUS
    assert problem.render("zh") == problem.render("en") == "状态写错了"
