"""A supervision office's second trial of a round (issue 21): the faults it found, fixed.

Each test states the rule it checks; its expected values come from that rule and the
files the test makes (the units' tasks are the printed list's), never from the output.
"""

from __future__ import annotations

import datetime

import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.workbooks import fill

docx = pytest.importorskip("docx")

D = datetime.date
PLAN = dg_plan.load_plan()
JUNE, DECEMBER = D(2024, 6, 30), D(2024, 12, 31)
AUDIT = "省审计厅"  # one task: 50


def _paragraphs(path):
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs]


# -- 1. last round's template returned: set aside, its day and the round's named ----------


@pytest.fixture
def last_rounds_form(tmp_path):
    """The December round sent; the audit office returns June's template, filled in."""
    sent = tmp_path / "sent-2024-12"
    tracking.write_templates(PLAN, sent, as_of=DECEMBER)
    june = tmp_path / "sent-2024-06"
    tracking.write_templates(PLAN, june, as_of=JUNE)
    returned = tmp_path / "returned-2024-12"
    returned.mkdir()
    path = returned / f"{AUDIT}.xlsx"
    path.write_bytes((june / f"{AUDIT}.xlsx").read_bytes())
    fill(path, {50: ("推进中", None, "常态化开展政务信息化项目审计")})
    return sent, returned


def test_read_sent_reads_the_rounds_day_from_the_manifest_and_the_folder(last_rounds_form):
    sent, _returned = last_rounds_form
    units = tracking.read_sent(PLAN, sent)
    assert units.as_of == DECEMBER
    assert tracking.read_sent(PLAN, sent / "sent.csv").as_of == DECEMBER
    # Still the tuple of names it was.
    assert isinstance(units, tuple)
    assert AUDIT in units
    # A folder of templates without its manifest: the day on their covers.
    (sent / "sent.csv").unlink()
    assert tracking.read_sent(PLAN, sent).as_of == DECEMBER


def test_last_rounds_template_is_set_aside_naming_both_days(last_rounds_form, tmp_path):
    sent, returned = last_rounds_form
    got = tracking.read_returns(
        PLAN, [returned], keep_going=True, sent=tracking.read_sent(PLAN, sent)
    )
    assert got.ledger.reports == ()
    (aside,) = got.set_aside
    assert aside.unit == AUDIT
    (found,) = aside.problems
    assert found.kind == "other_round"
    assert found.file == f"{AUDIT}.xlsx"
    zh = found.render("zh", whole=True)
    assert zh.startswith(f"“{AUDIT}.xlsx”")
    assert "2024年6月30日" in zh
    assert "2024年12月31日" in zh
    en = found.render("en", whole=True)
    assert "2024-06-30" in en
    assert "2024-12-31" in en
    # Without a round's day (a list of units of one's own), nothing is checked.
    assert tracking.read_returns(PLAN, [returned], keep_going=True).set_aside == ()
    # The round's day given by hand.
    by_hand = tracking.read_returns(PLAN, [returned], keep_going=True, as_of="2024-12-31")
    assert [a.unit for a in by_hand.set_aside] == [AUDIT]
    # The notice asks for this round's template, naming both days, with no table.
    ((_unit, notice),) = tracking.write_notices(PLAN, got.set_aside, tmp_path / "notices")
    text = "".join(_paragraphs(notice))
    assert "截至2024年6月30日的填报表" in text
    assert "2024年12月31日" in text
    assert "请使用本轮下发的" in text
    assert docx.Document(str(notice)).tables == []


def test_collect_sent_sets_last_rounds_template_aside(last_rounds_form, tmp_path):
    sent, returned = last_rounds_form
    args = ("track", "collect", str(returned), "--sent", str(sent), "-o", "-")
    zh = call("--lang", "zh", *args)
    assert zh.returncode == 3  # a file set aside
    assert f"“{AUDIT}.xlsx”“填报”表第2行“统计截止日期”列" in zh.stderr
    assert "2024年6月30日" in zh.stderr
    assert "2024年12月31日" in zh.stderr
    en = call("--lang", "en", *args)
    assert en.returncode == 3
    assert "2024-06-30" in en.stderr
    assert "2024-12-31" in en.stderr


