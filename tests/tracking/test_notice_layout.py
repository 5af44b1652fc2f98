"""The three notices laid out as GB/T 9704 lays out a document, read back with python-docx.

A reader who writes government documents found the 文号 under the title, no page
numbers, the date flush right, the contact line as 联系人：…；联系电话：… and its blanks
as （联系人）, and 以下1项任务 … 各项任务 in a notice listing one task (issues 21, 23).
The expected layout is the standard's (GB/T 9704—2012): the 文号 in the header block
above the title, centred; the page number as — 1 — in the footer; the date 右空四字 with
the issuing office centred over it; the 附注 （联系人：…，联系电话：…） under the date,
two characters in; what the office fills in left as a blank line ______.
"""

from __future__ import annotations

import docx
import openpyxl
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from dg_plan import tracking
from dg_plan._cli.chase_views import chase_text
from dg_plan._cli.results import ChaseList
from dg_plan._i18n import using
from dg_plan.tracking.notices import remind_notices
from dg_plan.tracking.scores import Chase
from helpers.tracking_example import AUDIT, BIANBAN, JUSTICE, PLAN, R2, ledger

ISSUED = "2025-01-02"
# The date as signed, and its width in characters counted by hand: 年, 月, 日 one each,
# the digits 2025, 1 and 2 half a character each: 3 + 6 × 0.5 = 6.
SIGNED, SIGNED_WIDTH = "2025年1月2日", 6
# A name of ten characters: centred over a date six wide, it stands out two characters
# on each side, so it is 4 - 2 = 2 characters in from the right.
OFFICE, OFFICE_IN = "河南省人民政府督查室", 2
NUMBER = "豫督〔2024〕"
TEXT_SIZE = 16  # 三号, the text's size: a character is 16 pt wide


def _chase(folder, **options):
    return tracking.chase_notices(ledger(), "2025-01-01", folder, dated=ISSUED, **options)


def _return(folder, **options):
    returned = folder / "returned"
    returned.mkdir(parents=True)
    openpyxl.Workbook().save(returned / f"{AUDIT}.xlsx")  # not the template: set aside
    set_aside = tracking.read_returns(PLAN, [returned], keep_going=True).set_aside
    if "office" in options:  # the return notice's name for it
        options["issuer"] = options.pop("office")
    written = tracking.write_notices(PLAN, set_aside, folder / "n", dated=ISSUED, **options)
    return [str(path) for _unit, path in written]


def _remind(folder, **options):
    return remind_notices(PLAN, [AUDIT], R2, folder, dated=ISSUED, **options)


KINDS = {"督办通知": _chase, "退回修改通知": _return, "催报通知": _remind}


