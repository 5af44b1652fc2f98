"""The seventh reader's findings on the command line's words (issue 23, round 10).

- argparse's errors call an option a 选项, as --help heads the options; a positional
  argument stays a 参数 (the heading --help gives those), and what an option takes is
  its 值, not another 参数.
- A refused suffix says what the file must be without saying it is what it is
  (not 导出的 xlsx 文件是 .xlsx 工作簿).
- A problem inside a ledger file is placed in words (第1条报送记录缺少“填报单位”), not
  by its JSON path; English keeps the path.
- Why a day does not exist is said in Chinese, not dropped (the catalog's placeholders).
"""

from __future__ import annotations

import json
import re

import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call


def _error(*args: str) -> str:
    done = call("--lang", "zh", *args)
    assert done.returncode == 2, done.stderr
    return done.stderr.splitlines()[-1]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        # A group of options, one required.
        (("due",), "须指定以下选项之一：--by、--between"),
        # A required option alone.
        (("track", "scorecard", "x.json"), "缺少以下必需选项：--as-of"),
        # A positional argument alone: --help lists it under 参数.
        (("show",), "缺少以下必需参数：序号"),
        # Both.
        (("track", "status"), "缺少以下必需参数和选项：台账、--as-of"),
        # An option without its value.
        (("--lang",), "选项“--lang”：需要一个值"),
        # Two options that exclude each other.
        (("due", "--overdue", "--by", "2024-12-31"), "不能与选项“--overdue”同时使用"),
        # An option typed that does not exist.
        (("overview", "--bogus"), "无法识别的选项：--bogus"),
    ],
)
def test_argparse_calls_an_option_a_xuanxiang(args, said):
    error = _error(*args)
    assert said in error, error


def test_help_heads_the_same_words():
    out = call("--lang", "zh", "track", "status", "--help").stdout
    assert "\n参数：\n" in out
    assert "\n选项：\n" in out


def test_a_refused_suffix_is_said_without_going_round_in_a_circle(tmp_path):
    error = _error("export", "xlsx", str(tmp_path / "x.txt"))
    assert error.endswith("按 xlsx 格式导出时，扩展名应为 .xlsx。"), error
    assert "xlsx 文件是" not in error
    error = _error(
        "track", "template", "省审计厅", str(tmp_path / "t.txt"), "--as-of", "2024-12-31"
    )
    assert error.endswith("填报表为 Excel 文件，扩展名应为 .xlsx。"), error
    assert not (tmp_path / "x.txt").exists()


def _bad_ledger(tmp_path):
    doc = json.loads(tracking.dumps(tracking.Ledger(dg_plan.load_plan(), ())))
    doc["reports"] = [
        {"task": 50, "status": "in_progress", "as_of": "2024-12-31"},  # no unit
        {"task": 50, "unit": "省审计厅", "status": "bogus", "as_of": "2024-12-31"},
    ]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_problem_inside_a_ledger_file_is_placed_in_words(tmp_path):
    path = _bad_ledger(tmp_path)
    zh = call("--lang", "zh", "track", "status", str(path), "--as-of", "2024-12-31")
    assert zh.returncode == 1
    lines = [line.strip() for line in zh.stderr.splitlines()]
    # Reports are counted from 1, and the field is named as the reports' columns are.
    assert "“bad.json”第1条报送记录缺少“填报单位”。" in lines
    assert any(line.startswith("“bad.json”第2条报送记录的“状态”：") for line in lines), lines
    assert "$." not in zh.stderr
    en = call("track", "status", str(path), "--as-of", "2024-12-31")
    assert "bad.json, $.reports[0]: missing field unit" in en.stderr


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("2024-02-30", "该月没有这一天"),
        ("2024-13-01", "月份应为1至12"),
        ("0000-01-01", "年份不能为0"),
    ],
)
def test_why_a_day_does_not_exist_is_said_in_chinese(typed, why):
    error = _error("due", "--by", typed)
    assert error.endswith(f"日期“{typed}”不存在（{why}），请填写实际存在的日期"), error
    # English keeps Python's words for it.
    english = call("due", "--by", typed).stderr
    assert "impossible day: " in english


# -- the import's notes on screen and in the review workbook -------------------------------


def test_an_imported_tasks_attribution_is_one_sentence_under_its_label(tmp_path):
    listing = tmp_path / "fa.txt"
    listing.write_text(
        "某工作分工方案\n\n1.推进一网通办。（省财政厅牵头，省审计厅配合；2025年12月底前）\n"
        "2.完善制度。（省财政厅负责）\n",
        encoding="utf-8",
    )
    plan = tmp_path / "plan.json"
    assert call("--lang", "zh", "import", str(listing), "-o", str(plan)).returncode == 0
    out = call("--lang", "zh", "--plan", str(plan), "show", "1").stdout
    notes = out.split("备注：\n", 1)[1].splitlines()
    # One label (备注), and the bracket's words quoted in a sentence that ends in 。.
    assert notes[0] == "  清单在任务内容后括注“省财政厅牵头，省审计厅配合；2025年12月底前”。"
    assert "：（" not in out
    assert "）。" not in out
    # The overview says 未注明 plain, as every other line says it.
    overview = call("--lang", "zh", "--plan", str(plan), "overview").stdout
    assert re.search(r"(?m)^未注明 +1$", overview), overview
    assert "（未注明）" not in overview


def test_the_review_workbook_says_an_unread_deadline_once(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    listing = tmp_path / "list.csv"
    listing.write_text(
        "序号,主要任务,完成时限,责任单位\n1,推进一网通办,2024年13月底前,省财政厅\n"
        "2,建设平台,2024年12月底前,省审计厅\n",
        encoding="utf-8",
    )
    review = tmp_path / "review.xlsx"
    done = call("--lang", "zh", "import", str(listing), "-o", str(tmp_path / "p.json"),
                "--review", str(review))  # fmt: skip
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(review).worksheets[0]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    # One problem, one sentence, as the screen says it: its task first, then what the
    # cell holds, the place in brackets (row 2 of the file, the column headed 完成时限).
    assert row["问题"] == (
        "第1项任务：完成时限“2024年13月底前”无法识别，请核对（“list.csv”第2行“完成时限”列）。"
    )
    assert not row["说明"]
    assert not [c.value for c in sheet[3] if c.value and "无法识别" in str(c.value)]
