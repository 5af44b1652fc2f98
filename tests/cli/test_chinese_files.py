"""The style of the Chinese inside every file the commands write (issue 23).

tests/cli/test_chinese_style.py reads what the commands print under ``--lang zh``;
this module reads what they write: the tracking templates, the supervision report
(HTML, .xlsx, .docx), the notices sent back and the chase notices, the ledger's
exports, the static site's Chinese pages, the Datasette metadata and the data
package's Chinese titles, the calendar, the Word print and the import's review
workbook. Each file is read back by a reader that is not dg_plan (helpers/file_text.py:
python-calamine, python-docx, html.parser) and its text must read as Chinese is
written (helpers/chinese_style.py): full-width punctuation, days as 2024年6月30日, no
space between Chinese words, the glossary's terms, no English outside the allowed
words. A workbook's date cells must show as 2024年6月30日 too.

The plan's own text (task texts, unit cells, the title) is data, and what the test
types into a return or an import is the user's: both are taken out before checking.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import warnings
from pathlib import Path

import pytest

import dg_plan
from dg_plan import tracking
from helpers.chinese import english_left
from helpers.chinese_style import faults
from helpers.cli import call
from helpers.file_text import (
    chinese_parts,
    docx_lines,
    html_lines,
    ics_lines,
    xlsx_day_formats,
    xlsx_lines,
    xlsx_messages,
)
from helpers.workbooks import fill

pytest.importorskip("openpyxl")
pytest.importorskip("docx")
pytest.importorskip("python_calamine")

PLAN = dg_plan.load_plan()
META = PLAN.metadata
# The plan's own text is data, as in test_chinese_style.py.
DATA = (
    META.title,
    f"{META.issuer} {META.document}",
    *(t.text for t in PLAN.tasks),
    *(t.units_text for t in PLAN.tasks if t.units_text),
    # The platforms' names as the data gives them (豫事办APP, an alias).
    *(n for p in PLAN.platforms for n in (p.name, *p.aliases)),
)
DATA_WORDS = {w for text in DATA for w in re.findall(r"[A-Za-z]+", text)}
# Names a Chinese text keeps as they are: the browser's script language the site's
# search needs, and the names of the database's canned queries (what the address and
# Datasette's menu show, as the user reaches them); web addresses too (check).
NAMES = {"JavaScript", "search_text", "match_text"}

AUDIT = "省审计厅"
MARKET = "省市场监管局"
# What the units type into their returns: theirs, not dg_plan's, in a notice that
# quotes them back (已完城 is a typo, 2024-02-30 a day that does not exist).
TYPED = ("已完城", "2024-02-30", "常态化开展数据审计")
# The task list the import reads (as in test_chinese_style.py, and a task naming no
# unit): its cells are the user's.
LISTING = [
    ["某市任务清单", "", "", ""],
    ["序号", "主要任务", "完成时限", "责任单位"],
    ["一、数据治理", "", "", ""],
    ["1", "建设数据库", "2024年底前", "市大数据局牵头，公安局、民政局配合"],
    ["2", "清洗数据", "", "市大数据局"],
    ["3", "坏的时限", "哪天", "市政府办公室"],
    ["4", "开展普查", "2025年底前", ""],
]
CELLS = tuple(cell for row in LISTING for cell in row if cell)
# A reviewer's decision naming task 4's lead: its problem (no unit) stays, settled.
REASON = "通知明确由市统计局牵头"
DECISION = f'[[decision]]\ntask = 4\nleads = ["市统计局"]\nreason = "{REASON}"\n'


def zh(*args: str, status: int = 0) -> None:
    result = call("--lang", "zh", *args)
    assert result.returncode == status, result.stderr


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    """A round run in Chinese with dg-plan itself, and every file it writes."""
    folder = tmp_path_factory.mktemp("zh-files")
    zh("track", "template", AUDIT, str(folder / "audit.xlsx"), "--as-of", "2024-12-31")
    zh("track", "template", "--all", str(folder / "sent"), "--as-of", "2024-12-31")
    returned = folder / "returned"
    returned.mkdir()
    for unit in (AUDIT, MARKET):
        shutil.copy(folder / "sent" / f"{unit}.xlsx", returned / f"{unit}.xlsx")
    fill(returned / f"{AUDIT}.xlsx", {50: ("推进中", None, TYPED[2])})
    first, second = (t.number for t in PLAN.tasks_for(MARKET)[:2])
    fill(returned / f"{MARKET}.xlsx", {first: (TYPED[0],), second: ("已完成", TYPED[1])})
    ledger = str(folder / "ledger.json")
    notices = str(folder / "notices")
    zh("track", "collect", str(returned), "-o", ledger, "--notices", notices, status=3)
    chase = str(folder / "chase")
    zh("track", "chase", ledger, "--as-of", "2025-01-01", "--notices", chase)
    for kind in ("html", "xlsx", "docx"):
        zh("track", "report", ledger, "--as-of", "2024-12-31", "-o", str(folder / f"r.{kind}"))
    book = tracking.loads(PLAN, Path(ledger).read_text(encoding="utf-8"))
    tracking.to_excel(book, folder / "ledger.xlsx", lang="zh")
    tracking.to_csv(book, folder / "ledger.csv", lang="zh")
    zh("site", str(folder / "site"), "--ledger", ledger, "--as-of", "2024-12-31")
    zh("export", "sqlite", str(folder / "plan.db"), "--ledger", ledger)
    zh("export", "datapackage", str(folder / "package"), "--ledger", ledger)
    for kind in ("ics", "docx", "xlsx", "csv"):
        zh("export", kind, str(folder / f"plan.{kind}"))
    listing = folder / "list.csv"
    listing.write_text("\n".join(",".join(row) for row in LISTING) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        zh("import", str(listing), "--review", str(folder / "review.xlsx"))
        decisions = folder / "decisions.toml"
        decisions.write_text(DECISION, encoding="utf-8")
        settled = str(folder / "settled.xlsx")
        zh("import", str(listing), "--decisions", str(decisions), "--review", settled)
    return folder


def check(lines: list[str], typed: tuple[str, ...] = ()) -> None:
    """Assert that *lines* read as Chinese, the data and what was typed taken out."""
    text = "\n".join(lines)
    assert faults(text, typed, DATA) == []
    words = {w for item in typed for w in re.findall(r"[A-Za-z]+", item)}
    named = re.sub("|".join(rf"(?<!\w){name}(?!\w)" for name in NAMES), " ", text)
    # A web address a note gives (gsxt.gov.cn) is a name too.
    named = re.sub(r"[\w-]+(?:\.[\w-]+)*\.(?:cn|com|org|net)\b", " ", named)
    assert english_left(named, DATA_WORDS | words) == set()


def check_days(path: Path) -> None:
    """A workbook's date cells show as Chinese days: 2024年6月30日, not 2024-06-30."""
    for shown in xlsx_day_formats(path):
        assert all(c in shown for c in "年月日"), (path.name, shown)


