"""The nineteenth reader's faults in tracking (issue 23), each as a 公文 writer reads it.

- 2. A year-end count is asked for 1 January (round.md: a task due on the day is 到期未完成,
  not yet 逾期), so it was headed 截至2025年1月1日 where a writer reporting on 2024 writes
  截至2024年12月31日, and nothing said what the day meant. Status, scorecard and the
  report (page, workbook, Word document) now say it in a line of its own under their
  heading: the tasks due on or before the day before and not done are late, those due on
  the day itself are due.

Expected text is stated by hand from the rule (docs/tracking.md, "late" and "due"): as of
2025-01-01, the day before is 2024年12月31日.
"""

from __future__ import annotations

import openpyxl
import pytest

from dg_plan import tracking
from helpers.cli import call
from helpers.cli import succeeds as ok
from helpers.tracking_example import ledger

docx = pytest.importorskip("docx")

RULE_ZH = (
    "完成时限在2024年12月31日及以前、尚未完成的任务计为逾期未完成；"
    "完成时限为2025年1月1日、尚未完成的计为到期未完成。"
)
RULE_EN = (
    "Tasks due on or before 2024-12-31 and not done count as late; those due on 2025-01-01, "
    "as due that day."
)


@pytest.fixture(scope="module")
def ledger_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("reader19") / "ledger.json"
    path.write_text(tracking.dumps(ledger()), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("language", "rule"), [("zh", RULE_ZH), ("en", RULE_EN)])
def test_status_says_what_its_day_means_under_its_heading(ledger_file, language, rule):
    lines = ok("--lang", language, "track", "status", ledger_file, "--as-of", "2025-01-01")
    lines = lines.splitlines()
    assert lines[0] in {"截至2025年1月1日：共178项任务", "As of 2025-01-01: 178 tasks"}
    assert lines[1] == rule


@pytest.mark.parametrize(("language", "rule"), [("zh", RULE_ZH), ("en", RULE_EN)])
def test_scorecard_says_what_its_day_means_under_its_heading(ledger_file, language, rule):
    out = ok("--lang", language, "track", "scorecard", ledger_file, "--as-of", "2025-01-01")
    assert out.splitlines()[1] == rule


def test_the_half_year_count_says_its_day_too(ledger_file):
    out = ok("--lang", "zh", "track", "status", ledger_file, "--as-of", "2024-07-01")
    assert out.splitlines()[1] == (
        "完成时限在2024年6月30日及以前、尚未完成的任务计为逾期未完成；"
        "完成时限为2024年7月1日、尚未完成的计为到期未完成。"
    )


def test_the_report_says_what_its_day_means_under_its_title(tmp_path):
    book = ledger()
    page, workbook, word = tmp_path / "r.html", tmp_path / "r.xlsx", tmp_path / "r.docx"
    for path in (page, workbook, word):
        tracking.report(book, "2025-01-01", path, language="zh")
    html = page.read_text(encoding="utf-8")
    assert f'<p class="note" id="day-rule">{RULE_ZH}</p>' in html
    # Under the line saying the day and the reports the figures rest on.
    assert html.index('id="data-as-of"') < html.index('id="day-rule"') < html.index('id="summary"')
    texts = [p.text for p in docx.Document(str(word)).paragraphs]
    assert texts[1].startswith("（统计截止日期为2025年1月1日")
    assert texts[2] == RULE_ZH
    about = openpyxl.load_workbook(workbook).worksheets[0]
    cells = [row[0] for row in about.iter_rows(values_only=True)]
    assert RULE_ZH in cells
    tracking.report(book, "2025-01-01", page, language="en")
    assert RULE_EN in page.read_text(encoding="utf-8")


# -- 4 ----------------------------------------------------------------------------------

# 豫督〔2024〕 is of 2024; notices dated 2026年12月7日 are of 2026: the reader's run.
WARNING_ZH = (
    "文号豫督〔2024〕中的年份（2024年）与成文日期（2026年12月7日）的年份不一致，"
    "请核对 --number 和 --date。"
)
WARNING_EN = (
    "The document number's year (豫督〔2024〕: 2024) is not the year of the notices' date "
    "(2026-12-07); please check --number and --date."
)


def _chase(ledger_file, folder, language, *more):
    return call(
        "--lang", language, "track", "chase", ledger_file, "--as-of", "2025-01-01",
        "--notices", str(folder), "--number", "豫督〔2024〕", *more,
    )  # fmt: skip


@pytest.mark.parametrize(("language", "warning"), [("zh", WARNING_ZH), ("en", WARNING_EN)])
def test_chase_warns_when_the_numbers_year_is_not_the_dates(
    ledger_file, tmp_path, language, warning
):
    result = _chase(ledger_file, tmp_path / "n", language, "--date", "2026-12-07")
    assert result.returncode == 0
    assert result.stderr.strip() == warning
    # The notices are written still.
    assert list((tmp_path / "n").glob("*.docx"))


def test_chase_says_nothing_when_the_years_agree(ledger_file, tmp_path):
    result = _chase(ledger_file, tmp_path / "n", "zh", "--date", "2024-12-31")
    assert result.returncode == 0
    assert result.stderr == ""


def test_collect_warns_too(tmp_path):
    template = tmp_path / "省审计厅.xlsx"
    ok("track", "template", "省审计厅", str(template), "--as-of", "2024-12-31")
    result = call(
        "--lang", "zh", "track", "collect", str(template), "-o", str(tmp_path / "l.json"),
        "--notices", str(tmp_path / "n"), "--number", "豫督〔2024〕", "--date", "2026-12-07",
    )  # fmt: skip
    assert WARNING_ZH in result.stderr.splitlines()
    # Without --notices nothing is numbered: nothing to warn of.
    again = call(
        "--lang", "zh", "track", "collect", str(template), "-o", str(tmp_path / "m.json"),
        "--number", "豫督〔2024〕", "--date", "2026-12-07",
    )  # fmt: skip
    assert WARNING_ZH not in again.stderr
