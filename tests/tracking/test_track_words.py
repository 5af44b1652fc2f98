"""A supervision office clerk's round (issue 21): the notices' and the report's words.

Each expected value comes from the rule the clerk stated, or from a hand count on the
documented example (helpers/tracking_example.py), never from the code's own output.
"""

from __future__ import annotations

import html
import re

import openpyxl
import pytest

from dg_plan import tracking
from helpers.tracking_example import PLAN, R1, R2
from helpers.workbooks import fill

# The header of the report's table of every task (二、（四）), its first five columns.
EVERY_TASK_HEADER = ["序号", "主要任务", "完成时限", "主责单位", "完成情况"]

docx = pytest.importorskip("docx")

MARKET = "省市场监管局"


def _template(folder, unit, as_of):
    path = folder / f"{unit}.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    tracking.write_template(PLAN, unit, path, as_of=as_of)
    return path


def _text(path):
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in document.tables]
    return paragraphs, tables


# -- 2. the 退回修改 notice ---------------------------------------------------------


def test_the_return_notice_names_the_task_says_what_to_fill_and_is_dated(tmp_path):
    folder = tmp_path / "returned"
    path = _template(folder, MARKET, R2)
    # 省市场监管局's first three tasks: 5, 6, 7. Task 5 typed 完成 with no day; task 6
    # done on a day after the round's 截至日期 (2024-12-31); task 7 done before the plan
    # was issued (2023-04-26, the document's date).
    rows = fill(path, {5: ("完成",), 6: ("已完成", "2025-03-01"), 7: ("已完成", "2022-01-05")})
    returned = tracking.read_returns(PLAN, [folder], keep_going=True)
    (written,) = tracking.write_notices(
        PLAN, returned.set_aside, tmp_path / "notices", issuer="省政府督查室", dated="2025-01-06"
    )
    paragraphs, tables = _text(written[1])
    (table,) = tables
    assert table[0] == ["问题序号", "任务序号", "工作表", "行", "列", "填写内容", "问题及填写要求"]
    by_task = {r[1]: r for r in table[1:]}
    assert set(by_task) == {"5", "6", "7"}
    assert by_task["5"][3] == str(rows[5])
    assert by_task["6"][3] == str(rows[6])
    assert by_task["7"][3] == str(rows[7])
    # What they typed, quoted; the days in Chinese; what to fill.
    assert "“完成”" in by_task["5"][6]
    assert "完成（预计完成）日期" in by_task["5"][6]
    assert "“已完成”" not in by_task["5"][6]
    assert "完成日期应不晚于2024年12月31日" in by_task["6"][6]
    assert "完成日期应不早于2023年4月26日" in by_task["7"][6]
    for row in table[1:]:
        assert "-" not in row[6]  # no ISO day
        assert "报送记录" not in row[6]
    # 特此通知, then signed and dated as a 督办通知 is: the day it is written (given
    # here), not the round's 截至日期; the contact line (附注) under the date.
    assert paragraphs[paragraphs.index("特此通知。") + 1 :] == [
        "省政府督查室",
        "2025年1月6日",
        "（联系人：______，联系电话：______）",
    ]


def test_last_rounds_template_sent_again_is_asked_for_this_rounds_template(tmp_path):
    first = tmp_path / "round1"
    path = _template(first, MARKET, R1)
    fill(path, {5: ("推进中",)})
    book = tracking.read_returns(PLAN, [first], keep_going=True).ledger
    # In round two the bureau fills last round's file in again (a new progress note):
    # not a copy of the file collected (which is skipped), last round's form.
    second = tmp_path / "round2"
    second.mkdir()
    (second / f"{MARKET}.xlsx").write_bytes(path.read_bytes())
    fill(second / f"{MARKET}.xlsx", {5: ("推进中", None, "已完成初稿")})
    returned = tracking.read_returns(PLAN, [second], keep_going=True, ledger=book)
    assert len(returned.set_aside) == 1
    (written,) = tracking.write_notices(PLAN, returned.set_aside, tmp_path / "notices")
    paragraphs, tables = _text(written[1])
    text = "".join(paragraphs)
    # No cell to fix (the value is not wrong), no word of the office's own ledger.
    assert tables == []
    assert "台账中已有" not in text
    assert "报送记录" not in text
    assert "截至日期" not in text
    # Plain words: the file is the 2024-06-30 form, not this round's; send this round's.
    assert "截至2024年6月30日" in text
    assert "不是本轮下发的填报表" in text
    assert "请使用本轮下发的" in text


