"""The fourteenth office clerk's findings (issue 21): what collect says of a returned file.

Expected text comes from the requirement: a file's rows are named on the sheet the unit's
workbook has (a renamed only sheet, Sheet1, is no “填报”表), a .csv has no sheet at all.
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import docx
import pytest

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import AUDIT, PLAN, R2, ledger
from helpers.workbooks import fill

openpyxl = pytest.importorskip("openpyxl")


def _renamed(path: Path, entries: dict[int, tuple[object, ...]]) -> Path:
    """*AUDIT*'s template typed into, its only sheet renamed Sheet1 (the help sheet gone)."""
    tracking.write_template(PLAN, AUDIT, path, as_of=R2)
    fill(path, entries)
    book = openpyxl.load_workbook(path)
    for name in book.sheetnames[1:]:
        del book[name]
    book.worksheets[0].title = "Sheet1"
    book.save(path)
    return path


def _collect(*args: str):
    return call("--lang", "zh", "track", "collect", *args)


def test_a_set_aside_file_with_a_renamed_sheet_is_placed_on_its_own_sheet(tmp_path):
    returned = tmp_path / "returned"
    returned.mkdir()
    _renamed(returned / f"{AUDIT}.xlsx", {50: ("已完城",)})
    notices = tmp_path / "notices"
    result = _collect(str(returned), "-o", str(tmp_path / "l.json"), "--notices", str(notices))
    assert result.returncode == 3, result.stderr
    said = result.stdout + result.stderr
    line = next(t for t in said.splitlines() if "已完城" in t)
    assert f"“{AUDIT}.xlsx”“Sheet1”表第" in line
    assert "“填报”表" not in said
    (notice,) = notices.iterdir()
    (table,) = docx.Document(str(notice)).tables
    header = [c.text for c in table.rows[0].cells]
    column = header.index("工作表")
    assert [r.cells[column].text for r in table.rows[1:]] == ["Sheet1"]


def test_a_note_on_a_renamed_sheet_names_that_sheet(tmp_path):
    returned = tmp_path / "returned"
    returned.mkdir()
    _renamed(returned / f"{AUDIT}.xlsx", {50: ("完成", "2024-06-01")})  # 完成: read as 已完成
    result = _collect(str(returned), "-o", str(tmp_path / "l.json"))
    assert result.returncode == 0, result.stderr
    line = next(t for t in result.stderr.splitlines() if "“完成”" in t or "完成”" in t)
    assert f"“{AUDIT}.xlsx”“Sheet1”表第" in line
    assert "“填报”表" not in result.stderr


def _csv(path: Path, entries: dict[int, tuple[object, ...]]) -> Path:
    """*AUDIT*'s template typed into and saved as .csv, as Excel saves its sheet."""
    xlsx = path.with_suffix(".xlsx")
    tracking.write_template(PLAN, AUDIT, xlsx, as_of=R2)
    fill(xlsx, entries)
    book = openpyxl.load_workbook(xlsx)
    rows = [
        ["" if v is None else str(v) for v in r] for r in book["填报"].iter_rows(values_only=True)
    ]
    xlsx.unlink()
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_a_csv_file_is_named_without_a_sheet(tmp_path):
    returned = tmp_path / "returned"
    returned.mkdir()
    _csv(returned / f"{AUDIT}.csv", {50: ("完成", "2024-06-01")})
    result = _collect(str(returned), "-o", str(tmp_path / "l.json"))
    assert result.returncode == 0, result.stderr
    line = next(t for t in result.stderr.splitlines() if f"{AUDIT}.csv" in t)
    assert f"“{AUDIT}.csv”第" in line
    assert "表第" not in result.stderr
    # Rows left blank are simply 未报送: nothing said of merged cells.
    assert "合并" not in result.stderr


def test_a_set_aside_csv_has_no_sheet_in_its_notice(tmp_path):
    returned = tmp_path / "returned"
    returned.mkdir()
    _csv(returned / f"{AUDIT}.csv", {50: ("已完城",)})
    notices = tmp_path / "notices"
    result = _collect(str(returned), "-o", str(tmp_path / "l.json"), "--notices", str(notices))
    assert result.returncode == 3, result.stderr
    said = result.stdout + result.stderr
    assert f"“{AUDIT}.csv”第" in said
    assert "表第" not in said
    (notice,) = notices.iterdir()
    (table,) = docx.Document(str(notice)).tables
    column = [c.text for c in table.rows[0].cells].index("工作表")
    assert [r.cells[column].text for r in table.rows[1:]] == [""]


def _log_of(count: int) -> list[tracking.Issued]:
    """A ledger's log holding 豫督〔2024〕1号 to *count*号, one 督办通知 each."""
    dated = datetime.date(2024, 7, 1)
    return [
        tracking.Issued(
            "督办通知", f"单位{n}", f"豫督〔2024〕{n}号", dated, f"单位{n}-督办通知.docx"
        )
        for n in range(1, count + 1)
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", "文号豫督〔2024〕5号至138号已在台账的发文记录中，本次不再使用。"),
        (
            "en",
            (
                "Document numbers 豫督〔2024〕5号 to 138号 are already in the ledger's log of "
                "notices and were passed over."
            ),
        ),
    ],
)
def test_document_numbers_passed_over_are_said_as_a_range(tmp_path, lang, expected):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger(), notices=_log_of(138)), encoding="utf-8")
    folder = tmp_path / "returned"
    folder.mkdir()
    bad = folder / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, bad, as_of=R2)
    fill(bad, {50: ("已完城",)})
    done = call(
        "--lang", lang, "track", "collect", str(folder), "--into", str(book), "--notices",
        str(tmp_path / "n"), "--number", "豫督〔2024〕", "--first-number", "5",
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    said = (done.stdout + done.stderr).splitlines()
    assert expected in said, said
    numbers = [i.number for i in tracking.loads(PLAN, book.read_text("utf-8")).notices]
    assert numbers[-1] == "豫督〔2024〕139号"


def test_runs_of_two_and_gaps_are_said_whole():
    from dg_plan._cli.track_views import document_number_runs  # noqa: PLC0415

    numbers = [
        "豫督〔2024〕1号",
        "豫督〔2024〕2号",
        "豫督〔2024〕4号",
        "豫督〔2024〕5号",
        "豫督〔2024〕6号",
    ]
    assert (
        document_number_runs(numbers) == "豫督〔2024〕1号, 豫督〔2024〕2号, 豫督〔2024〕4号 to 6号"
    )
