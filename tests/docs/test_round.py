"""docs/round.md: a reporting round, end to end, runs as the page says.

The test makes the round the page tells: templates written by the library, four
returns typed into with openpyxl (a status misspelt, a 已完成 without its day, a file
left blank, a synonym in round two), then runs every command of the page through the
command line's entry point in a scratch folder, in the page's order. It checks:

- that the page's commands are exactly these, and every exit status;
- that each output the page quotes is what the command printed (a line ending in …
  is a prefix: the page or the tool cut it short);
- that the figures are the counts made by hand below, from the plan's deadlines as
  the source document prints them and from the rows the units typed;
- that the page's Python blocks do the same round from Python.

The task facts used (from the source document): 省司法厅 answers for 9 (负责, no lead,
2024年6月底前), 51 and 52 (牵头, 2024年12月底前); 省委编办 for 40 (2025年12月底前), 41
(2024年12月底前) and 53 (2023年12月底前), all 牵头; 省气象局 for 12, 13 (2024年12月底前) and
14 (2024年6月底前), 负责 with no lead; 省审计厅 for 50 (持续推进), 牵头. A template lists a
unit's tasks in the plan's order from row 5, so 省委编办's rows are 40: 5, 41: 6, 53: 7.
"""

from __future__ import annotations

import calendar
import datetime
import re
import shlex
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests.helpers.cli import call
from tests.helpers.workbooks import fill

import dg_plan
from dg_plan import tracking

openpyxl = pytest.importorskip("openpyxl")
docx = pytest.importorskip("docx")

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "round.md"
PLAN = dg_plan.load_plan()
D = datetime.date

JUSTICE, BIANBAN, WEATHER, AUDIT = "省司法厅", "省委编办", "省气象局", "省审计厅"
RETURNING = (JUSTICE, WEATHER, BIANBAN, AUDIT)

# -- what the units typed (the page's tables) ----------------------------------------

ROUND_ONE = {
    JUSTICE: {9: ("推进中", None, "已起草工作方案，正在征求意见")},
    WEATHER: {14: ("已完成", D(2024, 6, 28), "预警信息发布平台已上线", "平台验收报告")},
    # Two slips: a 已完成 without its day (row 6), a status that does not exist (row 7).
    BIANBAN: {41: ("已完成", None, "已印发实施方案"), 53: ("已完城",)},
    AUDIT: {},  # returned with every row blank
}
CORRECTED = {41: ("推进中", None, "实施方案已起草，正在征求意见"), 53: ("未启动",)}
ROUND_TWO = {
    JUSTICE: {
        9: ("已完成", D(2024, 9, 15), "平台已上线运行"),
        51: ("已完成", D(2024, 12, 20), "已印发管理办法", "豫司〔2024〕12号"),
        52: ("推进中", None, "已形成征求意见稿"),
    },
    WEATHER: {13: ("已完成", D(2024, 12, 31), "智慧气象平台已建成")},
    BIANBAN: {
        40: ("推进中",),
        41: ("推进中", None, "实施方案已报省政府审定"),
        53: ("推进中", None, "数据责任清单已起草"),
    },
    AUDIT: {50: ("进行中", None, "常态化开展政务信息化项目审计")},  # a synonym: a note
}

# -- counted by hand --------------------------------------------------------------------

UNITS_SENT = 60  # every unit but the four collectives: 64 - 4 (units.md)
NOT_RETURNED = UNITS_SENT - len(RETURNING)
# Round one holds 9 (司法厅) and 14 (气象局); the corrected file adds 41 and 53.
REPORTS_ONE, REPORTS_CORRECTED = 2, 4
# Round two: 3 + 1 + 3 + 1 rows typed.
REPORTS_TWO = REPORTS_CORRECTED + 8

# From the deadlines: 2 of 2023年6月底前 and 57 of 2023年12月底前 are before 2024-06-30,
# 13 of 2024年6月底前 end on it, 63 of 2024年12月底前 end on 2024-12-31.
BEFORE_JUNE_2024, JUNE_2024, DECEMBER_2024 = 59, 13, 63
TASKS = 178
# The tasks whose deadline is no date (持续推进 and the like): 178 less the dated ones
# (timeline.md); counted apart, never 未到期 (reader 13, fault 2).
UNDATED = 32