# -- 3. the 督办通知 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "role"),
    [
        # 省委编办 leads 53 (late by 2024-12-31, 未启动): 牵头.
        ("省委编办", "牵头"),
        # 郑州市 answers 14 as a member of 各省辖市政府, responsible (no lead): 负责.
        ("郑州市人民政府", "负责"),
    ],
)
def test_the_chase_notice_says_the_units_role_and_ends_hereby_notified(tmp_path, unit, role):
    # A city government is addressed 你市 (the sixteenth reader, fault 7).
    you = "你市" if unit.endswith("市人民政府") else "你单位"
    from helpers.tracking_example import ledger  # noqa: PLC0415

    written = tracking.chase_notices(ledger(), R2, tmp_path / "chase")
    path = next(p for p in written if p.endswith(f"{unit}-督办通知.docx"))
    paragraphs, tables = _text(path)
    title = PLAN.metadata.title
    body = next(p for p in paragraphs if p.startswith("截至"))
    # One form for a count of tasks, one or many: 下列N项任务 (the seventh reader).
    count = len(tables[0]) - 1
    tasks = f"下列{count}项任务"
    assert f"《{title}》中由{you}{role}的{tasks}" in body
    assert "作为主责单位" not in body
    assert paragraphs.index("特此通知。") + 3 == paragraphs.index(
        "（联系人：______，联系电话：______）"
    )


def test_a_unit_leading_some_and_responsible_for_others_is_told_both():
    from dg_plan._i18n import using  # noqa: PLC0415
    from dg_plan._model import Role  # noqa: PLC0415
    from dg_plan.tracking.notices import _roles_text  # noqa: PLC0415
    from dg_plan.tracking.scores import Chase, ChaseItem  # noqa: PLC0415

    task = PLAN.task(53)
    both = Chase(
        "省委编办", (ChaseItem(task, Role.LEAD, None), ChaseItem(task, Role.RESPONSIBLE, None))
    )
    with using("zh"):
        assert _roles_text(both) == "牵头或负责"


# -- 1. the report's per-unit table counts as the scorecard does ------------------------