# -- 2. notices dated the day they are written, one form for both kinds -------------------


def _chinese(day):
    return f"{day.year}年{day.month}月{day.day}日"


@pytest.fixture
def june_round(tmp_path):
    """June's round: 省委编办's file set aside (41 已完成 without its day), a ledger of none."""
    sent = tmp_path / "sent"
    tracking.write_templates(PLAN, sent, as_of=JUNE)
    returned = tmp_path / "returned"
    returned.mkdir()
    path = returned / "省委编办.xlsx"
    path.write_bytes((sent / "省委编办.xlsx").read_bytes())
    fill(path, {41: ("已完成",)})
    return sent, returned


def test_both_notices_are_dated_the_day_written_and_share_one_form(june_round, tmp_path):
    sent, returned = june_round
    ledger = tmp_path / "ledger.json"
    back, chase = tmp_path / "back", tmp_path / "chase"
    office = ("--office", "省政府督查室")
    collect = ("track", "collect", str(returned), "--sent", str(sent), "-o", str(ledger))
    assert call("--lang", "zh", *collect, "--notices", str(back), *office).returncode == 3
    today = datetime.date.today()  # noqa: DTZ011 - the rule: the day the notice is written
    (notice,) = back.iterdir()
    assert notice.name == "省委编办-退回修改通知.docx"
    returned_text = _paragraphs(notice)
    # Not the round's 截至日期 (2024年6月30日): the day it was written.
    # The office over the date, the contact line (附注) under it (GB/T 9704).
    assert returned_text[-3:-1] == ["省政府督查室", _chinese(today)]
    # --date gives the day; the chase notices take the same option.
    again = tmp_path / "again"
    args = (*collect, "--force", "--notices", str(again), *office, "--date", "2024-07-05")
    assert call("--lang", "zh", *args).returncode == 3
    assert _paragraphs(again / notice.name)[-2] == "2024年7月5日"
    chased = call(
        "--lang", "zh", "track", "chase", str(ledger), "--as-of", "2024-07-01",
        "--notices", str(chase), *office, "--date", "2024-07-08",
    )  # fmt: skip
    assert chased.returncode == 0, chased.stderr
    names = sorted(p.name for p in chase.iterdir())
    assert names
    assert all(n.endswith("-督办通知.docx") for n in names)
    chase_text = _paragraphs(chase / "省委编办-督办通知.docx")
    assert chase_text[-3:-1] == ["省政府督查室", "2024年7月8日"]
    # A week to reply, from the day it is written.
    assert any("于2024年7月15日前" in p for p in chase_text)
    for text in (returned_text, chase_text):
        # A 公文's title: 关于……的通知; the addressee; 特此通知。, the office, the date,
        # then the contact line (the 附注, GB/T 9704).
        assert text[0].startswith("关于")
        assert text[0].endswith("的通知")
        assert text.index("特此通知。") + 3 == text.index("（联系人：______，联系电话：______）")
    assert chase_text[0] == "关于督促落实逾期未完成任务的通知"
    assert returned_text[0] == "关于退回修改推进情况填报表的通知"


# -- 3. a unit whose file was set aside is never chased as 未报送 ---------------------------