def status_counts(late, due, reported_not_due, reported, reported_undated=0):
    """The status headline for a day, when no task is done (every task waits for
    units that did not report)."""
    return {
        "按时完成": 0,
        "逾期完成": 0,
        "逾期未完成": late,
        "到期未完成": due,
        "已报送未完成（未到期）": reported_not_due,
        "未报送（未到期）": TASKS - UNDATED - late - due - reported_not_due,
        "已完成（无具体日期）": 0,
        "已报送未完成（无具体日期）": reported_undated,
        "未报送（无具体日期）": UNDATED - reported_undated,
        "合计": TASKS,
    }


# 2024-06-30: reported 9, 14, 41, 53; 41 is the one not due; 53 is the late one reported.
JUNE_30 = status_counts(BEFORE_JUNE_2024, JUNE_2024, 1, 4), (TASKS - 4, BEFORE_JUNE_2024 - 1)
# 2024-07-01: the 13 are late too; 9, 14 and 53 are late and reported.
JULY_1 = (
    status_counts(BEFORE_JUNE_2024 + JUNE_2024, 0, 1, 4),
    (TASKS - 4, BEFORE_JUNE_2024 + JUNE_2024 - 3),
)
# 2025-01-01: reported 9, 13, 14, 40, 41, 50, 51, 52, 53; 40 not due, 50 (持续推进)
# with no date; 7 late.
LATE_2025 = BEFORE_JUNE_2024 + JUNE_2024 + DECEMBER_2024
JANUARY_1 = status_counts(LATE_2025, 0, 1, 9, 1), (TASKS - 9, LATE_2025 - 7)

# Each unit's own record as of 2025-01-01: role, tasks, 按时完成, 已完成（未到期）, 逾期完成,
# 逾期未完成, 到期未完成, 未到期未完成, 已完成（无具体日期）, 未完成（无具体日期）,
# 未完成且未报送, rate.
SCORES = {
    # Columns: 职责, 任务数, status's nine categories (按时完成, 逾期完成, 逾期未完成, 到期未完成,
    # 已报送未完成（未到期）, 未报送（未到期）, 已完成（无具体日期）, 已报送未完成（无具体日期）,
    # 未报送（无具体日期）), 未报送合计, 按时完成率 (reader 15, fault 3).
    # 14 done 06-28 and 13 done 12-31, on time; 12 never answered, late.
    WEATHER: [("负责", 3, 2, 0, 1, 0, 0, 0, 0, 0, 0, 1, "67%")],
    # 51 on time (牵头), 52 in progress and late (牵头); 9 done 09-15, late (负责).
    JUSTICE: [
        ("牵头", 2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, "50%"),
        ("负责", 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, "0%"),
        ("合计", 3, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, "33%"),
    ],
    # 41 and 53 late, in progress; 40 in progress, not due.
    BIANBAN: [("牵头", 3, 0, 0, 2, 0, 1, 0, 0, 0, 0, 0, "0%")],
    # 50 has no deadline, in progress: 已报送未完成（无具体日期）; nothing done or due, no rate.
    AUDIT: [("牵头", 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, "—")],
}
# Tasks whose status changed from the June round to the December one: 13, 40, 50, 51
# and 52 had no report in June; 53 was 未启动 and is 推进中. (9, 14, 41: 推进中 both times.)
# 50's one unit, 省审计厅, returned a blank June file, set aside: 已报回待修改 then.
# 13 (省气象局 done, the 19 other accountable units silent) and 51 (省司法厅 done, its
# two fellow leads silent): no unit said 推进中, so 部分单位已完成 (the fifteenth reader).
CHANGED = {13: ("未报送", "部分单位已完成（1个单位已完成、19个单位未报送）")}
CHANGED |= {40: ("未报送", "推进中"), 50: ("已报回待修改", "推进中")}
CHANGED |= {
    51: ("未报送", "部分单位已完成（1个单位已完成、2个单位未报送）"),
    52: ("未报送", "推进中"),
}
CHANGED |= {53: ("未启动", "推进中")}


def month_end(deadline):
    """The last day of a "YYYY年M月底前" deadline, as printed; None for undated ones."""
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月底前", str(deadline))
    if m is None:
        return None
    year, month = int(m[1]), int(m[2])
    return D(year, month, calendar.monthrange(year, month)[1])