HEADER = [
    "排名",
    "单位",
    "职责",
    "任务数",
    # Status's nine categories, with its names (reader 15, fault 3: one idea, one word).
    "按时完成",
    "逾期完成",
    "逾期未完成",
    "到期未完成",
    "已报送未完成（未到期）",
    "未报送（未到期）",
    "已完成（无具体日期）",
    "已报送未完成（无具体日期）",
    "未报送（无具体日期）",
    # Not a tenth category: the glossary's row 未报送合计.
    "未报送合计",
    "按时完成率",
]
# By hand, as of 2024-12-31 (the example's table; a deadline on the day is due that day):
# 省司法厅 leads 51 (done 12-20: on time) and 52 (推进中, due on the day), is responsible
# for 9 (done 09-15, due 06-30: late); 省委编办 leads 40 (推进中, not due), 41 (due on the
# day, not reported) and 53 (未启动, late); 省气象局 is responsible for 12 (due on the day,
# not reported), 13 (done on the day) and 14 (done 06-28, due 06-30); 省审计厅 leads 50
# only (持续推进, 推进中: no date). Rate: 按时完成 over 按时完成, 逾期完成,
# 逾期未完成 and 到期未完成.
HAND = {
    "省司法厅": [
        ["牵头", "2", "1", "0", "0", "1", "0", "0", "0", "0", "0", "0", "50%"],
        ["负责", "1", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0%"],
        ["合计", "3", "1", "1", "0", "1", "0", "0", "0", "0", "0", "0", "33%"],
    ],
    # 40: 已报送未完成（未到期）; 41, due and silent: 到期未完成, and in 未报送合计.
    "省委编办": [["牵头", "3", "0", "0", "1", "1", "1", "0", "0", "0", "0", "1", "0%"]],
    "省气象局": [["负责", "3", "2", "0", "0", "1", "0", "0", "0", "0", "0", "1", "67%"]],
    # 50 (持续推进, 推进中): 已报送未完成（无具体日期）, no rate.
    "省审计厅": [["牵头", "1", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "—"]],
}


def _adds_up(rows):
    """Every row's nine count columns add up to its 任务数; 未报送合计 counts across them."""
    assert rows
    for row in rows:
        tasks, columns, unreported = int(row[3]), [int(c) for c in row[4:13]], int(row[13])
        assert sum(columns) == tasks, row
        silent = columns[5] + columns[8]  # 未报送（未到期）, 未报送（无具体日期）
        assert silent <= unreported <= silent + columns[2] + columns[3], row


def _page_table(page, table_id):
    body = re.search(rf'<table id="{table_id}">(.*?)</table>', page, re.DOTALL)
    assert body is not None
    return [
        [
            html.unescape(re.sub(r"<[^>]+>", "", c))
            for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body.group(1), re.DOTALL)
    ]


def _units(rows):
    """{unit: its rows without rank and unit}, and the units in order with their rank."""
    found, order, unit = {}, [], None
    for row in rows:
        if row[1]:
            unit = row[1]
            order.append((row[0], unit))
        found.setdefault(unit, []).append(row[2:])
    return found, order


def _check(rows):
    assert rows[0] == HEADER
    _adds_up(rows[1:])
    found, order = _units(rows[1:])
    for unit, expected in HAND.items():
        assert found[unit] == expected, unit
    place = {unit: i for i, (_rank, unit) in enumerate(order)}
    # Ranked by on-time rate: 67% before 33% before 0%.
    assert place["省气象局"] < place["省司法厅"] < place["省委编办"]
    # Nothing due: not ranked, after every ranked unit.
    ranks = {unit: rank for rank, unit in order}
    assert ranks["省审计厅"] == "不参与排名"
    kinds = [rank.isdigit() for rank, _unit in order]
    assert kinds == sorted(kinds, reverse=True)  # every ranked unit, then the others
    # No collective nobody can report for; no unit on tasks it only supports.
    for collective in ("省直相关部门", "中央驻豫相关单位", "省直各部门"):
        assert collective not in found


def test_the_reports_per_unit_table_counts_only_where_the_units_answer_counts(tmp_path):
    from helpers.tracking_example import ledger  # noqa: PLC0415

    book = ledger()
    page = tmp_path / "r.html"
    tracking.report(book, R2, page, language="zh")
    text = page.read_text("utf-8")
    _check(_page_table(text, "by-unit"))
    # The sentence says why the collectives are not there.
    assert re.search(
        "省直相关部门[^<]*为统称单位，未列明成员单位，未下发填报表，不列入本表。", text
    )
    book_path = tmp_path / "r.xlsx"
    tracking.report(book, R2, book_path, language="zh")
    sheet = openpyxl.load_workbook(book_path)["三、各单位主责任务完成情况"]
    cells = [["" if c is None else str(c) for c in r] for r in sheet.iter_rows(values_only=True)]
    for r, row in zip(cells, sheet.iter_rows(), strict=True):
        if len(r) == len(HEADER) and isinstance(row[-1].value, (int, float)):
            assert row[-1].number_format == "0%"
            r[-1] = f"{row[-1].value:.0%}"
    _check([r for r in cells if len(r) == len(HEADER) and any(r[2:])])
    assert any("不列入本表" in c for r in cells for c in r)
    doc_path = tmp_path / "r.docx"
    tracking.report(book, R2, doc_path, language="zh")
    _paragraphs, tables = _text(doc_path)
    (units,) = [t for t in tables if t[0] == HEADER]
    _check(units)
    # The city's late figure is its own answer's, as the scorecard's (not every task it
    # answers for): the scorecard and the report agree.
    zhengzhou = next(r for r in book.scorecard(R2) if r.unit == "郑州市人民政府")
    found, _order = _units(_page_table(text, "by-unit")[1:])
    assert found["郑州市人民政府"][0][4] == str(zhengzhou.total.late_open)


# -- 4. the command line's words --------------------------------------------------------


def test_a_file_not_the_template_is_not_said_to_be_the_tools():
    from dg_plan._tracking_problems import problem  # noqa: PLC0415

    for found in (
        problem("no_template_sheet", None, sheet="填报"),
        problem("not_a_template", None, expected="x"),
    ):
        zh = found.render("zh")
        assert "本轮下发的填报表" in zh
        assert "dg_plan" not in zh
        assert "dg_plan" not in found.render("en")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_refusal_to_overwrite_names_force_only_on_the_command_line(tmp_path, lang):
    from helpers.cli import call  # noqa: PLC0415
    from helpers.tracking_example import ledger  # noqa: PLC0415

    path = tmp_path / "t.xlsx"
    tracking.write_template(PLAN, "省审计厅", path, as_of=R2)
    result = call(
        "--lang", lang, "track", "template", "省审计厅", str(path), "--as-of", "2024-12-31"
    )
    assert result.returncode == 1  # refused, not mistyped
    assert "--force" in result.stderr
    assert "overwrite=True" not in result.stderr
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    notices = tmp_path / "notices"
    args = ("--lang", lang, "track", "chase", str(book), "--as-of", "2024-12-31")
    assert call(*args, "--notices", str(notices)).returncode == 0
    again = call(*args, "--notices", str(notices))
    assert again.returncode == 1
    assert "--force" in again.stderr
    assert "overwrite=True" not in again.stderr
    # The library's exception still names its own argument.
    with pytest.raises(Exception, match="overwrite=True"):
        tracking.write_template(PLAN, "省审计厅", path, as_of=R2, overwrite=False)


def test_the_status_rule_for_one_accountable_unit_reads_right(tmp_path):
    from helpers.cli import call  # noqa: PLC0415
    from helpers.tracking_example import ledger  # noqa: PLC0415

    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger()), encoding="utf-8")
    base = ("track", "status", str(path), "--task")
    # Task 50: 省审计厅 leads alone (its one accountable unit); on 2024-06-30 it has not
    # reported, on 2024-12-31 it reports 推进中.
    zh = call("--lang", "zh", *base, "50", "--as-of", "2024-06-30").stdout
    assert "唯一的主责单位尚未报送，故任务状态为未报送" in zh
    assert "1个主责单位" not in zh
    assert "均" not in zh.split("依据：")[1].splitlines()[0]
    en = call("--lang", "en", *base, "50", "--as-of", "2024-06-30").stdout
    assert "none of the 1 " not in en
    zh = call("--lang", "zh", *base, "50", "--as-of", "2024-12-31").stdout
    assert "1个主责单位中" not in zh
    assert "唯一的主责单位报送“推进中”" in zh
    # Task 41: three leads, none reported: the sentence for many stays.
    many = call("--lang", "zh", *base, "41", "--as-of", "2024-12-31").stdout
    assert "3个主责单位均未报送" in many


