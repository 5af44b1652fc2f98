"""One form per concept in the Chinese interface, outside tracking (issue 23, a second reader).

Each expected text comes from the glossary (docs/glossary.md) or the print: a task is
第N项任务 (第N项 in a row or a link), a section is numbered as the print numbers it
(一、 for a part, （一） under it), the list of commands is headed 命令, searching is
检索, another name is 别称, the plan's progress is 推进情况.
"""

from __future__ import annotations

import re

import pytest

from helpers.cli import call
from helpers.cli import succeeds as ok
from helpers.glossary import forbidden, terms


def test_show_names_the_task_and_its_section_as_the_print_does():
    shown = ok("--lang", "zh", "show", "18")
    # Task 18 is in part 一 of the print, subsection （一） 构建政府数字化履职能力体系:
    # a labelled line under the heading 第18项任务 (reader 17, fault 9).
    assert shown.splitlines()[0] == "第18项任务"
    assert "所属章节：        一、（一）构建政府数字化履职能力体系" in shown.splitlines()
    assert "章节1.1" not in shown
    # A task directly under a part: the part's heading (the imported plans have such).
    assert "所属章节：        一、（一）" in ok("--lang", "zh", "show", "1")
    # search's rows say 第N项, as the glossary's short form.
    assert re.search(r"(?m)^第121项  \S", ok("--lang", "zh", "search", "数据共享"))


def test_no_message_names_a_task_by_a_bare_number():
    from babel.messages.pofile import read_po  # noqa: PLC0415

    from helpers import ROOT  # noqa: PLC0415

    po = ROOT / "src" / "dg_plan" / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan.po"
    with po.open("rb") as f:
        strings = [m.string for m in read_po(f) if m.id and isinstance(m.string, str)]
    assert [s for s in strings if re.search(r"(?<!项)任务\{(number|task)\}", s)] == []


@pytest.mark.parametrize(("args", "heading"), [([], "命令："), (["track"], "命令：")])
def test_the_commands_are_headed_as_commands(args, heading):
    out = ok("--lang", "zh", *args, "--help")
    assert f"\n{heading}\n" in out
    assert "\n参数：\n" not in out  # argparse's "positional arguments"
    # Before the options, where argparse puts the positionals.
    assert out.index(heading) < out.index("选项：")
    english = ok("--lang", "en", *args, "--help")
    assert "\npositional arguments:\n" not in english


def test_a_written_file_is_said_once(tmp_path):
    out = ok("--lang", "zh", "export", "xlsx", str(tmp_path / "plan.xlsx"))
    # The kind of file in words, once, not the suffix again in brackets (seventh reader:
    # every placeholder of the catalog used).
    assert out.strip() == f"已将任务清单导出为 Excel 工作簿“{tmp_path / 'plan.xlsx'}”"
    out = ok("--lang", "zh", "export", "sqlite", str(tmp_path / "plan.db"))
    assert out.startswith(f"已将任务清单导出为 SQLite 数据库“{tmp_path / 'plan.db'}”\n")
    assert "（xlsx）" not in out
    assert "（sqlite）" not in out
    assert f"已生成 Datasette 元数据文件“{tmp_path / 'plan.metadata.json'}”，发布命令：" in out
    # English says as before what it wrote and in which format.
    assert ok("--lang", "en", "export", "csv", str(tmp_path / "p.csv")).startswith("wrote ")


def test_platform_kinds_are_chinese_words():
    out = ok("--lang", "zh", "list-platforms", "--help")
    assert "code（赋码类）" in out
    assert "（码）" not in out
    table = ok("--lang", "zh", "list-platforms", "--kind", "code")
    assert "豫服码" in table
    assert "赋码类" in table


def test_searching_has_one_word_everywhere(tmp_path):
    site = tmp_path / "site"
    assert call("--lang", "zh", "site", str(site)).returncode == 0
    page = (site / "zh" / "search.html").read_text(encoding="utf-8")
    assert "检索任务" in page
    assert "搜索" not in page
    assert "检索" in ok("--lang", "zh", "search", "--help")
    assert forbidden()["搜索"].chinese == "检索"


