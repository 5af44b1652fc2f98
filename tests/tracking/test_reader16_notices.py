"""Issue 23, the sixteenth reader's faults in the notices (reader16.md).

6. The 催报通知 opens with one 截至 and one 你单位: 《…推进情况填报表》（统计截止日期为
   2024年12月31日）已下发，你单位至今尚未报回。
7. A notice to a city government says 你市, not 你单位; a 管委会 and a department
   are 你单位 (decided from the unit's kind in the registry and its name).
"""

from __future__ import annotations

import docx
import pytest

from dg_plan import tracking
from dg_plan.tracking.notices import remind_notices
from dg_plan.tracking.word import address, word_document
from helpers.tracking_example import AUDIT, PLAN, ZHENGZHOU, ledger


def _paragraphs(path):
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_the_remind_notice_opens_with_one_cutoff_and_one_your_unit(tmp_path):
    (path,) = remind_notices(PLAN, [AUDIT], "2024-12-31", tmp_path, dated="2025-01-02")
    said = _paragraphs(path)
    (opening,) = [p for p in said if p.startswith("《")]
    assert opening.startswith(
        f"《{PLAN.metadata.title}推进情况填报表》（统计截止日期为2024年12月31日）已下发，"
        "你单位至今尚未报回。请按表内要求逐项如实填写，于2025年1月9日前报回。"
    )
    assert opening.count("截至") == 0
    assert opening.count("你单位") == 1


@pytest.mark.parametrize(
    ("unit", "you"),
    [
        ("郑州市人民政府", "你市"),
        ("郑州市", "你市"),  # an alias: the registry's name decides
        ("济源示范区管委会", "你单位"),
        ("航空港区管委会", "你单位"),
        ("省财政厅", "你单位"),
        ("某某县不存在的单位", "你单位"),
    ],
)
def test_a_unit_is_addressed_by_its_kind(unit, you):
    assert address(PLAN, unit) == you


def test_the_notices_to_a_city_government_say_your_city(tmp_path):
    (path,) = remind_notices(PLAN, [ZHENGZHOU], "2024-12-31", tmp_path, dated="2025-01-02")
    text = "".join(_paragraphs(path))
    assert "已下发，你市至今尚未报回。" in text
    assert "你单位" not in text
    book = ledger()
    (chase,) = [c for c in book.chase("2025-01-01") if c.unit == ZHENGZHOU]
    tracking.write_notice(book, chase, tmp_path / "d.docx", "2025-01-01", dated="2025-01-02")
    said = _paragraphs(tmp_path / "d.docx")
    assert "》中由你市负责的下列" in said[2]
    assert not any("你单位" in p for p in said)


def test_the_english_notice_to_a_city_government_says_your_city_government(tmp_path):
    # As the Chinese says 你市 (the rule of address()), the English says "your city
    # government", never "your unit"; a department is still "your unit".
    book = ledger()
    chases = {c.unit: c for c in book.chase("2025-01-01")}
    other = next(u for u in chases if address(PLAN, u) == "你单位")
    for unit, you in ((ZHENGZHOU, "your city government"), (other, "your unit")):
        path = tmp_path / f"{you}.docx"
        tracking.write_notice(
            book, chases[unit], path, "2025-01-01", dated="2025-01-02", language="en"
        )
        said = _paragraphs(path)
        assert f"that {you} " in said[2]
        if you != "your unit":
            assert not any("your unit" in p.lower() for p in said)


@pytest.mark.parametrize(
    ("you", "english"),
    [
        ("你市", "your city government"),
        ("你区", "your district government"),
        ("你县", "your county government"),
        ("你单位", "your unit"),
    ],
)
def test_an_english_paragraph_addresses_the_recipient_as_the_chinese_does(you, english):
    # The English words for 你市, 你区, 你县 (a local government by its level) and 你单位,
    # at a sentence's start too; the Chinese text says the Chinese word.
    doc = word_document(you)
    said = doc.addressed("Your unit returned a form. The tasks your unit leads: 你单位。")
    assert said == f"{english.capitalize()} returned a form. The tasks {english} leads: {you}。"
