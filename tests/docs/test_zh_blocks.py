"""The Chinese edition's code blocks: their comments and output in Chinese, their code never.

docs/conf.py puts every code block in the page's catalog (``gettext_additional_targets``).
A translation may change a block's comments (prose) and the output it shows of a
``dg-plan`` command (what the command prints with ``--lang zh``); the code is the English
block's, character for character, and the output is the command's, rerun here, so
that neither can drift from what a reader runs.
"""

from __future__ import annotations

import datetime
import shlex
import shutil
import unicodedata

import pytest
from babel.messages.pofile import read_po

from dg_plan import tracking
from helpers import ROOT
from helpers.cli import call
from helpers.docs_blocks import (
    ENGLISH_IN_BOTH,
    ENGLISH_OUTPUT,
    OUTPUT,
    Block,
    blocks,
    commands,
    parts,
    shows_output_only,
)
from helpers.returns_round import type_into
from helpers.tracking_example import PLAN, REPORTS

LOCALE = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"
PAGES = sorted(p.stem for p in LOCALE.glob("*.po"))
CORPUS = ROOT / "tests" / "importing" / "corpus"


def _catalog(page):
    with (LOCALE / f"{page}.po").open("rb") as f:
        return {m.id: m.string for m in read_po(f) if m.id}


def _first_line(block):
    return block.text.splitlines()[0]


def _output_only(block):
    return shows_output_only(block)


def _blocks_and_translations():
    """Every code block of every translated page, with its catalog translation ("" if none)."""
    found = []
    for page in PAGES:
        catalog = _catalog(page)
        for block in blocks(page):
            assert block.text in catalog, (
                f"{page}.md:{block.line}: the block is not in the catalog; update it "
                "(docs/conf.py says how)"
            )
            found.append((block, catalog[block.text]))
    return found


BLOCKS = _blocks_and_translations()
TRANSLATED = [(block, string) for block, string in BLOCKS if string]


def _id(item):
    block = item[0] if isinstance(item, tuple) else item
    return f"{block.page}:{block.line}"


def _is_chinese(text):
    return any(unicodedata.name(c, "").startswith("CJK UNIFIED IDEOGRAPH") for c in text)


def test_blocks_are_translated():
    # Checked in full below; a few at least, or the checks check nothing.
    assert len(TRANSLATED) >= 20


@pytest.mark.parametrize("item", TRANSLATED, ids=_id)
def test_a_translated_block_keeps_its_code(item):
    block, string = item
    output_only = _output_only(block)
    english = parts(block.language, block.text, output_only=output_only)
    chinese = parts(block.language, string, output_only=output_only)
    assert chinese.code == english.code
    # Each comment says in Chinese what the English one says, one for one.
    assert len(chinese.comments) == len(english.comments)
    assert all(_is_chinese(c) for c in chinese.comments), chinese.comments
    # A Python session's output is Python's, the same in both editions; a command's
    # output is checked against the command below.
    if not output_only and not _shows_commands(block):
        assert chinese.output == english.output


def _shows_commands(block):
    return any(command.startswith("dg-plan ") for command, _ in commands(block.text))


def test_every_english_comment_is_translated():
    untranslated = [
        f"{block.page}.md:{block.line}: {comment}"
        for block, string in BLOCKS
        if not string
        for comment in parts(block.language, block.text, output_only=_output_only(block)).comments
        if not _is_chinese(comment)
    ]
    assert untranslated == []


