"""The print's role words: every header the importer knows gives its units their role.

The expected roles are the print's meaning, written here by hand: 牵头单位 leads,
负责单位 is responsible, 配合单位 / 协助单位 / 参与单位 support, and 责任单位 holds all
of a task's units, each with the role its cell's own grammar gives it.
"""

from __future__ import annotations

import csv

import pytest

from dg_plan import Role, importing
from dg_plan._vocabulary import HEADERS

LEAD, RESPONSIBLE, SUPPORT = Role.LEAD, Role.RESPONSIBLE, Role.SUPPORT

# header -> (the unit cell, the role of each unit it names)
CASES = {
    "牵头单位": ("省财政厅、省公安厅", {"省财政厅": LEAD, "省公安厅": LEAD}),
    "负责单位": ("省财政厅、省公安厅", {"省财政厅": RESPONSIBLE, "省公安厅": RESPONSIBLE}),
    "配合单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    "协助单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    "参与单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    "责任单位": ("省财政厅牵头，省公安厅配合", {"省财政厅": LEAD, "省公安厅": SUPPORT}),
    # 10-chuzhou-zhongdian (corpus): 牵头责任单位 leads, 协同责任单位 supports.
    "牵头责任单位": ("省财政厅、省公安厅", {"省财政厅": LEAD, "省公安厅": LEAD}),
    "协同责任单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    "协同单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    # 协作 (cooperate) supports, as 协同 does: 主要协作单位 lines in trial40/03-lingbi-weijian
    # (a user trial, not in the corpus); 协作和配合单位 beside 牵头单位 in the notice of
    # www.zjc.gov.cn/info/1991/138461.htm (2016年县政府重点工作任务分解).
    "协作单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    "主要协作单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    # 31-hangzhou-shejiang (corpus): a 省牵头单位 line gives leads like any 牵头单位.
    "省牵头单位": ("省财政厅、省公安厅", {"省财政厅": LEAD, "省公安厅": LEAD}),
    # trial16/06-jiaxing-shiyiwu2006: the first responsible unit (第一责任单位, beside a
    # 主要责任单位 column) leads, as trial3/01-xiamen-yingshang states in words.
    "第一责任单位": ("省财政厅、省公安厅", {"省财政厅": LEAD, "省公安厅": LEAD}),
    # trial8/06-chengdu-zfgzbg2019: 数据提供单位 (the unit providing a target's figure)
    # contributes without owning the task: support, as its key reads it.
    "数据提供单位": ("省统计局、省公安厅", {"省统计局": SUPPORT, "省公安厅": SUPPORT}),
    # trial19/07-xuzhou-fenjie2010: 主办单位：X after each target, the label form of the
    # clause X主办 (trial2/11-heilongjiang-zfgzbg2013): the host office leads (doubted), and
    # 协办单位 (the assisting offices, X协办 in the same list) supports.
    "主办单位": ("省财政厅、省公安厅", {"省财政厅": LEAD, "省公安厅": LEAD}),
    "协办单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    # trial2/04-qiaocheng-jiaoyu: 主要责任单位 (no role word: each unit the role its cell
    # gives, as under 责任单位) beside 协同配合单位 (协同 and 配合: support), as its key reads
    # them (tests/importing/test_synonyms.py has the page naming both words).
    "主要责任单位": ("省财政厅牵头，省公安厅配合", {"省财政厅": LEAD, "省公安厅": SUPPORT}),
    "协同配合单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
}
# The general form: a label word ending in 部门 (department) or 处室 (a department's
# office) in place of 单位 reads as the 单位 word does. 50-fsou-zhengfu (a trial list,
# not in the corpus) prints 责任部门:市教育局牵头,市财政局、市审计局配合。
VARIANTS = {
    "责任部门": "责任单位",
    "责任处室": "责任单位",
    "牵头部门": "牵头单位",
    "牵头处室": "牵头单位",
    "负责部门": "负责单位",
    "负责处室": "负责单位",
    "配合部门": "配合单位",
    "配合处室": "配合单位",
    "协助部门": "协助单位",
    "协助处室": "协助单位",
    "参与部门": "参与单位",
    "参与处室": "参与单位",
    "牵头责任部门": "牵头责任单位",
    "牵头责任处室": "牵头责任单位",
    "协同责任部门": "协同责任单位",
    "协同责任处室": "协同责任单位",
    "协同部门": "协同单位",
    "协同处室": "协同单位",
    "协作部门": "协作单位",
    "协作处室": "协作单位",
    "主要协作部门": "主要协作单位",
    "数据提供部门": "数据提供单位",
    "数据提供处室": "数据提供单位",
    "主要协作处室": "主要协作单位",
    "省牵头部门": "省牵头单位",
    "省牵头处室": "省牵头单位",
    "第一责任部门": "第一责任单位",
    "第一责任处室": "第一责任单位",
    "主办部门": "主办单位",
    "主办处室": "主办单位",
    "协办部门": "协办单位",
    "协办处室": "协办单位",
    "主要责任部门": "主要责任单位",
    "主要责任处室": "主要责任单位",
    "协同配合部门": "协同配合单位",
    "协同配合处室": "协同配合单位",
}
# 科室 (a town's or a bureau's office) reads as 单位 too: 责任科室 in 06-sizhoutou-zhongdian
# and 11-chizhou-zhengwugongkai, 負責科室 in 12-zhengwu-gongzuoyaodian-trad (trial set).
VARIANTS.update({word.removesuffix("单位") + "科室": word for word in CASES})
CASES.update({variant: CASES[word] for variant, word in VARIANTS.items()})
# 部门分工 (the departments' division of the work) holds all of a task's units, as
# 责任单位 does: trial2/08-guangdong-zfgzbg2021 and 12-guangdong-zfgzbg (corpus).
CASES["部门分工"] = ("省财政厅牵头，省公安厅配合", {"省财政厅": LEAD, "省公安厅": SUPPORT})


def test_every_header_word_is_tested():
    assert set(HEADERS) == set(CASES)


def _rows(header):
    cell, _ = CASES[header]
    return [["序号", "主要任务", "完成时限", header], ["1", "建设共享平台", "2024年底前", cell]]


def _csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def _xlsx(path, rows):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)


def _docx(path, rows):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(path)


@pytest.mark.parametrize("header", list(CASES))
@pytest.mark.parametrize(("suffix", "write"), [(".csv", _csv), (".xlsx", _xlsx), (".docx", _docx)])
def test_a_unit_column_gives_its_units_the_headers_role(tmp_path, header, suffix, write):
    path = tmp_path / f"list{suffix}"
    write(path, _rows(header))
    task = importing.read(path).plan.tasks[0]
    expected = CASES[header][1]
    assert [u.name for u in task.units] == list(expected)
    assert {u.name: task.role_of(u.name) for u in task.units} == expected


@pytest.mark.parametrize("header", list(CASES))
def test_a_labelled_line_gives_its_units_the_labels_role(header):
    cell, expected = CASES[header]
    task = importing.read_text(f"1. 建设共享平台\n{header}：{cell}\n完成时限：2024年底前\n")
    units = task.plan.tasks[0].units
    assert {u.name: task.plan.tasks[0].role_of(u.name) for u in units} == expected
