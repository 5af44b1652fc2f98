"""The whole round as users play it: templates out, filled by people, collected, reported."""

from __future__ import annotations

import datetime
import re
import shutil
from html.parser import HTMLParser

import openpyxl
import pytest

import dg_plan
from dg_plan import tracking
from dg_plan.tracking import Ledger, Report, Status, TrackingDataError
from helpers.workbooks import fill, set_cells

D = datetime.date
PLAN = dg_plan.load_plan()
AS_OF = D(2024, 12, 31)
BUREAU = "省行政审批政务信息管理局"
CITY = "郑州市人民政府"
AUDIT = "省审计厅"
HEADER_ROW = 4  # a template's header row, below its title and its 填报单位 rows
FILES = {BUREAU: "bureau.xlsx", CITY: "zhengzhou.xlsx", AUDIT: "audit.xlsx"}


# What the three units type. The bureau mistypes 已完成 as 已完城 on task 54.
TYPED = {
    BUREAU: {
        18: (
            "已完成",
            datetime.datetime(2023, 12, 20),  # noqa: DTZ001 - what a date cell holds
            "已建成并上线",
            "豫政办〔2023〕1号\nhttps://example.org/18",
        ),
        36: ("推进中", None, "正在推进", None),
        54: ("已完城", "2024.12.15", None, None),
    },
    CITY: {
        11: ("已完成", "2024年12月15日", "已完成", "郑政〔2024〕7号；郑政〔2024〕8号"),
        18: ("推进中", None, None, None),
        1: (None, None, None, None),  # a blank row: no report
    },
    AUDIT: {50: ("推进中", None, "常态化推进", None)},
}
EXPECTED = {
    Report(18, BUREAU, Status.DONE, AS_OF, D(2023, 12, 20), "已建成并上线",
           ("豫政办〔2023〕1号", "https://example.org/18")),
    Report(36, BUREAU, Status.IN_PROGRESS, AS_OF, None, "正在推进"),
    Report(54, BUREAU, Status.DONE, AS_OF, D(2024, 12, 15)),
    Report(11, CITY, Status.DONE, AS_OF, D(2024, 12, 15), "已完成",
           ("郑政〔2024〕7号", "郑政〔2024〕8号")),
    Report(18, CITY, Status.IN_PROGRESS, AS_OF),
    Report(50, AUDIT, Status.IN_PROGRESS, AS_OF, None, "常态化推进"),
}  # fmt: skip


@pytest.fixture
def templates(tmp_path):
    paths = {}
    for unit, name in FILES.items():
        paths[unit] = tmp_path / name
        tracking.write_template(PLAN, unit, paths[unit], as_of=AS_OF)
    return paths


def test_template_as_another_reader_sees_it(templates):
    wb = openpyxl.load_workbook(templates[CITY])
    ws = wb["填报"]
    assert (ws["B2"].value, ws["D2"].value.date(), ws["F2"].value) == (
        CITY,
        AS_OF,
        tracking.plan_fingerprint(PLAN),
    )
    # Chinese as it is written: no space between the title's words, days as
    # 2024年12月15日 (the example and the day cells' format), the format cell named
    # 填报表版本.
    assert ws["A1"].value == f"{PLAN.metadata.title}推进情况填报表"
    assert not re.search(r"[\u4e00-\u9fff）] [\u4e00-\u9fff]", ws["A1"].value)
    assert "如2024年12月15日" in ws["A3"].value
    assert not re.search(r"\d{4}-\d{2}-\d{2}", ws["A3"].value)
    assert ws["D2"].number_format == ws["F5"].number_format == 'yyyy"年"m"月"d"日"'
    # The version is in a hidden cell, not beside a visible label (填报表版本).
    assert ws["G2"].value is None
    assert ws["L2"].value == "dg_plan.template/1"
    assert ws.column_dimensions["L"].hidden
    # White on white should the column be shown: no machine text in the unit's sight.
    assert ws["L2"].font.color.rgb.endswith("FFFFFF")
    header = [c.value for c in ws[4]][:10]  # K and L: the hidden version's column, empty here
    assert header == [
        "序号",
        "主要任务",
        "完成时限",
        "职责",
        "状态",
        "完成（预计完成）日期",
        "进展情况",
        "佐证材料",
        "牵头单位",
        "是否主责单位",
    ]
    # The task rows, a blank row, then the sign-off (填报人, 联系电话, 审核人, 填报单位（盖章）,
    # 填报日期).
    last = 4 + len(PLAN.tasks_for(CITY))
    numbers = [ws.cell(r, 1).value for r in range(5, last + 1)]
    assert numbers == [t.number for t in PLAN.tasks_for(CITY)]
    assert [ws.cell(r, 1).value for r in range(last + 1, ws.max_row + 1)] == [
        None,
        "填报人",
        "联系电话",
        "审核人",
        "填报单位（盖章）",
        "填报日期",
    ]
    assert ws.cell(5, 2).value == PLAN.task(numbers[0]).text
    assert ws.cell(5, 3).value == str(PLAN.task(numbers[0]).deadline)
    assert ws.protection.sheet
    for column in range(1, 5):
        assert ws.cell(5, column).protection.locked
    for column in range(5, 9):
        assert not ws.cell(5, column).protection.locked
    assert ws["B2"].protection.locked
    (validation,) = ws.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"未启动,推进中,已完成"'
    assert str(validation.sqref) == f"E5:E{last}"
    bureau = openpyxl.load_workbook(templates[BUREAU])["填报"]
    roles = {bureau.cell(r, 1).value: bureau.cell(r, 4).value for r in range(5, bureau.max_row + 1)}
    assert roles[18] == "牵头"