def _chase_rows(out, unit):
    """The rows of *unit*'s block in chase's output: its heading, then its table."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(unit))
    block = []
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        block.append(line)
    return lines[start], block[1:]  # without the table's header


def test_the_ledger_records_a_file_set_aside_and_chase_reads_it(june_round, tmp_path):
    import json  # noqa: PLC0415

    sent, returned = june_round
    ledger = tmp_path / "ledger.json"
    collect = ("track", "collect", str(returned), "--sent", str(sent), "-o", str(ledger))
    assert call("--lang", "zh", *collect).returncode == 3
    # The ledger keeps the file set aside, its unit and 截至日期, and still reads as before.
    recorded = json.loads(ledger.read_text(encoding="utf-8"))["set_aside"]
    assert [(r["unit"], r["as_of"]) for r in recorded] == [("省委编办", "2024-06-30")]
    assert tracking.loads(PLAN, ledger.read_text(encoding="utf-8")).reports == ()
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources  # noqa: PLC0415

    schema = resources.files("dg_plan").joinpath("data", "ledger.schema.json").read_text("utf-8")
    jsonschema.Draft202012Validator(json.loads(schema)).validate(
        json.loads(ledger.read_text(encoding="utf-8"))
    )
    # Chase on 2024-07-01, no --returns: 省委编办 is late on 53 (2023年12月底前) and 40,
    # 41 are not due; its file came back, so its row says 已报回待修改, never 未报送.
    chase = ("track", "chase", str(ledger), "--as-of", "2024-07-01")
    zh = call("--lang", "zh", *chase, "--notices", str(tmp_path / "chase"))
    assert zh.returncode == 0, zh.stderr
    head, rows = _chase_rows(zh.stdout, "省委编办：")
    # Its file came back and is to be corrected: said in brackets, in a whole line.
    assert head.endswith("（报回的填报表需修改，尚未汇入台账）")
    assert [r.split()[0] for r in rows] == ["53"]
    assert all("已报回待修改" in r and "未报送" not in r for r in rows)
    cells = [
        c.text
        for t in docx.Document(str(tmp_path / "chase" / "省委编办-督办通知.docx")).tables
        for row in t.rows
        for c in row.cells
    ]
    assert "已报回待修改" in cells
    assert "未报送" not in cells
    en = call("--lang", "en", *chase)
    _head, rows = _chase_rows(en.stdout, "省委编办:")
    assert all("returned, set aside for correction" in r for r in rows)
    # Another unit that returned nothing is still 未报送.
    _head, rows = _chase_rows(zh.stdout, "省司法厅：")
    assert all("未报送" in r for r in rows)
    # The corrected file comes in: the record goes, and 53 shows its own answer.
    fill(returned / "省委编办.xlsx", {41: ("推进中",), 53: ("未启动",)})
    fixed = call("--lang", "zh", "track", "collect", str(returned), "--into", str(ledger))
    assert fixed.returncode == 0, fixed.stderr
    assert "set_aside" not in json.loads(ledger.read_text(encoding="utf-8"))
    _head, rows = _chase_rows(call("--lang", "zh", *chase).stdout, "省委编办：")
    assert [r.split()[:1] for r in rows] == [["53"]]
    assert "未启动" in rows[0]


def test_a_file_set_aside_counts_for_its_own_round_only():
    from dg_plan.tracking.rounds import pending_correction  # noqa: PLC0415

    june = tracking.SetAside("省委编办.xlsx", "省委编办", JUNE, ())
    report = tracking.Report(50, AUDIT, tracking.Status.IN_PROGRESS, DECEMBER)
    book = tracking.Ledger(PLAN, [report])
    # July: June's round is the newest on or before the day.
    assert pending_correction([june], book, D(2024, 7, 1)) == ("省委编办",)
    # January: December's round is newer; June's file no longer stands for it.
    assert pending_correction([june], book, D(2025, 1, 1)) == ()
    # Before June's round, it is not a round yet.
    assert pending_correction([june], book, D(2024, 6, 1)) == ()


# -- 4. messages a clerk reads: each a plain sentence that says what to do ----------------


def _zh_po():
    from pathlib import Path  # noqa: PLC0415

    import dg_plan as package  # noqa: PLC0415

    return (
        Path(package.__file__).parent / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan.po"
    ).read_text(encoding="utf-8")


def test_the_glossarys_past_deadline_is_used_everywhere():
    # The glossary's term is 已过完成时限; 已超过完成时限 is not used.
    assert "已超过完成时限" not in _zh_po()
    assert "按按时" not in _zh_po()


def test_an_impossible_day_says_what_to_write(tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    path = folder / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=DECEMBER)
    fill(path, {50: ("已完成", "2024-02-30")})
    (aside,) = tracking.read_returns(PLAN, [folder], keep_going=True).set_aside
    (found,) = aside.problems
    # Why, in Chinese (2024 has no 30 February), not Python's English detail.
    assert found.render("zh").startswith("日期不存在（该月没有这一天），请填写")
    # On the command line: a plain sentence, not "…无效：日期不存在".
    zh = call("--lang", "zh", "due", "--by", "2024-02-30")
    assert zh.returncode == 2
    assert "“2024-02-30”不存在（该月没有这一天），请填写" in zh.stderr
    month = call("--lang", "zh", "due", "--by", "2024-13-01")
    assert "“2024-13-01”不存在（月份应为1至12），请填写" in month.stderr
    assert "无效" not in zh.stderr


def test_collecting_a_round_again_names_no_value_and_says_replace(tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    path = folder / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=DECEMBER)
    fill(path, {50: ("推进中",)})
    ledger = tmp_path / "ledger.json"
    assert call("track", "collect", str(folder), "-o", str(ledger)).returncode == 0
    # The unit's file for the same day again, changed (a copy unchanged is skipped).
    fill(path, {50: ("推进中", None, "已形成初稿")})
    zh = call("--lang", "zh", "track", "collect", str(path), "--into", str(ledger))
    assert zh.returncode == 3
    # The problem's line (the summary line says why the file is set aside too).
    lines = zh.stdout.splitlines()
    said = next(line for line in lines if "台账中已有" in line and "已搁置" not in line)
    assert "填写内容" not in said  # the unit's name is no value the unit typed
    assert "2024年12月31日" in said
    assert "2024-12-31" not in said
    assert "--replace" in said
    # Nothing of this round read: said in words, not "0个文件中的0条"; the ledger, with
    # nothing new to hold, is left as it was (the twelfth reader).
    assert f"本轮没有新文件汇入，台账“{ledger}”未作改动。" in zh.stdout
    assert "0个文件" not in zh.stdout
    en = call("--lang", "en", "track", "collect", str(path), "--into", str(ledger))
    assert "--replace" in en.stdout
    # Withdrawing what is not there: no "读取文件时发现", a Chinese day.
    gone = call(
        "--lang", "zh", "track", "withdraw", str(ledger), "--unit", "省委编办",
        "--as-of", "2024-12-31",
    )  # fmt: skip
    assert gone.returncode == 1
    assert "读取文件时发现" not in gone.stderr
    assert "2024年12月31日" in gone.stderr
    assert "2024-12-31" not in gone.stderr
    # The rule of a task's status: one colon after 依据, not 依据：未报送：….
    status = call(
        "--lang", "zh", "track", "status", str(ledger), "--as-of", "2025-01-01", "--task", "1"
    )
    rule = next(line for line in status.stdout.splitlines() if line.startswith("依据："))
    assert rule.count("：") == 1
    # A ledger that cannot be read: its path said once.
    missing = call("--lang", "zh", "track", "status", "nope.json", "--as-of", "2025-01-01")
    assert missing.stderr.count("nope.json") == 1
    # The report's subtitle says the day once, with the day of the reports it rests on; the
    # opening sentence of figures (every format's) says it again as a 公文 summary begins.
    page = tmp_path / "r.html"
    assert call("--lang", "zh", "track", "report", str(ledger), "--as-of", "2025-01-01",
                "-o", str(page)).returncode == 0  # fmt: skip
    opening = page.read_text(encoding="utf-8")
    assert "（统计截止日期为2025年1月1日，采用各单位截至2024年12月31日的报送记录）" in opening
    # Once more in the line saying what the day means (the nineteenth reader): 完成时限为
    # 2025年1月1日、尚未完成的计为到期未完成。
    assert opening.count("2025年1月1日") == 3
    assert "截至2025年1月1日，178项任务中" in opening


# -- 5. the Word report and the template's cover, as a clerk reads them --------------------


def test_the_word_report_is_one_titled_report_with_headings_and_page_numbers(tmp_path):
    from helpers.tracking_example import ledger  # noqa: PLC0415

    path = tmp_path / "r.docx"
    tracking.report(ledger(), "2025-01-01", path, language="zh")
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    # One name for the report, the glossary's: 督办报告 (not 推进情况汇总表).
    assert paragraphs[0] == f"{PLAN.metadata.title}督办报告"
    assert "汇总表" not in "".join(paragraphs)
    # No empty paragraph standing in for space.
    assert all(p.strip() for p in paragraphs)
    # Each table right under a heading of its own.
    body = list(document.element.body.iterchildren())
    tables = [i for i, e in enumerate(body) if e.tag.endswith("}tbl")]
    assert len(tables) >= 3  # the figures, the tasks, the units
    headings = []
    for i in tables:
        before = body[i - 1]
        if not before.tag.endswith("}p"):
            continue
        heading = "".join(t.text or "" for t in before.iter() if t.tag.endswith("}t"))
        headings.append(heading)
    # Numbered as a 公文 numbers its sections.
    assert "一、总体推进情况" in headings
    # Section 二 opens with the sentence that states the rule; then its sub-sections,
    # the table of every task the last, under its own heading (the tenth reader).
    at = paragraphs.index("二、各项任务进展情况")
    assert paragraphs[at + 1].startswith("任务须全部主责单位报送“已完成”，方计为已完成。")
    assert paragraphs[at + 2] == "（一）逾期未完成任务"
    assert "（四）全部任务进展情况" in headings
    # The per-unit table: its heading, then the sentence saying how it counts.
    assert "三、各单位主责任务完成情况" in paragraphs
    # Page numbers: a PAGE field in the footer.
    footer = document.sections[0].footer._element
    codes = [t.text for t in footer.iter() if t.tag.endswith("}instrText")]
    assert [c.strip() for c in codes] == ["PAGE"]


def test_the_templates_cover_says_what_its_codes_are_for(tmp_path):
    import openpyxl  # noqa: PLC0415

    path = tmp_path / "new" / "folder" / f"{AUDIT}.xlsx"
    # The folder is made, as template --all makes its own.
    assert call("track", "template", AUDIT, str(path), "--as-of", "2024-12-31").returncode == 0
    ws = openpyxl.load_workbook(path)["填报"]
    labels = [ws.cell(2, c).value for c in range(1, 9)]
    assert "清单校验码" in labels
    # The version is the reader's, kept out of the unit's sight (issue 21's office
    # trial): in a hidden column, and the note no longer speaks of it.
    assert "填报表版本" not in labels
    assert ws.column_dimensions["L"].hidden
    note = ws["A3"].value
    assert "清单校验码" in note
    assert "填报表版本" not in note
    assert "请勿改动" in note
    # A collective nobody can be sent: refused, as template --all explains it.
    refused = call("--lang", "zh", "track", "template", "省直相关部门", str(tmp_path / "x.xlsx"),
                   "--as-of", "2024-12-31")  # fmt: skip
    assert refused.returncode == 1  # refused, not mistyped: no usage
    assert "用法" not in refused.stderr
    assert "未列明成员单位" in refused.stderr
    assert not (tmp_path / "x.xlsx").exists()


# -- 6. the on-time rate says it leaves out the tasks whose deadline is no date -----------


def test_where_the_rate_is_shown_it_says_undated_tasks_are_left_out(tmp_path):
    from helpers.tracking_example import ledger  # noqa: PLC0415

    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    args = ("track", "scorecard", str(book), "--as-of", "2025-01-01")
    zh = call("--lang", "zh", *args)
    assert "持续推进" in zh.stdout
    assert "不计入按时完成率" in zh.stdout
    en = call("--lang", "en", *args)
    assert "持续推进" in en.stdout
    assert "left out" in en.stdout
    for language, said in (("zh", "不计入"), ("en", "left out")):
        page = tmp_path / f"r-{language}.html"
        tracking.report(ledger(), "2025-01-01", page, language=language)
        text = page.read_text(encoding="utf-8")
        assert "持续推进" in text
        assert said in text
        words = tmp_path / f"r-{language}.docx"
        tracking.report(ledger(), "2025-01-01", words, language=language)
        assert any("持续推进" in p and said in p for p in _paragraphs(words))


def test_a_collectives_template_is_refused_in_one_sentence(tmp_path):
    # The reason names the unit: not wrapped in 单位“省直相关部门”无效：….
    refused = call("--lang", "zh", "track", "template", "省直相关部门", str(tmp_path / "x.xlsx"),
                   "--as-of", "2024-12-31")  # fmt: skip
    last = refused.stderr.strip().splitlines()[-1]
    assert "无效" not in last
    assert last.count("省直相关部门") == 1


def test_a_notices_impossible_date_is_named_as_the_clerk_knows_it(june_round, tmp_path):
    sent, returned = june_round
    args = ("track", "collect", str(returned), "--sent", str(sent), "-o", "-")
    for option, name in (("--date", "成文日期"), ("--return-by", "重新报回日期")):
        bad = call("--lang", "zh", *args, "--notices", str(tmp_path / "n"), option, "2025-02-30")
        assert f"{name}“2025-02-30”不存在" in bad.stderr


# -- issue 21, third trial: last round's template, set aside, is still a file returned ---


def test_last_rounds_template_set_aside_is_chased_as_returned_not_silent(tmp_path):
    """Rule: a unit whose file of the round was set aside, for whatever problem, is
    已报回待修改 in the chase, never 未报送; last round's form filled in again included."""
    import json  # noqa: PLC0415

    june_sent, december_sent = tmp_path / "sent-2024-06", tmp_path / "sent-2024-12"
    tracking.write_templates(PLAN, june_sent, as_of=JUNE)
    tracking.write_templates(PLAN, december_sent, as_of=DECEMBER)
    june = tmp_path / "returned-2024-06"
    june.mkdir()
    (june / f"{AUDIT}.xlsx").write_bytes((june_sent / f"{AUDIT}.xlsx").read_bytes())
    fill(june / f"{AUDIT}.xlsx", {50: ("推进中",)})
    ledger = tmp_path / "ledger.json"
    june_args = ("track", "collect", str(june), "--sent", str(june_sent), "-o", str(ledger))
    assert call(*june_args).returncode == 0
    december = tmp_path / "returned-2024-12"
    december.mkdir()
    # 省委编办 (tasks 40, 41, 53) fills in June's form in December's round.
    (december / "省委编办.xlsx").write_bytes((june_sent / "省委编办.xlsx").read_bytes())
    fill(december / "省委编办.xlsx", {41: ("推进中",), 53: ("推进中",)})
    (december / f"{AUDIT}.xlsx").write_bytes((december_sent / f"{AUDIT}.xlsx").read_bytes())
    fill(december / f"{AUDIT}.xlsx", {50: ("推进中",)})
    into = ("track", "collect", str(december), "--sent", str(december_sent), "--into", str(ledger))
    assert call(*into).returncode == 3
    recorded = json.loads(ledger.read_text(encoding="utf-8"))["set_aside"]
    # Returned for December's round: recorded under it, not the June day on its cover.
    assert [(r["unit"], r["as_of"]) for r in recorded] == [("省委编办", "2024-12-31")]
    zh = call("--lang", "zh", "track", "chase", str(ledger), "--as-of", "2025-01-01")
    _head, rows = _chase_rows(zh.stdout, "省委编办：")
    # Late on 2025-01-01: 41 (2024年12月底前) and 53 (2023年12月底前); 40 is 2025's.
    assert sorted(r.split()[0] for r in rows) == ["41", "53"]
    assert all("已报回待修改" in r and "未报送" not in r for r in rows)


