"""The fourteenth reader of government Chinese: the tracking screens' and notices' wording.

Issue #23, reader14's faults 2, 3, 4, 7, 8, 11, 12, 13, 14 and 21. Each expected
sentence is the one the reader asked for, written out by hand, not copied from output.
"""

from __future__ import annotations

import html
import re

import pytest

from dg_plan import tracking
from helpers.tracking_example import BIANBAN, JUSTICE, ledger

docx = pytest.importorskip("docx")

DAY = "2025-01-01"


def _notice(tmp_path, unit, set_aside=None, language="zh"):
    book = ledger()
    (chase,) = [c for c in book.chase(DAY, set_aside=set_aside or {}) if c.unit == unit]
    path = tmp_path / f"{unit}-{language}.docx"
    tracking.write_notice(book, chase, path, DAY, dated=DAY, language=language)
    return [p.text for p in docx.Document(str(path)).paragraphs]


# -- 11. the 督办通知 to a unit that did report; the set-aside unit asked once ---------------


def test_a_unit_that_reported_its_late_task_is_not_told_it_did_not_report(tmp_path):
    # 省司法厅 reported task 52 推进中: the task is not completed; it was reported.
    said = _notice(tmp_path, JUSTICE)
    assert said[2].endswith("下列1项任务已过完成时限，尚未完成。请高度重视，抓紧推进落实。")
    assert not any("尚未报送" in p for p in said)
    english = _notice(tmp_path, JUSTICE, language="en")
    assert "is past its deadline and is not completed to date." in english[2]


def test_the_unit_whose_form_was_sent_back_is_asked_once(tmp_path):
    said = _notice(tmp_path, BIANBAN, {BIANBAN: "cells"})
    assert said[2].endswith(
        "你单位本轮报回的填报表因需修改已退回，"
        "请修改后，于2025年1月8日前连同下列任务的进展情况及佐证材料一并报回。"
    )
    assert not any("书面反馈" in p for p in said)
    assert sum("2025年1月8日" in p for p in said) == 1


def test_two_files_awaiting_the_choice_are_still_asked_to_reply(tmp_path):
    said = _notice(tmp_path, BIANBAN, {BIANBAN: "two_files"})
    assert "请于2025年1月8日前书面反馈各项任务进展情况及佐证材料。" in said


# -- 7. the ranking rule, clause by clause, each closed with ； ----------------------------


def test_the_ranking_rule_is_punctuated_clause_by_clause(tmp_path):
    from helpers.cli import call  # noqa: PLC0415

    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    out = call("--lang", "zh", "track", "scorecard", str(book), "--as-of", DAY).stdout
    (rule,) = [line for line in out.splitlines() if "排名依据：" in line]
    assert rule.endswith(
        "排名依据：按时完成率高的在前；按时完成率相同的，“未报送合计”少的在前；"
        "仍相同的，“逾期未完成”少的在前；以上均相同的，并列。"
    )


# -- 21. collect: all returned, and how many of them were sent back ------------------------


def test_collect_says_how_many_returned_and_how_many_were_sent_back(tmp_path):
    import datetime  # noqa: PLC0415

    import dg_plan  # noqa: PLC0415
    from helpers.cli import call  # noqa: PLC0415
    from helpers.workbooks import fill  # noqa: PLC0415

    plan = dg_plan.load_plan()
    as_of = datetime.date(2024, 12, 31)
    units = ("省审计厅", "省委编办", "省市场监管局")
    sent, back = tmp_path / "sent", tmp_path / "returned"
    for folder in (sent, back):
        folder.mkdir()
        for unit in units:
            tracking.write_template(plan, unit, folder / f"{unit}.xlsx", as_of=as_of)
    fill(back / "省审计厅.xlsx", {50: ("推进中",)})
    fill(back / "省委编办.xlsx", {40: ("推进中",), 53: ("推进中",)})
    first = plan.tasks_for("省市场监管局")[0].number
    fill(back / "省市场监管局.xlsx", {first: ("完成了",)})  # a bad 状态: sent back
    args = ["--lang", "zh", "track", "collect", str(back), "--sent", str(sent)]
    out = call(*args, "-o", str(tmp_path / "l.json"), "--notices", str(tmp_path / "n"))
    lines = out.stdout.splitlines()
    assert "下发填报表的3个单位均已报回，其中1个单位的填报表已退回修改。" in lines
    plain = call(*args, "-o", str(tmp_path / "m.json")).stdout.splitlines()
    assert "下发填报表的3个单位均已报回，其中1个单位的填报表需退回修改。" in plain


# -- 14. the --replace 提示: one plain sentence, the file named once ------------------------


def test_the_replace_note_is_one_plain_sentence(tmp_path):
    import datetime  # noqa: PLC0415

    import dg_plan  # noqa: PLC0415
    from helpers.cli import call  # noqa: PLC0415
    from helpers.workbooks import fill  # noqa: PLC0415

    plan = dg_plan.load_plan()
    first, fixed = tmp_path / "a", tmp_path / "b"
    for folder, note in ((first, "初稿"), (fixed, "修改稿")):
        folder.mkdir()
        path = folder / "省审计厅.xlsx"
        tracking.write_template(plan, "省审计厅", path, as_of=datetime.date(2024, 12, 31))
        fill(path, {50: ("推进中", None, note)})
    book = tmp_path / "l.json"
    assert call("track", "collect", str(first), "-o", str(book)).returncode == 0
    args = ["track", "collect", str(fixed), "--into", str(book), "--replace"]
    done = call("--lang", "zh", *args)
    assert done.returncode == 0, done.stderr
    assert (
        "提示：已用“省审计厅.xlsx”替换台账中省审计厅数据截止日期为2024年12月31日的1条报送记录。"
        in done.stderr.splitlines()
    )


