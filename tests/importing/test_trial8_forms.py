"""The forms trial8 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial8, named by
each test) or stated by the rule in docs/importing.md's grammar table, never copied from
the importer's output.
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


def test_labels_after_a_person_label_and_commas_each_open_a_clause():
    # trial8/06 prints (牵头领导:谢瑞武,牵头单位:市发改委,责任单位:…,数据提供单位:市统计局):
    # the person label is a note, each later label opens a clause of its own.
    text = (
        "(一) 全社会固定资产投资增长10%。(牵头领导:张三,牵头单位:市发改委,"
        "责任单位:市农业农村局、市经信局,数据提供单位:市统计局)\n"
        "(二) 城乡居民人均可支配收入增长8%。(牵头领导:李四,牵头单位:市人社局,"
        "责任单位:市农业农村局;数据提供单位:成调队)\n"
    )
    result = importing.read_text(text)
    one, two = result.plan.tasks
    assert _roles(one) == {
        Role.LEAD: ["市发改委"],
        Role.RESPONSIBLE: ["市农业农村局", "市经信局"],
        Role.SUPPORT: ["市统计局"],
    }
    assert _roles(two) == {
        Role.LEAD: ["市人社局"],
        Role.RESPONSIBLE: ["市农业农村局"],
        Role.SUPPORT: ["成调队"],
    }
    people = [n for n in result.notes if n.kind is FindingKind.PEOPLE_NAMED]
    assert {n["names"] for n in people} == {"张三", "李四"}
    assert not [p for p in result.problems if p.task is not None]