def test_the_sites_home_names_the_document_number_and_a_natural_footer(tmp_path):
    site = tmp_path / "site"
    assert call("--lang", "zh", "site", str(site)).returncode == 0
    home = (site / "zh" / "index.html").read_text(encoding="utf-8")
    # The print's 豫政〔2023〕17号 is its document number: 文号, not 文件.
    assert re.search(r"<dt>文号</dt>\s*<dd>豫政〔2023〕17号", home), home
    footer = re.search(r"<footer>(.*?)</footer>", home, re.DOTALL)
    assert footer
    text = re.sub(r"<[^>]+>", "", footer[1])
    assert re.fullmatch(r"本页由 dg_plan \S+版生成，任务内容以原文为准。", text), text
    # The units' index counts tasks in each role: 牵头, 负责, 配合 (list-units' words).
    units = (site / "zh" / "units" / "index.html").read_text(encoding="utf-8")
    assert "<th>牵头</th><th>负责</th><th>配合</th>" in units


def test_the_glossary_forbids_the_second_words():
    replaced = forbidden()
    assert replaced["又称"].chinese == "别称"
    assert replaced["落实情况"].chinese == "推进情况"
    assert replaced["搜索"].chinese == "检索"


def test_one_search_result_states_no_order():
    # Only task 61 names 河南链 (政务区块链“河南链”): one task, nothing to order.
    head = ok("--lang", "zh", "search", "河南链").splitlines()[0]
    # Counted as a search counts more tasks: 共N项任务 (the title names no 任务).
    assert head == "检索“河南链”：共1项任务"
    assert ok("--lang", "en", "search", "河南链").splitlines()[0] == "Search “河南链”: 1 task"
    assert "（按匹配次数排序）" in ok("--lang", "zh", "search", "数据共享").splitlines()[0]


def test_a_search_of_two_terms_quotes_each_term():
    # Issue 23, fourth reader (A18): 检索“区块链 数据” put two terms in one pair of
    # quotes, while the search that finds nothing says 同时包含“区块链”“不存在”.
    found = ok("--lang", "zh", "search", "区块链", "数据").splitlines()[0]
    assert found.startswith("检索“区块链”“数据”：")
    none = ok("--lang", "zh", "search", "区块链", "不存在").strip()
    assert none == "未检索到同时包含“区块链”“不存在”的任务。"
    # English as before: the search as typed.
    assert ok("--lang", "en", "search", "区块链", "数据").startswith("Search “区块链 数据”")