def chased(as_of, done):
    """The units to chase, by the page's rule: an accountable unit (a collective's
    members; a collective with none cannot be sent anything) of a task past its
    deadline, whose own answer is not 已完成. *done*: the (unit, task) answered done."""
    units = set()
    for task in PLAN.tasks:
        end = month_end(task.deadline)
        if end is None or end >= as_of:
            continue
        for unit in task.accountable:
            for name in unit.members or ((unit.name,) if unit.kind.name != "COLLECTIVE" else ()):
                if (name, task.number) not in done:
                    units.add(name)
    return units


def test_the_hand_counts_match_the_deadlines():
    ends = [month_end(t.deadline) for t in PLAN.tasks]
    assert sum(1 for e in ends if e and e < D(2024, 6, 30)) == BEFORE_JUNE_2024
    assert sum(1 for e in ends if e == D(2024, 6, 30)) == JUNE_2024
    assert sum(1 for e in ends if e == D(2024, 12, 31)) == DECEMBER_2024
    assert len(PLAN.tasks) == TASKS
    # The units of the example answer for the tasks named in the module's docstring.
    mine = {u: [t.number for t in PLAN.tasks_for(u)] for u in RETURNING}
    assert mine == {JUSTICE: [9, 51, 52], WEATHER: [12, 13, 14], BIANBAN: [40, 41, 53]} | {
        AUDIT: [50]
    }


# -- the page ----------------------------------------------------------------------------


def blocks():
    """The page's fenced blocks, in order: (language, text)."""
    text = PAGE.read_text(encoding="utf-8")
    return [(m[1], m[2]) for m in re.finditer(r"(?ms)^```(\w+)\n(.*?)^```$", text)]


def page_commands():
    return [
        line.strip()
        for lang, body in blocks()
        if lang == "sh"
        for line in body.splitlines()
        if line.startswith("dg-plan ")
    ]


def quoted_outputs():
    """Each sh block's commands with the text block right after it, if any."""
    found, previous = [], None
    for lang, body in blocks():
        if lang == "text" and previous is not None and previous[0] == "sh":
            commands = [c for c in previous[1].splitlines() if c.startswith("dg-plan ")]
            found.append((commands, body))
        previous = (lang, body)
    return found


def python_blocks():
    return [body for lang, body in blocks() if lang == "python"]


def notice_block():
    """The text block quoting the 退回修改 notice."""
    (body,) = [b for lang, b in blocks() if lang == "text" and b.startswith("关于退回修改")]
    return body


def shows(output, line):
    """Whether *output* has the page's *line*: the same line, or one it begins when the
    page (or the tool) cut it short with …."""
    lines = [x.rstrip() for x in output.splitlines()]
    line = line.rstrip()
    if line.endswith("…"):
        return any(x.startswith(line[:-1].rstrip("、")) for x in lines)
    return line in lines


# -- making the round ---------------------------------------------------------------------


def returns(sent: Path, returned: Path, typed_rows) -> None:
    returned.mkdir()
    for unit in RETURNING:
        path = shutil.copy(sent / f"{unit}.xlsx", returned / f"{unit}.xlsx")
        if typed_rows[unit]:
            fill(Path(path), typed_rows[unit])


def correct(here: Path) -> None:
    path = shutil.copy(here / "sent-2024-06" / f"{BIANBAN}.xlsx", here / "returned-2024-06")
    fill(Path(path), CORRECTED)


