"""Collect's lines as a 公文 writer reads them (issue 23, reader 10).

Expected lines are written from the reader's request and the glossary, not copied
from the output.
"""

from __future__ import annotations

import datetime

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import BIANBAN, PLAN
from helpers.workbooks import fill

JUNE = datetime.date(2024, 6, 30)


def test_the_expected_days_note_does_not_read_as_xingwei(tmp_path):
    # Fault 9: …24行为未完成任务 reads 行为 (behaviour). The rows hold tasks not done.
    path = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, path, as_of=JUNE)
    rows = fill(path, {40: ("推进中", "2024年12月底前"), 53: ("未启动", "2024年10月")})
    result = call("--lang", "zh", "track", "collect", str(path), "-o", str(tmp_path / "l.json"))
    assert result.returncode == 0, result.stderr
    listed = "、".join(str(r) for r in sorted(rows.values()))
    assert result.stderr.splitlines() == [
        (
            f"提示：“{BIANBAN}.xlsx”“填报”表第{listed}行所列任务尚未完成，"
            "所填“完成（预计完成）日期”已作为预计完成日期收录。"
        )
    ]
    assert "行为" not in result.stderr


# -- fault 7: the glossary's 进展情况, one wording for words left blank ---------------------


def test_a_blank_progress_says_jinzhan_qingkuang_in_every_format(tmp_path):
    from tracking.test_office_trial8 import JUSTICE, _task_9  # noqa: PLC0415

    # The glossary: what a unit writes of one task is its 进展情况 (never 进展说明).
    for status, said in (
        (tracking.Status.DONE, "已完成（2024年9月15日），未填写进展情况"),
        (tracking.Status.IN_PROGRESS, "未填写进展情况"),
    ):
        for text in _task_9(tmp_path, status):
            assert f"{JUSTICE}（截至2024年12月31日）：{said}" in text
            assert "进展说明" not in text


# -- fault 11: the sub-count of the tasks not done, in table idiom -------------------------


def test_the_not_reported_sub_count_is_headed_as_a_table_says_it(tmp_path):
    from helpers.tracking_example import ledger  # noqa: PLC0415
    from tracking.test_reader9 import DAY, _ledger_file, _report_texts  # noqa: PLC0415

    shown = call("--lang", "zh", "track", "scorecard", _ledger_file(tmp_path), "--as-of", DAY)
    texts = ["".join(shown.stdout.split()), *_report_texts(tmp_path, ledger()).values()]
    for text in texts:
        assert "未完成中未报送" not in text
        # The heading, and its footnote saying it counts across the columns, not among
        # some (reader 15, fault 3: the columns are status's nine categories).
        assert "未报送合计" in text
        assert "“未报送合计”为本单位未报送的任务项数，不论列在哪一列" in text


# -- fault 14: one space between a file name and the Chinese after it; a blank form lacks 状态


def test_a_whole_files_problem_sets_its_name_apart_by_one_space(tmp_path):
    import openpyxl  # noqa: PLC0415

    from tracking.test_reader9 import AUDIT, _collect, _return  # noqa: PLC0415

    blank = _return(tmp_path, AUDIT, {})
    said = _collect(tmp_path, blank)
    said = said.stdout + said.stderr
    # What a blank form lacks is each task's 状态 (the template: 未填写状态的行视为未报送).
    assert (
        f"“{AUDIT}.xlsx”未填写任何任务的状态，请逐项填写（已完成的任务还应填写完成日期）。"
    ) in said
    assert "进展情况" not in said
    # The form with no 填报 sheet, and the one whose first rows were changed.
    other = tmp_path / "other"
    other.mkdir()
    path = other / f"{AUDIT}.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "任务"
    book.save(path)
    said = _collect(other, path)
    assert f"“{AUDIT}.xlsx”不是本轮下发的填报表：" in said.stdout + said.stderr


# -- fault 18: the full list is a numbered sub-section of 二, after its (一)(二)(三) ---------


def test_the_full_list_is_its_own_numbered_sub_section(tmp_path):
    import docx  # noqa: PLC0415

    from helpers.tracking_example import ledger  # noqa: PLC0415

    book = ledger()
    word, page = tmp_path / "r.docx", tmp_path / "r.html"
    tracking.report(book, "2025-01-01", word, language="zh")
    tracking.report(book, "2025-01-01", page, language="zh")
    document = docx.Document(str(word))
    # What stands between 二、 and 三、, in order: headings, and "table" for each table.
    body = document.element.body
    order = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "tbl":
            order.append(f"table of {len(child.findall('{*}tr'))} rows")
        elif tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            style = child.find(".//{*}pStyle")
            if style is not None and "Heading" in (style.get(style.keys()[0]) or ""):
                order.append(text)
    two = order.index("二、各项任务进展情况")
    three = next(i for i, h in enumerate(order) if h.startswith("三、"))
    section = order[two + 1 : three]
    # No table straight under 二、: each under its (一)…(四).
    assert section[0] == "（一）逾期未完成任务", section
    headings = [h for h in section if not h.startswith("table")]
    assert headings == [
        "（一）逾期未完成任务",
        "（二）到期未完成任务",
        "（三）较上一轮变化",
        "（四）全部任务进展情况",
    ]
    # The table of every task (the plan's 178, and its header row) under (四), the last.
    assert section[-2:] == ["（四）全部任务进展情况", f"table of {len(book.plan.tasks) + 1} rows"]
    # The page the same: (四) heads the table of every task.
    html = page.read_text("utf-8")
    assert html.index("<h3>（四）全部任务进展情况</h3>") < html.index('<table id="tasks">')
    assert html.index("<h3>（三）较上一轮变化</h3>") < html.index("<h3>（四）全部任务进展情况</h3>")


# -- the rule defining 主责单位, as the glossary and the template state it -------------------

ZHUZE = "均无的为配合单位"


def test_every_statement_of_the_accountable_rule_names_the_supporting_units(tmp_path):
    from tracking.test_reader9 import DAY, _ledger_file  # noqa: PLC0415

    book = _ledger_file(tmp_path)
    card = call("--lang", "zh", "track", "scorecard", book, "--as-of", DAY).stdout
    assert "主责单位（牵头单位；无牵头单位的为负责单位；均无的为配合单位）" in "".join(card.split())
    # status --task's note under a task whose table shows units not counted.
    from dg_plan import _i18n  # noqa: PLC0415

    with _i18n.using("zh"):
        said = _i18n.gettext(
            "Only the accountable units' reports count: the leads (牵头) when the task "
            "has any, else its responsible (负责) units. The others (responsible under a "
            "lead, or supporting) are shown only."
        )
    assert "没有牵头单位的，计负责单位；均无的，计配合单位。" in said
    assert said.endswith("的报送记录仅作展示。")
