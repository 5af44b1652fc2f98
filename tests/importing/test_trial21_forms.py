"""The forms trial21 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial21, named by
each test) or stated by the rule in docs/importing.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import Role, importing
from helpers.corpus import printed_names as _names
from helpers.corpus import printed_roles as _roles


def _named(result, number):
    return [p for p in result.problems if p.task == number]


def test_level_words_alone_after_a_collective_are_doubted():
    # trial21/03's form: 责任单位:各有关部门,各开发区、镇(街道). 镇(街道) names no unit on
    # its own: 各 may govern both (one collective), as trial11/07's key reads 各平台、镇街,
    # while trial17/02's reads 各縣區、開發園區 as two. The corpus keys disagree on the
    # form: the name after the 、 is doubted, naming the task.
    text = (
        "1.确保地区生产总值增长6%。\n牵头单位:市发展改革局\n"
        "责任单位:各有关部门,各开发区、镇(街道)\n"
        "2.抓好教育惠民。\n责任单位:区教育局、各平台、镇街\n"
        "3.推进园区建设。\n责任单位:各縣區、開發園區\n"
    )
    result = importing.read_text(text)
    for number, doubted in ((1, "镇（街道）"), (2, "镇街")):
        assert any(
            p.kind.value == "doubtful_unit" and dict(p.values)["name"] == doubted
            for p in _named(result, number)
        )
    # A zone's name after a collective of places is a unit of its own: no doubt.
    assert not [p for p in _named(result, 3) if p.kind.value == "doubtful_unit"]


def test_a_heading_naming_the_work_its_lead_leads_gives_the_lead():
    # trial21/06's form: (一)省监察厅牵头的工作 ("the work 省监察厅 leads") over an
    # unnumbered sentence, or over items 1., 2.; trial/01-qinxian-zfgzbg prints the same
    # heading without 的 (一、县示范区管委会牵头工作(8项)). The heading's units lead each
    # task under it that prints no lead, a 协同单位 line giving its support; a problem
    # names each such task. The sentence under the heading is a task, not its text.
    text = (
        "一、孟学农省长负责的工作\n"
        "全面负责省人民政府工作任务的落实。\n"
        "(一)省监察厅牵头的工作\n"
        "加强行政监察工作,全面落实政府系统党风廉政建设责任制。\n"
        "(二)省审计厅牵头的工作\n"
        "全面加强审计工作。\n"
        "协同单位:省直各部门和各市人民政府。\n"
        "(三)省编办牵头的工作\n"
        "1.深化行政管理体制改革,优化政府机构设置。\n"
        "2.积极稳妥地推进乡镇机构改革。\n"
        "协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。\n"
    )
    result = importing.read_text(text)
    first, second, third, fourth = result.plan.tasks
    assert first.text == "加强行政监察工作,全面落实政府系统党风廉政建设责任制。"
    assert _roles(first) == {"省监察厅": Role.LEAD}
    assert second.text == "全面加强审计工作。"
    assert _roles(second) == {
        "省审计厅": Role.LEAD,
        "省直各部门": Role.SUPPORT,
        "各市人民政府": Role.SUPPORT,
    }
    assert _roles(third) == {"省编办": Role.LEAD}
    assert _roles(fourth) == {
        "省编办": Role.LEAD,
        "省财政厅": Role.SUPPORT,
        "省人事厅": Role.SUPPORT,
        "省农业厅": Role.SUPPORT,
        "各市人民政府": Role.SUPPORT,
    }
    for task in result.plan.tasks:
        assert any(p.kind.value == "lead_from_heading" for p in _named(result, task.number))


def test_and_between_two_collectives_gives_two_units():
    # trial21/06's form: 协同单位:省直有关部门和各市人民政府, 和 between two collectives,
    # each a unit's whole name; trial6/07-guangdong-minjian-spun prints 等省有关部门和各地级
    # 以上市人民政府 (keyed as the ending dropped and 各地级以上市人民政府). A body and its
    # organ stay one: 各县(市、区)党委和政府 (trial20/07), 各州(市)党委和政府 (trial2/02).
    text = (
        "1.加强政府自身建设。\n牵头单位:省人民政府办公厅\n协同单位:省直有关部门和各市人民政府。\n"
        "2.推进项目介入。(省发展改革委、交通运输厅、能源局等省有关部门和各地级以上市人民政府"
        "按职责分工负责)\n"
        "3.压实属地责任。\n责任单位:各县(市、区)党委和政府\n"
    )
    first, second, third = importing.read_text(text).plan.tasks
    assert _names(first) == ["省人民政府办公厅", "省直有关部门", "各市人民政府"]
    assert _names(second) == [
        "省发展改革委",
        "省交通运输厅",
        "省能源局",
        "各地级以上市人民政府",
    ]
    assert _names(third) == ["各县(市、区)党委和政府"]


def test_a_title_line_beginning_with_and_continues_the_line_above():
    # trial21/01's form: the list's title over two lines, 2023年省《政府工作报告》任务分解 /
    # 和责任分工方案; a title does not begin with 和 (or 及: trial4/01 prints
    # 《政府工作报告》2022年重点工作 / 及民生实事项目任务分解方案). The first half reads as a
    # title of its own (…任务分解), yet the second continues it. Where the line above already
    # prints the second half (the whole title, then 和… again: holdout/31), the title is
    # still doubted, as before.
    text = (
        "  (此件公开发布)\n\n"
        "2023年省《政府工作报告》任务分解\n和责任分工方案\n\n"
        "  一、今年全省经济社会发展的主要预期目标\n"
        "  1.地区生产总值增长5%以上。\n  牵头单位:省发展改革委\n"
    )
    result = importing.read_text(text)
    assert result.plan.metadata.title == "2023年省《政府工作报告》任务分解和责任分工方案"
    repeated = (
        "2021年省政府工作报告重点工作涉杭任务和市政府工作报告重点工作责任分解\n\n"
        "和市政府工作报告重点工作责任分解\n\n"
        "1.推进数字经济。(市经信局牵头)\n"
    )
    result = importing.read_text(repeated)
    assert any(p.kind.value == "doubtful_title" for p in result.problems)