def _paragraphs(path):
    return [p for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def _texts(path):
    return [p.text for p in _paragraphs(path)]


@pytest.mark.parametrize("kind", KINDS)
def test_the_number_is_above_the_title_centred(tmp_path, kind):
    (path, *_rest) = KINDS[kind](tmp_path, number=NUMBER, office=OFFICE)
    first, title, addressee = _paragraphs(path)[:3]
    assert first.text == f"{NUMBER}1号"
    assert title.text.startswith("关于")
    assert title.text.endswith("的通知")
    assert addressee.text.endswith("：")
    assert first.alignment == title.alignment == WD_ALIGN_PARAGRAPH.CENTER


@pytest.mark.parametrize("kind", KINDS)
def test_the_page_numbers_are_in_the_footer(tmp_path, kind):
    (path, *_rest) = KINDS[kind](tmp_path)
    footer = docx.Document(str(path)).sections[0].footer
    (paragraph,) = footer.paragraphs
    # — 1 — as shown; a PAGE field inside, so every page shows its own number.
    assert paragraph.text == "— 1 —"
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
    xml = paragraph._p.xml
    assert "<w:instrText" in xml
    assert "PAGE" in xml
    assert 'w:fldCharType="begin"' in xml
    assert 'w:fldCharType="end"' in xml


@pytest.mark.parametrize("kind", KINDS)
def test_the_office_is_centred_over_the_date_four_characters_in(tmp_path, kind):
    (path, *_rest) = KINDS[kind](tmp_path, office=OFFICE, contact="李四", phone="0371-65900000")
    paragraphs = _paragraphs(path)
    texts = [p.text for p in paragraphs]
    at = texts.index(SIGNED)
    office, date = paragraphs[at - 1], paragraphs[at]
    # 特此通知, the office, the date, the contact line: the order of GB/T 9704.
    assert texts[at - 2 : at + 2] == [
        "特此通知。",
        OFFICE,
        SIGNED,
        "（联系人：李四，联系电话：0371-65900000）",
    ]
    assert office.alignment == date.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert date.paragraph_format.right_indent == Pt(4 * TEXT_SIZE)
    assert office.paragraph_format.right_indent == Pt(OFFICE_IN * TEXT_SIZE)
    # Centred: the middle of each as far from the right margin.
    office_middle = OFFICE_IN + len(OFFICE) / 2
    assert office_middle == 4 + SIGNED_WIDTH / 2
    # The contact line two characters in, as a paragraph of the text is.
    contact = paragraphs[at + 1]
    assert contact.paragraph_format.first_line_indent == Pt(2 * TEXT_SIZE)


@pytest.mark.parametrize("kind", KINDS)
def test_without_a_contact_the_line_leaves_blanks(tmp_path, kind):
    (path, *_rest) = KINDS[kind](tmp_path)
    texts = _texts(path)
    assert "（联系人：______，联系电话：______）" in texts
    assert not any("（联系人）" in t or "（联系电话）" in t for t in texts)
    # A contact without a telephone: the telephone alone left blank.
    (path, *_rest) = KINDS[kind](tmp_path / "named", contact="李四")
    assert "（联系人：李四，联系电话：______）" in _texts(path)


def test_a_long_office_name_stays_within_the_margin(tmp_path):
    office = "河南省人民政府办公厅督查督办处（省政府督查室）"  # 23 characters, the date 6
    (path, *_rest) = _chase(tmp_path, office=office)
    paragraphs = _paragraphs(path)
    (signed,) = [p for p in paragraphs if p.text == office]
    assert signed.paragraph_format.right_indent in (None, 0)


def test_the_english_chase_notice_has_the_same_layout(tmp_path):
    (path, *_rest) = _chase(tmp_path, language="en", number=NUMBER)
    texts = _texts(path)
    assert texts[0] == f"{NUMBER}1号"
    assert texts[-3:] == ["(sending office)", ISSUED, "(Contact: ______, telephone: ______)"]


# -- a notice listing one task --------------------------------------------------------


def _one_task_chase():
    (chase,) = [c for c in ledger().chase("2025-01-01") if c.unit == JUSTICE]
    assert len(chase.items) == 1  # 52, 推进中, due 2024年12月底前
    return chase


def test_a_chase_notice_of_one_task_says_the_task_not_each_task(tmp_path):
    path = tmp_path / "one.docx"
    tracking.write_notice(ledger(), _one_task_chase(), path, "2025-01-01", dated=ISSUED)
    body = "\n".join(_texts(path))
    # A count of tasks in one form, one or many (the seventh reader): 下列1项任务.
    assert "下列1项任务已过完成时限" in body
    assert "书面反馈该项任务" in body
    assert "以下" not in body
    assert "各项任务" not in body
    # Two tasks: 下列2项任务 and 各项任务.
    (two,) = [c for c in ledger().chase("2025-01-01") if c.unit == BIANBAN]
    assert len(two.items) == 2
    tracking.write_notice(ledger(), two, tmp_path / "two.docx", "2025-01-01", dated=ISSUED)
    body = "\n".join(_texts(tmp_path / "two.docx"))
    assert "下列2项任务已过完成时限" in body
    assert "以下" not in body
    assert "书面反馈各项任务" in body


def test_a_reminder_listing_one_late_task_says_the_task(tmp_path):
    (path,) = remind_notices(PLAN, [JUSTICE], R2, tmp_path, dated=ISSUED, late=[_one_task_chase()])
    body = "\n".join(_texts(path))
    assert "你单位牵头的下列1项任务已过完成时限" in body
    assert "以下" not in body


# -- the chase's lines, whole sentences ----------------------------------------------------


def test_a_unit_whose_file_was_sent_back_reads_as_one_line():
    chase = next(c for c in ledger().chase("2025-01-01") if c.unit == BIANBAN)
    chase = Chase(chase.unit, chase.items, set_aside=True, reason="cells")
    with using("zh"):
        lines = chase_text(ChaseList("2025-01-01", (chase,))).splitlines()
    assert f"{BIANBAN}：逾期未完成任务2项（报回的填报表需修改，尚未汇入台账）" in lines
    with using("en"):
        lines = chase_text(ChaseList("2025-01-01", (chase,))).splitlines()
    said = "2 late tasks (its returned file has cells to fix and is not in the ledger yet)"
    assert f"{BIANBAN}: {said}" in lines


def test_the_returns_line_says_two_files_as_the_glossary_does():
    returns = (R2, (JUSTICE,), (BIANBAN, AUDIT), ("省气象局",))
    found = ChaseList(
        "2025-01-01", (), returns=returns, reasons={BIANBAN: "cells", AUDIT: "two_files"}
    )
    with using("zh"):
        lines = chase_text(found).splitlines()
    assert (
        "本轮（统计截止日期2024年12月31日）报送情况：向4个单位下发填报表，已报回并汇入台账的1个，"
        "已报回待修改的1个，已报回（两份，待核定）的1个，未报回的1个。"
    ) in lines