def test_template_refuses_collectives_and_bad_days(tmp_path):
    with pytest.raises(dg_plan.InvalidQueryError, match="郑州市人民政府"):
        tracking.write_template(PLAN, "各省辖市政府", tmp_path / "x.xlsx", as_of=AS_OF)
    with pytest.raises(dg_plan.InvalidQueryError):
        tracking.write_template(PLAN, AUDIT, tmp_path / "x.xlsx", as_of="31/12/2024")
    with pytest.raises(dg_plan.UnknownUnitError):
        tracking.write_template(PLAN, "省审记厅", tmp_path / "x.xlsx", as_of=AS_OF)


def test_the_whole_round(templates, tmp_path):
    rows = {unit: fill(templates[unit], TYPED[unit]) for unit in FILES}
    with pytest.raises(TrackingDataError) as info:
        tracking.collect(PLAN, list(templates.values()))
    (problem,) = info.value.problems
    assert (problem.file, problem.row, problem.column, problem.value) == (
        "bureau.xlsx",
        rows[BUREAU][54],
        "状态",
        "已完城",
    )
    assert f"bureau.xlsx, row {rows[BUREAU][54]}, 状态" in str(info.value)
    fill(templates[BUREAU], {54: ("已完成", "2024.12.15", None, None)})
    ledger = tracking.collect(PLAN, list(templates.values()))
    assert set(ledger.reports) == EXPECTED
    assert len(ledger.reports) == len(EXPECTED)

    # The queries agree with what was typed and with each other.
    assert ledger.status_of(18) is Status.DONE  # the bureau alone leads 18
    assert ledger.status_of(18, CITY) is Status.IN_PROGRESS
    assert ledger.status_of(54) is Status.DONE
    assert ledger.status_of(11) is Status.IN_PROGRESS  # the other cities are silent
    assert ledger.status_of(11, CITY) is Status.DONE
    assert ledger.status_of(50) is Status.IN_PROGRESS
    late = ledger.late(AS_OF)
    assert PLAN.task(11) in late
    assert PLAN.task(36) in late
    assert PLAN.task(18) not in late
    assert PLAN.task(54) not in late
    assert ledger.done_late(AS_OF) == ()
    parts = ledger.summary(AS_OF, by="part")
    assert sum(r.total for r in parts) == len(PLAN.tasks)
    assert sum(r.late_open for r in parts) == len(late)
    assert sum(r.done_on_time for r in parts) == 2
    units = {r.key: r for r in ledger.summary(AS_OF, by="unit")}
    assert units[CITY].done_late == 1  # 11 was due by 2023-12-31
    assert units[AUDIT].open_undated == 1  # 50 (持续推进): no date, not "not due"
    assert units[AUDIT].open_not_due == 0
    assert units[BUREAU].done_on_time == 2

    # The report says the same.
    page = tmp_path / "report.html"
    tracking.report(ledger, AS_OF, page, language="zh")
    html = Page(page.read_text("utf-8"))
    _check_headline(html.headline, ledger, parts, late)
    late_rows = html.tables["late"][1:]
    assert [int(r[0]) for r in late_rows] == [t.number for t in late]
    # The per-unit table counts as the scorecard does (the clerk's round, issue 21): the
    # bureau's rows, one per role, are its scorecard's.
    by_unit = html.tables["by-unit"]
    at = next(i for i, r in enumerate(by_unit) if r[1] == BUREAU)
    score = next(r for r in ledger.scorecard(AS_OF) if r.unit == BUREAU)
    for offset, (_role, own) in enumerate(score.by_role):
        # 任务数, status's nine categories in its order (reader 15, fault 3), 未报送合计.
        assert [int(c) for c in by_unit[at + offset][3:14]] == [
            own.tasks,
            own.done_on_time,
            own.done_late,
            own.late_open,
            own.due_open,
            own.open_not_due,
            own.not_reported,
            own.done_undated,
            own.open_undated,
            own.not_reported_undated,
            own.unreported,
        ]
    part_rows = html.tables["by-part"][1:]
    assert [int(r[-1]) for r in part_rows] == [r.total for r in parts]
    eleven = next(r for r in late_rows if r[0] == "11")
    assert "省应急管理厅" in eleven[3]
    assert not html.remote
    assert html.svg_text >= {"按时完成", "逾期未完成", "2023年12月底前"}


