"""The forms a reader's imports found (issue 20), each read by its general form.

Expected values are read off the printed rows and lines (trial9/02 for the table of
projects and their parts) or stated by the rule in docs/importing.md's grammar table,
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
