"""The leader's report and `status --unit` as a writer of government documents reads them.

A sixth reader (issues 21, 23) found the year-end report counting 63 tasks 到期未完成
without saying why they are not 逾期 (a reader takes 截至12月31日 to include the day);
the opening's 其中 twice; 每项按该单位自己报送的情况计; 报送 used as a noun where the
glossary's word is 报送记录; an empty 四、前后报送不一致 table of 无; and four words for a
status. The expected words are the reader's and the glossary's; the figures come from
the issue (72 tasks late and 63 of "2024年12月底前" due as of 2024-12-31, none reported).
"""

from __future__ import annotations

import datetime
import html
import re

import docx
import openpyxl
import pytest

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import BIANBAN, JUSTICE, PLAN, R1, R2, ledger

# No report at all: every task is unreported, so the figures are the plan's own.
EMPTY = tracking.Ledger(PLAN, ())
# As of 2024-12-31: 72 tasks are past their deadline, and the 63 of "2024年12月底前"
# are due that day (issue 21).
LATE, DUE = 72, 63
# The same 63 as the opening's 到期未完成, named so, not 另有 (more tasks): the ninth reader.
YEAR_END_ZH = (
    f"到期未完成的{DUE}项任务，完成时限（2024年12月底前）恰在统计截止日期当日，尚未报送“已完成”。"
)
YEAR_END_EN = f"The {DUE} tasks due on the day, not done have their deadline (2024年12月底前) on"


def _opening(path):
    """The report's opening paragraph, in the format of *path*."""
    if path.suffix == ".html":
        text = path.read_text("utf-8")
        return html.unescape(re.search(r'<p id="summary">(.*?)</p>', text, re.DOTALL)[1])
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).worksheets[0]  # 说明
        return sheet.cell(2, 1).value
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    # Under the title, the line in brackets and the line saying what the day means.
    return paragraphs[3]


@pytest.mark.parametrize("suffix", [".html", ".xlsx", ".docx"])
def test_the_year_end_opening_says_why_the_tasks_due_that_day_are_apart(tmp_path, suffix):
    path = tmp_path / f"r{suffix}"
    tracking.report(EMPTY, R2, path, language="zh")
    opening = _opening(path)
    assert opening.startswith(f"截至2024年12月31日，{len(PLAN.tasks)}项任务中，")
    assert f"逾期未完成{LATE}项" in opening
    assert f"到期未完成{DUE}项" in opening
    # One sentence on the unreported, with no 其中 twice: 主责单位均未报送的N项，含已逾期M项。
    assert f"主责单位均未报送的{len(PLAN.tasks)}项，含已逾期{LATE}项。" in opening
    assert "其中" not in opening
    assert opening.endswith(YEAR_END_ZH)
    tracking.report(EMPTY, R2, path, language="en")
    assert YEAR_END_EN in _opening(path)


@pytest.mark.parametrize("suffix", [".html", ".xlsx", ".docx"])
def test_a_day_that_is_no_deadline_has_no_such_sentence(tmp_path, suffix):
    path = tmp_path / f"r{suffix}"
    tracking.report(EMPTY, datetime.date(2024, 12, 30), path, language="zh")
    opening = _opening(path)
    # No category at zero in the opening (the fifteenth reader's fault 2): none due that day.
    assert "到期未完成" not in opening
    assert "另有" not in opening
    assert "到期未完成的" not in opening


def test_mid_year_the_tasks_of_june_are_the_ones_due(tmp_path):
    # 2024-06-30: the tasks printed 2024年6月底前 are due that day; none is reported.
    june = sum(str(t.deadline) == "2024年6月底前" for t in PLAN.tasks)
    assert june > 1
    path = tmp_path / "r.html"
    tracking.report(EMPTY, R1, path, language="zh")
    assert _opening(path).endswith(
        f"到期未完成的{june}项任务，完成时限（2024年6月底前）恰在统计截止日期当日，尚未报送“已完成”。"
    )


def test_the_per_unit_note_and_the_contradictions_use_the_glossarys_words(tmp_path):
    book = tracking.Ledger(
        PLAN,
        [
            tracking.Report(
                9, JUSTICE, tracking.Status.DONE, R1, completed_on=datetime.date(2024, 5, 20)
            ),
            tracking.Report(9, JUSTICE, tracking.Status.IN_PROGRESS, R2),
        ],
    )
    path = tmp_path / "r.html"
    tracking.report(book, R2, path, language="zh")
    text = path.read_text("utf-8")
    # One term with the command line's scorecard (glossary: a report is a 报送记录).
    assert "按本单位报送记录计" in text
    assert "报送情况计" not in text
    assert "自己报送" not in text
    # 报送 is the act; a report is a 报送记录 (glossary).
    assert "与其此前一轮的报送记录相矛盾" in text
    assert "报送相矛盾" not in text


def test_status_unit_names_the_units_own_status_as_the_glossary_does(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    result = call("--lang", "zh", "track", "status", str(book), "--as-of", "2024-12-31",
                  "--unit", BIANBAN)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("序号"))
    assert header.split()[:5] == ["序号", "完成时限", "职责", "本单位填报状态", "任务状态"]
    note = next(line for line in lines if line.startswith("本单位填报状态："))
    assert "本单位状态" not in result.stdout
    assert "最近一条报送记录" in note
