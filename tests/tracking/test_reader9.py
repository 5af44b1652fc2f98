"""The ninth reader's faults in collect, scorecard and report (issues 21 and 23, round 11).

A writer of government documents read a whole round in Chinese. Each test states what
that reader asked for, in words worked out from the requirement, not copied from output.
"""

from __future__ import annotations

import datetime

import docx
import openpyxl
import pytest

from dg_plan import tracking
from dg_plan.tracking import Ledger, Status
from helpers.cli import call
from helpers.tracking_example import AUDIT, BIANBAN, PLAN, R1, R2, ledger
from helpers.workbooks import fill

# The scorecard's figures are read off its one table (wide_terminal, conftest.py).
pytestmark = pytest.mark.usefixtures("wide_terminal")

DAY = "2025-01-01"


def _report_texts(tmp_path, book, language="zh") -> dict[str, str]:
    """The words of the report in each of its three formats, cells one a line."""
    texts = {}
    for ext in ("html", "docx", "xlsx"):
        path = tmp_path / f"report-{language}.{ext}"
        tracking.report(book, DAY, path, language=language)
        if ext == "html":
            texts[ext] = path.read_text("utf-8")
        elif ext == "docx":
            document = docx.Document(str(path))
            cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
            texts[ext] = "\n".join([*(p.text for p in document.paragraphs), *cells])
        else:
            texts[ext] = "\n".join(
                str(c)
                for sheet in openpyxl.load_workbook(path).worksheets
                for row in sheet.iter_rows(values_only=True)
                for c in row
                if c is not None
            )
    return texts


def _ledger_file(tmp_path, book=None):
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(book or ledger()), encoding="utf-8")
    return str(path)


# -- fault 2: 按时完成 means one thing in every table ------------------------------------------

# The scorecard's 按时完成 is the summary's (reader 15, fault 3, which undoes the split the
# ninth reader asked for: two names for one idea were worse than one), and says so.
SAME = "“按时完成”至“未报送（无具体日期）”九列与总体推进情况的九类完成情况相同"


def test_the_scorecard_says_on_time_as_the_summary_does(tmp_path):
    shown = call("--lang", "zh", "track", "scorecard", _ledger_file(tmp_path), "--as-of", DAY)
    words = "".join(shown.stdout.split())
    for text in [words, *(t.replace("\n", "") for t in _report_texts(tmp_path, ledger()).values())]:
        assert "按时完成" in text
        for old in ("按时完成（已到期）", "提前完成", "已完成（未到期）", "未到期未完成"):
            assert old not in text
        assert SAME in "".join(text.split())
    english = call("track", "scorecard", _ledger_file(tmp_path), "--as-of", DAY).stdout
    assert "done on time" in english
    assert "done on time (due)" not in english
    assert "done early" not in english


# -- fault 3: the not-reported count is not read as a subset of one column ------------------


def test_the_not_reported_heading_says_it_counts_across_the_columns(tmp_path):
    shown = call("--lang", "zh", "track", "scorecard", _ledger_file(tmp_path), "--as-of", DAY)
    texts = ["".join(shown.stdout.split()), *_report_texts(tmp_path, ledger()).values()]
    for text in texts:
        assert "其中未报送" not in text
        assert "未完成且未报送" not in text
        assert "未报送合计" in text


# -- fault 6: a report's day is written one way, 截至… -----------------------------------------


def test_the_chase_screen_and_the_report_write_a_reports_day_with_jie_zhi(tmp_path):
    shown = call("--lang", "zh", "track", "chase", _ledger_file(tmp_path), "--as-of", DAY)
    # 省委编办 reported 53 推进中 as of 2024-12-31, and 53 is late on 2025-01-01.
    assert "推进中（截至2024年12月31日）" in shown.stdout
    assert "推进中（2024年12月31日）" not in shown.stdout
    for text in _report_texts(tmp_path, ledger()).values():
        assert "省司法厅（截至2024年12月31日）：" in text
        assert "省司法厅（2024年12月31日）" not in text


# -- faults 7, 8 and 12: collect's problems and notes, one sentence each ----------------------


def _return(tmp_path, unit, rows, name=None):
    path = tmp_path / (name or f"{unit}.xlsx")
    tracking.write_template(PLAN, unit, path, as_of=R1)
    if rows:
        fill(path, rows)
    return path


def _collect(tmp_path, *paths, into=None, notices=None):
    args = ["--lang", "zh", "track", "collect", *map(str, paths)]
    if into is None:
        args += ["-o", str(tmp_path / "out.json")]
    else:
        args += ["--into", str(into)]
    if notices is not None:
        args += ["--notices", str(notices), "--date", "2024-07-01"]
    return call(*args)


def test_a_file_with_no_template_sheet_is_the_sentences_subject(tmp_path):
    path = tmp_path / f"{AUDIT}.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "任务"
    book.create_sheet("单位")
    book.save(path)
    said = _collect(tmp_path, path)
    said = said.stdout + said.stderr
    assert (
        f"“{AUDIT}.xlsx”不是本轮下发的填报表：文件中没有“填报”工作表（现有工作表：任务、单位）。"
        in said
    )


