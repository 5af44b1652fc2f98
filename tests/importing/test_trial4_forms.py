"""Forms found when trial4's 13 fresh lists were first imported (issue 20).

Each test prints one general form as a real list printed it (the lines quoted from the
trial4 document named, tests/importing/corpus/trial4, or from another real page), and
expects what the print says: the expected units, texts and titles are read off the print
by hand, never taken from the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan._grammar import parse_units
from dg_plan.importing import FindingKind


def _names(units):
    return [u.name for u in units]


def _kinds(result, task=None):
    return {p.kind for p in result.problems if task is None or p.task == task}


# trial4/01-jianli-zhongdian: 人民大垸、荒湖管理区 are the 人民大垸管理区 and the 荒湖管理区.
_JIANLI = """\
一、2022年主要预期目标
1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区)
"""


def test_a_bare_place_name_shares_the_suffix_of_the_next_name():
    result = importing.read_text(_JIANLI)
    task = result.plan.task(1)
    assert _names(task.leads) == ["市发改局"]
    assert _names(task.units)[1:] == [
        "市统计局",
        "各乡、镇人民政府",
        "人民大垸管理区",
        "荒湖管理区",
        "监利经济开发区",
    ]
    shared = [n for n in task.provenance.notes if n.kind.value == "suffix_shared"]
    assert [dict(n.values)["to"] for n in shared] == ["人民大垸管理区"]
    # 人民大垸 is twice as long as 荒湖: it may be a unit of its own, and that is said.
    assert FindingKind.SUFFIX_DOUBTFUL in _kinds(result, 1)


def test_place_names_of_one_length_share_a_suffix_without_a_doubt():
    # 洛陽、南陽海關 (Henan Daily, 2019-02-22, hn.cri.cn): two 海关; 城东、城西街道 two 街道.
    cell = parse_units("省商务厅、郑州、洛阳、南阳海关负责", departments_only=True)
    assert cell.units == ("省商务厅", "郑州海关", "洛阳海关", "南阳海关")
    assert not cell.problems
    assert parse_units("洛陽、南陽海關", departments_only=True).units == ("洛陽海關", "南陽海關")
    assert parse_units("城东、城西街道", departments_only=True).units == ("城东街道", "城西街道")


def test_full_names_are_never_joined():
    assert parse_units("省发展改革委、省财政厅", departments_only=True).units == (
        "省发展改革委",
        "省财政厅",
    )
    assert parse_units("市妇联、城西街道", departments_only=True).units == ("市妇联", "城西街道")
    # The shipped plan's build reads no shared suffix (departments_only is the importer's).
    assert parse_units("人民大垸、荒湖管理区").units == ("人民大垸", "荒湖管理区")
