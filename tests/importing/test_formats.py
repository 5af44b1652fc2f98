"""dg_plan.importing: every format, built here with the real libraries, read back."""

from __future__ import annotations

import datetime
import json
from importlib import resources

import attrs
import pytest

import dg_plan
from dg_plan import Deadline, DeadlineKind, Role, UnitKind, export, importing
from dg_plan.importing import FindingKind, PlanImportError
from helpers.workbooks import write_csv

HEADER = ["序号", "主要任务", "完成时限", "责任单位"]


def names(units):
    return [u.name for u in units]


def support_of(task):
    return names(task.support)


# -- text ------------------------------------------------------------------------------

POLICY = """\
# 某市数字政府建设实施方案

为加快建设数字政府，制定本方案。

一、健全工作机制

（一）建立推进机制。统筹全市数字政府建设。（市大数据局牵头，市直有关部门配合；2024年底前完成）

（二）完善考核办法。（市委组织部、人力资源社会保障局负责；长期坚持）

二、强化数据支撑

（一）加强数据共享

1. 建设共享平台
牵头单位：市政务服务中心
配合单位：公安局、民政局
完成时限：2024年上半年

2. 开展数据治理
责任单位：市统计局协助，市数据局负责
完成时限：明年
"""


def test_policy_text_titles_sections_and_tasks():
    result = importing.read_text(POLICY, name="方案.md")
    plan = result.plan
    assert plan.metadata.title == "某市数字政府建设实施方案"
    assert [(s.label, s.title) for s in plan.sections] == [
        ("一", "健全工作机制"),
        ("二", "强化数据支撑"),
    ]
    sub = plan.sections[1].subsections
    assert [(s.label, s.title) for s in sub] == [("（一）", "加强数据共享")]
    assert [t.number for t in sub[0].tasks] == [3, 4]
    first = plan.task(1)
    assert first.text == "建立推进机制。统筹全市数字政府建设。"
    assert first.deadline == Deadline.parse("2024年12月底前")
    assert names(first.leads) == ["市大数据局"]
    assert support_of(first) == ["市直有关部门"]
    assert "printed label （一）" in map(str, first.provenance.notes)
    # 人力资源社会保障局 takes 市 from 市委组织部; 长期坚持 is ongoing.
    second = plan.task(2)
    assert names(second.units) == ["市委组织部", "市人力资源社会保障局"]
    assert second.leads == ()
    assert second.deadline.kind is DeadlineKind.ONGOING


def test_labelled_lines_give_roles_prefixes_and_deadlines():
    result = importing.read_text(POLICY, name="方案.md")
    third = result.plan.task(3)
    assert third.text == "建设共享平台"
    assert names(third.leads) == ["市政务服务中心"]
    assert support_of(third) == ["市公安局", "市民政局"]
    assert third.deadline.date == datetime.date(2024, 6, 30)
    assert "市 restored: 公安局 → 市公安局" in map(str, third.provenance.notes)
    fourth = result.plan.task(4)
    assert names(fourth.units) == ["市统计局", "市数据局"]
    assert support_of(fourth) == ["市统计局"]
    assert fourth.leads == ()


def test_a_bad_deadline_is_a_problem_with_its_line_and_text():
    result = importing.read_text(POLICY, name="方案.md")
    [problem] = result.problems
    assert problem.where.line == POLICY.splitlines().index("完成时限：明年") + 1
    assert problem.text == "明年"
    assert "方案.md, line" in str(problem)
    task = result.plan.task(4)
    assert task.deadline.kind is DeadlineKind.UNSPECIFIED
    assert "deadline printed as '明年' could not be read" in map(str, task.provenance.notes)


def test_strict_raises_listing_every_problem():
    text = POLICY + "\n3. 再做一件事\n责任单位：市数据局\n完成时限：后年\n"
    with pytest.raises(PlanImportError) as info:
        importing.read_text(text, strict=True, name="方案.md")
    error = info.value
    assert isinstance(error, dg_plan.DgPlanError)
    assert isinstance(error, ValueError)
    assert [p.text for p in error.problems] == ["明年", "后年"]
    assert "明年" in str(error)
    assert "后年" in str(error)


def test_notes_say_where_each_inference_was_made():
    result = importing.read_text(POLICY, name="方案.md")
    messages = [(n.where.line, n.message) for n in result.notes]
    assert (1, "this line is the list's title") in messages
    assert any(m.startswith("市 restored: 公安局") for _, m in messages)
    assert any("preamble" in m for _, m in messages)


