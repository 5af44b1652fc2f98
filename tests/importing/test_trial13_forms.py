"""The forms trial13 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial13, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind


def test_items_run_on_in_one_line_may_open_with_a_year():
    # trial13/04's form: a copy run into one line, each item's number following the
    # previous item's bracket with no break, the items opening with a year (1、2009年…):
    # 1、 followed by a digit is an item's number (no decimal is printed with 、).
    text = (
        "深化改革。1、2009年,将退休人员纳入医保。(市劳动保障局负责,市国资委配合)"
        "2、2010年,在校大学生纳入医保。(市劳动保障局负责,市财政局配合)"
    )
    tasks = importing.read_text(text).plan.tasks
    assert [t.text for t in tasks] == ["2009年,将退休人员纳入医保。", "2010年,在校大学生纳入医保。"]
    assert [[u.name for u in t.responsible] for t in tasks] == [["市劳动保障局"], ["市劳动保障局"]]
    assert [[u.name for u in t.support] for t in tasks] == [["市国资委"], ["市财政局"]]


def test_a_decimal_after_a_bracket_is_no_item_number():
    # 1.5 is a decimal: a bracket followed by 2.5 starts no item 2 (the 、 form only
    # takes a digit after it); the words after the bracket keep their 2.5.
    text = "1.增加投入。(市财政局负责)2.5亿元用于补助。"
    texts = [t.text for t in importing.read_text(text).plan.tasks]
    assert "5亿元用于补助。" not in texts
    assert texts[-1] == "2.5亿元用于补助。"


def test_a_heading_run_on_between_two_items_is_a_heading():
    # trial13/04: …(市民政局负责,…配合)(二)提高根本医疗保障水平。5、到…(市财政局负责,…):
    # the next subsection's heading runs on between item 4 and item 5; it ends where
    # item 5's number begins, and is a heading, no part of either task.
    text = (
        "4、加大医疗救助投入。(市民政局负责,市财政局配合)"
        "(二)提高基本医疗保障水平。5、提高补助标准。(市财政局负责,市卫生局配合)"
    )
    result = importing.read_text(text)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == ["加大医疗救助投入。", "提高补助标准。"]
    assert [[u.name for u in t.responsible] for t in tasks] == [["市民政局"], ["市财政局"]]
    # The heading is a section of its own (its full stop aside), holding task 5.
    (section,) = [s for s in result.plan.sections if s.title == "提高基本医疗保障水平"]
    assert [t.text for t in section.tasks] == ["提高补助标准。"]


def test_a_heading_between_items_with_no_next_item_is_left_in_the_line():
    # Only a heading followed, after its sentence's end, by the next item's number is
    # taken apart: (二)… followed by item 9 (not 5) stays where it is printed.
    text = "4、加大投入。(市民政局负责)(二)提高保障水平。9、提高标准。(市财政局负责)"
    result = importing.read_text(text)
    assert "提高保障水平" not in [s.title for s in result.plan.sections]
    assert not any(t.text == "提高标准。" for t in result.plan.tasks)


def test_a_bracket_of_names_alone_inside_the_text_is_doubted():
    # trial13/01's form: a measure closed after its full stop by a bracket of unit names
    # alone, (潜江高新区), then the next measure in the same paragraph (its number 2. was
    # printed alone on a line): only the last bracket is read, the first is a problem
    # naming the task, quoting the measure after it.
    text = (
        "1.石油化工。打造绿色化工产业链。(潜江高新区)\n"
        "2.\n"
        "盐化工。形成盐卤产业链。(市自然资源和城乡建设局)\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    doubts = [p for p in result.problems if p.kind is FindingKind.ATTRIBUTION_IN_TEXT]
    assert [p.task for p in doubts] == [task.number]
    assert "盐化工。形成盐卤产业链。" in doubts[0].text


def test_a_bracket_in_the_text_not_closing_a_sentence_is_not_doubted():
    # A bracket inside a sentence ((站、礦), trial13/05) or of words that are no unit names
    # is the text's, as before.
    text = "1.在车站(站、矿)实行巡查,严格处理。(交通运输部门负责)"
    result = importing.read_text(text)
    assert not [p for p in result.problems if p.kind is FindingKind.ATTRIBUTION_IN_TEXT]


def test_header_cells_one_a_line_are_no_title():
    # trial13/01 (and holdout/31-hangzhou-shejiang): a table flattened one cell a line,
    # its header cells on lines of their own from its 序号 cell on. 市工作举措 ends in a
    # title word, yet it is a header cell; the list's own title line is above the table.
    text = (
        "创新务实推进新发展阶段招商引资工作任务清单\n"
        "工作重点\n"
        "序号\n"
        "市工作举措\n"
        "工作时限\n"
        "1.石油化工。打造绿色化工产业链。(潜江高新区)\n"
    )
    assert (
        importing.read_text(text).plan.metadata.title
        == "创新务实推进新发展阶段招商引资工作任务清单"
    )