# -- the output shown is the output printed ---------------------------------------------


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The files the docs' commands read, made as the docs say they were."""
    pytest.importorskip("openpyxl")
    here = tmp_path_factory.mktemp("docs-commands")
    # docs/tracking.md: the made-up round of tests/helpers/tracking_example.py, and for
    # task 5 one of its two leads reporting it done (the page says so).
    ledger = tracking.Ledger(PLAN, REPORTS)
    (here / "example.json").write_text(tracking.dumps(ledger), encoding="utf-8")
    day, done = datetime.date(2024, 12, 31), datetime.date(2024, 6, 15)
    task5 = tracking.Report(5, "省市场监管局", tracking.Status.DONE, day, completed_on=done)
    (here / "task5.json").write_text(
        tracking.dumps(tracking.Ledger(PLAN, [task5])), encoding="utf-8"
    )
    # docs/tracking.md's round: a template for every unit that can be sent one, three
    # returned (4 reports in two; the bureau's with a misspelt status in row 29 and a
    # day that does not exist in row 40, set aside), the other 57 units silent.
    tracking.write_templates(PLAN, here / "sent", as_of=day)
    returned = here / "returned"
    returned.mkdir()
    bureau = here / "sent" / "省行政审批政务信息管理局.xlsx"
    type_into(bureau, {29: ("已完城",), 40: ("已完成", "2024-02-30")}).save(
        returned / "bureau.xlsx"
    )
    type_into(here / "sent" / "省审计厅.xlsx", {5: ("推进中",)}).save(returned / "audit.xlsx")
    typed = {5: ("推进中",), 6: ("已完成", "2024-06-30"), 7: ("未启动",)}
    type_into(here / "sent" / "省财政厅.xlsx", typed).save(returned / "finance.xlsx")
    (here / "notices").mkdir()
    # docs/tracking.md, --strict: the bureau's file with the misspelt status and a
    # completion day that is no day (row 40).
    type_into(bureau, {29: ("已完城",), 40: ("已完成", "someday")}).save(here / "bureau.xlsx")
    # docs/importing.md: the labelled lines its Python session writes to 分工.md (task
    # 2's deadline 明年 cannot be read, so --strict refuses the file).
    (here / "分工.md").write_text(
        "# 重点任务分工\n1. 建设数据共享平台\n牵头单位：市政务服务中心\n"
        "配合单位：公安局、民政局\n完成时限：2024年上半年\n2. 开展数据治理\n"
        "责任单位：市统计局\n完成时限：明年\n",
        encoding="utf-8",
    )
    # docs/importing.md: a document of the corpus and its decisions.
    shutil.copy(CORPUS / "trial13" / "01-qianjiang-zhaoshang2025.txt", here)
    decisions = CORPUS / "trial13" / "01-qianjiang-zhaoshang2025.decisions.toml"
    shutil.copy(decisions, here / "decisions.toml")
    # docs/importing.md: a file in which no task is found; a decision whose task number
    # and text no longer match (task 2 does not begin 推进工业炉窑); and list.xlsx as the
    # page describes it (three deadline cells: 2025年第三季度, 长期, and nothing under a
    # text that prints its date), imported into imported.json.
    shutil.copy(CORPUS / "12-guangdong-zfgzbg.txt", here)
    (here / "list.txt").write_text(
        "1.推进工业炉窑治理。（市生态环境局负责）\n2.推进清洁取暖。（市发展改革委负责）\n",
        encoding="utf-8",
    )
    (here / "moved.toml").write_text(
        '[[decision]]\ntask = 2\nstarts = "推进工业炉窑"\nleads = ["市生态环境局"]\n'
        'reason = "通知写明"\n',
        encoding="utf-8",
    )
    import openpyxl  # noqa: PLC0415 - importorskip above

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "任务"
    for row in (
        ["某市重点任务清单"],
        ["序号", "主要任务", "完成时限", "牵头单位"],
        [1, "建设数据共享平台", "2025年第三季度", "市大数据局"],
        [2, "开展数据治理", "长期", "市统计局"],
        [3, "完善考核办法，力争2024年6月底前完成", None, "市委组织部"],
    ):
        sheet.append(row)
    workbook.save(here / "list.xlsx")
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.chdir(here)
    try:
        assert call("import", "list.xlsx", "-o", "imported.json").returncode == 0
    finally:
        monkeypatch.undo()
    return here


