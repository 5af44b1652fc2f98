"""Issue 23, the seventh reader: one word for one thing in what a clerk reads."""

from __future__ import annotations

from pathlib import Path

from helpers.cli import call

DOCS_PO = Path(__file__).parents[2] / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"


def _msgstrs(name):
    from babel.messages.pofile import read_po  # noqa: PLC0415

    with (DOCS_PO / name).open("rb") as f:
        return [str(m.string) for m in read_po(f) if m.id and m.string]


# -- 2. the day a return speaks for: its 数据截止日期 (reader14 of #23 settled it) --------
# The seventh reader had 统计截止日期 in prose; the fourteenth found one idea under two
# words. A 报送记录's day is its 数据截止日期 everywhere; 统计截止日期 is a query's or a round's.


def test_withdraw_help_names_the_reports_day_as_the_glossary_does():
    out = call("--lang", "zh", "track", "withdraw", "--help").stdout
    assert "要撤回的报送记录的数据截止日期" in out
    assert "报送记录的统计截止日期" not in out


def test_collect_replace_help_names_the_reports_day_as_the_glossary_does():
    out = call("--lang", "zh", "track", "collect", "--help").stdout
    assert "替换台账中该单位数据截止日期相同的报送记录" in out
    assert "统计截止日期的报送记录" not in out


def test_the_tracking_docs_use_one_name_for_a_reports_day():
    for text in _msgstrs("tracking.po"):
        assert "报送记录的统计截止日期" not in text, text
        assert "统计截止日期的报送记录" not in text, text


# -- 7. the glossary says what the interface says, once ------------------------------------


def test_the_glossary_names_not_returned_beside_not_reported():
    from helpers.glossary import terms  # noqa: PLC0415

    chinese = [t.chinese for t in terms()]
    assert chinese.index("未报回") == chinese.index("未报送") + 1
    out = call("--lang", "zh", "track", "chase", "--help").stdout
    assert "成文日期（落款日期）" not in out  # the glossary no longer claims it


def test_the_chinese_glossary_calls_the_categories_what_the_interface_does():
    strings = _msgstrs("glossary.po")
    assert not [s for s in strings if s.startswith("督办状态")]
    assert [s for s in strings if s.startswith("完成情况：")]
    assert not [s for s in strings if "任务清单（任务清单）" in s]
    assert not [s for s in strings if "成文日期（落款日期）" in s]


# -- 6. the docs name the columns and the report as the files print them --------------------


def test_the_docs_name_the_task_column_and_the_report_as_printed():
    tracking = _msgstrs("tracking.po")
    assert not [s for s in tracking if "序号、任务、" in s]
    assert [s for s in tracking if "序号、主要任务、完成时限、状态" in s]
    assert not [s for s in tracking if "报送上级的汇总表" in s]
    assert "一轮督查督办：命令行用法" in tracking
    assert not [s for s in _msgstrs("round.po") if "序号、任务、" in s]


# -- 8, 11, 12, 13: lists, colons, folders, full stops -------------------------------------


def test_one_of_the_options_is_listed_with_the_chinese_separator():
    out = call("--lang", "zh", "due").stderr
    assert "须指定以下选项之一：--by、--between、--in、--undated、--overdue、--within" in out
    # English keeps argparse's own words.
    assert "one of the arguments --by --between" in call("due").stderr


def test_a_workbook_given_as_a_ledger_is_said_without_a_colon_chain(tmp_path):
    book = tmp_path / "plan.xlsx"
    book.write_bytes(b"PK\x03\x04 not really a workbook")
    out = call("--lang", "zh", "track", "status", str(book), "--as-of", "2024-06-30").stderr
    # The sixteenth reader, fault 10: one sentence naming the file, not a found problem.
    said = (
        "dg-plan：“plan.xlsx”是 Excel 工作簿，不是台账文件。"
        "请先用 track collect 将报回的填报表汇入台账。"
    )
    assert out.splitlines() == [said]


def test_a_missing_folder_is_called_a_folder(tmp_path):
    folder = f"{tmp_path / 'nothere'}/"
    out = call(
        "--lang", "zh", "track", "collect", folder, "-o", str(tmp_path / "l.json")
    ).stderr  # fmt: skip
    assert f"文件夹不存在：“{folder}”" in out
    missing = str(tmp_path / "nothere.xlsx")
    out = call(
        "--lang", "zh", "track", "collect", missing, "-o", str(tmp_path / "l.json")
    ).stderr  # fmt: skip
    assert f"文件不存在：“{missing}”" in out


def test_withdrawing_ends_its_sentence_as_collecting_does(tmp_path):
    import dg_plan  # noqa: PLC0415
    from dg_plan import tracking  # noqa: PLC0415
    from helpers.workbooks import fill  # noqa: PLC0415

    plan = dg_plan.load_plan()
    audit = "省审计厅"
    folder = tmp_path / "returned"
    folder.mkdir()
    path = folder / f"{audit}.xlsx"
    tracking.write_template(plan, audit, path, as_of=__import__("datetime").date(2024, 6, 30))
    fill(path, {50: ("推进中",)})
    ledger = tmp_path / "ledger.json"
    assert call("track", "collect", str(folder), "-o", str(ledger)).returncode == 0
    task = call(
        "--lang", "zh", "track", "status", str(ledger), "--as-of", "2024-07-01", "--task", "50"
    )
    rule = next(line for line in task.stdout.splitlines() if line.startswith("依据："))
    assert rule.endswith("。")
    assert not rule.endswith("。。")
    out = call(
        "--lang", "zh", "track", "withdraw", str(ledger), "--unit", audit, "--as-of", "2024-06-30"
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("；台账现共0条报送记录。")


# -- 16, 17: a period with no task, a number that is no number --------------------------------


def test_a_period_with_no_task_due_is_said_in_one_sentence():
    out = call("--lang", "zh", "due", "--in", "2024年第三季度").stdout.strip()
    assert out == "2024年第三季度无到期任务。"


def test_show_says_what_a_number_should_be():
    out = call("--lang", "zh", "show", "abc").stderr
    assert "序号应为1—178之间的数字" in out
    assert "不是有效的整数" not in out


# -- 20: export xlsx refuses a name that is no workbook's, as track report does ----------------


def test_export_xlsx_refuses_a_file_not_named_as_a_workbook(tmp_path):
    target = tmp_path / "x.txt"
    said = call("--lang", "zh", "export", "xlsx", str(target))
    assert said.returncode == 2
    assert f"不能将任务清单导出为“{target}”。" in said.stderr
    assert not target.exists()
    assert call("export", "xlsx", str(tmp_path / "x.xlsx")).returncode == 0
