"""``dg-plan import`` in Chinese: the importer's findings are said in Chinese, not English.

Each finding is a kind plus values (:class:`dg_plan.importing.FindingKind`): the library
says it in English (``message``, ``str()``, exceptions), the command line in the language
in force. Only what the user's own file holds (its cell values, its name) may stay as
it is; every word the importer adds must be Chinese.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dg_plan import importing
from dg_plan._messages import render
from dg_plan.importing import FindingKind, ImportNote, ImportProblem, Location
from helpers.chinese import english_left
from helpers.cli import call
from helpers.workbooks import write_csv

# Product, command, format and encoding names, as the user types or knows them.
NAMES = {"soffice", "docx", "Word", "PDF", "CSV", "GBK"}


def _words(*texts: str) -> set[str]:
    return {w for text in texts for w in re.findall(r"[A-Za-z]+", text)}


def _cells(rows: list[list[str]]) -> set[str]:
    """The user's own data: the ASCII words of the file's cells."""
    return _words(*(value for row in rows for value in row))


# A hostile csv: every row is wrong in its own way.
CSV_ROWS = [
    ["附件2"],
    ["某市数字政府建设任务清单"],
    ["说明：请各单位认真落实"],  # text above the header
    ["序号", "主要任务", "完成时限", "牵头单位", "配合单位"],
    ["一、数据治理（共3项）", "", "", "", ""],  # declares 3, 5 follow
    ["1", "建设数据库", "2024年底前", "市大数据局", "公安局、民政局"],  # read as; prefix
    ["1", "清洗数据", "下个月", "市大数据局、市大数据局", "市大数据局"],  # bad deadline; twice
    ["3", "", "2024年上半年", "市政府办公室", ""],  # no task text
    ["4", "推进一网通办", "2024.6", "、、", "——"],  # empty items; not a unit name
    ["", "", "", "", ""],  # an empty row
    ["全市统一推进", "", "", "", ""],  # a row across the table, not a heading
    ["5", "再做一件事", "持续推进", "", ""],  # no unit
    ["6", "升级 IPv6 网络", "Q3", "CNNIC中心", ""],  # ASCII data stays data
]


def write_xlsx(path: Path) -> tuple[Path, list[list[str]]]:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "说明"
    first.append(["填表说明：本表由各单位填写"])  # no header: the sheet is skipped
    ws = workbook.create_sheet("任务")
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位"],  # no deadline column
        ["1", "建设平台", "市大数据局", "市财政局"],  # before any heading
        ["2", "升级网络", "", "市财政局"],
        ["二、应用推广", "", "", ""],
        ["3", "推广应用", "市政府办公室", ""],
        ["4", "共同推进", "市大数据局", ""],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("C2:C3")  # one lead for two rows
    ws.merge_cells("A4:D4")  # the heading across the table
    ws.merge_cells("C6:D6")  # one unit across both unit columns
    workbook.save(path)
    return path, [["填表说明：本表由各单位填写"], *rows]


def write_docx(path: Path) -> tuple[Path, list[list[str]]]:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    texts = ["附件1", "（此页无正文）", "某县重点任务清单"]
    for text in texts:
        document.add_paragraph(text)  # label, text above the title, title
    first = document.add_table(rows=0, cols=4)
    rows = [
        ["序号", "具体任务", "任务时限", "责任单位"],
        ["1", "建设县级平台", "2024年一季度", "县数据局牵头，财政局参与"],
        ["2", "升级网络", "明年", "县数据局"],
    ]
    for values in rows:
        for cell, value in zip(first.add_row().cells, values, strict=True):
            cell.text = value
    document.add_paragraph("（二）应用")  # a heading between the tables
    document.add_paragraph("备注：另行通知")  # a paragraph outside the tables
    second = document.add_table(rows=0, cols=4)  # continues the first: no header
    more = [["3", "推广应用", "适时推进", "县政府办公室"]]
    for values in more:
        for cell, value in zip(second.add_row().cells, values, strict=True):
            cell.text = value
    document.save(path)
    extra = [["（二）应用", "备注：另行通知"]]
    return path, [[t] for t in texts] + rows + more + extra


POLICY_TEXT = """\
关于推进数字政府建设的实施方案
为深入贯彻落实有关部署，制定本方案。
牵头单位：省大数据局
一、健全机制
（一）建立推进机制。（省大数据局牵头，财政厅配合；明年）
1. 完善制度。
牵头单位：省政府办公厅
完成时限：2024年底前
完成时限：2025年底前
2. （省财政厅负责；2024年底前）
"""


def _report(path: Path) -> str:
    """The Chinese report of *path*, its columns' padding cut to two spaces."""
    return re.sub(" {2,}", "  ", call("--lang", "zh", "import", str(path)).stdout)