def test_an_unknown_header_is_said_in_words(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in (["某市清单"], ["序号", "项目名称", "完成时限"], ["1", "建设数据库", "2024年底前"]):
        book.active.append(row)
    path = tmp_path / "清单.xlsx"
    book.save(path)
    err = call("--lang", "zh", "import", str(path)).stderr
    # 项目名称 is no header the reader knows: said 未识别, not “→ ?”.
    assert "B2 项目名称（未识别）" in err
    assert "→ ?" not in err
    assert "B2 项目名称 → ?" in call("--lang", "en", "import", str(path)).stderr


def test_help_words_the_exit_status_and_the_csv_forms_as_prose():
    # The glossary's 退出状态, not 以状态1退出; choices in brackets and 或, no ASCII slash.
    assert "退出状态为1。" in ok("--lang", "zh", "import", "--help")
    export = ok("--lang", "zh", "export", "--help")
    assert "wide（宽表）或 long（长表）" in export
    assert " / " not in export


# -- a task's text under one heading: the print's 主要任务 --------------------------------

# The print's own table header (sources: 序号｜主要任务｜任务时限｜责任单位).
PRINTED_HEADER = ("序号", "主要任务", "任务时限", "责任单位")
# Other names a header once gave a task's text. In a sentence 任务 and 任务内容 are
# ordinary words (任务内容以原文为准); as a column's or a field's heading they are not.
OTHER_HEADERS = ("任务", "任务内容")
# The catalog's messages that head a task's text: (msgctxt, msgid).
TEXT_HEADERS = {
    ("a column of the plan's export", "text"),  # csv, xlsx
    ("a column: the task's text", "Task"),  # the command line's and the displays' tables
    (None, "task text"),  # the import's review workbook
}


def _text_heading() -> str:
    return next(t.chinese for t in terms() if t.concept == "text")


def _catalog():
    from babel.messages.pofile import read_po  # noqa: PLC0415

    from helpers import ROOT  # noqa: PLC0415

    po = ROOT / "src" / "dg_plan" / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan.po"
    with po.open("rb") as f:
        return [m for m in read_po(f) if m.id and isinstance(m.id, str)]


def _header_faults(cells, where: str) -> list[str]:
    return [f"{where}: {cell}" for cell in cells if cell in OTHER_HEADERS]


def test_the_glossary_heads_a_tasks_text_as_the_print_does():
    assert _text_heading() == PRINTED_HEADER[1]
    # Not a replaced term: 任务 and 任务内容 stay right in a sentence.
    assert not set(OTHER_HEADERS) & set(forbidden())


def test_every_column_of_the_catalog_heads_a_tasks_text_one_way():
    catalog = _catalog()
    headers = {(m.context, m.id): m.string for m in catalog}
    assert {key: headers[key] for key in TEXT_HEADERS} == dict.fromkeys(
        TEXT_HEADERS, _text_heading()
    )
    # No message with a column's context is headed by another word for the text.
    columns = [m for m in catalog if m.context and "column" in m.context]
    assert len(columns) > 30
    assert _header_faults((m.string for m in columns), "catalog") == []


def _cli_header(out: str, first: str) -> list[str]:
    """The header row of the table a listing prints: its line that starts with *first*."""
    line = next(line for line in out.splitlines() if line.startswith(first))
    return re.split(r" {2,}", line.strip())


@pytest.mark.parametrize(
    "args",
    [
        ("tasks", "--section", "3.4"),
        ("unit", "洛阳市人民政府"),
        ("platform", "豫事办"),
        ("due", "--in", "2024H1"),
    ],
    ids=" ".join,
)
def test_the_command_lines_tables_head_a_tasks_text_as_the_print_does(args):
    header = _cli_header(ok("--lang", "zh", *args), "序号")
    assert header[-1] == _text_heading()
    assert _header_faults(header, " ".join(args)) == []
    assert _cli_header(ok("--lang", "en", *args), "No.")[-1] == "Task"


def test_the_displays_head_a_tasks_text_as_the_print_does():
    import dg_plan  # noqa: PLC0415
    from dg_plan import export  # noqa: PLC0415

    plan = dg_plan.load_plan()
    dg_plan.set_language("zh")
    try:
        pages = [
            export.table(plan.tasks_for("省审计厅"))._repr_html_(),
            export.table(plan.responsibilities("省审计厅"))._repr_html_(),
            export.table(plan.search("数据共享"))._repr_html_(),
        ]
    finally:
        dg_plan.set_language("en")
    for page in pages:
        heads = re.findall(r"<th[^>]*>([^<]*)</th>", page)
        assert _text_heading() in heads
        assert _header_faults(heads, "display") == []


def test_the_written_files_head_a_tasks_text_as_the_print_does(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    docx = pytest.importorskip("docx")
    import csv  # noqa: PLC0415
    import json  # noqa: PLC0415

    from dg_plan.tracking.layout import TEMPLATE_HEADER  # noqa: PLC0415

    heads: dict[str, list[str]] = {}
    for kind in ("csv", "xlsx", "docx", "sqlite", "datapackage"):
        assert call("--lang", "zh", "export", kind, str(tmp_path / f"plan.{kind}")).returncode == 0
    with (tmp_path / "plan.csv").open(encoding="utf-8-sig", newline="") as f:
        heads["csv"] = next(csv.reader(f))
    book = openpyxl.load_workbook(tmp_path / "plan.xlsx", read_only=True)
    for sheet in book.worksheets:
        heads[f"xlsx {sheet.title}"] = [str(c) for c in next(sheet.iter_rows(values_only=True))]
    table = docx.Document(str(tmp_path / "plan.docx")).tables[0]
    heads["docx"] = [cell.text for cell in table.rows[0].cells]
    metadata = json.loads((tmp_path / "plan.metadata.json").read_text(encoding="utf-8"))
    for name, table_meta in metadata["databases"]["plan"]["tables"].items():
        labels = table_meta.get("columns", {}).values()
        heads[f"sqlite {name}"] = [label.split(" · ")[0] for label in labels]
    package = json.loads(
        (tmp_path / "plan.datapackage" / "datapackage.json").read_text(encoding="utf-8")
    )
    for resource in package["resources"]:
        fields = resource["schema"]["fields"]
        heads[f"datapackage {resource['name']}"] = [f["title"].split(" · ")[0] for f in fields]
    heads["template"] = list(TEMPLATE_HEADER)
    # The import's review workbook.
    listing = tmp_path / "list.csv"
    listing.write_text(
        "序号,主要任务,完成时限,责任单位\n1,建设数据库,2024年底前,市大数据局\n", encoding="utf-8"
    )
    review = tmp_path / "review.xlsx"
    call("--lang", "zh", "import", str(listing), "--review", str(review))
    reviewed = openpyxl.load_workbook(review, read_only=True)
    for sheet in reviewed.worksheets:
        heads[f"review {sheet.title}"] = [str(c) for c in next(sheet.iter_rows(values_only=True))]
    faults = [f for where, cells in heads.items() for f in _header_faults(cells, where)]
    assert faults == []
    # The task's text is headed 主要任务 in each file that has it as a column.
    texts = ("csv", "xlsx 任务", "docx", "sqlite tasks", "datapackage tasks", "template")
    assert [w for w in (*texts, "review 任务") if _text_heading() not in heads[w]] == []


def test_an_imported_tasks_source_names_its_text_column_as_the_print_does(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text(
        "序号,主要任务,完成时限,责任单位\n1,建设数据库,2024年底前,市大数据局\n", encoding="utf-8"
    )
    plan = tmp_path / "plan.json"
    assert call("--lang", "zh", "import", str(listing), "-o", str(plan)).returncode == 0
    shown = ok("--lang", "zh", "--plan", str(plan), "show", "1")
    assert "出处：            “list.csv”第2行\n" in shown
    assert "任务内容B2" not in shown


# -- a unit that leads none: said plainly, not 其中牵头0项 ----------------------------------


def test_a_unit_that_leads_none_is_not_said_to_lead_zero():
    import dg_plan  # noqa: PLC0415

    # The print lists 洛阳市人民政府 under 各省辖市政府, named without 牵头 or 配合 in
    # every task that names the collective: responsible for each, leading none.
    found = dg_plan.load_plan().responsibilities("洛阳市人民政府")
    assert {r.role for r in found} == {dg_plan.Role.RESPONSIBLE}
    head = ok("--lang", "zh", "unit", "洛阳市人民政府").splitlines()[0]
    assert head == f"洛阳市人民政府：共{len(found)}项任务，均作为负责单位"
    assert "牵头0项" not in head
    # A unit that leads some: how many, as before.
    assert ok("--lang", "zh", "unit", "省审计厅").splitlines()[0].endswith("共1项任务，其中牵头1项")


def test_the_roles_of_a_unit_that_leads_none_are_counted(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text(
        "序号,主要任务,完成时限,责任单位\n"
        "1,建设数据库,2024年底前,市大数据局牵头，市公安局、市民政局配合\n"
        "2,清洗数据,2024年底前,市公安局\n"
        "3,开展普查,2025年底前,市统计局牵头，市民政局配合\n",
        encoding="utf-8",
    )
    plan = tmp_path / "plan.json"
    assert call("import", str(listing), "-o", str(plan)).returncode == 0

    def head(lang, unit):
        return ok("--lang", lang, "--plan", str(plan), "unit", unit).splitlines()[0]

    # 市公安局 supports task 1 and is responsible for task 2; 市民政局 supports 1 and 3.
    assert head("zh", "市公安局") == "市公安局：共2项任务，无牵头任务，其中负责1项、配合1项"
    assert head("zh", "市民政局") == "市民政局：共2项任务，均作为配合单位"
    assert head("en", "市公安局") == "市公安局: 2 tasks, none led: 1 as responsible, 1 as support"
    assert head("en", "市民政局") == "市民政局: 2 tasks, all as support"


# -- the heads of listings, as a clerk writes them -------------------------------------


def test_undated_tasks_are_headed_in_words_not_in_brackets():
    # The print dates all but 32 tasks: 30 持续推进 and 2 适时推进.
    assert ok("--lang", "zh", "due", "--undated").splitlines()[0] == "无具体日期的任务：共32项"
    ongoing = ok("--lang", "zh", "due", "--undated", "ongoing").splitlines()[0]
    assert ongoing == "完成时限为“持续推进”的任务：共30项"
    # English: the glossary's term for a deadline that is no date.
    assert ok("--lang", "en", "due", "--undated").splitlines()[0] == "No date (all): 32 tasks"
    english = ok("--lang", "en", "due", "--undated", "ongoing").splitlines()[0]
    assert english == "No date (ongoing): 30 tasks"


def test_a_platforms_tasks_are_counted_as_every_listing_counts():
    # 豫事办 is named in tasks 18 and 125 of the print; a listing's count is 共N项.
    lines = ok("--lang", "zh", "platform", "豫事办").splitlines()
    assert "涉及该平台的任务：共2项" in lines
    assert ok("--lang", "zh", "tasks", "--platform", "豫事办").splitlines()[0].endswith("：共2项")


# -- one column, one heading in every export --------------------------------------------


def _csv_headings(tmp_path, *form: str) -> dict[str, str]:
    """The csv export's columns: English name -> Chinese heading."""
    import csv  # noqa: PLC0415

    heads = []
    for lang in ("en", "zh"):
        path = tmp_path / f"{lang}{'-'.join(form)}.csv"
        assert call("--lang", lang, "export", "csv", str(path), *form).returncode == 0
        with path.open(encoding="utf-8-sig", newline="") as f:
            heads.append(next(csv.reader(f)))
    return dict(zip(*heads, strict=True))


def test_the_database_and_the_package_head_a_column_as_the_csv_does(tmp_path):
    import json  # noqa: PLC0415

    wide = _csv_headings(tmp_path)
    long = _csv_headings(tmp_path, "--form", "long")
    # A row of the long form is a task's unit: its task's number is its 序号.
    per_unit = {**long, "task": long["number"]}
    assert call("--lang", "zh", "export", "sqlite", str(tmp_path / "plan.db")).returncode == 0
    assert call("--lang", "zh", "export", "datapackage", str(tmp_path / "p")).returncode == 0
    metadata = json.loads((tmp_path / "plan.metadata.json").read_text(encoding="utf-8"))
    tables = metadata["databases"]["plan"]["tables"]
    package = json.loads((tmp_path / "p" / "datapackage.json").read_text(encoding="utf-8"))
    fields = {r["name"]: r["schema"]["fields"] for r in package["resources"]}
    labelled = {
        "sqlite tasks": ({k: v.split(" · ")[0] for k, v in tables["tasks"]["columns"].items()}),
        "package tasks": {f["name"]: f["title"].split(" · ")[0] for f in fields["tasks"]},
    }
    for name in ("responsibilities", "accountable", "task_units"):
        labelled[f"sqlite {name}"] = {
            k: v.split(" · ")[0] for k, v in tables[name]["columns"].items()
        }
    labelled["package task_units"] = {
        f["name"]: f["title"].split(" · ")[0] for f in fields["task_units"]
    }
    differ = []
    for where, labels in labelled.items():
        csv_heads = wide if where.endswith(" tasks") else per_unit
        # Each column the csv has too: the same heading (序号, 章节, 完成时限类型, 到期日期 …).
        differ += [
            f"{where} {name}: {label} (csv {csv_heads[name]})"
            for name, label in labels.items()
            if name in csv_heads and label != csv_heads[name]
        ]
    assert differ == []
    # The views and the sheets of the same rows are named alike.
    assert tables["responsibilities"]["title"].split(" · ")[0] == "职责分工"
    timeline = ok("--lang", "zh", "--help").split("timeline", 1)[1].split("\n", 1)[0].strip()
    assert tables["timeline"]["title"].split(" · ")[0] == timeline


@pytest.mark.parametrize(
    ("args", "heading", "first"), [([], "命令", "overview"), (["track"], "命令", "template")]
)
def test_the_list_of_commands_follows_its_heading_without_repeating_it(args, heading, first):
    out = ok("--lang", "zh", *args, "--help")
    # 命令： then the commands, not 命令： then a line saying 命令 again.
    assert f"\n{heading}：\n  {heading}\n" not in out
    assert re.search(rf"\n{heading}：\n +{first} ", out), out
    # English keeps argparse's layout (commands: then COMMAND).
    english = ok("--lang", "en", *args, "--help")
    assert re.search(r"\n(commands|actions):\n  [A-Z]+\n", english), english


# -- tracking's tables head a task's text as the print does too ---------------------------


def _tracking_ledger(tmp_path):
    from dg_plan import tracking  # noqa: PLC0415
    from helpers.tracking_example import ledger  # noqa: PLC0415

    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger()), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("status", "--unit", "省审计厅"),
        ("late",),
        ("chase",),
    ],
    ids=" ".join,
)
def test_the_tracking_tables_head_a_tasks_text_as_the_print_does(tmp_path, args):
    book = _tracking_ledger(tmp_path)
    day = ("--as-of", "2024-12-31")
    out = ok("--lang", "zh", "track", args[0], str(book), *day, *args[1:])
    header = _cli_header(out, "序号")
    assert header[-1] == _text_heading()
    assert _header_faults(header, " ".join(args)) == []
    # English as before.
    assert (
        _cli_header(ok("--lang", "en", "track", args[0], str(book), *day, *args[1:]), "No.")[-1]
        == "Task"
    )


def test_the_notices_and_the_report_head_a_tasks_text_as_the_print_does(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    docx = pytest.importorskip("docx")
    import datetime  # noqa: PLC0415

    from dg_plan import tracking  # noqa: PLC0415
    from helpers.tracking_example import ledger  # noqa: PLC0415

    day = datetime.date(2024, 12, 31)
    heads: dict[str, list[str]] = {}
    from dg_plan._i18n import using  # noqa: PLC0415
    from dg_plan.tracking.notices import notice_header  # noqa: PLC0415

    with using("zh"):
        heads["notice"] = list(notice_header())
    written = tracking.chase_notices(ledger(), day, tmp_path / "chase")
    first = docx.Document(str(next(iter(p for p in written if str(p).endswith(".docx")))))
    heads["notice file"] = [c.text for c in first.tables[0].rows[0].cells]
    tracking.report(ledger(), day, tmp_path / "r.xlsx", language="zh")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True, max_row=1))
        heads[f"report {sheet.title}"] = [str(c) for c in rows[0]] if rows else []
    tracking.report(ledger(), day, tmp_path / "r.docx", language="zh")
    for number, table in enumerate(docx.Document(str(tmp_path / "r.docx")).tables):
        heads[f"report docx {number}"] = [c.text for c in table.rows[0].cells]
    tracking.report(ledger(), day, tmp_path / "r.html", language="zh")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    for number, head in enumerate(re.findall(r"<thead><tr>(.*?)</tr></thead>", page)):
        heads[f"report html {number}"] = re.findall(r"<th[^>]*>([^<]*)</th>", head)
    faults = [f for where, cells in heads.items() for f in _header_faults(cells, where)]
    assert faults == []
    assert heads["notice"][1] == _text_heading()
    assert _text_heading() in heads["report 二、（四）全部任务进展情况"]