# -- 12. a return-by day before the notices' own date is said ---------------------------


def test_a_return_by_day_before_the_notices_date_is_said(tmp_path):
    import datetime  # noqa: PLC0415

    import dg_plan  # noqa: PLC0415
    from helpers.cli import call  # noqa: PLC0415
    from helpers.workbooks import fill  # noqa: PLC0415

    plan = dg_plan.load_plan()
    back = tmp_path / "returned"
    back.mkdir()
    path = back / "省市场监管局.xlsx"
    tracking.write_template(plan, "省市场监管局", path, as_of=datetime.date(2024, 12, 31))
    fill(path, {plan.tasks_for("省市场监管局")[0].number: ("完成了",)})

    def collect(name, dated):
        out = ["-o", str(tmp_path / f"{name}.json"), "--notices", str(tmp_path / name)]
        return call(
            "--lang", "zh", "track", "collect", str(back), *out,
            "--return-by", "2025-01-20", "--date", dated,
        )  # fmt: skip

    early = collect("early", "2025-02-01")
    said = (early.stdout + early.stderr).splitlines()
    assert "重新报回日期（2025年1月20日）早于成文日期（2025年2月1日），请核对。" in said
    fine = collect("fine", "2025-01-10")
    assert "早于成文日期" not in fine.stdout + fine.stderr


# -- 13. collect --strict lists a problem as the normal run does --------------------------


def test_the_strict_list_says_a_problem_as_the_normal_listing(tmp_path):
    import datetime  # noqa: PLC0415

    import dg_plan  # noqa: PLC0415
    from helpers.cli import call  # noqa: PLC0415
    from helpers.workbooks import fill  # noqa: PLC0415

    plan = dg_plan.load_plan()
    back = tmp_path / "returned"
    back.mkdir()
    path = back / "省市场监管局.xlsx"
    tracking.write_template(plan, "省市场监管局", path, as_of=datetime.date(2024, 12, 31))
    row = fill(path, {plan.tasks_for("省市场监管局")[0].number: ("完成了",)})
    (row,) = row.values()
    args = ["--lang", "zh", "track", "collect", str(back), "-o", str(tmp_path / "l.json")]
    normal = call(*args)
    strict = call(*args[:-1], str(tmp_path / "s.json"), "--strict")
    assert strict.returncode == 1
    (said,) = [x.strip() for x in strict.stderr.splitlines() if "完成了" in x]
    assert said.startswith(f"“省市场监管局.xlsx”“填报”表第{row}行“状态”列：")
    assert said.endswith("（填写内容：完成了）。")
    assert said in [x.strip() for x in (normal.stdout + normal.stderr).splitlines()]


# -- 3. chase run again: many notices, a counted heading and one a line ------------------


def test_many_notices_not_written_again_are_listed_one_a_line():
    import datetime  # noqa: PLC0415

    from dg_plan._cli.chase_views import _kept_lines  # noqa: PLC0415
    from dg_plan._cli.results import ChaseList  # noqa: PLC0415
    from dg_plan._i18n import using  # noqa: PLC0415
    from dg_plan.tracking import Issued  # noqa: PLC0415

    units = ("省审计厅", "省委编办", "省司法厅", "省气象局")
    kept = tuple(
        Issued(
            kind="督办通知",
            unit=u,
            number=f"豫数督〔2025〕{n}号",
            dated=datetime.date(2025, 1, 2),
            file=f"{u}-督办通知.docx",
        )
        for n, u in enumerate(units, start=2)
    )
    with using("zh"):
        lines = _kept_lines(ChaseList("2025-01-01", (), kept=kept))
    assert lines[1] == "以下4份当日已发通知本次未重新生成（台账中的发文记录保留）："
    assert lines[2:] == [f"  {u}督办通知（豫数督〔2025〕{n}号）" for n, u in enumerate(units, 2)]


# -- zh19b: the notes under the per-unit table name its columns as they are headed ---------

_QUOTED = {"zh": r"“(.*?)”", "en": r'"(.*?)"'}
_RANKED_BY = {"zh": {"未报送合计", "逾期未完成"}, "en": {"not reported, in all", "late, not done"}}


def _cells(row):
    return [
        html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<th[^>]*>(.*?)</th>", row)
    ]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_notes_name_the_columns_as_headed(tmp_path, language):
    # Issue 23: the report's section 三 headed a column 未报送合计 while its note 6 ranked
    # by 未报送项数, a name no column has. Every name a note quotes is a header of the
    # table above it (the rate's "—" aside: a value, not a column), and the ranking
    # note quotes the two columns it ranks by (the rule the note states).
    path = tmp_path / f"report-{language}.html"
    tracking.report(ledger(), DAY, path, language=language)
    page = path.read_text(encoding="utf-8")
    rank = "排名" if language == "zh" else "Rank"
    heads = [_cells(h) for h in re.findall(r"<thead>(.*?)</thead>", page, re.DOTALL)]
    (head,) = [cells for cells in heads if rank in cells]
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    notes = text[text.index("注：" if language == "zh" else "Notes:") :]
    quoted = [q for q in re.findall(_QUOTED[language], notes) if q != "—"]
    assert len(quoted) >= 5
    assert [q for q in quoted if q not in head] == []
    ranking = notes[notes.index("6. ") :]
    assert _RANKED_BY[language] <= set(re.findall(_QUOTED[language], ranking))
