"""Exports, each read back by an independent reader and compared with the plan."""

from __future__ import annotations

import csv
import datetime
import io
import json
import subprocess
import sys
import textwrap

import icalendar
import networkx as nx
import openpyxl
import pandas as pd
import pytest

import dg_plan
from dg_plan import DeadlineKind, InvalidQueryError, Role, export
from helpers import ROOT


def _names(units) -> str:
    return "、".join(u.name for u in units)


def _expected_long(plan):
    return [
        (t.number, u.name, "lead" if u in t.leads else "responsible")
        for t in plan.tasks
        for u in t.units
    ]


# -- records and data frames --------------------------------------------------------------


def test_records_wide(plan):
    rows = export.records(plan)
    assert [r["number"] for r in rows] == [t.number for t in plan.tasks]
    assert all(tuple(r) == export.WIDE_COLUMNS for r in rows)
    for row, task in zip(rows, plan.tasks, strict=True):
        assert row["due"] == task.deadline.date
        assert row["leads"] == tuple(u.name for u in task.leads)
        assert row["responsible"] == tuple(u.name for u in task.units if u not in task.leads)
        assert row["support"] == ()
        assert row["accountable"] == (row["leads"] or row["responsible"])
        assert task in plan.section(row["section"]).tasks
        assert task in plan.section(row["part"]).tasks
        assert not plan.section(row["section"]).subsections
    assert rows[17]["page"] == 47
    assert rows[17]["section_title"] == "（一）构建政府数字化履职能力体系"


def test_records_long_and_subset(plan):
    rows = export.records(plan, "long")
    assert [(r["number"], r["unit"], r["role"]) for r in rows] == _expected_long(plan)
    assert all(tuple(r) == export.LONG_COLUMNS for r in rows)
    first = [r for r in rows if r["number"] == 1]
    assert [r["position"] for r in first] == list(range(1, len(plan.task(1).units) + 1))
    subset = export.records(plan, tasks=plan.due_in("2024H1"))
    assert [r["number"] for r in subset] == [t.number for t in plan.due_in("2024H1")]
    with pytest.raises(InvalidQueryError):
        export.records(plan, "tall")  # type: ignore[arg-type]


def test_dataframe_wide_is_typed(plan):
    df = plan.to_dataframe()
    assert df.shape == (178, len(export.WIDE_COLUMNS))
    assert list(df.columns) == list(export.WIDE_COLUMNS)
    assert df["number"].tolist() == [t.number for t in plan.tasks]
    assert pd.api.types.is_datetime64_any_dtype(df["due"])
    for column in ("part", "deadline", "deadline_kind"):
        assert isinstance(df[column].dtype, pd.CategoricalDtype), column
    assert df["deadline"].cat.ordered
    assert list(df["deadline"].cat.categories) == [str(e.deadline) for e in plan.timeline()]
    assert set(df["deadline_kind"].cat.categories) == {k.value for k in DeadlineKind}
    assert df["due"].isna().sum() == len(plan.undated()) == 32
    task = plan.task(18)
    row = df.loc[df["number"] == 18].iloc[0]
    assert row["due"] == pd.Timestamp(task.deadline.date)
    assert row["deadline"] == "2023年12月底前"
    assert row["leads"] == "省行政审批政务信息管理局"
    assert row["page"] == 47
    assert df["page"].dtype == "Int64"
    counts = df.groupby("deadline_kind", observed=True).size()
    assert counts["ongoing"] == len(plan.undated(DeadlineKind.ONGOING))
    by_part = df.groupby("part", observed=True).size().tolist()
    assert by_part == [70, 32, 44, 32]
    assert df.sort_values("deadline")["number"].iloc[-1] in {t.number for t in plan.undated()}


def test_dataframe_long_is_typed(plan):
    df = dg_plan.export.to_dataframe(plan, form="long")
    assert list(df.columns) == list(export.LONG_COLUMNS)
    assert list(zip(df["number"], df["unit"], df["role"], strict=True)) == _expected_long(plan)
    for column in ("role", "unit_kind", "part", "deadline", "deadline_kind"):
        assert isinstance(df[column].dtype, pd.CategoricalDtype), column
    led = df[(df["unit"] == "省发展改革委") & (df["role"] == "lead")]["number"].tolist()
    assert led == [t.number for t in plan.tasks if plan.unit("省发展改革委") in t.leads]
    assert pd.api.types.is_datetime64_any_dtype(df["due"])
    with pytest.raises(InvalidQueryError):
        plan.to_dataframe("tall")  # type: ignore[arg-type]