# -- issue 21, third trial: notices that do not invite a wrong answer -------------------


def _one_return(tmp_path, entries, name=f"{AUDIT}.xlsx", unit=AUDIT):
    path = tmp_path / name
    tracking.write_template(PLAN, unit, path, as_of=DECEMBER)
    fill(path, entries)
    return path


def _notice_cells(tmp_path, returned):
    ((_unit, notice),) = tracking.write_notices(PLAN, returned.set_aside, tmp_path / "notices")
    document = docx.Document(str(notice))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(_paragraphs(notice)), cells


def test_a_day_after_the_as_of_day_says_the_answer_is_in_progress(tmp_path):
    """Rule: work finished after the 截至日期 was not done on it: this round's answer is
    推进中. The notice says so, not only "fill in the real day" (which cannot be right)."""
    path = _one_return(tmp_path, {50: ("已完成", "2025-01-10")})
    returned = tracking.read_returns(PLAN, [path], keep_going=True)
    ((aside),) = returned.set_aside
    (problem,) = aside.problems
    assert problem.kind == "done_after_report_cell"
    assert "本轮应填“推进中”" in problem.render("zh")
    _text, cells = _notice_cells(tmp_path, returned)
    (requirement,) = [c for c in cells if "统计截止日期" in c and "完成日期应不晚于" in c]
    assert "2024年12月31日" in requirement
    assert "如该任务在统计截止日期后才完成，本轮应填“推进中”" in requirement


