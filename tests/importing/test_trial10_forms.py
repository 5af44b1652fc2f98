"""The forms trial10 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial10, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind
from helpers.workbooks import write_csv


def test_a_dash_sub_heading_between_items_is_no_tasks_text():
    # trial10/08 prints ——加快建设健康武汉 after item 208, closed by (责任单位:市教育局),
    # and trial10/06 prints ——在深化供给侧结构性改革上保持定力 under its part heading: a
    # sub-heading, not the text of the item before it.
    text = (
        "一、总则\n"
        "1.加强师德师风建设,培养高素质教师队伍。(责任单位:市教育局)\n"
        "\n"
        "——加快建设健康武汉\n"
        "\n"
        "2.深化医药卫生体制改革。(责任单位:市卫健委)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert first.text == "加强师德师风建设,培养高素质教师队伍。"
    assert [u.name for u in first.responsible] == ["市教育局"]
    assert [u.name for u in second.responsible] == ["市卫健委"]
    assert [n.text for n in result.notes if n.kind is FindingKind.DASH_HEADING] == [
        "——加快建设健康武汉"
    ]


def test_a_dash_line_inside_an_open_sentence_continues_it():
    # A line break inside a sentence joins the next line, whatever it begins with.
    text = "一、总则\n1.推进三件事,\n——加快建设,提升服务。(责任单位:市教育局)\n"
    task = importing.read_text(text).plan.tasks[0]
    assert task.text == "推进三件事,——加快建设,提升服务。"


def test_a_traditional_project_name_header_is_read_as_its_simplified_form(tmp_path):
    # trial10/07: 序號/項目名稱/…/2024年建設內容/…/責任單位, as 项目名称/建设内容 read.
    rows = [
        ["序號", "項目名稱", "2024年建設內容", "責任單位"],
        ["1", "城北小學門前道路建設項目", "建成唐塔北路延伸段道路。", "住建局"],
    ]
    result = importing.read(write_csv(tmp_path / "清單.csv", rows))
    task = result.plan.tasks[0]
    assert task.text == "城北小學門前道路建設項目"
    assert [u.name for u in task.responsible] == ["住建局"]


def test_a_measure_printing_its_units_first_that_became_no_task_is_doubted():
    # trial10/02, a progress table flattened into lines: 区商务局、区城管局负责督促业主…
    # before any numbered item (preamble), and 一、区编办负责落实… under a standard (a part
    # heading): each prints its units first (X负责, the unit-first form items are read by),
    # so neither may pass as preamble or heading without a word.
    text = (
        "创卫工作责任分解及工作进度表\n"
        "区商务局、区城管局负责督促业主完成市场公厕达标改造.\n"
        "1、区级健康教育机构健全。\n"
        "一、区编办负责落实区健康教育所编制(1—2人);\n"
    )
    result = importing.read_text(text)
    quoted = {(p.kind, p["form"]) for p in result.problems if p.kind in _DOUBTS}
    assert quoted == {
        (FindingKind.ATTRIBUTION_NOT_READ, "区商务局、区城管局负责"),
        (FindingKind.DOUBTFUL_HEADING, "区编办负责"),
    }


_DOUBTS = {FindingKind.ATTRIBUTION_NOT_READ, FindingKind.DOUBTFUL_HEADING}


def test_a_list_run_on_in_one_line_a_space_between_paragraphs():
    # trial10/05: the notice, part headings, items and their 责任单位: labels on one line,
    # a space between paragraphs; each item ends in a full stop and is followed by its
    # own unit label: read as the lines the copy lost.
    text = (
        "某县重点工作责任分解\n"
        "各单位: 现印发给你们,请认真贯彻执行。 一、县长牵头重点工作 1.做好一件事。 "
        "责任单位:县财政局 2.做好两件事。 责任单位:县税务局、县司法局 二、副县长牵头重点工作 "
        "1.做好三件事。 责任单位:县司法局\n"
    )
    result = importing.read_text(text)
    assert [t.text for t in result.plan.tasks] == ["做好一件事。", "做好两件事。", "做好三件事。"]
    assert [[u.name for u in t.responsible] for t in result.plan.tasks] == [
        ["县财政局"],
        ["县税务局", "县司法局"],
        ["县司法局"],
    ]


def test_a_line_with_spaced_numbers_but_no_unit_labels_is_left_whole():
    # Spaces before numbers alone (a sentence citing 1. 2.) take no line apart.
    text = "一、总则\n1.做好三件事: 1.甲 2.乙。(市财政局负责)\n"
    task = importing.read_text(text).plan.tasks[0]
    assert task.text == "做好三件事: 1.甲 2.乙。"


def test_a_stated_rule_bracketed_after_the_first_name_of_a_unit_label():
    # trial10/05: 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、…: the bracket
    # states the rule (the first unit leads, 下同: from here on); no part of the name.
    text = (
        "一、总则\n1.做好一件事。\n责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局\n"
        "2.做好两件事。\n责任单位:县财政局\n"
    )
    first, second = importing.read_text(text).plan.tasks
    assert [u.name for u in first.leads] == ["县发改局"]
    assert [u.name for u in first.responsible] == ["县财政局", "县税务局"]
    assert [u.name for u in second.leads] == ["县财政局"]