@pytest.fixture
def chinese(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.setenv("COLUMNS", "120")


# Before which command (by its first words) the units do what.
def _steps(here: Path) -> dict[str, Callable[[], None]]:
    return {
        "dg-plan track collect returned-2024-06/ ": lambda: returns(
            here / "sent-2024-06", here / "returned-2024-06", ROUND_ONE
        ),
        "dg-plan track collect returned-2024-06/省委编办.xlsx": lambda: correct(here),
        "dg-plan track collect returned-2024-12/": lambda: returns(
            here / "sent-2024-12", here / "returned-2024-12", ROUND_TWO
        ),
    }


#: The exit status of the commands that do not end with 0 (by their first words).
EXIT = {
    "dg-plan track collect returned-2024-06/ ": 3,  # 省委编办's file set aside
}


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    """Every command of the page, run in order in a scratch folder: {command: result}."""
    here = tmp_path_factory.mktemp("round")
    with pytest.MonkeyPatch.context() as mp:
        for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            mp.delenv(variable, raising=False)
        mp.setenv("LANG", "zh_CN.UTF-8")
        mp.setenv("COLUMNS", "120")
        mp.chdir(here)
        steps = _steps(here)
        results = {}
        for command in page_commands():
            for start, step in steps.items():
                if command.startswith(start):
                    step()
            results[command] = call(*shlex.split(command)[1:])
    return here, results


def test_the_page_runs_the_round_in_order():
    commands = page_commands()
    words = [c.split()[2] for c in commands]
    # Send, collect, correct, look, chase; send, collect, look, score, chase; report.
    assert words == [
        *("template", "collect", "collect", "status", "status", "chase"),
        *("template", "collect", "status", "scorecard", "chase"),
        *("report", "report", "report"),
    ]
    assert len(set(commands)) == len(commands)


def test_exit_statuses(ran):
    _here, results = ran
    for command, result in results.items():
        expected = next((s for start, s in EXIT.items() if command.startswith(start)), 0)
        assert result.returncode == expected, (command, result.stdout, result.stderr)


def test_the_quoted_outputs_are_what_the_commands_print(ran):
    _here, results = ran
    quoted = quoted_outputs()
    assert len(quoted) == 10
    for commands, body in quoted:
        printed = "\n".join(results[c].stdout + results[c].stderr for c in commands)
        for line in body.splitlines():
            if line.strip() in ("", "..."):
                continue
            assert shows(printed, line), (commands, line)


def _headline(output):
    counts, silent = {}, None
    for line in output.splitlines():
        if m := re.fullmatch(r"\s+(\S+)\s+(\d+)", line):
            counts[m[1]] = int(m[2])
        if m := re.fullmatch(r"\s+主责单位均未报送：(\d+)项（其中逾期(\d+)项）", line):
            silent = (int(m[1]), int(m[2]))
    return counts, silent


def test_status_is_the_hand_count(ran):
    _here, results = ran
    for day, expected in (("2024-06-30", JUNE_30), ("2024-07-01", JULY_1)):
        result = results[f"dg-plan track status ledger.json --as-of {day}"]
        assert _headline(result.stdout) == expected, day
    result = results["dg-plan track status ledger.json --as-of 2025-01-01"]
    assert _headline(result.stdout) == JANUARY_1


def test_collect_round_one(ran):
    here, results = ran
    (command,) = [c for c in results if c.startswith("dg-plan track collect returned-2024-06/ ")]
    out = results[command].stdout
    files = len(RETURNING)
    # Of the four files, 省委编办's is set aside, and 省审计厅's, blank: sent back to be
    # filled in (issue 21's office trial); the other two are read into the ledger.
    assert (
        f"已将{files - 2}个文件中的{REPORTS_ONE}条报送记录汇入台账（“ledger.json”）。\n"
        "2个文件存在问题，已搁置待退回修改。\n"
    ) in out
    assert "已搁置文件及其问题如下：" in out  # the count said once, above (#23)
    assert f"报回的{files}个文件" not in out
    assert f"  “returned-2024-06/{BIANBAN}.xlsx”（{BIANBAN}）：2处问题" in out
    assert f"  “returned-2024-06/{AUDIT}.xlsx”（{AUDIT}）：1处问题" in out
    assert "未填写任何任务的状态" in out
    assert "第6行“完成（预计完成）日期”列" in out
    assert "第7行“状态”列" in out
    assert "（填写内容：已完城）" in out
    # Its blank file is named once, among the files set aside, not again as returned blank.
    assert "已报回但未填报任何内容" not in out
    assert f"已下发填报表但未报回（{NOT_RETURNED}个单位）" in out
    assert (here / "notices-2024-06" / f"{BIANBAN}-退回修改通知.docx").is_file()
    assert sorted(p.name for p in (here / "notices-2024-06").iterdir()) == sorted(
        [f"{BIANBAN}-退回修改通知.docx", f"{AUDIT}-退回修改通知.docx"]
    )
    sent = here / "sent-2024-06"
    assert len([p for p in sent.iterdir() if p.suffix == ".xlsx"]) == UNITS_SENT
    fixed = results[f"dg-plan track collect returned-2024-06/{BIANBAN}.xlsx --into ledger.json"]
    assert fixed.stdout.strip() == (
        f"已将本轮1个文件中的{REPORTS_CORRECTED - REPORTS_ONE}条报送记录"
        "汇入台账（“ledger.json”）。\n"
        f"台账现共{REPORTS_CORRECTED}条报送记录。"
    )


def test_the_notice_is_what_the_page_quotes(ran):
    here, _results = ran
    document = docx.Document(str(here / "notices-2024-06" / f"{BIANBAN}-退回修改通知.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    rows = [" ".join(c.text for c in row.cells) for t in document.tables for row in t.rows]
    # Row 6 is task 41 (已完成 typed, no day), row 7 task 53 (已完城), as the page's table
    # of what 省委编办 typed says.
    assert rows[1:] == [
        (
            "1 41 填报 6 完成（预计完成）日期 （空白） "
            "状态填写为“已完成”的，须在“完成（预计完成）日期”列填写实际完成的日期。"
        ),
        "2 53 填报 7 状态 已完城 状态应从“未启动、推进中、已完成”中选择，请核对是否应为“已完成”。",
    ]
    assert f"{BIANBAN}：" in paragraphs
    for quoted in notice_block().splitlines():
        line = quoted.strip()
        if not line:
            continue
        if line.endswith("……"):
            assert any(p.startswith(line[:-2]) for p in paragraphs), line
        else:
            assert line in paragraphs or " ".join(line.split()) in rows, line


def test_round_two(ran):
    _here, results = ran
    (command,) = [c for c in results if c.startswith("dg-plan track collect returned-2024-12/")]
    result = results[command]
    written = (
        "已将本轮4个文件中的8条报送记录汇入台账（“ledger.json”）。\n"
        f"台账现共{REPORTS_TWO}条报送记录。"
    )
    assert written in result.stdout
    assert (
        result.stderr.strip()
        == f"提示：“{AUDIT}.xlsx”“填报”表第5行“状态”列：按“推进中”读取（填写内容：进行中）"
    )


def test_chase_is_the_hand_count(ran):
    here, results = ran
    june = {(WEATHER, 14)}  # the only 已完成 by 2024-07-01
    december = june | {(JUSTICE, 9), (JUSTICE, 51), (WEATHER, 13)}
    for day, done, folder in (
        (D(2024, 7, 1), june, "chase-2024-07"),
        (D(2025, 1, 1), december, "chase-2025-01"),
    ):
        expected = chased(day, done)
        options = f"--as-of {day} --notices {folder} --office 省政府督查室"
        command = f"dg-plan track chase ledger.json {options}"
        out = results[command].stdout
        heads = {m[1] for m in re.finditer(r"(?m)^(\S+)：逾期未完成任务\d+项$", out)}
        assert heads == expected
        assert f"需催办：{len(expected)}个单位" in out
        assert {p.stem.removesuffix("-督办通知") for p in (here / folder).iterdir()} == expected
    assert (len(chased(D(2024, 7, 1), june)), len(chased(D(2025, 1, 1), december))) == (40, 48)
    assert {WEATHER, AUDIT}.isdisjoint(chased(D(2024, 7, 1), june))
    assert WEATHER in chased(D(2025, 1, 1), december)
    assert AUDIT not in chased(D(2025, 1, 1), december)


# The scorecard's three tables by deadline (wider than the terminal, it is split).
_CAPTIONS = ("已到期（按时完成含提前完成的任务）", "尚未到期", "完成时限无具体日期")


def _score_rows(out) -> Iterator[tuple[str, tuple[object, ...]]]:
    """Each line of the scorecard as one row: its three tables' lines put together.

    (unit, (role, 任务数, the nine counts, 未报送合计, 按时完成率)): the first table holds
    four counts and the rate, the second two counts, the third three and 未报送合计;
    each starts with 排名 and 单位 on a unit's first line.
    """
    lines = out.splitlines()
    tables = []
    for caption in _CAPTIONS:
        rows = []
        for line in lines[lines.index(caption) + 2 :]:
            if not line.strip() or line == "注：":
                break
            rows.append(line.split())
        tables.append(rows)
    unit = None
    for due, not_due, undated in zip(*tables, strict=True):
        # A ranked unit's rank, or 不参与排名 for every unit not ranked (reader 15, fault 6).
        first = len(due) == 9 and (due[0].isdigit() or due[0] == "不参与排名")
        if first:
            unit = due[1]
        k = 2 if first else 0
        assert not_due[: k + 2] == undated[: k + 2] == due[: k + 2]
        counts = [*due[k + 2 : k + 6], *not_due[k + 2 :], *undated[k + 2 : k + 5]]
        yield unit, (due[k], int(due[k + 1]), *map(int, counts), int(undated[k + 5]), due[k + 6])


def test_scorecard_is_the_hand_count(ran):
    _here, results = ran
    out = results["dg-plan track scorecard ledger.json --as-of 2025-01-01"].stdout
    rows: dict[str, list[tuple[object, ...]]] = {}
    for unit, row in _score_rows(out):
        rows.setdefault(unit, []).append(row)
    assert {u: rows[u] for u in SCORES} == SCORES
    # Every row of every unit: the nine columns add up to 任务数, and 未报送合计 holds
    # the two 未报送 columns and at most the tasks late or due on the day.
    every = [row for unit_rows in rows.values() for row in unit_rows]
    assert len(rows) > 40
    for _role, tasks, *columns, unreported, _rate in every:
        assert sum(columns) == tasks
        silent = columns[5] + columns[8]
        assert silent <= unreported <= silent + columns[2] + columns[3]
    # Ranked by on-time rate, 67%, 33%, 0%; a unit with nothing due is not ranked and
    # comes after the ranked ones.
    order = [u for u in rows if u in SCORES]
    assert order == [WEATHER, JUSTICE, BIANBAN, AUDIT]


def test_the_report(ran):
    here, _results = ran
    page = (here / "推进情况-2025-01-01.html").read_text(encoding="utf-8")
    said = (
        "（统计截止日期为2025年1月1日，采用各单位截至2024年12月31日的报送记录，"
        "上一轮为2024年6月30日）"
    )
    assert said in page
    assert said in PAGE.read_text(encoding="utf-8")

    def table(table_id):
        body = re.search(rf'<table id="{table_id}">.*?<tbody>(.*?)</tbody>', page, re.DOTALL)[1]
        return [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", body)]

    late = table("late")
    assert len(late) == LATE_2025
    # No task due on the day: a sentence says so, as section 四 does, not a table of 无.
    assert '<table id="due">' not in page
    assert '<p id="due">无完成时限为当日的未完成任务。</p>' in page
    by_number = {int(r[0]): r for r in late}
    assert by_number[52][3] == "省行政审批政务信息管理局、省市场监管局、省司法厅"
    assert by_number[51][3] == "省行政审批政务信息管理局、省市场监管局"
    # Progress and evidence carry the day of the report they come from: round two's,
    # 2024-12-31.
    assert (
        by_number[51][5]
        == "省司法厅（截至2024年12月31日）：已完成（2024年12月20日）。已印发管理办法"
    )
    assert by_number[51][6] == "省司法厅（截至2024年12月31日）：豫司〔2024〕12号"
    changes = {int(r[0]): (r[2], r[3]) for r in table("changes")}
    assert changes == CHANGED

    book = openpyxl.load_workbook(here / "推进情况-2025-01-01.xlsx", read_only=True)
    sheets = [
        "说明",
        "一、（一）按部分统计",
        "一、（二）按完成时限统计",
        "二、（一）逾期未完成任务",
        "二、（二）到期未完成任务",
        "二、（三）较上一轮变化",
        "二、（四）全部任务进展情况",
        "三、各单位主责任务完成情况",
        "四、前后报送不一致的情况",
    ]
    assert book.sheetnames == sheets
    said = re.search(r"as sheets \((.*?)\)", " ".join(PAGE.read_text(encoding="utf-8").split()))
    assert said is not None
    assert [s.split()[0] for s in said[1].split(", ")] == sheets
    summary = docx.Document(str(here / "督办报告-2025-01-01.docx"))
    # The every-task table (the late and due tables open with 序号, 主要任务, 完成时限
    # too: one order, the twelfth reader's; only it has 主责单位).
    (tasks,) = [
        t
        for t in summary.tables
        if [c.text for c in t.rows[0].cells][1:4] == ["主要任务", "完成时限", "主责单位"]
    ]
    assert len(tasks.rows) == TASKS + 1
    assert [c.text for c in tasks.rows[0].cells] == [
        *(
            "序号",
            "主要任务",
            "完成时限",
            "主责单位",
            "完成情况",
            "未完成单位",
            "进展情况",
            "佐证材料",
        )
    ]


def test_the_report_as_of_the_last_day_of_the_year(ran, tmp_path):
    here, _results = ran
    ledger = tracking.loads(PLAN, (here / "ledger.json").read_bytes())
    out = tmp_path / "report.html"
    tracking.report(ledger, "2024-12-31", out, language="zh")
    page = out.read_text(encoding="utf-8")
    late = re.search(r'<table id="late">.*?<tbody>(.*?)</tbody>', page, re.DOTALL)[1]
    due = re.search(r'<table id="due">.*?<tbody>(.*?)</tbody>', page, re.DOTALL)[1]
    assert late.count("<tr>") == BEFORE_JUNE_2024 + JUNE_2024
    assert due.count("<tr>") == DECEMBER_2024


# -- the Python blocks ---------------------------------------------------------------------

FILL_MARK = "# ... the units fill in"


def test_the_python_blocks_do_the_same_round(tmp_path, monkeypatch, chinese):
    monkeypatch.chdir(tmp_path)
    code = python_blocks()
    assert len(code) == 6
    namespace: dict[str, object] = {}

    def run(block, between=None):
        before, mark, after = block.partition(FILL_MARK)
        exec(before, namespace)  # noqa: S102  the page's own code
        if mark:
            assert between is not None
            between()
            exec(after.partition("\n")[2], namespace)  # noqa: S102  after the comment

    run(
        code[0],
        lambda: returns(tmp_path / "sent-2024-06", tmp_path / "returned-2024-06", ROUND_ONE),
    )
    returned = namespace["returned"]
    assert [(a.unit, len(a.problems)) for a in returned.set_aside] == [(BIANBAN, 2), (AUDIT, 1)]
    assert len(namespace["ledger"].reports) == REPORTS_ONE
    assert (tmp_path / "notices-2024-06" / f"{BIANBAN}-退回修改通知.docx").is_file()

    correct(tmp_path)
    run(code[1])
    assert len(namespace["ledger"].reports) == REPORTS_CORRECTED

    run(code[2])
    assert len(namespace["chases"]) == 40
    assert (tmp_path / "chase-2024-07" / f"{BIANBAN}-督办通知.docx").is_file()

    run(
        code[3],
        lambda: returns(tmp_path / "sent-2024-12", tmp_path / "returned-2024-12", ROUND_TWO),
    )
    assert len(namespace["ledger"].reports) == REPORTS_TWO
    assert len(namespace["second"].notes) == 1

    run(code[4])
    assert len(namespace["chases"]) == 48
    assert {row.unit for row in namespace["scores"]} >= set(RETURNING)

    run(code[5])
    assert (tmp_path / "推进情况-2025-01-01.html").is_file()
    assert (tmp_path / "督办报告-2025-01-01.docx").is_file()


# -- the tracking page's --task example ----------------------------------------------------


def test_the_tracking_pages_task_example_is_what_the_command_prints(tmp_path, chinese):
    # Task 5 (2024年6月底前) has two leads, 省行政审批政务信息管理局 and 省市场监管局
    # (the source document); only the second reports, 已完成 on 2024-06-15.
    assert [u.name for u in PLAN.task(5).leads] == ["省行政审批政务信息管理局", "省市场监管局"]
    report = tracking.Report(
        5, "省市场监管局", tracking.Status.DONE, D(2024, 12, 31), completed_on=D(2024, 6, 15)
    )
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(tracking.Ledger(PLAN, [report])), encoding="utf-8")
    text = (ROOT / "docs" / "tracking.md").read_text(encoding="utf-8")
    (quoted,) = [
        b for b in re.findall(r"(?ms)^```text\n(.*?)^```$", text) if re.match(r"第\d+项任务（", b)
    ]
    printed = call("track", "status", str(path), "--as-of", "2024-12-31", "--task", "5")
    assert printed.returncode == 0
    assert [x.rstrip() for x in quoted.splitlines()] == [
        x.rstrip() for x in printed.stdout.splitlines()
    ]
    # The house's words: 主责单位 and 已完成, not 责任主体 and 报告已完成.
    assert "主责单位" in quoted
    assert "责任主体" not in quoted
    assert "报告已完成" not in quoted