def test_not_started_with_a_day_is_the_day_expected_not_a_problem(tmp_path):
    """Rule (changed by issue 21's office trial): a day beside 未启动, as beside 推进中, is
    the day the unit expects the work done: kept in the report and noted, never a
    completion day, and the file is not set aside (it used to be, as one problem)."""
    path = _one_return(tmp_path, {50: ("未启动", "2025-01-10")})
    returned = tracking.read_returns(PLAN, [path], keep_going=True)
    assert returned.set_aside == ()
    (report,) = returned.ledger.reports
    assert (report.task, report.status, report.completed_on, report.expected) == (
        50,
        tracking.Status.NOT_STARTED,
        None,
        "2025年1月10日",
    )
    assert [(n.kind, n.row, n.column) for n in returned.notes] == [
        ("day_not_completion", 5, "完成（预计完成）日期")
    ]


def test_basically_done_is_not_nudged_toward_done(tmp_path):
    """Rule: 基本完成 is not done; the three statuses are listed, 推进中 for work not wholly
    done, and no "did you mean 已完成?"."""
    path = _one_return(tmp_path, {50: ("基本完成",)})
    returned = tracking.read_returns(PLAN, [path], keep_going=True)
    ((aside),) = returned.set_aside
    (problem,) = aside.problems
    assert (problem.kind, problem.column, problem.value) == ("partly_done", "状态", "基本完成")
    zh = problem.render("zh")
    assert "是否应为" not in zh
    assert "未启动、推进中、已完成" in zh
    assert "未全部完成的填“推进中”" in zh
    assert "did you mean" not in problem.render("en")
    _text, cells = _notice_cells(tmp_path, returned)
    assert any("未全部完成的填“推进中”" in c for c in cells)
    assert not any("是否应为" in c for c in cells)


