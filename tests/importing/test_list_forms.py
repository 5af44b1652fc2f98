"""General forms of published task lists read right, or flagged (issue 20, a further round).

Each test prints one general form as real lists print it (two documents that use it are
named in the test, and in docs/importing.md's grammar table) and expects what the print
says: the expected units, texts and deadlines are read off the print by hand, never
taken from the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind


def _names(units):
    return [u.name for u in units]


def _open(result, task):
    return [p for p in result.problems if p.task == task and not p.settled]


# 部门分工：, under a 分管省领导 line naming a person: 2021年省《政府工作报告》重点任务分工方案
# (广东省人民政府, trial2/08-guangdong-zfgzbg2021) prints them on lines of their own; the
# 2023 方案 (12-guangdong-zfgzbg, a news copy) prints 分管领导: and 部门分工: in one line.
_DIVISION = """\
一、2021年经济社会发展主要预期目标
1.地区生产总值增长6%以上。
分管省领导:林克庆
部门分工:省发展改革委牵头,各地、各部门配合。
2.地方一般公共预算收入增长5%左右。
分管市领导：张三
部门分工：省财政厅、省税务局负责。
"""


def test_a_division_label_gives_the_units_by_their_role_words():
    result = importing.read_text(_DIVISION)
    first, second = result.plan.tasks
    assert first.text == "地区生产总值增长6%以上。"
    assert _names(first.leads) == ["省发展改革委"]
    assert _names(first.support) == ["各地", "各部门"]
    assert _names(first.units) == ["省发展改革委", "各地", "各部门"]
    assert second.text == "地方一般公共预算收入增长5%左右。"
    assert _names(second.units) == ["省财政厅", "省税务局"]
    assert not second.leads
    assert not second.support
    assert not [p for p in result.problems if p.task is not None]


def test_a_leader_label_with_its_level_names_people_not_units():
    result = importing.read_text(_DIVISION)
    people = [n for n in result.notes if n.kind is FindingKind.PEOPLE_NAMED]
    assert [(n["label"], n["names"]) for n in people] == [
        ("分管省领导", "林克庆"),
        ("分管市领导", "张三"),
    ]
    assert all("林克庆" not in t.text for t in result.plan.tasks)
