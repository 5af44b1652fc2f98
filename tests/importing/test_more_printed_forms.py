"""More printed forms of real lists (issue 20), each on a short text written for the test.

The forms were met in published lists the importer had never seen: two numbered items
printed on one line, each closed by its own attribution; 主办 / 协办 as the role words;
item numbers with the small full stop 1﹒; a table's header row printed again among its
rows; the level words of one collective under a count (13个街道、镇); the Youth League's
committees, which print their level inside their name (团省委). The texts below are
invented, of the same general form; the expected values are read off them by the rule
each test names, never taken from the importer's output.
"""

from __future__ import annotations

from dg_plan import UnitKind, importing
from dg_plan.importing import FindingKind


def _names(units):
    return [u.name for u in units]


def _kinds(findings, task=None):
    return [f.kind for f in findings if task is None or f.task == task]


# -- two numbered items on one line ------------------------------------------------


def test_two_subsections_on_one_line_are_two_tasks():
    text = (
        "一、主要目标\n"
        "（一）植树五千株。（市林业局负责）（二）修路十公里。（市交通局牵头，市财政局配合）\n"
        "（三）建成公园两座。（市住建局负责）\n"
    )
    result = importing.read_text(text)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == ["植树五千株。", "修路十公里。", "建成公园两座。"]
    assert _names(tasks[0].units) == ["市林业局"]
    assert _names(tasks[1].leads) == ["市交通局"]
    assert _names(tasks[1].support) == ["市财政局"]
    said = [n for n in result.notes if n.kind is FindingKind.ITEMS_ON_ONE_LINE]
    assert [n.where.line for n in said] == [2]
    assert said[0]["label"] == "（二）"
    assert not result.problems


def test_two_numbered_items_on_one_line_are_two_tasks():
    text = "一、项目建设\n1.开工项目十个。(市发改委负责)2.竣工项目五个。(市住建局负责)\n"
    tasks = importing.read_text(text).plan.tasks
    assert [t.number for t in tasks] == [1, 2]
    assert [t.text for t in tasks] == ["开工项目十个。", "竣工项目五个。"]
    assert [_names(t.units) for t in tasks] == [["市发改委"], ["市住建局"]]


def test_a_number_out_of_sequence_or_without_an_attribution_splits_nothing():
    # 3. does not follow 1.; (二) follows no attribution: each line stays one paragraph.
    for line in (
        "1.开工项目十个。(市发改委负责)3.竣工项目五个。(市住建局负责)",
        "（一）植树五千株（二）修路十公里。（市交通局负责）",
    ):
        result = importing.read_text(f"一、项目建设\n{line}\n")
        assert FindingKind.ITEMS_ON_ONE_LINE not in _kinds(result.notes), line


# -- 主办 / 协办 ----------------------------------------------------------------------


def test_host_and_assist_words_read_as_lead_and_support_with_a_doubt():
    text = "一、教育\n1.修缮校舍。（市教育局主办，市财政局、市住建局协办）\n"
    result = importing.read_text(text)
    task = result.plan.tasks[0]
    assert _names(task.leads) == ["市教育局"]
    assert _names(task.support) == ["市财政局", "市住建局"]
    doubts = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_ROLE_WORD]
    assert [(p.task, p["word"], p["role"]) for p in doubts] == [(1, "主办", "牵头")]


def test_an_assist_word_alone_is_support_and_no_doubt():
    text = "一、教育\n1.修缮校舍。（市教育局牵头，市财政局协办）\n"
    result = importing.read_text(text)
    task = result.plan.tasks[0]
    assert _names(task.leads) == ["市教育局"]
    assert _names(task.support) == ["市财政局"]
    assert not result.problems


# -- the small full stop after an item's number ---------------------------------------


def test_an_item_number_with_the_small_full_stop():
    text = (
        "一、目标\n1﹒植树五千株。\n牵头单位：市林业局。\n2﹒修路十公里。\n牵头单位：市交通局。\n"
    )
    tasks = importing.read_text(text).plan.tasks
    assert [(t.number, t.text) for t in tasks] == [(1, "植树五千株。"), (2, "修路十公里。")]
    assert [_names(t.leads) for t in tasks] == [["市林业局"], ["市交通局"]]


# -- a header row printed again ------------------------------------------------------


def test_a_header_row_printed_again_is_no_task(tmp_path):
    path = tmp_path / "清单.csv"
    path.write_text(
        "序号,具 体 内 容,牵头部门,完成时间\r\n"
        "1,植树五千株,林业局,2025年\r\n"
        "序号,具体内容,牵头部门,完成时间\r\n"
        "2,修路十公里,交通局,2026年\r\n",
        encoding="utf-8",
    )
    result = importing.read(path)
    tasks = result.plan.tasks
    assert [(t.number, t.text) for t in tasks] == [(1, "植树五千株"), (2, "修路十公里")]
    assert [_names(t.leads) for t in tasks] == [["林业局"], ["交通局"]]
    said = [n for n in result.notes if n.kind is FindingKind.HEADER_REPEATED]
    assert [n.where.row for n in said] == [3]
    assert not result.problems


# -- the level words of one collective under a count ----------------------------------


def test_counted_level_words_are_one_collective():
    text = "一、教育\n1.普及学前教育。（区教育局牵头，8个街道、镇配合）\n"
    task = importing.read_text(text).plan.tasks[0]
    assert _names(task.support) == ["8个街道、镇"]
    # A count names several units: a collective.
    assert task.support[0].kind is UnitKind.COLLECTIVE


def test_level_words_under_ge_ending_a_list_are_one_collective():
    text = "一、教育\n1.普及学前教育。（县教育局牵头，各乡、镇）\n"
    task = importing.read_text(text).plan.tasks[0]
    assert _names(task.leads) == ["县教育局"]
    assert [u.name for u in task.units if u not in task.leads] == ["各乡、镇"]


def test_a_count_before_a_department_name_joins_nothing():
    text = "一、教育\n1.普及学前教育。（教育局牵头，3个街道、市场监管局配合）\n"
    task = importing.read_text(text).plan.tasks[0]
    assert _names(task.support) == ["3个街道", "市场监管局"]


# -- a name that prints its own level ------------------------------------------------


def test_the_youth_league_committee_takes_no_prefix():
    text = "一、婚育新风\n1.树立婚育新风。（省妇联牵头，省总工会、团省委、民政厅配合）\n"
    result = importing.read_text(text)
    task = result.plan.tasks[0]
    # 民政厅, a bare department name, takes the list's 省; 团省委 prints its own level.
    assert _names(task.support) == ["省总工会", "团省委", "省民政厅"]
    restored = [n for n in task.provenance.notes if n.kind.value == "prefix_restored"]
    assert [dict(n.values)["from"] for n in restored] == ["民政厅"]