def test_a_form_with_its_cover_rows_deleted_is_said_in_words(tmp_path):
    """Rule: a unit that deleted row 2 is told its form's first rows were changed or
    deleted, and to use the form as sent; not a cell address and a format name."""
    import openpyxl  # noqa: PLC0415

    path = _one_return(tmp_path, {50: ("推进中",)})
    wb = openpyxl.load_workbook(path)
    wb["填报"].delete_rows(2)
    wb.save(path)
    returned = tracking.read_returns(PLAN, [path], keep_going=True)
    ((aside),) = returned.set_aside
    (problem,) = aside.problems
    assert problem.kind == "not_a_template"
    assert "被改动或删除" in problem.render("zh")
    text, cells = _notice_cells(tmp_path, returned)
    assert "被改动或删除" in text
    assert "dg_plan.template" not in text + "".join(cells)


def test_a_contradiction_note_says_its_days_in_chinese(tmp_path):
    """Rule: a Chinese sentence writes days as 2024年6月30日, never 2024-06-30."""
    june = tracking.Ledger(
        PLAN, [tracking.Report(50, AUDIT, tracking.Status.DONE, JUNE, completed_on=JUNE)]
    )
    path = _one_return(tmp_path, {50: ("推进中",)})
    got = tracking.read_returns(PLAN, [path], keep_going=True, ledger=june)
    (note,) = [n for n in got.notes if n.kind == "contradicts_earlier_round"]
    zh = note.render("zh")
    assert "截至2024年6月30日" in zh
    assert "2024年6月30日完成" in zh
    assert "2024-06-30" not in zh


