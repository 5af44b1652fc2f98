"""The forms trial14 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial14, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

import csv

from dg_plan import importing
from dg_plan.importing import FindingKind


def test_a_glossed_level_word_is_the_prefix_of_its_list():
    # trial14/04's form: a traditional-script copy printing a pinyin gloss after 區 in the
    # first name of a 、-list (自治區(qū)農(nóng)牧廳、發(fā)展改革委、財政廳): the prefix is
    # the place with its level word and its gloss, restored onto the bare department
    # names after it.
    # Names take full-width brackets (the grammar's rule for ASCII punctuation).
    text = (
        "1.實施增糧示範行動,穩定糧食播種面積。"
        "(責任單位:自治區(qū)農(nóng)牧廳、發(fā)展改革委、財政廳)\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert [u.name for u in task.responsible] == [
        "自治區（qū）農（nóng）牧廳",
        "自治區（qū）發（fā）展改革委",
        "自治區（qū）財政廳",
    ]
    # Onto a name holding a gloss (發(fā)展改革委) the restoration is doubted; onto 財政廳 not.
    doubted = [p for p in result.problems if p.kind is FindingKind.PREFIX_DOUBTFUL]
    assert len(doubted) == 1
    assert "發（fā）展改革委" in str(doubted[0])


def test_a_level_word_in_traditional_characters_is_a_prefix():
    # 區 and 縣 are the level words 区 and 县 in traditional characters: 區財政局、審計局
    # restores 區 onto 審計局, as 区财政局、审计局 restores 区.
    text = "1.加強預算管理。(區財政局、審計局負責)\n"
    (task,) = importing.read_text(text).plan.tasks
    assert [u.name for u in task.responsible] == ["區財政局", "區審計局"]


def test_a_title_over_two_lines_with_glosses_is_joined():
    # trial14/04: the list's title printed over two lines, its characters glossed
    # (內蒙古自治區(qū)2022年堅持穩(wěn)中求進 / 推動產(chǎn)業(yè)…政策清單): a gloss is no
    # bracket of the title's own, so the first line is the title's first half.
    text = (
        "內蒙古自治區(qū)2022年堅持穩(wěn)中求進\n"
        "推動產(chǎn)業(yè)高質量發(fā)展政策清單\n"
        "一、推進農(nóng)牧業(yè)優(yōu)質高效轉型\n"
        "1.實施增糧示範行動。(責任單位:自治區農牧廳)\n"
    )
    title = importing.read_text(text).plan.metadata.title
    first = "內蒙古自治區(qū)2022年堅持穩(wěn)中求進"
    second = "推動產(chǎn)業(yè)高質量發(fā)展政策清單"
    assert title == first + second


def _table(tmp_path, rows):
    path = tmp_path / "表.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_name_column_repeating_its_names_beside_an_unknown_column_is_doubted(tmp_path):
    # trial14/06's form: no text header, a name column (路段名称) printing one name again
    # in each row of its group (a merged cell rendered once a row), beside a column under a
    # header the vocabulary does not know (问题描述), filled in every row. The text is
    # read from the name column, as the header row says, and each task is doubted, naming
    # the other column (the problem, `--column text=问题描述`, reads it).
    path = _table(
        tmp_path,
        [
            ["序号", "路段名称", "问题描述", "责任单位"],
            ["1", "湘北大道", "沿线街道车辆违停严重", "停车办"],
            ["2", "湘北大道", "垃圾站前种菜,旁边杂草丛生", "市环卫中心"],
            ["3", "赶山西路", "工地泥巴流向街道", "城管大队"],
            ["4", "赶山西路", "路面积水严重", "市政维护管理处"],
        ],
    )
    result = importing.read(path)
    doubted = [p for p in result.problems if p.kind is FindingKind.TEXT_COLUMN_DOUBTFUL]
    assert sorted(p.task for p in doubted) == sorted(t.number for t in result.plan.tasks)
    assert all("问题描述" in str(p) for p in doubted)
    read = importing.read(path, columns={"text": "问题描述"}).plan.tasks
    assert [t.text for t in read] == [
        "沿线街道车辆违停严重",
        "垃圾站前种菜,旁边杂草丛生",
        "工地泥巴流向街道",
        "路面积水严重",
    ]


def test_a_name_column_printing_each_name_once_is_not_doubted(tmp_path):
    # The rule's bound: a name column whose names each stand in one row names each
    # task (任务名称); an unknown column beside it raises no doubt of the text.
    path = _table(
        tmp_path,
        [
            ["序号", "任务名称", "进度说明", "责任单位"],
            ["1", "建设数据平台", "已完成招标", "市大数据局"],
            ["2", "开展数据治理", "正在推进", "市统计局"],
        ],
    )
    result = importing.read(path)
    assert [t.text for t in result.plan.tasks] == ["建设数据平台", "开展数据治理"]
    assert not [p for p in result.problems if p.kind is FindingKind.TEXT_COLUMN_DOUBTFUL]