def _check_headline(headline, ledger, parts, late):
    """The headline shows every category; they add up to the tasks."""
    for category in tracking.CATEGORIES:
        assert headline[category] == sum(getattr(r, category) for r in parts)
    assert sum(headline[c] for c in tracking.CATEGORIES) == headline["total"]
    assert headline["total"] == len(PLAN.tasks)
    assert headline["done_on_time"] + headline["done_late"] == 2
    assert headline["late_open"] == len(late)
    silent = [t for t in PLAN.tasks if ledger.status_of(t, as_of=AS_OF) is None]
    assert headline["not_reported_at_all"] == len(silent)
    assert headline["late_not_reported"] == len(set(silent) & set(late))


class Page(HTMLParser):
    """The parts of the report page the test checks, read with html.parser."""

    def __init__(self, text):
        super().__init__()
        self.headline = {}
        self.tables = {}
        self.remote = []
        self.svg_text = set()
        self._table = None
        self._row = None
        self._cell = None
        self._headline = None
        self._svg_text = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key, "").startswith(("http:", "https:", "//")):
                self.remote.append(a[key])
        if tag == "table" and "id" in a:
            self._table = self.tables.setdefault(a["id"], [])
        elif tag == "tr" and self._table is not None:
            self._row = []
            self._table.append(self._row)
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif "data-count" in a:
            self._headline = a["data-count"]
            self.headline[self._headline] = ""
        elif tag == "text":
            self._svg_text = []

    def handle_endtag(self, tag):
        if tag == "table":
            self._table = None
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif self._headline is not None:
            self.headline[self._headline] = int(self.headline[self._headline])
            self._headline = None
        elif tag == "text" and self._svg_text is not None:
            self.svg_text.add("".join(self._svg_text).strip())
            self._svg_text = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._headline is not None:
            self.headline[self._headline] += data
        if self._svg_text is not None:
            self._svg_text.append(data)


def test_collect_names_every_bad_row_in_every_file(templates, tmp_path):
    rows = fill(
        templates[BUREAU],
        {
            18: ("已完成", None, None, None),  # DONE without its day
            36: (None, "2024-13-01", "x", None),  # no status, impossible day
            # A day for a task not started: the day expected, no problem (issue 21).
            54: ("未启动", "2024-12-01", None, None),
        },
    )
    wb = openpyxl.load_workbook(templates[AUDIT])
    ws = wb["填报"]
    ws.cell(5, 1).value = 18  # a task that is not the audit office's
    ws.cell(5, 5).value = "推进中"
    wb.save(templates[AUDIT])
    other = tmp_path / "other.xlsx"
    tracking.write_template(PLAN, CITY, other, as_of=AS_OF)
    wb = openpyxl.load_workbook(other)
    wb["填报"]["F2"].value = "0000000000000000"
    wb.save(other)
    twice = tmp_path / "twice.xlsx"
    shutil.copy(templates[CITY], twice)
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    paths = [templates[BUREAU], templates[AUDIT], templates[CITY], other, twice, junk, plain]
    with pytest.raises(TrackingDataError) as info:
        tracking.collect(PLAN, paths)
    found = [(p.file, p.row, p.column) for p in info.value.problems]
    assert found == [
        ("bureau.xlsx", rows[18], "完成（预计完成）日期"),
        ("bureau.xlsx", rows[36], "状态"),
        ("bureau.xlsx", rows[36], "完成（预计完成）日期"),
        ("audit.xlsx", 5, "序号"),
        ("other.xlsx", 2, "清单校验码"),
        ("twice.xlsx", 2, "填报单位"),
        ("junk.xlsx", None, None),
        ("plain.xlsx", None, None),
    ]
    text = str(info.value)
    assert "task 18 is not one of 省审计厅's tasks" in text
    assert "another plan" in text
    assert "a second template of 郑州市人民政府" in text