def test_the_long_form_flags_the_accountable_units(plan):
    # The print's rule, restated: the units before 牵头 answer for a task; where none is
    # printed, every unit it names does (the shipped plan prints no 配合).
    df = dg_plan.export.to_dataframe(plan, form="long")
    assert df["accountable"].dtype == bool
    expected = {
        (t.number, u.name): (u in t.leads) if t.leads else True for t in plan.tasks for u in t.units
    }
    got = dict(zip(zip(df["number"], df["unit"], strict=True), df["accountable"], strict=True))
    assert got == expected
    # Summing the flag counts the tasks a unit answers for: 60 tasks print no lead.
    counts = df[df["accountable"]].groupby("number").size()
    assert len(counts) == 178
    assert (counts > 1).sum() >= sum(1 for t in plan.tasks if len(t.leads) > 1)
    rows = export.records(plan, "long")
    assert [r["accountable"] for r in rows] == df["accountable"].tolist()


@pytest.mark.parametrize(
    ("module", "extra", "call"),
    [
        ("pandas", "pandas", lambda p: p.to_dataframe()),
        ("openpyxl", "excel", lambda p: export.to_excel(p, io.BytesIO())),
        ("icalendar", "ics", lambda p: export.to_ics(p, io.BytesIO())),
    ],
)
def test_a_missing_extra_names_what_to_install(plan, monkeypatch, module, extra, call):
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=rf"pip install 'dg_plan\[{extra}\]'"):
        call(plan)


# -- files ---------------------------------------------------------------------------------


def test_json_round_trips(plan, tmp_path):
    path = tmp_path / "plan.json"
    export.to_json(plan, path)
    assert dg_plan.load_plan(path) == plan
    text = io.StringIO()
    export.to_json(plan, text)
    binary = io.BytesIO()
    export.write(plan, "json", binary)
    assert text.getvalue() == path.read_text("utf-8") == binary.getvalue().decode("utf-8")
    assert "豫事办" in text.getvalue()  # unescaped


def test_csv_reads_back(plan, tmp_path):
    path = tmp_path / "tasks.csv"
    export.to_csv(plan, path)
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") >= 179
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 178
    for row, task in zip(rows, plan.tasks, strict=True):
        assert int(row["number"]) == task.number
        assert row["text"] == task.text
        assert row["deadline"] == str(task.deadline)
        assert row["due"] == (task.deadline.date.isoformat() if task.deadline.date else "")
        assert row["leads"] == _names(task.leads)
        assert row["responsible"] == _names(task.responsible)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert frame["platforms"].tolist() == [_names(t.platforms) for t in plan.tasks]


def test_csv_bom_for_excel(plan, tmp_path):
    path = tmp_path / "tasks.csv"
    export.to_csv(plan, path, bom=True)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfnumber,part,")
    frame = pd.read_csv(path, encoding="utf-8-sig")
    assert frame.columns[0] == "number"
    assert frame["number"].tolist() == [t.number for t in plan.tasks]
    text = io.StringIO(newline="")
    export.to_csv(plan, text, bom=True)
    assert text.getvalue().encode("utf-8") == data


def test_csv_long(plan):
    buffer = io.BytesIO()
    export.write(plan, "csv", buffer, form="long")
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue().decode("utf-8"), newline="")))
    assert [(int(r["number"]), r["unit"], r["role"]) for r in rows] == _expected_long(plan)
    with pytest.raises(InvalidQueryError):
        export.to_csv(plan, io.BytesIO(), form="wild")  # type: ignore[arg-type]


def test_excel_reads_back(plan, tmp_path):
    path = tmp_path / "plan.xlsx"
    export.to_excel(plan, path)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["tasks", "responsibilities", "units", "platforms"]
    rows = list(book["tasks"].iter_rows(values_only=True))
    assert rows[0] == export.WIDE_COLUMNS
    header = rows[0]
    for values, task in zip(rows[1:], plan.tasks, strict=True):
        row = dict(zip(header, values, strict=True))
        assert row["number"] == task.number
        assert row["text"] == task.text
        assert row["leads"] == (_names(task.leads) or None)
        if task.deadline.date is None:
            assert row["due"] is None
        else:
            assert row["due"] == datetime.datetime.combine(task.deadline.date, datetime.time())
    units = list(book["units"].iter_rows(values_only=True))
    assert [r[0] for r in units[1:]] == [u.name for u in plan.units]
    book.close()
    # Read back by another reader than the writer (openpyxl): calamine.
    long = pd.read_excel(path, sheet_name="responsibilities", engine="calamine")
    assert list(zip(long["number"], long["unit"], long["role"], strict=True)) == _expected_long(
        plan
    )
    platforms = pd.read_excel(path, sheet_name="platforms", engine="calamine")
    assert platforms["name"].tolist() == [p.name for p in plan.platforms]


def test_excel_needs_a_binary_file(plan):
    with pytest.raises(TypeError, match="binary"):
        export.to_excel(plan, io.StringIO())  # type: ignore[arg-type]