def _run_zh(path: Path, data: set[str]) -> set[FindingKind]:
    """Import *path* in Chinese (report, strict, JSON); return the kinds found."""
    report = json.loads(call("--lang", "zh", "import", str(path), "--json").stdout)
    assert report == json.loads(call("--lang", "en", "import", str(path), "--json").stdout)
    data = data | _words(path.name) | NAMES
    result = call("--lang", "zh", "import", str(path), "-o", str(path.with_suffix(".json")))
    assert result.returncode == 0, result.stderr
    assert english_left(result.stdout + result.stderr, data) == set()
    # The check can fail: the same report in English is caught.
    english = call("--lang", "en", "import", str(path))
    assert english_left(english.stdout, data)
    strict = call("--lang", "zh", "import", str(path), "--strict")
    if report["problems"]:
        assert strict.returncode == 1
        assert strict.stderr.startswith(f"dg-plan：导入“{path.name}”时发现")
    assert english_left(strict.stdout + strict.stderr, data) == set()
    overview = call("--lang", "zh", "--plan", str(path.with_suffix(".json")), "overview")
    assert overview.returncode == 0, overview.stderr
    assert english_left(overview.stdout, data) == set()
    return {FindingKind(f["kind"]) for f in report["problems"] + report["notes"]}


def test_a_hostile_csv_in_chinese(tmp_path):
    path = write_csv(tmp_path / "清单.csv", CSV_ROWS)
    kinds = _run_zh(path, _cells(CSV_ROWS))
    assert {
        FindingKind.ATTACHMENT_LABEL,
        FindingKind.TITLE_ROW,
        FindingKind.TEXT_ABOVE_HEADER,
        FindingKind.HEADER_ROW,
        FindingKind.HEADING_ROW,
        FindingKind.DECLARED_COUNT,
        FindingKind.DEADLINE_READ_AS,
        FindingKind.PREFIX_RESTORED,
        FindingKind.NEW_UNIT,
        FindingKind.NOT_A_DEADLINE,
        FindingKind.UNIT_PRINTED_TWICE,
        FindingKind.UNIT_NAMED_TWICE,
        FindingKind.ROW_WITHOUT_TEXT,
        FindingKind.EMPTY_UNIT_ITEM,
        FindingKind.NOT_A_UNIT_NAME,
        FindingKind.ROW_ACROSS_TABLE,
        FindingKind.NO_UNIT,
        FindingKind.RENUMBERED_IN_ORDER,
    } <= kinds
    out = _report(path)
    # The place as collect says one: row 7 of the file, the column by its header (C4 完成时限).
    assert "问题  “清单.csv”第7行“完成时限”列  第2项任务：完成时限“下个月”无法识别，请核对。" in out
    # The header row said of the row alone, each column by its header, no cell.
    assert "说明  “清单.csv”第4行  本行为表头：“序号”、“主要任务”" in out
    # One note for the import, its count before the names, not a stacked attributive.
    assert out.count("个单位不在单位名录中，已作为新单位录入：") == 1
    assert "市大数据局" in out.split("已作为新单位录入：")[1].split("\n")[0]
    assert "（类型暂列“未归类”）" in out.split("已作为新单位录入：")[1].split("\n")[0]
    assert "已按新单位录入" not in out
    # The same empty item, at the same cell, is said once; the cell as printed.
    assert out.count("中有空项") == 1
    assert "单位列表“、、”中有空项" in out


