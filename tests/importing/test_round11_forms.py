"""Round 11 of issue 20: sub-items under one attribution read, and where a unit stands noted.

Expected values are read off the printed lines (the corpus documents each test names) or
stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from the importer's
output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind

# 04-yuncheng-yingji's form (lines 12-17 there): a numbered item, its sub-items (1)-(3),
# then one attribution on a line of its own, for them all.
_SHARED = (
    "一、“一案三制”建设\n"  # line 1
    "1.完善应急预案体系\n"  # line 2
    "(1)加强应急预案管理,规范应急预案编制。\n"  # line 3
    "(2)推进政府及其部门应急预案“精编化”。\n"  # line 4
    "(3)加强应急预案演练,完善演练管理制度。\n"  # line 5
    "(责任单位:市直各有关单位、各县(市、区)人民政府)\n"  # line 6
)


def _names(units):
    return [u.name for u in units]


def test_sub_items_under_one_closing_attribution_are_each_a_task_under_it():
    result = importing.read_text(_SHARED)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == [
        "加强应急预案管理,规范应急预案编制。",
        "推进政府及其部门应急预案“精编化”。",
        "加强应急预案演练,完善演练管理制度。",
    ]
    for task in tasks:
        assert _names(task.responsible) == ["市直各有关单位", "各县（市、区）人民政府"]
        assert not task.leads
        assert not task.support
    # Each task was read from its own line and the shared attribution's line.
    assert [t.provenance.origin.lines for t in tasks] == [(3, 6), (4, 6), (5, 6)]
    # The item is the sub-items' heading (a note), and nothing is doubted.
    headings = [n for n in result.notes if n.kind is FindingKind.SUB_ITEM_HEADING]
    assert [n.text for n in headings] == ["1、完善应急预案体系"]
    assert headings[0].where.line == 2
    assert not result.problems


def test_labelled_lines_after_the_last_sub_item_are_shared_too():
    # The same form with the attribution as labelled lines (trial14/03-jingzhou-chuangwen
    # prints it so, under labels of its own): the units and the deadline for every sub-item.
    text = (
        "1.市科技馆\n"
        "(1)院内电动车未按指定区域停放;\n"
        "(2)灭火器过期未更换。\n"
        "责任单位:市科技馆\n"
        "完成时限:2024年6月底前\n"
    )
    result = importing.read_text(text)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == ["院内电动车未按指定区域停放;", "灭火器过期未更换。"]
    assert [_names(t.responsible) for t in tasks] == [["市科技馆"], ["市科技馆"]]
    assert [str(t.deadline) for t in tasks] == ["2024年6月底前", "2024年6月底前"]
    assert FindingKind.SUB_ITEMS_SHARE_ATTRIBUTION not in {p.kind for p in result.problems}


def test_an_attribution_closing_the_last_sub_items_sentence_is_still_doubted():
    # (3)…。(责任单位:…) on one line: the attribution may be the last sub-item's own, so
    # the group stays one task with its item, and a problem says so.
    text = (
        "1.完善应急预案体系\n"
        "(1)加强应急预案管理。\n"
        "(2)推进应急预案精编化。\n"
        "(3)加强应急预案演练。(责任单位:市应急局)\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert task.text.startswith("完善应急预案体系")
    [problem] = [p for p in result.problems if p.kind is FindingKind.SUB_ITEMS_SHARE_ATTRIBUTION]
    assert problem.task == 1
    assert problem["count"] == "3"


# trial5/07-shunyi-youeryuan's form: the unit printed first (X负责…).
_UNIT_FIRST = "四、职责分工\n(二)区教委负责业务指导、队伍培训。\n(三)建立考核机制。(区财政局负责)\n"


def test_the_note_on_units_printed_first_says_where_they_stand():
    result = importing.read_text(_UNIT_FIRST)
    first, after = result.plan.tasks

    def said(task, language):
        notes = task.provenance.notes
        return [n.render(language) for n in notes if n.kind.value == "inline_attribution"]

    assert said(first, "en") == ["units printed before the text: 区教委负责"]
    assert said(first, "zh") == ["清单在任务内容前写明“区教委负责”"]
    # The bracket after the text keeps its wording.
    assert said(after, "en") == ["inline attribution: （区财政局负责）"]
    assert said(after, "zh") == ["清单在任务内容后括注“区财政局负责”"]