def _same_graph(read, graph):
    assert set(read.nodes) == set(graph.nodes)
    for node, data in graph.nodes(data=True):
        assert dict(read.nodes[node]) == data, node
    expected = sorted(
        (u, v, k, tuple(sorted(d.items()))) for u, v, k, d in graph.edges(keys=True, data=True)
    )
    found = sorted(
        (u, v, k, tuple(sorted(d.items()))) for u, v, k, d in read.edges(keys=True, data=True)
    )
    assert found == expected
    assert read.graph["title"] == graph.graph["title"]


def test_graphml_reads_back(plan, tmp_path):
    path = tmp_path / "plan.graphml"
    export.to_graphml(plan, path)
    read = nx.read_graphml(path, force_multigraph=True)
    assert read.is_directed()
    _same_graph(read, plan.graph())
    text = io.StringIO()
    export.to_graphml(plan, text)
    assert text.getvalue().encode("utf-8") == path.read_bytes()


def test_node_link_reads_back(plan, tmp_path):
    path = tmp_path / "graph.json"
    export.to_node_link(plan, path)
    data = json.loads(path.read_text("utf-8"))
    assert set(data) >= {"directed", "multigraph", "graph", "nodes", "edges"}
    assert data["directed"] is True
    assert data["multigraph"] is True
    read = nx.node_link_graph(data, edges="edges")
    _same_graph(read, plan.graph())
    section = next(n for n in data["nodes"] if n["id"] == "section:3.4")
    assert section["section_id"] == "3.4"
    assert section["title"] == plan.section("3.4").title
    task = next(n for n in data["nodes"] if n["id"] == "task:18")
    assert task["deadline_date"] == "2023-12-31"


