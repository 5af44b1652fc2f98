"""The dg-plan command line, driven as a user drives it: ``python -m dg_plan ...``."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess

import pytest

import dg_plan
from dg_plan import DeadlineKind, Role, plot
from dg_plan._cli import main
from dg_plan._cli.terminal import clip, pad, table, width, wrap
from helpers.cli import call, ok, run

COMMANDS = [
    "overview",
    "show",
    "unit",
    "tasks",
    "platform",
    "due",
    "timeline",
    "workload",
    "list-units",
    "list-platforms",
    "export",
    "plot",
    "site",
]


@pytest.fixture(autouse=True)
def _columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")


def numbers(output: str) -> list[int]:
    return [row["number"] for row in json.loads(output)]


def first_column(output: str) -> list[int]:
    """The task numbers of a human task listing (rows that start with a number)."""
    return [int(line.split()[0]) for line in output.splitlines() if line[:1].isdigit()]


def user_error(result: subprocess.CompletedProcess[str], status: int) -> str:
    assert result.returncode == status, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    return result.stderr


# -- display width ------------------------------------------------------------------------


def test_width_counts_chinese_as_two_columns():
    assert width("abc") == 3
    assert width("省公安厅") == 8
    assert width("（一）") == 6
    assert pad("省", 4) == "省  "
    assert clip("省行政审批政务信息管理局", 9) == "省行政审…"
    assert width(clip("省行政审批政务信息管理局", 9)) <= 9
    assert clip("abc", 9) == "abc"
    assert [width(line) for line in wrap("推行极简审批和协同化", 8)] == [8, 8, 4]


def last_column_starts(lines: list[str]) -> set[int]:
    """The display columns at which the lines' last cells start."""
    return {width(line[: line.rindex(" ") + 1]) for line in lines}


def test_table_aligns_by_display_width():
    lines = table([["省发展改革委", "25"], ["省公安厅", "199"], ["ab", "1"]]).splitlines()
    assert last_column_starts(lines) == {14}
    assert [line.index(n) for line, n in zip(lines, ["25", "199", "1"], strict=True)] == [8, 10, 14]


# -- every command, as a subprocess ----------------------------------------------------------


def test_overview_is_the_default():
    out = ok("overview", process=True)
    assert ok() == out
    assert "附件4 of 豫政〔2023〕17号, 河南省人民政府, 2023-04-26: 178 tasks" in out
    lines = out.splitlines()
    leads = lines[lines.index("Units that lead most tasks") + 1 :]
    assert leads[0].split() == ["省行政审批政务信息管理局", "106"]
    assert last_column_starts(leads) == {26}  # the counts line up after the longest name
    data = json.loads(ok("overview", "--json"))
    assert sum(len(s["tasks"]) for s in data["sections"]) == 178
    assert sum(len(d["tasks"]) for d in data["timeline"]) == 178
    first = data["sections"][0]
    assert (first["id"], first["heading"], len(first["tasks"])) == (
        "1",
        "一、河南省加强数字政府建设实施方案",
        70,
    )
    assert (data["leads"][0]["unit"], data["leads"][0]["lead"]) == ("省行政审批政务信息管理局", 106)


def test_show_a_task(plan):
    out = ok("show", "18", process=True)
    assert out.startswith("Task 18 · 2023年12月底前 (2023-12-31) · section 1.1 ")
    assert "page 47" in out.splitlines()[0]
    assert plan.task(18).text[:40] in out
    assert "Lead:        省行政审批政务信息管理局" in out
    assert "Responsible: 省直相关部门、各省辖市政府、济源示范区管委会、航空港区管委会" in out
    assert "Support:" not in out  # shown only where the print names a 配合 unit
    assert "Platforms:   豫事办" in out