# -- a name taken from a file is quoted, as every other name in a Chinese line ------------


def test_a_title_taken_from_the_file_name_is_quoted(tmp_path):
    listing = tmp_path / "mix.csv"
    listing.write_text(
        "序号,主要任务,完成时限,责任单位\n1,建设数据库,2024年底前,市大数据局\n", encoding="utf-8"
    )
    out = tmp_path / "plan.json"
    # No title line: the list takes the file's stem, mix, said as a name is (“…”).
    said = call("--lang", "zh", "import", str(listing), "-o", str(out))
    zh = said.stdout + said.stderr
    assert "未见标题行，清单名称记为“mix”" in zh
    said = call("--lang", "en", "import", str(listing), "-o", str(out))
    en = said.stdout + said.stderr
    assert "no title line: the list is called mix" in en


# -- the workload's counts in a cell, separated as Chinese separates a list ---------------


def test_the_workloads_counts_are_separated_as_a_chinese_list():
    import dg_plan  # noqa: PLC0415
    from dg_plan import export  # noqa: PLC0415

    plan = dg_plan.load_plan()
    # The print: 省行政审批政务信息管理局 leads every task whose units it heads with 牵头.
    first = plan.workload()[0]
    cells = [(b.lead, b.responsible, b.support) for b in first.buckets]
    zh = ok("--lang", "zh", "workload")
    row = next(line for line in zh.splitlines() if line.startswith(first.unit.name))
    # Each count labelled by its role (issue 23, fifth reader: 28、25、0 said nothing),
    # a role with none left out and a cell with none at all "—" (reader 15, fault 18:
    # 配合0 stood in every cell).
    labelled = [
        "、".join(
            f"{word}{n}" for word, n in zip(("牵头", "负责", "配合"), counts, strict=True) if n
        )
        or "—"
        for counts in cells
    ]
    assert re.split(r" {2,}", row)[5:] == labelled
    assert "/" not in zh
    assert "配合0" not in zh
    assert "牵头0" not in zh
    # The columns are years and 持续推进/适时推进, not deadlines (the seventh reader).
    # A note (注：), the named columns quoted, counted in 项 (the twelfth reader), saying
    # how a zero is written.
    assert zh.rstrip().splitlines()[-1] == (
        "注：各年度及“持续推进”“适时推进”列，为完成时限属于该列的任务中本单位牵头、负责、配合的项数；"
        "项数为0的职责不列出，均为0的以“—”表示。"
    )
    # English as before.
    en = ok("--lang", "en", "workload")
    row = next(line for line in en.splitlines() if line.startswith(first.unit.name))
    assert re.split(r" {2,}", row)[5:] == ["/".join(map(str, c)) for c in cells]
    assert en.rstrip().splitlines()[-1] == "Per deadline: tasks led/responsible/supported."
    # The notebook's table says the same.
    dg_plan.set_language("zh")
    try:
        page = export.table(plan.workload())._repr_html_()
    finally:
        dg_plan.set_language("en")
    assert "/" not in re.sub(r"</|/>", "", page)
    assert "（牵头、负责、配合）</th>" in page