# -- issue 21, third trial: 催报, the units that returned nothing ------------------------


def test_chase_with_sent_counts_the_returns_and_reminds_the_silent(tmp_path):
    """Rule: of the 60 units sent December's template (template --all), a unit whose file
    is in the ledger has returned; one whose file was set aside has returned (待修改); every
    other has returned nothing and gets a 催报通知, and only those."""
    sent = tmp_path / "sent"
    assert call("track", "template", "--all", str(sent), "--as-of", "2024-12-31").returncode == 0
    returned = tmp_path / "returned"
    returned.mkdir()
    for unit in (AUDIT, "省委编办"):
        (returned / f"{unit}.xlsx").write_bytes((sent / f"{unit}.xlsx").read_bytes())
    fill(returned / f"{AUDIT}.xlsx", {50: ("推进中",)})
    fill(returned / "省委编办.xlsx", {41: ("已完城",)})  # set aside: not a status
    ledger = tmp_path / "ledger.json"
    collect = ("track", "collect", str(returned), "--sent", str(sent), "-o", str(ledger))
    assert call(*collect).returncode == 3
    notices = tmp_path / "chase"
    chase = ("track", "chase", str(ledger), "--as-of", "2025-01-01", "--sent", str(sent))
    zh = call("--lang", "zh", *chase, "--notices", str(notices), "--date", "2025-01-02")
    assert zh.returncode == 0, zh.stderr
    assert (
        "本轮（统计截止日期2024年12月31日）报送情况：向60个单位下发填报表，已报回并汇入台账的1个，"
        "已报回待修改的1个，未报回的58个。"
    ) in zh.stdout
    assert "已报回待修改：省委编办" in zh.stdout
    reminders = sorted(p.name for p in notices.glob("*-催报通知.docx"))
    assert len(reminders) == 58
    assert f"{AUDIT}-催报通知.docx" not in reminders
    assert "省委编办-催报通知.docx" not in reminders
    text = "".join(_paragraphs(notices / "省司法厅-催报通知.docx"))
    assert "关于报送推进情况填报表的通知" in text
    assert "（统计截止日期为2024年12月31日）已下发，你单位至今尚未报回。" in text
    assert "2025年1月9日前报回" in text  # a week after the notice's date
    en = call("--lang", "en", *chase)
    assert "60 units sent a template; 1 returned it into the ledger" in en.stdout