def test_show_notes_and_alternatives(plan):
    task = plan.task(13)
    assert task.provenance.alternatives
    out = ok("show", "13")
    assert "Alternatives:" in out
    assert str(task.provenance.alternatives[0])[:30] in out.replace("\n  ", "")
    assert "省 restored: 司法厅 → 省司法厅" in ok("show", "9")
    data = json.loads(ok("show", "125", "--json"))
    assert data["number"] == 125
    assert data["due"] == "2024-06-30"
    assert data["platforms"] == [p.name for p in plan.task(125).platforms]
    assert data["notes"] == [
        {
            "kind": "same_text_across_page_break",
            "values": {"next_page": "68", "next_rows": "126–130", "page": "67", "rows": "125"},
        }
    ]
    assert data["mentions"][1] == {"platform": "豫事办", "start": 14, "end": 17}


def test_show_an_unknown_task():
    err = user_error(run("show", "999"), 1)  # a subprocess: the real exit status
    assert "no task 999" in err
    assert "1..178" in err
    # Said as what it should be (issue 23, the seventh reader), not "invalid int".
    assert "NUMBER should be a number from 1 to 178" in user_error(call("show", "abc"), 2)


def test_unit_with_role(plan):
    led = [t.number for t in plan.tasks_for("省发展改革委", role=Role.LEAD)]
    data = json.loads(ok("unit", "省发展改革委", "--role", "lead", "--json", process=True))
    assert data["unit"]["name"] == "省发展改革委"
    assert [r["number"] for r in data["tasks"]] == led
    assert {r["role"] for r in data["tasks"]} == {"lead"}
    out = ok("units", "发改委", "--role", "lead")
    # Headed as tasks --unit --role heads it, the full name on its own line (reader 19).
    assert out.startswith("Tasks 省发展改革委 leads: 25 tasks\nFull name: 河南省发展和改革委员会\n")
    assert first_column(out) == led


@pytest.mark.parametrize(("word", "role"), [("牵头", "lead"), ("负责", "responsible")])
def test_role_takes_the_prints_word(word, role):
    # A Chinese user types 牵头 (found by a user trial); the output is the same.
    for command in (["unit", "省发展改革委"], ["tasks", "--unit", "省发展改革委"]):
        assert ok(*command, "--role", word, "--json") == ok(*command, "--role", role, "--json")


def test_unit_through_a_collective(plan):
    out = ok("unit", "洛阳市人民政府")
    rows = [line for line in out.splitlines() if line[:1].isdigit()]
    assert len(rows) == len(plan.responsibilities("洛阳市人民政府"))
    assert all("各省辖市政府" in row for row in rows)
    # None led, said plainly: the city government is responsible for every one of them.
    assert out.startswith(f"洛阳市人民政府: {len(rows)} tasks, all as responsible\n")
    assert not any(re.search(r"\blead\b", row) for row in rows)


def test_unknown_unit_prints_close_matches():
    err = user_error(run("unit", "省发改厅"), 1)
    assert "no unit named '省发改厅'" in err
    assert "did you mean:\n  省发展改革委\n" in err
    err = user_error(call("tasks", "--unit", "省发改厅"), 1)
    assert "省发展改革委" in err


def test_tasks_meet_every_criterion(plan):
    data = numbers(ok("tasks", "--unit", "省公安厅", "--role", "lead", "--json", process=True))
    assert data == [t.number for t in plan.select(unit="省公安厅", role=Role.LEAD)]
    data = numbers(ok("tasks", "--section", "3.4", "--to", "2024-06-30", "--json"))
    assert data == [135, 137, 140]
    out = ok("tasks", "--kind", "when_appropriate")
    assert first_column(out) == [4, 15]
    assert "no section named '9.9'" in user_error(call("tasks", "--section", "9.9"), 1)


def test_platform(plan):
    out = ok("platform", "豫事办", process=True)
    assert out.startswith("豫事办 (app)")
    assert first_column(out) == [18, 125]
    assert "省行政审批政务信息管理局  18, 125  —" in out
    data = json.loads(ok("platform", "豫事办APP", "--json"))
    assert [t["number"] for t in data["tasks"]] == [18, 125]
    assert data["units"][0] == {
        "unit": "省行政审批政务信息管理局",
        "lead": [18, 125],
        "responsible": [],
        "support": [],
    }
    assert len(data["units"]) == len(plan.responsible_for("豫事办"))
    err = user_error(run("platform", "豫事"), 1)
    assert "no platform named '豫事'" in err
    assert "豫事办" in err