# -- tracking ---------------------------------------------------------------------------


def test_the_template_reads_as_chinese(files):
    check(xlsx_lines(files / "audit.xlsx"))
    check_days(files / "audit.xlsx")
    # What Excel says on a wrong 状态 (a list's error message) is read too.
    messages = xlsx_messages(files / "audit.xlsx")
    assert any("已完成" in m for m in messages)
    check(messages)


def test_every_template_of_a_round_reads_as_chinese(files):
    sent = sorted((files / "sent").glob("*.xlsx"))
    assert len(sent) > 50
    for path in sent:
        check(xlsx_lines(path) + xlsx_messages(path))
        check_days(path)


@pytest.mark.parametrize("kind", ["html", "xlsx", "docx"])
def test_the_report_reads_as_chinese(files, kind):
    path = files / f"r.{kind}"
    reader = {"html": html_lines, "xlsx": xlsx_lines, "docx": docx_lines}[kind]
    check(reader(path))
    if kind == "xlsx":
        check_days(path)


def test_the_notice_sent_back_reads_as_chinese(files):
    (notice,) = (files / "notices").glob("*.docx")
    assert notice.name == f"{MARKET}-退回修改通知.docx"
    check(docx_lines(notice), (*TYPED, f"{MARKET}.xlsx"))


def test_the_chase_notices_read_as_chinese(files):
    notices = sorted((files / "chase").glob("*.docx"))
    assert notices
    for notice in notices:
        check(docx_lines(notice))


def test_the_ledgers_exports_read_as_chinese(files):
    check(xlsx_lines(files / "ledger.xlsx"), TYPED)
    check_days(files / "ledger.xlsx")
    # A CSV file is for a program or a spreadsheet to read: a cell that is a day and
    # nothing else is a value, written as docs/tracking.md says (2024-06-30).
    with (files / "ledger.csv").open(encoding="utf-8", newline="") as f:
        cells = [c for row in csv.reader(f) for c in row if c]
    check([c for c in cells if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c)], TYPED)