def _printed(folder, monkeypatch, lang, command):
    monkeypatch.chdir(folder)
    result = call("--lang", lang, *shlex.split(command))
    return [line.rstrip() for line in (result.stdout + result.stderr).splitlines()]


def _is_line(shown, printed):
    """Whether *printed* is the line *shown*; a line ending in … shows a line's start."""
    return shown == printed or (shown.endswith("…") and printed.startswith(shown[:-1]))


def _shown_in(shown, printed):
    """Whether every line *shown* is a line *printed*, in order; ``...`` stands for any."""
    rest = iter(printed)
    return all(line in ("...", "…") or any(_is_line(line, p) for p in rest) for line in shown)


def _checks():
    """(edition, block, text shown, language, command, output lines shown) to check."""
    found = []
    for block, string in BLOCKS:
        editions = [("en", block.text, "en"), ("zh_CN", string or block.text, "zh")]
        key = (block.page, _first_line(block))
        if key in OUTPUT:
            for edition, text, lang in editions:
                if edition == "en" and key not in ENGLISH_OUTPUT:
                    # The English page shows the Chinese output here: checked as such.
                    lang = "zh"  # noqa: PLW2901 - the English page shows the Chinese output
                if edition == "zh_CN" and key in ENGLISH_IN_BOTH:
                    lang = "en"  # noqa: PLW2901 - the zh edition shows the English output
                shown = [line.rstrip() for line in text.splitlines()]
                found.append((edition, block, lang, OUTPUT[key], shown))
            continue
        for edition, text, lang in editions:
            for command, shown in commands(text):
                if shown and command.startswith("dg-plan "):
                    found.append((edition, block, lang, command.removeprefix("dg-plan "), shown))
    return found


CHECKS = _checks()


def test_commands_are_checked():
    assert {(c[0], c[1].page) for c in CHECKS} >= {
        ("zh_CN", "publishing"),
        ("zh_CN", "importing"),
        ("zh_CN", "tracking"),
    }


@pytest.mark.parametrize(
    "check", CHECKS, ids=lambda c: f"{c[0]}-{c[1].page}:{c[1].line}-{c[3].split()[0]}"
)
def test_the_output_shown_is_what_the_command_prints(check, folder, monkeypatch):
    edition, block, lang, command, shown = check
    printed = _printed(folder, monkeypatch, lang, command)
    assert _shown_in(shown, printed), (
        f"{block.page}.md:{block.line} ({edition}): dg-plan --lang {lang} {command} prints\n"
        + "\n".join(printed[:40])
    )
    if edition == "zh_CN" and lang == "zh":
        assert any(_is_chinese(line) for line in shown if line not in ("...", "…"))


def test_the_check_can_fail():
    printed = ["a", "b", "c"]
    assert _shown_in(["a", "...", "c"], printed)
    assert _shown_in(["b"], printed)
    assert not _shown_in(["c", "a"], printed)
    assert not _shown_in(["a", "d"], printed)
    assert _shown_in(["a", "b…"], ["a", "bcd"])
    assert not _shown_in(["a", "bd…"], ["a", "bcd"])
    english = Block("p", 1, "sh", "dg-plan overview   # the plan\n")
    assert parts("sh", "dg-plan overview   # 清单概览\n").code == parts("sh", english.text).code
    assert parts("sh", "dg-plan overveiw   # 清单概览\n").code != parts("sh", english.text).code
    session = ">>> plan.task(11)  # 省应急管理厅\n<Task 11>\n"
    assert parts("pycon", session) == (
        (">>> plan.task(11)",),
        ("省应急管理厅",),
        ("<Task 11>",),
    )
    # A # inside a string is code, not a comment.
    assert parts("pycon", '>>> "#1"  # one\n').code == ('>>> "#1"',)
    assert parts("toml", 'split = "(2)"  # 第二项\n').code == ('split = "(2)"',)
