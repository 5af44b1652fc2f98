"""The forms a reader's imports found (issue 20), each read by its general form.

Expected values are read off the printed rows and lines (trial9/02 for the table of
projects and their parts) or stated by the rule in tests/importing/GRAMMAR.md's grammar table,
never copied from the importer's output.
"""

from __future__ import annotations

from dg_plan import Role, importing
from dg_plan.importing import FindingKind


def _roles(task):
    return {
        Role.LEAD: [u.name for u in task.leads],
        Role.RESPONSIBLE: [u.name for u in task.responsible],
        Role.SUPPORT: [u.name for u in task.support],
    }


# 项目名称 printed over two columns (the header cell merged across them, blank beside it
# as a CSV export leaves it): a project, then its numbered parts, one a row; 序号 and
# 牵头单位 printed once over a group's rows (trial9/02's form).
_PROJECTS = """\
序号,牵头单位,项目名称,,完成时限
一,区住建局,(一)打通断头路专项行动,1.文化中心北路,2024年底
,,,2.乐业路,2024年底
二,区城管局,(一)井盖整治项目,,2024年6月
,,(二)老旧小区改造项目,,2024年6月
"""


def test_the_parts_beside_a_project_are_its_tasks(tmp_path):
    path = tmp_path / "projects.csv"
    path.write_text(_PROJECTS, encoding="utf-8")
    result = importing.read(path)
    assert [t.text for t in result.plan.tasks] == [
        "文化中心北路",
        "乐业路",
        "井盖整治项目",
        "老旧小区改造项目",
    ]
    leads = [[u.name for u in t.leads] for t in result.plan.tasks]
    assert leads == [["区住建局"], ["区住建局"], ["区城管局"], ["区城管局"]]
    assert not result.problems
    # The project over its parts is quoted; each lead cell left empty is noted.
    headings = [n.text for n in result.notes if n.kind is FindingKind.SUB_ITEM_HEADING]
    assert headings == ["(一)打通断头路专项行动"]
    merged = [n.where.cell for n in result.notes if n.kind is FindingKind.CELL_MERGED]
    assert merged == ["B3", "B5"]


def test_names_a_comma_sets_before_the_support_clause_are_responsible():
    # The grammar's rule: names without 牵头 or 配合 are responsible. In
    # （市城管局，市大数据局配合） the comma ends 市城管局's clause before the 配合 one.
    task = importing.read_text("1.做好城市管理。（市城管局，市大数据局配合）\n").plan.task(1)
    assert _roles(task) == {
        Role.LEAD: [],
        Role.RESPONSIBLE: ["市城管局"],
        Role.SUPPORT: ["市大数据局"],
    }


def test_after_a_lead_clause_a_comma_only_groups_the_support_list():
    # As the corpus prints it (main/07: X牵头，A、B等部门，C、D配合): all support.
    task = importing.read_text(
        "1.做事。（市发改委牵头，市财政局、市商务局等部门，市国投公司配合）\n"
    )
    assert _roles(task.plan.task(1)) == {
        Role.LEAD: ["市发改委"],
        Role.RESPONSIBLE: [],
        Role.SUPPORT: ["市财政局", "市商务局", "市国投公司"],
    }


def test_after_a_lead_clause_before_a_semicolon_a_comma_groups_the_support_list():
    # trial8/03: (X、Y牵头;A、B,C、D,各州、市人民政府配合): every unit after the ; supports.
    text = "1.做事。(省发展改革委、省财政厅牵头;省林业厅、省水利厅,各州、市人民政府配合)\n"
    assert _roles(importing.read_text(text).plan.task(1)) == {
        Role.LEAD: ["省发展改革委", "省财政厅"],
        Role.RESPONSIBLE: [],
        Role.SUPPORT: ["省林业厅", "省水利厅", "各州、市人民政府"],
    }


def test_a_person_s_name_where_a_unit_stands_is_a_problem():
    # 张三: two characters, a surname first, no organisation's ending (局, 委, 办, …).
    result = importing.read_text("1.做好城市管理。（张三负责，市大数据局配合）\n")
    doubts = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT]
    assert [(p.task, p["name"]) for p in doubts] == [(1, "张三")]


def test_a_short_organisation_name_is_no_person():
    # 王村 ends as a village does, 市城管局 as a bureau: organisations, no doubt.
    result = importing.read_text("1.做好村容整治。（王村负责，市城管局配合）\n")
    assert not [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT]


def test_an_empty_item_between_two_commas_is_a_problem():
    # 牵头，，: nothing between the commas (the catalog's 单位列表…中有空项).
    result = importing.read_text("1.做事。（市政府办公室牵头，，市大数据局配合）\n")
    task = result.plan.task(1)
    assert _roles(task) == {
        Role.LEAD: ["市政府办公室"],
        Role.RESPONSIBLE: [],
        Role.SUPPORT: ["市大数据局"],
    }
    empty = [p for p in result.problems if p.kind is FindingKind.EMPTY_UNIT_ITEM]
    assert [p.task for p in empty] == [1]


def test_a_column_headed_bianhao_is_the_number_column(tmp_path):
    # 编号 (and a header ending in it, 项目编号) heads the task's number as 序号 does.
    for header in ("编号", "项目编号"):
        path = tmp_path / "list.csv"
        path.write_text(
            f"{header},工作任务,牵头单位\n7,做好城市管理。,市城管局\n8,推进数字政府。,市大数据局\n",
            encoding="utf-8",
        )
        result = importing.read(path)
        assert [t.number for t in result.plan.tasks] == [7, 8]
        assert not result.problems


def test_an_unknown_column_says_it_is_no_column_read(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "类别,工作任务,牵头单位\n甲,做好城市管理。,市城管局\n乙,推进数字政府。,市大数据局\n",
        encoding="utf-8",
    )
    [problem] = importing.read(path).problems
    assert problem.kind is FindingKind.SECTION_COLUMN_NOT_READ
    assert "none of the columns read" in str(problem)
