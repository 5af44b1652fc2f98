"""A table printed one row a line, its cells separated by spaces, read as a table (issue 20).

The general form: a stored copy of a table rendered as text, a header line of column
words separated by spaces (the words themselves sometimes spaced out, 工 作 任 务), then
one line a row, its number, a space, its cells separated by spaces; part headings (一、…)
between the rows (tests/importing/GRAMMAR.md). Two corpus documents print it:
trial21/07-guowuyuan-lianghua2016 and trial17/03-changshu-renwu2018. Expected values are
read off the printed lines (copied below from those documents), or stated by the rule.
"""

from __future__ import annotations

import pytest

from dg_plan import PlanImportError, Role, importing
from dg_plan.importing import FindingKind
from helpers.corpus import printed_roles as _roles

# trial21/07-guowuyuan-lianghua2016's lines 20 to 25 (the blank lines as printed).
GUOWUYUAN = (
    "2016年《政府工作报告》量化指标任务分工\n"
    "\n"
    "序号 工 作 任 务 牵头负责部门\n"
    "1 居民消费价格涨幅3%左右 发展改革委\n"
    "2 城镇新增就业1000万人以上 人力资源社会保障部\n"
    "3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部\n"
)

# trial17/03-changshu-renwu2018's header, run on at the end of a paragraph, its part
# heading and rows 1 and 7 (a blank line between lines, as printed).
CHANGSHU = (
    "附件:常熟市2018年政府工作任务分解表 常熟市人民政府办公室 2018年2月24日 "
    "常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n"
    "\n"
    "一、经济社会发展主要预期目标分解(11项)\n"
    "\n"
    "1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委\n"
    "\n"
    "7 全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技术产业投资增长10%. "
    "发改委、经信委、科技局\n"
)


def test_rows_under_a_spaced_out_header_are_read_as_a_table():
    result = importing.read_text(GUOWUYUAN)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == [
        "居民消费价格涨幅3%左右",
        "城镇新增就业1000万人以上",
        "安排财政赤字2.18万亿元,赤字率提高到3%",
    ]
    assert [set(_roles(t)) for t in tasks] == [{"发展改革委"}, {"人力资源社会保障部"}, {"财政部"}]
    # 牵头负责部门: the clause X牵头负责 gives the lead, the header's 负责部门 the
    # responsible unit; one document prints it: every task is doubted, never silently read.
    doubted = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_ROLE_WORD]
    assert [(p.task, dict(p.values)["word"]) for p in doubted] == [
        (1, "牵头负责"),
        (2, "牵头负责"),
        (3, "牵头负责"),
    ]
    assert result.plan.metadata.title == "2016年《政府工作报告》量化指标任务分工"
    assert len(result.problems) == len(doubted)
    # A place in the table is a line of the text, its column named by its header.
    header = next(n for n in result.notes if n.kind is FindingKind.HEADER_ROW)
    assert header.where.line == 3
    assert "工作任务" in header.message  # the spaced-out words closed up


def test_a_header_run_on_after_a_paragraph_and_part_headings_between_rows():
    result = importing.read_text(CHANGSHU)
    tasks = result.plan.tasks
    assert [t.number for t in tasks] == [1, 7]
    assert [t.text for t in tasks] == [
        "地区生产总值增长7%以上,服务业增加值占GDP比重47.1%.",
        "全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技术产业投资增长10%.",
    ]
    assert _roles(tasks[1]) == {"发改委": Role.LEAD, "经信委": Role.LEAD, "科技局": Role.LEAD}
    assert [p.title for p in result.plan.parts] == ["经济社会发展主要预期目标分解(11项)"]
    # The 名称 column the rows leave empty: each task says its text came from 工作任务.
    assert {p.task for p in result.problems if p.kind is FindingKind.TEXT_FROM_OTHER_COLUMN} == {
        1,
        7,
    }


def test_text_may_hold_spaces_when_no_column_stands_before_it():
    # No column between the number and the text: every word before the unit cell is text.
    text = "序号 工作任务 责任单位\n1 推进 5万个行政村通光纤 工业和信息化部\n"
    (task,) = importing.read_text(text).plan.tasks
    assert task.text == "推进 5万个行政村通光纤"
    assert _roles(task) == {"工业和信息化部": Role.RESPONSIBLE}


@pytest.mark.parametrize(
    "row",
    [
        "1 推进5万个行政村通光纤 按计划推进",  # the last words are no unit names
        "1 推进5万个行政村通光纤 财政局 发改委",  # the unit cell may hold a space
        "1 推进5万个行政村通光纤 名称 财政局",  # under 序号 名称 工作任务: 名称's cell?
    ],
)
def test_a_row_not_split_for_sure_is_read_whole_and_flagged(row):
    header = "序号 名称 工作任务 责任单位" if "名称" in row else "序号 工作任务 责任单位"
    result = importing.read_text(f"{header}\n{row}\n")
    (task,) = result.plan.tasks
    assert task.text == row.split(maxsplit=1)[1]
    flagged = [p for p in result.problems if p.kind.value == "row_not_split"]
    assert [(p.task, p.where.line) for p in flagged] == [(1, 2)]


def test_a_line_of_another_form_after_the_header_is_no_such_table():
    # Only rows and part headings follow the header, else the text is read as before.
    text = "序号 工作任务 责任单位\n1 推进5万个行政村通光纤 财政局\n请各单位认真落实。\n"
    with pytest.raises(PlanImportError):
        importing.read_text(text)
