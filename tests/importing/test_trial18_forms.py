"""The forms trial18 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial18, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind


def _names(task):
    # Names as printed: the importer writes a name's brackets full width.
    return [u.name.replace("（", "(").replace("）", ")") for u in task.units]


def test_a_collective_of_level_words_with_a_bracket_or_a_pair_is_one_unit():
    # trial18/08's 各市(县)、区政府 and trial17/01's 各县市、区政府: the level words of one
    # collective joined by 、, as 各县、市、区政府 (10-chuzhou-zhongdian) is; one of them
    # printed with another in brackets (市(县)), or two level words together (县市). Each
    # used to be split at the 、 into a collective of places and a 区政府, with no problem.
    text = (
        "1、城镇登记失业率控制在3.5%以内。\n"
        "(市人保局,各市(县)、区政府)\n"
        "2、全年新增城镇就业10万人。\n"
        "(市财政局、各县市、区政府负责)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert _names(first) == ["市人保局", "各市(县)、区政府"]
    assert _names(second) == ["市财政局", "各县市、区政府"]
    assert not [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT]


def test_a_government_named_by_level_words_after_a_collective_split_is_doubted():
    # A collective the grammar does not join (各县市区、乡镇政府: three level words
    # before the 、) reads as 各县市区 and 乡镇政府, a government no list names by level
    # words alone: doubted (trial9/07's 相關市、縣政府 and trial18/08's 各市(县)、区政府
    # were silently split so before they were read).
    result = importing.read_text("1.做好一件事。(市财政局,各县市区、乡镇政府)\n")
    (task,) = result.plan.tasks
    assert _names(task) == ["市财政局", "各县市区", "乡镇政府"]
    (doubt,) = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT]
    assert doubt.task == 1
    assert "乡镇政府" in str(doubt)
    assert "各市（县）、区政府" in str(doubt)


def test_a_level_word_government_after_a_unit_is_no_doubt():
    # 区政府 after a department's name (no collective before it) is a name as printed.
    result = importing.read_text("1.做好一件事。(市财政局、区政府负责)\n")
    assert not [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT]


def test_a_numbered_sentence_over_targets_run_on_is_doubted():
    # trial18/05's form: 1.主要指标的责任部门。 (a short sentence of its own, no
    # attribution) over a paragraph of targets, each closed by its own bracket. The line
    # used to be glued to the first target's text, with no problem.
    text = (
        "(一)主要目标。\n"
        "1.主要指标的责任部门。\n"
        "常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)"
        "万元地区生产总值能源消耗降低20%。(市经委牵头)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert second.text == "万元地区生产总值能源消耗降低20%。"
    assert [u.name for u in second.leads] == ["市经委"]
    doubts = [p for p in result.problems if p.kind is FindingKind.HEADING_IN_TEXT]
    assert [p.task for p in doubts] == [1]
    assert "主要指标的责任部门。" in str(doubts[0])
    assert first.text.endswith("常住人口控制在1150万人左右。")


def test_an_item_name_line_with_no_full_stop_is_no_doubt():
    # trial18/02's form: an item's name line (1.优化城乡结构布局, no full stop) over its
    # content, closed by its attribution: one item, its name and content joined.
    text = (
        "1.优化城乡结构布局\n"
        "坚持城乡统一规划,科学确定村庄布局和规模。(牵头单位:市资源规划局、市发改委)\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert task.text == "优化城乡结构布局坚持城乡统一规划,科学确定村庄布局和规模。"
    assert not [p for p in result.problems if p.kind is FindingKind.HEADING_IN_TEXT]


def test_a_targets_line_with_its_attribution_under_it_is_no_doubt():
    # 01-anshan-lishan's form: 1.努力实现地区生产总值增长6.2%左右。 with its labelled
    # lines under it: the sentence is the whole text.
    text = "1.努力实现地区生产总值增长6.2%左右。\n牵头单位:区发改局\n责任单位:立山经济开发区\n"
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert task.text == "努力实现地区生产总值增长6.2%左右。"
    assert not [p for p in result.problems if p.kind is FindingKind.HEADING_IN_TEXT]


def test_issuers_printed_before_the_title_are_doubted():
    # trial18/01 (中 共 株 洲 市 委 株洲市人民政府 关于…的意见) and trial10/04 (济宁市人民政府
    # 关于…意见): the issuers printed before 关于 on the title's line are read into the
    # title; the keys of the two lists differ on whether the title holds them, so the
    # title is doubted, naming them. It used to be taken with no note.
    text = (
        "中 共 株 洲 市 委 株洲市人民政府 关于切实抓好“三农”领域重点工作的意见\n"
        "一、实现脱贫攻坚战圆满收官\n"
        "1.全面完成脱贫任务。(责任单位:市扶贫开发领导小组成员单位)\n"
    )
    result = importing.read_text(text)
    doubts = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE]
    assert len(doubts) == 1
    assert "中共株洲市委株洲市人民政府" in str(doubts[0])


def test_a_notice_title_with_no_space_before_its_issuers_is_no_issuer_doubt():
    # 关于印发… printed with the issuer joined to it is a notice's title, read by its own
    # rule: no issuers doubt.
    text = (
        "济宁市人民政府关于进一步做好就业创业工作的意见\n"
        "一、总体要求\n"
        "1.做好一件事。(市人社局负责)\n"
    )
    result = importing.read_text(text)
    assert not [
        p
        for p in result.problems
        if p.kind is FindingKind.DOUBTFUL_TITLE and "issuers" in dict(p.values)
    ]
