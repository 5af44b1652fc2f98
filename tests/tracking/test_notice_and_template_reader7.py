"""The seventh reader's findings on the notices and the 填报表 (issue 23, round 10).

- A notice names the unit's role in the tasks as the glossary does: 牵头 for a lead, 负责
  for a unit 负责, 牵头或负责 for both; a 配合单位 is never sent one (its answer does not
  make a task's status), so no notice says 配合 or calls a lead 负责.
- A count of tasks in one form, one task or many: 下列1项任务, 下列21项任务 (not 下列任务
  for one and 以下21项任务 for many).
- The 填报表's instruction row gives an example completion day the form itself accepts
  (no later than its 统计截止日期), and says that 推进中 and 未启动 rows may give the time
  they expect the work done in the 完成日期 column (what the reader keeps as 预计…完成).
"""

from __future__ import annotations

import datetime
import re

import docx
import openpyxl
import pytest

from dg_plan import Role, tracking
from dg_plan.tracking.notices import remind_notices
from dg_plan.tracking.scores import Chase, ChaseItem
from helpers.tracking_example import JUSTICE, PLAN, R2, ledger
from helpers.workbooks import fill

AS_OF = "2025-01-01"
ROLE_WORDS = {frozenset({Role.LEAD}): "牵头", frozenset({Role.RESPONSIBLE}): "负责"}


def _paragraphs(path) -> list[str]:
    return [p.text for p in docx.Document(path).paragraphs]


def _opening(path) -> str:
    return next(p for p in _paragraphs(path) if p.startswith("截至"))


def test_no_supporting_unit_is_chased():
    # On a ledger with no report at all every late task is chased: still no 配合 role.
    empty = tracking.Ledger(PLAN, ())
    chases = empty.chase(AS_OF)
    assert len(chases) > 40
    assert all(i.role in (Role.LEAD, Role.RESPONSIBLE) for c in chases for i in c.items)


def test_each_notice_names_the_units_own_role_and_counts_its_tasks(tmp_path):
    empty = tracking.Ledger(PLAN, ())
    chases = {c.unit: c for c in empty.chase(AS_OF)}
    written = tracking.chase_notices(empty, AS_OF, tmp_path / "n")
    assert len(written) == len(chases)
    seen = set()
    for path in written:
        unit = path.rsplit("/", 1)[-1].removesuffix("-督办通知.docx")
        chase = chases[unit]
        roles = frozenset(i.role for i in chase.items)
        role = ROLE_WORDS.get(roles, "牵头或负责")
        seen.add(role)
        count = len(chase.items)
        opening = _opening(path)
        # A city government is addressed 你市 (the sixteenth reader, fault 7).
        you = "你市" if unit.endswith("市人民政府") else "你单位"
        assert f"中由{you}{role}的下列{count}项任务已过完成时限" in opening, opening
        assert "以下" not in opening
    # The shipped plan has units of each kind: leads only, 负责 only, both.
    assert seen == {"牵头", "负责", "牵头或负责"}


@pytest.mark.parametrize(
    ("roles", "said"),
    [
        ((Role.SUPPORT,), "配合"),
        ((Role.SUPPORT, Role.RESPONSIBLE), "承担"),
        ((Role.LEAD, Role.SUPPORT), "承担"),
    ],
)
def test_a_supporting_unit_chased_is_not_said_to_be_responsible(tmp_path, roles, said):
    # A task naming neither a lead nor a unit 负责 makes its supporting units
    # accountable (Task.accountable): such a unit may be chased, and is no 负责单位.
    tasks = [t for t in PLAN.tasks if t.deadline.date is not None][: len(roles)]
    chase = Chase("某单位", tuple(ChaseItem(t, r, None) for t, r in zip(tasks, roles, strict=True)))
    path = tmp_path / "n.docx"
    tracking.write_notice(ledger(), chase, path, AS_OF)
    opening = _opening(path)
    assert f"中由你单位{said}的下列{len(roles)}项任务已过完成时限" in opening, opening
    assert "负责" not in opening


def test_a_reminder_counts_its_late_tasks_as_the_notice_does(tmp_path):
    chases = [c for c in ledger().chase(AS_OF) if c.unit == JUSTICE]
    (path,) = remind_notices(PLAN, [JUSTICE], R2, tmp_path, late=chases)
    body = "\n".join(_paragraphs(path))
    count = len(chases[0].items)
    assert f"下列{count}项任务已过完成时限" in body
    assert "以下" not in body


def test_the_english_notice_keeps_its_role_words(tmp_path):
    (chase,) = [c for c in ledger().chase(AS_OF) if c.unit == JUSTICE]
    path = tmp_path / "en.docx"
    tracking.write_notice(ledger(), chase, path, AS_OF, language="en")
    opening = next(p for p in _paragraphs(path) if p.startswith("As of"))
    # 省司法厅's one late task is 52, which it leads (helpers/tracking_example.py).
    assert "that your unit leads" in opening


# -- the 填报表's instruction row -------------------------------------------------------


def _instruction(path) -> str:
    return openpyxl.load_workbook(path)["填报"]["A3"].value


def _day(text: str) -> datetime.date:
    y, m, d = (int(g) for g in re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text).groups())
    return datetime.date(y, m, d)


@pytest.mark.parametrize(
    "as_of",
    [
        datetime.date(2024, 6, 30),
        datetime.date(2024, 7, 1),  # early in a month: the 15th would be after it
        datetime.date(2024, 12, 31),
        datetime.date(2025, 3, 14),
    ],
)
def test_the_instruction_examples_are_ones_the_form_accepts(tmp_path, as_of):
    path = tmp_path / "t.xlsx"
    tracking.write_template(PLAN, JUSTICE, path, as_of=as_of)
    note = _instruction(path)
    examples = re.findall(r"如(\d{4}年\d{1,2}月\d{1,2}日)", note)
    assert len(examples) == 1, note
    assert _day(examples[0]) <= as_of
    assert "不晚于统计截止日期" in note
    # The expected time: in the 完成日期 column, for the rows not done, after the day.
    said = re.search(
        r"推进中、未启动的可在“完成（预计完成）日期”列填写预计完成日期（如(\d{4})年(\d{1,2})月底前）",
        note,
    )
    assert said is not None, note
    assert (int(said[1]), int(said[2])) > (as_of.year, as_of.month)
    # Typed in as the note says, the form is read without a problem.
    rows = {r.task.number: r for r in PLAN.responsibilities(JUSTICE)}
    done, going = sorted(rows)[:2]
    fill(path, {done: ("已完成", examples[0]), going: ("推进中", f"{said[1]}年{said[2]}月底前")})
    # All or nothing: a problem anywhere would raise.
    returned = tracking.read_returns(PLAN, [path])
    expected = {r.task: r.expected for r in returned.ledger.reports}
    assert expected[going] == f"{said[1]}年{said[2]}月底前"