def test_collect_of_untouched_templates_is_an_empty_ledger(templates):
    ledger = tracking.collect(PLAN, templates.values())
    assert ledger == Ledger(PLAN, ())


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-12-15", D(2024, 12, 15)),
        (" 2024年12月15日 ", D(2024, 12, 15)),
        ("2024年1月5日", D(2024, 1, 5)),
        ("2024.12.5", D(2024, 12, 5)),
        ("2024/12/15", D(2024, 12, 15)),  # the command line's --as-of reads it too
        (D(2024, 2, 29), D(2024, 2, 29)),
        (datetime.datetime(2024, 2, 29), D(2024, 2, 29)),  # noqa: DTZ001 - a spreadsheet's cell
        ("", None),
        (None, None),
    ],
)
def test_parse_day(text, day):
    assert tracking.parse_day(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "2024/02/30",
        "2024-02-30",
        "15.12.2024",
        "12/15/2024",
        20241215,
        "明天",
        datetime.datetime(2024, 1, 1, 9),  # noqa: DTZ001 - a time of day is no day
    ],
)
def test_parse_day_refuses(text):
    with pytest.raises(dg_plan.InvalidQueryError):
        tracking.parse_day(text)


def test_report_as_xlsx(templates, tmp_path):
    fill(templates[BUREAU], {36: ("推进中", None, None, None)})
    ledger = tracking.collect(PLAN, templates.values())
    path = tmp_path / "report.xlsx"
    tracking.report(ledger, AS_OF, path, language="zh")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        *("说明", "一、（一）按部分统计", "一、（二）按完成时限统计"),
        *(
            "二、（一）逾期未完成任务",
            "二、（二）到期未完成任务",
            "二、（三）较上一轮变化",
            "二、（四）全部任务进展情况",
            "三、各单位主责任务完成情况",
        ),
        "四、前后报送不一致的情况",
    ]
    late = [r[0] for r in wb["二、（一）逾期未完成任务"].iter_rows(min_row=2, values_only=True)]
    assert late == [t.number for t in ledger.late(AS_OF)]
    totals = [r[-1] for r in wb["一、（一）按部分统计"].iter_rows(min_row=2, values_only=True)]
    assert sum(totals) == len(PLAN.tasks)
    with pytest.raises(dg_plan.InvalidQueryError):
        tracking.report(ledger, AS_OF, path, fmt="pdf")


def test_collect_names_both_rows_of_a_contradiction(templates):
    wb = openpyxl.load_workbook(templates[AUDIT])
    ws = wb["填报"]
    ws.cell(6, 1).value = 50  # a second row for task 50, as if copied
    ws.cell(5, 5).value = "推进中"
    ws.cell(6, 5).value = "未启动"
    wb.save(templates[AUDIT])
    with pytest.raises(TrackingDataError) as info:
        tracking.collect(PLAN, [templates[AUDIT]])
    (problem,) = info.value.problems
    assert (problem.file, problem.row, problem.column) == ("audit.xlsx", 6, "状态")
    assert "the report in audit.xlsx, row 5" in problem.reason
    with pytest.raises(AttributeError):
        problem.row = 7


def test_a_template_sent_with_the_earlier_headers_still_reads(templates):
    # Templates written before the glossary headed columns C and D 任务时限 and 角色
    # (in row 4, under the unit, day and code rows);
    # a unit may return one of those: it reads as the same columns.
    set_cells(templates[AUDIT], {(HEADER_ROW, 3): "任务时限", (HEADER_ROW, 4): "角色"})
    fill(templates[AUDIT], TYPED[AUDIT])
    ledger = tracking.collect(PLAN, [templates[AUDIT]])
    assert set(ledger.reports) == {r for r in EXPECTED if r.unit == AUDIT}
    # Any other header is still refused.
    set_cells(templates[AUDIT], {(HEADER_ROW, 4): "分工"})
    with pytest.raises(TrackingDataError) as info:
        tracking.collect(PLAN, [templates[AUDIT]])
    assert [p.kind for p in info.value.problems] == ["bad_header"]