def test_a_form_whose_first_rows_were_changed_was_not_filled_in_as_sent(tmp_path):
    path = _return(tmp_path, AUDIT, {50: ("推进中",)})
    book = openpyxl.load_workbook(path)
    book["填报"].delete_rows(2)
    book.save(path)
    notices = tmp_path / "notices"
    said = _collect(tmp_path, path, notices=notices)
    said = said.stdout + said.stderr
    assert (
        f"“{AUDIT}.xlsx”未按本轮下发的填报表原样填写：开头几行（标题，以及填报单位、统计截止日期所在"
        "的第2行）被改动或删除。请使用下发的填报表填写，不要改动或删除开头几行。"
    ) in said
    (notice,) = notices.glob("*.docx")
    text = "".join(p.text for p in docx.Document(str(notice)).paragraphs)
    assert "未按本轮下发的填报表原样填写：" in text
    assert "不是本轮下发的填报表原样" not in said + text


def test_a_blank_return_is_told_in_one_sentence(tmp_path):
    path = _return(tmp_path, AUDIT, {})
    said = _collect(tmp_path, path)
    said = said.stdout + said.stderr
    assert (
        f"“{AUDIT}.xlsx”未填写任何任务的状态，请逐项填写（已完成的任务还应填写完成日期）。"
    ) in said


def test_a_contradiction_says_what_was_written_then_what_it_contradicts(tmp_path):
    book = tmp_path / "ledger.json"
    done = tracking.Report(50, AUDIT, Status.DONE, R1, completed_on=datetime.date(2024, 5, 10))
    book.write_text(tracking.dumps(Ledger(PLAN, [done])), encoding="utf-8")
    path = tmp_path / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=R2)
    fill(path, {50: ("推进中",)})
    said = _collect(tmp_path, path, into=book)
    said = said.stdout + said.stderr
    assert (
        "“状态”列所填“推进中”与省审计厅截至2024年6月30日对第50项任务的报送记录"
        "（已完成，2024年5月10日完成）矛盾。已照常收录，请向该单位核实以哪次为准。"
    ) in said, said
    assert "矛盾：" not in said
    assert "（填写内容：推进中）" not in said


def test_expected_days_are_a_labelled_note_and_only_for_a_file_put_in_the_ledger(tmp_path):
    # 40 推进中 with its expected day, and 53 not a status: the file is set aside.
    path = _return(tmp_path, BIANBAN, {40: ("推进中", "2024年12月底前"), 53: ("已完城",)})
    said = _collect(tmp_path, path)
    assert said.returncode == 3, said.stderr
    assert "预计完成日期" not in said.stderr


# -- the clerk's minor: two files of one unit are named once ----------------------------------


def test_two_files_of_one_unit_are_named_once(tmp_path):
    returned = tmp_path / "returned"
    returned.mkdir()
    _return(returned, AUDIT, {50: ("已完成", "2024-06-01")})
    _return(returned, AUDIT, {50: ("推进中",)}, name=f"{AUDIT}(1).xlsx")
    said = _collect(tmp_path, returned, notices=tmp_path / "notices")
    lines = (said.stdout + said.stderr).splitlines()
    # The sentence on the two files names both and says no notice is sent; no second line
    # names them again.
    assert sum(f"{AUDIT}(1).xlsx" in line for line in lines) == 1, lines
    assert any("不向该单位发退回修改通知" in line for line in lines)


# -- fault 9: a second round with nothing changed says so in a sentence -----------------------


def test_a_second_round_with_no_change_says_so_in_one_sentence(tmp_path):
    same = Ledger(
        PLAN,
        [
            tracking.Report(50, AUDIT, Status.IN_PROGRESS, R1),
            tracking.Report(50, AUDIT, Status.IN_PROGRESS, R2),
        ],
    )
    for ext, text in _report_texts(tmp_path, same).items():
        assert "与上一轮相比，各项任务状态均无变化。" in text, ext
    page = _report_texts(tmp_path, same)["html"]
    assert '<table id="changes">' not in page
    english = _report_texts(tmp_path, same, "en")["html"]
    assert "status has changed since the previous round." in english


# -- fault 19: whole phrases in a heading and a notice ----------------------------------------


def test_section_four_is_headed_as_a_whole_phrase(tmp_path):
    texts = _report_texts(tmp_path, ledger())
    assert "四、前后报送不一致的情况" in texts["html"]
    assert "四、前后报送不一致的情况" in texts["docx"]
    tabs = openpyxl.load_workbook(tmp_path / "report-zh.xlsx").sheetnames
    assert "四、前后报送不一致的情况" in tabs


def test_the_reminder_asks_the_unit_to_get_in_touch_not_to_get_in_touch_to_ask(tmp_path):
    from dg_plan.tracking.notices import remind_notices  # noqa: PLC0415

    (path,) = remind_notices(PLAN, [AUDIT], R2, tmp_path, dated="2025-01-02")
    text = "".join(p.text for p in docx.Document(str(path)).paragraphs)
    # One sentence, not two saying the same (the thirteenth reader).
    assert "如已报回或未收到本轮填报表，请与联系人联系。" in text
    assert "请与联系人核对" not in text
    assert "联系索取" not in text


# -- fault 17: the template's rule is worded by 主责单位, which covers every task ----------------


def test_the_template_says_whose_report_counts_by_accountable_unit(tmp_path):
    path = _return(tmp_path, AUDIT, {})
    note = openpyxl.load_workbook(path)["填报"]["A3"].value
    # A task whose only units are 配合 has its 配合单位 accountable: the rule covers it.
    # Two sentences, the rule then who is 主责 (the thirteenth reader).
    assert (
        "五、“是否主责单位”为“否”的任务，本单位所填仅供参考，任务状态以主责单位所填为准。"
        "主责单位为牵头单位；无牵头单位的，为负责单位；均无的，为配合单位。"
    ) in note.splitlines()
    assert "以牵头单位（无牵头单位的，以负责单位）填报为准" not in note