def test_a_hostile_xlsx_in_chinese(tmp_path):
    path, rows = write_xlsx(tmp_path / "清单.xlsx")
    kinds = _run_zh(path, _cells(rows))
    assert {
        FindingKind.SHEET_SKIPPED,
        FindingKind.NO_DEADLINE_COLUMN,
        FindingKind.CELL_MERGED,
        FindingKind.UNHEADED_TASKS,
        FindingKind.HEADING_ROW,
    } <= kinds
    out = _report(path)
    assert "“清单.xlsx”“说明”表  未见表头行，该工作表未读取" in out
    assert "合并单元格 C2:C3：跨第2—3行" in out
    assert "合并单元格 C6:D6：跨 牵头单位、配合单位 列" in out


def test_a_hostile_docx_in_chinese(tmp_path):
    path, rows = write_docx(tmp_path / "清单.docx")
    kinds = _run_zh(path, _cells(rows))
    assert {
        FindingKind.ATTACHMENT_LABEL,
        FindingKind.TEXT_ABOVE_TITLE,
        FindingKind.TITLE_PARAGRAPH,
        FindingKind.HEADING_PARAGRAPH,
        FindingKind.PARAGRAPH_OUTSIDE_TABLE,
        FindingKind.TABLE_CONTINUES,
        FindingKind.NOT_A_DEADLINE,
    } <= kinds
    out = _report(path)
    # Row 3 of the first table, its third column headed 任务时限.
    assert "“清单.docx”表1第3行“任务时限”列  第2项任务：完成时限“明年”无法识别，请核对。" in out
    assert "“清单.docx”第5段  表格之外的段落，未读取" in out
    assert "“清单.docx”表2第1行  无表头行的表格，视为上一表格的续表" in out


def test_a_policy_text_in_chinese(tmp_path):
    path = tmp_path / "方案.txt"
    path.write_text(POLICY_TEXT, encoding="utf-8")
    kinds = _run_zh(path, _words(POLICY_TEXT))
    assert {
        FindingKind.TITLE_LINE,
        FindingKind.PREAMBLE,
        FindingKind.LABELLED_LINE_BEFORE_TASK,
        FindingKind.HEADING_LINE,
        FindingKind.SECOND_DEADLINE_LINE,
        FindingKind.TASK_WITHOUT_TEXT,
        FindingKind.NOT_A_DEADLINE,
    } <= kinds
    out = _report(path)
    assert "“方案.txt”第9行  该任务已有完成时限，多出的完成时限行未读取" in out


def _unreadable(tmp_path: Path) -> list[tuple[Path, set[str]]]:
    """Files that cannot be imported at all, each with the words that are its own."""
    runs = []
    for name in ("旧.doc", "旧.wps", "扫描.pdf", "清单.odt", "清单"):
        path = tmp_path / name
        path.write_bytes(b"x")
        runs.append((path, set()))
    fake = tmp_path / "假.xlsx"
    fake.write_text("序号,主要任务\n", encoding="utf-8")
    # The zip reader's own words are English output's only: Chinese says the cause.
    runs.append((fake, set()))
    latin = tmp_path / "乱码.csv"
    # Neither UTF-8 nor GB18030 (a GBK file is read, with a note): 0xFF starts neither.
    latin.write_bytes(b"\xff" + "序号,主要任务\n".encode("gb18030"))
    # The codec's own words are English output's only; the encoding's name is said.
    runs.append((latin, {"UTF"}))
    headless = write_csv(tmp_path / "无表头.csv", [["甲", "乙"], ["1", "做事"]])
    runs.append((headless, set()))
    empty = tmp_path / "空.txt"
    empty.write_text("只有一个标题\n", encoding="utf-8")
    runs.append((empty, set()))
    return runs