def test_due(plan):
    assert numbers(ok("due", "--by", "2023-12-31", "--json")) == [
        t.number for t in plan.due_by("2023-12-31")
    ]
    between = ok("due", "--between", "2024-01-01", "2024-06-30")
    assert first_column(between) == [t.number for t in plan.due_in("2024H1")]
    out = ok("due", "--in", "2024H1", process=True)
    assert out.startswith("Due in 2024H1: 13 tasks")
    assert first_column(out) == [3, 5, 7, 9, 14, 20, 119, 121, 125, 135, 137, 140, 151]
    assert numbers(ok("due", "--undated", "--json")) == [t.number for t in plan.undated()]
    ongoing = numbers(ok("due", "--undated", "ongoing", "--json"))
    assert ongoing == [t.number for t in plan.undated(DeadlineKind.ONGOING)]
    within = numbers(ok("due", "--within", "92", "--as-of", "2024-10-01", "--json"))
    assert within == [t.number for t in plan.due_within(92, "2024-10-01")]
    assert len(within) == 63


def test_due_overdue_with_done_file(plan, tmp_path):
    done = tmp_path / "done.txt"
    done.write_text("1\n6, 8\n# finished in June\n11\n", encoding="utf-8")
    found = numbers(
        ok("due", "--overdue", "--as-of", "2024-01-01", "--done", str(done), "--json", process=True)
    )
    assert found == [t.number for t in plan.overdue("2024-01-01", [1, 6, 8, 11])]
    assert len(found) == 59 - 4
    assert first_column(
        ok("due", "--overdue", "--as-of", "2023-07-01", "--done", "-", stdin="2")
    ) == [37]
    done.write_text("1, two\n", encoding="utf-8")
    err = user_error(call("due", "--overdue", "--as-of", "2024-01-01", "--done", str(done)), 2)
    assert "'two'" in err
    done.write_text("999\n", encoding="utf-8")
    assert "no task 999" in user_error(
        call("due", "--overdue", "--as-of", "2024-01-01", "--done", str(done)), 1
    )
    missing = str(tmp_path / "missing.txt")
    assert "cannot read" in user_error(
        call("due", "--overdue", "--as-of", "2024-01-01", "--done", missing), 2
    )
    assert "--done goes with" in user_error(call("due", "--in", "2024", "--done", str(done)), 2)


def test_malformed_dates_and_periods_are_usage_errors():
    err = user_error(run("due", "--by", "2023-13-01"), 2)
    assert err.startswith("usage: dg-plan due")
    assert "dg-plan due: error: impossible day: month must be in 1..12" in err
    assert "'2023-13-01'" in err
    assert "2024H3" in user_error(call("due", "--in", "2024H3"), 2)
    assert "is after end" in user_error(call("due", "--between", "2024-06-30", "2024-01-01"), 2)
    assert "not allowed with" in user_error(call("due", "--by", "2024-01-01", "--in", "2024"), 2)
    assert "one of the arguments" in user_error(call("due"), 2)
    assert "invalid choice" in user_error(run("frobnicate"), 2)


def test_timeline_and_workload(plan):
    data = json.loads(ok("timeline", "--json", process=True))
    assert [d["deadline"] for d in data] == [str(e.deadline) for e in plan.timeline()]
    assert data[2]["tasks"] == [3, 5, 7, 9, 14, 20, 119, 121, 125, 135, 137, 140, 151]
    out = ok("timeline")
    assert "2024年6月底前   2024-06-30  13" in out
    rows = json.loads(ok("workload", "--top", "3", "--json", process=True))
    assert [r["unit"] for r in rows] == [r.unit.name for r in plan.workload()[:3]]
    assert rows[0]["lead"] == 106
    out = ok("workload", "--top", "2")
    assert out.splitlines()[1].split()[:5] == ["省行政审批政务信息管理局", "106", "46", "0", "152"]
    assert "at least 1" in user_error(call("workload", "--top", "0"), 2)


