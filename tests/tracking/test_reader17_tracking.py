"""The seventeenth reader's faults in tracking (issue 23), each as a 公文 reads it.

- 6. The report's part 三 says once which units are not ranked and which collectives
  are not in the table: the paragraph above the table says what is counted and names
  the collectives left out (省直相关部门…, the shipped plan's three collectives that name
  no member unit, units.md); the notes under it say who is not ranked and how the
  others are. The paragraph used to repeat the first, notes 5 and 6 the second.
- 1. chase --sent with a list giving no 统计截止日期 took the --as-of day for the round,
  so a unit whose file of the round was in the ledger was chased as returning none: such
  a list is refused, naming the fix (the list's third column, or the templates' folder).
"""

from __future__ import annotations

import csv

import pytest

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import ledger

docx = pytest.importorskip("docx")

#: The shipped plan's collectives that name no member unit (units.md), in the plan's order.
APART = "省直相关部门、中央驻豫相关单位、省直各部门"


def _part_three(path) -> list[str]:
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    start = next(i for i, t in enumerate(texts) if t.startswith("三、"))
    end = next(i for i, t in enumerate(texts) if t.startswith("四、"))
    return texts[start + 1 : end]


def test_part_three_says_each_thing_once(tmp_path):
    path = tmp_path / "r.docx"
    tracking.report(ledger(), "2025-01-01", path, language="zh")
    part = _part_three(path)
    # Who is not ranked: once, a note under the table.
    assert [t for t in part if "不参与排名" in t] == [
        (
            "5. 有到期任务而台账中无任何报送记录的单位、尚无到期任务的单位不参与排名，"
            "列在参与排名的单位之后；"
        )
    ]
    # The collectives left out: once, named, in the paragraph above the table.
    assert [t for t in part if "不列入本表" in t] == [
        (
            "本表只统计各单位作为主责单位（牵头单位；无牵头单位的为负责单位；均无的为配合单位）"
            f"的任务，按本单位报送记录计。{APART}为统称单位，未列明成员单位，未下发填报表，"
            "不列入本表。"
        )
    ]
    # The notes run 1 to 6, the ranking last.
    points = [t for t in part if t[:1].isdigit()]
    assert [t.split(".", 1)[0] for t in points] == ["1", "2", "3", "4", "5", "6"]
    assert points[-1].startswith("6. 排名依据：")


def test_the_page_and_the_workbook_say_it_once_too(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    page = tmp_path / "r.html"
    tracking.report(ledger(), "2025-01-01", page, language="zh")
    html = page.read_text(encoding="utf-8")
    assert html.count("尚无到期任务的单位不参与排名") == 1
    assert html.count("不列入本表") == 1
    book = tmp_path / "r.xlsx"
    tracking.report(ledger(), "2025-01-01", book, language="zh")
    cells = [
        str(v)
        for ws in openpyxl.load_workbook(book).worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if isinstance(v, str)
    ]
    assert sum("尚无到期任务的单位不参与排名" in c for c in cells) == 1
    assert sum("不列入本表" in c for c in cells) == 1


# -- 1. chase --sent with a list that gives no day ---------------------------------------


def _sent_list(path, rows):
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return str(path)


def test_chase_refuses_a_sent_list_without_the_rounds_day(tmp_path):
    # The example ledger holds 省司法厅's reports as of 2024-06-30 and 2024-12-31. A
    # list of names alone, chased as of 2025-01-01: taking that day for the round would
    # say 省司法厅 returned nothing and write it a 催报通知. Refused, nothing written.
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    sent = _sent_list(tmp_path / "sent.csv", [["填报单位"], ["省司法厅"], ["省信访局"]])
    notices = tmp_path / "chase"
    args = ("track", "chase", str(book), "--as-of", "2025-01-01", "--sent", sent)
    zh = call("--lang", "zh", *args, "--notices", str(notices))
    assert zh.returncode == 1
    assert zh.stdout == ""
    assert zh.stderr == (
        f"dg-plan：“{sent}”未注明本轮的统计截止日期（或所列单位的日期不一），"
        "无法判断哪些单位已报回：请在名单第三列“统计截止日期”逐行填写本轮的统计截止日期"
        "（与 track template --all 生成的“sent.csv”相同），"
        "或以 --sent 指定本轮填报表所在的文件夹。未生成任何文件。\n"
    )
    assert not notices.exists()
    en = call("--lang", "en", *args)
    assert en.returncode == 1
    assert "gives no 统计截止日期 for the round" in en.stderr
    assert "track template --all" in en.stderr


def test_chase_refuses_a_sent_list_of_two_days(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    rows = [["填报单位", "文件", "统计截止日期"], ["省司法厅", "", "2024-12-31"]]
    sent = _sent_list(tmp_path / "sent.csv", [*rows, ["省信访局", "", "2024-06-30"]])
    args = ("track", "chase", str(book), "--as-of", "2025-01-01", "--sent", sent)
    assert call("--lang", "zh", *args).returncode == 1


def test_chase_takes_the_round_the_list_names(tmp_path):
    # The same list with the round's day: 省司法厅's file of 2024-12-31 is in the ledger.
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    rows = [["填报单位", "文件", "统计截止日期"], ["省司法厅", "", "2024年12月31日"]]
    sent = _sent_list(tmp_path / "sent.csv", [*rows, ["省信访局", "", "2024年12月31日"]])
    done = call(
        "--lang", "zh", "track", "chase", str(book), "--as-of", "2025-01-01", "--sent", sent
    )
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("本轮（统计截止日期")]
    assert line.startswith(
        "本轮（统计截止日期2024年12月31日）报送情况：向2个单位下发填报表，已报回并汇入台账的1个"
    )
