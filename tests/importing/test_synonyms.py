"""Label and header synonyms: one table of words (``_vocabulary.LABELS``), each read alike.

The commonest kind of first-run miss on never-seen lists is a label or header word the
vocabulary lacked (tests/importing/GRAMMAR.md, "First-run misses by kind": 90 of 326
tasks). Every word is one row of ``_vocabulary.LABELS`` (word → :class:`Meaning`), and
every reader of labels and headers reads the table's words. The words added beyond the
corpus each carry a real example, a stored public page's address and its printed words;
each test builds a small list printing the word as lists print it, and states by hand
what the list says (the word's meaning, below), never what the importer gave.
"""

from __future__ import annotations

import datetime

import pytest

from dg_plan import Role, importing
from dg_plan._vocabulary import (
    DEADLINE_HEADERS,
    HEADERS,
    LABELS,
    PEOPLE_HEADERS,
    PROGRESS_LABELS,
    TEXT_HEADERS,
    WORDS,
    Meaning,
)
from helpers.corpus import printed_roles as _roles
from helpers.workbooks import write_csv as _csv

#: The words added, each with a page printing it (the `search` tool's stored pages) and
#: the words it prints there.
EXAMPLES = {
    "协同配合单位": (
        "https://www.bzqc.gov.cn/XxgkContent/show/1465541.html",
        "主要责任单位要与协同配合单位加强沟通联系,协同配合单位要服从工作大局",
    ),
    "主要责任单位": (
        "https://www.bzqc.gov.cn/XxgkContent/show/1465541.html",
        "主要责任单位要与协同配合单位加强沟通联系",
    ),
    "办结时限": (
        "http://fgw.dazhou.gov.cn/news-show-1581.html",
        "有明确办结时限的应提前办结,确因客观原因不能按时办结的,要及时报告",
    ),
}

#: Words a user might expect that are no row, each for a reason: in the same place it
#: may name something else, so reading it one way would be silently wrong on some lists.
REFUSED = {
    # 主责: the main responsible unit, which one list means as its lead and another as
    # every responsible unit; dg_plan's own export prints a 主责单位 column derived from
    # the others (importing.exported), read as no column of units.
    "主责单位": "lead or all responsible, by list",
    # 承办: the office that undertakes a matter (under a 主办 host, the one doing the
    # work) or, for a meeting or an event, its organiser: a role by the list's own usage.
    "承办单位": "undertaker or organiser",
    # 责任主体: a body answering for the task, a unit, an enterprise or a person; the
    # header reader keeps it an unread unit column, each task that fills it doubted.
    "责任主体": "a unit, an enterprise or a person",
    # 时间安排: a schedule of phases as often as a deadline.
    "时间安排": "a schedule, not one deadline",
}


def test_every_label_word_is_one_row_of_the_one_table():
    # The views the readers use are the table's words, by meaning: a new synonym is one
    # row of LABELS, never a word of a reader's own list.
    kinds = {
        "text": set(TEXT_HEADERS),
        "deadline": set(DEADLINE_HEADERS),
        "people": set(PEOPLE_HEADERS),
        "progress": set(PROGRESS_LABELS),
    }
    for kind, words in kinds.items():
        assert words == {w for w, m in LABELS.items() if m.kind == kind}, kind
    assert dict(HEADERS) == {w: m.role for w, m in LABELS.items() if m.kind == "units"}
    for role, words in WORDS.items():
        assert words.headers[0] == words.label  # what writers print comes first
        assert all(LABELS[w] == Meaning("units", role) for w in words.headers)


@pytest.mark.parametrize("word", sorted(EXAMPLES))
def test_each_word_added_has_a_real_example(word):
    url, printed = EXAMPLES[word]
    assert url.startswith("http")
    assert word in printed
    assert word in LABELS


@pytest.mark.parametrize("word", sorted(REFUSED))
def test_a_word_that_may_mean_something_else_is_no_row(word):
    assert word not in LABELS


def test_main_responsible_and_cooperating_units_as_labelled_lines():
    # 主要责任单位：X / 协同配合单位：Y under an item, the lines the 谯城区 notice names
    # (EXAMPLES). 主要责任单位 prints no role word: its units are responsible, as under
    # 责任单位 (the corpus key rule); 协同 and 配合 both say support.
    text = "1.推进学前教育普惠发展。\n主要责任单位：区教育局\n协同配合单位：区财政局、区发改委\n"
    (task,) = importing.read_text(text).plan.tasks
    assert task.text == "推进学前教育普惠发展。"
    assert _roles(task) == {
        "区教育局": Role.RESPONSIBLE,
        "区财政局": Role.SUPPORT,
        "区发改委": Role.SUPPORT,
    }


def test_the_same_labels_in_traditional_characters():
    # A third-party copy in traditional script (as trial5, trial9, trial22 keep them):
    # the table's words are read in traditional characters too.
    text = "1.推進學前教育普惠發展。\n主要責任單位：區教育局\n協同配合單位：區財政局\n"
    (task,) = importing.read_text(text).plan.tasks
    assert _roles(task) == {"區教育局": Role.RESPONSIBLE, "區財政局": Role.SUPPORT}


def test_a_settling_deadline_label():
    # 办结时限：X under a task's unit label: the task's deadline, as 完成时限：X is
    # (2024年6月底前: the last day of June 2024, the corpus reading of 底前).
    text = "1.完成项目审批流程优化。\n责任单位：市发改委\n办结时限：2024年6月底前\n"
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert task.text == "完成项目审批流程优化。"
    assert task.deadline.date == datetime.date(2024, 6, 30)
    assert not [p for p in result.problems if p.task == task.number]


def test_the_words_as_a_tables_headers(tmp_path):
    # The same words over a table's columns (the header of trial2/04-qiaocheng-jiaoyu,
    # 序号/重点工作任务/主要责任单位/协同配合单位, with a 办结时限 column).
    rows = [
        ["序号", "重点工作任务", "主要责任单位", "协同配合单位", "办结时限"],
        ["1", "新建公办幼儿园3所。", "区教育局", "区财政局、区住建局", "2025年12月31日"],
    ]
    (task,) = importing.read(_csv(tmp_path / "t.csv", rows)).plan.tasks
    assert task.text == "新建公办幼儿园3所。"
    assert _roles(task) == {
        "区教育局": Role.RESPONSIBLE,
        "区财政局": Role.SUPPORT,
        "区住建局": Role.SUPPORT,
    }
    assert task.deadline.date == datetime.date(2025, 12, 31)