def test_ics_reads_back(plan, tmp_path):
    path = tmp_path / "deadlines.ics"
    export.to_ics(plan, path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    dated = [e for e in plan.timeline() if e.deadline.is_dated]
    assert len(events) == len(dated) == 6
    for event, entry in zip(events, dated, strict=True):
        start = event.decoded("dtstart")
        assert type(start) is datetime.date
        assert start == entry.deadline.date
        assert event.decoded("dtend") == start + datetime.timedelta(days=1)
        assert str(event["uid"]) == export.ics_uid(plan, start)
        description = str(event["description"])
        lines = description.split("\n")
        assert len(lines) == len(entry.tasks)
        for line, task in zip(lines, entry.tasks, strict=True):
            assert line.startswith(f"{task.number}. {task.text}")
        assert f"{len(entry.tasks)}项任务到期" in str(event["summary"])
        assert str(entry.deadline) in str(event["summary"])
    assert len({str(e["uid"]) for e in events}) == 6
    no_lead = plan.task(11)  # its printed cell names no lead: every unit is listed
    assert not no_lead.leads
    line = f"{no_lead.number}. {no_lead.text}（责任单位：{_names(no_lead.units)}）"
    assert any(line in str(e["description"]).split("\n") for e in events)


def test_ics_is_idempotent(plan, tmp_path):
    first, second = io.BytesIO(), io.BytesIO()
    export.to_ics(plan, first)
    export.write(plan, "ics", second)
    assert first.getvalue() == second.getvalue()
    assert b"\r\n" in first.getvalue()
    uid = export.ics_uid(plan, datetime.date(2024, 6, 30))
    assert uid == export.ics_uid(plan, datetime.date(2024, 6, 30))
    assert uid != export.ics_uid(plan, datetime.date(2024, 12, 31))


def test_write_knows_every_format(plan, tmp_path):
    assert set(export.FORMATS) == {
        *("json", "csv", "xlsx", "docx", "graphml", "node-link", "ics"),
        *("sqlite", "datapackage"),
    }
    for fmt in export.FORMATS:
        path = tmp_path / f"out.{fmt}"
        export.write(plan, fmt, str(path))
        # The data package is a folder: its descriptor stands for it.
        written = path / "datapackage.json" if fmt == "datapackage" else path
        assert written.stat().st_size > 1000, fmt
    with pytest.raises(InvalidQueryError, match="expected one of"):
        export.write(plan, "doc", tmp_path / "x")


def test_table_of_a_role_query(plan):
    table = export.table(plan.tasks_for("省公安厅", role=Role.LEAD))
    assert [t.number for t in table] == [t.number for t in plan.tasks_for("省公安厅", Role.LEAD)]


def test_the_new_modules_import_nothing_heavy():
    code = textwrap.dedent(
        """
        import sys
        import dg_plan, dg_plan.export, dg_plan.plot, dg_plan._cli, dg_plan.importing
        plan = dg_plan.load_plan()
        plan._repr_html_(), plan.task(18)._repr_html_(), repr(plan.task(18))
        dg_plan.export.records(plan, "long")
        dg_plan.export.table(plan.timeline())._repr_html_()
        heavy = {"pandas", "matplotlib", "networkx", "openpyxl", "icalendar", "numpy", "docx"}
        print(sorted(heavy & {m.partition(".")[0] for m in sys.modules}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_small_plan_without_sections_or_provenance(tmp_path):
    unit = dg_plan.Unit("省某厅")
    tasks = (
        dg_plan.Task(1, "甲", dg_plan.Deadline.month_end(2024, 6), (unit,), (unit,)),
        dg_plan.Task(2, "乙", dg_plan.Deadline(DeadlineKind.ONGOING), (unit,)),
    )
    small = dg_plan.Plan(dg_plan.PlanMetadata("小计划"), (), tasks, (unit,))
    df = small.to_dataframe()
    assert df["page"].isna().all()
    assert df["due"].isna().tolist() == [False, True]
    assert export.records(small)[1]["section"] == ""
    long = small.to_dataframe("long")
    assert long["role"].tolist() == ["lead", "responsible"]
    export.to_ics(small, tmp_path / "small.ics")
    events = list(
        icalendar.Calendar.from_ical((tmp_path / "small.ics").read_bytes()).walk("VEVENT")
    )
    assert len(events) == 1
    assert str(events[0]["description"]) == "1. 甲（牵头：省某厅）"
    export.to_excel(small, tmp_path / "small.xlsx")
    assert openpyxl.load_workbook(tmp_path / "small.xlsx")["tasks"].max_row == 3


def test_office_files_do_not_name_the_library_that_wrote_them(plan, tmp_path):
    # Found by a supervision office's trial: a table sent upward said its author was
    # python-docx (made in 2013), a workbook that openpyxl made it.
    docx = pytest.importorskip("docx")
    before = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None, microsecond=0)
    export.to_docx(plan, tmp_path / "plan.docx")
    export.to_excel(plan, tmp_path / "plan.xlsx")
    ledger = dg_plan.tracking.Ledger(plan, ())
    dg_plan.tracking.chase_notices(ledger, "2024-07-01", tmp_path / "notices")
    documents = [tmp_path / "plan.docx", *sorted((tmp_path / "notices").glob("*.docx"))[:1]]
    for path in documents:
        properties = docx.Document(str(path)).core_properties
        said = (properties.author, properties.last_modified_by, properties.comments)
        assert not any("python-docx" in s for s in said), path
        created = properties.created.replace(tzinfo=None)
        assert created >= before - datetime.timedelta(seconds=1), path
    book = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    assert book.properties.creator != "openpyxl"


def test_the_word_table_is_a4_in_the_official_typefaces(plan, tmp_path):
    # Issue 23: the table went out on US Letter in Word's default fonts. A government
    # document is A4 (210 × 297 mm, GB/T 9704), its text in 仿宋_GB2312 and its title in
    # 方正小标宋简体, as the tracking notices are.
    docx = pytest.importorskip("docx")
    from docx.oxml.ns import qn  # noqa: PLC0415 - docx is optional

    export.to_docx(plan, tmp_path / "plan.docx")
    document = docx.Document(str(tmp_path / "plan.docx"))
    section = document.sections[0]
    # Word keeps lengths in twentieths of a point: 210 mm is 210.01 mm read back.
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    normal = document.styles["Normal"]
    fonts = normal.element.rPr.rFonts
    assert (normal.font.name, fonts.get(qn("w:eastAsia"))) == ("仿宋_GB2312", "仿宋_GB2312")
    title = next(p for p in document.paragraphs if p.text == plan.metadata.title)
    run = title.runs[0]
    assert run.font.name == "方正小标宋简体"
    assert run._element.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    header = document.tables[0].rows[0].cells[0].paragraphs[0].runs[0]
    assert header.font.name == "黑体"


def test_the_word_table_heads_its_columns_as_the_print_does(plan, tmp_path):
    # Issue 23 (fourth reader, D13): the Word export reproduces the print's table, so
    # it quotes the print's heading. The print's own text (sources/, the page-44 table
    # heading, printed with spaces between the characters) says 任务时限, not the
    # 完成时限 the rest of the interface uses.
    docx = pytest.importorskip("docx")
    source = next((ROOT / "sources").glob("*.txt")).read_text(encoding="utf-8")
    printed = next(line for line in source.splitlines() if line.startswith("序号"))
    print_heading = printed.replace(" ", "")
    export.to_docx(plan, tmp_path / "plan.docx")
    document = docx.Document(str(tmp_path / "plan.docx"))
    heading = [c.text for c in document.tables[0].rows[0].cells]
    assert "".join(heading) == print_heading
    assert heading[2] == "任务时限"
    # The file still reads back into the same tasks.
    from dg_plan import importing  # noqa: PLC0415

    again = importing.read(tmp_path / "plan.docx").plan
    assert [t.deadline for t in again.tasks] == [t.deadline for t in plan.tasks]
