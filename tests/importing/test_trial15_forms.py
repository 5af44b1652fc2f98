"""The forms trial15 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial15, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan._grammar import parse_units
from dg_plan.importing import FindingKind


def test_glossed_role_words_are_read():
    # trial15/05's form: a traditional-script copy glossing the role words themselves
    # (牽頭負(fù)責(zé), 負(fù)責(zé)) as it glosses the names: the words are read, the names keep
    # their glosses (full-width, the grammar's rule for ASCII brackets).
    text = (
        "1、啟動信用法前期調研工作,形成法律草案。(發(fā)展改革委、人民銀行牽頭負(fù)責(zé),法制辦參加)\n"
        "2、出臺相關配套制度和實施細則。(人民銀行負(fù)責(zé))\n"
    )
    first, second = importing.read_text(text).plan.tasks
    assert first.text == "啟動信用法前期調研工作,形成法律草案。"
    assert [u.name for u in first.leads] == ["發（fā）展改革委", "人民銀行"]
    assert [u.name for u in first.support] == ["法制辦"]
    assert [u.name for u in second.responsible] == ["人民銀行"]


def test_a_glossed_label_is_read():
    # trial11/01's form: a gloss inside a label (責(zé)任單位:) beside a plain one (牽頭單位:).
    text = "1.推進節約集約用地。(牽頭單位:省自然資源廳;責(zé)任單位:省住房城鄉建設廳)\n"
    (task,) = importing.read_text(text).plan.tasks
    assert [u.name for u in task.leads] == ["省自然資源廳"]
    assert [u.name for u in task.responsible] == ["省住房城鄉建設廳"]


def test_a_gloss_inside_an_ordinary_word_is_no_role_word():
    # Only the vocabulary's words are read through their glosses: a glossed word of the
    # text (落實(shí)) stays as printed, and no bracket of names alone becomes an attribution.
    text = "1.貫徹落實(shí)規劃綱要,做好工作安排。(人民銀行負責)\n"
    (task,) = importing.read_text(text).plan.tasks
    assert task.text == "貫徹落實(shí)規劃綱要,做好工作安排。"


def test_market_in_traditional_characters_is_no_level_word():
    # trial15/06: a national list, no name prefixed; the first, 市場監管總局, begins with
    # 市場 (market), a function's word, as 市场监管局 does (trial9/08): 市 is no prefix.
    # (The importer reads the role word 負責 as 负责 before the grammar sees the cell.)
    cell = parse_units("市場監管總局、農業農村部、知識產權局负责", departments_only=True)
    assert cell.units == ("市場監管總局", "農業農村部", "知識產權局")
    assert not cell.notes


def test_a_title_naming_only_the_kind_of_list_is_doubted():
    # trial15/01: the list's heading prints only its kind (分 工 方 案) under a notice
    # issuing the list by its full name: the heading is read, and doubted, the problem
    # naming the notice's name.
    text = (
        "金室字〔2020〕1号关于印发《金乡县农村人居环境整治工作分工方案》的通知\n"
        "各镇党委、政府,县直各部门、单位:\n"
        "中共金乡县委办公室\n"
        "2020年3月18日\n"
        "分 工 方 案\n"
        "1.提升村庄公共环境。(责任单位:县委农办、县农业农村局)\n"
    )
    result = importing.read_text(text)
    doubts = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE]
    assert len(doubts) == 1
    assert "金乡县农村人居环境整治工作分工方案" in str(doubts[0])


def test_a_title_over_two_lines_ending_in_the_kind_is_not_doubted():
    # trial11/04's form: the title's second line is its kind word (…重点工作 / 分工方案):
    # the title is read whole, no doubt.
    text = (
        "辽宁省人民政府关于印发《2024年省〈政府工作报告〉重点工作分工方案》的通知\n"
        "2024年省《政府工作报告》重点工作\n"
        "分工方案\n"
        "1.经济增长5.5%左右。(牵头单位:省发展改革委)\n"
    )
    result = importing.read_text(text)
    assert result.plan.metadata.title == "2024年省《政府工作报告》重点工作分工方案"
    assert not [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE]
