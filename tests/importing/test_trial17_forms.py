"""The forms trial17 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial17, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind
from helpers.workbooks import write_csv as _csv


def test_an_attachment_label_with_no_number_is_no_half_of_the_title():
    # trial17/05's form: the label 附件 alone on the line above the list's title, as 附件1
    # is in trial/01, trial/07 and trial2/06. It used to be joined to the title as its
    # first half (附件 2020年…方案), with no note.
    text = (
        "市政府关于印发2020年政府工作报告主要目标任务分解方案的通知\n"
        "附件\n"
        "2020年《政府工作报告》主要目标任务分解方案\n"
        "1.地区生产总值增长6%以上。牵头单位:市发改委;责任单位:各县(市)区政府\n"
    )
    result = importing.read_text(text)
    assert result.plan.metadata.title == "2020年《政府工作报告》主要目标任务分解方案"
    (task,) = result.plan.tasks
    assert [u.name for u in task.leads] == ["市发改委"]


def test_a_glossed_title_is_measured_without_its_glosses():
    # trial17/02's form: a traditional-script copy with pinyin glosses (進(jìn)) in the
    # title line; without them the line is a title's length (60 characters or fewer),
    # with them longer. The place name alone on the line above is its first half.
    title = (
        "關于進(jìn)一步激發(fā)民營企業創業熱情成(chéng)就(jiù)企業家創意創新創造"
        "推進(jìn)民營經(jīng)濟高質量發(fā)展的實施細則"
    )
    text = f"馬鞍山市\n{title}\n一、主要任務\n1.搭建創意平台。舉辦創意會(huì)。(市商務局負責)\n"
    result = importing.read_text(text)
    assert result.plan.metadata.title == "馬鞍山市" + title
    assert not [p for p in result.problems if "馬鞍山市" in p.text]


def test_a_header_over_groups_and_items_with_a_unit_column_of_no_role(tmp_path):
    # trial17/04's form: 项 目 printed over two columns (the group, printed once over its
    # rows; the item, under a blank header cell), and the only unit column headed by no
    # role the vocabulary knows (监考单位: the unit that assesses). The row is the header;
    # each item beside its group is a task; the unit column is not read, and a problem
    # names each task that fills it. The file used to be refused: "no header row".
    rows = [
        ["某区2016年度经济社会发展目标任务分解表", "", "", "", ""],
        ["项 目", "", "分值", "目标任务", "监考单位"],
        ["宏观调控", "地区生产总值增长率", "3", "年终根据全省平均水平综合考核", "区发改局"],
        ["", "建筑业总产值", "1", "140", "区住建局"],
        ["公共服务", "城镇新增就业人数", "1", "5800", "区人社局"],
        ["", "城镇登记失业率", "1", "低于 4.1", "区人社局"],
    ]
    result = importing.read(_csv(tmp_path / "t.csv", rows))
    texts = [t.text for t in result.plan.tasks]
    assert texts == ["地区生产总值增长率", "建筑业总产值", "城镇新增就业人数", "城镇登记失业率"]
    assert result.plan.metadata.title == "某区2016年度经济社会发展目标任务分解表"
    unread = [p for p in result.problems if p.kind is FindingKind.UNIT_COLUMN_NOT_READ]
    assert sorted(p.task for p in unread) == [1, 2, 3, 4]
    assert all("监考单位" in str(p) for p in unread)


def test_a_column_headed_by_a_group_word_alone_is_no_item_column(tmp_path):
    # The rule asks for groups: a text column whose every cell is a task of its own
    # (one row each) keeps its cells as the tasks' texts, the blank-headed column
    # beside it aside.
    rows = [
        ["项目", "", "责任单位"],
        ["新建公园两座。", "说明一", "区住建局"],
        ["改造道路三条。", "说明二", "区交通局"],
    ]
    result = importing.read(_csv(tmp_path / "t.csv", rows))
    assert [t.text for t in result.plan.tasks] == ["新建公园两座。", "改造道路三条。"]