# -- publishing -------------------------------------------------------------------------


def test_the_sites_chinese_pages_read_as_chinese(files):
    pages = sorted((files / "site" / "zh").rglob("*.html"))
    assert len(pages) > 200
    for page in pages:
        check(html_lines(page), TYPED)


def test_the_datasette_metadata_reads_as_chinese(files):
    metadata = json.loads((files / "plan.metadata.json").read_text(encoding="utf-8"))
    lines = chinese_parts(metadata)
    assert "任务" in lines  # the tasks table's title, 任务 · Tasks
    check(lines)


def test_the_data_packages_titles_read_as_chinese(files):
    package = json.loads((files / "package" / "datapackage.json").read_text(encoding="utf-8"))
    lines = chinese_parts(package)
    assert "序号" in lines  # the tasks' first field, 序号 · Number
    check(lines)


def test_the_calendar_and_the_word_print_read_as_chinese(files):
    check(ics_lines(files / "plan.ics"))
    # The Word print is a facsimile of the print's table: its column heading quotes the
    # print's 任务时限 (the glossary keeps 任务时限 where the print's heading is quoted).
    check([line for line in docx_lines(files / "plan.docx") if line != "任务时限"])


# The registry's English names (its 英文名称 column) are data, as the plan's text is.
NAMES_EN = tuple(x.name_en for x in (*PLAN.units, *PLAN.platforms) if x.name_en)


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_plans_table_export_reads_as_chinese(files, kind):
    path = files / f"plan.{kind}"
    if kind == "xlsx":
        lines = xlsx_lines(path)
        check_days(path)
    else:
        with path.open(encoding="utf-8", newline="") as f:
            lines = [c for row in csv.reader(f) for c in row if c]
    check([line for line in lines if line not in NAMES_EN])


# -- importing --------------------------------------------------------------------------


def test_the_import_review_reads_as_chinese(files):
    check(xlsx_lines(files / "review.xlsx"), (*CELLS, "list.csv"))
    settled = xlsx_lines(files / "settled.xlsx")
    assert any(REASON in line for line in settled)
    check(settled, (*CELLS, "list.csv", REASON, "task = 4", "市统计局"))


# -- the checks can fail ----------------------------------------------------------------


def test_a_fault_in_a_file_is_caught(files, tmp_path):
    lines = docx_lines(files / "r.docx")
    assert any("2024年12月31日" in line for line in lines)
    check(lines)
    # The same text with an ISO day in it fails.
    bad = [line.replace("2024年12月31日", "2024-12-31") for line in lines]
    with pytest.raises(AssertionError, match="an ISO day"):
        check(bad)
    # A cell on any sheet of a workbook is read, and its faults found.
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(files / "audit.xlsx")
    book.create_sheet("说明").append(["截至 2024-12-31", "progress"])
    book.save(tmp_path / "bad.xlsx")
    with pytest.raises(AssertionError, match="an ISO day"):
        check(xlsx_lines(tmp_path / "bad.xlsx"))
    assert "progress" in english_left("\n".join(xlsx_lines(tmp_path / "bad.xlsx")))
    # A date cell shown as yyyy-mm-dd fails.
    book = openpyxl.load_workbook(files / "audit.xlsx")
    for row in book["填报"].iter_rows():
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    book.save(tmp_path / "iso.xlsx")
    with pytest.raises(AssertionError, match="yyyy-mm-dd"):
        check_days(tmp_path / "iso.xlsx")


def test_the_html_reader_leaves_out_only_english_and_code(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="zh-CN"><head><title>任务</title><style>p{color:red}</style></head>'
        '<body><p>截至2024年12月31日<span lang="en">as of 2024-12-31</span></p>'
        '<p title="任务(共3项)">任务</p><script>var x = "2024-12-31";</script>'
        '<div data-found="找到任务: {count} 项"></div></body></html>',
        encoding="utf-8",
    )
    lines = html_lines(page)
    assert "截至2024年12月31日" in lines
    assert not any("2024-12-31" in line for line in lines)
    found = faults("\n".join(lines))
    assert any("(共3项)" in f for f in found)  # the title's tooltip is read
    assert any("找到任务: " in f for f in found)  # so is a script's message