# -- 5. progress falls back to an earlier round as evidence does ------------------------


def test_progress_left_blank_keeps_the_earlier_rounds_words_with_its_day(tmp_path):
    from dg_plan.tracking import Ledger, Report, Status  # noqa: PLC0415
    from helpers.tracking_example import JUSTICE  # noqa: PLC0415

    # 省司法厅 leads task 52. June: 推进中, words, a document. December: 推进中, the
    # 进展情况 left blank, no document. So on 2024-12-31 both come from June, each with
    # June's day and the unit's name.
    book = Ledger(
        PLAN,
        [
            Report(52, JUSTICE, Status.IN_PROGRESS, R1, note="已起草", evidence=("起草说明",)),
            Report(52, JUSTICE, Status.IN_PROGRESS, R2),
        ],
    )
    path = tmp_path / "r.docx"
    tracking.report(book, R2, path, language="zh")
    _paragraphs, tables = _text(path)
    # The every-task table, under 二、（四） (by its header: 序号, 主要任务 …).
    every = next(t for t in tables if t[0][:5] == EVERY_TASK_HEADER)
    row = next(r for r in every if r[0] == "52")
    assert row[6:] == [
        f"{JUSTICE}（截至2024年6月30日）：已起草",
        f"{JUSTICE}（截至2024年6月30日）：起草说明",
    ]
    page = tmp_path / "r.html"
    tracking.report(book, R2, page, language="en")
    text = page.read_text("utf-8")
    assert f"{JUSTICE} (as of 2024-06-30): 已起草" in text
    assert f"{JUSTICE} (as of 2024-06-30): 起草说明" in text


# -- 6. the xlsx report: 说明 says each thing once; the task's text is readable ----------


def test_the_xlsx_about_sheet_and_task_column(tmp_path):
    from helpers.tracking_example import ledger  # noqa: PLC0415

    path = tmp_path / "r.xlsx"
    tracking.report(ledger(), R2, path, language="zh")
    wb = openpyxl.load_workbook(path)
    about = {r[0]: r[1] for r in wb["说明"].iter_rows(values_only=True)}
    for label, value in about.items():
        if isinstance(value, str):
            assert not value.startswith(str(label)), label  # no label said twice
    # The example's rounds: 2024-06-30 and 2024-12-31.
    assert about["最近一轮报送记录的数据截止日期"].date() == R2
    assert about["上一轮"].date() == R1
    sheet = wb["二、（四）全部任务进展情况"]
    header = [c.value for c in sheet[1]]
    letter = sheet.cell(1, header.index("主要任务") + 1).column_letter
    # A task's text runs to a hundred characters and more: a wide column, wrapped.
    assert sheet.column_dimensions[letter].width >= 40
    assert all(sheet[f"{letter}{row}"].alignment.wrap_text for row in range(2, sheet.max_row + 1))