def test_unknown_units_are_unclassified_and_collectives_collective():
    plan = importing.read_text(POLICY).plan
    assert plan.unit("市大数据局").kind is UnitKind.UNCLASSIFIED
    assert plan.unit("市直有关部门").kind is UnitKind.COLLECTIVE


def test_names_resolve_to_the_registry_units_own_names_and_aliases_are_kept_as_printed():
    shipped = dg_plan.load_plan()
    owner = shipped.unit("省发展改革委")
    alias = "发改委"
    assert alias in owner.aliases
    text = f"1. 做事\n牵头单位：{owner.name}\n2. 再做\n牵头单位：{alias}\n"
    result = importing.read_text(text, registry=shipped)
    plan = result.plan
    # The registry unit's own name is the registry's unit, less the alias another unit
    # of this plan is named (so that each name still names one unit).
    assert plan.task(1).leads == (attrs.evolve(owner, aliases=owner.aliases[:-1]),)
    assert owner.aliases[-1] == alias
    assert plan.unit(alias).name == alias
    # An alias keeps the name the list prints, linked to the registry's unit.
    (printed,) = plan.task(2).leads
    assert (printed.name, printed.kind) == (alias, owner.kind)
    linked = [n for n in result.notes if n.kind is importing.FindingKind.LINKED_TO_REGISTRY]
    assert [dict(n.values) for n in linked] == [{"printed": alias, "registry": owner.name}]
    # Collectives bring their members, so the plan stays whole.
    text = "1. 做事\n责任单位：各省辖市政府\n"
    plan = importing.read_text(text).plan
    assert len(plan.members_of("各省辖市政府")) == 17


def test_text_without_tasks_is_an_error():
    with pytest.raises(PlanImportError, match="no task"):
        importing.read_text("只是一段话。\n")


# -- deadlines, through a CSV table ----------------------------------------------------

FORMS = [
    ("2024年底前", Deadline.month_end(2024, 12)),
    ("2024年年底前", Deadline.month_end(2024, 12)),
    ("2024年", Deadline.month_end(2024, 12)),
    ("2024年上半年", Deadline.month_end(2024, 6)),
    ("2024年下半年", Deadline.month_end(2024, 12)),
    ("2024年一季度", Deadline.month_end(2024, 3)),
    ("2024年二季度", Deadline.month_end(2024, 6)),
    ("2024年三季度", Deadline.month_end(2024, 9)),
    ("2024年四季度", Deadline.month_end(2024, 12)),
    ("2024年3月31日前", Deadline(DeadlineKind.DATE, datetime.date(2024, 3, 31))),
    ("2024年3月15日前", Deadline(DeadlineKind.DATE, datetime.date(2024, 3, 15))),
    ("2024年3月底", Deadline.month_end(2024, 3)),
    ("2024年6月底前", Deadline.month_end(2024, 6)),
    ("长期坚持", Deadline(DeadlineKind.ONGOING)),
    ("常态化推进", Deadline(DeadlineKind.ONGOING)),
    ("持续推进", Deadline(DeadlineKind.ONGOING)),
    ("适时推进", Deadline(DeadlineKind.WHEN_APPROPRIATE)),
    ("", Deadline(DeadlineKind.UNSPECIFIED)),
]


def test_csv_reads_every_deadline_form(tmp_path):
    rows = [HEADER] + [
        [str(i), f"任务{i}", printed, "省财政厅"] for i, (printed, _) in enumerate(FORMS, 1)
    ]
    result = importing.read(write_csv(tmp_path / "list.csv", rows))
    assert result.problems == ()
    assert [t.deadline for t in result.plan.tasks] == [d for _, d in FORMS]
    undated = result.plan.task(len(FORMS))
    assert str(undated.deadline) == ""
    assert max(t.deadline for t in result.plan.tasks) == undated.deadline


