"""The shipped data's English notes on units and platforms, and their Chinese (issue 23).

A reader of the Chinese edition of the site, of a unit's card in a notebook or of the
Chinese xlsx export met the notes in English. Their Chinese is the ``dg_plan_data``
catalog (``dg_plan/locale/zh_CN/LC_MESSAGES/dg_plan_data.po``): one message per note,
exactly as the data has it. What a Chinese note must be is the style rule of every
Chinese line (helpers/chinese_style.py): no English words (a web address excepted),
days as 2023年5月18日, no space between a number and a Chinese character.
"""

from __future__ import annotations

import re
from importlib.resources import files

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from python_calamine import CalamineWorkbook

import dg_plan
from dg_plan import _i18n, export, site
from helpers import ROOT
from helpers.chinese_style import faults
from helpers.site_pages import read_page

PLAN = dg_plan.load_plan()
PO = ROOT / "src" / "dg_plan" / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan_data.po"
NOTES = {
    **{u.name: u.note for u in PLAN.units if u.note},
    **{p.name: p.note for p in PLAN.platforms if p.note},
}
# A web address a note names (gsxt.gov.cn) is written as it is.
ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)+")
# A number then a Chinese character, or the reverse, with a space between (共 178 项).
SPACED_NUMBER = re.compile(r"[\u3400-\u9fff] +\d|\d +[\u3400-\u9fff]")


def english_words(text: str) -> list[str]:
    """The Latin words of two letters or more in *text*, web addresses and 5G aside."""
    return re.findall(r"[A-Za-z]{2,}", ADDRESS.sub(" ", text))


def _catalog():
    with PO.open("rb") as f:
        return read_po(f)


def test_the_check_can_fail():
    english = "Vertically managed by the China Meteorological Administration."
    assert english_words(english)
    assert english_words("由 CMA 垂直管理")
    assert english_words("全国信用信息网站（creditchina.gov.cn）。") == []
    assert SPACED_NUMBER.search("共 178 项")
    assert not SPACED_NUMBER.search("共178项，5G网络")


def test_every_note_of_the_data_has_its_chinese_and_no_other():
    catalog = _catalog()
    messages = {m.id: m.string for m in catalog if m.id}
    assert set(messages) == set(NOTES.values())
    for message in catalog:
        if message.id:
            assert not message.fuzzy, message.id
            assert message.string.strip(), message.id


@pytest.mark.parametrize("name", sorted(NOTES))
def test_each_chinese_note_reads_as_chinese(name):
    chinese = _i18n.data_text(NOTES[name], "zh")
    assert chinese != NOTES[name], name
    assert english_words(chinese) == [], (name, chinese)
    assert faults(chinese) == [], (name, chinese)
    assert not SPACED_NUMBER.search(chinese), (name, chinese)
    # English is the data as it is.
    assert _i18n.data_text(NOTES[name], "en") == NOTES[name]


def test_the_installed_data_catalog_is_compiled_from_the_po():
    mo = files("dg_plan") / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan_data.mo"
    with mo.open("rb") as compiled:
        installed = read_mo(compiled)
    assert {m.id: m.string for m in installed if m.id} == {
        m.id: m.string for m in _catalog() if m.id
    }


def test_a_note_the_catalog_does_not_hold_is_shown_as_it_is():
    assert _i18n.data_text("A note of my own.", "zh") == "A note of my own."
    assert _i18n.data_text("", "zh") == ""


def test_no_english_note_on_the_chinese_site(tmp_path):
    built = site.build(PLAN, tmp_path)
    seen = 0
    for name in built.pages:
        if not (name.startswith("zh/units/") and name.endswith(".html")):
            continue
        page = read_page(built.folder / name)
        for dl in page.fields:
            for term, text, _hrefs in dl:
                if term == "备注":
                    seen += 1
                    assert english_words(text) == [], (name, text)
                    assert text in {_i18n.data_text(n, "zh") for n in NOTES.values()}
    assert seen == sum(1 for u in PLAN.units if u.note)


def test_no_english_note_in_a_chinese_card_or_export(tmp_path):
    with _i18n.using("zh"):
        for unit in PLAN.units:
            if unit.note:
                card = unit._repr_html_()
                assert unit.note not in card, unit.name
        assert "由中国气象局垂直管理。" in PLAN.unit("省气象局")._repr_html_()
        assert "全省政务区块链。" in PLAN.platform("河南链")._repr_html_()
    path = tmp_path / "plan.xlsx"
    export.to_excel(PLAN, path, lang="zh")
    book = CalamineWorkbook.from_path(str(path))
    for sheet in ("单位", "平台"):
        rows = book.get_sheet_by_name(sheet).to_python()
        assert rows[0][-1] == "备注"
        for row in rows[1:]:
            assert english_words(row[-1]) == [], (sheet, row[0], row[-1])


def _short_names() -> dict[str, str]:
    """A 省 unit's name without its 省 (通信管理局 for 省通信管理局), from the registry."""
    return {u.name[1:]: u.name for u in PLAN.units if u.name.startswith("省") and len(u.name) > 3}


def _bare_mentions(text: str) -> list[str]:
    """The 省 units *text* names without their 省 (通信管理局 where 省通信管理局 is meant).

    A short name inside another unit's name (公安厅 in 市公安厅 is not meant) is no mention.
    """
    names = _short_names()

    def bare(at: int, short: str) -> bool:
        before = text[:at]
        return not before.endswith("省") and not any(
            before.endswith(n[: -len(short)])
            for n in names.values()
            if n.endswith(short) and n != names[short]
        )

    return [
        names[short]
        for short in names
        for m in re.finditer(re.escape(short), text)
        if bare(m.start(), short)
    ]


def test_the_bare_name_check_can_fail():
    assert _bare_mentions("上方单元格另有通信管理局，属于网络方面的机构") == ["省通信管理局"]
    assert _bare_mentions("上方单元格另有省通信管理局，属于通信网络方面的机构") == []


def test_a_provenance_note_names_a_provincial_unit_with_its_province():
    """reader14 fault 22, reader15 fault 13: show 119 said 通信管理局 for 省通信管理局."""
    bare = [
        (task.number, name)
        for task in PLAN.tasks
        for note in task.provenance.notes
        for name in _bare_mentions(str(dict(note.values).get("evidence_zh", "")))
    ]
    assert bare == []
    notes = [str(dict(n.values).get("evidence_zh", "")) for n in PLAN.task(119).provenance.notes]
    assert any("上方单元格另有省通信管理局" in n for n in notes)
