"""One Chinese term per concept: the glossary, its page, and the catalogs that follow it.

The glossary is data the package ships (``dg_plan/data/glossary.csv``); the terms and
what they replace come from issue 23's review and the print's own usage (its column
headings 序号, 责任单位; 牵头, 配合 in its unit cells).
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from helpers import ROOT
from helpers.docs_blocks import blocks, parts, shows_output_only
from helpers.glossary import ALL_UNITS, PAGE, forbidden, markdown, terms, violations

PO = ROOT / "src" / "dg_plan" / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan.po"
DOCS_LOCALE = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"

# The terms issue 23 asks the glossary to hold, at least.
REQUIRED = [
    *("任务清单", "序号", "完成时限", "牵头单位", "负责单位", "配合单位", "责任单位", "主责单位"),
    *("统称单位", "所属统称", "部分", "章节", "填报表", "报回", "报送记录", "督办报告"),
    *("统计截止日期", "数据截止日期"),
    *("清单校验码", "未注明", "到期未完成", "逾期未完成", "按时完成", "逾期完成", "未报送"),
]
# What the issue says each replaces.
REPLACED = {
    "计划": "任务清单",
    "任务时限": "完成时限",
    "责任主体": "主责单位",
    "单位统称": "统称单位",
    "集体单位": "统称单位",
    "报送模板": "填报表",
    "份报送": "报送记录",
    "条报送": "报送记录",
    "督查报告": "督办报告",
    "督查督办报告": "督办报告",
    "判断日期": "统计截止日期",
    "报送所截至的日期": "统计截止日期",
    # The sixth reader: 截至 is a preposition, not part of a noun.
    "截至日期": "统计截止日期",
    "报送截至日期": "数据截止日期",
    "计划指纹": "清单校验码",
    "报告": "报送记录",
    # The fourth reader of issue 23: one word each.
    "小节": "章节",
    "部分标题": "章节",
    "部分与章节": "章节",
    "所问日期": "统计截止日期",
    "所查询的日期": "统计截止日期",
    "由办公室": "督查督办部门",
    "督查部门": "督查督办部门",
    "目录中": "文件夹",
    "文件或目录": "文件夹",
    "条决定": "审核意见",
    "决定文件": "审核意见",
    "个问题": "处问题",
    "操作：": "命令",
    "年三季度": "第N季度",
    "落款日期": "成文日期",
    "任务清单文件": "清单数据文件",
    "各单位评分": "各单位主责任务完成情况",
    "各单位任务完成情况": "各单位主责任务完成情况",
    # The fifth reader: each notice kind has one name, the file name's and the docs'.
    "督促通知": "督办通知",
    "催办通知": "督办通知",
    "补报通知": "催报通知",
    "提醒通知": "催报通知",
    "退回通知": "退回修改通知",
    "重报通知": "重新报送通知",
    # The fourteenth reader: the importing page said 导入器 and 导入程序 for one program.
    "导入器": "导入程序",
    # The sixteenth reader: 持续推进 is a 完成时限, only no date.
    "无具体时限": "无具体日期",
    "不是具体日期": "无具体日期",
    "没有具体日期": "无具体日期",
}

# Messages of dg_plan.po whose Chinese may say 责任单位: their English means all the
# units of a task (the print's unit column), not Role.RESPONSIBLE.
ALL_UNITS_MESSAGES = {
    "Unit cell shared with",  # the site: tasks sharing the print's unit column cell
    "Units by role",  # the site: all units of a task, under lead, responsible, support
    (  # the column role "units": the print's unit column, all units of each task
        "a table's column the reader does not know, by its header: ROLE is text, "
        "number, deadline, units, lead, responsible, support or ignore (repeatable)"
    ),
    "task {number} names no responsible unit",  # no unit at all in the unit column
    (  # the print's unit column
        "rows {rows} share one merged cell of the print's unit column: their units are the "
        "same. Evidence: {evidence}"
    ),
    (
        "rows {rows} (page {page}) and {next_rows} (page {next_page}) have the same units: "
        "the print repeats the unit text after the page break, possibly one cell crossing it"
    ),
    (
        "units: rows {rows} may instead take the units of the cell printed above ({above}). "
        "Why: {evidence}. The data read the layout rule (the extraction prints a merged "
        "cell's text after the last row it spans), which five cells prove"
    ),
    "a heading that holds {form!r}: a task whose attribution was not read?",
    "a heading that holds a full stop: a task whose attribution was not read?",
    "a line read as no task holds {form!r}: an attribution not read?",
    "task {number} names no unit, yet its text holds {form!r}: an attribution not read?",
    "read as a heading: no attribution after it",
    "units set",  # an import decision sets all of a task's units
    "text and units set",
    "deadline and units set",
    "text, deadline and units set",
    (  # the column role "units" (--column units=…), the print's unit column
        "task {number}: column {column} is not read, yet it may name the task's units "
        "(`--column units={column}` reads it, `--column ignore={column}` says it does not)"
    ),
    # show: all units of the task, each with its role
    "one task: text, deadline, its units by role, platforms, page, provenance",
    "{unit} is not one of task {task}'s units",
    "{unit} is not one of task {task}'s units ({units})",
    "the tasks that mention a platform and the units responsible for them",
    "Responsible units",  # the platform's units table: lead, responsible and support
    "Printed",  # the print's unit column as printed
    "Units, as decided",  # the units a reviewer's decision gave, in place of the print's
    "Printed units",
    "Printed, by column",  # show: a task's units composed from a table's role columns
    "units",  # show: the imported list's unit column an imported task was read from
}
# 统称 neither in 统称单位 nor in 所属统称.
COLLECTIVE_ALONE = r"(?<!所属)统称(?!单位)"
# Replaced terms a message may use in another sense, each with its reason.
OTHER_SENSES: dict[str, set[str]] = {}


def _messages(path):
    with path.open("rb") as f:
        catalog = read_po(f)
    for message in catalog:
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        yield msgid, message.context, " ".join(strings)


def test_the_glossary_holds_the_terms_the_issue_names():
    rows = terms()
    chinese = [t.chinese for t in rows]
    assert len(set(chinese)) == len(chinese)
    assert len({t.concept for t in rows}) == len(rows)
    assert [t for t in REQUIRED if t not in chinese] == []
    replaced = forbidden()
    assert {v: replaced[v].chinese for v in REPLACED if v in replaced} == REPLACED
    # No term is replaced by another, and every row says how the print uses it.
    assert set(replaced) & set(chinese) == set()
    assert all(t.english and t.note for t in rows)


def test_the_glossary_page_is_the_glossary():
    assert PAGE.read_text(encoding="utf-8") == markdown(), (
        'regenerate: PYTHONPATH=tests python -c "from helpers.glossary import write; write()"'
    )
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    assert re.search(r"(?m)^glossary$", index)
    assert (DOCS_LOCALE / "glossary.po").is_file()


def test_the_check_can_fail():
    assert violations("本计划中没有任务")
    assert violations("请先把收回的报送模板汇总成台账") == [
        "报送模板 (use 填报表)",
        "收回 (use 报回)",
    ]
    assert violations("本清单中没有任务") == []
    assert re.search(COLLECTIVE_ALONE, "未列明成员单位的统称：无法向其下发")
    assert not re.search(COLLECTIVE_ALONE, "所属统称：各省辖市政府（统称单位）")
    # A report row is a 报送记录; 报告 is only the supervision report's (督办报告) or
    # another sense's (政府工作报告, a kind of document).
    assert violations("该任务尚无报告。") == ["报告 (use 报送记录)"]
    assert violations("生成督办报告；读取政府工作报告的任务分解；该任务尚无报送记录。") == []
    # The fourth reader's words: each old one fails, each new one passes.
    assert violations("按第3条决定读取；由办公室选定；发现2个问题") == [
        "由办公室 (use 督查督办部门)",
        "条决定 (use 审核意见)",
        "个问题 (use 处问题)",
    ]
    assert violations("按第3条审核意见读取；由督查督办部门核定；发现2处问题") == []
    assert violations("存于输出目录；每个部分下设若干小节") == [
        "小节 (use 章节)",
        "输出目录 (use 文件夹)",
    ]
    assert violations("存于输出文件夹；编制政务数据目录；每个部分下设若干章节") == []
    # The four notices, each by its one name (the fifth reader of issue 23).
    assert violations("已生成2份退回通知；另向省审计厅发补报通知，向省委编办发督促通知") == [
        "督促通知 (use 督办通知)",
        "补报通知 (use 催报通知)",
        "退回通知 (use 退回修改通知)",
    ]
    assert violations("已生成2份重报通知") == ["重报通知 (use 重新报送通知)"]
    # 一次报送 reads as "one report" or "a single submission": the 说明 says the round.
    assert violations("数据采用最近一次报送（2024年12月31日）的情况。") == [
        "一次报送 (use 报送记录)"
    ]
    assert violations("根据最近一轮报送记录（截至2024年12月31日）统计。") == []
    # A task's progress is its 进展情况; 推进情况 is the whole plan's.
    assert violations("二、各项任务推进情况") == ["任务推进情况 (use 进展情况)"]
    assert violations("请连同下列任务的推进情况一并报回") == ["任务的推进情况 (use 进展情况)"]
    assert violations("二、各项任务进展情况；推进情况填报表；截至2024年12月31日的推进情况") == []
    assert (
        violations(
            "已生成2份退回修改通知；另向省审计厅发催报通知，向省委编办发督办通知；见重新报送通知"
        )
        == []
    )
    # The sixth reader: 截至 is a preposition. The noun 截至日期 fails, and so does
    # 截止日期 alone (a range's end is 结束日期); the whole terms holding 截止日期 pass.
    assert violations("截至日期：2024年6月30日") == ["截至日期 (use 统计截止日期)"]
    assert violations("截止日期为2024年6月30日") == ["截止日期 (use 结束日期)"]
    assert violations("统计截止日期：2024年6月30日；数据截止日期；截至2024年6月30日") == []
    # The fourteenth reader: a 报送记录's own day is its 数据截止日期, in prose too.
    assert violations("要撤回的报送记录的统计截止日期") == [
        "报送记录的统计截止日期 (use 数据截止日期)"
    ]
    assert violations("替换该单位同一统计截止日期的报送记录") == [
        "统计截止日期的报送记录 (use 数据截止日期)"
    ]
    assert violations("要撤回的报送记录的数据截止日期；本轮的统计截止日期") == []


def test_the_list_read_is_not_called_the_print():
    # Issue 23 (zh19b): 原文 is the print of 豫政〔2023〕17号附件4; the importer's notes
    # and its review workbook said it of the list being imported too.
    assert violations("完成时限（原文）") == ["完成时限（原文） (use 清单所列)"]
    assert violations("原文在任务内容后括注“省财政厅牵头”") == ["原文在任务内容 (use 清单所列)"]
    assert violations("完成时限（清单所列）；清单在任务内容后括注“省财政厅牵头”；原文第47页") == []


def _catalog_violations(path, all_units_ok):
    found = []
    for msgid, context, string in _messages(path):
        # A term the English quotes (the print's own 任务时限, a header word) is data.
        quoted = {v for v in forbidden() if v in msgid}
        bad = violations(string, frozenset(OTHER_SENSES.get(msgid, ())) | quoted)
        # 统称 alone is the collective, 统称单位; 所属统称 is what a unit belongs to.
        if re.search(COLLECTIVE_ALONE, string):
            bad.append("统称 (the collective is 统称单位; what a unit belongs to, 所属统称)")
        if ALL_UNITS in string and msgid not in all_units_ok:
            bad.append(f"{ALL_UNITS} (all units of a task only; Role.RESPONSIBLE is 负责单位)")
        found += [f"{msgid!r} ({context}): {b}" for b in bad]
    return found


def test_the_catalog_uses_the_glossarys_terms():
    assert _catalog_violations(PO, ALL_UNITS_MESSAGES) == []


@pytest.mark.parametrize("page", sorted(p.stem for p in DOCS_LOCALE.glob("*.po")))
def test_the_docs_catalogs_use_the_glossarys_terms(page):
    # The docs speak of the print's unit column (责任单位) freely; the glossary page
    # itself names the replaced terms.
    path = DOCS_LOCALE / f"{page}.po"
    if page == "glossary":
        pytest.skip("the glossary names the replaced terms")
    all_units = {msgid for msgid, _c, _s in _messages(path)}
    assert _catalog_violations(path, all_units) == []


def _code_block_violations(page):
    # A code block's translation says in Chinese its comments and the output it shows;
    # those are checked whole. Its code is the English block's (tests/docs/
    # test_zh_blocks.py), and a term in it is data (a task's text, a unit's name). The
    # English block excuses nothing: it may quote an older Chinese output.
    catalog = {msgid: string for msgid, _c, string in _messages(DOCS_LOCALE / f"{page}.po")}
    found = []
    for block in blocks(page):
        string = catalog.get(block.text)
        if not string:
            continue
        chinese = parts(block.language, string, output_only=shows_output_only(block))
        code = "\n".join(chinese.code)
        allowed = frozenset(v for v in forbidden() if v in code)
        said = " ".join((*chinese.comments, *chinese.output))
        found += [f"{page}.md:{block.line}: {b}" for b in violations(said, allowed)]
        if re.search(COLLECTIVE_ALONE, said):
            found.append(f"{page}.md:{block.line}: 统称 (the collective is 统称单位)")
    return found


@pytest.mark.parametrize("page", sorted(p.stem for p in DOCS_LOCALE.glob("*.po")))
def test_the_docs_code_blocks_use_the_glossarys_terms(page):
    assert _code_block_violations(page) == []


def test_the_code_block_check_can_fail():
    said = parts("sh", "dg-plan track report ledger.json -o 督查报告.html   # 生成督查报告\n")
    # The file name is code (data); the comment is what the reader reads.
    assert said.comments == ("生成督查报告",)
    assert "督查报告 (use 督办报告)" in violations(" ".join(said.comments))
    status = "第 5 项任务：推进中\n依据：2 个责任主体中，1 个已完成\n"
    assert violations(" ".join(parts("text", status, output_only=True).output)) == [
        "责任主体 (use 主责单位)"
    ]


def test_the_chinese_glossary_keeps_the_english_terms_in_english():
    # Issue 23: the Chinese page's 英文术语 column held Chinese in its last rows. The
    # column names the English term; its translation is the term itself.
    catalog = {msgid: string for msgid, _c, string in _messages(DOCS_LOCALE / "glossary.po")}
    english = {t.english for t in terms()}
    assert {e: catalog.get(e) for e in english if catalog.get(e) != e} == {}


def test_the_glossary_names_the_terms_issue_23s_reader_met():
    # A fresh reader of government Chinese found these used for one thing each.
    replaced = forbidden()
    said = {v: replaced[v].chinese for v in replaced}
    assert said["催办清单"] == "催办名单"
    assert said["下发清单"] == "下发名单"
    assert said["成员城市"] == said["成员市"] == "成员单位"
    assert said["落款单位"] == "发文单位"
    assert said["一次报送"] == "报送记录"
    assert said["不参加排名"] == "不参与排名"
    assert said["落实状态"] == said["落实数据"] == said["跟踪落实"] == "推进情况"
    assert said["所属统称单位"] == "所属统称"
    # The 统称单位 row no longer forbids the term the next row defines.
    collective = next(t for t in terms() if t.chinese == "统称单位")
    assert "所属统称" not in collective.replaces


def test_the_glossary_says_the_print_heads_the_deadline_column_otherwise():
    """The print's column heading is 任务时限; both glossaries say so, and why one word.

    The print's table heads its columns 序号｜主要任务｜任务时限｜责任单位 (page 44), while
    dg_plan says 完成时限 (the glossary). A reader comparing the two is told, in English
    and in Chinese, that the print's word is 任务时限 and why dg_plan keeps to one.
    """
    (deadline,) = [t for t in terms() if t.concept == "deadline"]
    assert (deadline.chinese, deadline.replaces) == ("完成时限", ("任务时限",))
    assert "heads its deadline column 任务时限" in deadline.note
    assert "because" in deadline.note
    row = f"| {deadline.english} | 完成时限 | 任务时限 | {deadline.note} |"
    assert row in PAGE.read_text(encoding="utf-8").splitlines()
    catalog = {msgid: string for msgid, _c, string in _messages(DOCS_LOCALE / "glossary.po")}
    chinese = catalog[deadline.note]
    assert "原文表头将该列称为“任务时限”" in chinese
    assert "是因为" in chinese