def test_csv_title_heading_rows_and_a_bad_cell(tmp_path):
    rows = [
        ["附件2", "", "", ""],
        ["某省重点任务分工", "", "", ""],
        ["序 号", "重 点 任 务", "完成时间", "责任单位"],
        ["一、优化营商环境（共2项）", "", "", ""],
        ["1", "推行极简审批", "2024年底前", "省发展改革委、财政厅牵头，省直有关部门按职责分工负责"],
        ["2", "推进一网通办", "下个月", "省政务服务中心"],
        ["二、加强保障", "", "", ""],
        ["3", "强化培训", "持续推进", "省人力资源社会保障厅"],
    ]
    path = write_csv(tmp_path / "list.csv", rows)
    result = importing.read(path)
    plan = result.plan
    assert plan.metadata.title == "某省重点任务分工"
    assert plan.metadata.attachment == "附件2"
    assert [(s.title, s.declared_count) for s in plan.sections] == [
        ("优化营商环境", 2),
        ("加强保障", None),
    ]
    assert names(plan.task(1).leads) == ["省发展改革委", "省财政厅"]
    # An alias of the registry's 省直相关部门: kept as printed.
    assert names(plan.task(1).units)[-1] == "省直有关部门"
    [problem] = result.problems
    assert problem.where.cell == "C6"
    assert problem.text == "下个月"
    assert "list.csv" in str(problem)
    # Said by its row and its column's header as printed (C5 is 完成时间), not its cell.
    assert "list.csv, row 6, column “完成时间”: " in str(problem)
    with pytest.raises(PlanImportError, match="row 6, column “完成时间”"):
        importing.read(path, strict=True)


def test_a_table_without_a_header_is_an_error(tmp_path):
    path = write_csv(tmp_path / "list.csv", [["a", "b"], ["1", "2"]])
    with pytest.raises(PlanImportError, match="no header row"):
        importing.read(path)


@pytest.mark.parametrize("suffix", [".doc", ".wps", ".pdf"])
def test_formats_that_need_converting_say_how(tmp_path, suffix):
    path = tmp_path / f"list{suffix}"
    path.write_bytes(b"whatever")
    with pytest.raises(PlanImportError, match="soffice --headless --convert-to docx"):
        importing.read(path)


def test_an_unknown_suffix_is_an_error(tmp_path):
    path = tmp_path / "list.odt"
    path.write_bytes(b"whatever")
    with pytest.raises(PlanImportError, match="unknown suffix"):
        importing.read(path)


# -- xlsx ------------------------------------------------------------------------------


