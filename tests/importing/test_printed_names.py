"""A unit keeps the name its list prints; a registry's alias is a link, said in a note.

The shipped registry knows 省直有关部门 as an alias of 省直相关部门 and 发改委 as one of
省发展改革委 (checked below, so that the test fails if the registry changes under it).
"""

from __future__ import annotations

import dg_plan
from dg_plan import UnitKind, importing
from dg_plan.importing import FindingKind
from helpers.workbooks import write_csv

SHIPPED = dg_plan.load_plan()


def test_the_registry_knows_these_names_as_aliases():
    assert "省直有关部门" in SHIPPED.unit("省直相关部门").aliases
    assert "发改委" in SHIPPED.unit("省发展改革委").aliases


def linked(result):
    return [
        (n.where.cell or n.where.line, dict(n.values))
        for n in result.notes
        if n.kind is FindingKind.LINKED_TO_REGISTRY
    ]


def test_aliases_are_imported_as_printed_with_a_note(tmp_path):
    rows = [
        ["序号", "主要任务", "牵头单位", "配合单位"],  # row 1
        ["1", "推行极简审批", "发改委", "省直有关部门"],  # row 2
        ["2", "推进一网通办", "发改委", "省大数据局"],  # row 3: 发改委 again
    ]
    result = importing.read(write_csv(tmp_path / "list.csv", rows))
    plan = result.plan
    first = plan.task(1)
    assert [u.name for u in first.leads] == ["发改委"]
    assert [u.name for u in first.support] == ["省直有关部门"]
    assert [u.name for u in plan.task(2).leads] == ["发改委"]
    # One note a unit, at the cell that first prints it.
    assert linked(result) == [
        ("C2", {"printed": "发改委", "registry": "省发展改革委"}),
        ("D2", {"printed": "省直有关部门", "registry": "省直相关部门"}),
    ]
    # Not "in no registry": that is said of names no registry knows.
    # One note for the import names them (by kind): only 省大数据局 here.
    (new,) = [dict(n.values) for n in result.notes if n.kind is FindingKind.NEW_UNIT]
    assert (new["count"], new["names"]) == ("1", "省大数据局 (unclassified)")
    # The unit's data: the registry unit's kind, and a note naming it.
    fgw, others = plan.unit("发改委"), plan.unit("省直有关部门")
    assert (fgw.kind, fgw.note) == (
        UnitKind.GOVERNMENT,
        "The registry's 省发展改革委 answers to this name.",
    )
    assert (others.kind, others.note) == (
        UnitKind.COLLECTIVE,
        "The registry's 省直相关部门 answers to this name.",
    )
    # Neither the registry's own units nor their other names come in with them.
    assert "省发展改革委" not in {u.name for u in plan.units}
    assert fgw.full_name == ""
    assert fgw.aliases == ()


def test_the_note_in_both_languages():
    result = importing.read_text("1. 做事\n牵头单位：发改委\n")
    (note,) = (n for n in result.notes if n.kind is FindingKind.LINKED_TO_REGISTRY)
    assert str(note) == (
        "line 2: 发改委 is kept as printed: the registry's 省发展改革委 answers to that name"
        " ('发改委')"
    )
    assert note.render("zh") == "“发改委”与单位名录中的“省发展改革委”为同一单位，名称按清单所列保留"


def test_a_name_and_its_alias_in_one_plan_are_two_units_and_the_plan_round_trips():
    text = (
        "1. 甲\n牵头单位：省直有关部门\n"  # lines 1-2
        "2. 乙\n牵头单位：省直相关部门\n"  # lines 3-4: the registry's own name
    )
    plan = importing.read_text(text).plan
    assert [u.name for u in plan.task(1).units] == ["省直有关部门"]
    assert [u.name for u in plan.task(2).units] == ["省直相关部门"]
    # Each name names one unit: the registry's unit gives up the alias printed apart.
    assert plan.unit("省直有关部门").note == "The registry's 省直相关部门 answers to this name."
    assert plan.unit("省直相关部门").aliases == ()
    assert dg_plan.loads(dg_plan.dumps(plan)) == plan


def test_a_body_printed_by_its_name_and_an_alias_in_one_task_is_a_problem():
    result = importing.read_text("1. 甲\n牵头单位：省发展改革委、发改委\n")
    assert [u.name for u in result.plan.task(1).units] == ["省发展改革委"]
    [problem] = result.problems
    assert problem.kind is FindingKind.UNIT_NAMED_TWICE
    assert dict(problem.values) == {"name": "省发展改革委"}
    assert problem.task == 1


def test_an_elided_prefix_the_registry_confirms_is_restored():
    # 残联 after 省教育厅: 省残联, the registry's own name (as the shipped plan reads it).
    result = importing.read_text("1. 甲\n责任单位：省教育厅、残联\n")
    assert [u.name for u in result.plan.task(1).units] == ["省教育厅", "省残联"]
    assert result.plan.unit("省残联") == SHIPPED.unit("省残联")