def test_files_that_cannot_be_imported_say_why_in_chinese(tmp_path):
    kinds = set()
    for path, own in _unreadable(tmp_path):
        result = call("--lang", "zh", "import", str(path))
        assert result.returncode == 1, path
        assert result.stderr.startswith(f"dg-plan：导入“{path.name}”时发现1处问题："), path
        assert english_left(result.stderr, own | NAMES | _words(path.name)) == set(), path
        english = call("--lang", "en", "import", str(path))
        assert english_left(english.stderr, own | NAMES | _words(path.name)), path
        with pytest.raises(importing.PlanImportError) as caught:
            importing.read(path)
        kinds |= {p.kind for p in caught.value.problems}
    assert kinds == {
        FindingKind.FORMAT_NOT_READ,
        FindingKind.PDF_NOT_READ,
        FindingKind.UNKNOWN_SUFFIX,
        FindingKind.NO_SUFFIX,
        FindingKind.NOT_A_WORKBOOK,
        FindingKind.NOT_TEXT,
        FindingKind.NO_HEADER_ROW,
        FindingKind.NO_TASK,
    }


def _example(kind: FindingKind) -> tuple[tuple[str, str], ...]:
    """Chinese values for every placeholder of every template of *kind*."""
    keys = {k for template in kind.templates for k in re.findall(r"\{(\w+)", template)}
    values = dict.fromkeys(keys, "数据")
    if kind is FindingKind.NEW_UNIT:
        values["unit_kind"] = "unclassified"
    if kind is FindingKind.FORMAT_NOT_READ:
        values["format"] = "a WPS document"
    return tuple(values.items())


@pytest.mark.parametrize("kind", [k for k in FindingKind if k is not FindingKind.TEXT])
def test_every_kind_of_finding_is_said_in_chinese(kind):
    values = _example(kind)
    zh, en = render(kind, values, "zh"), render(kind, values, "en")
    assert zh != en
    # `--column text=…` is what the user types, in either language.
    assert english_left(zh, NAMES | {"WPS", "text"}) == set(), zh
    # Each template, most specific first, is translated.
    for template in kind.templates:
        needed = dict.fromkeys(re.findall(r"\{(\w+)", template), "数据")
        assert render(kind, tuple(needed.items()), "zh") != template.format_map(needed)
    problem = ImportProblem(Location("清单.csv", row=3), kind=kind, values=values)
    assert problem.message == en
    assert problem.render("zh") == zh
    assert str(problem) == f"清单.csv, row 3: {en}"


def test_a_finding_keeps_its_english_for_the_library():
    note = ImportNote(Location("t.txt", line=3), text="标题", kind=FindingKind.TITLE_LINE)
    assert note.message == "this line is the list's title"
    assert str(note) == "t.txt, line 3: this line is the list's title ('标题')"
    assert note.render("zh") == "本行为清单标题"
    free = ImportNote(Location("t.txt"), "anything at all")
    assert (free.kind, free.render("zh")) == (FindingKind.TEXT, "anything at all")
    with pytest.raises(importing.PlanImportError, match="deadline '明年' could not be read"):
        importing.read_text("1. 做事（省财政厅负责；明年）", strict=True)
    mismatch = {"kind": FindingKind.TITLE_LINE}
    with pytest.raises(ValueError, match="this line is the list's title"):
        ImportNote(Location(), "title row", **mismatch)
    with pytest.raises(ValueError, match="needs the values"):
        ImportProblem(Location(), kind=FindingKind.NO_UNIT)