def make_xlsx(path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "任务"
    ws.append(["某市任务清单"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "工作任务", "备注", "时间节点", "牵头单位", "配合单位"])
    ws.append(["一、数据治理"])
    ws.merge_cells("A3:F3")
    ws.append([1, "建设数据库", None, "2024年二季度", "市大数据局", "公安局、民政局"])
    ws.append([2, "清洗数据", None, None, "市大数据局", None])
    ws.append([3, "共享数据", None, None, None, "市直有关部门"])
    ws.merge_cells("D4:D6")  # one deadline for three rows
    ws.merge_cells("E5:E6")  # one lead for two rows
    ws.append(["（一）专项工作"])
    ws.merge_cells("A7:F7")
    ws.append([4, "一件跨两列的任务", None, "2024年3月31日前", "市政府办公室", "财政局"])
    ws.merge_cells("B8:C8")  # the task text across two columns
    ws.append([5, "坏的时限", None, "尽快", "市政府办公室", None])
    workbook.save(path)
    return path


def test_xlsx_merged_cells_both_ways(tmp_path):
    result = importing.read(make_xlsx(tmp_path / "list.xlsx"))
    plan = result.plan
    assert plan.metadata.title == "某市任务清单"
    assert [t.deadline for t in plan.tasks[:3]] == [Deadline.month_end(2024, 6)] * 3
    for task in plan.tasks[:3]:
        assert task.provenance.deadline_rows == (1, 2, 3)
    assert plan.task(1).provenance.units_rows == (1,)
    assert plan.task(2).provenance.units_rows == (2, 3)
    assert names(plan.task(3).leads) == ["市大数据局"]
    assert support_of(plan.task(3)) == ["市直有关部门"]
    assert support_of(plan.task(1)) == ["市公安局", "市民政局"]
    notes = [str(n) for n in plan.task(2).provenance.notes]
    assert "cell D4:D6 merged over rows 4–6: its text applies to every row it spans" in notes
    assert any(
        "across columns 工作任务、备注" in n for n in map(str, plan.task(4).provenance.notes)
    )
    assert plan.task(4).text == "一件跨两列的任务"
    assert [s.title for s in plan.sections] == ["数据治理"]
    assert [(s.label, [t.number for t in s.tasks]) for s in plan.sections[0].subsections] == [
        ("（一）", [4, 5])
    ]
    [problem] = result.problems
    assert (problem.where.sheet, problem.where.cell, problem.text) == ("任务", "D9", "尽快")
    assert "sheet 任务, row 9, column “时间节点”" in str(problem)


def test_xlsx_strict(tmp_path):
    with pytest.raises(PlanImportError, match="sheet 任务, row 9, column “时间节点”"):
        importing.read(make_xlsx(tmp_path / "list.xlsx"), strict=True)


# -- docx ------------------------------------------------------------------------------


def make_docx(path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("附件1")
    document.add_paragraph("某县重点任务清单")
    table = document.add_table(rows=1, cols=4)
    words = ["序号", "具体任务", "任务时限", "责任单位"]
    for cell, word in zip(table.rows[0].cells, words, strict=True):
        cell.text = word

    def row(*values):
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
        return cells

    heading = row("", "", "", "")
    heading[0].merge(heading[3]).text = "一、基础设施（共3项）"
    first = row("1", "建设县级平台", "2024年一季度", "县数据局牵头，财政局、审计局参与")
    second = row("2", "升级网络", "", "")
    third = row("3", "完善机房", "常态化推进", "")
    # The deadline cell of rows 1-2 and the unit cell of rows 2-3 are merged vertically.
    first[2].merge(second[2])
    second[3].merge(third[3]).text = "县工业和信息化局负责"
    sub = row("", "", "", "")
    sub[0].merge(sub[3]).text = "（一）应用"
    row("4", "推广应用", "适时推进", "县政府办公室，各乡镇政府按职责分工负责")
    row("5", "坏一行", "下辈子", "县政府办公室")
    document.save(path)
    return path


def test_docx_merged_cells_heading_rows_and_title(tmp_path):
    result = importing.read(make_docx(tmp_path / "list.docx"))
    plan = result.plan
    assert plan.metadata.title == "某县重点任务清单"
    assert plan.metadata.attachment == "附件1"
    assert plan.task(2).deadline == Deadline.month_end(2024, 3)
    assert plan.task(1).provenance.deadline_rows == (1, 2)
    assert names(plan.task(3).units) == ["县工业和信息化局"]
    assert plan.task(2).provenance.units_rows == (2, 3)
    first = plan.task(1)
    assert names(first.leads) == ["县数据局"]
    assert support_of(first) == ["县财政局", "县审计局"]
    assert plan.task(3).deadline.kind is DeadlineKind.ONGOING
    fourth = plan.task(4)
    assert names(fourth.units) == ["县政府办公室", "各乡镇政府"]
    assert plan.unit("各乡镇政府").kind is UnitKind.COLLECTIVE
    assert [(s.label, s.title, s.declared_count) for s in plan.sections] == [
        ("一", "基础设施", None)
    ]
    assert [p.text for p in result.problems] == ["基础设施", "下辈子"]  # 3 declared, 5 follow
    assert result.problems[1].where.cell == "C8"


def test_docx_strict(tmp_path):
    with pytest.raises(PlanImportError) as info:
        importing.read(make_docx(tmp_path / "list.docx"), strict=True)
    assert len(info.value.problems) == 2


def test_the_shipped_plan_round_trips_through_to_docx(tmp_path):
    shipped = dg_plan.load_plan()
    path = tmp_path / "plan.docx"
    export.to_docx(shipped, path)
    result = importing.read(path, registry=shipped)
    assert result.problems == ()
    back = result.plan
    assert len(back.tasks) == 178

    def key(task):
        return (task.number, task.text, task.deadline, task.units, task.leads, support_of(task))

    assert [key(t) for t in back.tasks] == [key(t) for t in shipped.tasks]
    assert [str(t.deadline) for t in back.tasks] == [str(t.deadline) for t in shipped.tasks]

    def shape(section):
        return (
            section.id,
            section.label,
            section.title,
            section.declared_count,
            [t.number for t in section.tasks],
            [shape(s) for s in section.subsections],
        )

    assert [shape(s) for s in back.sections] == [shape(s) for s in shipped.sections]
    assert back.metadata.title == shipped.metadata.title


def test_to_docx_writes_the_official_table(tmp_path):
    docx = pytest.importorskip("docx")
    shipped = dg_plan.load_plan()
    path = tmp_path / "plan.docx"
    export.write(shipped, "docx", path)
    table = docx.Document(str(path)).tables[0]
    # The facsimile heads the deadline column as the print does (任务时限, the source's
    # table header), where dg_plan's own tables say 完成时限.
    assert [c.text for c in table.rows[0].cells] == ["序号", "主要任务", "任务时限", "责任单位"]
    heading = table.rows[1].cells
    assert {c.text for c in heading} == {"一、河南省加强数字政府建设实施方案（共70项）"}
    task = shipped.task(1)
    assert [c.text for c in table.rows[3].cells] == [
        "1",
        task.text,
        str(task.deadline),
        task.units_text,
    ]


def test_all_three_roles_and_role_of():
    task = importing.read_text(POLICY).plan.task(1)
    assert task.role_of("市大数据局") is Role.LEAD
    assert task.role_of("市直有关部门") is Role.SUPPORT
    task = importing.read_text(POLICY).plan.task(2)
    assert task.role_of("市委组织部") is Role.RESPONSIBLE


def test_an_imported_plan_passes_the_json_schema_and_loads_back(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    rows = [HEADER] + [
        [str(i), f"任务{i}", printed, "某某中心牵头，各区政府配合"]
        for i, (printed, _) in enumerate(FORMS, 1)
    ]
    plan = importing.read(write_csv(tmp_path / "list.csv", rows)).plan
    assert plan.unit("某某中心").kind is UnitKind.UNCLASSIFIED
    text = dg_plan.dumps(plan)
    schema = json.loads(
        resources.files("dg_plan").joinpath("data", "plan.schema.json").read_text("utf-8")
    )
    jsonschema.validate(json.loads(text), schema)
    assert dg_plan.loads(text) == plan


def test_a_deadline_after_a_comma_in_the_attribution_is_the_deadline():
    # Found by a user trial: the last comma clause of （X牵头，Y配合，2024年6月底前完成）
    # became a unit "2024年6月底前完成", and the task had no deadline.
    text = (
        "一、总体要求\n"
        "1. 建设数字政府平台。（省发展改革委牵头，省财政厅配合，2024年6月底前完成）\n"
        "2. 完善平台。（省财政厅负责，长期坚持）\n"
        "3. 共享数据。（各县（市，区）政府负责，2025年底前）\n"
    )
    plan = importing.read_text(text, name="方案.txt").plan
    first, second, third = plan.tasks
    assert first.deadline == Deadline(DeadlineKind.DATE, datetime.date(2024, 6, 30))
    assert (names(first.leads), support_of(first)) == (["省发展改革委"], ["省财政厅"])
    assert names(first.units) == ["省发展改革委", "省财政厅"]
    assert second.deadline.kind is DeadlineKind.ONGOING
    assert names(second.units) == ["省财政厅"]
    # A comma inside a name's brackets is no clause boundary.
    assert third.deadline == Deadline(DeadlineKind.DATE, datetime.date(2025, 12, 31))
    assert names(third.units) == ["各县（市，区）政府"]


def test_a_main_content_column_holds_the_task_text(tmp_path):
    # 潍坊市2017年政务公开工作要点实施方案 (found by a user trial):
    # 目标 | 任务 | 主要内容 | 责任单位, the task's text under 主要内容.
    path = write_csv(
        tmp_path / "list.csv",
        [
            ["目标", "任务", "主要内容", "责任单位"],
            ["推进决策公开", "重大决策预公开", "实行重大决策预公开制度。", "市发改委牵头落实"],
        ],
    )
    (task,) = importing.read(path).plan.tasks
    assert task.text == "实行重大决策预公开制度。"
    assert names(task.leads) == ["市发改委"]


def test_an_attribution_left_inside_a_tasks_text_is_a_problem_naming_it():
    # 北京市2018年政务公开工作要点 (found by a user trial): several measures in one
    # paragraph, each closed by its own attribution. Only the last is read as the task's
    # units; the ones before it stay in the text, so each is a problem naming the task.
    text = (
        "一、推进决策公开\n"
        "（一）推进重点领域公开。制定发布规划信息（市规划国土委负责落实）。"
        "公开体育设施建设进展（市体育局负责落实）。\n"
    )
    result = importing.read_text(text, name="要点.txt")
    (task,) = result.plan.tasks
    assert names(task.units) == ["市体育局"]
    (problem,) = [p for p in result.problems if p.kind is FindingKind.ATTRIBUTION_IN_TEXT]
    assert problem.task == task.number
    assert dict(problem.values)["attribution"] == "市规划国土委负责落实"