# -- issue 21, third trial: the leader's report ------------------------------------------


def test_the_report_gives_each_units_latest_words_under_its_own_status(tmp_path):
    """Rule: a task's 进展情况 is each unit's latest report's own, beside that report's
    status; a blank one under 已完成 says so (已完成，未填写进展情况), never June's words
    under December's 已完成 (issue 21, round-8 trial: 未填写进展情况 alone read as idle)."""
    import re  # noqa: PLC0415

    justice = "省司法厅"  # task 9: 负责 (2024年6月底前)
    book = tracking.Ledger(
        PLAN,
        [
            tracking.Report(9, justice, tracking.Status.IN_PROGRESS, JUNE, None, "已起草工作方案"),
            tracking.Report(9, justice, tracking.Status.DONE, DECEMBER, D(2024, 9, 15)),
        ],
    )
    path = tmp_path / "report.html"
    tracking.report(book, "2025-01-01", path, language="zh")
    page = path.read_text(encoding="utf-8")
    assert "已起草工作方案" not in page
    assert f"{justice}（截至2024年12月31日）：已完成（2024年9月15日），未填写进展情况" in page
    # Headers stay on one line; the chart's first label has room on the left: it runs
    # down-left from the first bar's middle at 35°, about 12 px a character.
    assert re.search(r"th\s*\{[^}]*white-space:\s*nowrap", page)
    svg = page[page.index("<svg") :]
    (x, label) = re.search(
        r'<text x="([\d.]+)" y="[\d.]+" text-anchor="end"[^>]*>([^<]+)<', svg
    ).groups()
    assert float(x) - 12 * len(label) * 0.82 >= 0