def test_list_units_and_platforms(plan):
    units = json.loads(ok("list-units", "--json", process=True))
    assert [u["name"] for u in units] == [u.name for u in plan.units]
    assert len(units) == 64
    local = ok("list-units", "--kind", "local")
    assert "洛阳市人民政府" in local
    assert "省公安厅" not in local
    platforms = json.loads(ok("list-platforms", "--json", process=True))
    assert len(platforms) == 77
    assert next(p for p in platforms if p["name"] == "豫事办")["kind"] == "app"
    # The tasks that mention a platform are platform NAME's answer.
    mentioning = json.loads(ok("platform", "豫事办", "--json"))["tasks"]
    assert [t["number"] for t in mentioning] == [18, 125]
    apps = ok("list-platforms", "--kind", "app")
    assert "豫事办" in apps


def test_export_every_format(plan, tmp_path):
    for fmt in ("json", "csv", "xlsx", "graphml", "node-link", "ics"):
        path = tmp_path / f"plan.{fmt}"
        assert ok("export", fmt, str(path), process=fmt == "ics") == f"wrote {path} ({fmt})\n"
        assert path.stat().st_size > 1000
    assert dg_plan.load_plan(tmp_path / "plan.json") == plan
    ok("export", "csv", str(tmp_path / "bom.csv"), "--bom", "--form", "long")
    data = (tmp_path / "bom.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfnumber,unit,role,")
    assert "--bom and --form go with" in user_error(call("export", "ics", "x.ics", "--bom"), 2)


def test_export_to_standard_output(plan):
    out = ok("export", "csv", "-", process=True)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [int(r["number"]) for r in rows] == [t.number for t in plan.tasks]


def test_export_to_an_unwritable_place(tmp_path):
    err = user_error(run("export", "json", str(tmp_path / "no" / "such" / "dir.json")), 1)
    assert err.startswith("dg-plan: ")


def test_plot(tmp_path):
    path = tmp_path / "timeline.png"
    assert ok("plot", "timeline", str(path), process=True) == f"wrote {path} (timeline)\n"
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    svg = tmp_path / "graph.svg"
    ok("plot", "graph", str(svg), "--platform", "豫事办")
    assert "<svg" in svg.read_text("utf-8")
    assert ".png, .svg or .pdf" in user_error(call("plot", "workload", str(tmp_path / "x.txt")), 2)


def test_plot_without_a_cjk_font_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(plot, "find_cjk_font", lambda: None)
    path = tmp_path / "units.png"
    result = call("plot", "workload", str(path), "--top", "3")
    assert result.returncode == 0
    assert result.stdout == f"wrote {path} (workload)\n"
    assert result.stderr.startswith("dg-plan: warning: no font with Chinese (CJK) glyphs")
    assert "apt-get install fonts-noto-cjk" in result.stderr
    assert "Glyph" not in result.stderr
    assert path.exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command, capsys):
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: dg-plan {command}")
    assert "\nexamples:\n  dg-plan " + command in out


def test_main_returns_the_status(capsys):
    assert main(["show", "18"]) == 0
    assert main(["unit", "没有这个单位"]) == 1
    assert main(["due", "--in", "H1"]) == 2
    assert main(["--bogus"]) == 2
    captured = capsys.readouterr()
    assert "no unit named '没有这个单位'" in captured.err


def test_a_bad_plan_file(tmp_path):
    bad = tmp_path / "plan.json"
    bad.write_text('{"format_version": 1}', encoding="utf-8")
    err = user_error(run("--plan", str(bad), "overview"), 1)
    assert err.startswith("dg-plan: ")


def test_progress_needs_an_explicit_day():
    err = user_error(call("due", "--overdue"), 2)
    assert "--as-of" in err


def test_show_renders_notes_in_the_locale_language(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    out = ok("show", "9")
    # Said in words, no arrow (issue 23, the seventh reader).
    assert "清单中“司法厅”省略“省”字，补全为“省司法厅”" in out
    assert "→" not in out
    assert "restored" not in out
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert "省 restored: 司法厅 → 省司法厅" in ok("show", "9")