@pytest.mark.parametrize(
    ("where", "en", "zh"),
    [
        (
            Location("l.xlsx", "任务", 8, 5, header="完成时限"),
            "l.xlsx, sheet 任务, row 8, column “完成时限”",
            "“l.xlsx”“任务”表第8行“完成时限”列",
        ),
        # A column with no header: by its number, as a .csv shows no letters.
        (
            Location("l.xlsx", "任务", 8, 5),
            "l.xlsx, sheet 任务, row 8, column 5",
            "“l.xlsx”“任务”表第8行第5列",
        ),
        (Location("l.docx", "table 2", 3), "l.docx, table 2, row 3", "“l.docx”表2第3行"),
        (Location("l.docx", line=4), "l.docx, paragraph 4", "“l.docx”第4段"),
        (Location("l.csv", row=3), "l.csv, row 3", "“l.csv”第3行"),
        (Location("l.csv", column=3), "l.csv, column 3", "“l.csv”第3列"),
        (Location("l.md", line=7), "l.md, line 7", "“l.md”第7行"),
        (
            Location("l.xlsx", "table 1", 2),
            "l.xlsx, sheet table 1, row 2",
            "“l.xlsx”“table 1”表第2行",
        ),
        (Location(), "(text)", "（文本）"),
    ],
)
def test_places_in_either_language(where, en, zh):
    assert (str(where), where.render("en"), where.render("zh")) == (en, en, zh)


def test_the_check_catches_an_english_finding(tmp_path, monkeypatch):
    # Put the English sentence back in the Chinese output: the check must catch it.
    path = write_csv(tmp_path / "清单.csv", CSV_ROWS)

    def english(self: ImportProblem, language: str = "en") -> str:
        return self.message

    monkeypatch.setattr(ImportProblem, "render", english)
    result = call("--lang", "zh", "import", str(path))
    assert {"not", "deadline"} <= english_left(result.stdout, _cells(CSV_ROWS) | NAMES)


def test_a_findings_values_are_checked():
    problem = ImportProblem(Location(), kind=FindingKind.NO_UNIT, values={"number": "3"})
    assert problem["number"] == "3"
    with pytest.raises(KeyError):
        problem["name"]
    with pytest.raises(TypeError, match="FindingKind"):
        ImportProblem(Location(), kind="no_unit", values={"number": "3"})
    with pytest.raises(TypeError, match="pairs of str"):
        ImportProblem(Location(), kind=FindingKind.NO_UNIT, values={"number": 3})
    with pytest.raises(ValueError, match="snake_case"):
        ImportProblem(Location(), kind=FindingKind.NO_UNIT, values={"number": "3", "Bad": "x"})
    with pytest.raises(ValueError, match="repeat"):
        ImportProblem(Location(), kind=FindingKind.NO_UNIT, values=(("number", "3"),) * 2)


def test_no_task_found_lists_one_line_a_row_on_the_screen(tmp_path):
    # The twelfth reader: one sentence of 250 characters, its rows joined by 、 across
    # colons and a doubled bracket (（…牵头））; each row now has its line.
    path = tmp_path / "none.txt"
    path.write_text("这是一段普通文字，没有任何任务。\n我们要认真学习。\n", encoding="utf-8")
    result = call("--lang", "zh", "import", str(path))
    assert result.returncode == 1
    head = "未找到任务：没有一行带任务序号（如1.），也没有一行以分工说明（如“…牵头”）结尾。"
    why = "没有任务序号（如1.），也没有分工说明（如“…牵头”）"
    to_try = (
        "可尝试：每格一行展开的表格，另存为表格文件（.csv、.xlsx）即可读取，可用“--column "
        "用途=表头”指定未识别表头的用途；段落加上任务序号（如1.），即可读作任务。"
    )
    assert result.stderr.splitlines() == [
        "dg-plan：导入“none.txt”时发现1处问题：",
        f"  “none.txt”：{head}开头几行如下：",
        f"    第1行“这是一段普通文字，没有任何任务。”：{why}；",
        f"    第2行“我们要认真学习。”：{why}。",
        f"    {to_try}",
    ]
    assert "（（" not in result.stderr