# -- a missing extra, said in one Chinese sentence ---------------------------------------


def _purposes() -> list[tuple[str, str]]:
    """Every purpose the package passes to require() or missing(): (where, purpose)."""
    import ast  # noqa: PLC0415

    from helpers import ROOT  # noqa: PLC0415

    found = []
    for path in sorted((ROOT / "src" / "dg_plan").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 3:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            purpose = node.args[2]
            if name in ("require", "missing") and isinstance(purpose, ast.Constant):
                found.append((f"{path.name}:{node.lineno}", purpose.value))
    return found


# Latin words a Chinese line may hold: file formats and the names of products.
_LATIN_ALLOWED = {"xlsx", "docx", "Word", "ics", "TOML"}


def test_every_missing_extra_is_said_in_a_chinese_sentence():
    from dg_plan._cli import errors  # noqa: PLC0415
    from dg_plan._compat import missing  # noqa: PLC0415
    from dg_plan._i18n import using  # noqa: PLC0415

    purposes = _purposes()
    assert len(purposes) > 20
    faults = []
    for where, purpose in purposes:
        exc = missing("python_calamine", "excel", purpose)
        with using("zh"):
            said = errors.failure(exc).strip()
        head, needs, tail = said.removeprefix("dg-plan：").partition("需要安装 ")
        # What needs the module, in Chinese words: a code name only in brackets.
        words = re.findall(r"[A-Za-z_][A-Za-z_.]*", re.sub(r"（[^）]*）", "", head))
        if not needs or not re.search(r"[\u4e00-\u9fff]", head):
            faults.append(f"{where}: {said}")
        faults += [f"{where}: {w} in {said}" for w in words if w not in _LATIN_ALLOWED]
        assert tail == "python_calamine：请运行 pip install 'dg_plan[excel]'", said
        # English as before: the purpose as the code passes it.
        with using("en"):
            english = errors.failure(exc).strip()
        assert english == f"dg-plan: {purpose} needs python_calamine: pip install 'dg_plan[excel]'"
    assert faults == []
    # The returns' reader, which the first reader met in English.
    exc = missing("python_calamine", "excel", "reading returned templates")
    with using("zh"):
        assert errors.failure(exc).strip() == (
            "dg-plan：读取报回的填报表需要安装 python_calamine：请运行 pip install 'dg_plan[excel]'"
        )
