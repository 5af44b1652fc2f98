"""The forms trial22 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial22, named by
each test) or stated by the rule in docs/importing.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import Role, importing


def _names(task):
    # Names as printed: the importer writes a name's brackets full width.
    return [u.name.replace("（", "(").replace("）", ")") for u in task.units]


def _roles(task):
    # Each name as printed, with the role its task gives it.
    by_role = {
        Role.LEAD: task.leads,
        Role.RESPONSIBLE: task.responsible,
        Role.SUPPORT: task.support,
    }
    return {
        u.name.replace("（", "(").replace("）", ")"): role
        for role, units in by_role.items()
        for u in units
    }


def _named(result, number):
    return [p for p in result.problems if p.task == number]


def test_a_subsection_line_that_is_a_full_sentence_joined_to_a_paragraph_is_doubted():
    # trial22/02's form: a (一) line printed as a full sentence (32 characters, ends in 。,
    # no attribution) over unnumbered paragraphs each closed by its own bracket. It is
    # joined to the first paragraph; whether it is a heading over them is not known (one
    # document prints the form), so the task is flagged, not read either way.
    text = (
        "一、在新常态下保持经济持续健康发展\n\n"
        "(一)推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。\n\n"
        "认真贯彻落实积极的财政政策和稳健的货币政策。(省发展改革委、省财政厅等负责)\n\n"
        "发挥出口的支撑作用,努力培育新的国际竞争优势。(省商务厅、省金融办等负责)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert [p.kind.value for p in _named(result, first.number)] == ["heading_in_text"]
    assert second.text == "发挥出口的支撑作用,努力培育新的国际竞争优势。"
    assert not _named(result, second.number)


def test_a_short_subsection_heading_without_a_full_stop_stays_a_heading():
    # The neighbour form read (trial16/02, trial8/02): a (一) heading with no full stop
    # over paragraphs each closed by its bracket is a heading; no doubt.
    text = (
        "(一)约束性指标\n\n"
        "耕地保有量稳定在规定水平。(市国土局牵头)\n\n"
        "单位工业增加值能耗下降。(市发改委负责)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert first.text == "耕地保有量稳定在规定水平。"
    assert second.text == "单位工业增加值能耗下降。"
    assert all(p.kind.value != "heading_in_text" for p in result.problems)
